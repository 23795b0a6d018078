# io.TextIOWrapper over io.BytesIO: encodings, newline translation on both sides, readline and iteration, pending writes until flush, tell/seek cookies, detach, and closing through the finalizer.
import io

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8")
print(repr(t), t.encoding, t.errors, t.newlines, t.line_buffering, t.seekable(), t.readable(), t.writable())
print(t.write("caf\u00e9\nline two\n"), b.getvalue())
t.flush()
print(b.getvalue())
t.seek(0)
print(repr(t.readline()), t.tell(), repr(t.read(3)), t.tell(), repr(t.read()))
print(t.seek(0), [line for line in t])
t.seek(0)
print(t.readlines())
print(t.detach() is b, b.closed)

t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), encoding="ascii")
print(t.readlines(), t.newlines)
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), encoding="ascii", newline="")
print(t.readlines(), t.newlines)
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), encoding="ascii", newline="\r")
print(t.readlines(), t.newlines)
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), encoding="ascii", newline="\r\n")
print(t.readlines())

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="latin-1", newline="\r\n", line_buffering=True)
t.write("x\ny\u00ff")
print(b.getvalue())
t.write("\n")
print(b.getvalue())
try:
    t.write("\u20ac")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)

b = io.BytesIO("\u00e9t\u00e9\nhiver\n".encode("utf-16"))
t = io.TextIOWrapper(b, encoding="utf-16")
print(repr(t.readline()), repr(t.read()))

t = io.TextIOWrapper(io.BytesIO(b"\xff\xfeok\n"), encoding="utf-8", errors="replace")
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"ok\xff\n"), encoding="utf-8")
try:
    t.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

t = io.TextIOWrapper(io.BytesIO("\u00e9\u00e8\u00ea\nabc\n".encode()), encoding="utf-8")
print(repr(t.read(2)), t.tell())
pos = t.tell()
print(repr(t.read()))
t.seek(pos)
print(repr(t.read()))
t.seek(0, 2)
print(t.tell(), repr(t.read()))
for call in (lambda: t.seek(1, 1), lambda: t.seek(1, 2), lambda: t.seek(-1), lambda: t.seek(0, 3)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
t.seek(0)
next(t)
try:
    t.tell()
except OSError as e:
    print("OSError:", e)

for args, kwargs in (((io.BytesIO(),), {"newline": "x"}), ((io.BytesIO(),), {"encoding": "nope"}), ((io.BytesIO(),), {"encoding": "hex"}), ((), {})):
    try:
        io.TextIOWrapper(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8")
t.write("held until the finalizer closes it")
del t
print(b.closed)

t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
t.close()
print(t.closed)
for f in (t.read, lambda: t.write("x"), t.tell, t.flush):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
t = io.TextIOWrapper.__new__(io.TextIOWrapper)
try:
    t.read()
except ValueError as e:
    print("ValueError:", e)
