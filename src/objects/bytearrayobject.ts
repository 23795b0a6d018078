/**
 * `bytearray`: CPython 3.11's Objects/bytearrayobject.c. The methods it
 * shares with bytes are bytes-methods.ts (stringlib with STRINGLIB_MUTABLE:
 * every result is a new bytearray), `%` is bytes-format.ts.
 *
 * Representation, as PyByteArrayObject: `ob_bytes` is the allocation
 * (`ob_alloc` bytes; an empty array while nothing is allocated), the
 * items are `ob_bytes[ob_start .. ob_start + ob_size)`. `ob_start` moves
 * forward when bytes are deleted from the front (del b[:n]), as CPython's
 * logical start, so that needs no copy. `ob_alloc` follows
 * PyByteArray_Resize's over-allocation exactly, so `__alloc__()` and
 * sys.getsizeof (56 + ob_alloc) match CPython as a bytearray grows and
 * shrinks; the allocation is told to the allocator model (accountBytes)
 * whenever it changes, as a list's item array is.
 *
 * Buffer protocol: a bytearray exports its memory writable and counts
 * its views in `ob_exports`; while any is out, every change of size is
 * refused ("BufferError: Existing exports of data: object cannot be
 * re-sized"), so the memory a view holds is never replaced. Writes that
 * keep the size go into `ob_bytes` in place, where the views see them.
 *
 * A bytearray is not a GC object (it holds no references); an instance of
 * a heap subtype carries the GC header (PyByteArraySubtypeObject).
 */
import {
  type GCLink,
  type PyGCObject,
  PyGCObject as GCBase,
  PyObject,
  PyObject_GC_Link,
  TPFLAGS_BASETYPE,
  TPFLAGS_HAVE_GC,
} from "../heap/object.js";
import { PyObject_Free, PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "../heap/refcount.js";
import { accountBytes, heapCheck } from "../heap/allocator.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import { PyErr_ExceptionMatches, PyErr_Format, PyErr_NoMemory } from "./errors.js";
import {
  PyExc_BufferError,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "./exceptions.js";
import { Py_None, Py_NotImplemented } from "./noneobject.js";
import { type PyLongObject, PyLong_FromNumber, PyLong_Type, richcompareResult, PyBool_FromBool } from "./longobject.js";
import { PyUnicodeObject, PyUnicode_FromString } from "./unicodeobject.js";
import { PySliceObject, PySlice_Unpack, PySlice_AdjustIndices } from "./sliceobject.js";
import { METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, METH_CLASS, METH_STATIC } from "./methoddef.js";
import { newArgParser, _PyArg_UnpackKeywords, _PyArg_CheckPositional, _PyArg_NoKwnames } from "./getargs.js";
import { PyListObject, PyList_CheckExact } from "./listobject.js";
import { PyTupleObject, PyTuple_CheckExact, _PyTuple_FromArraySteal, Py_EmptyTuple } from "./tupleobject.js";
import { PyDict_Size } from "./dictobject.js";
import {
  PyObject_GetIter,
  PyIter_Next,
  PyNumber_AsSsize_t,
  PyIndex_Check,
  PyNumber_Index,
  PyObject_LengthHint,
} from "./abstract.js";
import { registerSequenceRepeat, registerLengthHint } from "./seqslots.js";
import {
  PyBUF_FULL_RO,
  PyBuffer_FillInfo,
  PyBuffer_Release,
  PyBuffer_ToContiguous,
  PyObject_CheckBuffer,
  PyObject_GetBuffer,
  registerBufferProcs,
  type Py_buffer,
} from "./buffer.js";
import { type BytesKind, asSsize, bufferBytesOrNull, makeBytesMethods, maketrans, strArg } from "./bytes-methods.js";
import { _PyBytes_FormatEx } from "./bytes-format.js";
import {
  PyBytes_FromStringAndSize,
  _PyBytes_Repeat,
  _PyBytes_SetByteArrayData,
  bytesFormatHooks,
  escapeBytes,
} from "./bytesobject.js";
import { PyUnicode_AsEncodedString, PyUnicode_Decode } from "./codecs.js";
import { _PyEval_GetBuiltin, exhaustedIterReduce, seqIterReduce, setstateIndex } from "./iterreduce.js";

/** sizeof(PyByteArrayObject). */
const BYTEARRAY_SIZE = 56;

export class PyByteArrayObject extends PyObject {
  ob_bytes: Uint8Array;
  ob_start: number;
  ob_size: number;
  ob_alloc: number;
  ob_exports: number;
  constructor(type: PyTypeObject, nbytes = BYTEARRAY_SIZE) {
    super(type, nbytes);
    this.ob_bytes = EMPTY;
    this.ob_start = 0;
    this.ob_size = 0;
    this.ob_alloc = 0;
    this.ob_exports = 0;
  }
}

const EMPTY = new Uint8Array(0);

/** An instance of a heap subtype of bytearray: a bytearray with the GC
 *  header (see PyBytesSubtypeObject). */
export class PyByteArraySubtypeObject extends PyByteArrayObject {
  gc_next: GCLink | null;
  gc_prev: GCLink | null;
  gc_refs: number;
  gc_flags: number;
  weakreflist: PyObject | null;

  constructor(type: PyTypeObject) {
    super(type, type.tp_basicsize);
    this.gc_next = null;
    this.gc_prev = null;
    this.gc_refs = 0;
    this.gc_flags = 0;
    this.weakreflist = null;
    PyObject_GC_Link(type, this.ob_size_bytes);
  }
}

function bytearray_dealloc(self: PyObject): void {
  const b = self as PyByteArrayObject;
  // The items stay readable until the block is freed (a free event
  // describes the object as it was).
  if (b.ob_alloc !== 0) accountBytes(-b.ob_alloc);
  // tp_free: a subtype instance has the GC header.
  if ((self.ob_type.tp_flags & TPFLAGS_HAVE_GC) !== 0) PyObject_GC_Del(self as PyGCObject);
  else PyObject_Free(self);
}

export const PyByteArray_Type: PyTypeObject = newStaticType(
  "bytearray",
  BYTEARRAY_SIZE,
  TPFLAGS_BASETYPE,
  bytearray_dealloc,
);

export function PyByteArray_Check(o: PyObject): o is PyByteArrayObject {
  return o instanceof PyByteArrayObject;
}

/** The items (a view on the allocation; valid until the size changes). */
export function PyByteArray_AS_STRING(b: PyByteArrayObject): Uint8Array {
  return b.ob_bytes.subarray(b.ob_start, b.ob_start + b.ob_size);
}

/** _canresize. */
function canResize(b: PyByteArrayObject): void {
  if (b.ob_exports > 0) {
    throw PyErr_Format(PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
  }
}

/** Replace the allocation by one of `alloc` bytes holding the first
 *  `keep` items. */
function reallocate(b: PyByteArrayObject, alloc: number, keep: number): void {
  heapCheck(alloc);
  const sval = new Uint8Array(alloc);
  sval.set(b.ob_bytes.subarray(b.ob_start, b.ob_start + keep));
  accountBytes(alloc - b.ob_alloc);
  b.ob_bytes = sval;
  b.ob_start = 0;
  b.ob_alloc = alloc;
}

/** PyByteArray_Resize: CPython's growth and shrink policy. New bytes are zero. */
export function PyByteArray_Resize(b: PyByteArrayObject, size: number): void {
  let alloc = b.ob_alloc;
  const logicalOffset = b.ob_start;
  if (size === b.ob_size) return;
  canResize(b);
  if (size + logicalOffset + 1 <= alloc) {
    if (size < Math.floor(alloc / 2)) {
      // Major downsize: to the exact size.
      alloc = size + 1;
    } else {
      // Minor downsize: keep the block.
      b.ob_size = size;
      return;
    }
  } else if (size <= alloc * 1.125) {
    // Moderate upsize: over-allocate, as list_resize does.
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  } else {
    // Major upsize: to the exact size.
    alloc = size + 1;
  }
  if (alloc > 2 ** 53) throw PyErr_NoMemory();
  reallocate(b, alloc, Math.min(size, b.ob_size));
  b.ob_size = size;
}

/** PyByteArray_FromStringAndSize: a new bytearray holding a copy of `data`. */
export function PyByteArray_FromStringAndSize(data: Uint8Array): PyByteArrayObject {
  const b = new PyByteArrayObject(PyByteArray_Type);
  const size = data.length;
  if (size > 0) {
    heapCheck(size + 1);
    const sval = new Uint8Array(size + 1);
    sval.set(data);
    accountBytes(size + 1);
    b.ob_bytes = sval;
    b.ob_alloc = size + 1;
    b.ob_size = size;
  }
  return b;
}

// ---------------------------------------------------------------- slots

function bytearray_length(self: PyObject): number {
  return (self as PyByteArrayObject).ob_size;
}

function bytearray_getbuffer(self: PyObject, flags: number): Py_buffer {
  const b = self as PyByteArrayObject;
  const view = PyBuffer_FillInfo(self, b.ob_bytes, b.ob_start, b.ob_size, false, flags);
  Py_INCREF(self);
  b.ob_exports++;
  return view;
}

function bytearray_releasebuffer(self: PyObject, _view: Py_buffer): void {
  (self as PyByteArrayObject).ob_exports--;
}

/** PyByteArray_Concat: a new bytearray of two bytes-like objects. */
function PyByteArray_Concat(a: PyObject, b: PyObject): PyObject {
  const va = bufferBytesOrNull(a);
  const vb = va === null ? null : bufferBytesOrNull(b);
  if (va === null || vb === null) {
    throw PyErr_Format(PyExc_TypeError, `can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
  }
  heapCheck(va.length + vb.length);
  const out = new Uint8Array(va.length + vb.length);
  out.set(va, 0);
  out.set(vb, va.length);
  return PyByteArray_FromStringAndSize(out);
}

function bytearray_iconcat(self: PyObject, other: PyObject): PyObject {
  const b = self as PyByteArrayObject;
  const vo = bufferBytesOrNull(other);
  if (vo === null) {
    throw PyErr_Format(PyExc_TypeError, `can't concat ${other.ob_type.tp_name} to ${self.ob_type.tp_name}`);
  }
  const data = vo.slice();
  const size = b.ob_size;
  PyByteArray_Resize(b, size + data.length);
  b.ob_bytes.set(data, b.ob_start + size);
  return Py_NewRef(self);
}

function bytearray_repeat(self: PyObject, count: number): PyObject {
  const d = PyByteArray_AS_STRING(self as PyByteArrayObject);
  if (count < 0) count = 0;
  if (count > 0 && d.length > Number.MAX_SAFE_INTEGER / count) throw PyErr_NoMemory();
  heapCheck(d.length * count);
  const out = new Uint8Array(d.length * count);
  _PyBytes_Repeat(out, 0, d, count);
  return PyByteArray_FromStringAndSize(out);
}

function bytearray_irepeat(self: PyObject, count: number): PyObject {
  const b = self as PyByteArrayObject;
  if (count < 0) count = 0;
  else if (count === 1) return Py_NewRef(self);
  const mysize = b.ob_size;
  if (count > 0 && mysize > Number.MAX_SAFE_INTEGER / count) throw PyErr_NoMemory();
  const unit = PyByteArray_AS_STRING(b).slice();
  PyByteArray_Resize(b, mysize * count);
  _PyBytes_Repeat(b.ob_bytes, b.ob_start + mysize, unit, count - 1);
  return Py_NewRef(self);
}

function bytearray_getitem(self: PyObject, i: number): PyObject {
  const b = self as PyByteArrayObject;
  if (i < 0 || i >= b.ob_size) throw PyErr_Format(PyExc_IndexError, "bytearray index out of range");
  return PyLong_FromNumber(b.ob_bytes[b.ob_start + i]);
}

function bytearray_subscript(self: PyObject, index: PyObject): PyObject {
  const b = self as PyByteArrayObject;
  if (PyIndex_Check(index)) {
    let i = PyNumber_AsSsize_t(index, PyExc_IndexError);
    if (i < 0) i += b.ob_size;
    return bytearray_getitem(self, i);
  }
  if (index instanceof PySliceObject) {
    const [a, c, step] = PySlice_Unpack(index);
    const [start, , len] = PySlice_AdjustIndices(b.ob_size, a, c, step);
    if (len <= 0) return PyByteArray_FromStringAndSize(EMPTY);
    const d = PyByteArray_AS_STRING(b);
    if (step === 1) return PyByteArray_FromStringAndSize(d.subarray(start, start + len));
    const out = new Uint8Array(len);
    for (let k = 0, i = start; k < len; k++, i += step) out[k] = d[i];
    return PyByteArray_FromStringAndSize(out);
  }
  throw PyErr_Format(PyExc_TypeError, `bytearray indices must be integers or slices, not ${index.ob_type.tp_name}`);
}

/** _getbytevalue: an int in range(256). */
function getbytevalue(arg: PyObject): number {
  const i = PyNumber_Index(arg) as PyLongObject;
  const ok = i.big === null && i.v >= 0 && i.v < 256;
  const v = i.v;
  Py_DECREF(i);
  if (!ok) throw PyErr_Format(PyExc_ValueError, "byte must be in range(0, 256)");
  return v;
}

/** bytearray_setslice_linear: replace items [lo, hi) by `bytes`. */
function setsliceLinear(b: PyByteArrayObject, lo: number, hi: number, bytes: Uint8Array): void {
  const avail = hi - lo;
  const growth = bytes.length - avail;
  if (growth < 0) {
    canResize(b);
    if (lo === 0) {
      // Shrink by advancing the logical start.
      b.ob_start -= growth;
      try {
        PyByteArray_Resize(b, b.ob_size + growth);
      } catch (e) {
        b.ob_start += growth;
        throw e;
      }
    } else {
      const buf = b.ob_bytes;
      const s = b.ob_start;
      buf.copyWithin(s + lo + bytes.length, s + hi, s + b.ob_size);
      PyByteArray_Resize(b, b.ob_size + growth);
    }
  } else if (growth > 0) {
    PyByteArray_Resize(b, b.ob_size + growth);
    const s = b.ob_start;
    b.ob_bytes.copyWithin(s + lo + bytes.length, s + hi, s + b.ob_size - growth);
  }
  if (bytes.length > 0) b.ob_bytes.set(bytes, b.ob_start + lo);
}

/** bytearray_setslice: b[lo:hi] = values (null deletes). */
function setslice(b: PyByteArrayObject, lo: number, hi: number, values: PyObject | null): void {
  let bytes: Uint8Array = EMPTY;
  if (values !== null) {
    if (values === b) bytes = PyByteArray_AS_STRING(b).slice();
    else {
      const d = bufferBytesOrNull(values);
      if (d === null) {
        throw PyErr_Format(PyExc_TypeError, `can't set bytearray slice from ${values.ob_type.tp_name}`);
      }
      bytes = d.slice();
    }
  }
  if (lo < 0) lo = 0;
  if (hi < lo) hi = lo;
  if (hi > b.ob_size) hi = b.ob_size;
  setsliceLinear(b, lo, hi, bytes);
}

/** PyNumber_Check: has __index__, __int__ or __float__. */
function numberCheck(o: PyObject): boolean {
  const t = o.ob_type;
  return t.nb_index !== null || t.nb_int !== null || t.nb_float !== null;
}

function bytearray_ass_subscript(self: PyObject, index: PyObject, values: PyObject | null): void {
  const b = self as PyByteArrayObject;
  let start: number;
  let stop: number;
  let step: number;
  let slicelen: number;
  if (PyIndex_Check(index)) {
    let i = PyNumber_AsSsize_t(index, PyExc_IndexError);
    // The value first: a nasty __index__ could change the size (GH-91153).
    const ival = values === null ? -1 : getbytevalue(values);
    if (i < 0) i += b.ob_size;
    if (i < 0 || i >= b.ob_size) throw PyErr_Format(PyExc_IndexError, "bytearray index out of range");
    if (values !== null) {
      b.ob_bytes[b.ob_start + i] = ival;
      return;
    }
    start = i;
    stop = i + 1;
    step = 1;
    slicelen = 1;
  } else if (index instanceof PySliceObject) {
    const [a, c, st] = PySlice_Unpack(index);
    [start, stop, slicelen] = PySlice_AdjustIndices(b.ob_size, a, c, st);
    step = st;
  } else {
    throw PyErr_Format(PyExc_TypeError, `bytearray indices must be integers or slices, not ${index.ob_type.tp_name}`);
  }
  let bytes: Uint8Array;
  if (values === null) bytes = EMPTY;
  else if (values === self || !(values instanceof PyByteArrayObject)) {
    if (numberCheck(values) || values instanceof PyUnicodeObject) {
      throw PyErr_Format(PyExc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    // A copy, then assign it.
    const copy = newByteArrayFrom(PyByteArray_Type, values);
    try {
      bytearray_ass_subscript(self, index, copy);
    } finally {
      Py_DECREF(copy);
    }
    return;
  } else bytes = PyByteArray_AS_STRING(values).slice();
  // b[5:2] = ... inserts before 5, not before 2.
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) {
    setsliceLinear(b, start, stop, bytes);
    return;
  }
  const needed = bytes.length;
  if (needed === 0) {
    // Delete an extended slice.
    canResize(b);
    if (slicelen === 0) return;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelen - 1) - 1;
      step = -step;
    }
    const d = PyByteArray_AS_STRING(b);
    const kept: number[] = [];
    let next = start;
    let deleted = 0;
    for (let i = 0; i < d.length; i++) {
      if (deleted < slicelen && i === next) {
        deleted++;
        next += step;
        continue;
      }
      kept.push(d[i]);
    }
    d.set(kept);
    PyByteArray_Resize(b, b.ob_size - slicelen);
    return;
  }
  if (needed !== slicelen) {
    throw PyErr_Format(
      PyExc_ValueError,
      `attempt to assign bytes of size ${needed} to extended slice of size ${slicelen}`,
    );
  }
  for (let k = 0, cur = start; k < slicelen; k++, cur += step) b.ob_bytes[b.ob_start + cur] = bytes[k];
}

function bytearray_contains(self: PyObject, arg: PyObject): boolean {
  return M.contains(self, arg);
}

function bytearray_richcompare(self: PyObject, other: PyObject, op: number): PyObject {
  if (!PyObject_CheckBuffer(self) || !PyObject_CheckBuffer(other)) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  const a = bufferBytesOrNull(self);
  const c = a === null ? null : bufferBytesOrNull(other);
  if (a === null || c === null) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  if (a.length !== c.length && (op === Py_EQ || op === Py_NE)) return PyBool_FromBool(op === Py_NE);
  const n = Math.min(a.length, c.length);
  for (let i = 0; i < n; i++) if (a[i] !== c[i]) return richcompareResult(a[i] - c[i], op);
  return richcompareResult(a.length - c.length, op);
}

/** bytearray(...) repr: the class's name, then b'...' (a single quote is
 *  always escaped, as CPython's bytearray_repr does). */
function bytearray_repr(self: PyObject): PyObject {
  const d = PyByteArray_AS_STRING(self as PyByteArrayObject);
  const name = self.ob_type.tp_name;
  const dot = name.lastIndexOf(".");
  return PyUnicode_FromString(`${dot < 0 ? name : name.slice(dot + 1)}(${bytearrayBodyRepr(d)})`);
}

/** The b'...' inside a bytearray's repr. */
export function bytearrayBodyRepr(d: Uint8Array): string {
  let quote = 39;
  for (let i = 0; i < d.length; i++) {
    if (d[i] === 34) {
      quote = 39;
      break;
    }
    if (d[i] === 39) quote = 34;
  }
  let body = escapeBytes(d, quote);
  if (quote === 34) body = body.replace(/'/g, "\\'");
  return "b" + body;
}

// ---------------------------------------------------------------- bytearray()

function bytearray_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  if (type === PyByteArray_Type) return new PyByteArrayObject(type);
  const sub = new PyByteArraySubtypeObject(type);
  PyObject_GC_Track(sub);
  return sub;
}

const initParser = newArgParser("bytearray", ["source", "encoding", "errors"], 0);

function bytearray_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const b = self as PyByteArrayObject;
  const [arg, encObj, errObj] = _PyArg_UnpackKeywords(args, kwnames, initParser, [null, null, null]);
  const encoding = encObj === null ? null : strArg("bytearray", "argument 'encoding'", encObj);
  const errors = errObj === null ? null : strArg("bytearray", "argument 'errors'", errObj);
  // Empty previous contents (yes, do this first of all!).
  if (b.ob_size !== 0) PyByteArray_Resize(b, 0);
  if (arg === null) {
    if (encoding !== null || errors !== null) {
      throw PyErr_Format(
        PyExc_TypeError,
        encoding !== null ? "encoding without a string argument" : "errors without a string argument",
      );
    }
    return;
  }
  if (arg instanceof PyUnicodeObject) {
    if (encoding === null) throw PyErr_Format(PyExc_TypeError, "string argument without an encoding");
    const encoded = PyUnicode_AsEncodedString(arg, encoding, errors);
    try {
      Py_DECREF(bytearray_iconcat(self, encoded));
    } finally {
      Py_DECREF(encoded);
    }
    return;
  }
  if (encoding !== null || errors !== null) {
    throw PyErr_Format(
      PyExc_TypeError,
      encoding !== null ? "encoding without a string argument" : "errors without a string argument",
    );
  }
  if (PyIndex_Check(arg)) {
    let count: number | null = null;
    try {
      count = PyNumber_AsSsize_t(arg, PyExc_OverflowError);
    } catch (e) {
      // A TypeError from __index__ falls through to the other forms.
      if (!PyErr_ExceptionMatches(e, PyExc_TypeError)) throw e;
      Py_DECREF(e as PyObject);
    }
    if (count !== null) {
      if (count < 0) throw PyErr_Format(PyExc_ValueError, "negative count");
      if (count > 0) {
        PyByteArray_Resize(b, count);
        PyByteArray_AS_STRING(b).fill(0);
      }
      return;
    }
  }
  if (PyObject_CheckBuffer(arg)) {
    const view = PyObject_GetBuffer(arg, PyBUF_FULL_RO);
    try {
      const data = PyBuffer_ToContiguous(view);
      PyByteArray_Resize(b, data.length);
      b.ob_bytes.set(data, b.ob_start);
    } finally {
      PyBuffer_Release(view);
    }
    return;
  }
  if (
    (arg instanceof PyListObject && PyList_CheckExact(arg)) ||
    (arg instanceof PyTupleObject && PyTuple_CheckExact(arg))
  ) {
    const items = (arg as PyListObject | PyTupleObject).ob_item;
    PyByteArray_Resize(b, items.length);
    let exact = true;
    for (let i = 0; i < items.length; i++) {
      if (items[i].ob_type !== PyLong_Type) {
        exact = false;
        break;
      }
      b.ob_bytes[b.ob_start + i] = getbytevalue(items[i]);
    }
    if (exact) return;
    // Not all exact ints: start again on the slow path.
    if (b.ob_size !== 0) PyByteArray_Resize(b, 0);
  }
  let it: PyObject;
  try {
    it = PyObject_GetIter(arg);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, PyExc_TypeError)) {
      Py_DECREF(e as PyObject);
      throw PyErr_Format(PyExc_TypeError, `cannot convert '${arg.ob_type.tp_name}' object to bytearray`);
    }
    throw e;
  }
  try {
    for (let item = PyIter_Next(it); item !== null; item = PyIter_Next(it)) {
      let value: number;
      try {
        value = getbytevalue(item);
      } finally {
        Py_DECREF(item);
      }
      // Append the byte.
      if (b.ob_size + 1 < b.ob_alloc) b.ob_size++;
      else PyByteArray_Resize(b, b.ob_size + 1);
      b.ob_bytes[b.ob_start + b.ob_size - 1] = value;
    }
  } finally {
    Py_DECREF(it);
  }
}

/** PyByteArray_FromObject for `type`: bytearray(values) (a new reference). */
function newByteArrayFrom(type: PyTypeObject, values: PyObject): PyObject {
  const b = bytearray_new(type, [], null);
  try {
    bytearray_init(b, [values], null);
  } catch (e) {
    Py_DECREF(b);
    throw e;
  }
  return b;
}

// ---------------------------------------------------------------- methods

const bytearrayKind: BytesKind = {
  type: PyByteArray_Type,
  mutable: true,
  data: (self) => PyByteArray_AS_STRING(self as PyByteArrayObject),
  fromData: PyByteArray_FromStringAndSize,
  newSized: PyByteArray_FromStringAndSize,
};

const M = makeBytesMethods(bytearrayKind);

function bytearray_alloc(self: PyObject): PyObject {
  return PyLong_FromNumber((self as PyByteArrayObject).ob_alloc);
}

function bytearray_sizeof(self: PyObject): PyObject {
  return PyLong_FromNumber(self.ob_type.tp_basicsize + (self as PyByteArrayObject).ob_alloc);
}

function bytearray_clear(self: PyObject): PyObject {
  PyByteArray_Resize(self as PyByteArrayObject, 0);
  return Py_NewRef(Py_None);
}

function bytearray_copy(self: PyObject): PyObject {
  return PyByteArray_FromStringAndSize(PyByteArray_AS_STRING(self as PyByteArrayObject));
}

function bytearray_reverse(self: PyObject): PyObject {
  PyByteArray_AS_STRING(self as PyByteArrayObject).reverse();
  return Py_NewRef(Py_None);
}

function bytearray_insert(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("insert", kwnames);
  _PyArg_CheckPositional("insert", args.length, 2, 2);
  const b = self as PyByteArrayObject;
  let index = asSsize(args[0]);
  const item = getbytevalue(args[1]);
  const n = b.ob_size;
  PyByteArray_Resize(b, n + 1);
  if (index < 0) {
    index += n;
    if (index < 0) index = 0;
  }
  if (index > n) index = n;
  const s = b.ob_start;
  b.ob_bytes.copyWithin(s + index + 1, s + index, s + n);
  b.ob_bytes[s + index] = item;
  return Py_NewRef(Py_None);
}

function bytearray_append(self: PyObject, arg: PyObject): PyObject {
  const b = self as PyByteArrayObject;
  const item = getbytevalue(arg);
  const n = b.ob_size;
  PyByteArray_Resize(b, n + 1);
  b.ob_bytes[b.ob_start + n] = item;
  return Py_NewRef(Py_None);
}

function bytearray_extend(self: PyObject, iterable: PyObject): PyObject {
  const b = self as PyByteArrayObject;
  if (PyObject_CheckBuffer(iterable)) {
    setslice(b, b.ob_size, b.ob_size, iterable);
    return Py_NewRef(Py_None);
  }
  let it: PyObject;
  try {
    it = PyObject_GetIter(iterable);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, PyExc_TypeError)) {
      Py_DECREF(e as PyObject);
      throw PyErr_Format(PyExc_TypeError, `can't extend bytearray with ${iterable.ob_type.tp_name}`);
    }
    throw e;
  }
  let tmp: PyByteArrayObject | null = null;
  try {
    // The items go to a bytearray sized by the length hint (32 without
    // one), grown by half as needed, then resized to fit: its allocation
    // is what CPython's would be.
    let bufSize = PyObject_LengthHint(iterable, 32);
    tmp = PyByteArray_FromStringAndSize(new Uint8Array(bufSize));
    let len = 0;
    for (let item = PyIter_Next(it); item !== null; item = PyIter_Next(it)) {
      let value: number;
      try {
        value = getbytevalue(item);
      } finally {
        Py_DECREF(item);
      }
      tmp.ob_bytes[tmp.ob_start + len++] = value;
      if (len >= bufSize) {
        bufSize = len + (len >> 1) + 1;
        PyByteArray_Resize(tmp, bufSize);
      }
    }
    PyByteArray_Resize(tmp, len);
    setslice(b, b.ob_size, b.ob_size, tmp);
  } finally {
    Py_DECREF(it);
    if (tmp !== null) Py_DECREF(tmp);
  }
  return Py_NewRef(Py_None);
}

function bytearray_pop(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("pop", kwnames);
  _PyArg_CheckPositional("pop", args.length, 0, 1);
  const b = self as PyByteArrayObject;
  let index = args.length > 0 ? asSsize(args[0]) : -1;
  const n = b.ob_size;
  if (n === 0) throw PyErr_Format(PyExc_IndexError, "pop from empty bytearray");
  if (index < 0) index += n;
  if (index < 0 || index >= n) throw PyErr_Format(PyExc_IndexError, "pop index out of range");
  canResize(b);
  const s = b.ob_start;
  const value = b.ob_bytes[s + index];
  b.ob_bytes.copyWithin(s + index, s + index + 1, s + n);
  PyByteArray_Resize(b, n - 1);
  return PyLong_FromNumber(value);
}

function bytearray_remove(self: PyObject, arg: PyObject): PyObject {
  const b = self as PyByteArrayObject;
  const value = getbytevalue(arg);
  const d = PyByteArray_AS_STRING(b);
  const where = d.indexOf(value);
  if (where < 0) throw PyErr_Format(PyExc_ValueError, "value not found in bytearray");
  canResize(b);
  const s = b.ob_start;
  b.ob_bytes.copyWithin(s + where, s + where + 1, s + b.ob_size);
  PyByteArray_Resize(b, b.ob_size - 1);
  return Py_NewRef(Py_None);
}

/** bytearray % args (nb_remainder). */
function bytearray_mod(self: PyObject, arg: PyObject): PyObject {
  if (!(self instanceof PyByteArrayObject)) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  const fmt = PyByteArray_AS_STRING(self).slice();
  return PyByteArray_FromStringAndSize(_PyBytes_FormatEx(fmt, arg, bytesFormatHooks));
}

/** _common_reduce: (type, args, state) for pickling. */
function commonReduce(self: PyObject, proto: number): PyObject {
  const b = self as PyByteArrayObject;
  // _PyObject_GetState: the instance dict unless it is empty.
  const getdict = self.ob_type.tp_getdict;
  const dict = getdict === null ? null : getdict(self, false);
  const state = Py_NewRef(dict !== null && PyDict_Size(dict) > 0 ? dict : Py_None);
  let args: PyObject;
  if (b.ob_size === 0) args = _PyTuple_FromArraySteal([]);
  else if (proto < 3) {
    args = _PyTuple_FromArraySteal([
      PyUnicode_Decode(PyByteArray_AS_STRING(b), "latin-1", null),
      PyUnicode_FromString("latin-1"),
    ]);
  } else args = _PyTuple_FromArraySteal([PyBytes_FromStringAndSize(PyByteArray_AS_STRING(b).slice())]);
  return _PyTuple_FromArraySteal([Py_NewRef(self.ob_type), args, state]);
}

function bytearray_reduce(self: PyObject): PyObject {
  return commonReduce(self, 2);
}

function bytearray_reduce_ex(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("__reduce_ex__", kwnames);
  _PyArg_CheckPositional("__reduce_ex__", args.length, 0, 1);
  const proto = args.length > 0 ? PyNumber_AsSsize_t(args[0], PyExc_OverflowError) : 0;
  return commonReduce(self, proto);
}

// ---------------------------------------------------------------- the iterator

export class PyByteArrayIterObject extends GCBase {
  it_index: number;
  it_seq: PyByteArrayObject | null;
  constructor(type: PyTypeObject, seq: PyByteArrayObject) {
    super(type, 32);
    this.it_index = 0;
    this.it_seq = seq;
  }
}

function bytearrayiter_dealloc(self: PyObject): void {
  const it = self as PyByteArrayIterObject;
  PyObject_GC_UnTrack(it);
  const seq = it.it_seq;
  it.it_seq = null;
  if (seq !== null) Py_DECREF(seq);
  PyObject_GC_Del(it);
}

function bytearrayiter_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const seq = (self as PyByteArrayIterObject).it_seq;
  if (seq !== null) visit(seq);
}

export const PyByteArrayIter_Type: PyTypeObject = newStaticType(
  "bytearray_iterator",
  32,
  TPFLAGS_HAVE_GC,
  bytearrayiter_dealloc,
);

function bytearray_iter(self: PyObject): PyObject {
  const it = new PyByteArrayIterObject(PyByteArrayIter_Type, Py_NewRef(self as PyByteArrayObject));
  PyObject_GC_Track(it);
  return it;
}

function bytearrayiter_next(self: PyObject): PyObject | null {
  const it = self as PyByteArrayIterObject;
  const seq = it.it_seq;
  if (seq === null) return null;
  if (it.it_index < seq.ob_size) return PyLong_FromNumber(seq.ob_bytes[seq.ob_start + it.it_index++]);
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
}

function bytearrayiter_len(o: PyObject): number {
  const it = o as PyByteArrayIterObject;
  return it.it_seq === null ? 0 : Math.max(0, it.it_seq.ob_size - it.it_index);
}

PyByteArrayIter_Type.tp_iter = (self) => Py_NewRef(self);
PyByteArrayIter_Type.tp_iternext = bytearrayiter_next;
PyByteArrayIter_Type.tp_traverse = bytearrayiter_traverse;
function bytearrayiter_reduce(self: PyObject): PyObject {
  const it = self as PyByteArrayIterObject;
  const iter = _PyEval_GetBuiltin("iter");
  if (it.it_seq !== null) return seqIterReduce(iter, it.it_seq, it.it_index);
  return exhaustedIterReduce(iter, Py_NewRef(Py_EmptyTuple));
}

function bytearrayiter_setstate(self: PyObject, state: PyObject): PyObject {
  const it = self as PyByteArrayIterObject;
  const index = setstateIndex(state, 0, it.it_seq === null ? 0 : it.it_seq.ob_size);
  if (it.it_seq !== null) it.it_index = index;
  return Py_NewRef(Py_None);
}

PyByteArrayIter_Type.tp_methods = [
  { name: "__length_hint__", meth: (self: PyObject) => PyLong_FromNumber(bytearrayiter_len(self)), flags: METH_NOARGS },
  { name: "__reduce__", meth: bytearrayiter_reduce, flags: METH_NOARGS },
  { name: "__setstate__", meth: bytearrayiter_setstate, flags: METH_O },
];
registerLengthHint(PyByteArrayIter_Type, bytearrayiter_len);

// ---------------------------------------------------------------- the type

PyByteArray_Type.tp_methods = [
  { name: "__alloc__", meth: bytearray_alloc, flags: METH_NOARGS },
  { name: "__reduce__", meth: bytearray_reduce, flags: METH_NOARGS },
  { name: "__reduce_ex__", meth: bytearray_reduce_ex, flags: METH_FASTCALL },
  { name: "__sizeof__", meth: bytearray_sizeof, flags: METH_NOARGS },
  { name: "append", meth: bytearray_append, flags: METH_O },
  { name: "capitalize", meth: M.capitalize, flags: METH_NOARGS },
  { name: "center", meth: M.center, flags: METH_FASTCALL },
  { name: "clear", meth: bytearray_clear, flags: METH_NOARGS },
  { name: "copy", meth: bytearray_copy, flags: METH_NOARGS },
  { name: "count", meth: M.count, flags: METH_FASTCALL },
  { name: "decode", meth: M.decode, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "endswith", meth: M.endswith, flags: METH_FASTCALL },
  { name: "expandtabs", meth: M.expandtabs, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "extend", meth: bytearray_extend, flags: METH_O },
  { name: "find", meth: M.find, flags: METH_FASTCALL },
  { name: "fromhex", meth: M.fromhex, flags: METH_O | METH_CLASS },
  { name: "hex", meth: M.hex, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "index", meth: M.index, flags: METH_FASTCALL },
  { name: "insert", meth: bytearray_insert, flags: METH_FASTCALL },
  { name: "isalnum", meth: M.isalnum, flags: METH_NOARGS },
  { name: "isalpha", meth: M.isalpha, flags: METH_NOARGS },
  { name: "isascii", meth: M.isascii, flags: METH_NOARGS },
  { name: "isdigit", meth: M.isdigit, flags: METH_NOARGS },
  { name: "islower", meth: M.islower, flags: METH_NOARGS },
  { name: "isspace", meth: M.isspace, flags: METH_NOARGS },
  { name: "istitle", meth: M.istitle, flags: METH_NOARGS },
  { name: "isupper", meth: M.isupper, flags: METH_NOARGS },
  { name: "join", meth: M.join, flags: METH_O },
  { name: "ljust", meth: M.ljust, flags: METH_FASTCALL },
  { name: "lower", meth: M.lower, flags: METH_NOARGS },
  { name: "lstrip", meth: M.lstrip, flags: METH_FASTCALL },
  { name: "maketrans", meth: maketrans, flags: METH_FASTCALL | METH_STATIC },
  { name: "partition", meth: M.partition, flags: METH_O },
  { name: "pop", meth: bytearray_pop, flags: METH_FASTCALL },
  { name: "remove", meth: bytearray_remove, flags: METH_O },
  { name: "replace", meth: M.replace, flags: METH_FASTCALL },
  { name: "removeprefix", meth: M.removeprefix, flags: METH_O },
  { name: "removesuffix", meth: M.removesuffix, flags: METH_O },
  { name: "reverse", meth: bytearray_reverse, flags: METH_NOARGS },
  { name: "rfind", meth: M.rfind, flags: METH_FASTCALL },
  { name: "rindex", meth: M.rindex, flags: METH_FASTCALL },
  { name: "rjust", meth: M.rjust, flags: METH_FASTCALL },
  { name: "rpartition", meth: M.rpartition, flags: METH_O },
  { name: "rsplit", meth: M.rsplit, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "rstrip", meth: M.rstrip, flags: METH_FASTCALL },
  { name: "split", meth: M.split, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "splitlines", meth: M.splitlines, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "startswith", meth: M.startswith, flags: METH_FASTCALL },
  { name: "strip", meth: M.strip, flags: METH_FASTCALL },
  { name: "swapcase", meth: M.swapcase, flags: METH_NOARGS },
  { name: "title", meth: M.title, flags: METH_NOARGS },
  { name: "translate", meth: M.translate, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "upper", meth: M.upper, flags: METH_NOARGS },
  { name: "zfill", meth: M.zfill, flags: METH_O },
];
PyByteArray_Type.tp_new = bytearray_new;
PyByteArray_Type.tp_init = bytearray_init;
PyByteArray_Type.tp_repr = bytearray_repr;
PyByteArray_Type.tp_str = bytearray_repr;
PyByteArray_Type.tp_richcompare = bytearray_richcompare;
PyByteArray_Type.tp_iter = bytearray_iter;
PyByteArray_Type.nb_remainder = bytearray_mod;
PyByteArray_Type.sq_length = bytearray_length;
PyByteArray_Type.sq_concat = PyByteArray_Concat;
PyByteArray_Type.sq_item = bytearray_getitem;
PyByteArray_Type.sq_contains = bytearray_contains;
PyByteArray_Type.mp_length = bytearray_length;
PyByteArray_Type.mp_subscript = bytearray_subscript;
PyByteArray_Type.mp_ass_subscript = bytearray_ass_subscript;
registerSequenceRepeat(PyByteArray_Type, bytearray_repeat, bytearray_iconcat, bytearray_irepeat);
registerBufferProcs(PyByteArray_Type, { bf_getbuffer: bytearray_getbuffer, bf_releasebuffer: bytearray_releasebuffer });
_PyBytes_SetByteArrayData((o) => (o instanceof PyByteArrayObject ? PyByteArray_AS_STRING(o) : null));
