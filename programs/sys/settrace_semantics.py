# sys.settrace details: a local trace function's None keeps f_trace, f_trace_lines=False, f_trace_opcodes, a trace function that raises (removed, its error raised in the traced code), no events inside the trace function, f_trace set on a running frame, generator throw and close.
import sys

def helper():
    return 1

calls = []

def quiet(frame, event, arg):
    # Calls made here are not traced.
    helper()
    calls.append((frame.f_code.co_name, event))
    if event == "line":
        return None
    return quiet

def work():
    a = 1
    b = helper()
    return a + b

sys.settrace(quiet)
work()
sys.settrace(None)
print(calls)

# f_trace_lines = False stops line events; f_trace_opcodes adds opcode events.
events = []
def opcodes(frame, event, arg):
    if event == "call":
        frame.f_trace_lines = frame.f_code.co_name != "nolines"
        frame.f_trace_opcodes = frame.f_code.co_name == "ops"
    events.append((frame.f_code.co_name, event, frame.f_lineno))
    return opcodes

def nolines():
    x = 1
    y = 2
    return x + y

def ops(n):
    return n + 1

sys.settrace(opcodes)
nolines()
ops(1)
sys.settrace(None)
for e in events:
    print(e)

# A trace function that raises is removed; the error appears in the traced code.
def raising(frame, event, arg):
    if event == "line" and frame.f_lineno == target:
        raise KeyError("from tracer")
    return raising

def victim():
    a = 1
    b = 2
    return a + b

target = victim.__code__.co_firstlineno + 2
sys.settrace(raising)
try:
    victim()
except KeyError as e:
    print("raised", repr(e), sys.gettrace())

def raising_call(frame, event, arg):
    raise RuntimeError("at call")

sys.settrace(raising_call)
try:
    victim()
except RuntimeError as e:
    print("raised", repr(e), sys.gettrace())

# f_trace set on the running frame, with settrace on.
seen = []
def follow(frame, event, arg):
    seen.append((frame.f_code.co_name, event, frame.f_lineno))
    return follow

def running():
    sys.settrace(follow)
    sys._getframe().f_trace = follow
    x = 1
    y = 2
    sys.settrace(None)
    return x + y

running()
for s in seen:
    print(s)

# Generators: throw() and close() report their events.
gen_events = []
def gtrace(frame, event, arg):
    if event == "exception":
        arg = arg[0].__name__
    gen_events.append((frame.f_code.co_name, event, frame.f_lineno, arg))
    return gtrace

def g():
    try:
        yield 1
    except ValueError:
        yield 2
    yield 3

sys.settrace(gtrace)
it = g()
next(it)
it.throw(ValueError)
it.close()
sys.settrace(None)
for e in gen_events:
    if e[0] == "g":
        print(e)

# The trace function sees the frame's locals and may change them.
def setter(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "changed" and "x" in frame.f_locals:
        frame.f_locals["x"] = 100
    return setter

def changed():
    x = 1
    return x

sys.settrace(setter)
print(changed())
sys.settrace(None)
