# Unpacked generic aliases (PEP 646) as CPython 3.11's: iterating
# tuple[int, ...] gives *tuple[int, ...] (its __unpacked__ and
# __typing_unpacked_tuple_args__), equality and hash, substitution, reduce;
# method-wrapper __objclass__/__qualname__; partial's __vectorcalloffset__.
import copy
import functools
import types

t = tuple[int, ...]
u = [*t]
x = u[0]
print(u, type(x) is types.GenericAlias, x.__unpacked__, t.__unpacked__)
print(x.__typing_unpacked_tuple_args__, t.__typing_unpacked_tuple_args__, list[int].__typing_unpacked_tuple_args__)
print([*list[int]][0].__typing_unpacked_tuple_args__, [*tuple[int, str]][0].__typing_unpacked_tuple_args__, [*tuple[()]][0])
print(x == t, x != t, x == [*t][0], hash(x) == hash(t), x.__origin__, x.__args__, x.__parameters__)
it = iter(t)
print(type(it).__name__, next(it), next(it, "done"), list(it))
print(copy.copy(x), copy.deepcopy(x), copy.copy(t))
r = x.__reduce__()
print(r[0], type(r[1][0]).__name__)
it = iter(list[str])
print(it.__reduce__()[0], it.__reduce__()[1], next(it), it.__reduce__())
from typing import TypeVar
T = TypeVar("T")
s = [*tuple[T, int]][0]
print(s, s[str], s[str].__unpacked__, s.__parameters__)
print(repr(*dict[str, int]))

mw = (1).__add__
print(mw.__objclass__, mw.__qualname__, [].__len__.__qualname__, object().__str__.__qualname__, (1.5).__repr__.__objclass__)
class A:
    pass
print(A().__str__.__qualname__, A().__str__.__objclass__, A().__init__.__qualname__)
p = functools.partial(print)
print(type(p.__vectorcalloffset__), type(functools.partial.__dict__["__vectorcalloffset__"]).__name__)
try:
    p.__vectorcalloffset__ = 1
except AttributeError as e:
    print(e)
