# Class patterns: an isinstance check, then attributes by keyword or, for
# positional sub-patterns, named by __match_args__; built-in types like
# int, str, list and dict match the subject itself; and the TypeErrors a
# class pattern raises at run time, with CPython's messages.
from dataclasses import dataclass


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


@dataclass
class Circle:
    center: Point
    radius: float


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, 0):
            return f"3d point on the floor at {x},{y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, y=0):
            return f"on the x axis at {x}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, radius=r):
            return f"circle {c} r={r}"
        case Point():
            return "some point"
        case _:
            return "unknown"


for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 2), Point3(1, 2, 0), Point3(1, 2, 3),
          Circle(Point(1, 1), 20), Circle(Point(2, 2), 1), "point"]:
    print(s, "->", where(s))

print("Circle.__match_args__ =", Circle.__match_args__)

# Built-in types match the subject itself as their one positional pattern.
for v in [5, True, 2.5, "text", b"by", [1, 2], (1,), {"k": 1}, {1}, frozenset({2}), None]:
    match v:
        case bool(b):
            print(repr(v), "bool", b)
        case int(i):
            print(repr(v), "int", i)
        case float(f) | str(f) | bytes(f):
            print(repr(v), "float/str/bytes", f)
        case list([a, b]):
            print(repr(v), "list of two", a, b)
        case tuple(t) | set(t) | frozenset(t):
            print(repr(v), type(t).__name__, t)
        case dict({"k": k}):
            print(repr(v), "dict with k", k)
        case _:
            print(repr(v), "no class pattern")


# A subclass of a built-in keeps matching itself, until it sets __match_args__.
class MyInt(int):
    pass


class Named(int):
    __match_args__ = ("real",)


match MyInt(7):
    case int(n):
        print("MyInt matched int(n), n is a", type(n).__name__, n)
match Named(8):
    case Named(r):
        print("Named(r) reads .real:", r, type(r).__name__)

# A missing attribute is no match, not an error.
match Point(1, 2):
    case Point(z=z):
        print("no")
    case Point(x=1, y=2):
        print("attribute lookups: matched by keywords")


# Attributes are read in order and each once; a property runs.
class Lazy:
    __match_args__ = ("a", "b")

    @property
    def a(self):
        print("  reading a")
        return 1

    @property
    def b(self):
        print("  reading b")
        return 2


match Lazy():
    case Lazy(1, 3):
        print("no")
    case Lazy(x, b=y) if x < y:
        print("Lazy matched", x, y)

# isinstance goes through __instancecheck__.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", obj)
        return isinstance(obj, int)


class AnyInt(metaclass=Meta):
    pass


match 12:
    case AnyInt():
        print("12 is an AnyInt")


# The run-time TypeErrors.
class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["x"]


class BadNames:
    __match_args__ = ("x", 1)
    x = 0


not_a_type = len


def too_many_positional():
    match NoArgs():
        case NoArgs(a):
            pass


def match_args_a_list():
    match BadArgs():
        case BadArgs(a):
            pass


def non_string_name():
    match BadNames():
        case BadNames(a, b):
            pass


def not_a_type_pattern():
    match 1:
        case not_a_type():
            pass


def too_many_for_point():
    match Point(1, 2):
        case Point(a, b, c):
            pass


def bool_takes_one():
    match True:
        case bool(a, b):
            pass


def same_attribute_twice():
    match Point(1, 2):
        case Point(a, x=b):
            pass


def not_an_instance_first():
    # isinstance fails first, so the bad __match_args__ is never read.
    match 5:
        case BadArgs(a):
            pass


for test in [too_many_positional, match_args_a_list, non_string_name, not_a_type_pattern,
             too_many_for_point, bool_takes_one, same_attribute_twice, not_an_instance_first]:
    try:
        test()
        print(test.__name__, "-> no error")
    except TypeError as exc:
        print(test.__name__, "-> TypeError:", exc)
