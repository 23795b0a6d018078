# A trace function's frame: 3.11 refreshes f_locals and writes it back to the fast locals only for a frame whose f_locals was read (no dict is made for one never looked at); a method descriptor called under tracing is bound for the call.
import sys, gc
def tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "f" and frame.f_lineno == 12:
        frame.f_locals["x"] = 99
    return tracer
def tracer2(frame, event, arg):
    return tracer2
def f():
    x = 1
    y = 2
    z = 3
    w = x
    return x, w
sys.settrace(tracer)
print(f())
sys.settrace(None)
def g():
    a = 1
    d = locals()
    d["a"] = 5
    b = 2
    return a
sys.settrace(tracer2)
print(g())
sys.settrace(None)
gc.collect(); gc.set_threshold(100000)
c = gc.get_count()[0]
sys.settrace(tracer2)
f()
sys.settrace(None)
print(gc.get_count()[0] - c)
gc.collect(); c = gc.get_count()[0]
sys.settrace(tracer2)
l = []
for i in range(3): l.append(i)
sys.settrace(None)
print(gc.get_count()[0] - c)
