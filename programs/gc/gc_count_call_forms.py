# What generation 0 counts for calls made with *args and **kwargs
# (CALL_FUNCTION_EX): a callable without a vectorcall (a class, an
# instance with __call__, a METH_VARARGS built-in) gets the tuple and the
# dict themselves; a vectorcall gets a new tuple of the keywords' names.
# Also slices (one cached by the interpreter), map's tuple of iterators and
# a few built-ins, each after a full collection.
import gc

class C:
    def __init__(self, *a, **k):
        self.a = a
    def __call__(self, *a, **k):
        return a

class D(C):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)

def f(*a, **k):
    return a

def g(x):
    return x

c = C()
args = (1, 2)
kw = {"x": 1}
L = [1, 2, 3]
cases = [
    "C(*args)", "C(*args, **kw)", "c(*args)", "c(*args, **kw)", "f(*args)", "f(*args, **kw)",
    "D(*args)", "D(*args, **kw)", "max(*args)", "min(*args, key=abs)", "dir(*())",
    "sorted(*([3, 1],))", "'{}{}'.format(*args)", "'{x}'.format(**kw)", "dict(**kw)",
    "list(*([1],))", "type(*('X', (), {}))", "g(**{'x': 1})", "g(*[1])",
    "slice(1, 2)", "L[1:2]", "L[::2]", "list(map(g, L))", "list(map(pow, L, L))",
    "staticmethod(g)", "classmethod(g)", "property(g)", "super(D, D(1))", "iter(L)",
    "isinstance(c, C)", "getattr(c, 'x', 1)", "vars(c)", "reversed(L)", "lambda: 1",
    "[x for x in L]", "{x: x for x in L}", "C.__init__", "D.__mro__", "D.mro()",
]
for case in cases:
    code = compile(case, "<case>", "eval")
    gc.collect()
    a = gc.get_count()[0]
    r = eval(code)
    b = gc.get_count()[0]
    del r
    print(f"{case:30} {b - a} {gc.get_count()[0] - b}")
