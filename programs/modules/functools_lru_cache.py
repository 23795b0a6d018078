# functools.lru_cache over the native _functools._lru_cache_wrapper: bounded eviction (with __del__ of evicted results), typed and keyword keys, maxsize 0 and None, methods, cache_clear, cache_info, the recursion limit, cycles through the cache collected, refcounts of cached values.
import functools, gc, sys
class Noisy:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __repr__(self): return f"N({self.n})"
@functools.lru_cache(maxsize=2)
def make(n):
    print("make", n)
    return Noisy(n)
a = make(1); b = make(2); make(1)
print(make.cache_info())
del a, b
print("names dropped")
make(3)
print("3 added, 2 evicted above")
make(4)
print(make.cache_info())
make.cache_clear()
print("cleared", make.cache_info())
@functools.lru_cache(maxsize=None, typed=True)
def ident(*args, **kw): return (args, kw)
print(ident(1), ident(1.0), ident(1, k=2), ident(1, k=2), ident.cache_info())
try:
    ident([1])
except TypeError as e:
    print("TypeError", e)
@functools.lru_cache(maxsize=0)
def nocache(x): return x * 2
print(nocache(2), nocache(2), nocache.cache_info())
class C:
    @functools.lru_cache(maxsize=None)
    def square(self, x):
        return x * x
c = C()
print(c.square(3), c.square(3), C.square.cache_info(), type(C.square).__name__, C.square.__qualname__)
print(make.__name__, make.__wrapped__.__name__, make.cache_parameters(), make.__reduce__(), make.__copy__() is make)
print(gc.is_tracked(make), sys.getsizeof(make))
@functools.lru_cache(maxsize=None)
def selfref():
    return [selfref]
selfref()
del selfref
print(gc.collect() > 0)
x = object()
base = sys.getrefcount(x)
@functools.lru_cache(maxsize=4)
def keep(o): return o
keep(x)
print(sys.getrefcount(x) - base)
keep.cache_clear()
print(sys.getrefcount(x) - base)
print(functools.lru_cache(lambda: 5)(), functools.lru_cache(maxsize=-3)(lambda: 6).cache_info())
try:
    functools._lru_cache_wrapper(5, None, False, None)
except TypeError as e:
    print("TypeError", e)
try:
    functools._lru_cache_wrapper(len, "x", False, None)
except TypeError as e:
    print("TypeError", e)
print("end")
sys.setrecursionlimit(200)


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
try:
    print(fib(2000))
except RecursionError as e:
    print("RecursionError", e)
print(fib.cache_info())
print(fib(fib.cache_info().currsize + 20) % 1000, fib.cache_info())
