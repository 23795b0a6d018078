# asyncio producer/consumer with a bounded Queue: put waits while full,
# get while empty, task_done/join, two workers taking turns, cancelling
# the workers at the end (the classic asyncio.Queue tutorial program).
import asyncio


async def producer(queue, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        item = f"item-{i}"
        await queue.put(item)
        print(f"produced {item} (size {queue.qsize()})")
    print("producer done")


async def worker(name, queue, results):
    while True:
        item = await queue.get()
        print(f"{name} got {item}")
        await asyncio.sleep(0.25)
        results.append((name, item))
        queue.task_done()
        print(f"{name} done with {item}")


async def main():
    queue = asyncio.Queue(maxsize=2)
    print(queue, queue.maxsize, queue.empty(), queue.full())
    results = []
    workers = [asyncio.create_task(worker(f"worker-{i}", queue, results)) for i in range(2)]
    await producer(queue, 6, 0.1)
    await queue.join()
    print("all items processed:", len(results))
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print([type(o).__name__ for o in outcome])
    print(results)

    # Fast producer, slow consumer: put() waits while the queue is full.
    q = asyncio.Queue(maxsize=1)

    async def fast():
        for i in range(3):
            print("putting", i)
            await q.put(i)
            print("put", i)
        await q.put(None)

    async def slow():
        while (item := await q.get()) is not None:
            print("took", item)
            await asyncio.sleep(0.1)

    await asyncio.gather(fast(), slow())

    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    small = asyncio.Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    print(small)
    try:
        small.task_done()
        small.task_done()
    except ValueError as e:
        print("ValueError:", e)

    pq = asyncio.PriorityQueue()
    for p in (3, 1, 2):
        await pq.put((p, f"p{p}"))
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for v in "abc":
        lq.put_nowait(v)
    print([await lq.get() for _ in range(3)])


asyncio.run(main())
