"""Writes src/modules/ast-classes.ts, the table of CPython 3.11's `_ast` classes.

Run with CPython 3.11: `python3 src/modules/make_ast_classes.py`. Every
class of `_ast` (Parser/Python.asdl through Python/Python-ast.c), in the
module's own order, with what Python-ast.c's init_types puts in its
namespace: `_fields` (also `__match_args__`), `__doc__`, `_attributes` when
the class sets its own, and the names whose class-level default is None
(the optional `?` fields and attributes). The ASDL type of each field and
attribute (`expr`, `stmt*`, `identifier?` ...) is read from the docstrings,
which Python-ast.c writes from the ASDL, so obj2ast can check a tree the
way CPython does.
"""

import _ast
import json
import pathlib
import re
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), "run this with CPython 3.11"

OUT = pathlib.Path(__file__).resolve().parent / "ast-classes.ts"
SINGLETON_BASES = ("expr_context", "boolop", "operator", "unaryop", "cmpop")
# The attributes' ASDL types (Python.asdl: `attributes (int lineno, ...)`).
ATTRIBUTE_TYPES = {
    "stmt": ["int", "int", "int?", "int?"],
    "expr": ["int", "int", "int?", "int?"],
    "excepthandler": ["int", "int", "int?", "int?"],
    "arg": ["int", "int", "int?", "int?"],
    "keyword": ["int", "int", "int?", "int?"],
    "alias": ["int", "int", "int?", "int?"],
    "pattern": ["int", "int", "int", "int"],
}


def field_types(cls):
    """The ASDL types of a concrete class's fields, from its docstring."""
    m = re.fullmatch(r"(\w+)(?:\((.*)\))?", cls.__doc__)
    assert m and m.group(1) == cls.__name__, cls.__doc__
    if m.group(2) is None:
        return []
    types = []
    for part in m.group(2).split(", "):
        typ, name = part.split(" ")
        types.append(typ)
    assert len(types) == len(cls._fields), cls.__name__
    return types


def main():
    rows = []
    for name, cls in vars(_ast).items():
        if not isinstance(cls, type) or name.startswith("__"):
            continue
        own = dict(vars(cls))
        base = cls.__base__.__name__ if name != "AST" else None
        keys = [k for k in own if k not in ("__weakref__",)]
        fields = list(own["_fields"])
        assert own.get("__match_args__", ()) == own["_fields"], name
        attributes = list(own["_attributes"]) if "_attributes" in own else None
        nones = [k for k, v in own.items() if v is None and k not in ("__doc__",)]
        # init_types' order: type(name, (base,), {_fields, __match_args__,
        # __module__, __doc__}), then _attributes, then the None defaults.
        order = [k for k in keys if k not in ("_fields", "__match_args__", "__module__", "__doc__")]
        assert name == "AST" or order == (["_attributes"] if attributes is not None else []) + nones, (name, keys)
        abstract = base == "AST" and not fields and cls.__doc__ and " = " in cls.__doc__
        row = {
            "name": name,
            "base": base,
            "fields": fields,
            "attributes": attributes,
            "nones": nones,
            "doc": cls.__doc__ if name != "AST" else None,
            "types": [] if (name == "AST" or abstract) else field_types(cls),
            "singleton": base in SINGLETON_BASES,
        }
        if name in ATTRIBUTE_TYPES:
            row["attributeTypes"] = ATTRIBUTE_TYPES[name]
        rows.append(row)
    lines = [
        "/**",
        " * CPython 3.11's `_ast` classes, in the module's order: each class's base,",
        " * `_fields` (also its `__match_args__`), own `_attributes` (null: inherited),",
        " * the names whose class-level default is None, its docstring, the ASDL type",
        " * of each field (`expr`, `stmt*`, `identifier?` ...), and whether the",
        " * parser shares one instance of it (Load, Add ...).",
        " *",
        " * Generated from python3's `_ast` by src/modules/make_ast_classes.py; do not",
        " * edit by hand.",
        " */",
        "",
        "export interface AstClassSpec {",
        "  name: string;",
        "  base: string | null;",
        "  fields: string[];",
        "  attributes: string[] | null;",
        "  nones: string[];",
        "  doc: string | null;",
        "  types: string[];",
        "  singleton: boolean;",
        "  attributeTypes?: string[];",
        "}",
        "",
        "export const AST_CLASSES: readonly AstClassSpec[] = [",
    ]
    for row in rows:
        lines.append(f"  {json.dumps(row, ensure_ascii=False)},")
    lines.append("];")
    lines.append("")
    OUT.write_text("\n".join(lines))
    # The table in the project's formatting (Biome), so lint stays clean.
    root = OUT.parents[2]
    subprocess.run(["npx", "biome", "format", "--write", str(OUT.relative_to(root))], cwd=root, check=True)


main()
