# async for in a plain def: SyntaxError "'async for' outside async function".
def consume(stream):
    total = 0
    async for chunk in stream:
        total += chunk
    return total
