# itertools.count, cycle and repeat: values, reprs (subclasses too), big and
# float counts, the switch to slow mode at sys.maxsize, __reduce__ and
# __setstate__, repeat's __length_hint__.
import sys
from itertools import count, cycle, repeat, islice


def show(label, it, n=6):
    print(label, list(islice(it, n)))


show("count()", count())
show("count(10)", count(10))
show("count(3, -2)", count(3, -2))
show("count(0.5, 0.25)", count(0.5, 0.25))
show("count(2**64)", count(2**64), 3)
show("count(-2**64, 2**63)", count(-(2**64), 2**63), 3)
show("count(1, 2**70)", count(1, 2**70), 3)
show("count(True)", count(True), 3)
show("count(0, True)", count(0, True), 3)
show("count(start=5, step=3)", count(start=5, step=3), 3)
show("count(step=0.5)", count(step=0.5), 3)
show("count(2**53 - 2)", count(2**53 - 2), 4)
show("count(-2**53 - 2)", count(-(2**53) - 2), 4)

for c in [count(), count(5), count(-7), count(1.5), count(1, 2), count(1, 1.0), count(step=1.0),
          count(2**70, 3), count(0.0), count(2**70), count(1, -1), count(3, 0)]:
    print(repr(c), c.__reduce__())

c = count(sys.maxsize - 2)
for _ in range(4):
    print(repr(c), next(c))
print(repr(c), c.__reduce__())


class MyCount(count):
    pass


m = MyCount(4, 2)
print(repr(m), next(m), repr(m), type(m).__name__, m.__reduce__()[1])
print(repr(MyCount()), repr(MyCount(0.5)))

# cycle
show("cycle('abc')", cycle("abc"), 8)
show("cycle([])", cycle([]))
show("cycle(range(2))", cycle(range(2)), 5)
cy = cycle([1, 2, 3])
print(next(cy), cy.__reduce__()[0], cy.__reduce__()[2])
print(next(cy), next(cy), next(cy), next(cy))
r = cy.__reduce__()
print(r[0].__name__, type(r[1][0]).__name__, list(r[1][0]), r[2])
cy2 = cycle([])
cy2.__setstate__(([7, 8, 9], True))
print(list(islice(cy2, 5)))
cy3 = cycle("xy")
cy3.__setstate__(([1, 2], 0))
print(list(islice(cy3, 6)))


class Noisy:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        print("  iter called")
        return iter(self.items)


cz = cycle(Noisy([1, 2]))
print("made cycle")
print(list(islice(cz, 5)))

# repeat
show("repeat('a')", repeat("a"), 3)
show("repeat('a', 2)", repeat("a", 2))
show("repeat('a', -3)", repeat("a", -3))
show("repeat(object=None, times=3)", repeat(object=None, times=3))
show("repeat(times=2, object=1)", repeat(times=2, object=1))
for rp in [repeat("a"), repeat("a", 3), repeat("a", -3), repeat(None, 0), repeat([1, 2], 2), repeat(repeat(1, 2), 1)]:
    print(repr(rp), rp.__reduce__(), rp.__length_hint__() if "," in repr(rp) else "-")
rp = repeat(5, 3)
print(next(rp), repr(rp), rp.__length_hint__(), list(rp), repr(rp), rp.__length_hint__())
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print("TypeError:", e)
print(repr(repeat("x", 2**62)))


class MyRepeat(repeat):
    def __repr__(self):
        return "MyRepeat<" + super().__repr__() + ">"


print(repr(MyRepeat(1)), repr(MyRepeat("q", 2)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip(range(3), repeat("z"))))
