# SyntaxErrors of the tokenizer (bad literals and characters, brackets, line continuations, indentation) and of a line's NEWLINE after a comment: message, location and text as CPython's compile() gives them; a number before a keyword only warns (a SyntaxWarning).
SNIPPETS = [
    'x = 0777\n',
    'x = 0_7\n',
    'x = 1_\n',
    'x = 0b2\n',
    'x = 0x\n',
    'x = 1e\n',
    'x = 1__0\n',
    'x = 09.5j_\n',
    'x = 0o8\n',
    'x = 0b1_\n',
    'x = 5abc\n',
    'x = 1.e\n',
    'x = 1\xe9\n',
    'x = )\n',
    'x = (]\n',
    'x = [\n]]\n',
    "'''abc\n",
    "'abc\n",
    'x = \u20ac\n',
    'x = \x01\n',
    'x = \x7f\n',
    'x = $\n',
    'x = 1 ? 2\n',
    'x = 1 ` 2\n',
    'x = a\\ b\n',
    'x = 1\\\n',
    'x = 1 \\\n',
    'if x:\n\ta\n        b\n',
    'if x:\n    a\n  b\n',
    'x = 1 +  # comment\n',
    'if x  # comment\n    pass\n',
    'x = "\\x4"  # comment\n',
    'x = 1 +  # no newline at the end',
    'x = b"\\xzz"\n',
    'x = 1if 1 else 2\n',
    'x <> 1\n',
    'print(1 <> 2)\n',
    'from __future__ import barry_as_FLUFL\nx <> 1\n',
    'f"{x:<>10}"\n',
]

for src in SNIPPETS:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    else:
        print(repr(src), "compiles")

