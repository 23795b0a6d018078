# A __del__ that raises (spec 2.6): reported on stderr as "Exception ignored
# in: <function Bad.__del__ at 0xADDR>" with a traceback starting at __del__,
# even when the dealloc happens deep inside nested calls; the program goes on.
import weakref


class Bad:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)
        raise ValueError("boom")


class Helper:
    def __del__(self):
        check(self)


def check(obj):
    return 1 / 0


def release(items):
    items.pop()
    print("after pop inside release()")


def outer():
    data = [Bad("popped in a nested call")]
    release(data)
    return "outer returned normally"


b = Bad("refcount path")
del b
print("continuing after the first")
print(outer())
h = Helper()
h = None
print("a __del__ calling a helper that fails: the traceback shows both frames")


class Probe:
    pass


def bad_cb(ref):
    print("weakref callback runs, ref() ->", ref())
    raise RuntimeError("callback failed")


p = Probe()
r = weakref.ref(p, bad_cb)
del p
print("a raising weakref callback is reported the same way")


def leave_scope():
    local = Bad("local at return")
    print("returning from leave_scope")


leave_scope()
print("end; exit status 0")
