# bisect over _bisect (Modules/_bisectmodule.c): bisect/insort left and right with lo, hi and key=, any sequence, insort through .insert on non-lists, CPython's argument errors ("lo must be non-negative" ...)
import bisect
import _bisect


def err(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ":", e)


a = [1, 2, 2, 2, 3, 5, 8]
print([bisect.bisect_left(a, x) for x in range(10)], [bisect.bisect_right(a, x) for x in range(10)])
print(bisect.bisect(a, 2), bisect.bisect(a, 2, 2), bisect.bisect(a, 2, 0, 2), bisect.bisect_left(a, 2, hi=None), bisect.bisect_left(a, 9, lo=1, hi=3))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4); bisect.insort_right(b, 4, 0, 3); print(b)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect(recs, 3, key=lambda r: r[1]), bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("d", 4), key=lambda r: r[1]); print(recs)
bisect.insort_left(recs, ("e", 4), key=lambda r: r[1]); print(recs)
class Ins:
    def __init__(self): self.items = [1, 3]
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def insert(self, i, x): print("insert", i, x); self.items.insert(i, x)
s = Ins(); bisect.insort(s, 2); print(s.items)
print(bisect.bisect("acegi", "d"), bisect.bisect((1, 2, 3), 2.5), bisect.bisect(range(0, 100, 10), 35))
err(bisect.bisect, [1], 1, -1)
err(bisect.bisect_left, [1], 1, -1)
err(bisect.insort, (), 1)
err(bisect.bisect, None, 1)
err(bisect.bisect_left, [1, 2], 1, 0, 9)
err(bisect.bisect, [1], 1, None)
err(bisect.bisect, [1], 1, 0, "x")
err(bisect.insort, [1], 1, "x")
err(bisect.bisect, [1])
err(bisect.bisect, [1], 1, 2**70)
err(bisect.bisect, [1], 1, 0, 2**70)
err(bisect.bisect, [1], 1, k=1)
err(bisect.bisect, [1], 1, 0, 1, key=len)
err(bisect.bisect, [1, "a"], 0)
print(bisect.bisect([1], 1, 0, -1), bisect.bisect([1, 2, 3], 5, 0, -5), bisect.bisect([1, 2], 5, 5))
print(sorted(n for n in dir(_bisect) if not n.startswith("__")), bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right)
print(bisect.bisect_left.__doc__.splitlines()[0], _bisect.__doc__.splitlines()[0])
