import gc, sys, weakref, math, atexit, threading

def show(f):
    try:
        v = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(v))





class K0:
    def __init__(self, name):
        self.name = name

class K1:
    def __init__(self, name):
        self.name = name
        if name == "bad":
            self.ref = self
    def __del__(self):
        print("del K1", self.name)

for _codec in ("utf-16", "utf-16-le", "utf-8-sig", "cp1252"):
    "".encode(_codec)
del _codec
gc.collect()
gc.set_threshold(39, 1, 2)
gc.set_threshold(12, 5, 5)
o0 = K0("o0!")
gc.collect()
gc.collect()
try:
    weakref.finalize(o0, print, "finalize", "o0")
except TypeError as e:
    print(e)
show(lambda: sorted([5, 8, -4, 8, 6, 11] + ["date", "fig", "apple", "Fig", "fig"], key=len))
try:
    w1 = weakref.ref(o0)
except TypeError as e:
    print(e)
try:
    raise LookupError(o0)
except LookupError as exc:
    e2 = exc
def scope0():
    o4 = K1("o4")
    o4.me = o4
scope0()
show(lambda: {**dict(a=1, b=2), True: 3} | {"b": [0]})

print(gc.get_count())
