# Calling a class (or an instance with __call__) goes through CPython 3.11's _PyObject_MakeTpCall: the arguments are packed into a tuple (and keywords into a dict) held during the call, so sys.getrefcount in __init__ sees one more reference and generation 0 counts the allocations; with keywords, __init__ gets a further copy of the arguments (found by test/fuzz).
import gc
import sys


class Point:
    def __init__(self, x, y=None):
        print("in __init__:", sys.getrefcount(x))


class Caller:
    def __call__(self, x, label=""):
        print("in __call__:", sys.getrefcount(x))


class Error(Exception):
    def __init__(self, x):
        print("in Error.__init__:", sys.getrefcount(x))
        super().__init__(x)


o = object()
print("outside:", sys.getrefcount(o))
Point(o)
Point(o, y=1)
Point(x=o)
Caller()(o)
Caller()(o, label="k")
try:
    raise Error(o)
except Error as e:
    print(e.args[0] is o)

gc.collect()
Point(o)
print(gc.get_count())
gc.collect()
Point(o, y=1)
print(gc.get_count())
gc.collect()
c = Caller()
c(o)
print(gc.get_count())
