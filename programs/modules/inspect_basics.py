# CPython's inspect: signature() and Parameter/Signature reprs, the is* predicates, getmembers, getsource through linecache, cleandoc/getdoc, getfullargspec, unwrap, bind, stack frames.
import functools
import inspect
import textwrap


def f(a, b: int = 2, /, *args, c, d=3, **kw) -> str:
    """Doc
       more."""
    return a


sig = inspect.signature(f)
print(sig)
print(repr(sig))
for p in sig.parameters.values():
    print(repr(p), p.kind, p.kind.description, p.default, p.annotation)
print(sig.return_annotation, sig.replace(return_annotation=inspect.Signature.empty))
ba = sig.bind(1, 2, 3, c=4, e=5)
print(ba, ba.arguments, ba.args, ba.kwargs)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError", e)
print(inspect.isfunction(f), inspect.ismethod(f), inspect.isclass(int), inspect.isbuiltin(len), inspect.ismodule(inspect))
print(inspect.getsource(f))
print(inspect.cleandoc(f.__doc__))
print(inspect.getdoc(f))


class C:
    """A class."""

    x = 1

    def m(self, y):
        return y

    @property
    def p(self):
        return 1

    @classmethod
    def k(cls, z=None):
        pass


print([n for n, _ in inspect.getmembers(C) if not n.startswith("__")])
print([n for n, _ in inspect.getmembers(C, inspect.isfunction)])
print(inspect.signature(C.m), inspect.signature(C().m), inspect.signature(C.k))
print(inspect.getsource(C))
print(inspect.getsource(C.m))
print(inspect.getmodule(f).__name__)
print(inspect.getfullargspec(f))
print(inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f))
print(inspect.getsourcelines(textwrap.dedent)[1])


@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)


print(inspect.unwrap(wrapper) is f, inspect.signature(wrapper))
print(type(inspect.getattr_static(C, "p")).__name__)
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=None))
print(inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY)]))
try:
    inspect.Parameter("1x", inspect.Parameter.KEYWORD_ONLY)
except ValueError as e:
    print("ValueError", e)
print(inspect.currentframe().f_code.co_name, inspect.stack()[0].function)
print(inspect.formatannotation(int), inspect.formatannotation(list[int]))
print(inspect.getmodulename("/a/b/mod.py"))
print(inspect.getclosurevars(f))


def gen():
    yield 1


g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
