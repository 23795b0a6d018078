# Calls and argument binding, including CPython's TypeError messages.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 3, "z": 0}))

def g(x, y):
    return x - y
print(g(y=1, x=10))

def check(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

def one(x):
    pass
def two(x, y):
    pass
def three(x, y, z):
    pass
def kwonly(*, k):
    pass
def kwonly2(a, *, k, m):
    pass
def dflt(a, b=1):
    pass
def posonly(a, b, /, c):
    pass

check(one)
check(two)
check(three, 1)
check(two, 1, 2, 3)
check(one, 1, 2)
check(dflt, 1, 2, 3)
check(dflt)
check(one, 1, z=2)
check(one, 1, x=2)
check(kwonly)
check(kwonly2, 1)
check(kwonly2, 1, 2)
check(kwonly2, 1, 2, k=3)
check(posonly, a=1, b=2, c=3)
check(posonly, 1, 2)

class K:
    def method(self, x):
        pass
    @staticmethod
    def smeth(x):
        pass
check(K().method)
check(K().method, 1, 2)
check(K.smeth)

def outer():
    def inner(q):
        pass
    return inner
check(outer())
for thunk in (lambda: f(*5), lambda: f(**5), lambda: f(1, c=1, **{"c": 2}), lambda: one(*[1], *2)):
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)
lam = lambda x: x
check(lam)

def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2))
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__, outer().__qualname__)
print(repr(K.method).split(" at ")[0], repr(outer()).split(" at ")[0])
def doc():
    "the doc"
print(doc.__doc__, one.__doc__, f.__module__)
one.attr = 5
print(one.attr, one.__dict__)
print(K().method.__self__.__class__.__name__, K().method.__func__ is K.method)
print(sorted([3, 1, 2], key=lambda v: -v))
print(max([1, 5, 2], key=lambda v: v % 5))
