# _collections.deque and the heap: refcounts of items, __del__ timing (pops, maxlen eviction, clear and dealloc order), GC tracking and referents, weak references.
import gc
import sys
import weakref
from _collections import deque


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return "N(%s)" % self.name


x = object()
base = sys.getrefcount(x)
d = deque()
d.append(x)
d.appendleft(x)
print(sys.getrefcount(x) - base)
d.extend([x, x])
print(sys.getrefcount(x) - base)
d.rotate(3)
d.reverse()
print(sys.getrefcount(x) - base)
e = d.copy()
print(sys.getrefcount(x) - base)
f = d * 3
print(sys.getrefcount(x) - base)
del e, f
print(sys.getrefcount(x) - base)
d.pop()
d.popleft()
print(sys.getrefcount(x) - base)
d.clear()
print(sys.getrefcount(x) - base)
y = object()
m = deque([x, x, x], maxlen=3)
m.append(y)
print(sys.getrefcount(x) - base)
m *= 5
print(sys.getrefcount(x) - base, len(m))
m[0] = x
m[1] = x
print(sys.getrefcount(x) - base)
del m[0]
print(sys.getrefcount(x) - base)
del m
print(sys.getrefcount(x) - base)
one = deque([x])
one *= 200
print(sys.getrefcount(x) - base)
del one
print(sys.getrefcount(x) - base)
print(sys.getrefcount(d))
it = iter(d)
print(sys.getrefcount(d))
print(list(it), sys.getrefcount(d))
del it
print(sys.getrefcount(d))

print("-- pops")
d = deque([Noisy(i) for i in range(5)])
d.pop()
print("after pop")
d.popleft()
print("after popleft")
d.remove(d[1])
print("after remove")
del d[0]
print("after del")
d[0] = Noisy("new")
print("after set")
d.extend([Noisy(10), Noisy(11)])
d.insert(1, Noisy("ins"))
print(d)
del d
print("deque freed")

print("-- maxlen")
b = deque(maxlen=2)
for i in range(4):
    b.append(Noisy("a%d" % i))
    print("appended", i)
b.appendleft(Noisy("left"))
print("appendleft done")
b.extend(Noisy("e%d" % i) for i in range(3))
print("extend done")
del b
z = deque(maxlen=0)
z.append(Noisy("zero"))
print("zero done")

print("-- clear")
c = deque(Noisy("c%d" % i) for i in range(4))
c.rotate(1)
c.clear()
print("cleared", len(c))

print("-- dealloc")
c = deque(Noisy("d%d" % i) for i in range(4))
c.rotate(2)
del c
print("deleted")
c = deque([Noisy("i0"), Noisy("i1")])
it = iter(c)
del c
print("iterator keeps it")
print(next(it))
del it
print("iterator gone")


class Appender:
    def __init__(self, q):
        self.q = q

    def __del__(self):
        self.q.append("added in __del__")
        print("del Appender, queue now", list(self.q)[-1:])


q = deque()
q.append(Appender(q))
q.append(Noisy("after"))
q.clear()
print(q)

print("-- tracking")
print(gc.is_tracked(deque()), gc.is_tracked(deque([1])), gc.is_tracked(iter(deque())), gc.is_tracked(reversed(deque())))
t = deque(["a", "b", 3])
print(gc.get_referents(t))
print(gc.get_referents(iter(t)) == [t], gc.get_referents(reversed(t)) == [t])
print(len(gc.get_referrers(t)))
print(weakref.ref(t)() is t, weakref.getweakrefcount(t))
print("end")
