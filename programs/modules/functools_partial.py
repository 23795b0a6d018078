# _functools.partial: calls with stored and new arguments, keyword merging, nested partials flattened, attributes, __dict__, repr (recursive), __reduce__/__setstate__, subclasses and the errors, as CPython's C type.
from _functools import partial


def show(*args, **kwargs):
    return args, kwargs


p = partial(show, 1, 2, a=3)
print(p(), p(4), p(4, b=5), p(a=30), p(4, 5, a=6, c=7))
print(p.func is show, p.args, p.keywords, type(p.keywords).__name__)
q = partial(p, 9, b=10)
print(q.func is show, q.args, q.keywords, q(11))
p.keywords["late"] = "added"
print(p(), q())
p2 = partial(show)
print(p2.args, p2.keywords, p2(1, x=2))
kwargs = {"k": 1}
p3 = partial(show, **kwargs)
kwargs["k"] = 2
print(p3(), p3(k=3))


def keep_kwargs(**kw):
    kw["touched"] = True
    return kw


p4 = partial(keep_kwargs, a=1)
print(p4(), p4(), p4.keywords)
print(partial(int, base=2)("1010"), partial(max, 5)(3, 7), partial(sorted, key=len)(["ccc", "a", "bb"]))
print(list(map(partial(pow, 2), range(5))), partial(print, "partial", sep="-")("print"))
print(partial(dict, a=1)(b=2), partial(str.upper)("abc"), partial(divmod, 17)(5))


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return self.n + x

    def method(self, x, y=0):
        return self.n * x + y


a = Adder(10)
print(partial(a, 5)(), partial(a.method, 2)(y=1), partial(Adder, 3)().n)
bound = partial(Adder.method, a)
print(bound(4), bound(4, y=2))

# partials with instance dicts are not flattened
p5 = partial(show, 1)
p5.note = "has dict"
p6 = partial(p5, 2)
print(p5.__dict__, p6.func is p5, p6.args, p6())
print(partial(partial(partial(show, 1), 2), 3).args)

# repr
print(repr(partial(show)).split(" at ")[0], repr(partial(len, [1, 2], key="v", z=None)))
r = partial(show)
r.__setstate__((show, (r,), {}, None))
print(repr(r).replace(hex(id(show)), "ADDR"))
r2 = partial(show)
r2.__setstate__((show, (), {"me": r2}, None))
print(repr(r2).replace(hex(id(show)), "ADDR"))


class MyPartial(partial):
    pass


mp = MyPartial(show, 1, z=2)
print(repr(mp).replace(hex(id(show)), "ADDR"), mp(3), type(mp).__name__)
print(type(MyPartial(mp, 4)).__name__, MyPartial(mp, 4).args, partial(mp, 5).args, type(partial(mp)).__name__)


class Caller(partial):
    def __call__(self, *args):
        return "own call", args


c = Caller(show, 1)
print(c(2), partial(c, 3).func is c, partial(c, 3)())

# __reduce__ / __setstate__
red = p.__reduce__()
print(red[0] is partial, red[1][0] is show, red[2][1:])
fresh = partial.__new__(partial, len)
fresh.__setstate__((show, (1,), {"k": "v"}, {"attr": 5}))
print(fresh(), fresh.attr, fresh.__dict__)
class T(tuple):
    pass


fresh.__setstate__((show, T([1, 2]), None, None))
print(fresh(), fresh.__dict__, type(fresh.args).__name__)


class MyDict(dict):
    pass


fresh.__setstate__((show, (), MyDict(m=1), None))
print(type(fresh.keywords).__name__, fresh())


def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


check(lambda: partial())
check(lambda: partial(1))
check(lambda: partial(None, 1))
check(lambda: partial(func=show))
check(lambda: fresh.__setstate__(1))
check(lambda: fresh.__setstate__((1, 2, 3)))
check(lambda: fresh.__setstate__((1, (), None, None)))
check(lambda: fresh.__setstate__((show, 5, None, None)))
check(lambda: fresh.__setstate__((show, [1], None, None)))
check(lambda: fresh.__setstate__((show, (), 5, None)))
check(lambda: setattr(p, "func", len))
check(lambda: setattr(p, "args", ()))
check(lambda: delattr(p, "keywords"))
check(lambda: setattr(p, "__dict__", 5))
check(lambda: partial(show, **{"a": 1})(**{"a": 2}))
check(lambda: partial(len)(1, 2))
bad = partial(show)
bad.keywords[1] = 2
check(lambda: bad())
print(partial[int], partial.__name__, partial.__qualname__, partial.__module__)
print(hash(partial(show)) == hash(partial(show)), partial(show) == partial(show))
print(p.__class__, isinstance(p, partial), callable(p))
print(sorted(n for n in dir(partial) if not n.startswith("__")))
