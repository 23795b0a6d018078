def f(a, b=1, *args, c, d=2, **kw):
    "doc"
    return a + b

def g(x, /, y):
    return x, y

def h():
    pass

def k(n):
    if n:
        return
    return n * 2

lambda_ = lambda x, y=3: x + y
f(1, 2, 3, c=4)
f(*[1], **{'c': 2})
f(1, *g(1, 2), c=3, **{})
g(1, y=2)
print(*[1, 2])

def annotated(a: int, *, b: str = "x") -> bool:
    return True
