# Generation 0's count around encodes through a codec written in Python
# (encodings.utf_8_sig), imported and collected first: each encode makes
# and frees the same objects in refpy as in CPython 3.11 (found by
# test/fuzz; what the import itself allocates is refpy's own, see
# programs/DIFFERENCES.md, "Collector counts before the first full
# collection").
import gc
import encodings.utf_8_sig
"x".encode("utf-8-sig")
gc.collect()
a = gc.get_count()
x = "MiXeD CaSe".encode("utf-8-sig", "replace")
b = gc.get_count()
x = "MiXeD CaSe".encode("utf-8-sig", "replace")
c = gc.get_count()
x = "MiXeD".encode("latin-1", "replace")
d = gc.get_count()
x = b"\xef\xbb\xbfabc".decode("utf-8-sig")
e = gc.get_count()
print(a, b, c, d, e, x)
