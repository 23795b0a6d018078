"""test/api-lines/: CPython 3.11's sys.settrace line events, for test/api-lines.test.ts.

For each program listed in PROGRAMS (paths relative to the repository
root), run it in this process under sys.settrace and make
test/api-lines/NAME.lines: one line per 'line' event in the program's own
file, as

    DEPTH FUNCTION LINENO

where DEPTH counts the program's frames below the one reporting (0 for
module-level code). Tracing stops when the program's module code returns
or raises, so finalizers run at interpreter exit are not included.
Made only by `npm run goldens` (make_goldens.py beside this).
"""
import io
import os
import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[2])
OUT = Path(ROOT) / "test" / "api-lines"

PROGRAMS = [
    "programs/examples/bank_account.py",
    "programs/language/decorators.py",
    "programs/examples/bst.py",
    "programs/language/loops_else.py",
    "programs/language/comprehensions.py",
    "programs/language/generator_pipeline.py",
    "programs/language/exceptions_tour.py",
    "programs/language/class_features.py",
    "programs/examples/linked_list.py",
    "programs/language/iterator_protocol.py",
    "programs/dealloc/del_cascade.py",
    "programs/gc/gc_cycles.py",
    "test/api-lines/line_shapes.py",
]


def trace_program(relpath):
    path = os.path.join(ROOT, relpath)
    name = os.path.basename(relpath)
    with open(path) as f:
        source = f.read()
    code = compile(source, name, "exec")
    events = []

    def depth(frame):
        n = 0
        f = frame.f_back
        while f is not None:
            if f.f_code.co_filename == name:
                n += 1
            f = f.f_back
        return n

    def tracer(frame, event, arg):
        if event == "line" and frame.f_code.co_filename == name:
            events.append(f"{depth(frame)} {frame.f_code.co_name} {frame.f_lineno}")
        return tracer

    stdin = os.path.join(ROOT, relpath[:-3] + ".in")
    saved = sys.stdout, sys.stdin
    sys.stdout = io.StringIO()
    sys.stdin = open(stdin) if os.path.exists(stdin) else io.StringIO("")
    globs = {"__name__": "__main__", "__file__": name, "__builtins__": __builtins__}
    sys.settrace(tracer)
    try:
        exec(code, globs)
    except BaseException:
        pass
    finally:
        sys.settrace(None)
        sys.stdout, sys.stdin = saved
    return events


def goldens() -> dict:
    """Golden file -> contents: NAME.lines for each program."""
    files = {}
    for rel in PROGRAMS:
        events = trace_program(rel)
        files[OUT / (os.path.basename(rel)[:-3] + ".lines")] = ("\n".join(events) + "\n").encode("utf-8")
    return files
