# bdb.Bdb tracing a function line by line, and pdb.Pdb driven non-interactively by commands read from a StringIO
import bdb
import io
import os
import pdb
import sys


def compute(n):
    total = 0
    for i in range(n):
        total += i
    return total


class Tracer(bdb.Bdb):
    def user_call(self, frame, args):
        print("call", frame.f_code.co_name)

    def user_line(self, frame):
        print("line", frame.f_code.co_name, frame.f_lineno - compute.__code__.co_firstlineno)

    def user_return(self, frame, value):
        print("return", frame.f_code.co_name, value)


t = Tracer()
print(t.runcall(compute, 2))
print(sys.gettrace())

out = io.StringIO()
commands = io.StringIO("p n\nn\nn\np total\nwhere\nc\n")
debugger = pdb.Pdb(stdin=commands, stdout=out, nosigint=True)
debugger.use_rawinput = False
print(debugger.runcall(compute, 3))
text = out.getvalue()
print(text.replace(os.path.abspath(__file__), "FILE"))
print(sys.gettrace())
