/**
 * How parse and compile time and memory grow with the size of the source:
 * for each generated source of bench/big-sources.ts and each size, one
 * child process parses and compiles it (grammar/parse.ts, then
 * src/compiler/compile.ts) and reports the time of each stage and its peak
 * resident memory; CPython 3.11 compiles the same source
 * (`compile(src, '<big>', 'exec')`) in a child of its own. Results go to
 * stdout as a Markdown table (bench/RESULTS.md keeps one).
 *
 * Usage (after `npm run build`):
 *   node dist/bench/compile-scaling.js [--kinds list,assign] [--sizes 10000,100000] [--timeout 600]
 *   node dist/bench/compile-scaling.js --one KIND N     (the child: one measurement, as JSON)
 */
import { spawnSync } from "node:child_process";
import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../grammar/parse.js";
import { compile } from "../src/compiler/compile.js";
import { bigSource, SOURCE_KINDS, type SourceKind } from "./big-sources.js";

interface Measure {
  parseMs: number;
  compileMs: number;
  maxRssMiB: number;
  error?: string;
}

function one(kind: SourceKind, n: number): void {
  const src = bigSource(kind, n);
  const t0 = performance.now();
  let t1 = t0;
  let error: string | undefined;
  try {
    parse("x = 1\n", "<warm>", "exec");
    const ast = parse(src, "<big>", "exec");
    t1 = performance.now();
    compile(ast, "<big>", "exec", undefined, 0, true);
  } catch (e) {
    if (t1 === t0) t1 = performance.now();
    error = e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e);
  }
  const t2 = performance.now();
  const m: Measure = {
    parseMs: t1 - t0,
    compileMs: t2 - t1,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    error,
  };
  process.stdout.write(JSON.stringify(m) + "\n");
}

const CPYTHON_CHILD = `
import resource, sys, time
src = open(sys.argv[1]).read()
t0 = time.perf_counter()
err = None
try:
    compile(src, '<big>', 'exec')
except BaseException as e:
    err = '%s: %s' % (type(e).__name__, e)
t1 = time.perf_counter()
import json
print(json.dumps({'ms': (t1 - t0) * 1000, 'maxRssMiB': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 'error': err}))
`;

function runChild(cmd: string, args: string[], timeoutS: number): unknown {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: timeoutS * 1000, maxBuffer: 1 << 24 });
  if (r.error !== undefined) return { error: r.error.message };
  const line = r.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line);
  } catch {
    return { error: `exit ${r.status}: ${r.stderr.trim().split("\n").slice(-1)[0] ?? ""}` };
  }
}

function fmt(ms: number | undefined): string {
  return ms === undefined ? "–" : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
}

function main(argv: string[]): void {
  if (argv[0] === "--one") {
    one(argv[1] as SourceKind, Number(argv[2]));
    return;
  }
  let kinds: SourceKind[] = SOURCE_KINDS;
  let sizes = [10_000, 100_000, 1_000_000];
  let timeout = 600;
  const python = process.env.REFPY_BENCH_PYTHON ?? "python3";
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--kinds") kinds = argv[++i].split(",") as SourceKind[];
    else if (argv[i] === "--sizes") sizes = argv[++i].split(",").map(Number);
    else if (argv[i] === "--timeout") timeout = Number(argv[++i]);
  }
  const self = fileURLToPath(import.meta.url);
  const dir = mkdtempSync(join(tmpdir(), "refpy-scaling-"));
  console.log(
    "| source | N | MB | refpy parse | refpy compile | refpy peak RSS | CPython compile | CPython peak RSS |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  try {
    for (const kind of kinds) {
      for (const n of sizes) {
        const src = bigSource(kind, n);
        const file = join(dir, "big.py");
        writeFileSync(file, src);
        const mb = (Buffer.byteLength(src) / 1e6).toFixed(2);
        const r = runChild(process.execPath, ["--stack-size=984", self, "--one", kind, String(n)], timeout) as Measure;
        const c = runChild(python, ["-S", "-c", CPYTHON_CHILD, file], timeout) as {
          ms?: number;
          maxRssMiB?: number;
          error?: string | null;
        };
        const note = (e: string | null | undefined) => (e ? ` (${e.slice(0, 60)})` : "");
        console.log(
          `| ${kind} | ${n} | ${mb} | ${fmt(r.parseMs)} | ${fmt(r.compileMs)}${note(r.error)} | ${
            r.maxRssMiB === undefined ? "–" : `${r.maxRssMiB.toFixed(0)} MiB`
          } | ${fmt(c.ms)}${note(c.error)} | ${c.maxRssMiB === undefined ? "–" : `${c.maxRssMiB.toFixed(0)} MiB`} |`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2));
