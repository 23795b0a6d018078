# __reduce__ of dict and set iterators (keys, values, items, reversed): iter(list of what is left), without moving the iterator; copy and pickle use it
import copy
import pickle

d = {"a": 1, "b": 2, "c": 3}
for make in (lambda: iter(d), lambda: iter(d.values()), lambda: iter(d.items()), lambda: reversed(d),
             lambda: reversed(d.values()), lambda: reversed(d.items()), lambda: iter({1, 2, 3})):
    it = make()
    print(type(it).__name__, it.__reduce__())
    next(it)
    print("   ", it.__reduce__(), list(it), it.__reduce__())
it = iter(d)
next(it)
c = copy.copy(it)
print(list(c), list(it))
s = iter({"x", "y"})
print(sorted(pickle.loads(pickle.dumps(s))), sorted(s))
it = iter(d)
d["new"] = 4
try:
    it.__reduce__()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(iter(d)), d)
