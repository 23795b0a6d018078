# Calls of built-in functions and methods CPython 3.11 declares
# METH_VARARGS pack their positional arguments into a tuple (and their
# keyword arguments into a dict): allocations generation 0 counts. After a
# full collection the freelists are empty, so each such tuple is counted
# and, freed to the freelist, stays counted. reversed() has a vectorcall
# of its own and makes none.
import gc, sys, math, time

class Obj:
    pass

L = [3, 1, 2]
o = Obj()
cases = [
    "min(3, 4)", "max(3, 4, key=abs)", "min(L)", "dir()", "vars(o)",
    "'abcb'.find('b')", "'abcb'.count('b', 1)", "'abc'.startswith('a')",
    "'abc'.rindex('c')", "b'abc'.find(b'b')", "bytearray(b'ab').endswith(b'b')",
    "'{}-{}'.format(1, 2)", "'{x}'.format(x=1)",
    "{}.update(a=1)", "{}.update({1: 2})", "set().union(L, L)", "set(L).difference(L)",
    "set().update(L)", "set().symmetric_difference(L)", "frozenset(L).intersection(L)",
    "sys.getsizeof(1)", "sys.getsizeof(1, 0)", "math.log(8, 2)", "math.log(8)",
    "gc.set_threshold(700)", "gc.get_referents(o)", "time.gmtime(0).tm_year",
    "list(reversed(L))", "list(reversed(range(3)))", "object.__new__(Obj)",
    "int.__new__(int, 5)", "str(5)", "sorted(L, key=str)",
]
for case in cases:
    code = compile(case, "<case>", "eval")
    gc.collect()
    before = gc.get_count()[0]
    eval(code)
    after = gc.get_count()[0]
    print(f"{case:40} {after - before}")
