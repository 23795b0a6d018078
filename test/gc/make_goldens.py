#!/usr/bin/env python3
"""Expected outputs of the collector's probe programs, made by running CPython 3.11.

    python3 test/gc/make_goldens.py           # every test/gc/*.py and test/weakref/*.py
    python3 test/gc/make_goldens.py NAME ...  # only these (paths or bare names)

Each `NAME.py` runs as `python3 -s NAME.py` in its folder (tracebacks name
the bare file); `NAME.golden.json` records stdout, stderr and the exit
status, with `0x…` addresses normalised to `0xADDR` and the folder's path
removed. Never edit the JSON by hand.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDERS = [HERE, HERE.parent / "weakref"]
HEX = re.compile(r"0x[0-9a-f]+")


def make(py: Path) -> None:
    r = subprocess.run([sys.executable, "-s", py.name], cwd=py.parent, capture_output=True, timeout=120)
    norm = lambda b: HEX.sub("0xADDR", b.decode("utf-8").replace(str(py.parent) + "/", ""))
    golden = {"stdout": norm(r.stdout), "stderr": norm(r.stderr), "exit": r.returncode}
    py.with_suffix(".golden.json").write_text(json.dumps(golden, indent=1, ensure_ascii=False) + "\n")
    print(f"{py.parent.name}/{py.name}: exit {r.returncode}")


def main() -> None:
    everything = sorted(p for d in FOLDERS for p in d.glob("*.py") if p.name != "make_goldens.py")
    names = sys.argv[1:]
    if names:
        stems = {Path(n).stem for n in names}
        everything = [p for p in everything if p.stem in stems]
    for f in everything:
        make(f)


if __name__ == "__main__":
    main()
