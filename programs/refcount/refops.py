# Reference-count deltas of common operations (spec 1.1 "Measured deltas"),
# measured with sys.getrefcount at module level against one global name.
import sys

class C:
    def m(self):
        return sys.getrefcount(self)

o = C()
base = sys.getrefcount(o)
def d(label):
    print(f"{label}: {sys.getrefcount(o) - base}")

a = b = o
d("a = b = o"); del a, b
l = [o, o, o]
d("[o, o, o]"); del l
t = (o,) * 4
d("(o,) * 4"); del t
dv = {1: o, 2: o}
d("dict values x2"); del dv
dk = {o: 1}
d("dict key"); del dk
s = {o}
d("set member"); del s
h = C()
h.attr = o
d("attribute"); del h
bm = o.m
d("bound method"); del bm
print("inside method rc(self):", o.m() - base)
def callee(p):
    return sys.getrefcount(p)
print("arg inside callee:", callee(o) - base)
def callee2(p, q):
    return sys.getrefcount(p)
print("same obj passed twice:", callee2(o, o) - base)
def make():
    x = o
    def inner():
        return x
    return inner
f = make()
d("closure cell"); del f
def withdef(p=o):
    pass
d("default arg"); del withdef
for x in [o]:
    pass
d("after for loop (x still bound)"); del x
comp = [o for _ in range(3)]
d("comprehension list of 3"); del comp
try:
    raise ValueError(o)
except ValueError as e:
    d("exception arg while handling")
d("after except block (e unbound)")
print("e defined?", "e" in globals())
it = iter([o])
d("iterator over list"); del it
u1, u2 = o, 1
d("unpacking"); del u1, u2
def gen():
    y = o
    yield 1
g = gen()
d("generator created (not started)")
next(g)
d("generator suspended holding local")
del g
d("generator deleted")
