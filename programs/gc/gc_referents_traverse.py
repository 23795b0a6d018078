# gc.get_referents in each type's tp_traverse order, gc.get_referrers on
# small heaps, and gc.is_finalized.
import gc


class P:
    def __init__(self):
        self.a = "A"
        self.b = "B"

    def m(self):
        pass


class S:
    __slots__ = ("x", "y")


def names(objs):
    return [o.__name__ if isinstance(o, type) else o for o in objs]


print("instance:", names(gc.get_referents(P())))
s = S()
s.y = "Y"
s.x = "X"
print("__slots__ instance:", names(gc.get_referents(s)))
print("nested list:", gc.get_referents([1, [2, [3]], "z"]))
print("dict, int keys:", gc.get_referents({3: "c", 1: "a"}))
print("dict, str keys:", gc.get_referents({"z": 26, "a": 1}))
print("set:", sorted(gc.get_referents({"q", "r"})))
print("frozenset:", sorted(gc.get_referents(frozenset({"f"}))))
p = P()
bound = p.m
refs = gc.get_referents(bound)
print("bound method:", [type(r).__name__ for r in refs], refs[1] is p)


def outer():
    v = "captured"
    return lambda: v


cell = outer().__closure__[0]
print("cell:", gc.get_referents(cell))
print("tuple with a nested tuple:", gc.get_referents(("a", ("b",))))
print("several arguments:", gc.get_referents(["x"], ("y",), {"k": "z"}))
print("atoms:", gc.get_referents(1, "s", None))
target = P()
box = [target]
d = {"t": target}
found = gc.get_referrers(target)
print("referrers:", sorted(type(r).__name__ for r in found), any(r is box for r in found), any(r is d for r in found))
print("referrers of several:", len(gc.get_referrers(box, d)) >= 1)
print("is_finalized:", gc.is_finalized(p), gc.is_finalized(1), gc.is_finalized([]))
