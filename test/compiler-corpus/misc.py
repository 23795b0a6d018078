def f():
    return (yield)

x = [1, 2]
y = x[-1]
z = "abc"[1]
w = (1, 2) + (3,)
print((lambda: 0)())
v = -(-1)
u = not 1
q = 3 in [1, 2, 3]
r = x in [1, x]
def g(*, a, b=1):
    return a
s = 1 if x else 2
def walrus(data):
    if (n := len(data)) > 3:
        return n
    return [y for v in data if (y := v)]
