def f(a):
    def g():
        return a
    a = 2
    return g

class K:
    x = 1
    def x(self):
        return x
    y = [x for _ in range(2)]
    g = (i for i in range(3))

def outer():
    m = 1
    class Inner:
        m = m
        def get(self):
            return m
    return Inner

def cellparam(p, q):
    return lambda: p + q

def shadow():
    len = 1
    def inner():
        return len
    return inner

def uses_class():
    return __class__ if False else 0

x = 1
global_at_module = x
