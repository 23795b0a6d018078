#!/usr/bin/env python3
"""Make every CPython golden: the expected files that come from running CPython 3.11.

    npm run goldens                        # everything (python3 test/goldens/make_goldens.py)
    npm run goldens -- --check             # change nothing; exit 1 if any file would change
    npm run goldens -- SUITE|PROGRAM ...   # only these suites or programs

Never edit a golden by hand: change the program or the generator, run this.
It refuses to run unless it runs under CPython 3.11 (the in-process suites
read this interpreter's `dis` and `ast`; programs run under this same
executable). The suites, one module each in this folder:

    programs         programs/TOPIC/NAME.py -> NAME.out/.err/.exit; programs/repl/NAME.txt too
    api-lines        test/api-lines/NAME.lines (sys.settrace line events of some programs)
    compiler-corpus  test/compiler-corpus/NAME.py -> NAME.golden.json; opcodes.golden.json
    parser-corpus    test/parser-corpus/NAME.py -> NAME.ast.json; errors.json
    objects-cases    test/objects-cases/cases.txt -> cases.expected.txt
    sre-cases        test/sre-cases/cases.txt -> cases.py, cases.out (_sre on CPython's compiled code)
    dir-compare      test/dir-compare/cpython-dir.json (dir() of every built-in type and native module)

A PROGRAM is NAME, NAME.py, TOPIC/NAME.py or repl/NAME.txt. refpy's own
recorded outputs (test/trace, test/gc-stress, test/sweep) are not goldens
and are not made here: `npm run snapshots` makes those.
"""

import argparse
import difflib
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the modules below

import api_lines
import ast_dump
import compiler_corpus
import dir_listing
import objects_cases
import parser_corpus
import programs
import sre_cases

SUITES = {
    "programs": programs,
    "api-lines": api_lines,
    "compiler-corpus": compiler_corpus,
    "parser-corpus": parser_corpus,
    "objects-cases": objects_cases,
    "sre-cases": sre_cases,
    "dir-compare": dir_listing,
    "ast-dump": ast_dump,
}


def require_cpython_311():
    version = sys.version_info
    if sys.implementation.name != "cpython" or version[:2] != (3, 11):
        sys.exit(f"make_goldens: goldens come from CPython 3.11, but this is "
                 f"{sys.implementation.name} {version.major}.{version.minor}.{version.micro}")


def differences(files: dict) -> list:
    """How the files on disk differ from what was made."""
    problems = []
    for path, content in files.items():
        committed = path.read_bytes() if path.exists() else None
        if committed == content:
            continue
        shown = path.relative_to(programs.ROOT)
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


def write(files: dict) -> int:
    """Write what changed; return how many files did."""
    changed = 0
    for path, content in files.items():
        if content is None:
            if path.exists():
                path.unlink()
                changed += 1
                print(f"removed {path.relative_to(programs.ROOT)}")
        elif not path.exists() or path.read_bytes() != content:
            path.write_bytes(content)
            changed += 1
            print(f"wrote {path.relative_to(programs.ROOT)}")
    return changed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", metavar="SUITE|PROGRAM",
                        help=f"suites ({', '.join(SUITES)}) or programs to make (default: every suite)")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; report every file that would change and exit 1 if any")
    options = parser.parse_args()
    require_cpython_311()

    suites = [name for name in options.names if name in SUITES]
    selected_programs = [name for name in options.names if name not in SUITES]
    if not options.names:
        suites = list(SUITES)
    problems = []
    for suite in SUITES:
        if suite in suites:
            files = SUITES[suite].goldens()
        elif suite == "programs" and selected_programs:
            files = programs.goldens(selected_programs)
        else:
            continue
        made = sum(content is not None for content in files.values())
        if options.check:
            found = differences(files)
            problems += found
            print(f"{suite}: {made} files checked, {len(found)} would change")
        else:
            print(f"{suite}: {made} files made, {write(files)} changed")
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
