a, (b, c) = 1, (2, 3)
first, *mid, last = range(10)
*init, tail = [1, 2]
x = [*range(3), 4, *range(2)]
t = (*x, 1)
s = {*x, 2}
d = {'a': 1, **{'b': 2}, 'c': 3}
for i, j in [(1, 2), (3, 4)]:
    print(i, j)
def f():
    p, q = q2, p2 = 1, 2
    p, q = q, p
    return p, q
