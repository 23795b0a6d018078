# _io.BytesIO (io.BytesIO in CPython): writes, reads, lines, seek/tell/truncate, the shared buffer (getvalue and read hand out the buffer itself, BytesIO(b) starts with b), getsizeof with CPython's over-allocation, closed-file errors, pickling state, subclasses
import _io
import gc
import sys
from _io import BytesIO

b = BytesIO()
print(b.write(b"hello\n"), b.write(b"world"), b.getvalue(), b.tell())
b.seek(0)
print(b.readline(), b.readline(), b.readline(), b.tell())
b.seek(0)
print(list(b), b.read())
b = BytesIO(b"abcdef")
print(b.read(2), b.read1(1), b.read(-1), b.read(), b.tell())
print(b.seek(2), b.write(b"XY"), b.getvalue(), b.tell(), b.seek(-1, 2), b.read(), b.seek(-2, 1), b.read(5))
print(b.seek(10), b.write(b"!"), b.getvalue(), b.tell(), b.seek(-100, 1))
print(b.truncate(3), b.getvalue(), b.tell(), b.truncate(), b.truncate(None))
b = BytesIO(b"one\ntwo\nthree\nfour")
print(b.readline(2), b.readline(10), b.readlines(), b.readlines())
b.seek(0)
print(b.readlines(5), b.readline(0), b.readline(None), b.readlines(None))
b = BytesIO()
b.writelines([b"a", b"bc", b"\n"])
print(b.getvalue(), b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush(), b.closed)
print(BytesIO(b"x" * 3).getvalue(), BytesIO(None).getvalue(), BytesIO(initial_bytes=b"kw").read())

# The buffer is the bytes object given, or the one getvalue() hands out.
x = b"".join([b"hello ", b"world"] * 3)
print(sys.getrefcount(x))
b = BytesIO(x)
print(sys.getrefcount(x), b.getvalue() is x, b.read() is x, sys.getsizeof(b) == sys.getsizeof(BytesIO()))
b.write(b"!")
print(b.getvalue() is x, sys.getrefcount(x), b.getvalue()[-3:])
v = b.getvalue()
print(b.getvalue() is v, b.read(), b.seek(0), b.read() is v)
one, empty = b"a", b""
print(BytesIO(one).read() is one, BytesIO(empty).getvalue() is empty)

# getsizeof: 64 bytes and the buffer CPython's resize_buffer allocates.
b = BytesIO()
sizes = [sys.getsizeof(b)]
for n in [1, 5, 10, 100, 101, 120, 1000]:
    b.write(b"x" * n)
    sizes.append(sys.getsizeof(b))
print(sizes)
b.truncate(10)
print(sys.getsizeof(b), len(b.getvalue()), sys.getsizeof(b))
print(sys.getsizeof(BytesIO(b"abc")), gc.is_tracked(b))


def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = BytesIO(b"abc")
err(b.write, "str")
err(b.write, 5)
err(b.seek, -1)
err(b.seek, 0, 3)
err(b.seek, "x")
err(b.truncate, -1)
err(b.read, "x")
err(b.readlines, "x")
err(b.readinto, b"xyz")
err(b.fileno)
err(b.detach)
err(BytesIO, "str")
err(BytesIO, 1)
err(BytesIO, b"", 2)
err(BytesIO, foo=1)
b.close()
b.close()
print(b.closed)
for f in (b.read, b.getvalue, b.tell, b.readline, b.readable, lambda: b.write(b"x"), lambda: next(b),
          b.__enter__, b.isatty, b.flush, b.readlines, lambda: b.writelines([]), lambda: b.seek(0),
          b.truncate):
    err(f)
print(iter(b) is b)

# Pickling state.
b = BytesIO(b"data")
b.seek(2)
b.tag = "t"
print(b.__getstate__())
c = BytesIO()
c.__setstate__((b"xyz", 1, {"k": 2}))
print(c.getvalue(), c.tell(), c.k)
err(c.__setstate__, (1,))
err(c.__setstate__, (b"a", "p", None))
err(c.__setstate__, (b"a", -1, None))
err(c.__setstate__, (b"a", 0, 5))


class Logged(BytesIO):
    def close(self):
        print("close", getattr(self, "_finalizing", False), self.getvalue())
        super().close()


g = Logged(b"first")
del g
a = Logged(b"cycle")
a.me = a
del a
gc.collect()
print(_io.BytesIO.__mro__)
with BytesIO(b"ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
