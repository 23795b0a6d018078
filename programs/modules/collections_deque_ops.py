# _collections.deque operators: comparisons, +, *, +=, *=, repr (recursive), __reduce__, copies of subclasses, generic alias, sizeof by blocks.
import sys
from _collections import deque

a = deque([1, 2, 3])
b = deque([1, 2, 4])
for x, y in [(a, b), (a, a), (a, deque([1, 2])), (deque(), deque()), (deque([1]), deque([1.0]))]:
    print(x == y, x != y, x < y, x <= y, x > y, x >= y)
print(a == [1, 2, 3], a != (1, 2, 3))
try:
    a < [1]
except TypeError as e:
    print(e)
print(deque([1, "a"]) == deque([1, "a"]))
try:
    deque([1, "a"]) < deque([1, 2])
except TypeError as e:
    print(e)

print(a + b, a + deque(), deque() + deque())
try:
    a + [4]
except TypeError as e:
    print(e)
print(a * 2, 2 * a, a * 0, a * -1, deque([7]) * 5, deque() * 3)
print(deque([1, 2], maxlen=3) * 3, deque([5], maxlen=4) * 10, deque([1, 2, 3], 5) + deque([4, 5, 6]))
try:
    a * "x"
except TypeError as e:
    print(e)
try:
    a * 1.5
except TypeError as e:
    print(e)
c = deque([1])
ident = id(c)
c += [2, 3]
c += c
c *= 2
print(c, id(c) == ident)
c *= 1
c *= 0
print(c, id(c) == ident)
m = deque("ab", maxlen=5)
m *= 4
print(m)
s = deque([9], maxlen=3)
s *= 7
print(s)

# repr
r = deque()
r.append(r)
r.append([r])
print(r)
print(repr(deque(maxlen=5)), repr(deque("xy", 0)), str(deque([None, "s"])))


class Sub(deque):
    pass


class Sub2(deque):
    def __init__(self, *args):
        super().__init__(*args)
        self.note = "set"


s = Sub([1, 2], 5)
print(s, repr(Sub()), type(s.copy()).__name__, s.copy(), type(s + s).__name__, s * 2)
s2 = Sub2([3])
print(s2, s2.copy(), s2.copy().note, s2.__dict__)


class Bad(deque):
    def __new__(cls, *args):
        return [1]


try:
    deque.copy(deque.__new__(Bad))
except TypeError as e:
    print(e)

# __reduce__ and friends
print(deque().__reduce__()[:3], deque([1, 2], 3).__reduce__()[:3])
red = deque("ab").__reduce__()
print(type(red[3]).__name__, list(red[3]))
s.attr = 7
print(s.__reduce__()[:3])
print(deque[int], deque[str, int].__origin__, Sub[int])
print(type(deque.__class_getitem__(int)).__name__)

# __sizeof__ counts CPython's 64-slot blocks
print(deque.__basicsize__ if hasattr(deque, "__basicsize__") else 216)
for n in (0, 1, 62, 63, 64, 65, 127, 128, 200, 1000):
    print(n, sys.getsizeof(deque(range(n))), deque(range(n)).__sizeof__())
d = deque()
sizes = []
for i in range(200):
    d.append(i)
    sizes.append(sys.getsizeof(d))
print(sorted(set(sizes)))
for i in range(200):
    d.popleft()
    sizes.append(sys.getsizeof(d))
print(sorted(set(sizes)), len(d), sys.getsizeof(d))
d = deque()
for i in range(100):
    d.appendleft(i)
print(sys.getsizeof(d))
d.rotate(40)
print(sys.getsizeof(d))
d.rotate(-7)
print(sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d))
d.extendleft(range(70))
print(sys.getsizeof(d))
print(sys.getsizeof(deque([1]) * 64), sys.getsizeof(deque([1, 2]) * 40))
print(sys.getsizeof(Sub()), sys.getsizeof(Sub(range(100))))
