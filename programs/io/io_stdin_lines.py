# Iterating over sys.stdin, readlines() with a hint, and the binary layer: sys.stdin.buffer's read, read1, peek and readline.
import sys

print(repr(sys.stdin.buffer.read(3)))
print(repr(sys.stdin.buffer.read1(2)))
print(repr(sys.stdin.buffer.peek(1)[:5]))
print(repr(sys.stdin.buffer.readline()))
print(sys.stdin.readlines(12))
for line in sys.stdin:
    print(repr(line))
print(next(iter(sys.stdin), "exhausted"))
print(repr(sys.stdin.buffer.read()), repr(sys.stdin.read()))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
