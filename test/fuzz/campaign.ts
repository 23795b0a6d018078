/**
 * One fuzzing campaign: seeds in, counts out. Seed N names one program —
 * a generated one (test/fuzz/generate.ts) or, for a share of the seeds, a
 * mutant of a program in programs/ (test/fuzz/mutate.ts) — and the oracle
 * (test/fuzz/oracle.ts) runs it under CPython and refpy. Used by the
 * command line (test/fuzz/cli.ts, `npm run fuzz`) and by the fixed batch
 * of test/fuzz.test.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { generateProgram } from "./generate.js";
import { mutateProgram, root } from "./mutate.js";
import { compare, cpythonTwice, type Difference, type Mode, type Outcome, refpyOutcome } from "./oracle.js";
import { reduce } from "./reduce.js";

export interface FuzzProgram {
  seed: number;
  name: string;
  source: string;
  /** "generated", or the program under programs/ it is a mutant of. */
  origin: string;
}

/** Seed N is a mutant when N % 4 === 3 (with mutants on), else generated. */
export function programFor(seed: number, mutants = true): FuzzProgram {
  if (mutants && seed % 4 === 3) {
    const m = mutateProgram(seed);
    return { seed, name: basename(m.origin), source: m.source, origin: `${m.origin} (${m.edits.join(", ")})` };
  }
  return { seed, name: "fuzz.py", source: generateProgram(seed), origin: "generated" };
}

export interface CaseResult {
  program: FuzzProgram;
  status: "ran" | "nondeterministic" | "timeout";
  differences: Difference[];
  cpython?: Outcome;
}

/** Runs one program under CPython and refpy in `modes`. */
export function checkProgram(program: FuzzProgram, modes: readonly Mode[]): CaseResult {
  const want = cpythonTwice(program.source, program.name);
  if (typeof want === "string") return { program, status: want, differences: [] };
  const differences: Difference[] = [];
  for (const mode of modes) differences.push(...compare(program.source, program.name, mode, want));
  return { program, status: "ran", differences, cpython: want };
}

// The known differences ----------------------------------------------------

export interface Known {
  pattern: RegExp;
  /** `programs/DIFFERENCES.md: ROW` or `pending: TOPIC/NAME.py`. */
  reference: string;
  line: number;
}

export const knownFile = join(root, "test", "fuzz", "known-differences.txt");

/** test/fuzz/known-differences.txt: `REGEX -> REFERENCE` per line. */
export function readKnown(): Known[] {
  const known: Known[] = [];
  readFileSync(knownFile, "utf8")
    .split("\n")
    .forEach((text, i) => {
      if (text.trim() === "" || text.startsWith("#")) return;
      const at = text.lastIndexOf(" -> ");
      if (at < 0) throw new Error(`known-differences.txt:${i + 1}: no ' -> REFERENCE'`);
      known.push({ pattern: new RegExp(text.slice(0, at).trim()), reference: text.slice(at + 4).trim(), line: i + 1 });
    });
  return known;
}

export function knownFor(signature: string, known: readonly Known[]): Known | undefined {
  return known.find((k) => k.pattern.test(signature));
}

// Counting and findings ----------------------------------------------------

export interface SignatureCount {
  signature: string;
  count: number;
  firstSeed: number;
  origin: string;
  known: string | null;
  detail: string;
}

export class Tally {
  programs = 0;
  ran = 0;
  nondeterministic = 0;
  timeouts = 0;
  generated = 0;
  mutants = 0;
  withDifferences = 0;
  readonly signatures = new Map<string, SignatureCount>();

  constructor(private readonly known: readonly Known[]) {}

  /** Counts a case; returns the differences whose signature is new. */
  add(c: CaseResult): Difference[] {
    this.programs++;
    if (c.program.origin === "generated") this.generated++;
    else this.mutants++;
    if (c.status === "nondeterministic") this.nondeterministic++;
    else if (c.status === "timeout") this.timeouts++;
    else this.ran++;
    if (c.differences.length > 0) this.withDifferences++;
    const fresh: Difference[] = [];
    for (const d of c.differences) {
      const seen = this.signatures.get(d.signature);
      if (seen !== undefined) {
        seen.count++;
        continue;
      }
      this.signatures.set(d.signature, {
        signature: d.signature,
        count: 1,
        firstSeed: c.program.seed,
        origin: c.program.origin,
        known: knownFor(d.signature, this.known)?.reference ?? null,
        detail: d.detail,
      });
      fresh.push(d);
    }
    return fresh;
  }

  summary(extra: Record<string, unknown> = {}): string {
    const all = [...this.signatures.values()].sort((a, b) => b.count - a.count);
    const unknown = all.filter((s) => s.known === null);
    const lines = [
      ...Object.entries(extra).map(([k, v]) => `${k}: ${v}`),
      `programs: ${this.programs} (generated ${this.generated}, mutants ${this.mutants})`,
      `ran: ${this.ran}`,
      `skipped as nondeterministic under CPython: ${this.nondeterministic}`,
      `skipped as too slow under CPython: ${this.timeouts}`,
      `programs with a difference: ${this.withDifferences}`,
      `distinct differences: ${all.length} (known ${all.length - unknown.length}, new ${unknown.length})`,
      "",
      ...all.map(
        (s) =>
          `${String(s.count).padStart(6)}  ${s.known === null ? "NEW  " : "known"}  ${s.signature}  (seed ${s.firstSeed})`,
      ),
    ];
    return `${lines.join("\n")}\n`;
  }
}

/** Writes a finding: the program, its reduction, and both outcomes of the reduced one. */
export function writeFinding(
  dir: string,
  program: FuzzProgram,
  difference: Difference,
  options: { reduce: boolean; budgetMs?: number },
): string {
  const slug = difference.signature
    .replace(/[^A-Za-z0-9]+/g, "_")
    .slice(0, 60)
    .replace(/_+$/, "");
  const folder = join(dir, `${slug}_${program.seed}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "original.py"), program.source);
  let reduced = program.source;
  let tries = 0;
  if (options.reduce) {
    const r = reduce(program.source, program.name, difference, options.budgetMs);
    reduced = r.source;
    tries = r.tries;
  }
  writeFileSync(join(folder, "reduced.py"), reduced);
  const want = cpythonTwice(reduced, program.name);
  const got = refpyOutcome(reduced, program.name, difference.mode);
  const show = (o: Outcome | string) =>
    typeof o === "string" ? o : `--- stdout\n${o.stdout}--- stderr\n${o.stderr}--- exit ${o.exitCode}\n`;
  writeFileSync(
    join(folder, "diff.txt"),
    [
      `signature: ${difference.signature}`,
      `mode: ${difference.mode}`,
      `seed: ${program.seed}`,
      `origin: ${program.origin}`,
      `file name: ${program.name}`,
      `reduction: ${program.source.split("\n").length} -> ${reduced.split("\n").length} lines in ${tries} tries`,
      "",
      difference.detail,
      "",
      "=== refpy",
      show(got),
      "=== CPython 3.11",
      show(want),
    ].join("\n"),
  );
  return folder;
}
