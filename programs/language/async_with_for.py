# async with and async for: __aenter__/__aexit__ awaited (suspending),
# exceptions passed to __aexit__ and suppressed or not, return, break and
# continue leaving the block, nested managers, and the protocol errors.


class Pause:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        yield self.what


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print(f"  enter {self.name}")
        await Pause(f"enter-{self.name}")
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        await Pause(f"exit-{self.name}")
        print(f"  exit {self.name}: {typ.__name__ if typ else None} {val!r}")
        return self.suppress


class Stream:
    def __init__(self, *items):
        self.items = list(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Pause("next")
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


def run(coro):
    pauses = []
    try:
        while True:
            pauses.append(coro.send(None))
    except StopIteration as e:
        print("  pauses:", pauses)
        return e.value


async def basic():
    async with Resource("a") as a:
        print("  body with", a)
    async with Resource("b") as b, Resource("c") as c:
        print("  body with", b, c)
    async with Resource("d", suppress=True):
        raise ValueError("suppressed")
    try:
        async with Resource("e"):
            raise KeyError("escapes")
    except KeyError as e:
        print("  caught", repr(e))
    return "basic done"


print(run(basic()))


async def leaving():
    async with Resource("r"):
        return "returned from inside"


print(run(leaving()))


async def loops():
    out = []
    async for x in Stream(1, 2, 3, 4, 5):
        if x == 2:
            continue
        async with Resource(f"loop{x}"):
            if x == 4:
                break
            out.append(x)
    else:
        out.append("no-break")
    async for x in Stream():
        out.append("never")
    else:
        out.append("empty-else")
    async for a, b in Stream((1, 2), (3, 4)):
        out.append(a + b)
    return out


print(run(loops()))


async def nested_try():
    try:
        async with Resource("outer"):
            try:
                async for x in Stream("x"):
                    raise RuntimeError(x)
            finally:
                print("  inner finally")
    except RuntimeError as e:
        return f"caught {e}"


print(run(nested_try()))


async def exit_raises():
    class Bad(Resource):
        async def __aexit__(self, *exc):
            raise OSError("exit failed")

    try:
        async with Bad("bad"):
            raise ValueError("body")
    except OSError as e:
        print("  OSError", e, "context:", repr(e.__context__))


run(exit_raises())


async def protocol_errors():
    class NoAenter:
        pass

    try:
        async with NoAenter():
            pass
    except TypeError as e:
        print("  TypeError:", e)

    class NoAexit:
        async def __aenter__(self):
            return self

    try:
        async with NoAexit():
            pass
    except TypeError as e:
        print("  TypeError:", e)

    class SyncEnter:
        def __aenter__(self):
            return 1

        async def __aexit__(self, *a):
            pass

    try:
        async with SyncEnter():
            pass
    except TypeError as e:
        print("  TypeError:", e)

    class SyncExit:
        async def __aenter__(self):
            return 1

        def __aexit__(self, *a):
            return None

    try:
        async with SyncExit():
            pass
    except TypeError as e:
        print("  TypeError:", e)

    class Plain:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            pass

    try:
        async with Plain():
            pass
    except TypeError as e:
        print("  TypeError:", e)
    try:
        with Resource("sync"):
            pass
    except TypeError as e:
        print("  TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("  TypeError:", e)


run(protocol_errors())
