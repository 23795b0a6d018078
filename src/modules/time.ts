/**
 * The `time` module: wall clock (`time`, `time_ns`), monotonic clocks
 * (`perf_counter`, `monotonic`, `process_time` and their `_ns` forms) and
 * `sleep`, which waits for real (a blocking wait: programs are
 * single-threaded and output order is unaffected).
 */
import type { PyObject } from "../heap/object.js";
import { Py_NewRef } from "../heap/refcount.js";
import { METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_AddFunctions, PyModule_New } from "../objects/moduleobject.js";
import { PyFloat_AsDouble, PyFloat_FromDouble } from "../objects/floatobject.js";
import { PyLong_FromBigInt } from "../objects/longobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_ValueError } from "../objects/exceptions.js";

function nowNs(): bigint {
  return BigInt(Date.now()) * 1_000_000n + (process.hrtime.bigint() % 1_000_000n);
}

const sleepBuf = new Int32Array(new SharedArrayBuffer(4));

function time_sleep(_m: PyObject, o: PyObject): PyObject {
  const secs = PyFloat_AsDouble(o);
  if (secs < 0) throw PyErr_Format(PyExc_ValueError, "sleep length must be non-negative");
  if (secs > 0) Atomics.wait(sleepBuf, 0, 0, secs * 1000);
  return Py_NewRef(Py_None);
}

const functions: PyMethodDef[] = [
  { name: "time", meth: () => PyFloat_FromDouble(Date.now() / 1000), flags: METH_NOARGS },
  { name: "time_ns", meth: () => PyLong_FromBigInt(nowNs()), flags: METH_NOARGS },
  { name: "perf_counter", meth: () => PyFloat_FromDouble(Number(process.hrtime.bigint()) / 1e9), flags: METH_NOARGS },
  { name: "perf_counter_ns", meth: () => PyLong_FromBigInt(process.hrtime.bigint()), flags: METH_NOARGS },
  { name: "monotonic", meth: () => PyFloat_FromDouble(Number(process.hrtime.bigint()) / 1e9), flags: METH_NOARGS },
  { name: "monotonic_ns", meth: () => PyLong_FromBigInt(process.hrtime.bigint()), flags: METH_NOARGS },
  { name: "process_time", meth: () => PyFloat_FromDouble(process.cpuUsage().user / 1e6), flags: METH_NOARGS },
  {
    name: "process_time_ns",
    meth: () => PyLong_FromBigInt(BigInt(process.cpuUsage().user) * 1000n),
    flags: METH_NOARGS,
  },
  { name: "sleep", meth: time_sleep, flags: METH_O },
];

export function PyInit_time(): PyObject {
  const m = PyModule_New("time");
  PyModule_AddFunctions(m, functions);
  return m;
}
