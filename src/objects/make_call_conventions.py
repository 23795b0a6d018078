"""Writes src/objects/call-conventions.ts: which of CPython 3.11's built-in
functions and methods are declared METH_VARARGS, by name.

Run with CPython 3.11: `python3 src/objects/make_call_conventions.py`.

A METH_VARARGS function is called with its positional arguments packed
into a tuple (and its keyword arguments into a dict), which the call
allocates and frees: the collector counts that tuple (and, after a full
collection has emptied the freelists, it stays counted), and the tuple
holds a reference to each argument while the call runs. refpy's methods
take the vectorcall layout whatever CPython declares, so they are marked
from this table (PyMethodDef.varargs) and the call makes the same tuple.

The flags are read from the method tables themselves (PyMethodDef.ml_flags
through the `builtin_function_or_method` and `method_descriptor` objects,
64-bit layout), for the functions of `builtins` and of refpy's native
modules (the inittab list in src/runtime/lifecycle.ts) and the methods of
the types they define (the types reached from object's subclasses after
importing them, named as in type-layout.ts).
"""

import ctypes
import importlib
import json
import pathlib
import re
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), "run this with CPython 3.11"
assert ctypes.sizeof(ctypes.c_void_p) == 8, "run this with a 64-bit CPython"

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "call-conventions.ts"
MODULES = re.findall(r'PyImport_AppendInittab\("(\w+)"', (ROOT / "src/runtime/lifecycle.ts").read_text())

METH_VARARGS = 0x0001
# PyCFunctionObject: PyObject_HEAD, then m_ml. PyMethodDescrObject:
# PyObject_HEAD, d_type, d_name, d_qualname, then d_method. PyMethodDef:
# ml_name, ml_meth, then the int ml_flags.
CFUNCTION_ML = 16
DESCR_METHOD = 40
ML_FLAGS = 16


def ml_flags(obj):
    kind = type(obj).__name__
    if kind == "builtin_function_or_method":
        ml = ctypes.c_void_p.from_address(id(obj) + CFUNCTION_ML).value
    elif kind in ("method_descriptor", "classmethod_descriptor"):
        ml = ctypes.c_void_p.from_address(id(obj) + DESCR_METHOD).value
    else:
        return None
    return ctypes.c_int.from_address(ml + ML_FLAGS).value


def type_name(t):
    module = type.__dict__["__module__"].__get__(t)
    qualname = type.__dict__["__qualname__"].__get__(t)
    return qualname if module == "builtins" else module + "." + qualname


def main():
    modules = {"builtins"}
    for name in MODULES:
        try:
            importlib.import_module(name)
            modules.add(name)
        except ImportError:
            pass
    functions = set()
    for name in sorted(modules):
        mod = sys.modules[name]
        for key, value in vars(mod).items():
            if getattr(value, "__self__", None) is not mod:
                continue
            flags = ml_flags(value)
            if flags is not None and flags & METH_VARARGS:
                functions.add(f"{name}.{key}")
    methods = set()
    type_modules = modules | {m.lstrip("_") for m in modules}
    stack, seen = [object], set()
    while stack:
        t = stack.pop()
        stack.extend(type.__subclasses__(t))
        if t in seen:
            continue
        seen.add(t)
        if type.__dict__["__module__"].__get__(t) not in type_modules:
            continue
        d = type.__dict__["__dict__"].__get__(t)
        if type.__dict__["__flags__"].__get__(t) & (1 << 9):
            # A class written in Python (an enum of a native module).
            if type(t) is not type or any(type(v).__name__ in ("function", "classmethod", "property") for v in d.values()):
                continue
        for key, value in d.items():
            flags = ml_flags(value)
            if flags is not None and flags & METH_VARARGS and key != "__new__":
                methods.add(f"{type_name(t)}.{key}")
    lines = [
        "/**",
        " * CPython 3.11's built-in functions and methods declared METH_VARARGS:",
        " * a call packs the positional arguments into a tuple (and keyword",
        " * arguments into a dict) that it allocates and frees. Module functions",
        " * by `module.name`, methods by `type.name` (a type named as in",
        " * type-layout.ts). Static types' `__new__` (tp_new_wrapper) is one",
        " * shared row, marked where it is made (typeslots.ts).",
        " *",
        " * Generated from python3 by src/objects/make_call_conventions.py; do not",
        " * edit by hand.",
        " */",
        "",
        "export const VARARGS_FUNCTIONS: ReadonlySet<string> = new Set([",
        *(f"  {json.dumps(n)}," for n in sorted(functions)),
        "]);",
        "",
        "export const VARARGS_METHODS: ReadonlySet<string> = new Set([",
        *(f"  {json.dumps(n)}," for n in sorted(methods)),
        "]);",
        "",
    ]
    OUT.write_text("\n".join(lines))
    subprocess.run(["npx", "biome", "format", "--write", str(OUT.relative_to(ROOT))], cwd=ROOT, check=True)


main()
