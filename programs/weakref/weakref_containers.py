# WeakValueDictionary, WeakKeyDictionary and WeakSet (spec 5): entries vanish
# the moment their object dies by refcount; a missing key raises KeyError,
# get() returns None, len() shrinks; cycles vanish at gc.collect().
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name!r})"


a, b, c = Obj("a"), Obj("b"), Obj("c")
values = weakref.WeakValueDictionary({"a": a, "b": b})
values["c"] = c
print("values:", sorted(values.keys()), len(values))
del a
print("after del a:", sorted(values.keys()), len(values), "| get('a'):", values.get("a"))
try:
    values["a"]
except KeyError as error:
    print("KeyError:", error)
print("'b' in values:", "b" in values, "| values['b']:", values["b"])
b = Obj("new b")
print("rebinding b kills the old value:", sorted(values.keys()))
items = list(values.items())
print("items():", items)
c = None
print("items() kept a strong ref to c:", sorted(values.keys()))
del items
print("after del items:", sorted(values.keys()), len(values))

keys = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
keys[k1] = "first"
keys[k2] = "second"
print("keys:", len(keys), keys[k1], keys.get(k2))
del k1
print("after del k1:", len(keys), [k.name for k in keys])
try:
    keys[Obj("k1")]
except KeyError as error:
    print("KeyError: an equal-looking new key is a different object")

members = weakref.WeakSet()
x, y = Obj("x"), Obj("y")
members.add(x)
members.add(y)
members.add(x)
print("WeakSet:", len(members), x in members)
del x
print("after del x:", len(members), [m.name for m in members])
p, q = Obj("p"), Obj("q")
p.other, q.other = q, p
members.add(p)
del p, q
print("a cycle member stays until collected:", len(members))
gc.collect()
print("after gc.collect():", len(members))
