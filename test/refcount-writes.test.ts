/**
 * The refcount rule (src/heap/refcount.ts's header): `ob_refcnt` changes
 * through the refcount module's helpers, or through the two inlined forms
 * of Py_INCREF and Py_DECREF that hot paths write out so that each site
 * keeps its own V8 feedback: `op.ob_refcnt++;` and `if (--op.ob_refcnt
 * === 0) _Py_Dealloc(op)`. This test reads every src/**\/*.ts file
 * (comments left out) and fails on any other write of `ob_refcnt`
 * (`+=`, `-=`, `=`, a decrement without the zero check …) outside
 * src/heap/refcount.ts.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(fileURLToPath(new URL(".", import.meta.url)), "..");

/** The files allowed to write `ob_refcnt` in any form, and why. */
const ALLOWED = new Map<string, string>([
  ["src/heap/refcount.ts", "the refcount module: INCREF, DECREF and the other helpers"],
  ["src/vm/ceval.ts", "the eval loop: its inlined DECREFs store the frame (STORE_FRAME) before the dealloc"],
]);

/** The inlined Py_INCREF (a statement) and Py_DECREF (the zero check and
 *  the dealloc of the same object), as they stand in the code. */
const INLINE_INCREF = /\.ob_refcnt\+\+\s*;/y;
const INLINE_DECREF =
  /--\s*((?:[\w$]+|\([^()]*\))(?:\s*(?:\.[\w$]+|\[[^\]]*\]|!))*)\s*\.ob_refcnt\s*===\s*0\s*\)\s*_Py_Dealloc\(\s*([^)]*?)\s*\)/y;

/** Is the write found at `index` of `code` one of the two inlined forms? */
function isInlinedForm(code: string, index: number): boolean {
  INLINE_INCREF.lastIndex = index;
  if (code[index] === "." && INLINE_INCREF.test(code)) return true;
  INLINE_DECREF.lastIndex = index;
  const m = INLINE_DECREF.exec(code);
  const bare = (x: string) => x.replace(/\s/g, "").replace(/^\((.*)\)$/, "$1");
  return m !== null && bare(m[1]) === bare(m[2]);
}

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

/** Each write of `ob_refcnt` in `text` as "line: source"; with
 *  `exceptInlined`, the inlined INCREF/DECREF forms are left out. */
function refcountWrites(text: string, exceptInlined = false): string[] {
  const code = stripComments(text);
  const lines = text.split("\n");
  const found: string[] = [];
  for (const m of code.matchAll(WRITE)) {
    if (exceptInlined && isInlinedForm(code, m.index)) continue;
    const line = code.slice(0, m.index).split("\n").length;
    found.push(`${line}: ${lines[line - 1].trim()}`);
  }
  return found;
}

describe("ob_refcnt is written by the refcount module, elsewhere only as the inlined INCREF and DECREF", () => {
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

  it("only the two inlined forms pass outside the refcount module", () => {
    expect(refcountWrites("op.ob_refcnt++;", true)).toHaveLength(0);
    expect(refcountWrites("if (--op.ob_refcnt === 0) _Py_Dealloc(op);", true)).toHaveLength(0);
    expect(refcountWrites("if (--(a as B).ob_refcnt === 0) _Py_Dealloc(a as B);", true)).toHaveLength(0);
    expect(refcountWrites("if (--op.ob_refcnt === 0) _Py_Dealloc(other);", true)).toHaveLength(1);
    expect(refcountWrites("op.ob_refcnt--;", true)).toHaveLength(1);
    expect(refcountWrites("op.ob_refcnt += 2;", true)).toHaveLength(1);
    expect(refcountWrites("this.ob_refcnt = 1;", true)).toHaveLength(1);
    expect(refcountWrites("f(op.ob_refcnt++);", true)).toHaveLength(1);
  });

  it("the allowed files exist and do write it (the list is not stale)", () => {
    for (const name of ALLOWED.keys()) {
      const file = files.find((f) => f.name === name);
      expect(file, name).toBeDefined();
      expect(refcountWrites(file!.text).length, name).toBeGreaterThan(0);
    }
  });

  it("no other file under src/ writes ob_refcnt but in the inlined forms", () => {
    const offenders: string[] = [];
    for (const { name, text } of files) {
      if (ALLOWED.has(name)) continue;
      for (const w of refcountWrites(text, true)) offenders.push(`${name}:${w}`);
    }
    expect(offenders).toEqual([]);
  });
});
