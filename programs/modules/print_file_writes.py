# print() writes each argument, separator and end with its own file.write() call (str() just before each), flush=True calls file.flush(), CPython's errors for sep/file, and what was written before a failing str()
import sys
class W:
    def __init__(self): self.calls = []
    def write(self, s):
        self.calls.append(s)
        return len(s)
    def flush(self): self.calls.append("<flush>")
w = W()
print("a", 1, [2], sep="--", end="!", file=w, flush=True)
print(file=w)
print("x", None, file=w, sep=None, end=None)
print(w.calls)
class Bad:
    def __str__(self): raise ValueError("no str")
try:
    print("a", Bad(), file=w)
except ValueError as e:
    print("ValueError", e, w.calls[-2:])
try:
    print("a", file=5)
except AttributeError as e:
    print("AttributeError", e)
try:
    print("a", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    print("a", file=W(), flush=True) or print("ok")
    class NF:
        def write(self, s): pass
    print("a", file=NF(), flush=True)
except AttributeError as e:
    print("AttributeError", e)
s = "shared"
w = W(); print(s, file=w); print(w.calls[0] is s)
print("partial", Bad())
