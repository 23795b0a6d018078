# WeakValueDictionary, WeakKeyDictionary and WeakSet beyond the basics:
# setdefault/pop/popitem/update/copy, deletions while iterating (pending
# removals), reprs, cycles collected by gc.
import gc
import weakref


class O:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"O{self.n}"


objs = [O(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for i in range(5):
    wvd[str(i)] = objs[i]
print(repr(wvd).startswith("<WeakValueDictionary at 0x"), len(wvd))
print("setdefault:", wvd.setdefault("0", O(99)), wvd.setdefault("x", objs[4]))
print("pop:", wvd.pop("x"), wvd.pop("missing", "default"))
try:
    wvd.pop("missing")
except KeyError as error:
    print("KeyError:", error)
it = iter(wvd.items())
first = next(it)
objs.pop(2)
print("during iteration, dead entries wait:", len(wvd.data), "pending:", wvd._pending_removals)
rest = list(it)
print("after iteration:", len(wvd), sorted(wvd.keys()))
del first, rest
copy = wvd.copy()
print("copy:", type(copy).__name__, sorted(copy.keys()))
wvd.update({"new": objs[0]}, kw=objs[1])
print("update:", sorted(wvd.keys()))
print("values:", sorted(o.n for o in wvd.values()), "| valuerefs:", len(wvd.valuerefs()))
print("get of a missing key:", wvd.get("nope"), "| in:", "new" in wvd, "nope" in wvd)
del wvd["new"]
print("after del:", sorted(wvd))
objs.clear()
print("all values dead:", len(wvd), len(copy), list(wvd.items()))

wkd = weakref.WeakKeyDictionary()
ks = [O(i) for i in range(3)]
for k in ks:
    wkd[k] = k.n * 10
print(repr(wkd).startswith("<WeakKeyDictionary at 0x"), len(wkd), sorted(wkd.values()))
print("contains:", ks[0] in wkd, O(0) in wkd, 5 in wkd)
print("pop:", wkd.pop(ks[0]), "| setdefault:", wkd.setdefault(ks[0], "d"))
del wkd[ks[0]]
ks.pop()
print("after a key died:", len(wkd), sorted(k.n for k in wkd.keys()))
try:
    wkd[O(7)]
except KeyError as error:
    print("KeyError for a new key")

ws = weakref.WeakSet()
members = [O(i) for i in range(4)]
ws.update(members)
print("WeakSet:", len(ws), O(0) in ws, members[0] in ws, 3 in ws)
ws.discard(members[3])
ws.remove(members[2])
try:
    ws.remove(members[2])
except KeyError as error:
    print("KeyError on remove:", type(error).__name__)
print(sorted(o.n for o in ws), len(ws.copy()), len(ws | weakref.WeakSet([members[3]])))
print("pop:", ws.pop() in members[:2], len(ws))
a, b = O("a"), O("b")
a.b, b.a = b, a
ws.add(a)
wvd["cyc"] = b
wkd[a] = "cyc"
del a, b
print("cycle members stay until collected:", len(ws), "cyc" in wvd, len(wkd))
print("collected:", gc.collect())
print("after collect:", len(ws), "cyc" in wvd, len(wkd))
