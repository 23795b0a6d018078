# What gc.collect() returns for each kind of garbage without finalizers
# (spec 3.7), and which objects it counts (listed with DEBUG_SAVEALL): a
# materialised __dict__, a function's __dict__, traceback, frame, args tuple.
import gc


def found(label):
    gc.set_debug(gc.DEBUG_SAVEALL)
    count = gc.collect()
    names = sorted(type(o).__name__ for o in gc.garbage)
    gc.set_debug(0)
    gc.garbage.clear()
    gc.collect()                     # frees what SAVEALL kept
    print(f"{label}: {count} {names}")


class C:
    pass


class Slotted:
    __slots__ = ("me",)


gc.collect()
found("nothing")
a = C()
a.self = a
del a
found("self-referential instance")
a = C()
a.self = a
a.__dict__
del a
found("same, after a.__dict__ was accessed")
s = Slotted()
s.me = s
del s
found("self-referential __slots__ instance")
lst = []
lst.append(lst)
del lst
found("self-containing list")
d = {}
d["me"] = d
del d
found("self-containing dict")


def f():
    pass


f.me = f
del f
found("function whose attribute refers to itself")


def keep_exception(with_args):
    try:
        if with_args:
            raise ValueError("some", "args")
        raise ValueError
    except ValueError as e:
        exc = e              # frame -> exc -> traceback -> frame


keep_exception(False)
found("exception kept in a local of its own frame")
keep_exception(True)
found("same, with an args tuple")
try:
    raise ValueError
except ValueError as caught:
    saved = caught
saved.me = saved
del saved
found("module-level exception stored in its own attribute")
x, y = C(), C()
x.other, y.other = y, x
del x, y
found("2-cycle of instances")
ring = [C() for _ in range(5)]
for i in range(5):
    ring[i].next = ring[(i + 1) % 5]
del ring
found("ring of 5 instances")
pair = [[], []]
pair[0].append(pair[1])
pair[1].append(pair[0])
del pair
found("two lists holding each other (outer list freed by refcount)")
node = C()
node.children = [C(), C()]
node.children[0].parent = node
del node
found("parent, its children list, two children, one pointing back")
print("gc.garbage:", gc.garbage)
