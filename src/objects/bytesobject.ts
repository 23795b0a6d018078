/**
 * `bytes` (basic): CPython's Objects/bytesobject.c, enough for literals,
 * `str.encode()`, `bytes.decode()`, repr, len, indexing, iteration,
 * concatenation, comparison and hashing.
 *
 * Representation: `ob_sval`, an immutable Uint8Array. sys.getsizeof is
 * 33 + len, as 3.11.
 */
import { PyObject, TPFLAGS_BASETYPE, TPFLAGS_BYTES_SUBCLASS } from "../heap/object.js";
import { PyObject_Free } from "../heap/gc.js";
import { Py_INCREF } from "../heap/refcount.js";
import { newStaticType, Py_EQ, Py_NE, type PyTypeObject } from "./typeobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_IndexError, PyExc_TypeError } from "./exceptions.js";
import { Py_NotImplemented } from "./noneobject.js";
import { PyLongObject, PyLong_FromNumber, richcompareResult, Py_True, Py_False } from "./longobject.js";
import { PyUnicode_FromString } from "./unicodeobject.js";
import { PySliceObject, PySlice_Unpack, PySlice_AdjustIndices } from "./sliceobject.js";
import { registerMethods, METH_FASTCALL_KEYWORDS } from "./methodtable.js";
import { PyNumber_AsSsize_t } from "./abstract.js";
import { registerSequenceRepeat } from "./seqslots.js";

export class PyBytesObject extends PyObject {
  ob_sval: Uint8Array;
  hash: number;
  constructor(type: PyTypeObject, data: Uint8Array) {
    super(type, 33 + data.length);
    this.ob_sval = data;
    this.hash = -1;
  }
}

function bytes_dealloc(self: PyObject): void {
  PyObject_Free(self);
}

export const PyBytes_Type: PyTypeObject = newStaticType("bytes", 33, TPFLAGS_BASETYPE | TPFLAGS_BYTES_SUBCLASS,
  bytes_dealloc, undefined, 1);

export function PyBytes_FromArray(data: Uint8Array): PyBytesObject {
  return new PyBytesObject(PyBytes_Type, data);
}

export function PyBytes_FromUTF8(s: string): PyBytesObject {
  return PyBytes_FromArray(new TextEncoder().encode(s));
}

export function PyBytes_Check(o: PyObject): o is PyBytesObject {
  return o instanceof PyBytesObject;
}

/** CPython's bytes repr: b'...' with \\x escapes. */
export function bytesReprString(data: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of data) {
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = "b" + quote;
  for (const c of data) {
    if (c === quote.charCodeAt(0) || c === 92) out += "\\" + String.fromCharCode(c);
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 32 || c >= 127) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return out + quote;
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
  if (key instanceof PySliceObject) {
    const [a, b, step] = PySlice_Unpack(key);
    const [start, , len] = PySlice_AdjustIndices(d.length, a, b, step);
    const out = new Uint8Array(Math.max(0, len));
    for (let k = 0, i = start; k < len; k++, i += step) out[k] = d[i];
    return PyBytes_FromArray(out);
  }
  if (key instanceof PyLongObject || key.ob_type.nb_index !== null) {
    let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
    if (i < 0) i += d.length;
    return bytes_item(self, i);
  }
  throw PyErr_Format(PyExc_TypeError, `byte indices must be integers or slices, not ${key.ob_type.tp_name}`);
}

function bytes_concat(a: PyObject, b: PyObject): PyObject {
  if (!(b instanceof PyBytesObject)) {
    throw PyErr_Format(PyExc_TypeError, `can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
  }
  const x = (a as PyBytesObject).ob_sval;
  const out = new Uint8Array(x.length + b.ob_sval.length);
  out.set(x, 0);
  out.set(b.ob_sval, x.length);
  return PyBytes_FromArray(out);
}

function bytes_repeat(self: PyObject, n: number): PyObject {
  const d = (self as PyBytesObject).ob_sval;
  if (n <= 0) return PyBytes_FromArray(new Uint8Array(0));
  const out = new Uint8Array(d.length * n);
  for (let k = 0; k < n; k++) out.set(d, k * d.length);
  return PyBytes_FromArray(out);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}

function bytes_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyBytesObject) || !(b instanceof PyBytesObject)) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  const c = compareBytes(a.ob_sval, b.ob_sval);
  if (op === Py_EQ || op === Py_NE) {
    const r = (c === 0) === (op === Py_EQ) ? Py_True : Py_False;
    r.ob_refcnt++;
    return r;
  }
  return richcompareResult(c, op);
}

function bytes_hash(self: PyObject): number {
  const b = self as PyBytesObject;
  if (b.hash !== -1) return b.hash;
  let h = 0x811c9dc5 | 0;
  for (const c of b.ob_sval) h = Math.imul(h ^ c, 16777619);
  h ^= b.ob_sval.length;
  if (h === -1) h = -2;
  b.hash = h;
  return h;
}

function bytes_contains(self: PyObject, item: PyObject): boolean {
  const d = (self as PyBytesObject).ob_sval;
  if (item instanceof PyLongObject) return d.includes(item.v);
  if (item instanceof PyBytesObject) {
    const n = item.ob_sval;
    outer: for (let i = 0; i + n.length <= d.length; i++) {
      for (let j = 0; j < n.length; j++) if (d[i + j] !== n[j]) continue outer;
      return true;
    }
    return false;
  }
  throw PyErr_Format(PyExc_TypeError, `a bytes-like object is required, not '${item.ob_type.tp_name}'`);
}

function bytes_decode(self: PyObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  return PyUnicode_FromString(new TextDecoder().decode((self as PyBytesObject).ob_sval));
}

function bytes_str(self: PyObject): PyObject {
  return bytes_repr(self);
}

registerMethods(PyBytes_Type, [{ name: "decode", fn: bytes_decode, flags: METH_FASTCALL_KEYWORDS }]);

PyBytes_Type.tp_repr = bytes_repr;
PyBytes_Type.tp_str = bytes_str;
PyBytes_Type.tp_hash = bytes_hash;
PyBytes_Type.tp_richcompare = bytes_richcompare;
PyBytes_Type.sq_length = bytes_length;
PyBytes_Type.sq_item = bytes_item;
PyBytes_Type.sq_concat = bytes_concat;
PyBytes_Type.sq_contains = bytes_contains;
PyBytes_Type.mp_length = bytes_length;
PyBytes_Type.mp_subscript = bytes_subscript;
registerSequenceRepeat(PyBytes_Type, bytes_repeat, null, null);
void Py_INCREF;
