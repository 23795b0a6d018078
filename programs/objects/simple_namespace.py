# types.SimpleNamespace (the type of sys.implementation): attributes from keywords, repr (recursive, subclasses), equality by __dict__, __reduce__, its errors, GC.
import sys
SimpleNamespace = type(sys.implementation)
print(SimpleNamespace, SimpleNamespace.__name__, SimpleNamespace.__module__, sys.getsizeof(SimpleNamespace()))
n = SimpleNamespace(a=1, b="two")
n.c = [3]
print(n, repr(SimpleNamespace()), n == SimpleNamespace(a=1, b="two", c=[3]), n != SimpleNamespace(), n.__dict__)
print(n.__reduce__(), n.a, getattr(n, "b"), hasattr(n, "zz"), vars(n))
del n.a
print(n, sorted(k for k in dir(n) if not k.startswith("__")))
for f in [lambda: SimpleNamespace(1), lambda: SimpleNamespace(**{1: 2}), lambda: n.zz, lambda: hash(n), lambda: setattr(n, "__dict__", {})]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
class S(SimpleNamespace):
    pass
print(S(b=2), S() == SimpleNamespace(), SimpleNamespace() == {})
r = SimpleNamespace()
r.r = r
r.s = S(t=r)
print(r)
import gc
print(gc.is_tracked(n), gc.get_referents(n))
class Noisy:
    def __del__(self): print("del Noisy")
c = SimpleNamespace(x=Noisy())
c.me = c
del c
print(gc.collect())
