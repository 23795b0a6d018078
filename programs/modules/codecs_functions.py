# _codecs' functions as CPython 3.11's: consumed counts of the stateful
# decoders (final or not), utf_16/32_ex_decode's byte order, charmap
# codecs with tables, dicts and EncodingMap, escape_encode/decode,
# readbuffer_encode, their argument errors, and codecs.encode/decode
# wrapping a codec's error ("encoding with 'x' codec failed").
import _codecs
import codecs
import warnings

print(_codecs.utf_8_decode(b"ab\xe2\x82"), _codecs.utf_8_decode(b"ab\xe2\x82", "replace", True))
print(_codecs.utf_8_decode(b"a\xff\xe2", "replace"), _codecs.utf_8_decode(memoryview(b"xy")), _codecs.utf_8_encode("\ud800", "surrogatepass"))
print(_codecs.utf_16_decode(b"\xff\xfea\x00b"), _codecs.utf_16_le_decode(b"a\x00\x00\xd8"), _codecs.utf_16_be_decode(b"\x00a", None, True))
print(_codecs.utf_16_ex_decode(b"\xfe\xff\x00a"), _codecs.utf_16_ex_decode(b"a\x00", None, 1), _codecs.utf_16_ex_decode(b"\xff", None, 0, False))
print(_codecs.utf_32_decode(b"\xff\xfe\x00\x00a\x00\x00\x00b"), _codecs.utf_32_ex_decode(b"\x00\x00\xfe\xff\x00\x00\x00a"), _codecs.utf_32_be_encode("a"))
print(_codecs.utf_16_encode("a", None, 1), _codecs.utf_16_encode("a", None, -1), _codecs.utf_32_encode("a"), _codecs.utf_16_encode("a"))
print(_codecs.utf_7_encode("a€"), _codecs.utf_7_decode(b"a+IKw"), _codecs.utf_7_decode(b"+IKw-x", None, True))
print(_codecs.latin_1_decode(b"\xe9"), _codecs.ascii_decode(b"a\xff", "replace"), _codecs.ascii_encode("aé", "ignore"), _codecs.latin_1_encode("é"))
print(_codecs.unicode_escape_decode(b"a\\x4", "replace"), _codecs.unicode_escape_decode(b"a\\x4", None, False), _codecs.unicode_escape_decode("\\u00e9"))
print(_codecs.raw_unicode_escape_decode(b"a\\u12", None, False), _codecs.raw_unicode_escape_decode(b"a\\"), _codecs.unicode_escape_encode("\n\x00é"))
print(_codecs.escape_encode(b"a'\"\\\t\x7f\xff"), _codecs.escape_decode(b"\\x41\\101\\n\\\n"), _codecs.escape_decode("\\x41é"))
print(_codecs.escape_decode(b"a\\x4g", "replace"), _codecs.escape_decode(b"a\\x4g", "ignore"), _codecs.readbuffer_encode(b"ab"), _codecs.readbuffer_encode("é"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(_codecs.escape_decode(b"\\q\\w"), b"\\d".decode("unicode_escape"))
    print([str(x.message) for x in w], [x.category.__name__ for x in w])

table = "".join(chr(i) for i in range(128)) + "\ufffe" * 128
m = _codecs.charmap_build(table)
print(type(m).__name__, m.size(), _codecs.charmap_encode("ab", None, m), _codecs.charmap_decode(b"ab\x80", "replace", table))
print(_codecs.charmap_decode(b"ab", None, {97: "xy", 98: 66}), _codecs.charmap_decode(b"\xe9"))
print(_codecs.charmap_encode("abc", "replace", {97: 1, 98: b"BB", 63: 63}), _codecs.charmap_encode("é"), type(_codecs.charmap_build("abc")).__name__, _codecs.charmap_build("abc"))
print(_codecs.charmap_decode(b"a", "replace", "xyz"), _codecs.charmap_build("\x00ab").size(), _codecs.charmap_encode("ab", None, _codecs.charmap_build("\x00ab")))
for bad in [
    lambda: _codecs.charmap_decode(b"ab", "strict", "x\ufffe"),
    lambda: _codecs.charmap_decode(b"a", None, {97: 0x110000}),
    lambda: _codecs.charmap_decode(b"a", None, {97: 1.5}),
    lambda: _codecs.charmap_encode("a", None, {97: 300}),
    lambda: _codecs.charmap_encode("a", None, {97: "x"}),
    lambda: _codecs.charmap_encode("ab", None, {}),
    lambda: _codecs.charmap_build(1),
    lambda: _codecs.charmap_build(""),
    lambda: _codecs.utf_8_encode(b"x"),
    lambda: _codecs.utf_8_decode("x"),
    lambda: _codecs.utf_8_decode(b"x", 1),
    lambda: _codecs.utf_8_decode(),
    lambda: _codecs.utf_8_decode(b"x", None, False, 4),
    lambda: _codecs.utf_8_decode(b"x", errors=None),
    lambda: _codecs.utf_8_decode(b"x", None, "yes"),
    lambda: _codecs.escape_encode("x"),
    lambda: _codecs.escape_decode(b"abc\\"),
    lambda: _codecs.escape_decode(b"\\x1"),
    lambda: _codecs.escape_decode(b"\\x1", "bogus"),
    lambda: _codecs.lookup(1),
    lambda: _codecs.register("x"),
    lambda: codecs.encode("x", "hex"),
    lambda: codecs.decode(b"x", "base64"),
    lambda: codecs.decode("x", "utf-8"),
    lambda: codecs.encode(b"x", "rot13"),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, str(e).replace("0x", "x"), repr(e.__cause__))

class MyError(Exception):
    pass
class Other(Exception):
    def __init__(self, msg):
        super().__init__(msg)
def failing(kind):
    def enc(s, errors="strict"):
        raise kind("boom")
    return enc
def search(name):
    if name == "fail_plain":
        return codecs.CodecInfo(failing(MyError), failing(ValueError))
    if name == "fail_init":
        return codecs.CodecInfo(failing(Other), failing(Other))
    if name == "not_tuple":
        return codecs.CodecInfo(lambda s, e="strict": "x", lambda s, e="strict": 1)
    if name == "gives_str":
        return codecs.CodecInfo(lambda s, e="strict": ("x", 1), lambda s, e="strict": (b"x", 1))
    if name == "binary":
        return codecs.CodecInfo(lambda s, e="strict": (s, 1), lambda s, e="strict": (s, 1), _is_text_encoding=False)
codecs.register(search)
for bad in [
    lambda: codecs.encode("x", "fail_plain"),
    lambda: codecs.decode(b"x", "fail plain"),
    lambda: "x".encode("fail_init"),
    lambda: codecs.encode("x", "not_tuple"),
    lambda: codecs.decode(b"x", "not_tuple"),
    lambda: "x".encode("gives_str"),
    lambda: b"x".decode("gives_str"),
    lambda: "x".encode("binary"),
    lambda: b"x".decode("binary"),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))
print(codecs.encode("x", "binary"), codecs.decode(b"y", "binary"))
def seen_type(b, errors="strict"):
    return (type(b).__name__, len(b))
codecs.register(lambda n: codecs.CodecInfo(None, seen_type) if n == "seen" else None)
print(b"abc".decode("seen"), bytearray(b"ab").decode("seen"), str(b"x", "seen"))
