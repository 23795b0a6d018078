/**
 * The benchmark suite: refpy beside CPython 3.11 on the same programs, in the
 * same invocation, as ratios.
 *
 * What is measured: whole-process wall time of
 *   node dist/bundle/main.js bench/programs/X.py      (refpy, the bundled compiled JS that `npx refpy` runs)
 *   python3 bench/programs/X.py                       (CPython)
 * each spawned synchronously from this process, so start-up (module loading,
 * grammar set-up, interpreter init) is part of every number; `empty.py` gives
 * the start-up cost on its own. Each child's memory management — V8's GC
 * under refpy's own refcounting and cycle collector, CPython's refcounting and
 * collector — is inside the measured time; this harness's own V8 heap is not.
 *
 * benchmark.js does the sampling and statistics (mean, relative margin of
 * error at 95%). Functions are passed by reference with no setup/teardown, so
 * benchmark.js calls them as they are rather than decompiling them; it runs
 * one unmeasured pretest call per cycle, which doubles as a warm-up.
 *
 * Before timing, each program runs once under both interpreters and their
 * stdout is compared: a mismatch is reported loudly and marks the row. A
 * refpy failure (not built, crash, non-zero exit, timeout) is reported as
 * "refpy failed: <message>" in its row and the suite goes on.
 *
 * After the timed programs come the probes of bench/probes.ts (collector
 * cost per allocation against the live heap's size, gc.collect() of
 * 100,000 and 1,000,000 objects in cycles, peak memory of a 1,000,000-node
 * linked list), programs that measure themselves, run the same way under
 * both interpreters.
 *
 * Usage: npm run bench -- [--only fib,gc_collect,gc_cost] [--quick] [--json PATH]
 *                         [--update-results]
 * (--only takes program and probe names; a probe runs unless --only is
 * given without naming it.)
 */

import Benchmark from "benchmark";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { formatMean, formatRatio, markdownTable } from "./table.js";
import { PROBE_NAMES, runProbes, type ProbeResults } from "./probes.js";

/** The repository root: this file runs as dist/bench/run.js. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const PROGRAMS_DIR = path.join(ROOT, "bench", "programs");
/** The refpy entry point; REFPY_BENCH_CLI may name another build (e.g. a baseline). */
const REFPY_MAIN = path.resolve(ROOT, process.env.REFPY_BENCH_CLI ?? path.join("dist", "bundle", "main.js"));
const RESULTS_MD = path.join(ROOT, "bench", "RESULTS.md");
const RESULTS_BEGIN = "<!-- results:begin -->";
const RESULTS_END = "<!-- results:end -->";

/** The start-up program; always measured, reported first. */
const STARTUP = "empty";

/** Report order; any other program in bench/programs follows alphabetically. */
const ORDER: readonly string[] = [
  STARTUP,
  "fib",
  "int_loop",
  "method_calls",
  "linked_list",
  "list_dict_churn",
  "gc_collect",
  "gc_traversal",
  "alloc_churn",
  "finalizers",
];

/** One child run may take at most this long before it counts as a failure. */
const RUN_TIMEOUT_MS = 300_000;

interface Flags {
  only: string[] | null;
  quick: boolean;
  json: string | null;
  updateResults: boolean;
}

/** An interpreter under test: how to spawn it on a program. */
interface Interpreter {
  label: string;
  command: string;
  prefixArgs: string[];
}

/** benchmark.js statistics for one interpreter on one program (seconds). */
interface Measurement {
  mean: number;
  rme: number;
  deviation: number;
  samples: number[];
}

/** Outcome of one interpreter on one program. */
interface Side {
  /** stdout of the correctness run, or null if it failed. */
  stdout: string | null;
  /** Why there is no measurement, or null. */
  failure: string | null;
  measurement: Measurement | null;
}

interface ProgramResult {
  program: string;
  refpy: Side;
  cpython: Side;
  /** true/false when both produced output; null when either failed. */
  outputsMatch: boolean | null;
}

interface Meta {
  date: string;
  platform: string;
  node: string;
  python: string;
  pythonExecutable: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  kernel: string;
  /** os.loadavg() at the start: the machine is shared. */
  loadAverage: number[];
  commit: string;
  benchmarkOptions: { minSamples: number; maxTime: number };
}

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: node --expose-gc dist/bench/run.js [--only a,b] [--quick] [--json PATH] [--update-results]\n`,
  );
  process.exit(2);
}

function parseFlags(argv: readonly string[]): Flags {
  const flags: Flags = { only: null, quick: false, json: null, updateResults: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--quick") flags.quick = true;
    else if (arg === "--update-results") flags.updateResults = true;
    else if (arg === "--only" || arg === "--json") {
      const value = argv[++i];
      if (value === undefined) usage(`${arg} needs a value`);
      if (arg === "--only")
        flags.only = value
          .split(",")
          .map((s) => s.trim().replace(/\.py$/, ""))
          .filter((s) => s !== "");
      else flags.json = path.resolve(value);
    } else usage(`unknown argument: ${arg}`);
  }
  return flags;
}

/** The probes to run (bench/probes.ts): all, unless --only names none. */
function listProbes(only: string[] | null): string[] {
  if (only === null) return [...PROBE_NAMES];
  return PROBE_NAMES.filter((name) => only.includes(name));
}

function listPrograms(only: string[] | null): string[] {
  const available = readdirSync(PROGRAMS_DIR)
    .filter((f) => f.endsWith(".py"))
    .map((f) => f.slice(0, -3));
  const rank = (name: string): number => {
    const i = ORDER.indexOf(name);
    return i < 0 ? ORDER.length : i;
  };
  available.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  if (only === null) return available;
  for (const name of only) {
    if (!available.includes(name) && !PROBE_NAMES.includes(name)) usage(`no such program: bench/programs/${name}.py`);
  }
  return available.filter((name) => name === STARTUP || only.includes(name));
}

function spawn(interp: Interpreter, programFile: string): SpawnSyncReturns<string> {
  return spawnSync(interp.command, [...interp.prefixArgs, programFile], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: RUN_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * The most useful single line of a failed run's stderr: the exception line of
 * a Python traceback, the error line of a Node crash, else the first line.
 */
function errorLine(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== "");
  if (lines.length === 0) return "";
  let line = lines[0];
  if (line.startsWith("Traceback (most recent call last):")) {
    line = lines[lines.length - 1];
  } else if (/^(node:|file:\/\/|\/)/.test(line)) {
    const found = lines.find((l) => /^[A-Za-z_.]*(Error|Exception)\b/.test(l));
    if (found !== undefined) line = found;
  }
  return line.length > 120 ? line.slice(0, 117) + "..." : line;
}

/** null if the run succeeded, else a one-line reason. */
function failureOf(run: SpawnSyncReturns<string>): string | null {
  if (run.error !== undefined) {
    const code = (run.error as NodeJS.ErrnoException).code;
    if (code === "ETIMEDOUT") return `timed out after ${RUN_TIMEOUT_MS / 1000} s`;
    return run.error.message;
  }
  if (run.signal !== null) return `killed by ${run.signal}`;
  if (run.status !== 0) {
    const line = errorLine(run.stderr);
    return line !== "" ? line : `exit status ${String(run.status)}`;
  }
  return null;
}

function checkRun(interp: Interpreter, programFile: string): Side {
  if (interp.label === "refpy" && !existsSync(REFPY_MAIN)) {
    return { stdout: null, failure: `${path.relative(ROOT, REFPY_MAIN)} not built`, measurement: null };
  }
  const run = spawn(interp, programFile);
  const failure = failureOf(run);
  return { stdout: failure === null ? run.stdout : null, failure, measurement: null };
}

/** Times `interp` on the program with benchmark.js; fills side.measurement or side.failure. */
function addBenchmark(
  suite: Benchmark.Suite,
  interp: Interpreter,
  programFile: string,
  side: Side,
  options: Benchmark.Options,
): void {
  const fn = (): void => {
    const run = spawn(interp, programFile);
    const failure = failureOf(run);
    if (failure !== null) throw new Error(failure);
  };
  const bench = new Benchmark(`${path.basename(programFile)} [${interp.label}]`, fn, options);
  bench.on("complete", () => {
    if (bench.error !== undefined && bench.error !== null) {
      side.failure = bench.error.message;
      process.stderr.write(`${bench.name ?? ""}: failed: ${side.failure}\n`);
      return;
    }
    process.stderr.write(String(bench) + "\n");
    const samples = bench.stats.sample.filter((s): s is number => typeof s === "number");
    side.measurement = { mean: bench.stats.mean, rme: bench.stats.rme, deviation: bench.stats.deviation, samples };
  });
  suite.push(bench);
}

function commandOutput(command: string, args: readonly string[]): string {
  const run = spawnSync(command, args, { cwd: ROOT, encoding: "utf8" });
  if (run.error !== undefined || run.status !== 0) return "";
  return (run.stdout + run.stderr).trim();
}

/**
 * `python3` is often a shim (pyenv) whose own start-up would be charged to
 * CPython; time the interpreter it resolves to. REFPY_BENCH_PYTHON overrides.
 */
function resolvePython(): string {
  const requested = process.env.REFPY_BENCH_PYTHON ?? "python3";
  const resolved = commandOutput(requested, ["-c", "import sys; print(sys.executable)"]);
  if (resolved === "") usage(`cannot run ${requested}`);
  return resolved;
}

function collectMeta(python: string, options: { minSamples: number; maxTime: number }): Meta {
  const cpus = os.cpus();
  const commit = commandOutput("git", ["rev-parse", "--short", "HEAD"]);
  const dirty = commandOutput("git", ["status", "--porcelain", "--", "src", "grammar"]) !== "";
  return {
    date: new Date().toISOString(),
    platform: Benchmark.platform.description,
    node: process.version,
    python: commandOutput(python, ["--version"]),
    pythonExecutable: python,
    cpu: cpus.length > 0 ? cpus[0].model.trim() : "unknown",
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    kernel: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg(),
    commit: commit === "" ? "unknown" : commit + (dirty ? " (src/grammar modified)" : ""),
    benchmarkOptions: options,
  };
}

function sideText(side: Side, label: string): string {
  if (side.measurement !== null) return formatMean(side.measurement.mean, side.measurement.rme);
  return side.failure !== null ? `${label} failed: ${side.failure}` : "—";
}

function renderReport(meta: Meta, results: readonly ProgramResult[]): string {
  const startup = results.find((r) => r.program === STARTUP);
  const startRefpy = startup?.refpy.measurement?.mean ?? null;
  const startPy = startup?.cpython.measurement?.mean ?? null;
  const rows = results.map((r) => {
    const a = r.refpy.measurement?.mean ?? null;
    const b = r.cpython.measurement?.mean ?? null;
    const ratio = a !== null && b !== null ? a / b : null;
    let net: number | null = null;
    if (
      r.program !== STARTUP &&
      a !== null &&
      b !== null &&
      startRefpy !== null &&
      startPy !== null &&
      b - startPy > 0
    ) {
      net = Math.max(0, a - startRefpy) / (b - startPy);
    }
    const notes: string[] = [];
    if (r.outputsMatch === false) notes.push("OUTPUT MISMATCH");
    else if (r.outputsMatch === true) notes.push("output ok");
    else notes.push("—");
    const name = r.program === STARTUP ? `${STARTUP} (start-up)` : r.program;
    return [
      name,
      sideText(r.refpy, "refpy"),
      sideText(r.cpython, "CPython"),
      formatRatio(ratio),
      formatRatio(net),
      notes.join("; "),
    ];
  });
  const table = markdownTable(["program", "refpy", "CPython", "refpy/CPython", "excl. start-up", "check"], rows);
  return [
    `- Date: ${meta.date}`,
    `- Platform: ${meta.platform}; ${meta.kernel}`,
    `- CPU: ${meta.cpu}, ${meta.cores} cores; memory ${meta.memoryGiB} GiB; load average at start ${meta.loadAverage.map((x) => x.toFixed(2)).join(" ")}`,
    `- Node: ${meta.node}; Python: ${meta.python} (${meta.pythonExecutable})`,
    `- refpy commit: ${meta.commit}`,
    `- benchmark.js: minSamples ${meta.benchmarkOptions.minSamples}, maxTime ${meta.benchmarkOptions.maxTime} s; times are mean wall time per process ± relative margin of error (95%)`,
    "",
    table,
  ].join("\n");
}

function updateResultsFile(report: string): void {
  const text = readFileSync(RESULTS_MD, "utf8");
  const begin = text.indexOf(RESULTS_BEGIN);
  const end = text.indexOf(RESULTS_END);
  if (begin < 0 || end < begin) {
    process.stderr.write(`bench/RESULTS.md has no ${RESULTS_BEGIN} … ${RESULTS_END} block; not updated\n`);
    return;
  }
  const updated = text.slice(0, begin + RESULTS_BEGIN.length) + "\n" + report + "\n" + text.slice(end);
  writeFileSync(RESULTS_MD, updated);
  process.stderr.write("updated bench/RESULTS.md\n");
}

function main(): void {
  const flags = parseFlags(process.argv.slice(2));
  const programs = listPrograms(flags.only);
  const python = resolvePython();
  const settings = flags.quick ? { minSamples: 3, maxTime: 1 } : { minSamples: 5, maxTime: 6 };
  const options: Benchmark.Options = { ...settings, initCount: 1, defer: false, async: false };
  const refpy: Interpreter = { label: "refpy", command: process.execPath, prefixArgs: [REFPY_MAIN] };
  const cpython: Interpreter = { label: "CPython", command: python, prefixArgs: [] };
  const meta = collectMeta(python, settings);
  process.stderr.write(`${meta.platform}; ${meta.python}; refpy ${meta.commit}\n`);

  const results: ProgramResult[] = [];
  let mismatches = 0;
  for (const program of programs) {
    const file = path.join("bench", "programs", `${program}.py`);
    const result: ProgramResult = {
      program,
      refpy: checkRun(refpy, file),
      cpython: checkRun(cpython, file),
      outputsMatch: null,
    };
    if (result.refpy.stdout !== null && result.cpython.stdout !== null) {
      result.outputsMatch = result.refpy.stdout === result.cpython.stdout;
      if (!result.outputsMatch) {
        mismatches++;
        process.stderr.write(
          `\n!!! OUTPUT MISMATCH in ${file}\n--- refpy stdout:\n${result.refpy.stdout}--- CPython stdout:\n${result.cpython.stdout}---\n\n`,
        );
      }
    }
    if (result.refpy.failure !== null) process.stderr.write(`${file}: refpy failed: ${result.refpy.failure}\n`);
    if (result.cpython.failure !== null) process.stderr.write(`${file}: CPython failed: ${result.cpython.failure}\n`);

    const suite = new Benchmark.Suite(program);
    if (result.refpy.failure === null) addBenchmark(suite, refpy, file, result.refpy, options);
    if (result.cpython.failure === null) addBenchmark(suite, cpython, file, result.cpython, options);
    suite.run({ async: false });
    results.push(result);
  }

  const probeNames = listProbes(flags.only);
  let probes: ProbeResults | null = null;
  if (probeNames.length > 0) {
    probes = runProbes({ root: ROOT, python, refpyMain: REFPY_MAIN, repeats: flags.quick ? 1 : 3 }, probeNames);
    mismatches += probes.mismatches.length;
  }

  let report = renderReport(meta, results);
  if (probes !== null && probes.markdown !== "") report += "\n\n### Collector cost and memory\n\n" + probes.markdown;
  process.stdout.write("\n" + report + "\n");
  if (mismatches > 0)
    process.stdout.write(`\n${mismatches} program(s) printed different output under refpy and CPython.\n`);
  if (flags.json !== null) {
    writeFileSync(flags.json, JSON.stringify({ meta, results, probes: probes?.data ?? null }, null, 2) + "\n");
    process.stderr.write(`wrote ${flags.json}\n`);
  }
  if (flags.updateResults) updateResultsFile(report);
  if (mismatches > 0) process.exitCode = 1;
}

main();
