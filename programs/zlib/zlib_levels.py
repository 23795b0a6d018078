# zlib.compress over many inputs at every level 0-9 and -1, and the zlib, raw and gzip wbits: the bytes are zlib 1.2.13's (md5 of each), and decompress gives the input back
import binascii
import random
import zlib

rng = random.Random(1234)
text = b"The quick brown fox jumps over the lazy dog. " * 40
# Text-like bytes without a Python loop per byte: random bytes mapped onto
# a few letters, spaces and newlines.
letters = bytes(b"etaoinshrdlu  \n"[i % 15] for i in range(256))
words = rng.randbytes(15000).translate(letters)
inputs = [
    b"",
    b"a",
    b"abc" * 3,
    bytes(range(256)),
    text,
    words,
    rng.randbytes(3000),
    rng.randbytes(5000).translate(bytes(b"ab"[i & 1] for i in range(256))),
    b"\x00" * 70000,
    words * 12 + rng.randbytes(20000),
]


def h(b):
    return f"{binascii.crc32(b):08x}"


for n, data in enumerate(inputs):
    row = []
    for level in range(-1, 10):
        out = zlib.compress(data, level)
        assert zlib.decompress(out) == data
        row.append(f"{len(out)}:{h(out)}")
    print(n, len(data), " ".join(row))

for n, data in enumerate(inputs[:8]):
    row = []
    for wbits in (9, 12, 15, -9, -11, -15, 25, 31):
        out = zlib.compress(data, 6, wbits)
        assert zlib.decompress(out, wbits) == data
        if wbits > 0:
            assert zlib.decompress(out, 47) == data
        row.append(f"{wbits}={h(out)}")
    print(n, " ".join(row))

print(zlib.compress(b"hello"))
print(zlib.compress(b"hello", wbits=31))
print(zlib.compress(b"hello", wbits=-15))
print(zlib.decompress(zlib.compress(text), bufsize=1) == text)
print(zlib.decompress(zlib.compress(text), bufsize=0) == text)
