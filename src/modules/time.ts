/**
 * The `time` module: wall clock (`time`, `time_ns`), monotonic clocks
 * (`perf_counter`, `monotonic`, `process_time` and their `_ns` forms) and
 * `sleep`, which waits for real (a blocking wait: programs are
 * single-threaded and output order is unaffected).
 *
 * The clocks other than process_time include `advancedNs`, the time
 * asyncio's event loop has let pass without waiting (_PyTime_Advance,
 * called by _asyncio._advance_clock): to the program, time went by as it
 * would have while CPython's loop slept. It starts at zero in each run.
 */
import type { PyObject } from "../heap/object.js";
import { Py_NewRef } from "../heap/refcount.js";
import { METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_AddFunctions, PyModule_New } from "../objects/moduleobject.js";
import { PyFloat_AsDouble, PyFloat_FromDouble } from "../objects/floatobject.js";
import { PyLong_FromBigInt } from "../objects/longobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { addCalendar, calendarFunctions } from "./time-calendar.js";
import { addClocks, clockFunctions } from "./time-clocks.js";
import { PyExc_ValueError } from "../objects/exceptions.js";
import { CHECK_INTERVAL, _Py_CheckInterrupt } from "../objects/eval-breaker.js";
import { _PySignal_InterruptibleWait } from "./signal.js";

let advancedNs = 0n;

/** The time the clocks have been moved forward by, in nanoseconds. */
export function _PyTime_Advanced(): bigint {
  return advancedNs;
}

/** Move the clocks forward by `seconds` (rounded to nanoseconds). */
export function _PyTime_Advance(seconds: number): void {
  advancedNs += BigInt(Math.round(seconds * 1e9));
}

function nowNs(): bigint {
  return BigInt(Date.now()) * 1_000_000n + (process.hrtime.bigint() % 1_000_000n) + advancedNs;
}

function monotonicNs(): bigint {
  return process.hrtime.bigint() + advancedNs;
}

function cpuNs(): bigint {
  return BigInt(process.cpuUsage().user) * 1000n;
}

const SLEEP_SLICE_MS = 50;

function time_sleep(_m: PyObject, o: PyObject): PyObject {
  const secs = PyFloat_AsDouble(o);
  if (secs < 0) throw PyErr_Format(PyExc_ValueError, "sleep length must be non-negative");
  // In slices of at most SLEEP_SLICE_MS with the eval breaker's check
  // between, so that a time limit or an interrupt ends the sleep (as a
  // signal ends CPython's select() with EINTR); a SIGINT from the host
  // wakes a slice at once.
  if (secs > 0) {
    const end = performance.now() + secs * 1000;
    for (;;) {
      const left = end - performance.now();
      if (left <= 0) break;
      _PySignal_InterruptibleWait(Math.min(left, SLEEP_SLICE_MS));
      _Py_CheckInterrupt(CHECK_INTERVAL);
    }
  }
  return Py_NewRef(Py_None);
}

const functions: PyMethodDef[] = [
  { name: "time", meth: () => PyFloat_FromDouble(Date.now() / 1000 + Number(advancedNs) / 1e9), flags: METH_NOARGS },
  { name: "time_ns", meth: () => PyLong_FromBigInt(nowNs()), flags: METH_NOARGS },
  { name: "perf_counter", meth: () => PyFloat_FromDouble(Number(monotonicNs()) / 1e9), flags: METH_NOARGS },
  { name: "perf_counter_ns", meth: () => PyLong_FromBigInt(monotonicNs()), flags: METH_NOARGS },
  { name: "monotonic", meth: () => PyFloat_FromDouble(Number(monotonicNs()) / 1e9), flags: METH_NOARGS },
  { name: "monotonic_ns", meth: () => PyLong_FromBigInt(monotonicNs()), flags: METH_NOARGS },
  { name: "process_time", meth: () => PyFloat_FromDouble(process.cpuUsage().user / 1e6), flags: METH_NOARGS },
  {
    name: "process_time_ns",
    meth: () => PyLong_FromBigInt(cpuNs()),
    flags: METH_NOARGS,
  },
  { name: "sleep", meth: time_sleep, flags: METH_O },
];

export function PyInit_time(): PyObject {
  advancedNs = 0n;
  const m = PyModule_New("time");
  PyModule_AddFunctions(m, functions);
  PyModule_AddFunctions(m, calendarFunctions);
  addCalendar(m);
  PyModule_AddFunctions(m, clockFunctions);
  addClocks(m, { wall: nowNs, monotonic: monotonicNs, cpu: cpuNs });
  return m;
}
