# gc.get_referents and gc.get_referrers (spec 4): list and tuple items last
# to first, str-keyed dicts give values only, other dicts value then key,
# instances their attribute values then their class; referrers found by scan.
import gc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def names(objs):
    return [o.__name__ if isinstance(o, type) else o for o in objs]


print("list:", gc.get_referents([[1, 2], "s", 3]))
print("tuple:", gc.get_referents(tuple(["a", "b", "c"])))
print("str-key dict:", gc.get_referents({"k": "v", "k2": "v2"}))
print("mixed dict:", gc.get_referents({1: "one", "k": "v"}))
print("int-key dict:", gc.get_referents({1: "a", 2: "b"}))
print("instance:", names(gc.get_referents(Point(10, "y"))))
print("several arguments:", gc.get_referents([1], (2,)))
print("non-GC objects:", gc.get_referents(42, "text", 1.5))
print("set of one:", gc.get_referents({"only"}))
print("empty list:", gc.get_referents([]))


class Box:
    pass


def referrers_demo():
    target = Box()
    holder_list = [target]
    holder_box = Box()
    holder_box.item = target
    holder_dict = {"t": target}
    found = gc.get_referrers(target)
    print("referrers of a local:", sorted(type(r).__name__ for r in found))
    print("  the holders themselves:", any(r is holder_list for r in found),
          any(r is holder_box for r in found), any(r is holder_dict for r in found))
    lonely = Box()
    print("an object held only by a local:", gc.get_referrers(lonely))
    text = "".join(["uni", "que"])
    untracked = {"k": text}
    tracked = [text]
    print("a string in an untracked dict and a list:", [type(r).__name__ for r in gc.get_referrers(text)],
          "| dict tracked:", gc.is_tracked(untracked))


referrers_demo()
