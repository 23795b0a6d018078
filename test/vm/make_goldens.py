#!/usr/bin/env python3
"""Expected outputs of the VM's probe programs, made by running CPython 3.11.

    python3 test/vm/make_goldens.py          # every test/vm/*.py
    python3 test/vm/make_goldens.py NAME ... # only these

Each `NAME.py` runs as `python3 -s NAME.py` in this folder (so tracebacks
name the bare file); `NAME.golden.json` records stdout, stderr and the exit
status, with `0x…` addresses normalised to `0xADDR` and this folder's
path removed (CPython prints the absolute path of the script). Never edit the JSON by
hand.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEX = re.compile(r"0x[0-9a-f]+")


def make(py: Path) -> None:
    r = subprocess.run([sys.executable, "-s", py.name], cwd=HERE, capture_output=True, timeout=120)
    norm = lambda b: HEX.sub("0xADDR", b.decode("utf-8").replace(str(HERE) + "/", ""))
    golden = {"stdout": norm(r.stdout), "stderr": norm(r.stderr), "exit": r.returncode}
    py.with_suffix(".golden.json").write_text(json.dumps(golden, indent=1, ensure_ascii=False) + "\n")
    print(f"{py.name}: exit {r.returncode}")


def main() -> None:
    names = sys.argv[1:]
    files = [HERE / (n if n.endswith(".py") else n + ".py") for n in names] if names else sorted(
        p for p in HERE.glob("*.py") if p.name != "make_goldens.py")
    for f in files:
        make(f)


if __name__ == "__main__":
    main()
