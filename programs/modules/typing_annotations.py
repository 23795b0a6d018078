# Type annotations from the typing module are documentation only: they
# are never checked at run time, so "wrong" values still run.
from typing import Any, Callable, Dict, List, Optional, Tuple, Union

Matrix = List[List[float]]
Handler = Callable[[str], int]


def mean(values: List[float]) -> float:
    return sum(values) / len(values)


def find(haystack: Dict[str, int], needle: str) -> Optional[int]:
    return haystack.get(needle)


def parse(text: str) -> Union[int, float, str]:
    for convert in (int, float):
        try:
            return convert(text)
        except ValueError:
            pass
    return text


def apply(handler: Handler, words: List[str]) -> List[int]:
    return [handler(w) for w in words]


def scale(m: Matrix, factor: float = 2.0) -> Matrix:
    return [[cell * factor for cell in row] for row in m]


class Inventory:
    items: Dict[str, int]
    owner: str = "nobody"

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.items = {}

    def add(self, name: str, count: int = 1) -> "Inventory":
        self.items[name] = self.items.get(name, 0) + count
        return self

    def pairs(self) -> List[Tuple[str, int]]:
        return sorted(self.items.items())


total: int = 0
names: List[str] = ["ann", "bob"]
maybe: Optional[str] = None
anything: Any = 3.5
counter: int
print(mean([1.0, 2.0, 4.5]), find({"a": 1}, "a"), find({"a": 1}, "b"))
print([parse(t) for t in ["42", "4.2", "forty-two"]])
print(apply(len, ["heap", "stack"]), apply(lambda w: w.count("a"), ["banana", "gc"]))
print(scale([[1, 2], [3.5, 0]]), scale([[1]], factor=0.5))
inv = Inventory("kim").add("bolt", 10).add("nut").add("bolt")
print(inv.owner, inv.pairs(), Inventory.owner)
print(mean([1, 2]), mean((True, False)), "(annotations are not enforced)")
for n in range(3):
    total += n
print(total, names, maybe, anything)
try:
    print(counter)
except NameError as error:
    print("NameError:", error, "(an annotation alone binds nothing)")
