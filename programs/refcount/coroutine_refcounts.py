# Refcounts and __del__ timing around coroutines: the frame a coroutine
# owns keeps its arguments and locals alive until it finishes, is closed
# or is dropped; awaiting holds the awaited object; wrappers and async
# generator awaitables hold their generator; cycles through a suspended
# coroutine are collected (closing it first); sizes as CPython's.
# Spec: 1.2 (getrefcount), 2.1 (when deallocation happens), 6 (PEP 442).
import gc
import sys
import weakref


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"  __del__ {self.name}")


class Pause:
    def __await__(self):
        yield


async def uses(arg):
    local = Tracked("local")
    await Pause()
    print("  resumed, returning")
    return arg.name


t = Tracked("arg")
print("arg refs before:", sys.getrefcount(t))
c = uses(t)
print("coroutine refs:", sys.getrefcount(c))
print("arg refs with coroutine:", sys.getrefcount(t))
c.send(None)
print("suspended; arg refs:", sys.getrefcount(t))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print("arg refs after finish:", sys.getrefcount(t))
del c, t
print("---")

# Dropping a suspended coroutine closes it: finally, then the locals.
async def holder():
    obj = Tracked("held")
    try:
        await Pause()
    finally:
        print("  holder finally")


h = holder()
h.send(None)
print("dropping suspended coroutine")
del h
print("---")

# Dropping one that never ran: its arguments go without running the body.
print("dropping unstarted coroutine")
u = uses(Tracked("unstarted-arg"))
del u
print("---")

# Awaiting holds the awaited object until it finishes.
async def inner():
    await Pause()
    return 1


async def outer(co):
    return await co


i = inner()
print("inner refs:", sys.getrefcount(i))
o = outer(i)
print("inner refs held by outer's frame:", sys.getrefcount(i))
o.send(None)
print("cr_await is inner:", o.cr_await is i, "refs:", sys.getrefcount(i))
try:
    o.send(None)
except StopIteration as e:
    print("outer returned", e.value)
print("inner refs after:", sys.getrefcount(i), "frame:", i.cr_frame)
del o, i
print("---")

# coroutine_wrapper, asend and athrow objects hold their generator.
async def simple():
    return 5


s = simple()
print("refs:", sys.getrefcount(s))
w = s.__await__()
print("with wrapper:", sys.getrefcount(s))
print("sizes:", sys.getsizeof(s), sys.getsizeof(w))
del w
print("wrapper gone:", sys.getrefcount(s))
s.close()
del s


async def agen():
    try:
        yield Tracked("yielded")
        yield 2
    finally:
        print("  agen finally")


g = agen()
print("agen refs:", sys.getrefcount(g))
a1 = g.__anext__()
a2 = g.asend(None)
a3 = g.athrow(ValueError)
a4 = g.aclose()
print("with four awaitables:", sys.getrefcount(g))
print("sizes:", sys.getsizeof(g), sys.getsizeof(a1), sys.getsizeof(a3))
try:
    a1.send(None)
except StopIteration as e:
    print("first value:", e.value.name)
    del e
print("value released")
del a1, a2, a3, a4
print("awaitables gone:", sys.getrefcount(g))
del g
print("---")

# A weak reference to a coroutine.
c = simple()
r = weakref.ref(c)
print("weakref alive:", r() is c)
c.close()
del c
print("weakref after del:", r())
print("---")

# A cycle through a suspended coroutine's frame: collected, closed first.
class Node:
    def __del__(self):
        print("  __del__ Node")


async def cyclic(node):
    try:
        await Pause()
    finally:
        print("  cyclic finally")


gc.collect()
n = Node()
co = cyclic(n)
n.co = co
co.send(None)
print("collecting")
del n, co
print("unreachable:", gc.collect())
print("end")
