# io.FileIO over the standard descriptors (closefd=True closes the descriptor for good), and BufferedReader/BufferedWriter over BytesIO: reads, peeks, held writes, detach and close.
import io
import os
import sys

out = io.FileIO(1, "w", closefd=False)
print(repr(out), out.mode, out.closefd, out.name, out.writable(), out.readable(), file=sys.stderr)
sys.stdout.flush()
print(out.write(b"FileIO(1) writes\n"), file=sys.stderr)
out.close()
print(repr(out), out.closed, file=sys.stderr)
inp = io.FileIO(0)
print(repr(inp), inp.read(5), inp.readall(), inp.read(), file=sys.stderr)
for args in ((-1,), (1, "z"), (1, "w", True, None, 5)):
    try:
        io.FileIO(*args)
    except Exception as e:
        print(type(e).__name__, e, file=sys.stderr)

err = io.FileIO(2, "w")
err.write(b"to fd 2, then closed\n")
err.close()
for f in (lambda: os.write(2, b"x"), lambda: io.FileIO(2, "w"), lambda: sys.stderr.buffer.raw.write(b"x")):
    try:
        f()
    except OSError as e:
        print("OSError:", e)
print("stdout still works")

r = io.BufferedReader(io.BytesIO(b"line one\nline two\nrest"), buffer_size=8)
print(repr(r), type(r.raw).__name__, r.readable(), r.seekable(), r.writable())
print(r.read(3), r.peek()[:2], r.read1(4), r.readline(), r.tell())
print(list(r), r.read())
r.seek(0)
print(r.read(), r.seek(-4, 2), r.read())
raw = r.detach()
print(raw.closed, repr(r))
for f in (r.read, lambda: r.name, r.fileno):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)

b = io.BytesIO()
w = io.BufferedWriter(b, buffer_size=4)
print(w.write(b"ab"), b.getvalue())
print(w.write(b"cdef"), b.getvalue())
w.write(b"g")
print(b.getvalue(), w.tell())
w.flush()
print(b.getvalue())
w.write(b"held")
w.close()
print(w.closed, b.closed)
for f in (lambda: w.write(b"x"), w.flush):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
for args in ((io.BytesIO(), 0), (io.BytesIO(), -1)):
    try:
        io.BufferedWriter(*args)
    except ValueError as e:
        print("ValueError:", e)
class NotReadable(io.RawIOBase):
    def readable(self):
        return False
try:
    io.BufferedReader(NotReadable())
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
b = io.BytesIO(b"data")
r = io.BufferedReader(b)
del r
print(b.closed)
