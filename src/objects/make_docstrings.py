"""Writes src/objects/docstrings.ts, CPython 3.11's docstrings of its built-in
functions, methods, slot wrappers and types.

Run with CPython 3.11: `python3 src/objects/make_docstrings.py`. CPython
keeps each docstring in its C tables (PyMethodDef.ml_doc, tp_doc, the
slotdefs' doc) in Argument Clinic's form, `name(signature)\\n--\\n\\nText`,
from which `__text_signature__` and `__doc__` are cut when read
(Objects/typeobject.c, find_signature / skip_signature). This script
rebuilds that raw form from what CPython shows (`__text_signature__` and
`__doc__`) for:

  - every function of `builtins` and of refpy's native modules (the
    inittab list in src/runtime/lifecycle.ts), keyed by module name;
  - every type defined in C that lives in one of those modules (reached
    from the modules' namespaces and from object's subclasses, so the
    iterator and view types are found too), keyed by its tp_name: the
    type's own docstring (`__doc__` key) and its methods', class methods',
    static methods' and attributes' (getset and member descriptors);
  - the slot wrappers (`__add__`, `__init__` ...) and `__new__`, whose
    docstrings come from CPython's slotdefs table and are the same for
    every type but where a type fills the slot through another row
    (`list.__iadd__` is sq_inplace_concat's "Implement self+=value.");
    those types keep their own entry.
"""

import builtins
import importlib
import json
import pathlib
import re
import subprocess
import sys
import types

assert sys.version_info[:2] == (3, 11), "run this with CPython 3.11"

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "docstrings.ts"
HEAPTYPE = 1 << 9

MODULES = re.findall(r'PyImport_AppendInittab\("(\w+)"', (ROOT / "src/runtime/lifecycle.ts").read_text())

FUNCTION_KINDS = (types.BuiltinFunctionType, types.MethodDescriptorType, types.ClassMethodDescriptorType)
ATTRIBUTE_KINDS = (types.GetSetDescriptorType, types.MemberDescriptorType)


def raw_doc(obj, name):
    """The docstring as CPython stores it: the signature line put back."""
    sig = getattr(obj, "__text_signature__", None)
    doc = obj.__doc__
    if not isinstance(doc, str):
        doc = None
    if sig is not None:
        return name + sig + "\n--\n\n" + (doc or "")
    return doc


def tp_name(t):
    module = t.__module__
    return t.__qualname__ if module == "builtins" else f"{module}.{t.__qualname__}"


def defined_in_c(t, allowed):
    """A type whose namespace CPython fills from C tables: a static type, or
    a heap type of a native module (PyType_FromSpec) without functions."""
    if not t.__flags__ & HEAPTYPE:
        return True
    if t.__module__ not in allowed or type(t) is not type:
        return False
    for v in t.__dict__.values():
        if isinstance(v, (types.FunctionType, classmethod, property)):
            return False
        if isinstance(v, staticmethod) and isinstance(v.__func__, types.FunctionType):
            return False
    return True


def main():
    allowed = {"builtins"}
    namespaces = {"builtins": vars(builtins)}
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        # By the module's own name, as its functions' __module__ (`_io`'s: io).
        namespaces[module.__name__] = vars(module)
        allowed.add(name)
        allowed.add(name.lstrip("_"))
    # Modules whose C types report another module: re's, collections'.
    allowed.update({"re", "collections", "itertools", "io", "asyncio", "functools", "operator", "os"})

    found = []
    seen = set()

    def add_type(t):
        if t in seen or t.__module__ not in allowed or not defined_in_c(t, allowed):
            return
        seen.add(t)
        found.append(t)

    for ns in namespaces.values():
        for v in ns.values():
            if isinstance(v, type):
                add_type(v)
    stack = [object]
    while stack:
        t = stack.pop()
        add_type(t)
        stack.extend(type.__subclasses__(t))

    # The slot wrappers' docstrings by name: the most common one, and the
    # types that differ keep theirs.
    slot_counts = {}
    for t in found:
        for k, v in t.__dict__.items():
            if isinstance(v, types.WrapperDescriptorType) or (k == "__new__" and isinstance(v, types.BuiltinFunctionType)):
                doc = raw_doc(v, k)
                if doc is not None:
                    slot_counts.setdefault(k, {}).setdefault(doc, 0)
                    slot_counts[k][doc] += 1
    slot_docs = {k: max(c, key=lambda d: c[d]) for k, c in sorted(slot_counts.items())}

    owners = {}
    for name, ns in namespaces.items():
        entries = {}
        for k, v in ns.items():
            if isinstance(v, types.BuiltinFunctionType) and v.__name__ == k:
                doc = raw_doc(v, k)
                if doc is not None:
                    entries[k] = doc
        if entries:
            owners[name] = entries
    for t in sorted(found, key=tp_name):
        entries = {}
        doc = raw_doc(t, t.__name__)
        if doc is not None:
            entries["__doc__"] = doc
        for k, v in t.__dict__.items():
            if k == "__doc__":
                continue
            if isinstance(v, staticmethod):
                v = v.__func__
            if isinstance(v, types.WrapperDescriptorType) or (k == "__new__" and isinstance(v, types.BuiltinFunctionType)):
                doc = raw_doc(v, k)
                if doc is not None and doc != slot_docs[k]:
                    entries[k] = doc
            elif isinstance(v, FUNCTION_KINDS):
                doc = raw_doc(v, k)
                if doc is not None:
                    entries[k] = doc
            elif isinstance(v, ATTRIBUTE_KINDS) and isinstance(v.__doc__, str):
                entries[k] = v.__doc__
        if entries:
            owner = tp_name(t)
            assert owner not in owners, owner
            owners[owner] = entries

    lines = [
        "/**",
        " * CPython 3.11's docstrings of its built-in functions, methods, slot",
        " * wrappers and types, as its C tables hold them: Argument Clinic's",
        " * `name(signature)\\n--\\n\\nText` form where CPython has a signature, from",
        " * which `__text_signature__` and `__doc__` are cut (docsig.ts).",
        " *",
        " * BUILTIN_DOCS: by owner (a module's name, or a type's tp_name), by",
        " * attribute name (`__doc__`: the type's own). SLOT_DOCS: the slot",
        " * wrappers' and `__new__`'s, by name, for the types without their own",
        " * entry.",
        " *",
        " * Generated from python3 by src/objects/make_docstrings.py; do not edit",
        " * by hand.",
        " */",
        "",
        "export const SLOT_DOCS: Readonly<Record<string, string>> = {",
    ]
    for k, doc in slot_docs.items():
        lines.append(f"  {json.dumps(k)}: {json.dumps(doc, ensure_ascii=False)},")
    lines.append("};")
    lines.append("")
    lines.append("export const BUILTIN_DOCS: Readonly<Record<string, Readonly<Record<string, string>>>> = {")
    for owner, entries in owners.items():
        lines.append(f"  {json.dumps(owner)}: {{")
        for k, doc in entries.items():
            lines.append(f"    {json.dumps(k)}: {json.dumps(doc, ensure_ascii=False)},")
        lines.append("  },")
    lines.append("};")
    lines.append("")
    OUT.write_text("\n".join(lines))
    subprocess.run(["npx", "biome", "format", "--write", str(OUT.relative_to(ROOT))], cwd=ROOT, check=True)


main()
