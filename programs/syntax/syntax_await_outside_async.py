# await in a plain def: SyntaxError "'await' outside async function".
def fetch(source):
    data = await source.read()
    return data
