# The first repr of a container (Py_ReprEnter) makes CPython's per-thread repr state, the thread state's dict and its Py_Repr list: two objects counted in generation 0 that stay alive; the list holds each container while its repr runs (found by test/fuzz).
import gc
import sys

gc.collect()
a = gc.get_count()
s = repr((1, 2))
b = gc.get_count()
s = repr([1, 2])
c = gc.get_count()
print(a, b, c)


class Item:
    def __repr__(self):
        print("refcount of the list during its repr:", sys.getrefcount(items))
        return "Item"


items = [Item()]
print(sys.getrefcount(items))
print(items)
print(sys.getrefcount(items))
d = {1: items}
d[2] = d
print(d)
