# list() sizes its array from the input's length hint (PyObject_LengthHint):
# __length_hint__'s int, NotImplemented or a TypeError mean no hint, a
# negative or non-int hint is an error; itertools.repeat's hint shows in
# the list's size, and an endless repeat has none.
import sys
from itertools import repeat, islice

print(sys.getsizeof(list(repeat(0, 10))), sys.getsizeof(list(repeat(0, 0))), sys.getsizeof([*repeat(1, 7)]))
print(sys.getsizeof(list(islice(repeat(0), 10))), repeat(0, 3).__length_hint__())


class Hinted:
    def __init__(self, hint):
        self.hint = hint
        self.n = 3

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def __length_hint__(self):
        if isinstance(self.hint, Exception):
            raise self.hint
        return self.hint


for hint in [TypeError("no"), NotImplemented, 5, 0, -1, "x", 2**70, ValueError("bad"), True, 2**40]:
    try:
        result = list(Hinted(hint))
        print(repr(hint), result, sys.getsizeof(result))
    except Exception as e:
        print(repr(hint), type(e).__name__, e)
