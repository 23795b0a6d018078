# unicodedata.normalize and is_normalized for NFC/NFD/NFKC/NFKD over the decomposable blocks of the BMP and plane 1, strings with reordered marks, Hangul, identity of unchanged input
import hashlib
import unicodedata as u

FORMS = ("NFC", "NFD", "NFKC", "NFKD")
for lo, hi in [(0, 0x3400), (0xa000, 0xac40), (0xd780, 0xd800), (0xf900, 0x10000), (0x1d100, 0x1d800),
               (0x1e900, 0x1f300), (0x2f800, 0x2fa20)]:
    for form in FORMS:
        h = hashlib.md5()
        changed = 0
        for c in range(lo, hi):
            ch = chr(c)
            r = u.normalize(form, ch)
            if r != ch:
                changed += 1
            h.update(r.encode("utf-8", "surrogatepass"))
            assert u.is_normalized(form, ch) == (r == ch)
        print(f"{lo:x}-{hi:x}", form, changed, h.hexdigest()[:16])

samples = ["e\u0301", "\u1e0b\u0323", "q\u0307\u0323", "\u1e0d\u0307", "a\u0328\u0301\u0300", "\u0041\u030a",
           "\u212b", "\u2126", "\ufb01", "\u00bd", "\u2460", "\u1100\u1161\u11a8", "\uac00\u11a8", "\u1100\u1161",
           "\ud55c\uad6d\uc5b4", "\u0f73\u0f75", "\u0958", "\u2000", "x\u0345\u0314", "\U0001d15e\U0001d165",
           "\u0644\u0627\u0020\u0625\u0644\u0647", "\u30ac\u309a", "\uff76\uff9e", "\u3200", "\U0002f868",
           "\u05b8\u05b9\u05b1\u0591\u05c3\u05b0\u05ac\u059f", "\u0061\u0315\u0300\u05ae\u0300\u0062"]
for s in samples:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in FORMS], [u.is_normalized(f, s) for f in FORMS])

s = "plain ascii"
print(all(u.normalize(f, s) is s for f in FORMS))
s = "caf\u00e9"
print(u.normalize("NFC", s) is s, u.normalize("NFD", s) is s, u.normalize("NFD", s) == s)
e = ""
print(u.normalize("NFC", e) is e, u.is_normalized("NFKD", e))
for args in [("nfc", "a"), ("NFX", "a")]:
    try:
        u.normalize(*args)
    except ValueError as ex:
        print("ValueError", ex)
for args in [(1, "a"), ("NFC", b"a"), ("NFC",)]:
    try:
        u.is_normalized(*args)
    except TypeError as ex:
        print("TypeError", ex)
