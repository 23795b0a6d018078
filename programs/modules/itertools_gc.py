# The cycle collector and itertools: every iterator is tracked, what
# gc.get_referents reports for each (tp_traverse's order), cycles through
# tee buffers, cycle, groupby, chain and repeat found by gc.collect() with
# their finalizers run, and a reused result tuple re-tracked after the
# collector untracked it.
import gc
from itertools import (tee, cycle, groupby, chain, repeat, count, islice, product, combinations,
                       zip_longest, accumulate, starmap, pairwise, compress, dropwhile)

gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.ref = None

    def __del__(self):
        print("  del", self.name)

    def __repr__(self):
        return "Node(%s)" % self.name


def kinds(objs):
    return [type(o).__name__ for o in objs]


sample = [count(), count(2**70), repeat(1), cycle("ab"), chain("a"), islice("a", 1), product("a"),
          combinations("ab", 1), zip_longest("a"), accumulate([1]), starmap(len, []), pairwise("ab"),
          compress("a", "b"), dropwhile(None, "a"), groupby("a"), tee("a")[0]]
print([gc.is_tracked(o) for o in sample])
for o in sample:
    print(type(o).__name__, kinds(gc.get_referents(o)))
acc = accumulate([1, 2], initial=0)
print(kinds(gc.get_referents(acc)))
next(acc)
next(acc)
print(kinds(gc.get_referents(acc)))
gb = groupby([3, 3, 4])
k, g = next(gb)
print(kinds(gc.get_referents(gb)), kinds(gc.get_referents(g)))
del k, g, gb, acc, sample

print("tee cycle:")
n = Node("t")
a, b = tee([n])
n.ref = a
next(b)
del n, b, a
print(" collected", gc.collect() > 0)

print("tee that reads itself:")
def self_feed():
    yield Node("self")
    yield from t2


t1, t2 = tee(self_feed())
next(t1)
del t1, t2
print(" collected", gc.collect() > 0)

print("cycle over a list holding it:")
lst = [Node("c")]
cy = cycle(lst)
lst.append(cy)
next(cy)
del lst, cy
print(" collected", gc.collect() > 0)

print("groupby whose group holds it:")
holder = Node("g")
gb = groupby([holder], key=lambda v: v.name)
holder.ref = next(gb)
del gb, holder
print(" collected", gc.collect() > 0)

print("chain of a list that holds the chain:")
box = [Node("h")]
ch = chain(box, box)
box.append(ch)
next(ch)
del box, ch
print(" collected", gc.collect() > 0)

print("repeat of itself:")
node = Node("r")
node.ref = repeat(node)
del node
print(" collected", gc.collect() > 0)

print("subclass instances with a __dict__:")


class MyChain(chain):
    pass


class MyCount(count):
    pass


mc = MyChain([Node("sub")])
mc.me = mc
ct = MyCount()
ct.node = Node("cnt")
ct.node.ref = ct
print(gc.is_tracked(mc), sorted(vars(mc)), type(ct).__name__, next(ct), [kinds(gc.get_referents(o)) for o in (mc, ct)])
del mc, ct
print(" collected", gc.collect())

# Result tuples of atomic values get untracked by a collection; the next
# reuse tracks them again.
p = product(range(3), repeat=2)
t = next(p)
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
del t
t = next(p)
print(t, gc.is_tracked(t))
c = combinations(range(4), 2)
t = next(c)
gc.collect()
print(gc.is_tracked(t))
del t
print(next(c), gc.is_tracked(next(c)))
z = zip_longest([1, 2], [3])
t = next(z)
gc.collect()
print(gc.is_tracked(t))
del t
t = next(z)
print(t, gc.is_tracked(t))
print("end")
