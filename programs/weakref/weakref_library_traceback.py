# weakref is CPython's Lib/weakref.py: its classes report their module, KeyedRef is a ref subclass with __slots__, and a traceback through it shows weakref.py's lines.
import sys
import weakref


class Node:
    def __init__(self, name):
        self.name = name


print(weakref.__file__.endswith("/weakref.py"), weakref.WeakValueDictionary.__module__)
print(weakref.KeyedRef.__mro__[1] is weakref.ref, weakref.KeyedRef.__slots__)
n = Node("a")
k = weakref.KeyedRef(n, None, "key-a")
print(k.key, k() is n, sys.getsizeof(k) == sys.getsizeof(weakref.ref(n, print)) + 8)
try:
    k.other = 1
except AttributeError as e:
    print("AttributeError:", e)

d = weakref.WeakValueDictionary()
d["a"] = n
print(type(d.data["a"]).__name__, d.data["a"].key)
del n
print(len(d), list(d.keys()))


class Owner:
    def method(self):
        return "called"


o = Owner()
wm = weakref.WeakMethod(o.method)
print(wm()(), type(wm).__slots__)
del o
print(wm())

try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)

d2 = weakref.WeakValueDictionary()
d2["missing"] = Node("gone")
d2["x"]
