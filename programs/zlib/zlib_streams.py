# zlib.compressobj and decompressobj: strategies, memLevel, flush modes, zdict, chunked input, max_length with unconsumed_tail, unused_data, eof and copy(), byte for byte as CPython's zlib
import binascii
import random
import zlib

rng = random.Random(99)
# Text-like bytes with some noise, made without a Python loop per piece.
letters = bytes(b"spam eggs ham\n"[i % 14] for i in range(200)) + bytes(range(56))
data = rng.randbytes(16000).translate(letters)


def h(b):
    return f"{binascii.crc32(b):08x}"


for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    row = []
    for level in (0, 1, 3, 6, 9):
        for mem in (1, 5, 9):
            c = zlib.compressobj(level, zlib.DEFLATED, 15, mem, strategy)
            out = c.compress(data) + c.flush()
            row.append(h(out))
    print(strategy, " ".join(row))

for mode in (zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK):
    c = zlib.compressobj(6, zlib.DEFLATED, -12)
    parts = []
    for i in range(0, len(data), 1500):
        parts.append(c.compress(data[i : i + 1500]))
        parts.append(c.flush(mode))
    parts.append(c.flush())
    out = b"".join(parts)
    print(mode, [len(p) for p in parts[:8]], h(out), zlib.decompress(out, -12) == data)

zdict = b"spam eggs ham"
c = zlib.compressobj(zdict=zdict)
out = c.compress(data) + c.flush()
print("zdict", h(out), zlib.decompressobj(zdict=zdict).decompress(out) == data)
d = zlib.decompressobj()
try:
    d.decompress(out)
except zlib.error as e:
    print(e)
c = zlib.compressobj(wbits=-15, zdict=zdict)
raw = c.compress(data) + c.flush()
print("raw zdict", h(raw), zlib.decompressobj(-15, zdict=zdict).decompress(raw) == data)

# copy(): both copies continue independently and give zlib's bytes.
c = zlib.compressobj(9)
head = c.compress(data[:5000])
c2 = c.copy()
a = head + c.compress(data[5000:]) + c.flush()
b = head + c2.compress(b"other tail" * 50) + c2.flush()
print("copy", h(a), h(b), zlib.decompress(a) == data, zlib.decompress(b) == data[:5000] + b"other tail" * 50)

comp = zlib.compress(data, 9)
d = zlib.decompressobj()
first = d.decompress(comp[:1000])
d2 = d.copy()
print("dcopy", d.decompress(comp[1000:]) == d2.decompress(comp[1000:]), d.eof, d2.eof)

# max_length and unconsumed_tail
d = zlib.decompressobj()
got = d.decompress(comp, 100)
print(len(got), len(d.unconsumed_tail), d.eof)
pieces = [got]
while d.unconsumed_tail:
    pieces.append(d.decompress(d.unconsumed_tail, 4096))
pieces.append(d.flush())
print(b"".join(pieces) == data, d.eof, d.unused_data, len(pieces))

# unused_data after the end of the stream, fed in small pieces
d = zlib.decompressobj()
stream = comp + b"trailing bytes"
out = b""
for i in range(0, len(stream), 777):
    out += d.decompress(stream[i : i + 777])
print(out == data, d.eof, d.unused_data, d.unconsumed_tail)
print(d.flush(), d.flush(5), d.eof)

# gzip and auto-detect through decompressobj
gz = zlib.compress(data, 5, 31)
for wbits in (31, 47, 0 + 16 + 15):
    d = zlib.decompressobj(wbits)
    print(wbits, d.decompress(gz) == data, d.eof)
d = zlib.decompressobj(0)
print("wbits 0", d.decompress(comp) == data)

# truncated input: flush gives what there is; decompress() raises
d = zlib.decompressobj()
part = d.decompress(comp[:-10]) + d.flush()
print(data.startswith(part), d.eof)
try:
    zlib.decompress(comp[:-10])
except zlib.error as e:
    print(e)

# what each compress() call returns, in pieces of several sizes, at several levels and strategies
for level, strategy in ((1, 0), (6, 0), (9, 1), (6, 2), (6, 3), (6, 4), (0, 0)):
    for size in (1, 100, 4096, 50000):
        c = zlib.compressobj(level, zlib.DEFLATED, 15, 8, strategy)
        lens = []
        out = []
        for i in range(0, min(len(data), size * 40), size):
            piece = c.compress(data[i : i + size])
            out.append(piece)
            if piece:
                lens.append((i, len(piece)))
        out.append(c.flush())
        print(level, strategy, size, lens[:6], len(lens), h(b"".join(out)))

# outputs longer than CPython's first 32 KiB output block, through compress() and flush()
big = rng.randbytes(90000) + data * 3
for level in (0, 1, 6):
    for mode in (zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK, zlib.Z_PARTIAL_FLUSH):
        c = zlib.compressobj(level)
        lens = []
        out = []
        for i in range(0, len(big), 70000):
            for piece in (c.compress(big[i : i + 70000]), c.flush(mode)):
                out.append(piece)
                lens.append(len(piece))
        out.append(c.flush())
        print(level, mode, lens, h(b"".join(out)))
