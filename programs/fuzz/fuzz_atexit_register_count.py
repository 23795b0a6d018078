# atexit.register is METH_VARARGS in CPython 3.11: each call packs its arguments into a tuple, counted in generation 0 (weakref.finalize registers once, on first use) (found by test/fuzz).
import atexit
import gc
import weakref


def goodbye():
    print("goodbye")


class A:
    pass


gc.collect()
atexit.register(goodbye)
print(gc.get_count())
a = A()
gc.collect()
f = weakref.finalize(a, print, "finalized")
print(gc.get_count())
gc.collect()
g = weakref.finalize(a, print, "finalized again")
print(gc.get_count())
