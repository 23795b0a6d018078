/**
 * `str`: CPython's Objects/unicodeobject.c.
 *
 * Representation: `PyUnicodeObject.str` is an immutable JS string. Python
 * indexes strings by code point while JS strings are UTF-16, so each
 * object records its `kind` when created (CPython's PEP 393 kinds):
 *   1 ASCII, 2 Latin-1, 3 BMP (UCS-2), 4 astral (has surrogate pairs).
 * For kinds 1–3 a code point is a UTF-16 unit and JS indexing is Python
 * indexing. Kind 4 strings are rare; they index through a code-point
 * array built on first use (`cps`). `cplen` is the length in code points.
 *
 * `hash` caches the hash (-1 = not computed yet; never -1 once computed).
 * The hash is refpy's own (CPython randomises str hashes per process, so
 * no program can depend on its value).
 *
 * Singletons, as CPython 3.11: `''` and the 256 one-character Latin-1
 * strings are static objects (refcount STATIC_REFCNT); every operation
 * producing such a string returns the singleton. Interned strings
 * (`PyUnicode_InternFromString`, identifiers) live in a table that does
 * not own a reference ("mortal" interning, as 3.11's SSTATE_INTERNED_MORTAL);
 * the dealloc of an interned string removes it from the table.
 *
 * Sizes (sys.getsizeof, 3.11): ASCII 49+n, Latin-1 73+n, UCS-2 74+2n,
 * astral 76+4n bytes. An instance of a heap subtype of str is 3.11's
 * non-compact form (PyUnicodeSubtypeObject, with the GC header): 80 bytes
 * plus n+1 characters of 1, 2 or 4 bytes, plus the managed dict's
 * pre-header.
 */
import { _Py_HashString, hashReg, recallHash } from "./hashutil.js";
import {
  type GCLink,
  MANAGED_DICT_PREHEADER,
  PyGCObject,
  PyObject,
  PyObject_GC_Link,
  TPFLAGS_BASETYPE,
  TPFLAGS_HAVE_GC,
  TPFLAGS_MANAGED_DICT,
  TPFLAGS_MATCH_SELF,
  TPFLAGS_UNICODE_SUBCLASS,
} from "../heap/object.js";
import { PyObject_Free, PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "../heap/refcount.js";
import { makeStatic, newStaticType, type PyTypeObject } from "./typeobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import { PyErr_Format, PyErr_NoMemory, PyErr_SetObject } from "./errors.js";
import { heapCheck } from "../heap/allocator.js";
import {
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyExc_KeyError,
} from "./exceptions.js";
import { Py_NotImplemented, Py_None } from "./noneobject.js";
import { PyLongObject, PyLong_FromNumber, richcompareResult, Py_True, Py_False, PY_WHITESPACE } from "./longobject.js";
import { PyTuple_New, PyTuple_SET_ITEM, PyTupleObject } from "./tupleobject.js";
import { PyList_New, PyList_Append, PySequence_Fast, PySequence_FastRelease } from "./listobject.js";
import { PySliceObject, PySlice_Unpack, PySlice_AdjustIndices } from "./sliceobject.js";
import { METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, METH_STATIC } from "./methoddef.js";
import { checkPositional, newArgParser, _PyArg_UnpackKeywords } from "./getargs.js";
import { PyObject_Repr, PyObject_Str, PyNumber_AsSsize_t, PyIndex_Check, PyObject_ASCII } from "./abstract.js";
import { registerSequenceRepeat, registerLengthHint } from "./seqslots.js";
import { formatStr, PyUnicode_Format, checkResultWidth } from "./unicode-format.js";
import { PyDictObject, PyDict_New, PyDict_Next, PyDict_SetItem, _PyDict_Key, _PyDict_Value } from "./dictobject.js";
import { PyUnicode_AsEncodedString, PyUnicode_FromEncodedObject } from "./codecs.js";
import { strArg } from "./bytes-methods.js";
import { unicode_format_map_method, unicode_format_method } from "./unicode-markup.js";
import { _PyEval_GetBuiltin, exhaustedIterReduce, seqIterReduce, setstateIndex } from "./iterreduce.js";
import { codePoints as ucs4, fromCodePoints } from "../unicode/ucd.js";
import {
  ALPHA,
  CASE_IGNORABLE,
  CASED,
  ctypeFlags,
  DECIMAL,
  DIGIT,
  hasFlag,
  LOWER,
  NUMERIC,
  PRINTABLE,
  TITLE,
  toFoldedFull,
  toLowerFull,
  toTitleFull,
  toUpperFull,
  UPPER,
  XID_CONTINUE,
  XID_START,
} from "../unicode/unicodectype.js";

export class PyUnicodeObject extends PyObject {
  /** The text. */
  str: string;
  /** Cached hash, -1 until computed (a JS number: see hashutil.ts), and
   *  the high half of its exact 64-bit value. */
  hash: number;
  hashHi: number;
  /** 1 ASCII, 2 Latin-1, 3 UCS-2, 4 has astral characters. */
  kind: number;
  /** Length in code points. */
  cplen: number;
  /** Is this object the interned one for its text? */
  interned: boolean;
  /** Code points (kind 4 only, built on first indexed access). */
  cps: string[] | null;

  /** `nbytes` is given for a subtype's instance; otherwise the size of
   *  the compact form. */
  /** `known`: the kind and length of `s` when the caller has them (a
   *  concatenation), so that `s` is not scanned. */
  constructor(type: PyTypeObject, s: string, nbytes = 0, known: [number, number] | null = null) {
    const [kind, cplen] = known ?? scanKind(s);
    super(type, nbytes !== 0 ? nbytes : unicodeSize(kind, cplen));
    this.str = s;
    this.hash = -1;
    this.hashHi = 0;
    this.kind = kind;
    this.cplen = cplen;
    this.interned = false;
    this.cps = null;
  }
}

/** sizeof(PyUnicodeObject), the non-compact form unicode_subtype_new makes. */
const UNICODE_OBJECT_SIZE = 80;

/**
 * An instance of a heap subtype of str: a str with the GC header, as
 * PyLongSubtypeObject (longobject.ts) is for int.
 */
export class PyUnicodeSubtypeObject extends PyUnicodeObject {
  gc_next: GCLink | null;
  gc_prev: GCLink | null;
  gc_refs: number;
  gc_flags: number;
  weakreflist: PyObject | null;

  constructor(type: PyTypeObject, s: string) {
    super(type, s, unicodeSubtypeSize(type, s));
    this.gc_next = null;
    this.gc_prev = null;
    this.gc_refs = 0;
    this.gc_flags = 0;
    this.weakreflist = null;
    PyObject_GC_Link(type, this.ob_size_bytes);
  }
}

/** unicode___sizeof__ of the non-compact form, plus the managed dict. */
function unicodeSubtypeSize(type: PyTypeObject, s: string): number {
  const [kind, cplen] = scanKind(s);
  const charSize = kind <= 2 ? 1 : kind === 3 ? 2 : 4;
  const pre = (type.tp_flags & TPFLAGS_MANAGED_DICT) !== 0 ? MANAGED_DICT_PREHEADER : 0;
  return UNICODE_OBJECT_SIZE + (cplen + 1) * charSize + pre;
}

function scanKind(s: string): [number, number] {
  let max = 0;
  let pairs = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  if (pairs > 0) return [4, n - pairs];
  return [max < 128 ? 1 : max < 256 ? 2 : 3, n];
}

function unicodeSize(kind: number, n: number): number {
  switch (kind) {
    case 1:
      return 49 + n;
    case 2:
      return 73 + n;
    case 3:
      return 74 + 2 * n;
    default:
      return 76 + 4 * n;
  }
}

const interned = new Map<string, PyUnicodeObject>();

function unicode_dealloc(self: PyObject): void {
  const u = self as PyUnicodeObject;
  if (u.interned) interned.delete(u.str);
  // tp_free: a subtype instance has the GC header.
  if ((self.ob_type.tp_flags & TPFLAGS_HAVE_GC) !== 0) PyObject_GC_Del(self as PyGCObject);
  else PyObject_Free(self);
}

export const PyUnicode_Type: PyTypeObject = newStaticType(
  "str",
  UNICODE_OBJECT_SIZE,
  TPFLAGS_BASETYPE | TPFLAGS_UNICODE_SUBCLASS | TPFLAGS_MATCH_SELF,
  unicode_dealloc,
);

/** The one-character Latin-1 strings and the empty string (static). */
const latin1: PyUnicodeObject[] = [];
for (let i = 0; i < 256; i++) {
  const o = makeStatic(new PyUnicodeObject(PyUnicode_Type, String.fromCharCode(i)));
  o.interned = true;
  interned.set(o.str, o);
  latin1.push(o);
}
export const unicode_empty: PyUnicodeObject = makeStatic(new PyUnicodeObject(PyUnicode_Type, ""));
unicode_empty.interned = true;
interned.set("", unicode_empty);

// ---------------------------------------------------------------- creation

/** A new reference to a str with text `s`. */
export function PyUnicode_FromString(s: string): PyUnicodeObject {
  const n = s.length;
  if (n <= 1) {
    if (n === 0) {
      unicode_empty.ob_refcnt++;
      return unicode_empty;
    }
    const c = s.charCodeAt(0);
    if (c < 256) {
      const o = latin1[c];
      o.ob_refcnt++;
      return o;
    }
  }
  return new PyUnicodeObject(PyUnicode_Type, s);
}

/** A new reference to the interned str for `s` (the same object each time
 *  while it lives). */
/** Whether an interned str with text `s` exists. */
export function _PyUnicode_IsInterned(s: string): boolean {
  return interned.has(s);
}

export function PyUnicode_InternFromString(s: string): PyUnicodeObject {
  const o = interned.get(s);
  if (o !== undefined) {
    o.ob_refcnt++;
    return o;
  }
  const u = new PyUnicodeObject(PyUnicode_Type, s);
  u.interned = true;
  interned.set(s, u);
  return u;
}

/** Intern `*p` in place (CPython's PyUnicode_InternInPlace): returns the
 *  interned object (new reference) and releases the argument's reference. */
export function PyUnicode_InternInPlace(o: PyUnicodeObject): PyUnicodeObject {
  if (o.interned || o.ob_type !== PyUnicode_Type) return o;
  const existing = interned.get(o.str);
  if (existing !== undefined) {
    existing.ob_refcnt++;
    Py_DECREF(o);
    return existing;
  }
  o.interned = true;
  interned.set(o.str, o);
  return o;
}

export function PyUnicode_Check(o: PyObject): o is PyUnicodeObject {
  return o instanceof PyUnicodeObject;
}

export function PyUnicode_CheckExact(o: PyObject): o is PyUnicodeObject {
  return o.ob_type === PyUnicode_Type;
}

/** The JS string of a str object. */
export function PyUnicode_AsString(o: PyObject): string {
  return (o as PyUnicodeObject).str;
}

/** Length in code points. */
export function PyUnicode_GET_LENGTH(o: PyObject): number {
  return (o as PyUnicodeObject).cplen;
}

/** Code points of a kind-4 string (cached). */
function codePoints(u: PyUnicodeObject): string[] {
  if (u.cps === null) u.cps = Array.from(u.str);
  return u.cps;
}

/** The JS string of code points [start, end) of `u`. */
function substr(u: PyUnicodeObject, start: number, end: number): string {
  if (u.kind !== 4) return u.str.slice(start, end);
  return codePoints(u).slice(start, end).join("");
}

/** UTF-16 index → code point index, for kind-4 strings. */
function cpIndex(u: PyUnicodeObject, utf16: number): number {
  if (u.kind !== 4 || utf16 < 0) return utf16;
  let n = 0;
  const s = u.str;
  for (let i = 0; i < utf16; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Code point index → UTF-16 index, for kind-4 strings. */
function utf16Index(u: PyUnicodeObject, cp: number): number {
  if (u.kind !== 4) return cp;
  const cps = codePoints(u);
  let n = 0;
  for (let i = 0; i < cp && i < cps.length; i++) n += cps[i].length;
  return n;
}

// ---------------------------------------------------------------- hash, compare

/** str's hash: CPython's (SipHash-1-3 over its PEP 393 data, the key
 *  PYTHONHASHSEED=0 gives; src/objects/hashutil.ts). */
export function unicodeHashString(s: string): number {
  return _Py_HashString(s);
}

export function unicode_hash(self: PyObject): number {
  const u = self as PyUnicodeObject;
  const h = u.hash;
  if (h !== -1) return recallHash(h, u.hashHi);
  u.hash = unicodeHashString(u.str);
  u.hashHi = hashReg.hi;
  return u.hash;
}

/** Compare by code points: JS compares UTF-16 units, which orders
 *  astral characters below U+E000..U+FFFF. */
export function unicodeCompare(a: PyUnicodeObject, b: PyUnicodeObject): number {
  if (a.kind === 4 || b.kind === 4) {
    const x = codePoints(a);
    const y = codePoints(b);
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      if (x[i] !== y[i]) return x[i].codePointAt(0)! < y[i].codePointAt(0)! ? -1 : 1;
    }
    return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
  }
  return a.str < b.str ? -1 : a.str > b.str ? 1 : 0;
}

function unicode_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyUnicodeObject) || !(b instanceof PyUnicodeObject)) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  if (op === Py_EQ || op === Py_NE) {
    const eq = a === b || a.str === b.str;
    const r = (op === Py_EQ) === eq ? Py_True : Py_False;
    r.ob_refcnt++;
    return r;
  }
  return richcompareResult(unicodeCompare(a, b), op);
}

/** Do two str objects have the same text? (for dict/set lookups) */
export function _PyUnicode_EQ(a: PyUnicodeObject, b: PyUnicodeObject): boolean {
  return a.str === b.str;
}

// ---------------------------------------------------------------- repr

/** Py_UNICODE_ISPRINTABLE: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp,
 *  Zs, space aside (Unicode 14.0.0's, src/unicode/unicodectype.ts). */
function isPrintableChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c >= 0x20 && c < 0x7f) return true;
  return (flagsOf(ch) & PRINTABLE) !== 0;
}

/** CPython's unicode_repr on a JS string. */
export function unicode_repr_string(s: string): string {
  let hasSingle = false;
  let hasDouble = false;
  let simple = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
    else if (c < 32 || c >= 127 || c === 92) simple = false;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  if (simple && !(hasSingle && hasDouble)) return quote + s + quote;
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (c < 32 || c === 0x7f) out += "\\x" + hex(c, 2);
    else if (c < 0x7f) out += ch;
    else if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff) out += "\\u" + hex(c, 4);
    else if (isPrintableChar(ch)) out += ch;
    else if (c <= 0xff) out += "\\x" + hex(c, 2);
    else if (c <= 0xffff) out += "\\u" + hex(c, 4);
    else out += "\\U" + hex(c, 8);
  }
  return out + quote;
}

function hex(c: number, width: number): string {
  return c.toString(16).padStart(width, "0");
}

/** ascii(): repr with every non-ASCII character escaped. */
export function unicode_ascii_string(s: string): string {
  return escapeNonAscii(unicode_repr_string(s));
}

/** Escape every non-ASCII character as \\xNN, \\uNNNN or \\UNNNNNNNN. */
export function escapeNonAscii(r: string): string {
  let out = "";
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c <= 0xff) out += "\\x" + hex(c, 2);
    else if (c <= 0xffff) out += "\\u" + hex(c, 4);
    else out += "\\U" + hex(c, 8);
  }
  return out;
}

function unicode_repr(self: PyObject): PyObject {
  return PyUnicode_FromString(unicode_repr_string((self as PyUnicodeObject).str));
}

/** str(s): an exact str is itself; a subclass instance becomes a str. */
function unicode_str(self: PyObject): PyObject {
  if (self.ob_type === PyUnicode_Type) {
    Py_INCREF(self);
    return self;
  }
  return PyUnicode_FromString((self as PyUnicodeObject).str);
}

// ---------------------------------------------------------------- sequence

function unicode_length(self: PyObject): number {
  return (self as PyUnicodeObject).cplen;
}

/** s[i] for 0 <= i < len (sq_item: the index is already adjusted). */
function unicode_item(self: PyObject, i: number): PyObject {
  const u = self as PyUnicodeObject;
  if (i < 0 || i >= u.cplen) throw PyErr_Format(PyExc_IndexError, "string index out of range");
  if (u.kind !== 4) return charObject(u.str.charCodeAt(i), u.str[i]);
  return PyUnicode_FromString(codePoints(u)[i]);
}

function charObject(code: number, ch: string): PyObject {
  if (code < 256) {
    const o = latin1[code];
    o.ob_refcnt++;
    return o;
  }
  return new PyUnicodeObject(PyUnicode_Type, ch);
}

function unicode_subscript(self: PyObject, key: PyObject): PyObject {
  const u = self as PyUnicodeObject;
  if (key instanceof PyLongObject) {
    let i = key.big === null ? key.v : PyNumber_AsSsize_t(key, PyExc_IndexError);
    if (i < 0) i += u.cplen;
    return unicode_item(u, i);
  }
  if (key instanceof PySliceObject) {
    const [start0, stop0, step] = PySlice_Unpack(key);
    const [start, , slicelength] = PySlice_AdjustIndices(u.cplen, start0, stop0, step);
    if (slicelength <= 0) return PyUnicode_FromString("");
    if (start === 0 && step === 1 && slicelength === u.cplen && u.ob_type === PyUnicode_Type) {
      Py_INCREF(u);
      return u;
    }
    if (step === 1) return PyUnicode_FromString(substr(u, start, start + slicelength));
    const src = u.kind === 4 ? codePoints(u) : u.str;
    let out = "";
    for (let k = 0, i = start; k < slicelength; k++, i += step) out += src[i];
    return PyUnicode_FromString(out);
  }
  if (PyIndex_Check(key)) {
    let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
    if (i < 0) i += u.cplen;
    return unicode_item(u, i);
  }
  throw PyErr_Format(PyExc_TypeError, `string indices must be integers, not '${key.ob_type.tp_name}'`);
}

function unicode_concat(a: PyObject, b: PyObject): PyObject {
  if (!(b instanceof PyUnicodeObject)) {
    throw PyErr_Format(PyExc_TypeError, `can only concatenate str (not "${b.ob_type.tp_name}") to str`);
  }
  if (!(a instanceof PyUnicodeObject)) {
    throw PyErr_Format(PyExc_TypeError, `can only concatenate str (not "${a.ob_type.tp_name}") to str`);
  }
  if (b.str.length === 0 && a.ob_type === PyUnicode_Type) {
    Py_INCREF(a);
    return a;
  }
  if (a.str.length === 0 && b.ob_type === PyUnicode_Type) {
    Py_INCREF(b);
    return b;
  }
  return PyUnicode_Concat(a, b);
}

/** a + b of two str objects, new reference. */
export function PyUnicode_Concat(a: PyUnicodeObject, b: PyUnicodeObject): PyUnicodeObject {
  const n = a.str.length + b.str.length;
  if (n > 1 << 20) checkStringSize(Math.max(a.kind, b.kind), a.cplen + b.cplen, n);
  // The kinds and lengths add up unless a's last unit and b's first make
  // a surrogate pair; otherwise the result is not scanned again (a loop of
  // `s += t` would scan the whole string at every step).
  const x = a.str;
  const y = b.str;
  if (n < 2 || (isHighSurrogate(x.charCodeAt(x.length - 1)) && isLowSurrogate(y.charCodeAt(0)))) {
    return PyUnicode_FromString(x + y);
  }
  return new PyUnicodeObject(PyUnicode_Type, x + y, 0, [Math.max(a.kind, b.kind), a.cplen + b.cplen]);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** 2**63: one past Py_ssize_t's maximum (exactly representable, unlike the maximum). */
const PY_SSIZE_T_LIMIT = 2 ** 63;
/** Longest JS string V8 can make (String::kMaxLength on 64-bit). */
const JS_MAX_STRING = 2 ** 29 - 24;

/** MemoryError, before any JS memory is touched, when a string of `cplen`
 *  code points (`units` UTF-16 units) would not fit the heap limit or a JS
 *  string. */
function checkStringSize(kind: number, cplen: number, units: number): void {
  heapCheck(unicodeSize(kind, cplen));
  if (units > JS_MAX_STRING) throw PyErr_NoMemory();
}

function unicode_repeat(self: PyObject, n: number): PyObject {
  const u = self as PyUnicodeObject;
  if (n <= 0 || u.str.length === 0) return PyUnicode_FromString("");
  if (n === 1 && u.ob_type === PyUnicode_Type) {
    Py_INCREF(u);
    return u;
  }
  const total = u.cplen * n;
  if (total >= PY_SSIZE_T_LIMIT) throw PyErr_Format(PyExc_OverflowError, "repeated string is too long");
  checkStringSize(u.kind, total, u.str.length * n);
  return PyUnicode_FromString(u.str.repeat(n));
}

function unicode_contains(self: PyObject, item: PyObject): boolean {
  if (!(item instanceof PyUnicodeObject)) {
    throw PyErr_Format(PyExc_TypeError, `'in <string>' requires string as left operand, not ${item.ob_type.tp_name}`);
  }
  return (self as PyUnicodeObject).str.includes(item.str);
}

function unicode_mod(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyUnicodeObject)) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  return PyUnicode_Format(a, b);
}

// ---------------------------------------------------------------- iterator

/** str_ascii_iterator / str_iterator: holds the string until exhausted
 *  (a GC object, 48 bytes with the GC header, as 3.11). */
export class PyUnicodeIterObject extends PyGCObject {
  it_index: number;
  it_seq: PyUnicodeObject | null;
  constructor(type: PyTypeObject, seq: PyUnicodeObject) {
    super(type, 32);
    this.it_index = 0;
    this.it_seq = seq;
    PyObject_GC_Track(this);
  }
}

function unicodeiter_dealloc(self: PyObject): void {
  const it = self as PyUnicodeIterObject;
  PyObject_GC_UnTrack(it);
  const seq = it.it_seq;
  it.it_seq = null;
  if (seq !== null) Py_DECREF(seq);
  PyObject_GC_Del(it);
}

function unicodeiter_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const seq = (self as PyUnicodeIterObject).it_seq;
  if (seq !== null) visit(seq);
}

export const PyUnicodeASCIIIter_Type: PyTypeObject = newStaticType(
  "str_ascii_iterator",
  32,
  TPFLAGS_HAVE_GC,
  unicodeiter_dealloc,
);
export const PyUnicodeIter_Type: PyTypeObject = newStaticType("str_iterator", 32, TPFLAGS_HAVE_GC, unicodeiter_dealloc);

function unicode_iter(self: PyObject): PyObject {
  const u = self as PyUnicodeObject;
  Py_INCREF(u);
  return new PyUnicodeIterObject(u.kind === 1 ? PyUnicodeASCIIIter_Type : PyUnicodeIter_Type, u);
}

function unicodeiter_next(self: PyObject): PyObject | null {
  const it = self as PyUnicodeIterObject;
  const seq = it.it_seq;
  if (seq === null) return null;
  const i = it.it_index;
  if (i < seq.cplen) {
    it.it_index = i + 1;
    if (seq.kind !== 4) return charObject(seq.str.charCodeAt(i), seq.str[i]);
    return PyUnicode_FromString(codePoints(seq)[i]);
  }
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
}

function unicodeiter_iter(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

function unicodeiter_length_hint(self: PyObject): PyObject {
  const it = self as PyUnicodeIterObject;
  return PyLong_FromNumber(it.it_seq === null ? 0 : it.it_seq.cplen - it.it_index);
}

function unicodeiter_reduce(self: PyObject): PyObject {
  const it = self as PyUnicodeIterObject;
  const iter = _PyEval_GetBuiltin("iter");
  if (it.it_seq !== null) return seqIterReduce(iter, it.it_seq, it.it_index);
  return exhaustedIterReduce(iter, PyUnicode_FromString(""));
}

function unicodeiter_setstate(self: PyObject, state: PyObject): PyObject {
  const it = self as PyUnicodeIterObject;
  const index = setstateIndex(state, 0, it.it_seq === null ? 0 : it.it_seq.cplen);
  if (it.it_seq !== null) it.it_index = index;
  return Py_NewRef(Py_None);
}

for (const t of [PyUnicodeASCIIIter_Type, PyUnicodeIter_Type]) {
  t.tp_iter = unicodeiter_iter;
  t.tp_iternext = unicodeiter_next;
  t.tp_traverse = unicodeiter_traverse;
  t.tp_methods = [
    { name: "__length_hint__", meth: unicodeiter_length_hint, flags: METH_NOARGS },
    { name: "__reduce__", meth: unicodeiter_reduce, flags: METH_NOARGS },
    { name: "__setstate__", meth: unicodeiter_setstate, flags: METH_O },
  ];
  registerLengthHint(t, (o) => {
    const it = o as PyUnicodeIterObject;
    return it.it_seq === null ? 0 : it.it_seq.cplen - it.it_index;
  });
}

// ---------------------------------------------------------------- str()

const strParser = newArgParser("str", ["object", "encoding", "errors"], 0, 0, -1);

function unicode_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [obj, encoding, errors] = _PyArg_UnpackKeywords(args, kwnames, strParser, [null, null, null]);
  let r: PyObject;
  if (obj === null) r = PyUnicode_FromString("");
  else if (encoding !== null || errors !== null) {
    const enc = encoding === null ? null : strArg("str", "argument 'encoding'", encoding);
    const err = errors === null ? null : strArg("str", "argument 'errors'", errors);
    r = PyUnicode_FromEncodedObject(obj, enc, err);
  } else r = PyObject_Str(obj);
  if (type === PyUnicode_Type) return r;
  // unicode_subtype_new: tracked as PyType_GenericAlloc tracks it.
  const sub = new PyUnicodeSubtypeObject(type, (r as PyUnicodeObject).str);
  Py_DECREF(r);
  PyObject_GC_Track(sub);
  return sub;
}

// ---------------------------------------------------------------- methods

function argStr(fname: string, o: PyObject, what = "argument"): string {
  if (!(o instanceof PyUnicodeObject)) {
    throw PyErr_Format(PyExc_TypeError, `${fname}() ${what} must be str, not ${o.ob_type.tp_name}`);
  }
  return o.str;
}

function newStr(self: PyUnicodeObject, s: string): PyObject {
  if (s === self.str && self.ob_type === PyUnicode_Type) {
    Py_INCREF(self);
    return self;
  }
  return PyUnicode_FromString(s);
}

function boolResult(b: boolean): PyObject {
  const r = b ? Py_True : Py_False;
  r.ob_refcnt++;
  return r;
}

/** Optional index argument (None allowed), as _PyEval_SliceIndex. */
function sliceIndex(o: PyObject | null, dflt: number): number {
  if (o === null || o === Py_None) return dflt;
  if (o instanceof PyLongObject && o.big === null) return o.v;
  if (PyIndex_Check(o)) {
    const n = PyNumber_AsSsize_t(o, null);
    return n;
  }
  throw PyErr_Format(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
}

/** Clamp start/end as CPython's ADJUST_INDICES (code point indices). */
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

function isPyWhitespace(ch: string): boolean {
  return PY_WHITESPACE.includes(ch);
}

const splitParser = newArgParser("split", ["sep", "maxsplit"], 0, 0, -1);
const rsplitParser = newArgParser("rsplit", ["sep", "maxsplit"], 0, 0, -1);

function unicode_split_impl(
  self: PyUnicodeObject,
  args: PyObject[],
  kwnames: PyObject | null,
  fname: string,
  right: boolean,
): PyObject {
  const [sepo, maxo] = _PyArg_UnpackKeywords(args, kwnames, right ? rsplitParser : splitParser, [null, null]);
  let maxsplit = maxo === null ? -1 : PyNumber_AsSsize_t(maxo, PyExc_OverflowError);
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  const s = self.str;
  const parts: string[] = [];
  if (sepo === null || sepo === Py_None) {
    if (!right) {
      let i = 0;
      const n = s.length;
      while (true) {
        while (i < n && isPyWhitespace(s[i])) i++;
        if (i >= n) break;
        if (parts.length >= maxsplit) {
          parts.push(s.slice(i));
          break;
        }
        let j = i;
        while (j < n && !isPyWhitespace(s[j])) j++;
        parts.push(s.slice(i, j));
        i = j;
      }
    } else {
      let j = s.length;
      while (true) {
        while (j > 0 && isPyWhitespace(s[j - 1])) j--;
        if (j <= 0) break;
        if (parts.length >= maxsplit) {
          parts.push(s.slice(0, j));
          break;
        }
        let i = j;
        while (i > 0 && !isPyWhitespace(s[i - 1])) i--;
        parts.push(s.slice(i, j));
        j = i;
      }
      parts.reverse();
    }
  } else {
    const sep = argStr(fname, sepo, "argument 'sep'");
    if (sep.length === 0) throw PyErr_Format(PyExc_ValueError, "empty separator");
    if (!right) {
      let i = 0;
      while (parts.length < maxsplit) {
        const j = s.indexOf(sep, i);
        if (j < 0) break;
        parts.push(s.slice(i, j));
        i = j + sep.length;
      }
      parts.push(s.slice(i));
    } else {
      let j = s.length;
      let count = 0;
      while (count < maxsplit) {
        const i = j - sep.length < 0 ? -1 : s.lastIndexOf(sep, j - sep.length);
        if (i < 0) break;
        parts.push(s.slice(i + sep.length, j));
        j = i;
        count++;
      }
      parts.push(s.slice(0, j));
      parts.reverse();
    }
  }
  return stringList(parts, self);
}

function stringList(parts: string[], self: PyUnicodeObject | null): PyObject {
  const l = PyList_New(0);
  for (const p of parts) {
    const o =
      self !== null && p === self.str && self.ob_type === PyUnicode_Type ? Py_NewRefU(self) : PyUnicode_FromString(p);
    PyList_Append(l, o);
    Py_DECREF(o);
  }
  return l;
}

function Py_NewRefU(u: PyUnicodeObject): PyUnicodeObject {
  u.ob_refcnt++;
  return u;
}

function str_split(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  return unicode_split_impl(self as PyUnicodeObject, args, kwnames, "split", false);
}
function str_rsplit(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  return unicode_split_impl(self as PyUnicodeObject, args, kwnames, "rsplit", true);
}

const LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029";

const splitlinesParser = newArgParser("splitlines", ["keepends"], 0, 0, -1);

function str_splitlines(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [ke] = _PyArg_UnpackKeywords(args, kwnames, splitlinesParser, [null]);
  const keepends = ke !== null && ke !== Py_False && ke.ob_type.nb_bool !== null ? ke.ob_type.nb_bool(ke) : false;
  const s = (self as PyUnicodeObject).str;
  const parts: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    let j = i;
    while (j < n && !LINE_BREAKS.includes(s[j])) j++;
    let eol = j;
    if (j < n) {
      eol = j + 1;
      if (s[j] === "\r" && s[j + 1] === "\n") eol = j + 2;
    }
    parts.push(s.slice(i, keepends ? eol : j));
    i = eol;
  }
  return stringList(parts, self as PyUnicodeObject);
}

function str_join(self: PyObject, arg: PyObject): PyObject {
  return PyUnicode_Join(self as PyUnicodeObject, arg);
}

/** sep.join(iterable), new reference. */
export function PyUnicode_Join(sep: PyUnicodeObject, iterable: PyObject): PyObject {
  const items = PySequence_Fast(iterable, "can only join an iterable");
  try {
    if (items.length === 1 && items[0].ob_type === PyUnicode_Type) {
      Py_INCREF(items[0]);
      return items[0];
    }
    const strs: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (!(x instanceof PyUnicodeObject)) {
        throw PyErr_Format(PyExc_TypeError, `sequence item ${i}: expected str instance, ${x.ob_type.tp_name} found`);
      }
      strs.push(x.str);
    }
    return PyUnicode_FromString(strs.join(sep.str));
  } finally {
    PySequence_FastRelease(items);
  }
}

function stripChars(
  self: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
  fname: string,
  left: boolean,
  right: boolean,
): PyObject {
  checkPositional(fname, args, kwnames, 0, 1);
  const u = self as PyUnicodeObject;
  const s = u.str;
  let chars: string | null = null;
  if (args.length > 0 && args[0] !== Py_None) {
    if (!(args[0] instanceof PyUnicodeObject)) {
      throw PyErr_Format(PyExc_TypeError, `${fname} arg must be None or str`);
    }
    chars = args[0].str;
  }
  const test = chars === null ? isPyWhitespace : (ch: string) => chars!.includes(ch);
  let i = 0;
  let j = s.length;
  if (left) while (i < j && test(s[i])) i++;
  if (right) while (j > i && test(s[j - 1])) j--;
  return newStr(u, s.slice(i, j));
}

function str_strip(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  return stripChars(self, args, kw, "strip", true, true);
}
function str_lstrip(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  return stripChars(self, args, kw, "lstrip", true, false);
}
function str_rstrip(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  return stripChars(self, args, kw, "rstrip", false, true);
}

function str_replace(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("replace", args, kwnames, 2, 3);
  const u = self as PyUnicodeObject;
  const old = argStr("replace", args[0], "argument 1");
  const nw = argStr("replace", args[1], "argument 2");
  let count = args.length > 2 ? PyNumber_AsSsize_t(args[2], PyExc_OverflowError) : -1;
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  const s = u.str;
  if (count === 0) return newStr(u, s);
  let out: string;
  if (old.length === 0) {
    const cps = u.kind === 4 ? codePoints(u) : s.split("");
    out = "";
    let k = 0;
    for (; k < cps.length && k < count; k++) out += nw + cps[k];
    if (k < count) out += nw;
    out += cps.slice(k).join("");
  } else if (count === Number.MAX_SAFE_INTEGER) {
    out = s.split(old).join(nw);
  } else {
    out = "";
    let i = 0;
    let done = 0;
    while (done < count) {
      const j = s.indexOf(old, i);
      if (j < 0) break;
      out += s.slice(i, j) + nw;
      i = j + old.length;
      done++;
    }
    out += s.slice(i);
  }
  return newStr(u, out);
}

/** Parse (sub, start, end) and return UTF-16 bounds plus the needle. */
function findArgs(
  fname: string,
  self: PyUnicodeObject,
  args: PyObject[],
  kwnames: PyObject | null,
): [string, number, number, boolean] {
  checkPositional(fname, args, kwnames, 1, 3);
  const sub = argStr(fname, args[0], "argument 1");
  const start0 = sliceIndex(args.length > 1 ? args[1] : null, 0);
  const end0 = sliceIndex(args.length > 2 ? args[2] : null, Number.MAX_SAFE_INTEGER);
  const [start, end] = adjustIndices(start0, end0, self.cplen);
  return [sub, utf16Index(self, start), utf16Index(self, Math.max(start, end)), start <= end];
}

function findImpl(self: PyObject, args: PyObject[], kwnames: PyObject | null, fname: string, right: boolean): number {
  const u = self as PyUnicodeObject;
  const [sub, start, end, ok] = findArgs(fname, u, args, kwnames);
  if (!ok || end - start < sub.length) return -1;
  const s = u.str;
  let r: number;
  if (!right) {
    r = s.indexOf(sub, start);
    if (r >= 0 && r + sub.length > end) r = -1;
  } else {
    r = s.lastIndexOf(sub, end - sub.length);
    if (r >= 0 && r < start) r = -1;
  }
  return r < 0 ? -1 : cpIndex(u, r);
}

function str_find(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  return PyLong_FromNumber(findImpl(self, args, kw, "find", false));
}
function str_rfind(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  return PyLong_FromNumber(findImpl(self, args, kw, "rfind", true));
}
function str_index(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  const r = findImpl(self, args, kw, "index", false);
  if (r < 0) throw PyErr_Format(PyExc_ValueError, "substring not found");
  return PyLong_FromNumber(r);
}
function str_rindex(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  const r = findImpl(self, args, kw, "rindex", true);
  if (r < 0) throw PyErr_Format(PyExc_ValueError, "substring not found");
  return PyLong_FromNumber(r);
}

function str_count(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const u = self as PyUnicodeObject;
  const [sub, start, end, ok] = findArgs("count", u, args, kwnames);
  if (!ok) return PyLong_FromNumber(0);
  if (sub.length === 0) {
    return PyLong_FromNumber(cpIndex(u, end) - cpIndex(u, start) + 1);
  }
  let n = 0;
  let i = u.str.indexOf(sub, start);
  while (i >= 0 && i + sub.length <= end) {
    n++;
    i = u.str.indexOf(sub, i + sub.length);
  }
  return PyLong_FromNumber(n);
}

function startsEndsImpl(
  self: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
  fname: string,
  ends: boolean,
): PyObject {
  checkPositional(fname, args, kwnames, 1, 3);
  const u = self as PyUnicodeObject;
  const start0 = sliceIndex(args.length > 1 ? args[1] : null, 0);
  const end0 = sliceIndex(args.length > 2 ? args[2] : null, Number.MAX_SAFE_INTEGER);
  const [start, end] = adjustIndices(start0, end0, u.cplen);
  const a = utf16Index(u, start);
  const b = utf16Index(u, Math.max(start, end));
  const test = (sub: string): boolean => {
    if (start > u.cplen) return false;
    if (end - start < 0) return false;
    if (b - a < sub.length) return false;
    return ends ? u.str.startsWith(sub, b - sub.length) : u.str.startsWith(sub, a);
  };
  const p = args[0];
  if (p instanceof PyTupleObject) {
    for (const x of p.ob_item) {
      if (!(x instanceof PyUnicodeObject)) {
        throw PyErr_Format(PyExc_TypeError, `tuple for ${fname} must only contain str, not ${x.ob_type.tp_name}`);
      }
      if (test(x.str)) return boolResult(true);
    }
    return boolResult(false);
  }
  if (!(p instanceof PyUnicodeObject)) {
    throw PyErr_Format(PyExc_TypeError, `${fname} first arg must be str or a tuple of str, not ${p.ob_type.tp_name}`);
  }
  return boolResult(test(p.str));
}

function str_startswith(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  return startsEndsImpl(self, args, kw, "startswith", false);
}
function str_endswith(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  return startsEndsImpl(self, args, kw, "endswith", true);
}

// ---------------------------------------------------------------- case mappings
//
// CPython's do_upper / do_lower / do_casefold / do_swapcase / do_title /
// do_capitalize over the Unicode 14.0.0 tables of src/unicode/unicodectype.ts
// (full mappings: `"ß".upper()` is "SS"), never the JS engine's own.

function flagsOf(ch: string): number {
  return ctypeFlags(ch.codePointAt(0)!);
}

/** handle_capital_sigma: Σ at code-point index `i` of `cps` lowers to ς
 *  when a cased letter precedes it and none follows (case-ignorables skipped). */
function capitalSigma(cps: number[], i: number): number {
  let j = i - 1;
  while (j >= 0 && hasFlag(cps[j], CASE_IGNORABLE)) j--;
  let finalSigma = j >= 0 && hasFlag(cps[j], CASED);
  if (finalSigma && i + 1 < cps.length) {
    j = i + 1;
    while (j < cps.length && hasFlag(cps[j], CASE_IGNORABLE)) j++;
    finalSigma = j === cps.length || !hasFlag(cps[j], CASED);
  }
  return finalSigma ? 0x3c2 : 0x3c3;
}

/** lower_ucs4: the lower-case mapping of cps[i], with the final-sigma rule. */
function lowerAt(cps: number[], i: number): number[] {
  return cps[i] === 0x3a3 ? [capitalSigma(cps, i)] : toLowerFull(cps[i]);
}

function mapCodePoints(u: PyUnicodeObject, each: (cps: number[], i: number, out: number[]) => void): PyObject {
  const cps = ucs4(u.str);
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) each(cps, i, out);
  return newStr(u, fromCodePoints(out));
}

function str_upper(self: PyObject): PyObject {
  const u = self as PyUnicodeObject;
  if (u.kind === 1) return newStr(u, u.str.toUpperCase());
  return mapCodePoints(u, (cps, i, out) => out.push(...toUpperFull(cps[i])));
}
function str_lower(self: PyObject): PyObject {
  const u = self as PyUnicodeObject;
  if (u.kind === 1) return newStr(u, u.str.toLowerCase());
  return mapCodePoints(u, (cps, i, out) => out.push(...lowerAt(cps, i)));
}
function str_casefold(self: PyObject): PyObject {
  const u = self as PyUnicodeObject;
  if (u.kind === 1) return newStr(u, u.str.toLowerCase());
  return mapCodePoints(u, (cps, i, out) => out.push(...toFoldedFull(cps[i])));
}
function str_swapcase(self: PyObject): PyObject {
  return mapCodePoints(self as PyUnicodeObject, (cps, i, out) => {
    const f = ctypeFlags(cps[i]);
    if (f & UPPER) out.push(...lowerAt(cps, i));
    else if (f & LOWER) out.push(...toUpperFull(cps[i]));
    else out.push(cps[i]);
  });
}
function str_title(self: PyObject): PyObject {
  let previousIsCased = false;
  return mapCodePoints(self as PyUnicodeObject, (cps, i, out) => {
    out.push(...(previousIsCased ? lowerAt(cps, i) : toTitleFull(cps[i])));
    previousIsCased = hasFlag(cps[i], CASED);
  });
}
function str_capitalize(self: PyObject): PyObject {
  return mapCodePoints(self as PyUnicodeObject, (cps, i, out) => {
    out.push(...(i === 0 ? toTitleFull(cps[i]) : lowerAt(cps, i)));
  });
}

function allChars(self: PyObject, pred: (ch: string) => boolean): PyObject {
  const s = (self as PyUnicodeObject).str;
  if (s.length === 0) return boolResult(false);
  for (const ch of s) if (!pred(ch)) return boolResult(false);
  return boolResult(true);
}

function isDecimalChar(ch: string): boolean {
  return (flagsOf(ch) & DECIMAL) !== 0;
}
function isDigitChar(ch: string): boolean {
  return (flagsOf(ch) & DIGIT) !== 0;
}
function isNumericChar(ch: string): boolean {
  return (flagsOf(ch) & NUMERIC) !== 0;
}
function isAlphaChar(ch: string): boolean {
  return (flagsOf(ch) & ALPHA) !== 0;
}

function str_isdigit(self: PyObject): PyObject {
  return allChars(self, isDigitChar);
}
function str_isdecimal(self: PyObject): PyObject {
  return allChars(self, isDecimalChar);
}
function str_isnumeric(self: PyObject): PyObject {
  return allChars(self, isNumericChar);
}
function str_isalpha(self: PyObject): PyObject {
  return allChars(self, isAlphaChar);
}
function str_isalnum(self: PyObject): PyObject {
  return allChars(self, (ch) => (flagsOf(ch) & (ALPHA | DECIMAL | DIGIT | NUMERIC)) !== 0);
}
function str_isspace(self: PyObject): PyObject {
  return allChars(self, isPyWhitespace);
}
function str_isascii(self: PyObject): PyObject {
  return boolResult((self as PyUnicodeObject).kind === 1);
}
function str_isprintable(self: PyObject): PyObject {
  const s = (self as PyUnicodeObject).str;
  for (const ch of s) if (!isPrintableChar(ch)) return boolResult(false);
  return boolResult(true);
}
function str_isupper(self: PyObject): PyObject {
  let cased = false;
  for (const ch of (self as PyUnicodeObject).str) {
    const f = flagsOf(ch);
    if (f & (LOWER | TITLE)) return boolResult(false);
    if (f & UPPER) cased = true;
  }
  return boolResult(cased);
}
function str_islower(self: PyObject): PyObject {
  let cased = false;
  for (const ch of (self as PyUnicodeObject).str) {
    const f = flagsOf(ch);
    if (f & (UPPER | TITLE)) return boolResult(false);
    if (f & LOWER) cased = true;
  }
  return boolResult(cased);
}
function str_istitle(self: PyObject): PyObject {
  let cased = false;
  let prevCased = false;
  for (const ch of (self as PyUnicodeObject).str) {
    const f = flagsOf(ch);
    if (f & (UPPER | TITLE)) {
      if (prevCased) return boolResult(false);
      prevCased = true;
      cased = true;
    } else if (f & LOWER) {
      if (!prevCased) return boolResult(false);
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return boolResult(cased);
}
/** PyUnicode_IsIdentifier: an XID_Start character or `_`, then XID_Continue characters. */
export function isIdentifierString(s: string): boolean {
  let first = true;
  for (const ch of s) {
    const f = flagsOf(ch);
    if (first ? !(f & XID_START || ch === "_") : !(f & XID_CONTINUE)) return false;
    first = false;
  }
  return !first;
}
function str_isidentifier(self: PyObject): PyObject {
  return boolResult(isIdentifierString((self as PyUnicodeObject).str));
}

function padArgs(fname: string, args: PyObject[], kwnames: PyObject | null): [number, string] {
  checkPositional(fname, args, kwnames, 1, 2);
  const width = PyNumber_AsSsize_t(args[0], PyExc_OverflowError);
  checkResultWidth(width);
  let fill = " ";
  if (args.length > 1) {
    const f = args[1];
    if (!(f instanceof PyUnicodeObject) || f.cplen !== 1) {
      throw PyErr_Format(PyExc_TypeError, `The fill character must be exactly one character long`);
    }
    fill = f.str;
  }
  return [width, fill];
}

function str_center(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  const u = self as PyUnicodeObject;
  const [width, fill] = padArgs("center", args, kw);
  const marg = width - u.cplen;
  if (marg <= 0) return newStr(u, u.str);
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return newStr(u, fill.repeat(left) + u.str + fill.repeat(marg - left));
}
function str_ljust(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  const u = self as PyUnicodeObject;
  const [width, fill] = padArgs("ljust", args, kw);
  return newStr(u, width > u.cplen ? u.str + fill.repeat(width - u.cplen) : u.str);
}
function str_rjust(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  const u = self as PyUnicodeObject;
  const [width, fill] = padArgs("rjust", args, kw);
  return newStr(u, width > u.cplen ? fill.repeat(width - u.cplen) + u.str : u.str);
}
function str_zfill(self: PyObject, arg: PyObject): PyObject {
  const u = self as PyUnicodeObject;
  const width = PyNumber_AsSsize_t(arg, PyExc_OverflowError);
  checkResultWidth(width);
  if (width <= u.cplen) return newStr(u, u.str);
  const fill = width - u.cplen;
  const s = u.str;
  if (s[0] === "+" || s[0] === "-") return newStr(u, s[0] + "0".repeat(fill) + s.slice(1));
  return newStr(u, "0".repeat(fill) + s);
}

function partitionImpl(self: PyObject, arg: PyObject, right: boolean): PyObject {
  const u = self as PyUnicodeObject;
  const sep = argStr(right ? "rpartition" : "partition", arg);
  if (sep.length === 0) throw PyErr_Format(PyExc_ValueError, "empty separator");
  const s = u.str;
  const i = right ? s.lastIndexOf(sep) : s.indexOf(sep);
  const t = PyTuple_New(3);
  if (i < 0) {
    if (right) {
      PyTuple_SET_ITEM(t, 0, PyUnicode_FromString(""));
      PyTuple_SET_ITEM(t, 1, PyUnicode_FromString(""));
      PyTuple_SET_ITEM(t, 2, newStr(u, s));
    } else {
      PyTuple_SET_ITEM(t, 0, newStr(u, s));
      PyTuple_SET_ITEM(t, 1, PyUnicode_FromString(""));
      PyTuple_SET_ITEM(t, 2, PyUnicode_FromString(""));
    }
    return t;
  }
  PyTuple_SET_ITEM(t, 0, PyUnicode_FromString(s.slice(0, i)));
  Py_INCREF(arg);
  PyTuple_SET_ITEM(t, 1, arg);
  PyTuple_SET_ITEM(t, 2, PyUnicode_FromString(s.slice(i + sep.length)));
  return t;
}
function str_partition(self: PyObject, arg: PyObject): PyObject {
  return partitionImpl(self, arg, false);
}
function str_rpartition(self: PyObject, arg: PyObject): PyObject {
  return partitionImpl(self, arg, true);
}

const expandtabsParser = newArgParser("expandtabs", ["tabsize"], 0, 0, -1);

function str_expandtabs(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [ts] = _PyArg_UnpackKeywords(args, kwnames, expandtabsParser, [null]);
  const tabsize = ts === null ? 8 : PyNumber_AsSsize_t(ts, PyExc_OverflowError);
  const u = self as PyUnicodeObject;
  let out = "";
  let col = 0;
  for (const ch of u.str) {
    if (ch === "\t") {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += " ".repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col++;
      if (ch === "\n" || ch === "\r") col = 0;
    }
  }
  return newStr(u, out);
}

function str_removeprefix(self: PyObject, arg: PyObject): PyObject {
  const u = self as PyUnicodeObject;
  const p = argStr("removeprefix", arg, "argument");
  return newStr(u, p.length > 0 && u.str.startsWith(p) ? u.str.slice(p.length) : u.str);
}
function str_removesuffix(self: PyObject, arg: PyObject): PyObject {
  const u = self as PyUnicodeObject;
  const p = argStr("removesuffix", arg, "argument");
  return newStr(u, p.length > 0 && u.str.endsWith(p) ? u.str.slice(0, u.str.length - p.length) : u.str);
}

const encodeParser = newArgParser("encode", ["encoding", "errors"], 0);

function str_encode(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [enc, err] = _PyArg_UnpackKeywords(args, kwnames, encodeParser, [null, null]);
  const encoding = enc === null ? null : strArg("encode", "argument 'encoding'", enc);
  const errors = err === null ? null : strArg("encode", "argument 'errors'", err);
  return PyUnicode_AsEncodedString(self as PyUnicodeObject, encoding, errors);
}

function str_format(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  return unicode_format_method(self as PyUnicodeObject, args, kwnames);
}
function str_format_map(self: PyObject, arg: PyObject): PyObject {
  return unicode_format_map_method(self as PyUnicodeObject, arg);
}
function str___format__(self: PyObject, arg: PyObject): PyObject {
  const spec = argStr("__format__", arg, "argument");
  const u = self as PyUnicodeObject;
  if (spec.length === 0) return unicode_str(u);
  return PyUnicode_FromString(formatStr(u.str, spec));
}
function str_sizeof(self: PyObject): PyObject {
  const pre = (self.ob_type.tp_flags & TPFLAGS_MANAGED_DICT) !== 0 ? MANAGED_DICT_PREHEADER : 0;
  return PyLong_FromNumber(self.ob_size_bytes - pre);
}
function str_getnewargs(self: PyObject): PyObject {
  const t = PyTuple_New(1);
  PyTuple_SET_ITEM(t, 0, PyUnicode_FromString((self as PyUnicodeObject).str));
  return t;
}

function str_translate(self: PyObject, arg: PyObject): PyObject {
  const u = self as PyUnicodeObject;
  const table = arg;
  const getitem = table.ob_type.mp_subscript;
  if (getitem === null) throw PyErr_Format(PyExc_TypeError, `'${table.ob_type.tp_name}' object is not subscriptable`);
  let out = "";
  for (const ch of u.str) {
    const key = PyLong_FromNumber(ch.codePointAt(0)!);
    let r: PyObject;
    try {
      r = getitem(table, key);
    } catch (e) {
      if (e instanceof PyObject && (e.ob_type.tp_name === "KeyError" || e.ob_type.tp_name === "IndexError")) {
        Py_DECREF(e);
        out += ch;
        continue;
      }
      throw e;
    } finally {
      Py_DECREF(key);
    }
    if (r === Py_None) {
      /* deleted */
    } else if (r instanceof PyLongObject) out += String.fromCodePoint(r.v);
    else if (r instanceof PyUnicodeObject) out += r.str;
    else {
      Py_DECREF(r);
      throw PyErr_Format(PyExc_TypeError, "character mapping must return integer, None or str");
    }
    Py_DECREF(r);
  }
  return newStr(u, out);
}

function str_maketrans(_self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("maketrans", args, kwnames, 1, 3);
  const d = PyDict_New();
  try {
    if (args.length === 1) {
      const src = args[0];
      if (!(src instanceof PyDictObject)) {
        throw PyErr_Format(PyExc_TypeError, "if you give only one argument to maketrans it must be a dict");
      }
      for (let i = PyDict_Next(src, 0); i >= 0; i = PyDict_Next(src, i + 1)) {
        const k = _PyDict_Key(src, i);
        const v = _PyDict_Value(src, i);
        if (k instanceof PyUnicodeObject) {
          if (k.cplen !== 1) throw PyErr_Format(PyExc_ValueError, "string keys in translate table must be of length 1");
          const kk = PyLong_FromNumber(k.str.codePointAt(0)!);
          PyDict_SetItem(d, kk, v);
          Py_DECREF(kk);
        } else if (k instanceof PyLongObject) {
          PyDict_SetItem(d, k, v);
        } else {
          throw PyErr_Format(PyExc_TypeError, "keys in translate table must be strings or integers");
        }
      }
      return d;
    }
    const x = Array.from(argStr("maketrans", args[0], "argument 1"));
    const y = Array.from(argStr("maketrans", args[1], "argument 2"));
    if (x.length !== y.length) {
      throw PyErr_Format(PyExc_ValueError, "the first two maketrans arguments must have equal length");
    }
    for (let i = 0; i < x.length; i++) {
      const k = PyLong_FromNumber(x[i].codePointAt(0)!);
      const v = PyLong_FromNumber(y[i].codePointAt(0)!);
      PyDict_SetItem(d, k, v);
      Py_DECREF(k);
      Py_DECREF(v);
    }
    if (args.length > 2) {
      for (const ch of argStr("maketrans", args[2], "argument 3")) {
        const k = PyLong_FromNumber(ch.codePointAt(0)!);
        PyDict_SetItem(d, k, Py_None);
        Py_DECREF(k);
      }
    }
    return d;
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
}

PyUnicode_Type.tp_methods = [
  { name: "encode", meth: str_encode, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "replace", meth: str_replace, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "split", meth: str_split, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "rsplit", meth: str_rsplit, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "join", meth: str_join, flags: METH_O },
  { name: "capitalize", meth: str_capitalize, flags: METH_NOARGS },
  { name: "casefold", meth: str_casefold, flags: METH_NOARGS },
  { name: "title", meth: str_title, flags: METH_NOARGS },
  { name: "center", meth: str_center, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "count", meth: str_count, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "expandtabs", meth: str_expandtabs, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "find", meth: str_find, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "partition", meth: str_partition, flags: METH_O },
  { name: "index", meth: str_index, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "ljust", meth: str_ljust, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "lower", meth: str_lower, flags: METH_NOARGS },
  { name: "lstrip", meth: str_lstrip, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "rfind", meth: str_rfind, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "rindex", meth: str_rindex, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "rjust", meth: str_rjust, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "rstrip", meth: str_rstrip, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "rpartition", meth: str_rpartition, flags: METH_O },
  { name: "splitlines", meth: str_splitlines, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "strip", meth: str_strip, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "swapcase", meth: str_swapcase, flags: METH_NOARGS },
  { name: "translate", meth: str_translate, flags: METH_O },
  { name: "upper", meth: str_upper, flags: METH_NOARGS },
  { name: "startswith", meth: str_startswith, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "endswith", meth: str_endswith, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "removeprefix", meth: str_removeprefix, flags: METH_O },
  { name: "removesuffix", meth: str_removesuffix, flags: METH_O },
  { name: "isascii", meth: str_isascii, flags: METH_NOARGS },
  { name: "islower", meth: str_islower, flags: METH_NOARGS },
  { name: "isupper", meth: str_isupper, flags: METH_NOARGS },
  { name: "istitle", meth: str_istitle, flags: METH_NOARGS },
  { name: "isspace", meth: str_isspace, flags: METH_NOARGS },
  { name: "isdecimal", meth: str_isdecimal, flags: METH_NOARGS },
  { name: "isdigit", meth: str_isdigit, flags: METH_NOARGS },
  { name: "isnumeric", meth: str_isnumeric, flags: METH_NOARGS },
  { name: "isalpha", meth: str_isalpha, flags: METH_NOARGS },
  { name: "isalnum", meth: str_isalnum, flags: METH_NOARGS },
  { name: "isidentifier", meth: str_isidentifier, flags: METH_NOARGS },
  { name: "isprintable", meth: str_isprintable, flags: METH_NOARGS },
  { name: "zfill", meth: str_zfill, flags: METH_O },
  { name: "format", meth: str_format, flags: METH_FASTCALL | METH_KEYWORDS, packsArgs: true },
  { name: "format_map", meth: str_format_map, flags: METH_O },
  { name: "__format__", meth: str___format__, flags: METH_O },
  { name: "maketrans", meth: str_maketrans, flags: METH_FASTCALL | METH_KEYWORDS | METH_STATIC },
  { name: "__sizeof__", meth: str_sizeof, flags: METH_NOARGS },
  { name: "__getnewargs__", meth: str_getnewargs, flags: METH_NOARGS },
];

// ---------------------------------------------------------------- slots

PyUnicode_Type.tp_repr = unicode_repr;
PyUnicode_Type.tp_str = unicode_str;
PyUnicode_Type.tp_hash = unicode_hash;
PyUnicode_Type.tp_richcompare = unicode_richcompare;
PyUnicode_Type.tp_iter = unicode_iter;
PyUnicode_Type.tp_new = unicode_new;
PyUnicode_Type.nb_remainder = unicode_mod;
PyUnicode_Type.sq_length = unicode_length;
PyUnicode_Type.sq_concat = unicode_concat;
PyUnicode_Type.sq_item = unicode_item;
PyUnicode_Type.sq_contains = unicode_contains;
PyUnicode_Type.mp_length = unicode_length;
PyUnicode_Type.mp_subscript = unicode_subscript;
registerSequenceRepeat(PyUnicode_Type, unicode_repeat, null, null);

/** repr() of any object as a JS string (helper for messages). */
export function reprString(o: PyObject): string {
  const r = PyObject_Repr(o);
  const s = (r as PyUnicodeObject).str;
  Py_DECREF(r);
  return s;
}

/** ascii() of any object as a JS string. */
export function asciiString(o: PyObject): string {
  const r = PyObject_ASCII(o);
  const s = (r as PyUnicodeObject).str;
  Py_DECREF(r);
  return s;
}

/** str() of any object as a JS string. */
export function strString(o: PyObject): string {
  const r = PyObject_Str(o);
  const s = (r as PyUnicodeObject).str;
  Py_DECREF(r);
  return s;
}

/** KeyError(key): the exception to throw for a missing key. */
export function keyError(key: PyObject): unknown {
  return PyErr_SetObject(PyExc_KeyError, key);
}
