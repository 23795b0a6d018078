# The Python 2 print and exec statements: CPython's 'Missing parentheses in call to ...' SyntaxError and its span.
SNIPPETS = [
    "print 'x'\n",
    'print "x"\n',
    'print x\n',
    'print x, y\n',
    'print x, y,\n',
    "exec 'x'\n",
    'exec code in ns\n',
    'print -1\n',
    "x = print 'x'\n",
    "if True:\n    print 'indented', 1\n",
    "print f'{x}'\n",
    "printx 'x'\n",
]

for src in SNIPPETS:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    else:
        print(repr(src), "compiles")
