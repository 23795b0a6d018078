# yield from in an async def: SyntaxError "'yield from' inside async function".
async def relay(items):
    yield from items
