# Reading sys.stdin: readline, input() continuing where readline stopped, read(n), read() to the end, then EOF; lines end only at "\n" (a "\r" stays).
import sys

print(repr(sys.stdin.readline()))
print(repr(input()))
print(repr(input("prompt> ")))
print(repr(sys.stdin.read(4)))
print(repr(sys.stdin.readline(3)))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read()))
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
print(sys.stdin.readlines())
try:
    input("last> ")
except EOFError as e:
    print("EOFError:", e)
print(sys.stdin.newlines, sys.stdin.closed)
