# _io.StringIO (io.StringIO in CPython is this very class): writes, reads, seek/tell/truncate, lines and iteration, the newline modes, closed and uninitialized objects, pickling state, identity and refcounts of what is written, subclasses closed by their finalizer
import _io
import gc
import sys
import weakref
from _io import StringIO

s = StringIO()
print(s.write("hello\n"), s.write("world"), repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), s.tell())
s.seek(0)
print(list(s), repr(s.read()))
s = StringIO("abcdef")
print(repr(s.read(2)), repr(s.read(-1)), repr(s.read()), s.tell())
print(s.seek(2), s.write("XY"), repr(s.getvalue()), s.tell(), s.seek(0, 2), s.seek(0, 1))
print(s.seek(10), s.write("!"), repr(s.getvalue()), s.tell())
print(s.truncate(3), repr(s.getvalue()), s.tell(), s.truncate(), s.truncate(None))
s.seek(1)
print(s.truncate(), repr(s.getvalue()), repr(s.read(None)))
s = StringIO("one\ntwo\nthree\nfour")
print(s.readline(2), repr(s.readline(10)), s.readlines(), s.readlines())
s.seek(0)
print(s.readlines(5), repr(s.readline(0)), s.readline(None))
s = StringIO()
s.writelines(["a", "b", "c\n"])
print(repr(s.getvalue()), s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering)
print(s.encoding, s.errors, s.newlines, s.flush(), s.closed)

# Newline modes: None translates \r\n and \r to \n; '' keeps them and reads
# any; '\r' and '\r\n' write \n as themselves.
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = StringIO("a\nb\r\nc\rd\n", newline=nl)
    print(repr(nl), repr(s.getvalue()), list(s), s.newlines)
s = StringIO(newline=None)
s.write("x\r")
s.write("\ny\r")
print(repr(s.getvalue()), s.newlines)
s = StringIO(newline="")
s.write("p\r\nq\rr\n")
print(s.newlines, list(StringIO("p\r\nq\rr\n", newline="")))

# Characters beyond the BMP count as one position each.
s = StringIO("a\U0001F600b\nc")
print(s.read(2), s.tell(), repr(s.readline()), s.seek(1), s.write("é"), repr(s.getvalue()))

# Errors.
def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = StringIO("abc")
err(s.write, b"x")
err(s.seek, -1)
err(s.seek, 1, 1)
err(s.seek, 0, 3)
err(s.seek, "x")
err(s.seek, 2**70)
err(s.truncate, -1)
err(s.read, "x")
err(s.readline, 1.5)
err(s.fileno)
err(s.detach)
err(StringIO, 1)
err(StringIO, "x", newline="x")
err(StringIO, "x", newline=1)
err(StringIO, "x", "\n", 3)
err(StringIO, foo=1)
print(StringIO(None).getvalue() == "", StringIO(initial_value="kw", newline=None).getvalue())
s.close()
s.close()
print(s.closed)
for f in (s.read, s.getvalue, s.tell, s.readline, s.readable, lambda: s.write("x"), lambda: next(s),
          lambda: iter(s), s.__enter__, s.isatty, lambda: s.newlines, lambda: s.line_buffering, s.flush):
    err(f)
u = StringIO.__new__(StringIO)
for f in (u.read, lambda: u.closed, lambda: u.write("x"), lambda: iter(u), u.close):
    err(f)
u.__init__("now")
print(u.read())

# Pickling state.
s = StringIO("a\nb", newline="\r\n")
s.seek(2)
s.extra = 1
print(s.__getstate__())
t = StringIO()
t.__setstate__(("x\r\ny", "\r\n", 1, {"k": 2}))
print(repr(t.getvalue()), t.tell(), t.k, t.__dict__)
err(t.__setstate__, (1, 2))
err(t.__setstate__, ("a", None, "p", None))
err(t.__setstate__, ("a", None, -1, None))
err(t.__setstate__, ("a", None, 0, 5))

# What is written is kept, not copied, until the text is realized.
x = "".join(["some ", "text"])
print(sys.getrefcount(x))
s = StringIO()
s.write(x)
print(sys.getrefcount(x), s.getvalue() is x)
v = s.getvalue()
print(s.getvalue() is v, sys.getrefcount(x))
s.seek(0)
print(s.read() is v)
s.write("!")
print(s.getvalue() is v, sys.getrefcount(v))
print(sys.getsizeof(StringIO()), sys.getsizeof(s), gc.is_tracked(s))

# Instance attributes, weak references, the context manager.
s = StringIO()
s.name = "buffer"
print(s.__dict__, weakref.ref(s)() is s)
with StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)


class Logged(StringIO):
    def close(self):
        print("close", getattr(self, "_finalizing", False), repr(self.getvalue()))
        super().close()


g = Logged("first")
del g
g = Logged("second")
g.close()
del g
a = Logged("cycle")
a.me = a
print("collect")
del a
gc.collect()
print("collected")
print(_io.StringIO.__mro__, StringIO.__module__)
