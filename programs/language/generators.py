# Generators: iteration, send/throw/close, yield from, return values,
# finalization of suspended generators.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(3)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e.value))

def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(e.send(None))
print(e.send(1))
print(e.send("x"))
try:
    echo().send(5)
except TypeError as err:
    print("TypeError:", err)

def catcher():
    try:
        yield 1
    except ValueError as err:
        yield f"caught {err}"
    finally:
        print("catcher finally")
c = catcher()
next(c)
print(c.throw(ValueError("bad")))
c.close()
print("closed")

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup on close")
cl = closer()
next(cl)
cl.close()
print(cl.gi_frame)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print("RuntimeError:", err)

def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [10, 20]
o = outer()
print(next(o))
print(o.send("hello"))
print(list(o))

def running():
    print("running:", r.gi_running)
    yield
r = running()
print("before:", r.gi_running)
next(r)

def reentrant():
    yield next(re)
re = reentrant()
try:
    next(re)
except ValueError as err:
    print("ValueError:", err)

def stop_inside():
    yield 1
    raise StopIteration("oops")
try:
    list(stop_inside())
except RuntimeError as err:
    print("RuntimeError:", err, type(err.__cause__).__name__)

def finalized():
    try:
        yield 1
    finally:
        print("finalizer ran")
fg = finalized()
next(fg)
del fg
print("after del")
print(sum(x * x for x in range(4)))
print(repr(count(1)).split(" at ")[0])
gen = (x for x in [1])
print(type(gen).__name__, gen.__name__, gen.__qualname__)

def thrower():
    yield 1
t = thrower()
next(t)
try:
    t.throw(KeyError, "k")
except KeyError as err:
    print("KeyError:", err)
def delegate_throw():
    try:
        yield from catcher()
    except Exception as err:
        print("outer caught", err)
dt = delegate_throw()
next(dt)
print(dt.throw(ValueError("v")))
