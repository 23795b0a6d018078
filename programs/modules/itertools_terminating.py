# The iterators that stop with their input: accumulate, chain and
# chain.from_iterable, compress, dropwhile, filterfalse, islice, pairwise,
# starmap, takewhile, zip_longest; their __reduce__/__setstate__ states and
# how they treat a StopIteration raised inside __next__.
from itertools import (accumulate, chain, compress, dropwhile, filterfalse, islice, pairwise,
                       starmap, takewhile, zip_longest, count, repeat)

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=100)), list(accumulate([])))
print(list(accumulate("abc")), list(accumulate(["a", "b"], func=lambda x, y: y + x)))
print(list(accumulate([1, 2, 3], None, initial=None)))
acc = accumulate([1, 2, 3, 4], initial=10)
r = acc.__reduce__()
print(r[0].__name__, type(r[1][0]).__name__, r[1][1], r[2], list(r[1][0]))
acc = accumulate([1, 2, 3, 4])
print(acc.__reduce__()[1:], next(acc), next(acc))
r = acc.__reduce__()
print(r[0].__name__, type(r[1][0]).__name__, r[1][1], r[2])
acc.__setstate__(100)
print(list(acc))
acc = accumulate([None, 1], lambda a, b: b)
print(next(acc))
r = acc.__reduce__()
print(r[0].__name__, type(r[1][0]).__name__, r[1][1:], r[1][0].__reduce__()[1][1])

print(list(chain()), list(chain("ab", [1, 2], (), range(2))))
print(list(chain.from_iterable(["ab", "cd", ""])), list(chain.from_iterable(x for x in [[1], [2, 3]])))
ch = chain("ab", "cd")
print(ch.__reduce__()[0].__name__, ch.__reduce__()[1], type(ch.__reduce__()[2][0]).__name__)
print(next(ch), len(ch.__reduce__()[2]), type(ch.__reduce__()[2][1]).__name__)
print(list(ch), ch.__reduce__())
ch2 = chain()
ch2.__setstate__((iter(["xy", "z"]),))
print(list(ch2))
ch3 = chain()
ch3.__setstate__((iter(["q"]), iter([1, 2])))
print(list(ch3))
print(chain[int], type(chain[int]).__name__)


class Sub(chain):
    pass


s = Sub.from_iterable([[1], [2]])
print(type(s).__name__, list(s))

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [1, 1])))
print(list(compress(data="abc", selectors=[0, 1, 1])))
cp = compress("ab", [1, 1])
print(cp.__reduce__()[0].__name__, [type(x).__name__ for x in cp.__reduce__()[1]])

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])), list(dropwhile(bool, [])))
dw = dropwhile(lambda x: x < 2, range(5))
print(dw.__reduce__()[2], next(dw), dw.__reduce__()[2])
dw2 = dropwhile(lambda x: True, range(5))
dw2.__setstate__(True)
print(list(dw2))

print(list(takewhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
tw = takewhile(lambda x: x < 2, range(5))
print(list(tw), tw.__reduce__()[2], list(tw))
tw2 = takewhile(lambda x: True, range(5))
tw2.__setstate__(1)
print(list(tw2), tw2.__reduce__()[2])

print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "x", None, [], [0]])))
print(list(filterfalse(bool, [0, 1, 2, 0])))
ff = filterfalse(None, [])
print(ff.__reduce__()[0].__name__, ff.__reduce__()[1][0])

print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice("ABCDEFG", None)), list(islice("ABCDEFG", None, None, None)))
print(list(islice(count(), 3, 20, 5)), list(islice("ab", 10)), list(islice("abc", 5, 10)))
isl = islice(range(100), 5, 50, 7)
print(isl.__reduce__()[1][1:], isl.__reduce__()[2])
print(next(isl), next(isl), isl.__reduce__()[1][1:], isl.__reduce__()[2])
isl2 = islice(range(10), 2, None)
print(isl2.__reduce__()[1][1:], list(isl2), isl2.__reduce__()[1][1], isl2.__reduce__()[2])
isl3 = islice(range(10), 3, 2**60, 2**59)
print(isl3.__reduce__()[1][1:], next(isl3), isl3.__reduce__()[1][1:])
isl4 = islice(range(10), 9223372036854775807)
print(isl4.__reduce__()[1][1:])
isl5 = islice(range(10), 0, None)
isl5.__setstate__(5)
print(list(isl5))
it = iter(range(10))
print(list(islice(it, 3)), list(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), list(it))

print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise([])))
print(list(pairwise(range(4))))

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, ["ab", [3, 1]])))
print(list(starmap(lambda *a: a, [(), (1,), [1, 2]])))
sm = starmap(pow, [])
print(sm.__reduce__()[0].__name__, sm.__reduce__()[1][0])

print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest("ab")))
print(list(zip_longest([1], [2, 3], [4, 5, 6])))
zl = zip_longest("ab", "cde", fillvalue=0)
print(next(zl), next(zl), [type(x).__name__ for x in zl.__reduce__()[1]], zl.__reduce__()[2])
print(next(zl), zl.__reduce__()[1][0], zl.__reduce__()[2])
zl.__setstate__("!")
print(list(zl))
zl2 = zip_longest("a", "bc")
zl2.__setstate__(9)
print(list(zl2))


# A StopIteration raised by __next__ ends the iteration.
class Stopper:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise StopIteration("done")
        return self.n


for make in [lambda: chain(Stopper(2), Stopper(1)), lambda: dropwhile(lambda x: x > 5, Stopper(3)),
             lambda: takewhile(bool, Stopper(3)), lambda: islice(Stopper(5), 1, None, 2),
             lambda: starmap(lambda x: x, ((v,) for v in Stopper(2))), lambda: compress(Stopper(3), repeat(1)),
             lambda: filterfalse(None, Stopper(4)), lambda: pairwise(Stopper(3)), lambda: accumulate(Stopper(3)),
             lambda: zip_longest(Stopper(1), Stopper(2))]:
    print(list(make()))


class Boom:
    """Raises once, then yields 7 and 8."""
    def __init__(self):
        self.left = [8, 7]
        self.raised = False

    def __iter__(self):
        return self

    def __next__(self):
        if not self.raised:
            self.raised = True
            raise ValueError("boom")
        if self.left:
            return self.left.pop()
        raise StopIteration


for make in [lambda: chain([1], Boom()), lambda: islice(Boom(), 2), lambda: pairwise(Boom()),
             lambda: zip_longest([1], Boom()), lambda: compress([1], Boom()), lambda: accumulate(Boom())]:
    it = make()
    try:
        print(list(it))
    except ValueError as e:
        print("ValueError:", e, list(it))

# islice bounds and counts beyond a double's exact range keep their values.
isl = islice(range(10), 5)
isl.__setstate__(2**60)
print(isl.__reduce__()[1][1:], isl.__reduce__()[2], list(isl))
isl = islice(range(10), None)
isl.__setstate__(2**60)
print(isl.__reduce__()[2], list(isl))
isl = islice(range(10), 2, None)
isl.__setstate__(-5)
print(list(isl))
isl = islice(count(), 2**53 - 1, 2**53 + 5, 3)
print(isl.__reduce__()[1][1:])
isl = islice(range(5), 0, None, 2**53 - 1)
print(next(isl), isl.__reduce__()[1][1:], isl.__reduce__()[2], list(isl))
isl = islice(count(), 0, None, 2**62)
print(next(isl), isl.__reduce__()[1][1:])
isl = islice(count(), 0, 2**63 - 1, 2**62 + 1)
print(next(isl), isl.__reduce__()[1][1:])
isl = islice(range(3), 0, None, 2**62)
print(next(isl), isl.__reduce__()[1][1:], list(isl))
isl = islice(range(3), 0, None, 2**63 - 1)
print(next(isl), isl.__reduce__()[1][1:], list(isl))
isl = islice(range(3), 9223372036854775807 - 1, None)
print(isl.__reduce__()[1][1:])
