# The line a finalizer sees its caller at: the frame's current instruction
# is stored before every DECREF that may free (DELETE_FAST included), so
# sys._getframe(1).f_lineno in __del__ names the statement that let go.
import sys

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(self.name, "freed at line", sys._getframe(1).f_lineno)

def f():
    x = D("del x")
    y = 1
    z = y + 1
    del x
    a = D("a = None")
    b = [1]
    a = None
    c = D("c = 5")
    c = 5
    if (D("is None")
            is None):
        pass
    t = (D("or")
         or 0)
    u = (D("and")
         and 0)
    if (D("truth")
            ):
        pass
    g = [D("for")]
    for i in (
            g):
        g = None
    return z

f()
m = D("module del")
n = 1
del m
