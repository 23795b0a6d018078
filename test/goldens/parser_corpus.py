"""test/parser-corpus/: what CPython 3.11's parser makes of each snippet.

For every test/parser-corpus/NAME.py, NAME.ast.json holds `ast.parse(source)` in a JSON
form that maps 1:1 onto refpy's AST objects (src/ast/nodes.ts):

  - a node is {"type": <ast class name>, <fields>..., lineno, col_offset,
    end_lineno, end_col_offset}; ExceptHandler's `type` field is `exc_type`;
    `type_comment`, `type_ignores` and Constant's `kind` are left out;
  - operators and contexts are their class names ("Add", "Load");
  - Constant.value (and MatchSingleton.value) is tagged: {"kind": "int", "value": "<decimal>"},
    {"kind": "float", "value": <number> | "inf" | "-inf" | "nan"},
    {"kind": "complex", "real": <float value>, "imag": <float value>},
    {"kind": "str", "value": s}, {"kind": "bytes", "value": [ints]},
    {"kind": "bool", "value": b}, {"kind": "None"}, {"kind": "Ellipsis"};
  - inside an f-string, the positions of a FormattedValue's expression and
    format spec are dropped (3.11 computes them oddly).

errors.json holds, for each snippet in ERRORS below, what compile() raises:
{"src", "mode", "kind", "msg", "lineno", "offset"}.

Made only by `npm run goldens` (make_goldens.py beside this); never edit
them by hand.
"""

import ast
import json
import math
import pathlib
import sys
import warnings

CORPUS = pathlib.Path(__file__).resolve().parents[1] / "parser-corpus"

SIMPLE = (ast.operator, ast.unaryop, ast.cmpop, ast.boolop, ast.expr_context)


def float_json(v):
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return v


def const(v):
    if v is None:
        return {"kind": "None"}
    if v is Ellipsis:
        return {"kind": "Ellipsis"}
    if isinstance(v, bool):
        return {"kind": "bool", "value": v}
    if isinstance(v, int):
        return {"kind": "int", "value": str(v)}
    if isinstance(v, float):
        return {"kind": "float", "value": float_json(v)}
    if isinstance(v, complex):
        return {"kind": "complex", "real": float_json(v.real), "imag": float_json(v.imag)}
    if isinstance(v, str):
        return {"kind": "str", "value": v}
    if isinstance(v, bytes):
        return {"kind": "bytes", "value": list(v)}
    raise TypeError(f"unexpected constant {v!r}")


def conv(node, positions=True):
    if isinstance(node, list):
        return [conv(n, positions) for n in node]
    if not isinstance(node, ast.AST):
        return node
    name = type(node).__name__
    if isinstance(node, SIMPLE):
        return name
    out = {"type": name}
    for field in node._fields:
        if field in ("type_comment", "type_ignores") or (name == "Constant" and field == "kind"):
            continue
        value = getattr(node, field)
        key = "exc_type" if name == "ExceptHandler" and field == "type" else field
        if name in ("Constant", "MatchSingleton") and field == "value":
            out[key] = const(value)
        elif name == "FormattedValue" and field in ("value", "format_spec"):
            out[key] = conv(value, False)
        else:
            out[key] = conv(value, positions)
    if positions:
        for attr in node._attributes:
            out[attr] = getattr(node, attr)
    return out


# Bad snippets: the parser must raise what CPython raises, where it raises it.
ERRORS = [
    # generic and bracket errors
    "x = 1 +\n", "a b c\n", "x = a b\n", "print(1) 2\n", "x = $\n", "x = a ? b\n", "x.1\n",
    "import\n", "from x import\n", "del\n", "global\n", "assert\n", "raise from x\n",
    "except E as e:\n", "else:\n", "x := 1\n", "x: int, = 1\n", "lambda x\n",
    "a = 1 if b else\n", "@\ndef f(): pass\n", "x = yield from\n", "f(**)\n",
    "x = (1,\n", "x = (1 2\n", "x = [\n", "x = [1, 2\ny = 3\n", "\n\n\n(\n", "x = )\n", "x = (]\n",
    "x = (\n1]\n", "from x import (a, b\n",
    # input ending inside brackets: the open bracket, except in a def's
    # parameter list where the parser stops first
    "def f(:\n    pass\n", "x = (1 +\ndef f(:\n", "def f(a,\n  b\n", "def f(a, b:\n",
    "print(\"hi\"\nx = 1\n",
    # forgot a comma
    "foo(a b)\n", "f(a, b c)\n", "x = [1 2]\n", "x = {1: 2 3}\n", "(a b)\n",
    # expected ':' and friends
    "if x\n    pass\n", "def f\n", "def f()\n", "def f() x\n", "class A\n", "for x in y\n  pass\n",
    "while x\n", "with a as b\n", "try\n", "try:\n  a\nexcept E\n", "try:\n  a\nexcept\n",
    "try:\n  a\nfinally\n", "if x:\n  a\nelse\n", "if x:\n  a\nelif y\n", "try:\n    pass\n",
    "if x y:\n", "class A x:\n", "while x y:\n", "with a b:\n", "for x in y z:\n",
    "if x = 1:\n  pass\n", "while f() = 1:\n  pass\n", "x = 1 if y\n", "x = {1: 2, 3}\n",
    # indentation
    "  x = 1\n", "if x:\n    a\n        b\n", "if x:\n    a\n  b\n", "if x:\n  a\n    # c\n b\n", "def f():\n    if x:\n        y\n      return y\n",
    "if x: pass\n  y\n", "x = (1,\n  2)\n  y\n", "if x:\npass\n", "for x in y:\nz\n",
    "def f():\n# c\nz\n", "def f():\n\n", "def f():", "if x:", "if x:\n", "if x:\n  # c\n",
    "if x:\n    a\nelse:\nb\n", "try:\n    a\nexcept E:\nb\n", "try:\n    a\nfinally:\nb\n",
    "class A:\nb\n", "with a:\nb\n", "while a:\nb\n", "if a:\n  pass\nelif b:\nc\n",
    "for x in y:\n  pass\nelse:\nc\n", "try:\nx\n",
    "if x:\n\tpass\n        pass\n", "if x:\n    a\n  \tb\n", "if x:\n        a\n\tb\n",
    # literals
    "x = 'abc\n", "x = '''abc\n\ny\n", "x = '''\n", "x = \"abc\n", "x = 1abc\n", "x = 012\n",
    "x = 09\n", "x = 0x\n", "x = 0xg\n", "x = 1_\n", "x = 1__0\n", "x = 1e\n", "x = 0o8\n",
    "x = 0b2\n", "x = 1.5x\n", "x = \u20ac\n", "x = a\u00a0b\n", "x = \\ 1\n", "'\\x4'\n",
    "b'\u00e9'\n", "'a' b'b'\n", "x = 0xfor_\n", "x = 1orx\n", "x = 1_000_\n",
    "x = 1jx\n", "x = 1j_\n", "x = 1_j\n", "x = 1ej\n", "x = 0x1j\n", "x = 0b1j\n", "x = 1.5_j\n",
    # targets
    "1 = x\n", "f() = 1\n", "a + b = 1\n", "-x = 1\n", "True = 1\n", "not x = 1\n",
    "0 if 1 else 2 = 3\n", "a = b = 1 = 2\n", "x = yield = 1\n", "(a, 1) = x\n",
    "[a, f()] = x\n", "for 1 in x: pass\n", "with a as 1: pass\n", "del 1\n", "del (a, f())\n",
    "x + 1 += 1\n", "f() += 1\n", "(a, b) += 1\n", "[x for 1 in y]\n", "a, b: int\n",
    "(a.b := 1)\n", "del f()\n",
    # calls and parameters
    "f(a=1, b)\n", "f(**a, *b)\n", "f(**a, b)\n", "print(*a, **b, c)\n", "f(a for a in b, c)\n",
    "f(x for x in y, )\n", "f(a.b=1)\n", "f(1=2)\n", "lambda x=1, y: x\n",
    "def f(a=1, b): pass\n", "def f(*): pass\n", "def f(**k, a): pass\n", "def f(/, a): pass\n",
    "def f(*a, *b): pass\n",
    # displays
    "(*x)\n", "[*x for x in y]\n", "x = {a: *b}\n",
    # f-strings
    "x = f'{'\n", "x = f'}'\n", "x = f'{}'\n", "x = f'{a!x}'\n", "x = f'{a'\n", "x = f'{a b}'\n",
    "x = f'{#}'\n", "x = f'{a!}'\n", "x = f'{)}'\n", "x = f'{a:{b:{c}}}'\n",
    # async and await
    "async x\n", "async = 1\n", "@d\nasync for x in y: pass\n", "async def f()\n",
    "def f():\n  async for x in y\n    pass\n", "def f():\n  async with a as 1: pass\n",
    "async def f():\n  await x = 1\n", "async def f():\n  x = await\n", "async def f():\n  del await x\n",
    "async def f():\n  await x += 1\n", "async def f():\n  [x async for 1 in y]\n",
    "async def f():\n  async with a\n", "async def f():\n  async for x in y:\n  pass\n",
    "async def f():\npass\n", "async lambda: 1\n", "await\n", "x = await\n",
    "async def f():\n  return [x async  for x in y async]\n", "async\n", "async def f():\n  async while x: pass\n",
    # match statements (the parser's part; the compiler's errors are in programs/syntax/)
    "match x\n    pass\n", "match x:\npass\n", "match x:\n    case 1\n        pass\n",
    "match x:\n    case 1:\n    pass\n", "match x:\n    y = 1\n", "match x: pass\n",
    "match x y:\n    case 1: pass\n", "match *x:\n    case _: pass\n", "match x:\n    case 1 if y\n        pass\n",
    "match x:\n    case 1 as _:\n        pass\n", "match x:\n    case 1 as 1+2:\n        pass\n",
    "match x:\n    case x as a.b:\n        pass\n", "match x:\n    case C(a=1, 2):\n        pass\n",
    "match x:\n    case C(1, a=1, 2, 3):\n        pass\n", "match x:\n    case {x: 1}:\n        pass\n",
    "match x:\n    case {**_}:\n        pass\n", "match x:\n    case {**rest, 'a': 1}:\n        pass\n",
    "match x:\n    case f(x).y:\n        pass\n", "match x:\n    case 1 + 2:\n        pass\n",
    "match x:\n    case 1 + -2:\n        pass\n", "match x:\n    case -a:\n        pass\n",
    "match x:\n    case *a:\n        pass\n", "match x:\n    case (*a):\n        pass\n",
    "match x:\n    case [a b]:\n        pass\n", "match x:\n    case 1 2:\n        pass\n",
    "match x:\n    case x = 1:\n        pass\n",
]


def errors():
    out = []
    for src in ERRORS:
        try:
            compile(src, "x.py", "exec")
        except SyntaxError as e:
            out.append({"src": src, "mode": "exec", "kind": type(e).__name__, "msg": e.msg,
                        "lineno": e.lineno, "offset": e.offset})
        else:
            sys.exit(f"snippet compiles, so it tests nothing: {src!r}")
    return out


def to_json(data) -> bytes:
    return (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def goldens() -> dict:
    """Golden file -> contents: one per snippet, and errors.json."""
    files = {}
    for py in sorted(CORPUS.glob("*.py")):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SyntaxWarning)  # numbers.py's `1if x` on purpose
            tree = ast.parse(py.read_bytes().decode("utf-8"), py.name)
        files[py.with_suffix(".ast.json")] = to_json(conv(tree))
    files[CORPUS / "errors.json"] = to_json(errors())
    return files
