/**
 * Temporary bridge until grammar/parse.ts exists: builds refpy AST nodes
 * (src/ast/nodes.ts) by running python3's own `ast.parse` and converting
 * its tree to our shape. Test-time only; delete once the parser works.
 *
 * Conversion: node class name → `type`; fields and positions as `ast`;
 * ExceptHandler.type → `exc_type`; Constant values tagged as ConstValue
 * (ints travel as decimal strings and become bigint).
 */
import { execFileSync } from "node:child_process";
import type { ConstValue, Mod } from "../../src/ast/nodes.js";

const SCRIPT = String.raw`
import ast, json, sys
def conv(v):
    if isinstance(v, ast.AST):
        name = type(v).__name__
        if isinstance(v, (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
            return name
        d = {"type": name}
        for f in v._fields:
            key = "exc_type" if (name == "ExceptHandler" and f == "type") else f
            val = getattr(v, f, None)
            if name == "Constant" and f == "value":
                d[key] = const(val)
            elif name == "Constant" and f == "kind":
                continue
            elif name in ("FunctionDef", "Assign", "For", "With", "arg") and f == "type_comment":
                continue
            else:
                d[key] = conv(val)
        for a in v._attributes:
            d[a] = getattr(v, a)
        return d
    if isinstance(v, list):
        return [conv(x) for x in v]
    return v
def const(v):
    if v is None: return {"kind": "None"}
    if v is Ellipsis: return {"kind": "Ellipsis"}
    if isinstance(v, bool): return {"kind": "bool", "value": v}
    if isinstance(v, int): return {"kind": "int", "value": str(v)}
    if isinstance(v, float): return {"kind": "float", "value": repr(v)}
    if isinstance(v, str): return {"kind": "str", "value": v}
    if isinstance(v, bytes): return {"kind": "bytes", "value": list(v)}
    raise TypeError(type(v))
src = sys.stdin.read()
mode = sys.argv[1]
print(json.dumps(conv(ast.parse(src, "<src>", mode))))
`;

function reviveConst(c: { kind: string; value?: unknown }): ConstValue {
  switch (c.kind) {
    case "int": return { kind: "int", value: BigInt(c.value as string) };
    case "float": {
      const s = c.value as string;
      const v = s === "inf" ? Infinity : s === "-inf" ? -Infinity : s === "nan" ? NaN : Number(s);
      return { kind: "float", value: v };
    }
    case "bytes": return { kind: "bytes", value: Uint8Array.from(c.value as number[]) };
    case "str": return { kind: "str", value: c.value as string };
    case "bool": return { kind: "bool", value: c.value as boolean };
    case "None": return { kind: "None" };
    case "Ellipsis": return { kind: "Ellipsis" };
    default: throw new Error(`bad constant kind ${c.kind}`);
  }
}

function revive(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(revive);
  if (v !== null && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (o.type === "Constant") {
      return { ...o, value: reviveConst(o.value as { kind: string }) };
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) out[k] = revive(x);
    return out;
  }
  return v;
}

export function astFromPython(source: string, mode: "exec" | "single" | "eval" = "exec"): Mod {
  const out = execFileSync("python3", ["-c", SCRIPT, mode], { input: source, encoding: "utf8", maxBuffer: 64 << 20 });
  return revive(JSON.parse(out)) as Mod;
}
