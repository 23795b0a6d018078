"""Regenerate the expected outputs of the core-types cases with CPython 3.11.

Each line of cases.txt is one Python expression (or a `#` comment). The
harness (also built by test/objects-cases.test.ts, identically) prints
repr() of each expression, or '!! Type: message' when it raises. Run:

    python3 test/objects/make_expected.py
"""
import pathlib
import subprocess
import sys

here = pathlib.Path(__file__).parent


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
    for line in (here / "cases.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line)
    return out


if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), "expected outputs come from CPython 3.11"
    src = harness(cases())
    r = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True, check=True)
    (here / "cases.expected.txt").write_text(r.stdout)
    for prog in sorted(here.glob("*.py")):
        if prog.name == "make_expected.py":
            continue
        r = subprocess.run([sys.executable, prog.name], capture_output=True, text=True, cwd=here)
        prog.with_suffix(".out").write_text(r.stdout + r.stderr)
