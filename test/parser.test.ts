/**
 * The parser against CPython 3.11.
 *
 * test/parser-corpus/NAME.py is parsed and compared node for node, positions
 * included, with NAME.ast.json, which `npm run goldens` makes from python3's
 * `ast.parse` (test/goldens/parser_corpus.py; see its docstring for the JSON
 * form). errors.json, made by the same script, pins the kind, message, line
 * and offset of each syntax error.
 * Constructs outside refpy's subset are checked against refpy's own wording.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { CompileError } from "../src/ast/errors.js";
import type { ConstValue } from "../src/ast/nodes.js";
import { parse } from "../grammar/parse.js";

const CORPUS = join(import.meta.dirname, "parser-corpus");
const POSITIONS = new Set(["lineno", "col_offset", "end_lineno", "end_col_offset"]);

function floatJson(x: number): number | string {
  return Number.isNaN(x) ? "nan" : x === Infinity ? "inf" : x === -Infinity ? "-inf" : x;
}

function constJson(v: ConstValue): unknown {
  switch (v.kind) {
    case "int":
      return { kind: "int", value: v.value.toString() };
    case "float":
      return { kind: "float", value: floatJson(v.value) };
    case "complex":
      return { kind: "complex", real: floatJson(v.real), imag: floatJson(v.imag) };
    case "bytes":
      return { kind: "bytes", value: [...v.value] };
    default:
      return v;
  }
}

/** Our AST in parser_corpus.py's JSON form. */
function toJson(node: unknown, positions = true): unknown {
  if (Array.isArray(node)) return node.map((n) => toJson(n, positions));
  if (node === null || typeof node !== "object") return node;
  const obj = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (!positions && POSITIONS.has(key)) continue;
    if (obj.type === "Constant" && key === "kind") continue; // parser_corpus.py leaves it out
    if ((obj.type === "Constant" || obj.type === "MatchSingleton") && key === "value")
      out[key] = constJson(value as ConstValue);
    else if (obj.type === "FormattedValue" && (key === "value" || key === "format_spec"))
      out[key] = toJson(value, false);
    else out[key] = toJson(value, positions);
  }
  return out;
}

function compileError(src: string, mode: "exec" | "single" | "eval" = "exec"): CompileError {
  try {
    parse(src, "x.py", mode);
  } catch (e) {
    if (e instanceof CompileError) return e;
    throw e;
  }
  throw new Error(`no error for ${JSON.stringify(src)}`);
}

describe("AST matches CPython's ast.parse", () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith(".py"));
  for (const file of files) {
    it(file, () => {
      const source = readFileSync(join(CORPUS, file), "utf8");
      const golden: unknown = JSON.parse(readFileSync(join(CORPUS, file.replace(/\.py$/, ".ast.json")), "utf8"));
      expect(toJson(parse(source, file, "exec"))).toEqual(golden);
    });
  }
});

interface ErrorCase {
  src: string;
  mode: "exec";
  kind: string;
  msg: string;
  lineno: number;
  offset: number;
}

describe("syntax errors match CPython's", () => {
  const cases = JSON.parse(readFileSync(join(CORPUS, "errors.json"), "utf8")) as ErrorCase[];
  for (const c of cases) {
    it(`${JSON.stringify(c.src)} → ${c.kind}: ${c.msg}`, () => {
      const e = compileError(c.src, c.mode);
      // Inside an f-string field 3.11 reports parser errors at positions
      // relative to a re-parsed copy of the expression; only the message is kept.
      if (c.msg.startsWith("f-string: invalid syntax")) {
        expect({ kind: e.kind, msg: e.msg }).toEqual({ kind: c.kind, msg: c.msg });
        return;
      }
      expect({ kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset }).toEqual({
        kind: c.kind,
        msg: c.msg,
        lineno: c.lineno,
        offset: c.offset,
      });
    });
  }
  it("errors carry the source line as text", () => {
    const e = compileError("x = 1\nif x\n    pass\n");
    expect(e.text).toBe("if x\n");
    expect(e.filename).toBe("x.py");
  });
});

describe("except*", () => {
  it("parses to TryStar", () => {
    const m = parse("try:\n    pass\nexcept* E:\n    pass\n", "x.py", "exec");
    expect(m.body.map((s) => s.type)).toEqual(["TryStar"]);
  });
  const cases: [string, string, number, number][] = [
    ["try:\n    pass\nexcept* :\n    pass\n", "expected one or more exception types", 3, 9],
    [
      "try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass\n",
      "cannot have both 'except' and 'except*' on the same 'try'",
      5,
      1,
    ],
  ];
  for (const [src, msg, lineno, offset] of cases) {
    it(JSON.stringify(src), () => {
      const e = compileError(src);
      expect({ kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset }).toEqual({
        kind: "SyntaxError",
        msg,
        lineno,
        offset,
      });
    });
  }
});

describe("soft keywords", () => {
  it("soft keywords stay names", () => {
    const m = parse("match = 1\ncase = match\n_ = case\nmatch(x)\nmatch[0]\n", "x.py", "exec");
    expect(m.body.map((s) => s.type)).toEqual(["Assign", "Assign", "Assign", "Expr", "Expr"]);
  });
});

describe("modes", () => {
  it("eval gives an Expression", () => {
    const e = parse("1 + 2\n\n", "x.py", "eval");
    expect(e.type).toBe("Expression");
    expect(e.body.type).toBe("BinOp");
  });
  it("eval refuses statements", () => {
    expect(compileError("x = 1", "eval").msg).toBe("invalid syntax");
  });
  it("single gives an Interactive with one statement", () => {
    const i = parse("x = 1; y = 2\n", "<stdin>", "single");
    expect(i.type).toBe("Interactive");
    expect(i.body.map((s) => s.type)).toEqual(["Assign", "Assign"]);
    const c = parse("if x:\n    pass\n", "<stdin>", "single");
    expect(c.body[0].type).toBe("If");
  });
  it("single wants a NEWLINE after a compound statement, as pegen's statement_newline", () => {
    expect(parse("def g(): pass\n", "<stdin>", "single").body[0].type).toBe("FunctionDef");
    expect(parse("if 1:\n  pass", "<stdin>", "single").body[0].type).toBe("If");
    const e = compileError("def g(): pass", "single");
    expect([e.msg, e.lineno, e.offset]).toEqual(["invalid syntax", 1, 0]);
  });
  it("PyCF_ALLOW_INCOMPLETE_INPUT and PyCF_DONT_IMPLY_DEDENT (codeop's flags)", () => {
    const outcome = (src: string, flags: number, mode: "single" | "eval" | "exec" = "single"): string => {
      try {
        parse(src, "<input>", mode, flags);
        return "ok";
      } catch (e) {
        if (e instanceof CompileError) return e.msg;
        throw e;
      }
    };
    // As CPython 3.11's compile(src, "<input>", mode, flags).
    expect(outcome("if 1:", 0x4200)).toBe("incomplete input");
    expect(outcome("if 1:\n  pass", 0x4200)).toBe("incomplete input");
    expect(outcome("if 1:\n  pass", 0x4000)).toBe("ok");
    expect(outcome("if 1:\n  pass\n", 0x4200)).toBe("ok");
    expect(outcome("x = (", 0x4200)).toBe("incomplete input");
    expect(outcome("'''abc", 0x4200)).toBe("incomplete input");
    expect(outcome("1 +", 0x4200)).toBe("incomplete input");
    expect(outcome("1 +\n", 0x4200)).toBe("invalid syntax");
    expect(outcome("a b\n", 0x4200)).toBe("invalid syntax");
    expect(outcome("1 +\n", 0x4000, "exec")).toBe("invalid syntax");
  });
  it("single refuses two statements as CPython does", () => {
    const e = compileError("x = 1\ny = 2\n", "single");
    expect(e.msg).toBe("multiple statements found while compiling a single statement");
  });
  it("empty input is an empty module", () => {
    expect(parse("", "x.py", "exec").body).toEqual([]);
    expect(parse("\n\n# c\n", "x.py", "exec").body).toEqual([]);
  });
  it("never throws anything but CompileError", () => {
    const junk = [
      "(",
      ")",
      "\\",
      "'",
      "f'{",
      "@",
      "lambda",
      "def",
      "class",
      "\t\tx",
      "x\n\ty\n",
      "\0",
      "if:",
      "[x for]",
    ];
    for (const src of junk) expect(compileError(src)).toBeInstanceOf(CompileError);
  });
});
