# bytearray as CPython 3.11's bytearrayobject.c: the mutating methods,
# item and slice assignment (extended slices too), += and *=, the bytes
# methods returning new bytearrays, repr, comparisons, % and pickling state.
b = bytearray(b"hello")
print(b, repr(bytearray(b"it's")), bytearray(b'"'), bytearray(b"'\""), bytearray(), bytearray(3), bytearray([1, 2]))
print(bytearray("é", "utf-8"), bytearray(b"abc"), bytearray(memoryview(b"mv")), bytearray(range(3)), bytearray(iter(b"it")))
b.append(33)
b.extend(b" world")
b.insert(0, 62)
b.insert(-100, 60)
b.insert(100, 46)
print(b, len(b), b.pop(), b.pop(0), b.pop(-1), b)
b[0] = 72
b[1:3] = b"EY"
del b[-1]
print(b)
b.remove(32)
print(b)
b.reverse()
print(b, b.copy(), b.copy() is b)
b.clear()
print(b, len(b))

x = bytearray(b"abcdefgh")
x[::2] = b"1234"
print(x)
del x[::3]
print(x)
x[5:2] = b"ZZ"
print(x)
del x[::-2]
print(x)
x = bytearray(b"abc")
x[1:2] = x
print(x)
x[:] = [65, 66]
print(x)
x[0:0] = (67,)
print(x)
x[1:] = memoryview(b"mv")
print(x)
x[len(x):] = iter(b"!?")
print(x)
del x[:2]
print(x)
x[-1] = ord("x")
print(x, x[0], x[-1], x[1:], x[::-1], type(x[:1]).__name__)

y = bytearray(b"ab")
z = y
y += b"cd"
y += bytearray(b"e")
print(y, y is z)
y *= 2
print(y, y is z)
y *= 1
print(y)
y *= 0
print(y, y is z)

a = bytearray(b"Hello World")
print(a.upper(), a.lower(), a.title(), a.swapcase(), a.capitalize(), a.center(15, b"*"), a.zfill(13))
print(a.split(), a.split(b"o"), a.rsplit(None, 1), a.partition(b" "), a.rpartition(b"x"), a.splitlines())
print(a.find(b"o"), a.rfind(111), a.index(b"W"), a.count(b"l"), a.startswith(b"He"), a.endswith(bytearray(b"ld")))
print(a.replace(b"l", b"L"), a.strip(b"Hd"), a.lstrip(b"H"), a.rstrip(), a.removeprefix(b"Hello "), a.removesuffix(b"x"))
print(a.hex(), a.hex(" ", 4), bytearray.fromhex("de ad"), a.translate(bytearray.maketrans(b"lo", b"01")), a.isalpha())
print(bytearray(b"-").join([b"a", bytearray(b"b"), memoryview(b"c")]), a.decode(), a.expandtabs(), a.ljust(12, b"."))
print(b"o" in a, 111 in a, bytearray(b"ll") in a, memoryview(b"Wor") in a)
print(type(a.strip()).__name__, a.strip() is a, a.replace(b"z", b"y") is a, a.split()[0] is a)

print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") * 2, 3 * bytearray(b"x"))
print(bytearray(b"ab") == b"ab", bytearray(b"a") < b"b", bytearray(b"b") >= bytearray(b"a"), b"a" == bytearray(b"a"))
print(bytearray(b"abc") == memoryview(b"abc"), bytearray(b"abc") != "abc", bytearray(b"a") == 97)
print(bytearray(b"%d-%s-%c") % (1, b"x", 65), bytearray(b"%(k)s") % {b"k": bytearray(b"v")})
print(bytearray(b"abc").__reduce__(), bytearray().__reduce_ex__(3), bytearray(b"x\xff").__reduce_ex__(2))
print(list(bytearray(b"ab")), list(reversed(bytearray(b"ab"))), iter(bytearray(b"xyz")).__length_hint__())
print(bytes(bytearray(b"to bytes")), str(bytearray(b"s")), bytearray(b"abc") * 0, bytearray(b"a").__alloc__())


class BA(bytearray):
    pass


s = BA(b"sub")
s.extra = 1
print(repr(s), s.upper(), type(s.upper()).__name__, type(s[:1]).__name__, s.__reduce__(), s == b"sub")
