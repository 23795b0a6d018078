# When __del__ runs (spec 2.1): at the exact decrement that drops the last
# reference -- del, rebinding (after the new value is stored), scope exit,
# temporaries, list/dict removal -- and at interpreter exit for survivors.


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
items = [T("l0"), T("l1")]
items.pop(0)
print("after pop")
items.clear()
print("after clear")
print("-- dict overwrite")
table = {"k": T("d1")}
table["k"] = T("d2")
print("after overwrite")
del table["k"]
print("end")
