# Wherever CPython 3.11 takes a bytes-like object, bytes, bytearray and
# memoryview (even a strided one, copied) are accepted: method arguments,
# concatenation, comparison, join, bytes(), int.from_bytes, str(x, enc).


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


ba, mv = bytearray(b"lo"), memoryview(b"World")
b = b"Hello, World! hello"
t(lambda: (b.find(ba), b.rfind(ba), b.count(ba), b.index(mv), b.find(memoryview(b"lo")[::-1])))
t(lambda: (b.startswith(bytearray(b"He")), b.endswith((mv, memoryview(b"llo"))), ba in b, mv in b))
t(lambda: (b.split(bytearray(b", ")), b.rsplit(memoryview(b"o")), b.partition(ba), b.rpartition(mv)))
t(lambda: (b.partition(ba)[1] is ba, b.strip(bytearray(b"Ho")), b.lstrip(memoryview(b"eH")), b.replace(ba, mv)))
t(lambda: (b.removeprefix(bytearray(b"Hello")), b.removesuffix(memoryview(b"hello")), b.center(25, bytearray(b"*"))))
t(lambda: (bytes.maketrans(bytearray(b"lo"), memoryview(b"01")), b.translate(bytes.maketrans(b"", b""), ba)))
t(lambda: (b"-".join([ba, mv, b"x"]), bytearray(b"-").join([ba, mv]), b"".join([memoryview(b"abcdef")[::2]])))
t(lambda: (b"ab" + ba, b"ab" + mv, ba + b"ab", ba + mv, b"ab" + memoryview(b"xyz")[::-1]))
t(lambda: (b"lo" == ba, ba == b"lo", mv == b"World", b"World" == mv, bytearray(b"World") == mv, ba < b"lz"))
t(lambda: (bytes(ba), bytes(mv), bytes(memoryview(b"abcdef")[1::2]), bytearray(mv), bytearray(memoryview(b"xyz")[::-1])))
t(lambda: (b"%s|%b|%s" % (ba, mv, memoryview(b"abc")[::2]), bytearray(b"%s") % ba, b"%c%c" % (bytearray(b"x"), b"y")))
t(lambda: (int.from_bytes(ba, "big"), int.from_bytes(mv, "little"), int.from_bytes(bytearray(), "big"), int.from_bytes([1, 2], "big")))
t(lambda: int.from_bytes("ab", "big"))
t(lambda: int.from_bytes(5, "big"))
t(lambda: (str(ba, "ascii"), str(mv, "utf-8"), ba.decode(), str(memoryview(b"abc")[::2], "ascii")))
t(lambda: (b"abc".hex(), ba.hex(), mv.hex(), bytes.fromhex(ba.hex()), bytearray.fromhex(mv.hex())))
t(lambda: (b.hex(bytearray(b":")) if False else "skip", b"ab".hex(b":"), bytearray(b"ab").hex(":")))
t(lambda: b"ab".hex(bytearray(b":")))
t(lambda: b.find(memoryview(b"abcdef").cast("B", [2, 3])))
t(lambda: b.split(memoryview(b"ab")[::2]))
t(lambda: (b"x" * 3 == bytearray(b"xxx"), memoryview(b"xxx") == bytearray(b"xxx"), {b"k": 1}.get(b"k")))
t(lambda: (UnicodeDecodeError("ascii", bytearray(b"\xffz"), 0, 1, "r").object, UnicodeDecodeError("ascii", mv, 0, 1, "r").object))


class Sub(bytes):
    pass


class WithBytes:
    def __bytes__(self):
        return b"made"


t(lambda: (Sub(b"sub") + b"!", type(Sub(b"s") + b"!").__name__, b"a" + Sub(b"b"), Sub(b"xy").find(ba)))
t(lambda: (bytes(WithBytes()), b"%b" % WithBytes(), int.from_bytes(WithBytes(), "big")))
t(lambda: b"".join([WithBytes()]))
