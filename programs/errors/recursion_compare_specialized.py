# Where RecursionError comes from near the limit: 3.11's specialized
# COMPARE_OP forms (two floats, two compact ints, two strs with == or !=
# before a conditional jump) count no level; any other comparison goes
# through PyObject_RichCompare, which does, and fails 'in comparison'.
import sys
def f(x, n):
    if x == 0:
        return 0
    return f(x, n - 1) + 1 if n else 0
def g(x, n):
    y = x == 0
    return g(x, n - 1) + 1 if n else 0
def run(fn, x):
    for depth in range(990, 1001):
        try:
            fn(x, depth)
        except RecursionError as e:
            print(fn.__name__, repr(x), depth, e)
            return
    print(fn.__name__, repr(x), "no error")
for x in (1, 2**30, 2**40, 1.5, "a", (1,)):
    run(f, x)
    run(g, x)
for x in (1.5, 2.5, "a", "b"):
    def h(y, n, x=x):
        if y != x:
            return 0
        return h(y, n - 1) + 1 if n else 0
    run(h, x)
