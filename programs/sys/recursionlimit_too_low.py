# sys.setrecursionlimit refuses a limit at or below the current recursion depth (the running frames plus the native calls counted against the limit, this call included).
import sys
def depth_probe(n):
    if n == 0:
        for lim in range(1, 12):
            try:
                sys.setrecursionlimit(lim)
                sys.setrecursionlimit(1000)
                return lim
            except RecursionError as e:
                last = str(e)
        return last
    return depth_probe(n - 1)
for n in range(4):
    print(n, depth_probe(n))
class C:
    def __repr__(self):
        try:
            sys.setrecursionlimit(3)
        except RecursionError as e:
            return str(e)
        finally:
            sys.setrecursionlimit(1000)
        return "set"
print(repr(C()))
print([C()])
print(list(map(lambda x: depth_probe(0), [1])))
def f():
    sys.setrecursionlimit(1)
try:
    sys.setrecursionlimit(1)
except RecursionError as e:
    print(e)
try:
    f()
except RecursionError as e:
    print(e)
try:
    sys.setrecursionlimit(2)
    print("set 2")
finally:
    sys.setrecursionlimit(1000)
