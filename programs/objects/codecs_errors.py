# Codec errors as CPython 3.11 reports them: UnicodeEncodeError and
# UnicodeDecodeError with their messages, ranges and reasons, and the
# error handlers strict, ignore, replace, backslashreplace,
# xmlcharrefreplace, surrogateescape and surrogatepass.


def t(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        # The message's byte value is printed apart: 0x.. is normalised.
        print(type(e).__name__ + ":", str(e).replace("0x", "x"))
        print("   ", e.encoding, repr(e.object), e.start, e.end, e.reason, e.args[2:4])
    except Exception as e:
        print(type(e).__name__ + ":", e)


print("-- encode errors")
t(lambda: "aé".encode("ascii"))
t(lambda: "aé€b".encode("ascii"))
t(lambda: "€".encode("latin-1"))
t(lambda: "ÿĀ".encode("latin-1"))
t(lambda: "a😀".encode("ascii"))
t(lambda: "\ud800".encode())
t(lambda: "a\udc80\udc81b".encode("utf-8"))
t(lambda: "\ud800".encode("utf-16"))
t(lambda: "\udfff".encode("utf-16-be"))
t(lambda: "\ud800".encode("utf-32"))
t(lambda: "x\udc00".encode("utf-32-le"))

print("-- decode errors")
t(lambda: b"\xff".decode())
t(lambda: b"ab\x80cd".decode())
t(lambda: b"\xe9abc".decode())
t(lambda: b"\xe9".decode())
t(lambda: b"\xe2\x82".decode())
t(lambda: b"\xe2\x28\xa1".decode())
t(lambda: b"\xe2\x82\x28".decode())
t(lambda: b"\xc0\x80".decode())
t(lambda: b"\xed\xa0\x80".decode())
t(lambda: b"\xe0\x80\x80".decode())
t(lambda: b"\xf0\x80\x80\x80".decode())
t(lambda: b"\xf4\x90\x80\x80".decode())
t(lambda: b"\xf0\x9f\x98".decode())
t(lambda: b"\xf0\x9f\x28\x80".decode())
t(lambda: b"\xf0\x9f\x98\x28".decode())
t(lambda: b"\xf5".decode())
t(lambda: b"a\x80\x81".decode("ascii"))
t(lambda: b"a".decode("utf-16"))
t(lambda: b"a\x00\x00\xd8".decode("utf-16-le"))
t(lambda: b"\x00\xdca\x00".decode("utf-16-le"))
t(lambda: b"\x00\xd8a\x00".decode("utf-16-le"))
t(lambda: b"\xd8\x00\x00".decode("utf-16-be"))
t(lambda: b"abc".decode("utf-32"))
t(lambda: b"\x00\x00\x11\x00".decode("utf-32-le"))
t(lambda: b"\x00\xd8\x00\x00".decode("utf-32-le"))
t(lambda: b"\x00\x00\x00a\x00".decode("utf-32-be"))

print("-- handlers, encoding")
s = "a\xe9\u20ac\U0001f600\udc80b"
for h in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    for enc in ["ascii", "latin-1", "utf-8", "utf-16-le", "utf-32-be"]:
        t(lambda: (h, enc, s.encode(enc, h)))
t(lambda: "a\udc80\udcffb".encode("ascii", "surrogateescape"))
t(lambda: "a\udc80\udcffb".encode("utf-8", "surrogateescape"))
t(lambda: "a\udc80\udcffb".encode("latin-1", "surrogateescape"))
t(lambda: "a\udc7fb".encode("utf-8", "surrogateescape"))
t(lambda: "aé".encode("ascii", "surrogateescape"))
t(lambda: "\ud800x\udfff".encode("utf-8", "surrogatepass"))
t(lambda: "a\ud800b".encode("utf-16-le", "surrogatepass"))
t(lambda: "a\ud800b".encode("utf-16-be", "surrogatepass"))
t(lambda: "a\ud800b".encode("utf-16", "surrogatepass"))
t(lambda: "a\ud800b".encode("utf-32", "surrogatepass"))
t(lambda: "aé".encode("ascii", "surrogatepass"))
t(lambda: "a\ud800".encode("latin-1", "surrogatepass"))

print("-- handlers, decoding")
d = b"a\xff\xe2\x82b\x80"
for h in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    for enc in ["ascii", "utf-8"]:
        t(lambda: (h, enc, d.decode(enc, h)))
t(lambda: b"a\x00\x00\xd8".decode("utf-16-le", "replace"))
t(lambda: b"a\x00\x00\xd8b".decode("utf-16-le", "backslashreplace"))
t(lambda: b"\x00\x00\x11\x00a\x00\x00\x00".decode("utf-32-le", "replace"))
t(lambda: b"abcde".decode("utf-32", "ignore"))
t(lambda: b"\xed\xa0\x80".decode("utf-8", "surrogatepass"))
t(lambda: b"a\xed\xb2\x80b".decode("utf-8", "surrogatepass"))
t(lambda: b"\x00\xd8".decode("utf-16-le", "surrogatepass"))
t(lambda: b"\x00\xd8\x00\x00".decode("utf-32-le", "surrogatepass"))
t(lambda: b"\xff".decode("utf-8", "surrogatepass"))
t(lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"))
t(lambda: b"a\x01\xff".decode("ascii", "surrogateescape"))
t(lambda: b"\xff\xfe\xfd\xfc\xfb\xfa".decode("utf-8", "surrogateescape"))
t(lambda: b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
t(lambda: b"\xe9".decode("latin-1", "strict"))

print("-- the exception objects")
e = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "bad byte")
print(repr(e), e.args, str(e).replace("0x", "x"))
e.start = 0
e.end = 2
e.reason = "changed"
print(str(e), e.start, e.end, e.reason)
e2 = UnicodeEncodeError("ascii", "a\u20ac", 1, 2, "nope")
print(repr(e2), str(e2))
e2.end = 5
print(str(e2))
e3 = UnicodeTranslateError("\U0001f600x", 0, 1, "why")
print(repr(e3), str(e3), e3.encoding, e3.object)
print(str(UnicodeEncodeError("a", "\xff", 0, 1, "r")), str(UnicodeEncodeError("a", "xyz", 5, 6, "r")))
print(UnicodeDecodeError("x", b"by", 0, 1, "r").object, isinstance(e, ValueError), UnicodeError.__mro__[1])
t(lambda: UnicodeDecodeError("a"))
t(lambda: UnicodeDecodeError(1, b"", 0, 0, "r"))
t(lambda: UnicodeDecodeError("a", "s", 0, 0, "r"))
t(lambda: UnicodeDecodeError("a", b"", 0.5, 0, "r"))
t(lambda: UnicodeEncodeError("a", b"", 0, 0, "r"))
t(lambda: UnicodeTranslateError("a", 0, 0))
t(lambda: setattr(e, "start", "x"))
t(lambda: delattr(e, "end"))
t(lambda: UnicodeError("plain").args)
t(lambda: UnicodeError("plain").encoding)
del e.reason
print(e.reason)
try:
    b"\xff".decode()
except ValueError as err:
    print("caught as ValueError:", type(err).__name__, err.__class__.__bases__)
