# stringprep's tables (RFC 3454) over unicodedata.ucd_3_2_0, checked over samples of every plane
import hashlib
import stringprep

TABLES = ["in_table_a1", "in_table_b1", "in_table_c11", "in_table_c12", "in_table_c21", "in_table_c22",
          "in_table_c3", "in_table_c4", "in_table_c5", "in_table_c6", "in_table_c7", "in_table_c8", "in_table_c9",
          "in_table_d1", "in_table_d2"]
CODES = list(range(0, 0x10000, 5)) + list(range(0x10000, 0x110000, 331))
for t in TABLES:
    f = getattr(stringprep, t)
    h = hashlib.md5()
    n = 0
    for c in CODES:
        if f(chr(c)):
            n += 1
            h.update(c.to_bytes(3, "big"))
    print(t, n, h.hexdigest()[:16])
for m in ["map_table_b2", "map_table_b3"]:
    f = getattr(stringprep, m)
    h = hashlib.md5()
    for c in range(0, 0x10000, 3):
        h.update(f(chr(c)).encode("utf-8", "surrogatepass"))
    print(m, h.hexdigest()[:16])
print([ascii(stringprep.map_table_b2(c)) for c in "\u00df\u0130\u03a3\u1e9e\u2126"])
