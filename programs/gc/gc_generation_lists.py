# Generation lists: new objects start in generation 0, survivors move one
# generation up per collection of their generation (gen2 survivors stay),
# younger generations are merged into the one collected; counts follow.
import gc


class C:
    pass


def where(obj):
    return [g for g in range(3) if any(o is obj for o in gc.get_objects(g))]


gc.collect()
a = C()
print("new:", where(a), gc.get_count()[0] >= 1)
gc.collect(0)
counts = gc.get_count()
print("after collect(0):", where(a), counts)
b = C()
print("b new:", where(b))
gc.collect(0)
counts = gc.get_count()
print("after second collect(0): a", where(a), "b", where(b), counts)
gc.collect(1)
counts = gc.get_count()
print("after collect(1): a", where(a), "b", where(b), counts)
c = C()
gc.collect(1)
counts = gc.get_count()
print("collect(1) merges gen0 into gen1 and promotes: c", where(c), counts)
gc.collect()
counts = gc.get_count()
print("after collect(): a", where(a), "c", where(c), counts)
print("get_objects excludes its own result:", all(type(o) is not list or len(o) < 10**9 for o in gc.get_objects(0)))
lst = gc.get_objects()
print("all generations:", any(o is a for o in lst), any(o is c for o in lst))
gc.freeze()
print("frozen: where(a) =", where(a), "| freeze count > 0:", gc.get_freeze_count() > 0, "| count", gc.get_count())
d = C()
print("new objects still go to gen0:", where(d))
gc.unfreeze()
print("unfreeze into gen2: a", where(a), "| freeze count:", gc.get_freeze_count())
for bad in (3, -1, "0"):
    try:
        gc.get_objects(bad)
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
print("generation=None:", len(gc.get_objects(generation=None)) > 0)
