# subclasses of complex: results of arithmetic are plain complex, __complex__/__pos__ copy, GC tracking, sizes, weakrefs, refcounts
import gc
import sys
import weakref


class Point(complex):
    def __repr__(self):
        return "Point(%r, %r)" % (self.real, self.imag)

    def __del__(self):
        print("del", repr(self))


class Plain(complex):
    pass


p = Point(1, 2)
print(p, str(p), type(p + 1), type(-p), type(+p), type(p.conjugate()), type(p.__complex__()), type(complex(p)))
print(p == 1 + 2j, hash(p) == hash(1 + 2j), isinstance(p, complex), p.real, p.imag, abs(Point(3, 4)))
p.label = "a"
print(p.__dict__, sys.getsizeof(p), sys.getsizeof(Plain(1)), sys.getsizeof(1j))
print(gc.is_tracked(1j), gc.is_tracked(p), gc.is_tracked(Plain()))
r = weakref.ref(p)
print(r() is p)
try:
    weakref.ref(1j)
except TypeError as e:
    print("TypeError:", e)
z = complex(5, 6)
print(sys.getrefcount(z))
t = (z, z, [z])
print(sys.getrefcount(z))
del t
print(sys.getrefcount(z), +z is z, z.__complex__() is z, complex(z) is z, complex(z, 0) is z)
q = Point("7-8j")
print(q, Point(imag=2), Point(1j, 1j), Plain(3.5) / 2)
del p
print("after del p", r())
q = None
print(format(Plain(1, 2), ".1f"), format(Point(1, 2)), f"{Point(0, 1)}", "%s" % Point(0, 1))
c = Point(0, 0)
c.self = c
del c
print("collected", gc.collect() > 0)
