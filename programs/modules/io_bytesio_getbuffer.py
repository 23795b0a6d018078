# BytesIO.getbuffer(): a writable memoryview of the contents; while it is exported, writes, truncate and close raise BufferError and getvalue copies
import io
import sys

b = io.BytesIO(b"hello world")
v = b.getbuffer()
print(type(v).__name__, len(v), bytes(v), v.readonly, v.format, v.nbytes)
v[0:5] = b"HELLO"
print(b.getvalue())
for op in (lambda: b.write(b"x"), lambda: b.truncate(2), b.close, lambda: b.__init__(b"new")):
    try:
        op()
    except BufferError as e:
        print("BufferError:", e)
print(b.read())
print(b.getvalue() is b.getvalue())
v.release()
b.write(b"!")
print(b.getvalue())
with b.getbuffer() as w:
    print(bytes(w[-3:]))
b.seek(0)
b.truncate(3)
print(b.getvalue())
b.close()
try:
    b.getbuffer()
except ValueError as e:
    print("ValueError:", e)
# a view keeps the BytesIO alive; dropping it releases the export
c = io.BytesIO(b"abc")
m = c.getbuffer()
print(sys.getrefcount(c))
del m
print(sys.getrefcount(c))
c.write(b"d")
print(c.getvalue())
e = io.BytesIO()
print(bytes(e.getbuffer()), len(e.getbuffer()))
shared = b"shared data"
f = io.BytesIO(shared)
mv = f.getbuffer()
mv[0] = ord("S")
print(shared, f.getvalue())
del mv
