# An exception raised deep in a chain of awaits, uncaught: the traceback
# lists the driver, then each coroutine at its await, with 3.11's markers.


class Pause:
    def __await__(self):
        yield


async def parse(text):
    await Pause()
    return int(text)


async def load(items):
    total = 0
    for item in items:
        total += await parse(item)
    return total


async def main():
    print("loading")
    result = await load(["1", "2", "x3"])
    print("never", result)


def run(coro):
    while True:
        coro.send(None)


run(main())
