# Refcounts and __del__ timing around a match statement: the subject is
# held on the stack only while the cases run, captures are new references
# stored only once the whole pattern matched, the temporaries of class and
# mapping patterns are freed at once, and gc.get_count() sees the same
# allocations as CPython (spec: refcounts are exact; __del__ runs when the
# count reaches zero).
import gc
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


item = Tracked("item")
print("before:", sys.getrefcount(item))
match [item, item]:
    case [a, b]:
        print("in case: a and b are item:", a is item and b is item, sys.getrefcount(item))
print("after (a, b still bound):", sys.getrefcount(item))
del a, b
print("after del a, b:", sys.getrefcount(item))

print("subject freed when the match ends:")
match Tracked("subject"):
    case Tracked(name="nope"):
        print("no")
    case Tracked(name=n):
        print("  matched", n)
print("after match")

print("a failed case keeps nothing:")
match Tracked("subject 2"):
    case Tracked(name="nope"):
        print("no")
print("after failed match")

print("captured value outlives the subject:")
match [Tracked("inner"), 1]:
    case [keep, 1]:
        print("  captured", keep.name)
print("dropping keep")
del keep

print("guard failure drops the subject, keeps the capture:")
match Tracked("guarded"):
    case g if g.name == "x":
        print("no")
print("g still bound:", g.name)
del g

p = Point(Tracked("px"), Tracked("py"))
before = sys.getrefcount(p.x), sys.getrefcount(p.y)
match p:
    case Point(x, y):
        during = sys.getrefcount(p.x), sys.getrefcount(p.y)
print("class pattern refcounts before/during:", before, during)
del x, y
print("after del:", sys.getrefcount(p.x), sys.getrefcount(p.y))
del p

d = {"k": Tracked("value"), "other": 1}
v0 = sys.getrefcount(d["k"])
match d:
    case {"k": v, **rest}:
        print("mapping refcounts:", v0, sys.getrefcount(v), "rest holds other:", rest)
del v, rest
print("deleting d")
del d

# The temporaries (seen sets, tuples, dummy object) count as allocations
# for the collector like CPython's.
gc.collect()
gc.disable()
c0 = gc.get_count()[0]
for _ in range(10):
    match Point(1, 2):
        case Point(1, y=2):
            pass
c1 = gc.get_count()[0]
for _ in range(10):
    match {"a": 1, "b": 2}:
        case {"a": 1, "b": b}:
            pass
c2 = gc.get_count()[0]
for _ in range(10):
    match [1, 2, 3]:
        case [1, *rest]:
            pass
c3 = gc.get_count()[0]
gc.enable()
print("gc count deltas:", c1 - c0, c2 - c1, c3 - c2)
