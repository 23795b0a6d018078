# Exceptions and cancellation in asyncio tasks: gather propagating the
# first exception or returning them all, task.exception(), a task's
# exception never retrieved (logged when the task is released), cancel()
# and CancelledError inside the task, wait_for's timeout, shield.
import asyncio


async def fail(delay, msg):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def succeed(delay, value):
    await asyncio.sleep(delay)
    return value


async def main():
    try:
        await asyncio.gather(succeed(0.1, 1), fail(0.2, "boom"), succeed(0.3, 3))
    except ValueError as e:
        print("gather raised:", repr(e))

    results = await asyncio.gather(succeed(0.1, 1), fail(0.2, "bad"), succeed(0.3, 3), return_exceptions=True)
    print("return_exceptions:", results)

    task = asyncio.create_task(fail(0.1, "stored"))
    await asyncio.sleep(0.2)
    print(task.done(), task.cancelled(), repr(task.exception()))
    print(task)
    try:
        task.result()
    except ValueError as e:
        print("result() raised:", e)

    # Nobody looks at this one's exception: it is logged when the task goes.
    asyncio.create_task(fail(0.1, "never retrieved"))
    await asyncio.sleep(0.2)
    print("after the unretrieved failure")

    async def long_job():
        try:
            print("long job starts")
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("long job cancelled")
            raise
        finally:
            print("long job cleanup")

    job = asyncio.create_task(long_job())
    await asyncio.sleep(0.1)
    print("cancel:", job.cancel("stop now"))
    try:
        await job
    except asyncio.CancelledError as e:
        print("awaiting it raised CancelledError", e.args)
    print(job.cancelled(), job.done(), job.cancel())
    print(job)

    try:
        await asyncio.wait_for(succeed(1, "slow"), timeout=0.5)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print(await asyncio.wait_for(succeed(0.1, "fast"), timeout=0.5))
    print(asyncio.TimeoutError is TimeoutError)

    inner = asyncio.create_task(succeed(0.3, "shielded result"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.1)
    except TimeoutError:
        print("timed out, inner cancelled?", inner.cancelled())
    print(await inner)

    async def swallow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed the cancellation")
        return "kept going"

    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_exception(KeyError("k"))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        await fut
    except KeyError as e:
        print("awaited future raised", repr(e))


asyncio.run(main())
print("done")
