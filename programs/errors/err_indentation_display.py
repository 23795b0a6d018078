# IndentationError and TabError as compile() raises them and as they print: their attributes, and one caret under the start (a SyntaxError's caret spans its range).
import sys

snippets = [
    "def f():\nreturn 1\n",
    "for x in y:\n# comment\n\n    \nprint(x)\n",
    "class C:\n    def f(self):\n    pass\n",
    "if x:\n    a\n  b\n",
    "if x:\n  a\n    b\n",
    "  x = 1\n",
    "if x:\n\ta = 1\n        b = 2\n",
    "try:\nx = 1\nexcept: pass\n",
    "while x:\n    pass\nelse:\nbreak_here = 1\n",
    "with a as b:\nreturn_value = 1\n",
    "match x:\n    case 1:\n    pass\n",
    "x = (1 +\n",
]
for src in snippets:
    try:
        compile(src, "snippet.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.args)
        sys.excepthook(type(e), e, None)

for cls in (IndentationError, TabError, SyntaxError):
    e = cls("made by hand", ("f.py", 2, 3, "  return 1\n", 2, 9))
    sys.excepthook(cls, e, None)

exec("def g():\n    pass\n  return 2\n")
