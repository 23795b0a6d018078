# Invalid escape sequences in f-strings warn as in plain literals (3.11's DeprecationWarning, once per literal piece, at the f-string's first line); under an "error" filter the SyntaxError spans the whole f-string
import warnings

SOURCES = [
    "x = 1\nb = f'\\d{x}'\n",
    "x = 1\nb = f'{x}\\w'\n",
    "x = 1\nb = f'\\d{x}\\d\\e{{\\d\\e}}\\q{x:\\g{x}\\h}'\n",
    "x = 1\nb = f'''\n{x}\n\\k'''\n",
    "x = 1\nc = f'{x}' '\\j' f'\\k' b'' if 0 else 0\n",
    "x = 1\nc = f'{x}' '\\j' f'\\k'\n",
    "x = 1\nd = rf'\\d{x}' + fr'\\s'\n",
    "x = 1\ne = f'\\t{x!r:>5}\\777'\n",
    "x = 1\ne = f'{x}' '\\8' f'\\{x}'\n",
    "x = 1\nf = b'\\q' + '\\d'\n",
    "x = 1\ng = f'\\{x}' f'a\\{x}b' f'\\{{' f'x\\}}' f'\\d\\{x}'\n",
]

for src in SOURCES:
    print(repr(src))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src, "<fs>", "exec")
        except SyntaxError as e:
            print("  SyntaxError", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    for w in caught:
        print("  ", w.category.__name__, w.message, w.filename, w.lineno)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, "<fs>", "exec")
        except SyntaxError as e:
            print("  error:", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
            if e.lineno == e.end_lineno:
                print("  text:", repr(e.text))

x = 7
print(f'\d{x}\\', f'{x}\w', len(f'\q{{\z}}'), f'\{x}', f'a\{x}b', f'\{{', f'x\}}', f'\d\{x}')
