# Reference cycles that only the cycle collector can free: __del__ on
# cycle members (PEP 442), gc.collect() return values, disable/enable,
# is_tracked, and counts read right after a collection.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        print(f"  __del__ {self.name}")


def make_pair(a, b):
    x, y = Node(a), Node(b)
    x.partner, y.partner = y, x


gc.collect()
print("after collect:", gc.get_count())
print("making a pair in a function; its locals go away, the cycle stays")
make_pair("left", "right")
print("nothing freed yet; collecting...")
print("unreachable found:", gc.collect())

print("a self-referencing node:")
me = Node("self-loop")
me.partner = me
del me
print("collected:", gc.collect())

print("an acyclic node dies by refcount alone:")
plain = Node("plain")
del plain
print("collected:", gc.collect())

print("three rings of three with the collector disabled:")
gc.disable()
print("enabled?", gc.isenabled())
for ring in range(3):
    nodes = [Node(f"r{ring}n{i}") for i in range(3)]
    for i in range(3):
        nodes[i].partner = nodes[(i + 1) % 3]
    del nodes
print("rings built; automatic collection is off")
print("collected:", gc.collect())
gc.enable()
print("enabled?", gc.isenabled())

probe = Node("probe")
print("is_tracked:", gc.is_tracked([]), gc.is_tracked(probe), gc.is_tracked(42), gc.is_tracked("text"))
print("dicts start untracked:", gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
pair = tuple([1, 2])
print("a fresh tuple of ints is tracked:", gc.is_tracked(pair))
gc.collect()
print("until a collection untracks it:", gc.is_tracked(pair))
del probe
gc.collect()
print("count after collect:", gc.get_count(), "threshold:", gc.get_threshold())

print("a cycle through a list and a dict:")
holder = {"items": []}
holder["items"].append(holder)
keeper = Node("kept-by-dict")
holder["node"] = keeper
del keeper
del holder
print("collected:", gc.collect())
print("garbage list:", gc.garbage)
print("end")
