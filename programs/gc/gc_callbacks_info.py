# gc.callbacks receive ("start" | "stop", info) with info keys in the order
# generation, collected, uncollectable (spec 4, 4.1); a callback that raises
# is reported as "Exception ignored in: <function bad ...>" and gc goes on.
import gc


class C:
    pass


def show(phase, info):
    print(phase, info)


gc.collect()
gc.callbacks.append(show)
a = C()
a.me = a
del a
print("returned", gc.collect())
print("returned", gc.collect(0))
gc.callbacks.remove(show)


def bad(phase, info):
    print("bad callback called:", phase)
    raise RuntimeError(f"callback failed at {phase}")


def after(phase, info):
    print("next callback still runs:", phase, info["collected"])


gc.callbacks.extend([bad, after])
a = C()
a.me = a
del a
print("returned", gc.collect())
gc.callbacks.clear()
print("callbacks is a plain list:", type(gc.callbacks).__name__, gc.callbacks)


class Noisy:
    def __del__(self):
        print("__del__ runs between start and stop")


def order(phase, info):
    print("callback", phase, "collected", info["collected"])


gc.callbacks.append(order)
n = Noisy()
n.me = n
del n
gc.collect()
gc.callbacks.remove(order)
