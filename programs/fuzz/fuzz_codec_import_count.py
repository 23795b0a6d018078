# Generation 0's count after the first encode with a codec written in Python: importing encodings.utf_8_sig counts about three times CPython 3.11's allocations in refpy, and each later encode through it counts one more (found by test/fuzz).
import gc
gc.collect()
a = gc.get_count()
x = "MiXeD CaSe".encode("utf-8-sig", "replace")
b = gc.get_count()
x = "MiXeD CaSe".encode("utf-8-sig", "replace")
c = gc.get_count()
x = "MiXeD".encode("latin-1", "replace")
d = gc.get_count()
print(a, b, c, d)
