"""programs/: what CPython 3.11 prints for every program and REPL transcript.

For a program `programs/TOPIC/NAME.py` CPython runs as `python3 -s NAME.py`
with the working directory `programs/TOPIC/`, so tracebacks name the bare
file, as refpy's suites run it; stdin is `NAME.in` beside it if it exists,
else empty. For a transcript `programs/repl/NAME.txt` it runs
`python3 -s -i < NAME.txt` (prompts and the banner go to stderr; the two
banner lines are removed). The expected files, beside the program:

    NAME.out   stdout, always (even when empty)
    NAME.err   stderr, only when not empty
    NAME.exit  exit status, only when not 0

Normalisation, applied to .out and .err (test/helpers/normalise.mjs applies
the same address and unittest rules to refpy's output): every `0x`
followed by lowercase hex digits becomes `0xADDR`; the time on unittest's
summary line (a whole line `Ran N tests in 0.123s`) becomes `X.XXX`; the
absolute path of the program's folder (plus its trailing slash) is removed, leaving bare file names; CPython's
library folder becomes `/lib/python3.11`, the folder refpy's library
(lib/) carries in `__file__` and tracebacks (src/vm/import.ts LIBDIR).

Directives, read from the program's leading comment lines:

    # expect: ulimit -v KBYTES   run as `bash -c 'ulimit -v KBYTES; exec python3 ...'`
    # expect: timeout SECONDS    time limit for this program (default 60)

The child runs with PYTHONHASHSEED=0, no user site directory and no other
PYTHON* variables.
"""

import os
import re
import shlex
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = ROOT / "programs"
REPL_DIR = PROGRAMS / "repl"
DEFAULT_TIMEOUT = 60
HEX = re.compile(rb"0x[0-9a-f]+")
# unittest's TextTestRunner summary line (runner.py: "Ran %d test%s in %.3fs").
UNITTEST_RAN = re.compile(rb"^(Ran \d+ tests? in )\d+\.\d{3}s$", re.MULTILINE)
DIRECTIVE = re.compile(r"#\s*expect:\s*(\S+)\s*(.*)$")
# CPython's library folder, and refpy's name for the same files.
STDLIB = sysconfig.get_path("stdlib")
REFPY_LIBDIR = "/lib/python3.11"


class Case:
    """One thing to run: a program file or a REPL transcript."""

    def __init__(self, source: Path, repl: bool):
        self.source = source
        self.repl = repl
        self.name = source.stem
        self.folder = source.parent
        self.label = source.relative_to(PROGRAMS).as_posix()


def all_cases() -> list:
    """Every program (programs/**/*.py) and transcript (programs/repl/*.txt),
    by path. File names are unique across programs/: the suites, the
    snapshot files and test/programs-pending.txt may name a program by it."""
    programs = [Case(p, False) for p in sorted(PROGRAMS.rglob("*.py"))]
    transcripts = [Case(t, True) for t in sorted(REPL_DIR.glob("*.txt"))]
    cases = programs + transcripts
    seen = {}
    for case in cases:
        if case.name in seen:
            sys.exit(f"make_goldens: two programs named {case.name}: {seen[case.name]} and {case.label}")
        seen[case.name] = case.label
    return cases


def select(names) -> list:
    """The cases named: NAME, NAME.py, TOPIC/NAME.py, programs/TOPIC/NAME.py or repl/NAME.txt."""
    by_name = {case.name: case for case in all_cases()}
    chosen = []
    for name in names:
        stem = Path(name).name.removesuffix(".py").removesuffix(".txt")
        if stem not in by_name:
            sys.exit(f"make_goldens: no suite, program or transcript named {name!r}")
        chosen.append(by_name[stem])
    return chosen


def read_directives(source: Path) -> dict:
    """Directives from the leading comment block of a program."""
    found = {"ulimit": None, "timeout": DEFAULT_TIMEOUT}
    # A program may be in another encoding (a coding cookie) or not decode.
    for line in source.read_bytes().decode("utf-8", "replace").splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        m = DIRECTIVE.match(stripped)
        if not m:
            continue
        key, rest = m.group(1), m.group(2).strip()
        if key == "ulimit":
            parts = rest.split()
            if len(parts) != 2 or parts[0] != "-v" or not parts[1].isdigit():
                sys.exit(f"make_goldens: {source.name}: bad directive {stripped!r}")
            found["ulimit"] = int(parts[1])
        elif key == "timeout":
            found["timeout"] = float(rest)
        else:
            sys.exit(f"make_goldens: {source.name}: unknown directive {stripped!r}")
    return found


def child_env() -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONNOUSERSITE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env["LC_ALL"] = "C.UTF-8"
    return env


def normalise(data: bytes, folder: Path) -> bytes:
    data = HEX.sub(b"0xADDR", data)
    data = UNITTEST_RAN.sub(rb"\1X.XXXs", data)
    for path in {str(folder), os.path.realpath(folder)}:
        data = data.replace(path.encode() + b"/", b"")
    for path in {STDLIB, os.path.realpath(STDLIB)}:
        data = data.replace(path.encode() + b"/", REFPY_LIBDIR.encode() + b"/")
    return data


def run_case(case: Case):
    """Run one case under this CPython; return (stdout, stderr, exit status), normalised."""
    if case.repl:
        command = [sys.executable, "-s", "-i"]
        stdin_path, directives = case.source, {"ulimit": None, "timeout": DEFAULT_TIMEOUT}
    else:
        directives = read_directives(case.source)
        command = [sys.executable, "-s", case.source.name]
        stdin_path = case.folder / (case.name + ".in")
    if directives["ulimit"] is not None:
        command = ["bash", "-c", f"ulimit -v {directives['ulimit']}; exec {shlex.join(command)}"]
    stdin = stdin_path.read_bytes() if stdin_path.is_file() else b""
    try:
        result = subprocess.run(command, input=stdin, capture_output=True, cwd=case.folder,
                                env=child_env(), timeout=directives["timeout"])
    except subprocess.TimeoutExpired:
        sys.exit(f"make_goldens: {case.label} did not finish in {directives['timeout']} s")
    stderr = result.stderr
    if case.repl:
        banner = stderr.split(b"\n", 2)
        if len(banner) < 3 or not banner[0].startswith(b"Python 3.11"):
            sys.exit(f"make_goldens: {case.label}: no interpreter banner on stderr")
        stderr = banner[2]
    return normalise(result.stdout, case.folder), normalise(stderr, case.folder), result.returncode


def goldens(names=()) -> dict:
    """Expected file -> contents (None: the file must not exist), for the
    cases named, or all of them."""
    files = {}
    for case in select(names) if names else all_cases():
        stdout, stderr, status = run_case(case)
        base = case.folder / case.name
        files[base.with_suffix(".out")] = stdout
        files[base.with_suffix(".err")] = stderr if stderr else None
        files[base.with_suffix(".exit")] = f"{status}\n".encode() if status != 0 else None
    return files
