# itertools.tee and its _tee / _tee_dataobject types: independent copies,
# buffering across the 57-value blocks, __copy__ and copyable inputs,
# __reduce__/__setstate__, weak references, re-entering the tee iterator.
import itertools
import weakref
from itertools import tee, islice

a, b = tee(range(5))
print(next(a), next(a), list(b), list(a))
a, b, c = tee("abcdef", 3)
print(list(islice(a, 2)), list(b), list(islice(c, 4)), list(a), list(c))
print(tee([1]), len(tee([1], 0)), len(tee([], 1)), type(tee([], 1)[0]).__name__)
print(tee(iter([]), 0))

# 200 values cross several 57-value blocks.
x, y = tee(range(200))
print(sum(x), sum(islice(y, 100)), sum(y))
x, y = tee(range(200))
for _ in range(120):
    next(x)
r = x.__reduce__()
print(r[0].__name__, r[1], type(r[2][0]).__name__, r[2][1])
r = y.__reduce__()
print(r[2][1], len(r[2][0].__reduce__()[1][1]))

# A tee of a tee copies it; objects with __copy__ are copied.
t1, = tee("xyz", 1)
next(t1)
t2, t3 = tee(t1)
print(t2 is t1, list(t2), list(t3), list(t1))


class Copyable:
    def __init__(self, start):
        self.i = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= 3:
            raise StopIteration
        self.i += 1
        return self.i

    def __copy__(self):
        print("  __copy__ at", self.i)
        return Copyable(self.i)


c = Copyable(0)
p, q = tee(c)
print(p is c, type(q).__name__, list(p), list(q))

# _tee made directly, __copy__, __setstate__.
t = itertools._tee([1, 2, 3])
u = t.__copy__()
print(type(t).__name__, next(t), list(u), list(t))
print(type(itertools._tee(t)).__name__, list(itertools._tee(iter("ab"))))
t = itertools._tee("hello")
next(t)
d = t.__reduce__()[2][0]
print(type(d).__name__, d.__reduce__()[1][1:], d.__reduce__()[0].__name__)
t.__setstate__((d, 0))
print(list(t))
d2 = itertools._tee_dataobject(iter("xyz"), ["a", "b"], None)
t2 = itertools._tee([])
t2.__setstate__((d2, 1))
print(list(t2))
full = itertools._tee_dataobject(iter([]), list(range(57)), d2)
t3 = itertools._tee([])
t3.__setstate__((full, 55))
print(list(t3))

# Weak references to a tee; none to its data object.
a, b = tee([1, 2])
w = weakref.ref(a)
print(w() is a)
del a
print(w())
try:
    weakref.ref(b.__reduce__()[2][0])
except TypeError as e:
    print("TypeError:", e)


# Re-entering the tee iterator from the iterator it reads.
class Reenter:
    def __init__(self):
        self.tee = None

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.tee)


src = Reenter()
t, = tee(src, 1)
src.tee = t
try:
    next(t)
except RuntimeError as e:
    print("RuntimeError:", e)


# tee over a generator: values are produced once.
def gen():
    for i in range(3):
        print("  produce", i)
        yield i


g1, g2 = tee(gen())
print(next(g1), next(g1))
print(next(g2), list(g2), list(g1))

# Not subclassable, no keyword arguments.
for base in [itertools._tee, itertools._tee_dataobject, itertools._grouper]:
    try:
        type("X", (base,), {})
    except TypeError as e:
        print("TypeError:", e)
