# base64 and binascii: base64/32/16/85/a85 round trips, urlsafe, strict decoding errors, hexlify with separators, uuencode, crc32/crc_hqx
import base64
import binascii

data = b"refpy runs Python \x00\xff\x10 programs!"
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.standard_b64encode, base64.standard_b64decode),
                 (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.b32encode, base64.b32decode),
                 (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode),
                 (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data)
for n in range(6):
    print(n, base64.b64encode(b"abcde"[:n]), binascii.b2a_base64(b"abcde"[:n]), binascii.b2a_base64(b"xy"[:n % 3], newline=False))
print(base64.b64decode("aGVsbG8=\n"), base64.b64decode(b"aGVsbG8=ignored"))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(base64.encodebytes(b"x" * 60)) == b"x" * 60)
print(base64.a85encode(b"hello world", adobe=True), base64.a85encode(b"\0\0\0\0 ", foldspaces=True))

def err(f, *a, **k):
    try:
        print("ok", f(*a, **k))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

err(base64.b64decode, b"abc")
err(base64.b64decode, b"a")
err(base64.b64decode, b"abcde")
err(base64.b64decode, b"ab!c", validate=True)
err(binascii.a2b_base64, b"=abc", strict_mode=True)
err(binascii.a2b_base64, b"ab==c", strict_mode=True)
err(binascii.a2b_base64, b"ab=c=", strict_mode=True)
err(binascii.a2b_base64, b"abcd=", strict_mode=True)
err(binascii.a2b_base64, b"ab!d", strict_mode=True)
err(binascii.a2b_base64, "abcé")
err(binascii.a2b_base64, 5)
err(binascii.b2a_base64, "text")
err(base64.b32decode, b"ABC")
err(base64.b16decode, b"abcd")
print(base64.b16decode(b"abcd", casefold=True))

print(binascii.hexlify(b"\x01\x02\x03\xff"), binascii.b2a_hex(b"\xab\xcd"), binascii.unhexlify("0aFF"), binascii.a2b_hex(b"abcd"))
for bps in (1, 2, 3, -2, -3):
    print(bps, binascii.hexlify(b"\x01\x02\x03\x04\x05", "-", bps), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", bytes_per_sep=bps))
err(binascii.unhexlify, b"abc")
err(binascii.unhexlify, b"zz")
err(binascii.hexlify, b"ab", "--")
print(binascii.b2a_uu(b"hello"), binascii.a2b_uu(binascii.b2a_uu(b"hello")), binascii.b2a_uu(b"", backtick=True), binascii.b2a_uu(b"\0\0\0", backtick=True))
print(binascii.a2b_uu(b""), binascii.a2b_uu(b" "), binascii.a2b_uu(binascii.b2a_uu(bytes(range(45)))) == bytes(range(45)))
err(binascii.b2a_uu, b"x" * 46)
err(binascii.a2b_uu, b"%\x01abc")
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b""), binascii.crc32(b"a", -1))
print(binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"hello", 0xFFFF), binascii.crc_hqx(b"", 0x12345))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Incomplete.__mro__[1].__name__)
