# gc.set_debug flags (spec 4, 4.2): DEBUG_COLLECTABLE prints one stderr line
# per unreachable object in GC-list order ("gc: collectable <A 0xADDR>");
# DEBUG_SAVEALL keeps the garbage in gc.garbage instead of freeing it.
import gc


class A:
    pass


class B:
    def __del__(self):
        print("__del__ B still runs")


print("flags:", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print("get_debug():", gc.get_debug())
gc.collect()
gc.set_debug(gc.DEBUG_COLLECTABLE)
print("get_debug():", gc.get_debug())
a = A()
a.items = [a]
b = B()
b.partner = b
del a, b
print("collect ->", gc.collect())
gc.set_debug(0)
print("saveall:")
gc.set_debug(gc.DEBUG_SAVEALL)
a = A()
a.me = a
del a
print("saveall collect ->", gc.collect())
print("garbage now:", [type(o).__name__ for o in gc.garbage])
lst = []
lst.append(lst)
del lst
print("saveall collect ->", gc.collect())
print("garbage now:", [type(o).__name__ for o in gc.garbage])
gc.set_debug(0)
gc.garbage.clear()
print("after clearing gc.garbage, the objects are garbage again:", gc.collect())
gc.set_debug(gc.DEBUG_LEAK)
print("DEBUG_LEAK = COLLECTABLE | UNCOLLECTABLE | SAVEALL:", gc.get_debug() == 2 | 4 | 32)
x = A()
x.me = x
del x
print("collect ->", gc.collect(), "| garbage:", [type(o).__name__ for o in gc.garbage])
gc.set_debug(0)
gc.garbage.clear()
gc.collect()
for bad in ("x", None):
    try:
        gc.set_debug(bad)
    except TypeError as error:
        print("TypeError:", error)
