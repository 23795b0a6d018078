# Tracking rules (spec 3.1): which containers the collector tracks, when
# dicts become tracked, and when collections untrack tuples and dicts.
import gc


class C:
    pass


def t(*objs):
    return " ".join("T" if gc.is_tracked(o) else "-" for o in objs)


gc.collect()
print("atoms and empties:", t(1, 1.5, "s", b"b", None, (), {}, [], set(), frozenset()))
d = {}
d.setdefault("k", [])
print("setdefault with a list:", t(d))
d = {}
d.update({"a": 1})
print("update with ints:", t(d))
d.update(b=C())
print("update with an instance:", t(d))
print("dict(a=[]):", t(dict(a=[])), "| {**tracked}:", t({**d}), "| copy:", t(d.copy()))
print("dict with a tuple key of atoms:", t({tuple([1]): 1}), "| with a frozenset value:", t({"f": frozenset()}))
n1 = tuple([1, 2])
n2 = tuple([n1, "x"])
n3 = tuple([n2, []])
print("nested tuples before:", t(n1, n2, n3))
gc.collect(0)
print("after collect(0):", t(n1, n2, n3))
old = tuple([1])
gc.collect(0)
young = tuple([old])
print("young tuple holding an untracked old one:", t(young))
gc.collect(0)
print("after collect(0):", t(young))
holder = {"k": tuple([1])}
print("dict holding a tracked tuple:", t(holder))
gc.collect(1)
print("after collect(1) (tuple untracked, dict kept):", t(holder, holder["k"]))
gc.collect()
print("after collect(2):", t(holder))
inst = C()
print("instance, its empty __dict__:", t(inst, inst.__dict__))


def closure():
    v = inst
    return lambda: v


print("class, function, bound method, cell:", t(C, t, inst.__init__, closure().__closure__[0]))
print("iterators:", t(iter([]), iter(()), iter({}), iter(range(3))))
print("static types are not GC objects:", t(int, type, object))
print("dict holding only a class:", t({"c": C}), "| a builtin type:", t({"i": int}))
