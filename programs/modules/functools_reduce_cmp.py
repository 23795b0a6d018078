# _functools.reduce and cmp_to_key: results, initial values, the args tuple a reducing function sees, and the errors, as CPython's C functions.
import sys
from _functools import cmp_to_key, reduce

print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]), reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(lambda a, b: a + b, ["x"], "start"), reduce(lambda a, b: a, [], "empty"), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * x], range(5), []), reduce(lambda a, b: b, iter("abc")))
print(reduce(lambda a, b: a + b, [[1], [2], [3]]), reduce(pow, [2, 3, 2]), reduce(lambda a, b: (a, b), "abcd"))
seen = []


def record(a, b):
    seen.append((a, b))
    return a + b


print(reduce(record, range(4)), seen)
probe = object()
counts = []


def refs(a, b):
    counts.append(sys.getrefcount(b))
    return a


base = sys.getrefcount(probe)
reduce(refs, [probe, probe, probe], 0)
print([c - base for c in counts])


def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


check(lambda: reduce(lambda a, b: a, []))
check(lambda: reduce(lambda a, b: a, iter([])))
check(lambda: reduce())
check(lambda: reduce(len))
check(lambda: reduce(len, 5))
check(lambda: reduce(len, [], 1, 2))
check(lambda: reduce(len, [], initial=1))
check(lambda: reduce(5, [1, 2]))
check(lambda: reduce(lambda a: a, [1, 2]))
check(lambda: reduce(lambda a, b: a / b, [1, 0]))


def gen():
    yield 1
    raise ValueError("from the iterable")


check(lambda: reduce(lambda a, b: a + b, gen()))
check(lambda: reduce(lambda a, b: a + b, gen(), 0))
print(reduce.__doc__.splitlines()[0])

# cmp_to_key
def numeric(a, b):
    return (a > b) - (a < b)


K = cmp_to_key(numeric)
print(sorted([5, 2, 8, 1], key=K), sorted([5, 2, 8, 1], key=K, reverse=True))
print(sorted(["pear", "fig", "banana"], key=cmp_to_key(lambda x, y: len(x) - len(y))))
print(max([3, 7, 5], key=K), min(["b", "a"], key=cmp_to_key(lambda x, y: -1 if x < y else 1)))
k1, k2 = K(1), K(2)
print(type(K).__name__, type(k1).__name__, type(k1).__module__, k1.obj, k2.obj)
print(k1 < k2, k1 <= k2, k1 == k2, k1 != k2, k1 > k2, k1 >= k2, K(2) == k2)
k1.obj = 5
print(k1.obj, k1 > k2)
del k1.obj
print(k1.obj)
print(K.obj)
check(lambda: k1 < k2)
check(lambda: k2 < 3)
check(lambda: k2 == 3)
check(lambda: hash(k2))
check(lambda: K())
check(lambda: K(1, 2))
check(lambda: K(x=1))
print(K(obj=4).obj)
check(lambda: cmp_to_key())
check(lambda: cmp_to_key(1, 2))
check(lambda: cmp_to_key(mycmp=numeric)(3).obj)
check(lambda: sorted([1, 2], key=cmp_to_key(lambda a, b: "x")))
check(lambda: sorted([1, 2], key=cmp_to_key(lambda a, b: 1 / 0)))
check(lambda: sorted([1, 2], key=cmp_to_key(lambda a: 0)))
weird = cmp_to_key(lambda a, b: [a, b])
check(lambda: weird(1) < weird(2))
other = cmp_to_key(numeric)
check(lambda: K(1) < other(2))
print(cmp_to_key.__doc__)
