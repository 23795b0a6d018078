# The recursion levels each kind of call adds, as CPython 3.11 counts them:
# Python frames, class calls, built-in calls (until the calling code is
# quickened, after its 8th run, when specialized calls of len, isinstance,
# str() and METH_FASTCALL functions stop counting), repr/str/comparison
# and __instancecheck__ checks. depth() measures the depth by recursing to
# the limit; each case records it at the first 25 levels of a recursion.
import sys
def _d(n):
    try:
        return _d(n + 1)
    except RecursionError:
        return n
def depth():
    return sys.getrecursionlimit() - _d(0)
print("module", depth())
out = []
class R:
    n = 0
    def __repr__(self):
        out.append(depth())
        R.n += 1
        if R.n > 24: raise KeyError
        return repr(self)
class S:
    n = 0
    def __str__(self):
        out.append(depth())
        S.n += 1
        if S.n > 24: raise KeyError
        return str(self)
def run(name, f):
    out.clear(); R.n = 0; S.n = 0
    try:
        f()
    except KeyError:
        pass
    print(name, out[0], [b - a for a, b in zip(out, out[1:])])
run("repr", lambda: repr(R()))
run("str", lambda: str(R()))
run("print", lambda: print(R()))
run("fmt", lambda: f"{R()}")
run("strS", lambda: str(S()))
run("printS", lambda: print(S()))
run("fmtS", lambda: f"{S()}")
class M(type):
    def __instancecheck__(cls, o):
        out.append(depth())
        if len(out) > 24: raise KeyError
        return isinstance(o, cls)
    def __subclasscheck__(cls, o):
        out.append(depth())
        if len(out) > 24: raise KeyError
        return issubclass(o, cls)
class X(metaclass=M): pass
run("isinstance", lambda: isinstance(1, X))
run("issubclass", lambda: issubclass(int, X))
def key(x):
    out.append(depth())
    if len(out) > 24: raise KeyError
    return sorted([x, x], key=key)
run("sorted", lambda: sorted([1], key=key))
class A:
    def __init__(self):
        out.append(depth())
        if len(out) > 24: raise KeyError
        A()
run("init", lambda: A())
class A2:
    def __init__(self):
        out.append(depth())
        if len(out) > 24: raise KeyError
        self.c = A2()
    def __del__(self): pass
run("init_del", lambda: A2())
class N:
    def __new__(cls):
        out.append(depth())
        if len(out) > 24: raise KeyError
        N()
run("new", lambda: N())
class G:
    def __getattr__(self, name):
        out.append(depth())
        if len(out) > 24: raise KeyError
        return self.y
run("getattr", lambda: G().x)
class GA:
    def __getattribute__(self, name):
        out.append(depth())
        if len(out) > 24: raise KeyError
        return self.y
run("getattribute", lambda: GA().x)
class P:
    @property
    def x(self):
        out.append(depth())
        if len(out) > 24: raise KeyError
        return self.x
run("property", lambda: P().x)
class E:
    def __eq__(self, o):
        out.append(depth())
        if len(out) > 24: raise KeyError
        return self == o
run("eq", lambda: E() == 1)
class L:
    def __len__(self):
        out.append(depth())
        if len(out) > 24: raise KeyError
        return len(self)
run("len", lambda: len(L()))
class H:
    def __hash__(self):
        out.append(depth())
        if len(out) > 24: raise KeyError
        return hash(self)
run("hash", lambda: hash(H()))
class B:
    def __bool__(self):
        out.append(depth())
        if len(out) > 24: raise KeyError
        return bool(self)
run("bool", lambda: bool(B()))
class B2:
    def __bool__(self):
        out.append(depth())
        if len(out) > 24: raise KeyError
        if self: pass
        return True
run("if", lambda: bool(B2()))
class C:
    def __call__(self):
        out.append(depth())
        if len(out) > 24: raise KeyError
        return self()
run("call", lambda: C()())
class GI:
    def __getitem__(self, i):
        out.append(depth())
        if len(out) > 24: raise KeyError
        return self[i]
run("getitem", lambda: GI()[0])
class AD:
    def __add__(self, o):
        out.append(depth())
        if len(out) > 24: raise KeyError
        return self + o
run("add", lambda: AD() + 1)
class F:
    def __format__(self, spec):
        out.append(depth())
        if len(out) > 24: raise KeyError
        return format(self, spec)
run("format", lambda: format(F(), ""))
class CO:
    def __contains__(self, x):
        out.append(depth())
        if len(out) > 24: raise KeyError
        return x in self
run("contains", lambda: 1 in CO())
class IT:
    def __iter__(self):
        out.append(depth())
        if len(out) > 24: raise KeyError
        return iter(self)
run("iter", lambda: iter(IT()))
class NX:
    def __next__(self):
        out.append(depth())
        if len(out) > 24: raise KeyError
        return next(self)
run("next", lambda: next(NX()))
class SA:
    def __setattr__(self, k, v):
        out.append(depth())
        if len(out) > 24: raise KeyError
        setattr(self, k, v)
run("setattr", lambda: setattr(SA(), "a", 1))
def deco(f):
    out.append(depth())
    if len(out) > 24: raise KeyError
    return list(map(deco, [f]))
run("map", lambda: deco(1))
def g(x):
    out.append(depth())
    if len(out) > 24: raise KeyError
    return [g(y) for y in [x]]
run("comp", lambda: g(1))
def mx(x):
    out.append(depth())
    if len(out) > 24: raise KeyError
    return max([x], key=mx)
run("max", lambda: mx(1))
class DH:
    def __hash__(self):
        out.append(depth())
        if len(out) > 24: raise KeyError
        return hash({self: 1})
run("dicthash", lambda: {DH(): 1})
class LT:
    def __lt__(self, o):
        out.append(depth())
        if len(out) > 24: raise KeyError
        return sorted([self, o])
run("sortlt", lambda: sorted([LT(), LT()]))
class ST:
    @staticmethod
    def f():
        out.append(depth())
        if len(out) > 24: raise KeyError
        return ST.f()
run("static", lambda: ST.f())
class CM:
    @classmethod
    def f(cls):
        out.append(depth())
        if len(out) > 24: raise KeyError
        return cls.f()
run("classmethod", lambda: CM.f())
def gen():
    out.append(depth())
    if len(out) > 24: raise KeyError
    yield from gen()
run("gen", lambda: list(gen()))
import functools
@functools.lru_cache
def lc(n):
    out.append(depth())
    if len(out) > 24: raise KeyError
    return lc(n+1)
run("lru", lambda: lc(0))
def ex(n):
    out.append(depth())
    if len(out) > 24: raise KeyError
    return exec("ex(1)")
run("exec", lambda: ex(0))
def ev(n):
    out.append(depth())
    if len(out) > 24: raise KeyError
    return eval("ev(1)")
run("eval", lambda: ev(0))
