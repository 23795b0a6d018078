# Deep recursion: the default limit of 1000 frames (counting <module>),
# catching RecursionError, then sys.setrecursionlimit(100000) and a
# 50,000-deep recursion, which CPython 3.11 runs without touching the C stack.
import sys

print("default limit:", sys.getrecursionlimit())
deepest = 0


def dive(n):
    global deepest
    deepest = n
    dive(n + 1)


try:
    dive(2)          # <module> is frame 1, so the first dive frame is number 2
except RecursionError as error:
    print("RecursionError:", error)
print("deepest frame reached:", deepest)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(depth(990))
try:
    depth(5000)
except RecursionError:
    print("depth(5000) fails under the default limit")

sys.setrecursionlimit(100000)
print("new limit:", sys.getrecursionlimit())
print("depth(50000) =", depth(50000))
print("is_even(30001) =", is_even(30001))


def sum_list(items, i=0):
    return 0 if i == len(items) else items[i] + sum_list(items, i + 1)


numbers = list(range(40000))
print("recursive sum:", sum_list(numbers), sum(numbers))


def build_nested(n):
    result = []
    for _ in range(n):
        result = [result]
    return result


def nesting(value):
    return 0 if not value else 1 + nesting(value[0])


print("nesting depth:", nesting(build_nested(20000)))
sys.setrecursionlimit(50)
deepest = 0
try:
    dive(2)
except RecursionError:
    print("with limit 50 the deepest frame is", deepest)
try:
    sys.setrecursionlimit(0)
except ValueError as error:
    print("ValueError:", error)
