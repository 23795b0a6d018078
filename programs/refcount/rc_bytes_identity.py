# bytes objects that are shared, as in CPython 3.11: the empty and the
# one-byte bytes are static singletons, and an exact bytes that an
# operation would copy unchanged is returned itself (the refcount of the
# original grows), while a bytes subclass always gets a new exact bytes.
import sys

A, AB, E = b"a", b"ab", b""
print("singletons:", sys.getrefcount(A) > 100000, sys.getrefcount(E) > 100000, sys.getrefcount(b"\xff") > 100000)
print("one-byte results:", AB[0:1] is A, bytes([97]) is A, b"%c" % 97 is A, bytes.fromhex("61") is A)
print("  stripped:", b" a ".strip() is A, b"a b".split()[0] is A, AB.decode().encode()[:1] is A)
print("  new objects:", bytes((97,)) is A, b"A".lower() is A, AB[::2] is A, (97).to_bytes(1, "big") is A)
print("  more:", AB.replace(b"b", b"") is A, b"".join([A, E]) is A, "a".encode() is A, "a".encode("latin-1") is A)
print("empty results:", AB[5:] is E, bytes() is E, b"".join([]) is E, AB * 0 is E, AB.strip(b"ab") is E, bytes(0) is E)

x = b"payload"
base = sys.getrefcount(x)
same = [x[:], x * 1, x + b"", b"" + x, bytes(x), x.strip(), x.center(3), x.replace(b"z", b"y"), x.translate(None)]
same += [x.removeprefix(b"q"), x.split()[0], x.split(b",")[0], x.partition(b",")[0], b"-".join([x]), x.zfill(2)]
same += [x.lstrip(b"z"), x.rjust(1), x.ljust(0), x.expandtabs() is x, x.splitlines()[0], x.__bytes__()]
print("returned itself:", [y is x for y in same if not isinstance(y, bool)])
print("refcount grew by:", sys.getrefcount(x) - base)
del same
print("back to:", sys.getrefcount(x) - base)


class Sub(bytes):
    pass


s = Sub(b"payload")
copies = [s[:], s * 1, s + b"", bytes(s), s.strip(), s.center(3), s.replace(b"z", b"y"), s.__bytes__(), s.partition(b",")[0]]
print("subclass:", [type(y).__name__ for y in copies], [y is s for y in copies])
print("sizes:", sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(bytes(100)), b"abc".__sizeof__())
print("subclass sizes:", sys.getsizeof(Sub()), sys.getsizeof(Sub(b"abc")))
it = iter(b"xyz")
print(type(it).__name__, it.__length_hint__(), next(it), list(it), it.__length_hint__())
