# sys.getrefcount in common situations (spec 1.2).
import sys

class C:
    pass

x = C()
print("fresh instance, one name:", sys.getrefcount(x))
lst = [x]
print("also in a list:", sys.getrefcount(x))
d = {"k": x}
print("also in dict value:", sys.getrefcount(x))
t = (x,)
print("also in tuple:", sys.getrefcount(x))
del lst, d, t
print("after del containers:", sys.getrefcount(x))

def f(obj):
    print("inside function arg:", sys.getrefcount(obj))
    alias = obj
    print("inside function arg + local alias:", sys.getrefcount(obj))
f(x)
y = x
print("two names:", sys.getrefcount(x))
y = None
print("rebind one:", sys.getrefcount(x))
print("int 257:", sys.getrefcount(int("257")))
print("list literal []:", sys.getrefcount([]))
print("None > 100:", sys.getrefcount(None) > 100)

class D:
    def __del__(self):
        print("in __del__:", sys.getrefcount(self))
D()
def method_rc():
    class E:
        def m(self):
            return sys.getrefcount(self)
    e = E()
    print("method self:", e.m())
method_rc()
