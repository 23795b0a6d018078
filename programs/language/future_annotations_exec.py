# Future features reach code compiled at run time: exec(), eval() and compile()
# inherit the caller's, compile(dont_inherit=True) does not, flags= adds them,
# and a bad future statement there is a SyntaxError without source text.
from __future__ import annotations
exec("x: int = 1\nprint(__annotations__)")
ns = {}
exec(compile("y: list[int]", "<s>", "exec"), ns)
print(ns["__annotations__"])
ns = {}
exec(compile("y: list[int]", "<s>", "exec", dont_inherit=True), ns)
print(ns["__annotations__"])
import __future__
c = compile("def f(a: b): pass", "<s>", "exec", flags=__future__.annotations.compiler_flag, dont_inherit=True)
print(hex(c.co_flags))
try:
    compile("1", "<s>", "exec", flags=1 << 30)
except ValueError as e:
    print(e)
try:
    exec("from __future__ import nope")
except SyntaxError as e:
    print(e, repr(e.text), e.offset, e.end_offset, e.lineno, e.end_lineno)
try:
    exec("import os\nfrom __future__ import annotations")
except SyntaxError as e:
    print(e, repr(e.text), e.offset, e.end_offset)
print(eval("lambda a: 1").__code__.co_flags & 0x1000000)
