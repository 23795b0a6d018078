# Async generators: async for over them, __aiter__/__anext__, asend,
# athrow and aclose awaitables, ag_* attributes, finally blocks, and the
# errors of reusing their awaitables; driven by a hand-written loop.


class Tick:
    """Suspends once; the driver resumes it with a value."""

    def __await__(self):
        return (yield "tick")


def drive(coro):
    """Run a coroutine, answering each suspension with a counter."""
    n = 0
    try:
        while True:
            what = coro.send(None if n == 0 else n)
            print("  [loop]", what, n)
            n += 1
    except StopIteration as e:
        return e.value


async def countdown(n):
    try:
        while n > 0:
            got = yield n
            if got is not None:
                print("  countdown got", got)
            n -= 1
            await Tick()
    finally:
        print("  countdown finally")


async def main():
    async for i in countdown(3):
        print("item", i)

    gen = countdown(5)
    print(type(gen).__name__, gen.__name__, gen.__qualname__)
    print("aiter is self:", gen.__aiter__() is gen)
    print("running:", gen.ag_running, "frame:", gen.ag_frame.f_code.co_name, "await:", gen.ag_await)
    print("code:", gen.ag_code.co_name)
    print(repr(gen).startswith("<async_generator object countdown at 0x"))
    nxt = gen.__anext__()
    print(type(nxt).__name__, repr(nxt).startswith("<async_generator_asend object at 0x"))
    print("first:", await nxt)
    try:
        await nxt
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("asend:", await gen.asend("hello"))
    thrower = gen.athrow(KeyError, "k")
    print(type(thrower).__name__)
    try:
        await thrower
    except KeyError as e:
        print("athrow raised KeyError", e)
    print("after athrow frame:", gen.ag_frame)
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("exhausted")

    gen = countdown(5)
    print("anext:", await gen.__anext__())
    print("aclose:", await gen.aclose())
    print("aclose again:", await gen.aclose())
    try:
        await gen.asend(None)
    except StopAsyncIteration:
        print("closed, StopAsyncIteration")

    # Comprehensions and generator expressions over async generators.
    print([x * 10 async for x in countdown(3)])
    print({x: x * x async for x in countdown(2)})
    agen = (x + 1 async for x in countdown(2))
    print(type(agen).__name__)
    print([y async for y in agen])
    print([v for v in [await Tick(), await Tick()]])

    # An async generator that catches and yields in finally.
    async def stubborn():
        try:
            yield 1
        finally:
            yield 2

    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def raises_stop():
        yield 1
        raise StopAsyncIteration

    try:
        async for v in raises_stop():
            print("v", v)
    except RuntimeError as e:
        print("RuntimeError:", e, "cause:", type(e.__cause__).__name__)

    async def handled():
        try:
            yield "a"
        except ValueError as e:
            print("  handled caught", repr(e))
            yield "recovered"
        yield "b"

    h = handled()
    print(await h.__anext__())
    print(await h.athrow(ValueError("bad")))
    print(await h.__anext__())

    try:
        h.athrow()
        await h.athrow()
    except TypeError as e:
        print("TypeError:", e)

    fresh = countdown(1)
    try:
        await fresh.asend(5)
    except TypeError as e:
        print("TypeError:", e)
    await fresh.aclose()

    class NotAsyncIterable:
        pass

    try:
        async for _ in NotAsyncIterable():
            pass
    except TypeError as e:
        print("TypeError:", e)

    class BadAiter:
        def __aiter__(self):
            return 5

    try:
        async for _ in BadAiter():
            pass
    except TypeError as e:
        print("TypeError:", e)

    class Counter:
        """An async iterator written as a class."""

        def __init__(self, n):
            self.i = 0
            self.n = n

        def __aiter__(self):
            return self

        async def __anext__(self):
            if self.i >= self.n:
                raise StopAsyncIteration
            self.i += 1
            await Tick()
            return self.i

    async for c in Counter(2):
        print("counter", c)
    else:
        print("counter done")

    class BadAnext:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 42

    try:
        async for _ in BadAnext():
            pass
    except TypeError as e:
        print("TypeError:", e, "| from:", repr(e.__cause__))
    return "main done"


print(drive(main()))


# Left suspended: closed when it is released (its finally runs then).
async def resource():
    try:
        yield "open"
        yield "more"
    finally:
        print("resource released")


def step(agen):
    aw = agen.__anext__()
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value


r = resource()
print(step(r))
print("dropping r")
del r
print("dropped")
