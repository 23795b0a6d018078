# Which library containers match sequence and mapping patterns: deque is a
# sequence and defaultdict a mapping (their types carry Py_TPFLAGS_SEQUENCE
# or Py_TPFLAGS_MAPPING, by their own flags or inherited from dict);
# str and bytes are neither. (The C module _collections holds the same types
# collections exports.)
from _collections import defaultdict, deque


def kind(x):
    match x:
        case [first, *rest]:
            return f"sequence starting {first!r} with {len(rest)} more"
        case []:
            return "empty sequence"
        case {"a": a, **rest}:
            return f"mapping with a={a!r} and {sorted(rest)}"
        case {}:
            return "mapping"
        case _:
            return "neither"


for x in [deque([1, 2, 3]), deque(), defaultdict(int, a=5),
          frozenset({1}), "str", b"bytes"]:
    print(type(x).__name__, "->", kind(x))


class MyDeque(deque):
    pass


match MyDeque("xyz"):
    case ["x", *others]:
        print("deque subclass:", others)

# defaultdict's __missing__ is not called by a mapping pattern (get() is used).
d = defaultdict(list)
match d:
    case {"missing": _}:
        print("no")
    case _:
        print("defaultdict untouched:", dict(d))
