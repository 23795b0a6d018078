/**
 * `range`: CPython's Objects/rangeobject.c.
 *
 * A range holds its `start`, `stop`, `step` and computed `length` as int
 * objects (owned references), like CPython; `fast` is true when all four
 * are safe integers, in which case `nstart`/`nstep`/`nlen` mirror them as
 * JS numbers for the hot paths (iteration, indexing, `in`).
 *
 * Iteration uses `range_iterator` (numbers) or `longrange_iterator`
 * (bigints). range objects are not GC objects (48 bytes); neither are
 * their iterators.
 */
import { _Py_CheckInterrupt } from "./eval-breaker.js";
import { PyObject, TPFLAGS_SEQUENCE } from "../heap/object.js";
import { PyObject_Free } from "../heap/gc.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "../heap/refcount.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_IndexError, PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.js";
import { Py_None, Py_NotImplemented } from "./noneobject.js";
import { PyLongObject, PyLong_FromBigInt, PyLong_FromNumber, PyLong_Type, Py_True, Py_False } from "./longobject.js";
import { PyUnicode_FromString, reprString } from "./unicodeobject.js";
import { PyTuple_Pack, _PyTuple_FromArraySteal } from "./tupleobject.js";
import { _PyEval_GetBuiltin } from "./iterreduce.js";
import { PySliceObject } from "./sliceobject.js";
import { METH_NOARGS, METH_O } from "./methoddef.js";
import { _PyArg_CheckPositional, _PyArg_NoKwnames } from "./getargs.js";
import { PyNumber_Index, PyObject_Hash, PyObject_RichCompareBool, PyIndex_Check } from "./abstract.js";
import { registerLengthHint } from "./seqslots.js";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

export class PyRangeObject extends PyObject {
  start: PyLongObject;
  stop: PyLongObject;
  step: PyLongObject;
  length: PyLongObject;
  fast: boolean;
  nstart: number;
  nstep: number;
  nlen: number;
  constructor(start: PyLongObject, stop: PyLongObject, step: PyLongObject, length: PyLongObject) {
    super(PyRange_Type, 48);
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = length;
    this.fast = start.big === null && stop.big === null && step.big === null && length.big === null;
    this.nstart = start.v;
    this.nstep = step.v;
    this.nlen = length.v;
  }
}

function range_dealloc(self: PyObject): void {
  const r = self as PyRangeObject;
  Py_DECREF(r.start);
  Py_DECREF(r.stop);
  Py_DECREF(r.step);
  Py_DECREF(r.length);
  PyObject_Free(r);
}

export const PyRange_Type: PyTypeObject = newStaticType("range", 48, TPFLAGS_SEQUENCE, range_dealloc);
PyRange_Type.tp_vectorcall = true; // range_vectorcall

function big(o: PyLongObject): bigint {
  return o.big === null ? BigInt(o.v) : o.big;
}

function computeLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return stop < start ? (start - stop - 1n) / -step + 1n : 0n;
}

function computeLengthNum(start: number, stop: number, step: number): number {
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

/** A new range from three ints (borrowed). */
export function make_range_object(start: PyLongObject, stop: PyLongObject, step: PyLongObject): PyRangeObject {
  let length: PyLongObject;
  if (
    start.big === null &&
    stop.big === null &&
    step.big === null &&
    Math.abs(start.v) < 2 ** 52 &&
    Math.abs(stop.v) < 2 ** 52
  ) {
    length = PyLong_FromNumber(computeLengthNum(start.v, stop.v, step.v));
  } else {
    length = PyLong_FromBigInt(computeLength(big(start), big(stop), big(step)));
  }
  Py_INCREF(start);
  Py_INCREF(stop);
  Py_INCREF(step);
  return new PyRangeObject(start, stop, step, length);
}

/** range(n) with a JS number, for internal use. */
export function PyRange_FromNumbers(start: number, stop: number, step: number): PyRangeObject {
  const a = PyLong_FromNumber(start);
  const b = PyLong_FromNumber(stop);
  const c = PyLong_FromNumber(step);
  try {
    return make_range_object(a, b, c);
  } finally {
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(c);
  }
}

function range_new(_type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("range", kwnames);
  const n = args.length;
  _PyArg_CheckPositional("range", n, 1, 3);
  const vals: PyLongObject[] = [];
  try {
    for (const a of args) vals.push(PyNumber_Index(a) as PyLongObject);
    let start: PyLongObject;
    let stop: PyLongObject;
    let step: PyLongObject;
    if (n === 1) {
      start = PyLong_FromNumber(0);
      vals.push(start);
      stop = vals[0];
      step = PyLong_FromNumber(1);
      vals.push(step);
    } else {
      start = vals[0];
      stop = vals[1];
      if (n === 3) step = vals[2];
      else {
        step = PyLong_FromNumber(1);
        vals.push(step);
      }
      if (step.big === null && step.v === 0) throw PyErr_Format(PyExc_ValueError, "range() arg 3 must not be zero");
    }
    return make_range_object(start, stop, step);
  } finally {
    for (const v of vals) Py_DECREF(v);
  }
}

function range_repr(self: PyObject): PyObject {
  const r = self as PyRangeObject;
  if (r.step.big === null && r.step.v === 1) {
    return PyUnicode_FromString(`range(${reprString(r.start)}, ${reprString(r.stop)})`);
  }
  return PyUnicode_FromString(`range(${reprString(r.start)}, ${reprString(r.stop)}, ${reprString(r.step)})`);
}

function range_length(self: PyObject): number {
  const r = self as PyRangeObject;
  if (r.length.big !== null) {
    throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  return r.length.v;
}

function range_bool(self: PyObject): boolean {
  const r = self as PyRangeObject;
  return r.length.big !== null || r.length.v !== 0;
}

/** r[i] for 0 <= i < len as an int object. */
function compute_item(r: PyRangeObject, i: bigint | number): PyObject {
  if (r.fast && typeof i === "number") {
    const v = r.nstart + i * r.nstep;
    if (Math.abs(v) <= MAX_SAFE) return PyLong_FromNumber(v);
  }
  return PyLong_FromBigInt(big(r.start) + BigInt(i) * big(r.step));
}

function range_item(self: PyObject, i: number): PyObject {
  const r = self as PyRangeObject;
  if (i < 0 || (r.length.big === null && i >= r.length.v)) {
    throw PyErr_Format(PyExc_IndexError, "range object index out of range");
  }
  return compute_item(r, i);
}

function range_subscript(self: PyObject, key: PyObject): PyObject {
  const r = self as PyRangeObject;
  if (key instanceof PySliceObject) return range_slice(r, key);
  if (!(key instanceof PyLongObject) && !PyIndex_Check(key)) {
    throw PyErr_Format(PyExc_TypeError, `range indices must be integers or slices, not ${key.ob_type.tp_name}`);
  }
  const io = PyNumber_Index(key) as PyLongObject;
  try {
    if (r.fast && io.big === null) {
      let i = io.v;
      if (i < 0) i += r.nlen;
      if (i < 0 || i >= r.nlen) throw PyErr_Format(PyExc_IndexError, "range object index out of range");
      return compute_item(r, i);
    }
    let i = big(io);
    const len = big(r.length);
    if (i < 0n) i += len;
    if (i < 0n || i >= len) throw PyErr_Format(PyExc_IndexError, "range object index out of range");
    return compute_item(r, i);
  } finally {
    Py_DECREF(io);
  }
}

/** r[slice]: another range (computed with bigints, as compute_slice). */
function range_slice(r: PyRangeObject, s: PySliceObject): PyObject {
  const len = big(r.length);
  const get = (o: PyObject): bigint | null => {
    if (o === Py_None) return null;
    const i = PyNumber_Index(o) as PyLongObject;
    try {
      return big(i);
    } finally {
      Py_DECREF(i);
    }
  };
  let step = get(s.step) ?? 1n;
  if (step === 0n) throw PyErr_Format(PyExc_ValueError, "slice step cannot be zero");
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? len - 1n : len;
  const clamp = (v: bigint | null, dflt: bigint): bigint => {
    if (v === null) return dflt;
    if (v < 0n) {
      v += len;
      if (v < lower) v = lower;
    } else if (v > upper) v = upper;
    return v;
  };
  const start = clamp(get(s.start), neg ? upper : lower);
  const stop = clamp(get(s.stop), neg ? lower : upper);
  const rstep = big(r.step);
  const rstart = big(r.start);
  const a = PyLong_FromBigInt(rstart + start * rstep);
  const b = PyLong_FromBigInt(rstart + stop * rstep);
  step = step * rstep;
  const c = PyLong_FromBigInt(step);
  try {
    return make_range_object(a, b, c);
  } finally {
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(c);
  }
}

/** Is the int `v` in range r? */
function range_contains_long(r: PyRangeObject, v: PyLongObject): boolean {
  if (r.fast && v.big === null) {
    const start = r.nstart;
    const step = r.nstep;
    const stop = start + r.nlen * step;
    const x = v.v;
    if (step > 0 ? x < start || x >= stop : x > start || x <= stop) return false;
    return (x - start) % step === 0;
  }
  const x = big(v);
  const start = big(r.start);
  const stop = big(r.stop);
  const step = big(r.step);
  if (step > 0n ? x < start || x >= stop : x > start || x <= stop) return false;
  return (x - start) % step === 0n;
}

function range_contains(self: PyObject, ob: PyObject): boolean {
  const r = self as PyRangeObject;
  if (ob.ob_type === PyLong_Type || ob.ob_type === Py_True.ob_type) return range_contains_long(r, ob as PyLongObject);
  // Generic: compare with every element.
  const it = range_iter(r);
  try {
    for (let x = it.ob_type.tp_iternext!(it); x !== null; x = it.ob_type.tp_iternext!(it)) {
      try {
        _Py_CheckInterrupt();
        if (PyObject_RichCompareBool(x, ob, Py_EQ)) return true;
      } finally {
        Py_DECREF(x);
      }
    }
  } finally {
    Py_DECREF(it);
  }
  return false;
}

function range_equals(a: PyRangeObject, b: PyRangeObject): boolean {
  if (a === b) return true;
  if (!PyObject_RichCompareBool(a.length, b.length, Py_EQ)) return false;
  if (a.length.big === null && a.length.v === 0) return true;
  if (!PyObject_RichCompareBool(a.start, b.start, Py_EQ)) return false;
  if (a.length.big === null && a.length.v === 1) return true;
  return PyObject_RichCompareBool(a.step, b.step, Py_EQ);
}

function range_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyRangeObject) || !(b instanceof PyRangeObject) || (op !== Py_EQ && op !== Py_NE)) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  const eq = range_equals(a, b);
  const r = eq === (op === Py_EQ) ? Py_True : Py_False;
  r.ob_refcnt++;
  return r;
}

function range_hash(self: PyObject): number {
  const r = self as PyRangeObject;
  const empty = r.length.big === null && r.length.v === 0;
  const one = r.length.big === null && r.length.v === 1;
  const t = PyTuple_Pack(r.length, empty ? Py_None : r.start, empty || one ? Py_None : r.step);
  try {
    return PyObject_Hash(t);
  } finally {
    Py_DECREF(t);
  }
}

function range_count(self: PyObject, arg: PyObject): PyObject {
  const r = self as PyRangeObject;
  const ob = arg;
  if (ob.ob_type === PyLong_Type || ob.ob_type === Py_True.ob_type) {
    return PyLong_FromNumber(range_contains_long(r, ob as PyLongObject) ? 1 : 0);
  }
  let n = 0;
  const it = range_iter(r);
  try {
    for (let x = it.ob_type.tp_iternext!(it); x !== null; x = it.ob_type.tp_iternext!(it)) {
      try {
        _Py_CheckInterrupt();
        if (PyObject_RichCompareBool(x, ob, Py_EQ)) n++;
      } finally {
        Py_DECREF(x);
      }
    }
  } finally {
    Py_DECREF(it);
  }
  return PyLong_FromNumber(n);
}

function range_index(self: PyObject, arg: PyObject): PyObject {
  const r = self as PyRangeObject;
  const ob = arg;
  if ((ob.ob_type === PyLong_Type || ob.ob_type === Py_True.ob_type) && range_contains_long(r, ob as PyLongObject)) {
    return PyLong_FromBigInt((big(ob as PyLongObject) - big(r.start)) / big(r.step));
  }
  if (!(ob instanceof PyLongObject)) {
    let i = 0;
    const it = range_iter(r);
    try {
      for (let x = it.ob_type.tp_iternext!(it); x !== null; x = it.ob_type.tp_iternext!(it), i++) {
        try {
          _Py_CheckInterrupt();
          if (PyObject_RichCompareBool(x, ob, Py_EQ)) return PyLong_FromNumber(i);
        } finally {
          Py_DECREF(x);
        }
      }
    } finally {
      Py_DECREF(it);
    }
  }
  throw PyErr_Format(PyExc_ValueError, `${reprString(ob)} is not in range`);
}

// ---------------------------------------------------------------- iterators

/** range_iterator: start, step and remaining length as numbers. */
/** The next value is `start`, `len` values remain; `index` counts the
 *  values given so far (3.11 pickles the iterator as its range and this
 *  index). */
export class PyRangeIterObject extends PyObject {
  start: number;
  step: number;
  len: number;
  index: number;
  constructor(start: number, step: number, len: number) {
    super(PyRangeIter_Type, 48);
    this.start = start;
    this.step = step;
    this.len = len;
    this.index = 0;
  }
}

export class PyLongRangeIterObject extends PyObject {
  start: bigint;
  step: bigint;
  len: bigint;
  index: bigint;
  constructor(start: bigint, step: bigint, len: bigint) {
    super(PyLongRangeIter_Type, 48);
    this.start = start;
    this.step = step;
    this.len = len;
    this.index = 0n;
  }
}

function free_dealloc(self: PyObject): void {
  PyObject_Free(self);
}

export const PyRangeIter_Type: PyTypeObject = newStaticType("range_iterator", 48, 0, free_dealloc);
export const PyLongRangeIter_Type: PyTypeObject = newStaticType("longrange_iterator", 48, 0, free_dealloc);

function rangeiter_next(self: PyObject): PyObject | null {
  const it = self as PyRangeIterObject;
  if (it.len > 0) {
    const v = it.start;
    it.start = v + it.step;
    it.len--;
    it.index++;
    return PyLong_FromNumber(v);
  }
  return null;
}

function longrangeiter_next(self: PyObject): PyObject | null {
  const it = self as PyLongRangeIterObject;
  if (it.len > 0n) {
    const v = it.start;
    it.start = v + it.step;
    it.len -= 1n;
    it.index += 1n;
    return PyLong_FromBigInt(v);
  }
  return null;
}

function self_iter(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

function rangeiter_len(self: PyObject): number {
  return (self as PyRangeIterObject).len;
}
function longrangeiter_len(self: PyObject): number {
  return Number((self as PyLongRangeIterObject).len);
}

PyRangeIter_Type.tp_iter = self_iter;
PyRangeIter_Type.tp_iternext = rangeiter_next;
PyLongRangeIter_Type.tp_iter = self_iter;
PyLongRangeIter_Type.tp_iternext = longrangeiter_next;
/** rangeiter_reduce: (iter, (range(first, first + total*step, step),),
 *  index), `first` the value the iterator started from. */
function rangeiterReduce(first: bigint, total: bigint, step: bigint, index: bigint): PyObject {
  const iter = _PyEval_GetBuiltin("iter");
  const a = PyLong_FromBigInt(first);
  const b = PyLong_FromBigInt(first + total * step);
  const c = PyLong_FromBigInt(step);
  let range: PyObject;
  try {
    range = make_range_object(a as PyLongObject, b as PyLongObject, c as PyLongObject);
  } finally {
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(c);
  }
  return _PyTuple_FromArraySteal([iter, _PyTuple_FromArraySteal([range]), PyLong_FromBigInt(index)]);
}

function rangeiter_reduce(self: PyObject): PyObject {
  const it = self as PyRangeIterObject;
  const step = BigInt(it.step);
  const index = BigInt(it.index);
  return rangeiterReduce(BigInt(it.start) - index * step, index + BigInt(it.len), step, index);
}

function longrangeiter_reduce(self: PyObject): PyObject {
  const it = self as PyLongRangeIterObject;
  return rangeiterReduce(it.start - it.index * it.step, it.index + it.len, it.step, it.index);
}

/** The index __setstate__ is given, as an int (PyLong_AsLong's __index__). */
function rangeiterStateIndex(state: PyObject): bigint {
  const i = PyNumber_Index(state) as PyLongObject;
  const v = i.big === null ? BigInt(i.v) : i.big;
  Py_DECREF(i);
  return v;
}

/** rangeiter_setstate: the index silently clipped to [0, total]. */
function rangeiter_setstate(self: PyObject, state: PyObject): PyObject {
  const it = self as PyRangeIterObject;
  let index = rangeiterStateIndex(state);
  if (index < -(2n ** 63n) || index >= 2n ** 63n) {
    throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C long");
  }
  const total = it.index + it.len;
  const first = it.start - it.index * it.step;
  index = index < 0n ? 0n : index > BigInt(total) ? BigInt(total) : index;
  it.index = Number(index);
  it.len = total - it.index;
  it.start = first + it.index * it.step;
  return Py_NewRef(Py_None);
}

function longrangeiter_setstate(self: PyObject, state: PyObject): PyObject {
  const it = self as PyLongRangeIterObject;
  let index = rangeiterStateIndex(state);
  const total = it.index + it.len;
  const first = it.start - it.index * it.step;
  index = index < 0n ? 0n : index > total ? total : index;
  it.index = index;
  it.len = total - index;
  it.start = first + index * it.step;
  return Py_NewRef(Py_None);
}

PyRangeIter_Type.tp_methods = [
  { name: "__length_hint__", meth: (s: PyObject) => PyLong_FromNumber(rangeiter_len(s)), flags: METH_NOARGS },
  { name: "__reduce__", meth: rangeiter_reduce, flags: METH_NOARGS },
  { name: "__setstate__", meth: rangeiter_setstate, flags: METH_O },
];
PyLongRangeIter_Type.tp_methods = [
  {
    name: "__length_hint__",
    meth: (s: PyObject) => PyLong_FromBigInt((s as PyLongRangeIterObject).len),
    flags: METH_NOARGS,
  },
  { name: "__reduce__", meth: longrangeiter_reduce, flags: METH_NOARGS },
  { name: "__setstate__", meth: longrangeiter_setstate, flags: METH_O },
];
registerLengthHint(PyRangeIter_Type, rangeiter_len);
registerLengthHint(PyLongRangeIter_Type, longrangeiter_len);

function fitsFast(start: bigint, step: bigint, len: bigint): boolean {
  const last = start + (len - 1n) * step;
  const lim = BigInt(MAX_SAFE);
  return (
    start <= lim &&
    start >= -lim &&
    last <= lim &&
    last >= -lim &&
    len <= lim &&
    start + step <= lim &&
    start + step >= -lim
  );
}

function range_iter(self: PyObject): PyObject {
  const r = self as PyRangeObject;
  if (r.fast && Math.abs(r.nstart + r.nlen * r.nstep) <= MAX_SAFE) {
    return new PyRangeIterObject(r.nstart, r.nstep, r.nlen);
  }
  const start = big(r.start);
  const step = big(r.step);
  const len = big(r.length);
  if (fitsFast(start, step, len)) return new PyRangeIterObject(Number(start), Number(step), Number(len));
  return new PyLongRangeIterObject(start, step, len);
}

function range_reversed(self: PyObject): PyObject {
  const r = self as PyRangeObject;
  const len = big(r.length);
  const step = big(r.step);
  const start = big(r.start) + (len - 1n) * step;
  if (len === 0n) return new PyRangeIterObject(0, 1, 0);
  if (fitsFast(start, -step, len)) return new PyRangeIterObject(Number(start), Number(-step), Number(len));
  return new PyLongRangeIterObject(start, -step, len);
}

/** range.__reduce__(): (range, (start, stop, step)). */
function range_reduce(self: PyObject): PyObject {
  const r = self as PyRangeObject;
  return _PyTuple_FromArraySteal([
    Py_NewRef(self.ob_type),
    _PyTuple_FromArraySteal([Py_NewRef(r.start), Py_NewRef(r.stop), Py_NewRef(r.step)]),
  ]);
}

PyRange_Type.tp_methods = [
  { name: "__reduce__", meth: range_reduce, flags: METH_NOARGS },
  { name: "__reversed__", meth: range_reversed, flags: METH_NOARGS },
  { name: "count", meth: range_count, flags: METH_O },
  { name: "index", meth: range_index, flags: METH_O },
];
PyRange_Type.tp_getset = [
  {
    name: "start",
    get: (s) => {
      const o = (s as PyRangeObject).start;
      Py_INCREF(o);
      return o;
    },
    set: null,
  },
  {
    name: "stop",
    get: (s) => {
      const o = (s as PyRangeObject).stop;
      Py_INCREF(o);
      return o;
    },
    set: null,
  },
  {
    name: "step",
    get: (s) => {
      const o = (s as PyRangeObject).step;
      Py_INCREF(o);
      return o;
    },
    set: null,
  },
];

PyRange_Type.tp_repr = range_repr;
PyRange_Type.tp_hash = range_hash;
PyRange_Type.tp_richcompare = range_richcompare;
PyRange_Type.tp_iter = range_iter;
PyRange_Type.tp_new = range_new;
PyRange_Type.nb_bool = range_bool;
PyRange_Type.sq_length = range_length;
PyRange_Type.sq_item = range_item;
PyRange_Type.sq_contains = range_contains;
PyRange_Type.mp_length = range_length;
PyRange_Type.mp_subscript = range_subscript;
