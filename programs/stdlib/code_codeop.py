# codeop.compile_command and code.InteractiveInterpreter/InteractiveConsole: complete, incomplete and wrong input
import code
import codeop
import sys

for src in ["x = 1", "if 1:", "if 1:\n  pass", "if 1:\n  pass\n", "x = (", "x = (1,\n 2)", "def f():\n  return 1\n",
            "'''abc", "a b", "1 +", "@dec", "x = 1\n\n", "", "# only a comment", "\\", "lambda: (yield)"]:
    try:
        c = codeop.compile_command(src)
        print(repr(src), "->", None if c is None else type(c).__name__)
    except SyntaxError as e:
        print(repr(src), "-> SyntaxError", e.msg)
print(type(codeop.compile_command("1 + 2", symbol="eval")).__name__)
cc = codeop.CommandCompiler()
print(cc("from __future__ import annotations") is not None, cc("def g(x: undefined): pass") is not None)

ns = {}
interp = code.InteractiveInterpreter(ns)
print(interp.runsource("a = 6 * 7"), ns["a"])
print(interp.runsource("for i in range(2):"))
print(interp.runsource("for i in range(2):\n  print('loop', i)\n"))
sys.stderr = sys.stdout
print(interp.runsource("1 / 0"))
print(interp.runsource("a b"))

console = code.InteractiveConsole({"__name__": "__console__"})
for line in ["def sq(n):", "    return n * n", "", "print(sq(9))", "undefined_name", "sq(3)"]:
    print("more" if console.push(line) else "done", repr(line))
console.resetbuffer()
sys.stderr = sys.__stderr__
