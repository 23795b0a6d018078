# Built-ins whose argument is a C int: past its range an OverflowError,
# before the function's own range check. And sys.intern: the str given is
# the one entered in the table, so a later equal string interns to it.
import sys

cases = [
    "chr(2**40)", "chr(-2**40)", "chr(-1)", "chr(0x110000)", "chr(1.5)", "chr(65)",
    "sys.setrecursionlimit(10**20)", "sys.setrecursionlimit(0)", "sys.setrecursionlimit(1.5)",
    "sys.setrecursionlimit('a')", "sys.intern(5)",
]
for case in cases:
    try:
        print(case, "->", eval(case))
    except Exception as e:
        print(case, "->", type(e).__name__, e)

class S(str):
    pass

try:
    sys.intern(S("x"))
except TypeError as e:
    print(e)
a = "hello world!"
b = "".join(["hello ", "world!"])
print(a is b, sys.intern(a) is a, sys.intern(b) is a, sys.intern(b) is b)
