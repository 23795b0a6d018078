# copy.copy and copy.deepcopy go through __reduce_ex__ as CPython's do; object.__reduce_ex__ at each protocol, __getstate__ of 3.11, slots, copyreg
import copy
import copyreg
import pickle


class Plain:
    pass


class Slots:
    __slots__ = ("a", "b", "__weakref__")


class Both:
    __slots__ = ("s", "__dict__")


class Custom:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Custom, (self.v * 2,))


class State:
    def __init__(self):
        self.items = [1, 2]

    def __getstate__(self):
        print("getstate")
        return {"items": self.items, "extra": True}

    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)


p = Plain()
p.x = [1, 2]
s = Slots()
s.a = 1
b = Both()
b.s = "slot"
b.d = "dict"
for proto in range(6):
    print(proto, p.__reduce_ex__(proto)[1:] if proto < 2 else p.__reduce_ex__(proto)[1:3])
print(Plain().__reduce_ex__(2)[2], Plain().__getstate__())
print(s.__getstate__(), b.__getstate__(), p.__getstate__())
print(s.__reduce_ex__(2)[2], b.__reduce_ex__(4)[2])
try:
    s.__reduce_ex__(1)
except TypeError as e:
    print("TypeError:", e)
print(copyreg.__newobj__ is p.__reduce_ex__(2)[0], copyreg._reconstructor is p.__reduce_ex__(0)[0])

c = copy.copy(p)
print(c.x is p.x, c.__dict__)
d = copy.deepcopy(p)
print(d.x is p.x, d.x)
s2 = copy.deepcopy(s)
print(s2.a, hasattr(s2, "b"))
b2 = copy.copy(b)
print(b2.s, b2.d)
print(copy.copy(Custom(3)).v, copy.deepcopy(Custom(5)).v)
st = copy.deepcopy(State())
print(st.items, st.extra)
st2 = pickle.loads(pickle.dumps(State(), 2))
print(st2.items)

rec = [1]
rec.append(rec)
r2 = copy.deepcopy(rec)
print(r2, r2[1] is r2, r2 is not rec)
print(copy.deepcopy({1: rec})[1][1][1][0])
print(copy.copy(range(3)), copy.deepcopy(slice(1, 2)), copy.deepcopy({1, 2}), copy.copy(frozenset({3})))
print(copy.deepcopy(len), copy.deepcopy([].append).__name__, copy.copy(Ellipsis))
for obj in (range(5), slice(None), {1, 2}, frozenset(), len, Ellipsis, NotImplemented, str.join, int.__add__):
    print(repr(obj.__reduce__())[:60] if obj is not len else obj.__reduce__())
