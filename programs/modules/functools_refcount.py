# _functools and the heap: what a partial holds and releases, __del__ timing, the references a called function sees, key objects, GC tracking and referents.
import gc
import sys
from _functools import cmp_to_key, partial


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return "N(%s)" % self.name


def show(*args, **kwargs):
    return len(args), sorted(kwargs)


x = object()
base = sys.getrefcount(x)
p = partial(show, x, x, k=x)
print(sys.getrefcount(x) - base)
q = partial(p, x)
print(sys.getrefcount(x) - base, q.args.count(x))
del p
print(sys.getrefcount(x) - base)
del q
print(sys.getrefcount(x) - base)
fbase = sys.getrefcount(show)
ps = [partial(show) for _ in range(3)]
print(sys.getrefcount(show) - fbase)
del ps
print(sys.getrefcount(show) - fbase)

seen = []


def probe(a, b=None):
    seen.append(sys.getrefcount(a) - base)


p = partial(probe, x)
p()
p(b=1)
partial(probe)(x)
partial(probe, b=2)(x)
print(seen)

print("-- del timing")
p = partial(show, Noisy("arg"), key=Noisy("kw"))
print("made")
p.extra = Noisy("dict")
del p
print("deleted")
p = partial(show, Noisy("old"))
p.__setstate__((show, (Noisy("new"),), None, None))
print("state set")
del p
print("gone")
held = Noisy("held")
p = partial(show, held)
q = partial(p, Noisy("outer"))
del p
print("inner partial dropped")
del held
print("held name dropped")
del q
print("outer dropped")

print("-- keys")
k = cmp_to_key(lambda a, b: 0)
kbase = sys.getrefcount(k)
item = Noisy("wrapped")
w = k(item)
print(sys.getrefcount(k) - kbase, w.obj)
del item
print("name dropped")
del w
print("key dropped")
keys = sorted([Noisy("s1"), Noisy("s2")], key=cmp_to_key(lambda a, b: 0))
print("sorted", keys)
del keys
print("sorted list dropped")

print("-- tracking")
p = partial(show, 1, k=2)
print(gc.is_tracked(p), gc.is_tracked(cmp_to_key(len)), gc.is_tracked(cmp_to_key(len)(1)))
print(gc.get_referents(p)[0], gc.get_referents(p)[2:])
p.attr = "v"
print(gc.get_referents(p)[2:])
print(gc.get_referents(cmp_to_key(len)(7))[::2])


class Sub(partial):
    pass


s = Sub(show, 3)
print(gc.get_referents(s)[0] is Sub, gc.get_referents(s)[2:], len(gc.get_referents(s)))
print(sys.getsizeof(partial(show)), sys.getsizeof(cmp_to_key(len)), sys.getsizeof(cmp_to_key(len)(1)))
print("end")
