# return with a value in an async generator: SyntaxError "'return' with value in async generator".
async def ticks(n):
    for i in range(n):
        yield i
    return n
