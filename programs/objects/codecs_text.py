# str.encode / bytes.decode with codec names normalised as CPython 3.11
# does (utf-8, u8, latin-1, iso-8859-1, us-ascii, utf-16/32 and their -le
# and -be forms, utf-8-sig), byte order marks, and the lookup errors.


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = "aé€😀"
for name in ["utf-8", "UTF-8", "utf8", "U8", "UTF_8", " utf 8 ", "utf", "cp65001", "utf-8-sig", "UTF8-SIG"]:
    t(lambda: (name, s.encode(name), s.encode(name).decode(name)))
for name in ["latin-1", "latin1", "Latin_1", "iso-8859-1", "ISO8859-1", "l1", "8859", "cp819", "latin"]:
    t(lambda: (name, "aé\xff".encode(name), b"a\xe9\xff".decode(name)))
for name in ["ascii", "US-ASCII", "646", "us", "ANSI_X3.4-1968", "iso646-us", "cp367"]:
    t(lambda: (name, "abc".encode(name), b"abc".decode(name)))
for name in ["utf-16", "utf16", "u16", "utf-16-le", "UTF-16LE", "utf_16_be", "utf-16be", "UnicodeLittleUnmarked"]:
    t(lambda: (name, s.encode(name), s.encode(name).decode(name)))
for name in ["utf-32", "U32", "utf-32-le", "utf_32le", "utf-32-be", "UTF-32BE"]:
    t(lambda: (name, s.encode(name), s.encode(name).decode(name)))

t(lambda: b"\xff\xfea\x00".decode("utf-16"))
t(lambda: b"\xfe\xff\x00a".decode("utf-16"))
t(lambda: b"a\x00".decode("utf-16"))
t(lambda: b"\xff\xfea\x00".decode("utf-16-le"))
t(lambda: b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32"))
t(lambda: b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32"))
t(lambda: b"\xef\xbb\xbfabc".decode("utf-8"))
t(lambda: b"\xef\xbb\xbfabc".decode("utf-8-sig"))
t(lambda: b"abc".decode("utf-8-sig"))
t(lambda: "".encode("utf-16"))
t(lambda: "".encode("utf-32"))
t(lambda: b"".decode("utf-16"))
t(lambda: "x".encode())
t(lambda: "x".encode(encoding="ascii", errors="strict"))
t(lambda: b"x".decode(errors="ignore"))
t(lambda: "€".encode("utf-8").decode("latin-1"))
t(lambda: "abc".encode("utf-16-le").hex())
t(lambda: str(b"abc", "ascii"))
t(lambda: str(b"a\xffb", "utf-8", "replace"))
t(lambda: str(b"abc", errors="strict"))
t(lambda: str(bytearray(b"x") if False else b"x", encoding="utf-8"))
t(lambda: bytes("é€", "utf-8"))
t(lambda: bytes("é", "latin-1"))
t(lambda: bytes("é", "ascii", "ignore"))
t(lambda: bytes("é", encoding="ascii", errors="replace"))

t(lambda: "a".encode("x"))
t(lambda: b"a".decode("no-such-codec"))
t(lambda: "a".encode("hex"))
t(lambda: "a".encode("rot13"))
t(lambda: b"a".decode("base64"))
t(lambda: b"a".decode("Base64"))
t(lambda: "a".encode("uu"))
t(lambda: "a".encode(1))
t(lambda: "a".encode("ascii", 1))
t(lambda: "a".encode(errors=None))
t(lambda: "a".encode("utf\x008"))
t(lambda: "a".encode("ascii", "strict\x00"))
t(lambda: "a".encode(foo="x"))
t(lambda: str(1, "ascii"))
t(lambda: str("a", "ascii"))
t(lambda: str(b"a", 1))
t(lambda: b"a".decode(None))
t(lambda: "a".encode("ascii", "no-such-handler"))
t(lambda: b"a".decode("ascii", "no-such-handler"))
