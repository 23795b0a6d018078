/**
 * `refpy sweep FILE [arg] ...`: run a program under a grid of cycle
 * collector thresholds and report what each setting costs and buys.
 *
 * Every run is a fresh VM: a worker thread of its own (sweep-worker.ts),
 * started with the same large stack as the command's interpreter thread.
 * At most `--jobs` workers run at once (default: the machine's available
 * parallelism). The runs are queued repeat by repeat (every setting once,
 * then every setting again, …), so the repeats of one setting are spread
 * over the sweep rather than bunched together under the same load.
 *
 * Output: the table on stdout (sweep-report.ts), a CSV file and an SVG
 * plot (sweep-svg.ts), by default `NAME.sweep.csv` and `NAME.sweep.svg` in
 * the current directory. On a terminal, stderr shows a progress bar while
 * the runs go; otherwise nothing is printed until the end. A setting whose
 * program fails (a non-zero exit status, or a VM that died) is reported on
 * stderr with the end of the program's stderr, once per distinct error, and
 * the sweep exits with status 1. Bad arguments: usage on stderr, status 2.
 *
 * A run that outlives `--time-limit` (wall-clock seconds from its worker's
 * start) is stopped from here: `worker.terminate()` ends the thread
 * wherever it is, in a Python loop or in native code, and the setting is
 * reported as failed ("time limit of N s exceeded"; status `timeout`) while
 * the other runs go on. `-X` options given before FILE (those that make
 * sense per run: heap-limit, gc-stress, refcount-audit, showrefcount) go to
 * every run, validated here with the command's parsers (xoptions.ts).
 * Every run's standard input is empty: the sweep's own stdin is not read.
 *
 * This module runs on the launcher's thread and imports nothing of the
 * interpreter (see main.ts).
 */
import { Worker } from "node:worker_threads";
import { readFileSync, statSync, writeFileSync, writeSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  grid,
  settingLabel,
  summarise,
  toCsv,
  toTable,
  type RunJob,
  type RunOutcome,
  type Setting,
  type SettingSummary,
} from "./sweep-report.js";
import { sweepSvg } from "./sweep-svg.js";
import { parseSize } from "./xoptions.js";

/** The worker that runs one setting: a sibling file in tsc's output and
 *  in the bundle alike. */
const WORKER = fileURLToPath(new URL("./sweep-worker.js", import.meta.url));
/** As the command's interpreter thread (main.ts). */
const STACK_MB = 512;
/** The largest threshold gc.set_threshold takes (a C int). */
const INT_MAX = 2147483647;
/** Bounds that keep a mistyped number from queueing millions of runs. */
const MAX_REPEAT = 1000;
const MAX_JOBS = 256;
const MAX_RUNS = 100_000;

export const DEFAULT_T0 = [100, 300, 700, 2000, 10000];
export const DEFAULT_T1 = [10];
export const DEFAULT_T2 = [10];
export const DEFAULT_REPEAT = 3;
/** Seconds a run may take before it is stopped; 0: no limit. */
export const DEFAULT_TIME_LIMIT = 60;
/** The longest limit a timer can hold (2**31 - 1 ms), in whole seconds. */
const MAX_TIME_LIMIT = 2147483;
/** -X options that make no sense per run of a sweep, and why. */
const SWEEP_REJECTS_X = new Map([
  ["gc-threshold", "the sweep sets the thresholds (--threshold0, --threshold1, --threshold2)"],
  ["trace", "not available in a sweep (run the program with refpy -X trace)"],
  ["trace-file", "not available in a sweep (run the program with refpy -X trace-file)"],
  ["stats", "not available in a sweep (the sweep reports the statistics)"],
]);

const USAGE =
  "usage: refpy sweep [-h] [--threshold0 LIST] [--threshold1 LIST] [--threshold2 LIST]\n" +
  "                   [--repeat N] [--jobs N] [--time-limit SECONDS] [-X opt]\n" +
  "                   [--csv PATH | --no-csv] [--svg PATH | --no-svg] [--show-output]\n" +
  "                   FILE [arg ...]\n";

const HELP = `${USAGE}
Run FILE under every combination of the given cycle-collector thresholds,
each in a fresh VM, and report per setting: collections per generation,
objects collected and uncollectable, peak live objects and bytes, time in
the collector and total time (median and min-max over the repeats).
Collections, objects and times stop at the program's last line (the
shutdown's collections are not counted); the peaks cover the whole heap
(the runtime's own modules too) over the whole run.

positional arguments:
  FILE               the program; arguments after it go to its sys.argv

options:
  -h, --help         show this help message and exit
  --threshold0 LIST  comma-separated threshold0 values, each >= 1
                     (default ${DEFAULT_T0.join(",")})
  --threshold1 LIST  threshold1 values, each >= 0 (default ${DEFAULT_T1.join(",")})
  --threshold2 LIST  threshold2 values, each >= 0 (default ${DEFAULT_T2.join(",")})
  --repeat N         runs per setting; times are their median (default ${DEFAULT_REPEAT})
  --jobs N           runs at once (default: the machine's available parallelism)
  --time-limit SECONDS
                     stop a run that takes longer (wall-clock, from its start)
                     and report its setting as failed; 0 for no limit
                     (default ${DEFAULT_TIME_LIMIT})
  -X opt             an implementation option for every run, as refpy -X:
                     heap-limit=SIZE, gc-stress, refcount-audit, showrefcount
                     (its output shows with --show-output); gc-threshold,
                     trace, trace-file and stats are not taken
  --csv PATH         write the results as CSV to PATH (default NAME.sweep.csv;
                     - for stdout, instead of the table)
  --no-csv           write no CSV file
  --svg PATH         write the plot as SVG to PATH (default NAME.sweep.svg;
                     - for stdout, instead of the table)
  --no-svg           write no SVG file
  --show-output      print each run's stdout and stderr (discarded by default)

Every run's standard input is empty (input() raises EOFError); the sweep
does not read its own. The table goes to stdout (unless the CSV or SVG
does); progress (on a terminal), errors and the names of the files written
go to stderr. Exit status: 0 if every run succeeded, 1 if a run failed or
went over the time limit, 2 for bad arguments.
`;

export interface SweepArgs {
  file: string;
  args: string[];
  t0: number[];
  t1: number[];
  t2: number[];
  repeat: number;
  jobs: number;
  /** Seconds per run; 0: no limit. */
  timeLimit: number;
  /** The -X options as given, in order (`key` or `key=value`). */
  xoptions: string[];
  /** -X heap-limit in bytes; null: the default. */
  heapLimit: number | null;
  /** null: no file. */
  csv: string | null;
  svg: string | null;
  showOutput: boolean;
}

export class SweepUsageError {
  constructor(readonly message: string) {}
}

function parseList(option: string, text: string, min: number): number[] {
  const values: number[] = [];
  for (const part of text.split(",")) {
    const p = part.trim();
    const n = Number(p);
    if (!/^\d+$/.test(p) || n < min || n > INT_MAX) {
      throw new SweepUsageError(`argument ${option}: invalid value: '${part}' (integers >= ${min}, comma-separated)`);
    }
    if (!values.includes(n)) values.push(n);
  }
  return values.sort((a, b) => a - b);
}

function parseCount(option: string, text: string, max: number): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1 || Number(text) > max) {
    throw new SweepUsageError(`argument ${option}: invalid value: '${text}' (an integer from 1 to ${max})`);
  }
  return Number(text);
}

/** The sweep's command line (the words after `sweep`), argparse-style:
 *  options before FILE, `--opt VALUE` or `--opt=VALUE`; everything after
 *  FILE belongs to the program. */
export function parseSweepArgs(argv: string[]): SweepArgs | "help" {
  let t0 = DEFAULT_T0,
    t1 = DEFAULT_T1,
    t2 = DEFAULT_T2;
  let repeat = DEFAULT_REPEAT;
  let jobs = Math.max(1, availableParallelism());
  let csv: string | null | undefined;
  let svg: string | null | undefined;
  let showOutput = false;
  let timeLimit = DEFAULT_TIME_LIMIT;
  const xoptions: string[] = [];
  let heapLimit: number | null = null;
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-h" || a === "--help") return "help";
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a === "-") break;
    if (a.startsWith("-X")) {
      let opt = a.slice(2);
      if (opt === "") {
        if (i + 1 >= argv.length) throw new SweepUsageError("argument -X: expected one argument");
        opt = argv[++i];
      }
      const eq = opt.indexOf("=");
      const key = eq < 0 ? opt : opt.slice(0, eq);
      const why = SWEEP_REJECTS_X.get(key);
      if (why !== undefined) throw new SweepUsageError(`argument -X: ${key}: ${why}`);
      if (key === "heap-limit") {
        const n = eq < 0 ? null : parseSize(opt.slice(eq + 1));
        if (n === null || n <= 0) {
          throw new SweepUsageError(`invalid -X heap-limit value: '${eq < 0 ? "" : opt.slice(eq + 1)}'`);
        }
        heapLimit = n;
      }
      xoptions.push(opt);
      continue;
    }
    const eq = a.indexOf("=");
    const name = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
    const takesValue = [
      "--threshold0",
      "--threshold1",
      "--threshold2",
      "--repeat",
      "--jobs",
      "--time-limit",
      "--csv",
      "--svg",
    ].includes(name);
    if (!takesValue) {
      if (eq > 0 && ["--no-csv", "--no-svg", "--show-output"].includes(name)) {
        throw new SweepUsageError(`argument ${name}: ignored explicit argument '${a.slice(eq + 1)}'`);
      }
      if (a === "--no-csv") {
        csv = null;
        continue;
      }
      if (a === "--no-svg") {
        svg = null;
        continue;
      }
      if (a === "--show-output") {
        showOutput = true;
        continue;
      }
      throw new SweepUsageError(`unrecognized arguments: ${a}`);
    }
    let value: string;
    if (name !== a) value = a.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    else throw new SweepUsageError(`argument ${name}: expected one argument`);
    switch (name) {
      case "--threshold0":
        t0 = parseList(name, value, 1);
        break;
      case "--threshold1":
        t1 = parseList(name, value, 0);
        break;
      case "--threshold2":
        t2 = parseList(name, value, 0);
        break;
      case "--repeat":
        repeat = parseCount(name, value, MAX_REPEAT);
        break;
      case "--jobs":
        jobs = parseCount(name, value, MAX_JOBS);
        break;
      case "--time-limit":
        timeLimit = parseSeconds(name, value);
        break;
      case "--csv":
        csv = checkPath(name, value);
        break;
      case "--svg":
        svg = checkPath(name, value);
        break;
    }
  }
  if (i >= argv.length) throw new SweepUsageError("the following arguments are required: FILE");
  const file = argv[i];
  if (file === "-") throw new SweepUsageError("FILE: a program on standard input cannot be run more than once");
  if (csv === "-" && svg === "-") throw new SweepUsageError("--csv and --svg cannot both write to stdout");
  const runs = t0.length * t1.length * t2.length * repeat;
  if (runs > MAX_RUNS) {
    throw new SweepUsageError(`${runs} runs asked for (settings x --repeat); at most ${MAX_RUNS}`);
  }
  const stem = basename(file).replace(/\.py$/, "");
  return {
    file,
    args: argv.slice(i + 1),
    t0,
    t1,
    t2,
    repeat,
    jobs,
    timeLimit,
    xoptions,
    heapLimit,
    csv: csv === undefined ? `${stem}.sweep.csv` : csv,
    svg: svg === undefined ? `${stem}.sweep.svg` : svg,
    showOutput,
  };
}

/** `--time-limit`: seconds, a whole or decimal number >= 0 (0: none). */
function parseSeconds(option: string, text: string): number {
  const t = text.trim();
  if (!/^\d+(\.\d+)?$/.test(t) || Number(t) > MAX_TIME_LIMIT) {
    throw new SweepUsageError(
      `argument ${option}: invalid value: '${text}' (seconds, from 0 to ${MAX_TIME_LIMIT}; 0 for no limit)`,
    );
  }
  return Number(t);
}

function checkPath(option: string, value: string): string {
  if (value === "") throw new SweepUsageError(`argument ${option}: expected a file name`);
  return value;
}

function writeAll(fd: number, s: string): void {
  const buf = Buffer.from(s, "utf8");
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // A reader that went away (refpy sweep … | head): the rest is dropped.
      if (code === "EPIPE") return;
      if (code !== "EAGAIN") throw e;
    }
  }
}

/** One run in a fresh worker, stopped after `limitS` seconds (0: never).
 *  Always resolves: a worker that dies is an outcome with `error` set, one
 *  stopped at the limit an outcome with `timedOut` set too. */
function runInWorker(job: RunJob, limitS: number): Promise<RunOutcome> {
  return new Promise((resolveRun) => {
    let outcome: RunOutcome | null = null;
    let failure: string | null = null;
    let timedOut = false;
    let timer: NodeJS.Timeout | null = null;
    let worker: Worker;
    try {
      worker = new Worker(WORKER, {
        workerData: job,
        resourceLimits: { stackSizeMb: STACK_MB },
        stdin: false,
        stdout: true,
        stderr: true,
      });
    } catch (e) {
      resolveRun(failedRun(`cannot start a worker: ${e instanceof Error ? e.message : String(e)}`));
      return;
    }
    // The interpreter writes through run()'s sinks; anything else a worker
    // prints is not the program's and is dropped.
    worker.stdout.resume();
    worker.stderr.resume();
    if (limitS > 0) {
      // terminate() stops the thread's JavaScript wherever it is; "exit" follows.
      timer = setTimeout(
        () => {
          timer = null;
          timedOut = true;
          void worker.terminate();
        },
        Math.round(limitS * 1000),
      );
    }
    const stopTimer = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    };
    worker.on("message", (m: RunOutcome) => {
      stopTimer();
      outcome = m;
    });
    worker.on("error", (e) => {
      failure = e instanceof Error ? e.message : String(e);
    });
    worker.on("exit", (code) => {
      stopTimer();
      if (outcome !== null) resolveRun(outcome);
      else if (timedOut) resolveRun({ ...failedRun(`time limit of ${limitS} s exceeded`), timedOut: true });
      else resolveRun(failedRun(failure ?? `worker exited with status ${code}`));
    });
  });
}

function failedRun(error: string): RunOutcome {
  return { exitCode: 1, numbers: null, stdout: "", stderr: "", error, timedOut: false };
}

/** The progress bar: redrawn in place on a terminal's stderr, from 0/N
 *  at the start to a run's setting as each run ends. */
class Progress {
  done: number;
  constructor(
    readonly total: number,
    readonly tty: boolean,
  ) {
    this.done = 0;
  }
  tick(last: Setting | null): void {
    if (last !== null) this.done++;
    if (!this.tty) return;
    const columns = process.stderr.columns ?? 80;
    const label = ` ${this.done}/${this.total} runs` + (last === null ? "" : `  ${settingLabel(last)}`);
    const width = Math.max(10, Math.min(40, columns - label.length - 3));
    const filled = Math.round((this.done / this.total) * width);
    writeAll(2, `\r[${"#".repeat(filled)}${".".repeat(width - filled)}]${label}\x1b[K`);
  }
  clear(): void {
    if (this.tty) writeAll(2, "\r\x1b[K");
  }
}

/** Run every job, at most `jobs` at a time; outcomes in job order. */
async function runAll(
  jobs: { setting: Setting; job: RunJob }[],
  parallel: number,
  limitS: number,
  progress: Progress,
  onDone: (k: number, o: RunOutcome) => void,
): Promise<RunOutcome[]> {
  const outcomes: RunOutcome[] = [];
  let next = 0;
  async function lane(): Promise<void> {
    while (next < jobs.length) {
      const k = next++;
      const o = await runInWorker(jobs[k].job, limitS);
      outcomes[k] = o;
      progress.tick(jobs[k].setting);
      onDone(k, o);
    }
  }
  const lanes: Promise<void>[] = [];
  for (let l = 0; l < Math.min(parallel, jobs.length); l++) lanes.push(lane());
  await Promise.all(lanes);
  return outcomes;
}

/** The last `n` lines of a text. */
function tail(text: string, n: number): string {
  const lines = text.replace(/\n$/, "").split("\n");
  return lines.slice(-n).join("\n");
}

/** `refpy sweep …`: returns the exit status. */
export async function sweepMain(argv: string[]): Promise<number> {
  let a: SweepArgs | "help";
  try {
    a = parseSweepArgs(argv);
  } catch (e) {
    if (e instanceof SweepUsageError) {
      writeAll(2, `${USAGE}refpy sweep: error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (a === "help") {
    writeAll(1, HELP);
    return 0;
  }
  const filename = resolve(a.file);
  let source: string;
  try {
    if (statSync(filename).isDirectory()) {
      writeAll(2, `refpy: can't find '__main__' module in '${a.file}'\n`);
      return 2;
    }
    source = readFileSync(filename, "utf8");
  } catch {
    writeAll(2, `refpy: can't open file '${filename}': [Errno 2] No such file or directory\n`);
    return 2;
  }

  const settings = grid(a.t0, a.t1, a.t2);
  const jobs: { setting: Setting; job: RunJob }[] = [];
  for (let r = 0; r < a.repeat; r++) {
    for (const s of settings) {
      jobs.push({
        setting: s,
        job: {
          source,
          filename,
          argv: [a.file, ...a.args],
          thresholds: [s.t0, s.t1, s.t2],
          showOutput: a.showOutput,
          heapLimit: a.heapLimit,
          xoptions: a.xoptions,
        },
      });
    }
  }
  const progress = new Progress(jobs.length, process.stderr.isTTY === true);
  progress.tick(null);
  const showOutput = a.showOutput;
  const outcomes = await runAll(jobs, a.jobs, a.timeLimit, progress, (k, o) => {
    if (!showOutput) return;
    progress.clear();
    writeAll(1, `--- ${settingLabel(jobs[k].setting)} (run ${Math.floor(k / settings.length) + 1}) ---\n`);
    writeAll(1, o.stdout);
    if (o.stderr !== "") writeAll(2, o.stderr);
  });
  progress.clear();

  const rows: SettingSummary[] = settings.map((s, si) =>
    summarise(
      s,
      outcomes.filter((_, k) => k % settings.length === si),
    ),
  );
  const failed = reportFailures(settings, outcomes);

  // The table, unless the CSV or the SVG goes to stdout instead.
  if (a.csv !== "-" && a.svg !== "-") {
    const xs = a.xoptions.map((x) => ` -X ${x}`).join("");
    writeAll(
      1,
      `GC threshold sweep of ${a.file}${xs === "" ? "" : ` (${xs.slice(1)})`}: ${settings.length} setting${settings.length === 1 ? "" : "s"}` +
        ` x ${a.repeat} run${a.repeat === 1 ? "" : "s"}, ${Math.min(a.jobs, jobs.length)} at a time\n\n`,
    );
    writeAll(1, toTable(rows));
    const notes = [`times: median over ${a.repeat} run${a.repeat === 1 ? "" : "s"}, min–max beside it`];
    if (rows.some((r) => !r.consistent))
      notes.push("* counts differed between the runs of a setting (first run shown)");
    writeAll(1, "\n" + notes.join("; ") + "\n");
  }

  let status = failed ? 1 : 0;
  const written: string[] = [];
  const write = (path: string | null, text: () => string) => {
    if (path === null) return;
    if (path === "-") {
      writeAll(1, text());
      return;
    }
    try {
      writeFileSync(path, text());
      written.push(path);
    } catch (e) {
      writeAll(2, `refpy sweep: cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
      status = 1;
    }
  };
  write(a.csv, () => toCsv(rows));
  write(a.svg, () => sweepSvg(basename(a.file), rows));
  if (written.length > 0) writeAll(2, `wrote ${written.join(", ")}\n`);
  return status;
}

/** Report each failing setting on stderr: its status and the end of the
 *  program's stderr, printed once per distinct text. True if any failed. */
function reportFailures(settings: Setting[], outcomes: RunOutcome[]): boolean {
  const seen = new Map<string, string>();
  let any = false;
  settings.forEach((s, si) => {
    const bad = outcomes.find((o, k) => k % settings.length === si && (o.error !== null || o.exitCode !== 0));
    if (bad === undefined) return;
    any = true;
    const what = bad.error !== null ? bad.error : `exit status ${bad.exitCode}`;
    const detail = bad.error !== null ? "" : tail(bad.stderr, 12);
    const key = what + "\n" + detail;
    const label = settingLabel(s);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      writeAll(2, `refpy sweep: ${label}: ${what} (the same as ${earlier})\n`);
      return;
    }
    seen.set(key, label);
    writeAll(2, `refpy sweep: ${label}: ${what}\n`);
    if (detail !== "") writeAll(2, detail.replace(/^/gm, "    ") + "\n");
  });
  return any;
}
