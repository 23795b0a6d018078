def gen():
    yield 1
    x = yield
    yield from range(3)
    return x

def g2(items):
    for i in items:
        yield i * 2
