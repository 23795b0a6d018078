# operator.itemgetter / attrgetter / methodcaller (_operator's types): calls, reprs (recursive too), __reduce__, sizes, GC tracking, argument errors, and a traceback with no frame of Lib/operator.py
import gc
import sys
from operator import attrgetter, itemgetter, methodcaller


def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)


g = itemgetter(1)
print(g, g([1, 2, 3]), g((4, 5)), g("ab"), g.__reduce__())
g = itemgetter(1, 0, -1)
print(g, g([1, 2, 3]), g.__reduce__())
g = itemgetter("k")
print(g, g({"k": 9}))
a = attrgetter("real")
print(a, a(3), a.__reduce__())
a = attrgetter("real", "imag.real", "a..b")
print(a, a.__reduce__())


class C:
    pass


c = C()
c.real = 3
c.imag = C()
c.imag.real = 4
print(attrgetter("real", "imag.real")(c))
m = methodcaller("split")
print(m, m("a b"), m.__reduce__())
m = methodcaller("split", ",", maxsplit=1)
print(m, m("a,b,c"))
m = methodcaller("replace", "a", "b")
print(m, m("aaa"), m.__reduce__())
err(itemgetter)
err(itemgetter, 1, k=2)
err(itemgetter(1))
err(itemgetter(1), [1, 2], [3])
err(itemgetter(1), [1, 2], k=1)
err(itemgetter(5), [1])
err(itemgetter(1, 7), [1, 2])
err(attrgetter)
err(attrgetter, 1)
err(attrgetter, "a", 2)
err(attrgetter, "a", k=1)
err(attrgetter("nope"), 1)
err(attrgetter("real.nope"), 1)
err(attrgetter("a..b"), 1)
err(methodcaller)
err(methodcaller, 1)
err(methodcaller("nope"), 1)
err(methodcaller("upper"))
err(methodcaller("upper"), "a", "b")
err(methodcaller("upper"), x=1)
print(sys.getsizeof(itemgetter(1)), sys.getsizeof(attrgetter("a")), sys.getsizeof(methodcaller("a")))
print(type(itemgetter(1)), type(itemgetter(1)).__name__, type(itemgetter(1)).__module__, itemgetter.__qualname__)
try:
    class X(itemgetter): pass
except TypeError as e:
    print(e)
print(gc.is_tracked(itemgetter(1)), gc.is_tracked(attrgetter("x")), gc.is_tracked(methodcaller("x")))
x = [1]
g = itemgetter(x)
x.append(g)
print(g)
print([n in dir(itemgetter) for n in ("__call__", "__reduce__", "__vectorcalloffset__")], "__vectorcalloffset__" in dir(methodcaller))
s = "".join(["sp", "lit"])
print(sys.getrefcount(s))
m = methodcaller(s)
print(sys.getrefcount(s))
del m
print(sys.getrefcount(s))
rows = [("b", 2), ("a", 1), ("c", 0)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), max(rows, key=itemgetter(1, 0)))
print(list(map(methodcaller("upper"), ["a", "b"])), list(map(attrgetter("__class__.__name__"), [1, "s"])))
itemgetter("missing")({"present": 1})
