def f():
    pass


def g(a, b, c=1, *args, d, e=2, **kwargs):
    return a


def h(a, b, /, c, *, d):
    return


def k(a: int, b: "str" = "x", *args: tuple, c: int = 3, **kw: dict) -> None:
    return a, b


def pos(a, /):
    pass


def kwonly(*, a, b=1):
    pass


def defaults(a=1, /, b=2):
    pass


def gen():
    yield 1
    yield
    x = yield 2
    yield from range(3)
    return x


def outer():
    x = 1

    def inner():
        nonlocal x
        global y
        x += 1
        return x
    return inner


@decorator
def decorated():
    pass


@a.b(1)
@c
def multi():
    pass


@property
def prop(self): return self._x


class A:
    pass


class B(A):
    x = 1

    def __init__(self, v):
        self.v = v
        super().__init__()

    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        return cls


class C(A, B, metaclass=Meta, **kw):
    """Docstring."""


@dataclass
class D:
    x: int
    y: float = 0.0


class E(): pass


def trailing(
    a,
    b,
):
    pass


def star_trailing(*args,): pass
def kw_trailing(**kw,): pass
lam = lambda x, /, y=2, *a, z, **k: 0
lam2 = lambda *a, **k: 0
lam3 = lambda x,: x
