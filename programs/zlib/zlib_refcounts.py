# zlib objects' references: unused_data, unconsumed_tail and zdict are held and released as CPython's compobject holds them, with no cycle collection needed
import gc
import sys
import zlib

zdict = bytearray(b"a dictionary of words")
print(sys.getrefcount(zdict))
d = zlib.decompressobj(zdict=zdict)
print(sys.getrefcount(zdict))
d2 = d.copy()
print(sys.getrefcount(zdict))
del d
print(sys.getrefcount(zdict))
del d2
print(sys.getrefcount(zdict))

comp = zlib.compress(b"payload" * 100)
d = zlib.decompressobj()
d.decompress(comp + b"tail!")
u = d.unused_data
print(u, sys.getrefcount(u))
d3 = d.copy()
print(sys.getrefcount(u), d3.unused_data is u)
del d, d3
print(sys.getrefcount(u))

d = zlib.decompressobj()
d.decompress(comp, 10)
t = d.unconsumed_tail
print(len(t), sys.getrefcount(t))
d.decompress(t, 10)
print(sys.getrefcount(t))
print(gc.is_tracked(d), gc.is_tracked(zlib.compressobj()))

c = zlib.compressobj()
try:
    c.note = 1
except AttributeError as e:
    print(e)
