# The codecs module, as CPython 3.11's for its text codecs: lookup() and
# CodecInfo (cached per normalised name), encode/decode, the codec
# functions, BOM constants, and error handlers registered in Python.
import codecs
print(codecs.lookup("u8").name, codecs.lookup("latin1").name, codecs.lookup("UTF-16LE").name, codecs.lookup("utf8") is codecs.lookup("UTF-8"))
i = codecs.lookup("utf-8")
print(repr(i).startswith("<codecs.CodecInfo object for encoding utf-8 at 0x"), isinstance(i, tuple), len(i), i.encode("é"), i.decode(b"\xc3\xa9"), i[0] is i.encode)
print(codecs.encode("é", "latin-1"), codecs.decode(b"\xe9", "latin-1"), codecs.encode("x"), codecs.decode(b"x"), codecs.encode("a\xff", "ascii", "replace"))
print(codecs.utf_8_encode("héllo"), codecs.utf_8_decode(b"h\xc3\xa9"), codecs.latin_1_decode(b"\xe9"), codecs.utf_16_le_encode("ab"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM)
print(codecs.lookup_error("strict"), codecs.lookup_error("ignore"), codecs.lookup_error("surrogateescape"), codecs.strict_errors)
def handler(exc):
    print("handler got", type(exc).__name__, exc.start, exc.end, exc.reason)
    return ("<%s>" % ",".join(str(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)
codecs.register_error("mine", handler)
print(codecs.lookup_error("mine") is handler)
print("aé€b".encode("ascii", "mine"), "é".encode("latin-1", "mine"), "\ud800x".encode("utf-16-le", "mine"))
codecs.register_error("nonascii", lambda e: ("\xe9", e.end))
codecs.register_error("asbytes", lambda e: (b"\xff\xfe", e.end))
for bad in [lambda: "€".encode("ascii", "nonascii"), lambda: "€".encode("latin-1", "nonascii"), lambda: "€".encode("ascii", "asbytes"), lambda: "\ud800".encode("utf-16-le", "asbytes"), lambda: "\ud800".encode("utf-32-le", "asbytes")]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, str(e).replace("0x", "x"))
def dhandler(exc):
    return ("[%d]" % exc.object[exc.start], exc.start + 1)
codecs.register_error("dmine", dhandler)
print(b"a\xff\xfeb".decode("utf-8", "dmine"))
print(codecs.replace_errors(UnicodeEncodeError("ascii", "aé", 1, 2, "x")), codecs.ignore_errors(UnicodeDecodeError("ascii", b"a\xff", 1, 2, "x")))
print(codecs.backslashreplace_errors(UnicodeDecodeError("ascii", b"a\xff", 1, 2, "x")), codecs.xmlcharrefreplace_errors(UnicodeEncodeError("ascii", "aé", 1, 2, "x")))
for bad in [lambda: codecs.lookup("nope"), lambda: codecs.lookup_error("nope"), lambda: codecs.register_error("x", 1), lambda: codecs.strict_errors(ValueError("boom")), lambda: codecs.replace_errors(1), lambda: "é".encode("ascii", "nope2")]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
def badret(exc): return 1
codecs.register_error("badret", badret)
for bad in [lambda: "é".encode("ascii", "badret"), lambda: b"\xff".decode("ascii", "badret")]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
codecs.register_error("far", lambda e: ("?", 100))
try: "é".encode("ascii", "far")
except Exception as e: print(type(e).__name__, e)
codecs.register_error("back", lambda e: ("?", e.end - len(e.object)))
print("ab\xe9c".encode("ascii", "back"), b"ab\xffc".decode("ascii", "back"))
