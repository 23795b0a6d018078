# AttributeError's name and obj (the traceback's "Did you mean" hint)
# are set by a failed lookup only, whatever raised it (a property, __getattr__,
# __getattribute__, an unset slot), and never by setting or deleting;
# deleting an instance's __dict__ empties it; an exception's __dict__ can be
# replaced but not deleted.
class P:
    __slots__ = ('x',)
class Q:
    @property
    def prop(self): raise AttributeError("boom")
    def __getattr__(self, n):
        raise AttributeError(f"dyn {n}")
class S:
    def __getattribute__(self, n):
        raise AttributeError("custom")
import sys
for f in [lambda: P().x, lambda: Q().prop, lambda: Q().zz, lambda: S().y, lambda: getattr(Q(), 'prop'), lambda: getattr(P(), 'x', 5), lambda: hasattr(Q(), 'prop')]:
    try: print(f())
    except AttributeError as e: print(type(e).__name__, e, repr(e.name), type(e.obj).__name__)
class T:
    prof = 1
    @property
    def prop(self): raise AttributeError("boom")
try:
    T().prop
except AttributeError:
    sys.excepthook(*sys.exc_info())

class P:
    fo = 1
    __slots__ = ('x',)
class Q2: pass
q = Q2(); q.fo = 1
class M(type): pass
class W(metaclass=M): pass
for f in [lambda: delattr(P, 'foo'), lambda: delattr(q, 'foo'), lambda: delattr(P(), 'fo'), lambda: setattr(P(), 'fox', 1),
          lambda: delattr(P(), 'x'), lambda: P().x, lambda: delattr(W, 'nope'), lambda: delattr(sys, 'nope'), lambda: delattr(object(), 'x'),
          lambda: setattr(object(), 'x', 1), lambda: delattr(len, '__doc__'), lambda: delattr(q, '__dict__')]:
    try: f()
    except (AttributeError, TypeError) as e: print(type(e).__name__, e, repr(getattr(e, 'name', '-')), getattr(e, 'obj', None) is not None)
class R: pass
R.ab = 1
try:
    del R.abc
except AttributeError:
    sys.excepthook(*sys.exc_info())
try:
    del q.fox
except AttributeError:
    sys.excepthook(*sys.exc_info())


class D:
    def __del__(self): print("del D")
class Q3: pass
q = Q3(); q.a = 1; q.d = D()

del q.__dict__
print("after del", q.__dict__, hasattr(q, "a"))
q.b = 2
print(q.__dict__, q.b)
r = Q3(); r.x = 1
d = r.__dict__
del r.__dict__
print(d, sys.getrefcount(d), r.__dict__)
class S:
    __slots__ = ("x",)
try:
    del S().__dict__
except AttributeError as e:
    print("AttributeError", e)
class E(Exception): pass
try:
    del E().__dict__
except TypeError as e:
    print("TypeError", e)
e = E()
e.__dict__ = {"k": 1}
print(e.k, e.__dict__)
try:
    e.__dict__ = 5
except TypeError as x:
    print("TypeError", x)
