# Weakref callbacks versus __del__ (spec 5, 3.5 step 11): on refcount death
# __del__ runs first and its weakref still works; in a collected cycle the
# weakrefs are cleared and callbacks run before any __del__.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        print(f"  __del__ {self.name}: own weakref alive? {refs[self.name]() is not None}")


def callback(name):
    return lambda ref: print(f"  callback for {name} ref() -> {ref()}")


refs = {}
print("refcount death:")
rc = Node("rc")
refs["rc"] = weakref.ref(rc, callback("rc"))
del rc
print("after del")
print("cyclic death:")
a, b = Node("a"), Node("b")
a.partner, b.partner = b, a
refs["a"] = weakref.ref(a, callback("a"))
refs["b"] = weakref.ref(b)
del a, b
print("collect ->", gc.collect())
print("a finalize() on a cycle member also runs before __del__:")
a, b = Node("fa"), Node("fb")
a.partner, b.partner = b, a
refs["fa"] = weakref.ref(a)
refs["fb"] = weakref.ref(b)
weakref.finalize(a, print, "  finalize for fa")
del a, b
print("collect ->", gc.collect(), "(the finalizer's own weakref, freed by its callback, counts too)")
kept = None


def keep_ref(ref):
    print("  callback for ka: the weakref itself is dropped here")
    global kept
    kept = None


a, b = Node("ka"), Node("kb")
a.partner, b.partner = b, a
refs["ka"], refs["kb"] = weakref.ref(a), weakref.ref(b)
kept = weakref.ref(a, keep_ref)
del a, b
print("collect ->", gc.collect(), "(2 nodes + the callback weakref it freed)")
