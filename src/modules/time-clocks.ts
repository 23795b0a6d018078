/**
 * The POSIX clock half of the `time` module (CPython's Modules/
 * timemodule.c over clock_gettime(2)): the `CLOCK_*` ids, `clock_gettime`,
 * `clock_gettime_ns`, `clock_getres`, `get_clock_info`, `thread_time`, and
 * `strptime`, which CPython too leaves to Lib/_strptime.py.
 *
 * The clocks are the host's: CLOCK_REALTIME is the wall clock, the
 * monotonic ids share the monotonic clock, the CPU-time ids the process's
 * CPU time (one thread, so the thread's is the process's). Every clock
 * reads through the functions time.ts passes in, so that asyncio's
 * advanced time shows on all of them alike.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF } from "../heap/refcount.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_Add } from "../objects/moduleobject.js";
import { PyFloat_FromDouble } from "../objects/floatobject.js";
import { PyLong_AsBigInt, PyLong_FromBigInt, PyLong_FromNumber, Py_False, Py_True } from "../objects/longobject.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_OSError, PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.js";
import { PyNumber_Index } from "../objects/abstract.js";
import { PyObject_Call } from "../objects/call.js";
import { PyObject_GetAttrString } from "../objects/object.js";
import { PyDict_New, PyDict_SetItemString } from "../objects/dictobject.js";
import { _PyNamespace_New } from "../objects/namespaceobject.js";
import { _PyArg_NoKwnames } from "../objects/getargs.js";
import { PyImport_Import } from "../vm/import.js";

export const CLOCK_REALTIME = 0;
export const CLOCK_MONOTONIC = 1;
export const CLOCK_PROCESS_CPUTIME_ID = 2;
export const CLOCK_THREAD_CPUTIME_ID = 3;
export const CLOCK_MONOTONIC_RAW = 4;
const CLOCK_REALTIME_COARSE = 5;
const CLOCK_MONOTONIC_COARSE = 6;
const CLOCK_BOOTTIME = 7;
const CLOCK_TAI = 11;

/** The readings of the host's clocks, in nanoseconds. */
export interface Clocks {
  wall: () => bigint;
  monotonic: () => bigint;
  cpu: () => bigint;
}

let clocks: Clocks | null = null;

const EINVAL = 22;

function einval(): PyObject {
  const args = [PyLong_FromNumber(EINVAL), PyUnicode_FromString("Invalid argument")];
  try {
    return PyObject_Call(PyExc_OSError, args, null);
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

/** A clk_id argument: an int that fits C's int (as "i" parses it). */
function clockId(o: PyObject): number {
  const idx = PyNumber_Index(o);
  let v: bigint;
  try {
    v = PyLong_AsBigInt(idx);
  } finally {
    Py_DECREF(idx);
  }
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) {
    throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C long");
  }
  if (v > 0x7fffffffn) throw PyErr_Format(PyExc_OverflowError, "signed integer is greater than maximum");
  if (v < -0x80000000n) throw PyErr_Format(PyExc_OverflowError, "signed integer is less than minimum");
  return Number(v);
}

/** clock_gettime(2) in nanoseconds; EINVAL for an id the host lacks. */
function clockNs(id: number): bigint {
  const c = clocks!;
  switch (id) {
    case CLOCK_REALTIME:
    case CLOCK_REALTIME_COARSE:
    case CLOCK_TAI:
      return c.wall();
    case CLOCK_MONOTONIC:
    case CLOCK_MONOTONIC_RAW:
    case CLOCK_MONOTONIC_COARSE:
    case CLOCK_BOOTTIME:
      return c.monotonic();
    case CLOCK_PROCESS_CPUTIME_ID:
    case CLOCK_THREAD_CPUTIME_ID:
      return c.cpu();
    default:
      throw einval();
  }
}

/** clock_getres(2) in seconds: the coarse clocks tick with the kernel's
 *  4 ms jiffy, the others to the nanosecond. */
function clockRes(id: number): number {
  clockNs(id);
  return id === CLOCK_REALTIME_COARSE || id === CLOCK_MONOTONIC_COARSE ? 0.004 : 1e-9;
}

/** PyArg_ParseTuple(args, "i:NAME"): the one clk_id of a METH_VARARGS
 *  function. */
function clockIdArg(fname: string, args: PyObject[], kwnames: PyObject | null): number {
  _PyArg_NoKwnames(fname, kwnames);
  if (args.length !== 1) {
    throw PyErr_Format(PyExc_TypeError, `${fname}() takes exactly 1 argument (${args.length} given)`);
  }
  return clockId(args[0]);
}

function time_clock_gettime(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  return PyFloat_FromDouble(Number(clockNs(clockIdArg("clock_gettime", args, kwnames))) / 1e9);
}

function time_clock_gettime_ns(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  return PyLong_FromBigInt(clockNs(clockIdArg("clock_gettime_ns", args, kwnames)));
}

function time_clock_getres(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  return PyFloat_FromDouble(clockRes(clockIdArg("clock_getres", args, kwnames)));
}

/** What get_clock_info reports for each clock name: the clock_gettime id
 *  it reads, whether it is monotonic and adjustable. */
const CLOCK_INFO: Record<string, [number, boolean, boolean]> = {
  time: [CLOCK_REALTIME, false, true],
  monotonic: [CLOCK_MONOTONIC, true, false],
  perf_counter: [CLOCK_MONOTONIC, true, false],
  process_time: [CLOCK_PROCESS_CPUTIME_ID, true, false],
  thread_time: [CLOCK_THREAD_CPUTIME_ID, true, false],
};

const CLOCK_NAMES = ["CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_THREAD_CPUTIME_ID"];

function time_get_clock_info(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("get_clock_info", kwnames);
  if (args.length !== 1) {
    throw PyErr_Format(PyExc_TypeError, `get_clock_info() takes exactly 1 argument (${args.length} given)`);
  }
  const o = args[0];
  if (!PyUnicode_Check(o)) {
    throw PyErr_Format(PyExc_TypeError, `get_clock_info() argument 1 must be str, not ${o.ob_type.tp_name}`);
  }
  const info = Object.hasOwn(CLOCK_INFO, PyUnicode_AsString(o)) ? CLOCK_INFO[PyUnicode_AsString(o)] : undefined;
  if (info === undefined) throw PyErr_Format(PyExc_ValueError, "unknown clock");
  const [id, monotonic, adjustable] = info;
  const d = PyDict_New();
  try {
    const items: [string, PyObject][] = [
      ["implementation", PyUnicode_FromString(`clock_gettime(${CLOCK_NAMES[id]})`)],
      ["monotonic", monotonic ? Py_True : Py_False],
      ["adjustable", adjustable ? Py_True : Py_False],
      ["resolution", PyFloat_FromDouble(clockRes(id))],
    ];
    for (const [k, v] of items) {
      if (v === Py_True || v === Py_False) PyDict_SetItemString(d, k, v);
      else {
        PyDict_SetItemString(d, k, v);
        Py_DECREF(v);
      }
    }
    return _PyNamespace_New(d);
  } finally {
    Py_DECREF(d);
  }
}

/** time.strptime(string[, format]): _strptime._strptime_time(*args). */
function time_strptime(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("strptime", kwnames);
  const name = PyUnicode_FromString("_strptime");
  let mod: PyObject;
  try {
    mod = PyImport_Import(name);
  } finally {
    Py_DECREF(name);
  }
  let func: PyObject;
  try {
    func = PyObject_GetAttrString(mod, "_strptime_time");
  } finally {
    Py_DECREF(mod);
  }
  try {
    return PyObject_Call(func, args.slice(), null);
  } finally {
    Py_DECREF(func);
  }
}

export const clockFunctions: PyMethodDef[] = [
  { name: "clock_gettime", meth: time_clock_gettime, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "clock_gettime_ns", meth: time_clock_gettime_ns, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "clock_getres", meth: time_clock_getres, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "get_clock_info", meth: time_get_clock_info, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "thread_time", meth: () => PyFloat_FromDouble(Number(clocks!.cpu()) / 1e9), flags: METH_NOARGS },
  { name: "thread_time_ns", meth: () => PyLong_FromBigInt(clocks!.cpu()), flags: METH_NOARGS },
  { name: "strptime", meth: time_strptime, flags: METH_FASTCALL | METH_KEYWORDS },
];

/** Add the CLOCK_* ids and _STRUCT_TM_ITEMS; `c` reads the clocks. */
export function addClocks(m: PyObject, c: Clocks): void {
  clocks = c;
  PyModule_Add(m, "CLOCK_REALTIME", PyLong_FromNumber(CLOCK_REALTIME));
  PyModule_Add(m, "CLOCK_MONOTONIC", PyLong_FromNumber(CLOCK_MONOTONIC));
  PyModule_Add(m, "CLOCK_MONOTONIC_RAW", PyLong_FromNumber(CLOCK_MONOTONIC_RAW));
  PyModule_Add(m, "CLOCK_PROCESS_CPUTIME_ID", PyLong_FromNumber(CLOCK_PROCESS_CPUTIME_ID));
  PyModule_Add(m, "CLOCK_THREAD_CPUTIME_ID", PyLong_FromNumber(CLOCK_THREAD_CPUTIME_ID));
  PyModule_Add(m, "_STRUCT_TM_ITEMS", PyLong_FromNumber(11));
}
