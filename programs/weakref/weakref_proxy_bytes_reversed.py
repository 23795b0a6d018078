# weakref.ref[...] is a generic alias; a weakref.proxy forwards __bytes__ and __reversed__ to its referent (CPython's proxy_methods), and raises ReferenceError once the referent is gone.
import weakref


class Data:
    def __init__(self, items):
        self.items = items

    def __bytes__(self):
        return bytes(self.items)

    def __reversed__(self):
        return reversed(self.items)


print(weakref.ref[int], weakref.ReferenceType[Data].__origin__ is weakref.ref)
d = Data([1, 2, 3])
p = weakref.proxy(d)
print(bytes(p), list(reversed(p)), p.__bytes__(), list(p.__reversed__()))
print(hasattr(weakref.CallableProxyType, "__bytes__"), hasattr(weakref.ProxyType, "__reversed__"))
del d
for f in (bytes, reversed):
    try:
        f(p)
    except ReferenceError as e:
        print(f.__name__, "ReferenceError:", e)
