# _functools.partial and the recursion limit: a partial of a function calls through vectorcall (no level of its own), one with stored keywords or of an object without vectorcall goes through tp_call (a level, "while calling a Python object").
import sys
from _functools import partial
sys.setrecursionlimit(200)
depth = 0
def f(n, k=None):
    global depth
    depth = n
    return p(n + 1)
for p in [partial(f), partial(f, k=1)]:
    try:
        p(0)
    except RecursionError as e:
        print(depth, e)
class C:
    def __call__(self, n):
        global depth
        depth = n
        return q(n + 1)
q = partial(C())
try:
    q(0)
except RecursionError as e:
    print(depth, e)
def g(n):
    global depth
    depth = n
    return r(n + 1)
r = partial(partial(g))
try:
    r(0)
except RecursionError as e:
    print(depth, e)
