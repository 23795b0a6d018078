"""test/ast-dump/: what CPython 3.11's `ast.parse` gives for the parser and compiler corpora.

For each test/parser-corpus/NAME.py and test/compiler-corpus/NAME.py,
test/ast-dump/CORPUS.NAME.txt holds what the harness below prints:
`ast.dump(ast.parse(source), include_attributes=True)` (the `_ast` objects,
every position included), then what compile() makes of the tree itself
(the objects converted back): a code object, or the error it raises.
test/ast-dump.test.ts runs the same harness under refpy.

Made only by `npm run goldens` (make_goldens.py beside this); never edit
them by hand.
"""
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "test" / "ast-dump"
CORPORA = ("parser-corpus", "compiler-corpus")

HARNESS = """\
import ast, warnings
warnings.simplefilter("ignore")
tree = ast.parse(SOURCE, FILENAME)
print(ast.dump(tree, include_attributes=True))
try:
    code = compile(tree, FILENAME, "exec")
    print(type(code).__name__, code.co_filename)
except SyntaxError as e:
    print(type(e).__name__, e)
"""


def harness(source: bytes, filename: str) -> str:
    return f"SOURCE = {source!r}\nFILENAME = {filename!r}\n" + HARNESS


def sources():
    """(corpus, path) for each corpus file, in name order."""
    for corpus in CORPORA:
        for path in sorted((ROOT / "test" / corpus).glob("*.py")):
            yield corpus, path


def goldens() -> dict:
    """Golden file -> contents."""
    files = {path: None for path in OUT.glob("*.txt")}
    for corpus, path in sources():
        program = harness(path.read_bytes(), path.name)
        r = subprocess.run([sys.executable, "-c", program], capture_output=True, check=True)
        files[OUT / f"{corpus}.{path.stem}.txt"] = r.stdout
    return files
