# Coroutines driven by hand: send(None) until StopIteration, await chains,
# __await__ iterators, a tiny round-robin scheduler, throw() and close(),
# coroutine attributes and reprs, and the errors of misuse.
async def add(a, b):
    return a + b


async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y


def run(coro):
    """Drive a coroutine that never really suspends."""
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")


print("compute:", run(compute()))

c = compute()
print(type(c).__name__, c.__name__, c.__qualname__)
print("running:", c.cr_running, "suspended:", c.cr_suspended, "await:", c.cr_await)
print("code:", c.cr_code.co_name, c.cr_origin)
print("frame:", c.cr_frame.f_code.co_name)
print(repr(c).startswith("<coroutine object compute at 0x"))
print(run(c))
print("frame after:", c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


class Suspend:
    """An awaitable that suspends once, handing `tag` to the driver."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        sent = yield self.tag
        return (self.tag, sent)


async def worker(name, n):
    total = 0
    for i in range(n):
        tag, sent = await Suspend(f"{name}:{i}")
        total += sent
    return f"{name} total {total}"


w = worker("w", 3)
print(w.send(None))
print("await is", type(w.cr_await).__name__, "suspended:", w.cr_suspended)
print(w.send(10))
print(w.send(20))
try:
    w.send(30)
except StopIteration as e:
    print("finished:", e.value)


def scheduler(coros):
    """Round-robin: each task runs until it suspends, in order."""
    ready = [(coro, None) for coro in coros]
    results = {}
    step = 0
    while ready:
        coro, value = ready.pop(0)
        try:
            what = coro.send(value)
            print("  step", step, coro.__name__, "->", what)
            ready.append((coro, step))
        except StopIteration as e:
            results[coro.__qualname__] = e.value
            print("  step", step, coro.__name__, "done:", e.value)
        step += 1
    return results


async def task_a():
    a = await Suspend("a1")
    b = await Suspend("a2")
    return a[1] + b[1]


async def task_b():
    r = await Suspend("b1")
    return r[1] * 100


print(scheduler([task_a(), task_b()]))


# __await__ of a coroutine is a coroutine_wrapper that drives it.
async def inner():
    v = await Suspend("in")
    return v


co = inner()
wrapper = co.__await__()
print(type(wrapper).__name__, iter(wrapper) is wrapper)
print(next(wrapper))
try:
    wrapper.send("x")
except StopIteration as e:
    print("wrapper done:", e.value)


# throw() and close() reach the await point.
async def guarded():
    try:
        await Suspend("g")
    except ValueError as e:
        print("caught", repr(e))
        return "recovered"
    finally:
        print("guarded finally")


g = guarded()
g.send(None)
try:
    g.throw(ValueError("boom"))
except StopIteration as e:
    print("throw result:", e.value)

g = guarded()
g.send(None)
print("close:", g.close())
print("closed frame:", g.cr_frame)


async def ignores():
    while True:
        try:
            await Suspend("i")
        except GeneratorExit:
            print("ignoring GeneratorExit")


ig = ignores()
ig.send(None)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)
del ig

# Misuse.
fresh = add(1, 2)
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
print(run(fresh))

try:
    for x in add(1, 2):
        pass
except TypeError as e:
    print("TypeError:", e)




class NotAwaitable:
    pass


async def bad_await():
    await NotAwaitable()


try:
    run(bad_await())
except TypeError as e:
    print("TypeError:", e)


class BadAwait:
    def __await__(self):
        return 5


async def bad_await2():
    await BadAwait()


try:
    run(bad_await2())
except TypeError as e:
    print("TypeError:", e)


async def raises_stop():
    raise StopIteration(1)


try:
    run(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


async def awaiter(co):
    return await co


shared = worker("s", 1)
outer1 = awaiter(shared)
outer1.send(None)
try:
    awaiter(shared).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
outer1.close()
print("shared:", shared.cr_frame)
