# The io module (CPython's Lib/io.py over _io): its ABCs and what is registered with them, UnsupportedOperation, SEEK_*, print(file=StringIO), sys.stdout replaced by a StringIO, a TextIOBase and a RawIOBase written in Python
import io
import sys

print(io.StringIO, io.BytesIO, io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)
print(io.UnsupportedOperation, io.UnsupportedOperation.__mro__, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.StringIO is __import__("_io").StringIO, io.DEFAULT_BUFFER_SIZE, io.BlockingIOError is BlockingIOError)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase),
      isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.TextIOBase))
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.TextIOWrapper),
      issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedReader, io.BufferedIOBase))
print(io.text_encoding(None), io.text_encoding("utf-8"))
print(sorted(n for n in dir(io) if not n.startswith("_")))
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))

buf = io.StringIO()
print("hello", 42, file=buf)
print("more", end="!", file=buf)
print(repr(buf.getvalue()))

old = sys.stdout
sys.stdout = io.StringIO()
print("captured", [1, 2])
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))

class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)


u = Upper()
print("to", "upper", file=u)
print(u.parts, u.closed, u.readable(), u.writable(), u.encoding)
try:
    u.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
u.close()
print(u.closed)
try:
    with u:
        pass
except ValueError as e:
    print("ValueError:", e)


class Lines(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def read(self, n=-1):
        if n < 0:
            return super().read(n)
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk

    def readall(self):
        chunk, self.data = self.data, b""
        return chunk


r = Lines(b"ab\ncd\n")
print(r.readline(), r.readlines(), isinstance(r, io.IOBase))
