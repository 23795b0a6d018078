/**
 * `npm run fuzz -- --minutes N [--seed S] [--jobs J] [--out DIR]
 *  [--stress-every K] [--no-mutants] [--no-reduce] [--count C]
 *  [--record FILE | --no-record]`, `npm run fuzz -- --report [--record FILE]`
 *
 * Runs a campaign: seeds S, S+1, … (split over J worker processes) until
 * N minutes have passed or C programs have run. Every program runs under
 * CPython and refpy plain and under the refcount audit; every K-th also
 * under gc stress (default 4: stress runs are the slowest). Each new
 * signature is reduced to a small program and written to DIR (default
 * fuzz-findings/) with its diff; the counts are printed and written to
 * DIR/summary.txt. The exit status is 1 when a difference not in
 * test/fuzz/known-differences.txt was found. The counts are appended to
 * test/fuzz/campaigns.tsv (or FILE), which `--report` sums over every
 * campaign.
 *
 * Each worker keeps both cores busy: the next program's CPython run starts
 * (a process of its own) before refpy runs the current one in-process.
 */
import { fork } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  type CaseResult,
  checkProgram,
  type FuzzProgram,
  knownFor,
  programFor,
  readKnown,
  recordCampaign,
  recordFile,
  recordReport,
  Tally,
  writeFinding,
} from "./campaign.js";
import { type Difference, type Mode, type Outcome, startCPython } from "./oracle.js";

interface Options {
  minutes: number;
  seed: number;
  jobs: number;
  out: string;
  stressEvery: number;
  mutants: boolean;
  reduce: boolean;
  count: number;
  record: string | null;
  report: boolean;
}

function parseOptions(argv: string[]): Options {
  const o: Options = {
    minutes: 1,
    seed: 1,
    jobs: 1,
    out: "fuzz-findings",
    stressEvery: 4,
    mutants: true,
    reduce: true,
    count: Infinity,
    record: recordFile,
    report: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    const number = () => {
      const n = Number(value());
      if (!Number.isFinite(n) || n < 0) usage(`${a} needs a number`);
      return n;
    };
    if (a === "--minutes") o.minutes = number();
    else if (a === "--seed") o.seed = Math.floor(number());
    else if (a === "--jobs") o.jobs = Math.max(1, Math.floor(number()));
    else if (a === "--out") o.out = value();
    else if (a === "--stress-every") o.stressEvery = Math.floor(number());
    else if (a === "--count") o.count = Math.floor(number());
    else if (a === "--no-mutants") o.mutants = false;
    else if (a === "--no-reduce") o.reduce = false;
    else if (a === "--record") o.record = resolve(value());
    else if (a === "--no-record") o.record = null;
    else if (a === "--report") o.report = true;
    else usage(`unknown option ${a}`);
  }
  return o;
}

function usage(message: string): never {
  process.stderr.write(
    `fuzz: ${message}\nusage: npm run fuzz -- --minutes N [--seed S] [--jobs J] [--out DIR] [--stress-every K] [--count C] [--no-mutants] [--no-reduce] [--record FILE | --no-record]\n       npm run fuzz -- --report [--record FILE]\n`,
  );
  process.exit(2);
}

function modesFor(seed: number, o: Options): Mode[] {
  return o.stressEvery > 0 && seed % o.stressEvery === 0 ? ["plain", "audit", "gc-stress"] : ["plain", "audit"];
}

/** A message from a worker to the campaign. */
type Message =
  | { type: "case"; result: CaseResult }
  | { type: "finding"; signature: string; folder: string }
  | { type: "done" };

/** Runs seeds `first`, `first + stride`, … until the deadline; reduces
 *  each signature it sees first (unless another worker did). */
async function work(
  o: Options,
  first: number,
  stride: number,
  deadlineMs: number,
  limit: number,
  send: (m: Message) => void,
): Promise<void> {
  const known = readKnown();
  const reduced = new Set<string>();
  /** The next program and its CPython run, started before refpy runs the current one. */
  const prepare = (seed: number): { program: FuzzProgram | null; cpython: Promise<Outcome | null> | null } => {
    try {
      const program = programFor(seed, o.mutants);
      return { program, cpython: startCPython(program.source, program.name) };
    } catch (e) {
      process.stderr.write(`fuzz: seed ${seed}: ${String(e)}\n`);
      return { program: null, cpython: null };
    }
  };
  let next = prepare(first);
  let done = 0;
  for (let seed = first; Date.now() < deadlineMs && done < limit; seed += stride, done++) {
    const { program, cpython } = next;
    if (program === null || cpython === null) {
      next = prepare(seed + stride);
      continue;
    }
    const waited = performance.now();
    const want = await cpython;
    const waitMs = performance.now() - waited;
    next = done + 1 < limit ? prepare(seed + stride) : { program: null, cpython: null };
    const result = checkProgram(program, modesFor(seed, o), want);
    result.ms.cpython = (result.ms.cpython ?? 0) + waitMs;
    send({ type: "case", result: { ...result, cpython: undefined } });
    for (const d of result.differences) {
      // The same difference in another mode is reduced once.
      const key = d.signature.slice(d.signature.indexOf(":") + 1);
      if (reduced.has(key) || knownFor(d.signature, known) !== undefined) continue;
      reduced.add(key);
      const folder = writeFinding(o.out, program, d, { reduce: o.reduce });
      send({ type: "finding", signature: d.signature, folder });
    }
  }
  send({ type: "done" });
}

function main(): void {
  const o = parseOptions(process.argv.slice(2));
  o.out = resolve(o.out);
  if (o.report) {
    process.stdout.write(recordReport(o.record ?? recordFile, readKnown()));
    return;
  }
  if (Number.isFinite(o.count) && !process.argv.includes("--minutes")) o.minutes = Infinity;
  const worker = process.env.REFPY_FUZZ_WORKER;
  if (worker !== undefined) {
    const [index, deadline, limit] = worker.split(",").map(Number);
    void work(o, o.seed + index, o.jobs, deadline, limit, (m) => process.send!(m));
    return;
  }
  mkdirSync(o.out, { recursive: true });
  const started = Date.now();
  const deadline = started + o.minutes * 60_000;
  const tally = new Tally(readKnown());
  const findings = new Map<string, string>();
  const receive = (m: Message) => {
    if (m.type === "case") {
      for (const d of tally.add(m.result) as Difference[]) {
        process.stdout.write(`seed ${m.result.program.seed}: ${d.signature}\n`);
      }
      if (tally.programs % 100 === 0) process.stdout.write(`... ${tally.programs} programs\n`);
    } else if (m.type === "finding" && !findings.has(m.signature)) {
      findings.set(m.signature, m.folder);
      process.stdout.write(`  reduced: ${m.folder}\n`);
    }
  };
  const finish = () => {
    const minutes = (Date.now() - started) / 60_000;
    const text = tally.summary({
      seeds: `${o.seed}.. (${o.jobs} job${o.jobs > 1 ? "s" : ""})`,
      minutes: minutes.toFixed(1),
      "programs/s": (tally.programs / (minutes * 60)).toFixed(2),
    });
    if (o.record !== null) {
      const options = [
        `jobs ${o.jobs}`,
        `stress-every ${o.stressEvery}`,
        o.mutants ? "mutants" : "no-mutants",
        o.reduce ? "reduce" : "no-reduce",
      ];
      recordCampaign(o.record, tally, minutes, options.join(", "));
    }
    const withFindings = `${text}\n${[...findings].map(([s, f]) => `${s}\n    ${f}`).join("\n")}\n`;
    writeFileSync(join(o.out, "summary.txt"), withFindings);
    process.stdout.write(`\n${text}`);
    const fresh = [...tally.signatures.values()].some((s) => s.known === null);
    process.exitCode = fresh ? 1 : 0;
  };
  const perJob = Math.ceil(o.count / o.jobs);
  if (o.jobs === 1) {
    void work(o, o.seed, 1, deadline, o.count, receive).then(finish);
    return;
  }
  let running = o.jobs;
  for (let j = 0; j < o.jobs; j++) {
    const child = fork(process.argv[1], process.argv.slice(2), {
      env: { ...process.env, REFPY_FUZZ_WORKER: `${j},${deadline},${Number.isFinite(perJob) ? perJob : 1e15}` },
    });
    child.on("message", (m: Message) => receive(m));
    child.on("exit", () => {
      if (--running === 0) finish();
    });
  }
}

main();
