import sys
depth = 0
def down():
    global depth
    depth += 1
    down()
try:
    down()
except RecursionError as e:
    print("deepest frame:", depth, e)
def via():
    down()
depth = 0
try:
    via()
except RecursionError:
    print("from one extra frame:", depth)
sys.setrecursionlimit(100)
depth = 0
try:
    down()
except RecursionError:
    print("limit 100:", depth)
sys.setrecursionlimit(100000)
def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)
print("deep:", deep(50000))
print(sys.getrecursionlimit())
# Nested constructors (a native type call between each __init__) under a
# limit low enough that Python's RecursionError, not the host's stack,
# ends the recursion wherever refpy runs (in-process, with Node's default
# stack, 1000 levels of type call + __init__ can exhaust the JavaScript
# stack first, and that unwinding path still leaks: a known difference).
sys.setrecursionlimit(200)
class R:
    def __init__(self, n):
        self.child = R(n - 1) if n else None
try:
    R(2000)
except RecursionError as e:
    print("RecursionError:", e)
