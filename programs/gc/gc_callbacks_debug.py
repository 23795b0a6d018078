# gc.callbacks and the DEBUG flags on small heaps: info per generation, a
# callback that removes itself, a callback that allocates, SAVEALL and
# COLLECTABLE output order, garbage kept across collections.
import gc


class C:
    pass


seen = []


def watch(phase, info):
    seen.append((phase, info["generation"], info["collected"], info["uncollectable"]))


gc.collect()
gc.callbacks.append(watch)
x = C()
x.me = x
del x
gc.collect(1)
gc.collect(0)
gc.callbacks.remove(watch)
print(seen)


def once(phase, info):
    print("once:", phase)
    gc.callbacks.remove(once)


gc.callbacks.append(once)
gc.collect()
print("callbacks left:", gc.callbacks)


def allocating(phase, info):
    junk = C()
    junk.me = junk
    print("allocating:", phase, info["collected"])


gc.callbacks.append(allocating)
print("collect ->", gc.collect())
gc.callbacks.remove(allocating)
print("the junk of the stop callback is found next time:", gc.collect())
gc.set_debug(gc.DEBUG_COLLECTABLE | gc.DEBUG_SAVEALL)
a = C()
a.l = [a, {"k": a}]
del a
print("collect ->", gc.collect(), [type(o).__name__ for o in gc.garbage])
gc.set_debug(0)
print("garbage keeps them alive:", gc.collect())
gc.garbage.clear()
print("cleared:", gc.collect())
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
y = C()
y.me = y
del y
print("DEBUG_UNCOLLECTABLE alone prints nothing for collectable garbage:", gc.collect())
gc.set_debug(0)
