/**
 * One module changes `ob_refcnt` (src/heap/refcount.ts's header states the
 * rule): every other file takes and drops references through its helpers
 * (Py_INCREF, Py_DECREF, _Py_DECREF_NO_DEALLOC, _Py_SetRefcnt, …). The
 * named exception is the eval loop, src/vm/ceval.ts, whose fast paths
 * inline the counting. This test reads every src/**\/*.ts file (comments
 * left out) and fails on a write of `ob_refcnt` anywhere else: `++`,
 * `--` (either side), `+=`, `-=` or `=`.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(fileURLToPath(new URL(".", import.meta.url)), "..");

/** The files allowed to write `ob_refcnt`, and why. */
const ALLOWED = new Map<string, string>([
  ["src/heap/refcount.ts", "the refcount module: INCREF, DECREF and the other helpers"],
  ["src/vm/ceval.ts", "the eval loop: its fast paths inline INCREF/DECREF"],
]);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith(".ts")) out.push(path);
  }
  return out;
}

/** `text` with comments blanked (newlines kept, so line numbers hold);
 *  string and template literals are left as they are. */
function stripComments(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "/" && next === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop;
    } else if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** An lvalue ending in `.ob_refcnt`: `op`, `self.x`, `(a as B)`, `a[i]!`. */
const TARGET = String.raw`(?:[\w$]+|\([^()]*\))(?:\s*(?:\.[\w$]+|\[[^\]]*\]|!))*\s*\.ob_refcnt\b`;
const WRITE = new RegExp(
  String.raw`(?:\+\+|--)\s*${TARGET}` + // ++x.ob_refcnt, --x.ob_refcnt
    String.raw`|\.ob_refcnt\s*(?:\+\+|--|[-+*/|&]?=(?!=))`, // x.ob_refcnt++, --, =, +=, -=
  "g",
);

/** Each write of `ob_refcnt` in `text` as "line: source". */
function refcountWrites(text: string): string[] {
  const code = stripComments(text);
  const lines = text.split("\n");
  const found: string[] = [];
  for (const m of code.matchAll(WRITE)) {
    const line = code.slice(0, m.index).split("\n").length;
    found.push(`${line}: ${lines[line - 1].trim()}`);
  }
  return found;
}

describe("ob_refcnt is written only by the refcount module (and the eval loop's fast paths)", () => {
  const files = sourceFiles(join(ROOT, "src")).map((path) => ({
    name: relative(ROOT, path).split("\\").join("/"),
    text: readFileSync(path, "utf8"),
  }));

  it("the scanner sees each form of write, and no read or comment", () => {
    expect(refcountWrites("op.ob_refcnt++;")).toHaveLength(1);
    expect(refcountWrites("if (--op.ob_refcnt === 0) f(op);")).toHaveLength(1);
    expect(refcountWrites("++(x as PyObject).ob_refcnt;")).toHaveLength(1);
    expect(refcountWrites("a[i]!.ob_refcnt--;")).toHaveLength(1);
    expect(refcountWrites("op.ob_refcnt += 2;")).toHaveLength(1);
    expect(refcountWrites("op.ob_refcnt -= n;")).toHaveLength(1);
    expect(refcountWrites("this.ob_refcnt = 1;")).toHaveLength(1);
    expect(refcountWrites("return op.ob_refcnt === 1 && n-- > 0;")).toHaveLength(0);
    expect(refcountWrites("const n = op.ob_refcnt; // op.ob_refcnt++\n/* x.ob_refcnt = 0 */")).toHaveLength(0);
  });

  it("the allowed files exist and do write it (the list is not stale)", () => {
    for (const name of ALLOWED.keys()) {
      const file = files.find((f) => f.name === name);
      expect(file, name).toBeDefined();
      expect(refcountWrites(file!.text).length, name).toBeGreaterThan(0);
    }
  });

  it("no other file under src/ writes ob_refcnt", () => {
    const offenders: string[] = [];
    for (const { name, text } of files) {
      if (ALLOWED.has(name)) continue;
      for (const w of refcountWrites(text)) offenders.push(`${name}:${w}`);
    }
    expect(offenders).toEqual([]);
  });
});
