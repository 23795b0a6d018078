# gzip (CPython's Lib/gzip.py over the native zlib): compress/decompress of bytes with mtime=0, writing a GzipFile into BytesIO, multi-member streams, bad input; zipfile over BytesIO; binascii.crc32 agreeing with zlib.crc32; the zlib codec
import binascii
import codecs
import gzip
import hashlib
import io
import zipfile
import zlib

data = b"".join(b"line %d of the gzip test\n" % i for i in range(2000))
for level in (0, 1, 6, 9):
    gz = gzip.compress(data, compresslevel=level, mtime=0)
    print(level, len(gz), hashlib.md5(gz).hexdigest()[:16], gz[:10], gzip.decompress(gz) == data)

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

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("a.txt", date_time=(2020, 1, 2, 3, 4, 6)), data[:3000], compress_type=zipfile.ZIP_DEFLATED)
    z.writestr(zipfile.ZipInfo("dir/b.bin", date_time=(2021, 5, 6, 7, 8, 10)), bytes(range(256)))
    z.writestr("c.txt", b"level nine " * 50, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
zdata = buf.getvalue()
print(len(zdata), hashlib.md5(zdata[:30]).hexdigest()[:16])
with zipfile.ZipFile(io.BytesIO(zdata)) as z:
    print(z.namelist())
    for info in z.infolist():
        print(info.filename, info.file_size, info.compress_size, info.CRC, info.compress_type)
    print(z.read("a.txt") == data[:3000], len(z.read("dir/b.bin")), z.read("c.txt")[:11])
    with z.open("a.txt") as f:
        print(f.read(5), f.readline())
    print(z.testzip())
try:
    zipfile.ZipFile(io.BytesIO(b"not a zip"))
except zipfile.BadZipFile as e:
    print("BadZipFile", e)
