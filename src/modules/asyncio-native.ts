/**
 * The `_asyncio` module: the native helpers of lib/asyncio, refpy's own
 * small asyncio (CPython's `_asyncio` is the C Future and Task; refpy's
 * Future and Task are Python, and this module holds what they cannot do
 * as CPython's C code does):
 *
 *  - `_future_iter(fut)`: the iterator `await fut` drives (CPython's C
 *    FutureIter). Native, so that the result or exception of a finished
 *    future reaches the awaiting coroutine without Python frames of the
 *    Future class in its traceback, as with CPython's C Future. It reads
 *    the Python Future's `_state`, `_result`, `_exception`,
 *    `_exception_tb` and `_asyncio_future_blocking`, and clears
 *    `_log_traceback` when it hands the exception out.
 *  - `_advance_clock(seconds)`: the event loop's wait. Instead of
 *    sleeping until its next timer, the loop moves the clocks of the time
 *    module forward (time.ts), so a program runs at once yet sees the time
 *    CPython's would have seen pass (elapsed times as measured by
 *    time.monotonic, perf_counter and time).
 *  - `_loop_time()`: the loop's clock (`loop.time()`). It moves only by
 *    `_advance_clock`, not with the time the program takes to run, so the
 *    order in which timers come due is the same at any speed (under the
 *    audit or the collector's stress mode too): that of CPython, where
 *    running takes microseconds against the milliseconds of the waits.
 *  - `_format_exception(exc)`: an exception with its traceback, as
 *    tracebacks print (the `exc_info` part of the loop's error log).
 */
import { PyGCObject, type PyObject, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType } from "../objects/typeobject.js";
import { METH_FASTCALL, METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_AddFunctions, PyModule_New } from "../objects/moduleobject.js";
import { PyObject_GetAttrString, PyObject_SetAttrString } from "../objects/object.js";
import { PyObject_CallMethod } from "../objects/call.js";
import { PyObject_IsTrue } from "../objects/abstract.js";
import { PyErr_Format, PyErr_NewWithArgs, PyErr_SetObject, PyExceptionInstance_Check } from "../objects/errors.js";
import {
  PyBaseExceptionObject,
  PyExc_RuntimeError,
  PyExc_StopIteration,
  PyExc_TypeError,
} from "../objects/exceptions.js";
import { Py_None } from "../objects/noneobject.js";
import { Py_False, Py_True } from "../objects/longobject.js";
import { PyFloat_AsDouble, PyFloat_FromDouble } from "../objects/floatobject.js";
import { PyUnicode_AsString, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyTuple_New, PyTuple_Pack, PyTuple_Type } from "../objects/tupleobject.js";
import { formatException } from "../objects/errors-display.js";
import { _PyTime_Advance, _PyTime_Advanced } from "./time.js";

// ---------------------------------------------------------------- FutureIter

class FutureIter extends PyGCObject {
  future: PyObject | null;
  constructor(fut: PyObject) {
    super(FutureIter_Type, 16 + 8);
    this.future = fut;
  }
}

function futureIterNew(_m: PyObject, fut: PyObject): PyObject {
  Py_INCREF(fut);
  const it = new FutureIter(fut);
  PyObject_GC_Track(it);
  return it;
}

/** The future's `_state` as a JS string. */
function stateOf(fut: PyObject): string {
  const s = PyObject_GetAttrString(fut, "_state");
  try {
    return PyUnicode_AsString(s);
  } finally {
    Py_DECREF(s);
  }
}

/** FutureIter_iternext: the future itself while it is pending (the task
 *  waits for it), then its result as StopIteration's value, or its
 *  exception raised with the traceback it was set with. */
function futureIterNext(self: PyObject): PyObject | null {
  const it = self as FutureIter;
  const fut = it.future;
  if (fut === null) return null;
  const state = stateOf(fut);
  if (state === "PENDING") {
    const blocking = PyObject_GetAttrString(fut, "_asyncio_future_blocking");
    const isBlocking = PyObject_IsTrue(blocking);
    Py_DECREF(blocking);
    if (!isBlocking) {
      PyObject_SetAttrString(fut, "_asyncio_future_blocking", Py_True);
      return Py_NewRef(fut);
    }
    throw PyErr_Format(PyExc_RuntimeError, "await wasn't used with future");
  }
  it.future = null;
  try {
    if (state === "CANCELLED") throw PyObject_CallMethod(fut, "_make_cancelled_error");
    const exc = PyObject_GetAttrString(fut, "_exception");
    if (exc !== Py_None) {
      PyObject_SetAttrString(fut, "_log_traceback", Py_False);
      const tb = PyObject_GetAttrString(fut, "_exception_tb");
      if (exc instanceof PyBaseExceptionObject) {
        const old = exc.traceback;
        exc.traceback = tb === Py_None ? null : tb;
        if (tb === Py_None) Py_DECREF(tb);
        Py_XDECREF(old);
      } else {
        Py_DECREF(tb);
      }
      throw exc;
    }
    Py_DECREF(exc);
    const result = PyObject_GetAttrString(fut, "_result");
    try {
      throw stopIteration(result);
    } finally {
      Py_DECREF(result);
    }
  } finally {
    Py_DECREF(fut);
  }
}

/** StopIteration(value) (_PyGen_SetStopIterationValue). */
function stopIteration(value: PyObject): PyObject {
  if (value === Py_None) return PyErr_NewWithArgs(PyExc_StopIteration, PyTuple_New(0));
  if (value.ob_type === PyTuple_Type || PyExceptionInstance_Check(value)) {
    return PyErr_NewWithArgs(PyExc_StopIteration, PyTuple_Pack(value));
  }
  return PyErr_SetObject(PyExc_StopIteration, value);
}

function futureIterSend(self: PyObject, arg: PyObject): PyObject {
  if (arg !== Py_None) {
    throw PyErr_Format(PyExc_TypeError, "can't send non-None value to a FutureIter");
  }
  const r = futureIterNext(self);
  if (r === null) throw PyErr_NewWithArgs(PyExc_StopIteration, PyTuple_New(0));
  return r;
}

/** FutureIter_throw: the exception is raised where the task awaits. */
function futureIterThrow(self: PyObject, args: PyObject[]): PyObject {
  if (args.length < 1 || args.length > 3) {
    throw PyErr_Format(PyExc_TypeError, `throw expected at least 1 argument, got ${args.length}`);
  }
  const it = self as FutureIter;
  const fut = it.future;
  it.future = null;
  if (fut !== null) Py_DECREF(fut);
  const typ = args[0];
  if (PyExceptionInstance_Check(typ)) throw Py_NewRef(typ);
  const val = args.length > 1 ? args[1] : Py_None;
  if (val !== Py_None && PyExceptionInstance_Check(val)) throw Py_NewRef(val);
  throw PyObject_CallMethod(typ, "__call__");
}

const FutureIter_Type = newStaticType("_asyncio.FutureIter", 16 + 8, TPFLAGS_HAVE_GC, (self) => {
  const it = self as FutureIter;
  PyObject_GC_UnTrack(it);
  const fut = it.future;
  it.future = null;
  Py_XDECREF(fut);
  PyObject_GC_Del(it);
});
FutureIter_Type.tp_traverse = (self, visit) => {
  const fut = (self as FutureIter).future;
  if (fut !== null) visit(fut);
};
FutureIter_Type.tp_iter = (self) => Py_NewRef(self);
FutureIter_Type.tp_iternext = futureIterNext;
FutureIter_Type.tp_methods = [
  { name: "send", flags: METH_O, meth: futureIterSend },
  { name: "throw", flags: METH_FASTCALL, meth: futureIterThrow },
  {
    name: "close",
    flags: METH_NOARGS,
    meth: (self: PyObject) => {
      const it = self as FutureIter;
      const fut = it.future;
      it.future = null;
      Py_XDECREF(fut);
      return Py_NewRef(Py_None);
    },
  },
];

// ---------------------------------------------------------------- clock, errors

function advanceClock(_m: PyObject, seconds: PyObject): PyObject {
  const secs = PyFloat_AsDouble(seconds);
  if (secs > 0) _PyTime_Advance(secs);
  return Py_NewRef(Py_None);
}

/** Where the loop's clock starts (the monotonic clock when the module is
 *  made, once per run). */
let loopTimeBaseNs = 0n;

function loopTime(): PyObject {
  return PyFloat_FromDouble(Number(loopTimeBaseNs + _PyTime_Advanced()) / 1e9);
}

function formatExceptionText(_m: PyObject, exc: PyObject): PyObject {
  return PyUnicode_FromString(formatException(exc));
}

const functions: PyMethodDef[] = [
  { name: "_future_iter", flags: METH_O, meth: futureIterNew },
  { name: "_advance_clock", flags: METH_O, meth: advanceClock },
  { name: "_loop_time", flags: METH_NOARGS, meth: loopTime },
  { name: "_format_exception", flags: METH_O, meth: formatExceptionText },
];

export function PyInit__asyncio(): PyObject {
  loopTimeBaseNs = process.hrtime.bigint() - _PyTime_Advanced();
  const m = PyModule_New("_asyncio");
  PyModule_AddFunctions(m, functions);
  return m;
}
