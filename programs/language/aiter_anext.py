# The aiter() and anext() builtins: async generators and classes, the default through anext_awaitable (send/throw/close), error messages, refcounts.
import sys


async def agen():
    try:
        yield 1
    except ValueError:
        yield "caught"
    yield 2


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        if self.i > self.n:
            raise StopAsyncIteration
        return self.i


class BadAiter:
    def __aiter__(self):
        return 1


class PlainAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


for bad in [1, BadAiter(), [1, 2]]:
    try:
        aiter(bad)
    except TypeError as e:
        print("TypeError", e)
for call in [lambda: anext(1), lambda: anext(1, 2), lambda: aiter(), lambda: anext(), lambda: anext(agen(), 1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

g = agen()
print(aiter(g) is g, type(anext(g)).__name__)
a = anext(g, "d")
print(type(a).__name__, repr(type(a)), sys.getrefcount(a))
print(sorted(n for n in dir(a) if not n.startswith("__")))
try:
    a.send(None)
except StopIteration as s:
    print("first", s.value)
b = anext(g, "d")
try:
    b.throw(ValueError)
except StopIteration as s:
    print("throw", s.value)
c = anext(g, "d")
print(c.close())
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    anext(PlainAnext(), 1).send(None)
except TypeError as e:
    print("TypeError", e)


async def main():
    it = Counter(2)
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g = agen()
    print(await anext(g), await anext(g, 0), await anext(g, 0), await anext(g, None))
    print([x async for x in aiter(Counter(3))])
    d = object()
    before = sys.getrefcount(d)
    w = anext(Counter(0), d)
    print(sys.getrefcount(d) - before)
    print(await w is d)
    del w
    print(sys.getrefcount(d) - before)


c = main()
try:
    c.send(None)
except StopIteration:
    print("done")
