# __slots__ on subclasses of the built-in types of fixed size (list, dict, float, str, exceptions): values stored, traversed, released before the base's items, layout conflicts; int, tuple and bytes refuse them.
import gc, sys
class Noisy:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class HashedSeq(list):
    __slots__ = 'hashvalue'
    def __init__(self, tup):
        self[:] = tup
        self.hashvalue = hash(tup)
    def __hash__(self):
        return self.hashvalue
h = HashedSeq((1, 2, 3))
print(h, hash(h) == hash((1, 2, 3)), h.hashvalue == hash((1,2,3)))
try: print(h.__dict__)
except AttributeError as e: print("AttributeError", e)
try: h.other = 1
except AttributeError as e: print("AttributeError", e)
class F(float):
    __slots__ = ('tag', 'other')
f = F(1.5); f.tag = Noisy("f.tag")
print(f, f.tag.n, sys.getsizeof(f) - sys.getsizeof(1.5))
try: f.other
except AttributeError as e: print("AttributeError", e)
try: del f.other
except AttributeError as e: print("AttributeError", e)
del f
print("after f")
class D(dict):
    __slots__ = ('a', 'b')
d = D(x=1); d.b = Noisy("d.b"); d.a = Noisy("d.a"); d['k'] = Noisy("d[k]")
del d
print("after d")
class L(list):
    __slots__ = ('me',)
l = L([Noisy("item")]); l.me = l
del l
print(gc.collect())
class S(str):
    __slots__ = ('x',)
s = S("abc"); s.x = 5
print(s, s.x, s.upper())
class A(list): __slots__ = ('a',)
class B(list): __slots__ = ('b',)
try:
    class C(A, B): pass
except TypeError as e: print("TypeError", e)
class E(Exception):
    __slots__ = ('code',)
e = E("boom"); e.code = 7
print(e, e.code, e.args)
class L2(L):
    __slots__ = ('second',)
l2 = L2(); l2.me = Noisy("me"); l2.second = Noisy("second")
print(sorted(x.n for x in gc.get_referents(l2) if isinstance(x, Noisy)))
del l2
print("end")
for base in (int, tuple, bytes):
    try:
        class V(base):
            __slots__ = ("v",)
    except TypeError as e:
        print("TypeError", e)
