"""test/sre-cases/: the `_sre` engine on code that CPython's own compiler made.

Each line of cases.txt (besides `#` comments and blank lines) is a Python
expression for `(pattern, flags, subjects)`. For each, CPython 3.11's
Lib/re/_compiler.py compiles the pattern exactly as `re.compile` would (the
body of `_compiler.compile`), and the arguments it would pass to
`_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)` are
written, as literals, into cases.py: a program that builds each Pattern
with `_sre.compile` alone (no `re` needed) and prints what a fixed battery
of calls returns on each subject (match, fullmatch, search, findall,
finditer, split, sub, subn, and the Match objects' spans, groups and
names). CPython's output of cases.py is cases.out. test/sre.test.ts runs
cases.py under refpy and compares, case by case.

Made only by `npm run goldens` (make_goldens.py beside this).
"""
import ast
import contextlib
import os
import pathlib
import pprint
import re
import subprocess
import sys
from re import _compiler, _parser

DIR = pathlib.Path(__file__).resolve().parents[1] / "sre-cases"

BATTERY = '''\
import _sre

def show(m):
    if m is None:
        return None
    n = m.re.groups
    return (m.span(), m.group(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup,
            [m.span(i) for i in range(n + 1)], m.pos, m.endpos)

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        r = '!! ' + type(e).__name__ + ': ' + str(e)
    text = ascii(r)
    if len(text) > 400:
        text = str(len(text)) + ' chars: ' + text[:150] + ' ... ' + text[-150:]
    print(ascii(label), text)

def battery(p, s):
    empty = s[:0]
    mark = b'<' if isinstance(s, bytes) else '<'
    attempt('match', lambda: show(p.match(s)))
    attempt('fullmatch', lambda: show(p.fullmatch(s)))
    attempt('search', lambda: show(p.search(s)))
    attempt('search 1', lambda: show(p.search(s, 1)))
    attempt('match 1 -1', lambda: show(p.match(s, 1, len(s) - 1)))
    attempt('backwards', lambda: [show(p.match(s, 3, 1)), show(p.search(s, 3, 1)), p.findall(s, 2, 1)])
    if len(s) < 100:
        # (on the long subjects, a search that fails from every position is quadratic)
        attempt('fullmatch 1 -1', lambda: show(p.fullmatch(s, 1, len(s) - 1)))
        attempt('finditer 1 -1', lambda: [m.span() for m in p.finditer(s, 1, len(s) - 1)])
    attempt('findall', lambda: p.findall(s))
    attempt('finditer', lambda: [show(m) for m in p.finditer(s)])
    attempt('split', lambda: p.split(s))
    attempt('split 1', lambda: p.split(s, 1))
    attempt('sub', lambda: p.sub(lambda m: mark + m.group() + mark, s))
    attempt('subn', lambda: p.subn(empty, s, 2))
    sc = p.scanner(s)
    attempt('scanner.match', lambda: [show(sc.match()), show(sc.match())])

def run(n, args, subjects):
    print('## case', n, ascii(args[0]), args[1])
    try:
        p = _sre.compile(*args)
    except Exception as e:
        print('!! ' + type(e).__name__ + ': ' + str(e))
        return
    print(ascii(p), p.groups, p.flags)
    for s in subjects:
        print('# subject', ascii(s) if len(s) < 100 else len(s))
        battery(p, s)

'''


def compile_args(pattern, flags):
    """What re.compile(pattern, flags) passes to _sre.compile (3.11)."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    code = [int(c) for c in code]
    return (pattern, flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))


def cases():
    """(pattern, flags, subjects' source text) of each case."""
    out = []
    for line in (DIR / "cases.txt").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            tree = ast.parse(line, mode="eval").body
            pattern, flags = (eval(compile(ast.Expression(e), "<case>", "eval"), {"re": re}) for e in tree.elts[:2])
            out.append((pattern, flags, ast.get_source_segment(line, tree.elts[2])))
    return out


def program():
    lines = [BATTERY]
    for n, (pattern, flags, subjects) in enumerate(cases()):
        args = compile_args(pattern, int(flags))
        lines.append(f"run({n}, {args!r}, {subjects})\n")
    return "".join(lines)


API_HEADER = """\
# Made by `npm run goldens -- sre-cases` from api_source.py: the arguments
# CPython 3.11's re._compiler passes to _sre.compile for each pattern the
# program compiles, then api_source.py unchanged.
import _sre

_ARGS = {args}


def compile(pattern, flags=0):
    return _sre.compile(*_ARGS[pattern, flags])


"""


def api_program():
    """api.py: api_source.py after a table of the compile arguments of
    every (pattern, flags) it passes to `compile`, found by running it
    once with a `compile` that records them."""
    source = (DIR / "api_source.py").read_text()
    args = {}

    def recording_compile(pattern, flags=0):
        args[pattern, flags] = compile_args(pattern, flags)
        return re.compile(pattern, flags)

    with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(devnull):
        exec(source, {"__name__": "__main__", "compile": recording_compile})
    return API_HEADER.replace("{args}", pprint.pformat(args, width=100)) + source


def output(source):
    r = subprocess.run([sys.executable, "-"], input=source.encode(), capture_output=True, check=True)
    return r.stdout


def goldens() -> dict:
    """Golden files -> contents: cases.py, api.py and CPython's output of
    each."""
    cases = program()
    api = api_program()
    return {
        DIR / "cases.py": cases.encode(),
        DIR / "cases.out": output(cases),
        DIR / "api.py": api.encode(),
        DIR / "api.out": output(api),
    }
