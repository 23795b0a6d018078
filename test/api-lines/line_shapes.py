# Statement shapes whose 'line' events are easy to get wrong: loops that
# jump back, multi-line expressions, try/finally, with, generators,
# closures, lambdas, comprehensions, class bodies and early returns.
class Box:
    size = 2

    def __init__(self, v):
        self.v = v

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def gen(n):
    for i in range(n):
        yield i * 2
    return


def outer():
    total = 0

    def inner(x):
        return x + total
    return inner


values = [
    1,
    2,
    3,
]
for v in values:
    if v == 2:
        continue
    print(v)
else:
    print("done")

i = 0
while i < 3:
    i += 1
    if i == 2:
        break

try:
    x = 1 / 0
except ZeroDivisionError:
    x = None
finally:
    y = 2

with Box(3) as b:
    z = b.v

squares = [n * n for n in gen(3)]
f = lambda a: (a +
               1)
print(f(2), outer()(5), squares, x, y, z)
result = (Box(1).v
          + Box(2).v)
print(result)
