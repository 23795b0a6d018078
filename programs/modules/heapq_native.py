# heapq over _heapq (Modules/_heapqmodule.c): push/pop/heapify/replace/pushpop and the _max variants, comparison order and refcounts seen by __lt__, a list changed while sifting, CPython's errors, getsizeof after pops, and a traceback with no frame of heapq.py
import heapq
import _heapq
import random
import sys

from heapq import heappush, heappop, heapify, heapreplace, heappushpop
random.seed(5)
data = [random.randrange(100) for _ in range(30)]
h = []
for x in data:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(len(h))])
h = data[:]
heapify(h); print(h)
print(heapreplace(h, 50), heappushpop(h, 1), heappushpop(h, 99), h[:5])
print(heapq.nlargest(3, data), heapq.nsmallest(4, data), list(heapq.merge([1, 4, 7], [2, 5], [3])))
print(heapq.nlargest(2, data, key=lambda v: -v), list(heapq.merge([7, 4, 1], [5, 2], reverse=True)))
m = data[:]
heapq._heapify_max(m); print(m[:5], heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m[:3])
big = list(range(3000, 0, -1))
heapify(big); print(big[:10], all(big[i] <= big[2*i+1] for i in range(1499)))
class Noisy:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v, sys.getrefcount(self) - sys.getrefcount(o))
        return self.v < o.v
    def __repr__(self): return f"N{self.v}"
h = [Noisy(v) for v in (3, 1, 2)]
heapify(h); print(h)
heappush(h, Noisy(0)); print(h, heappop(h), h)
class Mut:
    def __init__(self, v, heap): self.v = v; self.heap = heap
    def __lt__(self, o):
        self.heap.append(Mut(9, self.heap))
        return self.v < o.v
hh = []
hh.append(Mut(2, hh)); hh.append(Mut(1, hh))
try:
    heapify(hh)
except RuntimeError as e:
    print("RuntimeError:", e)
def err(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__ + ":", e)
err(heappop, [])
err(heapreplace, [], 1)
err(heapq._heappop_max, [])
err(heapq._heapreplace_max, [], 1)
err(heappush, (), 1)
err(heappush, [])
err(heapify, None)
err(heappop, "x")
err(heappushpop, [], 5)
err(heappush, [1], "a")
class L(list): pass
l = L([3, 1, 2]); heapify(l); print(l, type(l).__name__)
h = [1]
print(sys.getsizeof(h)); heappush(h, 2); print(sys.getsizeof(h)); heappop(h); heappop(h); print(sys.getsizeof(h))
h = list(range(10)); print(sys.getsizeof(h)); [heappop(h) for _ in range(6)]; print(sys.getsizeof(h), h)
print(heapq.heappush is _heapq.heappush, heapq.heappop.__doc__, heapq.heappush.__module__)
print(sorted(n for n in dir(_heapq) if not n.startswith("__")), _heapq.__about__ == heapq.__about__, _heapq.__doc__.splitlines()[0])
heappop([])
