# weakref.ref (spec 5, 2.2): no refcount added, callbacks newest first on
# refcount death, the shared plain ref, getweakrefcount/getweakrefs, reprs
# of live and dead refs, hashing and equality, and unreferenceable types.
import sys
import weakref


class Elephant:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Elephant) and self.name == other.name

    def __hash__(self):
        return hash(self.name)


def callback(label):
    def cb(ref):
        print(" ", label, "ref() ->", ref())
    return cb


e = Elephant("dumbo")
before = sys.getrefcount(e)
r = weakref.ref(e)
print("ref adds no reference:", sys.getrefcount(e) - before, "| r() is e:", r() is e)
r2 = weakref.ref(e)
print("plain refs are shared: r2 is r:", r2 is r)
rc = weakref.ref(e, callback("cb1"))
print("a ref with a callback is separate:", rc is r, "| getweakrefcount:", weakref.getweakrefcount(e))
rc2 = weakref.ref(e, callback("cb2"))
rc3 = weakref.ref(e, callback("cb3"))
print("getweakrefcount:", weakref.getweakrefcount(e), "| plain ref first in getweakrefs:",
      weakref.getweakrefs(e)[0] is r)
print("live repr:", repr(r))
print("__callback__:", r.__callback__, rc.__callback__ is not None)
print("type:", type(r).__name__, type(r) is weakref.ReferenceType)


def fn():
    pass


class K:
    pass


print("repr of a ref to a function:", repr(weakref.ref(fn)))
print("repr of a ref to a class:", repr(weakref.ref(K)))
other = Elephant("dumbo")
ro = weakref.ref(other)
print("live refs compare their referents:", r == ro, "| hash(r) == hash(e):", hash(r) == hash(e))
h = hash(r)
print("dropping e:")
del e
print("dead: r() ->", r(), "| repr:", repr(r))
print("dead refs compare by identity:", r == r2, r == ro, r != ro)
print("hash of a dead ref hashed while alive is kept:", hash(r) == h)
dead_unhashed = weakref.ref(Elephant("temp"))
try:
    hash(dead_unhashed)
except TypeError as error:
    print("TypeError:", error)
print("getweakrefcount with one live ref, and with none:", weakref.getweakrefcount(other),
      weakref.getweakrefcount(fn))


class Slotted:
    __slots__ = ("x",)


for obj in (42, "text", [1], (1,), {"a": 1}, Slotted()):
    try:
        weakref.ref(obj)
    except TypeError as error:
        print("TypeError:", error)
