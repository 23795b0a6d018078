# SyntaxErrors of invalid targets in for statements, comprehensions and with items: message and location as CPython's compile() gives them.
SNIPPETS = [
    'for x if c else y in z:\n    pass\n',
    'for x if c else y in z: pass\n',
    'for f() in y: pass\n',
    'for 1 in y: pass\n',
    'for a, b() in y: pass\n',
    'for (a, 1) in y: pass\n',
    'for x + 1 in y: pass\n',
    'for *a in y: pass\n',
    'for a.b in y: pass\n',
    'for a < b in y: pass\n',
    "for [a, (b, 'c')] in y: pass\n",
    'for x in y if z: pass\n',
    'for x in *a: pass\n',
    'async def g():\n    async for x if c else y in z: pass\n',
    'with a as f(): pass\n',
    'with a as 1: pass\n',
    'with a as (b, c()): pass\n',
    'with a as b + 1: pass\n',
    'with (a as f()): pass\n',
    '[x for f() in y]\n',
    '[x for 1 in y]\n',
    '[x for a if b else c in y]\n',
    '{x: y for f() in z}\n',
    '{x for (a, b + 1) in z}\n',
    '(x for x + 1 in y)\n',
    '[x for x in y if z for a() in b]\n',
    '[x for lambda: 1 in y]\n',
]

for src in SNIPPETS:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    else:
        print(repr(src), "compiles")
