# typing is CPython's Lib/typing.py: a @runtime_checkable Protocol is checked structurally by isinstance and issubclass (methods present, None blocks, data members), non-runtime protocols refuse, and generics, NamedTuple, TypedDict and overload work as in CPython.
from typing import (Any, Generic, Iterable, NamedTuple, Optional, Protocol, SupportsAbs, SupportsInt,
                    TypedDict, TypeVar, get_args, get_origin, overload, runtime_checkable)
import typing


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Sized2(Protocol):
    size: int

    def area(self) -> int: ...


class File:
    def close(self):
        print("closed")


class Box:
    size = 3

    def area(self):
        return self.size ** 2


class NotClosable:
    close = None


class Plain:
    pass


print(isinstance(File(), Closable), isinstance(Plain(), Closable), isinstance(NotClosable(), Closable))
print(issubclass(File, Closable), issubclass(Plain, Closable), issubclass(NotClosable, Closable))
print(isinstance(Box(), Sized2), isinstance(File(), Sized2))
try:
    issubclass(Box, Sized2)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(-2.5, SupportsAbs))


class Unchecked(Protocol):
    def run(self): ...


try:
    isinstance(File(), Unchecked)
except TypeError as e:
    print("TypeError:", e)
try:
    Closable()
except TypeError as e:
    print("TypeError:", e)


class Explicit(Closable):
    pass


print(isinstance(Explicit(), Closable), Explicit.__mro__[1] is Closable, Closable._is_protocol, Explicit._is_protocol)

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)


s = Stack[int]()
s.push(1)
print(Stack[int], s.__orig_class__, get_origin(Stack[int]), get_args(dict[str, Optional[int]]))


class Point(NamedTuple):
    x: int
    y: int = 0


class Movie(TypedDict, total=False):
    title: str
    year: int


print(Point(1), Point._fields, Point.__annotations__, Movie.__required_keys__, Movie.__optional_keys__)


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x


print(f(2), typing.get_overloads(f)[0].__annotations__ if hasattr(typing, "get_overloads") else None)
print(repr(Optional[Iterable[Any]]), typing.Union[int, str] == typing.Union[str, int])
print(Closable.__module__, typing.__file__.endswith("/typing.py"))
typing.cast(int, "x")
Stack[int, str]
