# Which objects the collector tracks (spec 3.1): atoms never; lists, sets,
# instances always; dicts only once they hold a maybe-tracked value; tuples
# of atoms untracked by the next collection, dicts only by a full one.
import gc


class C:
    def m(self):
        return self


print("atoms:", [gc.is_tracked(x) for x in (0, "a", 1.5, None, True, b"x")])
print("[] {} set() C():", gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(set()), gc.is_tracked(C()))
print('{"a": 1} {"a": []} {"a": (1,)}:', gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}),
      gc.is_tracked({"a": tuple([1])}))
print("() (1, 2) constant:", gc.is_tracked(()), gc.is_tracked((1, 2)))
d = {}
d["x"] = 1
print("dict after an int value:", gc.is_tracked(d))
d["y"] = C()
print("dict after an instance value:", gc.is_tracked(d))
keyed = {tuple([1]): 1}
print("dict with a fresh tuple key:", gc.is_tracked(keyed))
fresh = tuple([1, 2])
print("fresh tuple of atoms tracked:", gc.is_tracked(fresh))
gc.collect()
print("after collect:", gc.is_tracked(fresh))
inner = tuple([1, 2])
outer = tuple([inner, "x"])
gc.collect(0)
print("nested after one gen0 pass:", gc.is_tracked(outer), gc.is_tracked(inner))
holder = tuple([[], 1])
gc.collect()
print("tuple holding a list stays tracked:", gc.is_tracked(holder))
d = {"k": []}
print("dict had list:", gc.is_tracked(d))
d["k"] = 1
print("replaced by int:", gc.is_tracked(d))
gc.collect(0)
print(" after collect(0):", gc.is_tracked(d))
gc.collect(1)
print(" after collect(1):", gc.is_tracked(d))
gc.collect(2)
print(" after collect(2):", gc.is_tracked(d))
c = C()
c.n = 1
print("instance with int attr:", gc.is_tracked(c))


def f():
    pass


print("function, class, bound method:", gc.is_tracked(f), gc.is_tracked(C), gc.is_tracked(c.m))
print("frozenset, range, slice:", gc.is_tracked(frozenset([1])), gc.is_tracked(range(3)),
      gc.is_tracked(slice(1, 2)))
