# weakref.finalize (spec 5): runs once, at the referent's death or at the
# first explicit call (which returns the result); alive, peek, detach; and
# finalizers still alive at exit run after the last line, newest first.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def cleanup(name, *, how="normally"):
    print(f"  cleanup {name} ({how})")
    return f"result of {name}"


r = Resource("r1")
f = weakref.finalize(r, cleanup, "r1")
print("alive:", f.alive, "| atexit:", f.atexit)
print("peek gives the object and the call:", f.peek()[0] is r, f.peek()[1:])
del r
print("after the referent died, alive:", f.alive, "| calling again ->", f())
r = Resource("r2")
f = weakref.finalize(r, cleanup, "r2", how="explicitly")
print("explicit call ->", f())
print("second call ->", f(), "| alive:", f.alive, "| peek:", f.peek())
del r
print("the referent's death runs nothing more")
r = Resource("r3")
f = weakref.finalize(r, cleanup, "r3")
detached = f.detach()
print("detach ->", detached[0] is r, detached[1].__name__, detached[2], detached[3], "| alive:", f.alive)
print("detach again ->", f.detach())
del r, detached
print("nothing ran for r3")
survivor = Resource("survivor")
weakref.finalize(survivor, cleanup, "survivor", how="at exit")
late = Resource("late")
weakref.finalize(late, cleanup, "late", how="at exit")
quiet = Resource("quiet")
weakref.finalize(quiet, cleanup, "quiet").atexit = False
print("end of script")
