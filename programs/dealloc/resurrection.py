# PEP 442: a __del__ may resurrect its object by storing self somewhere;
# the finalizer then never runs a second time, on either the refcount or
# the cycle-collector path. gc.is_finalized reads the "already ran" flag.
import gc
import sys

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print(f"__del__ {self.name}")
        saved.append(self)

    def __repr__(self):
        return f"Phoenix({self.name!r})"


print("== refcount path")
p = Phoenix("p1")
print("finalized before:", gc.is_finalized(p))
del p
print("saved:", saved, "| finalized:", gc.is_finalized(saved[0]))
print("refcount of the resurrected object:", sys.getrefcount(saved[0]))
saved.clear()
print("second death prints nothing; saved =", saved)

print("== cycle path")
a, b = Phoenix("a"), Phoenix("b")
a.other, b.other = b, a
del a, b
print("collect ->", gc.collect(), "| saved:", saved)
print("finalized:", [gc.is_finalized(x) for x in saved])
print("b is still reachable through a:", saved[0].other is saved[1])
saved.clear()
print("second collect ->", gc.collect(), "(no __del__ printed)")

print("== partial resurrection")


class Keeper:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print(f"__del__ {self.name}")
        if self.name == "parent":
            saved.append(self)


parent = Keeper("parent", Keeper("child"))
parent = None
print("saved:", [k.name for k in saved], "| child survives with it:", saved[0].child.name)
saved.clear()
print("dropping the parent for good frees the child (its first death)")
print("end")
