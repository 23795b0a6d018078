# sys.stdout.close(): the stream, its buffer and its raw file report closed; writing raises ValueError, flushing too; print then fails uncaught (exit status 1).
import sys

print("before")
sys.stdout.close()
s = sys.stdout
print(s.closed, s.buffer.closed, s.buffer.raw.closed, repr(s), repr(s.buffer), repr(s.buffer.raw), file=sys.stderr)
for f in (lambda: s.write("x"), s.flush, s.fileno, s.readable, s.buffer.write, lambda: s.buffer.raw.write(b"x"), s.buffer.raw.fileno):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, file=sys.stderr)
s.close()
import os
os.write(1, b"the descriptor is still open\n")
print("after")
