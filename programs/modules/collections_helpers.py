# _collections._count_elements (Counter's counting loop, fast on dicts, through get/__setitem__ otherwise) and _collections._tuplegetter (namedtuple's field descriptor).
import _collections
from _collections import _count_elements, _tuplegetter

print([n for n in ("deque", "defaultdict", "_count_elements", "_tuplegetter", "_deque_iterator") if hasattr(_collections, n)])
print(_collections.__doc__)
counts = {}
_count_elements(counts, "abracadabra")
print(counts)
_count_elements(counts, ["a", "z", 1, 1.0, True])
print(counts)
_count_elements(counts, [])
print(counts)


class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


_count_elements(Logged(), "aab")


class Getter(dict):
    def get(self, key, default=None):
        print("get", key, default)
        return dict.get(self, key, default)


g = Getter()
_count_elements(g, "xyx")
print(g)


class Mapping:
    def __init__(self):
        self.data = {}

    def get(self, key, default):
        return self.data.get(key, default)

    def __setitem__(self, key, value):
        self.data[key] = value


m = Mapping()
_count_elements(m, [3, 1, 3])
print(m.data)
floats = {"a": 0.5}
_count_elements(floats, "aa")
print(floats)


def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


check(lambda: _count_elements({}))
check(lambda: _count_elements({}, 5))
check(lambda: _count_elements({}, [[1]]))
check(lambda: _count_elements({"a": "x"}, "a"))
check(lambda: _count_elements(5, "a"))
check(lambda: _count_elements(mapping={}, iterable="a"))
print(_count_elements.__doc__)

# _tuplegetter
tg = _tuplegetter(1, "second item")
print(tg, tg.__doc__, tg.__reduce__())


class Point(tuple):
    __slots__ = ()
    x = _tuplegetter(0, "Alias for field number 0")
    y = _tuplegetter(1, "Alias for field number 1")
    far = _tuplegetter(5, "out of range")


p = Point((3, 4))
print(p.x, p.y, Point.x, Point.x.__doc__, type(Point.__dict__["y"]).__name__)
check(lambda: p.far)
check(lambda: setattr(p, "x", 1))
check(lambda: delattr(p, "x"))
check(lambda: tg.__get__([1, 2], list))
check(lambda: tg.__get__(None, tuple))
check(lambda: tg.__get__((7, 8, 9)))
check(lambda: _tuplegetter(1))
check(lambda: _tuplegetter("a", None))
check(lambda: _tuplegetter(1, 2, 3))
check(lambda: _tuplegetter(index=1, doc=None))
tg.__doc__ = "changed"
print(tg.__doc__, repr(tg))
neg = _tuplegetter(-1, None)
print(neg, neg.__get__((1, 2)) if False else "negative")
check(lambda: neg.__get__((1, 2)))
