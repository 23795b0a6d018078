/**
 * The collector-cost and memory probes: programs in bench/probes/ that
 * measure themselves, run under refpy and CPython 3.11 in the same
 * invocation, reported as tables beside each other with ratios.
 *
 *  - `gc_cost`: time inside collections per allocation while the live heap
 *    is 10,000, 100,000 and 1,000,000 objects (short-lived cycles only, and
 *    while growing), from gc.callbacks start/stop timestamps.
 *  - `collect_cycles`: one gc.collect() of N objects in cycles, N = 100,000
 *    and 1,000,000: the call's own time (measured inside the program) and
 *    the whole process's wall time (spawn to exit, measured here).
 *  - `peak_memory`: a 1,000,000-node linked list: peak RSS of each process
 *    (bench/maxrss.py, the same wrapper for both), CPython's tracemalloc
 *    peak, and refpy's modelled heap peak (dist/bench/modelled-peak.js,
 *    through the embedding API), the last two counted above an empty
 *    program.
 *
 * Protocol: a probe prints its measurements on lines starting "#bench"
 * (`#bench NAME key=value ...`); every other line must be the same under
 * both interpreters, else the probe is reported as an output mismatch.
 * Each probe runs `repeats` times per interpreter; a figure is the median
 * of its samples (a sample per run, or per measured window).
 *
 * Plain data in, Markdown and JSON out; spawns children synchronously.
 */

import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { formatRatio, markdownTable } from "./table.js";

export const PROBE_NAMES: readonly string[] = ["gc_cost", "collect_cycles", "peak_memory"];

/** gc.collect() sizes for `collect_cycles`. */
const COLLECT_SIZES: readonly number[] = [100_000, 1_000_000];
/** A probe run may take at most this long. */
const PROBE_TIMEOUT_MS = 600_000;

export interface ProbeSettings {
  root: string;
  /** Absolute path of the CPython binary. */
  python: string;
  /** The refpy entry point (dist/bundle/main.js or REFPY_BENCH_CLI). */
  refpyMain: string;
  /** Runs per interpreter per probe. */
  repeats: number;
}

/** One parsed "#bench" line: its name and fields (numbers where numeric). */
interface BenchLine {
  name: string;
  fields: Map<string, string>;
}

interface ProbeRun {
  ok: boolean;
  failure: string | null;
  /** stdout without the "#bench" lines. */
  text: string;
  lines: BenchLine[];
  wallSeconds: number;
}

export interface ProbeResults {
  markdown: string;
  /** Everything measured, for --json. */
  data: Record<string, unknown>;
  /** Probes whose ordinary output differed between the interpreters. */
  mismatches: string[];
  failures: string[];
}

function parseBenchLines(stdout: string): { text: string; lines: BenchLine[] } {
  const lines: BenchLine[] = [];
  const text: string[] = [];
  for (const line of stdout.split("\n")) {
    if (!line.startsWith("#bench ")) {
      text.push(line);
      continue;
    }
    const [, name, ...rest] = line.trim().split(/\s+/);
    const fields = new Map<string, string>();
    for (const kv of rest) {
      const eq = kv.indexOf("=");
      if (eq > 0) fields.set(kv.slice(0, eq), kv.slice(eq + 1));
    }
    lines.push({ name, fields });
  }
  return { text: text.join("\n"), lines };
}

function runChild(command: string, args: readonly string[], cwd: string): ProbeRun {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: PROBE_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  let failure: string | null = null;
  if (run.error !== undefined) failure = run.error.message;
  else if (run.signal !== null) failure = `killed by ${run.signal}`;
  else if (run.status !== 0) {
    const last = run.stderr.trim().split("\n").pop() ?? "";
    failure = last !== "" ? last.slice(0, 120) : `exit status ${String(run.status)}`;
  }
  const { text, lines } = parseBenchLines(run.stdout ?? "");
  return { ok: failure === null, failure, text, lines, wallSeconds };
}

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function num(line: BenchLine, key: string): number {
  const v = Number(line.fields.get(key));
  return Number.isFinite(v) ? v : NaN;
}

function fmtNs(ns: number | null): string {
  return ns === null ? "—" : `${ns >= 100 ? ns.toFixed(0) : ns.toFixed(1)} ns`;
}

function fmtSeconds(s: number | null): string {
  if (s === null) return "—";
  if (s >= 1) return `${s.toFixed(2)} s`;
  return `${(s * 1000).toFixed(s >= 0.1 ? 0 : 1)} ms`;
}

function fmtMiB(bytes: number | null): string {
  return bytes === null ? "—" : `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

function ratio(a: number | null, b: number | null): number | null {
  return a !== null && b !== null && b > 0 ? a / b : null;
}

/** The runner of one interpreter on a probe file with arguments. */
type Runner = (file: string, args: readonly string[]) => ProbeRun;

interface Sides {
  refpy: ProbeRun[];
  cpython: ProbeRun[];
}

function runBoth(s: ProbeSettings, file: string, args: readonly string[]): Sides {
  const refpy: Runner = (f, a) => runChild(process.execPath, [s.refpyMain, f, ...a], s.root);
  const cpython: Runner = (f, a) => runChild(s.python, [f, ...a], s.root);
  const out: Sides = { refpy: [], cpython: [] };
  for (let i = 0; i < s.repeats; i++) {
    out.refpy.push(refpy(file, args));
    out.cpython.push(cpython(file, args));
  }
  return out;
}

/** Failures and output mismatches of a set of runs, as notes. */
function check(label: string, sides: Sides, results: ProbeResults): boolean {
  const bad = [
    ...sides.refpy.map((r) => ["refpy", r] as const),
    ...sides.cpython.map((r) => ["CPython", r] as const),
  ].find(([, r]) => !r.ok);
  if (bad !== undefined) {
    results.failures.push(`${label}: ${bad[0]} failed: ${bad[1].failure ?? ""}`);
    return false;
  }
  const texts = new Set([...sides.refpy, ...sides.cpython].map((r) => r.text));
  if (texts.size !== 1) {
    results.mismatches.push(label);
    process.stderr.write(
      `\n!!! OUTPUT MISMATCH in ${label}\n--- refpy:\n${sides.refpy[0].text}\n--- CPython:\n${sides.cpython[0].text}\n---\n`,
    );
  }
  return true;
}

// ---------------------------------------------------------------- gc_cost

interface CostRow {
  phase: string;
  live: number;
  refpyNs: number | null;
  cpythonNs: number | null;
  refpyCounts: string;
  cpythonCounts: string;
}

function costRows(sides: Sides, phase: string): CostRow[] {
  const sizes = new Set<number>();
  const collect = (runs: ProbeRun[]) => {
    const bySize = new Map<number, BenchLine[]>();
    for (const run of runs) {
      for (const line of run.lines) {
        if (line.name !== "gc_cost" || line.fields.get("phase") !== phase) continue;
        const live = num(line, "live");
        sizes.add(live);
        if (!bySize.has(live)) bySize.set(live, []);
        bySize.get(live)!.push(line);
      }
    }
    return bySize;
  };
  const r = collect(sides.refpy);
  const c = collect(sides.cpython);
  const counts = (lines: BenchLine[] | undefined): string =>
    lines === undefined || lines.length === 0
      ? "—"
      : ["gen0", "gen1", "gen2"].map((k) => lines[0].fields.get(k) ?? "?").join("/");
  return [...sizes]
    .sort((a, b) => a - b)
    .map((live) => ({
      phase,
      live,
      refpyNs: median((r.get(live) ?? []).map((l) => num(l, "ns_per_alloc"))),
      cpythonNs: median((c.get(live) ?? []).map((l) => num(l, "ns_per_alloc"))),
      refpyCounts: counts(r.get(live)),
      cpythonCounts: counts(c.get(live)),
    }));
}

function gcCostSection(s: ProbeSettings, results: ProbeResults): string {
  const sides = runBoth(s, path.join("bench", "probes", "gc_cost.py"), []);
  if (!check("gc_cost", sides, results)) return "";
  const churn = costRows(sides, "churn");
  const grow = costRows(sides, "grow");
  results.data.gc_cost = { churn, grow };
  const table = (rows: CostRow[], countsLabel: string): string => {
    const body = rows.map((row) => [
      row.live.toLocaleString("en-US"),
      fmtNs(row.refpyNs),
      fmtNs(row.cpythonNs),
      formatRatio(ratio(row.refpyNs, row.cpythonNs)),
      row.refpyCounts,
      row.cpythonCounts,
    ]);
    if (rows.length >= 2) {
      const first = rows[0];
      const last = rows[rows.length - 1];
      body.push([
        `${last.live.toLocaleString("en-US")} ÷ ${first.live.toLocaleString("en-US")}`,
        formatRatio(ratio(last.refpyNs, first.refpyNs)),
        formatRatio(ratio(last.cpythonNs, first.cpythonNs)),
        "",
        "",
        "",
      ]);
    }
    return markdownTable(
      ["live heap", "refpy", "CPython", "refpy/CPython", `refpy ${countsLabel}`, `CPython ${countsLabel}`],
      body,
    );
  };
  return [
    "Time inside collections per allocation (`bench/probes/gc_cost.py`; gc.callbacks start→stop, median of " +
      `${s.repeats} run(s) × 3 windows of 300,000 allocations of short-lived two-object cycles, after a gc.collect()):`,
    "",
    table(churn, "collections per window (gen 0/1/2)"),
    "",
    "While the live heap grows to that size (one short-lived cycle per long-lived container; full collections included):",
    "",
    table(grow, "collections (gen 0/1/2)"),
  ].join("\n");
}

// ---------------------------------------------------------------- collect_cycles

function collectSection(s: ProbeSettings, results: ProbeResults): string {
  const rows: string[][] = [];
  const data: Record<string, unknown>[] = [];
  for (const n of COLLECT_SIZES) {
    const sides = runBoth(s, path.join("bench", "probes", "collect_cycles.py"), [String(n)]);
    if (!check(`collect_cycles ${n}`, sides, results)) continue;
    const inner = (runs: ProbeRun[]) =>
      median(runs.flatMap((r) => r.lines.filter((l) => l.name === "collect_cycles").map((l) => num(l, "seconds"))));
    const wall = (runs: ProbeRun[]) => median(runs.map((r) => r.wallSeconds));
    const ri = inner(sides.refpy);
    const ci = inner(sides.cpython);
    const rw = wall(sides.refpy);
    const cw = wall(sides.cpython);
    data.push({
      n,
      refpyCollectSeconds: ri,
      cpythonCollectSeconds: ci,
      refpyProcessSeconds: rw,
      cpythonProcessSeconds: cw,
    });
    rows.push([
      n.toLocaleString("en-US"),
      fmtSeconds(ri),
      fmtSeconds(ci),
      formatRatio(ratio(ri, ci)),
      fmtSeconds(rw),
      fmtSeconds(cw),
      formatRatio(ratio(rw, cw)),
    ]);
  }
  results.data.collect_cycles = data;
  if (rows.length === 0) return "";
  return [
    "`gc.collect()` of N objects in cycles (`bench/probes/collect_cycles.py N`: rings of 20 instances; median of " +
      `${s.repeats} run(s)):`,
    "",
    markdownTable(
      ["N", "refpy collect()", "CPython collect()", "ratio", "refpy process", "CPython process", "ratio"],
      rows,
    ),
  ].join("\n");
}

// ---------------------------------------------------------------- peak_memory

function modelledPeak(s: ProbeSettings, file: string): number | null {
  const helper = path.join(s.root, "dist", "bench", "modelled-peak.js");
  const run = spawnSync(process.execPath, [helper, file], {
    cwd: s.root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: PROBE_TIMEOUT_MS,
  });
  if (run.status !== 0) return null;
  try {
    const parsed = JSON.parse(run.stdout.trim().split("\n").pop() ?? "") as { peakLiveBytes?: number };
    return typeof parsed.peakLiveBytes === "number" ? parsed.peakLiveBytes : null;
  } catch {
    return null;
  }
}

function memorySection(s: ProbeSettings, results: ProbeResults): string {
  const file = path.join("bench", "probes", "peak_memory.py");
  const wrapper = path.join("bench", "maxrss.py");
  const refpy: ProbeRun[] = [];
  const cpython: ProbeRun[] = [];
  for (let i = 0; i < s.repeats; i++) {
    refpy.push(runChild(s.python, [wrapper, process.execPath, s.refpyMain, file], s.root));
    cpython.push(runChild(s.python, [wrapper, s.python, file], s.root));
  }
  const sides: Sides = { refpy, cpython };
  if (!check("peak_memory", sides, results)) return "";
  const rss = (runs: ProbeRun[]) =>
    median(runs.flatMap((r) => r.lines.filter((l) => l.name === "maxrss").map((l) => num(l, "kib") * 1024)));
  const rssRefpy = rss(refpy);
  const rssCpython = rss(cpython);
  const rssEmptyRefpy = rss([
    runChild(s.python, [wrapper, process.execPath, s.refpyMain, path.join("bench", "programs", "empty.py")], s.root),
  ]);
  const rssEmptyCpython = rss([
    runChild(s.python, [wrapper, s.python, path.join("bench", "programs", "empty.py")], s.root),
  ]);

  const traced = runChild(s.python, [file, "trace"], s.root);
  const tracedLine = traced.lines.find((l) => l.name === "peak_memory");
  const tracedPeak = tracedLine !== undefined ? num(tracedLine, "traced_peak_bytes") : null;
  const modelled = modelledPeak(s, file);
  const modelledEmpty = modelledPeak(s, path.join("bench", "programs", "empty.py"));
  const modelledNet = modelled !== null && modelledEmpty !== null ? modelled - modelledEmpty : null;
  results.data.peak_memory = {
    rssBytes: { refpy: rssRefpy, cpython: rssCpython, refpyEmpty: rssEmptyRefpy, cpythonEmpty: rssEmptyCpython },
    heapBytes: { refpyModelled: modelled, refpyModelledEmpty: modelledEmpty, cpythonTracemallocPeak: tracedPeak },
  };
  const net = (a: number | null, b: number | null) => (a !== null && b !== null ? a - b : null);
  return [
    "Peak memory of a 1,000,000-node linked list (`bench/probes/peak_memory.py`; RSS: `bench/maxrss.py`, ru_maxrss of " +
      `the child, median of ${s.repeats} run(s); heap: refpy's allocator model through the embedding API, CPython's ` +
      "`tracemalloc.get_traced_memory()` peak):",
    "",
    markdownTable(
      ["measure", "refpy", "CPython", "refpy/CPython"],
      [
        ["peak RSS, whole process", fmtMiB(rssRefpy), fmtMiB(rssCpython), formatRatio(ratio(rssRefpy, rssCpython))],
        [
          "peak RSS of an empty program",
          fmtMiB(rssEmptyRefpy),
          fmtMiB(rssEmptyCpython),
          formatRatio(ratio(rssEmptyRefpy, rssEmptyCpython)),
        ],
        [
          "peak RSS above the empty program",
          fmtMiB(net(rssRefpy, rssEmptyRefpy)),
          fmtMiB(net(rssCpython, rssEmptyCpython)),
          formatRatio(ratio(net(rssRefpy, rssEmptyRefpy), net(rssCpython, rssEmptyCpython))),
        ],
        [
          "peak heap (modelled / tracemalloc)",
          fmtMiB(modelledNet),
          fmtMiB(tracedPeak),
          formatRatio(ratio(modelledNet, tracedPeak)),
        ],
      ],
    ),
  ].join("\n");
}

/** Run the named probes (all when `names` is null); Markdown for the report. */
export function runProbes(s: ProbeSettings, names: readonly string[] | null): ProbeResults {
  const results: ProbeResults = { markdown: "", data: {}, mismatches: [], failures: [] };
  const want = (name: string) => names === null || names.includes(name);
  const sections: string[] = [];
  if (want("gc_cost")) {
    process.stderr.write("probe gc_cost…\n");
    sections.push(gcCostSection(s, results));
  }
  if (want("collect_cycles")) {
    process.stderr.write("probe collect_cycles…\n");
    sections.push(collectSection(s, results));
  }
  if (want("peak_memory")) {
    process.stderr.write("probe peak_memory…\n");
    sections.push(memorySection(s, results));
  }
  for (const f of results.failures) sections.push(`- FAILED: ${f}`);
  for (const m of results.mismatches) sections.push(`- OUTPUT MISMATCH: ${m}`);
  results.markdown = sections.filter((x) => x !== "").join("\n\n");
  return results;
}
