# Closures: cells, nonlocal, late binding, class bodies.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c(), c.__closure__[0].cell_contents, c.__code__.co_freevars)

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

def outer(x):
    def middle():
        def inner():
            return x * 2
        return inner
    return middle()
print(outer(21)())

def param_cell(a):
    def get():
        return a
    a = a + 1
    return get
print(param_cell(1)())

def unbound_free():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    v = 1
unbound_free()

def unbound_local():
    try:
        print(w)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    w = 1
unbound_local()

def unbound_cell():
    try:
        print(cv)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    cv = 1
    return lambda: cv
unbound_cell()

x = "global"
class A:
    x = "class"
    def get(self):
        return x
    y = [x for _ in range(1)]
print(A().get(), A.y)

def make_class():
    val = "free"
    class B:
        val = "classbody"
        def m(self):
            return val
        seen = val
    return B
B = make_class()
print(B().m(), B.seen)

def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
    return total
print(gen_closure())
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
def del_local():
    q = 1
    del q
    try:
        q
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
del_local()
