/**
 * What a threshold sweep measures and how it reports it: the messages
 * between the sweep (sweep.ts) and its workers (sweep-worker.ts), the
 * summary of each setting over its repeated runs, the table printed at
 * the end and the CSV file. The SVG plot is sweep-svg.ts.
 *
 * Per setting (t0, t1, t2) the sweep has one `RunOutcome` per repeat. The
 * counts and bytes (collections per generation, objects collected and
 * uncollectable, peak live objects and bytes) are the same in every run
 * of a deterministic program; a summary takes them from the first run that
 * produced numbers and notes (`consistent`) whether every run agreed. The
 * times vary: a summary keeps their median, minimum and maximum.
 *
 * This module imports nothing of the interpreter: the sweep runs on the
 * launcher's thread, and the interpreter only on the workers.
 */

/** One run: what a worker is given (structured-cloned to it). */
export interface RunJob {
  source: string;
  /** The program's absolute path (tracebacks, `__file__`). */
  filename: string;
  /** sys.argv: the file as given, then the program's arguments. */
  argv: string[];
  thresholds: [number, number, number];
  /** Keep the program's stdout and all of its stderr. */
  showOutput: boolean;
  /** -X heap-limit in bytes; null: run()'s default. */
  heapLimit: number | null;
  /** The sweep's -X options (`key` or `key=value`), for run()'s `xoptions`. */
  xoptions: string[];
}

/** The numbers of one run. Times in milliseconds. */
export interface RunNumbers {
  collections: [number, number, number];
  collected: number;
  uncollectable: number;
  peakObjects: number;
  peakBytes: number;
  gcMs: number;
  totalMs: number;
}

/** What a worker reports for one run. */
export interface RunOutcome {
  /** The program's exit status (0 ok, 1 uncaught exception, …). */
  exitCode: number;
  /** Null when the VM itself failed (`error` says how). */
  numbers: RunNumbers | null;
  stdout: string;
  stderr: string;
  /** A failure of the worker rather than of the program, else null. */
  error: string | null;
  /** The run was stopped at the sweep's time limit (`error` says so). */
  timedOut: boolean;
}

export interface Setting {
  t0: number;
  t1: number;
  t2: number;
}

/** Median, minimum and maximum of a sample. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** One row of the report. */
export interface SettingSummary {
  setting: Setting;
  runs: number;
  /** "ok", "exit N" (the first failing run's status), "timeout" (it was
   *  stopped at the time limit) or "error". */
  status: string;
  /** From the first run with numbers; null if no run produced any. */
  counts: {
    collections: [number, number, number];
    collected: number;
    uncollectable: number;
    peakObjects: number;
    peakBytes: number;
  } | null;
  /** Whether every run with numbers had the same counts and bytes. */
  consistent: boolean;
  gcMs: Spread | null;
  totalMs: Spread | null;
}

/** The grid: every combination, threshold0 varying fastest, so the rows
 *  of one (t1, t2) pair are together and in rising threshold0. */
export function grid(t0s: number[], t1s: number[], t2s: number[]): Setting[] {
  const out: Setting[] = [];
  for (const t2 of t2s) for (const t1 of t1s) for (const t0 of t0s) out.push({ t0, t1, t2 });
  return out;
}

export function settingLabel(s: Setting): string {
  return `t0=${s.t0} t1=${s.t1} t2=${s.t2}`;
}

export function spread(values: number[]): Spread | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  const median = v.length % 2 === 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1] };
}

export function summarise(setting: Setting, outcomes: RunOutcome[]): SettingSummary {
  const failed = outcomes.find((o) => o.error !== null || o.exitCode !== 0);
  const status =
    failed === undefined
      ? "ok"
      : failed.timedOut
        ? "timeout"
        : failed.error !== null
          ? "error"
          : `exit ${failed.exitCode}`;
  const numbers = outcomes.map((o) => o.numbers).filter((n): n is RunNumbers => n !== null);
  const first = numbers.length > 0 ? numbers[0] : null;
  const counts =
    first === null
      ? null
      : {
          collections: first.collections,
          collected: first.collected,
          uncollectable: first.uncollectable,
          peakObjects: first.peakObjects,
          peakBytes: first.peakBytes,
        };
  const key = (n: RunNumbers) => [...n.collections, n.collected, n.uncollectable, n.peakObjects, n.peakBytes].join(",");
  const consistent = numbers.every((n) => key(n) === key(numbers[0]));
  return {
    setting,
    runs: outcomes.length,
    status,
    counts,
    consistent,
    gcMs: spread(numbers.map((n) => n.gcMs)),
    totalMs: spread(numbers.map((n) => n.totalMs)),
  };
}

/** CSV columns, in order. The first eleven are deterministic. */
export const CSV_COLUMNS = [
  "threshold0",
  "threshold1",
  "threshold2",
  "runs",
  "status",
  "collections_gen0",
  "collections_gen1",
  "collections_gen2",
  "collected",
  "uncollectable",
  "peak_live_objects",
  "peak_live_bytes",
  "gc_ms_median",
  "gc_ms_min",
  "gc_ms_max",
  "total_ms_median",
  "total_ms_min",
  "total_ms_max",
] as const;

/** The CSV file (RFC 4180: comma-separated, CRLF-free, a header row;
 *  no field needs quoting). Empty fields where a setting has no numbers. */
export function toCsv(rows: SettingSummary[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const r of rows) {
    const c = r.counts;
    const ms = (x: number | undefined) => (x === undefined ? "" : x.toFixed(3));
    const f = [
      r.setting.t0,
      r.setting.t1,
      r.setting.t2,
      r.runs,
      r.status,
      c?.collections[0] ?? "",
      c?.collections[1] ?? "",
      c?.collections[2] ?? "",
      c?.collected ?? "",
      c?.uncollectable ?? "",
      c?.peakObjects ?? "",
      c?.peakBytes ?? "",
      ms(r.gcMs?.median),
      ms(r.gcMs?.min),
      ms(r.gcMs?.max),
      ms(r.totalMs?.median),
      ms(r.totalMs?.min),
      ms(r.totalMs?.max),
    ];
    lines.push(f.join(","));
  }
  return lines.join("\n") + "\n";
}

/** 1234567 → "1,234,567". */
export function grouped(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function ms(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

function spreadText(s: Spread | null): [string, string] {
  if (s === null) return ["", ""];
  return [ms(s.median), s.min === s.max ? "" : `${ms(s.min)}–${ms(s.max)}`];
}

/**
 * The table printed at the end: one row per setting, columns right-aligned
 * under a two-line header. A failed setting carries its status at the end
 * of its row; `*` marks counts that differed between repeats.
 */
export function toTable(rows: SettingSummary[]): string {
  const head1 = [
    "",
    "",
    "",
    "collections",
    "",
    "",
    "objects",
    "",
    "peak live",
    "",
    "gc time (ms)",
    "",
    "total time (ms)",
    "",
  ];
  const head2 = [
    "t0",
    "t1",
    "t2",
    "gen0",
    "gen1",
    "gen2",
    "collected",
    "uncollectable",
    "objects",
    "bytes",
    "median",
    "min–max",
    "median",
    "min–max",
  ];
  const body: string[][] = rows.map((r) => {
    const c = r.counts;
    const mark = r.consistent ? "" : "*";
    const counts =
      c === null
        ? ["", "", "", "", "", "", ""]
        : [
            grouped(c.collections[0]),
            grouped(c.collections[1]),
            grouped(c.collections[2]),
            grouped(c.collected),
            grouped(c.uncollectable),
            grouped(c.peakObjects),
            grouped(c.peakBytes) + mark,
          ];
    return [
      String(r.setting.t0),
      String(r.setting.t1),
      String(r.setting.t2),
      ...counts,
      ...spreadText(r.gcMs),
      ...spreadText(r.totalMs),
    ];
  });
  const widths = head2.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  // "collections" spans gen0..gen2, "objects" the next two, and so on:
  // each group title sits right-aligned over its last column.
  const spans: [number, number][] = [
    [3, 5],
    [6, 7],
    [8, 9],
    [10, 11],
    [12, 13],
  ];
  const gap = "  ";
  const cell = (text: string, i: number) => text.padStart(widths[i]);
  const line1: string[] = [];
  let col = 0;
  for (const [a, b] of spans) {
    while (col < a) line1.push(" ".repeat(widths[col++]));
    let w = 0;
    for (let i = a; i <= b; i++) w += widths[i] + (i > a ? gap.length : 0);
    line1.push(head1[a].padStart(w));
    col = b + 1;
  }
  const lines = [line1.join(gap).trimEnd(), head2.map(cell).join(gap)];
  for (let k = 0; k < body.length; k++) {
    let line = body[k].map(cell).join(gap);
    if (rows[k].status !== "ok") line += `  (${rows[k].status})`;
    lines.push(line.trimEnd());
  }
  return lines.join("\n") + "\n";
}
