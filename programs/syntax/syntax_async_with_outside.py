# async with in a plain def: SyntaxError "'async with' outside async function".
def locked(lock):
    async with lock:
        return 1
