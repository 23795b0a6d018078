# gzip (CPython's Lib/gzip.py over the native zlib): compress/decompress of bytes with mtime=0, writing a GzipFile into BytesIO, multi-member streams, bad input; binascii.crc32 agreeing with zlib.crc32; the zlib codec
import binascii
import codecs
import gzip
import io
import zlib

data = b"".join(b"line %d of the gzip test\n" % i for i in range(2000))
for level in (0, 1, 6, 9):
    gz = gzip.compress(data, compresslevel=level, mtime=0)
    print(level, len(gz), f"{binascii.crc32(gz):08x}", gz[:10], gzip.decompress(gz) == data)

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="notes.txt") as f:
    f.write(b"first part\n")
    f.write(data[:5000])
    print(f.tell())
raw = buf.getvalue()
print(len(raw), raw[:20])
two = gzip.compress(b"one ", mtime=0) + gzip.compress(b"two", mtime=0)
print(gzip.decompress(two))
for bad in (b"", b"not gzip at all", gzip.compress(b"abc", mtime=0)[:-3], b"\x1f\x8b\x08\x00" + b"\x00" * 6):
    try:
        print(gzip.decompress(bad))
    except Exception as e:
        print(type(e).__name__, e)

for chunk in (b"", b"a", data):
    print(binascii.crc32(chunk) == zlib.crc32(chunk), binascii.crc32(chunk, 77) == zlib.crc32(chunk, 77))

enc = codecs.encode(b"x" * 50, "zlib")
print(enc, codecs.decode(enc, "zlib"))
print(codecs.lookup("zlib").name)
inc = codecs.getincrementalencoder("zlib")()
s = inc.encode(b"abc" * 30) + inc.encode(b"", final=True)
print(s, codecs.getincrementaldecoder("zlib")().decode(s, final=True)[:9])

