# int(x, base) with x a bytes object: parsed as ASCII text (re's compiler builds its charset bitmaps this way); bad literals name the bytes
print(int(b'0101', 2), int(b' 0b101 ', 0), int(b'-ff', 16), int(b'1_000', 10), int(b'z', 36))
print(int(b'11111111111111111111111111111111', 2), int(b'0' * 40 + b'1', 2))
for b in (b'12x', b'\xff', b'', b'1 2', b'0x', b'\xa01'):
    try:
        int(b, 2)
    except ValueError as e:
        print(e)
try:
    int(b'1', 99)
except ValueError as e:
    print(e)
