# await inside a lambda: SyntaxError "'await' outside async function".
async def main(items):
    key = lambda x: await x
    return sorted(items, key=key)
