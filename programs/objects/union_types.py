# PEP 604 unions (types.UnionType, Objects/unionobject.c): `int | str` from
# type.__or__, None as NoneType, flattening and de-duplication, repr, __args__,
# order-free equality and hash, isinstance/issubclass, and the TypeErrors.
import sys
u = int | str
print(u, type(u), type(u).__name__, type(u).__module__, type(u).__qualname__)
print(u.__args__, u.__parameters__, u.__module__)
print(int | None, None | int, int | None | str, (int | str) | (bytes | int))
print(int | int, int | int is int, type(None) | None)
print(list[int] | None, int | list[str], list[int] | list[int], dict[str, int | None])
print(isinstance(1, int | str), isinstance("a", int | str), isinstance(1.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(isinstance(1, (int | str, float)), isinstance(2.0, (str, float | None)))
print((int | str) == (str | int), (int | str) == (int | bytes), (int | str) != (str | int))
print(hash(int | str) == hash(str | int), hash(int | str) == hash(frozenset({int, str})))
print((int | str) == int, int == (int | str))
d = {int | str: "x"}
print(d[str | int])
class A: pass
class B(A): pass
print(A | B, B | A | None, isinstance(B(), A | int))
for bad in [lambda: int | 1, lambda: int | "str", lambda: 1 | int, lambda: None | None, lambda: (int | str) | 3]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance([], int | list[int])
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, int | list[int]))
try:
    (int | str)[int]
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(int | str) > 0, type(int | str).__doc__)
print(type.__or__, type.__ror__, type.__or__(int, str), type.__ror__(int, str))
print(type(int | str)(1) if False else "no constructor")
try:
    type(int | str)()
except TypeError as e:
    print("TypeError:", e)
print((int | str).__or__(None), (int | str).__ror__(bytes))
import gc
print(gc.is_tracked(int | str), gc.is_tracked(list[int]))

# Unions in annotations, evaluated.
def f(x: int | None = None, *, y: list[int | str] | None) -> dict[str, int] | None:
    return None


print(f.__annotations__)

# Refcounts: a union holds its members through its __args__ tuple.
class Fresh:
    pass


before = sys.getrefcount(Fresh)
u2 = Fresh | int
print(sys.getrefcount(Fresh) - before)
del u2
print(sys.getrefcount(Fresh) - before)
