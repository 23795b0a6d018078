/**
 * The library entry point: run a Python program in-process.
 *
 *     const { exitCode, stdout, stderr } = run(source, { filename: "x.py" });
 *
 * Each `run` resets the interpreter (a fresh heap, fresh modules), compiles
 * the source, runs it as `__main__`, prints an uncaught exception the way
 * CPython 3.11 does (exit status 1; `SystemExit(n)` exits with n), then
 * tears `__main__` down as CPython's shutdown does: the objects the
 * failed frames kept alive go first (sys.last_traceback), then the module's
 * globals in insertion order, so `__del__` methods of objects still alive
 * at the end run after the program's last line.
 *
 * No JavaScript exception escapes: an internal error is reported as a
 * Python SystemError (JS stack exhaustion as RecursionError, exhausted
 * memory as MemoryError) with exit status 1.
 *
 * `createSession` keeps `__main__` alive between inputs, for the
 * interactive prompt and `refpy -i`.
 *
 * Instruments of the heap's correctness (options `leakCheck`, `audit`,
 * `-X refcount-audit`, `-X showrefcount`): the run's objects are recorded
 * (heap/registry.ts) from just before its interpreter state is made; the
 * audit (inspect/audit.ts) runs at line events, at the end of the program and
 * after teardown; after teardown the survivors are the leaks and
 * `[N refs, M blocks]` their totals. Off, none of it costs anything.
 */
import { heapStats } from "../heap/allocator.js";
import type { CompileMode } from "../compiler/compile.js";
import { interpreterInit } from "../runtime/lifecycle.js";
import { registry, startRegistry, stopRegistry } from "../heap/registry.js";
import {
  auditHeap,
  auditLineHook,
  auditState,
  findLeaks,
  formatAuditReport,
  resetAudit,
  type AuditMismatch,
  type LeakedObject,
} from "../inspect/audit.js";
import { makeLineHook, type LineCallback } from "./stepping.js";
import { addExitStats, emptyRunStats, readRunStats, type RunStats } from "../trace/stats.js";
import { HEAP_EVENT_KINDS, type HeapEvent, type HeapEventKind } from "../trace/events.js";
import { HeapTracer } from "../trace/tracer.js";
import {
  PyRun_CreateSession,
  _PyRun_CheckNotRunning,
  disassembleSource,
  internalErrorReport,
  type Session,
  type SessionObserver,
  type SessionOptions,
} from "../runtime/pythonrun.js";

/** What a run is: the interpreter's set-up (runtime/pythonrun.ts's
 *  SessionOptions: file name, argv, streams, limits, collector settings)
 *  and what the embedding API adds. */
export interface RunOptions extends Omit<SessionOptions, "lineHook"> {
  /** "exec" (a program), "single" (one interactive statement), "eval". */
  mode?: CompileMode;
  /** Keep `__main__` alive after the program (refpy -i): the result
   *  carries the session and no teardown happens. */
  inspect?: boolean;
  /** Print the disassembly instead of running (`refpy -m dis`). */
  disassemble?: boolean;
  /** Collect stdout/stderr into the result (default true). */
  collectOutput?: boolean;
  /** Leak check: record the run's objects (heap/registry.ts) and report
   *  in `RunResult.audit.leaks` those still alive after teardown. */
  leakCheck?: boolean;
  /** Refcount audit (also `-X refcount-audit`; implies leakCheck): at
   *  each line event where every reference holder is visible, at the end
   *  of the program and after teardown, every live object's ob_refcnt is
   *  compared with the references found (inspect/audit.ts); mismatches go to
   *  `RunResult.audit.mismatches` and, with leaks, to stderr. "exit":
   *  only at the end of the program and after teardown (for programs with
   *  millions of line events). */
  audit?: boolean | "exit";
  /** Called before each line a Python frame runs, as sys.settrace's
   *  'line' events; `snapshot()` may be called from it (see api/stepping.ts). */
  onLine?: LineCallback;
  /** Called with each heap event of the program (src/trace/events.ts):
   *  allocations, frees, finalizers, collections, weak references,
   *  refcount changes. It must not throw (if it does, events stop and
   *  the error is reported on stderr). */
  onEvent?: (event: HeapEvent) => void;
  /** The kinds `onEvent` receives (default all). */
  events?: readonly HeapEventKind[];
  /** Count allocations and frees per type into `RunResult.stats.byType`
   *  (also `-X stats`; always with `onEvent`). */
  typeStats?: boolean;
}

export interface RunResult {
  /** 0, 1 after an uncaught exception or a syntax error, or SystemExit's
   *  code as the process exit status CPython gives (its low 8 bits; 255
   *  for a code beyond a C long); -N where CPython's process dies of
   *  signal N, as Python's subprocess reports it (-2 after an uncaught
   *  KeyboardInterrupt, once shutdown is over). */
  exitCode: number;
  /** What the program wrote to stdout and stderr (empty with `collectOutput: false`). */
  stdout: string;
  stderr: string;
  /** With `inspect`: the live session, to continue interactively. */
  session: Session | null;
  /** The run's heap and collector numbers (src/trace/stats.ts). */
  stats: RunStats;
  /** With `leakCheck`, `audit` or `-X showrefcount`: what they found. */
  audit?: AuditResult;
}

/** The leak check's and the refcount audit's findings for a run. */
export interface AuditResult {
  mismatches: AuditMismatch[];
  leaks: LeakedObject[];
  /** Line events seen, audited, and skipped (a native caller between). */
  lines: number;
  audited: number;
  skipped: number;
  /** `-X showrefcount`'s numbers after teardown: the sum of the run's
   *  live objects' refcounts, and the allocator's live blocks. */
  refs: number;
  blocks: number;
  /** Objects alive after teardown that are not leaks: cyclic garbage no
   *  collection reclaimed, which CPython leaves alive too (frozen
   *  objects, a cycle held by gc.callbacks to the end; see
   *  inspect/audit.ts). `refs` and `blocks` count them. */
  abandoned: number;
}

/** Run `source` as a program. It throws only when called while another
 *  run is executing (from one of its callbacks: an output callback,
 *  `onLine`, `onEvent`): the interpreter is one per process, and that
 *  run goes on unharmed. A str is the program's text;
 *  bytes are decoded as CPython reads a program file (a UTF-8 BOM, a
 *  PEP 263 coding cookie, its SyntaxErrors for bytes it cannot decode). */
export function run(source: string | Uint8Array, options: RunOptions = {}): RunResult {
  if (!options.disassemble) _PyRun_CheckNotRunning();
  const startMs = performance.now();
  const collect = options.collectOutput !== false;
  const outParts: string[] = [];
  const errParts: string[] = [];
  const userOut = options.stdout;
  const userErr = options.stderr;
  const out = (s: string) => {
    if (collect) outParts.push(s);
    if (userOut !== undefined) userOut(s);
  };
  const err = (s: string) => {
    if (collect) errParts.push(s);
    if (userErr !== undefined) userErr(s);
  };
  const filename = options.filename ?? "<string>";
  let exitCode = 0;
  let session: Session | null = null;
  let tracer: HeapTracer | null = null;
  let atEnd: RunStats | null = null;
  try {
    if (options.disassemble) {
      const text = typeof source === "string" ? source : new TextDecoder().decode(source);
      exitCode = disassembleSource(text, filename, out, err);
    } else {
      const s = createSession({ ...options, stdout: out, stderr: err, filename });
      if (options.onEvent !== undefined || options.typeStats === true || options.xoptions?.has("stats") === true) {
        tracer = new HeapTracer(options.onEvent ?? null, options.events ?? HEAP_EVENT_KINDS);
        tracer.attach();
      }
      const status = s.exec(source, filename, options.mode ?? "exec");
      atEnd = readRunStats(startMs);
      if (options.inspect) {
        session = s;
        exitCode = status ?? (s.failed ? 1 : 0);
      } else {
        tracer?.enterExit();
        exitCode = s.finish(status ?? undefined);
      }
    }
  } catch (e) {
    err(internalErrorReport(e));
    exitCode = 1;
  } finally {
    tracer?.detach();
  }
  if (tracer !== null && tracer.sinkError !== undefined) {
    const e = tracer.sinkError;
    err(`refpy: the onEvent callback failed, events stopped: ${e instanceof Error ? e.message : String(e)}\n`);
  }
  const stats = options.disassemble
    ? emptyRunStats()
    : atEnd === null
      ? readRunStats(startMs)
      : options.inspect
        ? atEnd
        : addExitStats(atEnd, startMs);
  if (tracer !== null) stats.byType = tracer.typeStats();
  const audit = lastAudit ?? undefined;
  lastAudit = null;
  return { exitCode, stdout: outParts.join(""), stderr: errParts.join(""), session, stats, audit };
}

/** The findings of the last session that finished with the registry on
 *  (read by run()). */
let lastAudit: AuditResult | null = null;

/** `-X showrefcount`'s line, as a debug build of CPython prints it:
 *  `[N refs, M blocks]` with N the sum of the refcounts of the run's live
 *  objects (static objects and those made once per process excluded) and
 *  M the allocator model's live blocks. Null when the registry is off. */
export function showRefcountLine(): string | null {
  const live = registry.live;
  if (live === null) return null;
  let refs = 0;
  for (const op of live) refs += op.ob_refcnt;
  return `[${refs} refs, ${heapStats.liveBlocks} blocks]\n`;
}

/**
 * Create the interpreter state and `__main__` for a run
 * (runtime/pythonrun.ts), with the instruments the options ask for: the
 * registry of the run's objects, the refcount audit at line events and
 * around teardown, the leak check and `-X showrefcount`, line events.
 */
export function createSession(options: RunOptions): Session {
  _PyRun_CheckNotRunning();
  const err =
    options.stderr ??
    ((s: string) => {
      process.stderr.write(s);
    });
  const auditing =
    options.audit === true || options.audit === "exit" || options.xoptions?.has("refcount-audit") === true;
  const showRefcount = options.xoptions?.has("showrefcount") === true;
  const registryOn = auditing || showRefcount || options.leakCheck === true;
  if (registryOn) {
    // The run's objects are those made from here on (not start-up's).
    interpreterInit();
    startRegistry();
  } else {
    stopRegistry();
  }
  resetAudit();
  lastAudit = null;
  let lineHook = options.onLine === undefined ? null : makeLineHook(options.onLine, err);
  if (auditing && options.audit !== "exit") {
    const hook = lineHook;
    lineHook =
      hook === null
        ? auditLineHook
        : (frame, lineno) => {
            auditLineHook(frame, lineno);
            hook(frame, lineno);
          };
  }

  /** After teardown: the leak check, the last audit, -X showrefcount.
   *  A failed audit turns a status of 0 into 1. */
  function reportAudit(code: number): number {
    if (auditing) auditHeap("after teardown");
    const leaks = findLeaks();
    let refs = 0;
    for (const op of registry.live!) refs += op.ob_refcnt;
    lastAudit = {
      mismatches: auditState.mismatches,
      leaks,
      lines: auditState.lines,
      audited: auditState.audited,
      skipped: auditState.skipped,
      refs,
      blocks: heapStats.liveBlocks,
      abandoned: registry.live!.size - leaks.length,
    };
    if (showRefcount) err(showRefcountLine()!);
    if (auditing && (leaks.length > 0 || auditState.mismatches.length > 0)) {
      err(formatAuditReport(auditState.mismatches, leaks));
      if (code === 0) code = 1;
    }
    stopRegistry();
    return code;
  }

  /** os._exit ended the run: the heap is left, as the process's would
   *  be, so everything alive counts as abandoned, nothing as leaked. */
  function reportExit(code: number): number {
    let refs = 0;
    for (const op of registry.live!) refs += op.ob_refcnt;
    lastAudit = {
      mismatches: auditState.mismatches,
      leaks: [],
      lines: auditState.lines,
      audited: auditState.audited,
      skipped: auditState.skipped,
      refs,
      blocks: heapStats.liveBlocks,
      abandoned: registry.live!.size,
    };
    if (auditing && auditState.mismatches.length > 0) {
      err(formatAuditReport(auditState.mismatches, []));
      if (code === 0) code = 1;
    }
    stopRegistry();
    return code;
  }

  const observer: SessionObserver | null = !registryOn
    ? null
    : {
        // The session's own references to __main__ and the code it runs,
        // visible to the audit.
        mainCreated: (main) => {
          auditState.holds.push(main);
        },
        codeStart: (code) => {
          auditState.mainCode = code;
          auditState.holds.push(code);
        },
        codeEnd: () => {
          auditState.holds.pop();
          auditState.mainCode = null;
        },
        programEnd: () => {
          if (auditing) auditHeap("end of program");
          auditState.holds.length = 0;
        },
        afterTeardown: reportAudit,
        afterExit: reportExit,
      };
  return PyRun_CreateSession({ ...options, lineHook }, observer);
}
