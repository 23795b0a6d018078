"""Writes src/objects/type-layout.ts, CPython 3.11's tp_flags and instance
layout (tp_basicsize, tp_itemsize, tp_dictoffset, tp_weaklistoffset) of its
built-in types, on a 64-bit build.

Run with CPython 3.11: `python3 src/objects/make_type_layout.py`. The types
are those of `builtins` and of refpy's native modules (the inittab list in
src/runtime/lifecycle.ts) that C defines (static types, and the heap types
native modules make from a spec), reached from object's subclasses after
importing the modules. The flags are read in a fresh interpreter started
as the golden programs are (`python3 -s`): a type already there at its
start as it is then, a module's type right after the module's import. The
Py_TPFLAGS_VALID_VERSION_TAG bit (1 << 19) says whether a type had its
attribute cache version assigned by then (by a _PyType_Lookup), which
refpy sets and clears as CPython does from there on.
"""

import json
import pathlib
import re
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), "run this with CPython 3.11"

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "type-layout.ts"
MODULES = re.findall(r'PyImport_AppendInittab\("(\w+)"', (ROOT / "src/runtime/lifecycle.ts").read_text())

# Run in a fresh interpreter: reading __flags__ and walking the subclasses
# look names up on `type` only.
PROBE = """
modules = {"builtins", "os", "re", "collections", "itertools", "io", "asyncio", "functools", "operator"}
for name in %r:
    modules.add(name)
    modules.add(name.lstrip("_"))
rows = {}
def walk():
    stack = [object]
    seen = set()
    while stack:
        t = stack.pop()
        stack.extend(type.__subclasses__(t))
        if t in seen:
            continue
        seen.add(t)
        module = type.__dict__["__module__"].__get__(t)
        if module not in modules:
            continue
        flags = type.__dict__["__flags__"].__get__(t)
        if flags & (1 << 9):
            d = type.__dict__["__dict__"].__get__(t)
            if type(t) is not type or any(type(v).__name__ in ("function", "classmethod", "property") for v in d.values()):
                continue
        qualname = type.__dict__["__qualname__"].__get__(t)
        name = qualname if module == "builtins" else module + "." + qualname
        if name not in rows:
            rows[name] = (flags, type.__dict__["__basicsize__"].__get__(t), type.__dict__["__itemsize__"].__get__(t),
                          type.__dict__["__dictoffset__"].__get__(t), type.__dict__["__weakrefoffset__"].__get__(t))
walk()
for name in %r:
    try:
        __import__(name)
    except ImportError:
        pass
walk()
print(repr(sorted((k,) + v for k, v in rows.items())))
"""


def main():
    probe = PROBE % (MODULES, MODULES)
    r = subprocess.run([sys.executable, "-s", "-c", probe], capture_output=True, check=True, text=True)
    rows = eval(r.stdout)
    names = [row[0] for row in rows]
    assert len(names) == len(set(names)), "a tp_name twice"
    lines = [
        "/**",
        " * CPython 3.11's tp_flags and instance layout of its built-in types (64-bit):",
        " * by tp_name, [tp_flags, tp_basicsize, tp_itemsize, tp_dictoffset,",
        " * tp_weaklistoffset]. The flags are as a program finds them at its start",
        " * (`python3 -s prog.py`; a native module's just after its import), the",
        " * attribute cache's VALID_VERSION_TAG bit included.",
        " *",
        " * Generated from python3 by src/objects/make_type_layout.py; do not edit",
        " * by hand.",
        " */",
        "",
        "export const TYPE_LAYOUT: Readonly<Record<string, readonly [number, number, number, number, number]>> = {",
    ]
    for name, *values in rows:
        lines.append(f"  {json.dumps(name)}: {json.dumps(values)},")
    lines.append("};")
    lines.append("")
    OUT.write_text("\n".join(lines))
    subprocess.run(["npx", "biome", "format", "--write", str(OUT.relative_to(ROOT))], cwd=ROOT, check=True)


main()
