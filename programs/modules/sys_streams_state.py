# sys.stdout, sys.stderr and sys.stdin answer CPython's state attributes
# for piped streams (encoding, errors, line_buffering, write_through,
# newlines, name, _CHUNK_SIZE) and abilities (readable, writable,
# seekable, _check*), work as context managers, and take writelines.
import io
import sys

for s in (sys.stdout, sys.stderr, sys.stdin):
    print(s.name, s.encoding, s.errors, s.line_buffering, s.write_through, s.newlines,
          s.readable(), s.writable(), s.seekable(), s._CHUNK_SIZE, s.closed, s.isatty())
print(sys.stdout._checkWritable(), sys.stdout._checkClosed(), sys.stdin._checkReadable())
for bad in [sys.stdout._checkReadable, sys.stdout._checkSeekable, sys.stdin._checkWritable]:
    try:
        bad()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
sys.stdout.writelines(["a\n", "b", "c\n"])
print(sys.stdout.writelines([]))
try:
    sys.stdout.writelines(["ok\n", 1])
except TypeError as e:
    print(e)
with sys.stdin as f:
    print(f is sys.stdin, f.closed)
print(sys.stdin.closed)
try:
    sys.stdin.readable()
except ValueError as e:
    print(e)
