# CPython's own dataclasses.py: make_dataclass, field metadata as a read-only mappingproxy, asdict/astuple deep-copying leaf values, replace, fields, __doc__ from inspect.signature, __match_args__, slots, kw_only, InitVar and ClassVar.
import copy
import dataclasses
from dataclasses import InitVar, KW_ONLY, asdict, astuple, dataclass, field, fields, make_dataclass, replace
from typing import ClassVar

Point = make_dataclass("Point", ["x", ("y", int), ("z", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
p = Point(1, -2)
print(p, p.norm(), Point.__doc__, Point.__module__ == __name__)
print([f.name for f in fields(Point)], Point.__match_args__)
Frozen = make_dataclass("Frozen", [("a", int)], frozen=True, order=True)
print(Frozen(1) < Frozen(2), hash(Frozen(1)) == hash(Frozen(1)))
try:
    Frozen(1).a = 2
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)


@dataclass
class Item:
    name: str = field(metadata={"unit": "kg"})
    tags: list = field(default_factory=list)
    price: float = 0.0
    count: ClassVar[int] = 0
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.price *= scale


f0 = fields(Item)[0]
print(type(f0.metadata).__name__, f0.metadata, f0.metadata["unit"])
try:
    f0.metadata["unit"] = "g"
except TypeError as e:
    print("TypeError", e)
print(type(fields(Item)[1].metadata).__name__, len(fields(Item)[1].metadata))
print(Item.__doc__)
it = Item("apple", ["red"], 2.0, scale=3)
print(it, [f.name for f in fields(it)])
d = asdict(it)
d["tags"].append("green")
print(d, it.tags)
t = astuple(it)
t[1].append("blue")
print(t, it.tags)
shared = [1]
leafs = asdict(Item("x", [shared]))
print(leafs["tags"][0] is shared, leafs["tags"][0] == shared)
print(replace(it, name="pear", scale=1))
try:
    replace(it, count=1)
except TypeError as e:
    print("TypeError", e)


@dataclass(slots=True, kw_only=True)
class S:
    a: int
    b: int = 2


print(S(a=1), S.__slots__, hasattr(S(a=1), "__dict__"))
try:
    S(1)
except TypeError as e:
    print("TypeError", e)


@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 0


print(K(1, b=2), K.__match_args__)
print(repr(fields(K)[1]).split("(")[0], fields(K)[1].kw_only)
print(dataclasses.is_dataclass(K), dataclasses.is_dataclass(K(1)), dataclasses.is_dataclass(int))
print(copy.deepcopy(K(1)) == K(1))
try:

    @dataclass
    class Bad:
        a: int = []

except ValueError as e:
    print("ValueError", e)
try:

    @dataclass
    class Bad2:
        a: int = 0
        b: int

except TypeError as e:
    print("TypeError", e)
print(dataclasses.MISSING, repr(dataclasses.field()))
