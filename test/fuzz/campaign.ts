/**
 * One fuzzing campaign: seeds in, counts out. Seed N names one program —
 * a generated one (test/fuzz/generate.ts) or, for a share of the seeds, a
 * mutant of a program in programs/ (test/fuzz/mutate.ts) — and the oracle
 * (test/fuzz/oracle.ts) runs it under CPython and refpy. Used by the
 * command line (test/fuzz/cli.ts, `npm run fuzz`) and by the fixed batch
 * of test/fuzz.test.ts.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { generateProgram } from "./generate.js";
import { mutateProgram, root } from "./mutate.js";
import {
  compare,
  cpythonTwice,
  type Difference,
  type Mode,
  type Outcome,
  refpyOutcome,
  runCPython,
  sameOutcome,
} from "./oracle.js";
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
  /** Milliseconds spent: refpy per mode, and CPython (waiting for it,
   *  when its run was started earlier). */
  ms: Record<string, number>;
}

/**
 * Runs one program under CPython and refpy in `modes`. `first` is
 * CPython's outcome when the caller already ran it (null: it timed out).
 * CPython runs once; only when refpy differs does it run a second time,
 * and two runs that disagree make the program nondeterministic (skipped,
 * its differences dropped). A program refpy agrees with needs no second
 * run: refpy matched what CPython printed.
 */
export function checkProgram(program: FuzzProgram, modes: readonly Mode[], first?: Outcome | null): CaseResult {
  const ms: Record<string, number> = {};
  const timed = <T>(key: string, f: () => T): T => {
    const start = performance.now();
    try {
      return f();
    } finally {
      ms[key] = (ms[key] ?? 0) + performance.now() - start;
    }
  };
  const want = first !== undefined ? first : timed("cpython", () => runCPython(program.source, program.name));
  if (want === null) return { program, status: "timeout", differences: [], ms };
  const differences: Difference[] = [];
  for (const mode of modes) differences.push(...timed(mode, () => compare(program.source, program.name, mode, want)));
  if (differences.length > 0) {
    const again = timed("cpython", () => runCPython(program.source, program.name));
    if (again === null) return { program, status: "timeout", differences: [], ms };
    if (!sameOutcome(want, again)) return { program, status: "nondeterministic", differences: [], ms };
  }
  return { program, status: "ran", differences, cpython: want, ms };
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
  firstSeed = Infinity;
  lastSeed = -Infinity;
  readonly signatures = new Map<string, SignatureCount>();
  /** Milliseconds by part (CaseResult.ms summed). */
  readonly ms: Record<string, number> = {};

  constructor(private readonly known: readonly Known[]) {}

  /** Counts a case; returns the differences whose signature is new. */
  add(c: CaseResult): Difference[] {
    this.programs++;
    this.firstSeed = Math.min(this.firstSeed, c.program.seed);
    this.lastSeed = Math.max(this.lastSeed, c.program.seed);
    if (c.program.origin === "generated") this.generated++;
    else this.mutants++;
    if (c.status === "nondeterministic") this.nondeterministic++;
    else if (c.status === "timeout") this.timeouts++;
    else this.ran++;
    if (c.differences.length > 0) this.withDifferences++;
    for (const [k, v] of Object.entries(c.ms)) this.ms[k] = (this.ms[k] ?? 0) + v;
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
      `time (s): ${Object.entries(this.ms)
        .map(([k, v]) => `${k === "cpython" ? "waiting for CPython" : `refpy ${k}`} ${(v / 1000).toFixed(1)}`)
        .join(", ")}`,
      "",
      ...all.map(
        (s) =>
          `${String(s.count).padStart(6)}  ${s.known === null ? "NEW  " : "known"}  ${s.signature}  (seed ${s.firstSeed})`,
      ),
    ];
    return `${lines.join("\n")}\n`;
  }
}

// The record of campaigns --------------------------------------------------

/**
 * test/fuzz/campaigns.tsv: every campaign appends its counts, so a goal
 * (100,000 programs) is reached over several campaigns and
 * `npm run fuzz -- --report` gives the totals. Tab-separated rows:
 *
 *   campaign  DATE  SEEDS  MINUTES  PROGRAMS  GENERATED  MUTANTS  RAN  NONDETERMINISTIC  TIMEOUTS  WITH_DIFFERENCE  OPTIONS
 *   signature DATE  COUNT  SIGNATURE
 *
 * DATE (ISO, to the second) names the campaign; SEEDS is FIRST-LAST, the
 * seeds it ran (every seed between, split over its jobs). A signature row
 * follows its campaign's row, one per distinct signature seen.
 */
export const recordFile = join(root, "test", "fuzz", "campaigns.tsv");

const RECORD_HEADER = `# Fuzzing campaigns (test/fuzz/README.md): npm run fuzz appends, npm run fuzz -- --report sums.
# campaign\tDATE\tSEEDS\tMINUTES\tPROGRAMS\tGENERATED\tMUTANTS\tRAN\tNONDETERMINISTIC\tTIMEOUTS\tWITH_DIFFERENCE\tOPTIONS
# signature\tDATE\tCOUNT\tSIGNATURE
`;

const cell = (v: unknown) => String(v).replace(/[\t\n\r]/g, " ");

/** Appends a campaign's counts to `file`. */
export function recordCampaign(file: string, tally: Tally, minutes: number, options: string, date = new Date()): void {
  if (tally.programs === 0) return;
  const key = date.toISOString().replace(/\.\d+Z$/, "Z");
  const rows = [
    [
      "campaign",
      key,
      `${tally.firstSeed}-${tally.lastSeed}`,
      minutes.toFixed(1),
      tally.programs,
      tally.generated,
      tally.mutants,
      tally.ran,
      tally.nondeterministic,
      tally.timeouts,
      tally.withDifferences,
      options,
    ],
    ...[...tally.signatures.values()].map((s) => ["signature", key, s.count, s.signature]),
  ];
  if (!existsSync(file)) writeFileSync(file, RECORD_HEADER);
  appendFileSync(file, rows.map((r) => `${r.map(cell).join("\t")}\n`).join(""));
}

/** The totals of every campaign in `file`, as text. */
export function recordReport(file: string, known: readonly Known[]): string {
  const campaigns: { date: string; first: number; last: number; minutes: number; counts: number[] }[] = [];
  const signatures = new Map<string, { count: number; campaigns: number }>();
  const lines = existsSync(file) ? readFileSync(file, "utf8").split("\n") : [];
  lines.forEach((line, i) => {
    if (line === "" || line.startsWith("#")) return;
    const f = line.split("\t");
    if (f[0] === "campaign" && f.length >= 11) {
      const [first, last] = f[2].split("-").map(Number);
      campaigns.push({ date: f[1], first, last, minutes: Number(f[3]), counts: f.slice(4, 11).map(Number) });
    } else if (f[0] === "signature" && f.length === 4) {
      const s = signatures.get(f[3]) ?? { count: 0, campaigns: 0 };
      s.count += Number(f[2]);
      s.campaigns++;
      signatures.set(f[3], s);
    } else {
      throw new Error(`${file}:${i + 1}: not a campaign or signature row`);
    }
  });
  const sum = (k: number) => campaigns.reduce((a, c) => a + c.counts[k], 0);
  const minutes = campaigns.reduce((a, c) => a + c.minutes, 0);
  // Seeds run by more than one campaign name the same programs: counted once in "distinct seeds".
  const ranges = campaigns.map((c) => [c.first, c.last]).sort((a, b) => a[0] - b[0]);
  let distinct = 0;
  let reach = -Infinity;
  for (const [a, b] of ranges) {
    if (b > reach) distinct += b - Math.max(a, reach + 1) + 1;
    reach = Math.max(reach, b);
  }
  const all = [...signatures].sort((a, b) => b[1].count - a[1].count);
  const fresh = all.filter(([s]) => knownFor(s, known) === undefined).length;
  return `${[
    `campaigns: ${campaigns.length}, ${minutes.toFixed(1)} minutes`,
    `programs: ${sum(0)} (generated ${sum(1)}, mutants ${sum(2)}; distinct seeds ${distinct})`,
    `ran: ${sum(3)}`,
    `skipped as nondeterministic under CPython: ${sum(4)}`,
    `skipped as too slow under CPython: ${sum(5)}`,
    `programs with a difference: ${sum(6)}`,
    `distinct differences: ${all.length} (known ${all.length - fresh}, not in known-differences.txt ${fresh})`,
    "",
    ...all.map(
      ([s, c]) =>
        `${String(c.count).padStart(6)}  ${knownFor(s, known) === undefined ? "NEW  " : "known"}  ${s}  (${c.campaigns} campaign${c.campaigns > 1 ? "s" : ""})`,
    ),
  ].join("\n")}\n`;
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
