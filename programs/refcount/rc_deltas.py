# Every row of the refcount-delta table (spec 1.1): how much each binding,
# container slot, call, closure, loop, handler, iterator and generator adds
# to an instance's ob_refcnt, measured with sys.getrefcount at module level.
import sys


class Obj:
    def method(self):
        return sys.getrefcount(self) - base


o = Obj()
base = sys.getrefcount(o)


def show(label):
    print(f"{label}: {sys.getrefcount(o) - base}")


a = b = o
show("a = b = o")
del a, b
lst = [o, o, o]
show("[o, o, o]")
del lst
tup = (o,) * 4
show("(o,) * 4")
del tup
d = {1: o, 2: o}
show("dict values x2")
del d
d = {o: 1}
show("dict key")
del d
s = {o}
show("set member")
del s
holder = Obj()
holder.attr = o
show("attribute")
del holder
bound = o.method
show("bound method")
del bound
print("inside method rc(self):", o.method())


def callee(p):
    return sys.getrefcount(p) - base


print("arg inside callee:", callee(o))


def callee2(p, q):
    return sys.getrefcount(p) - base


print("same obj passed twice:", callee2(o, o))


def make_closure(captured):
    def inner():
        return captured
    return inner


closure = make_closure(o)
show("closure cell")
del closure


def with_default(p=o):
    return p


show("default arg")
del with_default
for x in [o]:
    pass
show("after for loop (x still bound)")
del x
comp = [o for _ in range(3)]
show("comprehension list of 3")
del comp
try:
    raise ValueError(o)
except ValueError as e:
    show("exception arg while handling")
show("after except block (e unbound)")
print("e defined?", "e" in globals())
it = iter([o])
show("iterator over list")
del it
(u,) = [o]
show("unpacking")
del u


def gen():
    local = o
    yield local


g = gen()
show("generator created (not started)")
next(g)
show("generator suspended holding local")
del g
show("generator deleted")


def gen_arg(p):
    yield p


g = gen_arg(o)
show("generator created with o as argument")
del g
show("generator deleted")
