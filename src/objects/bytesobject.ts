/**
 * `bytes`: CPython 3.11's Objects/bytesobject.c. The methods it shares
 * with bytearray are bytes-methods.ts (stringlib), `b'%d' % x` is
 * bytes-format.ts, the codecs behind `decode` are codecs.ts.
 *
 * Representation: `ob_sval`, a Uint8Array of exactly the bytes, never
 * written after the object escapes its constructor; `hash` caches the
 * hash (-1 until computed). sys.getsizeof is 33 + len (the header, the
 * cached hash and the trailing NUL CPython keeps), as 3.11.
 *
 * Singletons, as 3.11's static objects: the empty bytes and the 256
 * one-byte bytes (refcount STATIC_REFCNT). Which results are singletons
 * follows CPython's two ways of making a bytes: PyBytes_FromStringAndSize
 * with data (a copy; 0 or 1 byte gives a singleton) and with NULL, filled
 * afterwards (only the empty result is the singleton) — here
 * `PyBytes_FromStringAndSize` and `PyBytes_FromArray`. Exact-bytes results
 * that equal their input are the input itself where CPython returns it
 * (`b[:]`, `b * 1`, `b + b''`, `bytes(b)`, `strip` with nothing to strip).
 *
 * Buffer protocol: a bytes exports its memory read-only (buffer.ts).
 */
import { _Py_CheckInterrupt } from "./eval-breaker.js";
import { _Py_HashBytes, hashReg, recallHash } from "./hashutil.js";
import {
  type GCLink,
  type PyGCObject,
  PyGCObject as GCBase,
  PyObject,
  PyObject_GC_Link,
  TPFLAGS_BASETYPE,
  TPFLAGS_BYTES_SUBCLASS,
  TPFLAGS_HAVE_GC,
  TPFLAGS_MATCH_SELF,
} from "../heap/object.js";
import { PyObject_Free, PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "../heap/refcount.js";
import { heapCheck } from "../heap/allocator.js";
import { makeStatic, newStaticType, type PyTypeObject } from "./typeobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import { PyErr_ExceptionMatches, PyErr_Format } from "./errors.js";
import { PyExc_IndexError, PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.js";
import { Py_NotImplemented, Py_None } from "./noneobject.js";
import { PyLong_FromNumber, richcompareResult, Py_True, Py_False } from "./longobject.js";
import { PyUnicodeObject, PyUnicode_FromString } from "./unicodeobject.js";
import { PySliceObject, PySlice_Unpack, PySlice_AdjustIndices } from "./sliceobject.js";
import { METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, METH_CLASS, METH_STATIC } from "./methoddef.js";
import { newArgParser, _PyArg_UnpackKeywords } from "./getargs.js";
import { PyListObject, PyList_CheckExact } from "./listobject.js";
import { PyTupleObject, PyTuple_CheckExact, _PyTuple_FromArraySteal, Py_EmptyTuple } from "./tupleobject.js";
import {
  PyObject_GetIter,
  PyIter_Next,
  PyNumber_AsSsize_t,
  PyIndex_Check,
  PyObject_LengthHint,
  _PyObject_LookupSpecialString,
} from "./abstract.js";
import { PyObject_CallNoArgs } from "./call.js";
import { registerSequenceRepeat, registerLengthHint } from "./seqslots.js";
import {
  PyBUF_FULL_RO,
  PyBuffer_FillInfo,
  PyBuffer_Release,
  PyBuffer_ToContiguous,
  PyObject_CheckBuffer,
  PyObject_GetBuffer,
  registerBufferProcs,
} from "./buffer.js";
import { type BytesKind, bufferBytesOrNull, makeBytesMethods, maketrans, bytesType, strArg } from "./bytes-methods.js";
import { _PyBytes_FormatEx } from "./bytes-format.js";
import { PyUnicode_AsEncodedString } from "./codecs.js";
import { _PyEval_GetBuiltin, exhaustedIterReduce, seqIterReduce, setstateIndex } from "./iterreduce.js";

export class PyBytesObject extends PyObject {
  ob_sval: Uint8Array;
  /** Cached hash (-1 until computed) and its exact high half. */
  hash: number;
  hashHi: number;
  constructor(type: PyTypeObject, data: Uint8Array, nbytes = 33 + data.length) {
    super(type, nbytes);
    this.ob_sval = data;
    this.hash = -1;
    this.hashHi = 0;
  }
}

/**
 * An instance of a heap subtype of bytes: bytes with the GC header, as
 * PyLongSubtypeObject (longobject.ts) is for int. Its size is its type's
 * basic size (33, plus 8 for the dict slot after the bytes) plus the bytes.
 */
export class PyBytesSubtypeObject extends PyBytesObject {
  gc_next: GCLink | null;
  gc_prev: GCLink | null;
  gc_refs: number;
  gc_flags: number;
  weakreflist: PyObject | null;

  constructor(type: PyTypeObject, data: Uint8Array) {
    super(type, data, type.tp_basicsize + data.length);
    this.gc_next = null;
    this.gc_prev = null;
    this.gc_refs = 0;
    this.gc_flags = 0;
    this.weakreflist = null;
    PyObject_GC_Link(type, this.ob_size_bytes);
  }
}

function bytes_dealloc(self: PyObject): void {
  // tp_free: a subtype instance has the GC header.
  if ((self.ob_type.tp_flags & TPFLAGS_HAVE_GC) !== 0) PyObject_GC_Del(self as PyGCObject);
  else PyObject_Free(self);
}

export const PyBytes_Type: PyTypeObject = newStaticType(
  "bytes",
  33,
  TPFLAGS_BASETYPE | TPFLAGS_BYTES_SUBCLASS | TPFLAGS_MATCH_SELF,
  bytes_dealloc,
  undefined,
  1,
);

const bytes_empty: PyBytesObject = makeStatic(new PyBytesObject(PyBytes_Type, new Uint8Array(0)));
const characters: PyBytesObject[] = [];
for (let i = 0; i < 256; i++) characters.push(makeStatic(new PyBytesObject(PyBytes_Type, Uint8Array.of(i))));

/** PyBytes_FromStringAndSize(NULL, len) filled with `data` (taken over):
 *  the empty result is the singleton, any other a new object. */
export function PyBytes_FromArray(data: Uint8Array): PyBytesObject {
  if (data.length === 0) return Py_NewRef(bytes_empty);
  return new PyBytesObject(PyBytes_Type, data);
}

/** PyBytes_FromStringAndSize(str, len) for a copy `data` (taken over): an
 *  empty or one-byte result is a singleton. */
export function PyBytes_FromStringAndSize(data: Uint8Array): PyBytesObject {
  if (data.length === 1) return Py_NewRef(characters[data[0]]);
  return PyBytes_FromArray(data);
}

export function PyBytes_Check(o: PyObject): o is PyBytesObject {
  return o instanceof PyBytesObject;
}

export function PyBytes_CheckExact(o: PyObject): o is PyBytesObject {
  return o.ob_type === PyBytes_Type;
}

/** PyBytes_Repr with smart quotes: b'...' with \\x escapes. */
export function bytesReprString(data: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of data) {
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 34 : 39;
  return "b" + escapeBytes(data, quote);
}

/** The quoted body of a bytes or bytearray repr. */
export function escapeBytes(data: Uint8Array, quote: number): string {
  let out = String.fromCharCode(quote);
  for (const c of data) {
    if (c === quote || c === 92) out += "\\" + String.fromCharCode(c);
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 32 || c >= 127) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

function bytes_repr(self: PyObject): PyObject {
  return PyUnicode_FromString(bytesReprString((self as PyBytesObject).ob_sval));
}

function bytes_length(self: PyObject): number {
  return (self as PyBytesObject).ob_sval.length;
}

function bytes_item(self: PyObject, i: number): PyObject {
  const d = (self as PyBytesObject).ob_sval;
  if (i < 0 || i >= d.length) throw PyErr_Format(PyExc_IndexError, "index out of range");
  return PyLong_FromNumber(d[i]);
}

function bytes_subscript(self: PyObject, key: PyObject): PyObject {
  const d = (self as PyBytesObject).ob_sval;
  if (PyIndex_Check(key)) {
    let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
    if (i < 0) i += d.length;
    return bytes_item(self, i);
  }
  if (key instanceof PySliceObject) {
    const [a, b, step] = PySlice_Unpack(key);
    const [start, , len] = PySlice_AdjustIndices(d.length, a, b, step);
    if (len <= 0) return Py_NewRef(bytes_empty);
    if (start === 0 && step === 1 && len === d.length && self.ob_type === PyBytes_Type) return Py_NewRef(self);
    if (step === 1) return PyBytes_FromStringAndSize(d.slice(start, start + len));
    const out = new Uint8Array(len);
    for (let k = 0, i = start; k < len; k++, i += step) out[k] = d[i];
    return PyBytes_FromArray(out);
  }
  throw PyErr_Format(PyExc_TypeError, `byte indices must be integers or slices, not ${key.ob_type.tp_name}`);
}

/** bytes_concat (also bytes' sq_concat): any two bytes-like objects. */
function bytes_concat(a: PyObject, b: PyObject): PyObject {
  const va = bufferBytesOrNull(a);
  const vb = va === null ? null : bufferBytesOrNull(b);
  if (va === null || vb === null) {
    throw PyErr_Format(PyExc_TypeError, `can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
  }
  if (va.length === 0 && b.ob_type === PyBytes_Type) return Py_NewRef(b);
  if (vb.length === 0 && a.ob_type === PyBytes_Type) return Py_NewRef(a);
  heapCheck(va.length + vb.length);
  const out = new Uint8Array(va.length + vb.length);
  out.set(va, 0);
  out.set(vb, va.length);
  return PyBytes_FromArray(out);
}

function bytes_repeat(self: PyObject, n: number): PyObject {
  const d = (self as PyBytesObject).ob_sval;
  if (n < 0) n = 0;
  if (n > 0 && d.length > Number.MAX_SAFE_INTEGER / n) {
    throw PyErr_Format(PyExc_OverflowError, "repeated bytes are too long");
  }
  const size = d.length * n;
  if (size === d.length && self.ob_type === PyBytes_Type) return Py_NewRef(self);
  // A new object even when empty: bytes_repeat allocates directly.
  heapCheck(33 + size);
  const out = new Uint8Array(size);
  _PyBytes_Repeat(out, 0, d, n);
  return new PyBytesObject(PyBytes_Type, out);
}

/**
 * _PyBytes_Repeat: `count` copies of `src` into `dest` from `start`, by
 * doubling what is already copied (log2(count) block copies), checking
 * for limits and interrupts between copies.
 */
export function _PyBytes_Repeat(dest: Uint8Array, start: number, src: Uint8Array, count: number): void {
  const total = src.length * count;
  if (total <= 0) return;
  if (src.length === 1) {
    dest.fill(src[0], start, start + total);
    return;
  }
  dest.set(src, start);
  let done = src.length;
  while (done < total) {
    const n = Math.min(done, total - done);
    _Py_CheckInterrupt(n >> 10);
    dest.copyWithin(start + done, start, start + n);
    done += n;
  }
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function bytes_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyBytesObject) || !(b instanceof PyBytesObject)) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  if (op === Py_EQ || op === Py_NE) {
    const x = a.ob_sval;
    const y = b.ob_sval;
    let eq = a === b || x.length === y.length;
    if (eq && a !== b) for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) eq = false;
    const r = eq === (op === Py_EQ) ? Py_True : Py_False;
    r.ob_refcnt++;
    return r;
  }
  return richcompareResult(compareBytes(a.ob_sval, b.ob_sval), op);
}

/** Equal to str's hash for the same ASCII text, as CPython's are. */
function bytes_hash(self: PyObject): number {
  const b = self as PyBytesObject;
  if (b.hash !== -1) return recallHash(b.hash, b.hashHi);
  b.hash = _Py_HashBytes(b.ob_sval, b.ob_sval.length);
  b.hashHi = hashReg.hi;
  return b.hash;
}

function bytes_str(self: PyObject): PyObject {
  return bytes_repr(self);
}

function bytes_getbuffer(self: PyObject, flags: number) {
  const d = (self as PyBytesObject).ob_sval;
  const view = PyBuffer_FillInfo(self, d, 0, d.length, true, flags);
  Py_INCREF(self);
  return view;
}

// ---------------------------------------------------------------- methods

const bytesKind: BytesKind = {
  type: PyBytes_Type,
  mutable: false,
  data: (self) => (self as PyBytesObject).ob_sval,
  fromData: PyBytes_FromStringAndSize,
  newSized: PyBytes_FromArray,
};

const M = makeBytesMethods(bytesKind);

function bytes_getnewargs(self: PyObject): PyObject {
  return _PyTuple_FromArraySteal([PyBytes_FromStringAndSize((self as PyBytesObject).ob_sval.slice())]);
}

/** bytes.__bytes__: exact bytes, the object itself if it is one. */
function bytes___bytes__(self: PyObject): PyObject {
  if (self.ob_type === PyBytes_Type) return Py_NewRef(self);
  return PyBytes_FromStringAndSize((self as PyBytesObject).ob_sval.slice());
}

/** bytes % args (nb_remainder). */
function bytes_mod(self: PyObject, arg: PyObject): PyObject {
  if (!(self instanceof PyBytesObject)) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  return PyBytes_FromStringAndSize(_PyBytes_FormatEx(self.ob_sval, arg, bytesFormatHooks));
}

/** How bytes-format.ts reads bytes and bytearray (bytearrayobject.ts adds itself). */
export const bytesFormatHooks = {
  byteString: (o: PyObject): Uint8Array | null => (o instanceof PyBytesObject ? o.ob_sval : byteArrayData(o)),
  isBytes: (o: PyObject): boolean => o instanceof PyBytesObject,
  makeKey: (d: Uint8Array): PyObject => PyBytes_FromStringAndSize(d),
};

/** The bytes of a bytearray (installed by bytearrayobject.ts), else null. */
let byteArrayData: (o: PyObject) => Uint8Array | null = () => null;
export function _PyBytes_SetByteArrayData(f: (o: PyObject) => Uint8Array | null): void {
  byteArrayData = f;
}

bytesType.isBytes = (o) => o instanceof PyBytesObject;
bytesType.isByteString = (o) => o instanceof PyBytesObject || byteArrayData(o) !== null;
bytesType.fromArray = PyBytes_FromArray;

// ---------------------------------------------------------------- bytes()

const bytesParser = newArgParser("bytes", ["source", "encoding", "errors"], 0);

function bytes_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [x, encObj, errObj] = _PyArg_UnpackKeywords(args, kwnames, bytesParser, [null, null, null]);
  const encoding = encObj === null ? null : strArg("bytes", "argument 'encoding'", encObj);
  const errors = errObj === null ? null : strArg("bytes", "argument 'errors'", errObj);
  let bytes: PyObject;
  if (x === null) {
    if (encoding !== null || errors !== null) {
      throw PyErr_Format(
        PyExc_TypeError,
        encoding !== null ? "encoding without a string argument" : "errors without a string argument",
      );
    }
    bytes = Py_NewRef(bytes_empty);
  } else if (encoding !== null) {
    if (!(x instanceof PyUnicodeObject)) throw PyErr_Format(PyExc_TypeError, "encoding without a string argument");
    bytes = PyUnicode_AsEncodedString(x, encoding, errors);
  } else if (errors !== null) {
    throw PyErr_Format(
      PyExc_TypeError,
      x instanceof PyUnicodeObject ? "string argument without an encoding" : "errors without a string argument",
    );
  } else {
    const func = _PyObject_LookupSpecialString(x, "__bytes__");
    if (func !== null) {
      try {
        bytes = PyObject_CallNoArgs(func);
      } finally {
        Py_DECREF(func);
      }
      if (!(bytes instanceof PyBytesObject)) {
        const tn = bytes.ob_type.tp_name;
        Py_DECREF(bytes);
        throw PyErr_Format(PyExc_TypeError, `__bytes__ returned non-bytes (type ${tn})`);
      }
    } else if (x instanceof PyUnicodeObject) {
      throw PyErr_Format(PyExc_TypeError, "string argument without an encoding");
    } else bytes = fromIndexOrObject(x);
  }
  if (type === PyBytes_Type) return bytes;
  // bytes_subtype_new: tracked as PyType_GenericAlloc tracks it.
  const b = bytes as PyBytesObject;
  const sub = new PyBytesSubtypeObject(type, b.ob_sval);
  sub.hash = b.hash;
  Py_DECREF(b);
  PyObject_GC_Track(sub);
  return sub;
}

/** bytes(n) for an index, else PyBytes_FromObject. */
function fromIndexOrObject(x: PyObject): PyObject {
  if (PyIndex_Check(x)) {
    let size: number;
    try {
      size = PyNumber_AsSsize_t(x, PyExc_OverflowError);
    } catch (e) {
      if (!PyErr_ExceptionMatches(e, PyExc_TypeError)) throw e;
      Py_DECREF(e as PyObject);
      return PyBytes_FromObject(x);
    }
    if (size < 0) throw PyErr_Format(PyExc_ValueError, "negative count");
    heapCheck(33 + size);
    return PyBytes_FromArray(new Uint8Array(size));
  }
  return PyBytes_FromObject(x);
}

/** A byte from an iterable's item (PyNumber_AsSsize_t, then the range). */
function byteValue(item: PyObject): number {
  const v = PyNumber_AsSsize_t(item, null);
  if (v < 0 || v >= 256) throw PyErr_Format(PyExc_ValueError, "bytes must be in range(0, 256)");
  return v;
}

/** PyObject_Bytes (Objects/object.c): an exact bytes, __bytes__'s result,
 *  or PyBytes_FromObject. */
export function PyObject_Bytes(v: PyObject): PyObject {
  if (v.ob_type === PyBytes_Type) return Py_NewRef(v);
  const func = _PyObject_LookupSpecialString(v, "__bytes__");
  if (func === null) return PyBytes_FromObject(v);
  let result: PyObject;
  try {
    result = PyObject_CallNoArgs(func);
  } finally {
    Py_DECREF(func);
  }
  if (!(result instanceof PyBytesObject)) {
    const tn = result.ob_type.tp_name;
    Py_DECREF(result);
    throw PyErr_Format(PyExc_TypeError, `__bytes__ returned non-bytes (type ${tn})`);
  }
  return result;
}

/** PyBytes_FromObject: bytes(x) for a buffer or an iterable of ints. */
export function PyBytes_FromObject(x: PyObject): PyObject {
  if (x.ob_type === PyBytes_Type) return Py_NewRef(x);
  if (PyObject_CheckBuffer(x)) {
    const view = PyObject_GetBuffer(x, PyBUF_FULL_RO);
    try {
      return PyBytes_FromArray(PyBuffer_ToContiguous(view));
    } finally {
      PyBuffer_Release(view);
    }
  }
  if (x instanceof PyListObject && PyList_CheckExact(x)) {
    const out: number[] = [];
    for (let i = 0; i < x.ob_item.length; i++) {
      const item = x.ob_item[i];
      Py_INCREF(item);
      try {
        out.push(byteValue(item));
      } finally {
        Py_DECREF(item);
      }
    }
    return PyBytes_FromStringAndSize(Uint8Array.from(out));
  }
  if (x instanceof PyTupleObject && PyTuple_CheckExact(x)) {
    const out = new Uint8Array(x.ob_item.length);
    for (let i = 0; i < out.length; i++) out[i] = byteValue(x.ob_item[i]);
    return PyBytes_FromArray(out);
  }
  if (!(x instanceof PyUnicodeObject)) {
    let it: PyObject | null = null;
    try {
      it = PyObject_GetIter(x);
    } catch (e) {
      if (!PyErr_ExceptionMatches(e, PyExc_TypeError)) throw e;
      Py_DECREF(e as PyObject);
    }
    if (it !== null) {
      try {
        PyObject_LengthHint(x, 64);
        const out: number[] = [];
        for (let item = PyIter_Next(it); item !== null; item = PyIter_Next(it)) {
          try {
            out.push(byteValue(item));
          } finally {
            Py_DECREF(item);
          }
        }
        return PyBytes_FromStringAndSize(Uint8Array.from(out));
      } finally {
        Py_DECREF(it);
      }
    }
  }
  throw PyErr_Format(PyExc_TypeError, `cannot convert '${x.ob_type.tp_name}' object to bytes`);
}

// ---------------------------------------------------------------- the iterator

/** bytes_iterator (CPython's striterobject). */
export class PyBytesIterObject extends GCBase {
  it_index: number;
  it_seq: PyBytesObject | null;
  constructor(type: PyTypeObject, seq: PyBytesObject) {
    super(type, 32);
    this.it_index = 0;
    this.it_seq = seq;
  }
}

function striter_dealloc(self: PyObject): void {
  const it = self as PyBytesIterObject;
  PyObject_GC_UnTrack(it);
  const seq = it.it_seq;
  it.it_seq = null;
  if (seq !== null) Py_DECREF(seq);
  PyObject_GC_Del(it);
}

function striter_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const seq = (self as PyBytesIterObject).it_seq;
  if (seq !== null) visit(seq);
}

export const PyBytesIter_Type: PyTypeObject = newStaticType("bytes_iterator", 32, TPFLAGS_HAVE_GC, striter_dealloc);

function bytes_iter(self: PyObject): PyObject {
  const it = new PyBytesIterObject(PyBytesIter_Type, Py_NewRef(self as PyBytesObject));
  PyObject_GC_Track(it);
  return it;
}

function striter_next(self: PyObject): PyObject | null {
  const it = self as PyBytesIterObject;
  const seq = it.it_seq;
  if (seq === null) return null;
  if (it.it_index < seq.ob_sval.length) return PyLong_FromNumber(seq.ob_sval[it.it_index++]);
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
}

function striter_len(o: PyObject): number {
  const it = o as PyBytesIterObject;
  return it.it_seq === null ? 0 : it.it_seq.ob_sval.length - it.it_index;
}

PyBytesIter_Type.tp_iter = (self) => Py_NewRef(self);
PyBytesIter_Type.tp_iternext = striter_next;
PyBytesIter_Type.tp_traverse = striter_traverse;
function striter_reduce(self: PyObject): PyObject {
  const it = self as PyBytesIterObject;
  const iter = _PyEval_GetBuiltin("iter");
  if (it.it_seq !== null) return seqIterReduce(iter, it.it_seq, it.it_index);
  return exhaustedIterReduce(iter, Py_NewRef(Py_EmptyTuple));
}

function striter_setstate(self: PyObject, state: PyObject): PyObject {
  const it = self as PyBytesIterObject;
  const index = setstateIndex(state, 0, it.it_seq === null ? 0 : it.it_seq.ob_sval.length);
  if (it.it_seq !== null) it.it_index = index;
  return Py_NewRef(Py_None);
}

PyBytesIter_Type.tp_methods = [
  { name: "__length_hint__", meth: (self: PyObject) => PyLong_FromNumber(striter_len(self)), flags: METH_NOARGS },
  { name: "__reduce__", meth: striter_reduce, flags: METH_NOARGS },
  { name: "__setstate__", meth: striter_setstate, flags: METH_O },
];
registerLengthHint(PyBytesIter_Type, striter_len);

// ---------------------------------------------------------------- the type

PyBytes_Type.tp_methods = [
  { name: "__getnewargs__", meth: bytes_getnewargs, flags: METH_NOARGS },
  { name: "__bytes__", meth: bytes___bytes__, flags: METH_NOARGS },
  { name: "capitalize", meth: M.capitalize, flags: METH_NOARGS },
  { name: "center", meth: M.center, flags: METH_FASTCALL },
  { name: "count", meth: M.count, flags: METH_FASTCALL },
  { name: "decode", meth: M.decode, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "endswith", meth: M.endswith, flags: METH_FASTCALL },
  { name: "expandtabs", meth: M.expandtabs, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "find", meth: M.find, flags: METH_FASTCALL },
  { name: "fromhex", meth: M.fromhex, flags: METH_O | METH_CLASS },
  { name: "hex", meth: M.hex, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "index", meth: M.index, flags: METH_FASTCALL },
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
  { name: "replace", meth: M.replace, flags: METH_FASTCALL },
  { name: "removeprefix", meth: M.removeprefix, flags: METH_O },
  { name: "removesuffix", meth: M.removesuffix, flags: METH_O },
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
PyBytes_Type.tp_new = bytes_new;
PyBytes_Type.tp_repr = bytes_repr;
PyBytes_Type.tp_str = bytes_str;
PyBytes_Type.tp_hash = bytes_hash;
PyBytes_Type.tp_richcompare = bytes_richcompare;
PyBytes_Type.tp_iter = bytes_iter;
PyBytes_Type.nb_remainder = bytes_mod;
PyBytes_Type.sq_length = bytes_length;
PyBytes_Type.sq_item = bytes_item;
PyBytes_Type.sq_concat = bytes_concat;
PyBytes_Type.sq_contains = M.contains;
PyBytes_Type.mp_length = bytes_length;
PyBytes_Type.mp_subscript = bytes_subscript;
registerSequenceRepeat(PyBytes_Type, bytes_repeat, null, null);
registerBufferProcs(PyBytes_Type, { bf_getbuffer: bytes_getbuffer, bf_releasebuffer: null });
