"""test/objects-cases/: CPython 3.11's results for the core-type cases.

Each line of cases.txt is one Python expression (or a `#` comment). The
harness (also built by test/objects-cases.test.ts, identically) prints
repr() of each expression, or '!! Type: message' when it raises; what
CPython prints is cases.expected.txt. Made only by `npm run goldens`
(make_goldens.py beside this).
"""
import pathlib
import subprocess
import sys

CASES = pathlib.Path(__file__).resolve().parents[1] / "objects-cases"


def harness(cases):
    lines = ["import sys"]
    for expr in cases:
        lines.append("try:")
        lines.append(f"    print(ascii(repr(({expr}))))")
        lines.append("except Exception as e:")
        lines.append("    print(ascii('!! ' + type(e).__name__ + ': ' + str(e)))")
    return "\n".join(lines) + "\n"


def cases():
    out = []
    for line in (CASES / "cases.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line)
    return out


def goldens() -> dict:
    """Golden file -> contents: cases.expected.txt."""
    r = subprocess.run([sys.executable, "-c", harness(cases())], capture_output=True, check=True)
    return {CASES / "cases.expected.txt": r.stdout}
