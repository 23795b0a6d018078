async def simple(x):
    y = await x
    return y + await x


async def loops(xs, lock):
    async for i in xs:
        if i:
            continue
        if i is None:
            break
        await i
    else:
        pass
    async with lock as l, lock:
        await l
    async with lock:
        return 1


async def agen(n):
    for i in range(n):
        x = yield i
        await x
    async for j in n:
        yield j


async def comps(xs):
    a = [x async for x in xs]
    b = {x: await x for x in xs}
    c = (x async for x in xs if await x)
    d = {await y async for x in xs async for y in x if y}
    e = (await x for x in xs)
    return a, b, c, d, e


async def unwinds(cm, it):
    try:
        async with cm:
            return await cm
    finally:
        async for x in it:
            break


class C:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        await self


def outer():
    async def inner():
        return await outer
    return inner
