# The exceptions bytes raises, with CPython 3.11's messages: bad argument
# types and counts, out-of-range bytes, bad hex, bad indices, bytes().


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = b"hello"
t(lambda: b.find())
t(lambda: b.find(b"l", 1, 2, 3))
t(lambda: b.find("l"))
t(lambda: b.find(300))
t(lambda: b.find(-1))
t(lambda: b.find(b"l", "x"))
t(lambda: b.find(b"l", start=1))
t(lambda: b.count([]))
t(lambda: b.index(b"z"))
t(lambda: b.rindex(122))
t(lambda: b.startswith("h"))
t(lambda: b.startswith((b"h", "e")))
t(lambda: b.endswith(1))
t(lambda: "a" in b)
t(lambda: 256 in b)
t(lambda: b.center())
t(lambda: b.center(10, "*"))
t(lambda: b.center(10, b"**"))
t(lambda: b.ljust(1.5))
t(lambda: b.rjust(10, fillchar=b"*"))
t(lambda: b.zfill("3"))
t(lambda: b.expandtabs("3"))
t(lambda: b.expandtabs(2**40))
t(lambda: b.strip("h"))
t(lambda: b.strip(b"h", b"o"))
t(lambda: b.split(""))
t(lambda: b.split(b""))
t(lambda: b.split(sep=b"l", maxsplit="1"))
t(lambda: b.split(foo=1))
t(lambda: b.rsplit(b"l", 1, 2))
t(lambda: b.splitlines(keepends="yes"))
t(lambda: b.partition(b""))
t(lambda: b.partition("l"))
t(lambda: b.join([b"a", "b"]))
t(lambda: b.join(5))
t(lambda: b.replace(b"l"))
t(lambda: b.replace("l", b"L"))
t(lambda: b.replace(b"l", b"L", "2"))
t(lambda: b.removeprefix("h"))
t(lambda: b.translate(b"short"))
t(lambda: b.translate(None, "l"))
t(lambda: bytes.maketrans(b"ab", b"c"))
t(lambda: bytes.maketrans("a", "b"))
t(lambda: b.hex(":", "2"))
t(lambda: b.hex("::"))
t(lambda: b.hex(1))
t(lambda: b.hex("\u20ac"))
t(lambda: b.hex(b"\xff"))
t(lambda: b.hex([":"]))
t(lambda: bytes.fromhex("0g"))
t(lambda: bytes.fromhex("abc"))
t(lambda: bytes.fromhex("a b"))
t(lambda: bytes.fromhex("\u00e9"))
t(lambda: bytes.fromhex(b"ab"))
t(lambda: b.decode(1))
t(lambda: b.decode("utf-8", None))
t(lambda: b.decode("utf-8", errors=5))
t(lambda: b.decode("utf\x008"))
t(lambda: b.isalpha(1))
t(lambda: b.upper(x=1))
t(lambda: b[10])
t(lambda: b[-6])
t(lambda: b["a"])
t(lambda: b[1.0])
t(lambda: b[::0])
t(lambda: b + "a")
t(lambda: b + 1)
t(lambda: "a" + b)
t(lambda: b * "2")
t(lambda: b * 2.0)
t(lambda: b < "a")
t(lambda: b < 1)
t(lambda: bytes(-1))
t(lambda: bytes("abc"))
t(lambda: bytes("abc", errors="strict"))
t(lambda: bytes(3, "ascii"))
t(lambda: bytes(encoding="ascii"))
t(lambda: bytes(errors="ascii"))
t(lambda: bytes([1, 256]))
t(lambda: bytes([1, -1]))
t(lambda: bytes([1, "a"]))
t(lambda: bytes((1, 2.0)))
t(lambda: bytes(x for x in [1, 300]))
t(lambda: bytes(1.5))
t(lambda: bytes(object()))
t(lambda: bytes(b"a", "ascii"))
t(lambda: bytes("a", 1))
t(lambda: bytes(source=b"x", foo=1))
t(lambda: bytes(1, 2, 3, 4))


class Bad:
    def __bytes__(self):
        return "not bytes"


class Good:
    def __bytes__(self):
        return b"good"


class Index:
    def __index__(self):
        return 3


t(lambda: bytes(Bad()))
t(lambda: bytes(Good()))
t(lambda: bytes(Index()))
t(lambda: b"abc"[Index() - 1] if False else b"abcd"[Index()])
t(lambda: hash(b"") == hash(""))
