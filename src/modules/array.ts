/**
 * The `array` module (CPython 3.11's Modules/arraymodule.c): `array.array`,
 * a mutable sequence of machine values of one C type, its iterator, the
 * `typecodes` and `_array_reconstructor` (for pickling).
 *
 * Representation: `ob_item` holds the items as CPython lays them out on
 * 64-bit Linux, little-endian: 'b'/'B' 1 byte, 'h'/'H' 2, 'i'/'I' 4,
 * 'l'/'L'/'q'/'Q' 8, 'f' 4 (a float), 'd' 8, 'u' 4 (a wchar_t: one code
 * point). It is `allocated` items long, of which the first `ob_size` are
 * the array's; `allocated` follows array_resize's growth (0, 4, 8, 16, 25,
 * 34, 46 ...; no shrinking until 16 below), so sys.getsizeof gives
 * CPython's 64 bytes plus the allocation (plus the GC header), and the
 * allocation is accounted to the heap. The array exports its memory
 * through the buffer protocol (writable, with its item format); while a
 * view is out (`ob_exports`) it cannot change size.
 *
 * Storing converts as CPython's setitem functions do, with their
 * messages: the C conversion first ("Python int too large to convert to
 * C long", "signed short integer is greater than maximum" ...), then the
 * type's own range ("signed char is less than minimum").
 *
 * CPython makes `array.array` and `array.arrayiterator` heap types of the
 * module; here they are static types of those names.
 */
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, TPFLAGS_SEQUENCE } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { accountBytes, heapCheck } from "../heap/allocator.js";
import {
  newStaticType,
  PyType_Check,
  PyType_IsSubtype,
  type PyTypeObject,
  _PyType_FromSpecInCPython,
} from "../objects/typeobject.js";
import { METH_FASTCALL, METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddFunctions, PyModule_AddObjectRef, PyModule_New } from "../objects/moduleobject.js";
import {
  PyUnicode_AsString,
  PyUnicode_Check,
  PyUnicode_FromString,
  unicode_repr_string,
} from "../objects/unicodeobject.js";
import {
  PyLong_AsBigInt,
  PyLong_Check,
  PyLong_FromBigInt,
  PyLong_FromNumber,
  Py_False,
  Py_True,
} from "../objects/longobject.js";
import { PyFloat_AsDouble, PyFloat_FromDouble } from "../objects/floatobject.js";
import { PyList_Check, PyList_GET_ITEM, PyList_GET_SIZE, _PyList_FromArraySteal } from "../objects/listobject.js";
import {
  PyTuple_Check,
  PyTuple_GET_SIZE,
  _PyTuple_FromArray,
  _PyTuple_FromArraySteal,
} from "../objects/tupleobject.js";
import { PyBytes_Check, PyBytes_FromStringAndSize, type PyBytesObject } from "../objects/bytesobject.js";
import { PySlice_AdjustIndices, PySlice_Check, PySlice_Unpack } from "../objects/sliceobject.js";
import { Py_None, Py_NotImplemented } from "../objects/noneobject.js";
import { PyErr_Format, PyErr_NoMemory, toPyException } from "../objects/errors.js";
import {
  PyExc_BufferError,
  PyExc_EOFError,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_RuntimeError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.js";
import { _PyArg_CheckPositional, nkw } from "../objects/getargs.js";
import {
  PyIndex_Check,
  PyIter_Next,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  PyObject_GetIter,
  PyObject_RichCompare,
  PyObject_Repr,
  PyObject_RichCompareBool,
  PySequence_GetItem,
} from "../objects/abstract.js";
import { _PyObject_LookupAttr, PyObject_GetAttr, PyObject_TypeCheck } from "../objects/object.js";
import { PyObject_CallMethodObjArgs, PyObject_CallMethodOneArg } from "../objects/call.js";
import { _Py_ID } from "../objects/identifiers.js";
import { PyObject_ClearWeakRefs } from "../objects/weakrefobject.js";
import { registerSequenceRepeat } from "../objects/seqslots.js";
import {
  PyBUF_FORMAT,
  PyBUF_ND,
  PyBUF_SIMPLE,
  PyBUF_STRIDES,
  Py_buffer,
  PyBuffer_Data,
  PyBuffer_Release,
  PyObject_GetBuffer,
  registerBufferProcs,
} from "../objects/buffer.js";
import { Py_EQ, Py_GT, Py_LE, Py_LT, Py_NE } from "../bytecode/opcodes.js";
import { PyImport_Import } from "../vm/import.js";
import { interp } from "../objects/pystate.js";
import { PyDict_GetItemString } from "../objects/dictobject.js";
import { PyModule_GetDict } from "../objects/moduleobject.js";

// ---------------------------------------------------------------- the item types

/** One type code (CPython's struct arraydescr). */
interface ArrayDescr {
  typecode: string;
  itemsize: number;
  getitem: (a: ArrayObject, i: number) => PyObject;
  /** Converts `v` and stores it at `i`; with i < 0 only converts (the
   *  check ins1 makes before growing). */
  setitem: (a: ArrayObject, i: number, v: PyObject) => void;
  /** Items compare as machine values (the integer types). */
  compareRaw: boolean;
  isInteger: boolean;
  isSigned: boolean;
  /** CPython's machine format code on 64-bit little-endian Linux. */
  mformat: number;
}

const LONG_MIN = -(1n << 63n);
const LONG_MAX = (1n << 63n) - 1n;
const ULONG_MAX = (1n << 64n) - 1n;

/** The index of `v` as a bigint (its own value for an int; __index__
 *  otherwise, TypeError when it has none). */
function indexValue(v: PyObject): bigint {
  if (PyLong_Check(v)) return PyLong_AsBigInt(v);
  const i = PyNumber_Index(v);
  try {
    return PyLong_AsBigInt(i);
  } finally {
    Py_DECREF(i);
  }
}

/** PyLong_AsLong (PyArg_Parse's 'l', and the first step of 'h', 'i', 'b'). */
function asCLong(v: PyObject): bigint {
  const x = indexValue(v);
  if (x < LONG_MIN || x > LONG_MAX)
    throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C long");
  return x;
}

function overflow(what: string, big: boolean): PyObject {
  return PyErr_Format(PyExc_OverflowError, `${what} is ${big ? "greater than maximum" : "less than minimum"}`);
}

/** A C long range check with getargs.c's message for the format. */
function inRange(x: bigint, min: bigint, max: bigint, what: string): number {
  if (x < min) throw overflow(what, false);
  if (x > max) throw overflow(what, true);
  return Number(x);
}

/** PyLong_AsUnsignedLong ('I' and 'L'). */
function asCULong(v: PyObject): bigint {
  const x = indexValue(v);
  if (x < 0n) throw PyErr_Format(PyExc_OverflowError, "can't convert negative value to unsigned int");
  if (x > ULONG_MAX) throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
  return x;
}

/** PyLong_AsLongLong / PyLong_AsUnsignedLongLong ('q' and 'Q'). */
function asLongLong(v: PyObject, signed: boolean): bigint {
  const x = indexValue(v);
  if (!signed && x < 0n) throw PyErr_Format(PyExc_OverflowError, "can't convert negative int to unsigned");
  if (signed ? x < LONG_MIN || x > LONG_MAX : x > ULONG_MAX) {
    throw PyErr_Format(PyExc_OverflowError, "int too big to convert");
  }
  return x;
}

function intItem(n: number): PyObject {
  return PyLong_FromNumber(n);
}

const LE = true;

const descriptors: ArrayDescr[] = [
  {
    typecode: "b",
    itemsize: 1,
    getitem: (a, i) => intItem(a.view.getInt8(i)),
    setitem: (a, i, v) => {
      const x = inRange(asCLong(v), -32768n, 32767n, "signed short integer");
      if (x < -128) throw overflow("signed char", false);
      if (x > 127) throw overflow("signed char", true);
      if (i >= 0) a.view.setInt8(i, x);
    },
    compareRaw: true,
    isInteger: true,
    isSigned: true,
    mformat: 1,
  },
  {
    typecode: "B",
    itemsize: 1,
    getitem: (a, i) => intItem(a.view.getUint8(i)),
    setitem: (a, i, v) => {
      const x = inRange(asCLong(v), 0n, 255n, "unsigned byte integer");
      if (i >= 0) a.view.setUint8(i, x);
    },
    compareRaw: true,
    isInteger: true,
    isSigned: false,
    mformat: 0,
  },
  {
    typecode: "u",
    itemsize: 4,
    getitem: (a, i) => PyUnicode_FromString(String.fromCodePoint(a.view.getUint32(4 * i, LE))),
    setitem: (a, i, v) => {
      const s = PyUnicode_Check(v) ? PyUnicode_AsString(v) : "";
      const cp = s.codePointAt(0);
      if (cp === undefined || s.length !== (cp > 0xffff ? 2 : 1)) {
        throw PyErr_Format(PyExc_TypeError, "array item must be unicode character");
      }
      if (i >= 0) a.view.setUint32(4 * i, cp, LE);
    },
    compareRaw: true,
    isInteger: false,
    isSigned: false,
    mformat: 20,
  },
  {
    typecode: "h",
    itemsize: 2,
    getitem: (a, i) => intItem(a.view.getInt16(2 * i, LE)),
    setitem: (a, i, v) => {
      const x = inRange(asCLong(v), -32768n, 32767n, "signed short integer");
      if (i >= 0) a.view.setInt16(2 * i, x, LE);
    },
    compareRaw: true,
    isInteger: true,
    isSigned: true,
    mformat: 4,
  },
  {
    typecode: "H",
    itemsize: 2,
    getitem: (a, i) => intItem(a.view.getUint16(2 * i, LE)),
    setitem: (a, i, v) => {
      const x = inRange(asCLong(v), -(1n << 31n), (1n << 31n) - 1n, "signed integer");
      if (x < 0) throw overflow("unsigned short", false);
      if (x > 65535) throw overflow("unsigned short", true);
      if (i >= 0) a.view.setUint16(2 * i, x, LE);
    },
    compareRaw: true,
    isInteger: true,
    isSigned: false,
    mformat: 2,
  },
  {
    typecode: "i",
    itemsize: 4,
    getitem: (a, i) => intItem(a.view.getInt32(4 * i, LE)),
    setitem: (a, i, v) => {
      const x = inRange(asCLong(v), -(1n << 31n), (1n << 31n) - 1n, "signed integer");
      if (i >= 0) a.view.setInt32(4 * i, x, LE);
    },
    compareRaw: true,
    isInteger: true,
    isSigned: true,
    mformat: 8,
  },
  {
    typecode: "I",
    itemsize: 4,
    getitem: (a, i) => intItem(a.view.getUint32(4 * i, LE)),
    setitem: (a, i, v) => {
      const x = asCULong(v);
      if (x > 0xffffffffn) throw overflow("unsigned int", true);
      if (i >= 0) a.view.setUint32(4 * i, Number(x), LE);
    },
    compareRaw: true,
    isInteger: true,
    isSigned: false,
    mformat: 6,
  },
  {
    typecode: "l",
    itemsize: 8,
    getitem: (a, i) => PyLong_FromBigInt(a.view.getBigInt64(8 * i, LE)),
    setitem: (a, i, v) => {
      const x = asCLong(v);
      if (i >= 0) a.view.setBigInt64(8 * i, x, LE);
    },
    compareRaw: true,
    isInteger: true,
    isSigned: true,
    mformat: 12,
  },
  {
    typecode: "L",
    itemsize: 8,
    getitem: (a, i) => PyLong_FromBigInt(a.view.getBigUint64(8 * i, LE)),
    setitem: (a, i, v) => {
      const x = asCULong(v);
      if (i >= 0) a.view.setBigUint64(8 * i, x, LE);
    },
    compareRaw: true,
    isInteger: true,
    isSigned: false,
    mformat: 10,
  },
  {
    typecode: "q",
    itemsize: 8,
    getitem: (a, i) => PyLong_FromBigInt(a.view.getBigInt64(8 * i, LE)),
    setitem: (a, i, v) => {
      const x = asLongLong(v, true);
      if (i >= 0) a.view.setBigInt64(8 * i, x, LE);
    },
    compareRaw: true,
    isInteger: true,
    isSigned: true,
    mformat: 12,
  },
  {
    typecode: "Q",
    itemsize: 8,
    getitem: (a, i) => PyLong_FromBigInt(a.view.getBigUint64(8 * i, LE)),
    setitem: (a, i, v) => {
      const x = asLongLong(v, false);
      if (i >= 0) a.view.setBigUint64(8 * i, x, LE);
    },
    compareRaw: true,
    isInteger: true,
    isSigned: false,
    mformat: 10,
  },
  {
    typecode: "f",
    itemsize: 4,
    getitem: (a, i) => PyFloat_FromDouble(a.view.getFloat32(4 * i, LE)),
    setitem: (a, i, v) => {
      const x = PyFloat_AsDouble(v);
      if (i >= 0) a.view.setFloat32(4 * i, x, LE);
    },
    compareRaw: false,
    isInteger: false,
    isSigned: false,
    mformat: 14,
  },
  {
    typecode: "d",
    itemsize: 8,
    getitem: (a, i) => PyFloat_FromDouble(a.view.getFloat64(8 * i, LE)),
    setitem: (a, i, v) => {
      const x = PyFloat_AsDouble(v);
      if (i >= 0) a.view.setFloat64(8 * i, x, LE);
    },
    compareRaw: false,
    isInteger: false,
    isSigned: false,
    mformat: 16,
  },
];

const TYPECODES = descriptors.map((d) => d.typecode).join("");

function descrOf(typecode: string): ArrayDescr | null {
  for (const d of descriptors) if (d.typecode === typecode) return d;
  return null;
}

// ---------------------------------------------------------------- the object

/** sizeof(arrayobject). */
const ARRAY_BASICSIZE = 64;

export class ArrayObject extends PyGCObject {
  ob_size: number;
  allocated: number;
  /** The items' memory, `allocated * itemsize` bytes, and a view of it. */
  ob_item: Uint8Array;
  view: DataView;
  descr: ArrayDescr;
  ob_exports: number;
  constructor(type: PyTypeObject, descr: ArrayDescr) {
    super(type, ARRAY_BASICSIZE);
    this.ob_size = 0;
    this.allocated = 0;
    this.ob_item = new Uint8Array(0);
    this.view = new DataView(this.ob_item.buffer);
    this.descr = descr;
    this.ob_exports = 0;
  }
}

function array_Check(o: PyObject): o is ArrayObject {
  return PyObject_TypeCheck(o, PyArray_Type);
}

/** The item memory reallocated to `allocated` items (contents kept). */
function setAllocation(a: ArrayObject, allocated: number): void {
  const nbytes = allocated * a.descr.itemsize;
  const delta = nbytes - a.ob_item.length;
  if (delta > 0) heapCheck(delta);
  const items = new Uint8Array(nbytes);
  items.set(a.ob_item.subarray(0, Math.min(nbytes, a.ob_size * a.descr.itemsize)));
  accountBytes(delta);
  a.ob_item = items;
  a.view = new DataView(items.buffer);
  a.allocated = allocated;
}

/** newarrayobject: `size` items (zeroed), exactly allocated. */
function newarrayobject(type: PyTypeObject, size: number, descr: ArrayDescr): ArrayObject {
  const a = new ArrayObject(type, descr);
  if (size > 0) {
    if (size > Number.MAX_SAFE_INTEGER / descr.itemsize) throw PyErr_NoMemory();
    setAllocation(a, size);
  }
  a.ob_size = size;
  PyObject_GC_Track(a);
  return a;
}

function resizeRefused(): PyObject {
  return PyErr_Format(PyExc_BufferError, "cannot resize an array that is exporting buffers");
}

/** array_resize: CPython's growth and shrinking. */
function array_resize(a: ArrayObject, newsize: number): void {
  if (a.ob_exports > 0 && newsize !== a.ob_size) throw resizeRefused();
  if (a.allocated >= newsize && a.ob_size < newsize + 16 && a.allocated > 0) {
    a.ob_size = newsize;
    return;
  }
  if (newsize === 0) {
    setAllocation(a, 0);
    a.ob_size = 0;
    return;
  }
  const newAllocated = (newsize >> 4) + (a.ob_size < 8 ? 3 : 7) + newsize;
  setAllocation(a, newAllocated);
  a.ob_size = newsize;
}

function getarrayitem(a: ArrayObject, i: number): PyObject {
  return a.descr.getitem(a, i);
}

/** The bytes of items [lo, hi). */
function itemBytes(a: ArrayObject, lo: number, hi: number): Uint8Array {
  const sz = a.descr.itemsize;
  return a.ob_item.subarray(lo * sz, hi * sz);
}

/** ins1: `v` inserted before `where` (converted before the array grows). */
function ins1(a: ArrayObject, where: number, v: PyObject): void {
  const n = a.ob_size;
  a.descr.setitem(a, -1, v);
  array_resize(a, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  const sz = a.descr.itemsize;
  if (where !== n) a.ob_item.copyWithin((where + 1) * sz, where * sz, n * sz);
  a.descr.setitem(a, where, v);
}

function array_dealloc(self: PyObject): void {
  const a = self as ArrayObject;
  PyObject_GC_UnTrack(a);
  if (a.weakreflist !== null) PyObject_ClearWeakRefs(a);
  accountBytes(-a.ob_item.length);
  a.ob_item = new Uint8Array(0);
  PyObject_GC_Del(a);
}

// ---------------------------------------------------------------- comparison

function compareItems(a: ArrayObject, b: ArrayObject, n: number): number {
  for (let i = 0; i < n; i++) {
    const x = rawValue(a, i);
    const y = rawValue(b, i);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** An item as a JS number or bigint (for the integer and 'u' types). */
function rawValue(a: ArrayObject, i: number): number | bigint {
  const v = a.view;
  switch (a.descr.typecode) {
    case "b":
      return v.getInt8(i);
    case "B":
      return v.getUint8(i);
    case "h":
      return v.getInt16(2 * i, LE);
    case "H":
      return v.getUint16(2 * i, LE);
    case "i":
      return v.getInt32(4 * i, LE);
    case "I":
    case "u":
      return v.getUint32(4 * i, LE);
    case "l":
    case "q":
      return v.getBigInt64(8 * i, LE);
    default:
      return v.getBigUint64(8 * i, LE);
  }
}

function boolResult(b: boolean): PyObject {
  return Py_NewRef(b ? Py_True : Py_False);
}

function compareSizes(vs: number, ws: number, op: number): PyObject {
  switch (op) {
    case Py_LT:
      return boolResult(vs < ws);
    case Py_LE:
      return boolResult(vs <= ws);
    case Py_EQ:
      return boolResult(true);
    case Py_NE:
      return boolResult(false);
    case Py_GT:
      return boolResult(vs > ws);
    default:
      return boolResult(vs >= ws);
  }
}

function array_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!array_Check(v) || !array_Check(w)) return Py_NewRef(Py_NotImplemented);
  if (v.ob_size !== w.ob_size && (op === Py_EQ || op === Py_NE)) return boolResult(op === Py_NE);
  if (v.descr === w.descr && v.descr.compareRaw) {
    const result = compareItems(v, w, Math.min(v.ob_size, w.ob_size));
    if (result === 0) return compareSizes(v.ob_size, w.ob_size, op);
    switch (op) {
      case Py_LT:
        return boolResult(result < 0);
      case Py_LE:
        return boolResult(result <= 0);
      case Py_EQ:
        return boolResult(false);
      case Py_NE:
        return boolResult(true);
      case Py_GT:
        return boolResult(result > 0);
      default:
        return boolResult(result >= 0);
    }
  }
  for (let i = 0; i < v.ob_size && i < w.ob_size; i++) {
    const vi = getarrayitem(v, i);
    let wi: PyObject;
    try {
      wi = getarrayitem(w, i);
    } catch (e) {
      Py_DECREF(vi);
      throw e;
    }
    try {
      if (PyObject_RichCompareBool(vi, wi, Py_EQ)) continue;
      if (op === Py_EQ) return boolResult(false);
      if (op === Py_NE) return boolResult(true);
      return PyObject_RichCompare(vi, wi, op);
    } finally {
      Py_DECREF(vi);
      Py_DECREF(wi);
    }
  }
  return compareSizes(v.ob_size, w.ob_size, op);
}

// ---------------------------------------------------------------- sequence slots

function array_length(self: PyObject): number {
  return (self as ArrayObject).ob_size;
}

function array_item(self: PyObject, i: number): PyObject {
  const a = self as ArrayObject;
  if (i < 0 || i >= a.ob_size) throw PyErr_Format(PyExc_IndexError, "array index out of range");
  return getarrayitem(a, i);
}

function array_slice(a: ArrayObject, ilow: number, ihigh: number): ArrayObject {
  if (ilow < 0) ilow = 0;
  else if (ilow > a.ob_size) ilow = a.ob_size;
  if (ihigh < 0) ihigh = 0;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > a.ob_size) ihigh = a.ob_size;
  const np = newarrayobject(PyArray_Type, ihigh - ilow, a.descr);
  np.ob_item.set(itemBytes(a, ilow, ihigh));
  return np;
}

function badArgument(): PyObject {
  return PyErr_Format(PyExc_TypeError, "bad argument type for built-in operation");
}

function array_concat(self: PyObject, bb: PyObject): PyObject {
  const a = self as ArrayObject;
  if (!array_Check(bb)) {
    throw PyErr_Format(PyExc_TypeError, `can only append array (not "${bb.ob_type.tp_name}") to array`);
  }
  if (a.descr !== bb.descr) throw badArgument();
  const np = newarrayobject(PyArray_Type, a.ob_size + bb.ob_size, a.descr);
  np.ob_item.set(itemBytes(a, 0, a.ob_size));
  np.ob_item.set(itemBytes(bb, 0, bb.ob_size), a.ob_size * a.descr.itemsize);
  return np;
}

/** _PyBytes_Repeat: `src` repeated to fill `dst`. */
function repeatBytes(dst: Uint8Array, src: Uint8Array): void {
  if (src.length === 0) return;
  dst.set(src.subarray(0, Math.min(src.length, dst.length)));
  let done = src.length;
  while (done < dst.length) {
    const n = Math.min(done, dst.length - done);
    dst.copyWithin(done, 0, n);
    done += n;
  }
}

function array_repeat(self: PyObject, n: number): PyObject {
  const a = self as ArrayObject;
  if (n < 0) n = 0;
  const size = a.ob_size * n;
  if (a.ob_size !== 0 && n > Number.MAX_SAFE_INTEGER / a.ob_size) throw PyErr_NoMemory();
  const np = newarrayobject(PyArray_Type, size, a.descr);
  if (size > 0) repeatBytes(np.ob_item.subarray(0, size * a.descr.itemsize), itemBytes(a, 0, a.ob_size).slice());
  return np;
}

/** array_del_slice: items [ilow, ihigh) removed. */
function array_del_slice(a: ArrayObject, ilow: number, ihigh: number): void {
  if (ilow < 0) ilow = 0;
  else if (ilow > a.ob_size) ilow = a.ob_size;
  if (ihigh < 0) ihigh = 0;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > a.ob_size) ihigh = a.ob_size;
  const d = ihigh - ilow;
  if (d !== 0 && a.ob_exports > 0) throw resizeRefused();
  if (d > 0) {
    const sz = a.descr.itemsize;
    a.ob_item.copyWithin(ilow * sz, ihigh * sz, a.ob_size * sz);
    array_resize(a, a.ob_size - d);
  }
}

function array_contains(self: PyObject, v: PyObject): boolean {
  const a = self as ArrayObject;
  for (let i = 0; i < a.ob_size; i++) {
    const item = getarrayitem(a, i);
    try {
      if (PyObject_RichCompareBool(item, v, Py_EQ)) return true;
    } finally {
      Py_DECREF(item);
    }
  }
  return false;
}

/** array_iter_extend: the items of any iterable appended one by one. */
function array_iter_extend(a: ArrayObject, bb: PyObject): void {
  const it = PyObject_GetIter(bb);
  try {
    for (let v = PyIter_Next(it); v !== null; v = PyIter_Next(it)) {
      try {
        ins1(a, a.ob_size, v);
      } finally {
        Py_DECREF(v);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

/** array_do_extend: another array's memory copied, else any iterable. */
function array_do_extend(a: ArrayObject, bb: PyObject): void {
  if (!array_Check(bb)) {
    array_iter_extend(a, bb);
    return;
  }
  if (a.descr !== bb.descr) throw PyErr_Format(PyExc_TypeError, "can only extend with array of same kind");
  const oldsize = a.ob_size;
  const bbsize = bb.ob_size;
  const src = itemBytes(bb, 0, bbsize).slice();
  array_resize(a, oldsize + bbsize);
  a.ob_item.set(src, oldsize * a.descr.itemsize);
}

function array_inplace_concat(self: PyObject, bb: PyObject): PyObject {
  if (!array_Check(bb)) {
    throw PyErr_Format(PyExc_TypeError, `can only extend array with array (not "${bb.ob_type.tp_name}")`);
  }
  array_do_extend(self as ArrayObject, bb);
  return Py_NewRef(self);
}

function array_inplace_repeat(self: PyObject, n: number): PyObject {
  const a = self as ArrayObject;
  const size = a.ob_size;
  if (size > 0 && n !== 1) {
    if (n < 0) n = 0;
    if (n > 0 && size > Number.MAX_SAFE_INTEGER / n) throw PyErr_NoMemory();
    const src = itemBytes(a, 0, size).slice();
    array_resize(a, n * size);
    repeatBytes(a.ob_item.subarray(0, n * size * a.descr.itemsize), src);
  }
  return Py_NewRef(self);
}

// ---------------------------------------------------------------- subscripts

function array_subscr(self: PyObject, item: PyObject): PyObject {
  const a = self as ArrayObject;
  if (PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (i < 0) i += a.ob_size;
    return array_item(a, i);
  }
  if (PySlice_Check(item)) {
    const [start0, stop0, step] = PySlice_Unpack(item);
    const [start, , slicelength] = PySlice_AdjustIndices(a.ob_size, start0, stop0, step);
    if (slicelength <= 0) return newarrayobject(PyArray_Type, 0, a.descr);
    if (step === 1) return array_slice(a, start, start + slicelength);
    const np = newarrayobject(PyArray_Type, slicelength, a.descr);
    const sz = a.descr.itemsize;
    for (let cur = start, i = 0; i < slicelength; cur += step, i++) {
      np.ob_item.set(a.ob_item.subarray(cur * sz, cur * sz + sz), i * sz);
    }
    return np;
  }
  throw PyErr_Format(PyExc_TypeError, "array indices must be integers");
}

function array_ass_subscr(self: PyObject, item: PyObject, value: PyObject | null): void {
  const a = self as ArrayObject;
  let start: number;
  let stop: number;
  let step: number;
  let slicelength: number;
  if (PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (i < 0) i += a.ob_size;
    if (i < 0 || i >= a.ob_size) throw PyErr_Format(PyExc_IndexError, "array assignment index out of range");
    if (value !== null) {
      a.descr.setitem(a, i, value);
      return;
    }
    start = i;
    stop = i + 1;
    step = 1;
    slicelength = 1;
  } else if (PySlice_Check(item)) {
    const [s0, e0, st] = PySlice_Unpack(item);
    [start, stop, slicelength] = PySlice_AdjustIndices(a.ob_size, s0, e0, st);
    step = st;
  } else {
    throw PyErr_Format(PyExc_TypeError, "array indices must be integers");
  }
  let other: ArrayObject | null = null;
  let needed = 0;
  if (value !== null) {
    if (!array_Check(value)) {
      throw PyErr_Format(PyExc_TypeError, `can only assign array (not "${value.ob_type.tp_name}") to array slice`);
    }
    if (value === a) {
      // a[i:j] = a: copy first.
      const copy = array_slice(a, 0, a.ob_size);
      try {
        array_ass_subscr(a, item, copy);
      } finally {
        Py_DECREF(copy);
      }
      return;
    }
    if (value.descr !== a.descr) throw badArgument();
    other = value;
    needed = value.ob_size;
  }
  const sz = a.descr.itemsize;
  if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
  if ((needed === 0 || slicelength !== needed) && a.ob_exports > 0) throw resizeRefused();
  if (step === 1) {
    if (slicelength > needed) {
      a.ob_item.copyWithin((start + needed) * sz, stop * sz, a.ob_size * sz);
      array_resize(a, a.ob_size + needed - slicelength);
    } else if (slicelength < needed) {
      const oldsize = a.ob_size;
      array_resize(a, a.ob_size + needed - slicelength);
      a.ob_item.copyWithin((start + needed) * sz, stop * sz, oldsize * sz);
    }
    if (needed > 0) a.ob_item.set(itemBytes(other!, 0, needed), start * sz);
    return;
  }
  if (needed === 0) {
    // An extended slice deleted: keep the items between its steps.
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelength - 1) - 1;
      step = -step;
    }
    const keep: Uint8Array[] = [];
    let kept = 0;
    for (let i = 0; i < a.ob_size; i++) {
      if (i >= start && (i - start) % step === 0 && (i - start) / step < slicelength) continue;
      keep.push(a.ob_item.slice(i * sz, i * sz + sz));
      kept++;
    }
    for (let i = 0; i < kept; i++) a.ob_item.set(keep[i], i * sz);
    array_resize(a, a.ob_size - slicelength);
    return;
  }
  if (needed !== slicelength) {
    throw PyErr_Format(
      PyExc_ValueError,
      `attempt to assign array of size ${needed} to extended slice of size ${slicelength}`,
    );
  }
  for (let cur = start, i = 0; i < slicelength; cur += step, i++) {
    a.ob_item.set(other!.ob_item.subarray(i * sz, i * sz + sz), cur * sz);
  }
}

// ---------------------------------------------------------------- methods

function none(): PyObject {
  return Py_NewRef(Py_None);
}

function array_append(self: PyObject, v: PyObject): PyObject {
  const a = self as ArrayObject;
  ins1(a, a.ob_size, v);
  return none();
}

/** buffer_info(): (address, length). The address is the allocator
 *  model's address of the object, standing for the item memory's. */
function array_buffer_info(self: PyObject): PyObject {
  const a = self as ArrayObject;
  return _PyTuple_FromArraySteal([
    PyLong_FromNumber(a.allocated === 0 ? 0 : a.ob_addr + ARRAY_BASICSIZE),
    PyLong_FromNumber(a.ob_size),
  ]);
}

function array_byteswap(self: PyObject): PyObject {
  const a = self as ArrayObject;
  const sz = a.descr.itemsize;
  if (sz > 1) {
    const items = a.ob_item;
    for (let p = 0; p < a.ob_size * sz; p += sz) items.subarray(p, p + sz).reverse();
  }
  return none();
}

function array_copy(self: PyObject): PyObject {
  const a = self as ArrayObject;
  return array_slice(a, 0, a.ob_size);
}

function array_count(self: PyObject, v: PyObject): PyObject {
  const a = self as ArrayObject;
  let count = 0;
  for (let i = 0; i < a.ob_size; i++) {
    const item = getarrayitem(a, i);
    try {
      if (PyObject_RichCompareBool(item, v, Py_EQ)) count++;
    } finally {
      Py_DECREF(item);
    }
  }
  return PyLong_FromNumber(count);
}

function array_extend(self: PyObject, bb: PyObject): PyObject {
  array_do_extend(self as ArrayObject, bb);
  return none();
}

/** Clinic's slice_index(accept={int}): an int clamped to a Py_ssize_t. */
function sliceIndex(o: PyObject): number {
  if (!PyIndex_Check(o)) {
    throw PyErr_Format(PyExc_TypeError, "slice indices must be integers or have an __index__ method");
  }
  return PyNumber_AsSsize_t(o, null);
}

function array_index(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("index", args.length, 1, 3);
  const a = self as ArrayObject;
  const v = args[0];
  let start = args.length > 1 ? sliceIndex(args[1]) : 0;
  let stop = args.length > 2 ? sliceIndex(args[2]) : Number.MAX_SAFE_INTEGER;
  if (start < 0) {
    start += a.ob_size;
    if (start < 0) start = 0;
  }
  if (stop < 0) stop += a.ob_size;
  for (let i = start; i < stop && i < a.ob_size; i++) {
    const item = getarrayitem(a, i);
    try {
      if (PyObject_RichCompareBool(item, v, Py_EQ)) return PyLong_FromNumber(i);
    } finally {
      Py_DECREF(item);
    }
  }
  throw PyErr_Format(PyExc_ValueError, "array.index(x): x not in array");
}

function array_insert(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("insert", args.length, 2, 2);
  const i = ssizeArg(args[0]);
  ins1(self as ArrayObject, i, args[1]);
  return none();
}

/** Clinic's Py_ssize_t: the index, an OverflowError past 64 bits. */
function ssizeArg(o: PyObject): number {
  const x = indexValue(o);
  if (x < LONG_MIN || x > LONG_MAX)
    throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  return Number(x);
}

function array_pop(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("pop", args.length, 0, 1);
  const a = self as ArrayObject;
  let i = args.length > 0 ? ssizeArg(args[0]) : -1;
  if (a.ob_size === 0) throw PyErr_Format(PyExc_IndexError, "pop from empty array");
  if (i < 0) i += a.ob_size;
  if (i < 0 || i >= a.ob_size) throw PyErr_Format(PyExc_IndexError, "pop index out of range");
  const v = getarrayitem(a, i);
  try {
    array_del_slice(a, i, i + 1);
  } catch (e) {
    Py_DECREF(v);
    throw e;
  }
  return v;
}

function array_remove(self: PyObject, v: PyObject): PyObject {
  const a = self as ArrayObject;
  for (let i = 0; i < a.ob_size; i++) {
    const item = getarrayitem(a, i);
    let equal: boolean;
    try {
      equal = PyObject_RichCompareBool(item, v, Py_EQ);
    } finally {
      Py_DECREF(item);
    }
    if (equal) {
      array_del_slice(a, i, i + 1);
      return none();
    }
  }
  throw PyErr_Format(PyExc_ValueError, "array.remove(x): x not in array");
}

function array_reverse(self: PyObject): PyObject {
  const a = self as ArrayObject;
  const sz = a.descr.itemsize;
  const items = a.ob_item;
  for (let p = 0, q = (a.ob_size - 1) * sz; p < q; p += sz, q -= sz) {
    const tmp = items.slice(p, p + sz);
    items.copyWithin(p, q, q + sz);
    items.set(tmp, q);
  }
  return none();
}

/** frombytes: the bytes of a bytes-like object appended as items. */
function frombytes(a: ArrayObject, view: Py_buffer): void {
  try {
    const sz = a.descr.itemsize;
    if (view.itemsize !== 1) throw PyErr_Format(PyExc_TypeError, "a bytes-like object is required");
    const data = PyBuffer_Data(view);
    if (data.length % sz !== 0) throw PyErr_Format(PyExc_ValueError, "bytes length not a multiple of item size");
    const n = data.length / sz;
    if (n > 0) {
      const copy = data.slice();
      const oldSize = a.ob_size;
      array_resize(a, oldSize + n);
      a.ob_item.set(copy, oldSize * sz);
    }
  } finally {
    PyBuffer_Release(view);
  }
}

function array_frombytes(self: PyObject, buffer: PyObject): PyObject {
  frombytes(self as ArrayObject, PyObject_GetBuffer(buffer, PyBUF_SIMPLE));
  return none();
}

/** fromfile(f, n): n items read with f.read() (EOFError when short). */
function array_fromfile(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("fromfile", args.length, 2, 2);
  const a = self as ArrayObject;
  const n = ssizeArg(args[1]);
  if (n < 0) throw PyErr_Format(PyExc_ValueError, "negative count");
  const nbytes = n * a.descr.itemsize;
  const count = PyLong_FromNumber(nbytes);
  let b: PyObject;
  try {
    b = PyObject_CallMethodOneArg(args[0], _Py_ID("read"), count);
  } finally {
    Py_DECREF(count);
  }
  try {
    if (!PyBytes_Check(b)) throw PyErr_Format(PyExc_TypeError, "read() didn't return bytes");
    const short = (b as PyBytesObject).ob_sval.length !== nbytes;
    frombytes(a, PyObject_GetBuffer(b, PyBUF_SIMPLE));
    if (short) throw PyErr_Format(PyExc_EOFError, "read() didn't return enough bytes");
  } finally {
    Py_DECREF(b);
  }
  return none();
}

/** tofile(f): the items written with f.write(), 64 KiB at a time. */
function array_tofile(self: PyObject, f: PyObject): PyObject {
  const a = self as ArrayObject;
  const all = itemBytes(a, 0, a.ob_size);
  const BLOCKSIZE = 64 * 1024;
  for (let at = 0; at < all.length; at += BLOCKSIZE) {
    const bytes = PyBytes_FromStringAndSize(all.slice(at, Math.min(at + BLOCKSIZE, all.length)));
    try {
      Py_DECREF(PyObject_CallMethodOneArg(f, _Py_ID("write"), bytes));
    } finally {
      Py_DECREF(bytes);
    }
  }
  return none();
}

function array_fromlist(self: PyObject, list: PyObject): PyObject {
  const a = self as ArrayObject;
  if (!PyList_Check(list)) throw PyErr_Format(PyExc_TypeError, "arg must be list");
  const n = PyList_GET_SIZE(list);
  if (n > 0) {
    const oldSize = a.ob_size;
    array_resize(a, oldSize + n);
    for (let i = 0; i < n; i++) {
      try {
        a.descr.setitem(a, a.ob_size - n + i, PyList_GET_ITEM(list, i));
        if (n !== PyList_GET_SIZE(list)) {
          throw PyErr_Format(PyExc_RuntimeError, "list changed size during iteration");
        }
      } catch (e) {
        array_resize(a, oldSize);
        throw e;
      }
    }
  }
  return none();
}

function array_tolist(self: PyObject): PyObject {
  const a = self as ArrayObject;
  const items: PyObject[] = [];
  try {
    for (let i = 0; i < a.ob_size; i++) items.push(getarrayitem(a, i));
  } catch (e) {
    for (const x of items) Py_DECREF(x);
    throw e;
  }
  return _PyList_FromArraySteal(items);
}

function array_tobytes(self: PyObject): PyObject {
  const a = self as ArrayObject;
  return PyBytes_FromStringAndSize(itemBytes(a, 0, a.ob_size).slice());
}

function array_fromunicode(self: PyObject, ustr: PyObject): PyObject {
  const a = self as ArrayObject;
  if (!PyUnicode_Check(ustr)) {
    throw PyErr_Format(PyExc_TypeError, `fromunicode() argument must be str, not ${ustr.ob_type.tp_name}`);
  }
  if (a.descr.typecode !== "u") {
    throw PyErr_Format(PyExc_ValueError, "fromunicode() may only be called on unicode type arrays");
  }
  const cps = Array.from(PyUnicode_AsString(ustr), (c) => c.codePointAt(0)!);
  if (cps.length > 0) {
    const oldSize = a.ob_size;
    array_resize(a, oldSize + cps.length);
    for (let i = 0; i < cps.length; i++) a.view.setUint32(4 * (oldSize + i), cps[i], LE);
  }
  return none();
}

/** The text of a 'u' array (a code point beyond U+10FFFF is a
 *  ValueError, as PyUnicode_FromWideChar makes it). */
function unicodeText(a: ArrayObject): string {
  let s = "";
  for (let i = 0; i < a.ob_size; i++) {
    const cp = a.view.getUint32(4 * i, LE);
    if (cp > 0x10ffff) {
      throw PyErr_Format(PyExc_ValueError, `character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`);
    }
    s += String.fromCodePoint(cp);
  }
  return s;
}

function array_tounicode(self: PyObject): PyObject {
  const a = self as ArrayObject;
  if (a.descr.typecode !== "u") {
    throw PyErr_Format(PyExc_ValueError, "tounicode() may only be called on unicode type arrays");
  }
  return PyUnicode_FromString(unicodeText(a));
}

function array_sizeof(self: PyObject): PyObject {
  const a = self as ArrayObject;
  return PyLong_FromNumber(a.ob_type.tp_basicsize + a.allocated * a.descr.itemsize);
}

/** The `array` module's `_array_reconstructor` (a new reference). */
function arrayReconstructor(): PyObject {
  const name = PyUnicode_FromString("array");
  let module: PyObject;
  try {
    module = PyImport_Import(name);
  } finally {
    Py_DECREF(name);
  }
  try {
    return PyObject_GetAttr(module, _Py_ID("_array_reconstructor"));
  } finally {
    Py_DECREF(module);
  }
}

/** __reduce_ex__(protocol): the machine values for protocol 3 and up,
 *  a list of the items below. */
function array_reduce_ex(self: PyObject, value: PyObject): PyObject {
  const a = self as ArrayObject;
  const reconstructor = arrayReconstructor();
  try {
    if (!PyLong_Check(value)) throw PyErr_Format(PyExc_TypeError, "__reduce_ex__ argument should be an integer");
    const protocol = asCLong(value);
    const dict = _PyObject_LookupAttr(a, _Py_ID("__dict__")) ?? Py_NewRef(Py_None);
    const typecode = PyUnicode_FromString(a.descr.typecode);
    if (protocol < 3n) {
      const list = array_tolist(a);
      return _PyTuple_FromArraySteal([Py_NewRef(a.ob_type), _PyTuple_FromArraySteal([typecode, list]), dict]);
    }
    const args = _PyTuple_FromArraySteal([
      Py_NewRef(a.ob_type),
      typecode,
      PyLong_FromNumber(a.descr.mformat),
      array_tobytes(a),
    ]);
    return _PyTuple_FromArraySteal([Py_NewRef(reconstructor), args, dict]);
  } finally {
    Py_DECREF(reconstructor);
  }
}

// ---------------------------------------------------------------- repr, getters

function array_repr(self: PyObject): PyObject {
  const a = self as ArrayObject;
  const name = a.ob_type.tp_name.slice(a.ob_type.tp_name.lastIndexOf(".") + 1);
  const tc = a.descr.typecode;
  if (a.ob_size === 0) return PyUnicode_FromString(`${name}('${tc}')`);
  let body: string;
  if (tc === "u") {
    body = unicode_repr_string(unicodeText(a));
  } else {
    const list = array_tolist(a);
    try {
      const r = PyObject_Repr(list);
      body = PyUnicode_AsString(r);
      Py_DECREF(r);
    } finally {
      Py_DECREF(list);
    }
  }
  return PyUnicode_FromString(`${name}('${tc}', ${body})`);
}

// ---------------------------------------------------------------- buffers

function array_getbuffer(self: PyObject, flags: number): Py_buffer {
  const a = self as ArrayObject;
  const sz = a.descr.itemsize;
  const view = new Py_buffer(Py_NewRef(a), a.ob_item, 0, a.ob_size * sz, false);
  view.itemsize = sz;
  view.format = (flags & PyBUF_FORMAT) === PyBUF_FORMAT ? (a.descr.typecode === "u" ? "w" : a.descr.typecode) : "B";
  view.shape = (flags & PyBUF_ND) === PyBUF_ND ? [a.ob_size] : [a.ob_size * sz];
  view.strides = (flags & PyBUF_STRIDES) === PyBUF_STRIDES ? [sz] : [1];
  a.ob_exports++;
  return view;
}

function array_releasebuffer(self: PyObject, _view: Py_buffer): void {
  (self as ArrayObject).ob_exports--;
}

// ---------------------------------------------------------------- construction

function array_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if ((type === PyArray_Type || type.tp_init === PyArray_Type.tp_init) && nkw(kwnames) > 0) {
    throw PyErr_Format(PyExc_TypeError, "array.array() takes no keyword arguments");
  }
  const nargs = args.length - nkw(kwnames);
  if (nargs < 1) throw PyErr_Format(PyExc_TypeError, "array() takes at least 1 argument (0 given)");
  if (nargs > 2) throw PyErr_Format(PyExc_TypeError, `array() takes at most 2 arguments (${nargs} given)`);
  const tcObj = args[0];
  const tcText = PyUnicode_Check(tcObj) ? PyUnicode_AsString(tcObj) : "";
  if (!PyUnicode_Check(tcObj) || [...tcText].length !== 1) {
    throw PyErr_Format(PyExc_TypeError, `array() argument 1 must be a unicode character, not ${tcObj.ob_type.tp_name}`);
  }
  const c = tcText;
  let initial: PyObject | null = nargs > 1 ? args[1] : null;
  if (initial !== null && c !== "u") {
    if (PyUnicode_Check(initial)) {
      throw PyErr_Format(PyExc_TypeError, `cannot use a str to initialize an array with typecode '${c}'`);
    }
    if (array_Check(initial) && initial.descr.typecode === "u") {
      throw PyErr_Format(PyExc_TypeError, `cannot use a unicode array to initialize an array with typecode '${c}'`);
    }
  }
  let it: PyObject | null = null;
  if (
    !(
      initial === null ||
      PyList_Check(initial) ||
      PyBytes_Check(initial) ||
      PyTuple_Check(initial) ||
      (c === "u" && PyUnicode_Check(initial)) ||
      (array_Check(initial) && c === initial.descr.typecode)
    )
  ) {
    it = PyObject_GetIter(initial);
    initial = null;
  }
  try {
    const descr = descrOf(c);
    if (descr === null) {
      throw PyErr_Format(PyExc_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    let len = 0;
    if (initial !== null) {
      if (PyList_Check(initial)) len = PyList_GET_SIZE(initial);
      else if (PyTuple_Check(initial)) len = PyTuple_GET_SIZE(initial);
      else if (array_Check(initial)) len = initial.ob_size;
    }
    const a = newarrayobject(type, len, descr);
    try {
      if (len > 0 && !array_Check(initial!)) {
        for (let i = 0; i < len; i++) {
          const v = PySequence_GetItem(initial!, i);
          try {
            array_ass_subscr_item(a, i, v);
          } finally {
            Py_DECREF(v);
          }
        }
      } else if (initial !== null && PyBytes_Check(initial)) {
        frombytes(a, PyObject_GetBuffer(initial, PyBUF_SIMPLE));
      } else if (initial !== null && PyUnicode_Check(initial)) {
        const cps = Array.from(PyUnicode_AsString(initial), (ch) => ch.codePointAt(0)!);
        if (cps.length > 0) {
          setAllocation(a, cps.length);
          a.ob_size = cps.length;
          for (let i = 0; i < cps.length; i++) a.view.setUint32(4 * i, cps[i], LE);
        }
      } else if (initial !== null && array_Check(initial) && len > 0) {
        a.ob_item.set(itemBytes(initial, 0, len));
      }
      if (it !== null) array_iter_extend(a, it);
    } catch (e) {
      Py_DECREF(a);
      throw e;
    }
    return a;
  } finally {
    if (it !== null) Py_DECREF(it);
  }
}

/** setarrayitem (array_ass_item with a value). */
function array_ass_subscr_item(a: ArrayObject, i: number, v: PyObject): void {
  if (i < 0 || i >= a.ob_size) throw PyErr_Format(PyExc_IndexError, "array assignment index out of range");
  a.descr.setitem(a, i, v);
}

// ---------------------------------------------------------------- the iterator

export class ArrayIterObject extends PyGCObject {
  index: number;
  ao: ArrayObject | null;
  constructor(ao: ArrayObject) {
    super(PyArrayIter_Type, 40);
    this.index = 0;
    this.ao = ao;
  }
}

function array_iter(self: PyObject): PyObject {
  const it = new ArrayIterObject(Py_NewRef(self as ArrayObject));
  PyObject_GC_Track(it);
  return it;
}

function arrayiter_next(self: PyObject): PyObject | null {
  const it = self as ArrayIterObject;
  const ao = it.ao;
  if (ao === null) return null;
  if (it.index < ao.ob_size) return getarrayitem(ao, it.index++);
  it.ao = null;
  Py_DECREF(ao);
  return null;
}

function arrayiter_dealloc(self: PyObject): void {
  const it = self as ArrayIterObject;
  PyObject_GC_UnTrack(it);
  const ao = it.ao;
  it.ao = null;
  if (ao !== null) Py_DECREF(ao);
  PyObject_GC_Del(it);
}

function arrayiter_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const ao = (self as ArrayIterObject).ao;
  if (ao !== null) visit(ao);
}

/** __reduce__: (iter, (array,), index), or (iter, ((),)) once exhausted. */
function arrayiter_reduce(self: PyObject): PyObject {
  const it = self as ArrayIterObject;
  const iterFunc = PyDict_GetItemString(PyModule_GetDict(interp.builtins!), "iter")!;
  if (it.ao === null) {
    const empty = _PyTuple_FromArray([]);
    return _PyTuple_FromArraySteal([Py_NewRef(iterFunc), _PyTuple_FromArraySteal([empty])]);
  }
  return _PyTuple_FromArraySteal([Py_NewRef(iterFunc), _PyTuple_FromArray([it.ao]), PyLong_FromNumber(it.index)]);
}

function arrayiter_setstate(self: PyObject, state: PyObject): PyObject {
  const it = self as ArrayIterObject;
  let index = ssizeArg(state);
  if (index < 0) index = 0;
  else if (it.ao !== null && index > it.ao.ob_size) index = it.ao.ob_size;
  it.index = index;
  return none();
}

// ---------------------------------------------------------------- _array_reconstructor

/** _array_reconstructor(arraytype, typecode, mformat_code, items): an
 *  array from its machine values, converted when they were saved by a
 *  machine of another layout. */
function array__array_reconstructor(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("_array_reconstructor", args.length, 4, 4);
  const [arraytype, tcObj, mformatObj, items] = args;
  if (!PyUnicode_Check(tcObj) || [...PyUnicode_AsString(tcObj)].length !== 1) {
    throw PyErr_Format(
      PyExc_TypeError,
      `_array_reconstructor() argument 2 must be a unicode character, not ${tcObj.ob_type.tp_name}`,
    );
  }
  const mformat = Number(asCLong(mformatObj));
  if (!PyType_Check(arraytype)) {
    throw PyErr_Format(PyExc_TypeError, `first argument must be a type object, not ${arraytype.ob_type.tp_name}`);
  }
  if (!PyType_IsSubtype(arraytype, PyArray_Type)) {
    throw PyErr_Format(PyExc_TypeError, `${arraytype.tp_name} is not a subtype of array.array`);
  }
  let typecode = PyUnicode_AsString(tcObj);
  const descr = descrOf(typecode);
  if (descr === null) throw PyErr_Format(PyExc_ValueError, "second argument must be a valid type code");
  if (mformat < 0 || mformat > 21) {
    throw PyErr_Format(PyExc_ValueError, "third argument must be a valid machine format code.");
  }
  if (!PyBytes_Check(items)) {
    throw PyErr_Format(PyExc_TypeError, `fourth argument should be bytes, not ${items.ob_type.tp_name}`);
  }
  if (mformat === descr.mformat) return make_array(arraytype, typecode, items);
  const data = (items as PyBytesObject).ob_sval;
  const sizes = [1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8, 4, 4, 8, 8, 4, 4, 8, 8];
  const size = sizes[mformat];
  if (data.length % size !== 0) throw PyErr_Format(PyExc_ValueError, "string length not a multiple of item size");
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let converted: PyObject;
  if (mformat >= 14 && mformat <= 17) {
    const le = mformat % 2 === 0;
    const values: PyObject[] = [];
    for (let at = 0; at < data.length; at += size) {
      values.push(PyFloat_FromDouble(size === 4 ? dv.getFloat32(at, le) : dv.getFloat64(at, le)));
    }
    converted = _PyList_FromArraySteal(values);
  } else if (mformat >= 18) {
    const le = mformat % 2 === 0;
    const decoder = new TextDecoder(mformat <= 19 ? (le ? "utf-16le" : "utf-16be") : "utf-8");
    let text: string;
    if (mformat <= 19) text = decoder.decode(data);
    else {
      text = "";
      for (let at = 0; at < data.length; at += 4) text += String.fromCodePoint(dv.getUint32(at, le));
    }
    converted = PyUnicode_FromString(text);
  } else {
    const le = mformat % 2 === 0 || mformat < 2;
    const signed = mformat === 1 || (mformat >= 4 && mformat <= 5) || (mformat >= 8 && mformat <= 9) || mformat >= 12;
    for (const d of descriptors) {
      if (d.isInteger && d.itemsize === size && d.isSigned === signed) typecode = d.typecode;
    }
    const values: PyObject[] = [];
    for (let at = 0; at < data.length; at += size) {
      let x = 0n;
      for (let k = 0; k < size; k++) x |= BigInt(data[le ? at + k : at + size - 1 - k]) << BigInt(8 * k);
      if (signed) x = BigInt.asIntN(8 * size, x);
      values.push(PyLong_FromBigInt(x));
    }
    converted = _PyList_FromArraySteal(values);
  }
  try {
    return make_array(arraytype, typecode, converted);
  } finally {
    Py_DECREF(converted);
  }
}

/** make_array: array_new(arraytype, (typecode, items)). */
function make_array(arraytype: PyTypeObject, typecode: string, items: PyObject): PyObject {
  const tc = PyUnicode_FromString(typecode);
  try {
    return array_new(arraytype, [tc, items], null);
  } finally {
    Py_DECREF(tc);
  }
}

// ---------------------------------------------------------------- the types

export const PyArray_Type: PyTypeObject = newStaticType(
  "array.array",
  ARRAY_BASICSIZE,
  TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_SEQUENCE,
  array_dealloc,
);
_PyType_FromSpecInCPython(PyArray_Type);
PyArray_Type.tp_doc = ARRAY_DOC();
PyArray_Type.tp_new = array_new;
PyArray_Type.tp_repr = array_repr;
PyArray_Type.tp_richcompare = array_richcompare;
PyArray_Type.tp_iter = array_iter;
PyArray_Type.tp_traverse = () => {};
PyArray_Type.tp_weakrefable = true;
PyArray_Type.sq_length = array_length;
PyArray_Type.sq_concat = array_concat;
PyArray_Type.sq_item = array_item;
PyArray_Type.sq_contains = array_contains;
PyArray_Type.mp_length = array_length;
PyArray_Type.mp_subscript = array_subscr;
PyArray_Type.mp_ass_subscript = array_ass_subscr;
registerSequenceRepeat(PyArray_Type, array_repeat, array_inplace_concat, array_inplace_repeat);
registerBufferProcs(PyArray_Type, { bf_getbuffer: array_getbuffer, bf_releasebuffer: array_releasebuffer });

const methods: PyMethodDef[] = [
  { name: "append", meth: array_append, flags: METH_O, doc: "Append new value v to the end of the array." },
  {
    name: "buffer_info",
    meth: array_buffer_info,
    flags: METH_NOARGS,
    doc:
      "Return a tuple (address, length) giving the current memory address and the length in items of the buffer " +
      "used to hold array's contents.\n\nThe length should be multiplied by the itemsize attribute to calculate\nthe " +
      "buffer length in bytes.",
  },
  {
    name: "byteswap",
    meth: array_byteswap,
    flags: METH_NOARGS,
    doc: "Byteswap all items of the array.\n\nIf the items in the array are not 1, 2, 4, or 8 bytes in size, RuntimeError is\nraised.",
  },
  { name: "__copy__", meth: array_copy, flags: METH_NOARGS, doc: "Return a copy of the array." },
  { name: "count", meth: array_count, flags: METH_O, doc: "Return number of occurrences of v in the array." },
  { name: "__deepcopy__", meth: array_copy, flags: METH_O, doc: "Return a copy of the array." },
  { name: "extend", meth: array_extend, flags: METH_O, doc: "Append items to the end of the array." },
  {
    name: "fromfile",
    meth: array_fromfile,
    flags: METH_FASTCALL,
    doc: "Read n objects from the file object f and append them to the end of the array.",
  },
  { name: "fromlist", meth: array_fromlist, flags: METH_O, doc: "Append items to array from list." },
  {
    name: "frombytes",
    meth: array_frombytes,
    flags: METH_O,
    doc:
      "Appends items from the string, interpreting it as an array of machine values, as if it had been read from " +
      "a file using the fromfile() method.",
  },
  {
    name: "fromunicode",
    meth: array_fromunicode,
    flags: METH_O,
    doc:
      "Extends this array with data from the unicode string ustr.\n\nThe array must be a unicode type array; " +
      "otherwise a ValueError is raised.\nUse array.frombytes(ustr.encode(...)) to append Unicode data to an array " +
      "of\nsome other type.",
  },
  {
    name: "index",
    meth: array_index,
    flags: METH_FASTCALL,
    doc: "Return index of first occurrence of v in the array.\n\nRaise ValueError if the value is not present.",
  },
  {
    name: "insert",
    meth: array_insert,
    flags: METH_FASTCALL,
    doc: "Insert a new item v into the array before position i.",
  },
  {
    name: "pop",
    meth: array_pop,
    flags: METH_FASTCALL,
    doc: "Return the i-th element and delete it from the array.\n\ni defaults to -1.",
  },
  { name: "__reduce_ex__", meth: array_reduce_ex, flags: METH_O, doc: "Return state information for pickling." },
  { name: "remove", meth: array_remove, flags: METH_O, doc: "Remove the first occurrence of v in the array." },
  { name: "reverse", meth: array_reverse, flags: METH_NOARGS, doc: "Reverse the order of the items in the array." },
  {
    name: "tofile",
    meth: array_tofile,
    flags: METH_O,
    doc: "Write all items (as machine values) to the file object f.",
  },
  {
    name: "tolist",
    meth: array_tolist,
    flags: METH_NOARGS,
    doc: "Convert array to an ordinary list with the same items.",
  },
  {
    name: "tobytes",
    meth: array_tobytes,
    flags: METH_NOARGS,
    doc: "Convert the array to an array of machine values and return the bytes representation.",
  },
  {
    name: "tounicode",
    meth: array_tounicode,
    flags: METH_NOARGS,
    doc:
      "Extends this array with data from the unicode string ustr.\n\nConvert the array to a unicode string.  The " +
      "array must be a unicode type array;\notherwise a ValueError is raised.  Use array.tobytes().decode() to " +
      "obtain a\nunicode string from an array of some other type.",
  },
  { name: "__sizeof__", meth: array_sizeof, flags: METH_NOARGS, doc: "Size of the array in memory, in bytes." },
];
PyArray_Type.tp_methods = methods;
PyArray_Type.tp_getset = [
  {
    name: "typecode",
    get: (self) => PyUnicode_FromString((self as ArrayObject).descr.typecode),
    set: null,
    doc: "the typecode character used to create the array",
  },
  {
    name: "itemsize",
    get: (self) => PyLong_FromNumber((self as ArrayObject).descr.itemsize),
    set: null,
    doc: "the size, in bytes, of one array item",
  },
];

export const PyArrayIter_Type: PyTypeObject = newStaticType(
  "array.arrayiterator",
  40,
  TPFLAGS_HAVE_GC,
  arrayiter_dealloc,
);
PyArrayIter_Type.tp_iter = (self) => Py_NewRef(self);
PyArrayIter_Type.tp_iternext = arrayiter_next;
PyArrayIter_Type.tp_traverse = arrayiter_traverse;
PyArrayIter_Type.tp_methods = [
  { name: "__reduce__", meth: arrayiter_reduce, flags: METH_NOARGS, doc: "Return state information for pickling." },
  { name: "__setstate__", meth: arrayiter_setstate, flags: METH_O, doc: "Set state information for unpickling." },
];

// ---------------------------------------------------------------- the module

/**
 * Register array.array as a collections.abc.MutableSequence, as
 * array_modexec does. refpy: while collections.abc cannot be imported
 * (Lib/_collections_abc.py subclasses types.GenericAlias, which refpy's
 * does not allow yet), array still imports, unregistered.
 */
function registerMutableSequence(): void {
  const name = PyUnicode_FromString("collections.abc");
  let abc: PyObject;
  try {
    abc = PyImport_Import(name);
  } catch (e) {
    Py_DECREF(toPyException(e));
    return;
  } finally {
    Py_DECREF(name);
  }
  try {
    const ms = PyObject_GetAttr(abc, _Py_ID("MutableSequence"));
    try {
      Py_DECREF(PyObject_CallMethodObjArgs(ms, _Py_ID("register"), [PyArray_Type]));
    } finally {
      Py_DECREF(ms);
    }
  } finally {
    Py_DECREF(abc);
  }
}

export function PyInit_array(): PyObject {
  const m = PyModule_New("array");
  PyModule_Add(
    m,
    "__doc__",
    PyUnicode_FromString(
      "This module defines an object type which can efficiently represent\nan array of basic values: characters, " +
        "integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that " +
        "the type of objects stored in them is constrained.\n",
    ),
  );
  PyModule_AddFunctions(m, [
    {
      name: "_array_reconstructor",
      meth: array__array_reconstructor,
      flags: METH_FASTCALL,
      doc: "Internal. Used for pickling support.",
    },
  ]);
  PyModule_AddObjectRef(m, "ArrayType", PyArray_Type);
  registerMutableSequence();
  PyModule_AddObjectRef(m, "array", PyArray_Type);
  PyModule_Add(m, "typecodes", PyUnicode_FromString(TYPECODES));
  return m;
}

function ARRAY_DOC(): string {
  return (
    "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\n" +
    "initialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the " +
    "appropriate type.\n\nArrays represent basic values and behave very much like lists, except\nthe type of objects " +
    "stored in them is constrained. The type is specified\nat object creation time by using a type code, which is a " +
    "single character.\nThe following type codes are defined:\n\n    Type code   C Type             Minimum size in " +
    "bytes\n    'b'         signed integer     1\n    'B'         unsigned integer   1\n    'u'         Unicode " +
    "character  2 (see note)\n    'h'         signed integer     2\n    'H'         unsigned integer   2\n    'i'   " +
    "      signed integer     2\n    'I'         unsigned integer   2\n    'l'         signed integer     4\n    'L'" +
    "         unsigned integer   4\n    'q'         signed integer     8 (see note)\n    'Q'         unsigned integer" +
    "   8 (see note)\n    'f'         floating point     4\n    'd'         floating point     8\n\nNOTE: The 'u' " +
    "typecode corresponds to Python's unicode character. On\nnarrow builds this is 2-bytes on wide builds this is " +
    "4-bytes.\n\nNOTE: The 'q' and 'Q' type codes are only available if the platform\nC compiler used to build " +
    "Python supports 'long long', or, on Windows,\n'__int64'.\n\nMethods:\n\nappend() -- append a new item to the " +
    "end of the array\nbuffer_info() -- return information giving the current memory info\nbyteswap() -- byteswap " +
    "all the items of the array\ncount() -- return number of occurrences of an object\nextend() -- extend array by " +
    "appending multiple elements from an iterable\nfromfile() -- read items from a file object\nfromlist() -- append " +
    "items from the list\nfrombytes() -- append items from the string\nindex() -- return index of first occurrence " +
    "of an object\ninsert() -- insert a new item into the array at a provided position\npop() -- remove and return " +
    "item (default last)\nremove() -- remove first occurrence of an object\nreverse() -- reverse the order of the " +
    "items in the array\ntofile() -- write all items to a file object\ntolist() -- return the array converted to an " +
    "ordinary list\ntobytes() -- return the array converted to a string\n\nAttributes:\n\ntypecode -- the typecode " +
    "character used to create the array\nitemsize -- the length in bytes of one array item\n"
  );
}
