# weakref.ref details: subclasses, callbacks that raise, refs to bound
# methods, WeakMethod, the shared plain ref, refs as dict keys, getweakrefs
# order with proxies, argument errors.
import weakref


class A:
    pass


class MyRef(weakref.ref):
    def __new__(cls, ob, callback=None, tag="t"):
        return super().__new__(cls, ob, callback)

    def __init__(self, ob, callback=None, tag="t"):
        super().__init__(ob, callback)
        self.tag = tag


a = A()
r = MyRef(a, None, "mine")
print("subclass:", type(r).__name__, r.tag, r() is a, r is weakref.ref(a), weakref.getweakrefcount(a))
print("subclass repr:", repr(r).split(";")[1])


def bad_cb(ref):
    raise RuntimeError("callback failed")


b = A()
rb = weakref.ref(b, bad_cb)
del b
print("after a raising callback")


class K:
    def m(self):
        return "m"


k = K()
rm = weakref.ref(k.m)
print("a ref to a temporary bound method is dead at once:", rm())
wm = weakref.WeakMethod(k.m)
print("WeakMethod:", wm()(), type(wm).__name__)
del k
print("WeakMethod after the object died:", wm())
c = A()
print("ref(o, None) is the plain ref:", weakref.ref(c, None) is weakref.ref(c))
p = weakref.proxy(c)
cb = weakref.ref(c, lambda ref: None)
plain = weakref.ref(c)
print("getweakrefs order:", [type(x).__name__ for x in weakref.getweakrefs(c)])
d = {weakref.ref(c): "value"}
print("refs as keys:", d[weakref.ref(c)], d.get(plain))
for args in [(), (c, None, 3)]:
    try:
        weakref.ref(*args)
    except TypeError as error:
        print("TypeError:", error)
try:
    weakref.ref(c, callback=None)
except TypeError as error:
    print("TypeError:", error)
try:
    plain(1)
except TypeError as error:
    print("TypeError:", error)
print("bool of a dead ref:", bool(rb), rb == rb, rb != weakref.ref(c))
print("refs to functions, classes, sets:", weakref.ref(bad_cb)() is bad_cb, weakref.ref(A)() is A,
      weakref.ref(frozenset())() is not None)
for obj in (1, "s", [], (), {}, None, True, 1.5, b"x", weakref.ref(c)):
    try:
        weakref.ref(obj)
    except TypeError as error:
        print("TypeError:", error)
print("hash of a live ref is the object's:", hash(weakref.ref(c)) == hash(c))
