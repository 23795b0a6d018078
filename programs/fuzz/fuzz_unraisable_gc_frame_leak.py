# An automatic collection (threshold 6) while an unraisable exception from __del__ is being printed: CPython's traceback printing allocates enough to collect a cycle whose __del__ raises too, nesting the second report in the first; refpy's does not, and its refcount audit finds a frame object nobody holds, leaked after teardown (found by test/fuzz).
import gc

class K0:
    def __init__(self, name):
        self.name = name
        if name == "bad":
            self.ref = self
            raise ValueError("cannot make " + name)
    def __del__(self):
        print("del K0", self.name)
        raise RuntimeError("in __del__ of " + self.name)

gc.collect()
gc.set_threshold(6, 1, 4)
def scope0():
    try:
        o10 = K0("bad")
    except ValueError as e:
        print("init failed:", e)
        o10 = K0("o10")
scope0()
def rec12(n):
    t = K0("rec12-" + str(n))
    if n == 0:
        raise KeyError(t.name)
    return rec12(n - 1)
try:
    print(rec12(3))
except KeyError as e:
    print('KeyError', e)
