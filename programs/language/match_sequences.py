# Sequence patterns: lists, tuples and ranges match (and their subclasses);
# strings, bytes, dicts and iterators do not. Fixed length, starred names,
# `*_` (read by index, not unpacked), nesting, and the length checks.


def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a!r}"
        case [a, b]:
            return f"two: {a!r} {b!r}"
        case [first, *middle, last]:
            return f"first {first!r}, middle {middle!r}, last {last!r}"


for v in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4), range(5), range(0), "ab", b"ab", {1: 2}, {1, 2}, iter([1, 2])]:
    print(type(v).__name__, repr(v), "->", shape(v))


def heads(x):
    match x:
        case [1, 2, *_]:
            return "starts 1, 2"
        case [*_, 8, 9]:
            return "ends 8, 9"
        case [_, *_, _]:
            return "two or more"
        case [*_]:
            return "any sequence"
        case _:
            return "not a sequence"


for v in [[1, 2], [1, 2, 3], [7, 8, 9], (0, 8, 9), [5, 6], [5], "xyz", 3]:
    print(repr(v), "->", heads(v))


# A starred name collects a list, whatever the sequence type.
match (1, 2, 3, 4):
    case (a, *rest):
        print("rest of a tuple is a", type(rest).__name__, rest)
match range(3):
    case [*init, last]:
        print("range: init", init, "last", last)

# Nested patterns and or-patterns inside sequences.
points = [(0, 0), (1, 0), (0, 5), (3, 4), [2, [3, 4]], ("x", "y", "z")]
for p in points:
    match p:
        case (0, 0):
            print(p, "origin")
        case (x, 0) | (0, x):
            print(p, "on an axis at", x)
        case [a, [b, c]]:
            print(p, "nested", a, b, c)
        case (x, y):
            print(p, "at", x, y)
        case _:
            print(p, "not a point")


# Subclasses of list and tuple match; the items come from their own
# __getitem__ and __len__ only on the `*_` path.
class Loud(list):
    def __getitem__(self, i):
        print("  __getitem__", i)
        return super().__getitem__(i)

    def __len__(self):
        print("  __len__")
        return super().__len__()


print("unpacking Loud([1, 2, 3]) against [a, *b]:")
match Loud([1, 2, 3]):
    case [a, *b]:
        print("  a =", a, "b =", b)
print("indexing Loud([1, 2, 3, 4]) against [a, *_, d]:")
match Loud([1, 2, 3, 4]):
    case [a, *_, d]:
        print("  a =", a, "d =", d)


class Pair(tuple):
    pass


match Pair((1, 2)):
    case (x, y):
        print("tuple subclass:", x, y)

# The same name twice in one pattern needs different names.
match [1, [2, 3]]:
    case [a, [b, c]] if a < b < c:
        print("increasing", a, b, c)

# A long sequence and a length that is checked before any item.
match list(range(10)):
    case [0, 1, *rest] if len(rest) == 8:
        print("ten items, rest", rest)
match [1, 2, 3]:
    case [1, 2]:
        print("no: length differs")
    case [1, 2, 3, 4]:
        print("no")
    case [1, 2, 3]:
        print("exact length 3")
