# _collections.defaultdict: __missing__ and default_factory, dict behaviour kept, repr (recursive), copy, __reduce__, the | operators, subclasses and the errors, as CPython's C type.
import sys
from _collections import defaultdict

dd = defaultdict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dd, len(dd), dd.default_factory, isinstance(dd, dict), type(dd).__mro__)
print(dd.get("zz"), "zz" in dd, dd.setdefault("c", "set"), dict(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"], dict(nested["x"]))
print(defaultdict(None, {1: 2}, z=3), defaultdict(), defaultdict(int, a=1, b=2), defaultdict(str, [("k", "v")]))

plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e, e.args)
try:
    plain[(1, 2)]
except KeyError as e:
    print("KeyError", e, e.args)
print(plain.__missing__.__doc__.splitlines()[0])
print(dd.__missing__("new"), dd["new"])
dd.default_factory = set
print(dd["s"], dd.default_factory)
del dd.default_factory
print(dd.default_factory)
try:
    dd["t"]
except KeyError as e:
    print("KeyError", e)
dd.default_factory = 5
try:
    dd["u"]
except TypeError as e:
    print("TypeError", e)


def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


check(lambda: defaultdict(5))
check(lambda: defaultdict("x"))
check(lambda: defaultdict(list, 1))
check(lambda: defaultdict(list, {}, {}))
check(lambda: defaultdict(list, [1]))
check(lambda: defaultdict(default_factory=list))
check(lambda: defaultdict(list).__missing__())

# repr
r = defaultdict(list)
r["self"] = r
print(r)


class F:
    def __call__(self):
        return 0

    def __repr__(self):
        return "F()"


print(defaultdict(F(), {1: 2}))
rec = defaultdict(list)
rec.default_factory = rec.get
print(repr(rec)[:24])

# copies and pickling support
c = counts.copy()
print(type(c).__name__, c == counts, c is counts, c.default_factory)
print(counts.__copy__() == counts)
red = counts.__reduce__()
print(red[0], red[1], red[2], red[3], type(red[4]).__name__, list(red[4])[:2])
print(plain.__reduce__()[1])
print(defaultdict[str, int], type(defaultdict[str, int]).__name__)

# | and |=
a = defaultdict(int, {1: "a"})
b = {2: "b", 1: "A"}
print(a | b, b | a, type(a | b).__name__, type(b | a).__name__, (a | b).default_factory)
a |= {3: "c"}
print(a, type(a).__name__)
a |= [(4, "d")]
print(a)
try:
    a | [1]
except TypeError as e:
    print(e)
print(a == {1: "a", 3: "c", 4: "d"}, a == defaultdict(None, a))


class Sub(defaultdict):
    def __missing__(self, key):
        return "missing " + repr(key)


s = Sub(int, x=1)
print(s["y"], s, s.copy(), type(s.copy()).__name__, dict(s))


class Tally(defaultdict):
    def __init__(self):
        super().__init__(int)


t = Tally()
t["x"] += 5
print(t, repr(t))
try:
    t.copy()
except TypeError as e:
    print("TypeError", e)

print(sys.getsizeof(defaultdict()), sys.getsizeof(defaultdict(int, {i: i for i in range(10)})))
print(sys.getsizeof(defaultdict()) - sys.getsizeof({}))
print(defaultdict.__doc__.splitlines()[0])
