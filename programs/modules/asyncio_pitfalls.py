# Common asyncio mistakes and what CPython says about them: a coroutine
# called without await (the RuntimeWarning when it is dropped), run()
# given something that is not a coroutine, run() inside a running loop,
# get_running_loop() outside one, a task awaited twice, a blocking
# wait for a future that another task resolves.
import asyncio


async def fetch(n):
    await asyncio.sleep(0.1)
    return n * 2


async def forgetful():
    fetch(1)  # never awaited: a warning when the coroutine object goes
    print("forgot to await")
    return await fetch(2)


print(asyncio.run(forgetful()))

try:
    asyncio.run(fetch)
except ValueError as e:
    print("ValueError:", e)

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)


async def nested():
    coro = fetch(3)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    return await coro


print(asyncio.run(nested()))


async def twice():
    task = asyncio.create_task(fetch(5))
    first = await task
    second = await task
    return first, second, task.done()


print(asyncio.run(twice()))


async def handoff():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    async def resolver():
        await asyncio.sleep(0.2)
        fut.set_result("resolved")

    asyncio.create_task(resolver())
    return await fut


print(asyncio.run(handoff()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(fetch(21)), loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(fetch(1))
except RuntimeError as e:
    print("RuntimeError:", e)
