# inspect.signature of built-in functions, methods, slot wrappers and types, built on CPython's text signatures; the same ValueError where CPython has none.
import inspect
import math
import sys

print(inspect.signature(len))
print(inspect.signature(str.split))
print(inspect.signature(dict.get))
print(inspect.signature("a b".split))
print(inspect.signature({}.get))
print(inspect.signature(math.isclose))
print(inspect.signature(sorted))
print(inspect.signature(sys.getrefcount))
print(inspect.signature(int.__add__))
print(inspect.signature((1).__add__))
print(inspect.signature(dict.fromkeys))
print(inspect.signature(object.__init__))
print(inspect.signature(list.__init__))

# What CPython cannot give a signature for raises the same ValueError.
for f in (print, max, min, iter, next, getattr, dict.pop, range, int, str, object, type, math.log, dict, list):
    try:
        print(f.__name__, inspect.signature(f))
    except ValueError as e:
        print(f.__name__, "ValueError:", e)


class C:
    "C(a, b=1)\n--\n\nA class with a signature."


print(inspect.signature(C))
