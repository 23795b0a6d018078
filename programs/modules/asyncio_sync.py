# asyncio synchronization: an Event releasing waiters, a Lock serializing
# a critical section, a Semaphore limiting concurrency, a Condition with
# notify, wait() with FIRST_COMPLETED, as_completed, and an async
# generator left unfinished that asyncio.run closes at the end.
import asyncio


async def waiter(event, name):
    print(f"{name} waiting")
    await event.wait()
    print(f"{name} released")


async def use_lock(lock, name, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.1)
        log.append(f"{name} out")


async def limited(sem, name, active, peak):
    async with sem:
        active.append(name)
        peak.append(len(active))
        await asyncio.sleep(0.1)
        active.remove(name)


async def ticks(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.05)
            yield i
    finally:
        print("ticks closed")


async def main():
    event = asyncio.Event()
    print(event.is_set())
    waiters = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.1)
    print("setting")
    event.set()
    await asyncio.gather(*waiters)
    await event.wait()
    print("set:", event.is_set())

    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(use_lock(lock, n, log) for n in "abc"))
    print(log, lock.locked())

    sem = asyncio.Semaphore(2)
    active, peak = [], []
    await asyncio.gather(*(limited(sem, i, active, peak) for i in range(5)))
    print("peak concurrency:", max(peak), peak)
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            print(name, "consumed", items.pop(0))

    consumers = [asyncio.create_task(consumer(f"c{i}")) for i in range(2)]
    await asyncio.sleep(0)
    for x in ("x", "y"):
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0.01)
    await asyncio.gather(*consumers)

    tasks = [asyncio.create_task(asyncio.sleep(d, result=d)) for d in (0.3, 0.1, 0.2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first done:", [t.result() for t in done], "pending:", len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))

    for coro in asyncio.as_completed([asyncio.sleep(d, result=d) for d in (0.3, 0.1, 0.2)]):
        print("as_completed:", await coro)

    async for i in ticks(10):
        print("tick", i)
        if i == 2:
            break
    print("left the loop")
    gen = ticks(5)
    print("first:", await gen.__anext__())
    print("main ends with the generator suspended")


asyncio.run(main())
print("after run")
