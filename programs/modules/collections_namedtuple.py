# collections.namedtuple as tutorials use it: fields by name and index, unpacking, _make, _asdict, _replace, _fields, defaults, rename, subclasses with methods.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x, y, p == (11, 22), isinstance(p, tuple), hash(p) == hash((11, 22)))
print(Point._fields, Point._make([1, 2]), p._asdict(), p._replace(x=100))
print(Point.__doc__, Point.x.__doc__, type(Point.x).__name__)
print(Point.__name__, Point.__module__, Point.__qualname__)
Color = namedtuple("Color", "red green blue", defaults=[0])
print(Color(1, 2), Color._field_defaults, Color(1, 2, 3))
Row = namedtuple("Row", "a, b, c")
print(Row(*range(3)), Row._fields)
Bad = namedtuple("Bad", ["abc", "def", "abc", "_x"], rename=True)
print(Bad._fields)


class Vector(namedtuple("Vector", "x y")):
    __slots__ = ()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)


v = Vector(3, 4)
print(v, v.norm, v + Vector(1, 1), v._replace(x=0))
Employee = namedtuple("Employee", "name dept salary")
staff = [Employee("Ann", "IT", 100), Employee("Bob", "HR", 90), Employee("Cy", "IT", 120)]
print(sorted(staff, key=lambda e: e.salary)[0].name, max(staff, key=lambda e: e.salary))
print([e.name for e in staff if e.dept == "IT"])
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    namedtuple("T", ["1bad"])
except ValueError as e:
    print("ValueError", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
print(repr(Point), Point(x=1, y=2).__getnewargs__(), p.__reduce__() if False else "")
print(Point.__new__.__doc__ if False else sorted(d for d in dir(p) if not d.startswith("__")))
