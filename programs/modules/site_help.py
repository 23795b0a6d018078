# help(object) as site's _Helper gives it for Python functions, methods, lambdas and a simple class: pydoc's plain text (header, signature with defaults and annotations, cleaned docstring) written to stdout.
def f(x, y=2, *args, k=3, **kw):
    """Add things.

        Indented detail.
    More text here."""
    return x

def g():
    pass

class C:
    """A class.

    With two paragraphs."""
    def m(self, a: int, b: "str" = "x", /, c=None, *, d: list = [], **kw) -> bool:
        """Method doc."""
    def other(self, *, only):
        pass

def ann(a: int, b: C = None) -> "C":
    "One line."

lam = lambda x, *, y=1: x

def gen(*args):
    yield 1

help(f)
help(g)
help(C().m)
help(C.m)
help(ann)
help(lam)
help(gen)
help(C)
print(help.__class__.__name__, help.__call__.__name__)
