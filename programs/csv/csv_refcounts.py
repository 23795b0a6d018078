# csv readers, writers and dialects hold their references as CPython's: refcounts of the iterator, the write method and the dialect, getsizeof, GC tracking, and cycles through a reader or a writer freed by the collector
import csv
import gc
import io
import sys
import _csv

lines = ["a,b", "c,d"]
it = iter(lines)
print(sys.getrefcount(it))
r = csv.reader(it)
print(sys.getrefcount(it), gc.is_tracked(r), sys.getsizeof(r))
row = next(r)
print(row, sys.getrefcount(row))
d = r.dialect
print(sys.getrefcount(d) > 2, type(d).__name__)
del r
print(sys.getrefcount(it))

buf = io.StringIO()
print(sys.getrefcount(buf))
w = csv.writer(buf)
print(sys.getrefcount(buf), gc.is_tracked(w), sys.getsizeof(w))
del w
print(sys.getrefcount(buf))

dia = _csv.Dialect(delimiter=";")
print(gc.is_tracked(dia), sys.getsizeof(dia), sys.getrefcount(dia))
lt = "\n"
d2 = _csv.Dialect(lineterminator=lt)
print(d2.lineterminator is lt)
excel = csv.get_dialect("excel")
before = sys.getrefcount(excel)
r2 = csv.reader([], excel)
print(sys.getrefcount(excel) - before, r2.dialect is excel)
del r2
print(sys.getrefcount(excel) - before)


class Lines:
    """An iterator that refers back to its reader: a cycle."""

    def __init__(self):
        self.reader = None
        self.items = ["x,y"]

    def __iter__(self):
        return self

    def __next__(self):
        if self.items:
            return self.items.pop()
        raise StopIteration

    def __del__(self):
        print("Lines freed")


src = Lines()
src.reader = csv.reader(src)
print(next(src.reader))
del src
gc.collect()


class Out:
    def __init__(self):
        self.w = None
        self.data = []

    def write(self, s):
        self.data.append(s)

    def __del__(self):
        print("Out freed", self.data)


o = Out()
o.w = csv.writer(o)
o.w.writerow([1, "two"])
del o
gc.collect()
