# SyntaxErrors of statements outside the scope that allows them (nonlocal, return, yield, await, break, global) and of assignment expressions in comprehensions.
SNIPPETS = [
    'nonlocal x\n',
    'def f():\n    nonlocal x\n',
    'return 1\n',
    'class A:\n    return 1\n',
    'yield 1\n',
    'await x\n',
    'def f():\n    await x\n',
    'def f():\n    [await x for x in y]\n',
    'async def f():\n    [(yield x) for x in y]\n',
    '[(yield x) for x in y]\n',
    'def f():\n    [(yield x) for x in y]\n',
    'def f():\n    x = {(yield) for x in y}\n',
    'for x in range(3):\n    pass\nelse:\n    continue\n',
    'break\n',
    'continue\n',
    'def f():\n    break\n',
    'global x\nx = 1\nglobal x\n',
    'def f():\n    x = 1\n    global x\n',
    'def f(a):\n    global a\n',
    'def f():\n    global x\n    nonlocal x\n',
    'def f():\n    print(x)\n    global x\n',
    'x = [y := 1 for y in z]\n',
    '[i for i in (j := range(3))]\n',
    '[i := 0 for i, j in y]\n',
    '[(j := 1) for i in range(3) for j in range(3)]\n',
    'class A:\n    [(x := 1) for y in z]\n',
    '[[(j := j) for i in range(5)] for j in range(5)]\n',
    'def f():\n    async for x in y: pass\n',
    'def f():\n    async with x: pass\n',
    'async with x: pass\n',
    'async def f():\n    yield from x\n',
    'def f():\n    return [x async for x in y]\n',
    'return *a\n',
    'class A:\n    def f(self):\n        nonlocal __class__\n',
]

for src in SNIPPETS:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    else:
        print(repr(src), "compiles")
