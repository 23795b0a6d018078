# Writing bytes through sys.stdout.buffer and sys.stdout.buffer.raw after flushing the text layer; bytes-like arguments, errors of write, and stderr's buffer.
import sys

print("text first")
sys.stdout.flush()
counts = []
counts.append(sys.stdout.buffer.write(b"bytes through the buffer\n"))
counts.append(sys.stdout.buffer.write(bytearray(b"a bytearray\n")))
counts.append(sys.stdout.buffer.write(memoryview(b"a memoryview\n")))
sys.stdout.buffer.flush()
counts.append(sys.stdout.buffer.raw.write(b"straight to the raw file\n"))
sys.stdout.write("caf\u00e9\n")
sys.stdout.flush()
counts.append(sys.stdout.buffer.write("caf\u00e9 as utf-8\n".encode()))
sys.stdout.buffer.flush()
counts.append(sys.stderr.buffer.write(b"stderr bytes\n"))
sys.stderr.buffer.flush()
print(counts)
for bad in ("a str", 42, None, b"bytes"):
    try:
        sys.stdout.buffer.write(bad if not isinstance(bad, bytes) else 1.5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        sys.stdout.write(bad if not isinstance(bad, str) else 3)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.stdin.buffer.write(b"x")
except Exception as e:
    print(type(e).__name__, e)
for f in (sys.stdout.buffer.read, sys.stdout.buffer.readline, sys.stdin.buffer.raw.write, sys.stdout.buffer.raw.read):
    try:
        f(b"") if f is sys.stdin.buffer.raw.write else f()
    except Exception as e:
        print(type(e).__name__, e)
sys.stdout.writelines(["one\n", "two\n"])
print("end", flush=True)
