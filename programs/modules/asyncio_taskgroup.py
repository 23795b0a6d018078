# asyncio 3.11: TaskGroup running tasks to the end of its block, a failing
# task cancelling its siblings (the errors come out in an exception group),
# asyncio.timeout cancelling a slow block as TimeoutError.
import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("one", 0.2))
        t2 = tg.create_task(job("two", 0.1), name="second")
        print("tasks started", t2.get_name())
    print("group done:", t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("ok", 0.1))
            tg.create_task(job("bad", 0.2, fail=True))
            tg.create_task(job("slow", 1.0))
            await asyncio.sleep(5)
            print("never")
    except BaseExceptionGroup as eg:
        print("the group failed:", eg.args[0])

    try:
        async with asyncio.timeout(0.5) as cm:
            print("timeout pending:", cm.expired())
            await asyncio.sleep(2)
    except TimeoutError:
        print("timed out; expired:", cm.expired())

    async with asyncio.timeout(1):
        await asyncio.sleep(0.1)
    print("within the timeout")

    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())


asyncio.run(main())
