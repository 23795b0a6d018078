# unicodedata.name and lookup: the names of the BMP and samples of planes 1 to 3 and 14 (Hangul and CJK computed, PREFIX-hex names), aliases, named sequences, case, errors
import hashlib
import unicodedata as u

named = 0
h = hashlib.md5()
CODES = list(range(0x10000)) + list(range(0x10000, 0x32000, 7)) + list(range(0xe0000, 0xe0200))
for c in CODES:
    n = u.name(chr(c), None)
    if n is not None:
        named += 1
        h.update(n.encode())
        if c % 293 == 0:
            assert u.lookup(n) == chr(c), n
            if not n.startswith(("HANGUL SYLLABLE", "CJK UNIFIED")):
                assert u.lookup(n.lower()) == chr(c), n
print("named:", named, h.hexdigest())

for c in "\x00a\u00e9\uac00\ud7a3\u4e00\u9fff\U00020000\U0003134a\U00017000\U00018b00\U0001b170\uf900\U0002f800\U0001f600\ufe00\U000e0100":
    print(f"{ord(c):x}", u.name(c, "-"))
for n in ["LATIN SMALL LETTER A", "latin small letter a", "Latin Capital Letter Gha", "LATIN CAPITAL LETTER GHA",
          "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE PWILH", "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-20000",
          "KHITAN SMALL SCRIPT CHARACTER-18B00", "nushu character-1b170", "NULL", "NUL", "BYTE ORDER MARK", "BOM", "ZWNBSP",
          "LINE FEED", "LF", "END OF LINE", "CUNEIFORM SIGN NU11 TENU", "VS1", "VS256",
          "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "KEYCAP NUMBER SIGN", "TAMIL SYLLABLE KSSAA",
          "latin small letter i with macron and grave", b"LATIN SMALL LETTER B"]:
    print(repr(n), ascii(u.lookup(n)))
for bad in ["HANGUL SYLLABLE gag", "hangul syllable GAG", "HANGUL SYLLABLE GAGX", "CJK UNIFIED IDEOGRAPH-4e00",
            "CJK UNIFIED IDEOGRAPH-9FFF0", "CJK UNIFIED IDEOGRAPH-A000", "CJK UNIFIED IDEOGRAPH-04E00",
            "TANGUT IDEOGRAPH-17000", "NUSHU CHARACTER-01B170", "NUSHU CHARACTER-1B1FF", "LATIN SMALL LETTER", "", "x" * 257, "a\x00b",
            "LATIN SMALL LETTER \u00e9"]:
    try:
        u.lookup(bad)
    except KeyError as e:
        print("KeyError", ascii(str(e))[:60])
for args in [(), ("ab",), (1,), ("a", None, None)]:
    try:
        u.name(*args)
    except TypeError as e:
        print("TypeError", e)
for arg in [3, bytearray(b"x"), None]:
    try:
        u.lookup(arg)
    except TypeError as e:
        print("TypeError", e)
try:
    u.name("\U000e0080")
except ValueError as e:
    print("ValueError", e)
print(u.name("\U000e0080", 42), u.name("\U000f0000", None), u.name("\ud800", None))
