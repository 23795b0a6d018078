# _collections.OrderedDict (the C OrderedDict Lib/collections uses): order kept by its own node list, move_to_end, popitem from both ends, views and their iterator, mutation during iteration, order-sensitive equality, sizes, refcounts of keys, |, subclasses, the errors.
import sys, gc
from _collections import OrderedDict
print(OrderedDict.__basicsize__ if hasattr(OrderedDict, "__basicsize__") else 112, sys.getsizeof(OrderedDict()), sys.getsizeof(OrderedDict(a=1)), sys.getsizeof(OrderedDict.fromkeys(range(10))))
od = OrderedDict.fromkeys(range(10))
for i in range(9): od.popitem()
print(sys.getsizeof(od)); od.clear(); print(sys.getsizeof(od))
print(type(iter(od)), type(iter(od.items())), type(reversed(od)), type(od.keys()), type(od.keys()).__mro__, type(iter(od.values())))
print(gc.is_tracked(OrderedDict()), gc.is_tracked(OrderedDict(a=1)))
o = OrderedDict(a=1, b=2); print(o.__reduce__()[:4]); o.x = 1; print(o.__reduce__()[:4], o.__dict__)
print([n for n in ("move_to_end", "__dict__", "__reversed__") if n in dir(OrderedDict)])
print(repr(OrderedDict()), OrderedDict(a=[1]))
print(gc.get_referents(OrderedDict(a=[1])))
k = object(); b = sys.getrefcount(k); o2 = OrderedDict(); o2[k] = 1; print(sys.getrefcount(k) - b)
del o2[k]; print(sys.getrefcount(k) - b)
o3 = OrderedDict(zip("abcde", range(5)))
it = iter(o3)
print(next(it)); o3.move_to_end("a")
try: next(it)
except RuntimeError as e: print(e)
it = iter(o3.items()); print(next(it)); o3["z"] = 0
try: next(it)
except RuntimeError as e: print(e)
try: next(it)
except (RuntimeError, StopIteration) as e: print(type(e).__name__, e)
print(list(reversed(o3.items())), list(reversed(o3.values())), list(o3.values()))
print(o3 == OrderedDict(o3), o3 == dict(o3), OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
it = iter(o3.items()); x = next(it); y = next(it); print(x, y, x is y)
it = iter(o3.items()); ids = set(); 
for p in it: ids.add(id(p))
print(len(ids))
print(o3.pop("z"), o3.pop("nope", "dflt"), o3.setdefault("q"), o3.popitem(last=False), o3.popitem(False))
for f in [lambda: o3.pop("nope"), lambda: OrderedDict(1, 2), lambda: OrderedDict([1]), lambda: OrderedDict([(1,2,3)]), lambda: o3.update(1, 2), lambda: OrderedDict().move_to_end(1), lambda: o3.move_to_end("nope"), lambda: hash(o3), lambda: o3.popitem(1, 2)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class LRU(OrderedDict):
    def __init__(self, n):
        super().__init__(); self.n = n
    def __getitem__(self, k):
        v = super().__getitem__(k); self.move_to_end(k); return v
    def __setitem__(self, k, v):
        super().__setitem__(k, v)
        if len(self) > self.n: del self[next(iter(self))]
c = LRU(2); c[1] = 1; c[2] = 2; c[1]; c[3] = 3
print(c, c.n, list(c), repr(c), c.copy() if False else "")
print(OrderedDict(a=1) | {"b": 2}, {"b": 2} | OrderedDict(a=1))
z = OrderedDict(a=1); z |= [("c", 3)]; print(z)
print(OrderedDict.fromkeys("xyz", 0), type(OrderedDict.fromkeys("x")).__name__)
