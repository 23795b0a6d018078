# zipfile (CPython's Lib/zipfile.py) over io.BytesIO and the native zlib: writing deflated and stored members with fixed dates, reading them back, bad archives
import binascii
import io
import zipfile

data = b"".join(b"line %d of the zip test\n" % i for i in range(200))

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("a.txt", date_time=(2020, 1, 2, 3, 4, 6)), data[:3000], compress_type=zipfile.ZIP_DEFLATED)
    z.writestr(zipfile.ZipInfo("dir/b.bin", date_time=(2021, 5, 6, 7, 8, 10)), bytes(range(256)))
    c_info = zipfile.ZipInfo("c.txt", date_time=(2022, 12, 31, 23, 59, 58))
    z.writestr(c_info, b"level nine " * 50, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
zdata = buf.getvalue()
print(len(zdata), f"{binascii.crc32(zdata):08x}")
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
