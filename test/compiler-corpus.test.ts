/**
 * Corpus comparison: every snippet in test/compiler-corpus/ is compiled by
 * refpy and compared, code object by code object, with the golden that
 * `npm run goldens` made from CPython 3.11 (test/goldens/compiler_corpus.py:
 * opnames and arguments without CACHE entries, jump targets as instruction
 * indices, stack size, names, variables, constants, positions, exception
 * table).
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { compile } from "../src/compiler/compile.js";
import type { CodeUnit, Const } from "../src/bytecode/code.js";
import { varnames, cellvars, freevars } from "../src/bytecode/code.js";
import { getInstructions, constRepr, disassemble } from "../src/bytecode/dis.js";
import { isJump } from "../src/bytecode/opcodes.js";
import { parseForTests } from "./helpers/parse.js";

const DIR = join(import.meta.dirname, "compiler-corpus");

const PY_TYPE: Record<Const["kind"], string> = {
  int: "int",
  float: "float",
  complex: "complex",
  str: "str",
  bytes: "bytes",
  bool: "bool",
  None: "NoneType",
  Ellipsis: "ellipsis",
  tuple: "tuple",
  frozenset: "frozenset",
  code: "code",
};

function constRecord(c: Const): unknown[] {
  if (c.kind === "code") return ["code", c.code.co_qualname];
  if (c.kind === "frozenset") return ["frozenset", c.items.map((x) => constRepr(x)).sort()];
  return [PY_TYPE[c.kind], constRepr(c)];
}

function codeRecord(co: CodeUnit): Record<string, unknown> {
  const instrs = getInstructions(co);
  const index = new Map(instrs.map((ins, i) => [ins.offset, i]));
  const lastBefore = (end: number): number => {
    let last = 0;
    instrs.forEach((ins, i) => {
      if (ins.offset < end) last = i;
    });
    return last;
  };
  return {
    name: co.co_name,
    qualname: co.co_qualname,
    firstlineno: co.co_firstlineno,
    argcount: co.co_argcount,
    posonlyargcount: co.co_posonlyargcount,
    kwonlyargcount: co.co_kwonlyargcount,
    flags: co.co_flags,
    stacksize: co.co_stacksize,
    varnames: varnames(co),
    cellvars: cellvars(co),
    freevars: freevars(co),
    names: co.co_names,
    consts: co.co_consts.map(constRecord),
    instructions: instrs.map((ins) => {
      let arg: unknown = ins.argrepr;
      if (isJump(ins.opcode)) arg = index.get(ins.argval as number);
      else if (ins.opname === "LOAD_CONST" && (ins.argval as Const).kind === "code") {
        arg = "code:" + (ins.argval as Extract<Const, { kind: "code" }>).code.co_qualname;
      } else if (ins.opname === "LOAD_CONST" && (ins.argval as Const).kind === "frozenset") arg = "frozenset";
      return [ins.opname, arg];
    }),
    positions: instrs.map((ins) => [
      ins.positions.lineno,
      ins.positions.end_lineno,
      ins.positions.col_offset,
      ins.positions.end_col_offset,
    ]),
    exceptiontable: co.co_exceptiontable.map((e) => [
      index.get(e.start * 2),
      lastBefore(e.end * 2),
      index.get(e.target * 2),
      e.depth,
      e.lasti,
    ]),
  };
}

function walk(co: CodeUnit, out: Record<string, unknown>[]): Record<string, unknown>[] {
  out.push(codeRecord(co));
  for (const c of co.co_consts) if (c.kind === "code") walk(c.code, out);
  return out;
}

interface Golden {
  snippet: string;
  excluded: Record<string, string>;
  code: Record<string, unknown>[];
  dis: string[];
}

function allCodes(co: CodeUnit, out: CodeUnit[]): CodeUnit[] {
  out.push(co);
  for (const c of co.co_consts) if (c.kind === "code") allCodes(c.code, out);
  return out;
}

/** The normalization compiler_corpus.py's normalized_dis applies to CPython's
 *  dis output: byte offsets → instruction indices, addresses dropped. */
function normalizedDis(module: CodeUnit): string[] {
  const codes = allCodes(module, []);
  let k = 0;
  let index = new Map<number, number>();
  let starts: number[] = [];
  const out: string[] = [];
  for (const line0 of disassemble(module).split("\n")) {
    if (line0.startsWith("Disassembly of") || out.length === 0) {
      const ins = getInstructions(codes[k++]!);
      index = new Map(ins.map((x, i) => [x.offset, i]));
      starts = ins.map((x) => x.offset);
    }
    let line = line0.replace(/ at 0x[0-9a-f]+/g, "").replace(/frozenset\(\{.*?\}\)/g, "frozenset(...)");
    let m = /^ {2}(\d+) to (\d+) -> (\d+) (.*)$/.exec(line);
    if (m) {
      const lastOff = Number(m[2]);
      let last = 0;
      starts.forEach((off, i) => {
        if (off <= lastOff) last = i;
      });
      line = `  #${index.get(Number(m[1]))} to #${last} -> #${index.get(Number(m[3]))} ${m[4]}`;
    } else if ((m = /^(.{3}) {5}(>>| {2}) *(\d+) (.*)$/.exec(line))) {
      let rest = m[4]!;
      const t = /^(\S+) +\d+ \(to (\d+)\)$/.exec(rest);
      if (t) rest = `${t[1]} (to #${index.get(Number(t[2]))})`;
      line = `${m[1]}|${m[2]}|#${index.get(Number(m[3]))}|${rest}`;
    }
    out.push(line);
  }
  return out;
}

const FIELDS = [
  "instructions",
  "stacksize",
  "varnames",
  "cellvars",
  "freevars",
  "names",
  "consts",
  "exceptiontable",
  "positions",
  "flags",
  "argcount",
  "posonlyargcount",
  "kwonlyargcount",
  "name",
  "qualname",
  "firstlineno",
];

describe("compiler corpus against CPython 3.11", () => {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith(".py"))
    .sort();
  for (const file of files) {
    describe(file, () => {
      const src = readFileSync(join(DIR, file), "utf8");
      const golden = JSON.parse(readFileSync(join(DIR, file.replace(/\.py$/, ".golden.json")), "utf8")) as Golden;
      const module = compile(parseForTests(src, file, "exec"), file, "exec", src);
      const ours = walk(module, []);
      it("disassembles as dis.dis", () => {
        expect(normalizedDis(module)).toEqual(golden.dis);
      });
      it("has the same code objects", () => {
        expect(ours.map((r) => r.qualname)).toEqual(golden.code.map((r) => r.qualname));
      });
      for (const field of FIELDS) {
        if (field in golden.excluded) continue;
        it(field, () => {
          expect(ours.map((r) => [r.qualname, r[field]])).toEqual(golden.code.map((r) => [r.qualname, r[field]]));
        });
      }
    });
  }
});
