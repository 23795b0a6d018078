/**
 * Mutants of the programs in programs/: each seed picks a program and
 * applies one to three edits that keep the indentation well formed —
 * delete, duplicate or swap simple statements at the same indentation,
 * change an integer constant, insert `gc.collect()` (printed or not) or
 * `del NAME` after an assignment to NAME. The oracle keeps only mutants
 * CPython runs deterministically (two runs agree).
 *
 * Programs whose run needs more than a file are left out: those with
 * directives (`# expect:`), stdin (`NAME.in`), their own refpy expected
 * files (a deliberate difference), the pending ones, the benchmarks,
 * the REPL transcripts and the sources that are not UTF-8.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { Random } from "./random.js";

/** The repository: two folders up from test/fuzz/ and from the bundle's dist/fuzz/. */
export const root = join(import.meta.dirname, "..", "..");
export const programsDir = join(root, "programs");

let corpus: string[] | null = null;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The programs mutants are made from, by path under programs/. */
export function mutationCorpus(): string[] {
  if (corpus !== null) return corpus;
  const pendingFile = join(root, "test", "programs-pending.txt");
  const pending = new Set(
    readFileSync(pendingFile, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "" && !l.startsWith("#"))
      .map((l) => l.split(/\s/)[0]),
  );
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) {
        if (entry !== "pyperformance" && entry !== "repl" && entry !== "syntax") walk(path);
        continue;
      }
      if (!entry.endsWith(".py")) continue;
      const base = path.slice(0, -3);
      const rel = relative(programsDir, path);
      if (pending.has(rel) || existsSync(`${base}.in`) || existsSync(`${base}.refpy.out`)) continue;
      if (existsSync(`${base}.refpy.err`)) continue;
      // Sources that are not UTF-8 (a latin-1 coding cookie) would reach
      // the oracle re-encoded, a different program from the original.
      let text: string;
      try {
        text = utf8.decode(readFileSync(path));
      } catch {
        continue;
      }
      if (/^#\s*expect:/m.test(text) || text.length > 20_000) continue;
      found.push(rel);
    }
  };
  walk(programsDir);
  corpus = found;
  return found;
}

export interface Mutant {
  /** The program it was made from, under programs/. */
  origin: string;
  source: string;
  /** What was changed, for the findings. */
  edits: string[];
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** A line that is one whole simple statement: not a block header, not
 *  inside brackets or a string running over lines, not a decorator,
 *  comment or blank. */
function simpleStatements(lines: string[]): number[] {
  const result: number[] = [];
  let depth = 0;
  let inTriple = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    const triples = (line.match(/"""|'''/g) ?? []).length;
    const startDepth = depth;
    for (const ch of line.replace(/(["'])(?:\\.|(?!\1).)*\1/g, "").replace(/#.*/, "")) {
      if ("([{".includes(ch)) depth++;
      else if (")]}".includes(ch)) depth = Math.max(0, depth - 1);
    }
    const wasTriple = inTriple;
    if (triples % 2 === 1) inTriple = !inTriple;
    if (wasTriple || triples > 0 || startDepth > 0 || depth > 0) continue;
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith("@") || trimmed.endsWith(":")) continue;
    if (
      trimmed.endsWith("\\") ||
      /^(from __future__|return\b|yield\b|else\b|elif\b|except\b|finally\b)/.test(trimmed)
    ) {
      continue;
    }
    if (/^(def|class|if|for|while|with|try|async)\b/.test(trimmed)) continue;
    result.push(i);
  }
  return result;
}

/** The mutant for one seed. */
export function mutateProgram(seed: number): Mutant {
  const r = new Random(seed);
  const programs = mutationCorpus();
  const origin = r.pick(programs);
  let lines = readFileSync(join(programsDir, origin), "utf8").split("\n");
  const edits: string[] = [];
  let needsGc = false;
  const count = r.int(1, 3);
  for (let k = 0; k < count; k++) {
    const simple = simpleStatements(lines);
    if (simple.length === 0) break;
    const at = r.pick(simple);
    const line = lines[at];
    const pad = " ".repeat(indentOf(line));
    const edit = r.weighted([
      [3, "delete"],
      [2, "duplicate"],
      [2, "swap"],
      [3, "constant"],
      [3, "collect"],
      [2, "del"],
    ] as const);
    if (edit === "delete") {
      // A block must keep a statement.
      lines[at] = `${pad}pass`;
    } else if (edit === "duplicate") {
      lines.splice(at, 0, line);
    } else if (edit === "swap") {
      const partner = simple.find((j) => j === at + 1 && indentOf(lines[j]) === indentOf(line));
      if (partner === undefined) continue;
      [lines[at], lines[partner]] = [lines[partner], lines[at]];
    } else if (edit === "constant") {
      const numbers = [...line.matchAll(/(?<![\w.])\d+(?![\w.])/g)];
      if (numbers.length === 0) continue;
      const m = r.pick(numbers);
      const n = Number(m[0]);
      const replacement = String(r.pick([0, 1, 2, n + 1, Math.max(0, n - 1), n * 2, 2 ** 31, 2 ** 64, -1]));
      lines[at] = line.slice(0, m.index) + replacement + line.slice(m.index! + m[0].length);
    } else if (edit === "collect") {
      needsGc = true;
      lines.splice(at + 1, 0, pad + r.pick(["_fuzz_gc.collect()", "print('fuzz collect', _fuzz_gc.collect())"]));
    } else {
      const m = /^([A-Za-z_]\w*)\s*=[^=]/.exec(line.trim());
      if (m === null) continue;
      lines.splice(at + 1, 0, `${pad}del ${m[1]}`);
    }
    edits.push(`${edit} at line ${at + 1}`);
  }
  if (needsGc) {
    // After a `from __future__` import, which must come first.
    let at = 0;
    lines.forEach((l, i) => {
      if (l.startsWith("from __future__")) at = i + 1;
    });
    lines = [...lines.slice(0, at), "import gc as _fuzz_gc", ...lines.slice(at)];
  }
  return { origin, source: lines.join("\n"), edits };
}
