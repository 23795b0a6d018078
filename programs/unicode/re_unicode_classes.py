# re's \d, \w and \s and its case-insensitive matching outside ASCII follow CPython 3.11's Unicode 14.0.0 tables (Py_UNICODE_ISDECIMAL, ISALNUM, ISSPACE, the first code point of the full case mappings), not the JavaScript engine's newer ones.
import re, hashlib
acc = []
for name, pat in (("d", r"\d"), ("w", r"\w"), ("s", r"\s")):
    rx = re.compile(pat)
    hits = [cp for cp in range(0x30000) if not (0xd800 <= cp < 0xe000) and rx.match(chr(cp))]
    acc.append((name, len(hits), hashlib.sha256(str(hits).encode()).hexdigest()[:12]))
print(acc)
rx = re.compile(r"(?i)[a-zǅ]+")
print(len([cp for cp in range(0x2000) if rx.fullmatch(chr(cp))]), re.findall(r"(?i)ſ|ß|İ", "SSſßİi"), re.sub(r"\W+", "-", "héllo wörld ٣ ᭐"))
