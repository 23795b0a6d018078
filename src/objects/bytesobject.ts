/**
 * `bytes` (basic): CPython's Objects/bytesobject.c, enough for literals,
 * `str.encode()`, `bytes.decode()`, repr, len, indexing, iteration,
 * concatenation, comparison and hashing.
 *
 * Representation: `ob_sval`, an immutable Uint8Array. sys.getsizeof is
 * 33 + len, as 3.11.
 */
import {
  type GCLink,
  type PyGCObject,
  PyObject,
  PyObject_GC_Link,
  TPFLAGS_BASETYPE,
  TPFLAGS_BYTES_SUBCLASS,
  TPFLAGS_HAVE_GC,
  TPFLAGS_MATCH_SELF,
} from "../heap/object.js";
import { PyObject_Free, PyObject_GC_Del, PyObject_GC_Track } from "../heap/gc.js";
import { Py_DECREF, Py_INCREF } from "../heap/refcount.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_IndexError, PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.js";
import { Py_NotImplemented } from "./noneobject.js";
import { PyLongObject, PyLong_FromNumber, richcompareResult, Py_True, Py_False } from "./longobject.js";
import { PyUnicode_FromString } from "./unicodeobject.js";
import { PySliceObject, PySlice_Unpack, PySlice_AdjustIndices } from "./sliceobject.js";
import { METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS } from "./methoddef.js";
import { PyUnicodeObject } from "./unicodeobject.js";
import { PyList_Append, PyList_New } from "./listobject.js";
import { checkPositional, newArgParser, _PyArg_UnpackKeywords } from "./getargs.js";
import { heapCheck } from "../heap/allocator.js";
import { PyBool_FromBool } from "./longobject.js";
import { PyObject_GetIter, PyIter_Next } from "./abstract.js";
import { PyNumber_AsSsize_t } from "./abstract.js";
import { registerSequenceRepeat } from "./seqslots.js";

export class PyBytesObject extends PyObject {
  ob_sval: Uint8Array;
  hash: number;
  constructor(type: PyTypeObject, data: Uint8Array, nbytes = 33 + data.length) {
    super(type, nbytes);
    this.ob_sval = data;
    this.hash = -1;
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
  heapCheck(33 + d.length * n);
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

const bytesParser = newArgParser("bytes", ["source", "encoding", "errors"], 0, 0, -1, "unexpected");

/** bytes(), bytes(n), bytes(iterable_of_ints), bytes(str, encoding) */
function bytes_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [src, enc] = _PyArg_UnpackKeywords(args, kwnames, bytesParser, [null, null, null]);
  let data: Uint8Array;
  if (src === null) data = new Uint8Array(0);
  else if (src instanceof PyUnicodeObject) {
    if (enc === null) throw PyErr_Format(PyExc_TypeError, "string argument without an encoding");
    data = new TextEncoder().encode(src.str);
  } else if (src instanceof PyBytesObject) {
    if (type === PyBytes_Type && src.ob_type === PyBytes_Type) {
      Py_INCREF(src);
      return src;
    }
    data = src.ob_sval;
  } else if (src instanceof PyLongObject || (src.ob_type.nb_index !== null && !(src instanceof PyUnicodeObject))) {
    const n = PyNumber_AsSsize_t(src, PyExc_OverflowError);
    if (n < 0) throw PyErr_Format(PyExc_ValueError, "negative count");
    heapCheck(n);
    data = new Uint8Array(n);
  } else {
    const items: number[] = [];
    const it = PyObject_GetIter(src);
    try {
      for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) {
        try {
          if (x.ob_type.nb_index === null) {
            throw PyErr_Format(PyExc_TypeError, `'${x.ob_type.tp_name}' object cannot be interpreted as an integer`);
          }
          const v = PyNumber_AsSsize_t(x, PyExc_OverflowError);
          if (v < 0 || v > 255) throw PyErr_Format(PyExc_ValueError, "bytes must be in range(0, 256)");
          items.push(v);
        } finally {
          Py_DECREF(x);
        }
      }
    } finally {
      Py_DECREF(it);
    }
    data = Uint8Array.from(items);
  }
  if (type === PyBytes_Type) return new PyBytesObject(type, data);
  // bytes_subtype_new: tracked as PyType_GenericAlloc tracks it.
  const sub = new PyBytesSubtypeObject(type, data);
  PyObject_GC_Track(sub);
  return sub;
}

function argBytes(fname: string, o: PyObject): Uint8Array {
  if (!(o instanceof PyBytesObject)) {
    throw PyErr_Format(PyExc_TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  }
  void fname;
  return o.ob_sval;
}

function indexOfBytes(h: Uint8Array, n: Uint8Array, from: number): number {
  outer: for (let i = from; i + n.length <= h.length; i++) {
    for (let j = 0; j < n.length; j++) if (h[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}

function bytes_hex(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("hex", args, kwnames, 0, 2);
  let out = "";
  for (const c of (self as PyBytesObject).ob_sval) out += c.toString(16).padStart(2, "0");
  return PyUnicode_FromString(out);
}

function bytes_join(self: PyObject, arg: PyObject): PyObject {
  const sep = (self as PyBytesObject).ob_sval;
  const parts: Uint8Array[] = [];
  const it = PyObject_GetIter(arg);
  try {
    let i = 0;
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it), i++) {
      try {
        if (!(x instanceof PyBytesObject)) {
          throw PyErr_Format(
            PyExc_TypeError,
            `sequence item ${i}: expected a bytes-like object, ${x.ob_type.tp_name} found`,
          );
        }
        parts.push(x.ob_sval);
      } finally {
        Py_DECREF(x);
      }
    }
  } finally {
    Py_DECREF(it);
  }
  let n = 0;
  for (const p of parts) n += p.length;
  n += Math.max(0, parts.length - 1) * sep.length;
  const out = new Uint8Array(n);
  let k = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) {
      out.set(sep, k);
      k += sep.length;
    }
    out.set(parts[i], k);
    k += parts[i].length;
  }
  return PyBytes_FromArray(out);
}

function bytes_count(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("count", args, kwnames, 1, 1);
  const h = (self as PyBytesObject).ob_sval;
  const n = args[0] instanceof PyLongObject ? Uint8Array.of(args[0].v) : argBytes("count", args[0]);
  if (n.length === 0) return PyLong_FromNumber(h.length + 1);
  let c = 0;
  for (let i = indexOfBytes(h, n, 0); i >= 0; i = indexOfBytes(h, n, i + n.length)) c++;
  return PyLong_FromNumber(c);
}

function bytes_find(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("find", args, kwnames, 1, 1);
  const h = (self as PyBytesObject).ob_sval;
  const n = args[0] instanceof PyLongObject ? Uint8Array.of(args[0].v) : argBytes("find", args[0]);
  return PyLong_FromNumber(indexOfBytes(h, n, 0));
}

function bytes_startswith(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("startswith", args, kwnames, 1, 1);
  const h = (self as PyBytesObject).ob_sval;
  const n = argBytes("startswith", args[0]);
  return PyBool_FromBool(n.length <= h.length && n.every((c, i) => h[i] === c));
}

function bytes_endswith(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("endswith", args, kwnames, 1, 1);
  const h = (self as PyBytesObject).ob_sval;
  const n = argBytes("endswith", args[0]);
  const off = h.length - n.length;
  return PyBool_FromBool(off >= 0 && n.every((c, i) => h[off + i] === c));
}

function mapBytes(self: PyObject, f: (c: number) => number): PyObject {
  return PyBytes_FromArray((self as PyBytesObject).ob_sval.map(f));
}

function bytes_upper(self: PyObject): PyObject {
  return mapBytes(self, (c) => (c >= 97 && c <= 122 ? c - 32 : c));
}
function bytes_lower(self: PyObject): PyObject {
  return mapBytes(self, (c) => (c >= 65 && c <= 90 ? c + 32 : c));
}

function bytes_strip(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("strip", args, kwnames, 0, 1);
  const d = (self as PyBytesObject).ob_sval;
  const chars =
    args.length > 0 && args[0] instanceof PyBytesObject ? args[0].ob_sval : Uint8Array.of(32, 9, 10, 11, 12, 13);
  let i = 0;
  let j = d.length;
  while (i < j && chars.includes(d[i])) i++;
  while (j > i && chars.includes(d[j - 1])) j--;
  return PyBytes_FromArray(d.slice(i, j));
}

function bytes_split(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("split", args, kwnames, 0, 1);
  const d = (self as PyBytesObject).ob_sval;
  const out = PyList_New(0);
  const push = (a: Uint8Array): void => {
    const b = PyBytes_FromArray(a);
    PyList_Append(out, b);
    Py_DECREF(b);
  };
  if (args.length === 0 || !(args[0] instanceof PyBytesObject)) {
    const ws = [32, 9, 10, 11, 12, 13];
    let i = 0;
    while (i < d.length) {
      while (i < d.length && ws.includes(d[i])) i++;
      if (i >= d.length) break;
      let j = i;
      while (j < d.length && !ws.includes(d[j])) j++;
      push(d.slice(i, j));
      i = j;
    }
    return out;
  }
  const sep = args[0].ob_sval;
  if (sep.length === 0) {
    Py_DECREF(out);
    throw PyErr_Format(PyExc_ValueError, "empty separator");
  }
  let i = 0;
  for (let j = indexOfBytes(d, sep, 0); j >= 0; j = indexOfBytes(d, sep, i)) {
    push(d.slice(i, j));
    i = j + sep.length;
  }
  push(d.slice(i));
  return out;
}

function bytes_replace(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("replace", args, kwnames, 2, 2);
  const d = (self as PyBytesObject).ob_sval;
  const old = argBytes("replace", args[0]);
  const nw = argBytes("replace", args[1]);
  if (old.length === 0) return PyBytes_FromArray(d.slice());
  const parts: number[] = [];
  let i = 0;
  for (let j = indexOfBytes(d, old, 0); j >= 0; j = indexOfBytes(d, old, i)) {
    for (let k = i; k < j; k++) parts.push(d[k]);
    for (const c of nw) parts.push(c);
    i = j + old.length;
  }
  for (let k = i; k < d.length; k++) parts.push(d[k]);
  return PyBytes_FromArray(Uint8Array.from(parts));
}

function bytes_sizeof(self: PyObject): PyObject {
  return PyLong_FromNumber(self.ob_size_bytes);
}

PyBytes_Type.tp_methods = [
  { name: "decode", meth: bytes_decode, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "hex", meth: bytes_hex, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "join", meth: bytes_join, flags: METH_O },
  { name: "count", meth: bytes_count, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "find", meth: bytes_find, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "startswith", meth: bytes_startswith, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "endswith", meth: bytes_endswith, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "upper", meth: bytes_upper, flags: METH_NOARGS },
  { name: "lower", meth: bytes_lower, flags: METH_NOARGS },
  { name: "strip", meth: bytes_strip, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "split", meth: bytes_split, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "replace", meth: bytes_replace, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "__sizeof__", meth: bytes_sizeof, flags: METH_NOARGS },
];
PyBytes_Type.tp_new = bytes_new;

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
