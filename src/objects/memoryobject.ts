/**
 * `memoryview` and its managed buffer: CPython 3.11's Objects/
 * memoryobject.c, for one-dimensional views (and the zero-dimensional
 * and N-dimensional results of `cast` with a shape, which read and
 * compare but are not sliced).
 *
 * Ownership, as CPython's: `memoryview(x)` asks x for a buffer once and
 * keeps it in a `managedbuffer` object (its `master` view owns the
 * reference to x: x's refcount grows by one however many views share
 * it). Every memoryview made from it — slices, casts, `memoryview(mv)`,
 * `toreadonly()` — registers with the same managed buffer
 * (`mbuf.exports`) and owns a reference to it. A view's `release()` (or
 * the end of a `with` block, or its deallocation) unregisters it; when the
 * last one goes, the managed buffer gives the master view back
 * (PyBuffer_Release), so a bytearray can change size again and x's count
 * drops. A released view raises "operation forbidden on released
 * memoryview object" for every access. A memoryview is itself an
 * exporter: while a buffer taken from it is out (`exports`) it cannot be
 * released.
 *
 * Items: `format` is a native struct format of one character ('B' for
 * bytes), read and written with a DataView in the machine's (little-
 * endian) order; the view's items are at `view.offset + i*strides[0]` in
 * `view.buf`, the exporter's memory.
 *
 * Sizes: sys.getsizeof(memoryview) is 144 + 24 per dimension (shape,
 * strides and suboffsets) plus the GC header; a managed buffer is 112.
 */
import { _Py_HashBytes, hashReg, recallHash } from "./hashutil.js";
import { PyGCObject, type PyObject, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack, _PyObject_GC_IS_TRACKED } from "../heap/gc.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "../heap/refcount.js";
import { heapCheck } from "../heap/allocator.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import { PyErr_ExceptionMatches, PyErr_Format } from "./errors.js";
import {
  PyExc_BufferError,
  PyExc_IndexError,
  PyExc_NotImplementedError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "./exceptions.js";
import { Py_Ellipsis, Py_None, Py_NotImplemented } from "./noneobject.js";
import {
  PyBool_FromBool,
  PyLongObject,
  PyLong_FromBigInt,
  PyLong_FromNumber,
  Py_False,
  Py_True,
} from "./longobject.js";
import { PyFloat_AsDouble, PyFloat_FromDouble } from "./floatobject.js";
import { PyUnicodeObject, PyUnicode_FromString } from "./unicodeobject.js";
import { PySliceObject, PySlice_Unpack, PySlice_AdjustIndices } from "./sliceobject.js";
import { PyTupleObject, _PyTuple_FromArraySteal } from "./tupleobject.js";
import { PyListObject, _PyList_FromArraySteal } from "./listobject.js";
import { METH_NOARGS, METH_FASTCALL, METH_KEYWORDS } from "./methoddef.js";
import { newArgParser, _PyArg_UnpackKeywords } from "./getargs.js";
import {
  PyIndex_Check,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  PyObject_Hash,
  PyObject_IsTrue,
  PyObject_RichCompareBool,
} from "./abstract.js";
import { PyObject_ClearWeakRefs } from "./weakrefobject.js";
import { addrString } from "./object.js";
import {
  PyBUF_FORMAT,
  PyBUF_FULL_RO,
  PyBUF_ND,
  PyBUF_STRIDES,
  PyBUF_WRITABLE,
  PyBuffer_IsContiguous,
  PyBuffer_Release,
  PyBuffer_ToContiguous,
  PyObject_CheckBuffer,
  PyObject_GetBuffer,
  Py_buffer,
  registerBufferProcs,
} from "./buffer.js";
import { PyBytesObject, PyBytes_FromArray, PyBytes_FromStringAndSize } from "./bytesobject.js";
import { _Py_strhex_with_sep, asCInt, badArgument } from "./bytes-methods.js";

// ---------------------------------------------------------------- the managed buffer

const MANAGED_BUFFER_RELEASED = 1;

export class PyManagedBufferObject extends PyGCObject {
  flags: number;
  /** Memoryviews registered with this buffer. */
  exports: number;
  /** The exporter's view (owns `master.obj`). */
  master: Py_buffer;
  constructor(type: PyTypeObject, master: Py_buffer) {
    super(type, 112);
    this.flags = 0;
    this.exports = 0;
    this.master = master;
  }
}

/** mbuf_release: give the master view back (once). */
function mbuf_release(self: PyManagedBufferObject): void {
  if ((self.flags & MANAGED_BUFFER_RELEASED) !== 0) return;
  self.flags |= MANAGED_BUFFER_RELEASED;
  if (_PyObject_GC_IS_TRACKED(self)) PyObject_GC_UnTrack(self);
  PyBuffer_Release(self.master);
}

function mbuf_dealloc(self: PyObject): void {
  const mb = self as PyManagedBufferObject;
  mbuf_release(mb);
  PyObject_GC_Del(mb);
}

function mbuf_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const obj = (self as PyManagedBufferObject).master.obj;
  if (obj !== null) visit(obj);
}

function mbuf_clear(self: PyObject): void {
  mbuf_release(self as PyManagedBufferObject);
}

export const PyManagedBuffer_Type: PyTypeObject = newStaticType("managedbuffer", 112, TPFLAGS_HAVE_GC, mbuf_dealloc);
PyManagedBuffer_Type.tp_traverse = mbuf_traverse;
PyManagedBuffer_Type.tp_clear = mbuf_clear;

/** _PyManagedBuffer_FromObject. */
function mbufFromObject(base: PyObject): PyManagedBufferObject {
  const master = PyObject_GetBuffer(base, PyBUF_FULL_RO);
  const mb = new PyManagedBufferObject(PyManagedBuffer_Type, master);
  PyObject_GC_Track(mb);
  return mb;
}

// ---------------------------------------------------------------- the memoryview

const MEMORYVIEW_RELEASED = 0x001;
const MEMORYVIEW_C = 0x002;
const MEMORYVIEW_FORTRAN = 0x004;
const MEMORYVIEW_SCALAR = 0x008;

/** sizeof(PyMemoryViewObject) before its shape/strides/suboffsets array. */
const MEMORYVIEW_BASICSIZE = 144;

export class PyMemoryViewObject extends PyGCObject {
  mbuf: PyManagedBufferObject | null;
  hash: number;
  hashHi: number;
  flags: number;
  /** Buffers this memoryview has lent (memory_getbuf). */
  exports: number;
  /** The view (its `obj` is borrowed: the managed buffer owns it). */
  view: Py_buffer;
  constructor(type: PyTypeObject, view: Py_buffer, ndim: number) {
    super(type, MEMORYVIEW_BASICSIZE + 24 * ndim);
    this.mbuf = null;
    this.hash = -1;
    this.hashHi = 0;
    this.flags = 0;
    this.exports = 0;
    this.view = view;
  }
}

function memory_dealloc(self: PyObject): void {
  const mv = self as PyMemoryViewObject;
  PyObject_GC_UnTrack(mv);
  memoryRelease(mv);
  const mb = mv.mbuf;
  mv.mbuf = null;
  if (mb !== null) Py_DECREF(mb);
  if (mv.weakreflist !== null) PyObject_ClearWeakRefs(mv);
  PyObject_GC_Del(mv);
}

function memory_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const mb = (self as PyMemoryViewObject).mbuf;
  if (mb !== null) visit(mb);
}

function memory_clear(self: PyObject): void {
  const mv = self as PyMemoryViewObject;
  memoryRelease(mv);
  const mb = mv.mbuf;
  mv.mbuf = null;
  if (mb !== null) Py_DECREF(mb);
}

export const PyMemoryView_Type: PyTypeObject = newStaticType(
  "memoryview",
  MEMORYVIEW_BASICSIZE,
  TPFLAGS_HAVE_GC,
  memory_dealloc,
  undefined,
  8,
);
PyMemoryView_Type.tp_weakrefable = true;

export function PyMemoryView_Check(o: PyObject): o is PyMemoryViewObject {
  return o instanceof PyMemoryViewObject;
}

function baseInaccessible(mv: PyMemoryViewObject): boolean {
  return (mv.flags & MEMORYVIEW_RELEASED) !== 0 || (mv.mbuf!.flags & MANAGED_BUFFER_RELEASED) !== 0;
}

/** CHECK_RELEASED. */
function checkReleased(mv: PyMemoryViewObject): void {
  if (baseInaccessible(mv)) {
    throw PyErr_Format(PyExc_ValueError, "operation forbidden on released memoryview object");
  }
}

/** A copy of `src`'s fields (init_shared_values + init_shape_strides). */
function copyView(src: Py_buffer): Py_buffer {
  const v = new Py_buffer(src.obj!, src.buf, src.offset, src.len, src.readonly);
  v.obj = src.obj;
  v.itemsize = src.itemsize;
  v.format = src.format;
  v.ndim = src.ndim;
  v.shape = src.shape.slice();
  v.strides = src.strides.slice();
  return v;
}

/** init_flags. */
function initFlags(mv: PyMemoryViewObject): void {
  const view = mv.view;
  let flags = 0;
  if (view.ndim === 0) flags = MEMORYVIEW_SCALAR | MEMORYVIEW_C | MEMORYVIEW_FORTRAN;
  else if (view.ndim === 1) {
    if (view.shape[0] === 1 || view.strides[0] === view.itemsize) flags = MEMORYVIEW_C | MEMORYVIEW_FORTRAN;
  } else {
    if (PyBuffer_IsContiguous(view)) flags |= MEMORYVIEW_C;
    if (isFortranContiguous(view)) flags |= MEMORYVIEW_FORTRAN;
  }
  mv.flags = flags;
}

function isFortranContiguous(view: Py_buffer): boolean {
  let sd = view.itemsize;
  for (let i = 0; i < view.ndim; i++) {
    const dim = view.shape[i];
    if (dim > 1 && view.strides[i] !== sd) return false;
    sd *= dim;
  }
  return true;
}

/** mbuf_add_view: a new memoryview of `src` registered with `mbuf`. */
function mbufAddView(mbuf: PyManagedBufferObject, src: Py_buffer | null, allocNdim = -1): PyMemoryViewObject {
  const view = copyView(src ?? mbuf.master);
  const mv = new PyMemoryViewObject(PyMemoryView_Type, view, allocNdim >= 0 ? allocNdim : view.ndim);
  initFlags(mv);
  mv.mbuf = Py_NewRef(mbuf);
  mbuf.exports++;
  PyObject_GC_Track(mv);
  return mv;
}

/** PyMemoryView_FromObject. */
export function PyMemoryView_FromObject(v: PyObject): PyObject {
  if (v instanceof PyMemoryViewObject) {
    checkReleased(v);
    return mbufAddView(v.mbuf!, v.view);
  }
  if (PyObject_CheckBuffer(v)) {
    const mbuf = mbufFromObject(v);
    try {
      return mbufAddView(mbuf, null);
    } finally {
      Py_DECREF(mbuf);
    }
  }
  throw PyErr_Format(PyExc_TypeError, `memoryview: a bytes-like object is required, not '${v.ob_type.tp_name}'`);
}

const memoryviewParser = newArgParser("memoryview", ["object"], 1);

function memoryview_new(_type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [object] = _PyArg_UnpackKeywords(args, kwnames, memoryviewParser, [null]);
  return PyMemoryView_FromObject(object!);
}

/** _memory_release: unregister from the managed buffer. */
function memoryRelease(mv: PyMemoryViewObject): void {
  if ((mv.flags & MEMORYVIEW_RELEASED) !== 0) return;
  if (mv.exports === 0) {
    mv.flags |= MEMORYVIEW_RELEASED;
    const mb = mv.mbuf!;
    if (--mb.exports === 0) mbuf_release(mb);
    return;
  }
  throw PyErr_Format(PyExc_BufferError, `memoryview has ${mv.exports} exported buffer${mv.exports === 1 ? "" : "s"}`);
}

function memoryview_release(self: PyObject): PyObject {
  memoryRelease(self as PyMemoryViewObject);
  return Py_NewRef(Py_None);
}

function memory_enter(self: PyObject): PyObject {
  checkReleased(self as PyMemoryViewObject);
  return Py_NewRef(self);
}

function memory_exit(self: PyObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  return memoryview_release(self);
}

// ---------------------------------------------------------------- buffer export

function memory_getbuf(self: PyObject, flags: number): Py_buffer {
  const mv = self as PyMemoryViewObject;
  checkReleased(mv);
  const base = mv.view;
  if ((flags & PyBUF_WRITABLE) !== 0 && base.readonly) {
    throw PyErr_Format(PyExc_BufferError, "memoryview: underlying buffer is not writable");
  }
  const view = copyView(base);
  if ((flags & PyBUF_STRIDES) !== PyBUF_STRIDES && (mv.flags & MEMORYVIEW_C) === 0) {
    throw PyErr_Format(PyExc_BufferError, "memoryview: underlying buffer is not C-contiguous");
  }
  if ((flags & PyBUF_ND) !== PyBUF_ND) {
    if ((flags & PyBUF_FORMAT) !== 0) {
      throw PyErr_Format(PyExc_BufferError, "memoryview: cannot cast to unsigned bytes if the format flag is present");
    }
    // A plain run of bytes.
    view.format = "B";
    view.itemsize = 1;
    view.ndim = 1;
    view.shape = [view.len];
    view.strides = [1];
  }
  view.obj = self;
  Py_INCREF(self);
  mv.exports++;
  return view;
}

function memory_releasebuf(self: PyObject, _view: Py_buffer): void {
  (self as PyMemoryViewObject).exports--;
}

// ---------------------------------------------------------------- items

/** The bytes of one item of each native format. */
const FORMAT_SIZES: Record<string, number> = {
  c: 1,
  b: 1,
  B: 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  n: 8,
  N: 8,
  f: 4,
  d: 8,
  "?": 1,
  P: 8,
};

/** get_native_fmtchar: [char, size] of a native single-character format, or null. */
function nativeFormat(fmt: string): [string, number] | null {
  const f = fmt[0] === "@" ? fmt.slice(1) : fmt;
  const size = f.length === 1 ? FORMAT_SIZES[f] : undefined;
  return size === undefined ? null : [f, size];
}

/** adjust_fmt: the format character items are read with. */
function adjustFmt(view: Py_buffer): string {
  const f = view.format[0] === "@" ? view.format.slice(1) : view.format;
  if (f.length === 1) return f;
  throw PyErr_Format(PyExc_NotImplementedError, `memoryview: unsupported format ${view.format}`);
}

function dataView(buf: Uint8Array): DataView {
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** unpack_single: the item at `pos` as a Python object. */
function unpackSingle(mv: PyMemoryViewObject, buf: Uint8Array, pos: number, fmt: string): PyObject {
  checkReleased(mv);
  const dv = fmt === "B" || fmt === "c" ? null : dataView(buf);
  switch (fmt) {
    case "B":
      return PyLong_FromNumber(buf[pos]);
    case "b":
      return PyLong_FromNumber(dv!.getInt8(pos));
    case "h":
      return PyLong_FromNumber(dv!.getInt16(pos, true));
    case "H":
      return PyLong_FromNumber(dv!.getUint16(pos, true));
    case "i":
      return PyLong_FromNumber(dv!.getInt32(pos, true));
    case "I":
      return PyLong_FromNumber(dv!.getUint32(pos, true));
    case "l":
    case "q":
    case "n":
      return longFromBig(dv!.getBigInt64(pos, true));
    case "L":
    case "Q":
    case "N":
    case "P":
      return longFromBig(dv!.getBigUint64(pos, true));
    case "f":
      return PyFloat_FromDouble(dv!.getFloat32(pos, true));
    case "d":
      return PyFloat_FromDouble(dv!.getFloat64(pos, true));
    case "?":
      return PyBool_FromBool(buf[pos] !== 0);
    case "c":
      return PyBytes_FromStringAndSize(buf.slice(pos, pos + 1));
    default:
      throw PyErr_Format(PyExc_NotImplementedError, `memoryview: format ${fmt} not supported`);
  }
}

function longFromBig(v: bigint): PyObject {
  if (v >= -9007199254740991n && v <= 9007199254740991n) return PyLong_FromNumber(Number(v));
  return PyLong_FromBigInt(v);
}

function typeError(fmt: string): PyObject {
  return PyErr_Format(PyExc_TypeError, `memoryview: invalid type for format '${fmt}'`);
}

function valueError(fmt: string): PyObject {
  return PyErr_Format(PyExc_ValueError, `memoryview: invalid value for format '${fmt}'`);
}

/** An integer item's value (pylong_as_*), with fix_error_int's messages. */
function intItem(item: PyObject, fmt: string): bigint {
  let i: PyObject;
  try {
    i = PyNumber_Index(item);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, PyExc_TypeError)) {
      Py_DECREF(e as PyObject);
      throw typeError(fmt);
    }
    throw e;
  }
  const l = i as PyLongObject;
  const v = l.big === null ? BigInt(l.v) : l.big;
  Py_DECREF(i);
  return v;
}

const INT_RANGES: Record<string, [bigint, bigint]> = {
  b: [-128n, 127n],
  B: [0n, 255n],
  h: [-32768n, 32767n],
  H: [0n, 65535n],
  i: [-2147483648n, 2147483647n],
  I: [0n, 4294967295n],
  l: [-(2n ** 63n), 2n ** 63n - 1n],
  q: [-(2n ** 63n), 2n ** 63n - 1n],
  n: [-(2n ** 63n), 2n ** 63n - 1n],
  L: [0n, 2n ** 64n - 1n],
  Q: [0n, 2n ** 64n - 1n],
  N: [0n, 2n ** 64n - 1n],
  P: [0n, 2n ** 64n - 1n],
};

/** pack_single: store `item` at `pos`. */
function packSingle(mv: PyMemoryViewObject, buf: Uint8Array, pos: number, item: PyObject, fmt: string): void {
  const range = INT_RANGES[fmt];
  if (range !== undefined) {
    const v = intItem(item, fmt);
    checkReleased(mv);
    if (v < range[0] || v > range[1]) throw valueError(fmt);
    const dv = dataView(buf);
    switch (fmt) {
      case "b":
      case "B":
        buf[pos] = Number(v) & 0xff;
        break;
      case "h":
      case "H":
        dv.setUint16(pos, Number(v) & 0xffff, true);
        break;
      case "i":
      case "I":
        dv.setUint32(pos, Number(v) >>> 0, true);
        break;
      default:
        dv.setBigUint64(pos, BigInt.asUintN(64, v), true);
    }
    return;
  }
  switch (fmt) {
    case "f":
    case "d": {
      let d: number;
      try {
        d = PyFloat_AsDouble(item);
      } catch (e) {
        if (PyErr_ExceptionMatches(e, PyExc_TypeError)) {
          Py_DECREF(e as PyObject);
          throw typeError(fmt);
        }
        throw e;
      }
      checkReleased(mv);
      if (fmt === "f") dataView(buf).setFloat32(pos, d, true);
      else dataView(buf).setFloat64(pos, d, true);
      return;
    }
    case "?": {
      const t = PyObject_IsTrue(item);
      checkReleased(mv);
      buf[pos] = t ? 1 : 0;
      return;
    }
    case "c":
      if (!(item instanceof PyBytesObject)) throw typeError(fmt);
      if (item.ob_sval.length !== 1) throw valueError(fmt);
      buf[pos] = item.ob_sval[0];
      return;
    default:
      throw PyErr_Format(PyExc_NotImplementedError, `memoryview: format ${fmt} not supported`);
  }
}

/** The item at `index` of a one-dimensional view (lookup_dimension). */
function itemPos(view: Py_buffer, index: number, dim = 0): number {
  const n = view.shape[dim];
  if (index < 0) index += n;
  if (index < 0 || index >= n) {
    throw PyErr_Format(PyExc_IndexError, `index out of bounds on dimension ${dim + 1}`);
  }
  return view.offset + view.strides[dim] * index;
}

function memory_item(self: PyObject, index: number): PyObject {
  const mv = self as PyMemoryViewObject;
  checkReleased(mv);
  const view = mv.view;
  const fmt = adjustFmt(view);
  if (view.ndim === 0) throw PyErr_Format(PyExc_TypeError, "invalid indexing of 0-dim memory");
  if (view.ndim === 1) return unpackSingle(mv, view.buf, itemPos(view, index), fmt);
  throw PyErr_Format(PyExc_NotImplementedError, "multi-dimensional sub-views are not implemented");
}

/** ptr_from_tuple: the position of a full tuple index. */
function tuplePos(view: Py_buffer, key: PyTupleObject): number {
  const n = key.ob_item.length;
  if (n > view.ndim) {
    throw PyErr_Format(PyExc_TypeError, `cannot index ${view.ndim}-dimension view with ${n}-element tuple`);
  }
  let pos = view.offset;
  for (let dim = 0; dim < n; dim++) {
    let index = PyNumber_AsSsize_t(key.ob_item[dim], PyExc_IndexError);
    const len = view.shape[dim];
    if (index < 0) index += len;
    if (index < 0 || index >= len) {
      throw PyErr_Format(PyExc_IndexError, `index out of bounds on dimension ${dim + 1}`);
    }
    pos += view.strides[dim] * index;
  }
  return pos;
}

function isMultiindex(key: PyObject): key is PyTupleObject {
  return key instanceof PyTupleObject && key.ob_item.every((x) => PyIndex_Check(x));
}

function isMultislice(key: PyObject): boolean {
  return key instanceof PyTupleObject && key.ob_item.length > 0 && key.ob_item.every((x) => x instanceof PySliceObject);
}

/** init_slice on dimension 0 of `view`. */
function initSlice(view: Py_buffer, key: PySliceObject): void {
  const [a, b, step] = PySlice_Unpack(key);
  const [start, , len] = PySlice_AdjustIndices(view.shape[0], a, b, step);
  view.offset += view.strides[0] * start;
  view.shape[0] = len;
  view.strides[0] *= step;
}

function initLen(view: Py_buffer): void {
  let len = 1;
  for (let i = 0; i < view.ndim; i++) len *= view.shape[i];
  view.len = len * view.itemsize;
}

function memory_subscript(self: PyObject, key: PyObject): PyObject {
  const mv = self as PyMemoryViewObject;
  checkReleased(mv);
  const view = mv.view;
  if (view.ndim === 0) {
    if (key instanceof PyTupleObject && key.ob_item.length === 0) {
      return unpackSingle(mv, view.buf, view.offset, adjustFmt(view));
    }
    if (key === Py_Ellipsis) return Py_NewRef(self);
    throw PyErr_Format(PyExc_TypeError, "invalid indexing of 0-dim memory");
  }
  if (PyIndex_Check(key)) return memory_item(self, PyNumber_AsSsize_t(key, PyExc_IndexError));
  if (key instanceof PySliceObject) {
    const sliced = mbufAddView(mv.mbuf!, view);
    try {
      initSlice(sliced.view, key);
    } catch (e) {
      Py_DECREF(sliced);
      throw e;
    }
    initLen(sliced.view);
    initFlags(sliced);
    return sliced;
  }
  if (isMultiindex(key)) {
    const fmt = adjustFmt(view);
    if (key.ob_item.length < view.ndim) {
      throw PyErr_Format(PyExc_NotImplementedError, "sub-views are not implemented");
    }
    return unpackSingle(mv, view.buf, tuplePos(view, key), fmt);
  }
  if (isMultislice(key)) {
    throw PyErr_Format(PyExc_NotImplementedError, "multi-dimensional slicing is not implemented");
  }
  throw PyErr_Format(PyExc_TypeError, "memoryview: invalid slice key");
}

/** equiv_format: the formats (without '@') and item sizes agree. */
function equivFormat(a: Py_buffer, b: Py_buffer): boolean {
  const fa = a.format[0] === "@" ? a.format.slice(1) : a.format;
  const fb = b.format[0] === "@" ? b.format.slice(1) : b.format;
  return fa === fb && a.itemsize === b.itemsize;
}

/** equiv_shape. */
function equivShape(a: Py_buffer, b: Py_buffer): boolean {
  if (a.ndim !== b.ndim) return false;
  for (let i = 0; i < a.ndim; i++) {
    if (a.shape[i] !== b.shape[i]) return false;
    if (a.shape[i] === 0) break;
  }
  return true;
}

function memory_ass_sub(self: PyObject, key: PyObject, value: PyObject | null): void {
  const mv = self as PyMemoryViewObject;
  checkReleased(mv);
  const view = mv.view;
  const fmt = adjustFmt(view);
  if (view.readonly) throw PyErr_Format(PyExc_TypeError, "cannot modify read-only memory");
  if (value === null) throw PyErr_Format(PyExc_TypeError, "cannot delete memory");
  if (view.ndim === 0) {
    if (key === Py_Ellipsis || (key instanceof PyTupleObject && key.ob_item.length === 0)) {
      packSingle(mv, view.buf, view.offset, value, fmt);
      return;
    }
    throw PyErr_Format(PyExc_TypeError, "invalid indexing of 0-dim memory");
  }
  if (PyIndex_Check(key)) {
    if (view.ndim > 1) throw PyErr_Format(PyExc_NotImplementedError, "sub-views are not implemented");
    const pos = itemPos(view, PyNumber_AsSsize_t(key, PyExc_IndexError));
    packSingle(mv, view.buf, pos, value, fmt);
    return;
  }
  if (key instanceof PySliceObject && view.ndim === 1) {
    // The rvalue must be an exporter with the same structure.
    const src = PyObject_GetBuffer(value, PyBUF_FULL_RO);
    try {
      const dest = copyView(view);
      initSlice(dest, key);
      dest.len = dest.shape[0] * dest.itemsize;
      checkReleased(mv);
      if (!equivFormat(dest, src) || !equivShape(dest, src)) {
        throw PyErr_Format(PyExc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
      }
      // Through a copy, so overlapping views copy correctly.
      const data = PyBuffer_ToContiguous(src);
      const isz = dest.itemsize;
      for (let i = 0; i < dest.shape[0]; i++) {
        const at = dest.offset + i * dest.strides[0];
        for (let k = 0; k < isz; k++) dest.buf[at + k] = data[i * isz + k];
      }
    } finally {
      PyBuffer_Release(src);
    }
    return;
  }
  if (isMultiindex(key)) {
    if (key.ob_item.length < view.ndim) {
      throw PyErr_Format(PyExc_NotImplementedError, "sub-views are not implemented");
    }
    packSingle(mv, view.buf, tuplePos(view, key), value, fmt);
    return;
  }
  if (key instanceof PySliceObject || isMultislice(key)) {
    throw PyErr_Format(PyExc_NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
  }
  throw PyErr_Format(PyExc_TypeError, "memoryview: invalid slice key");
}

function memory_length(self: PyObject): number {
  const mv = self as PyMemoryViewObject;
  checkReleased(mv);
  return mv.view.ndim === 0 ? 1 : mv.view.shape[0];
}

// ---------------------------------------------------------------- methods

function memoryview_tolist(self: PyObject): PyObject {
  const mv = self as PyMemoryViewObject;
  checkReleased(mv);
  const view = mv.view;
  const fmt = adjustFmt(view);
  if (view.ndim === 0) return unpackSingle(mv, view.buf, view.offset, fmt);
  const rec = (dim: number, pos: number): PyObject => {
    const items: PyObject[] = [];
    try {
      for (let i = 0; i < view.shape[dim]; i++, pos += view.strides[dim]) {
        items.push(dim === view.ndim - 1 ? unpackSingle(mv, view.buf, pos, fmt) : rec(dim + 1, pos));
      }
    } catch (e) {
      for (const x of items) Py_DECREF(x);
      throw e;
    }
    return _PyList_FromArraySteal(items);
  };
  return rec(0, view.offset);
}

const tobytesParser = newArgParser("tobytes", ["order"], 0);

function memoryview_tobytes(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [order] = _PyArg_UnpackKeywords(args, kwnames, tobytesParser, [null]);
  const mv = self as PyMemoryViewObject;
  checkReleased(mv);
  if (order !== null && order !== Py_None) {
    if (!(order instanceof PyUnicodeObject)) throw badArgument("tobytes", "argument 'order'", "str or None", order);
    if (order.str !== "C" && order.str !== "F" && order.str !== "A") {
      throw PyErr_Format(PyExc_ValueError, "order must be 'C', 'F' or 'A'");
    }
  }
  heapCheck(mv.view.len);
  return PyBytes_FromArray(PyBuffer_ToContiguous(mv.view));
}

const hexParser = newArgParser("hex", ["sep", "bytes_per_sep"], 0);

function memoryview_hex(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [sep, bps] = _PyArg_UnpackKeywords(args, kwnames, hexParser, [null, null]);
  const perSep = bps === null ? 1 : asCInt(bps);
  const mv = self as PyMemoryViewObject;
  checkReleased(mv);
  return PyUnicode_FromString(_Py_strhex_with_sep(PyBuffer_ToContiguous(mv.view), sep, perSep));
}

const castParser = newArgParser("cast", ["format", "shape"], 1);

function memoryview_cast(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [format, shape] = _PyArg_UnpackKeywords(args, kwnames, castParser, [null, null]);
  if (!(format instanceof PyUnicodeObject)) throw badArgument("cast", "argument 'format'", "str", format!);
  const mv = self as PyMemoryViewObject;
  checkReleased(mv);
  const view = mv.view;
  if ((mv.flags & MEMORYVIEW_C) === 0) {
    throw PyErr_Format(PyExc_TypeError, "memoryview: casts are restricted to C-contiguous views");
  }
  const zeroInShape = view.shape.slice(0, view.ndim).includes(0);
  if ((shape !== null || view.ndim !== 1) && zeroInShape) {
    throw PyErr_Format(PyExc_TypeError, "memoryview: cannot cast view with zeros in shape or strides");
  }
  let ndim = 1;
  let dims: PyObject[] = [];
  if (shape !== null) {
    if (!(shape instanceof PyListObject) && !(shape instanceof PyTupleObject)) {
      throw PyErr_Format(PyExc_TypeError, "shape must be a list or a tuple");
    }
    dims = shape.ob_item;
    ndim = dims.length;
    if (ndim > 64) {
      throw PyErr_Format(PyExc_ValueError, "memoryview: number of dimensions must not exceed 64");
    }
    if (view.ndim !== 1 && ndim !== 1) {
      throw PyErr_Format(PyExc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    }
  }
  // cast_to_1D
  const dest = nativeFormat(format.str);
  if (dest === null) {
    throw PyErr_Format(
      PyExc_ValueError,
      "memoryview: destination format must be a native single character format prefixed with an optional '@'",
    );
  }
  const [destChar, itemsize] = dest;
  const src = nativeFormat(view.format);
  const isByte = (c: string): boolean => c === "b" || c === "B" || c === "c";
  if ((src === null || !isByte(src[0])) && !isByte(destChar)) {
    throw PyErr_Format(PyExc_TypeError, "memoryview: cannot cast between two non-byte formats");
  }
  if (view.len % itemsize !== 0) {
    throw PyErr_Format(PyExc_TypeError, "memoryview: length is not a multiple of itemsize");
  }
  const out = mbufAddView(mv.mbuf!, view, ndim === 0 ? 1 : ndim);
  try {
    const v = out.view;
    v.format = format.str[0] === "@" ? "@" + destChar : destChar;
    v.itemsize = itemsize;
    v.ndim = 1;
    v.shape = [v.len / itemsize];
    v.strides = [itemsize];
    if (shape !== null) castToND(v, dims, ndim);
    initFlags(out);
  } catch (e) {
    Py_DECREF(out);
    throw e;
  }
  return out;
}

/** cast_to_ND: the 1-D view reshaped to `dims`, C-contiguous. */
function castToND(view: Py_buffer, dims: PyObject[], ndim: number): void {
  view.ndim = ndim;
  let len = view.itemsize;
  if (ndim === 0) {
    view.shape = [];
    view.strides = [];
  } else {
    const shape: number[] = [];
    for (const d of dims) {
      if (!(d instanceof PyLongObject)) {
        throw PyErr_Format(PyExc_TypeError, "memoryview.cast(): elements of shape must be integers");
      }
      const x = d.big === null ? d.v : Number(d.big);
      if (x <= 0) throw PyErr_Format(PyExc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
      if (x > Number.MAX_SAFE_INTEGER / len) {
        throw PyErr_Format(PyExc_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
      }
      len *= x;
      shape.push(x);
    }
    view.shape = shape;
    const strides = new Array<number>(ndim).fill(0);
    strides[ndim - 1] = view.itemsize;
    for (let i = ndim - 2; i >= 0; i--) strides[i] = strides[i + 1] * shape[i + 1];
    view.strides = strides;
  }
  if (view.len !== len) {
    throw PyErr_Format(PyExc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
  }
}

function memoryview_toreadonly(self: PyObject): PyObject {
  const mv = self as PyMemoryViewObject;
  checkReleased(mv);
  const out = mbufAddView(mv.mbuf!, mv.view);
  out.view.readonly = true;
  return out;
}

// ---------------------------------------------------------------- comparison, hash, repr

/** An item as a comparable JS value (unpack_cmp / struct_unpack_cmp). */
function rawItem(view: Py_buffer, pos: number, fmt: string): number | bigint | boolean {
  const buf = view.buf;
  const dv = dataView(buf);
  switch (fmt) {
    case "B":
    case "c":
      return buf[pos];
    case "b":
      return dv.getInt8(pos);
    case "h":
      return dv.getInt16(pos, true);
    case "H":
      return dv.getUint16(pos, true);
    case "i":
      return dv.getInt32(pos, true);
    case "I":
      return dv.getUint32(pos, true);
    case "l":
    case "q":
    case "n":
      return dv.getBigInt64(pos, true);
    case "L":
    case "Q":
    case "N":
    case "P":
      return dv.getBigUint64(pos, true);
    case "f":
      return dv.getFloat32(pos, true);
    case "d":
      return dv.getFloat64(pos, true);
    default:
      return buf[pos] !== 0;
  }
}

/** The positions of all items of a view, in C order. */
function itemPositions(view: Py_buffer): number[] {
  if (view.ndim === 0) return [view.offset];
  const out: number[] = [];
  const walk = (dim: number, pos: number): void => {
    for (let i = 0; i < view.shape[dim]; i++, pos += view.strides[dim]) {
      if (dim === view.ndim - 1) out.push(pos);
      else walk(dim + 1, pos);
    }
  };
  walk(0, view.offset);
  return out;
}

function memory_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (op !== Py_EQ && op !== Py_NE) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  const mv = v as PyMemoryViewObject;
  let equal: boolean;
  let wbuf: Py_buffer | null = null;
  if (baseInaccessible(mv)) equal = v === w;
  else if (w instanceof PyMemoryViewObject && baseInaccessible(w)) equal = v === w;
  else {
    let ww: Py_buffer;
    if (w instanceof PyMemoryViewObject) ww = w.view;
    else {
      try {
        wbuf = PyObject_GetBuffer(w, PyBUF_FULL_RO);
      } catch (e) {
        Py_DECREF(e as PyObject);
        Py_NotImplemented.ob_refcnt++;
        return Py_NotImplemented;
      }
      ww = wbuf;
    }
    try {
      equal = compareViews(mv.view, ww);
    } finally {
      if (wbuf !== null) PyBuffer_Release(wbuf);
    }
  }
  const r = equal === (op === Py_EQ) ? Py_True : Py_False;
  r.ob_refcnt++;
  return r;
}

function compareViews(vv: Py_buffer, ww: Py_buffer): boolean {
  if (!equivShape(vv, ww)) return false;
  const vf = nativeFormat(vv.format);
  const wf = nativeFormat(ww.format);
  if (vf === null || wf === null) return false;
  const pv = itemPositions(vv);
  const pw = itemPositions(ww);
  if (vf[0] === wf[0]) {
    for (let i = 0; i < pv.length; i++) {
      if (rawItem(vv, pv[i], vf[0]) !== rawItem(ww, pw[i], wf[0])) return false;
    }
    return true;
  }
  // Different formats: compare the items as Python objects (the struct path).
  for (let i = 0; i < pv.length; i++) {
    const a = unpackObject(vv, pv[i], vf[0]);
    const b = unpackObject(ww, pw[i], wf[0]);
    try {
      if (!PyObject_RichCompareBool(a, b, Py_EQ)) return false;
    } finally {
      Py_DECREF(a);
      Py_DECREF(b);
    }
  }
  return true;
}

function unpackObject(view: Py_buffer, pos: number, fmt: string): PyObject {
  const raw = rawItem(view, pos, fmt);
  if (fmt === "c") return PyBytes_FromStringAndSize(view.buf.slice(pos, pos + 1));
  if (typeof raw === "boolean") return PyBool_FromBool(raw);
  if (typeof raw === "bigint") return longFromBig(raw);
  return fmt === "f" || fmt === "d" ? PyFloat_FromDouble(raw) : PyLong_FromNumber(raw);
}

function memory_hash(self: PyObject): number {
  const mv = self as PyMemoryViewObject;
  if (mv.hash !== -1) return recallHash(mv.hash, mv.hashHi);
  {
    checkReleased(mv);
    const view = mv.view;
    if (!view.readonly) throw PyErr_Format(PyExc_ValueError, "cannot hash writable memoryview object");
    const f = nativeFormat(view.format);
    if (f === null || (f[0] !== "B" && f[0] !== "b" && f[0] !== "c")) {
      throw PyErr_Format(PyExc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    }
    if (view.obj !== null) PyObject_Hash(view.obj);
    // The hash of the bytes (bytes_hash's).
    const d = PyBuffer_ToContiguous(view);
    mv.hash = _Py_HashBytes(d, d.length);
    mv.hashHi = hashReg.hi;
  }
  return mv.hash;
}

function memory_repr(self: PyObject): PyObject {
  const mv = self as PyMemoryViewObject;
  const released = (mv.flags & MEMORYVIEW_RELEASED) !== 0;
  return PyUnicode_FromString(`<${released ? "released " : ""}memory at ${addrString(self)}>`);
}

// ---------------------------------------------------------------- attributes

function getter(f: (mv: PyMemoryViewObject) => PyObject) {
  return (self: PyObject): PyObject => {
    const mv = self as PyMemoryViewObject;
    checkReleased(mv);
    return f(mv);
  };
}

function intTuple(vals: number[]): PyObject {
  return _PyTuple_FromArraySteal(vals.map((x) => PyLong_FromNumber(x)));
}

PyMemoryView_Type.tp_getset = [
  { name: "obj", get: getter((mv) => Py_NewRef(mv.view.obj ?? Py_None)), set: null },
  { name: "nbytes", get: getter((mv) => PyLong_FromNumber(mv.view.len)), set: null },
  { name: "readonly", get: getter((mv) => PyBool_FromBool(mv.view.readonly)), set: null },
  { name: "itemsize", get: getter((mv) => PyLong_FromNumber(mv.view.itemsize)), set: null },
  { name: "format", get: getter((mv) => PyUnicode_FromString(mv.view.format)), set: null },
  { name: "ndim", get: getter((mv) => PyLong_FromNumber(mv.view.ndim)), set: null },
  { name: "shape", get: getter((mv) => intTuple(mv.view.shape.slice(0, mv.view.ndim))), set: null },
  { name: "strides", get: getter((mv) => intTuple(mv.view.strides.slice(0, mv.view.ndim))), set: null },
  { name: "suboffsets", get: getter(() => intTuple([])), set: null },
  {
    name: "c_contiguous",
    get: getter((mv) => PyBool_FromBool((mv.flags & (MEMORYVIEW_SCALAR | MEMORYVIEW_C)) !== 0)),
    set: null,
  },
  {
    name: "f_contiguous",
    get: getter((mv) => PyBool_FromBool((mv.flags & (MEMORYVIEW_SCALAR | MEMORYVIEW_FORTRAN)) !== 0)),
    set: null,
  },
  {
    name: "contiguous",
    get: getter((mv) => PyBool_FromBool((mv.flags & (MEMORYVIEW_SCALAR | MEMORYVIEW_C | MEMORYVIEW_FORTRAN)) !== 0)),
    set: null,
  },
];

PyMemoryView_Type.tp_methods = [
  { name: "release", meth: memoryview_release, flags: METH_NOARGS },
  { name: "tobytes", meth: memoryview_tobytes, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "hex", meth: memoryview_hex, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "tolist", meth: memoryview_tolist, flags: METH_NOARGS },
  { name: "cast", meth: memoryview_cast, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "toreadonly", meth: memoryview_toreadonly, flags: METH_NOARGS },
  { name: "__enter__", meth: memory_enter, flags: METH_NOARGS },
  { name: "__exit__", meth: memory_exit, flags: METH_FASTCALL },
];

// ---------------------------------------------------------------- the iterator

export class PyMemoryIterObject extends PyGCObject {
  it_index: number;
  it_seq: PyMemoryViewObject | null;
  it_length: number;
  it_fmt: string;
  constructor(type: PyTypeObject, seq: PyMemoryViewObject, length: number, fmt: string) {
    super(type, 48);
    this.it_index = 0;
    this.it_seq = seq;
    this.it_length = length;
    this.it_fmt = fmt;
  }
}

function memoryiter_dealloc(self: PyObject): void {
  const it = self as PyMemoryIterObject;
  PyObject_GC_UnTrack(it);
  const seq = it.it_seq;
  it.it_seq = null;
  if (seq !== null) Py_DECREF(seq);
  PyObject_GC_Del(it);
}

function memoryiter_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const seq = (self as PyMemoryIterObject).it_seq;
  if (seq !== null) visit(seq);
}

export const PyMemoryIter_Type: PyTypeObject = newStaticType(
  "memory_iterator",
  48,
  TPFLAGS_HAVE_GC,
  memoryiter_dealloc,
);

function memory_iter(self: PyObject): PyObject {
  const mv = self as PyMemoryViewObject;
  const ndim = mv.view.ndim;
  if (ndim === 0) throw PyErr_Format(PyExc_TypeError, "invalid indexing of 0-dim memory");
  if (ndim !== 1) throw PyErr_Format(PyExc_NotImplementedError, "multi-dimensional sub-views are not implemented");
  const fmt = adjustFmt(mv.view);
  const length = memory_length(mv);
  const it = new PyMemoryIterObject(PyMemoryIter_Type, Py_NewRef(mv), length, fmt);
  PyObject_GC_Track(it);
  return it;
}

function memoryiter_next(self: PyObject): PyObject | null {
  const it = self as PyMemoryIterObject;
  const seq = it.it_seq;
  if (seq === null) return null;
  if (it.it_index < it.it_length) {
    checkReleased(seq);
    const view = seq.view;
    const pos = view.offset + view.strides[0] * it.it_index++;
    return unpackSingle(seq, view.buf, pos, it.it_fmt);
  }
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
}

PyMemoryIter_Type.tp_iter = (self) => Py_NewRef(self);
PyMemoryIter_Type.tp_iternext = memoryiter_next;
PyMemoryIter_Type.tp_traverse = memoryiter_traverse;

// ---------------------------------------------------------------- the type

PyMemoryView_Type.tp_new = memoryview_new;
PyMemoryView_Type.tp_repr = memory_repr;
PyMemoryView_Type.tp_hash = memory_hash;
PyMemoryView_Type.tp_richcompare = memory_richcompare;
PyMemoryView_Type.tp_iter = memory_iter;
PyMemoryView_Type.tp_traverse = memory_traverse;
PyMemoryView_Type.tp_clear = memory_clear;
PyMemoryView_Type.sq_length = memory_length;
PyMemoryView_Type.sq_item = memory_item;
PyMemoryView_Type.mp_length = memory_length;
PyMemoryView_Type.mp_subscript = memory_subscript;
PyMemoryView_Type.mp_ass_subscript = memory_ass_sub;
registerBufferProcs(PyMemoryView_Type, { bf_getbuffer: memory_getbuf, bf_releasebuffer: memory_releasebuf });
