# An async comprehension in a plain def: SyntaxError "asynchronous comprehension outside of an asynchronous function".
def collect(stream):
    return [x async for x in stream]
