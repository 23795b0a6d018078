"""test/compiler-corpus/: what CPython 3.11's compiler makes of each snippet.

For every snippet test/compiler-corpus/*.py this compiles the source with
this CPython (mode "exec", filename = the snippet's base name) and makes
<snippet>.golden.json: one record per code object, module first, then the
nested code objects depth-first in co_consts order (the order `dis.dis`
prints them). Each record holds what refpy's compiler must reproduce:

  name, qualname, firstlineno, argcount, posonlyargcount, kwonlyargcount,
  flags, stacksize, varnames, cellvars, freevars, names,
  consts        -- [type name, repr] (code objects: their qualname;
                   frozensets: sorted item reprs, since set order is hash order)
  instructions  -- [opname, arg] with CACHE entries removed; arg is the
                   argrepr, except jumps (index of the target instruction)
                   and code-object constants ("code:" + qualname)
  positions     -- co_positions of each instruction (None → null)
  exceptiontable -- [start, last, target, depth, lasti] in instruction
                   indices (last inclusive, as dis prints it)

and, for the whole snippet, "dis": the text of dis.dis(module) with byte
offsets replaced by instruction indices (see normalized_dis).

It also makes opcodes.golden.json: dis.opmap and dis.stack_effect for the
opcodes refpy's table lists, and opargs.golden.json: the argument tables of
COMPARE_OP and BINARY_OP (dis.cmp_op, dis._nb_ops) (test/opcodes.test.ts).

Goldens come only from `npm run goldens` (make_goldens.py beside this).
Deliberate differences are listed in EXCLUSIONS below (field names to leave
out of a snippet's goldens, with the reason), never edited into goldens.
"""
import dis
import io
import json
import re
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "compiler-corpus"

# snippet base name -> {field: reason}. Fields named here are dropped from
# every code object's record in that snippet's golden, and the test skips them.
EXCLUSIONS = {
}

JUMPS = set(dis.hasjrel) | set(dis.hasjabs)


def const_record(c):
    if hasattr(c, "co_code"):
        return ["code", c.co_qualname]
    if isinstance(c, frozenset):
        return ["frozenset", sorted(repr(x) for x in c)]
    return [type(c).__name__, repr(c)]


def code_record(co):
    instrs = list(dis.get_instructions(co))
    index = {ins.offset: i for i, ins in enumerate(instrs)}

    def index_of_last_before(end):
        last = 0
        for i, ins in enumerate(instrs):
            if ins.offset < end:
                last = i
        return last

    out_instrs = []
    for ins in instrs:
        if ins.opcode in JUMPS:
            arg = index[ins.argval]
        elif ins.opname == "LOAD_CONST" and hasattr(ins.argval, "co_code"):
            arg = "code:" + ins.argval.co_qualname
        elif ins.opname == "LOAD_CONST" and isinstance(ins.argval, frozenset):
            arg = "frozenset"
        else:
            arg = ins.argrepr
        out_instrs.append([ins.opname, arg])
    table = []
    for e in dis._parse_exception_table(co):
        table.append([index[e.start], index_of_last_before(e.end), index[e.target], e.depth, e.lasti])
    return {
        "name": co.co_name,
        "qualname": co.co_qualname,
        "firstlineno": co.co_firstlineno,
        "argcount": co.co_argcount,
        "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount,
        "flags": co.co_flags,
        "stacksize": co.co_stacksize,
        "varnames": list(co.co_varnames),
        "cellvars": list(co.co_cellvars),
        "freevars": list(co.co_freevars),
        "names": list(co.co_names),
        "consts": [const_record(c) for c in co.co_consts],
        "instructions": out_instrs,
        "positions": [list(ins.positions) for ins in instrs],
        "exceptiontable": table,
    }


def all_codes(co, out):
    out.append(co)
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            all_codes(c, out)
    return out


def normalized_dis(module_code):
    """dis.dis output with byte offsets replaced by instruction indices
    (refpy has no CACHE entries, so only offsets differ) and code object
    addresses removed. test/compiler-corpus.test.ts normalizes refpy's
    disassembly the same way."""
    buf = io.StringIO()
    dis.dis(module_code, file=buf)
    codes = iter(all_codes(module_code, []))
    out = []
    index = {}
    starts = []
    for line in buf.getvalue().split("\n"):
        if line.startswith("Disassembly of") or not out:
            co = next(codes)
            ins = list(dis.get_instructions(co))
            index = {i.offset: k for k, i in enumerate(ins)}
            starts = [i.offset for i in ins]
        out.append(normalize_line(line, index, starts))
    return out


def normalize_line(line, index, starts):
    line = re.sub(r" at 0x[0-9a-f]+", "", line)
    line = re.sub(r"frozenset\(\{.*?\}\)", "frozenset(...)", line)
    m = re.match(r"^  (\d+) to (\d+) -> (\d+) (.*)$", line)
    if m:
        last = max(k for k, off in enumerate(starts) if off <= int(m.group(2)))
        return f"  #{index[int(m.group(1))]} to #{last} -> #{index[int(m.group(3))]} {m.group(4)}"
    m = re.match(r"^(.{3}) {5}(>>|  ) *(\d+) (.*)$", line)
    if m:
        rest = m.group(4)
        t = re.match(r"^(\S+) +\d+ \(to (\d+)\)$", rest)
        if t:  # jump distances count CACHE entries: keep only the target
            rest = f"{t.group(1)} (to #{index[int(t.group(2))]})"
        return f"{m.group(1)}|{m.group(2)}|#{index[int(m.group(3))]}|{rest}"
    return line


def walk(co, out):
    out.append(code_record(co))
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            walk(c, out)
    return out


def opcode_golden():
    args = [0, 1, 2, 3, 4, 5, 7, 8, 9, 12, 15, 0x102, 0x305]
    ops = {}
    for name, op in dis.opmap.items():
        if name == "CACHE":
            continue
        entry = {"code": op}
        if op >= dis.HAVE_ARGUMENT:
            entry["effect"] = {str(a): [dis.stack_effect(op, a, jump=False), dis.stack_effect(op, a, jump=True)]
                               for a in args}
        else:
            entry["effect"] = {"0": [dis.stack_effect(op, None, jump=False), dis.stack_effect(op, None, jump=True)]}
        ops[name] = entry
    return ops


def oparg_golden():
    return {"cmp_op": list(dis.cmp_op), "nb_ops": [list(p) for p in dis._nb_ops]}


def to_json(data) -> bytes:
    return (json.dumps(data, indent=1) + "\n").encode("utf-8")


def goldens() -> dict:
    """Golden file -> contents: one per snippet, opcodes.golden.json and opargs.golden.json."""
    files = {}
    for path in sorted(CORPUS.glob("*.py")):
        src = path.read_text(encoding="utf-8")
        records = walk(compile(src, path.name, "exec"), [])
        skip = EXCLUSIONS.get(path.stem, {})
        for r in records:
            for field in skip:
                r.pop(field, None)
        golden = {"snippet": path.name, "excluded": skip, "code": records,
                  "dis": normalized_dis(compile(src, path.name, "exec"))}
        files[path.with_suffix(".golden.json")] = to_json(golden)
    files[CORPUS / "opcodes.golden.json"] = to_json(opcode_golden())
    files[CORPUS / "opargs.golden.json"] = to_json(oparg_golden())
    return files
