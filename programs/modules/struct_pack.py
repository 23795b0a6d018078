# struct: pack/unpack every format char in every byte order, Struct objects, pack_into/unpack_from/iter_unpack, calcsize, and CPython's error messages
import struct
import sys

vals = {"b": -5, "B": 200, "h": -1234, "H": 54321, "i": -123456, "I": 3000000000, "l": -7, "L": 7,
        "q": -2**40, "Q": 2**63 + 5, "n": -99, "N": 99, "P": 4096, "?": True, "e": 1.5, "f": 0.1, "d": 0.1,
        "c": b"z", "s": b"hey", "p": b"pas"}
for mode in ("", "@", "=", "<", ">", "!"):
    for c, v in vals.items():
        if mode not in ("", "@") and c in "nNP":
            continue
        fmt = mode + c
        packed = struct.pack(fmt, v)
        print(fmt, struct.calcsize(fmt), packed, struct.unpack(fmt, packed))

print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("4p", b"abcdef"), struct.pack("p", b"x"))
print(struct.unpack(">5p", b"\x09abcd"), struct.unpack("2s", b"xy"), struct.unpack("?", b"\x02"))
print(struct.calcsize("@bhiqd"), struct.calcsize("<bhiqd"), struct.calcsize("ci"), struct.calcsize("ic"), struct.calcsize("0i"))
print(struct.calcsize("3x2s"), struct.pack("hi", 1, 2), struct.pack("bxh", 1, 2), struct.calcsize(" i  h "))
print(struct.pack("<2h3B", 1, 2, 3, 4, 5), struct.unpack("<2h3B", struct.pack("<2h3B", 1, 2, 3, 4, 5)))
for x in (1.0, -2.5, 65504.0, 1e-8, 6.1e-5, 2.0**-24, float("inf"), -float("inf"), -0.0, 0.333):
    print("e", x, struct.pack("<e", x), struct.pack(">e", x), struct.unpack("<e", struct.pack("<e", x)))
print(struct.unpack("<e", b"\x00\x7e"), struct.pack("<e", float("nan")), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.pack("f", 1e300), struct.pack("<d", 1e300), struct.pack("?", []), struct.pack("?", "x"))

class Idx:
    def __index__(self):
        return 7
print(struct.pack("<i", Idx()), struct.pack("<q", True))

s = struct.Struct("<ih5s")
print(s.format, s.size, s.pack(1, 2, b"abc"), s.unpack(s.pack(1, 2, b"abc")))
print(struct.Struct(b">I").format, struct.Struct(b">I").unpack(b"\x00\x00\x01\x00"))
buf = bytearray(12)
s.pack_into(buf, 1, 7, 8, b"xy")
print(buf, s.unpack_from(buf, 1), s.unpack_from(buffer=buf, offset=1))
struct.pack_into(">h", buf, -2, 258)
print(buf, struct.unpack_from(">h", buf, -2), struct.unpack_from("<h", memoryview(buf), 10))
print(list(struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")))
it = struct.iter_unpack("i", b"12345678")
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(sys.getsizeof(struct.Struct("iii")), sys.getsizeof(struct.Struct("i5s")), sys.getsizeof(struct.Struct("")), sys.getsizeof(it))
s2 = struct.Struct.__new__(struct.Struct)
print(repr(s2.format), s2.size)

def err(f, *a):
    try:
        r = f(*a)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

for c in "bBhHiIlLqQnNP":
    for mode in ("", "<", ">"):
        if mode and c in "nNP":
            continue
        for v in (-2**64, -2**63 - 1, -2**31 - 1, -40000, -200, -1, 256, 70000, 2**31, 2**32, 2**63, 2**64):
            try:
                struct.pack(mode + c, v)
            except Exception as e:
                print(mode + c, v, type(e).__name__, e)
err(struct.pack, "h", 1.5)
err(struct.pack, "h", "x")
err(struct.pack, "c", b"ab")
err(struct.pack, "c", 1)
err(struct.pack, "s", 1)
err(struct.pack, "p", "x")
err(struct.pack, "f", "x")
err(struct.pack, "<f", 1e300)
err(struct.pack, "e", 1e10)
err(struct.pack, "P", 1.0)
err(struct.pack, "zz", 1)
err(struct.pack, "3", 1)
err(struct.pack, "hh", 1)
err(struct.pack, "<n", 1)
err(struct.pack, "i")
err(struct.pack)
err(struct.unpack, "i", b"123")
err(struct.unpack, "i", "abcd")
err(struct.unpack_from, "i", b"12", 1)
err(struct.unpack_from, "i", b"12", -5)
err(struct.unpack_from, "i", b"abcd", "x")
for off in (2, 5, -5, -2):
    err(struct.pack_into, "i", bytearray(4), off, 1)
err(struct.pack_into, "i", b"abcd", 0, 1)
err(struct.pack_into, "i", bytearray(4))
err(struct.Struct("i").pack_into)
err(struct.iter_unpack, "i", b"12345")
err(struct.iter_unpack, "", b"")
err(struct.Struct, 1)
err(struct.Struct, "\xe9")
err(struct.Struct, "i\0")
err(s2.pack)
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)

# the module functions cache compiled formats by the format object
fmt = "".join(["<", "i", "h"])
before = sys.getrefcount(fmt)
struct.pack(fmt, 1, 2)
print("cached", sys.getrefcount(fmt) - before)
struct._clearcache()
print("cleared", sys.getrefcount(fmt) - before)
