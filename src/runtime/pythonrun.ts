/**
 * Running a program in `__main__`, and interpreter shutdown (CPython's
 * Python/pythonrun.c and the run half of Py_FinalizeEx).
 *
 * A session resets the interpreter (a fresh heap, fresh modules:
 * lifecycle.ts), makes `__main__`, and runs inputs in its globals: a whole
 * program, or one interactive statement at a time (the prompt, `refpy
 * -i`). An uncaught exception is printed the way CPython 3.11 does (exit
 * status 1; `SystemExit(n)` exits with n) and kept in `sys.last_*`. A
 * syntax error is printed before anything runs. `finish()` tears
 * `__main__` down as CPython's shutdown does (see `teardown`), so
 * `__del__` methods of objects still alive at the end run after the
 * program's last line, then finalizes the interpreter.
 *
 * This layer knows nothing of the instruments (audit, traces, stats):
 * the embedding API (api/run.ts) observes a session through
 * `SessionObserver` and sets its hooks on the thread state.
 */
import type { PyObject } from "../heap/object.js";
import type { InterpFrame } from "../objects/frameobject.js";
import { parse } from "../../grammar/parse.js";
import type { CompileMode } from "../compiler/compile.js";
import { CompileError } from "../ast/errors.js";
import { _PyCompile_WithLimits, _PyErr_FromCompileError } from "../vm/compile.js";
import { setCompileTimeLimit } from "../ast/limits.js";
import { _PyTokenizer_DecodeFile } from "../vm/source-encoding.js";
import { hasEscape, shownText } from "../../grammar/source.js";
import { type PyBaseExceptionObject, PyExc_KeyboardInterrupt, PyExc_SystemExit } from "../objects/exceptions.js";
import { SIGINT, _PySignal_Interrupt, _PySignal_PollHost, _PySignal_SetHostControl } from "../modules/signal.js";
import { HOST_INTERRUPT } from "../vm/hostcontrol.js";
import { PyCode_FromUnitWithLiterals } from "../objects/codeobject.js";
import {
  PyDict_Check,
  PyDict_DelItemString,
  PyDict_GetItemString,
  PyDict_New,
  PyDict_SetItemString,
} from "../objects/dictobject.js";
import {
  PyErr_Display,
  PyErr_WriteUnraisable,
  formatException,
  setTracebackWriter,
} from "../objects/errors-display.js";
import { PyErr_ExceptionMatches, PyErr_NoMemory, PyProcessExit, toPyException } from "../objects/errors.js";
import { PyEval_EvalCode } from "../vm/ceval.js";
import { PyGC_CollectIfEnabled, _PyGC_InitStartupState } from "../heap/collect.js";
import { PyImport_Import } from "../vm/import.js";
import { _PySite_AddBuiltins } from "./site.js";
import { _PyType_SetStartupVersionTags } from "../objects/typeimpl.js";
import { PyList_Append, PyList_Check } from "../objects/listobject.js";
import { type PyLongObject, PyLong_Check } from "../objects/longobject.js";
import { PyModule_GetDict, PyModule_New } from "../objects/moduleobject.js";
import { PyObject_IsTrue, PyObject_Str } from "../objects/abstract.js";
import { PyObject_CallMethod } from "../objects/call.js";
import { PySys_GetObject, PySys_SetObject } from "../vm/sysstate.js";
import { setStdio, stdinFromLines, stdinFromString } from "../objects/fileobject.js";
import { PyUnicode_AsString, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { Py_DECREF, Py_INCREF } from "../heap/refcount.js";
import { Py_None } from "../objects/noneobject.js";
import { interpreterFinalize, interpreterReset } from "./lifecycle.js";
import { _PyObject_LookupAttr } from "../objects/object.js";
import { _Py_ID } from "../objects/identifiers.js";
import { clearSources, registerSource } from "../objects/traceback.js";
import { compile } from "../compiler/compile.js";
import { disassemble } from "../bytecode/dis.js";
import { PyCF_MASK } from "../bytecode/code.js";
import { gcState } from "../heap/gc.js";
import {
  DEFAULT_HEAP_LIMIT,
  heapStats,
  openShutdownReserve,
  releaseAllocator,
  setExhaustedHook,
} from "../heap/allocator.js";
import { installHostMemoryCheck } from "./host-memory.js";
import { _PyThreadState_SetLineHook, interp, tstate } from "../objects/pystate.js";
import { _PyEval_LimitReached, _PyEval_SetLimits, _PyOS_SetInterruptHandler } from "../objects/eval-breaker.js";
import { _PyAtExit_Call } from "../modules/atexit.js";
/** A live `__main__`: successive inputs share its globals. */
export interface Session {
  /** Run a program text; returns the exit status it asks for, or null
   *  to keep going (an uncaught exception was printed: status 1). */
  /** Compile and run `source`: a str as it is, bytes as a source file is
   *  read (vm/source-encoding.ts: BOM, coding cookie, UTF-8 check). */
  exec(source: string | Uint8Array, filename: string, mode: CompileMode): number | null;
  /** One interactive input (mode "single", filename `<stdin>`): null to
   *  continue, or an exit status from SystemExit. */
  execInteractive(source: string): number | null;
  /** Print an exception raised outside any program (KeyboardInterrupt
   *  from Ctrl-C at the prompt) as an uncaught one: null, or the exit
   *  status of a SystemExit. */
  reportUncaught(e: unknown): number | null;
  /** Tear down and return `status` (default: 1 if the last program
   *  failed, else 0). */
  finish(status?: number): number;
  /** Whether the last exec ended with an uncaught exception. */
  failed: boolean;
}

/** How a session's interpreter is set up (api/run.ts's RunOptions
 *  extend these). */
export interface SessionOptions {
  /** Name used in tracebacks and `__file__` (default `<string>`). */
  filename?: string;
  /** sys.argv (default [filename]). */
  argv?: string[];
  /** Called with each piece of output as it is written (default: the
   *  process's stdout). */
  stdout?: (s: string) => void;
  /** Called with each piece of stderr output: tracebacks, warnings
   *  (default: the process's stderr). */
  stderr?: (s: string) => void;
  /** What `input()` and sys.stdin read: the whole text, a function
   *  returning the next line without its newline (null at end of input),
   *  or a reader of bytes (`read(n)`: up to n bytes, none at the end). */
  stdin?: string | (() => string | null) | { read(n: number): Uint8Array };
  /** sys.getrecursionlimit() at start (default 1000). */
  recursionLimit?: number;
  /** Heap limit in bytes (`-X heap-limit`; default 1 GiB): the bytes
   *  CPython would have live (the allocator model's), past which an
   *  allocation raises MemoryError. MemoryError also comes, earlier, when
   *  the JavaScript engine's own heap nears its limit (host-memory.ts):
   *  refpy's objects take several times their CPython size there. */
  heapLimit?: number;
  /** -X options. */
  xoptions?: Map<string, string>;
  /** -W options: sys.warnoptions; when there are any the `warnings`
   *  module is imported at start-up to read them, as CPython does. */
  warnoptions?: string[];
  /** Run a full cycle collection at every GC-capable allocation (also
   *  `-X gc-stress`): a test mode that exposes refcount and traverse bugs. */
  gcStress?: boolean;
  /** The collector's thresholds at start, as `gc.set_threshold(t0, t1,
   *  t2)` would set them (`-X gc-threshold`; default 3.11's (700, 10, 10)).
   *  Integers; threshold0 = 0 disables automatic collection. */
  gcThresholds?: [number, number, number];
  /** Set `__file__` even for a pseudo-file name (`refpy -`). */
  fileAttr?: boolean;
  /** Stop a runaway program: at most this many steps (loop iterations
   *  and calls of Python code, and iterations of native loops, counted
   *  CHECK_INTERVAL at a time: objects/eval-breaker.ts); then
   *  RuntimeError "refpy step limit exceeded". */
  stepLimit?: number;
  /** Stop a runaway program after this many milliseconds of running,
   *  in Python code or in a native loop (sum, sorted, 'x' * n, pow,
   *  time.sleep …), within about a millisecond of the deadline for most
   *  work; then RuntimeError "refpy time limit exceeded", raised again
   *  at every later check so that catching it does not keep the program
   *  going. */
  timeLimitMs?: number;
  /** An interrupt flag the embedder controls, e.g. an Int32Array over a
   *  SharedArrayBuffer that another thread writes: a nonzero `[0]` raises
   *  KeyboardInterrupt at the next check (read where the time limit is)
   *  and is set back to 0, as one Ctrl-C. */
  interrupt?: Int32Array;
  /** Called at each check of the clock (about every 1024 steps and
   *  every native check): returning true interrupts the run as
   *  `interrupt` does. It must be cheap and must not throw. */
  onInterruptCheck?: () => boolean;
  /** tstate.lineHook for the run (line events), or none. */
  lineHook?: ((frame: InterpFrame, lineno: number) => void) | null;
  /** Words shared with another thread that delivers SIGINT to the run
   *  (vm/hostcontrol.ts lays them out: at least HOST_WORDS of them, over
   *  a SharedArrayBuffer). Setting HOST_INTERRUPT raises KeyboardInterrupt
   *  at the next backward jump or call, through SIGINT's Python handler. */
  hostControl?: Int32Array;
}

/** What an instrument is told of a session (all calls are cheap hooks). */
export interface SessionObserver {
  /** `__main__` exists; the session holds a reference to it. */
  mainCreated(main: PyObject): void;
  /** The session holds `code` while it runs in `__main__` … */
  codeStart(code: PyObject): void;
  /** … and has released its hold on it (the DECREF follows). */
  codeEnd(): void;
  /** The program is over; teardown is next (the session's holds end). */
  programEnd(): void;
  /** Teardown is over; returns the exit status to report. */
  afterTeardown(status: number): number;
  /** The run ended by os._exit: no teardown; the heap is left as it is.
   *  Returns the exit status to report. */
  afterExit(status: number): number;
}

/**
 * Create the interpreter state and `__main__` for a run (what Py_Initialize
 * and PyRun_*'s set-up do). `observer`, when given, is told where the
 * run's own references to `__main__` and its code are, and when the
 * program ends and teardown is over (the instruments of api/run.ts).
 */
export function PyRun_CreateSession(options: SessionOptions, observer: SessionObserver | null = null): Session {
  _PyRun_CheckNotRunning();
  const filename = options.filename ?? "<string>";
  const out =
    options.stdout ??
    ((s: string) => {
      process.stdout.write(s);
    });
  const err =
    options.stderr ??
    ((s: string) => {
      process.stderr.write(s);
    });

  clearSources();
  interpreterReset(options.argv ?? [filename]);
  const stdin = options.stdin ?? "";
  setStdio(
    out,
    err,
    typeof stdin === "function"
      ? stdinFromLines(stdin)
      : typeof stdin === "string"
        ? stdinFromString(stdin)
        : (n: number) => stdin.read(n),
  );
  // site's builtins, before the run's limits and line hook apply (start-up
  // is not the program's).
  setTracebackWriter(err);
  try {
    _PySite_AddBuiltins();
  } catch (e) {
    err(internalErrorReport(e));
  }
  _PyType_SetStartupVersionTags();
  tstate.limit = options.recursionLimit ?? 1000;
  heapStats.limit = options.heapLimit ?? DEFAULT_HEAP_LIMIT;
  gcState.stress = options.gcStress ?? options.xoptions?.has("gc-stress") ?? false;
  if (options.gcThresholds !== undefined) {
    for (let i = 0; i < 3; i++) gcState.generations[i].threshold = options.gcThresholds[i];
  }
  _PySignal_SetHostControl(options.hostControl ?? null);
  _PyOS_SetInterruptHandler(_PySignal_Interrupt);
  tstate.evalBreaker = withHostControl(_PyEval_SetLimits(options), options.hostControl ?? null);
  setCompileTimeLimit(options.timeLimitMs);
  _PyThreadState_SetLineHook(options.lineHook ?? null);
  setExhaustedHook(() => {
    throw PyErr_NoMemory();
  });
  installHostMemoryCheck();
  setTracebackWriter(err);
  const builtinsModule = interp.builtins!;

  const main = PyModule_New("__main__");
  const globals = PyModule_GetDict(main);
  // CPython's order: __name__, __doc__, __package__, __loader__, __spec__,
  // __annotations__, __builtins__, then __file__ and __cached__ for files.
  setNone(globals, "__package__");
  setNone(globals, "__loader__");
  setNone(globals, "__spec__");
  // add_main_module: an empty __annotations__ whether or not the program
  // annotates anything (PEP 526).
  const annDict = PyDict_New();
  PyDict_SetItemString(globals, "__annotations__", annDict);
  Py_DECREF(annDict);
  PyDict_SetItemString(globals, "__builtins__", builtinsModule);
  const setFileName = options.fileAttr === true || !filename.startsWith("<");
  if (setFileName) {
    const f = PyUnicode_FromString(filename);
    PyDict_SetItemString(globals, "__file__", f);
    Py_DECREF(f);
    setNone(globals, "__cached__");
  }
  const modules = PySys_GetObject("modules");
  if (modules !== null) PyDict_SetItemString(modules, "__main__", main);
  observer?.mainCreated(main);
  // The collector as CPython's start-up leaves it (heap/collect.ts).
  _PyGC_InitStartupState();
  if (options.warnoptions !== undefined && options.warnoptions.length > 0) initWarnOptions(options.warnoptions, err);

  let failed = false;
  let finished = false;
  /** The last program run ended with an uncaught KeyboardInterrupt (its
   *  exact type): the process dies of SIGINT after teardown, as CPython's
   *  (_Py_UnhandledKeyboardInterrupt, exit_sigint). */
  let unhandledKeyboardInterrupt = false;
  /** The status os._exit ended the run with, or null. */
  let exitedWith: number | null = null;

  /** Report an exception that reached the top (PyErr_Print): SystemExit
   *  gives an exit status; anything else is printed (status 1). Steals. */
  function handleUncaught(e: unknown): number | null {
    if (e instanceof PyProcessExit) {
      exitedWith = e.status;
      return e.status;
    }
    const exc = toPyException(e);
    if (PyErr_ExceptionMatches(exc, PyExc_SystemExit)) return systemExitStatus(exc);
    if (programRunning && exc.ob_type === PyExc_KeyboardInterrupt) unhandledKeyboardInterrupt = true;
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
        if (PyLong_Check(code)) {
          // (int)PyLong_AsLong(code): -1 when it does not fit a C long.
          const v = BigInt((code as PyLongObject).big ?? (code as PyLongObject).v);
          // The process sees its low 8 bits (exit(-1) is status 255).
          return (BigInt.asIntN(64, v) === v ? Number(BigInt.asIntN(32, v)) : -1) & 0xff;
        }
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

  /** Whether a program's code runs (an exception then is its own). */
  let programRunning = false;

  /** The session's PyCompilerFlags: future features a compiled entry turned
   *  on stay on for the next ones (the REPL's `from __future__ import …`). */
  let cfFlags = 0;

  function exec(input: string | Uint8Array, fname: string, mode: CompileMode): number | null {
    if (exitedWith !== null) return exitedWith;
    running++;
    try {
      return execIn(input, fname, mode);
    } finally {
      running--;
    }
  }

  function execIn(input: string | Uint8Array, fname: string, mode: CompileMode): number | null {
    failed = false;
    let source: string;
    let byteOffsets = false;
    let bom = false;
    try {
      if (typeof input === "string") source = input;
      else ({ text: source, byteOffsets, bom } = _PyTokenizer_DecodeFile(input, fname));
    } catch (e) {
      return handleUncaught(e);
    }
    // A file holding bytes its encoding cannot decode (in a comment) has no
    // lines to show: linecache and tracebacks fail to read it in CPython.
    const undecodable = hasEscape(source);
    if (!fname.startsWith("<") && !undecodable) registerSource(fname, source);
    let codeObj: PyObject;
    /** The references the parser's arena holds while the code runs. */
    let literals: PyObject[] = [];
    try {
      // The compiler's errors quote the line as CPython's do, read back from
      // the file by name (PyErr_ProgramTextObject, which decodes a line with
      // errors='replace'): `<stdin>` and `<string>` have none, so only the
      // parser's errors show it there.
      const text = fname.startsWith("<") ? undefined : undecodable ? shownText(source) : source;
      const unit = _PyCompile_WithLimits(() =>
        compile(parse(source, fname, mode, 0, byteOffsets, bom), fname, mode, text, cfFlags, true),
      );
      cfFlags |= unit.co_flags & PyCF_MASK;
      ({ code: codeObj, literals } = PyCode_FromUnitWithLiterals(unit));
      arenas.push(literals);
    } catch (e) {
      if (e instanceof CompileError) {
        const exc = _PyErr_FromCompileError(e);
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
    observer?.codeStart(codeObj);
    unhandledKeyboardInterrupt = false;
    programRunning = true;
    // The arena is freed once the code has run, before the result or the
    // exception is dealt with (pyrun_file, PyRun_InteractiveOneObject).
    const freeArena = () => {
      const held = literals;
      literals = [];
      const i = arenas.lastIndexOf(held);
      if (i >= 0) arenas.splice(i, 1);
      for (const o of held) Py_DECREF(o);
    };
    try {
      let res: PyObject;
      try {
        res = PyEval_EvalCode(codeObj as never, globals, globals);
      } finally {
        freeArena();
      }
      Py_DECREF(res);
      return null;
    } catch (e) {
      return handleUncaught(e);
    } finally {
      programRunning = false;
      observer?.codeEnd();
      Py_DECREF(codeObj);
    }
  }

  function finish(status?: number): number {
    if (finished) return status ?? (failed ? 1 : 0);
    finished = true;
    running++;
    try {
      return finishIn(status);
    } finally {
      running--;
    }
  }

  function finishIn(status?: number): number {
    if (exitedWith !== null) {
      // os._exit: nothing more runs, nothing is torn down.
      return observer !== null ? observer.afterExit(exitedWith) : exitedWith;
    }
    let code = status ?? (failed ? 1 : 0);
    observer?.programEnd();
    try {
      // Py_FinalizeEx reports a failed flush of sys.stdout with status 120.
      if (!teardown(main, globals, setFileName)) code = 120;
    } catch (e) {
      err(internalErrorReport(e));
    }
    // Killed by SIGINT, as subprocess reports it.
    // (A SystemExit's status or the prompt's end of input comes after a
    // program that did not end so, which cleared the flag.)
    if (unhandledKeyboardInterrupt) code = -SIGINT;
    // A run its step or time limit stopped never ends as a success, even
    // when the limit's error was raised where it is only reported (an
    // atexit function, a finalizer, threading's shutdown).
    else if (code === 0 && _PyEval_LimitReached()) code = 1;
    if (observer !== null) code = observer.afterTeardown(code);
    releaseAllocator();
    return code;
  }

  return {
    exec,
    execInteractive: (source: string) => exec(source, "<stdin>", "single"),
    reportUncaught: handleUncaught,
    finish,
    get failed() {
      return failed;
    },
  } as Session;
}

/** The references the parser's arenas hold while their code runs (one
 *  list per running main module or prompt statement), for the refcount
 *  audit. */
const arenas: PyObject[][] = [];

export function _PyRun_VisitArenas(visit: (o: PyObject) => void): void {
  for (const held of arenas) for (const o of held) visit(o);
}

/** How many sessions are running code right now (their exec or finish is
 *  on the host's stack): the interpreter is one per process, so a new one
 *  cannot start from inside a callback of a running one (an output
 *  callback, a line hook) without wiping the running program's state. */
let running = 0;

/** Throw the embedder's error if a session is running code (see
 *  `running`). */
export function _PyRun_CheckNotRunning(): void {
  if (running > 0) throw new Error("refpy: run() called while a run is in progress");
}

export function internalErrorReport(e: unknown): string {
  try {
    // The exception thrown is the reference the report releases.
    const exc = toPyException(e);
    try {
      return formatException(exc);
    } finally {
      Py_DECREF(exc);
    }
  } catch {
    const msg = e instanceof Error ? e.message : String(e);
    return `SystemError: refpy internal error: ${msg}\n`;
  }
}

export function disassembleSource(
  source: string,
  filename: string,
  out: (s: string) => void,
  err: (s: string) => void,
): number {
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
    const endOffset = e.end_lineno > e.lineno ? text.length : (e.end_offset ?? -1);
    // An IndentationError (TabError) gets one caret, under its start.
    const caretReps = e.kind === "SyntaxError" && endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
    offset--;
    let i = 0;
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\f")) {
      i++;
      offset--;
    }
    text = text.slice(i).replace(/\r?\n$/, "");
    // Clipped to the text's length in UTF-8 bytes (print_error_text's strlen).
    const len = Buffer.byteLength(text, "utf8");
    if (offset > len) offset = len;
    out += "    " + text + "\n";
    if (offset >= 0) out += "    " + " ".repeat(offset) + "^".repeat(caretReps) + "\n";
    void endOffset;
  }
  out += `${e.kind}: ${e.msg}\n`;
  return out;
}

/**
 * The run's eval breaker with the host's SIGINT word polled first (one
 * load at each backward jump, call and native check), when a host
 * delivers SIGINT (vm/hostcontrol.ts).
 */
function withHostControl(limits: (() => void) | null, host: Int32Array | null): (() => void) | null {
  if (host === null) return limits;
  if (limits === null) {
    return () => {
      if (host[HOST_INTERRUPT] !== 0) _PySignal_PollHost();
    };
  }
  return () => {
    if (host[HOST_INTERRUPT] !== 0) _PySignal_PollHost();
    limits();
  };
}

function setNone(d: PyObject, key: string): void {
  PyDict_SetItemString(d, key, Py_None);
}

/**
 * The end of a run, as CPython 3.11 ends `python3 prog.py`:
 *  0. _PyRun_SimpleFileObject removes `__file__` and `__cached__` from
 *     `__main__`'s globals (when it set them) and drops its reference to
 *     `__main__`, which sys.modules alone holds from then on;
 *  1. Py_FinalizeEx: `threading._shutdown()` when `threading` was
 *     imported (wait_for_thread_shutdown), the atexit callbacks (weakref.finalize's exit
 *     function among them), then sys.stdout and sys.stderr flushed
 *     (flush_std_files; false is returned when that fails);
 *  2. with the collector enabled, a full collection (PyGC_Collect, with
 *     gc.callbacks) reclaims leftover cycles;
 *  3. finalize_modules and interpreter_clear (interpreterFinalize,
 *     lifecycle.ts) release the modules, `__main__` among them, in
 *     CPython's order.
 */
function teardown(main: PyObject, globals: PyObject, setFileName: boolean): boolean {
  if (setFileName) {
    for (const name of ["__file__", "__cached__"]) {
      if (PyDict_GetItemString(globals, name) !== null) PyDict_DelItemString(globals, name);
    }
  }
  openShutdownReserve();
  Py_DECREF(main);
  waitForThreadShutdown();
  _PyAtExit_Call();
  const flushed = flushStdFiles();
  PyGC_CollectIfEnabled();
  interpreterFinalize();
  return flushed;
}

/** wait_for_thread_shutdown: a program that imported `threading` has its
 *  `_shutdown()` run (the main thread marked stopped, the threading
 *  module's own exit functions, non-daemon threads joined); a failure is
 *  reported as unraisable. */
function waitForThreadShutdown(): void {
  const modules = PySys_GetObject("modules");
  if (modules === null || !PyDict_Check(modules)) return;
  const threading = PyDict_GetItemString(modules, "threading");
  if (threading === null) return;
  Py_INCREF(threading);
  try {
    Py_DECREF(PyObject_CallMethod(threading, "_shutdown"));
  } catch (e) {
    PyErr_WriteUnraisable(toPyException(e), threading);
  } finally {
    Py_DECREF(threading);
  }
}

/** flush_std_files: flush sys.stdout and sys.stderr unless closed (a
 *  `closed` that cannot be read counts as open). A failure of stdout's
 *  flush is reported as unraisable, stderr's is dropped; false if either
 *  failed. */
function flushStdFiles(): boolean {
  let ok = true;
  for (const name of ["stdout", "stderr"]) {
    const f = PySys_GetObject(name);
    if (f === null || f === Py_None || fileIsClosed(f)) continue;
    try {
      Py_DECREF(PyObject_CallMethod(f, "flush"));
    } catch (e) {
      const exc = toPyException(e);
      if (name === "stdout") PyErr_WriteUnraisable(exc, f);
      else Py_DECREF(exc);
      ok = false;
    }
  }
  return ok;
}

function fileIsClosed(f: PyObject): boolean {
  try {
    const closed = _PyObject_LookupAttr(f, _Py_ID("closed"));
    if (closed === null) return false;
    try {
      return PyObject_IsTrue(closed);
    } finally {
      Py_DECREF(closed);
    }
  } catch (e) {
    Py_DECREF(toPyException(e));
    return false;
  }
}

/** sys.warnoptions from -W, and the `warnings` module imported to apply
 *  them (warnings._processoptions; CPython's init_sys_streams-time import). */
function initWarnOptions(warnoptions: string[], err: (s: string) => void): void {
  const list = PySys_GetObject("warnoptions");
  if (list === null || !PyList_Check(list)) return;
  for (const o of warnoptions) {
    const s = PyUnicode_FromString(o);
    PyList_Append(list, s);
    Py_DECREF(s);
  }
  const name = PyUnicode_FromString("warnings");
  try {
    Py_DECREF(PyImport_Import(name));
  } catch (e) {
    err(internalErrorReport(e));
  } finally {
    Py_DECREF(name);
  }
}
