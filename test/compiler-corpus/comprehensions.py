xs = [1, 2, 3]
a = [x * 2 for x in xs]
b = {x for x in xs if x > 1}
c = {x: x * x for x in xs}
d = (x for x in xs)
e = [(x, y) for x in xs for y in xs if x != y]

def f(n):
    return [i + n for i in range(n)]

def g(m):
    return sum(x * m for x in range(10))
