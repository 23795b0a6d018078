# sys.settrace: 'call', 'line', 'return' and 'exception' events in CPython 3.11's order, local trace functions returned from the global one, and gettrace.
import sys

def name(frame):
    return frame.f_code.co_name

def local(frame, event, arg):
    if event == "exception":
        arg = (arg[0].__name__, str(arg[1]), type(arg[2]).__name__)
    print("  local", name(frame), event, frame.f_lineno, arg if event != "line" else "")
    return local

def tracer(frame, event, arg):
    print("global", name(frame), event, frame.f_lineno, arg)
    if name(frame) == "untraced":
        return None
    return local

def add(a, b):
    c = a + b
    return c

def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total

def fails():
    x = 1
    raise ValueError("bad")

def catches():
    try:
        fails()
    except ValueError as e:
        print("caught", e)
    return "done"

def untraced():
    y = 2
    return y

def gen():
    yield 1
    x = yield 2
    return x

print(sys.gettrace())
sys.settrace(tracer)
print(sys.gettrace() is tracer)
add(1, 2)
loop(3)
catches()
untraced()
g = gen()
next(g)
next(g)
try:
    g.send(5)
except StopIteration as e:
    print("stop", e.value)
lam = lambda q: q * 2
lam(4)
[k for k in range(2)]
sys.settrace(None)
print(sys.gettrace())
add(5, 6)
