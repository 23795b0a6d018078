# match statements on the collections types: a deque (and a subclass) matches sequence patterns, defaultdict and OrderedDict mapping patterns, as their type flags say in CPython.
from _collections import deque, defaultdict, OrderedDict
def kind(x):
    match x:
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest]:
            return f"seq {first} + {len(rest)}"
        case {"k": v}:
            return f"mapping k={v}"
        case {}:
            return "mapping"
        case _:
            return "other"
for x in [deque([1, 2]), deque("abc"), deque(), defaultdict(int, k=5), OrderedDict(), OrderedDict(k=1), "ab", (1, 2)]:
    print(type(x).__name__, kind(x))
class Q(deque): pass
print(kind(Q([7, 8])))
