# Reading an empty standard input: every read gives '' or b'', input() raises EOFError; and reading after sys.stdin.close().
import sys

print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
print(repr(sys.stdin.read(10)), repr(sys.stdin.buffer.read()), repr(sys.stdin.buffer.read1()))
print(list(sys.stdin))
try:
    input("prompt")
except EOFError as e:
    print("\nEOFError:", e)
sys.stdin.close()
print(sys.stdin.closed, sys.stdin.buffer.closed, sys.stdin.buffer.raw.closed)
print(repr(sys.stdin.buffer.raw))
for f in (input, sys.stdin.read, sys.stdin.readline, sys.stdin.fileno, sys.stdin.buffer.read, sys.stdin.buffer.raw.read, sys.stdin.readable, sys.stdin.buffer.raw.readable, lambda: iter(sys.stdin)):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
sys.stdin.close()
print("closed twice")
