# When objects die (spec 2.1, p02_del_timing): __del__ runs the moment the
# last reference goes.
class T:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __del__(self):
        print("del", self.name)

print("-- del statement")
a = T("a")
del a
print("after del a")
print("-- rebinding")
b = T("b1")
b = T("b2")
print("after rebinding b")
print("-- two names")
x = T("x")
y = x
del x
print("after del x (y still alive)")
y = None
print("after y = None")
print("-- scope exit")
def f():
    local = T("local")
    print("leaving f")
f()
print("after f()")
print("-- return value kept")
def g():
    return T("ret")
r = g()
print("after g()")
del r
print("-- temporary expression")
T("temp")
print("after temp")
print("-- list removal")
l = [T("l0"), T("l1")]
l.pop(0)
print("after pop")
l.clear()
print("after clear")
print("-- dict overwrite")
dd = {"k": T("d1")}
dd["k"] = T("d2")
print("after overwrite")
del dd
print("end")
