# input() outside a terminal, as CPython's builtin_input: the prompt written to a replaced sys.stdout, the line read with sys.stdin.readline() (a StringIO, a BytesIO, an object of its own), EOFError at the end, CPython's errors for a bad readline() and a lost sys.stdin
import io
import sys

sys.stdin = io.StringIO("first line\nsecond\nlast")
out = io.StringIO()
sys.stdout = out
a = input("name? ")
b = input()
c = input(42)
sys.stdout = sys.__stdout__
print(repr(a), repr(b), repr(c), repr(out.getvalue()))
try:
    input("at the end: ")
except EOFError as e:
    print()
    print("EOFError:", e)


class Lines:
    def __init__(self, *lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


sys.stdin = Lines("one\n", "two")
print(repr(input()), repr(input()))


class Weird:
    def readline(self):
        return 5


sys.stdin = Weird()
try:
    input()
except TypeError as e:
    print("TypeError:", e)
sys.stdin = io.BytesIO(b"bytes line\n")
print(repr(input()))
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError:", e)
