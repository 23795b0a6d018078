/**
 * The opcode table: `Op` (a const enum, inlined by tsc, so read here from
 * the source text) and `OPCODES` must list the same names and numbers, and
 * both must be CPython 3.11's (`dis.opmap`), with CPython's stack effects
 * (`dis.stack_effect`), as recorded by test/compiler-corpus/make_golden.py.
 * Each record's `handler` must name the switch of src/vm/ceval.ts that has
 * the opcode's case (read from the source with the TypeScript parser).
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { OPCODES, OPCODE_BY_CODE, HAVE_ARGUMENT, type Handler } from "../src/bytecode/opcodes.js";
import { compile } from "../src/compiler/compile.js";
import type { CodeUnit } from "../src/bytecode/code.js";
import { parseForTests } from "./helpers/parse.js";

const ROOT = join(import.meta.dirname, "..");

function enumEntries(): [string, number][] {
  const src = readFileSync(join(ROOT, "src/bytecode/opcodes.ts"), "utf8");
  const body = src.slice(src.indexOf("export const enum Op {"), src.indexOf("\n}\n", src.indexOf("export const enum Op {")));
  const out: [string, number][] = [];
  for (const m of body.matchAll(/^\s+([A-Z_]+) = (\d+),/gm)) out.push([m[1]!, Number(m[2])]);
  return out;
}

interface OpGolden { code: number; effect: Record<string, [number, number]> }
const golden = JSON.parse(readFileSync(join(ROOT, "test/compiler-corpus/opcodes.golden.json"), "utf8")) as Record<string, OpGolden>;

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
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".py") && n !== "make_golden.py")) {
      const src = readFileSync(join(dir, f), "utf8");
      walk(compile(parseForTests(src, f, "exec"), f, "exec", src));
    }
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
  const evalFrame = fns.get("_PyEval_EvalFrame")!;
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
  "inline": ["inline"],
  "nested": ["nested"],
  "slow": ["slow"],
  "inline+slow": ["inline", "slow"],
  "prefix": [],
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
