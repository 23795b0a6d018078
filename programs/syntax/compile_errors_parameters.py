# SyntaxErrors of function parameters and call arguments (defaults, '/', '*', unpacking order, keywords): message and location as CPython's compile() gives them.
SNIPPETS = [
    'f(**x, *y)\n',
    'f(**x, y)\n',
    'f(a=1, b)\n',
    'f(a for a in b, c)\n',
    'f(a, b for b in c)\n',
    'f(*a = 1)\n',
    'f(a.b=1)\n',
    'f(a=1, a=2)\n',
    'f(None=1)\n',
    'f(True=1)\n',
    'f(**)\n',
    'f(a, *b, c=1, **d, e)\n',
    'def f(a=1, b): pass\n',
    'def f(a=1, /, b): pass\n',
    'def f(*, a=1, b): pass\n',
    'def f(*): pass\n',
    'def f(**k, a): pass\n',
    'def f(*a, *b): pass\n',
    'def f(a, a): pass\n',
    'def f(a, *, a): pass\n',
    'def f(None): pass\n',
    'def f(__debug__): pass\n',
    'def f(x := 1): pass\n',
    'def f(a, b=1, /, c): pass\n',
    'def f(a, /, b, /): pass\n',
    'def f(*, /): pass\n',
    'def f(a, *, b, /): pass\n',
    'def f(**a, /): pass\n',
    'def f(*, **a): pass\n',
    'def f(a, *, *b): pass\n',
    'def f(a b): pass\n',
    'def f(*a=1): pass\n',
    'def f(**a=1): pass\n',
    'def f(*a: int = 1): pass\n',
    'def f(/): pass\n',
    'def f(/,): pass\n',
    'def f(/, a): pass\n',
    'lambda /: 0\n',
    'lambda /, a: 0\n',
    'lambda *a=1: 0\n',
    'lambda **a=1: 0\n',
    'lambda *, a, *: 0\n',
    'lambda *, a, *,: 0\n',
    'def f(*, a, *): pass\n',
    'def f(*, a, *,): pass\n',
    'lambda a=1, b: 0\n',
    'lambda a, a: 0\n',
    'lambda *a, *b: 0\n',
    'lambda **a, b: 0\n',
    'lambda *: 0\n',
    'lambda *, **a: 0\n',
    'class A(metaclass=1, 2): pass\n',
]

for src in SNIPPETS:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    else:
        print(repr(src), "compiles")
