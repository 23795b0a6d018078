def f(a, b, c):
    if a < b < c:
        return 1
    while a <= b != c:
        a += 1
    return a < b > c

x = 5
print(1 < x < 10 < 100)
print(x is None, x is not None)
if x is None:
    pass
if x is not None:
    pass
