/**
 * `slice`: CPython's Objects/sliceobject.c.
 *
 * A slice holds owned references to `start`, `stop` and `step` (None when
 * omitted). It is a GC object in 3.11 (56 bytes with the GC header).
 * `PySlice_Unpack` + `PySlice_AdjustIndices` turn a slice into concrete
 * indices for a sequence of a given length, exactly as CPython (indices
 * outside Py_ssize_t are clamped, never an error).
 */
import { PyGCObject, type PyObject, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "../heap/refcount.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_TypeError, PyExc_ValueError } from "./exceptions.js";
import { Py_None, Py_NotImplemented } from "./noneobject.js";
import { PyLongObject, PyLong_FromBigInt } from "./longobject.js";
import { PyUnicode_FromString, reprString } from "./unicodeobject.js";
import { PyTuple_Pack, seqRichCompare, _PyTuple_FromArraySteal } from "./tupleobject.js";
import { METH_NOARGS, METH_O } from "./methoddef.js";
import { checkPositional } from "./getargs.js";
import { PyIndex_Check, PyNumber_Index } from "./abstract.js";

const PY_SSIZE_T_MAX = 2 ** 63 - 1;
const PY_SSIZE_T_MIN = -(2 ** 63);

export class PySliceObject extends PyGCObject {
  start: PyObject;
  stop: PyObject;
  step: PyObject;
  constructor(start: PyObject, stop: PyObject, step: PyObject) {
    super(PySlice_Type, 40);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}

function slice_dealloc(self: PyObject): void {
  const s = self as PySliceObject;
  PyObject_GC_UnTrack(s);
  const a = s.start;
  const b = s.stop;
  const c = s.step;
  Py_DECREF(c);
  Py_DECREF(a);
  Py_DECREF(b);
  PyObject_GC_Del(s);
}

export const PySlice_Type: PyTypeObject = newStaticType("slice", 40, TPFLAGS_HAVE_GC, slice_dealloc);

/** slice(start, stop, step): arguments borrowed (null means None). */
export function PySlice_New(start: PyObject | null, stop: PyObject | null, step: PyObject | null): PySliceObject {
  const a = start ?? Py_None;
  const b = stop ?? Py_None;
  const c = step ?? Py_None;
  Py_INCREF(a);
  Py_INCREF(b);
  Py_INCREF(c);
  const s = new PySliceObject(a, b, c);
  PyObject_GC_Track(s);
  return s;
}

export function PySlice_Check(o: PyObject): o is PySliceObject {
  return o instanceof PySliceObject;
}

/** An index value clamped to Py_ssize_t (as _PyEval_SliceIndex). */
function sliceIndexValue(o: PyObject): number {
  if (o instanceof PyLongObject) {
    if (o.big === null) return o.v;
    return o.big > 0n ? PY_SSIZE_T_MAX : PY_SSIZE_T_MIN;
  }
  if (!PyIndex_Check(o)) {
    throw PyErr_Format(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  const i = PyNumber_Index(o);
  try {
    return sliceIndexValue(i);
  } finally {
    Py_DECREF(i);
  }
}

/** PySlice_Unpack: [start, stop, step] with None replaced by extremes. */
export function PySlice_Unpack(s: PySliceObject): [number, number, number] {
  let step: number;
  if (s.step === Py_None) step = 1;
  else {
    step = sliceIndexValue(s.step);
    if (step === 0) throw PyErr_Format(PyExc_ValueError, "slice step cannot be zero");
    if (step < -PY_SSIZE_T_MAX) step = -PY_SSIZE_T_MAX;
  }
  const start = s.start === Py_None ? (step < 0 ? PY_SSIZE_T_MAX : 0) : sliceIndexValue(s.start);
  const stop = s.stop === Py_None ? (step < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX) : sliceIndexValue(s.stop);
  return [start, stop, step];
}

/** PySlice_AdjustIndices: [start, stop, slicelength] for a sequence of `length`. */
export function PySlice_AdjustIndices(
  length: number,
  start: number,
  stop: number,
  step: number,
): [number, number, number] {
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    n = Math.floor((stop - start - 1) / step) + 1;
  }
  return [start, stop, n];
}

function slice_repr(self: PyObject): PyObject {
  const s = self as PySliceObject;
  return PyUnicode_FromString(`slice(${reprString(s.start)}, ${reprString(s.stop)}, ${reprString(s.step)})`);
}

function slice_new(_type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (kwnames !== null && args.length > 0) {
    throw PyErr_Format(PyExc_TypeError, "slice() takes no keyword arguments");
  }
  checkPositional("slice", args, kwnames, 1, 3);
  if (args.length === 1) return PySlice_New(null, args[0], null);
  return PySlice_New(args[0], args[1], args.length > 2 ? args[2] : null);
}

function slice_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!(v instanceof PySliceObject) || !(w instanceof PySliceObject)) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  return seqRichCompare([v.start, v.stop, v.step], [w.start, w.stop, w.step], op);
}

function slice_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const s = self as PySliceObject;
  visit(s.start);
  visit(s.stop);
  visit(s.step);
}

/** slice.indices(length) with arbitrary-size ints (done in bigints). */
function slice_indices(self: PyObject, arg: PyObject): PyObject {
  const s = self as PySliceObject;
  const lo = PyNumber_Index(arg);
  const length = bigOf(lo);
  Py_DECREF(lo);
  if (length < 0n) throw PyErr_Format(PyExc_ValueError, "length should not be negative");
  const get = (o: PyObject): bigint => {
    const i = PyNumber_Index(o);
    try {
      return bigOf(i);
    } finally {
      Py_DECREF(i);
    }
  };
  let step = 1n;
  if (s.step !== Py_None) {
    step = get(s.step);
    if (step === 0n) throw PyErr_Format(PyExc_ValueError, "slice step cannot be zero");
  }
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  const clamp = (o: PyObject, dflt: bigint): bigint => {
    if (o === Py_None) return dflt;
    let v = get(o);
    if (v < 0n) {
      v += length;
      if (v < lower) v = lower;
    } else if (v > upper) v = upper;
    return v;
  };
  const start = clamp(s.start, neg ? upper : lower);
  const stop = clamp(s.stop, neg ? lower : upper);
  const a = longFrom(start);
  const b = longFrom(stop);
  const c = longFrom(step);
  const t = PyTuple_Pack(a, b, c);
  Py_DECREF(a);
  Py_DECREF(b);
  Py_DECREF(c);
  return t;
}

function bigOf(o: PyObject): bigint {
  const l = o as PyLongObject;
  return l.big === null ? BigInt(l.v) : l.big;
}

function longFrom(b: bigint): PyObject {
  return PyLong_FromBigInt(b);
}

function slice_hash_unhashable(self: PyObject): number {
  throw PyErr_Format(PyExc_TypeError, `unhashable type: '${self.ob_type.tp_name}'`);
}

/** slice.__reduce__(): (slice, (start, stop, step)). */
function slice_reduce(self: PyObject): PyObject {
  const r = self as PySliceObject;
  return _PyTuple_FromArraySteal([
    Py_NewRef(self.ob_type),
    _PyTuple_FromArraySteal([Py_NewRef(r.start), Py_NewRef(r.stop), Py_NewRef(r.step)]),
  ]);
}

PySlice_Type.tp_methods = [
  { name: "indices", meth: slice_indices, flags: METH_O },
  { name: "__reduce__", meth: slice_reduce, flags: METH_NOARGS },
];
PySlice_Type.tp_getset = [
  {
    name: "start",
    get: (s) => {
      const o = (s as PySliceObject).start;
      Py_INCREF(o);
      return o;
    },
    set: null,
  },
  {
    name: "stop",
    get: (s) => {
      const o = (s as PySliceObject).stop;
      Py_INCREF(o);
      return o;
    },
    set: null,
  },
  {
    name: "step",
    get: (s) => {
      const o = (s as PySliceObject).step;
      Py_INCREF(o);
      return o;
    },
    set: null,
  },
];

PySlice_Type.tp_repr = slice_repr;
PySlice_Type.tp_new = slice_new;
PySlice_Type.tp_richcompare = slice_richcompare;
PySlice_Type.tp_traverse = slice_traverse;
PySlice_Type.tp_hash = slice_hash_unhashable;
