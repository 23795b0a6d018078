# Literal constants: the compiler merges equal constants across a module's code objects (one object in every co_consts), and the parser's arena holds one more reference to each literal until the main module has run; after that (atexit) the count is names + 1.
import sys
a = "xyz! q"
def f():
    return "xyz! q"
print(f() is a, sys.getrefcount(a))
b = 12345
def g():
    return 12345
print(g() is b, sys.getrefcount(b))
def h():
    return sys.getrefcount("lit in h!")
print(h())
import atexit
c = "at exit!"
atexit.register(lambda: print("atexit", sys.getrefcount(c)))
