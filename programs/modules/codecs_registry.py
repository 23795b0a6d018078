# The codec registry as CPython's: Lib/codecs.py over _codecs, search
# functions (normalised names, caching, unregister), encodings.* codecs
# (cp1252, cp437, utf-7, utf-8-sig, idna-free 8-bit tables) through
# str.encode / bytes.decode, incremental codecs and stream readers/writers.
import codecs
import io

seen = []
def search(name):
    seen.append(name)
    if name == "my_rot":
        def enc(s, errors="strict"):
            return (bytes(ord(c) + 1 for c in s), len(s))
        def dec(b, errors="strict"):
            return ("".join(chr(x - 1) for x in bytes(b)), len(b))
        return codecs.CodecInfo(enc, dec, name="my-rot")
    if name == "bad_tuple":
        return (1, 2)
    return None

codecs.register(search)
print("abc".encode("My Rot"), b"bcd".decode("my-rot"), seen)
info = codecs.lookup("MY_ROT")
print(info.name, info is codecs.lookup("my rot"), seen)
for bad in [lambda: codecs.lookup("bad tuple"), lambda: codecs.lookup("no-such"), lambda: codecs.register(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
codecs.unregister(search)
try:
    codecs.lookup("other")
except LookupError as e:
    print("after unregister:", e, seen[-1])
try:
    codecs.lookup("my_rot")
except LookupError as e:
    print("cache cleared:", e)

# encodings.* 8-bit codecs
print("x€Ž".encode("cp1252"), b"\x80\x8e\x9f".decode("windows-1252"), "ÇüÉ".encode("cp437"), b"\xb0\xb1".decode("cp437"))
print("€".encode("cp1252", "strict"), "ā".encode("cp1252", "replace"), "ā".encode("cp1252", "xmlcharrefreplace"), "ā€".encode("cp1252", "backslashreplace"))
print(b"\x81".decode("cp1252", "replace"), b"a\x81b".decode("cp1252", "ignore"), b"\x81".decode("cp1252", "backslashreplace"))
for bad in [lambda: "ā".encode("cp1252"), lambda: b"\x81".decode("cp1252")]:
    try:
        bad()
    except UnicodeError as e:
        print(type(e).__name__, str(e).replace("0x", "x"))
print(codecs.lookup("cp1252").name, codecs.lookup("latin_1").name, codecs.lookup("utf_8_sig").name, codecs.lookup("ISO-8859-15").name)
print("€".encode("iso8859_15"), "aé".encode("mac_roman"), b"\xe9".decode("koi8_r"))

# utf-7, utf-8-sig, escapes
print("Hi Mom -☺-!".encode("utf-7"), b"Hi Mom -+Jjo--!".decode("utf-7"), "A≢Α.".encode("utf-7"), "~\\+".encode("utf-7"))
print(b"+2D3cAA-".decode("utf-7"), b"a+ZeVnLIqe-".decode("utf_7"))
for bad in [b"a+", b"+AGE", b"\xff", b"+\xff"]:
    try:
        print(bad.decode("utf-7"))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", str(e).replace("0x", "x"))
print(b"a+AGE".decode("utf-7", "replace"), b"\xff".decode("utf-7", "ignore"))
print("é".encode("utf-8-sig"), b"\xef\xbb\xbf\xc3\xa9".decode("utf-8-sig"), b"\xc3\xa9".decode("utf_8_sig"))
print("a\té\u1234\U0001f600".encode("unicode_escape"), b"a\\t\\xe9\\u1234".decode("unicode-escape"))
print("é\u1234".encode("raw_unicode_escape"), b"\\u00e9\\n".decode("raw_unicode_escape"))

# incremental codecs
dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(b) for b in [b"a\xe2", b"\x82", b"\xacb"]], repr(dec.decode(b"", final=True)))
dec = codecs.getincrementaldecoder("utf-16")()
print([dec.decode(b) for b in [b"\xff", b"\xfe", b"a", b"\x00\x3d", b"\xd8\x00", b"\xde"]])
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"), enc.encode("", final=True))
enc = codecs.getincrementalencoder("cp1252")()
print(enc.encode("€"), enc.encode("x"))
dec = codecs.getincrementaldecoder("utf-7")()
print([dec.decode(bytes([c])) for c in b"a+AOk-b"])
dec = codecs.getincrementaldecoder("unicode_escape")()
print([dec.decode(b) for b in [b"a\\", b"x4", b"1\\u00", b"e9"]])
try:
    codecs.getincrementaldecoder("utf-8")().decode(b"\xe2\x82", final=True)
except UnicodeDecodeError as e:
    print("final:", str(e).replace("0x", "x"))

# stream readers and writers over BytesIO
buf = io.BytesIO()
w = codecs.getwriter("utf-8")(buf)
w.write("héllo\n")
w.writelines(["wörld\n", "!"])
print(buf.getvalue())
r = codecs.getreader("utf-8")(io.BytesIO(buf.getvalue()))
print(r.readline(), r.readlines())
r = codecs.getreader("cp1252")(io.BytesIO(b"one\x80\ntwo\r\nthree"))
print(list(r))
srw = codecs.StreamReaderWriter(io.BytesIO(b"\xff\xfea\x00b\x00"), codecs.getreader("utf-16"), codecs.getwriter("utf-16"))
print(srw.read())
sr = codecs.StreamRecoder(io.BytesIO(b"caf\xe9"), codecs.getencoder("utf-8"), codecs.getdecoder("utf-8"), codecs.getreader("latin-1"), codecs.getwriter("latin-1"))
print(sr.read())
print(list(codecs.iterencode(["a", "é"], "utf-8")), list(codecs.iterdecode([b"\xc3", b"\xa9"], "utf-8")))
