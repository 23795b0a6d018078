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
import type { PyObject } from "./heap/object.js";
import { Py_DECREF, Py_NewRef } from "./heap/refcount.js";
import { heapStats, setExhaustedHook } from "./heap/allocator.js";
import { gcState } from "./heap/gc.js";
import { PyGC_Collect, _PyGC_CollectNoFail } from "./heap/collect.js";
import { runWeakrefAtExit } from "./modules/weakref.js";
import { CompileError } from "./ast/errors.js";
import { parse } from "../grammar/parse.js";
import { compile, type CompileMode } from "./compiler/compile.js";
import { disassemble } from "./bytecode/dis.js";
import { PyCode_FromUnit } from "./objects/codeobject.js";
import {
  PyBaseExceptionObject, PyExc_SystemExit, PyExc_RuntimeError, PyExc_SyntaxError, PyExc_IndentationError, PyExc_TabError,
} from "./objects/exceptions.js";
import { PyErr_NoMemory, PyErr_ExceptionMatches, PyErr_NewWithArgs, PyErr_Format } from "./objects/errors.js";
import { PyLongObject, PyLong_Check, PyLong_FromNumber } from "./objects/longobject.js";
import { Py_None } from "./objects/noneobject.js";
import { PyUnicode_FromString, PyUnicode_AsString } from "./objects/unicodeobject.js";
import { _PyTuple_FromArraySteal } from "./objects/tupleobject.js";
import { PyDict_SetItemString, PyDict_GetItemString,
  PyDict_DelItemString } from "./objects/dictobject.js";
import { PyModule_New, PyModule_GetDict } from "./objects/moduleobject.js";
import { PyObject_Str } from "./objects/abstract.js";
import { _PyObject_LookupAttr } from "./objects/object.js";
import { PyEval_EvalCode, initEvalTables } from "./vm/ceval.js";
import { tstate } from "./objects/pystate.js";
import { toPyException } from "./objects/errors.js";
import { _Py_ID } from "./objects/identifiers.js";
import { PyErr_Display, setTracebackWriter, formatException } from "./objects/errors-display.js";
import { registerSource, clearSources } from "./objects/traceback.js";
import { interpreterInit, interpreterReset, interpreterFinalize, _PyModule_ClearDict } from "./vm/pystate.js";
import { interp } from "./objects/pystate.js";
import { registry, startRegistry, stopRegistry } from "./heap/registry.js";
import { auditHeap, auditLineHook, auditState, findLeaks, formatAuditReport, resetAudit, type AuditMismatch, type LeakedObject } from "./inspect/audit.js";
import { setStdio, PySys_SetObject, PySys_GetObject, PySys_Module } from "./modules/sys.js";
import { makeLineHook, type LineCallback } from "./api/stepping.js";
import { addExitStats, emptyRunStats, readRunStats, type RunStats } from "./trace/stats.js";
import { HEAP_EVENT_KINDS, type HeapEvent, type HeapEventKind } from "./trace/events.js";
import { HeapTracer } from "./trace/tracer.js";

export interface RunOptions {
  /** Name used in tracebacks and `__file__` (default `<string>`). */
  filename?: string;
  /** sys.argv (default [filename]). */
  argv?: string[];
  /** Called with each piece of output as it is written. */
  stdout?: (s: string) => void;
  /** Called with each piece of stderr output (tracebacks, warnings). */
  stderr?: (s: string) => void;
  /** What `input()` and sys.stdin read: the whole text, or a function
   *  returning the next line without its newline (null at end of input). */
  stdin?: string | (() => string | null);
  /** sys.getrecursionlimit() at start (default 1000). */
  recursionLimit?: number;
  /** Heap limit in bytes (`-X heap-limit`; default 1 GiB). */
  heapLimit?: number;
  /** "exec" (a program), "single" (one interactive statement), "eval". */
  mode?: CompileMode;
  /** -X options. */
  xoptions?: Map<string, string>;
  /** Run a full cycle collection at every GC-capable allocation (also
   *  `-X gc-stress`): a test mode that exposes refcount and traverse bugs. */
  gcStress?: boolean;
  /** The collector's thresholds at start, as `gc.set_threshold(t0, t1,
   *  t2)` would set them (`-X gc-threshold`; default 3.11's (700, 10, 10)).
   *  Integers; threshold0 = 0 disables automatic collection. */
  gcThresholds?: [number, number, number];
  /** Keep `__main__` alive after the program (refpy -i): the result
   *  carries the session and no teardown happens. */
  inspect?: boolean;
  /** Set `__file__` even for a pseudo-file name (`refpy -`). */
  fileAttr?: boolean;
  /** Print the disassembly instead of running (`refpy -m dis`). */
  disassemble?: boolean;
  /** Collect stdout/stderr into the result (default true). */
  collectOutput?: boolean;
  /** Stop a runaway program: at most this many loop iterations and calls
   *  (backward jumps and Python function entries); then RuntimeError. */
  stepLimit?: number;
  /** Stop a runaway program after this many milliseconds of running. */
  timeLimitMs?: number;
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
  /** 0, 1 after an uncaught exception or a syntax error, or SystemExit's code. */
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
}

/** A live `__main__`: successive inputs share its globals. */
export interface Session {
  /** Run a program text; returns the exit status it asks for, or null
   *  to keep going (an uncaught exception was printed: status 1). */
  exec(source: string, filename: string, mode: CompileMode): number | null;
  /** One interactive input (mode "single", filename `<stdin>`): null to
   *  continue, or an exit status from SystemExit. */
  execInteractive(source: string): number | null;
  /** Tear down and return `status` (default: 1 if the last program
   *  failed, else 0). */
  finish(status?: number): number;
  /** Whether the last exec ended with an uncaught exception. */
  failed: boolean;
}

/** Run `source` as a program. Never throws. */
export function run(source: string, options: RunOptions = {}): RunResult {
  const startMs = performance.now();
  const collect = options.collectOutput !== false;
  const outParts: string[] = [];
  const errParts: string[] = [];
  const userOut = options.stdout;
  const userErr = options.stderr;
  const out = (s: string) => { if (collect) outParts.push(s); if (userOut !== undefined) userOut(s); };
  const err = (s: string) => { if (collect) errParts.push(s); if (userErr !== undefined) userErr(s); };
  const filename = options.filename ?? "<string>";
  let exitCode = 0;
  let session: Session | null = null;
  let tracer: HeapTracer | null = null;
  let atEnd: RunStats | null = null;
  try {
    if (options.disassemble) {
      exitCode = disassembleSource(source, filename, out, err);
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
  const stats = options.disassemble ? emptyRunStats()
    : atEnd === null ? readRunStats(startMs) : options.inspect ? atEnd : addExitStats(atEnd, startMs);
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

function internalErrorReport(e: unknown): string {
  try {
    const exc = toPyException(e);
    return formatException(exc);
  } catch {
    const msg = e instanceof Error ? e.message : String(e);
    return `SystemError: refpy internal error: ${msg}\n`;
  }
}

function disassembleSource(source: string, filename: string, out: (s: string) => void,
                           err: (s: string) => void): number {
  try {
    const unit = compile(parse(source, filename, "exec"), filename, "exec", source);
    out(disassemble(unit));
    return 0;
  } catch (e) {
    if (e instanceof CompileError) {
      err(formatCompileError(e));
      return 1;
    }
    throw e;
  }
}

/** A SyntaxError found before running, in CPython's format. */
export function formatCompileError(e: CompileError): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) {
    let text = e.text;
    let offset = e.offset;
    let endOffset = e.end_lineno > e.lineno ? text.length : e.end_offset;
    const caretReps = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
    offset--;
    let i = 0;
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\f")) { i++; offset--; }
    text = text.slice(i).replace(/\r?\n$/, "");
    if (offset > text.length) offset = text.length;
    out += "    " + text + "\n";
    if (offset >= 0) out += "    " + " ".repeat(offset) + "^".repeat(caretReps) + "\n";
    void endOffset;
  }
  out += `${e.kind}: ${e.msg}\n`;
  return out;
}

/** The SyntaxError exception object for a compile error (new reference). */
function compileErrorToException(e: CompileError): PyObject {
  const type = e.kind === "IndentationError" ? PyExc_IndentationError
    : e.kind === "TabError" ? PyExc_TabError : PyExc_SyntaxError;
  const details = _PyTuple_FromArraySteal([
    PyUnicode_FromString(e.filename), PyLong_FromNumber(e.lineno), PyLong_FromNumber(e.offset),
    e.text === null ? Py_NewRef(Py_None) : PyUnicode_FromString(e.text),
    PyLong_FromNumber(e.end_lineno), PyLong_FromNumber(e.end_offset)]);
  const args = _PyTuple_FromArraySteal([PyUnicode_FromString(e.msg), details]);
  return PyErr_NewWithArgs(type, args);
}

/** Create the interpreter state and `__main__` for a run. */
export function createSession(options: RunOptions): Session {
  const filename = options.filename ?? "<string>";
  const out = options.stdout ?? ((s: string) => { process.stdout.write(s); });
  const err = options.stderr ?? ((s: string) => { process.stderr.write(s); });

  clearSources();
  const auditing = options.audit === true || options.audit === "exit"
    || options.xoptions?.has("refcount-audit") === true;
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
  interpreterReset(options.argv ?? [filename]);
  setStdio(out, err, typeof options.stdin === "function" ? options.stdin : stringLines(options.stdin ?? ""));
  initEvalTables();
  tstate.limit = options.recursionLimit ?? 1000;
  heapStats.limit = options.heapLimit ?? 1024 * 1024 * 1024;
  gcState.stress = options.gcStress ?? options.xoptions?.has("gc-stress") ?? false;
  if (options.gcThresholds !== undefined) {
    for (let i = 0; i < 3; i++) gcState.generations[i].threshold = options.gcThresholds[i];
  }
  tstate.evalBreaker = makeEvalBreaker(options.stepLimit, options.timeLimitMs);
  tstate.lineHook = options.onLine === undefined ? null : makeLineHook(options.onLine, err);
  if (auditing && options.audit !== "exit") {
    const hook = tstate.lineHook;
    tstate.lineHook = hook === null ? auditLineHook
      : (frame, lineno) => { auditLineHook(frame, lineno); hook(frame, lineno); };
  }
  setExhaustedHook(() => { throw PyErr_NoMemory(); });
  setTracebackWriter(err);
  const builtinsModule = interp.builtins!;

  const main = PyModule_New("__main__");
  const globals = PyModule_GetDict(main);
  // CPython's order: __name__, __doc__, __package__, __loader__, __spec__,
  // __annotations__, __builtins__, then __file__ and __cached__ for files.
  setNone(globals, "__package__");
  setNone(globals, "__loader__");
  setNone(globals, "__spec__");
  PyDict_SetItemString(globals, "__builtins__", builtinsModule);
  if (options.fileAttr || !filename.startsWith("<")) {
    const f = PyUnicode_FromString(filename);
    PyDict_SetItemString(globals, "__file__", f);
    Py_DECREF(f);
    setNone(globals, "__cached__");
  }
  const modules = PySys_GetObject("modules");
  if (modules !== null) PyDict_SetItemString(modules, "__main__", main);
  // The session's own reference to __main__, visible to the audit.
  auditState.holds.push(main);

  let failed = false;
  let finished = false;

  /** Report an exception that reached the top (PyErr_Print): SystemExit
   *  gives an exit status; anything else is printed (status 1). Steals. */
  function handleUncaught(e: unknown): number | null {
    const exc = toPyException(e);
    if (PyErr_ExceptionMatches(exc, PyExc_SystemExit)) return systemExitStatus(exc);
    // sys.last_* keep the failed frames (and their locals) alive until
    // shutdown or the next uncaught exception, as in CPython.
    PySys_SetObject("last_type", exc.ob_type);
    PySys_SetObject("last_value", exc);
    PySys_SetObject("last_traceback", exc.traceback ?? Py_None);
    try {
      PyErr_Display(exc);
    } finally {
      Py_DECREF(exc);
    }
    failed = true;
    return null;
  }

  function systemExitStatus(exc: PyBaseExceptionObject): number {
    try {
      const code = _PyObject_LookupAttr(exc, _Py_ID("code"));
      if (code === null || code === Py_None) {
        if (code !== null) Py_DECREF(code);
        return 0;
      }
      try {
        if (PyLong_Check(code)) return Number(BigInt.asIntN(32, BigInt((code as PyLongObject).big ?? (code as PyLongObject).v)));
        const s = PyObject_Str(code);
        try {
          err(PyUnicode_AsString(s) + "\n");
        } finally {
          Py_DECREF(s);
        }
        return 1;
      } finally {
        Py_DECREF(code);
      }
    } finally {
      Py_DECREF(exc);
    }
  }

  function exec(source: string, fname: string, mode: CompileMode): number | null {
    failed = false;
    if (!fname.startsWith("<")) registerSource(fname, source);
    let codeObj: PyObject;
    try {
      const unit = compile(parse(source, fname, mode), fname, mode, source);
      codeObj = PyCode_FromUnit(unit);
    } catch (e) {
      if (e instanceof CompileError) {
        const exc = compileErrorToException(e);
        PySys_SetObject("last_type", exc.ob_type);
        PySys_SetObject("last_value", exc);
        PySys_SetObject("last_traceback", Py_None);
        Py_DECREF(exc);
        err(formatCompileError(e));
        failed = true;
        return null;
      }
      return handleUncaught(e);
    }
    auditState.mainCode = codeObj;
    auditState.holds.push(codeObj);
    try {
      const res = PyEval_EvalCode(codeObj as never, globals, globals);
      Py_DECREF(res);
      return null;
    } catch (e) {
      return handleUncaught(e);
    } finally {
      auditState.holds.pop();
      auditState.mainCode = null;
      Py_DECREF(codeObj);
    }
  }

  function finish(status?: number): number {
    if (finished) return status ?? (failed ? 1 : 0);
    finished = true;
    let code = status ?? (failed ? 1 : 0);
    if (auditing) auditHeap("end of program");
    try {
      auditState.holds.length = 0;
      teardown(main, globals);
    } catch (e) {
      err(internalErrorReport(e));
    }
    if (registryOn) code = reportAudit(code);
    return code;
  }

  /** After teardown: the leak check, the last audit, -X showrefcount.
   *  A failed audit turns a status of 0 into 1. */
  function reportAudit(code: number): number {
    if (auditing) auditHeap("after teardown");
    const leaks = findLeaks();
    let refs = 0;
    for (const op of registry.live!) refs += op.ob_refcnt;
    lastAudit = {
      mismatches: auditState.mismatches, leaks, lines: auditState.lines, audited: auditState.audited,
      skipped: auditState.skipped, refs, blocks: heapStats.liveBlocks,
    };
    if (showRefcount) err(showRefcountLine()!);
    if (auditing && (leaks.length > 0 || auditState.mismatches.length > 0)) {
      err(formatAuditReport(auditState.mismatches, leaks));
      if (code === 0) code = 1;
    }
    stopRegistry();
    return code;
  }

  return {
    exec,
    execInteractive: (source: string) => exec(source, "<stdin>", "single"),
    finish,
    get failed() { return failed; },
  } as Session;
}

/**
 * The eval breaker enforcing `stepLimit` and `timeLimitMs`: called by the
 * eval loop at every backward jump and call. Once a limit is passed, every
 * later call raises again, so a program that catches the RuntimeError
 * still stops.
 */
function makeEvalBreaker(stepLimit: number | undefined, timeLimitMs: number | undefined): (() => void) | null {
  if (stepLimit === undefined && timeLimitMs === undefined) return null;
  const maxSteps = stepLimit ?? Infinity;
  const deadline = timeLimitMs === undefined ? Infinity : Date.now() + timeLimitMs;
  let steps = 0;
  return () => {
    steps++;
    if (steps > maxSteps) {
      throw PyErr_Format(PyExc_RuntimeError, `refpy step limit exceeded (${stepLimit} steps)`);
    }
    if ((steps & 0x3ff) === 0 && Date.now() > deadline) {
      steps = maxSteps === Infinity ? steps - 1 : steps;
      throw PyErr_Format(PyExc_RuntimeError, `refpy time limit exceeded (${timeLimitMs} ms)`);
    }
  };
}

/** A line source over a text: each call gives the next line without its
 *  newline, then null. */
function stringLines(text: string): () => string | null {
  const lines = text.split(/(?<=\n)/);
  let pos = 0;
  return () => {
    if (pos >= lines.length || lines[pos] === "") return null;
    const line = lines[pos++];
    return line.endsWith("\n") ? line.slice(0, -1) : line;
  };
}

function setNone(d: PyObject, key: string): void {
  PyDict_SetItemString(d, key, Py_None);
}

/**
 * Interpreter shutdown, modelled on CPython 3.11's Py_FinalizeEx as the
 * spec measured it (section 2.7):
 *  0. atexit callbacks (weakref.finalize's exit function);
 *  1. with the collector enabled, a full collection (PyGC_Collect, with
 *     gc.callbacks) reclaims leftover cycles; surviving objects move on in
 *     the collector's list order, as in CPython;
 *  2. `builtins._` and sys.last_* go (the REPL's last value, the failed
 *     frames and their locals);
 *  3. `__main__` is dropped: its globals dict, in a cycle with the
 *     functions defined in it, is reclaimed by the final collection
 *     (_PyGC_CollectNoFail, which runs even with the collector disabled):
 *     finalizers in collector-list order, weak references held in globals
 *     cleared without their callbacks, then the dict's tp_clear in
 *     insertion order. Without such a cycle the dict dies by refcount and
 *     releases its values in insertion order. A dict still alive after
 *     that is cleared as _PyModule_ClearDict does (single-underscore
 *     names first, then the rest, in insertion order);
 *  4. the other modules, sys and builtins go as finalize_modules does
 *     (interpreterFinalize, vm/pystate.ts), so that nothing the run made
 *     is left alive (what the leak check verifies).
 */
function teardown(main: PyObject, globals: PyObject): void {
  // atexit callbacks (weakref.finalize's exit function) run first.
  runWeakrefAtExit();
  const gcEnabled = gcState.enabled;
  if (gcEnabled) PyGC_Collect(2);
  // finalize_modules_delete_special: builtins._ first, then sys.last_*.
  if (tstate.builtins !== null) PyDict_SetItemString(tstate.builtins, "_", Py_None);
  const sysDict = PyModule_GetDict(PySys_Module());
  for (const name of ["last_type", "last_value", "last_traceback"]) {
    if (PyDict_GetItemString(sysDict, name) !== null) PyDict_DelItemString(sysDict, name);
  }
  const modules = PySys_GetObject("modules");
  if (modules !== null && PyDict_GetItemString(modules, "__main__") === main) {
    PyDict_DelItemString(modules, "__main__");
  }
  // `globals` is borrowed from `main`: after this DECREF it is either freed
  // (refcount 0) or kept alive by something; only its refcount is read.
  Py_DECREF(main);
  _PyGC_CollectNoFail();
  if (globals.ob_refcnt > 0) {
    // Still alive (held from outside the cycle, or by an object the
    // collector cannot see into, such as an int subclass instance):
    // _PyModule_ClearDict's fallback, values set to None in insertion order.
    _PyModule_ClearDict(globals);
    _PyGC_CollectNoFail();
  }
  interpreterFinalize();
}
