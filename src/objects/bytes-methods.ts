/**
 * The methods bytes and bytearray share: CPython's Objects/bytes_methods.c
 * and the byte-string half of Objects/stringlib (fastsearch, find, count,
 * split, partition, join, ctype, transmogrify), written once over
 * Uint8Array and instantiated for each type through a `BytesKind`, as
 * CPython includes stringlib once per type with its STRINGLIB_* macros.
 *
 * What differs between the two types is what the kind says:
 *  - `fromData` is STRINGLIB_NEW(str, len): for bytes
 *    PyBytes_FromStringAndSize (the empty and one-byte results are the
 *    static singletons), for bytearray a new bytearray;
 *  - `newSized` is STRINGLIB_NEW(NULL, len) filled in afterwards: a bytes
 *    of one byte is then a new object, not the singleton;
 *  - `mutable` is STRINGLIB_MUTABLE: an immutable exact bytes may be
 *    returned itself (return_self, split's and partition's "no match"
 *    results), a bytearray never is.
 *
 * Arguments that take a bytes-like object (Argument Clinic's Py_buffer)
 * read it through the buffer protocol (buffer.ts), so bytes, bytearray
 * and memoryview are accepted wherever CPython accepts them. Messages are
 * CPython 3.11's, including the argument parsers' ("find() takes at
 * least 1 argument (0 given)", "ljust() argument 2 must be a byte string
 * of length 1, not str").
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { heapCheck } from "../heap/allocator.js";
import type { PyTypeObject } from "./typeobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.js";
import { Py_None } from "./noneobject.js";
import { PyBool_FromBool, PyLongObject, PyLong_FromNumber } from "./longobject.js";
import { PyUnicodeObject, PyUnicode_FromString } from "./unicodeobject.js";
import { PyTuple_New, PyTuple_SET_ITEM, PyTupleObject } from "./tupleobject.js";
import {
  PyList_New,
  PyList_Append,
  PySequence_Fast,
  PySequence_FastRelease,
  _PyList_FromSplitParts,
} from "./listobject.js";
import { PyIndex_Check, PyNumber_Index, PyObject_Size } from "./abstract.js";
import { PyObject_CallOneArg } from "./call.js";
import { newArgParser, _PyArg_UnpackKeywords, _PyArg_NoKwnames, _PyArg_CheckPositional } from "./getargs.js";
import {
  PyBUF_SIMPLE,
  PyBuffer_Data,
  PyBuffer_Release,
  PyObject_CheckBuffer,
  PyObject_GetBuffer,
  _PyObject_GetBytesLike,
  type Py_buffer,
} from "./buffer.js";
import { PyUnicode_FromEncodedObject } from "./codecs.js";

/** How stringlib sees one of the two byte-string types (see the header). */
export interface BytesKind {
  readonly type: PyTypeObject;
  readonly mutable: boolean;
  /** The bytes of `self` (a view: read it before any Python code runs). */
  data(self: PyObject): Uint8Array;
  /** STRINGLIB_NEW(str, len); takes over `d`, which the caller made. */
  fromData(d: Uint8Array): PyObject;
  /** STRINGLIB_NEW(NULL, len), filled with `d` (taken over). */
  newSized(d: Uint8Array): PyObject;
}

// ---------------------------------------------------------------- pyctype.h

/** Py_ISSPACE: space, \t, \n, \v, \f, \r. */
export function Py_ISSPACE(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
export function Py_ISLOWER(c: number): boolean {
  return c >= 97 && c <= 122;
}
export function Py_ISUPPER(c: number): boolean {
  return c >= 65 && c <= 90;
}
export function Py_ISALPHA(c: number): boolean {
  return Py_ISLOWER(c) || Py_ISUPPER(c);
}
export function Py_ISDIGIT(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function Py_ISALNUM(c: number): boolean {
  return Py_ISALPHA(c) || Py_ISDIGIT(c);
}
export function Py_TOLOWER(c: number): number {
  return Py_ISUPPER(c) ? c + 32 : c;
}
export function Py_TOUPPER(c: number): number {
  return Py_ISLOWER(c) ? c - 32 : c;
}

// ---------------------------------------------------------------- fastsearch

/** The first index >= `start` where `n` occurs in `h[start:end]`, or -1. */
export function bytesFind(h: Uint8Array, start: number, end: number, n: Uint8Array): number {
  const m = n.length;
  if (m === 0) return start <= end ? start : -1;
  if (m === 1) {
    const c = n[0];
    for (let i = start; i < end; i++) if (h[i] === c) return i;
    return -1;
  }
  const first = n[0];
  const last = end - m;
  outer: for (let i = start; i <= last; i++) {
    if (h[i] !== first) continue;
    for (let j = 1; j < m; j++) if (h[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}

/** The last index where `n` occurs in `h[start:end]`, or -1. */
export function bytesRFind(h: Uint8Array, start: number, end: number, n: Uint8Array): number {
  const m = n.length;
  if (m === 0) return start <= end ? end : -1;
  outer: for (let i = end - m; i >= start; i--) {
    for (let j = 0; j < m; j++) if (h[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}

/** stringlib_count: non-overlapping occurrences in `h[start:end]`, at most `maxcount`. */
export function bytesCount(h: Uint8Array, start: number, end: number, n: Uint8Array, maxcount: number): number {
  const len = end - start;
  if (len < 0) return 0;
  if (n.length === 0) return len < maxcount ? len + 1 : maxcount;
  let count = 0;
  for (let i = bytesFind(h, start, end, n); i >= 0; i = bytesFind(h, i + n.length, end, n)) {
    if (++count >= maxcount) break;
  }
  return count;
}

/** ADJUST_INDICES of bytes_methods.c. */
function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

// ---------------------------------------------------------------- argument helpers

const PY_SSIZE_T_MAX = 2 ** 63 - 1;

/** _PyArg_BadArgument: "NAME() WHAT must be EXPECTED, not TYPE". */
export function badArgument(fname: string, what: string, expected: string, arg: PyObject): PyObject {
  const tn = arg === Py_None ? "None" : shortTypeName(arg.ob_type);
  return PyErr_Format(PyExc_TypeError, `${fname}() ${what} must be ${expected}, not ${tn}`);
}

function shortTypeName(t: PyTypeObject): string {
  const dot = t.tp_name.lastIndexOf(".");
  return dot < 0 ? t.tp_name : t.tp_name.slice(dot + 1);
}

/** Argument Clinic's Py_ssize_t converter. */
export function asSsize(o: PyObject): number {
  if (o instanceof PyLongObject && o.big === null) return o.v;
  const i = PyNumber_Index(o) as PyLongObject;
  try {
    if (i.big === null) return i.v;
    if (i.big >= -(2n ** 63n) && i.big < 2n ** 63n) return Number(i.big);
    throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  } finally {
    Py_DECREF(i);
  }
}

/** Argument Clinic's int converter (_PyLong_AsInt). */
export function asCInt(o: PyObject): number {
  const i = PyNumber_Index(o) as PyLongObject;
  try {
    if (i.big !== null || i.v > 2147483647 || i.v < -2147483648) {
      throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C int");
    }
    return i.v;
  } finally {
    Py_DECREF(i);
  }
}

/** _PyEval_SliceIndex: an optional start/end argument (None allowed, clamped). */
function sliceIndex(o: PyObject, dflt: number): number {
  if (o === Py_None) return dflt;
  if (o instanceof PyLongObject) {
    if (o.big === null) return o.v;
    return o.big < 0n ? -PY_SSIZE_T_MAX - 1 : PY_SSIZE_T_MAX;
  }
  if (PyIndex_Check(o)) {
    const i = PyNumber_Index(o) as PyLongObject;
    try {
      if (i.big === null) return i.v;
      return i.big < 0n ? -PY_SSIZE_T_MAX - 1 : PY_SSIZE_T_MAX;
    } finally {
      Py_DECREF(i);
    }
  }
  throw PyErr_Format(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
}

/** PyArg_ParseTuple's count check for METH_VARARGS functions. */
function parseTupleCount(fname: string, nargs: number, min: number, max: number): void {
  if (nargs >= min && nargs <= max) return;
  const n = nargs < min ? min : max;
  const how = min === max ? "exactly" : nargs < min ? "at least" : "at most";
  throw PyErr_Format(PyExc_TypeError, `${fname}() takes ${how} ${n} argument${n === 1 ? "" : "s"} (${nargs} given)`);
}

/** stringlib_parse_args_finds: "O|OO:NAME" then start/end as slice indices. */
function parseArgsFinds(fname: string, args: PyObject[], kwnames: PyObject | null): [PyObject, number, number] {
  _PyArg_NoKwnames(fname, kwnames);
  parseTupleCount(fname, args.length, 1, 3);
  const start = args.length > 1 ? sliceIndex(args[1], 0) : 0;
  const end = args.length > 2 ? sliceIndex(args[2], PY_SSIZE_T_MAX) : PY_SSIZE_T_MAX;
  return [args[0], start, end];
}

/** parse_args_finds_byte: the needle as bytes (from a buffer or one int). */
function findsNeedle(sub: PyObject): Uint8Array {
  if (PyObject_CheckBuffer(sub)) return _PyObject_GetBytesLike(sub);
  if (!PyIndex_Check(sub)) {
    throw PyErr_Format(
      PyExc_TypeError,
      `argument should be integer or bytes-like object, not '${sub.ob_type.tp_name}'`,
    );
  }
  const v = asSsizeClamped(sub);
  if (v < 0 || v > 255) throw PyErr_Format(PyExc_ValueError, "byte must be in range(0, 256)");
  return Uint8Array.of(v);
}

/** PyNumber_AsSsize_t(o, NULL): the index value, clamped. */
function asSsizeClamped(o: PyObject): number {
  const i = PyNumber_Index(o) as PyLongObject;
  try {
    if (i.big === null) return i.v;
    return i.big < 0n ? -PY_SSIZE_T_MAX - 1 : PY_SSIZE_T_MAX;
  } finally {
    Py_DECREF(i);
  }
}

/** A fill character: bytes or bytearray of length 1 (clinic's `char`). */
function fillChar(fname: string, o: PyObject): number {
  if (bytesType.isByteString(o)) {
    const d = _PyObject_GetBytesLike(o);
    if (d.length === 1) return d[0];
  }
  throw badArgument(fname, "argument 2", "a byte string of length 1", o);
}

/**
 * What this module needs of bytes and bytearray, which import it: set by
 * bytesobject.ts when it is evaluated (so no import cycle is needed).
 */
export const bytesType = {
  /** PyBytes_Check. */
  isBytes: (_o: PyObject): boolean => false,
  /** PyBytes_Check(o) || PyByteArray_Check(o). */
  isByteString: (_o: PyObject): boolean => false,
  /** A new bytes holding `d` (PyBytes_FromStringAndSize(NULL, n), filled). */
  fromArray: (_d: Uint8Array): PyObject => {
    throw new Error("refpy internal error: bytes not initialised");
  },
};

// ---------------------------------------------------------------- results

function boolResult(b: boolean): PyObject {
  return PyBool_FromBool(b);
}

/** return_self (transmogrify.h): an exact immutable self, else a copy. */
function returnSelf(kind: BytesKind, self: PyObject): PyObject {
  if (!kind.mutable && self.ob_type === kind.type) return Py_NewRef(self);
  return kind.fromData(kind.data(self).slice());
}

// ---------------------------------------------------------------- the methods

/** The method implementations for one kind, keyed by method name. */
export type BytesMethods = ReturnType<typeof makeBytesMethods>;

export function makeBytesMethods(kind: BytesKind) {
  const splitParser = newArgParser("split", ["sep", "maxsplit"], 0);
  const rsplitParser = newArgParser("rsplit", ["sep", "maxsplit"], 0);
  const splitlinesParser = newArgParser("splitlines", ["keepends"], 0);
  const expandtabsParser = newArgParser("expandtabs", ["tabsize"], 0);
  const translateParser = newArgParser("translate", ["", "delete"], 1, 1);
  const hexParser = newArgParser("hex", ["sep", "bytes_per_sep"], 0);
  const decodeParser = newArgParser("decode", ["encoding", "errors"], 0);

  // --- find, index, rfind, rindex, count, startswith, endswith, contains

  function findInternal(self: PyObject, fname: string, args: PyObject[], kwnames: PyObject | null, dir: number) {
    const [subobj, s0, e0] = parseArgsFinds(fname, args, kwnames);
    const sub = findsNeedle(subobj);
    const str = kind.data(self);
    const [start, end] = adjustIndices(s0, e0, str.length);
    if (end - start < sub.length) return -1;
    return dir > 0 ? bytesFind(str, start, end, sub) : bytesRFind(str, start, end, sub);
  }

  function find(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
    return PyLong_FromNumber(findInternal(self, "find", args, kwnames, 1));
  }
  function rfind(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
    return PyLong_FromNumber(findInternal(self, "rfind", args, kwnames, -1));
  }
  function index(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
    const r = findInternal(self, "index", args, kwnames, 1);
    if (r === -1) throw PyErr_Format(PyExc_ValueError, "subsection not found");
    return PyLong_FromNumber(r);
  }
  function rindex(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
    const r = findInternal(self, "rindex", args, kwnames, -1);
    if (r === -1) throw PyErr_Format(PyExc_ValueError, "subsection not found");
    return PyLong_FromNumber(r);
  }
  function count(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
    const [subobj, s0, e0] = parseArgsFinds("count", args, kwnames);
    const sub = findsNeedle(subobj);
    const str = kind.data(self);
    const [start, end] = adjustIndices(s0, e0, str.length);
    return PyLong_FromNumber(bytesCount(str, start, end, sub, PY_SSIZE_T_MAX));
  }

  /** tailmatch: 1 or 0; a TypeError when `substr` is not bytes-like. */
  function tailmatch(str: Uint8Array, substr: PyObject, s0: number, e0: number, direction: number): boolean {
    const sub = _PyObject_GetBytesLike(substr);
    const len = str.length;
    const slen = sub.length;
    let [start, end] = adjustIndices(s0, e0, len);
    if (direction < 0) {
      if (start > len - slen) return false;
    } else {
      if (end - start < slen || start > len) return false;
      if (end - slen > start) start = end - slen;
    }
    if (end - start < slen) return false;
    for (let i = 0; i < slen; i++) if (str[start + i] !== sub[i]) return false;
    return true;
  }

  function tailmatchMethod(
    self: PyObject,
    fname: string,
    args: PyObject[],
    kwnames: PyObject | null,
    direction: number,
  ): PyObject {
    const [subobj, start, end] = parseArgsFinds(fname, args, kwnames);
    const str = kind.data(self);
    if (subobj instanceof PyTupleObject) {
      for (const item of subobj.ob_item) {
        if (tailmatch(kind.data(self), item, start, end, direction)) return boolResult(true);
      }
      return boolResult(false);
    }
    if (!PyObject_CheckBuffer(subobj)) {
      throw PyErr_Format(
        PyExc_TypeError,
        `${fname} first arg must be bytes or a tuple of bytes, not ${subobj.ob_type.tp_name}`,
      );
    }
    return boolResult(tailmatch(str, subobj, start, end, direction));
  }
  function startswith(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
    return tailmatchMethod(self, "startswith", args, kwnames, -1);
  }
  function endswith(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
    return tailmatchMethod(self, "endswith", args, kwnames, 1);
  }

  /** _Py_bytes_contains: an int in range(256), or a bytes-like needle. */
  function contains(self: PyObject, arg: PyObject): boolean {
    if (PyIndex_Check(arg)) {
      const v = asSsizeClamped(arg);
      if (v < 0 || v >= 256) throw PyErr_Format(PyExc_ValueError, "byte must be in range(0, 256)");
      return kind.data(self).indexOf(v) >= 0;
    }
    const sub = _PyObject_GetBytesLike(arg);
    const str = kind.data(self);
    return bytesFind(str, 0, str.length, sub) >= 0;
  }

  // --- ctype: is*, lower, upper, title, capitalize, swapcase

  function isPred(pred: (c: number) => boolean) {
    return (self: PyObject): PyObject => {
      const d = kind.data(self);
      if (d.length === 0) return boolResult(false);
      for (let i = 0; i < d.length; i++) if (!pred(d[i])) return boolResult(false);
      return boolResult(true);
    };
  }
  function isascii(self: PyObject): PyObject {
    const d = kind.data(self);
    for (let i = 0; i < d.length; i++) if (d[i] >= 128) return boolResult(false);
    return boolResult(true);
  }
  function islower(self: PyObject): PyObject {
    const d = kind.data(self);
    let cased = false;
    for (let i = 0; i < d.length; i++) {
      if (Py_ISUPPER(d[i])) return boolResult(false);
      if (Py_ISLOWER(d[i])) cased = true;
    }
    return boolResult(cased);
  }
  function isupper(self: PyObject): PyObject {
    const d = kind.data(self);
    let cased = false;
    for (let i = 0; i < d.length; i++) {
      if (Py_ISLOWER(d[i])) return boolResult(false);
      if (Py_ISUPPER(d[i])) cased = true;
    }
    return boolResult(cased);
  }
  function istitle(self: PyObject): PyObject {
    const d = kind.data(self);
    let cased = false;
    let previousIsCased = false;
    for (let i = 0; i < d.length; i++) {
      const ch = d[i];
      if (Py_ISUPPER(ch)) {
        if (previousIsCased) return boolResult(false);
        previousIsCased = cased = true;
      } else if (Py_ISLOWER(ch)) {
        if (!previousIsCased) return boolResult(false);
        previousIsCased = cased = true;
      } else previousIsCased = false;
    }
    return boolResult(cased);
  }

  function mapped(f: (c: number) => number) {
    return (self: PyObject): PyObject => {
      const d = kind.data(self);
      const out = new Uint8Array(d.length);
      for (let i = 0; i < d.length; i++) out[i] = f(d[i]);
      return kind.newSized(out);
    };
  }
  function title(self: PyObject): PyObject {
    const d = kind.data(self);
    const out = new Uint8Array(d.length);
    let previousIsCased = false;
    for (let i = 0; i < d.length; i++) {
      let c = d[i];
      if (Py_ISLOWER(c)) {
        if (!previousIsCased) c = Py_TOUPPER(c);
        previousIsCased = true;
      } else if (Py_ISUPPER(c)) {
        if (previousIsCased) c = Py_TOLOWER(c);
        previousIsCased = true;
      } else previousIsCased = false;
      out[i] = c;
    }
    return kind.newSized(out);
  }
  function capitalize(self: PyObject): PyObject {
    const d = kind.data(self);
    const out = new Uint8Array(d.length);
    for (let i = 0; i < d.length; i++) out[i] = i === 0 ? Py_TOUPPER(d[i]) : Py_TOLOWER(d[i]);
    return kind.newSized(out);
  }
  function swapcase(c: number): number {
    return Py_ISLOWER(c) ? c - 32 : Py_ISUPPER(c) ? c + 32 : c;
  }

  // --- padding: ljust, rjust, center, zfill, expandtabs

  function pad(self: PyObject, left: number, right: number, fill: number): PyObject {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left === 0 && right === 0) return returnSelf(kind, self);
    const d = kind.data(self);
    heapCheck(left + d.length + right);
    const out = new Uint8Array(left + d.length + right);
    out.fill(fill, 0, left);
    out.set(d, left);
    out.fill(fill, left + d.length);
    return kind.newSized(out);
  }
  function padArgs(fname: string, args: PyObject[], kwnames: PyObject | null): [number, number] {
    _PyArg_NoKwnames(fname, kwnames);
    _PyArg_CheckPositional(fname, args.length, 1, 2);
    const width = asSsize(args[0]);
    const fill = args.length > 1 ? fillChar(fname, args[1]) : 32;
    return [width, fill];
  }
  function ljust(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
    const [width, fill] = padArgs("ljust", args, kwnames);
    const len = kind.data(self).length;
    if (len >= width) return returnSelf(kind, self);
    return pad(self, 0, width - len, fill);
  }
  function rjust(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
    const [width, fill] = padArgs("rjust", args, kwnames);
    const len = kind.data(self).length;
    if (len >= width) return returnSelf(kind, self);
    return pad(self, width - len, 0, fill);
  }
  function center(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
    const [width, fill] = padArgs("center", args, kwnames);
    const len = kind.data(self).length;
    if (len >= width) return returnSelf(kind, self);
    const marg = width - len;
    const left = Math.floor(marg / 2) + (marg & width & 1);
    return pad(self, left, marg - left, fill);
  }
  function zfill(self: PyObject, arg: PyObject): PyObject {
    const width = asSsize(arg);
    const len = kind.data(self).length;
    if (len >= width) return returnSelf(kind, self);
    const fill = width - len;
    const s = pad(self, fill, 0, 48);
    const p = kind.data(s);
    if (p[fill] === 43 || p[fill] === 45) {
      p[0] = p[fill];
      p[fill] = 48;
    }
    return s;
  }
  function expandtabs(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
    const [t] = _PyArg_UnpackKeywords(args, kwnames, expandtabsParser, [null]);
    const tabsize = t === null ? 8 : asCInt(t);
    const d = kind.data(self);
    let i = 0;
    let j = 0;
    for (let k = 0; k < d.length; k++) {
      const c = d[k];
      if (c === 9) {
        if (tabsize > 0) j += tabsize - (j % tabsize);
      } else {
        j++;
        if (c === 10 || c === 13) {
          i += j;
          j = 0;
        }
      }
    }
    if (i + j > PY_SSIZE_T_MAX) throw PyErr_Format(PyExc_OverflowError, "result too long");
    heapCheck(i + j);
    const out = new Uint8Array(i + j);
    let q = 0;
    j = 0;
    for (let k = 0; k < d.length; k++) {
      const c = d[k];
      if (c === 9) {
        if (tabsize > 0) {
          let n = tabsize - (j % tabsize);
          j += n;
          while (n-- > 0) out[q++] = 32;
        }
      } else {
        j++;
        out[q++] = c;
        if (c === 10 || c === 13) j = 0;
      }
    }
    return kind.newSized(out);
  }

  // --- strip, lstrip, rstrip

  function strip(self: PyObject, args: PyObject[], kwnames: PyObject | null, fname: string, which: number) {
    _PyArg_NoKwnames(fname, kwnames);
    _PyArg_CheckPositional(fname, args.length, 0, 1);
    const sepobj = args.length > 0 ? args[0] : Py_None;
    const sep = sepobj === Py_None ? null : _PyObject_GetBytesLike(sepobj);
    const s = kind.data(self);
    const len = s.length;
    const strip = (c: number): boolean => (sep === null ? Py_ISSPACE(c) : sep.indexOf(c) >= 0);
    let i = 0;
    if (which !== RIGHTSTRIP) while (i < len && strip(s[i])) i++;
    let j = len;
    if (which !== LEFTSTRIP) {
      do j--;
      while (j >= i && strip(s[j]));
      j++;
    }
    if (i === 0 && j === len) return returnSelf(kind, self);
    return kind.fromData(s.slice(i, j));
  }

  // --- split, rsplit, splitlines, partition, rpartition

  /** Split's parts as new objects; `whole` (self as list[0]) when nothing split. */
  function splitResult(self: PyObject, parts: Uint8Array[], whole: boolean, prealloc: number, rev: boolean) {
    const items: PyObject[] = [];
    if (whole) items.push(Py_NewRef(self));
    else for (const p of parts) items.push(kind.fromData(p));
    if (rev) items.reverse();
    return _PyList_FromSplitParts(items, prealloc);
  }

  function splitImpl(self: PyObject, args: PyObject[], kwnames: PyObject | null, right: boolean): PyObject {
    const [sepobj, maxo] = _PyArg_UnpackKeywords(args, kwnames, right ? rsplitParser : splitParser, [null, null]);
    let maxcount = maxo === null ? -1 : asSsize(maxo);
    if (maxcount < 0) maxcount = PY_SSIZE_T_MAX;
    const prealloc = maxcount >= 12 ? 12 : maxcount + 1;
    const canReturnSelf = !kind.mutable && self.ob_type === kind.type;
    const parts: Uint8Array[] = [];
    if (sepobj === null || sepobj === Py_None) {
      const str = kind.data(self);
      const n = str.length;
      let whole = false;
      if (!right) {
        let i = 0;
        let j = 0;
        while (maxcount-- > 0) {
          while (i < n && Py_ISSPACE(str[i])) i++;
          if (i === n) break;
          j = i;
          i++;
          while (i < n && !Py_ISSPACE(str[i])) i++;
          if (j === 0 && i === n && canReturnSelf) {
            whole = true;
            break;
          }
          parts.push(str.slice(j, i));
        }
        if (!whole && i < n) {
          while (i < n && Py_ISSPACE(str[i])) i++;
          if (i !== n) parts.push(str.slice(i, n));
        }
      } else {
        let i = n - 1;
        let j = n - 1;
        while (maxcount-- > 0) {
          while (i >= 0 && Py_ISSPACE(str[i])) i--;
          if (i < 0) break;
          j = i;
          i--;
          while (i >= 0 && !Py_ISSPACE(str[i])) i--;
          if (j === n - 1 && i < 0 && canReturnSelf) {
            whole = true;
            break;
          }
          parts.push(str.slice(i + 1, j + 1));
        }
        if (!whole && i >= 0) {
          while (i >= 0 && Py_ISSPACE(str[i])) i--;
          if (i >= 0) parts.push(str.slice(0, i + 1));
        }
      }
      return splitResult(self, parts, whole, prealloc, right);
    }
    const view = PyObject_GetBuffer(sepobj, PyBUF_SIMPLE);
    const sep = PyBuffer_Data(view).slice();
    PyBuffer_Release(view);
    if (sep.length === 0) throw PyErr_Format(PyExc_ValueError, "empty separator");
    const str = kind.data(self);
    const n = str.length;
    const m = sep.length;
    if (!right) {
      let i = 0;
      while (maxcount-- > 0) {
        const j = bytesFind(str, i, n, sep);
        if (j < 0) break;
        parts.push(str.slice(i, j));
        i = j + m;
      }
      if (parts.length === 0 && canReturnSelf) return splitResult(self, parts, true, prealloc, false);
      parts.push(str.slice(i, n));
    } else {
      let j = n;
      while (maxcount-- > 0) {
        const pos = bytesRFind(str, 0, j, sep);
        if (pos < 0) break;
        parts.push(str.slice(pos + m, j));
        j = pos;
      }
      if (parts.length === 0 && canReturnSelf) return splitResult(self, parts, true, prealloc, true);
      parts.push(str.slice(0, j));
    }
    return splitResult(self, parts, false, prealloc, right);
  }
  function split(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
    return splitImpl(self, args, kwnames, false);
  }
  function rsplit(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
    return splitImpl(self, args, kwnames, true);
  }

  function splitlines(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
    const [ke] = _PyArg_UnpackKeywords(args, kwnames, splitlinesParser, [null]);
    const keepends = ke === null ? false : asCInt(ke) !== 0;
    const str = kind.data(self);
    const n = str.length;
    const list = PyList_New(0);
    try {
      for (let i = 0, j = 0; i < n; ) {
        while (i < n && str[i] !== 10 && str[i] !== 13) i++;
        let eol = i;
        if (i < n) {
          if (str[i] === 13 && i + 1 < n && str[i + 1] === 10) i += 2;
          else i++;
          if (keepends) eol = i;
        }
        if (!kind.mutable && j === 0 && eol === n && self.ob_type === kind.type) {
          PyList_Append(list, self);
          break;
        }
        const sub = kind.fromData(str.slice(j, eol));
        PyList_Append(list, sub);
        Py_DECREF(sub);
        j = i;
      }
    } catch (e) {
      Py_DECREF(list);
      throw e;
    }
    return list;
  }

  function partitionImpl(self: PyObject, sepobj: PyObject, right: boolean): PyObject {
    // bytes keeps the separator object it was given; bytearray a new
    // bytearray made from it (bytearray_partition's bytesep).
    let sepItem: PyObject;
    let sep: Uint8Array;
    if (kind.mutable) {
      sep = _PyObject_GetBytesLike(sepobj).slice();
      sepItem = kind.fromData(sep.slice());
    } else {
      sep = _PyObject_GetBytesLike(sepobj);
      sepItem = Py_NewRef(sepobj);
    }
    try {
      if (sep.length === 0) throw PyErr_Format(PyExc_ValueError, "empty separator");
      const str = kind.data(self);
      const n = str.length;
      const pos = right ? bytesRFind(str, 0, n, sep) : bytesFind(str, 0, n, sep);
      const out = PyTuple_New(3);
      if (pos < 0) {
        const whole = kind.mutable ? kind.fromData(str.slice()) : Py_NewRef(self);
        const e1 = kind.fromData(new Uint8Array(0));
        const e2 = kind.fromData(new Uint8Array(0));
        PyTuple_SET_ITEM(out, right ? 2 : 0, whole);
        PyTuple_SET_ITEM(out, 1, e1);
        PyTuple_SET_ITEM(out, right ? 0 : 2, e2);
        return out;
      }
      PyTuple_SET_ITEM(out, 0, kind.fromData(str.slice(0, pos)));
      PyTuple_SET_ITEM(out, 1, Py_NewRef(sepItem));
      PyTuple_SET_ITEM(out, 2, kind.fromData(str.slice(pos + sep.length)));
      return out;
    } finally {
      Py_DECREF(sepItem);
    }
  }
  function partition(self: PyObject, arg: PyObject): PyObject {
    return partitionImpl(self, arg, false);
  }
  function rpartition(self: PyObject, arg: PyObject): PyObject {
    return partitionImpl(self, arg, true);
  }

  // --- join

  function join(self: PyObject, iterable: PyObject): PyObject {
    const items = PySequence_Fast(iterable, "can only join an iterable");
    try {
      const n = items.length;
      if (n === 0) return kind.newSized(new Uint8Array(0));
      if (!kind.mutable && n === 1 && items[0].ob_type === kind.type) return Py_NewRef(items[0]);
      const bufs: Uint8Array[] = [];
      for (let i = 0; i < n; i++) {
        const item = items[i];
        const d = bufferBytesOrNull(item);
        if (d === null) {
          throw PyErr_Format(
            PyExc_TypeError,
            `sequence item ${i}: expected a bytes-like object, ${item.ob_type.tp_name} found`,
          );
        }
        bufs.push(d);
      }
      const sep = kind.data(self).slice();
      let sz = sep.length * (n - 1);
      for (const b of bufs) sz += b.length;
      heapCheck(sz);
      const out = new Uint8Array(sz);
      let p = 0;
      for (let i = 0; i < n; i++) {
        if (i > 0) {
          out.set(sep, p);
          p += sep.length;
        }
        out.set(bufs[i], p);
        p += bufs[i].length;
      }
      return kind.newSized(out);
    } finally {
      PySequence_FastRelease(items);
    }
  }

  // --- replace, removeprefix, removesuffix, translate

  function replace(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
    _PyArg_NoKwnames("replace", kwnames);
    _PyArg_CheckPositional("replace", args.length, 2, 3);
    const from = _PyObject_GetBytesLike(args[0]).slice();
    const to = _PyObject_GetBytesLike(args[1]).slice();
    let maxcount = args.length > 2 ? asSsize(args[2]) : -1;
    const s = kind.data(self);
    const n = s.length;
    if (n < from.length) return returnSelf(kind, self);
    if (maxcount < 0) maxcount = PY_SSIZE_T_MAX;
    else if (maxcount === 0) return returnSelf(kind, self);
    if (from.length === 0) {
      if (to.length === 0) return returnSelf(kind, self);
      // Interleave: `to` before every byte and at the end, `maxcount` times.
      const count = maxcount <= n ? maxcount : n + 1;
      heapCheck(count * to.length + n);
      const out = new Uint8Array(count * to.length + n);
      let q = 0;
      let i = 0;
      for (let k = 0; k < count; k++) {
        if (k > 0) out[q++] = s[i++];
        out.set(to, q);
        q += to.length;
      }
      out.set(s.subarray(i), q);
      return kind.newSized(out);
    }
    const count = bytesCount(s, 0, n, from, maxcount);
    if (count === 0) return returnSelf(kind, self);
    const resultLen = n + count * (to.length - from.length);
    heapCheck(resultLen);
    const out = new Uint8Array(resultLen);
    let q = 0;
    let start = 0;
    for (let k = 0; k < count; k++) {
      const next = bytesFind(s, start, n, from);
      if (next < 0) break;
      out.set(s.subarray(start, next), q);
      q += next - start;
      out.set(to, q);
      q += to.length;
      start = next + from.length;
    }
    out.set(s.subarray(start), q);
    return kind.newSized(out);
  }

  function removeprefix(self: PyObject, arg: PyObject): PyObject {
    const prefix = _PyObject_GetBytesLike(arg);
    const s = kind.data(self);
    const n = prefix.length;
    if (s.length >= n && n > 0 && prefix.every((c, i) => s[i] === c)) return kind.fromData(s.slice(n));
    return returnSelf(kind, self);
  }
  function removesuffix(self: PyObject, arg: PyObject): PyObject {
    const suffix = _PyObject_GetBytesLike(arg);
    const s = kind.data(self);
    const n = suffix.length;
    const off = s.length - n;
    if (off >= 0 && n > 0 && suffix.every((c, i) => s[off + i] === c)) return kind.fromData(s.slice(0, off));
    return returnSelf(kind, self);
  }

  function translate(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
    const [table, deletechars] = _PyArg_UnpackKeywords(args, kwnames, translateParser, [null, null]);
    let tableChars: Uint8Array | null = null;
    if (table !== Py_None) {
      tableChars = _PyObject_GetBytesLike(table!);
      if (tableChars.length !== 256) {
        throw PyErr_Format(PyExc_ValueError, "translation table must be 256 characters long");
      }
    }
    const del = deletechars === null ? null : _PyObject_GetBytesLike(deletechars);
    const input = kind.data(self);
    const out = new Uint8Array(input.length);
    let changed = false;
    if ((del === null || del.length === 0) && tableChars !== null) {
      for (let i = 0; i < input.length; i++) {
        const c = tableChars[input[i]];
        out[i] = c;
        if (c !== input[i]) changed = true;
      }
      if (!changed && !kind.mutable && self.ob_type === kind.type) return Py_NewRef(self);
      return kind.newSized(out);
    }
    const trans = new Int16Array(256);
    for (let i = 0; i < 256; i++) trans[i] = tableChars === null ? i : tableChars[i];
    if (del !== null) for (let i = 0; i < del.length; i++) trans[del[i]] = -1;
    let q = 0;
    for (let i = 0; i < input.length; i++) {
      const c = input[i];
      const t = trans[c];
      if (t !== -1) {
        out[q++] = t;
        if (t === c) continue;
      }
      changed = true;
    }
    if (!changed && !kind.mutable && self.ob_type === kind.type) return Py_NewRef(self);
    return kind.newSized(q === out.length ? out : out.slice(0, q));
  }

  // --- hex, fromhex, decode

  function hex(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
    const [sep, bps] = _PyArg_UnpackKeywords(args, kwnames, hexParser, [null, null]);
    const perSep = bps === null ? 1 : asCInt(bps);
    return PyUnicode_FromString(_Py_strhex_with_sep(kind.data(self), sep, perSep));
  }

  function fromhex(type: PyObject, arg: PyObject): PyObject {
    if (!(arg instanceof PyUnicodeObject)) throw badArgument("fromhex", "argument", "str", arg);
    const result = kind.fromData(_PyBytes_FromHex(arg.str));
    if (type === kind.type) return result;
    try {
      return PyObject_CallOneArg(type, result);
    } finally {
      Py_DECREF(result);
    }
  }

  function decode(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
    const [enc, err] = _PyArg_UnpackKeywords(args, kwnames, decodeParser, [null, null]);
    const encoding = enc === null ? null : strArg("decode", "argument 'encoding'", enc);
    const errors = err === null ? null : strArg("decode", "argument 'errors'", err);
    return PyUnicode_FromEncodedObject(self, encoding, errors);
  }

  return {
    find,
    rfind,
    index,
    rindex,
    count,
    startswith,
    endswith,
    contains,
    isalnum: isPred(Py_ISALNUM),
    isalpha: isPred(Py_ISALPHA),
    isdigit: isPred(Py_ISDIGIT),
    isspace: isPred(Py_ISSPACE),
    isascii,
    islower,
    isupper,
    istitle,
    lower: mapped(Py_TOLOWER),
    upper: mapped(Py_TOUPPER),
    swapcase: mapped(swapcase),
    title,
    capitalize,
    ljust,
    rjust,
    center,
    zfill,
    expandtabs,
    strip: (self: PyObject, args: PyObject[], kw: PyObject | null) => strip(self, args, kw, "strip", BOTHSTRIP),
    lstrip: (self: PyObject, args: PyObject[], kw: PyObject | null) => strip(self, args, kw, "lstrip", LEFTSTRIP),
    rstrip: (self: PyObject, args: PyObject[], kw: PyObject | null) => strip(self, args, kw, "rstrip", RIGHTSTRIP),
    split,
    rsplit,
    splitlines,
    partition,
    rpartition,
    join,
    replace,
    removeprefix,
    removesuffix,
    translate,
    maketrans,
    hex,
    fromhex,
    decode,
  };
}

const LEFTSTRIP = 0;
const RIGHTSTRIP = 1;
const BOTHSTRIP = 2;

/** A str argument of a clinic `str` converter (no embedded NUL). */
export function strArg(fname: string, what: string, o: PyObject): string {
  if (!(o instanceof PyUnicodeObject)) throw badArgument(fname, what, "str", o);
  if (o.str.indexOf("\0") >= 0) throw PyErr_Format(PyExc_ValueError, "embedded null character");
  return o.str;
}

/** bytes.maketrans / bytearray.maketrans (static): a 256-byte table. */
export function maketrans(_self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("maketrans", kwnames);
  _PyArg_CheckPositional("maketrans", args.length, 2, 2);
  const frm = _PyObject_GetBytesLike(args[0]);
  const to = _PyObject_GetBytesLike(args[1]);
  if (frm.length !== to.length) throw PyErr_Format(PyExc_ValueError, "maketrans arguments must have same length");
  const p = new Uint8Array(256);
  for (let i = 0; i < 256; i++) p[i] = i;
  for (let i = 0; i < frm.length; i++) p[frm[i]] = to[i];
  return bytesType.fromArray(p);
}

const HEXDIGITS = "0123456789abcdef";

/** _Py_strhex_with_sep (Python/pystrhex.c), returning text. */
export function _Py_strhex_with_sep(d: Uint8Array, sep: PyObject | null, bytesPerSepGroup: number): string {
  let sepChar = "";
  if (sep !== null) {
    const seplen = PyObject_Size(sep);
    if (seplen !== 1) throw PyErr_Format(PyExc_ValueError, "sep must be length 1.");
    if (sep instanceof PyUnicodeObject) {
      if (sep.str.charCodeAt(0) > 255) throw PyErr_Format(PyExc_ValueError, "sep must be ASCII.");
      sepChar = sep.str;
    } else if (bytesType.isBytes(sep)) {
      sepChar = String.fromCharCode(_PyObject_GetBytesLike(sep)[0]);
    } else {
      throw PyErr_Format(PyExc_TypeError, "sep must be str or bytes.");
    }
    if (sepChar.charCodeAt(0) > 127) throw PyErr_Format(PyExc_ValueError, "sep must be ASCII.");
  } else bytesPerSepGroup = 0;
  const n = d.length;
  let abs = Math.abs(bytesPerSepGroup);
  if (abs >= n) {
    bytesPerSepGroup = 0;
    abs = 0;
  }
  heapCheck(2 * n);
  const hexOf = (c: number): string => HEXDIGITS[c >> 4] + HEXDIGITS[c & 15];
  let out = "";
  if (bytesPerSepGroup === 0) {
    for (let i = 0; i < n; i++) out += hexOf(d[i]);
    return out;
  }
  if (bytesPerSepGroup < 0) {
    for (let i = 0; i < n; i++) {
      if (i > 0 && i % abs === 0) out += sepChar;
      out += hexOf(d[i]);
    }
    return out;
  }
  // Positive: groups counted from the right.
  for (let i = 0; i < n; i++) {
    if (i > 0 && (n - i) % abs === 0) out += sepChar;
    out += hexOf(d[i]);
  }
  return out;
}

/** _PyBytes_FromHex: the bytes of a string of hex digits and ASCII spaces. */
export function _PyBytes_FromHex(s: string): Uint8Array {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    if (s.charCodeAt(i) >= 128) {
      throw PyErr_Format(PyExc_ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    }
  }
  const out: number[] = [];
  let i = 0;
  while (i < n) {
    if (Py_ISSPACE(s.charCodeAt(i))) {
      do i++;
      while (i < n && Py_ISSPACE(s.charCodeAt(i)));
      if (i >= n) break;
    }
    const top = hexValue(s.charCodeAt(i));
    if (top < 0) throw nonHex(i);
    i++;
    const bot = i < n ? hexValue(s.charCodeAt(i)) : -1;
    if (bot < 0) throw nonHex(i);
    i++;
    out.push((top << 4) + bot);
  }
  return Uint8Array.from(out);
}

function nonHex(i: number): PyObject {
  return PyErr_Format(PyExc_ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** A view's bytes read through the buffer protocol, for comparisons. */
export function bufferBytesOrNull(o: PyObject): Uint8Array | null {
  if (!PyObject_CheckBuffer(o)) return null;
  let view: Py_buffer;
  try {
    view = PyObject_GetBuffer(o, PyBUF_SIMPLE);
  } catch (e) {
    Py_DECREF(e as PyObject);
    return null;
  }
  const d = PyBuffer_Data(view);
  PyBuffer_Release(view);
  return d;
}
