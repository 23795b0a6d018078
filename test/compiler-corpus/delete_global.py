a = 1
b = [1, 2]
class K: pass
k = K()
k.f = 1
del a, b[0], k.f

def f():
    global gv
    gv = 1
    del gv
    loc = 2
    del loc

def g():
    v = 1
    def inner():
        return v
    del v
    return inner
