# seek, tell and truncate on the standard streams when they are pipes: io.UnsupportedOperation from the text layer and the buffer, OSError (ESPIPE) from the raw files.
import io
import sys

for s in (sys.stdin, sys.stdout, sys.stderr):
    calls = [
        ("seek(0)", lambda: s.seek(0)),
        ("tell()", s.tell),
        ("truncate()", s.truncate),
        ("buffer.seek(0)", lambda: s.buffer.seek(0)),
        ("buffer.tell()", s.buffer.tell),
        ("buffer.truncate()", s.buffer.truncate),
        ("raw.seek(0)", lambda: s.buffer.raw.seek(0)),
        ("raw.tell()", s.buffer.raw.tell),
        ("raw.truncate()", s.buffer.raw.truncate),
        ("seek(0, 2)", lambda: s.seek(0, 2)),
        ("seek()", lambda: s.seek()),
    ]
    for name, f in calls:
        try:
            print(s.name, name, f())
        except Exception as e:
            print(s.name, name, type(e).__name__, e.args, isinstance(e, io.UnsupportedOperation))
try:
    sys.stdin.write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    sys.stdout.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    sys.stdout.readline()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
