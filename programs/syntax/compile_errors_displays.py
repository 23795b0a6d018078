# SyntaxErrors of dict displays (a key without ':', no value, a starred value, ** in a comprehension) and of a try block without except or finally: message and location as CPython's compile() gives them.
SNIPPETS = [
    'try:\n    pass\n',
    'try:\n    pass\nx = 1\n',
    'try:\n    pass\n\nelse:\n    pass\n',
    'try: pass\nx=1\n',
    'try: pass\n',
    'x = {1: 2, 3}\n',
    'x = {1: 2, abc}\n',
    'x = {1: 2, 3:}\n',
    'x = {1:}\n',
    'x = {1:, 2: 3}\n',
    'x = {a: *b}\n',
    'x = {a: *b + c, d: 1}\n',
    'x = {1: 2, a: *b}\n',
    'x = {**a for a in b}\n',
    'x = {1: 2, **a for a in b}\n',
]

for src in SNIPPETS:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    else:
        print(repr(src), "compiles")
