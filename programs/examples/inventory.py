# An inventory kept as dataclasses: fields with defaults and
# default_factory, the generated __init__/__repr__/__eq__, and order=True.
from dataclasses import dataclass, field
from typing import List, Optional


@dataclass
class Item:
    name: str
    price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)

    def value(self) -> float:
        return self.price * self.quantity


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass
class Warehouse:
    name: str
    items: List[Item] = field(default_factory=list)
    manager: Optional[str] = None

    def add(self, item: Item) -> None:
        for existing in self.items:
            if existing.name == item.name:
                existing.quantity += item.quantity
                return
        self.items.append(item)

    def total_value(self) -> float:
        return sum(item.value() for item in self.items)

    def low_stock(self, threshold: int = 5) -> List[str]:
        return [item.name for item in self.items if item.quantity < threshold]


hammer = Item("hammer", 12.5, 10, ["tools"])
print(hammer)
print(Item("nail", 0.02))
print(hammer == Item("hammer", 12.5, 10, ["tools"]), hammer == Item("hammer", 12.5))
a, b = Item("x", 1.0), Item("y", 1.0)
a.tags.append("shared?")
print(a.tags, b.tags, "(default_factory gives each item its own list)")

store = Warehouse("north")
store.add(hammer)
store.add(Item("saw", 24.99, 3, ["tools", "wood"]))
store.add(Item("glue", 3.75, 40))
store.add(Item("hammer", 12.5, 5))
print(store)
print(f"value: {store.total_value():,.2f}")
print("low stock:", store.low_stock(), store.low_stock(threshold=20))
store.manager = "Kim"
print(store.manager, len(store.items), store.items[0].quantity)

versions = [Version(1, 2), Version(0, 9, 12), Version(1, 10), Version(1, 2, 1), Version(1)]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)])
print(Version(1, 2) < Version(1, 10), Version(2) > Version(1, 99, 99), Version(1, 0) == Version(1))
print(max(versions), min(versions))
try:
    Item("broken")
except TypeError as error:
    print("TypeError:", error)
