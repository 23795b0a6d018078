# Instances of classes derived from int, float, str, bytes and tuple. Every
# class statement makes a heap type, and in 3.11 every heap type is a GC
# type: the instances carry the GC header (sys.getsizeof counts it), are
# tracked from creation, and the collector sees their __dict__ and their
# class (gc.get_referents). A type that adds __dict__ to a fixed-size base
# (float, str) keeps it before the object, which getsizeof counts too;
# variable-size bases (int, bytes, tuple) get a dict slot after their
# items and no __weakref__.
import gc
import sys
import weakref


class Int(int):
    pass


class SlotInt(int):
    __slots__ = ()


class Float(float):
    pass


class SlotFloat(float):
    __slots__ = ()


class Str(str):
    pass


class SlotStr(str):
    __slots__ = ()


class Bytes(bytes):
    pass


class Tuple(tuple):
    pass


class List(list):
    pass


class Dict(dict):
    pass


cases = [
    (Int, 5), (Int, 0), (Int, 2 ** 40), (Int, -(2 ** 70)), (SlotInt, 7),
    (Float, 1.5), (SlotFloat, -0.25),
    (Str, "abc"), (Str, ""), (Str, "caf\u00e9"), (Str, "\u20ac100"), (Str, "\U0001f600!"),
    (SlotStr, "xy"),
    (Bytes, b"ab"), (Bytes, b""), (Tuple, (1, 2, 3)), (Tuple, ()),
    (List, [1, 2]), (Dict, {"k": 1}),
]
print("type      value           tracked size  base size  __sizeof__")
for cls, value in cases:
    x = cls(value)
    base = cls.__base__(value)
    print(f"{cls.__name__:9} {value!r:15.15} {gc.is_tracked(x)!s:7} {sys.getsizeof(x):5} "
          f"{sys.getsizeof(base):10} {x.__sizeof__():11}")

print("base instances tracked:", [gc.is_tracked(t(v)) for t, v in [(int, 10 ** 6), (float, 2.5), (str, "s" * 3), (bytes, b"b")]])

print("\nreferents (the dict, then the class; a tuple's items after):")
for cls, value in [(Int, 5), (Float, 1.5), (Str, "abc"), (Bytes, b"ab"), (Tuple, (1, 2))]:
    x = cls(value)
    before = gc.get_referents(x)
    x.tag = [cls.__name__]
    print(f"  {cls.__name__:6}", before, gc.get_referents(x), sys.getsizeof(x))
print("  SlotInt", gc.get_referents(SlotInt(3)))

print("\nweak references:")
for cls, value in [(Int, 5), (Float, 1.5), (Str, "abc"), (Bytes, b"ab"), (Tuple, ())]:
    x = cls(value)
    try:
        r = weakref.ref(x)
        print(f"  {cls.__name__:6} ok, alive: {r() is x}, getweakrefcount {weakref.getweakrefcount(x)}")
        del x
        print(f"  {cls.__name__:6} dead after del: {r() is None}")
    except TypeError as error:
        print(f"  {cls.__name__:6} TypeError: {error}")
for cls in (SlotInt, SlotFloat):
    try:
        type("W", (cls,), {"__slots__": ("__weakref__",)})
        print(" ", cls.__name__, "__weakref__ slot accepted")
    except TypeError as error:
        print(" ", cls.__name__, "TypeError:", error)


class Node(int):
    def __del__(self):
        print(f"  __del__ Node({int(self)}), partner {int(self.partner)}")


print("\na cycle through the instances' dicts:")
gc.collect()
a, b = Node(1), Node(2)
a.partner, b.partner = b, a
del a, b
print("  collected:", gc.collect())


class Label(str):
    def __del__(self):
        print(f"  __del__ Label({str(self)!r})")


print("\nfreed by reference counting:")
label = Label("first")
label = Label("second")
print("  rebinding done")
keep = Label("kept until exit")
print("end")
