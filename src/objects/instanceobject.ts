/**
 * Instances of classes defined in Python, and the dealloc / traverse /
 * clear of every heap type (CPython's subtype_dealloc, subtype_traverse,
 * subtype_clear in Objects/typeobject.c).
 *
 * Representation (CPython 3.11's "managed dict" with inline values):
 *  - `values[i]` holds the attribute whose name is `ht_cached_keys.names[i]`
 *    of the instance's class (null = not set). No dict object exists.
 *  - The first time `__dict__` is asked for (or a new name finds no room
 *    left in the class's shared keys: SharedKeys.usable), the values move
 *    into a real dict (`dict`) and `values` becomes null for good.
 *  - The values array has a block of its own in the allocator model, as
 *    3.11's (new_values: room for shared_keys_usable_size(keys) values,
 *    after a prefix of round_up(size + 2, 8) bytes): `valuesAddr` and
 *    `valuesBytes`, taken when the instance is made (init_inline_values),
 *    given back when it is deallocated (_PyObject_FreeInstanceAttributes)
 *    or when its values move into a dict, which then accounts for its own
 *    table. 0 when there is none.
 *  - `slots[i]` holds the `__slots__` entries (base classes' slots first);
 *    an instance of a subclass of another built-in type keeps them in
 *    `extraSlots` (below), as its `__dict__` is kept in `extraDicts`.
 * Every non-null entry is an owned reference. Dealloc releases slots
 * (most-derived class first), then the attributes in shared-key order
 * (what 3.11 does: the order names were first set on any instance).
 *
 * Instances of subclasses of built-in types (`class Stack(list)`) are the
 * base type's own object with the subclass as `ob_type`; their `__dict__`
 * (when the base has none of its own) lives in `extraDicts`, keyed by the
 * object, and is released by subtype_dealloc before the base's dealloc.
 * Every heap type has HAVE_GC (3.11), so those of a non-GC base (int,
 * float, str, bytes) are of the base's GC-header class (PyLongSubtypeObject,
 * …: see heap/object.ts), tracked from creation; the base's dealloc frees
 * them with PyObject_GC_Del (its tp_free for a GC type).
 */
import {
  GC_FINALIZED,
  MANAGED_DICT_PREHEADER,
  PyGCObject,
  type PyObject,
  TPFLAGS_HAVE_GC,
  TPFLAGS_HEAPTYPE,
  TPFLAGS_MANAGED_DICT,
} from "../heap/object.js";
import {
  Py_DECREF,
  Py_INCREF,
  Py_XDECREF,
  _Py_SetRefcnt,
  trashcanBegin,
  trashcanEnd,
  _Py_Dealloc,
} from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack, _PyObject_IS_GC } from "../heap/gc.js";
import { FinalizerContext, _PyObject_RunFinalizer } from "../heap/hooks.js";
import { SharedKeys, type PyTypeObject } from "./typeobject.js";
import { allocBlock, freeBlock } from "../heap/allocator.js";
import { PyExc_TypeError } from "./exceptions.js";
import { PyErr_Format } from "./errors.js";
import { PyUnicode_AsString, PyUnicode_InternFromString } from "./unicodeobject.js";
import { PyDict_Check, PyDict_GetItem, PyDict_New, PyDict_SetItem, PyDict_DelItem } from "./dictobject.js";
import { PyObject_ClearWeakRefs } from "./weakrefobject.js";

export class PyInstanceObject extends PyGCObject {
  values: (PyObject | null)[] | null;
  dict: PyObject | null;
  slots: (PyObject | null)[] | null;
  /** The values array's block (see the header); 0 when none. */
  valuesAddr: number;
  valuesBytes: number;

  constructor(type: PyTypeObject) {
    super(
      type,
      (type.tp_flags & TPFLAGS_MANAGED_DICT) !== 0 ? type.tp_basicsize + MANAGED_DICT_PREHEADER : type.tp_basicsize,
    );
    let values: (PyObject | null)[] | null = null;
    let valuesBytes = 0;
    if (type.tp_hasdict) {
      values = [];
      const keys = type.ht_cached_keys;
      const n = keys === null ? 0 : keys.names.length;
      for (let i = 0; i < n; i++) values.push(null);
      if (keys !== null) {
        // init_inline_values and new_values.
        if (keys.usable > 1) keys.usable--;
        const size = n + keys.usable;
        valuesBytes = ((size + 2 + 7) & ~7) + 8 * size;
      }
    }
    this.values = values;
    this.dict = null;
    let slots: (PyObject | null)[] | null = null;
    if (type.ht_nslots > 0) {
      slots = [];
      for (let i = 0; i < type.ht_nslots; i++) slots.push(null);
    }
    this.slots = slots;
    (this as { valuesAddr: unknown }).valuesAddr = null; // a tagged field (see PyObject)
    this.valuesAddr = valuesBytes === 0 ? 0 : allocBlock(valuesBytes, 0);
    this.valuesBytes = valuesBytes;
  }

  /** `__class__` assignment between layout-compatible classes. */
  switchClass(newto: PyTypeObject): void {
    if (this.values !== null) materializeDict(this);
    const old = this.ob_type;
    Py_INCREF(newto);
    this.ob_type = newto;
    Py_DECREF(old);
  }
}

/** Does this class give its instances attribute storage? */
export function hasInstanceAttrs(tp: PyTypeObject): boolean {
  return tp.tp_hasdict;
}

/** The instance attribute `name` (borrowed), or null. */
export function instanceGetAttr(o: PyInstanceObject, name: PyObject): PyObject | null {
  const vals = o.values;
  if (vals !== null) {
    const idx = o.ob_type.ht_cached_keys!.index.get(PyUnicode_AsString(name));
    return idx === undefined || idx >= vals.length ? null : vals[idx];
  }
  const dict = o.dict;
  return dict === null ? null : PyDict_GetItem(dict, name);
}

/** Set (or with `value` null delete) an instance attribute. Returns false
 *  when deleting an attribute that is not there. */
export function instanceSetAttr(o: PyInstanceObject, name: PyObject, value: PyObject | null): boolean {
  const vals = o.values;
  if (vals !== null) {
    const keys = o.ob_type.ht_cached_keys!;
    const key = PyUnicode_AsString(name);
    let idx = keys.index.get(key);
    if (idx === undefined) {
      if (value === null) return false;
      if (keys.usable <= 0) {
        // insert_into_dictkeys found no room: the values go to a dict.
        materializeDict(o);
        PyDict_SetItem(o.dict!, name, value);
        return true;
      }
      keys.usable--;
      idx = keys.names.length;
      keys.names.push(key);
      keys.nameObjs.push(PyUnicode_InternFromString(key));
      keys.index.set(key, idx);
    }
    while (vals.length <= idx) vals.push(null);
    const old = vals[idx];
    if (value === null) {
      if (old === null) return false;
      vals[idx] = null;
      Py_DECREF(old);
      return true;
    }
    Py_INCREF(value);
    vals[idx] = value;
    if (old !== null) Py_DECREF(old);
    return true;
  }
  let dict = o.dict;
  if (value === null) {
    if (dict === null || PyDict_GetItem(dict, name) === null) return false;
    PyDict_DelItem(dict, name);
    return true;
  }
  if (dict === null) {
    if (!o.ob_type.tp_hasdict) return false;
    dict = o.dict = PyDict_New();
  }
  PyDict_SetItem(dict, name, value);
  return true;
}

/** Move inline values into a real dict (first access to `__dict__`). */
export function materializeDict(o: PyInstanceObject): PyObject {
  const vals = o.values;
  if (vals === null) {
    if (o.dict === null) o.dict = PyDict_New();
    return o.dict;
  }
  const dict = PyDict_New();
  const keys = o.ob_type.ht_cached_keys!;
  for (let i = 0; i < vals.length; i++) {
    const v = vals[i];
    if (v !== null) PyDict_SetItem(dict, keys.nameObjs[i], v);
  }
  o.values = null;
  o.dict = dict;
  freeInstanceValues(o);
  for (let i = 0; i < vals.length; i++) {
    const v = vals[i];
    if (v !== null) {
      vals[i] = null;
      Py_DECREF(v);
    }
  }
  return dict;
}

/** Give the values array's block back (the instance's dealloc, or its
 *  values moved into a dict). */
function freeInstanceValues(o: PyInstanceObject): void {
  const addr = o.valuesAddr;
  if (addr === 0) return;
  o.valuesAddr = 0;
  freeBlock(addr, o.valuesBytes, 0);
}

/** `__dict__` of an instance (borrowed), materialised on demand. */
export function instanceGetDict(o: PyInstanceObject): PyObject {
  return o.values !== null ? materializeDict(o) : (o.dict ?? (o.dict = PyDict_New()));
}

/** subtype_setdict: `__dict__` replaced, or deleted (the attributes go;
 *  the next `__dict__` is a new empty dict). */
export function instanceSetDict(o: PyInstanceObject, value: PyObject | null): void {
  if (value === null) {
    if (o.values !== null) materializeDict(o);
    const old = o.dict;
    o.dict = null;
    Py_XDECREF(old);
    return;
  }
  if (!PyDict_Check(value)) {
    throw PyErr_Format(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${value.ob_type.tp_name}'`);
  }
  if (o.values !== null) materializeDict(o);
  const old = o.dict;
  Py_INCREF(value);
  o.dict = value;
  Py_XDECREF(old);
}

// --- dicts of instances of built-in subclasses -----------------------------------

const extraDicts = new Map<PyObject, PyObject>();

/** tp_getdict for subclasses of built-in types without a dict of their own. */
export function extraDictGet(self: PyObject, create: boolean): PyObject | null {
  let d = extraDicts.get(self);
  if (d === undefined) {
    if (!create) return null;
    d = PyDict_New();
    extraDicts.set(self, d);
  }
  return d;
}

function extraDictRelease(self: PyObject): void {
  const d = extraDicts.get(self);
  if (d !== undefined) {
    extraDicts.delete(self);
    Py_DECREF(d);
  }
}

export function resetExtraDicts(): void {
  extraDicts.clear();
  extraSlots.clear();
}

// --- __slots__ of instances of subclasses of built-in types ------------------------

/** The `__slots__` values of instances that are not PyInstanceObjects (an
 *  instance of `class Seq(list): __slots__ = ("hash",)` is a list), by
 *  object, made at the first store and released by subtype_dealloc. */
const extraSlots = new Map<PyObject, (PyObject | null)[]>();

/** The `__slots__` values of `self` (owned references, null where unset),
 *  or null when it has none yet and `create` is false. */
export function slotValues(self: PyObject, create: boolean): (PyObject | null)[] | null {
  if (self instanceof PyInstanceObject) return self.slots;
  let slots = extraSlots.get(self);
  if (slots === undefined) {
    if (!create) return null;
    slots = [];
    for (let i = 0; i < self.ob_type.ht_nslots; i++) slots.push(null);
    extraSlots.set(self, slots);
  }
  return slots;
}

// --- slots of heap types ------------------------------------------------------------

/** First slot index of `t`'s own `__slots__` (its bases' come first). */
function ownSlotRange(t: PyTypeObject): [number, number] {
  const base = t.tp_base;
  const start = base === null ? 0 : base.ht_nslots;
  return [start, t.ht_nslots];
}

function clear_slots(t: PyTypeObject, slots: (PyObject | null)[] | null): void {
  if (slots === null) return;
  const [start, end] = ownSlotRange(t);
  for (let i = start; i < end; i++) {
    const v = slots[i];
    if (v !== null) {
      slots[i] = null;
      if (--v.ob_refcnt === 0) _Py_Dealloc(v);
    }
  }
}

function clearInstanceAttributes(self: PyInstanceObject): void {
  const vals = self.values;
  if (vals !== null) {
    for (let i = 0; i < vals.length; i++) {
      const v = vals[i];
      if (v !== null) {
        vals[i] = null;
        if (--v.ob_refcnt === 0) _Py_Dealloc(v);
      }
    }
  }
  const d = self.dict;
  if (d !== null) {
    self.dict = null;
    if (--d.ob_refcnt === 0) _Py_Dealloc(d);
  }
}

/** The nearest base whose dealloc is not subtype_dealloc (a static type). */
function solidDeallocBase(t: PyTypeObject): PyTypeObject {
  let base = t;
  while (base.tp_dealloc === subtype_dealloc) base = base.tp_base!;
  return base;
}

/**
 * PEP 442 from a dealloc: run tp_finalize once with the object
 * temporarily alive. Returns false when `__del__` resurrected it.
 */
export function PyObject_CallFinalizerFromDealloc(self: PyObject): boolean {
  _Py_SetRefcnt(self, 1);
  PyObject_CallFinalizer(self);
  _Py_SetRefcnt(self, self.ob_refcnt - 1);
  return self.ob_refcnt === 0;
}

/** Call tp_finalize unless the object was already finalized. */
export function PyObject_CallFinalizer(self: PyObject): void {
  const fin = self.ob_type.tp_finalize;
  if (fin === null) return;
  if (_PyObject_IS_GC(self)) {
    if ((self.gc_flags & GC_FINALIZED) !== 0) return;
    _PyObject_RunFinalizer(fin, self, FinalizerContext.Refcount);
    self.gc_flags |= GC_FINALIZED;
    return;
  }
  _PyObject_RunFinalizer(fin, self, FinalizerContext.Refcount);
}

/** tp_dealloc of every heap type (3.11 subtype_dealloc; spec section 2.2). */
export function subtype_dealloc(self: PyObject): void {
  const type = self.ob_type;
  const base = solidDeallocBase(type);
  const gc = _PyObject_IS_GC(self);
  if (gc) PyObject_GC_UnTrack(self);
  if (!trashcanBegin(self)) return;
  try {
    if (type.tp_finalize !== null) {
      if (gc) PyObject_GC_Track(self);
      if (!PyObject_CallFinalizerFromDealloc(self)) return; // resurrected
      if (gc) PyObject_GC_UnTrack(self);
    }
    if (type.tp_weakrefable && !base.tp_weakrefable) PyObject_ClearWeakRefs(self);
    if (self instanceof PyInstanceObject) {
      for (let t: PyTypeObject = type; t.tp_dealloc === subtype_dealloc; t = t.tp_base!) clear_slots(t, self.slots);
      clearInstanceAttributes(self);
      freeInstanceValues(self);
    } else {
      const slots = extraSlots.get(self);
      if (slots !== undefined) {
        for (let t: PyTypeObject = type; t.tp_dealloc === subtype_dealloc; t = t.tp_base!) clear_slots(t, slots);
        extraSlots.delete(self);
      }
      if (type.tp_getdict === extraDictGet) extraDictRelease(self);
    }
    if (self instanceof PyInstanceObject) {
      // The base is `object`: free the block here (object_dealloc's tp_free).
      PyObject_GC_Del(self);
    } else {
      if (gc && (base.tp_flags & TPFLAGS_HAVE_GC) !== 0) PyObject_GC_Track(self as PyGCObject);
      base.tp_dealloc(self);
    }
    if ((type.tp_flags & TPFLAGS_HEAPTYPE) !== 0) Py_DECREF(type);
  } finally {
    trashcanEnd();
  }
}

/** The `__slots__` values of `self`, the most derived class's first (as
 *  subtype_traverse's traverse_slots per class). */
export function visitSlots(self: PyObject, visit: (o: PyObject) => void): void {
  const slots = slotValues(self, false);
  if (slots === null) return;
  for (let t: PyTypeObject = self.ob_type; t.tp_traverse === subtype_traverse && t.tp_base !== null; t = t.tp_base) {
    const [start, end] = ownSlotRange(t);
    for (let i = start; i < end; i++) {
      const v = slots[i];
      if (v !== null) visit(v);
    }
  }
}

export function subtype_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const type = self.ob_type;
  let base = type;
  while (base.tp_traverse === subtype_traverse) base = base.tp_base!;
  visitSlots(self, visit);
  if (self instanceof PyInstanceObject) {
    const vals = self.values;
    if (vals !== null) {
      for (let i = 0; i < vals.length; i++) {
        const v = vals[i];
        if (v !== null) visit(v);
      }
    } else if (self.dict !== null) {
      visit(self.dict);
    }
  } else if (type.tp_getdict === extraDictGet) {
    const d = extraDicts.get(self);
    if (d !== undefined) visit(d);
  }
  if ((type.tp_flags & TPFLAGS_HEAPTYPE) !== 0) visit(type);
  const bt = base.tp_traverse;
  if (bt !== null) bt(self, visit);
}

export function subtype_clear(self: PyObject): void {
  const type = self.ob_type;
  let base = type;
  while (base.tp_clear === subtype_clear) base = base.tp_base!;
  const slots = slotValues(self, false);
  for (let t: PyTypeObject = type; t.tp_clear === subtype_clear && t.tp_base !== null; t = t.tp_base) {
    clear_slots(t, slots);
  }
  if (self instanceof PyInstanceObject) clearInstanceAttributes(self);
  else if (type.tp_getdict === extraDictGet) extraDictRelease(self);
  const bc = base.tp_clear;
  if (bc !== null) bc(self);
}

/** A fresh SharedKeys for a new class. */
export function newSharedKeys(): SharedKeys {
  return new SharedKeys();
}

/** Release a class's shared keys (type dealloc). */
export function releaseSharedKeys(keys: SharedKeys): void {
  const objs = keys.nameObjs;
  keys.nameObjs = [];
  keys.names = [];
  keys.index.clear();
  for (const o of objs) Py_DECREF(o);
}
