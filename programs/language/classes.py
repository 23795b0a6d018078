# Classes: inheritance, super(), decorators, properties, dunders, with.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"

d = Dog("Rex", "lab")
print(d.speak(), d, d.kind, Dog.__mro__[1].__name__)

def logged(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    return a + b
print(add(2, 3))

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = v
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def make(cls):
        return cls()
t = Temp.make()
t.c = 5
print(t.c, Temp.s(4))

class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return et is KeyError

with Ctx("a") as c1, Ctx("b"):
    print("body", c1.name)
with Ctx("c"):
    raise KeyError("swallowed")
try:
    with Ctx("d"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
v = Vec(1, 2) + Vec(3, 4)
print(v.x, v.y, v == Vec(4, 6), len(v), v[1], list(v))
a, b = v
print(a, b)

class Meta:
    count = 0
    def __init__(self):
        Meta.count += 1
for _ in range(3):
    Meta()
print(Meta.count)
print(isinstance(d, Animal), issubclass(Dog, Animal), type(d) is Dog)

class Base:
    def hello(self):
        return "base"
class Mixin:
    def hello(self):
        return "mixin+" + super().hello()
class Both(Mixin, Base):
    pass
print(Both().hello(), [k.__name__ for k in Both.__mro__])
import math
from math import sqrt, pi
print(sqrt(16), round(pi, 2), math.floor(2.5))
try:
    from sys import nope
except ImportError as e:
    print("ImportError:", e)
print(f"{3.14159:.2f} {'x':>3} {42:05d} {v.x!r} {'a' 'b'}")
x = 10
print(f"{x=}", f"{x*2}")
assert x == 10
try:
    assert x == 11, "x is not 11"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError:", repr(e))
