# What gc.collect() finds on small heaps: containers of every kind in
# cycles, objects hanging off a cycle, cycles kept alive from outside, and
# garbage that survived into an older generation.
import gc


class C:
    pass


def report(label):
    print(f"{label}: {gc.collect()}")


gc.collect()
report("empty heap")
a = [1, 2]
b = {"k": a}
a.append(b)
del a, b
report("list <-> dict")
s = C()
s.box = [s]
del s
report("instance -> list -> instance")
t = C()
t.pair = (t, 1)
del t
report("instance -> tuple -> instance")
ring = C()
ring.next = C()
ring.next.next = ring
ring.next.leaf = [C(), {"x": C()}]
del ring
report("2-cycle with a list, a dict and 2 instances hanging off it")
keep = C()
keep.me = keep
report("self-cycle still referenced")
del keep
report("after del")
outer = [C()]
outer[0].up = outer
inner = outer[0]
del outer
report("cycle held only by a local name")
del inner
report("after del")
x = C()
x.me = x
gc.collect(0)
gc.collect(1)
del x
print("old garbage: collect(0) ->", gc.collect(0), "collect(1) ->", gc.collect(1), "collect(2) ->", gc.collect(2))


def build():
    nodes = [C() for _ in range(4)]
    for i in range(4):
        nodes[i].next = nodes[(i + 1) % 4]
        nodes[i].all = nodes


build()
report("ring of 4 sharing a list")
d = {}
d[1] = d
k = C()
k.d = d
del d
report("dict cycle reachable from a live instance")
del k
report("after del")
print("counts after collect():", gc.get_count())
