# frame.clear(): a finished frame's locals released at once, a running frame refused ("cannot clear an executing frame"), a suspended generator's frame closing the generator; f_trace, f_trace_lines and f_trace_opcodes as attributes.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def finished():
    n = Noisy("local")
    return sys._getframe()

f = finished()
print("before clear", list(f.f_locals))
f.clear()
print("after clear", f.f_locals)
f.clear()

def running():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        sys._getframe(1).clear()
    except RuntimeError as e:
        print("RuntimeError", e)

running()

def gen():
    n = Noisy("gen local")
    try:
        yield sys._getframe()
    finally:
        print("generator closing")

g = gen()
fr = next(g)
fr.clear()
print(g.gi_frame, g.gi_running)

def selfclear():
    yield 1
    sys._getframe().clear()

g2 = selfclear()
next(g2)
try:
    next(g2)
except RuntimeError as e:
    print("RuntimeError", e)

f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
f.f_trace = print
print(f.f_trace is print)
f.f_trace = None
print(f.f_trace)
f.f_trace_lines = False
f.f_trace_opcodes = True
print(f.f_trace_lines, f.f_trace_opcodes)
for value in (1, None, "x"):
    try:
        f.f_trace_lines = value
    except TypeError as e:
        print("TypeError", e)
try:
    del f.f_trace_opcodes
except TypeError as e:
    print("TypeError", e)
del f.f_trace
print(f.f_trace)
f.f_trace_lines = True
f.f_trace_opcodes = False
