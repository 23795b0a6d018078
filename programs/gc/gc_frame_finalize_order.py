# Finalization order of cycles through frames: tracebacks kept in a variable
# or an attribute, sys.exc_info(), closure cells, suspended generators and
# sys._getframe(), dropped together and collected. Frame objects are made
# on first use and tracked when their frame finishes (take_ownership), and
# __del__ runs in the collector's list order, as in CPython 3.11.
import gc, sys
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def scenario(tag):
    a = D(tag + "-a")
    def gen():
        g = D(tag + "-gen-local")
        try:
            yield 1
        finally:
            print("gen finally", tag)
    it = gen()
    next(it)
    c = D(tag + "-c")
    def clo():
        return c, it
    a.clo = clo
    try:
        raise ValueError(tag)
    except ValueError as e:
        a.tb = e.__traceback__
        info = sys.exc_info()
    d = D(tag + "-d")
    d.frame = sys._getframe()
    return a

gc.collect()
x = scenario("one")
del x
gc.collect()
print("collected")
def nested(n):
    if n == 0:
        raise KeyError
    k = D("n%d" % n)
    def cl():
        return k
    try:
        nested(n - 1)
    except KeyError as e:
        k.e = e
        raise
try:
    nested(3)
except KeyError as e:
    saved = e
del saved
gc.collect()
print("collected")
def inner():
    raise ValueError

def outer():
    a = D("local-before")
    try:
        inner()
    except ValueError as e:
        err = e
    holder = [D("in-list-after")]
    b = D("local-after")
    return None

gc.collect()
outer()
gc.collect()
print("collected")

def outer2():
    a = D("o2-local")
    c = D("o2-cell")
    def f():
        return c
    try:
        inner()
    except ValueError as e:
        err = e
    return None
gc.collect()
outer2()
gc.collect()
print("collected")

def outer3():
    x = D("o3-local")
    frame = sys._getframe()
    c = [D("o3-list")]
    return None
gc.collect()
outer3()
gc.collect()
print("collected")

def keep():
    y = D("keep-local")
    def mid():
        raise KeyError
    try:
        mid()
    except KeyError:
        info = sys.exc_info()
    late = {"d": D("keep-dict")}
    return None
gc.collect()
keep()
gc.collect()
print("collected")
