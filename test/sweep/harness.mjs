/**
 * What the sweep tests and the snapshot script share: a fresh bundle of the
 * command (built here with esbuild from the sources, so a stale dist/ is
 * never what is tested), the snapshot sweep's arguments, and the CSV's
 * deterministic columns (everything but the times).
 */
import { build } from "esbuild";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * A net against a sweep (or a fresh run) that never ends, not a speed
 * check (test/helpers/budget.ts): the snapshot sweep, the heaviest command
 * the sweep tests run, costs 7.4 s of CPU time (what it takes an idle
 * machine; 88 s of wall-clock time at load 18): 20 times 15 s.
 */
export const COMMAND_TIMEOUT_MS = 20 * 15_000;
export const snapshotPath = join(root, "test", "sweep", "gc_cycles_churn.snapshot.csv");

/**
 * The snapshot sweep: the cycles churn at 3000 rounds, three threshold0s a
 * decade apart, two threshold1s, one run each.
 *
 * The program runs from a copy at a path of fixed length: its absolute
 * path is the program's `__file__` and `sys.argv[0]`, and the size of
 * those strings is part of the peak live bytes, so the checkout's own
 * location must not show in the numbers.
 */
export const SNAPSHOT_PROGRAM = (() => {
  const dir = join("/tmp", `refpy-sweep-pinned-${randomBytes(4).toString("hex")}`);
  mkdirSync(dir, { recursive: true });
  const copy = join(dir, "gc_cycles_churn.py");
  copyFileSync(join(root, "programs", "gc", "gc_cycles_churn.py"), copy);
  return copy;
})();
export const SNAPSHOT_GRID = [
  "--threshold0",
  "50,500,5000",
  "--threshold1",
  "5,10",
  "--threshold2",
  "10",
  "--repeat",
  "1",
];
export const SNAPSHOT_PROGRAM_ARGS = ["3000"];

/** Bundle main.js, worker.js and sweep-worker.js, and the library entry
 *  point as api.js, into a new temporary folder; returns the path of
 *  main.js (api.js is beside it). */
export async function buildCommand() {
  const outdir = mkdtempSync(join(tmpdir(), "refpy-sweep-"));
  await build({
    entryPoints: {
      main: join(root, "src", "cli", "main.ts"),
      worker: join(root, "src", "cli", "worker.ts"),
      "sweep-worker": join(root, "src", "cli", "sweep-worker.ts"),
      api: join(root, "src", "api", "run.ts"),
    },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outdir,
    logLevel: "warning",
  });
  return join(outdir, "main.js");
}

/**
 * `run(source, options).stats` in a new Node process (the bundle's api.js
 * beside `main`): the numbers of a program run once in a fresh VM, as
 * `refpy FILE` runs it.
 */
export function statsOfFreshRun(main, source, options) {
  const api = join(dirname(main), "api.js");
  const script = `import { run } from ${JSON.stringify(api)};
const { source, options } = JSON.parse(process.argv[1]);
const r = run(source, { ...options, collectOutput: false, stdout: () => {}, stderr: () => {} });
process.stdout.write(JSON.stringify({ exitCode: r.exitCode, stats: r.stats }));`;
  const out = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", script, JSON.stringify({ source, options })],
    { encoding: "utf8", timeout: COMMAND_TIMEOUT_MS },
  );
  return JSON.parse(out);
}

/** Run the command; returns { status, stdout, stderr }. */
export function refpy(main, args, options = {}) {
  const r = spawnSync(process.execPath, [main, ...args], { encoding: "utf8", timeout: COMMAND_TIMEOUT_MS, ...options });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The CSV without its time columns (`*_ms_*`), as text. */
export function deterministicColumns(csv) {
  const rows = csv
    .trimEnd()
    .split("\n")
    .map((line) => line.split(","));
  const keep = rows[0].map((name, i) => (/_ms_/.test(name) ? -1 : i)).filter((i) => i >= 0);
  return rows.map((r) => keep.map((i) => r[i]).join(",")).join("\n") + "\n";
}

/** The snapshot sweep's CSV (all columns), run with `main` into `csvPath`. */
export function snapshotSweep(main, csvPath) {
  const r = refpy(main, [
    "sweep",
    ...SNAPSHOT_GRID,
    "--csv",
    csvPath,
    "--no-svg",
    SNAPSHOT_PROGRAM,
    ...SNAPSHOT_PROGRAM_ARGS,
  ]);
  if (r.status !== 0) throw new Error(`the snapshot sweep failed (${r.status}):\n${r.stderr}`);
  return readFileSync(csvPath, "utf8");
}
