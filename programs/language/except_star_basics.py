# except*: matching parts of exception groups, naked exceptions, re-raising, raising new exceptions, else/finally, sys.exception(), the TypeErrors.
import sys


def raise_group():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), OSError(4)])


try:
    try:
        raise_group()
    except* ValueError as e:
        print("ValueError part:", repr(e), repr(sys.exception()) == repr(e))
    except* TypeError as e:
        print("TypeError part:", repr(e))
except ExceptionGroup as rest:
    print("unhandled:", repr(rest))

# A naked exception is wrapped in ExceptionGroup("") for the handler.
try:
    raise ValueError("naked")
except* ValueError as e:
    print(repr(e), e.__traceback__, e.exceptions[0].__traceback__ is not None)
print(sys.exception())

# A naked exception that matches no clause propagates unchanged.
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("not reached")
except KeyError as k:
    print("KeyError unchanged:", repr(k))

# Everything handled: nothing propagates.
try:
    raise_group()
except* (ValueError, TypeError):
    print("first")
except* OSError as e:
    print("second", repr(e))
print("all handled")

# Re-raising keeps the original nesting; new exceptions are siblings in a new group.
def nested():
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), TypeError("c")])])


try:
    try:
        nested()
    except* ValueError:
        raise
except ExceptionGroup as g:
    print("re-raised:", repr(g))

try:
    try:
        nested()
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as g:
    print("raised:", repr(g), repr(g.exceptions[0].__context__))

try:
    try:
        nested()
    except* ValueError as e:
        raise e
except ExceptionGroup as g:
    print("raise e:", repr(g))

try:
    try:
        nested()
    except* TypeError:
        raise KeyError("k1")
    except* ValueError:
        raise OSError("o1")
except ExceptionGroup as g:
    print("two raised:", repr(g))

try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
except (ValueError, ExceptionGroup) as v:
    print("naked re-raised:", repr(v))

try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replacement")
except TypeError as t:
    print("naked replaced:", repr(t), repr(t.__context__))

# else and finally.
for fail in (False, True):
    try:
        if fail:
            raise ExceptionGroup("x", [ValueError()])
    except* ValueError:
        print("handler")
    else:
        print("else")
    finally:
        print("finally")

# Loops and functions inside an except* block.
def in_loop():
    out = []
    try:
        raise ExceptionGroup("loop", [ValueError(i) for i in range(4)])
    except* ValueError as e:
        for x in e.exceptions:
            if x.args[0] == 1:
                continue
            if x.args[0] == 3:
                break
            out.append(x.args[0])
    return out


print(in_loop())

# The handler's name is deleted afterwards.
try:
    raise ExceptionGroup("x", [ValueError()])
except* ValueError as gone:
    pass
print("gone" in dir())

# Bad types.
for t in (ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), int, (ValueError, 1)):
    try:
        try:
            raise ExceptionGroup("x", [ValueError()])
        except* t:
            pass
    except TypeError as x:
        print("TypeError", x)

# A clause with no match leaves the group untouched; with a BaseException leaf the rest is a BaseExceptionGroup.
try:
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError:
        print("value part")
except BaseExceptionGroup as b:
    print("rest:", repr(b), type(b).__name__)

# Generators and coroutines.
def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError("in gen")])
    except* ValueError as e:
        yield repr(e)


print(list(gen()))


async def coro():
    result = None
    try:
        raise ExceptionGroup("c", [TypeError("in coro")])
    except* TypeError as e:
        result = repr(e)
    return result


c = coro()
try:
    c.send(None)
except StopIteration as s:
    print(s.value)
