/**
 * The run's limits and interrupts, and the check that enforces them
 * (what CPython's eval breaker and `PyErr_CheckSignals` do: Python/
 * ceval_gil.c's `_Py_HandlePending`, Modules/signalmodule.c).
 *
 * Two callers reach one check:
 *  - the eval loop calls `tstate.evalBreaker` at every backward jump and
 *    call (a "step");
 *  - long native loops (iterator consumers, sorting, repetition, search,
 *    big-int powers, sleeping …) call `_Py_CheckInterrupt(work)` where
 *    CPython's call `PyErr_CheckSignals()`; every CHECK_INTERVAL units of
 *    work it runs `tstate.evalBreaker` too, and asks it to read the clock.
 *
 * The run's breaker (`_PyEval_CheckLimits`, installed by the runtime when
 * a run has a step limit, a time limit or an interrupt source) is the one
 * place the limits and the embedder's interrupt flag are read:
 *  - more than `stepLimit` steps (a native check counts CHECK_INTERVAL,
 *    one per unit of native work): RuntimeError "refpy step limit
 *    exceeded";
 *  - past the deadline: RuntimeError "refpy time limit exceeded"; once
 *    passed, every later check raises again, so a program that catches
 *    the error still stops;
 *  - `interrupt[0]` nonzero, or `onInterruptCheck()` returning true: the
 *    flag is set back to 0 and the interrupt handler runs, which raises
 *    KeyboardInterrupt unless another is installed
 *    (`_PyOS_SetInterruptHandler`: the signal module's SIGINT handling).
 * The clock and the interrupt source are read every 1024 steps and at
 * every native check, so a run answers within about a millisecond of
 * Python code or CHECK_INTERVAL units of native work.
 *
 * A check throws the Python exception it raises: each native loop that
 * calls it releases what it holds, as on any other error path.
 */
import { PyErr_Format, PyErr_NoArgs, PyThreadLeft } from "./errors.js";
import type { PyObject } from "../heap/object.js";
import { PyExc_KeyboardInterrupt, PyExc_RuntimeError } from "./exceptions.js";
import { tstate } from "./pystate.js";

/** Units of native work between two checks: one is about one iteration
 *  of an iterator consumer (a tenth of a microsecond to a microsecond);
 *  loops doing more per iteration pass a larger weight. */
export const CHECK_INTERVAL = 4096;

let checkCountdown = CHECK_INTERVAL;

/**
 * PyErr_CheckSignals as CPython's long native loops call it: count `work`
 * units, and every CHECK_INTERVAL of them run the eval breaker (limits,
 * interrupts, pending signal handlers), which throws to stop the loop.
 * Costs a subtraction when nothing is due.
 */
export function _Py_CheckInterrupt(work = 1): void {
  if ((checkCountdown -= work) > 0) return;
  checkCountdown = CHECK_INTERVAL;
  const breaker = tstate.evalBreaker;
  if (breaker !== null) {
    limits.clockDue = true;
    breaker();
  }
}

/** What the embedder gives a run to stop it (api/run.ts's RunOptions). */
export interface RunLimits {
  stepLimit?: number;
  timeLimitMs?: number;
  /** A flag the embedder sets (from any thread, e.g. over a
   *  SharedArrayBuffer) to interrupt the run: nonzero = raise
   *  KeyboardInterrupt at the next check, which sets it back to 0. */
  interrupt?: Int32Array;
  /** Called at each check of the clock: true = interrupt the run. */
  onInterruptCheck?: () => boolean;
}

const limits = {
  steps: 0,
  maxSteps: Infinity,
  stepLimit: 0,
  deadline: Infinity,
  timeLimitMs: 0,
  expired: false,
  clockDue: false,
  interrupt: null as Int32Array | null,
  onInterruptCheck: null as (() => boolean) | null,
};

function defaultInterruptHandler(): void {
  throw PyErr_NoArgs(PyExc_KeyboardInterrupt);
}

let interruptHandler: () => void = defaultInterruptHandler;

/** What an interrupt does (default: raise KeyboardInterrupt); null puts
 *  the default back. The signal module installs its SIGINT handling
 *  here, so a program's `signal.signal(SIGINT, …)` handler runs. */
export function _PyOS_SetInterruptHandler(handler: (() => void) | null): void {
  interruptHandler = handler ?? defaultInterruptHandler;
}

/**
 * Arm the limits for a new run (the clock starts now) and return the
 * breaker that enforces them, or null when there is nothing to enforce.
 */
export function _PyEval_SetLimits(options: RunLimits): (() => void) | null {
  limits.steps = 0;
  limits.maxSteps = options.stepLimit ?? Infinity;
  limits.stepLimit = options.stepLimit ?? 0;
  limits.timeLimitMs = options.timeLimitMs ?? 0;
  limits.deadline = options.timeLimitMs === undefined ? Infinity : Date.now() + options.timeLimitMs;
  limits.expired = false;
  limits.clockDue = false;
  limits.interrupt = options.interrupt ?? null;
  limits.onInterruptCheck = options.onInterruptCheck ?? null;
  checkCountdown = CHECK_INTERVAL;
  const none =
    options.stepLimit === undefined &&
    options.timeLimitMs === undefined &&
    options.interrupt === undefined &&
    options.onInterruptCheck === undefined;
  return none ? null : _PyEval_CheckLimits;
}

/** The run's eval breaker: one step; the clock and the interrupt source
 *  every 1024 steps or when a native check asks. */
export function _PyEval_CheckLimits(): void {
  const L = limits;
  // A native check stands for CHECK_INTERVAL units of work: as many steps.
  L.steps += L.clockDue ? CHECK_INTERVAL : 1;
  if (L.steps > L.maxSteps) {
    throw limitError(PyErr_Format(PyExc_RuntimeError, `refpy step limit exceeded (${L.stepLimit} steps)`));
  }
  if (L.expired) throw limitError(timeLimitError());
  if ((L.steps & 0x3ff) !== 0 && !L.clockDue) return;
  L.clockDue = false;
  if (Date.now() > L.deadline) {
    L.expired = true;
    throw limitError(timeLimitError());
  }
  const flag = L.interrupt;
  if (flag !== null && Atomics.load(flag, 0) !== 0) {
    Atomics.store(flag, 0, 0);
    interruptHandler();
  } else if (L.onInterruptCheck !== null && L.onInterruptCheck() === true) {
    interruptHandler();
  }
}

/** Whether a started thread runs (modules/thread.ts keeps it). */
let inThread = false;

export function _PyEval_SetInThread(thread: boolean): void {
  inThread = thread;
}

/** Whether the run's step or time limit stopped it (its error was raised). */
export function _PyEval_LimitReached(): boolean {
  return limits.expired || limits.steps > limits.maxSteps;
}

/** A limit's error stops the run, not a thread in it: raised while a
 *  started thread runs, it is the main thread's (errors.ts PyThreadLeft),
 *  and no handler of the thread sees it. */
function limitError(exc: PyObject): PyObject | PyThreadLeft {
  return inThread ? new PyThreadLeft(exc) : exc;
}

function timeLimitError() {
  return PyErr_Format(PyExc_RuntimeError, `refpy time limit exceeded (${limits.timeLimitMs} ms)`);
}
