# Argument errors of built-in functions and methods, worded as CPython 3.11
# words them: the clinic parsers' checks in their order (too many in all,
# too many positional, a missing required argument before an unknown
# keyword), and module functions named with their module ("math.sqrt()").
import gc
import math
import sys

calls = [
    lambda: math.sqrt(x=1),
    lambda: math.sqrt(1, 2),
    lambda: math.gcd(a=1),
    lambda: gc.is_tracked(x=1),
    lambda: gc.enable(1),
    lambda: gc.collect(1, 2, 3),
    lambda: sys.getrefcount(1, 2),
    lambda: len(1, 2),
    lambda: print(1, x=2, sep="", end="", file=None, flush=False),
    lambda: sum([1], 2, 3),
    lambda: sum([1], x=2),
    lambda: round(1, 2, 3),
    lambda: round(x=1),
    lambda: round(1, number=1),
    lambda: pow(1, 2, 3, x=3),
    lambda: pow(1),
    lambda: pow(base=1, exp=2, mod=3, x=4),
    lambda: enumerate([], 0, 1),
    lambda: [].sort(1),
    lambda: [].sort(key=None, reverse=False, x=1),
    lambda: math.isclose(1, 2, 3),
    lambda: math.isclose(1),
    lambda: math.isclose(1, 2, rel_tol=1, x=1),
    lambda: max(1, 2, x=3),
    lambda: max(1, 2, a=1, b=2, c=3),
    lambda: "".join(x=1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
