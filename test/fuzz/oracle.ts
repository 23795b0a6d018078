/**
 * The fuzzer's oracle: a program runs under CPython 3.11 (as the goldens'
 * harness runs it: test/goldens/programs.py) and under refpy in-process
 * through `run()`, and the two are compared.
 *
 *  - CPython runs `python3 -s NAME.py` in a scratch folder with
 *    PYTHONHASHSEED=0, no user site directory and no other PYTHON*
 *    variables, stdin empty. A program refpy differs on runs a second
 *    time: when the two runs differ it is nondeterministic and skipped
 *    (a program refpy agrees with needs no second run: whatever CPython
 *    might print another time, refpy matched a true CPython outcome). Its output is normalised as the
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
import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
  kind: "host" | "audit" | "leak" | "stdout" | "stderr" | "exit" | "timeout" | "memory";
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
export function runCPython(source: string, name: string, timeoutMs = CPYTHON_TIMEOUT_MS): Outcome | null {
  const py = findCPython();
  const dir = join(scratch, "s0");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), source);
  const result = spawnSync(py.executable, ["-s", name], {
    cwd: dir,
    env: childEnv(),
    input: "",
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error !== undefined || result.status === null) return null;
  return normaliseCPython(result.stdout, result.stderr, result.status, dir);
}

/** A CPython run still going after this long is skipped as too slow: a
 *  generated program costs CPython about 60 ms of CPU time, start-up
 *  included, so this is over 100 times that: a machine at load 20 still
 *  finishes it. */
export const CPYTHON_TIMEOUT_MS = 10_000;

function normaliseCPython(stdout: Buffer, stderr: Buffer, status: number, dir: string): Outcome {
  const py = findCPython();
  const norm = (data: Buffer) => {
    let text = normalise(data.toString("utf8"));
    text = text.split(`${dir}/`).join("");
    return text.split(`${py.stdlib}/`).join("/lib/python3.11/");
  };
  return { stdout: norm(stdout), stderr: norm(stderr), exitCode: status };
}

let started = 0;

/** runCPython without waiting: CPython runs in a process of its own while
 *  the caller goes on (the campaign runs refpy on the previous program
 *  meanwhile, so the two use both cores). The same command, environment and empty standard input (a pipe closed at
 *  once) as runCPython, in a folder whose name is as long; its output goes to files, so CPython never waits
 *  on a pipe while the caller is busy. */
export function startCPython(source: string, name: string, timeoutMs = CPYTHON_TIMEOUT_MS): Promise<Outcome | null> {
  const py = findCPython();
  const dir = join(scratch, `p${started++ % 4}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  writeFileSync(join(dir, name), source);
  const out = openSync(join(dir, ".stdout"), "w");
  const err = openSync(join(dir, ".stderr"), "w");
  const child = spawn(py.executable, ["-s", name], { cwd: dir, env: childEnv(), stdio: ["pipe", out, err] });
  closeSync(out);
  closeSync(err);
  child.stdin?.end();
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  return new Promise((resolve) => {
    child.on("error", () => {
      clearTimeout(timer);
      resolve(null);
    });
    child.on("close", (status) => {
      clearTimeout(timer);
      if (status === null) return resolve(null);
      resolve(normaliseCPython(readFileSync(join(dir, ".stdout")), readFileSync(join(dir, ".stderr")), status, dir));
    });
  });
}

export function sameOutcome(a: Outcome, b: Outcome): boolean {
  return a.stdout === b.stdout && a.stderr === b.stderr && a.exitCode === b.exitCode;
}

/** CPython's outcome when two runs agree; "nondeterministic" or "timeout" otherwise. */
export function cpythonTwice(source: string, name: string): Outcome | "nondeterministic" | "timeout" {
  const first = runCPython(source, name);
  if (first === null) return "timeout";
  const second = runCPython(source, name);
  if (second === null) return "timeout";
  if (!sameOutcome(first, second)) return "nondeterministic";
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

/** A net against a refpy run that never ends, not a speed check: a
 *  generated program costs refpy 0.1–0.5 s of CPU time, so this is twelve
 *  times the heaviest's wall-clock time on a machine that gives the run a
 *  tenth of a core (load 20). */
export const REFPY_TIME_LIMIT_MS = 60_000;

/** refpy's run of `source` in `mode`, compared with CPython's outcome. */
export function compare(
  source: string,
  name: string,
  mode: Mode,
  want: Outcome,
  timeLimitMs = REFPY_TIME_LIMIT_MS,
): Difference[] {
  const found: Difference[] = [];
  const add = (kind: Difference["kind"], key: string, detail: string) =>
    found.push({ mode, kind, signature: `${mode}:${kind}:${key}`, detail });
  let result: ReturnType<typeof run>;
  try {
    // The file's bytes, as CPython reads them (a byte-order mark, a
    // coding cookie), not the decoded text.
    const bytes = new TextEncoder().encode(source);
    result = run(bytes, { filename: name, argv: [name], stdin: "", timeLimitMs, ...MODE_OPTIONS[mode] });
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
  // A MemoryError CPython did not raise: the program asked for more than
  // refpy's heap limit (1 GiB unless set), which CPython's host gave it.
  const lastLine = stderr.trimEnd().split("\n").pop() ?? "";
  if (/^MemoryError\b/.test(lastLine) && !want.stderr.includes("MemoryError")) {
    add("memory", "MemoryError past the heap limit", `refpy:   ${lastLine}\nCPython: exit ${want.exitCode}`);
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
    const r = run(source, {
      filename: name,
      argv: [name],
      stdin: "",
      timeLimitMs: REFPY_TIME_LIMIT_MS,
      ...MODE_OPTIONS[mode],
    });
    return { stdout: normalise(r.stdout), stderr: normalise(r.stderr), exitCode: r.exitCode };
  } catch (e) {
    return { stdout: "", stderr: String(e), exitCode: -1 };
  }
}
