# _collections.deque: every method, maxlen trimming, indexing and the errors each raises, as CPython's C deque.
from _collections import deque

d = deque([1, 2, 3])
print(d, len(d), bool(d), bool(deque()), d[0], d[-1], d[1])
d.append(4)
d.appendleft(0)
print(d)
print(d.pop(), d.popleft(), d)
d.extend(range(4, 8))
d.extendleft("ab")
print(d)
d.extend(d)
print(d, len(d))
d.extendleft(deque([1, 2]))
print(d)
print(d.count(1), d.count("z"), d.index(1), d.index(1, 3), d.index(1, -9), d.index(2, 0, 100))
d.insert(0, "first")
d.insert(100, "last")
d.insert(-100, "very first")
d.insert(3, "three")
d.insert(-2, "minus two")
print(d)
d.remove("three")
d.remove(1)
print(d)
d.rotate()
print(d)
d.rotate(3)
print(d)
d.rotate(-4)
print(d)
d.rotate(len(d) * 5 + 2)
print(d)
d.rotate(-(10**9))
print(d)
d.reverse()
print(d)
print(2 in d, 99 in d, "last" in d)
d[0] = "zero"
d[-1] = "end"
del d[1]
del d[-2]
print(d)
c = d.copy()
print(c == d, c is d, type(c).__name__, c)
d.clear()
print(d, len(d), c)
print(d.__copy__(), deque().copy())

# maxlen
b = deque(range(10), maxlen=3)
print(b, b.maxlen, deque().maxlen)
b.append(10)
b.appendleft(-1)
print(b)
b.extend([20, 21])
print(b)
b.extendleft([30, 31])
print(b)
z = deque(maxlen=0)
z.append(1)
z.extend(range(5))
z.extendleft(range(5))
print(z, len(z))
print(deque("abc", 2), deque("abc", None), deque(maxlen=2, iterable=[1, 2, 3]), deque(iterable="xy"))
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 5)
except IndexError as e:
    print("IndexError", e)
d = deque(range(6))
d.__init__([7, 8], 5)
print(d, d.maxlen)
d.__init__()
print(d, d.maxlen)


def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
check(lambda: d.pop() if False else deque().pop())
check(lambda: deque().popleft())
check(lambda: d[3])
check(lambda: d[-4])
check(lambda: d[10**30])
check(lambda: d["a"])
check(lambda: d[1:2])
check(lambda: d.__getitem__("a"))
check(lambda: d.__getitem__(-1))
check(lambda: d.rotate(10**30))
check(lambda: d.rotate("a"))
check(lambda: d.rotate(1, 2))
check(lambda: d.insert("a", 1))
check(lambda: d.insert(1))
check(lambda: d.insert(10**30, 1))
check(lambda: d.index(5))
check(lambda: d.index(1, "a"))
check(lambda: d.index())
check(lambda: d.index(1, 2, 3, 4))
check(lambda: d.index(3, -1, 10**30))
check(lambda: d.remove(9))
check(lambda: d.remove("x"))
check(lambda: deque(maxlen=-1))
check(lambda: deque(maxlen="a"))
check(lambda: deque(maxlen=2.5))
check(lambda: deque(1))
check(lambda: deque([], 1, 2))
check(lambda: deque(x=1))
check(lambda: deque([1], iterable=[2]))
check(lambda: deque(maxlen=True))
check(lambda: d.count())
check(lambda: d.append())
check(lambda: d.extend(5))
check(lambda: d.extendleft(None))
check(lambda: d.pop(1))
check(lambda: d.__setitem__(5, 1))
check(lambda: d.__delitem__(-4))
check(lambda: d.reverse(1))
print(d)


def setitem(k, v):
    d[k] = v


def delitem(k):
    del d[k]


check(lambda: setitem(3, 0))
check(lambda: setitem("a", 0))
check(lambda: setitem(10**30, 0))
check(lambda: delitem(5))
check(lambda: delitem(1.5))
check(lambda: delitem(slice(1)))
print(d)
