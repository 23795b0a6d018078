# An LRU cache built on a plain dict (dicts keep insertion order), with the
# container protocol: __len__, __contains__, __getitem__, __setitem__.


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = 0
        self.misses = 0

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __getitem__(self, key):
        if key not in self.data:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        value = self.data.pop(key)
        self.data[key] = value      # move to the most recent end
        return value

    def __setitem__(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            print(f"  evict {oldest!r}")
            del self.data[oldest]
        self.data[key] = value

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.data.items())
        return f"LRUCache({self.capacity}, {{{items}}})"


cache = LRUCache(3)
for key in ["a", "b", "c"]:
    cache[key] = key.upper() * 2
print(cache)
print(cache["a"])
cache["d"] = "DD"
print(cache, len(cache))
print("b" in cache, "a" in cache)
print(cache.get("b", "missing"), cache.get("c"))
cache["e"] = "EE"
cache["c"] = "CC!"
print(cache)
print(f"hits={cache.hits} misses={cache.misses}")


def cached(capacity):
    def decorate(function):
        store = LRUCache(capacity)

        def wrapper(n):
            if n in store:
                return store[n]
            result = function(n)
            store[n] = result
            return result
        wrapper.store = store
        return wrapper
    return decorate


@cached(capacity=4)
def slow_square(n):
    print(f"  computing {n}**2")
    return n * n


for n in [2, 3, 2, 4, 5, 6, 2, 3]:
    print(n, "->", slow_square(n))
print(slow_square.store)
