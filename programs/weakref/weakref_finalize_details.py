# weakref.finalize details: repr, kwargs, atexit=False, a finalizer that
# raises at exit, finalizers on cycle members, finalizers created at exit.
import gc
import weakref


class R:
    def __init__(self, name):
        self.name = name


def show(*args, **kwargs):
    print("  finalizer:", args, kwargs)
    return "ret"


r = R("r")
f = weakref.finalize(r, show, 1, 2, key="v")
print(repr(f).startswith("<finalize object at 0x"), "for 'R'" in repr(f))
print("peek:", f.peek()[1:], "| alive:", f.alive)
del r
print("dead repr:", repr(f).endswith("; dead>"), f.alive)
a, b = R("a"), R("b")
a.o, b.o = b, a
fa = weakref.finalize(a, show, "a in a cycle")
del a, b
print("collect ->", gc.collect())


keep = R("keep")
weakref.finalize(keep, show, "keep at exit")
off = R("off")
weakref.finalize(off, show, "never").atexit = False


def spawn():
    print("  spawn runs and makes another finalizer")
    weakref.finalize(keep, show, "spawned at exit")


weakref.finalize(keep, spawn)
print("end of script")
