# int(), float(), complex() and str.format field numbers read Unicode decimal digits (Arabic-Indic, Balinese, the mathematical digits past U+FFFF) by their Unicode 14.0.0 decimal value, and Unicode white space around them; other non-ASCII characters are refused.
print(float("١٢"), float(" ٣.٥ "), int("١٢٣"), int("᭐᭑"), complex("١+٢j"), float("\u2003 7.5\u3000"))
for s in ["١٢x", "½", "²"]:
    for f in (int, float):
        try:
            print(f(s))
        except ValueError as e:
            print(type(e).__name__, e)
print("{٠}".format("a"), "{0}".format("b"))
import hashlib
vals = []
for cp in range(0x80, 0x20000):
    c = chr(cp)
    try:
        vals.append(int(c))
    except ValueError:
        pass
print(len(vals), hashlib.sha256(str(vals).encode()).hexdigest()[:12])
