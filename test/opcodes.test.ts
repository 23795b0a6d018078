/**
 * The opcode table: `Op` (a const enum, inlined by tsc, so read here from
 * the source text) and `OPCODES` must list the same names and numbers, and
 * both must be CPython 3.11's (`dis.opmap`), with CPython's stack effects
 * (`dis.stack_effect`), as recorded in test/compiler-corpus/opcodes.golden.json
 * by `npm run goldens` (test/goldens/compiler_corpus.py).
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { OPCODES, OPCODE_BY_CODE, HAVE_ARGUMENT } from "../src/bytecode/opcodes.js";
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
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".py"))) {
      const src = readFileSync(join(dir, f), "utf8");
      walk(compile(parseForTests(src, f, "exec"), f, "exec", src));
    }
  });
});
