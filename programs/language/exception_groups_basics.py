# BaseExceptionGroup/ExceptionGroup: constructor checks and messages, message/exceptions, str/repr, split/subgroup/derive, copied metadata, refcounts.
import sys

e = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(repr(e), "|", str(e), "|", e.message, e.exceptions, type(e).__name__)
print(str(ExceptionGroup("one", [ValueError()])))
print(type(BaseExceptionGroup("b", [ValueError(1)])).__name__)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
print(e.args, e.args[1] is e.exceptions)

bad = [
    (1, [ValueError()]),
    ("a",),
    ("a", [ValueError()], 3),
    ("a", 1),
    ("a", []),
    ("a", [1]),
    ("a", [ValueError(), "x"]),
    ("a", [KeyboardInterrupt()]),
]
for args in bad:
    try:
        ExceptionGroup(*args)
    except Exception as x:
        print(type(x).__name__, x)
try:
    ExceptionGroup("a", [ValueError()], x=1)
except TypeError as x:
    print("kw:", x)
try:
    e.message = "new"
except AttributeError as x:
    print("AttributeError", x)
try:
    del e.exceptions
except AttributeError as x:
    print("AttributeError", x)

# A tuple or any sequence becomes a tuple.
print(ExceptionGroup("t", (ValueError(3),)).exceptions, ExceptionGroup("r", range(0) or [OSError()]).exceptions)

g = ExceptionGroup(
    "outer",
    [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")]), KeyError("d")],
)
match, rest = g.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(g.subgroup(ValueError)))
print(repr(g.subgroup((TypeError, KeyError))))
print(g.split(OSError))
print(g.subgroup(OSError))
print(g.split(Exception)[0] is g, g.split(ExceptionGroup)[0] is g)
print(repr(g.subgroup(lambda x: isinstance(x, ExceptionGroup) and x.message == "inner")))
print(repr(g.split(lambda x: not isinstance(x, ExceptionGroup) and x.args[0] in "bd")))
for bad_matcher in [1, (ValueError, 1), [ValueError], len]:
    try:
        g.split(bad_matcher)
    except TypeError as x:
        print("TypeError", x)
for call in [lambda: g.split(), lambda: g.split(ValueError, TypeError), lambda: g.subgroup(), lambda: g.derive()]:
    try:
        call()
    except TypeError as x:
        print("TypeError", x)
try:
    g.split(matcher_value=ValueError)
except TypeError as x:
    print("TypeError", x)

# split copies __traceback__, __cause__, __context__ and (a copy of) __notes__ to every part.
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise g from OSError("cause")
except ExceptionGroup as caught:
    caught.add_note("a note")
    m, r = caught.split(ValueError)
    for part in (m, r, m.exceptions[1]):
        print(
            part.message,
            part.__traceback__ is caught.__traceback__,
            repr(part.__cause__),
            repr(part.__context__),
            part.__suppress_context__,
            getattr(part, "__notes__", None),
        )
    print(m.__notes__ is caught.__notes__, m.__notes__ == caught.__notes__)
    caught.__notes__ = "not a sequence"
    print(hasattr(caught.split(ValueError)[0], "__notes__"))
    caught.__notes__ = ("tuple", "notes")
    print(caught.split(ValueError)[0].__notes__)
    del caught, m, r, part

# derive: split and subgroup call it to build each part.
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        print("derive", self.message, len(excs))
        return MyGroup(self.message + "+", excs)

mg = MyGroup("mine", [ValueError(1), ExceptionGroup("sub", [ValueError(2), TypeError(3)])])
print(repr(mg.split(ValueError)))
print(type(mg.derive([TypeError()])).__name__, repr(ExceptionGroup("x", [ValueError()]).derive([KeyError()])))
print(repr(BaseExceptionGroup("x", [ValueError()]).derive([KeyboardInterrupt()])))

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42

try:
    BadDerive("bad", [ValueError(), TypeError()]).split(ValueError)
except TypeError as x:
    print("TypeError", x)

class MyBase(BaseExceptionGroup):
    pass

class MyExc(ExceptionGroup):
    pass

print(type(MyBase("x", [ValueError()])).__name__, type(MyBase("x", [SystemExit()])).__name__)
try:
    MyExc("x", [SystemExit()])
except TypeError as x:
    print("TypeError", x)

# __init__ may be overridden; __new__ still checks the arguments.
class WithInit(ExceptionGroup):
    def __new__(cls, message, excs, extra):
        self = super().__new__(cls, message, excs)
        self.extra = extra
        return self

    def __init__(self, message, excs, extra):
        super().__init__(message, excs)

w = WithInit("w", [ValueError()], 5)
print(repr(w), w.extra, w.args)

# Refcounts: the group holds its message, the exceptions tuple and the args tuple.
msg = "refs" + str(len(sys.argv))
v = ValueError("v")
before = sys.getrefcount(v), sys.getrefcount(msg)
grp = ExceptionGroup(msg, [v])
print(sys.getrefcount(v) - before[0], sys.getrefcount(msg) - before[1], sys.getrefcount(grp.exceptions))
m, r = grp.split(ValueError)
print(m is grp, r, sys.getrefcount(grp))
del m, r, grp
print(sys.getrefcount(v) - before[0], sys.getrefcount(msg) - before[1])
print(sys.getsizeof(ExceptionGroup("s", [ValueError()])), sys.getsizeof(BaseExceptionGroup("s", [SystemExit()])))

# The note machinery checks __notes__.
n = ValueError()
n.__notes__ = "str"
try:
    n.add_note("x")
except TypeError as x:
    print("TypeError", x)
try:
    n.add_note(1)
except TypeError as x:
    print("TypeError", x)
