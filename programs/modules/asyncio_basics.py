# asyncio basics: sequential awaits versus tasks running concurrently,
# gather keeping the order of its arguments, task names and reprs, the
# running loop's clock, sleep's result, current_task, asyncio.run's value.
import asyncio


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print("started")
    await say_after(1, "hello")
    await say_after(2, "world")
    print(f"sequential: {loop.time() - start:.1f}s")

    start = loop.time()
    task1 = asyncio.create_task(say_after(1, "hello"))
    task2 = asyncio.create_task(say_after(2, "world"), name="second")
    print(task1)
    print(task2.get_name(), task1.done())
    await task1
    await task2
    print(task1)
    print(task1.result(), task2.result())
    print(f"concurrent: {loop.time() - start:.1f}s")

    results = await asyncio.gather(say_after(0.3, "c"), say_after(0.1, "a"), say_after(0.2, "b"))
    print(results)

    print(await asyncio.sleep(0.1, result="slept"))
    print(asyncio.current_task().get_name())

    order = []

    async def ticker(name, n):
        for i in range(n):
            order.append(f"{name}{i}")
            await asyncio.sleep(0)

    await asyncio.gather(ticker("a", 3), ticker("b", 2), ticker("c", 1))
    print(order)

    fut = loop.create_future()
    print(fut, fut.done())
    loop.call_later(0.5, fut.set_result, 42)
    loop.call_soon(print, "call_soon runs first")
    print("future result:", await fut)
    print(fut)
    return "main result"


print(asyncio.run(main()))
print(asyncio.run(asyncio.sleep(0, "again")))
