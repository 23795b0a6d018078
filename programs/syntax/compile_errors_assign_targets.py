# SyntaxErrors of invalid assignment and deletion targets and misplaced starred expressions: message and location as CPython's compile() gives them.
SNIPPETS = [
    '*a = 1\n',
    'a, *b, *c = 1\n',
    'del f()\n',
    'del 1\n',
    'del a + 1\n',
    'del (a, f())\n',
    'del *a\n',
    'a + 1 = 2\n',
    'f() = 1\n',
    'a + 1 += 2\n',
    '(a, b) += 1\n',
    '[a, b] += 1\n',
    '(a, b): int\n',
    '[a]: int\n',
    'f(): int\n',
    '(a := 1) = 2\n',
    'a := 1\n',
    '(a.b := 1)\n',
    '(a[0] := 1)\n',
    'None = 1\n',
    'True = 1\n',
    '__debug__ = 1\n',
    'x.None = 1\n',
    'a if b else c = 1\n',
    '-a = 1\n',
    'not a = 1\n',
    'a and b = 1\n',
    'a < b = 1\n',
    "'s' = 1\n",
    '1 = x\n',
    '... = 1\n',
    "f'{x}' = 1\n",
    '{a: b} = 1\n',
    '{a} = 1\n',
    '[x for x in y] = 1\n',
    'lambda: 1 = 1\n',
    'await x = 1\n',
    '(yield) = 1\n',
    'x = *a\n',
    'print(*a if b else c)\n',
    'x: int = *a\n',
    'x += *a, b\n',
    'x = (1, 2,, 3)\n',
]

for src in SNIPPETS:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    else:
        print(repr(src), "compiles")
