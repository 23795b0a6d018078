/**
 * The `_signal` module (CPython 3.11's Modules/signalmodule.c), under
 * Lib/signal.py's enums: Linux's signal numbers, `signal` / `getsignal`
 * keeping a Python handler per signal, `default_int_handler` (raising
 * KeyboardInterrupt), `raise_signal`, `strsignal`, `valid_signals` and
 * `siginterrupt`.
 *
 * refpy runs inside a host that delivers no OS signals to it: a signal is
 * "tripped" only by `raise_signal` and `_thread.interrupt_main`, and
 * SIGINT by a host that shares its control words (vm/hostcontrol.ts; the
 * `refpy` command does, for Ctrl-C and `kill -INT`), and its Python handler
 * runs in PyErr_CheckSignals, as CPython's does: at once after
 * `raise_signal` and `interrupt_main` (CPython checks right after raise()
 * and at the end of a CALL), otherwise at the eval loop's next
 * eval-breaker check (a backward jump). The handler table starts as
 * CPython's does under a shell: SIGINT has `default_int_handler`, SIGPIPE
 * and SIGXFSZ are ignored (SIG_IGN), the others SIG_DFL; 32 and 33,
 * glibc's own, have none (None) and cannot be set (OSError EINVAL, as
 * SIGKILL and SIGSTOP).
 *
 * A signal raised whose handler is SIG_DFL takes its default action:
 * nothing for those the system ignores (SIGCHLD, SIGCONT, SIGURG,
 * SIGWINCH), otherwise the run ends at once with status -signum (a
 * process killed by that signal, as Python's subprocess reports it; the
 * `refpy` command then dies of the signal itself, as CPython's process). The timers (`alarm`, `setitimer`,
 * `getitimer`, ITIMER_*), `pause`, `set_wakeup_fd`, the signal masks and
 * waits (`pthread_sigmask`, `pthread_kill`, `sigpending`, `sigwait`, …)
 * and `pidfd_send_signal` are absent, as on a platform without them:
 * nothing would deliver their signals. programs/DIFFERENCES.md says so.
 *
 * Reference behaviour: the table owns each handler (Handlers[i].func),
 * as CPython's does; `signal` returns the old one (a new reference).
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { onGCReset } from "../heap/gc.js";
import { METH_FASTCALL, METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddFunctions, PyModule_GetDict, PyModule_New } from "../objects/moduleobject.js";
import { PyLong_Check, PyLong_FromNumber } from "../objects/longobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format, PyErr_NewWithArgs, PyProcessExit, PyThreadLeft, toPyException } from "../objects/errors.js";
import { PyErr_WriteUnraisable } from "../objects/errors-display.js";
import { PyExc_KeyboardInterrupt, PyExc_OSError, PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.js";
import { PyObject_Call } from "../objects/call.js";
import { PyObject_RichCompareBool } from "../objects/abstract.js";
import { PyUnicode_FromString } from "../objects/unicodeobject.js";
import { Py_EmptyTuple } from "../objects/tupleobject.js";
import { PySet_Add, PySet_New } from "../objects/setobject.js";
import { PyDict_GetItemString, PyDict_SetItemString } from "../objects/dictobject.js";
import { _PyArg_CheckPositional } from "../objects/getargs.js";
import { asCInt } from "../objects/bytes-methods.js";
import { interp, tstate } from "../objects/pystate.js";
import { _PyFrame_GetFrameObject } from "../objects/frameobject.js";
import { Py_EQ } from "../bytecode/opcodes.js";
import {
  HOST_INTERRUPT,
  HOST_SIGINT_ACTION,
  SIGINT_DEFAULT,
  SIGINT_HANDLER,
  SIGINT_IGNORE,
} from "../vm/hostcontrol.js";

export const NSIG = 65;
export const SIGINT = 2;
const SIG_DFL = 0;
const SIG_IGN = 1;
const EINVAL = 22;

/** Linux's signal numbers, as signalmodule.c adds them. */
const SIGNALS: [string, number][] = [
  ["SIGHUP", 1],
  ["SIGINT", 2],
  ["SIGQUIT", 3],
  ["SIGILL", 4],
  ["SIGTRAP", 5],
  ["SIGIOT", 6],
  ["SIGABRT", 6],
  ["SIGFPE", 8],
  ["SIGKILL", 9],
  ["SIGBUS", 7],
  ["SIGSEGV", 11],
  ["SIGSYS", 31],
  ["SIGPIPE", 13],
  ["SIGALRM", 14],
  ["SIGTERM", 15],
  ["SIGUSR1", 10],
  ["SIGUSR2", 12],
  ["SIGCLD", 17],
  ["SIGCHLD", 17],
  ["SIGPWR", 30],
  ["SIGIO", 29],
  ["SIGURG", 23],
  ["SIGWINCH", 28],
  ["SIGPOLL", 29],
  ["SIGSTOP", 19],
  ["SIGTSTP", 20],
  ["SIGCONT", 18],
  ["SIGTTIN", 21],
  ["SIGTTOU", 22],
  ["SIGVTALRM", 26],
  ["SIGPROF", 27],
  ["SIGXCPU", 24],
  ["SIGXFSZ", 25],
  ["SIGRTMIN", 34],
  ["SIGRTMAX", 64],
  ["SIGSTKFLT", 16],
];

/** glibc's strsignal texts for 1..31 (32 and 33 have none). */
const DESCRIPTIONS = [
  "",
  "Hangup",
  "Interrupt",
  "Quit",
  "Illegal instruction",
  "Trace/breakpoint trap",
  "Aborted",
  "Bus error",
  "Floating point exception",
  "Killed",
  "User defined signal 1",
  "Segmentation fault",
  "User defined signal 2",
  "Broken pipe",
  "Alarm clock",
  "Terminated",
  "Stack fault",
  "Child exited",
  "Continued",
  "Stopped (signal)",
  "Stopped",
  "Stopped (tty input)",
  "Stopped (tty output)",
  "Urgent I/O condition",
  "CPU time limit exceeded",
  "File size limit exceeded",
  "Virtual timer expired",
  "Profiling timer expired",
  "Window changed",
  "I/O possible",
  "Power failure",
  "Bad system call",
];

/** Signals whose default action is to be ignored. */
const DEFAULT_IGNORED = new Set([17, 18, 23, 28]);

/** Signals glibc keeps for itself: no handler, and sigaction fails. */
function reservedSignal(signum: number): boolean {
  return signum === 32 || signum === 33;
}

/** Handlers[i]: the Python handler (owned; null for 32 and 33 and before
 *  the module is first imported) and whether the signal is pending. */
const handlers: (PyObject | null)[] = new Array(NSIG).fill(null);
const tripped: boolean[] = new Array(NSIG).fill(false);
let is_tripped = false;
/** Whether the main thread runs (_Py_ThreadCanHandleSignals): only it
 *  runs handlers (_thread sets it around a thread's run). */
let inMainThread = true;

export function _PySignal_SetMainThread(main: boolean): void {
  inMainThread = main;
}
/** The module's default_int_handler function (owned by the table's
 *  SIGINT entry and the module dict, as CPython's module state). */
let defaultIntHandler: PyObject | null = null;

/** The words shared with a host thread that delivers SIGINT
 *  (vm/hostcontrol.ts), or null when none does. */
let hostControl: Int32Array | null = null;

/** Share `ctl` with the host that delivers SIGINT (null: none). */
export function _PySignal_SetHostControl(ctl: Int32Array | null): void {
  hostControl = ctl;
  publishSigintAction();
}

/** Tell the host what SIGINT's handler is: it kills at once for SIG_DFL
 *  and drops the signal for SIG_IGN, as the OS would. */
function publishSigintAction(): void {
  if (hostControl === null) return;
  const h = handlers[SIGINT];
  let action = SIGINT_HANDLER;
  if (h === null) action = defaultIntHandler === null ? SIGINT_HANDLER : SIGINT_DEFAULT;
  else if (isHandlerConstant(h, SIG_IGN)) action = SIGINT_IGNORE;
  else if (isHandlerConstant(h, SIG_DFL)) action = SIGINT_DEFAULT;
  Atomics.store(hostControl, HOST_SIGINT_ACTION, action);
}

/**
 * The eval breaker's poll of the host's SIGINT word (the C signal
 * handler's half of CPython's SIGINT, run on this thread): take the
 * signal and run its Python handler. Callers test the word first
 * (`ctl[HOST_INTERRUPT] !== 0`), so the common case costs one load.
 */
export function _PySignal_PollHost(): void {
  const ctl = hostControl;
  if (ctl === null || Atomics.exchange(ctl, HOST_INTERRUPT, 0) === 0) return;
  deliver(SIGINT);
  checkHostSignals();
}

/** An embedder's interrupt (the run's `interrupt` flag or
 *  `onInterruptCheck`: objects/eval-breaker.ts): SIGINT arriving, taken
 *  by its handler at once. */
export function _PySignal_Interrupt(): void {
  deliver(SIGINT);
  checkHostSignals();
}

/**
 * Run the handlers of a signal the host delivered. In the main thread,
 * PyErr_CheckSignals. While a started thread runs, the main thread waits
 * in `start()` for it to end (modules/thread.ts), so it could take the
 * signal only once the thread ends, and a thread that never ends (the
 * usual reason to press Ctrl-C) would keep it for ever. So the handlers
 * run at once, on the main thread's behalf: one that returns lets the
 * thread go on (a handler that sets a flag the thread reads); an
 * exception one raises (KeyboardInterrupt from default_int_handler) is the
 * main thread's, raised where it waits, and the thread is left running
 * (PyThreadLeft), as CPython leaves a thread that the signal never
 * reaches.
 */
function checkHostSignals(): void {
  if (inMainThread) {
    PyErr_CheckSignals();
    return;
  }
  inMainThread = true;
  try {
    PyErr_CheckSignals();
  } catch (e) {
    if (e instanceof PyProcessExit || e instanceof PyThreadLeft) throw e;
    throw new PyThreadLeft(e);
  } finally {
    inMainThread = false;
  }
}

/** Whether the host has a SIGINT waiting to be taken. */
export function _PySignal_HostInterruptPending(): boolean {
  return hostControl !== null && Atomics.load(hostControl, HOST_INTERRUPT) !== 0;
}

/**
 * Wait `ms` milliseconds (time.sleep), waking early when the host
 * delivers SIGINT: its handler runs, and the wait goes on for the time
 * left unless the handler raised (PEP 475).
 */
export function _PySignal_InterruptibleWait(ms: number): void {
  const end = performance.now() + ms;
  let left = ms;
  for (;;) {
    const ctl = hostControl;
    if (ctl === null) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, left);
      return;
    }
    if (Atomics.load(ctl, HOST_INTERRUPT) === 0) Atomics.wait(ctl, HOST_INTERRUPT, 0, left);
    _PySignal_PollHost();
    left = end - performance.now();
    if (left <= 0) return;
  }
}

onGCReset(() => {
  handlers.fill(null);
  tripped.fill(false);
  is_tripped = false;
  inMainThread = true;
  breakerArmed = false;
  defaultIntHandler = null;
});

/** Every reference the handler table holds, for the refcount audit. */
export function _PySignal_Visit(visit: (o: PyObject) => void): void {
  for (const h of handlers) if (h !== null) visit(h);
  if (defaultIntHandler !== null) visit(defaultIntHandler);
}

/** _PySignal_Fini: drop the handlers (interpreter shutdown). */
export function _PySignal_Fini(): void {
  const dih = defaultIntHandler;
  defaultIntHandler = null;
  for (let i = 1; i < NSIG; i++) {
    const h = handlers[i];
    handlers[i] = null;
    tripped[i] = false;
    Py_XDECREF(h);
  }
  is_tripped = false;
  Py_XDECREF(dih);
  // The OS's own handling again, as CPython's _PySignal_Fini restores it.
  if (hostControl !== null) Atomics.store(hostControl, HOST_SIGINT_ACTION, SIGINT_DEFAULT);
}

/** compare_handler: is `func` an int (or int subclass) equal to `value`? */
function isHandlerConstant(func: PyObject | null, value: number): boolean {
  if (func === null || !PyLong_Check(func)) return false;
  const v = PyLong_FromNumber(value);
  try {
    return PyObject_RichCompareBool(func, v, Py_EQ);
  } finally {
    Py_DECREF(v);
  }
}

function osErrorEinval(): PyObject {
  const args = [PyLong_FromNumber(EINVAL), PyUnicode_FromString("Invalid argument")];
  try {
    return PyObject_Call(PyExc_OSError, args, null);
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

// ---------------------------------------------------------------- tripping

let breakerArmed = false;

/**
 * trip_signal: mark `signum` pending and arm the eval breaker so the eval
 * loop runs PyErr_CheckSignals at its next check. The breaker in place
 * (step and time limits) is chained: it is put back once this one runs.
 */
export function _PyErr_TripSignal(signum: number): void {
  tripped[signum] = true;
  is_tripped = true;
  if (breakerArmed) return;
  breakerArmed = true;
  const inner = tstate.evalBreaker;
  tstate.evalBreaker = () => {
    if (breakerArmed) {
      breakerArmed = false;
      tstate.evalBreaker = inner;
      PyErr_CheckSignals();
    }
    if (inner !== null) inner();
  };
}

/** PyErr_CheckSignals: run the Python handler of each pending signal;
 *  the first to raise stops the rest (left pending for the next check). */
export function PyErr_CheckSignals(): void {
  if (!is_tripped || !inMainThread) return;
  is_tripped = false;
  for (let i = 1; i < NSIG; i++) {
    if (!tripped[i]) continue;
    tripped[i] = false;
    const func = handlers[i];
    if (func === null && i === SIGINT && defaultIntHandler === null) {
      // Tripped before the module's first import made the table: its
      // handler is default_int_handler's.
      throw PyErr_NewWithArgs(PyExc_KeyboardInterrupt, Py_NewRef(Py_EmptyTuple));
    }
    if (func === null || func === Py_None || isHandlerConstant(func, SIG_IGN) || isHandlerConstant(func, SIG_DFL)) {
      const exc = toPyException(PyErr_Format(PyExc_OSError, `Signal ${i} ignored due to race condition`));
      PyErr_WriteUnraisable(exc, Py_None);
      continue;
    }
    const f = tstate.frame;
    const signum = PyLong_FromNumber(i);
    const frameArg = f === null ? Py_None : _PyFrame_GetFrameObject(f);
    try {
      Py_DECREF(PyObject_Call(func, [signum, frameArg], null));
    } catch (e) {
      is_tripped = true;
      for (let j = i + 1; j < NSIG; j++) if (tripped[j]) _PyErr_TripSignal(j);
      throw e;
    } finally {
      Py_DECREF(signum);
    }
  }
}

/**
 * The OS's handling of `signum` raised in this process: a Python handler
 * trips it (run by PyErr_CheckSignals), SIG_IGN drops it, SIG_DFL takes
 * the default action (see the module comment).
 */
function deliver(signum: number): void {
  const h = handlers[signum];
  if (h === null && signum === SIGINT && defaultIntHandler === null) {
    // Before the module's first import: default_int_handler's.
    tripped[signum] = true;
    is_tripped = true;
    return;
  }
  if (h === null || isHandlerConstant(h, SIG_IGN)) return;
  if (isHandlerConstant(h, SIG_DFL)) {
    if (DEFAULT_IGNORED.has(signum)) return;
    interp.exit_frame = tstate.frame;
    throw new PyProcessExit(-signum);
  }
  tripped[signum] = true;
  is_tripped = true;
}

/** PyErr_SetInterruptEx(signum): simulate `signum` arriving, as
 *  `_thread.interrupt_main` does; a signal without a Python handler
 *  (SIG_DFL, SIG_IGN) is ignored. Returns false if out of range. */
export function PyErr_SetInterruptEx(signum: number): boolean {
  if (signum < 1 || signum >= NSIG) return false;
  if (defaultIntHandler === null) {
    // The module not imported yet: SIGINT has default_int_handler, the
    // others SIG_DFL or SIG_IGN.
    if (signum === SIGINT) _PyErr_TripSignal(signum);
    return true;
  }
  const h = handlers[signum];
  if (h === null || isHandlerConstant(h, SIG_IGN) || isHandlerConstant(h, SIG_DFL)) return true;
  _PyErr_TripSignal(signum);
  return true;
}

// ---------------------------------------------------------------- functions

/** A signal number argument ("i": an index that fits C's int). */
function signalNumber(o: PyObject): number {
  return asCInt(o);
}

function signal_default_int_handler(_m: PyObject, args: PyObject[]): PyObject {
  if (args.length !== 2) {
    throw PyErr_Format(PyExc_TypeError, `default_int_handler expected 2 arguments, got ${args.length}`);
  }
  throw PyErr_NewWithArgs(PyExc_KeyboardInterrupt, Py_NewRef(Py_EmptyTuple));
}

function signal_signal(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("signal", args.length, 2, 2);
  const signum = signalNumber(args[0]);
  const handler = args[1];
  if (signum < 1 || signum >= NSIG) throw PyErr_Format(PyExc_ValueError, "signal number out of range");
  if (
    handler.ob_type.tp_call === null &&
    !isHandlerConstant(handler, SIG_IGN) &&
    !isHandlerConstant(handler, SIG_DFL)
  ) {
    throw PyErr_Format(PyExc_TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  }
  // Check for pending signals before changing the handler.
  PyErr_CheckSignals();
  if (signum === 9 || signum === 19 || reservedSignal(signum)) throw osErrorEinval();
  const old = handlers[signum];
  handlers[signum] = Py_NewRef(handler);
  if (signum === SIGINT) publishSigintAction();
  return old !== null ? old : Py_NewRef(Py_None);
}

function signal_getsignal(_m: PyObject, arg: PyObject): PyObject {
  const signum = signalNumber(arg);
  if (signum < 1 || signum >= NSIG) throw PyErr_Format(PyExc_ValueError, "signal number out of range");
  const h = handlers[signum];
  return Py_NewRef(h !== null ? h : Py_None);
}

function signal_raise_signal(_m: PyObject, arg: PyObject): PyObject {
  const signum = signalNumber(arg);
  if (signum < 0 || signum >= NSIG || reservedSignal(signum)) throw osErrorEinval();
  if (signum !== 0) deliver(signum);
  PyErr_CheckSignals();
  return Py_NewRef(Py_None);
}

function signal_strsignal(_m: PyObject, arg: PyObject): PyObject {
  const signum = signalNumber(arg);
  if (signum < 1 || signum >= NSIG) throw PyErr_Format(PyExc_ValueError, "signal number out of range");
  if (signum < DESCRIPTIONS.length) return PyUnicode_FromString(DESCRIPTIONS[signum]);
  if (reservedSignal(signum)) return Py_NewRef(Py_None);
  return PyUnicode_FromString(`Real-time signal ${signum - 34}`);
}

function signal_valid_signals(_m: PyObject): PyObject {
  const s = PySet_New(null);
  for (let i = 1; i < NSIG; i++) {
    if (reservedSignal(i)) continue;
    const v = PyLong_FromNumber(i);
    try {
      PySet_Add(s, v);
    } finally {
      Py_DECREF(v);
    }
  }
  return s;
}

function signal_siginterrupt(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("siginterrupt", args.length, 2, 2);
  const signum = signalNumber(args[0]);
  asCInt(args[1]); // the flag: no system call is ever interrupted
  if (signum < 1 || signum >= NSIG) throw PyErr_Format(PyExc_ValueError, "signal number out of range");
  if (reservedSignal(signum)) throw osErrorEinval();
  return Py_NewRef(Py_None);
}

const functions: PyMethodDef[] = [
  {
    name: "default_int_handler",
    meth: signal_default_int_handler,
    flags: METH_FASTCALL,
    doc: "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt.",
  },
  {
    name: "getsignal",
    meth: signal_getsignal,
    flags: METH_O,
    doc: "Return the current action for the given signal.\n\nThe return value can be:\n  SIG_IGN -- if the signal is being ignored\n  SIG_DFL -- if the default action for the signal is in effect\n  None    -- if an unknown handler is in effect\n  anything else -- the callable Python object used as a handler",
  },
  {
    name: "raise_signal",
    meth: signal_raise_signal,
    flags: METH_O,
    doc: "Send a signal to the executing process.",
  },
  {
    name: "siginterrupt",
    meth: signal_siginterrupt,
    flags: METH_FASTCALL,
    doc: "Change system call restart behaviour.\n\nIf flag is False, system calls will be restarted when interrupted by\nsignal sig, else system calls will be interrupted.",
  },
  {
    name: "signal",
    meth: signal_signal,
    flags: METH_FASTCALL,
    doc: "Set the action for the given signal.\n\nThe action can be SIG_DFL, SIG_IGN, or a callable Python object.\nThe previous action is returned.  See getsignal() for possible return values.\n\n*** IMPORTANT NOTICE ***\nA signal handler function is called with two arguments:\nthe first is the signal number, the second is the interrupted stack frame.",
  },
  {
    name: "strsignal",
    meth: signal_strsignal,
    flags: METH_O,
    doc: 'Return the system description of the given signal.\n\nReturns the description of signal *signalnum*, such as "Interrupt"\nfor :const:`SIGINT`. Returns :const:`None` if *signalnum* has no\ndescription. Raises :exc:`ValueError` if *signalnum* is invalid.',
  },
  {
    name: "valid_signals",
    meth: signal_valid_signals,
    flags: METH_NOARGS,
    doc: "Return a set of valid signal numbers on this platform.\n\nThe signal numbers returned by this function can be safely passed to\nfunctions like `pthread_sigmask`.",
  },
];

const MODULE_DOC =
  "This module provides mechanisms to use signal handlers in Python.\n\nFunctions:\n\nsignal() -- set the action for a given signal\ngetsignal() -- get the signal action for a given signal\ndefault_int_handler() -- default SIGINT handler\n\nsignal constants:\nSIG_DFL -- used to refer to the system default handler\nSIG_IGN -- used to ignore the signal\nNSIG -- number of defined signals\nSIGINT, SIGTERM, etc. -- signal numbers\n\n*** IMPORTANT NOTICE ***\nA signal handler function is called with two arguments:\nthe first is the signal number, the second is the interrupted stack frame.";

export function PyInit__signal(): PyObject {
  const m = PyModule_New("_signal");
  PyModule_Add(m, "__doc__", PyUnicode_FromString(MODULE_DOC));
  PyModule_AddFunctions(m, functions);
  const dict = PyModule_GetDict(m);
  const add = (name: string, value: number): void => {
    const v = PyLong_FromNumber(value);
    PyDict_SetItemString(dict, name, v);
    Py_DECREF(v);
  };
  add("SIG_DFL", SIG_DFL);
  add("SIG_IGN", SIG_IGN);
  add("NSIG", NSIG);
  for (const [name, value] of SIGNALS) add(name, value);
  // signal_get_set_handlers, once per process: the handlers a shell
  // leaves CPython with, and default_int_handler for SIGINT.
  if (defaultIntHandler === null) {
    defaultIntHandler = Py_NewRef(dictItem(dict, "default_int_handler"));
    for (let i = 1; i < NSIG; i++) {
      if (reservedSignal(i)) continue;
      handlers[i] = PyLong_FromNumber(i === 13 || i === 25 ? SIG_IGN : SIG_DFL);
    }
    Py_DECREF(handlers[SIGINT]!);
    handlers[SIGINT] = Py_NewRef(defaultIntHandler);
    publishSigintAction();
  }
  return m;
}

function dictItem(dict: PyObject, name: string): PyObject {
  const v = PyDict_GetItemString(dict, name);
  if (v === null) throw PyErr_Format(PyExc_ValueError, `${name} missing`);
  return v;
}
