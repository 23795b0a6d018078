# _collections.OrderedDict as tutorials use it: insertion order, move_to_end, popitem from either end, order-sensitive equality, views, and an LRU cache built on it.
from _collections import OrderedDict

od = OrderedDict()
od["banana"] = 3
od["apple"] = 4
od["pear"] = 1
print(od, list(od), list(od.items()))
od.move_to_end("banana")
print(list(od))
od.move_to_end("banana", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
od.update([("x", 1), ("y", 2)])
print(od, list(reversed(od)), od.keys(), od.values(), od.items())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict.fromkeys("abc", 0), od.setdefault("z", 26), od.pop("x"), od)
print(od.copy(), type(od.copy()).__name__, od | {"w": 0}, {"w": 0} | od)


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)


cache = LRUCache(2)
cache.put(1, 1)
cache.put(2, 2)
print(cache.get(1))
cache.put(3, 3)
print(cache.get(2), cache.get(3), list(cache.data.items()))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("missing")
except KeyError as e:
    print("KeyError", e)
d = OrderedDict(sorted({"b": 2, "a": 1, "c": 3}.items()))
print(d, d == {"a": 1, "b": 2, "c": 3})
r = OrderedDict()
r["self"] = r
print(r)
del od["y"]
print(od, len(od), "y" in od)
od.clear()
print(od)
