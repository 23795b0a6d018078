# compile() of bytes that are not UTF-8 where the tokenizer decodes them (str literals, f-strings, names) and where it does not (comments); offsets in bytes without a declared encoding.
CASES = [
    b'x = "a\xffb"\n',
    b'# coding: utf-8\nx = "a\xffb"\n',
    b'\xef\xbb\xbfx = "a\xffb"\n',
    b'# coding: utf-8\nx = "abc\xff\xfed" + 1\n',
    b'# coding: utf-8\nx = "\xc3\xa9\\t\xe2\x82x"\n',
    b'# coding: utf-8\nx = r"\xc3\xa9\xe2\x82"\n',
    b'# coding: utf-8\nx = "\xf0\x9f\x98"\n',
    b'# coding: utf-8\nx = "\xed\xa0\x80"\n',
    b'# coding: utf-8\nx = "\xc0\x80"\n',
    b'# coding: utf-8\nx = ("ok"\n     "a\xff")\n',
    b'# coding: utf-8\nx = b"a\xffb"\n',
    b'# coding: utf-8\nx = f"a\xffb{1}"\n',
    b'# coding: utf-8\nx = rf"{1}a\xffb"\n',
    b'# coding: utf-8\nx\xff = 1\n',
    b'# coding: utf-8\nx = 1 \xff 2\n',
    b'# coding: utf-8\nif True:\n    na\xc3\xa9me\xff = 2\n',
    b'# coding: utf-8\nx = 1\xff\n',
    b'# coding: utf-8\nx = 1  # \xff\nprint(x +)\n',
    b'x = 1  # \xff\ny = (\n',
    b'x = "\xc3\xa9\\x4"\n',
    b'x = "\xc3\xa9" +\n',
    b'\xc3\xa9\xc3\xa9 = (1 +\n',
    '# coding: utf-8\nx = "é" +\n'.encode(),
    '\ufeffx = "é" +\n'.encode(),
]
for src in CASES:
    try:
        compile(src, "<bytes>", "exec")
    except SyntaxError as e:
        print(src)
        print("   ", repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    else:
        print(src, "compiles")

ns = {}
exec(b"# coding: utf-8\nx = 'fine'  # caf\xe9\n", ns)
print(ns["x"])

# A str is compiled from its UTF-8, which a lone surrogate cannot have.
for src in ['x = "\udcff"\n', 'x = 1\ny = "\udcff\udcfe" + "\ud800"\n']:
    try:
        compile(src, "<str>", "exec")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.start, e.end, e.reason)
