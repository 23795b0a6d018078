from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)


print(Item("a", 1.0))
Item("b", 2.0, [], "extra")
