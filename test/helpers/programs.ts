/**
 * What the suites that run programs/ share: the programs (every
 * `programs/TOPIC/NAME.py`) and REPL transcripts, the expected output of
 * each (CPython's, or refpy's own `NAME.refpy.*` where a difference is
 * deliberate), and the known failures of test/programs-pending.txt.
 *
 * A program is named by its path under programs/ (`gc/gc_cycles.py`): that
 * is its test's name and its key in the pending list and the suites' own
 * lists. It runs under its bare file name (`gc_cycles.py` as filename and
 * argv[0]), as CPython ran it from its folder to make the goldens. File
 * names are unique across programs/, so a snapshot file may be named after
 * the program alone.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, sep } from "node:path";
import { expect, test } from "vitest";
import type { RunOptions } from "../../src/api/run.js";
import { startRepl } from "../../src/cli/repl.js";
import { normalise } from "./normalise.mjs";

export const programsDir = join(import.meta.dirname, "..", "..", "programs");

export interface Program {
  /** Under programs/, with `/`: `gc/gc_cycles.py`. */
  readonly path: string;
  /** The file name it runs as: `gc_cycles.py`. */
  readonly file: string;
  /** Without `.py`: `gc_cycles`. */
  readonly name: string;
  /** Its folder, absolute. */
  readonly dir: string;
}

function toProgram(path: string): Program {
  const file = basename(path);
  return { path, file, name: file.slice(0, -3), dir: join(programsDir, dirname(path)) };
}

/** Every program, sorted by path. */
export const programs: readonly Program[] = (() => {
  const all = readdirSync(programsDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".py"))
    .map((f) => toProgram(f.split(sep).join("/")))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const seen = new Map<string, string>();
  for (const p of all) {
    const other = seen.get(p.file);
    if (other !== undefined) throw new Error(`programs/${other} and programs/${p.path} share a file name`);
    seen.set(p.file, p.path);
  }
  return all;
})();

/** The program at this path under programs/ (`examples/linked_list.py`) or
 *  with this file name (`linked_list.py`). */
export function program(pathOrFile: string): Program {
  const found = programs.find((p) => p.path === pathOrFile || p.file === pathOrFile);
  if (found === undefined) throw new Error(`no program ${pathOrFile} in programs/`);
  return found;
}

export function source(p: Program): string {
  return readFileSync(join(p.dir, p.file), "utf8");
}

/** The program file's bytes, which run() decodes as CPython reads a
 *  source file (BOM, coding cookie). */
export function sourceBytes(p: Program): Uint8Array {
  return readFileSync(join(p.dir, p.file));
}

export function expected(p: Program, ext: "out" | "err"): string {
  const own = join(p.dir, `${p.name}.refpy.${ext}`);
  if (existsSync(own)) return readFileSync(own, "utf8");
  const cpython = join(p.dir, `${p.name}.${ext}`);
  return existsSync(cpython) ? readFileSync(cpython, "utf8") : "";
}

export function expectedExit(p: Program): number {
  const f = join(p.dir, `${p.name}.exit`);
  return existsSync(f) ? Number(readFileSync(f, "utf8").trim()) : 0;
}

/** Standard input for a program: `NAME.in`, or nothing. */
export function stdinFor(p: Program): string {
  const f = join(p.dir, `${p.name}.in`);
  return existsSync(f) ? readFileSync(f, "utf8") : "";
}

/** programs/repl/: the transcripts (NAME.txt, with NAME.out and NAME.err). */
export const replDir = join(programsDir, "repl");
export const transcripts: readonly string[] = readdirSync(replDir)
  .filter((f) => f.endsWith(".txt"))
  .sort();

/** A transcript typed at the prompt, as `python3 -i < NAME.txt` reads it:
 *  the line reader the REPL takes. */
export class StringLines {
  private pos = 0;
  private readonly lines: string[];
  constructor(text: string) {
    this.lines = text.split(/(?<=\n)/).filter((l) => l !== "");
  }
  readLine(): string | null {
    return this.pos < this.lines.length ? this.lines[this.pos++] : null;
  }
}

/** Type the transcript `repl/FILE` at the prompt (with `options`, e.g.
 *  the audit) and check it prints what CPython 3.11 does: NAME.out, and
 *  NAME.err without CPython's two banner lines; exit status 0. */
export function checkTranscript(file: string, options: RunOptions): void {
  const name = file.slice(0, -4);
  let stdout = "";
  let stderr = "";
  const status = startRepl(
    {
      ...options,
      stdout: (s) => {
        stdout += s;
      },
      stderr: (s) => {
        stderr += s;
      },
    },
    null,
    new StringLines(readFileSync(join(replDir, file), "utf8")),
    false,
  );
  const withoutBanner = stderr
    .split(/(?<=\n)/)
    .slice(2)
    .join("");
  expect(normalise(stdout)).toBe(normalise(readFileSync(join(replDir, `${name}.out`), "utf8")));
  const errFile = join(replDir, `${name}.err`);
  expect(normalise(withoutBanner)).toBe(normalise(existsSync(errFile) ? readFileSync(errFile, "utf8") : ""));
  expect(status).toBe(0);
}

/** The suites that run every program, as test/programs-pending.txt names them. */
export type ProgramSuite = "programs" | "audit" | "gc-stress" | "trace";
const SUITES: readonly ProgramSuite[] = ["programs", "audit", "gc-stress", "trace"];

/**
 * test/programs-pending.txt: path under programs/ (`repl/NAME.txt` for a
 * transcript) → the suites it fails in (null: all of them). A line is
 * `PATH [SUITE ...] reason`; without the brackets it applies to every suite.
 */
const pending: ReadonlyMap<string, readonly ProgramSuite[] | null> = (() => {
  const map = new Map<string, readonly ProgramSuite[] | null>();
  for (const line of readFileSync(join(import.meta.dirname, "..", "programs-pending.txt"), "utf8").split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    const m = /^(\S+\.(?:py|txt))\s+(?:\[([^\]]*)\]\s+)?\S/.exec(line);
    if (m === null) throw new Error(`test/programs-pending.txt: not PATH [SUITE ...] reason: ${line}`);
    if (!existsSync(join(programsDir, m[1]))) throw new Error(`test/programs-pending.txt: no programs/${m[1]}`);
    const suites = m[2] === undefined ? null : (m[2].split(/\s+/) as ProgramSuite[]);
    for (const s of suites ?? []) {
      if (!SUITES.includes(s)) throw new Error(`test/programs-pending.txt: ${m[1]}: no suite ${s}`);
    }
    map.set(m[1], suites);
  }
  return map;
})();

/** Whether a program (or `repl/NAME.txt`) is on the pending list for this suite. */
export function isPending(suite: ProgramSuite, path: string): boolean {
  if (!pending.has(path)) return false;
  const suites = pending.get(path)!;
  return suites === null || suites.includes(suite);
}

/** `test`, or `test.fails` for a program pending in this suite: it is
 *  asserted to still fail, so the list cannot go stale. */
export function testFor(suite: ProgramSuite, path: string): (name: string, fn: () => void, timeout?: number) => void {
  return isPending(suite, path) ? test.fails : test;
}
