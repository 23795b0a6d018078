# unicodedata over the code points of planes 0, 1 and 14 and samples of the others: category, bidirectional, combining, east_asian_width, mirrored, decomposition, decimal/digit/numeric, name, as digests per block
import hashlib
import unicodedata as u


def props(ch):
    return (u.category(ch), u.bidirectional(ch), u.combining(ch), u.east_asian_width(ch), u.mirrored(ch),
            u.decomposition(ch), u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None), u.name(ch, None))


def digest(lo, hi, f):
    h = hashlib.md5()
    for c in range(lo, hi):
        h.update(repr(f(chr(c))).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:16]


print(u.unidata_version)
BLOCKS = [(lo, lo + 0x1000) for lo in range(0, 0x20000, 0x3000)]
BLOCKS += [(0x20000, 0x20400), (0x2a600, 0x2b900), (0x2f800, 0x2fa20), (0x30000, 0x30100), (0x31300, 0x31400),
           (0x40000, 0x40100), (0xe0000, 0xe0200), (0xf0000, 0xf0100), (0x10fff0, 0x110000)]
counts = {}
for lo, hi in BLOCKS:
    print(f"{lo:06x}-{hi:06x}", digest(lo, hi, props))
    for c in range(lo, hi):
        cat = u.category(chr(c))
        counts[cat] = counts.get(cat, 0) + 1
print(sorted(counts.items()))
