# gc.freeze moves every tracked object to the permanent generation, which
# collections never scan; unfreeze moves them back into generation 2
# (spec 4); plus is_finalized, get_stats shape and the public gc names.
import gc


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


gc.collect()
a = Node("frozen")
a.me = a
del a
gc.freeze()
print("after freeze: count", gc.get_count(), "| freeze count > 0:", gc.get_freeze_count() > 0)
print("a frozen cycle is not collected:", gc.collect())
gc.unfreeze()
print("after unfreeze: freeze count", gc.get_freeze_count())
print("collect now finds it:")
print("  collected:", gc.collect())
b = Node("plain")
print("is_finalized before:", gc.is_finalized(b), "| of a non-finalizable object:", gc.is_finalized([]))
b.__del__()
print("calling __del__ by hand does not set the flag:", gc.is_finalized(b))
keep = []
Node.__del__ = lambda self: keep.append(self)
del b
print("after a refcount death that resurrected it:", gc.is_finalized(keep[0]))
keep.clear()
print("is_finalized(42):", gc.is_finalized(42))
stats = gc.get_stats()
print("get_stats: a", type(stats).__name__, "of", len(stats), "dicts with keys", [list(s) for s in stats][0])
print("all values are ints:", all(type(v) is int for s in stats for v in s.values()))
print("public names:", [name for name in dir(gc) if not name.startswith("_")])
