# typing.get_type_hints: a function's and a class's annotations (bases first) with string forward references evaluated and None as NoneType, as functools.singledispatch's register reads them.
from typing import get_type_hints, Optional, List
import typing
def f(a: int, b: "str", c: None = None, d: Optional[int] = None) -> List[int]:
    pass
print(get_type_hints(f))
class Base:
    x: int
    y: "float"
class Child(Base):
    z: "Base"
    w: None
print(get_type_hints(Child))
print(get_type_hints(lambda: 0), get_type_hints(typing) == {})
try:
    get_type_hints(5)
except TypeError as e:
    print(e)
def deco(fn):
    def w(*a): return fn(*a)
    w.__wrapped__ = fn
    w.__annotations__ = fn.__annotations__
    return w
@deco
def g(x: "Base") -> int: return 0
print(get_type_hints(g))
