# str's Unicode-dependent methods (is*, upper/lower/title/casefold/capitalize/swapcase, isidentifier, isprintable, repr) as Unicode 14.0.0 has them, incl. characters added in 15.0, over samples of every plane
import hashlib

METHODS = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "isprintable", "isidentifier",
           "islower", "isupper", "istitle", "lower", "upper", "title", "casefold", "capitalize", "swapcase"]
CODES = list(range(0, 0x20000, 7)) + list(range(0x20000, 0x110000, 0x301))
for m in METHODS:
    h = hashlib.md5()
    for c in CODES:
        h.update(repr(getattr(chr(c), m)()).encode("utf-8", "surrogatepass"))
    print(m, h.hexdigest()[:16])
h = hashlib.md5()
for c in CODES:
    h.update(repr(chr(c)).encode("utf-8", "surrogatepass") + ("a" + chr(c)).isidentifier().to_bytes(1, "big"))
print("repr", h.hexdigest()[:16])

# Added in Unicode 15.0 (unassigned in 14.0): Kawi, Nag Mundari, Arabic Extended-C, CJK Extension H, Kaktovik numerals.
for c in "\U00011f04\U0001e4d0\U0001e4f0\U00010efd\U00031350\U0001d2c0\u0cf3\U0001f6dc\U0001e030":
    print(f"{ord(c):x}", ascii(c), repr(c), c.isalpha(), c.isprintable(), c.isidentifier(), c.isnumeric(), c.isdigit(),
          ascii(c.upper()), ascii(c.lower()))
print(ascii("ΣΑΣ ΑΣ. Σ ὈΔΥΣΣΕΎΣ ΑΣ\u0345".lower()), ascii("ß ﬁ ŉ ǰ ΐ ᾳ".upper()), ascii("ß ﬁ ǅ ǆ ᾳ".title()))
print(ascii("ǆemal ǈudi ǌudi".capitalize()), ascii("Straße ΣΊΣΥΦΟΣ".casefold()), ascii("ǅ ß Σa ς".swapcase()))
print("\u0130".lower() == "i\u0307", len("\u0130".lower()), "\u1e9e".lower(), ascii("\U00010400\U00010428".swapcase()))
print("١٢٣".isdecimal(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "一".isnumeric(), "Ⅻ".isalpha())
print("℘rime".isidentifier(), "℮".isidentifier(), "x·y".isidentifier(), "·x".isidentifier(), "_٣".isidentifier())
print(repr("\u00ad\u200b\u2028\u0378\ue000\U000e0001\u3000\xa0 x"))
