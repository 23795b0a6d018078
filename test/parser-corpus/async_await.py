# async def, await, async for / with, async comprehensions
@deco
async def f(a, *, b=1) -> int:
    """doc"""
    x = await a
    y = await a.b(c)[0] ** 2
    z = -await g()
    await (yield)
    async for i, j in pairs():
        print(i)
    else:
        pass
    async with a as b, c() as (d, e):
        pass
    async with (a as b, c):
        pass
    r = [i async for i in aiter() if await i]
    s = {i: j async for i in x for j in await y}
    t = (await i for i in x)
    u = {await i async for i in x}
    return await z


async def gen():
    yield 1
    x = yield
    await asleep(0)


class C:
    async def m(self):
        return await self.n()

    async def __aenter__(self):
        return self


await_ = 1
async_ = await_
