# Every bytes method: searching, splitting, case, padding, stripping, hex,
# translate, with bytes-like arguments and start/end slices, as CPython 3.11.
b = b"Hello, World! hello"
print(b.find(b"o"), b.find(b"o", 5), b.find(b"o", 5, 8), b.find(111), b.find(b""), b.find(b"", 30))
print(b.rfind(b"o"), b.rfind(b"l", 0, 5), b.rfind(b"zz"), b.rfind(b"", 3))
print(b.index(b"W"), b.rindex(b"l"), b.count(b"l"), b.count(b"l", 4), b.count(b""), b.count(108, 0, 3))
print(b.find(b"o", None, None), b.count(b"o", -5), b.find(b"o", -100, 100))
print(b.startswith(b"Hell"), b.startswith(b"ello", 1), b.startswith((b"x", b"He")), b.startswith(b"", 50))
print(b.endswith(b"hello"), b.endswith(b"World", 0, -7), b.endswith((b"a", b"lo")))
print(b"o" in b, 111 in b, b"" in b, b"xyz" in b, 0 in b)

print(b"hello world".capitalize(), b"HELLO wORLD".lower(), b"hello".upper(), b"Hello World".swapcase())
print(b"hello wORLD 3rd".title(), b"they're bill's".title(), b"".title(), b"\xe9t\xe9".upper())
print(b"abc".isalpha(), b"ab1".isalnum(), b"123".isdigit(), b" \t\n\x0b\x0c\r".isspace(), b"".isspace())
print(b"abc".islower(), b"aBc".islower(), b"ABC1".isupper(), b"1".isupper(), b"Ab Cd".istitle(), b"AB".istitle())
print(b"abc".isascii(), b"\x80".isascii(), b"".isascii(), b"".isalpha(), b"a".istitle(), b"A".istitle())

print(b"abc".center(9), b"abc".center(8, b"*"), b"abc".center(2), b"ab".center(5, b"-"))
print(b"abc".ljust(6, b"."), b"abc".rjust(6), b"abc".rjust(-1), b"12".zfill(5), b"-12".zfill(5), b"+1".zfill(1))
print(b"a\tbc\td".expandtabs(), b"a\tb\nc\td".expandtabs(4), b"\t".expandtabs(0), b"a\tb".expandtabs(tabsize=2))

print(b"  spaced  ".strip(), b"  spaced  ".lstrip(), b"  spaced  ".rstrip(), b"xxhixx".strip(b"x"))
print(b"abcba".strip(b"ab"), b"abc".lstrip(b"a"), b"abc".rstrip(None), b"\t\n x \x0b".strip())

print(b"a b  c\td\n".split(), b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"a b c".split(maxsplit=1))
print(b"a b  c".rsplit(), b"a,b,c".rsplit(b",", 1), b"abcabc".split(b"bc"), b"  ".split(), b"".split(b","))
print(b"1<>2<>3".rsplit(b"<>", maxsplit=1), b"x".split(b"x"), b"a b c d e".rsplit(None, 2))
print(b"one\ntwo\r\nthree\rfour".splitlines(), b"a\nb\n".splitlines(keepends=True), b"".splitlines())
print(b"a-b-c".partition(b"-"), b"a-b-c".rpartition(b"-"), b"abc".partition(b"x"), b"abc".rpartition(b"x"))

print(b", ".join([b"a", b"b", b"c"]), b"".join([]), b"-".join(x for x in [b"p", b"q"]))
print(b"aaa".replace(b"a", b"b"), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2))
print(b"abcabc".replace(b"bc", b""), b"abab".replace(b"ab", b"xyz"), b"abc".replace(b"x", b"y"), b"a".replace(b"a", b"", 0))
print(b"prefix-body".removeprefix(b"prefix-"), b"body-suffix".removesuffix(b"-suffix"), b"abc".removeprefix(b""))

t = bytes.maketrans(b"abc", b"ABC")
print(len(t), t[97:100], b"aabbccdd".translate(t), b"abcdef".translate(t, b"bd"), b"abc".translate(None, delete=b"b"))
print(bytes.maketrans(b"x", b"y")[120], b"abc".translate(None))

print(b"\x00\xff\x10".hex(), b"\xb9\x01\xef".hex(":"), b"\xb9\x01\xef".hex(b"_", 2), b"\xb9\x01\xef".hex("-", -2))
print(b"abcdefgh".hex(" ", 3), b"abcdefgh".hex(" ", -3), b"".hex(), b"a".hex(":", 5), b"abcd".hex(sep="|", bytes_per_sep=1))
print(bytes.fromhex("de ad  BE EF"), bytes.fromhex(""), bytes.fromhex(" 0a"), bytes.fromhex("00ff\t\n"))

print(b"abc".decode(), b"abc".decode("ascii"), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode(encoding="latin-1"))
print(b"abc"[1], b"abc"[-1], b"abcdef"[1:4], b"abcdef"[::2], b"abcdef"[::-1], b"abc"[5:], b"abc"[True])
print(b"ab" + b"cd", b"ab" * 3, 2 * b"xy", b"ab" * 0, b"ab" * -1)
print(b"abc" == b"abc", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"abc" != b"abc", b"a" <= b"a", b"" >= b"")
print(list(b"abc"), list(reversed(b"abc")), len(b"hello"), hash(b"abc") == hash(b"abc"), b"abc".__getnewargs__())
print(bytes(b"abc").__bytes__(), iter(b"ab").__length_hint__(), sorted([b"b", b"a", b"ab"]), max(b"az"))
