# memoryview over bytes and bytearray, as CPython 3.11: attributes,
# indexing and slicing into new views, tobytes/tolist/hex, writing through
# a bytearray view, casts, comparisons, hashing, release() and `with`.
import gc

b = bytearray(b"hello world")
m = memoryview(b)
print(m.obj is b, m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous, len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), m.hex(":"))
s = m[1:8:2]
print(type(s).__name__, s.obj is b, s.nbytes, s.shape, s.strides, s.contiguous, s.tobytes(), s.tolist(), bytes(s))
r = m[::-1]
print(r.tobytes(), r.strides, r[0], r[-1], list(r[:3]), m[100:].tobytes(), m[5:2].nbytes)
m[0] = 72
m[1:3] = b"EY"
m[-5:] = bytearray(b"WORLD")
s[0] = ord("!")
print(b, m.tobytes(), s.tobytes())
m[2:4] = m[4:6]
print(b)
print(m.tobytes("C"), m.tobytes(None), m.tobytes(order="A"), m.hex(), m.hex("-", 4), m[::3].hex())

x = bytes(b"abcdef")
mx = memoryview(x)
print(mx.readonly, mx == x, mx == b"abcdeg", mx == memoryview(bytearray(b"abcdef")), mx != b"abc", mx == "abcdef")
print(hash(mx) == hash(x), hash(mx[::2]) == hash(b"ace"), mx[1:3] == b"bc", mx[::2] == b"ace", [bytes([v]) for v in mx[:2]])
print(mx.toreadonly().readonly, m.toreadonly().readonly, m.toreadonly().obj is b, memoryview(mx).obj is x)

c = memoryview(b"\x01\x02\xfe\xff").cast("b")
print(c.format, c.itemsize, c.tolist(), c.cast("B").tolist(), c.cast("c").tolist(), c[2], c == memoryview(b"\x01\x02\xfe\xff"))
h = memoryview(bytearray(b"\x01\x00\x02\x00\xff\xff")).cast("H")
print(h.format, h.itemsize, h.tolist(), h.nbytes, h.shape, h.strides, h[2], len(h))
h[0] = 513
print(h.obj, h.tolist(), h.cast("B").tolist(), h == memoryview(b"\x01\x02\x02\x00\xff\xff").cast("H"))
i = memoryview(bytearray(8)).cast("i")
i[1] = -2
print(i.tolist(), bytes(i), memoryview(bytes(8)).cast("q").tolist(), memoryview(bytes(8)).cast("d").tolist())
f = memoryview(bytearray(4)).cast("f")
f[0] = 1.5
print(f.tolist(), memoryview(b"\x00\x01").cast("?").tolist(), memoryview(b"abcd").cast("@B").format)
g = memoryview(b"abcdef").cast("B", shape=[2, 3])
print(g.ndim, g.shape, g.strides, g.tolist(), g.nbytes, g[1, 2], g.c_contiguous, g.tobytes(), len(g))
z = memoryview(b"a").cast("B", shape=[])
print(z.ndim, z.shape, z.strides, z.tolist(), z[()], len(z), z[...] is z)

with memoryview(bytearray(b"ctx")) as w:
    print(w.tobytes(), repr(w).startswith("<memory at 0x"))
print(repr(w).startswith("<released memory at 0x"), w == w, w != memoryview(b"ctx"))
v = memoryview(b"rel")
v.release()
v.release()
print(v == v)
print([type(o).__name__ for o in gc.get_referents(memoryview(b"ref"))], gc.is_tracked(memoryview(b"")))
mb = gc.get_referents(memoryview(x))[0]
print(type(mb).__name__, gc.get_referents(mb) == [x], gc.is_tracked(mb))
print(list(memoryview(b"ab")), type(iter(memoryview(b""))).__name__, b"".join([memoryview(b"a"), b"b"]), bytearray(memoryview(b"xyz")[::2]))
print(sorted(set(dir(memoryview)) - {"__getstate__", "__subclasshook__", "__reduce__"}))
