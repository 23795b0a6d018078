#!/usr/bin/env python3
"""Make the expected outputs of refpy's example programs by running CPython 3.11.

This is the only way expected files are made; never edit them by hand.

    python3 programs/make_expected.py            # every program and REPL transcript
    python3 programs/make_expected.py NAME ...   # only these (NAME, NAME.py or repl/NAME.txt)
    python3 programs/make_expected.py --check    # regenerate into a temp dir, diff, exit 1 on change

For a program `programs/NAME.py` CPython runs as `python3 -s NAME.py` with the
working directory `programs/`, so tracebacks name the bare file; stdin is
`NAME.in` if it exists, else empty. For a transcript `programs/repl/NAME.txt`
it runs `python3 -s -i < NAME.txt` (prompts and the banner go to stderr; the
two banner lines are removed). Results:

    NAME.out   stdout, always written (even when empty)
    NAME.err   stderr, only when non-empty
    NAME.exit  exit status, only when non-zero

Normalisation, applied to .out and .err: every `0x` followed by lowercase hex
digits becomes `0xADDR`; the absolute path of the programs folder (plus its
trailing slash) is removed, leaving bare file names.

Directives, read from the program's leading comment lines:

    # expect: ulimit -v KBYTES   run as `bash -c 'ulimit -v KBYTES; exec python3 ...'`
    # expect: timeout SECONDS    time limit for this program (default 60)
"""

import argparse
import difflib
import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

PROGRAMS = Path(__file__).resolve().parent
REPL_DIR = PROGRAMS / "repl"
DEFAULT_TIMEOUT = 60
HEX = re.compile(rb"0x[0-9a-f]+")
DIRECTIVE = re.compile(r"#\s*expect:\s*(\S+)\s*(.*)$")
SUFFIXES = (".out", ".err", ".exit")


class Case:
    """One thing to run: a program file or a REPL transcript."""

    def __init__(self, source: Path, repl: bool):
        self.source = source
        self.repl = repl
        self.name = source.stem
        self.folder = source.parent

    def label(self) -> str:
        return str(self.source.relative_to(PROGRAMS))


def find_cases(names):
    if not names:
        programs = sorted(p for p in PROGRAMS.glob("*.py") if p.name != Path(__file__).name)
        transcripts = sorted(REPL_DIR.glob("*.txt")) if REPL_DIR.is_dir() else []
        return [Case(p, False) for p in programs] + [Case(t, True) for t in transcripts]
    cases = []
    for name in names:
        base = Path(name).name
        stem = base[:-3] if base.endswith(".py") else base[:-4] if base.endswith(".txt") else base
        program = PROGRAMS / (stem + ".py")
        transcript = REPL_DIR / (stem + ".txt")
        if program.is_file() and not name.endswith(".txt"):
            cases.append(Case(program, False))
        elif transcript.is_file():
            cases.append(Case(transcript, True))
        else:
            sys.exit(f"make_expected: no program or transcript named {name!r}")
    return cases


def read_directives(source: Path) -> dict:
    """Directives from the leading comment block of a program."""
    found = {"ulimit": None, "timeout": DEFAULT_TIMEOUT}
    for line in source.read_text(encoding="utf-8").splitlines():
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
                sys.exit(f"make_expected: {source.name}: bad directive {stripped!r}")
            found["ulimit"] = int(parts[1])
        elif key == "timeout":
            found["timeout"] = float(rest)
        else:
            sys.exit(f"make_expected: {source.name}: unknown directive {stripped!r}")
    return found


def find_cpython(requested: str) -> str:
    """The real executable behind `python3`, which must be CPython 3.11."""
    probe = "import sys; print(sys.implementation.name, *sys.version_info[:3]); print(sys.executable)"
    try:
        result = subprocess.run([requested, "-c", probe], capture_output=True, text=True, timeout=30)
    except OSError as error:
        sys.exit(f"make_expected: cannot run {requested}: {error}")
    lines = result.stdout.split("\n")
    if result.returncode != 0 or len(lines) < 2:
        sys.exit(f"make_expected: {requested} did not answer: {result.stderr.strip()}")
    implementation, major, minor, micro = lines[0].split()
    if implementation != "cpython" or (major, minor) != ("3", "11"):
        sys.exit(f"make_expected: expected outputs come from CPython 3.11, "
                 f"but {requested} is {implementation} {major}.{minor}.{micro}")
    return lines[1]


def child_env() -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONNOUSERSITE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env["LC_ALL"] = "C.UTF-8"
    return env


def normalise(data: bytes) -> bytes:
    data = HEX.sub(b"0xADDR", data)
    for folder in {str(PROGRAMS), os.path.realpath(PROGRAMS)}:
        data = data.replace(folder.encode() + b"/", b"")
    return data


def run_case(case: Case, python: str):
    """Run one case under CPython; return (stdout, stderr, exit status), normalised."""
    if case.repl:
        command = [python, "-s", "-i"]
        stdin_path, directives = case.source, {"ulimit": None, "timeout": DEFAULT_TIMEOUT}
    else:
        directives = read_directives(case.source)
        command = [python, "-s", case.source.name]
        stdin_path = case.folder / (case.name + ".in")
    if directives["ulimit"] is not None:
        command = ["bash", "-c", f"ulimit -v {directives['ulimit']}; exec {shlex.join(command)}"]
    stdin = stdin_path.read_bytes() if stdin_path.is_file() else b""
    try:
        result = subprocess.run(command, input=stdin, capture_output=True, cwd=case.folder,
                                env=child_env(), timeout=directives["timeout"])
    except subprocess.TimeoutExpired:
        sys.exit(f"make_expected: {case.label()} did not finish in {directives['timeout']} s")
    stderr = result.stderr
    if case.repl:
        banner = stderr.split(b"\n", 2)
        if len(banner) < 3 or not banner[0].startswith(b"Python 3.11"):
            sys.exit(f"make_expected: {case.label()}: no interpreter banner on stderr")
        stderr = banner[2]
    return normalise(result.stdout), normalise(stderr), result.returncode


def expected_files(stdout: bytes, stderr: bytes, status: int) -> dict:
    """File suffix -> contents; None means the file must not exist."""
    return {
        ".out": stdout,
        ".err": stderr if stderr else None,
        ".exit": f"{status}\n".encode() if status != 0 else None,
    }


def write_expected(case: Case, files: dict, folder: Path):
    for suffix, content in files.items():
        path = folder / (case.name + suffix)
        if content is None:
            if path.exists():
                path.unlink()
        else:
            path.write_bytes(content)


def compare(case: Case, files: dict) -> list:
    """Differences between freshly made contents and the committed files."""
    problems = []
    for suffix, content in files.items():
        path = case.folder / (case.name + suffix)
        committed = path.read_bytes() if path.exists() else None
        if committed == content:
            continue
        shown = path.relative_to(PROGRAMS)
        if committed is None:
            problems.append(f"{shown}: missing (CPython now produces it)")
        elif content is None:
            problems.append(f"{shown}: stale (CPython no longer produces it)")
        else:
            diff = difflib.unified_diff(
                committed.decode("utf-8", "replace").splitlines(keepends=True),
                content.decode("utf-8", "replace").splitlines(keepends=True),
                f"{shown} (committed)", f"{shown} (CPython now)")
            problems.append("".join(diff).rstrip("\n"))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="programs or transcripts to regenerate (default: all)")
    parser.add_argument("--check", action="store_true",
                        help="regenerate into a temporary folder and report differences from the committed files")
    parser.add_argument("--python", default="python3", help="the CPython 3.11 to run (default: python3)")
    options = parser.parse_args()

    python = find_cpython(options.python)
    cases = find_cases(options.names)
    if options.check:
        problems = []
        with tempfile.TemporaryDirectory() as scratch:
            for case in cases:
                files = expected_files(*run_case(case, python))
                write_expected(case, files, Path(scratch))
                problems += compare(case, files)
        for problem in problems:
            print(problem)
        print(f"make_expected --check: {len(cases)} checked, {len(problems)} difference(s)")
        sys.exit(1 if problems else 0)
    for case in cases:
        stdout, stderr, status = run_case(case, python)
        write_expected(case, expected_files(stdout, stderr, status), case.folder)
        print(f"{case.label()}: exit {status}, {len(stdout)} bytes out, {len(stderr)} bytes err")


if __name__ == "__main__":
    main()
