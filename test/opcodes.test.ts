/**
 * The opcode table: `Op` (a const enum, inlined by tsc, so read here from
 * the source text) and `OPCODES` must list the same names and numbers, and
 * both must be CPython 3.11's (`dis.opmap`), with CPython's stack effects
 * (`dis.stack_effect`), as recorded in test/compiler-corpus/opcodes.golden.json
 * by `npm run goldens` (test/goldens/compiler_corpus.py).
 * BINARY_OP's argument table (the NB enum, NB_OPS and the eval loop's
 * binaryOps) and COMPARE_OP's (CMP_OP, Py_LT…Py_GE) must be CPython's
 * (`dis._nb_ops`, `dis.cmp_op`, in test/compiler-corpus/opargs.golden.json).
 * Each record's `handler` must name the switch of src/vm/ceval.ts that has
 * the opcode's case (read from the source with the TypeScript parser).
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { OPCODES, OPCODE_BY_CODE, HAVE_ARGUMENT, NB_OPS, CMP_OP, type Handler } from "../src/bytecode/opcodes.js";
import { binaryOps } from "../src/vm/ceval.js";
import { Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE } from "../src/bytecode/opcodes.js";
import { compile } from "../src/compiler/compile.js";
import type { CodeUnit } from "../src/bytecode/code.js";
import { parseForTests } from "./helpers/parse.js";

const ROOT = join(import.meta.dirname, "..");

function enumEntries(): [string, number][] {
  const src = readFileSync(join(ROOT, "src/bytecode/opcodes.ts"), "utf8");
  const body = src.slice(
    src.indexOf("export const enum Op {"),
    src.indexOf("\n}\n", src.indexOf("export const enum Op {")),
  );
  const out: [string, number][] = [];
  for (const m of body.matchAll(/^\s+([A-Z_]+) = (\d+),/gm)) out.push([m[1]!, Number(m[2])]);
  return out;
}

/** The members of `const enum NB`, in source order. */
function nbEntries(): [string, number][] {
  const src = readFileSync(join(ROOT, "src/bytecode/opcodes.ts"), "utf8");
  const from = src.indexOf("export const enum NB {");
  const body = src.slice(from, src.indexOf("\n}\n", from));
  return [...body.matchAll(/([A-Z_]+) = (\d+),/g)].map((m): [string, number] => [m[1]!, Number(m[2])]);
}

interface OpGolden {
  code: number;
  effect: Record<string, [number, number]>;
}
const golden = JSON.parse(readFileSync(join(ROOT, "test/compiler-corpus/opcodes.golden.json"), "utf8")) as Record<
  string,
  OpGolden
>;

describe("opcode table", () => {
  it("Op and OPCODES list the same opcodes in the same order", () => {
    expect(enumEntries()).toEqual(OPCODES.map((o) => [o.name, o.code]));
  });

  it("OPCODES is in numeric order and OPCODE_BY_CODE indexes it", () => {
    for (let i = 1; i < OPCODES.length; i++) expect(OPCODES[i]!.code).toBeGreaterThan(OPCODES[i - 1]!.code);
    for (const o of OPCODES) expect(OPCODE_BY_CODE[o.code]).toBe(o);
  });

  it("names and numbers are CPython 3.11's", () => {
    for (const o of OPCODES) {
      if (o.name === "CACHE") continue;
      expect([o.name, golden[o.name]?.code]).toEqual([o.name, o.code]);
    }
  });

  it("stack effects are CPython 3.11's stack_effect", () => {
    for (const o of OPCODES) {
      if (o.name === "CACHE") continue;
      for (const [arg, [plain, jump]] of Object.entries(golden[o.name]!.effect)) {
        const a = Number(arg);
        expect([o.name, a, o.effect(a, false), o.effect(a, true)]).toEqual([o.name, a, plain, jump]);
      }
    }
  });

  it("argument-taking opcodes are exactly those at or above HAVE_ARGUMENT", () => {
    for (const o of OPCODES) expect([o.name, o.arg !== "none"]).toEqual([o.name, o.code >= HAVE_ARGUMENT]);
  });

  it("the compiler emits only opcodes from the table", () => {
    const dir = join(ROOT, "test/compiler-corpus");
    const walk = (co: CodeUnit): void => {
      for (let i = 0; i < co.co_code.length; i += 2) {
        expect(OPCODE_BY_CODE[co.co_code[i]!], `opcode ${co.co_code[i]} in ${co.co_qualname}`).toBeDefined();
        expect(co.co_code[i]).not.toBe(0);
      }
      for (const c of co.co_consts) if (c.kind === "code") walk(c.code);
    };
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".py"))) {
      const src = readFileSync(join(dir, f), "utf8");
      walk(compile(parseForTests(src, f, "exec"), f, "exec", src));
    }
  });
});

// ------------------------------------------------- operator arguments

interface OpArgsGolden {
  cmp_op: string[];
  nb_ops: [string, string][];
}
const opargs = JSON.parse(readFileSync(join(ROOT, "test/compiler-corpus/opargs.golden.json"), "utf8")) as OpArgsGolden;

/** The function CPython's binary_ops[] holds for NB member `nb`:
 *  INPLACE_TRUE_DIVIDE → PyNumber_InPlaceTrueDivide. */
function binaryOpName(nb: string): string {
  const inplace = nb.startsWith("INPLACE_");
  const base = inplace ? nb.slice("INPLACE_".length) : nb;
  const name =
    (inplace ? "InPlace" : "") +
    base
      .split("_")
      .map((w) => w[0] + w.slice(1).toLowerCase())
      .join("");
  return base === "POWER" ? `_PyNumber_${name}NoMod` : `PyNumber_${name}`;
}

describe("BINARY_OP's and COMPARE_OP's arguments", () => {
  it("NB numbers CPython's NB_* operators in order, and NB_OPS spells them as dis._nb_ops", () => {
    expect(nbEntries()).toEqual(opargs.nb_ops.map(([name], i) => [name.replace(/^NB_/, ""), i]));
    expect([...NB_OPS]).toEqual(opargs.nb_ops.map(([, spelling]) => spelling));
  });

  it("the eval loop's binaryOps holds each NB member's number function at its index", () => {
    expect(binaryOps.map((f) => f.name)).toEqual(nbEntries().map(([name]) => binaryOpName(name)));
  });

  it("COMPARE_OP's argument is Py_LT…Py_GE, spelled as dis.cmp_op", () => {
    expect([Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE]).toEqual([0, 1, 2, 3, 4, 5]);
    expect([...CMP_OP]).toEqual(opargs.cmp_op);
  });
});

// ------------------------------------------------------ handler homes

type Place = "inline" | "nested" | "slow";

interface Switches {
  /** opcode name → the places with a `case Op.NAME` label (one entry per label) */
  places: Map<string, Place[]>;
  /** where each call of slowOp in ceval.ts is: "inline NAME" (a clause of
   *  the dispatch switch), "nested default", or "elsewhere" */
  slowOpCallers: string[];
  evalFrameText: string;
}

function readSwitches(): Switches {
  const text = readFileSync(join(ROOT, "src/vm/ceval.ts"), "utf8");
  const sf = ts.createSourceFile("ceval.ts", text, ts.ScriptTarget.Latest, true);
  const fns = new Map<string, ts.FunctionDeclaration>();
  sf.forEachChild((n) => {
    if (ts.isFunctionDeclaration(n) && n.name) fns.set(n.name.text, n);
  });
  const opcodeSwitches = (root: ts.Node): ts.SwitchStatement[] => {
    const out: ts.SwitchStatement[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isSwitchStatement(n) && n.expression.getText() === "opcode") out.push(n);
      ts.forEachChild(n, visit);
    };
    visit(root);
    return out;
  };
  const evalFrame = fns.get("_PyEval_EvalFrameDefault")!;
  const slowOp = fns.get("slowOp")!;
  const loopSwitches = opcodeSwitches(evalFrame);
  const slowSwitches = opcodeSwitches(slowOp);
  // The dispatch switch and the one in its default branch; one in slowOp.
  expect(loopSwitches.length).toBe(2);
  expect(slowSwitches.length).toBe(1);
  const [dispatch, nested] = loopSwitches as [ts.SwitchStatement, ts.SwitchStatement];
  const dispatchDefault = dispatch.caseBlock.clauses.find(ts.isDefaultClause)!;
  expect(nested.pos >= dispatchDefault.pos && nested.end <= dispatchDefault.end).toBe(true);

  const places = new Map<string, Place[]>();
  const collect = (sw: ts.SwitchStatement, place: Place): void => {
    for (const c of sw.caseBlock.clauses) {
      if (ts.isDefaultClause(c)) continue;
      const label = c.expression.getText();
      expect(label).toMatch(/^Op\.[A-Z_]+$/);
      const name = label.slice(3);
      places.set(name, [...(places.get(name) ?? []), place]);
    }
  };
  collect(dispatch, "inline");
  collect(nested, "nested");
  collect(slowSwitches[0]!, "slow");

  const slowOpCallers: string[] = [];
  const whereCalled = (call: ts.Node): string => {
    for (let n: ts.Node = call; n !== sf; n = n.parent) {
      if (n === nested.caseBlock) return "elsewhere";
      if (ts.isDefaultClause(n) && n.parent === nested.caseBlock) return "nested default";
      if (ts.isCaseClause(n) && n.parent === dispatch.caseBlock) return `inline ${n.expression.getText().slice(3)}`;
    }
    return "elsewhere";
  };
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && n.expression.getText() === "slowOp") slowOpCallers.push(whereCalled(n));
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { places, slowOpCallers, evalFrameText: evalFrame.getText() };
}

const expectedPlaces: Record<Handler, Place[]> = {
  inline: ["inline"],
  nested: ["nested"],
  slow: ["slow"],
  "inline+slow": ["inline", "slow"],
  prefix: [],
};

describe("where the eval loop handles each opcode (OPCODES' handler column)", () => {
  const sw = readSwitches();

  it("each opcode has a case exactly where its handler says, and nowhere else", () => {
    for (const o of OPCODES) {
      expect([o.name, sw.places.get(o.name) ?? []]).toEqual([o.name, expectedPlaces[o.handler]]);
    }
  });

  it("ceval.ts has no case for an opcode missing from the table", () => {
    const known = new Set(OPCODES.map((o) => o.name));
    for (const name of sw.places.keys()) expect(known.has(name), name).toBe(true);
  });

  it("slowOp is called only by the inline+slow cases and the nested switch's default", () => {
    // So a slowOp case for an inline or nested opcode could never run.
    const inlineSlow = OPCODES.filter((o) => o.handler === "inline+slow").map((o) => `inline ${o.name}`);
    expect([...sw.slowOpCallers].sort()).toEqual([...inlineSlow, "nested default"].sort());
  });

  it("EXTENDED_ARG, the one prefix, is folded in before the dispatch", () => {
    expect(OPCODES.filter((o) => o.handler === "prefix").map((o) => o.name)).toEqual(["EXTENDED_ARG"]);
    expect(sw.evalFrameText).toContain("while (opcode === Op.EXTENDED_ARG)");
  });
});
