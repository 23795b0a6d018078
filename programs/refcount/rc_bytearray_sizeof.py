# sys.getsizeof of a bytearray follows CPython 3.11's PyByteArray_Resize
# over-allocation as it grows and shrinks: appends, extends, slice
# deletions (the front by moving the logical start), += and *=.
import sys

b = bytearray()
sizes = []
for i in range(70):
    sizes.append((len(b), sys.getsizeof(b), b.__alloc__()))
    b.append(i)
print(sizes)
while len(b) > 3:
    del b[-7:]
    print(len(b), sys.getsizeof(b), b.__alloc__(), end="; ")
print()

m = bytearray(b"0123456789")
del m[:5]
print(m, sys.getsizeof(m), m.__alloc__())
del m[:3]
print(m, sys.getsizeof(m), m.__alloc__())
m = bytearray(b"0123456789")
m[2:] = b""
print(m, sys.getsizeof(m), m.__alloc__())
m = bytearray(100)
m.extend(range(10))
print(sys.getsizeof(m), m.__alloc__())
m = bytearray()
m.extend(range(10))
print(sys.getsizeof(m), m.__alloc__())
m = bytearray()
m.extend(x for x in range(50))
print(sys.getsizeof(m), m.__alloc__())
m = bytearray()
m += b"abcdef"
print(sys.getsizeof(m), m.__alloc__())
m *= 3
print(sys.getsizeof(m), m.__alloc__())
m.clear()
print(sys.getsizeof(m), m.__alloc__())
print([bytearray(x).__alloc__() for x in (b"ab", 5, [1, 2, 3], iter([1, 2, 3]), range(9), b"")])
print(bytearray("ab", "ascii").__alloc__(), bytearray(b"x" * 20)[3:].__alloc__(), bytearray(b"abc").copy().__alloc__())
print(sys.getsizeof(bytearray(b"abc").upper()), sys.getsizeof(bytearray(b"a b").split()[0]))


class BA(bytearray):
    pass


print(sys.getsizeof(BA()), sys.getsizeof(BA(b"abc")), BA(b"x").__sizeof__())
