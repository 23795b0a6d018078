# sys.setprofile: 'call'/'return' of Python functions and 'c_call'/'c_return'/'c_exception' of built-ins (functions and method descriptors), no line events, a raising profile function removed, getprofile.
import sys

def describe(arg):
    if arg is None or isinstance(arg, (int, str, list)):
        return repr(arg)
    return getattr(arg, "__qualname__", type(arg).__name__)

def prof(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, describe(arg))

def inner(x):
    return len([x, x])

def outer():
    items = []
    items.append(inner(3))
    list.append(items, 4)
    try:
        int("x")
    except ValueError:
        pass
    s = "a,b".split(",")
    return items

print(sys.getprofile())
sys.setprofile(prof)
print(sys.getprofile() is prof)
outer()
sys.setprofile(None)
print(sys.getprofile())

def bad(frame, event, arg):
    if event == "c_call":
        raise OSError("profiler")

def run():
    return abs(-1)

sys.setprofile(bad)
try:
    run()
except OSError as e:
    print("raised", e, sys.getprofile())
