# The names of the native modules ported from CPython's C (dunders aside) and of the Lib modules over them: _string, _operator, operator, _heapq, heapq, _bisect, bisect, _io, array; _io's name is io, as CPython's is
import _bisect
import _heapq
import _io
import _operator
import _string
import array
import bisect
import heapq
import operator

for m in (_string, _operator, operator, _heapq, heapq, _bisect, bisect, _io, array):
    print(m.__name__, [n for n in sorted(dir(m)) if not (n.startswith("__") and n.endswith("__"))])
print(_heapq.__about__.splitlines()[0], _io.__doc__.splitlines()[0], array.__doc__.splitlines()[0])
print(_operator.__doc__.splitlines()[0], _bisect.__doc__.splitlines()[0], _string.__doc__)
