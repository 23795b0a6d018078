# Generation 0's count after making and running zip, enumerate and dict item iterators: each holds a result tuple it hands out again while nobody else holds it, made with the iterator (zip also makes its tuple of iterators), as CPython 3.11 does (found by test/fuzz).
import gc
import sys
gc.collect()
x = list(zip([5, 7], ["Fig", "fig"], range(3)))
print(gc.get_count())
gc.collect()
x = list(zip([5, 7], ["Fig", "fig"]))
print(gc.get_count())
gc.collect()
x = list(zip([5, 7]))
print(gc.get_count())
gc.collect()
z = zip([5, 7], [1, 2])
print(gc.get_count())
gc.collect()
counts = []
for a, b in zip([[], []], [(), ()]):
    counts.append(gc.get_count())
print(counts)
gc.collect()
e = enumerate([[], []])
print(gc.get_count())
counts = []
for i, v in e:
    counts.append(gc.get_count())
print(counts)
gc.collect()
d = {1: [], 2: [], 3: []}
it = iter(d.items())
print(gc.get_count())
first = next(it)
second = next(it)
print(first, second, first is second, gc.get_count())
counts = []
for k, v in reversed(d.items()):
    counts.append(gc.get_count())
print(counts)
# The recycled tuple: refcounts while it is out and once it comes back.
it = enumerate("ab")
t = next(it)
print(t, sys.getrefcount(t))
del t
t = next(it)
print(t, sys.getrefcount(t))
z = zip("ab", "cd")
t = next(z)
print(t, sys.getrefcount(t))
print(list(enumerate("ab", 2**70)), list(zip("ab", "cd", strict=True)))
for args in [("ab", "c"), ("ab", "cd", "cde"), ("a", "cd")]:
    try:
        list(zip(*args, strict=True))
    except ValueError as err:
        print(err)
print(zip([1], [2]).__reduce__()[1], enumerate("a", 3).__reduce__()[1][1])
print(list(iter({1: 2}.items()).__reduce__()[1][0]))
