# _collections.deque iteration: forward and reversed iterators, "deque mutated during iteration", the iterator types, __length_hint__, __reduce__ and their constructors.
from _collections import deque, _deque_iterator, _deque_reverse_iterator

d = deque(range(5))
print(list(d), list(reversed(d)), [x * 2 for x in d], sorted(d, reverse=True))
it = iter(d)
print(type(it).__name__, type(reversed(d)).__name__, type(it).__module__)
print(next(it), next(it), it.__length_hint__(), it.__reduce__()[1][1])
rit = reversed(d)
print(next(rit), rit.__length_hint__(), rit.__reduce__()[1][1])
print(list(it), list(rit), it.__length_hint__())
print(list(it), next(it, "done"))

big = deque(range(300))
print(sum(big), sum(reversed(big)), list(big)[::37], list(reversed(big))[::41])
big.rotate(100)
print(list(big)[:3], list(reversed(big))[:3])


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def grow():
    d = deque([1, 2, 3])
    out = []
    for x in d:
        out.append(x)
        d.append(x)
    return out


def shrink_reversed():
    d = deque([1, 2, 3])
    out = []
    for x in reversed(d):
        out.append(x)
        d.pop()
    return out


def setitem_ok():
    d = deque([1, 2, 3])
    out = []
    for x in d:
        d[2] = 30
        out.append(x)
    return out


def reverse_ok():
    d = deque([1, 2, 3, 4])
    out = []
    for x in d:
        d.reverse()
        out.append(x)
    return out


def rotate_zero():
    d = deque([1])
    it = iter(d)
    d.rotate(5)
    return list(it)


def rotate_two():
    d = deque([1, 2])
    it = iter(d)
    d.rotate(1)
    return list(it)


def mutated_then_exhausted():
    d = deque([1, 2])
    it = iter(d)
    d.append(3)
    try:
        next(it)
    except RuntimeError as e:
        print("first", e)
    return list(it)


def reverse_empty_after_mutation():
    d = deque()
    it = reversed(d)
    d.append(1)
    return list(it)


def forward_empty_after_mutation():
    d = deque()
    it = iter(d)
    d.append(1)
    return list(it)


def count_mutating():
    d = deque([1, 2, 3])

    class Eq:
        def __eq__(self, other):
            d.append(0)
            return False

    return d.count(Eq())


def contains_mutating():
    d = deque([1, 2, 3])

    class Eq:
        def __eq__(self, other):
            d.pop()
            return False

    return Eq() in d


def index_mutating():
    d = deque([1, 2, 3])

    class Eq:
        def __eq__(self, other):
            d.appendleft(0)
            return False

    return d.index(Eq())


def remove_mutating():
    d = deque([1, 2, 3])

    class Eq:
        def __eq__(self, other):
            d.rotate(1)
            return False

    return d.remove(Eq())


def remove_found():
    d = deque(["a", "b", "c"])

    class Eq:
        def __eq__(self, other):
            return other == "b"

    d.remove(Eq())
    return d


attempt("grow", grow)
attempt("shrink_reversed", shrink_reversed)
attempt("setitem", setitem_ok)
attempt("reverse", reverse_ok)
attempt("rotate_zero", rotate_zero)
attempt("rotate_two", rotate_two)
attempt("mutated", mutated_then_exhausted)
attempt("reverse_empty", reverse_empty_after_mutation)
attempt("forward_empty", forward_empty_after_mutation)
attempt("count", count_mutating)
attempt("contains", contains_mutating)
attempt("index", index_mutating)
attempt("remove", remove_mutating)
attempt("remove_found", remove_found)

# the iterator types rebuild themselves
d = deque("abcdef")
print(list(_deque_iterator(d)), list(_deque_iterator(d, 2)), list(_deque_iterator(d, 100)))
print(list(_deque_reverse_iterator(d)), list(_deque_reverse_iterator(d, 4)))
it = iter(d)
next(it)
next(it)
cls, args = it.__reduce__()
print(cls.__name__, args[1], list(cls(*args)))
attempt("no args", lambda: _deque_iterator())
attempt("not a deque", lambda: _deque_iterator([1]))
attempt("bad index", lambda: _deque_iterator(d, "x"))
attempt("three", lambda: _deque_iterator(d, 1, 2))
attempt("next on type", lambda: next(iter(deque())))
print(iter(it) is it, hasattr(it, "__next__"))
