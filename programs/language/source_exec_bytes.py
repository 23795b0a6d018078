# exec() and compile() of bytes read a BOM and a coding cookie as the string tokenizer does, with its SyntaxErrors.
exec(b"\xef\xbb\xbfprint('bom ok')")
exec(b"# coding: latin-1\nprint('\xe9', len('\xe9\xe8'))")
exec(b"#!python\n# -*- coding: iso-8859-1 -*-\nprint('line 2 \xe0')")
exec(b"# coding=utf8\nprint('caf\xc3\xa9')")
exec("# coding: latin-1\nprint('str ignores the cookie: \xe9')")
code = compile(b"# coding: latin-1\nx = '\xfc'\n", "f.py", "exec")
ns = {}
exec(code, ns)
print(ns["x"], code.co_filename)
print(eval(b"# coding: latin-1\n'\xff'"))
for src, name in [
    (b"# coding: foo\nx = 1", "<string>"),
    (b"# coding: foo", "a.py"),
    (b"\xef\xbb\xbf# coding: latin-1\n", "b.py"),
    (b"\xef\xbb\xbf# coding: ascii\n", "b.py"),
    (b"# coding: US_ascii\nprint('\xe9')", "c.py"),
    (b"# vim:fileencoding=ascii\n\n\nx = '\x80'\n", "d.py"),
]:
    try:
        compile(src, name, "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.args, e.lineno, e.offset, e.text)
try:
    exec(b"# coding: bogus\n")
except SyntaxError as e:
    print(repr(e))
exec(b"\n\n# coding: latin-1\nprint('cookie on line 3 is ignored: ' + repr('\xc3\xa9'))")
exec(b"x = 1\n# coding: latin-1\nprint('not after code: ' + repr('\xc3\xa9'))")
exec(b"#\xff\n# coding: latin-1\nprint('strings skip the check of line 1')")
exec(b"# coding: unknown")
