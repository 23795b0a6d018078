# itertools.groupby and its _grouper: keys, key functions, a group that is
# invalidated when the groupby advances, groups consumed in part or not at
# all, __reduce__/__setstate__ of both, comparison errors.
from itertools import groupby

print([k for k, g in groupby("AAAABBBCCDAABBB")])
print([list(g) for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby(["apple", "avocado", "banana", "blueberry", "cherry"], lambda s: s[0])])
print(list(groupby([])), [(k, list(g)) for k, g in groupby([None, None, 0])])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])])
print([(k, list(g)) for k, g in groupby("aAbB", key=str.lower)])

# A group is only valid until the groupby moves on.
gb = groupby("aaabbc")
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
gb = groupby("aaabbc")
groups = list(gb)
print([(k, list(g)) for k, g in groups])
gb = groupby("aaabbc")
k, g = next(gb)
print(k, next(g))
k, g2 = next(gb)
print(k, list(g2), list(g))

# Consuming part of a group, then moving on.
gb = groupby([1, 1, 1, 2, 2, 3])
k, g = next(gb)
print(k, next(g))
print([(k, list(g)) for k, g in gb])

# key=None is the identity; a key that fails.
print([(k, list(g)) for k, g in groupby("aab", key=None)])
try:
    list(groupby([1, 2], key=lambda x: 1 / 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class Incomparable:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        raise TypeError("cannot compare %s" % self.v)

    def __repr__(self):
        return "I(%s)" % self.v


gb = groupby([Incomparable(1), Incomparable(2)])
k, g = next(gb)
print(k, g.__class__.__name__)
try:
    next(gb)
except TypeError as e:
    print("TypeError:", e)


class EqCount:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        EqCount.calls += 1
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)


data = [EqCount(v) for v in [1, 1, 2, 2, 2, 3]]
print([(k.v, len(list(g))) for k, g in groupby(data)], EqCount.calls)
EqCount.calls = 0
print([k.v for k, g in groupby(data)], EqCount.calls)

# __reduce__ and __setstate__
gb = groupby("aabbb", key=None)
r = gb.__reduce__()
print(r[0].__name__, type(r[1][0]).__name__, r[1][1], len(r))
k, g = next(gb)
r = gb.__reduce__()
print(k, r[2], len(r))
rg = g.__reduce__()
print(rg[0].__name__, rg[1][0] is gb, rg[1][1])
print(next(g), gb.__reduce__()[2] if len(gb.__reduce__()) > 2 else "not started")
k2, g2 = next(gb)
rg_old = g.__reduce__()
print(rg_old[0].__name__, rg_old[1], list(rg_old[0](*rg_old[1])))
gb2 = groupby("xxyy")
gb2.__setstate__(("q", "q", "q"))
print([(k, list(g)) for k, g in gb2])
try:
    gb2.__setstate__(["a", "b", "c"])
except TypeError as e:
    print("TypeError:", e)
try:
    gb2.__setstate__(("a", "b"))
except TypeError as e:
    print("TypeError:", e)

# _grouper made directly.
import itertools  # noqa: E402

gb = groupby("ppq")
k, g = next(gb)
g_again = itertools._grouper(gb, "p")
print(list(g_again), list(g))
print(type(g).__name__, type(g).__module__, repr(type(g)))


class Sub(groupby):
    pass


print([(k, list(g)) for k, g in Sub("zzy")], Sub("a").__reduce__()[0].__name__)
