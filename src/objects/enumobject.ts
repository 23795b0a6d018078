/**
 * `enumerate` and `reversed` (CPython's Objects/enumobject.c), and the
 * lazy builtins `map`, `filter` and `zip` (Python/bltinmodule.c).
 *
 * Each is a GC object holding owned references to its iterators /
 * function, released on dealloc (no dealloc order subtleties: they hold
 * at most a handful of references, released in field order as CPython's).
 */
import { PyGCObject, PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack, _PyObject_GC_IS_TRACKED } from "../heap/gc.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "../heap/refcount.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_TypeError, PyExc_ValueError } from "./exceptions.js";
import { Py_None } from "./noneobject.js";
import { type PyLongObject, PyLong_FromNumber, PyLong_FromBigInt, Py_True } from "./longobject.js";
import {
  PyTuple_New,
  PyTuple_Pack,
  PyTuple_SET_ITEM,
  PyTuple_GET_ITEM,
  PyTuple_GET_SIZE,
  Py_EmptyTuple,
  _PyTuple_FromArraySteal,
} from "./tupleobject.js";
import { Py_GenericAlias } from "./genericaliasobject.js";
import { PyUnicode_AsString } from "./unicodeobject.js";
import {
  newArgParser,
  _PyArg_CheckPositional,
  _PyArg_UnpackKeywords,
  _PyArg_NoKwnames,
  nkw,
  invalidKeyword,
} from "./getargs.js";
import {
  PyObject_GetIter,
  PyIter_Next,
  PyObject_IsTrue,
  PyNumber_Index,
  PyObject_Size,
  _PyObject_LookupSpecialString,
  PySequence_GetItem,
  _PyObject_HasLen,
  PySequence_Check,
} from "./abstract.js";
import { PyObject_Call } from "./call.js";
import { registerLengthHint } from "./seqslots.js";
import { METH_CLASS, METH_NOARGS, METH_O } from "./methoddef.js";
import type { PyTupleObject } from "./tupleobject.js";
import { exhaustedIterReduce, seqIterReduce, setstateIndex } from "./iterreduce.js";

function self_iter(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

// ---------------------------------------------------------------- enumerate

export class PyEnumObject extends PyGCObject {
  en_index: number;
  en_longindex: bigint | null;
  /** The iterator (null only while enum_new runs). */
  en_sit: PyObject | null;
  /** The result holder, handed out again by enum_next while nobody else
   *  holds it (null only while enum_new runs). */
  en_result: PyTupleObject | null;
  constructor(type: PyTypeObject) {
    super(type, 56);
    this.en_index = 0;
    this.en_longindex = null;
    this.en_sit = null;
    this.en_result = null;
  }
}

function enum_dealloc(self: PyObject): void {
  const e = self as PyEnumObject;
  PyObject_GC_UnTrack(e);
  if (e.en_sit !== null) Py_DECREF(e.en_sit);
  if (e.en_result !== null) Py_DECREF(e.en_result);
  PyObject_GC_Del(e);
}

function enum_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const e = self as PyEnumObject;
  if (e.en_sit !== null) visit(e.en_sit);
  if (e.en_result !== null) visit(e.en_result);
}

const enumParser = newArgParser("enumerate", ["iterable", "start"], 1, 0, -1);

/** enumerate.__new__ (and a subclass's call): Argument Clinic's parser. */
function enum_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [iterable, start] = _PyArg_UnpackKeywords(args, kwnames, enumParser, [null, null]);
  return enum_new_impl(type, iterable!, start);
}

/** enumerate_vectorcall: `enumerate(...)` itself checks its one or two
 *  arguments by hand (no parser, so no tuple of keyword names). */
function enumerate_vectorcall(type: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const nkw = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
  const nargs = args.length - nkw;
  const checkKeyword = (i: number, name: string) => {
    const key = PyTuple_GET_ITEM(kwnames!, i);
    if (PyUnicode_AsString(key) !== name) throw invalidKeyword("enumerate", key);
  };
  if (nargs + nkw === 2) {
    if (nkw === 1) checkKeyword(0, "start");
    else if (nkw === 2) {
      checkKeyword(0, "iterable");
      checkKeyword(1, "start");
    }
    return enum_new_impl(type as PyTypeObject, args[0], args[1]);
  }
  if (nargs + nkw === 1) {
    if (nkw === 1) checkKeyword(0, "iterable");
    return enum_new_impl(type as PyTypeObject, args[0], null);
  }
  if (nargs === 0) throw PyErr_Format(PyExc_TypeError, "enumerate() missing required argument 'iterable'");
  throw PyErr_Format(PyExc_TypeError, `enumerate() takes at most 2 arguments (${nargs + nkw} given)`);
}

/** enum_new_impl: as CPython's, the object first (tp_alloc tracks it),
 *  then the iterator, then the result holder (None, None). */
function enum_new_impl(type: PyTypeObject, iterable: PyObject, start: PyObject | null): PyObject {
  const e = new PyEnumObject(type);
  PyObject_GC_Track(e);
  try {
    if (start !== null) {
      const s = PyNumber_Index(start) as PyLongObject;
      if (s.big === null) e.en_index = s.v;
      else e.en_longindex = s.big;
      Py_DECREF(s);
    }
    e.en_sit = PyObject_GetIter(iterable);
    e.en_result = PyTuple_Pack(Py_None, Py_None);
  } catch (err) {
    Py_DECREF(e);
    throw err;
  }
  return e;
}

function enum_next(self: PyObject): PyObject | null {
  const e = self as PyEnumObject;
  const item = PyIter_Next(e.en_sit!);
  if (item === null) return null;
  let idx: PyObject;
  if (e.en_longindex !== null) {
    idx = PyLong_FromBigInt(e.en_longindex);
    e.en_longindex += 1n;
  } else {
    idx = PyLong_FromNumber(e.en_index);
    if (e.en_index >= Number.MAX_SAFE_INTEGER) e.en_longindex = BigInt(e.en_index) + 1n;
    else e.en_index++;
  }
  let result = e.en_result!;
  if (result.ob_refcnt === 1) {
    Py_INCREF(result);
    const oldIndex = result.ob_item[0];
    const oldItem = result.ob_item[1];
    result.ob_item[0] = idx;
    result.ob_item[1] = item;
    Py_DECREF(oldIndex);
    Py_DECREF(oldItem);
    // bpo-42536: the collector may have untracked the recycled tuple.
    if (!_PyObject_GC_IS_TRACKED(result)) PyObject_GC_Track(result);
    return result;
  }
  result = PyTuple_New(2);
  PyTuple_SET_ITEM(result, 0, idx);
  PyTuple_SET_ITEM(result, 1, item);
  return result;
}

export const PyEnum_Type: PyTypeObject = newStaticType(
  "enumerate",
  56,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
  enum_dealloc,
);
PyEnum_Type.tp_vectorcall = true;
PyEnum_Type.tp_vectorcall_fn = enumerate_vectorcall;
PyEnum_Type.tp_new = enum_new;
PyEnum_Type.tp_iter = self_iter;
PyEnum_Type.tp_iternext = enum_next;
PyEnum_Type.tp_traverse = enum_traverse;

/** enum_reduce: (type, (iterator, next index)). */
function enum_reduce(self: PyObject): PyObject {
  const e = self as PyEnumObject;
  const index = e.en_longindex !== null ? PyLong_FromBigInt(e.en_longindex) : PyLong_FromNumber(e.en_index);
  return _PyTuple_FromArraySteal([Py_NewRef(e.ob_type), _PyTuple_FromArraySteal([Py_NewRef(e.en_sit!), index])]);
}
PyEnum_Type.tp_methods = [
  { name: "__reduce__", meth: enum_reduce, flags: METH_NOARGS },
  { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS },
];

// ---------------------------------------------------------------- reversed

export class PyReversedObject extends PyGCObject {
  index: number;
  seq: PyObject | null;
  constructor(type: PyTypeObject, seq: PyObject, n: number) {
    super(type, 32);
    this.index = n - 1;
    this.seq = seq;
  }
}

function reversed_dealloc(self: PyObject): void {
  const r = self as PyReversedObject;
  PyObject_GC_UnTrack(r);
  const s = r.seq;
  r.seq = null;
  if (s !== null) Py_DECREF(s);
  PyObject_GC_Del(r);
}

function reversed_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const s = (self as PyReversedObject).seq;
  if (s !== null) visit(s);
}

function reversed_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (type === PyReversed_Type) _PyArg_NoKwnames("reversed", kwnames);
  _PyArg_CheckPositional("reversed", args.length, 1, 1);
  const seq = args[0];
  const rev = _PyObject_LookupSpecialString(seq, "__reversed__");
  if (rev === Py_None) {
    Py_DECREF(rev);
    throw PyErr_Format(PyExc_TypeError, `'${seq.ob_type.tp_name}' object is not reversible`);
  }
  if (rev !== null) {
    try {
      return PyObject_Call(rev, [], null);
    } finally {
      Py_DECREF(rev);
    }
  }
  const t = seq.ob_type;
  if (!PySequence_Check(seq) || !_PyObject_HasLen(seq)) {
    throw PyErr_Format(PyExc_TypeError, `'${t.tp_name}' object is not reversible`);
  }
  const n = PyObject_Size(seq);
  Py_INCREF(seq);
  const r = new PyReversedObject(type, seq, n);
  PyObject_GC_Track(r);
  return r;
}

function reversed_next(self: PyObject): PyObject | null {
  const r = self as PyReversedObject;
  const seq = r.seq;
  if (seq === null) return null;
  if (r.index >= 0) {
    try {
      const item = PySequence_GetItem(seq, r.index);
      r.index--;
      return item;
    } catch (e) {
      if (e instanceof PyObject && (e.ob_type.tp_name === "IndexError" || e.ob_type.tp_name === "StopIteration")) {
        Py_DECREF(e);
      } else throw e;
    }
  }
  r.index = -1;
  r.seq = null;
  Py_DECREF(seq);
  return null;
}

function reversed_len(self: PyObject): number {
  const r = self as PyReversedObject;
  if (r.seq === null) return 0;
  const n = PyObject_Size(r.seq);
  return n < r.index + 1 ? 0 : r.index + 1;
}

export const PyReversed_Type: PyTypeObject = newStaticType(
  "reversed",
  32,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
  reversed_dealloc,
);
PyReversed_Type.tp_new = reversed_new;
PyReversed_Type.tp_vectorcall = true; // reversed_vectorcall
PyReversed_Type.tp_iter = self_iter;
PyReversed_Type.tp_iternext = reversed_next;
PyReversed_Type.tp_traverse = reversed_traverse;
function reversed_reduce(self: PyObject): PyObject {
  const r = self as PyReversedObject;
  if (r.seq !== null) return seqIterReduce(Py_NewRef(r.ob_type), r.seq, r.index);
  return exhaustedIterReduce(Py_NewRef(r.ob_type), Py_NewRef(Py_EmptyTuple));
}

function reversed_setstate(self: PyObject, state: PyObject): PyObject {
  const r = self as PyReversedObject;
  const n = r.seq === null ? 0 : PyObject_Size(r.seq);
  const index = setstateIndex(state, -1, n - 1);
  if (r.seq !== null) r.index = index;
  return Py_NewRef(Py_None);
}

PyReversed_Type.tp_methods = [
  { name: "__length_hint__", meth: (s: PyObject) => PyLong_FromNumber(reversed_len(s)), flags: METH_NOARGS },
  { name: "__reduce__", meth: reversed_reduce, flags: METH_NOARGS },
  { name: "__setstate__", meth: reversed_setstate, flags: METH_O },
];
registerLengthHint(PyReversed_Type, reversed_len);

// ---------------------------------------------------------------- map

export class PyMapObject extends PyGCObject {
  /** A tuple of the iterators, as CPython's `lz->iters`. */
  iters: PyTupleObject;
  func: PyObject;
  constructor(type: PyTypeObject, func: PyObject, iters: PyTupleObject) {
    super(type, 32);
    this.iters = iters;
    this.func = func;
  }
}

function map_dealloc(self: PyObject): void {
  const m = self as PyMapObject;
  PyObject_GC_UnTrack(m);
  Py_DECREF(m.iters);
  Py_DECREF(m.func);
  PyObject_GC_Del(m);
}

function map_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const m = self as PyMapObject;
  visit(m.iters);
  visit(m.func);
}

/** map_new and map_vectorcall: the tuple for the iterators first, then
 *  each iterator into it, then the map object. */
function map_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (type === PyMap_Type) _PyArg_NoKwnames("map", kwnames);
  if (args.length < 2) throw PyErr_Format(PyExc_TypeError, "map() must have at least two arguments.");
  const iters = PyTuple_New(args.length - 1) as PyTupleObject;
  try {
    for (let i = 1; i < args.length; i++) PyTuple_SET_ITEM(iters, i - 1, PyObject_GetIter(args[i]));
  } catch (e) {
    Py_DECREF(iters);
    throw e;
  }
  Py_INCREF(args[0]);
  const m = new PyMapObject(type, args[0], iters);
  PyObject_GC_Track(m);
  return m;
}

function map_next(self: PyObject): PyObject | null {
  const m = self as PyMapObject;
  const argv: PyObject[] = [];
  try {
    for (const it of m.iters.ob_item) {
      const x = PyIter_Next(it);
      if (x === null) return null;
      argv.push(x);
    }
    return PyObject_Call(m.func, argv, null);
  } finally {
    for (const x of argv) Py_DECREF(x);
  }
}

export const PyMap_Type: PyTypeObject = newStaticType("map", 32, TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE, map_dealloc);
PyMap_Type.tp_vectorcall = true; // map_vectorcall
PyMap_Type.tp_new = map_new;
PyMap_Type.tp_iter = self_iter;
PyMap_Type.tp_iternext = map_next;
PyMap_Type.tp_traverse = map_traverse;

/** map_reduce: (type, (func, *iterators)). */
function map_reduce(self: PyObject): PyObject {
  const m = self as PyMapObject;
  const args = [Py_NewRef(m.func)];
  for (const it of m.iters.ob_item) args.push(Py_NewRef(it));
  return _PyTuple_FromArraySteal([Py_NewRef(m.ob_type), _PyTuple_FromArraySteal(args)]);
}
PyMap_Type.tp_methods = [{ name: "__reduce__", meth: map_reduce, flags: METH_NOARGS }];

// ---------------------------------------------------------------- filter

export class PyFilterObject extends PyGCObject {
  func: PyObject;
  it: PyObject;
  constructor(type: PyTypeObject, func: PyObject, it: PyObject) {
    super(type, 32);
    this.func = func;
    this.it = it;
  }
}

function filter_dealloc(self: PyObject): void {
  const f = self as PyFilterObject;
  PyObject_GC_UnTrack(f);
  Py_DECREF(f.func);
  Py_DECREF(f.it);
  PyObject_GC_Del(f);
}

function filter_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const f = self as PyFilterObject;
  visit(f.it);
  visit(f.func);
}

function filter_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (type === PyFilter_Type) _PyArg_NoKwnames("filter", kwnames);
  _PyArg_CheckPositional("filter", args.length, 2, 2);
  const it = PyObject_GetIter(args[1]);
  Py_INCREF(args[0]);
  const f = new PyFilterObject(type, args[0], it);
  PyObject_GC_Track(f);
  return f;
}

function filter_next(self: PyObject): PyObject | null {
  const f = self as PyFilterObject;
  const checkTrue = f.func === Py_None || f.func === Py_True.ob_type;
  for (;;) {
    const item = PyIter_Next(f.it);
    if (item === null) return null;
    let ok: boolean;
    try {
      if (checkTrue) ok = PyObject_IsTrue(item);
      else {
        const good = PyObject_Call(f.func, [item], null);
        try {
          ok = PyObject_IsTrue(good);
        } finally {
          Py_DECREF(good);
        }
      }
    } catch (e) {
      Py_DECREF(item);
      throw e;
    }
    if (ok) return item;
    Py_DECREF(item);
  }
}

export const PyFilter_Type: PyTypeObject = newStaticType(
  "filter",
  32,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
  filter_dealloc,
);
PyFilter_Type.tp_vectorcall = true; // filter_vectorcall
PyFilter_Type.tp_new = filter_new;
PyFilter_Type.tp_iter = self_iter;
PyFilter_Type.tp_iternext = filter_next;
PyFilter_Type.tp_traverse = filter_traverse;

/** filter_reduce: (type, (func, iterator)). */
function filter_reduce(self: PyObject): PyObject {
  const f = self as PyFilterObject;
  return _PyTuple_FromArraySteal([Py_NewRef(f.ob_type), _PyTuple_FromArraySteal([Py_NewRef(f.func), Py_NewRef(f.it)])]);
}
PyFilter_Type.tp_methods = [{ name: "__reduce__", meth: filter_reduce, flags: METH_NOARGS }];

// ---------------------------------------------------------------- zip

export class PyZipObject extends PyGCObject {
  /** The tuple of iterators. */
  ittuple: PyTupleObject;
  /** The result holder: handed out again by zip_next while nobody else
   *  holds it (a `for a, b in zip(...)` loop makes no tuple per step). */
  result: PyTupleObject;
  strict: boolean;
  constructor(type: PyTypeObject, ittuple: PyTupleObject, result: PyTupleObject, strict: boolean) {
    super(type, 48);
    this.ittuple = ittuple;
    this.result = result;
    this.strict = strict;
  }
}

function zip_dealloc(self: PyObject): void {
  const z = self as PyZipObject;
  PyObject_GC_UnTrack(z);
  Py_DECREF(z.ittuple);
  Py_DECREF(z.result);
  PyObject_GC_Del(z);
}

function zip_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const z = self as PyZipObject;
  visit(z.ittuple);
  visit(z.result);
}

/** zip_new: as CPython's, the tuple of iterators, then the result holder
 *  (filled with None), then the object: three GC allocations besides the
 *  iterators. */
function zip_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const nk = nkw(kwnames);
  const npos = args.length - nk;
  let strict = false;
  for (let k = 0; k < nk; k++) {
    const name = PyUnicode_AsString((kwnames as PyTupleObject).ob_item[k]);
    if (name !== "strict") throw PyErr_Format(PyExc_TypeError, `zip() got an unexpected keyword argument '${name}'`);
    strict = PyObject_IsTrue(args[npos + k]);
  }
  const ittuple = PyTuple_New(npos);
  for (let i = 0; i < npos; i++) {
    let it: PyObject;
    try {
      it = PyObject_GetIter(args[i]);
    } catch (e) {
      // The unfilled slots are NULL: tupledealloc skips them.
      Py_DECREF(ittuple);
      throw e;
    }
    PyTuple_SET_ITEM(ittuple, i, it);
  }
  const result = PyTuple_New(npos);
  for (let i = 0; i < npos; i++) PyTuple_SET_ITEM(result, i, Py_NewRef(Py_None));
  const z = new PyZipObject(type, ittuple, result, strict);
  PyObject_GC_Track(z);
  return z;
}

function zip_next(self: PyObject): PyObject | null {
  const z = self as PyZipObject;
  const n = z.ittuple.ob_item.length;
  if (n === 0) return null;
  const iters = z.ittuple.ob_item;
  let result = z.result;
  if (result.ob_refcnt === 1) {
    Py_INCREF(result);
    for (let i = 0; i < n; i++) {
      let item: PyObject | null;
      try {
        item = PyIter_Next(iters[i]);
      } catch (e) {
        Py_DECREF(result);
        throw e;
      }
      if (item === null) {
        Py_DECREF(result);
        if (z.strict) zipStrictCheck(z, i);
        return null;
      }
      const olditem = result.ob_item[i];
      result.ob_item[i] = item;
      Py_DECREF(olditem);
    }
    // bpo-42536: the collector may have untracked the recycled tuple.
    if (!_PyObject_GC_IS_TRACKED(result)) PyObject_GC_Track(result);
  } else {
    result = PyTuple_New(n);
    for (let i = 0; i < n; i++) {
      let item: PyObject | null;
      try {
        item = PyIter_Next(iters[i]);
      } catch (e) {
        Py_DECREF(result);
        throw e;
      }
      if (item === null) {
        Py_DECREF(result);
        if (z.strict) zipStrictCheck(z, i);
        return null;
      }
      PyTuple_SET_ITEM(result, i, item);
    }
  }
  return result;
}

function zipStrictCheck(z: PyZipObject, i: number): void {
  if (i > 0) {
    throw PyErr_Format(
      PyExc_ValueError,
      `zip() argument ${i + 1} is shorter than argument${i === 1 ? "" : "s"} 1${i === 1 ? "" : "-" + i}`,
    );
  }
  const iters = z.ittuple.ob_item;
  for (let j = 1; j < iters.length; j++) {
    const x = PyIter_Next(iters[j]);
    if (x !== null) {
      Py_DECREF(x);
      throw PyErr_Format(
        PyExc_ValueError,
        `zip() argument ${j + 1} is longer than argument${j === 1 ? "" : "s"} 1${j === 1 ? "" : "-" + j}`,
      );
    }
  }
}

export const PyZip_Type: PyTypeObject = newStaticType("zip", 48, TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE, zip_dealloc);
PyZip_Type.tp_new = zip_new;
PyZip_Type.tp_iter = self_iter;
PyZip_Type.tp_iternext = zip_next;
PyZip_Type.tp_traverse = zip_traverse;

/** zip_reduce: (type, iterators), with True third when strict. */
function zip_reduce(self: PyObject): PyObject {
  const z = self as PyZipObject;
  const items: PyObject[] = [Py_NewRef(z.ob_type), Py_NewRef(z.ittuple)];
  if (z.strict) items.push(Py_NewRef(Py_True));
  return _PyTuple_FromArraySteal(items);
}

/** zip_setstate: the state is the strict flag. */
function zip_setstate(self: PyObject, state: PyObject): PyObject {
  (self as PyZipObject).strict = PyObject_IsTrue(state);
  return Py_NewRef(Py_None);
}
PyZip_Type.tp_methods = [
  { name: "__reduce__", meth: zip_reduce, flags: METH_NOARGS },
  { name: "__setstate__", meth: zip_setstate, flags: METH_O },
];
