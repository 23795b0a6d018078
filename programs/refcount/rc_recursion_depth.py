# How deep Python frames may nest (spec 7): the limit counts <module>, so a
# function reaches depth 999 from module level, 998 from one extra frame, 99
# under setrecursionlimit(100); setrecursionlimit(0) is a ValueError.
import sys


def dive(n):
    global deepest
    deepest = n
    dive(n + 1)


def measure():
    global deepest
    deepest = 0
    try:
        dive(1)
    except RecursionError as error:
        return f"{deepest} ({error})"


print("limit:", sys.getrecursionlimit())
deepest = 0
try:
    dive(1)
except RecursionError:
    print("deepest frame from module level:", deepest)
print("deepest frame from one extra frame:", measure())


def wrapper():
    return measure()


print("from two extra frames:", wrapper())
sys.setrecursionlimit(100)
deepest = 0
try:
    dive(1)
except RecursionError:
    print("with setrecursionlimit(100):", deepest)
print("after a RecursionError the next call works:", measure())
for bad in (0, -1):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as error:
        print(f"setrecursionlimit({bad}): ValueError: {error}")


try:
    sys.setrecursionlimit("100")
except TypeError as error:
    print("TypeError:", error)
