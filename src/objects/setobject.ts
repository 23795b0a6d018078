/**
 * `set` and `frozenset`: CPython 3.11's Objects/setobject.c.
 *
 * The hash table mirrors CPython's exactly — slot arrays of keys and
 * hashes, linear probing of LINEAR_PROBES (9) neighbours then the
 * perturbed jump `i = (i*5 + 1 + perturb) & mask` with a 64-bit unsigned
 * perturb, the 8-slot starting table, `fill`/`used` accounting with dummy
 * entries, growth when fill*5 >= mask*3 to used*4 (used*2 past 50000),
 * set_merge's copying fast paths and the `finger` of pop() — so a set's
 * iteration order (slot order) is CPython's for any keys whose hashes are
 * CPython's (ints, floats, tuples of those, None...).
 *
 * Slots: `keys[i]` null = never used, DUMMY = deleted; `hashes[i]` is 0
 * for an empty slot and -1 for a dummy, as CPython's table.
 *
 * Sizes: sys.getsizeof(set()) == 216 (200 + GC header); a table larger
 * than the built-in 8 slots adds 16 bytes per slot, accounted in the
 * allocator model.
 */
import { PyGCObject, PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, TPFLAGS_MATCH_SELF } from "../heap/object.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, trashcanBegin, trashcanEnd } from "../heap/refcount.js";
import { _PyObject_GetState } from "./object-reduce.js";
import { accountBytes } from "../heap/allocator.js";
import { makeStatic, newStaticType, PyType_IsSubtype, type PyTypeObject } from "./typeobject.js";
import { Py_EQ, Py_GE, Py_GT, Py_LE, Py_LT, Py_NE } from "../bytecode/opcodes.js";
import { PyErr_Format, PyErr_SetObject } from "./errors.js";
import { PyExc_KeyError, PyExc_RuntimeError, PyExc_TypeError } from "./exceptions.js";
import { Py_NotImplemented, Py_None } from "./noneobject.js";
import { PyBool_Type, PyLong_FromNumber, PyLong_Type, Py_True, Py_False } from "./longobject.js";
import { PyUnicodeObject, PyUnicode_Type, PyUnicode_FromString, reprString } from "./unicodeobject.js";
import { PyBytesObject } from "./bytesobject.js";
import { PyFloat_Type } from "./floatobject.js";
import { type PyDictObject, PyDict_Type, PyDict_Next, _PyDict_Key, _PyDict_Hash } from "./dictobject.js";
import { Py_GenericAlias } from "./genericaliasobject.js";
import { METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, METH_CLASS, type PyMethodDef } from "./methoddef.js";
import { checkPositional, _PyArg_NoKwnames } from "./getargs.js";
import {
  PyObject_Hash,
  PyObject_RichCompareBool,
  Py_ReprEnter,
  Py_ReprLeave,
  PyObject_GetIter,
  PyIter_Next,
  clearWeakRefs,
  PySequence_List,
} from "./abstract.js";
import { PyTuple_Pack, _PyTuple_FromArraySteal } from "./tupleobject.js";
import { _PyEval_GetBuiltin } from "./iterreduce.js";
import { registerLengthHint } from "./seqslots.js";
import { frozensetHash, hashHi, hashReg, hiOf, loOf, recallHash } from "./hashutil.js";
import { _PyList_FromArray, PySequence_List_impl } from "./listobject.js";

const LINEAR_PROBES = 9;
const PySet_MINSIZE = 8;

/** The dummy key marking a deleted slot (never seen outside this module). */
const DUMMY: PyObject = (() => {
  const t = newStaticType("<dummy key>", 16, 0, () => {
    /* static */
  });
  return makeStatic(new PyObject(t, 16));
})();

export class PySetObject extends PyGCObject {
  fill: number;
  used: number;
  mask: number;
  keys: (PyObject | null)[];
  hashes: number[];
  /** frozenset's cached hash, -1 if not computed. */
  hash: number;
  hashHi: number;
  /** Where pop() starts searching. */
  finger: number;

  constructor(type: PyTypeObject) {
    super(type, 200);
    this.fill = 0;
    this.used = 0;
    this.mask = PySet_MINSIZE - 1;
    this.keys = newKeyArray(PySet_MINSIZE);
    this.hashes = newHashArray(PySet_MINSIZE);
    this.hash = -1;
    this.hashHi = 0;
    this.finger = 0;
  }
}

function newKeyArray(n: number): (PyObject | null)[] {
  const a: (PyObject | null)[] = [];
  for (let i = 0; i < n; i++) a.push(null);
  return a;
}
function newHashArray(n: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(0);
  return a;
}

/** Bytes of a table outside the object (only tables larger than 8 slots). */
function tableBytes(mask: number): number {
  return mask + 1 > PySet_MINSIZE ? 16 * (mask + 1) : 0;
}

function set_dealloc(self: PyObject): void {
  const so = self as PySetObject;
  PyObject_GC_UnTrack(so);
  if (!trashcanBegin(so)) return;
  if (so.weakreflist !== null) clearWeakRefs(so);
  const keys = so.keys;
  let used = so.used;
  accountBytes(-tableBytes(so.mask));
  so.keys = [];
  so.hashes = [];
  so.used = 0;
  so.fill = 0;
  for (let i = 0; used > 0; i++) {
    const k = keys[i];
    if (k !== null && k !== DUMMY) {
      used--;
      Py_DECREF(k);
    }
  }
  PyObject_GC_Del(so);
  trashcanEnd();
}

export const PySet_Type: PyTypeObject = newStaticType(
  "set",
  200,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_MATCH_SELF,
  set_dealloc,
);
PySet_Type.tp_vectorcall = true; // set_vectorcall
export const PyFrozenSet_Type: PyTypeObject = newStaticType(
  "frozenset",
  200,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_MATCH_SELF,
  set_dealloc,
);
PyFrozenSet_Type.tp_vectorcall = true; // frozenset_vectorcall
PySet_Type.tp_weakrefable = true;
PyFrozenSet_Type.tp_weakrefable = true;

export function PyAnySet_Check(o: PyObject): o is PySetObject {
  return o instanceof PySetObject;
}
export function PySet_Check(o: PyObject): boolean {
  return o instanceof PySetObject && PyType_IsSubtype(o.ob_type, PySet_Type);
}
export function PyFrozenSet_Check(o: PyObject): boolean {
  return o instanceof PySetObject && PyType_IsSubtype(o.ob_type, PyFrozenSet_Type);
}
function isFrozenExact(o: PyObject): boolean {
  return o.ob_type === PyFrozenSet_Type;
}

// ---------------------------------------------------------------- table

/** 64-bit perturb as two uint32 halves (module-level scratch). */
let pHi = 0;
let pLo = 0;
function perturbInit(hash: number): void {
  pHi = hiOf(hash);
  pLo = loOf(hash);
}
function perturbShift(): void {
  pLo = ((pLo >>> 5) | ((pHi & 31) << 27)) >>> 0;
  pHi = pHi >>> 5;
}

/** set_lookkey: slot index holding `key`, or the empty slot ending the probe. */
function set_lookkey(so: PySetObject, key: PyObject, hash: number): number {
  restart: for (;;) {
    let mask = so.mask;
    let i = hash & mask;
    perturbInit(hash);
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const h = so.hashes[j];
        const k = so.keys[j];
        if (h === 0 && k === null) return j;
        if (h === hash) {
          const startkey = k!;
          if (startkey === key) return j;
          if (startkey.ob_type === PyUnicode_Type && key.ob_type === PyUnicode_Type) {
            if ((startkey as PyUnicodeObject).str === (key as PyUnicodeObject).str) return j;
          } else {
            const table = so.keys;
            Py_INCREF(startkey);
            let cmp: boolean;
            try {
              cmp = PyObject_RichCompareBool(startkey, key, Py_EQ);
            } finally {
              Py_DECREF(startkey);
            }
            if (table !== so.keys || so.keys[j] !== startkey) continue restart;
            if (cmp) return j;
            mask = so.mask;
          }
        }
        j++;
      } while (probes-- > 0);
      perturbShift();
      i = (i * 5 + 1 + pLo) & mask;
    }
  }
}

function set_insert_clean(
  keys: (PyObject | null)[],
  hashes: number[],
  mask: number,
  key: PyObject,
  hash: number,
): void {
  let i = hash & mask;
  perturbInit(hash);
  for (;;) {
    if (keys[i] === null) break;
    let found = -1;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (keys[i + j] === null) {
          found = i + j;
          break;
        }
      }
    }
    if (found >= 0) {
      i = found;
      break;
    }
    perturbShift();
    i = (i * 5 + 1 + pLo) & mask;
  }
  keys[i] = key;
  hashes[i] = hash;
}

function set_table_resize(so: PySetObject, minused: number): void {
  let newsize = PySet_MINSIZE;
  while (newsize <= minused) newsize <<= 1;
  const oldKeys = so.keys;
  const oldHashes = so.hashes;
  const oldMask = so.mask;
  accountBytes(tableBytes(newsize - 1) - tableBytes(oldMask));
  const keys = newKeyArray(newsize);
  const hashes = newHashArray(newsize);
  const newmask = newsize - 1;
  so.mask = newmask;
  so.keys = keys;
  so.hashes = hashes;
  if (so.fill === so.used) {
    for (let i = 0; i <= oldMask; i++) {
      const k = oldKeys[i];
      if (k !== null) set_insert_clean(keys, hashes, newmask, k, oldHashes[i]);
    }
  } else {
    so.fill = so.used;
    for (let i = 0; i <= oldMask; i++) {
      const k = oldKeys[i];
      if (k !== null && k !== DUMMY) set_insert_clean(keys, hashes, newmask, k, oldHashes[i]);
    }
  }
}

/** set_add_entry: `key` is borrowed (INCREF'd when stored). */
function set_add_entry(so: PySetObject, key: PyObject, hash: number): void {
  Py_INCREF(key);
  try {
    restart: for (;;) {
      let mask = so.mask;
      let i = hash & mask;
      let freeslot = -1;
      perturbInit(hash);
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const h = so.hashes[j];
          const k = so.keys[j];
          if (h === 0 && k === null) {
            // found_unused_or_dummy
            if (freeslot === -1) {
              so.fill++;
              so.used++;
              so.keys[j] = key;
              so.hashes[j] = hash;
              if (so.fill * 5 < mask * 3) return;
              set_table_resize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
              return;
            }
            so.used++;
            so.keys[freeslot] = key;
            so.hashes[freeslot] = hash;
            return;
          }
          if (h === hash) {
            const startkey = k!;
            if (startkey === key) {
              Py_DECREF(key);
              return;
            }
            if (startkey.ob_type === PyUnicode_Type && key.ob_type === PyUnicode_Type) {
              if ((startkey as PyUnicodeObject).str === (key as PyUnicodeObject).str) {
                Py_DECREF(key);
                return;
              }
            } else {
              const table = so.keys;
              Py_INCREF(startkey);
              let cmp: boolean;
              try {
                cmp = PyObject_RichCompareBool(startkey, key, Py_EQ);
              } finally {
                Py_DECREF(startkey);
              }
              if (cmp) {
                Py_DECREF(key);
                return;
              }
              if (table !== so.keys || so.keys[j] !== startkey) continue restart;
              mask = so.mask;
            }
          } else if (h === -1) {
            // A dummy: the last one the probe passes is reused (3.11's
            // set_add_entry keeps no first-dummy test).
            freeslot = j;
          }
          j++;
        } while (probes-- > 0);
        perturbShift();
        i = (i * 5 + 1 + pLo) & mask;
      }
    }
  } catch (e) {
    Py_DECREF(key);
    throw e;
  }
}

function set_contains_entry(so: PySetObject, key: PyObject, hash: number): boolean {
  const j = set_lookkey(so, key, hash);
  return so.keys[j] !== null;
}

/** Remove `key` if present: returns whether it was found. */
function set_discard_entry(so: PySetObject, key: PyObject, hash: number): boolean {
  const j = set_lookkey(so, key, hash);
  const old = so.keys[j];
  if (old === null) return false;
  so.keys[j] = DUMMY;
  so.hashes[j] = -1;
  so.used--;
  Py_DECREF(old);
  return true;
}

function set_add_key(so: PySetObject, key: PyObject): void {
  set_add_entry(so, key, PyObject_Hash(key));
}

function set_discard_key(so: PySetObject, key: PyObject): boolean {
  return set_discard_entry(so, key, PyObject_Hash(key));
}

function set_empty_to_minsize(so: PySetObject): void {
  accountBytes(-tableBytes(so.mask));
  so.keys = newKeyArray(PySet_MINSIZE);
  so.hashes = newHashArray(PySet_MINSIZE);
  so.fill = 0;
  so.used = 0;
  so.mask = PySet_MINSIZE - 1;
  so.hash = -1;
}

function set_clear_internal(so: PySetObject): void {
  const keys = so.keys;
  let used = so.used;
  if (so.fill === 0 && so.mask === PySet_MINSIZE - 1) return;
  set_empty_to_minsize(so);
  for (let i = 0; used > 0; i++) {
    const k = keys[i];
    if (k !== null && k !== DUMMY) {
      used--;
      Py_DECREF(k);
    }
  }
}

function set_merge(so: PySetObject, other: PySetObject): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) set_table_resize(so, (so.used + other.used) * 2);
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== null) {
        Py_INCREF(k);
        so.keys[i] = k;
        so.hashes[i] = other.hashes[i];
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== null && k !== DUMMY) {
        Py_INCREF(k);
        set_insert_clean(so.keys, so.hashes, so.mask, k, other.hashes[i]);
      }
    }
    return;
  }
  for (let i = 0; i <= other.mask; i++) {
    const k = other.keys[i];
    if (k !== null && k !== DUMMY) set_add_entry(so, k, other.hashes[i]);
  }
}

/** set_update_internal: add every element of `other`. */
function set_update_internal(so: PySetObject, other: PyObject): void {
  if (other instanceof PySetObject) {
    set_merge(so, other);
    return;
  }
  if (other.ob_type === PyDict_Type) {
    const d = other as PyDictObject;
    const dictsize = d.ma_used;
    if ((so.fill + dictsize) * 5 >= so.mask * 3) set_table_resize(so, (so.used + dictsize) * 2);
    for (let i = PyDict_Next(d, 0); i >= 0; i = PyDict_Next(d, i + 1)) {
      set_add_entry(so, _PyDict_Key(d, i), _PyDict_Hash(d, i));
    }
    return;
  }
  const it = PyObject_GetIter(other);
  try {
    for (let key = PyIter_Next(it); key !== null; key = PyIter_Next(it)) {
      try {
        set_add_key(so, key);
      } finally {
        Py_DECREF(key);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

/** Next active slot at or after i, or -1. */
function set_next(so: PySetObject, i: number): number {
  const mask = so.mask;
  const keys = so.keys;
  while (i <= mask && (keys[i] === null || keys[i] === DUMMY)) i++;
  return i <= mask ? i : -1;
}

function make_new_set(type: PyTypeObject, iterable: PyObject | null): PySetObject {
  const so = new PySetObject(type);
  PyObject_GC_Track(so);
  if (iterable !== null) {
    try {
      set_update_internal(so, iterable);
    } catch (e) {
      Py_DECREF(so);
      throw e;
    }
  }
  return so;
}

/** make_new_set_basetype: subclasses produce plain set / frozenset. */
function make_new_set_basetype(type: PyTypeObject, iterable: PyObject | null): PySetObject {
  if (type !== PySet_Type && type !== PyFrozenSet_Type) {
    type = PyType_IsSubtype(type, PySet_Type) ? PySet_Type : PyFrozenSet_Type;
  }
  return make_new_set(type, iterable);
}

// ---------------------------------------------------------------- C API

/** set(iterable) or set() (iterable null): a new reference. */
export function PySet_New(iterable: PyObject | null): PySetObject {
  return make_new_set(PySet_Type, iterable);
}

export function PyFrozenSet_New(iterable: PyObject | null): PySetObject {
  return make_new_set(PyFrozenSet_Type, iterable);
}

/** s.add(key): INCREFs key. */
export function PySet_Add(s: PyObject, key: PyObject): void {
  set_add_key(s as PySetObject, key);
}

export function PySet_Contains(s: PyObject, key: PyObject): boolean {
  return set_contains_key(s as PySetObject, key);
}

export function PySet_Discard(s: PyObject, key: PyObject): boolean {
  return set_discard_key(s as PySetObject, key);
}

export function PySet_Size(s: PyObject): number {
  return (s as PySetObject).used;
}

export function PySet_Clear(s: PyObject): void {
  set_clear_internal(s as PySetObject);
}

/** _PySet_Update (SET_UPDATE): set_update_internal, so a set or frozenset
 *  operand is merged table to table as CPython merges it. */
export function _PySet_Update(set: PyObject, iterable: PyObject): void {
  set_update_internal(set as PySetObject, iterable);
}

/** Elements in table order (BORROWED references). */
export function _PySet_Items(s: PyObject): PyObject[] {
  const so = s as PySetObject;
  const out: PyObject[] = [];
  for (let i = set_next(so, 0); i >= 0; i = set_next(so, i + 1)) out.push(so.keys[i]!);
  return out;
}

/** set_contains_key: unhashable sets are looked up as frozensets. */
function set_contains_key(so: PySetObject, key: PyObject): boolean {
  let hash: number;
  try {
    hash = PyObject_Hash(key);
  } catch (e) {
    if (key instanceof PySetObject && e instanceof PyObject && e.ob_type === PyExc_TypeError) {
      Py_DECREF(e);
      const tmp = make_new_set(PyFrozenSet_Type, key);
      try {
        return set_contains_entry(so, tmp, frozenset_hash(tmp));
      } finally {
        Py_DECREF(tmp);
      }
    }
    throw e;
  }
  return set_contains_entry(so, key, hash);
}

/** For dict views: in-place op on `result` with the set `other`. */
export function set_update_internal_public(result: PySetObject, other: PySetObject, op: string): void {
  switch (op) {
    case "|":
      set_update_internal(result, other);
      break;
    case "&": {
      const tmp = set_intersection(result, other);
      set_swap_bodies(result, tmp);
      Py_DECREF(tmp);
      break;
    }
    case "-":
      set_difference_update_internal(result, other);
      break;
    default:
      set_symmetric_difference_update_impl(result, other);
      break;
  }
}

// ---------------------------------------------------------------- set algebra

function set_copy_impl(so: PySetObject): PySetObject {
  return make_new_set_basetype(so.ob_type, so);
}

function set_swap_bodies(a: PySetObject, b: PySetObject): void {
  const t = { fill: a.fill, used: a.used, mask: a.mask, keys: a.keys, hashes: a.hashes };
  a.fill = b.fill;
  a.used = b.used;
  a.mask = b.mask;
  a.keys = b.keys;
  a.hashes = b.hashes;
  b.fill = t.fill;
  b.used = t.used;
  b.mask = t.mask;
  b.keys = t.keys;
  b.hashes = t.hashes;
  if (isFrozenExact(a) || isFrozenExact(b)) {
    const h = a.hash;
    a.hash = b.hash;
    b.hash = h;
  } else {
    a.hash = -1;
    b.hash = -1;
  }
}

function set_intersection(so: PySetObject, other: PyObject): PySetObject {
  if (so === other) return set_copy_impl(so);
  const result = make_new_set_basetype(so.ob_type, null);
  try {
    if (other instanceof PySetObject) {
      let a: PySetObject = so;
      let b: PySetObject = other;
      if (b.used > a.used) {
        const t = a;
        a = b;
        b = t;
      }
      for (let i = set_next(b, 0); i >= 0; i = set_next(b, i + 1)) {
        const key = b.keys[i]!;
        const hash = b.hashes[i];
        Py_INCREF(key);
        try {
          if (set_contains_entry(a, key, hash)) set_add_entry(result, key, hash);
        } finally {
          Py_DECREF(key);
        }
      }
      return result;
    }
    const it = PyObject_GetIter(other);
    try {
      for (let key = PyIter_Next(it); key !== null; key = PyIter_Next(it)) {
        try {
          const hash = PyObject_Hash(key);
          if (set_contains_entry(so, key, hash)) set_add_entry(result, key, hash);
        } finally {
          Py_DECREF(key);
        }
      }
    } finally {
      Py_DECREF(it);
    }
    return result;
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
}

function set_difference_update_internal(so: PySetObject, other: PyObject): void {
  if (so === other) {
    set_clear_internal(so);
    return;
  }
  if (other instanceof PySetObject) {
    for (let i = set_next(other, 0); i >= 0; i = set_next(other, i + 1)) {
      const key = other.keys[i]!;
      Py_INCREF(key);
      try {
        set_discard_entry(so, key, other.hashes[i]);
      } finally {
        Py_DECREF(key);
      }
    }
  } else {
    const it = PyObject_GetIter(other);
    try {
      for (let key = PyIter_Next(it); key !== null; key = PyIter_Next(it)) {
        try {
          set_discard_key(so, key);
        } finally {
          Py_DECREF(key);
        }
      }
    } finally {
      Py_DECREF(it);
    }
  }
  // If more than 1/4th are dummies, then resize them away.
  if (so.fill - so.used <= Math.floor(so.mask / 4)) return;
  set_table_resize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

function set_difference(so: PySetObject, other: PyObject): PySetObject {
  let otherSize: number;
  if (other instanceof PySetObject) otherSize = other.used;
  else if (other.ob_type === PyDict_Type) otherSize = (other as PyDictObject).ma_used;
  else return set_copy_and_difference(so, other);
  if (so.used >> 2 > otherSize) return set_copy_and_difference(so, other);
  const result = make_new_set_basetype(so.ob_type, null);
  try {
    for (let i = set_next(so, 0); i >= 0; i = set_next(so, i + 1)) {
      const key = so.keys[i]!;
      const hash = so.hashes[i];
      Py_INCREF(key);
      try {
        let contained: boolean;
        if (other instanceof PySetObject) contained = set_contains_entry(other, key, hash);
        else contained = dictContainsKnownHash(other as PyDictObject, key, hash);
        if (!contained) set_add_entry(result, key, hash);
      } finally {
        Py_DECREF(key);
      }
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function dictContainsKnownHash(d: PyDictObject, key: PyObject, hash: number): boolean {
  void hash;
  return d.ob_type.sq_contains!(d, key);
}

function set_copy_and_difference(so: PySetObject, other: PyObject): PySetObject {
  const result = set_copy_impl(so);
  try {
    set_difference_update_internal(result, other);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function set_symmetric_difference_update_impl(so: PySetObject, other: PyObject): void {
  if (so === other) {
    set_clear_internal(so);
    return;
  }
  let otherset: PySetObject;
  if (other instanceof PySetObject) {
    Py_INCREF(other);
    otherset = other;
  } else {
    otherset = make_new_set_basetype(so.ob_type, other);
  }
  try {
    for (let i = set_next(otherset, 0); i >= 0; i = set_next(otherset, i + 1)) {
      const key = otherset.keys[i]!;
      const hash = otherset.hashes[i];
      Py_INCREF(key);
      try {
        if (!set_discard_entry(so, key, hash)) set_add_entry(so, key, hash);
      } finally {
        Py_DECREF(key);
      }
    }
  } finally {
    Py_DECREF(otherset);
  }
}

function set_symmetric_difference(so: PySetObject, other: PyObject): PySetObject {
  const otherset = make_new_set_basetype(so.ob_type, other);
  try {
    set_symmetric_difference_update_impl(otherset, so);
  } catch (e) {
    Py_DECREF(otherset);
    throw e;
  }
  return otherset;
}

function set_issubset_impl(so: PySetObject, other: PyObject): boolean {
  if (!(other instanceof PySetObject)) {
    const tmp = make_new_set(PySet_Type, other);
    try {
      return set_issubset_impl(so, tmp);
    } finally {
      Py_DECREF(tmp);
    }
  }
  if (so.used > other.used) return false;
  for (let i = set_next(so, 0); i >= 0; i = set_next(so, i + 1)) {
    const key = so.keys[i]!;
    Py_INCREF(key);
    try {
      if (!set_contains_entry(other, key, so.hashes[i])) return false;
    } finally {
      Py_DECREF(key);
    }
  }
  return true;
}

function set_issuperset_impl(so: PySetObject, other: PyObject): boolean {
  if (other instanceof PySetObject) return set_issubset_impl(other, so);
  const it = PyObject_GetIter(other);
  try {
    for (let key = PyIter_Next(it); key !== null; key = PyIter_Next(it)) {
      try {
        if (!set_contains_key(so, key)) return false;
      } finally {
        Py_DECREF(key);
      }
    }
  } finally {
    Py_DECREF(it);
  }
  return true;
}

function set_isdisjoint_impl(so: PySetObject, other: PyObject): boolean {
  if (so === other) return so.used === 0;
  if (other instanceof PySetObject) {
    let a: PySetObject = so;
    let b: PySetObject = other;
    if (b.used > a.used) {
      const t = a;
      a = b;
      b = t;
    }
    for (let i = set_next(b, 0); i >= 0; i = set_next(b, i + 1)) {
      const key = b.keys[i]!;
      Py_INCREF(key);
      try {
        if (set_contains_entry(a, key, b.hashes[i])) return false;
      } finally {
        Py_DECREF(key);
      }
    }
    return true;
  }
  const it = PyObject_GetIter(other);
  try {
    for (let key = PyIter_Next(it); key !== null; key = PyIter_Next(it)) {
      try {
        if (set_contains_key(so, key)) return false;
      } finally {
        Py_DECREF(key);
      }
    }
  } finally {
    Py_DECREF(it);
  }
  return true;
}

// ---------------------------------------------------------------- slots

function notImpl(): PyObject {
  Py_NotImplemented.ob_refcnt++;
  return Py_NotImplemented;
}
function boolResult(b: boolean): PyObject {
  const r = b ? Py_True : Py_False;
  r.ob_refcnt++;
  return r;
}

function set_repr(self: PyObject): PyObject {
  const so = self as PySetObject;
  const name = so.ob_type.tp_name;
  if (Py_ReprEnter(so)) return PyUnicode_FromString(`${name}(...)`);
  try {
    if (so.used === 0) return PyUnicode_FromString(`${name}()`);
    // PySequence_List: a list extended through the set's iterator.
    const keys = PySequence_List_impl(so);
    let lr: string;
    try {
      lr = reprString(keys);
    } finally {
      Py_DECREF(keys);
    }
    const body = lr.slice(1, lr.length - 1);
    if (so.ob_type === PySet_Type) return PyUnicode_FromString(`{${body}}`);
    return PyUnicode_FromString(`${name}({${body}})`);
  } finally {
    Py_ReprLeave(so);
  }
}

function set_len(self: PyObject): number {
  return (self as PySetObject).used;
}

function set_contains(self: PyObject, key: PyObject): boolean {
  return set_contains_key(self as PySetObject, key);
}

function frozenset_hash(self: PyObject): number {
  const so = self as PySetObject;
  if (so.hash !== -1) return recallHash(so.hash, so.hashHi);
  // The entries' exact high halves (the table keeps JS numbers: see
  // hashutil.ts): str, bytes and frozensets keep theirs beside their
  // cached hash; ints and floats hash again (no code runs); other keys'
  // hashes are taken as they are.
  const his: number[] = [];
  for (let i = 0; i <= so.mask; i++) {
    const k = so.keys[i];
    const hk = so.hashes[i]!;
    let hi: number;
    if (k === null || k === DUMMY) hi = hiOf(hk);
    else if (k instanceof PyUnicodeObject || k instanceof PyBytesObject || k instanceof PySetObject) {
      hi = k.hash === hk ? k.hashHi : hiOf(hk);
    } else if (k.ob_type === PyLong_Type || k.ob_type === PyBool_Type || k.ob_type === PyFloat_Type) {
      hi = hashHi(PyObject_Hash(k));
    } else hi = hiOf(hk);
    his.push(hi);
  }
  const h = frozensetHash(so.hashes, his, so.used, so.fill, so.mask);
  so.hash = h;
  so.hashHi = hashReg.hi;
  return h;
}

function set_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!(v instanceof PySetObject) || !(w instanceof PySetObject)) return notImpl();
  switch (op) {
    case Py_EQ:
      if (v.used !== w.used) return boolResult(false);
      if (v.hash !== -1 && w.hash !== -1 && v.hash !== w.hash) return boolResult(false);
      return boolResult(set_issubset_impl(v, w));
    case Py_NE: {
      const r = set_richcompare(v, w, Py_EQ);
      const b = r === Py_True;
      Py_DECREF(r);
      return boolResult(!b);
    }
    case Py_LE:
      return boolResult(set_issubset_impl(v, w));
    case Py_GE:
      return boolResult(set_issuperset_impl(v, w));
    case Py_LT:
      return boolResult(v.used < w.used && set_issubset_impl(v, w));
    case Py_GT:
      return boolResult(v.used > w.used && set_issuperset_impl(v, w));
  }
  return notImpl();
}

function set_sub(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PySetObject) || !(b instanceof PySetObject)) return notImpl();
  return set_difference(a, b);
}
function set_and(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PySetObject) || !(b instanceof PySetObject)) return notImpl();
  return set_intersection(a, b);
}
function set_or(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PySetObject) || !(b instanceof PySetObject)) return notImpl();
  const result = set_copy_impl(a);
  if (a === b) return result;
  try {
    set_update_internal(result, b);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}
function set_xor(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PySetObject) || !(b instanceof PySetObject)) return notImpl();
  return set_symmetric_difference(a, b);
}
function set_isub(a: PyObject, b: PyObject): PyObject {
  if (!(b instanceof PySetObject)) return notImpl();
  set_difference_update_internal(a as PySetObject, b);
  Py_INCREF(a);
  return a;
}
function set_iand(a: PyObject, b: PyObject): PyObject {
  if (!(b instanceof PySetObject)) return notImpl();
  const tmp = set_intersection(a as PySetObject, b);
  set_swap_bodies(a as PySetObject, tmp);
  Py_DECREF(tmp);
  Py_INCREF(a);
  return a;
}
function set_ior(a: PyObject, b: PyObject): PyObject {
  if (!(b instanceof PySetObject)) return notImpl();
  set_update_internal(a as PySetObject, b);
  Py_INCREF(a);
  return a;
}
function set_ixor(a: PyObject, b: PyObject): PyObject {
  if (!(b instanceof PySetObject)) return notImpl();
  set_symmetric_difference_update_impl(a as PySetObject, b);
  Py_INCREF(a);
  return a;
}

function set_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const so = self as PySetObject;
  for (let i = set_next(so, 0); i >= 0; i = set_next(so, i + 1)) visit(so.keys[i]!);
}

function set_tp_clear(self: PyObject): void {
  set_clear_internal(self as PySetObject);
}

function set_new(type: PyTypeObject, _args: PyObject[], kwnames: PyObject | null): PyObject {
  if (type === PySet_Type) _PyArg_NoKwnames("set", kwnames);
  return make_new_set(type, null);
}

function set_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  if (self.ob_type === PySet_Type) _PyArg_NoKwnames("set", kwnames);
  checkPositional("set", args, kwnames, 0, 1);
  const so = self as PySetObject;
  if (so.fill > 0) set_clear_internal(so);
  if (args.length > 0) set_update_internal(so, args[0]);
}

function frozenset_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (type === PyFrozenSet_Type) _PyArg_NoKwnames("frozenset", kwnames);
  checkPositional("frozenset", args, kwnames, 0, 1);
  if (type !== PyFrozenSet_Type) return make_new_set(type, args.length > 0 ? args[0] : null);
  if (args.length > 0 && isFrozenExact(args[0])) {
    Py_INCREF(args[0]);
    return args[0];
  }
  return make_new_set(type, args.length > 0 ? args[0] : null);
}

// ---------------------------------------------------------------- methods

function none(): PyObject {
  Py_None.ob_refcnt++;
  return Py_None;
}

function m_add(self: PyObject, arg: PyObject): PyObject {
  set_add_key(self as PySetObject, arg);
  return none();
}
function m_remove(self: PyObject, arg: PyObject): PyObject {
  const so = self as PySetObject;
  const key = arg;
  let found: boolean;
  try {
    found = set_discard_key(so, key);
  } catch (e) {
    if (key instanceof PySetObject && e instanceof PyObject && e.ob_type === PyExc_TypeError) {
      Py_DECREF(e);
      const tmp = make_new_set(PyFrozenSet_Type, key);
      try {
        found = set_discard_entry(so, tmp, frozenset_hash(tmp));
      } finally {
        Py_DECREF(tmp);
      }
    } else throw e;
  }
  if (!found) throw PyErr_SetObject(PyExc_KeyError, key);
  return none();
}
function m_discard(self: PyObject, arg: PyObject): PyObject {
  const so = self as PySetObject;
  const key = arg;
  try {
    set_discard_key(so, key);
  } catch (e) {
    if (key instanceof PySetObject && e instanceof PyObject && e.ob_type === PyExc_TypeError) {
      Py_DECREF(e);
      const tmp = make_new_set(PyFrozenSet_Type, key);
      try {
        set_discard_entry(so, tmp, frozenset_hash(tmp));
      } finally {
        Py_DECREF(tmp);
      }
    } else throw e;
  }
  return none();
}
function m_pop(self: PyObject): PyObject {
  const so = self as PySetObject;
  if (so.used === 0) throw PyErr_Format(PyExc_KeyError, "pop from an empty set");
  let i = so.finger & so.mask;
  while (so.keys[i] === null || so.keys[i] === DUMMY) {
    i++;
    if (i > so.mask) i = 0;
  }
  const key = so.keys[i]!;
  so.keys[i] = DUMMY;
  so.hashes[i] = -1;
  so.used--;
  so.finger = i + 1;
  return key;
}
function m_clear(self: PyObject): PyObject {
  set_clear_internal(self as PySetObject);
  return none();
}
function m_copy(self: PyObject): PyObject {
  const so = self as PySetObject;
  if (isFrozenExact(so)) {
    so.ob_refcnt++;
    return so;
  }
  return set_copy_impl(so);
}
function m_update(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  _PyArg_NoKwnames("update", kw);
  for (const a of args) set_update_internal(self as PySetObject, a);
  return none();
}
function m_union(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  _PyArg_NoKwnames("union", kw);
  const so = self as PySetObject;
  const result = make_new_set_basetype(so.ob_type, so);
  try {
    for (const other of args) {
      if (other === so) continue;
      set_update_internal(result, other);
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}
function m_intersection(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  _PyArg_NoKwnames("intersection", kw);
  const so = self as PySetObject;
  if (args.length === 0) return set_copy_impl(so);
  Py_INCREF(so);
  let result: PySetObject = so;
  for (const other of args) {
    let next: PySetObject;
    try {
      next = set_intersection(result, other);
    } catch (e) {
      Py_DECREF(result);
      throw e;
    }
    Py_DECREF(result);
    result = next;
  }
  return result;
}
function m_intersection_update(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  _PyArg_NoKwnames("intersection_update", kw);
  const tmp = m_intersection(self, args, null) as PySetObject;
  set_swap_bodies(self as PySetObject, tmp);
  Py_DECREF(tmp);
  return none();
}
function m_difference(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  _PyArg_NoKwnames("difference", kw);
  const so = self as PySetObject;
  if (args.length === 0) return set_copy_impl(so);
  const result = set_difference(so, args[0]);
  try {
    for (let i = 1; i < args.length; i++) set_difference_update_internal(result, args[i]);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}
function m_difference_update(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  _PyArg_NoKwnames("difference_update", kw);
  for (const a of args) set_difference_update_internal(self as PySetObject, a);
  return none();
}
function m_symmetric_difference(self: PyObject, arg: PyObject): PyObject {
  return set_symmetric_difference(self as PySetObject, arg);
}
function m_symmetric_difference_update(self: PyObject, arg: PyObject): PyObject {
  set_symmetric_difference_update_impl(self as PySetObject, arg);
  return none();
}
function m_issubset(self: PyObject, arg: PyObject): PyObject {
  return boolResult(set_issubset_impl(self as PySetObject, arg));
}
function m_issuperset(self: PyObject, arg: PyObject): PyObject {
  return boolResult(set_issuperset_impl(self as PySetObject, arg));
}
function m_isdisjoint(self: PyObject, arg: PyObject): PyObject {
  return boolResult(set_isdisjoint_impl(self as PySetObject, arg));
}
function m_contains(self: PyObject, arg: PyObject): PyObject {
  return boolResult(set_contains_key(self as PySetObject, arg));
}
function m_sizeof(self: PyObject): PyObject {
  return PyLong_FromNumber(200 + tableBytes((self as PySetObject).mask));
}

/** set.__reduce__(): (type, (list(self),), state), the state from
 *  __getstate__ (set_reduce). */
function m_reduce(self: PyObject): PyObject {
  const keys = PySequence_List(self);
  let args: PyObject;
  try {
    args = PyTuple_Pack(keys);
  } finally {
    Py_DECREF(keys);
  }
  let state: PyObject;
  try {
    state = _PyObject_GetState(self);
  } catch (e) {
    Py_DECREF(args);
    throw e;
  }
  return _PyTuple_FromArraySteal([Py_NewRef(self.ob_type), args, state]);
}

const commonMethods: PyMethodDef[] = [
  { name: "__reduce__", meth: m_reduce, flags: METH_NOARGS },
  { name: "__contains__", meth: m_contains, flags: METH_O },
  { name: "copy", meth: m_copy, flags: METH_NOARGS },
  { name: "difference", meth: m_difference, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "intersection", meth: m_intersection, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "isdisjoint", meth: m_isdisjoint, flags: METH_O },
  { name: "issubset", meth: m_issubset, flags: METH_O },
  { name: "issuperset", meth: m_issuperset, flags: METH_O },
  { name: "__sizeof__", meth: m_sizeof, flags: METH_NOARGS },
  { name: "symmetric_difference", meth: m_symmetric_difference, flags: METH_O },
  { name: "union", meth: m_union, flags: METH_FASTCALL | METH_KEYWORDS },
];

PySet_Type.tp_methods = [
  { name: "add", meth: m_add, flags: METH_O },
  { name: "clear", meth: m_clear, flags: METH_NOARGS },
  { name: "difference_update", meth: m_difference_update, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "intersection_update", meth: m_intersection_update, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "pop", meth: m_pop, flags: METH_NOARGS },
  { name: "remove", meth: m_remove, flags: METH_O },
  { name: "discard", meth: m_discard, flags: METH_O },
  { name: "symmetric_difference_update", meth: m_symmetric_difference_update, flags: METH_O },
  { name: "update", meth: m_update, flags: METH_FASTCALL | METH_KEYWORDS },
  ...commonMethods,
  { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS },
];
PyFrozenSet_Type.tp_methods = [
  ...commonMethods,
  { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS },
];

// ---------------------------------------------------------------- iterator

export class PySetIterObject extends PyGCObject {
  si_set: PySetObject | null;
  si_used: number;
  si_pos: number;
  len: number;
  constructor(so: PySetObject) {
    super(PySetIter_Type, 48);
    Py_INCREF(so);
    this.si_set = so;
    this.si_used = so.used;
    this.si_pos = 0;
    this.len = so.used;
    PyObject_GC_Track(this);
  }
}

function setiter_dealloc(self: PyObject): void {
  const it = self as PySetIterObject;
  PyObject_GC_UnTrack(it);
  const s = it.si_set;
  it.si_set = null;
  if (s !== null) Py_DECREF(s);
  PyObject_GC_Del(it);
}

function setiter_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const s = (self as PySetIterObject).si_set;
  if (s !== null) visit(s);
}

function setiter_next(self: PyObject): PyObject | null {
  const it = self as PySetIterObject;
  const so = it.si_set;
  if (so === null) return null;
  if (it.si_used !== so.used) {
    it.si_used = -1;
    throw PyErr_Format(PyExc_RuntimeError, "Set changed size during iteration");
  }
  const i = set_next(so, it.si_pos);
  if (i < 0) {
    it.si_set = null;
    Py_DECREF(so);
    return null;
  }
  it.si_pos = i + 1;
  it.len--;
  const key = so.keys[i]!;
  key.ob_refcnt++;
  return key;
}

function setiter_len(self: PyObject): number {
  const it = self as PySetIterObject;
  return it.si_set !== null && it.si_used === it.si_set.used ? it.len : 0;
}
function setiter_length_hint(self: PyObject): PyObject {
  return PyLong_FromNumber(setiter_len(self));
}
function self_iter(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

export const PySetIter_Type: PyTypeObject = newStaticType("set_iterator", 48, TPFLAGS_HAVE_GC, setiter_dealloc);
PySetIter_Type.tp_iter = self_iter;
PySetIter_Type.tp_iternext = setiter_next;
PySetIter_Type.tp_traverse = setiter_traverse;
/** __reduce__ (setiter_reduce): iter(list of what is left), listed from
 *  a copy of the iterator so that this one does not move. */
function setiter_reduce(self: PyObject): PyObject {
  const it = self as PySetIterObject;
  let list: PyObject;
  if (it.si_set === null) list = _PyList_FromArray([]);
  else {
    const tmp = new PySetIterObject(it.si_set);
    tmp.si_used = it.si_used;
    tmp.si_pos = it.si_pos;
    tmp.len = it.len;
    try {
      list = PySequence_List(tmp);
    } finally {
      Py_DECREF(tmp);
    }
  }
  return _PyTuple_FromArraySteal([_PyEval_GetBuiltin("iter"), _PyTuple_FromArraySteal([list])]);
}

PySetIter_Type.tp_methods = [
  { name: "__length_hint__", meth: setiter_length_hint, flags: METH_NOARGS },
  { name: "__reduce__", meth: setiter_reduce, flags: METH_NOARGS },
];
registerLengthHint(PySetIter_Type, setiter_len);

function set_iter(self: PyObject): PyObject {
  return new PySetIterObject(self as PySetObject);
}

for (const t of [PySet_Type, PyFrozenSet_Type]) {
  t.tp_repr = set_repr;
  t.tp_richcompare = set_richcompare;
  t.tp_traverse = set_traverse;
  t.tp_clear = set_tp_clear;
  t.tp_iter = set_iter;
  t.sq_length = set_len;
  t.sq_contains = set_contains;
  t.nb_subtract = set_sub;
  t.nb_and = set_and;
  t.nb_or = set_or;
  t.nb_xor = set_xor;
}
PySet_Type.tp_new = set_new;
PySet_Type.tp_init = set_init;
PySet_Type.nb_inplace_subtract = set_isub;
PySet_Type.nb_inplace_and = set_iand;
PySet_Type.nb_inplace_or = set_ior;
PySet_Type.nb_inplace_xor = set_ixor;
PyFrozenSet_Type.tp_new = frozenset_new;
PyFrozenSet_Type.tp_hash = frozenset_hash;
