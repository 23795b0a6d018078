/**
 * Generic iterators: CPython's Objects/iterobject.c and the tuple
 * iterator of tupleobject.c.
 *
 *  - `tuple_iterator`: index + owned reference to the tuple;
 *  - `iterator` (seqiter): for objects with `__getitem__` but no
 *    `__iter__`: calls sq_item/mp_subscript with 0, 1, 2… until
 *    IndexError (or StopIteration);
 *  - `callable_iterator`: `iter(callable, sentinel)`.
 * Each releases its reference to the underlying object when exhausted.
 */
import { PyGCObject, type PyObject, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "../heap/refcount.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import { Py_EQ } from "../bytecode/opcodes.js";
import { PyErr_ExceptionMatches } from "./errors.js";
import { PyExc_IndexError, PyExc_StopIteration } from "./exceptions.js";
import { PyLong_FromNumber } from "./longobject.js";
import { type PyTupleObject, Py_EmptyTuple, _PyTuple_FromArraySteal } from "./tupleobject.js";
import { Py_None, Py_NotImplemented } from "./noneobject.js";
import { METH_NOARGS, METH_O } from "./methoddef.js";
import { PyObject_RichCompareBool, PyObject_GetItem, PyObject_Size, _PyObject_HasLen } from "./abstract.js";
import { PyObject_Call } from "./call.js";
import { registerLengthHint } from "./seqslots.js";
import { _PyEval_GetBuiltin, exhaustedIterReduce, seqIterReduce, setstateIndex } from "./iterreduce.js";

function self_iter(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

// ---------------------------------------------------------------- tuple_iterator

export class PyTupleIterObject extends PyGCObject {
  it_index: number;
  it_seq: PyTupleObject | null;
  constructor(seq: PyTupleObject) {
    super(PyTupleIter_Type, 32);
    this.it_index = 0;
    seq.ob_refcnt++;
    this.it_seq = seq;
    PyObject_GC_Track(this);
  }
}

function tupleiter_dealloc(self: PyObject): void {
  const it = self as PyTupleIterObject;
  PyObject_GC_UnTrack(it);
  const seq = it.it_seq;
  it.it_seq = null;
  if (seq !== null) Py_DECREF(seq);
  PyObject_GC_Del(it);
}

function tupleiter_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const seq = (self as PyTupleIterObject).it_seq;
  if (seq !== null) visit(seq);
}

function tupleiter_next(self: PyObject): PyObject | null {
  const it = self as PyTupleIterObject;
  const seq = it.it_seq;
  if (seq === null) return null;
  const i = it.it_index;
  if (i < seq.ob_item.length) {
    it.it_index = i + 1;
    const x = seq.ob_item[i];
    x.ob_refcnt++;
    return x;
  }
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
}

function tupleiter_len(self: PyObject): number {
  const it = self as PyTupleIterObject;
  return it.it_seq === null ? 0 : it.it_seq.ob_item.length - it.it_index;
}

function tupleiter_reduce(self: PyObject): PyObject {
  const it = self as PyTupleIterObject;
  const iter = _PyEval_GetBuiltin("iter");
  if (it.it_seq !== null) return seqIterReduce(iter, it.it_seq, it.it_index);
  return exhaustedIterReduce(iter, Py_NewRef(Py_EmptyTuple));
}

function tupleiter_setstate(self: PyObject, state: PyObject): PyObject {
  const it = self as PyTupleIterObject;
  const index = setstateIndex(state, 0, it.it_seq === null ? 0 : it.it_seq.ob_item.length);
  if (it.it_seq !== null) it.it_index = index;
  return Py_NewRef(Py_None);
}

export const PyTupleIter_Type: PyTypeObject = newStaticType("tuple_iterator", 32, TPFLAGS_HAVE_GC, tupleiter_dealloc);
PyTupleIter_Type.tp_iter = self_iter;
PyTupleIter_Type.tp_iternext = tupleiter_next;
PyTupleIter_Type.tp_traverse = tupleiter_traverse;
PyTupleIter_Type.tp_methods = [
  { name: "__length_hint__", meth: (s: PyObject) => PyLong_FromNumber(tupleiter_len(s)), flags: METH_NOARGS },
  { name: "__reduce__", meth: tupleiter_reduce, flags: METH_NOARGS },
  { name: "__setstate__", meth: tupleiter_setstate, flags: METH_O },
];
registerLengthHint(PyTupleIter_Type, tupleiter_len);

export function seqiter_new_tuple(t: PyTupleObject): PyObject {
  return new PyTupleIterObject(t);
}

// ---------------------------------------------------------------- seqiter

export class PySeqIterObject extends PyGCObject {
  it_index: number;
  it_seq: PyObject | null;
  constructor(seq: PyObject) {
    super(PySeqIter_Type, 32);
    this.it_index = 0;
    seq.ob_refcnt++;
    this.it_seq = seq;
    PyObject_GC_Track(this);
  }
}

function seqiter_dealloc(self: PyObject): void {
  const it = self as PySeqIterObject;
  PyObject_GC_UnTrack(it);
  const seq = it.it_seq;
  it.it_seq = null;
  if (seq !== null) Py_DECREF(seq);
  PyObject_GC_Del(it);
}

function seqiter_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const seq = (self as PySeqIterObject).it_seq;
  if (seq !== null) visit(seq);
}

function iter_iternext(self: PyObject): PyObject | null {
  const it = self as PySeqIterObject;
  const seq = it.it_seq;
  if (seq === null) return null;
  const idx = PyLong_FromNumber(it.it_index);
  try {
    const r = PyObject_GetItem(seq, idx);
    it.it_index++;
    return r;
  } catch (e) {
    if (PyErr_ExceptionMatches(e, PyExc_IndexError) || PyErr_ExceptionMatches(e, PyExc_StopIteration)) {
      Py_DECREF(e as PyObject);
      it.it_seq = null;
      Py_DECREF(seq);
      return null;
    }
    throw e;
  } finally {
    Py_DECREF(idx);
  }
}

export const PySeqIter_Type: PyTypeObject = newStaticType("iterator", 32, TPFLAGS_HAVE_GC, seqiter_dealloc);
PySeqIter_Type.tp_iter = self_iter;
PySeqIter_Type.tp_iternext = iter_iternext;
PySeqIter_Type.tp_traverse = seqiter_traverse;

/** iter_len: the sequence's length less the index; NotImplemented when
 *  the sequence has no length. */
function iter_len(self: PyObject): PyObject {
  const it = self as PySeqIterObject;
  if (it.it_seq !== null) {
    if (!_PyObject_HasLen(it.it_seq)) return Py_NewRef(Py_NotImplemented);
    const len = PyObject_Size(it.it_seq) - it.it_index;
    if (len >= 0) return PyLong_FromNumber(len);
  }
  return PyLong_FromNumber(0);
}

function iter_reduce(self: PyObject): PyObject {
  const it = self as PySeqIterObject;
  const iter = _PyEval_GetBuiltin("iter");
  if (it.it_seq !== null) return seqIterReduce(iter, it.it_seq, it.it_index);
  return exhaustedIterReduce(iter, Py_NewRef(Py_EmptyTuple));
}

/** iter_setstate: a negative index becomes 0; there is no upper clamp. */
function iter_setstate(self: PyObject, state: PyObject): PyObject {
  const it = self as PySeqIterObject;
  const index = setstateIndex(state, 0, Number.MAX_SAFE_INTEGER);
  if (it.it_seq !== null) it.it_index = index;
  return Py_NewRef(Py_None);
}

PySeqIter_Type.tp_methods = [
  { name: "__length_hint__", meth: iter_len, flags: METH_NOARGS },
  { name: "__reduce__", meth: iter_reduce, flags: METH_NOARGS },
  { name: "__setstate__", meth: iter_setstate, flags: METH_O },
];

/** iter(seq) for a sequence without __iter__. */
export function PySeqIter_New(seq: PyObject): PyObject {
  return new PySeqIterObject(seq);
}

// ---------------------------------------------------------------- callable_iterator

export class PyCallIterObject extends PyGCObject {
  it_callable: PyObject | null;
  it_sentinel: PyObject | null;
  constructor(callable: PyObject, sentinel: PyObject) {
    super(PyCallIter_Type, 32);
    callable.ob_refcnt++;
    sentinel.ob_refcnt++;
    this.it_callable = callable;
    this.it_sentinel = sentinel;
    PyObject_GC_Track(this);
  }
}

function calliter_clear_refs(it: PyCallIterObject): void {
  const c = it.it_callable;
  const s = it.it_sentinel;
  it.it_callable = null;
  it.it_sentinel = null;
  if (c !== null) Py_DECREF(c);
  if (s !== null) Py_DECREF(s);
}

function calliter_dealloc(self: PyObject): void {
  const it = self as PyCallIterObject;
  PyObject_GC_UnTrack(it);
  calliter_clear_refs(it);
  PyObject_GC_Del(it);
}

function calliter_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const it = self as PyCallIterObject;
  if (it.it_callable !== null) visit(it.it_callable);
  if (it.it_sentinel !== null) visit(it.it_sentinel);
}

function calliter_iternext(self: PyObject): PyObject | null {
  const it = self as PyCallIterObject;
  const callable = it.it_callable;
  if (callable === null) return null;
  let result: PyObject;
  try {
    result = PyObject_Call(callable, [], null);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, PyExc_StopIteration)) {
      Py_DECREF(e as PyObject);
      calliter_clear_refs(it);
      return null;
    }
    throw e;
  }
  let ok: boolean;
  try {
    ok = PyObject_RichCompareBool(it.it_sentinel!, result, Py_EQ);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  if (ok) {
    Py_DECREF(result);
    calliter_clear_refs(it);
    return null;
  }
  return result;
}

export const PyCallIter_Type: PyTypeObject = newStaticType("callable_iterator", 32, TPFLAGS_HAVE_GC, calliter_dealloc);
PyCallIter_Type.tp_iter = self_iter;
PyCallIter_Type.tp_iternext = calliter_iternext;
PyCallIter_Type.tp_traverse = calliter_traverse;

/** calliter_reduce: (iter, (callable, sentinel)), or (iter, ((),)) once exhausted. */
function calliter_reduce(self: PyObject): PyObject {
  const it = self as PyCallIterObject;
  const iter = _PyEval_GetBuiltin("iter");
  if (it.it_callable !== null && it.it_sentinel !== null) {
    return _PyTuple_FromArraySteal([
      iter,
      _PyTuple_FromArraySteal([Py_NewRef(it.it_callable), Py_NewRef(it.it_sentinel)]),
    ]);
  }
  return exhaustedIterReduce(iter, Py_NewRef(Py_EmptyTuple));
}
PyCallIter_Type.tp_methods = [{ name: "__reduce__", meth: calliter_reduce, flags: METH_NOARGS }];

/** iter(callable, sentinel). */
export function PyCallIter_New(callable: PyObject, sentinel: PyObject): PyObject {
  return new PyCallIterObject(callable, sentinel);
}
