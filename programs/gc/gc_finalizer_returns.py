# gc.collect() results for cycles with finalizers and weakrefs (spec 3.7,
# 3.5 steps 11-14): __del__ in creation order, callbacks before __del__,
# a cycle's own weakref dies silently, and a __del__ that breaks the cycle.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("  __del__", self.name)


class Plain:
    pass


gc.collect()
print("2-cycle with __del__:")
a, b = Node("a"), Node("b")
b.other, a.other = a, b
del b, a
print("  collect ->", gc.collect(), "| gc.garbage:", gc.garbage)


def report(ref):
    print("  external callback, ref() ->", ref())


print("2-cycle + external weakref with callback:")
a, b = Node("a"), Node("b")
a.other, b.other = b, a
watch = weakref.ref(a, report)
del a, b
print("  collect ->", gc.collect())
print("cycle holding its own weakref with a callback:")
p, q = Plain(), Plain()
p.other, q.other = q, p
p.ref = weakref.ref(q, lambda r: print("  never printed"))
del p, q
print("  collect ->", gc.collect(), "(instance x2, weakref, lambda)")


class Watcher:
    def on_death(self, ref):
        print("  never printed either")


w = Watcher()
w.me = w
w.ref = weakref.ref(w, w.on_death)
del w
print("  self-cycle with a bound-method callback, collect ->", gc.collect(),
      "(instance, weakref, bound method)")


class Breaker(Node):
    def __del__(self):
        print("  __del__", self.name, "drops its partner")
        self.other = None


print("a __del__ that breaks the cycle:")
a, b = Breaker("a"), Breaker("b")
a.other, b.other = b, a
del a, b
print("  collect ->", gc.collect(), "(both died by refcount during finalization)")
print("DEBUG_SAVEALL:")
gc.set_debug(gc.DEBUG_SAVEALL)
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("  collect ->", gc.collect(), "| garbage:", [n.name for n in gc.garbage])
print("  finalized:", [gc.is_finalized(n) for n in gc.garbage])
gc.set_debug(0)
gc.garbage.clear()
print("  after clearing gc.garbage, collect ->", gc.collect(), "(no second __del__)")
