/**
 * `dict`: CPython 3.11's Objects/dictobject.c — a compact, insertion-
 * ordered hash table.
 *
 * Representation (CPython's combined-table PyDictKeysObject, inlined):
 *  - `dk_indices`: the hash table, 2**dk_log2size slots, each -1 (empty),
 *    -2 (dummy: deleted) or the index of an entry;
 *  - entries in insertion order in three parallel arrays `me_hash`,
 *    `me_key`, `me_value` (a deleted entry has key and value null) of
 *    length `dk_nentries`;
 *  - `dk_usable`: entries that may still be appended before a resize;
 *  - `dk_unicode`: every key is an exact str (CPython's DICT_KEYS_UNICODE,
 *    16-byte entries instead of 24 — it only changes sys.getsizeof).
 * An empty dict shares no table (`dk_log2size` 0, like Py_EMPTY_KEYS).
 *
 * Keys match by identity, then by equal hash and `==` (which may run
 * Python code that mutates the dict: the lookup restarts, as CPython's).
 * Exact str keys compare by text without calling `__eq__`.
 *
 * Growth: a table of 2**k slots holds (2**(k+1))//3 entries; when full,
 * it is rebuilt with the smallest power of two >= 3*used (GROWTH_RATE),
 * compacting deleted entries. Deletion never shrinks.
 *
 * GC: a dict starts untracked and is tracked when a key or value that may
 * be tracked is inserted (MAINTAIN_TRACKING); `_PyDict_MaybeUntrack` is
 * for the collector. Dealloc releases entries in insertion order, key
 * then value.
 *
 * Sizes: sys.getsizeof(d) = 64 (48 + GC header) + the keys table if any:
 * 32 + index bytes + usable * (16 or 24). The table's bytes are accounted
 * in the allocator model (accountBytes).
 */
import {
  PyGCObject,
  PyObject,
  TPFLAGS_BASETYPE,
  TPFLAGS_DICT_SUBCLASS,
  TPFLAGS_HAVE_GC,
  TPFLAGS_MAPPING,
  TPFLAGS_MATCH_SELF,
  GC_TRACKED,
} from "../heap/object.js";
import {
  freelist,
  PyObject_GC_Del,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  _PyObject_GC_IS_TRACKED,
} from "../heap/gc.js";
import { Py_DECREF, Py_INCREF, trashcanBegin, trashcanEnd } from "../heap/refcount.js";
import { accountBytes } from "../heap/allocator.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import { PyErr_ExceptionMatches, PyErr_Format, PyErr_SetObject } from "./errors.js";
import { _Py_ID } from "./identifiers.js";
import { PyExc_KeyError, PyExc_RuntimeError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.js";
import { Py_NotImplemented, Py_None } from "./noneobject.js";
import { PyLong_FromNumber, Py_True, Py_False } from "./longobject.js";
import {
  type PyUnicodeObject,
  PyUnicode_Type,
  PyUnicode_FromString,
  PyUnicode_InternFromString,
  unicode_hash,
  reprString,
} from "./unicodeobject.js";
import {
  PyTuple_New,
  PyTuple_SET_ITEM,
  PyTupleObject,
  _PyObject_GC_MAY_BE_TRACKED,
  _PyTuple_FromArray,
  _PyTuple_FromArraySteal,
} from "./tupleobject.js";
import { PySequence_List } from "./abstract.js";
import { _PyEval_GetBuiltin } from "./iterreduce.js";
import { PyList_New, PyList_SET_ITEM, PyListObject, PyList_Type, PySequence_List_impl } from "./listobject.js";
import { Py_GenericAlias } from "./genericaliasobject.js";
import { METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, METH_CLASS, type PyMethodDef } from "./methoddef.js";
import { checkPositional, _PyArg_CheckPositional, nkw } from "./getargs.js";
import {
  PyObject_Hash,
  PyObject_RichCompareBool,
  Py_ReprEnter,
  Py_ReprLeave,
  PyObject_GetIter,
  PyIter_Next,
  PyObject_SetItem,
  PyObject_GetItem,
  _PyObject_LookupSpecialString,
  PySequence_Contains,
} from "./abstract.js";
import { _PyObject_LookupAttrString } from "./object.js";
import { PyDictProxy_New } from "./mappingproxy.js";
import { PyObject_CallNoArgs, PyObject_Call, PyObject_CallMethodNoArgs } from "./call.js";
import { registerLengthHint } from "./seqslots.js";
import { PySetObject, PySet_New, set_update_internal_public } from "./setobject.js";

const DKIX_EMPTY = -1;
const DKIX_DUMMY = -2;
const PyDict_LOG_MINSIZE = 3;
const PyDict_MINSIZE = 8;

/** The shared index table of an empty dict (never written). */
const EMPTY_INDICES: number[] = [DKIX_EMPTY];

/** A fresh index table of `size` empty slots (a packed small-int array:
 *  cheaper to allocate than a typed array for the many small dicts). */
function newIndices(size: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < size; i++) a.push(DKIX_EMPTY);
  return a;
}

export class PyDictObject extends PyGCObject {
  ma_used: number;
  /** Bumped by every change to the table (resizes and deletions included). */
  ma_version: number;
  dk_log2size: number;
  dk_unicode: boolean;
  dk_usable: number;
  dk_nentries: number;
  dk_indices: number[];
  me_hash: number[];
  me_key: (PyObject | null)[];
  me_value: (PyObject | null)[];

  /** `nbytes`: the object's size, more than a dict's for a static subtype
   *  with fields of its own (collections.defaultdict). */
  constructor(type: PyTypeObject = PyDict_Type, nbytes = 48) {
    super(type, nbytes);
    this.ma_used = 0;
    this.ma_version = 0;
    this.dk_log2size = 0;
    this.dk_unicode = true;
    this.dk_usable = 0;
    this.dk_nentries = 0;
    this.dk_indices = EMPTY_INDICES;
    this.me_hash = [];
    this.me_key = [];
    this.me_value = [];
  }
}

function usableFraction(n: number): number {
  return Math.floor((n << 1) / 3);
}

/** Bytes of a keys table of 2**log2size slots (0 for the shared empty one). */
function keysSize(log2size: number, unicode: boolean): number {
  if (log2size === 0) return 0;
  const size = 1 << log2size;
  const log2Bytes = log2size + (size <= 0x80 ? 0 : size <= 0xffff ? 1 : 2);
  return 32 + (1 << log2Bytes) + usableFraction(size) * (unicode ? 16 : 24);
}

/** calculate_log2_keysize of 3.11: bit_length(((minsize | 8) - 1) | 7). */
function calculateLog2Keysize(minsize: number): number {
  const m = ((minsize | PyDict_MINSIZE) - 1) | (PyDict_MINSIZE - 1);
  return 32 - Math.clz32(m);
}

/** ESTIMATE_SIZE: a table large enough for n entries without resizing. */
function estimateLog2Keysize(n: number): number {
  return calculateLog2Keysize((n * 3 + 1) >> 1);
}

function dict_dealloc(self: PyObject): void {
  const d = self as PyDictObject;
  PyObject_GC_UnTrack(d);
  if (!trashcanBegin(d)) return;
  const keys = d.me_key;
  const values = d.me_value;
  const n = d.dk_nentries;
  accountBytes(-keysSize(d.dk_log2size, d.dk_unicode));
  d.dk_log2size = 0;
  d.me_key = [];
  d.me_value = [];
  d.me_hash = [];
  d.dk_indices = EMPTY_INDICES;
  d.dk_nentries = 0;
  d.ma_used = 0;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (k !== null) Py_DECREF(k);
    const v = values[i];
    if (v !== null) Py_DECREF(v);
  }
  PyObject_GC_Del(d);
  trashcanEnd();
}

export const PyDict_Type: PyTypeObject = newStaticType(
  "dict",
  48,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_DICT_SUBCLASS | TPFLAGS_MAPPING | TPFLAGS_MATCH_SELF,
  dict_dealloc,
);
PyDict_Type.tp_vectorcall = true; // dict_vectorcall

export function PyDict_New(): PyDictObject {
  return new PyDictObject(PyDict_Type);
}

/** A new dict sized for `n` items without resizing (BUILD_MAP). */
export function _PyDict_NewPresized(n: number): PyDictObject {
  const d = new PyDictObject(PyDict_Type);
  if (n <= usableFraction(8)) return d;
  const log2 = n > usableFraction(1 << 17) ? 17 : estimateLog2Keysize(n);
  newKeys(d, log2, true);
  return d;
}

export function PyDict_Check(o: PyObject): o is PyDictObject {
  return o instanceof PyDictObject;
}

export function PyDict_CheckExact(o: PyObject): boolean {
  return o.ob_type === PyDict_Type;
}

/** Give an empty dict a fresh table. */
function newKeys(d: PyDictObject, log2: number, unicode: boolean): void {
  accountBytes(keysSize(log2, unicode) - keysSize(d.dk_log2size, d.dk_unicode));
  d.dk_log2size = log2;
  d.dk_unicode = unicode;
  d.dk_indices = newIndices(1 << log2);
  d.dk_usable = usableFraction(1 << log2);
  d.dk_nentries = 0;
  d.me_hash = [];
  d.me_key = [];
  d.me_value = [];
}

/** dictresize: rebuild with 2**log2 slots, compacting entries. */
function dictresize(d: PyDictObject, log2: number, unicode: boolean): void {
  const oldHash = d.me_hash;
  const oldKey = d.me_key;
  const oldValue = d.me_value;
  const n = d.dk_nentries;
  const size = 1 << log2;
  accountBytes(keysSize(log2, unicode) - keysSize(d.dk_log2size, d.dk_unicode));
  const indices = newIndices(size);
  const hashes: number[] = [];
  const keys: (PyObject | null)[] = [];
  const values: (PyObject | null)[] = [];
  const mask = size - 1;
  for (let i = 0; i < n; i++) {
    const k = oldKey[i];
    if (k === null) continue;
    const h = oldHash[i];
    const ix = keys.length;
    hashes.push(h);
    keys.push(k);
    values.push(oldValue[i]);
    let j = h & mask;
    let perturb = Math.abs(h);
    while (indices[j] !== DKIX_EMPTY) {
      perturb = Math.floor(perturb / 32);
      j = (j * 5 + 1 + (perturb >>> 0)) & mask;
    }
    indices[j] = ix;
  }
  d.dk_log2size = log2;
  d.dk_unicode = unicode;
  d.dk_indices = indices;
  d.me_hash = hashes;
  d.me_key = keys;
  d.me_value = values;
  d.dk_nentries = keys.length;
  d.dk_usable = usableFraction(size) - d.ma_used;
  d.ma_version++;
}

function insertionResize(d: PyDictObject, unicode: boolean): void {
  dictresize(d, calculateLog2Keysize(d.ma_used * 3), unicode);
}

/**
 * lookdict: the entry index of `key` (hash `hash`), or -1. Runs `==` for
 * equal hashes; restarts if that changed the table.
 */
function lookup(d: PyDictObject, key: PyObject, hash: number): number {
  restart: for (;;) {
    const indices = d.dk_indices;
    const mask = indices.length - 1;
    let i = hash & mask;
    let perturb = Math.abs(hash);
    for (;;) {
      const ix = indices[i];
      if (ix === DKIX_EMPTY) return -1;
      if (ix >= 0) {
        const startkey = d.me_key[ix]!;
        if (startkey === key) return ix;
        if (d.me_hash[ix] === hash) {
          if (startkey.ob_type === PyUnicode_Type && key.ob_type === PyUnicode_Type) {
            if ((startkey as PyUnicodeObject).str === (key as PyUnicodeObject).str) return ix;
          } else {
            Py_INCREF(startkey);
            let cmp: boolean;
            try {
              cmp = PyObject_RichCompareBool(startkey, key, Py_EQ);
            } finally {
              Py_DECREF(startkey);
            }
            if (d.dk_indices !== indices || d.me_key[ix] !== startkey) continue restart;
            if (cmp) return ix;
          }
        }
      }
      perturb = Math.floor(perturb / 32);
      i = (i * 5 + 1 + (perturb >>> 0)) & mask;
    }
  }
}

/** The slot (in dk_indices) holding entry `ix` with hash `hash`. */
function lookdictIndex(d: PyDictObject, hash: number, ix: number): number {
  const indices = d.dk_indices;
  const mask = indices.length - 1;
  let i = hash & mask;
  let perturb = Math.abs(hash);
  for (;;) {
    const v = indices[i];
    if (v === ix) return i;
    if (v === DKIX_EMPTY) throw new Error("refpy internal error: dict index not found");
    perturb = Math.floor(perturb / 32);
    i = (i * 5 + 1 + (perturb >>> 0)) & mask;
  }
}

function findEmptySlot(d: PyDictObject, hash: number): number {
  const indices = d.dk_indices;
  const mask = indices.length - 1;
  let i = hash & mask;
  let perturb = Math.abs(hash);
  while (indices[i] >= 0) {
    perturb = Math.floor(perturb / 32);
    i = (i * 5 + 1 + (perturb >>> 0)) & mask;
  }
  return i;
}

function maintainTracking(d: PyDictObject, key: PyObject, value: PyObject): void {
  if ((d.gc_flags & GC_TRACKED) === 0 && (_PyObject_GC_MAY_BE_TRACKED(key) || _PyObject_GC_MAY_BE_TRACKED(value))) {
    PyObject_GC_Track(d);
  }
}

/**
 * insertdict: `key` and `value` are NEW references owned by the caller,
 * handed over (STOLEN) to the dict.
 */
function insertdict(d: PyDictObject, key: PyObject, hash: number, value: PyObject): void {
  try {
    if (d.dk_log2size === 0) {
      maintainTracking(d, key, value);
      newKeys(d, PyDict_LOG_MINSIZE, key.ob_type === PyUnicode_Type);
      appendEntry(d, key, hash, value);
      return;
    }
    if (d.dk_unicode && key.ob_type !== PyUnicode_Type) insertionResize(d, false);
    maintainTracking(d, key, value);
  } catch (e) {
    Py_DECREF(key);
    Py_DECREF(value);
    throw e;
  }
  let ix: number;
  try {
    ix = lookup(d, key, hash);
  } catch (e) {
    Py_DECREF(key);
    Py_DECREF(value);
    throw e;
  }
  if (ix < 0) {
    if (d.dk_usable <= 0) insertionResize(d, d.dk_unicode);
    appendEntry(d, key, hash, value);
    return;
  }
  const old = d.me_value[ix]!;
  d.me_value[ix] = value;
  d.ma_version++;
  Py_DECREF(old);
  Py_DECREF(key);
}

function appendEntry(d: PyDictObject, key: PyObject, hash: number, value: PyObject): void {
  const slot = findEmptySlot(d, hash);
  const ix = d.dk_nentries;
  d.dk_indices[slot] = ix;
  d.me_hash.push(hash);
  d.me_key.push(key);
  d.me_value.push(value);
  d.dk_nentries = ix + 1;
  d.dk_usable--;
  d.ma_used++;
  d.ma_version++;
}

function keyHash(key: PyObject): number {
  if (key.ob_type === PyUnicode_Type) {
    const h = (key as PyUnicodeObject).hash;
    return h !== -1 ? h : unicode_hash(key);
  }
  return PyObject_Hash(key);
}

// ---------------------------------------------------------------- C API

/**
 * Lookup of an exact str key by hash and text only: the entry index, -1
 * when absent, or -3 when an entry with the same hash has a key that is
 * not an exact str (the caller then takes the generic path, which may
 * call `__eq__`).
 */
function lookupUnicode(d: PyDictObject, key: PyUnicodeObject, hash: number): number {
  const indices = d.dk_indices;
  const mask = indices.length - 1;
  let i = hash & mask;
  let perturb = Math.abs(hash);
  for (;;) {
    const ix = indices[i];
    if (ix === DKIX_EMPTY) return -1;
    if (ix >= 0) {
      const k = d.me_key[ix]!;
      if (k === key) return ix;
      if (d.me_hash[ix] === hash) {
        if (k.ob_type !== PyUnicode_Type) return -3;
        if ((k as PyUnicodeObject).str === key.str) return ix;
      }
    }
    perturb = Math.floor(perturb / 32);
    i = (i * 5 + 1 + (perturb >>> 0)) & mask;
  }
}

/** d[key] = value (INCREFs both). */
export function PyDict_SetItem(d: PyObject, key: PyObject, value: PyObject): void {
  const dict = d as PyDictObject;
  if (key.ob_type === PyUnicode_Type && dict.dk_log2size !== 0) {
    // Fast path: overwrite the value of an existing str key.
    const u = key as PyUnicodeObject;
    const h = u.hash !== -1 ? u.hash : unicode_hash(u);
    const ix = lookupUnicode(dict, u, h);
    if (ix >= 0) {
      value.ob_refcnt++;
      if ((dict.gc_flags & GC_TRACKED) === 0 && _PyObject_GC_MAY_BE_TRACKED(value)) PyObject_GC_Track(dict);
      const old = dict.me_value[ix]!;
      dict.me_value[ix] = value;
      dict.ma_version++;
      Py_DECREF(old);
      return;
    }
  }
  const hash = keyHash(key);
  key.ob_refcnt++;
  value.ob_refcnt++;
  insertdict(d as PyDictObject, key, hash, value);
}

/** Set with a known hash (INCREFs both). */
export function _PyDict_SetItem_KnownHash(d: PyObject, key: PyObject, value: PyObject, hash: number): void {
  key.ob_refcnt++;
  value.ob_refcnt++;
  insertdict(d as PyDictObject, key, hash, value);
}

/** d[key] or null, BORROWED. Errors from __hash__/__eq__ propagate. */
export function PyDict_GetItem(d: PyObject, key: PyObject): PyObject | null {
  const dict = d as PyDictObject;
  if (key.ob_type === PyUnicode_Type && dict.dk_log2size !== 0) {
    const u = key as PyUnicodeObject;
    const ix = lookupUnicode(dict, u, u.hash !== -1 ? u.hash : unicode_hash(u));
    if (ix >= 0) return dict.me_value[ix];
    if (ix === -1) return null;
  }
  if (dict.ma_used === 0 && dict.dk_log2size === 0) {
    keyHash(key);
    return null;
  }
  const ix = lookup(dict, key, keyHash(key));
  return ix < 0 ? null : dict.me_value[ix];
}

export const PyDict_GetItemWithError = PyDict_GetItem;

/** d[key] with a known hash, BORROWED, or null. */
export function _PyDict_GetItem_KnownHash(d: PyObject, key: PyObject, hash: number): PyObject | null {
  const dict = d as PyDictObject;
  if (dict.dk_log2size === 0) return null;
  const ix = lookup(dict, key, hash);
  return ix < 0 ? null : dict.me_value[ix];
}

/** Lookup by JS string (BORROWED or null). */
export function PyDict_GetItemString(d: PyObject, key: string): PyObject | null {
  const k = PyUnicode_FromString(key);
  try {
    return PyDict_GetItem(d, k);
  } finally {
    Py_DECREF(k);
  }
}

export function PyDict_SetItemString(d: PyObject, key: string, value: PyObject): void {
  const k = PyUnicode_InternFromString(key);
  try {
    PyDict_SetItem(d, k, value);
  } finally {
    Py_DECREF(k);
  }
}

export function PyDict_Contains(d: PyObject, key: PyObject): boolean {
  const dict = d as PyDictObject;
  const hash = keyHash(key);
  if (dict.dk_log2size === 0) return false;
  return lookup(dict, key, hash) >= 0;
}

/** Remove entry ix (found at slot `slot`): key then value released. */
function delitemCommon(d: PyDictObject, hash: number, ix: number): void {
  const slot = lookdictIndex(d, hash, ix);
  d.dk_indices[slot] = DKIX_DUMMY;
  const oldKey = d.me_key[ix]!;
  const oldValue = d.me_value[ix]!;
  d.me_key[ix] = null;
  d.me_value[ix] = null;
  d.ma_used--;
  d.ma_version++;
  Py_DECREF(oldKey);
  Py_DECREF(oldValue);
}

/** del d[key]; KeyError if absent. */
export function PyDict_DelItem(d: PyObject, key: PyObject): void {
  const dict = d as PyDictObject;
  const hash = keyHash(key);
  const ix = dict.dk_log2size === 0 ? -1 : lookup(dict, key, hash);
  if (ix < 0) throw PyErr_SetObject(PyExc_KeyError, key);
  delitemCommon(dict, hash, ix);
}

export function PyDict_DelItemString(d: PyObject, key: string): void {
  const k = PyUnicode_FromString(key);
  try {
    PyDict_DelItem(d, k);
  } finally {
    Py_DECREF(k);
  }
}

/** The key object the dict holds for `key` (equal to it, maybe another
 *  object), BORROWED, or null (collections.OrderedDict finds its nodes by
 *  it). Errors from __hash__/__eq__ propagate. */
export function _PyDict_GetStoredKey(d: PyObject, key: PyObject): PyObject | null {
  const dict = d as PyDictObject;
  const hash = keyHash(key);
  if (dict.dk_log2size === 0) return null;
  const ix = lookup(dict, key, hash);
  return ix < 0 ? null : dict.me_key[ix];
}

/** _PyDict_Pop with the key's hash known (no __hash__ call): the value
 *  (NEW reference), or null when the key is absent. */
export function _PyDict_Pop_KnownHash(d: PyObject, key: PyObject, hash: number): PyObject | null {
  const dict = d as PyDictObject;
  if (dict.ma_used === 0) return null;
  const ix = lookup(dict, key, hash);
  if (ix < 0) return null;
  const value = dict.me_value[ix]!;
  value.ob_refcnt++;
  delitemCommon(dict, hash, ix);
  return value;
}

/** Remove `key` if present and return its value (NEW reference) or null. */
export function _PyDict_Pop(d: PyObject, key: PyObject): PyObject | null {
  const dict = d as PyDictObject;
  if (dict.ma_used === 0) return null;
  const hash = keyHash(key);
  const ix = lookup(dict, key, hash);
  if (ix < 0) return null;
  const value = dict.me_value[ix]!;
  value.ob_refcnt++;
  delitemCommon(dict, hash, ix);
  return value;
}

export function PyDict_Size(d: PyObject): number {
  return (d as PyDictObject).ma_used;
}

/** PyDict_Clear: empty the dict first, then release entries in order. */
export function PyDict_Clear(d: PyObject): void {
  const dict = d as PyDictObject;
  if (dict.dk_log2size === 0) return;
  const keys = dict.me_key;
  const values = dict.me_value;
  const n = dict.dk_nentries;
  accountBytes(-keysSize(dict.dk_log2size, dict.dk_unicode));
  dict.dk_log2size = 0;
  dict.dk_unicode = true;
  dict.dk_indices = EMPTY_INDICES;
  dict.dk_usable = 0;
  dict.dk_nentries = 0;
  dict.me_hash = [];
  dict.me_key = [];
  dict.me_value = [];
  dict.ma_used = 0;
  dict.ma_version++;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (k !== null) Py_DECREF(k);
    const v = values[i];
    if (v !== null) Py_DECREF(v);
  }
}

/**
 * Iteration helper (PyDict_Next): the index of the next live entry at or
 * after `pos`, or -1. Read it with `_PyDict_Key(d, i)` / `_PyDict_Value`
 * (BORROWED), and continue from i + 1.
 */
export function PyDict_Next(d: PyObject, pos: number): number {
  const dict = d as PyDictObject;
  const n = dict.dk_nentries;
  const values = dict.me_value;
  while (pos < n && values[pos] === null) pos++;
  return pos < n ? pos : -1;
}
export function _PyDict_Key(d: PyObject, i: number): PyObject {
  return (d as PyDictObject).me_key[i]!;
}
export function _PyDict_Value(d: PyObject, i: number): PyObject {
  return (d as PyDictObject).me_value[i]!;
}
export function _PyDict_Hash(d: PyObject, i: number): number {
  return (d as PyDictObject).me_hash[i];
}

/** A new list of the keys. */
export function PyDict_Keys(d: PyObject): PyObject {
  return dictList(d as PyDictObject, 0);
}
export function PyDict_Values(d: PyObject): PyObject {
  return dictList(d as PyDictObject, 1);
}
export function PyDict_Items(d: PyObject): PyObject {
  return dictList(d as PyDictObject, 2);
}

function dictList(d: PyDictObject, what: number): PyObject {
  const l = PyList_New(d.ma_used);
  let j = 0;
  for (let i = 0; i < d.dk_nentries; i++) {
    const k = d.me_key[i];
    if (k === null) continue;
    const v = d.me_value[i]!;
    let x: PyObject;
    if (what === 0) {
      Py_INCREF(k);
      x = k;
    } else if (what === 1) {
      Py_INCREF(v);
      x = v;
    } else x = pair(k, v);
    PyList_SET_ITEM(l, j++, x);
  }
  return l;
}

function pair(k: PyObject, v: PyObject): PyObject {
  const t = PyTuple_New(2);
  k.ob_refcnt++;
  v.ob_refcnt++;
  PyTuple_SET_ITEM(t, 0, k);
  PyTuple_SET_ITEM(t, 1, v);
  return t;
}

/** Untrack a dict that holds nothing that may be tracked (for the collector). */
export function _PyDict_MaybeUntrack(op: PyObject): void {
  const d = op as PyDictObject;
  if ((d.gc_flags & GC_TRACKED) === 0) return;
  for (let i = 0; i < d.dk_nentries; i++) {
    const k = d.me_key[i];
    if (k === null) continue;
    if (_PyObject_GC_MAY_BE_TRACKED(k) || _PyObject_GC_MAY_BE_TRACKED(d.me_value[i]!)) return;
  }
  PyObject_GC_UnTrack(d);
}

/** A copy sharing the layout (clone_combined_dict_keys). */
function cloneInto(dst: PyDictObject, src: PyDictObject): void {
  accountBytes(keysSize(src.dk_log2size, src.dk_unicode) - keysSize(dst.dk_log2size, dst.dk_unicode));
  dst.dk_log2size = src.dk_log2size;
  dst.dk_unicode = src.dk_unicode;
  dst.dk_indices = src.dk_indices.slice();
  dst.dk_usable = src.dk_usable;
  dst.dk_nentries = src.dk_nentries;
  dst.me_hash = src.me_hash.slice();
  dst.me_key = src.me_key.slice();
  dst.me_value = src.me_value.slice();
  for (let i = 0; i < dst.dk_nentries; i++) {
    const k = dst.me_key[i];
    if (k !== null) {
      k.ob_refcnt++;
      dst.me_value[i]!.ob_refcnt++;
    }
  }
  dst.ma_used = src.ma_used;
  dst.ma_version++;
}

/** d.copy(), a new reference. */
export function PyDict_Copy(o: PyObject): PyDictObject {
  const mp = o as PyDictObject;
  const copy = PyDict_New();
  if (mp.ma_used === 0) return copy;
  if (mp.ob_type.tp_iter === dict_iter && mp.ma_used >= Math.floor((mp.dk_nentries * 2) / 3)) {
    cloneInto(copy, mp);
    if ((mp.gc_flags & GC_TRACKED) !== 0) PyObject_GC_Track(copy);
    return copy;
  }
  try {
    PyDict_Merge(copy, mp, true);
  } catch (e) {
    Py_DECREF(copy);
    throw e;
  }
  return copy;
}

/** dict_merge: add the items of mapping `b` to `a` (override existing keys or not). */
export function PyDict_Merge(a: PyObject, b: PyObject, override: boolean): void {
  const mp = a as PyDictObject;
  if (b instanceof PyDictObject && b.ob_type.tp_iter === dict_iter) {
    const other = b;
    if (other === mp || other.ma_used === 0) return;
    if (mp.ma_used === 0) {
      override = true;
      if (
        other.ma_used === other.dk_nentries &&
        (other.dk_log2size === PyDict_LOG_MINSIZE || usableFraction((1 << other.dk_log2size) / 2) < other.ma_used)
      ) {
        cloneInto(mp, other);
        if ((other.gc_flags & GC_TRACKED) !== 0) PyObject_GC_Track(mp);
        return;
      }
    }
    const curSize = mp.dk_log2size === 0 ? 8 : 1 << mp.dk_log2size;
    if (usableFraction(curSize) < other.ma_used) {
      dictresize(mp, estimateLog2Keysize(mp.ma_used + other.ma_used), other.dk_unicode && mp.dk_unicode);
    }
    const n = other.dk_nentries;
    for (let i = 0; i < n; i++) {
      const key = other.me_key[i];
      if (key === null) continue;
      const value = other.me_value[i]!;
      const hash = other.me_hash[i];
      key.ob_refcnt++;
      value.ob_refcnt++;
      if (override || mp.dk_log2size === 0 || lookupSafe(mp, key, hash) < 0) {
        insertdict(mp, key, hash, value);
      } else {
        Py_DECREF(key);
        Py_DECREF(value);
      }
      if (n !== other.dk_nentries) {
        throw PyErr_Format(PyExc_RuntimeError, "dict mutated during update");
      }
    }
    return;
  }
  // Generic mapping: a list of b.keys() (PyMapping_Keys), read b[key].
  const keys = PyMapping_Keys(b);
  const it = PyObject_GetIter(keys);
  Py_DECREF(keys);
  try {
    for (let key = PyIter_Next(it); key !== null; key = PyIter_Next(it)) {
      try {
        if (!override && PyDict_Contains(mp, key)) continue;
        const value = PyObject_GetItem(b, key);
        try {
          PyDict_SetItem(mp, key, value);
        } finally {
          Py_DECREF(value);
        }
      } finally {
        Py_DECREF(key);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

/** PyMapping_Keys: a dict's keys as a new list; another mapping's
 *  `keys()` (called as a method: no bound method is made), as is when a
 *  list, else made one through an iterator (method_output_as_list). */
export function PyMapping_Keys(o: PyObject): PyObject {
  if (o.ob_type === PyDict_Type) return PyDict_Keys(o);
  const out = PyObject_CallMethodNoArgs(o, _Py_ID("keys"));
  if (out.ob_type === PyList_Type) return out;
  let it: PyObject;
  try {
    it = PyObject_GetIter(out);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, PyExc_TypeError)) {
      Py_DECREF(e as PyObject);
      throw PyErr_Format(
        PyExc_TypeError,
        `${o.ob_type.tp_name}.keys() returned a non-iterable (type ${out.ob_type.tp_name})`,
      );
    }
    throw e;
  } finally {
    Py_DECREF(out);
  }
  try {
    return PySequence_List(it);
  } finally {
    Py_DECREF(it);
  }
}

function lookupSafe(d: PyDictObject, key: PyObject, hash: number): number {
  try {
    return lookup(d, key, hash);
  } catch (e) {
    Py_DECREF(key);
    throw e;
  }
}

/** PyDict_MergeFromSeq2: add (key, value) pairs from an iterable. */
export function PyDict_MergeFromSeq2(d: PyObject, seq2: PyObject, override: boolean): void {
  const it = PyObject_GetIter(seq2);
  try {
    let i = 0;
    for (let item = PyIter_Next(it); item !== null; item = PyIter_Next(it), i++) {
      try {
        const fast = pairItems(item, i);
        try {
          checkPairAndSet(d, fast, i, override);
        } finally {
          for (const x of fast) Py_DECREF(x);
        }
      } finally {
        Py_DECREF(item);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

/** The items of update-sequence element #i as new references. */
function pairItems(item: PyObject, i: number): PyObject[] {
  if (item instanceof PyTupleObject || item instanceof PyListObject) {
    const fast = item.ob_item.slice();
    for (const x of fast) Py_INCREF(x);
    return fast;
  }
  let inner: PyObject;
  try {
    inner = PyObject_GetIter(item);
  } catch (e) {
    if (e instanceof PyObject && e.ob_type === PyExc_TypeError) {
      Py_DECREF(e);
      throw PyErr_Format(PyExc_TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    throw e;
  }
  const fast: PyObject[] = [];
  try {
    for (let x = PyIter_Next(inner); x !== null; x = PyIter_Next(inner)) fast.push(x);
  } catch (e) {
    for (const x of fast) Py_DECREF(x);
    throw e;
  } finally {
    Py_DECREF(inner);
  }
  return fast;
}

function checkPairAndSet(d: PyObject, fast: PyObject[], i: number, override: boolean): void {
  if (fast.length !== 2) {
    throw PyErr_Format(
      PyExc_ValueError,
      `dictionary update sequence element #${i} has length ${fast.length}; 2 is required`,
    );
  }
  const [k, v] = fast;
  if (override || !PyDict_Contains(d, k)) PyDict_SetItem(d, k, v);
}

/** dict_update_arg: a dict, a mapping (has keys()), or pairs. */
function dict_update_arg(self: PyObject, arg: PyObject): void {
  if (arg instanceof PyDictObject) {
    PyDict_Merge(self, arg, true);
    return;
  }
  const keys = _PyObject_LookupAttrString(arg, "keys");
  if (keys !== null) {
    Py_DECREF(keys);
    PyDict_Merge(self, arg, true);
    return;
  }
  PyDict_MergeFromSeq2(self, arg, true);
}

/** dict.update(*args, **kw) / dict(*args, **kw) body. */
function dict_update_common(self: PyObject, args: PyObject[], kwnames: PyObject | null, fname: string): void {
  const nk = nkw(kwnames);
  const npos = args.length - nk;
  _PyArg_CheckPositional(fname, npos, 0, 1);
  if (npos === 1) dict_update_arg(self, args[0]);
  for (let k = 0; k < nk; k++) {
    PyDict_SetItem(self, (kwnames as PyTupleObject).ob_item[k], args[npos + k]);
  }
}

// ---------------------------------------------------------------- slots

function dict_repr(self: PyObject): PyObject {
  const d = self as PyDictObject;
  if (Py_ReprEnter(d)) return PyUnicode_FromString("{...}");
  try {
    if (d.ma_used === 0) return PyUnicode_FromString("{}");
    const parts: string[] = [];
    for (let i = 0; i < d.dk_nentries; i++) {
      const k = d.me_key[i];
      if (k === null) continue;
      const v = d.me_value[i]!;
      Py_INCREF(k);
      Py_INCREF(v);
      try {
        parts.push(reprString(k) + ": " + reprString(v));
      } finally {
        Py_DECREF(k);
        Py_DECREF(v);
      }
    }
    return PyUnicode_FromString("{" + parts.join(", ") + "}");
  } finally {
    Py_ReprLeave(d);
  }
}

function dict_length(self: PyObject): number {
  return (self as PyDictObject).ma_used;
}

function dict_subscript(self: PyObject, key: PyObject): PyObject {
  const d = self as PyDictObject;
  const hash = keyHash(key);
  const ix = d.dk_log2size === 0 ? -1 : lookup(d, key, hash);
  if (ix < 0) {
    if (d.ob_type !== PyDict_Type) {
      // A subclass's __missing__ (looked up on the type, bound to d).
      const missing = _PyObject_LookupSpecialString(d, "__missing__");
      if (missing !== null) {
        try {
          return PyObject_Call(missing, [key], null);
        } finally {
          Py_DECREF(missing);
        }
      }
    }
    throw PyErr_SetObject(PyExc_KeyError, key);
  }
  const v = d.me_value[ix]!;
  v.ob_refcnt++;
  return v;
}

function dict_ass_sub(self: PyObject, key: PyObject, value: PyObject | null): void {
  if (value === null) PyDict_DelItem(self, key);
  else PyDict_SetItem(self, key, value);
}

function dict_contains(self: PyObject, key: PyObject): boolean {
  return PyDict_Contains(self, key);
}

function dict_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!(v instanceof PyDictObject) || !(w instanceof PyDictObject) || (op !== Py_EQ && op !== Py_NE)) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  const eq = dict_equal(v, w);
  const r = eq === (op === Py_EQ) ? Py_True : Py_False;
  r.ob_refcnt++;
  return r;
}

function dict_equal(a: PyDictObject, b: PyDictObject): boolean {
  if (a.ma_used !== b.ma_used) return false;
  for (let i = 0; i < a.dk_nentries; i++) {
    const key = a.me_key[i];
    if (key === null) continue;
    const aval = a.me_value[i]!;
    Py_INCREF(aval);
    Py_INCREF(key);
    try {
      const ix = b.dk_log2size === 0 ? -1 : lookup(b, key, a.me_hash[i]);
      if (ix < 0) return false;
      const bval = b.me_value[ix]!;
      Py_INCREF(bval);
      try {
        if (!PyObject_RichCompareBool(aval, bval, Py_EQ)) return false;
      } finally {
        Py_DECREF(bval);
      }
    } finally {
      Py_DECREF(key);
      Py_DECREF(aval);
    }
  }
  return true;
}

/** dict_traverse: values only for an all-str table (its keys cannot be in
 *  a cycle), key then value per entry otherwise — as CPython. */
function dict_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const d = self as PyDictObject;
  const unicode = d.dk_unicode;
  for (let i = 0; i < d.dk_nentries; i++) {
    const k = d.me_key[i];
    if (k === null) continue;
    // 3.11's dict_traverse: the value, then (unless all keys are str) the key.
    visit(d.me_value[i]!);
    if (!unicode) visit(k);
  }
}

function dict_tp_clear(self: PyObject): void {
  PyDict_Clear(self);
}

function dict_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  freelist.bypass = true; // tp_alloc, not the freelist
  const d = new PyDictObject(type);
  // Exact dicts start untracked; subclass instances are tracked by alloc.
  if (type !== PyDict_Type) PyObject_GC_Track(d);
  return d;
}

function dict_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  dict_update_common(self, args, kwnames, "dict");
}

function dict_or(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyDictObject) || !(b instanceof PyDictObject)) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  const n = PyDict_Copy(a);
  try {
    dict_update_arg(n, b);
  } catch (e) {
    Py_DECREF(n);
    throw e;
  }
  return n;
}

function dict_ior(a: PyObject, b: PyObject): PyObject {
  dict_update_arg(a, b);
  Py_INCREF(a);
  return a;
}

// ---------------------------------------------------------------- methods

function dict_get(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("get", args, kwnames, 1, 2);
  const v = PyDict_GetItem(self, args[0]);
  const r = v !== null ? v : args.length > 1 ? args[1] : Py_None;
  r.ob_refcnt++;
  return r;
}

function dict_setdefault(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("setdefault", args, kwnames, 1, 2);
  const dflt = args.length > 1 ? args[1] : Py_None;
  const v = PyDict_GetItem(self, args[0]);
  if (v !== null) {
    v.ob_refcnt++;
    return v;
  }
  PyDict_SetItem(self, args[0], dflt);
  dflt.ob_refcnt++;
  return dflt;
}

function dict_pop(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("pop", args, kwnames, 1, 2);
  const v = _PyDict_Pop(self, args[0]);
  if (v !== null) return v;
  if (args.length > 1) {
    args[1].ob_refcnt++;
    return args[1];
  }
  throw PyErr_SetObject(PyExc_KeyError, args[0]);
}

function dict_popitem(self: PyObject): PyObject {
  const d = self as PyDictObject;
  if (d.ma_used === 0) throw PyErr_Format(PyExc_KeyError, "popitem(): dictionary is empty");
  let i = d.dk_nentries - 1;
  while (i >= 0 && d.me_value[i] === null) i--;
  const key = d.me_key[i]!;
  const value = d.me_value[i]!;
  const hash = d.me_hash[i];
  const slot = lookdictIndex(d, hash, i);
  d.dk_indices[slot] = DKIX_DUMMY;
  d.me_key[i] = null;
  d.me_value[i] = null;
  d.me_key.length = i;
  d.me_value.length = i;
  d.me_hash.length = i;
  d.dk_nentries = i;
  d.ma_used--;
  d.ma_version++;
  const t = PyTuple_New(2);
  PyTuple_SET_ITEM(t, 0, key);
  PyTuple_SET_ITEM(t, 1, value);
  return t;
}

function dict_update(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  dict_update_common(self, args, kwnames, "update");
  Py_None.ob_refcnt++;
  return Py_None;
}

function dict_clear(self: PyObject): PyObject {
  PyDict_Clear(self);
  Py_None.ob_refcnt++;
  return Py_None;
}

function dict_copy(self: PyObject): PyObject {
  return PyDict_Copy(self);
}

function dict_fromkeys(cls: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("fromkeys", args, kwnames, 1, 2);
  const iterable = args[0];
  const value = args.length > 1 ? args[1] : Py_None;
  const d = PyObject_CallNoArgs(cls);
  try {
    if (d.ob_type === PyDict_Type) {
      const dd = d as PyDictObject;
      if ((iterable instanceof PyDictObject || iterable instanceof PySetObject) && dd.ma_used === 0) {
        const size = iterable instanceof PyDictObject ? iterable.ma_used : iterable.used;
        dictresize(dd, estimateLog2Keysize(size), false);
      }
      const it = PyObject_GetIter(iterable);
      try {
        for (let k = PyIter_Next(it); k !== null; k = PyIter_Next(it)) {
          try {
            PyDict_SetItem(dd, k, value);
          } finally {
            Py_DECREF(k);
          }
        }
      } finally {
        Py_DECREF(it);
      }
      return d;
    }
    const it = PyObject_GetIter(iterable);
    try {
      for (let k = PyIter_Next(it); k !== null; k = PyIter_Next(it)) {
        try {
          PyObject_SetItem(d, k, value);
        } finally {
          Py_DECREF(k);
        }
      }
    } finally {
      Py_DECREF(it);
    }
    return d;
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
}

/** _PyDict_SizeOf: the dict's type's size and its keys table. */
export function _PyDict_SizeOf(d: PyObject): number {
  const dict = d as PyDictObject;
  return dict.ob_type.tp_basicsize + keysSize(dict.dk_log2size, dict.dk_unicode);
}

function dict_sizeof(self: PyObject): PyObject {
  const d = self as PyDictObject;
  return PyLong_FromNumber(d.ob_type.tp_basicsize + keysSize(d.dk_log2size, d.dk_unicode));
}

function dict___contains__(self: PyObject, arg: PyObject): PyObject {
  const r = PyDict_Contains(self, arg) ? Py_True : Py_False;
  r.ob_refcnt++;
  return r;
}

function dict___getitem__(self: PyObject, arg: PyObject): PyObject {
  return dict_subscript(self, arg);
}

function dict_keys(self: PyObject): PyObject {
  return new PyDictViewObject(PyDictKeys_Type, self as PyDictObject);
}
function dict_values(self: PyObject): PyObject {
  return new PyDictViewObject(PyDictValues_Type, self as PyDictObject);
}
function dict_items(self: PyObject): PyObject {
  return new PyDictViewObject(PyDictItems_Type, self as PyDictObject);
}
function dict___reversed__(self: PyObject): PyObject {
  return new PyDictIterObject(PyDictRevIterKey_Type, self as PyDictObject, true);
}

PyDict_Type.tp_methods = [
  { name: "__contains__", meth: dict___contains__, flags: METH_O },
  { name: "__getitem__", meth: dict___getitem__, flags: METH_O },
  { name: "__sizeof__", meth: dict_sizeof, flags: METH_NOARGS },
  { name: "get", meth: dict_get, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "setdefault", meth: dict_setdefault, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "pop", meth: dict_pop, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "popitem", meth: dict_popitem, flags: METH_NOARGS },
  { name: "keys", meth: dict_keys, flags: METH_NOARGS },
  { name: "items", meth: dict_items, flags: METH_NOARGS },
  { name: "values", meth: dict_values, flags: METH_NOARGS },
  { name: "update", meth: dict_update, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "fromkeys", meth: dict_fromkeys, flags: METH_FASTCALL | METH_KEYWORDS | METH_CLASS },
  { name: "clear", meth: dict_clear, flags: METH_NOARGS },
  { name: "copy", meth: dict_copy, flags: METH_NOARGS },
  { name: "__reversed__", meth: dict___reversed__, flags: METH_NOARGS },
  { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS },
];

// ---------------------------------------------------------------- iterators

/** dict_keyiterator / dict_valueiterator / dict_itemiterator (and the
 *  reversed ones): hold the dict until exhausted. */
export class PyDictIterObject extends PyGCObject {
  di_dict: PyDictObject | null;
  di_used: number;
  di_pos: number;
  len: number;
  /** The items iterators' result holder (None, None), handed out again
   *  while nobody else holds it (a `for k, v in d.items()` loop makes no
   *  tuple per step); null for keys and values. */
  di_result: PyTupleObject | null;
  constructor(type: PyTypeObject, d: PyDictObject, reversed: boolean, withResult = true) {
    super(type, 56);
    d.ob_refcnt++;
    this.di_dict = d;
    this.di_used = d.ma_used;
    this.len = d.ma_used;
    this.di_pos = reversed ? d.dk_nentries - 1 : 0;
    this.di_result = null;
    if (withResult && (type === PyDictIterItem_Type || type === PyDictRevIterItem_Type)) {
      this.di_result = _PyTuple_FromArray([Py_None, Py_None]);
    }
    PyObject_GC_Track(this);
  }
}

function dictiter_dealloc(self: PyObject): void {
  const it = self as PyDictIterObject;
  PyObject_GC_UnTrack(it);
  const d = it.di_dict;
  it.di_dict = null;
  if (d !== null) Py_DECREF(d);
  const result = it.di_result;
  it.di_result = null;
  if (result !== null) Py_DECREF(result);
  PyObject_GC_Del(it);
}

function dictiter_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const it = self as PyDictIterObject;
  if (it.di_dict !== null) visit(it.di_dict);
  if (it.di_result !== null) visit(it.di_result);
}

/** The next (key, value): the iterator's result holder again when only
 *  the iterator holds it, else a new tuple (dictiter_iternextitem). */
function iterItem(it: PyDictIterObject, k: PyObject, v: PyObject): PyObject {
  const result = it.di_result;
  if (result === null || result.ob_refcnt !== 1) return pair(k, v);
  const oldkey = result.ob_item[0];
  const oldvalue = result.ob_item[1];
  k.ob_refcnt++;
  v.ob_refcnt++;
  result.ob_item[0] = k;
  result.ob_item[1] = v;
  result.ob_refcnt++;
  Py_DECREF(oldkey);
  Py_DECREF(oldvalue);
  // bpo-42536: the collector may have untracked the recycled tuple.
  if (!_PyObject_GC_IS_TRACKED(result)) PyObject_GC_Track(result);
  return result;
}

/** The next entry index (forward), or -1 (iterator exhausted/failed). */
function dictiterNextIndex(it: PyDictIterObject): number {
  const d = it.di_dict;
  if (d === null) return -1;
  if (it.di_used !== d.ma_used) {
    it.di_used = -1;
    throw PyErr_Format(PyExc_RuntimeError, "dictionary changed size during iteration");
  }
  let i = it.di_pos;
  const n = d.dk_nentries;
  while (i < n && d.me_value[i] === null) i++;
  if (i >= n) {
    it.di_dict = null;
    Py_DECREF(d);
    return -1;
  }
  if (it.len === 0) {
    it.di_dict = null;
    Py_DECREF(d);
    throw PyErr_Format(PyExc_RuntimeError, "dictionary keys changed during iteration");
  }
  it.di_pos = i + 1;
  it.len--;
  return i;
}

function dictrevNextIndex(it: PyDictIterObject): number {
  const d = it.di_dict;
  if (d === null) return -1;
  if (it.di_used !== d.ma_used) {
    it.di_used = -1;
    throw PyErr_Format(PyExc_RuntimeError, "dictionary changed size during iteration");
  }
  let i = it.di_pos;
  while (i >= 0 && (i >= d.dk_nentries || d.me_value[i] === null)) i--;
  if (i < 0) {
    it.di_dict = null;
    Py_DECREF(d);
    return -1;
  }
  it.di_pos = i - 1;
  it.len--;
  return i;
}

function dictiter_nextkey(self: PyObject): PyObject | null {
  const it = self as PyDictIterObject;
  const i = dictiterNextIndex(it);
  if (i < 0) return null;
  const k = it.di_dict!.me_key[i]!;
  k.ob_refcnt++;
  return k;
}
function dictiter_nextvalue(self: PyObject): PyObject | null {
  const it = self as PyDictIterObject;
  const i = dictiterNextIndex(it);
  if (i < 0) return null;
  const v = it.di_dict!.me_value[i]!;
  v.ob_refcnt++;
  return v;
}
function dictiter_nextitem(self: PyObject): PyObject | null {
  const it = self as PyDictIterObject;
  const i = dictiterNextIndex(it);
  if (i < 0) return null;
  const d = it.di_dict!;
  return iterItem(it, d.me_key[i]!, d.me_value[i]!);
}
function dictreviter_nextkey(self: PyObject): PyObject | null {
  const it = self as PyDictIterObject;
  const i = dictrevNextIndex(it);
  if (i < 0) return null;
  const k = it.di_dict!.me_key[i]!;
  k.ob_refcnt++;
  return k;
}
function dictreviter_nextvalue(self: PyObject): PyObject | null {
  const it = self as PyDictIterObject;
  const i = dictrevNextIndex(it);
  if (i < 0) return null;
  const v = it.di_dict!.me_value[i]!;
  v.ob_refcnt++;
  return v;
}
function dictreviter_nextitem(self: PyObject): PyObject | null {
  const it = self as PyDictIterObject;
  const i = dictrevNextIndex(it);
  if (i < 0) return null;
  const d = it.di_dict!;
  return iterItem(it, d.me_key[i]!, d.me_value[i]!);
}

function self_iter(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

function dictiter_len(self: PyObject): number {
  const it = self as PyDictIterObject;
  return it.di_dict !== null && it.di_used === it.di_dict.ma_used ? it.len : 0;
}
function dictiter_length_hint(self: PyObject): PyObject {
  return PyLong_FromNumber(dictiter_len(self));
}

/** __reduce__ (dictiter_reduce): iter(list of what is left), listed
 *  from a copy of the iterator so that this one does not move. */
function dictiter_reduce(self: PyObject): PyObject {
  const it = self as PyDictIterObject;
  let list: PyObject;
  if (it.di_dict === null) list = PyList_New(0);
  else {
    const tmp = new PyDictIterObject(it.ob_type, it.di_dict, false, false);
    tmp.di_used = it.di_used;
    tmp.di_pos = it.di_pos;
    tmp.len = it.len;
    try {
      list = PySequence_List(tmp);
    } finally {
      Py_DECREF(tmp);
    }
  }
  return _PyTuple_FromArraySteal([_PyEval_GetBuiltin("iter"), _PyTuple_FromArraySteal([list])]);
}

function iterType(name: string, next: (o: PyObject) => PyObject | null): PyTypeObject {
  const t = newStaticType(name, 56, TPFLAGS_HAVE_GC, dictiter_dealloc);
  t.tp_iter = self_iter;
  t.tp_iternext = next;
  t.tp_traverse = dictiter_traverse;
  t.tp_methods = [
    { name: "__length_hint__", meth: dictiter_length_hint, flags: METH_NOARGS },
    { name: "__reduce__", meth: dictiter_reduce, flags: METH_NOARGS },
  ];
  registerLengthHint(t, dictiter_len);
  return t;
}

export const PyDictIterKey_Type = iterType("dict_keyiterator", dictiter_nextkey);
export const PyDictIterValue_Type = iterType("dict_valueiterator", dictiter_nextvalue);
export const PyDictIterItem_Type = iterType("dict_itemiterator", dictiter_nextitem);
export const PyDictRevIterKey_Type = iterType("dict_reversekeyiterator", dictreviter_nextkey);
export const PyDictRevIterValue_Type = iterType("dict_reversevalueiterator", dictreviter_nextvalue);
export const PyDictRevIterItem_Type = iterType("dict_reverseitemiterator", dictreviter_nextitem);

function dict_iter(self: PyObject): PyObject {
  return new PyDictIterObject(PyDictIterKey_Type, self as PyDictObject, false);
}

// ---------------------------------------------------------------- views

/** dict_keys / dict_values / dict_items: a live view holding the dict. */
export class PyDictViewObject extends PyGCObject {
  dv_dict: PyDictObject | null;
  constructor(type: PyTypeObject, d: PyDictObject) {
    super(type, 24);
    d.ob_refcnt++;
    this.dv_dict = d;
    PyObject_GC_Track(this);
  }
}

function dictview_dealloc(self: PyObject): void {
  const v = self as PyDictViewObject;
  PyObject_GC_UnTrack(v);
  const d = v.dv_dict;
  v.dv_dict = null;
  if (d !== null) Py_DECREF(d);
  PyObject_GC_Del(v);
}

function dictview_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const d = (self as PyDictViewObject).dv_dict;
  if (d !== null) visit(d);
}

function dictview_len(self: PyObject): number {
  const d = (self as PyDictViewObject).dv_dict;
  return d === null ? 0 : d.ma_used;
}

function dictview_repr(self: PyObject): PyObject {
  const v = self as PyDictViewObject;
  if (Py_ReprEnter(v)) return PyUnicode_FromString("...");
  try {
    // PySequence_List: a list extended through the view's iterator.
    const seq = PySequence_List_impl(v);
    try {
      return PyUnicode_FromString(`${v.ob_type.tp_name}(${reprString(seq)})`);
    } finally {
      Py_DECREF(seq);
    }
  } finally {
    Py_ReprLeave(v);
  }
}

function dictkeys_iter(self: PyObject): PyObject {
  return new PyDictIterObject(PyDictIterKey_Type, (self as PyDictViewObject).dv_dict!, false);
}
function dictvalues_iter(self: PyObject): PyObject {
  return new PyDictIterObject(PyDictIterValue_Type, (self as PyDictViewObject).dv_dict!, false);
}
function dictitems_iter(self: PyObject): PyObject {
  return new PyDictIterObject(PyDictIterItem_Type, (self as PyDictViewObject).dv_dict!, false);
}
function dictkeys_reversed(self: PyObject): PyObject {
  return new PyDictIterObject(PyDictRevIterKey_Type, (self as PyDictViewObject).dv_dict!, true);
}
function dictvalues_reversed(self: PyObject): PyObject {
  return new PyDictIterObject(PyDictRevIterValue_Type, (self as PyDictViewObject).dv_dict!, true);
}
function dictitems_reversed(self: PyObject): PyObject {
  return new PyDictIterObject(PyDictRevIterItem_Type, (self as PyDictViewObject).dv_dict!, true);
}

function dictkeys_contains(self: PyObject, key: PyObject): boolean {
  const d = (self as PyDictViewObject).dv_dict;
  return d !== null && PyDict_Contains(d, key);
}

function dictitems_contains(self: PyObject, item: PyObject): boolean {
  const d = (self as PyDictViewObject).dv_dict;
  if (d === null || !(item instanceof PyTupleObject) || item.ob_item.length !== 2) return false;
  const [key, value] = item.ob_item;
  const found = PyDict_GetItem(d, key);
  if (found === null) return false;
  Py_INCREF(found);
  try {
    return PyObject_RichCompareBool(found, value, Py_EQ);
  } finally {
    Py_DECREF(found);
  }
}

function isSetLikeView(o: PyObject): boolean {
  return o.ob_type === PyDictKeys_Type || o.ob_type === PyDictItems_Type;
}

/** Set operations on keys/items views: the result is a set. */
function viewSetOp(a: PyObject, b: PyObject, op: string): PyObject {
  if (!isSetLikeView(a) && !isSetLikeView(b)) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  // CPython: result = set(a); result.<op>_update(b) — with a the left operand.
  const result = PySet_New(a);
  try {
    const other = PySet_New(b);
    try {
      set_update_internal_public(result, other, op);
    } finally {
      Py_DECREF(other);
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}
function dictview_and(a: PyObject, b: PyObject): PyObject {
  return viewSetOp(a, b, "&");
}
function dictview_or(a: PyObject, b: PyObject): PyObject {
  return viewSetOp(a, b, "|");
}
function dictview_sub(a: PyObject, b: PyObject): PyObject {
  return viewSetOp(a, b, "-");
}
function dictview_xor(a: PyObject, b: PyObject): PyObject {
  return viewSetOp(a, b, "^");
}

function dictview_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const otherIsSetLike = b instanceof PySetObject || isSetLikeView(b);
  if (!isSetLikeView(a) || !otherIsSetLike) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  const la = dictview_len(a);
  const lb = PyObject_Size_local(b);
  let ok: boolean;
  const allContained = (x: PyObject, y: PyObject): boolean => {
    const it = PyObject_GetIter(x);
    try {
      for (let k = PyIter_Next(it); k !== null; k = PyIter_Next(it)) {
        try {
          if (!PySequence_Contains(y, k)) return false;
        } finally {
          Py_DECREF(k);
        }
      }
      return true;
    } finally {
      Py_DECREF(it);
    }
  };
  switch (op) {
    case Py_EQ:
    case Py_NE:
      ok = la === lb && allContained(a, b);
      if (op === Py_NE) ok = !ok;
      break;
    case 0:
      ok = la < lb && allContained(a, b);
      break;
    case 1:
      ok = la <= lb && allContained(a, b);
      break;
    case 4:
      ok = la > lb && allContained(b, a);
      break;
    default:
      ok = la >= lb && allContained(b, a);
      break;
  }
  const r = ok ? Py_True : Py_False;
  r.ob_refcnt++;
  return r;
}

function PyObject_Size_local(o: PyObject): number {
  const t = o.ob_type;
  if (t.sq_length !== null) return t.sq_length(o);
  return t.mp_length!(o);
}

function dictview_isdisjoint(self: PyObject, arg: PyObject): PyObject {
  const it = PyObject_GetIter(arg);
  try {
    for (let k = PyIter_Next(it); k !== null; k = PyIter_Next(it)) {
      try {
        if (PySequence_Contains(self, k)) {
          Py_False.ob_refcnt++;
          return Py_False;
        }
      } finally {
        Py_DECREF(k);
      }
    }
  } finally {
    Py_DECREF(it);
  }
  Py_True.ob_refcnt++;
  return Py_True;
}

/** dictview.mapping: a read-only proxy of the dict the view looks at. */
function dictview_mapping(self: PyObject): PyObject {
  return PyDictProxy_New((self as PyDictViewObject).dv_dict!);
}

/** A view type. dict_values has no `in` of its own (CPython's
 *  dictvalues_as_sequence has only the length): `in` iterates it. */
function viewType(
  name: string,
  iter: (o: PyObject) => PyObject,
  contains: ((o: PyObject, k: PyObject) => boolean) | null,
  reversed: (o: PyObject) => PyObject,
  setLike: boolean,
): PyTypeObject {
  const t = newStaticType(name, 24, TPFLAGS_HAVE_GC, dictview_dealloc);
  t.tp_iter = iter;
  t.tp_repr = dictview_repr;
  t.tp_traverse = dictview_traverse;
  t.sq_length = dictview_len;
  t.sq_contains = contains;
  t.tp_getset = [{ name: "mapping", get: dictview_mapping, set: null }];
  const methods: PyMethodDef[] = [{ name: "__reversed__", meth: reversed, flags: METH_NOARGS }];
  if (setLike) {
    t.nb_and = dictview_and;
    t.nb_or = dictview_or;
    t.nb_subtract = dictview_sub;
    t.nb_xor = dictview_xor;
    t.tp_richcompare = dictview_richcompare;
    methods.push({ name: "isdisjoint", meth: dictview_isdisjoint, flags: METH_O });
  }
  t.tp_methods = methods;
  return t;
}

export const PyDictKeys_Type = viewType("dict_keys", dictkeys_iter, dictkeys_contains, dictkeys_reversed, true);
export const PyDictValues_Type = viewType("dict_values", dictvalues_iter, null, dictvalues_reversed, false);
export const PyDictItems_Type = viewType("dict_items", dictitems_iter, dictitems_contains, dictitems_reversed, true);

// ---------------------------------------------------------------- slots

PyDict_Type.tp_repr = dict_repr;
PyDict_Type.tp_richcompare = dict_richcompare;
PyDict_Type.tp_traverse = dict_traverse;
PyDict_Type.tp_clear = dict_tp_clear;
PyDict_Type.tp_iter = dict_iter;
PyDict_Type.tp_new = dict_new;
PyDict_Type.tp_init = dict_init;
PyDict_Type.sq_contains = dict_contains;
PyDict_Type.mp_length = dict_length;
PyDict_Type.mp_subscript = dict_subscript;
PyDict_Type.mp_ass_subscript = dict_ass_sub;
PyDict_Type.nb_or = dict_or;
PyDict_Type.nb_inplace_or = dict_ior;
