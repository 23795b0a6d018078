# PEP 604 unions (types.UnionType): int | str flattened and deduplicated, None as NoneType, repr, equality and hash as sets, isinstance and issubclass with a union, annotations, and the errors.
import sys
UnionType = type(int | str)
u = int | str
print(u, UnionType, UnionType.__name__, UnionType.__module__, u.__args__, u.__parameters__, u.__module__)
print(int | None, None | int, str | int | str, (int | str) | (float | int), list[int] | None, int | list[int] | dict[str, int])
print(int | int, type(int | int), (int | str) == (str | int), (int | str) == (int | float), hash(int | str) == hash(str | int))
print(isinstance(1, int | str), isinstance(1.5, int | str), isinstance(None, int | None), issubclass(bool, int | str), issubclass(float, int | str))
class A: pass
class B(A): pass
print(A | B, isinstance(B(), A | None), (A | B).__args__ == (A, B))
def f(x: int | None = None) -> list[int] | str:
    return x
print(f.__annotations__)
for g in [lambda: int | 3, lambda: 3 | int, lambda: int | "str", lambda: (int | str)[int], lambda: isinstance(1, list[int] | int), lambda: UnionType()]:
    try: print(g())
    except TypeError as e: print("TypeError", e)
print(type.__or__(int, str), type.__ror__(int, str), int.__or__)
import gc
print(gc.is_tracked(int | str), gc.get_referents(int | str), sys.getsizeof(int | str))
print({int | str: 1}[str | int])
