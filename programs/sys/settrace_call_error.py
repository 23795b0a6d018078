# An error raised at a function's 'call' event (a trace function that is not callable, or one that raises) points at the def line, with CPython's empty caret line under it.
import sys
import traceback


def f():
    return 1


class C:
    def method(self):
        return 2


def raising(frame, event, arg):
    raise RuntimeError("from the trace function at " + event)


for tracer, call in ((1, f), (raising, C().method)):
    try:
        sys.settrace(tracer)
        call()
    except BaseException as e:
        sys.settrace(None)
        print(type(e).__name__, e)
        traceback.print_exc(file=sys.stdout)

sys.settrace(raising)
f()
