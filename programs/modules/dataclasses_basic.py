# Generated __init__/__repr__/__eq__/order/hash, fields, frozen, errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING, FrozenInstanceError, InitVar
from typing import ClassVar, List, Optional


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(Point(3)), Point(1, 2) == p, Point(1, 2) != p, Point(1) == Point(1, 0))
print(p == (1, 2), Point.__eq__(p, (1, 2)))
print(Point.__hash__, Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
print(Point.__doc__)
print(Point.__match_args__)
print(list(Point.__dataclass_fields__), [f.name for f in fields(p)], [f.default for f in fields(Point)][1:])
print(fields(Point)[1].default == 0, fields(Point)[0].default is MISSING, is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__dataclass_params__)
print(asdict(p), astuple(p), replace(p, y=10))
p.x = 100
print(p)

for call in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2), lambda: Point(y=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

try:
    p < Point(1, 1)
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False, repr=False)


v = Version(1, 2, "beta")
print(v, v < Version(1, 3), v <= Version(1, 2), v > Version(0, 9), v >= Version(2), v == Version(1, 2, "x"))
print(hash(v) == hash((1, 2)), hash(Version(1, 2)) == hash(v), {v: "ok"}[Version(1, 2)])
print(sorted([Version(2), Version(1, 5), Version(1)]))
try:
    v.major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    v < Point(1, 2)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    owner: str
    items: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    secret: int = field(default=7, repr=False, init=False)
    cache: dict = field(default_factory=dict, compare=False, repr=False)


a = Inventory("ann")
b = Inventory("bob", ["x"])
a.items.append("hat")
print(a, b, a.secret, Inventory.count, [f.name for f in fields(Inventory)])
print(Inventory("ann", ["hat"]) == a, Inventory.__doc__)


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 10


print(Derived(), Derived(1, "x", 2.0), [f.name for f in fields(Derived)])


@dataclass(eq=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), hash(Plain(1)) is not None)


@dataclass(unsafe_hash=True)
class Hashed:
    v: int
    w: list = field(default_factory=list, hash=False)


print(hash(Hashed(5)) == hash((5,)))


@dataclass
class WithPost:
    a: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithPost(3)
print(w, w.b, WithPost(3, 10).b)


@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)


t = Tree(1)
t.children.append(t)
print(t)


@dataclass(repr=False, init=False)
class Bare:
    x: int = 1


print(type(Bare()).__name__, Bare().x, Bare.__repr__ is object.__repr__)



def bad1():
    @dataclass
    class Bad:
        x: int = 0
        y: int


def bad2():
    @dataclass
    class Bad:
        x: list = []


def bad3():
    @dataclass(order=True, eq=False)
    class Bad:
        x: int


def bad4():
    @dataclass
    class Bad:
        x: int = field(default=1, default_factory=int)


def bad5():
    @dataclass
    class Bad:
        x = field(default=1)


for bad in [bad1, bad2, bad3, bad4, bad5]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
