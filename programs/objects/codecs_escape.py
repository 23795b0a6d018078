# The unicode_escape and raw_unicode_escape codecs as CPython 3.11's:
# encoding to a literal's escapes, decoding them (octal, \x, \u, \U, line
# continuations) and their errors under strict, replace and other handlers.
def t(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__ + ":", str(e).replace("0x", "x"), e.start, e.end)
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: "a\u00e9\u20ac\U0001f600\\\t\n\r\x01\x7f'\"".encode("unicode_escape"))
t(lambda: "a\u00e9\u20ac\U0001f600\\".encode("raw_unicode_escape"))
t(lambda: "x".encode("unicode-escape"))
t(lambda: b"\\n\\x41\\u20ac\\U0001F600\\101\\0\\t\\\\\\'\\\"\\a\\b\\f\\v\\r".decode("unicode_escape"))
t(lambda: b"line\\\ncontinued \xe9".decode("unicode_escape"))
for d in [b"abc\\", b"\\x4", b"\\xzz", b"\\u12", b"\\U0011", b"\\U00110000", b"a\\u20"]:
    t(lambda: d.decode("unicode_escape"))
    t(lambda: d.decode("unicode_escape", "replace"))
t(lambda: b"\\xzz\\x41".decode("unicode_escape", "backslashreplace"))
for d in [b"\\u20acx", b"\\\\u20ac", b"\\x41", b"ab\\", b"\\u12", b"\\U00110000", b"\xe9", b"\\U0001f600"]:
    t(lambda: d.decode("raw_unicode_escape"))
t(lambda: b"\\u12z".decode("raw_unicode_escape", "ignore"))
t(lambda: r"C:\new\table".encode().decode("unicode_escape"))
t(lambda: "tab\there".encode("unicode_escape").decode("unicode_escape"))
import codecs
t(lambda: (codecs.lookup("unicode_escape").name, codecs.lookup("raw-unicode-escape").name))
t(lambda: codecs.decode(b"\\x41", "unicode_escape"))
