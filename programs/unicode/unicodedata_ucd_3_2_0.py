# unicodedata.ucd_3_2_0 and the UCD type: the Unicode 3.2.0 answers idna and stringprep use, as digests over ranges, and the object's type, attributes and errors
import hashlib
import sys
import unicodedata as u

old = u.ucd_3_2_0
print(type(old), type(old).__module__, old.unidata_version, type(old).unidata_version.__class__.__name__)
print(sys.getsizeof(old), isinstance(old, u.UCD))
try:
    u.UCD()
except TypeError as e:
    print("TypeError", e)


def props(ch):
    return (old.category(ch), old.bidirectional(ch), old.combining(ch), old.east_asian_width(ch), old.mirrored(ch),
            old.decomposition(ch), old.decimal(ch, None), old.digit(ch, None), old.numeric(ch, None),
            old.name(ch, None))


for lo in list(range(0, 0x10000, 0x4000)) + [0x1d000, 0x1f000, 0x2f000]:
    h = hashlib.md5()
    for c in range(lo, lo + 0x1000 if lo > 0xffff else lo + 0x4000):
        h.update(repr(props(chr(c))).encode("utf-8", "surrogatepass"))
    print(f"{lo:06x}", h.hexdigest()[:16])

for form in ("NFC", "NFD", "NFKC", "NFKD"):
    h = hashlib.md5()
    for c in list(range(0, 0x3400)) + list(range(0xf900, 0x10000)) + list(range(0x1d100, 0x1d200)) + list(range(0x2f800, 0x2fa20)):
        h.update(old.normalize(form, chr(c)).encode("utf-8", "surrogatepass"))
    print(form, h.hexdigest()[:16])

for c in "\u0221\u0234\u20ac\u1e9b\u0870\U0001f600\u4e00\u9fa6\uac00\U0002f868\u00b5":
    print(f"{ord(c):x}", old.category(c), u.category(c), old.name(c, None), ascii(old.normalize("NFKC", c)),
          old.bidirectional(c), old.east_asian_width(c))
print(ascii(old.lookup("CJK UNIFIED IDEOGRAPH-9FA6")), ascii(old.lookup("LATIN SMALL LETTER A")))
for n in ["NULL", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "EURO SIGN", "ARABIC PEPET"]:
    try:
        print(ascii(old.lookup(n)))
    except KeyError as e:
        print("KeyError", e)
s = "abc"
print(old.normalize("NFC", s) is s, old.normalize("NFC", s) == s, old.is_normalized("NFC", s))
