# the idna and punycode codecs over stringprep and unicodedata.ucd_3_2_0: encode, decode, nameprep, errors, incremental use
import codecs
from encodings import idna

for name in ["bücher.de", "BÜCHER.de", "straße.example", "ＡＢＣ．ｃｏｍ", "пример.испытание", "例え.テスト",
             "xn--bcher-kva.de", "a.b.c.", "", "ǅ.com", "\u00ad\u200bsoft.com", "ﬁ.example"]:
    try:
        enc = name.encode("idna")
        print(ascii(name), enc, ascii(enc.decode("idna")))
    except UnicodeError as e:
        print(ascii(name), type(e).__name__, e)

for data in [b"xn--bcher-kva.de", b"XN--BCHER-KVA.DE", b"xn--e1afmkfd.xn--80akhbyknj4f", b"example.com.", b"xn--zz"]:
    try:
        print(data, ascii(data.decode("idna")))
    except UnicodeError as e:
        print(data, type(e).__name__, e)

for bad in ["a" * 64 + ".com", "\u0627a\u0628.com", "x\u0000y.com", "\u2ff0.com", "\U000e0001.com", "..com"]:
    try:
        print(bad.encode("idna"))
    except UnicodeError as e:
        print(ascii(bad)[:20], type(e).__name__, e)

print(ascii(idna.nameprep("Straße\u00adÉ\u2126")), idna.ToASCII("bücher"), ascii(idna.ToUnicode(b"xn--bcher-kva")))
for s in ["x", "bücher", "München", "abcdé", "\u4f8b\u3048", "-> $1.00 <-", "ü" * 5]:
    p = s.encode("punycode")
    print(ascii(s), p, ascii(p.decode("punycode")))
try:
    b"xn--\xff".decode("punycode")
except UnicodeError as e:
    print(type(e).__name__, e)

enc = codecs.getincrementalencoder("idna")()
print([enc.encode(part) for part in ["bü", "cher.", "de", ""]], enc.encode("", final=True))
dec = codecs.getincrementaldecoder("idna")()
print([ascii(dec.decode(part)) for part in [b"xn--bc", b"her-kva.", b"de"]], ascii(dec.decode(b"", final=True)))
