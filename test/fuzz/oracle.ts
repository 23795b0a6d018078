/**
 * The fuzzer's oracle: a program runs under CPython 3.11 (as the goldens'
 * harness runs it: test/goldens/programs.py) and under refpy in-process
 * through `run()`, and the two are compared.
 *
 *  - CPython runs `python3 -s NAME.py` in a scratch folder with
 *    PYTHONHASHSEED=0, no user site directory and no other PYTHON*
 *    variables, stdin empty, twice: a program whose two runs differ is
 *    nondeterministic and skipped. Its output is normalised as the
 *    goldens are (addresses to 0xADDR, the scratch folder removed,
 *    CPython's library folder named /lib/python3.11 as refpy names it).
 *  - refpy runs the same text under the same file name in three modes:
 *    "plain" (stdout, stderr and exit status must be CPython's), "audit"
 *    (`-X refcount-audit`: the same, and no refcount mismatch or leak) and
 *    "gc-stress" (`-X gc-stress`: a collection at every allocation moves
 *    every cycle's finalizers earlier, so only the exit status, the audit
 *    at exit and the leak check are compared, as test/gc-stress.test.ts
 *    does for programs with their own expected files).
 *  - A host failure (run() throwing, `refpy internal error`, JavaScript
 *    text in the output) is always a difference.
 *
 * Each difference has a signature, `MODE:KIND:DETAIL` with the first
 * differing lines' digits masked, which names it across programs: the
 * campaign counts distinct signatures and the known-differences list
 * (test/fuzz/known-differences.txt) matches them.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, type RunOptions } from "../../src/api/run.js";
import { normalise } from "../helpers/normalise.mjs";

export interface Outcome {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export type Mode = "plain" | "audit" | "gc-stress";
export const MODES: readonly Mode[] = ["plain", "audit", "gc-stress"];

export interface Difference {
  mode: Mode;
  kind: "host" | "audit" | "leak" | "stdout" | "stderr" | "exit" | "timeout";
  signature: string;
  /** What refpy gave against what CPython gave, for a person to read. */
  detail: string;
}

export interface CPython {
  executable: string;
  stdlib: string;
}

let cpython: CPython | null = null;

/** The CPython 3.11 the goldens are made with (`python3`, or
 *  REFPY_FUZZ_PYTHON), resolved to its executable so each run skips the
 *  version manager's shim. */
export function findCPython(): CPython {
  if (cpython !== null) return cpython;
  const candidate = process.env.REFPY_FUZZ_PYTHON ?? "python3";
  const probe = spawnSync(
    candidate,
    [
      "-c",
      "import sys, sysconfig; print(sys.executable); print(sysconfig.get_path('stdlib')); print(sys.implementation.name, *sys.version_info[:2])",
    ],
    { encoding: "utf8" },
  );
  const [executable, stdlib, version] = (probe.stdout ?? "").trim().split("\n");
  if (probe.status !== 0 || version !== "cpython 3 11") {
    throw new Error(`the fuzzer's oracle is CPython 3.11: ${candidate} is ${version ?? probe.error?.message}`);
  }
  cpython = { executable, stdlib };
  return cpython;
}

/** The environment the goldens' CPython runs in (test/goldens/programs.py child_env). */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("PYTHON")) env[k] = v;
  env.PYTHONHASHSEED = "0";
  env.PYTHONDONTWRITEBYTECODE = "1";
  env.PYTHONNOUSERSITE = "1";
  env.PYTHONIOENCODING = "utf-8";
  env.LC_ALL = "C.UTF-8";
  return env;
}

const scratch = mkdtempSync(join(tmpdir(), "refpy-fuzz-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));

/** CPython's outcome for `source` run as `name`, normalised as the goldens
 *  are; null when it did not finish in `timeoutMs`. */
export function runCPython(source: string, name: string, timeoutMs = 10_000): Outcome | null {
  const py = findCPython();
  writeFileSync(join(scratch, name), source);
  const result = spawnSync(py.executable, ["-s", name], {
    cwd: scratch,
    env: childEnv(),
    input: "",
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error !== undefined || result.status === null) return null;
  const norm = (data: Buffer) => {
    let text = normalise(data.toString("utf8"));
    text = text.split(`${scratch}/`).join("");
    return text.split(`${py.stdlib}/`).join("/lib/python3.11/");
  };
  return { stdout: norm(result.stdout), stderr: norm(result.stderr), exitCode: result.status };
}

/** CPython's outcome when two runs agree; "nondeterministic" or "timeout" otherwise. */
export function cpythonTwice(source: string, name: string): Outcome | "nondeterministic" | "timeout" {
  const first = runCPython(source, name);
  if (first === null) return "timeout";
  const second = runCPython(source, name);
  if (second === null) return "timeout";
  if (first.stdout !== second.stdout || first.stderr !== second.stderr || first.exitCode !== second.exitCode) {
    return "nondeterministic";
  }
  return first;
}

const MODE_OPTIONS: Record<Mode, RunOptions> = {
  plain: {},
  audit: { audit: true },
  "gc-stress": { gcStress: true, leakCheck: true, audit: "exit" },
};

/** Text that means the host, not the program, failed. */
const HOST_MARKERS = [
  "refpy internal error",
  "[object Object]",
  "Maximum call stack size exceeded",
  "is not a function",
  "Cannot read properties of",
  "is not defined\n    at ",
];

/** Masks what varies between instances of one difference: digits, and
 *  long lines are cut. */
export function mask(line: string): string {
  return line.replace(/\d+/g, "N").slice(0, 100);
}

function firstDifference(got: string, want: string): [string, string] {
  const a = got.split("\n");
  const b = want.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return [a[i] ?? "<end>", b[i] ?? "<end>"];
  }
  return ["", ""];
}

/** refpy's run of `source` in `mode`, compared with CPython's outcome. */
export function compare(source: string, name: string, mode: Mode, want: Outcome, timeLimitMs = 20_000): Difference[] {
  const found: Difference[] = [];
  const add = (kind: Difference["kind"], key: string, detail: string) =>
    found.push({ mode, kind, signature: `${mode}:${kind}:${key}`, detail });
  let result: ReturnType<typeof run>;
  try {
    result = run(source, { filename: name, argv: [name], stdin: "", timeLimitMs, ...MODE_OPTIONS[mode] });
  } catch (e) {
    const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
    add("host", mask(msg.split("\n")[0]), msg);
    return found;
  }
  const stdout = normalise(result.stdout);
  const stderr = normalise(result.stderr);
  for (const marker of HOST_MARKERS) {
    const text = stdout + stderr;
    const at = text.indexOf(marker);
    if (at >= 0 && !(want.stdout + want.stderr).includes(marker)) {
      const line = text.slice(text.lastIndexOf("\n", at) + 1).split("\n")[0];
      add("host", mask(line), line);
      return found;
    }
  }
  if (stderr.includes("refpy time limit exceeded")) {
    add("timeout", "", `refpy did not finish in ${timeLimitMs} ms`);
    return found;
  }
  const audit = result.audit;
  if (audit !== undefined) {
    for (const m of audit.mismatches.slice(0, 1)) {
      add("audit", mask(`${m.type} ${m.where}`), JSON.stringify(m));
    }
    for (const l of audit.leaks.slice(0, 1)) add("leak", mask(l.type), JSON.stringify(l));
  }
  // The audit writes its report to stderr and makes the status 1.
  const reported = audit !== undefined && (audit.mismatches.length > 0 || audit.leaks.length > 0);
  if (mode !== "gc-stress" && !reported) {
    if (stdout !== want.stdout) {
      const [got, exp] = firstDifference(stdout, want.stdout);
      add("stdout", `${mask(got)} ≠ ${mask(exp)}`, `refpy:   ${got}\nCPython: ${exp}`);
    }
    if (stderr !== want.stderr) {
      const [got, exp] = firstDifference(stderr, want.stderr);
      add("stderr", `${mask(got)} ≠ ${mask(exp)}`, `refpy:   ${got}\nCPython: ${exp}`);
    }
  }
  if (!reported && result.exitCode !== want.exitCode) {
    add(
      "exit",
      `${result.exitCode} ≠ ${want.exitCode}`,
      `refpy exit ${result.exitCode}, CPython exit ${want.exitCode}`,
    );
  }
  return found;
}

/** refpy's full outcome in one mode (for the findings' diff). */
export function refpyOutcome(source: string, name: string, mode: Mode): Outcome {
  try {
    const r = run(source, { filename: name, argv: [name], stdin: "", timeLimitMs: 20_000, ...MODE_OPTIONS[mode] });
    return { stdout: normalise(r.stdout), stderr: normalise(r.stderr), exitCode: r.exitCode };
  } catch (e) {
    return { stdout: "", stderr: String(e), exitCode: -1 };
  }
}
