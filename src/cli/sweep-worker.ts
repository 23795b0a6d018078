/**
 * One run of a threshold sweep (`refpy sweep`, sweep.ts), on a worker
 * thread of its own. The interpreter's state is module state of the
 * thread that loads it, so a new worker is a fresh VM: no run can see
 * what an earlier one left behind (interned strings, freelists, JIT
 * feedback aside).
 *
 * In: `workerData` is a `RunJob` (the program, its sys.argv, the
 * thresholds). Out: one `RunOutcome` message, then the thread ends. The
 * program's stdout is kept only when the sweep shows it; its stderr is
 * kept (the last `STDERR_KEEP` characters) so a failing setting can be
 * reported. Its standard input is empty (input() raises EOFError). The
 * sweep's -X options reach run() as `xoptions` (gc-stress, refcount-audit,
 * showrefcount) and `heapLimit` (heap-limit, parsed by the sweep).
 *
 * The numbers (sweep-report.ts's `RunNumbers`) are the run's
 * `RunResult.stats` (src/trace/stats.ts), the same a single `run` with these
 * thresholds reports: the collector's numbers and the time up to the
 * program's last line, the peaks over the whole run.
 */
import { parentPort, workerData } from "node:worker_threads";
import { run } from "../api/run.js";
import type { RunStats } from "../trace/stats.js";
import type { RunJob, RunNumbers, RunOutcome } from "./sweep-report.js";

/** How much of the program's stderr a failure report can show. */
const STDERR_KEEP = 64 * 1024;

/** A text sink keeping the last `limit` characters (Infinity: all). */
class TextSink {
  parts: string[];
  length: number;
  constructor(readonly limit: number) {
    this.parts = [];
    this.length = 0;
  }
  write(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    if (this.length > 2 * this.limit) {
      const text = this.parts.join("").slice(-this.limit);
      this.parts = [text];
      this.length = text.length;
    }
  }
  text(): string {
    const t = this.parts.join("");
    return t.length > this.limit ? t.slice(-this.limit) : t;
  }
}

function runNumbers(s: RunStats): RunNumbers {
  return {
    collections: [s.collections[0], s.collections[1], s.collections[2]],
    collected: s.collected,
    uncollectable: s.uncollectable,
    peakObjects: s.peakLiveObjects,
    peakBytes: s.peakLiveBytes,
    gcMs: s.gcTimeMs,
    totalMs: s.totalTimeMs,
  };
}

/** `key=value` and `key` options → run()'s map (as command.ts builds it). */
function xoptionMap(options: string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const o of options) {
    const eq = o.indexOf("=");
    if (eq < 0) m.set(o, "");
    else m.set(o.slice(0, eq), o.slice(eq + 1));
  }
  return m;
}

function runJob(job: RunJob): RunOutcome {
  const out = new TextSink(job.showOutput ? Infinity : 0);
  const err = new TextSink(job.showOutput ? Infinity : STDERR_KEEP);
  const r = run(job.source, {
    filename: job.filename,
    argv: job.argv,
    stdin: "",
    collectOutput: false,
    stdout: job.showOutput ? (s) => out.write(s) : () => {},
    stderr: (s) => err.write(s),
    gcThresholds: job.thresholds,
    heapLimit: job.heapLimit ?? undefined,
    xoptions: xoptionMap(job.xoptions),
  });
  return {
    exitCode: r.exitCode,
    numbers: runNumbers(r.stats),
    stdout: out.text(),
    stderr: err.text(),
    error: null,
    timedOut: false,
  };
}

let outcome: RunOutcome;
try {
  outcome = runJob(workerData as RunJob);
} catch (e) {
  // run() never throws; this is the last guard so the sweep always hears back.
  outcome = {
    exitCode: 1,
    numbers: null,
    stdout: "",
    stderr: "",
    error: `refpy internal error: ${e instanceof Error ? e.message : String(e)}`,
    timedOut: false,
  };
}
parentPort!.postMessage(outcome);
