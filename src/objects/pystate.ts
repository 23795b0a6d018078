/**
 * The thread state and the interpreter state (CPython's Include/cpython/
 * pystate.h, Python/pystate.c): one interpreter, one thread.
 *
 * This module is a leaf: it imports nothing but types, so every layer
 * above the heap (the objects, the eval loop, the modules, the runtime)
 * can read the state without importing the loop.
 *
 * The one call from the objects into the eval loop (a generator resuming
 * its frame, a Python function called from native code) goes through
 * `interp.eval_frame`, which the runtime installs at start-up, as CPython
 * 3.11's `_PyEval_EvalFrame` goes through `interp->eval_frame`.
 */
import type { PyObject } from "../heap/object.js";
import type { InterpFrame } from "./frameobject.js";

/** One entry of the "handled exception" stack (CPython's _PyErr_StackItem):
 *  the exception an `except` block is handling, or null/None. Generators
 *  own one each and link it in while they run. */
export class ExcInfo {
  exc_value: PyObject | null;
  previous_item: ExcInfo | null;
  constructor() {
    this.exc_value = null;
    this.previous_item = null;
  }
}

/** The eval loop's entry (CPython's _PyFrameEvalFunction). */
export type EvalFrameFunc = (entry: InterpFrame, throwExc: PyObject | null) => PyObject;

function evalFrameMissing(): PyObject {
  throw new Error("the eval loop is not installed (interpreter not initialized)");
}

/** The interpreter state: the run's sys.modules, builtins and sys modules
 *  (owned references, set by the runtime at start-up and released at
 *  finalization), and the frame evaluator. */
export const interp = {
  builtins: null as PyObject | null,
  sys: null as PyObject | null,
  modules: null as PyObject | null,
  /** The built-in `__import__` (borrowed from the builtins dict): IMPORT_NAME
   *  calls the import machinery directly while it has not been replaced. */
  import_func: null as PyObject | null,
  eval_frame: evalFrameMissing as EvalFrameFunc,
  /** The builtins dict as start-up left it (CPython's
   *  interp->builtins_copy, owned): shutdown restores the builtins from it
   *  before it collects (finalize_restore_builtins). */
  builtins_copy: null as PyObject | null,
  /** Shutdown has emptied sys.modules: modules written in Python (the
   *  warnings machinery CPython prints warnings with, `io`, which
   *  CPython's traceback printing reads source lines with) are out of
   *  reach. */
  finalizing: false,
  /** Shutdown has wiped the modules' dicts, CPython's importlib among
   *  them (`_frozen_importlib._find_and_load` is None): an import that
   *  sys.modules cannot satisfy calls None. */
  importlib_cleared: false,
  /** sys.addaudithook's hooks (objects/sysaudit.ts): a list (owned,
   *  untracked), null until the first hook. */
  audit_hooks: null as PyObject | null,
  /** The innermost frame when os._exit (or a signal's default action)
   *  ended the run: the host's stack unwound past the frames without
   *  releasing what they hold, which the next run's start releases
   *  (runtime/lifecycle.ts). */
  exit_frame: null as InterpFrame | null,
};

/** tstate.use_tracing's bits. */
export const TRACING_LINE_HOOK = 1;
export const TRACING_SYS = 2;

/** use_tracing after a change of the trace or profile function or of
 *  tstate.tracing (PyThreadState_EnterTracing / LeaveTracing). */
export function _PyThreadState_UpdateTracing(): void {
  const on = (tstate.c_traceobj !== null || tstate.c_profileobj !== null) && tstate.tracing === 0;
  tstate.use_tracing = (tstate.use_tracing & ~TRACING_SYS) | (on ? TRACING_SYS : 0);
}

/** Set tstate.lineHook. */
export function _PyThreadState_SetLineHook(hook: ((frame: InterpFrame, lineno: number) => void) | null): void {
  tstate.lineHook = hook;
  tstate.use_tracing = (tstate.use_tracing & ~TRACING_LINE_HOOK) | (hook !== null ? TRACING_LINE_HOOK : 0);
}

/** The thread state (one interpreter, one thread). */
export const tstate = {
  /** The innermost running frame (cframe.current_frame). */
  frame: null as InterpFrame | null,
  /** Recursion depth: Python frames running plus native re-entries counted
   *  by Py_EnterRecursiveCall. */
  depth: 0,
  /** sys.getrecursionlimit(). */
  limit: 1000,
  /** Native nesting: native re-entries (Py_EnterRecursiveCall) and eval
   *  loops started from native code, each of which takes host stack (a
   *  Python call from Python takes none). Deep enough, every
   *  C_STACK_CHECK_INTERVAL-th level checks the host stack's headroom
   *  (PyOS_CheckStack). */
  c_depth: 0,
  exc_info: new ExcInfo(),
  /** The interpreter's builtins dict (borrowed from interp.builtins). */
  builtins: null as PyObject | null,
  /** Called at each backward jump and call: step limits, interrupts. */
  evalBreaker: null as (() => void) | null,
  /** Called before the first instruction of each new line a frame
   *  executes, and again when a jump goes back to a line's start (the
   *  'line' events of sys.settrace). `frame.lasti` and `frame.stacktop`
   *  are current when it runs. For audits and heap snapshots; it must not
   *  throw. Read when an eval loop starts, so set it before running. */
  lineHook: null as ((frame: InterpFrame, lineno: number) => void) | null,
  /** What the eval loop must call before each instruction (CPython's
   *  cframe.use_tracing): TRACING_LINE_HOOK while lineHook is set
   *  (_PyThreadState_SetLineHook), TRACING_SYS while a sys.settrace or sys.setprofile function is set
   *  and none is running (_PyThreadState_UpdateTracing). 0 costs the loop
   *  one test per instruction. */
  use_tracing: 0,
  /** sys.settrace's and sys.setprofile's functions (c_traceobj,
   *  c_profileobj; owned), and how many trace or profile calls are
   *  running (tstate->tracing: no events are reported while one runs). */
  c_traceobj: null as PyObject | null,
  c_profileobj: null as PyObject | null,
  tracing: 0,
  /** The event the running trace or profile call reports (PyTrace_*; 0,
   *  'call', when none runs, as CPython's zeroed thread state has it):
   *  frame.f_lineno's setter allows a jump only from 'line'. */
  tracing_what: 0,
  /** sys.set_asyncgen_hooks: called with an async generator at its first
   *  iteration, and (taken then) to finalize it (owned references). */
  async_gen_firstiter: null as PyObject | null,
  async_gen_finalizer: null as PyObject | null,
  /** sys.set_coroutine_origin_tracking_depth(): how many frames a new
   *  coroutine's cr_origin records. */
  coroutine_origin_tracking_depth: 0,
  /** The current contextvars Context (owned), made on first use. */
  context: null as PyObject | null,
  /** PyThreadState_GetDict's dict (owned), made on first use: Py_ReprEnter
   *  keeps its `Py_Repr` list there. */
  dict: null as PyObject | null,
};

/** Reset the thread state for a fresh run in the same process. */
export function _PyThreadState_Reset(): void {
  tstate.frame = null;
  tstate.depth = 0;
  tstate.limit = 1000;
  tstate.c_depth = 0;
  tstate.exc_info = new ExcInfo();
  tstate.builtins = null;
  tstate.evalBreaker = null;
  _PyThreadState_SetLineHook(null);
  tstate.c_traceobj = null;
  tstate.c_profileobj = null;
  tstate.tracing = 0;
  tstate.tracing_what = 0;
  tstate.async_gen_firstiter = null;
  tstate.async_gen_finalizer = null;
  tstate.coroutine_origin_tracking_depth = 0;
  tstate.context = null;
  tstate.dict = null;
}

export function Py_GetRecursionLimit(): number {
  return tstate.limit;
}

export function Py_SetRecursionLimit(n: number): void {
  tstate.limit = n;
}

/** The running frame (borrowed), for super(), sys._getframe, locals(). */
export function currentFrame(): InterpFrame | null {
  return tstate.frame;
}

/** Install the frame evaluator (_PyInterpreterState_SetEvalFrameFunc). */
export function _PyInterpreterState_SetEvalFrameFunc(f: EvalFrameFunc): void {
  interp.eval_frame = f;
}

/** Native nesting below which the host stack is not checked, and how
 *  often it is checked above that. */
const C_STACK_CHECK_FROM = 32;
const C_STACK_CHECK_INTERVAL = 8;

/** PYOS_STACK_MARGIN: the host stack kept free, in stack slots (8 bytes):
 *  enough for C_STACK_CHECK_INTERVAL more native levels and for the
 *  unwinding of a RecursionError raised here (finally blocks releasing
 *  references, __del__ and weakref callbacks, building the exception),
 *  which must never meet the host's own overflow part-way. */
const PYOS_STACK_MARGIN = 16384;
const stackProbeArgs: number[] = new Array(PYOS_STACK_MARGIN).fill(0);

function stackProbe(...slots: number[]): number {
  return slots.length;
}

/**
 * PyOS_CheckStack, as CPython's USE_STACKCHECK builds have it: true when
 * the host (JavaScript) stack has less than PYOS_STACK_MARGIN slots left.
 * Calling a function with that many arguments pushes them all on the
 * stack; the engine refuses the call when they do not fit. Only checked
 * at every C_STACK_CHECK_INTERVAL-th native level past C_STACK_CHECK_FROM
 * (the probe is not free), so the margin covers the levels in between.
 */
export function PyOS_CheckStack(): boolean {
  const n = tstate.c_depth;
  if (n < C_STACK_CHECK_FROM || n % C_STACK_CHECK_INTERVAL !== 0) return false;
  try {
    stackProbe(...stackProbeArgs);
    return false;
  } catch (e) {
    if (e instanceof RangeError) return true;
    throw e;
  }
}
