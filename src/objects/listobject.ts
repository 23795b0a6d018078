/**
 * `list`: CPython's Objects/listobject.c.
 *
 * Representation: `ob_item`, a JS array of owned references whose length
 * is the list's size (CPython's ob_size), and `allocated`, the capacity
 * CPython would have allocated for the item array. `allocated` follows
 * CPython 3.11's list_resize over-allocation exactly, so sys.getsizeof
 * (56 + 8*allocated) matches, and the allocator model is told about the
 * item array's bytes (accountBytes) whenever `allocated` changes.
 * PyList_New(n) slots hold NULL_ITEM until filled with PyList_SET_ITEM.
 *
 * Invariants: the array is mutated in place (never shared); a DECREF that
 * may run arbitrary code happens only after the list is consistent again.
 *
 * Deallocation (list_dealloc): untrack, trashcan, release the items LAST
 * TO FIRST, free. Traversal visits the items last to first.
 */
import {
  PyGCObject,
  PyObject,
  TPFLAGS_BASETYPE,
  TPFLAGS_HAVE_GC,
  TPFLAGS_LIST_SUBCLASS,
  TPFLAGS_MATCH_SELF,
  TPFLAGS_SEQUENCE,
} from "../heap/object.js";
import {
  freelist,
  PyObject_GC_Del,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  _PyObject_GC_LinkUnrepresented,
  _PyObject_GC_UnlinkUnrepresented,
} from "../heap/gc.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, trashcanBegin, trashcanEnd, _Py_RefcntAdd } from "../heap/refcount.js";
import { _Py_CheckInterrupt } from "./eval-breaker.js";
import { accountBytes, heapCheck, itemsCheck } from "../heap/allocator.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import { Py_EQ } from "../bytecode/opcodes.js";
import { PyErr_Format, PyErr_NoMemory } from "./errors.js";
import { PyExc_IndexError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.js";
import { Py_NotImplemented, Py_None } from "./noneobject.js";
import { PyLongObject, PyLong_FromNumber } from "./longobject.js";
import { PyUnicode_FromString, reprString } from "./unicodeobject.js";
import { NULL_ITEM, PyTupleObject, PyTuple_Type, seqRichCompare, indexBounds } from "./tupleobject.js";
import { PySliceObject, PySlice_Unpack, PySlice_AdjustIndices } from "./sliceobject.js";
import { Py_GenericAlias } from "./genericaliasobject.js";
import { METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, METH_CLASS } from "./methoddef.js";
import { checkPositional, newArgParser, _PyArg_UnpackKeywords, _PyArg_NoKwnames } from "./getargs.js";
import {
  PyObject_RichCompareBool,
  Py_ReprEnter,
  Py_ReprLeave,
  PyNumber_AsSsize_t,
  PyIndex_Check,
  PyObject_GetIter,
  PyIter_Next,
  PyObject_IsTrue,
  PyObject_LengthHint,
} from "./abstract.js";
import { registerSequenceRepeat, registerLengthHint } from "./seqslots.js";
import { timsort, computeKeys } from "./listsort.js";
import { _PyEval_GetBuiltin, exhaustedIterReduce, seqIterReduce, setstateIndex } from "./iterreduce.js";

export class PyListObject extends PyGCObject {
  ob_item: PyObject[];
  allocated: number;
  constructor(type: PyTypeObject) {
    super(type, 40);
    this.ob_item = [];
    this.allocated = 0;
  }
}

function list_dealloc(self: PyObject): void {
  const l = self as PyListObject;
  PyObject_GC_UnTrack(l);
  if (!trashcanBegin(l)) return;
  const items = l.ob_item;
  l.ob_item = [];
  for (let i = items.length - 1; i >= 0; i--) {
    const x = items[i];
    if (x !== NULL_ITEM) Py_DECREF(x);
  }
  if (l.allocated !== 0) {
    accountBytes(-8 * l.allocated);
    l.allocated = 0;
  }
  PyObject_GC_Del(l);
  trashcanEnd();
}

export const PyList_Type: PyTypeObject = newStaticType(
  "list",
  40,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_LIST_SUBCLASS | TPFLAGS_SEQUENCE | TPFLAGS_MATCH_SELF,
  list_dealloc,
);
PyList_Type.tp_vectorcall = true; // list_vectorcall

/** Set the capacity, telling the allocator model about the change. */
function setAllocated(l: PyListObject, n: number): void {
  itemsCheck(n);
  const delta = n - l.allocated;
  if (delta !== 0) {
    accountBytes(8 * delta);
    l.allocated = n;
  }
}

/**
 * CPython 3.11's list_resize, for the capacity only: call it with the
 * size the list is about to have (the caller changes the array).
 */
function list_resize(l: PyListObject, newsize: number): void {
  const allocated = l.allocated;
  if (allocated >= newsize && newsize >= allocated >> 1) return;
  let newAllocated = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - l.ob_item.length > newAllocated - newsize) newAllocated = (newsize + 3) & ~3;
  if (newsize === 0) newAllocated = 0;
  setAllocated(l, newAllocated);
}

/** Capacity for exactly n items, rounded up to even (list_preallocate_exact). */
function list_preallocate_exact(l: PyListObject, n: number): void {
  heapCheck(8 * n);
  setAllocated(l, (n + 1) & ~1);
}

/** A new list with `n` unfilled slots (fill each with PyList_SET_ITEM). */
export function PyList_New(n: number): PyListObject {
  const l = new PyListObject(PyList_Type);
  if (n > 0) {
    heapCheck(8 * n);
    setAllocated(l, n);
    const items = l.ob_item;
    for (let i = 0; i < n; i++) items.push(NULL_ITEM);
  }
  PyObject_GC_Track(l);
  return l;
}

/** A new list holding new references to `items` (copied). */
export function _PyList_FromArray(items: readonly PyObject[]): PyListObject {
  const l = new PyListObject(PyList_Type);
  const n = items.length;
  if (n > 0) {
    setAllocated(l, n);
    const arr = l.ob_item;
    for (let i = 0; i < n; i++) {
      const x = items[i];
      x.ob_refcnt++;
      arr.push(x);
    }
  }
  PyObject_GC_Track(l);
  return l;
}

/** A new list that takes over `items` and their references (STOLEN). */
export function _PyList_FromArraySteal(items: PyObject[]): PyListObject {
  const l = new PyListObject(PyList_Type);
  if (items.length > 0) {
    setAllocated(l, items.length);
    l.ob_item = items;
  }
  PyObject_GC_Track(l);
  return l;
}

/**
 * The list stringlib's split functions leave behind (Objects/stringlib/
 * split.h): made with PyList_New(`prealloc`) slots, the first `prealloc`
 * parts stored in them, any further part appended, then the size set to
 * the parts' count without shrinking. Takes over `items` (STOLEN).
 */
export function _PyList_FromSplitParts(items: PyObject[], prealloc: number): PyListObject {
  const l = new PyListObject(PyList_Type);
  setAllocated(l, prealloc);
  if (items.length > prealloc) {
    // The appends after the preallocated slots, as PyList_Append makes them.
    const parts = l.ob_item;
    for (let i = 0; i < prealloc; i++) parts.push(items[i]);
    for (let i = prealloc; i < items.length; i++) _PyList_AppendTakeRef(l, items[i]);
  } else l.ob_item = items;
  PyObject_GC_Track(l);
  return l;
}

/** Store `v` at slot i. STEALS the reference; the slot's old value is
 *  not released (as CPython's macro). */
export function PyList_SET_ITEM(l: PyObject, i: number, v: PyObject): void {
  (l as PyListObject).ob_item[i] = v;
}

/** Borrowed reference to item i. */
export function PyList_GET_ITEM(l: PyObject, i: number): PyObject {
  return (l as PyListObject).ob_item[i];
}

export function PyList_GET_SIZE(l: PyObject): number {
  return (l as PyListObject).ob_item.length;
}

export function PyList_Check(o: PyObject): o is PyListObject {
  return o instanceof PyListObject;
}

export function PyList_CheckExact(o: PyObject): boolean {
  return o.ob_type === PyList_Type;
}

/** l.append(v): INCREFs v. */
export function PyList_Append(l: PyObject, v: PyObject): void {
  const list = l as PyListObject;
  const n = list.ob_item.length;
  if (n + 1 > list.allocated) list_resize(list, n + 1);
  v.ob_refcnt++;
  list.ob_item.push(v);
}

/** Append, taking over the caller's reference to v (STOLEN). */
export function _PyList_AppendTakeRef(l: PyListObject, v: PyObject): void {
  const n = l.ob_item.length;
  if (n + 1 > l.allocated) list_resize(l, n + 1);
  l.ob_item.push(v);
}

/** A new list with the items of `o` (list(o)). */
export function PySequence_List_impl(o: PyObject): PyListObject {
  const l = PyList_New(0);
  try {
    list_extend_impl(l, o);
  } catch (e) {
    Py_DECREF(l);
    throw e;
  }
  return l;
}

// ---------------------------------------------------------------- core ops

function spliceItems(arr: PyObject[], start: number, deleteCount: number, insert: readonly PyObject[]): void {
  if (insert.length < 8192) {
    arr.splice(start, deleteCount, ...insert);
    return;
  }
  const tail = arr.slice(start + deleteCount);
  arr.length = start;
  for (let i = 0; i < insert.length; i++) arr.push(insert[i]);
  for (let i = 0; i < tail.length; i++) arr.push(tail[i]);
}

/** _list_clear: empty the list first, then release the items last to first. */
function list_clear_internal(l: PyListObject): void {
  const items = l.ob_item;
  if (items.length === 0 && l.allocated === 0) return;
  l.ob_item = [];
  setAllocated(l, 0);
  for (let i = items.length - 1; i >= 0; i--) {
    const x = items[i];
    if (x !== NULL_ITEM) Py_DECREF(x);
  }
}

/**
 * list_ass_slice: replace a[ilow:ihigh] with the items of `v` (an array
 * of borrowed references, already a private copy) or delete when null.
 */
function list_ass_slice(a: PyListObject, ilow: number, ihigh: number, v: readonly PyObject[] | null): void {
  const size = a.ob_item.length;
  if (ilow < 0) ilow = 0;
  else if (ilow > size) ilow = size;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > size) ihigh = size;
  const n = v === null ? 0 : v.length;
  const norig = ihigh - ilow;
  const d = n - norig;
  if (size + d === 0) {
    list_clear_internal(a);
    return;
  }
  const recycle = a.ob_item.slice(ilow, ihigh);
  if (d < 0) {
    list_resize(a, size + d);
  } else if (d > 0) {
    heapCheck(8 * d);
    list_resize(a, size + d);
  }
  if (v !== null) for (let k = 0; k < n; k++) v[k].ob_refcnt++;
  spliceItems(a.ob_item, ilow, norig, v === null ? [] : v);
  for (let k = recycle.length - 1; k >= 0; k--) Py_DECREF(recycle[k]);
}

/** PySequence_Fast's items of `v` (new references): a list's or tuple's
 *  own, or, for any other iterable, those of the list PySequence_List
 *  makes of its iterator (`made`: that list, a GC object refpy does not
 *  represent, allocated after the iterator and freed by PySequence_FastRelease). */
export type FastItems = PyObject[] & { made?: boolean };

export function PySequence_Fast(v: PyObject, msg: string): FastItems {
  if (v.ob_type === PyList_Type || v.ob_type === PyTuple_Type) {
    const items = (v as PyListObject | PyTupleObject).ob_item.slice();
    for (const x of items) x.ob_refcnt++;
    return items;
  }
  let it: PyObject;
  try {
    it = PyObject_GetIter(v);
  } catch (e) {
    if (e instanceof PyObject && e.ob_type === PyExc_TypeError) {
      Py_DECREF(e);
      throw PyErr_Format(PyExc_TypeError, msg);
    }
    throw e;
  }
  const out: FastItems = [];
  try {
    _PyObject_GC_LinkUnrepresented(PyList_Type, 40);
    try {
      // PySequence_List(it): list_extend asks the iterator for a length
      // hint (a Python iterator's __length_hint__ runs) to size the list.
      const hint = PyObject_LengthHint(it, 8);
      if (hint > 0) heapCheck(8 * hint);
      for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) out.push(x);
    } catch (e) {
      PySequence_FastRelease(out);
      _PyObject_GC_UnlinkUnrepresented(PyList_Type, 40);
      throw e;
    }
  } finally {
    Py_DECREF(it);
  }
  out.made = true;
  return out;
}

/** Release what PySequence_Fast gave: the items, then the list it made. */
export function PySequence_FastRelease(items: FastItems): void {
  for (let i = items.length - 1; i >= 0; i--) Py_DECREF(items[i]);
  if (items.made === true) _PyObject_GC_UnlinkUnrepresented(PyList_Type, 40);
}

/** PyList_SetSlice: `a[ilow:ihigh] = v` (the items of an iterable), or
 *  `del a[ilow:ihigh]` when `v` is null. */
export function PyList_SetSlice(a: PyObject, ilow: number, ihigh: number, v: PyObject | null): void {
  if (v === null) {
    list_ass_slice(a as PyListObject, ilow, ihigh, null);
    return;
  }
  const items = PySequence_Fast(v, "can only assign an iterable");
  try {
    list_ass_slice(a as PyListObject, ilow, ihigh, items);
  } finally {
    PySequence_FastRelease(items);
  }
}

/** _PyList_Extend: LIST_EXTEND's `[*a, *b]` and list.extend. */
export function _PyList_Extend(self: PyObject, iterable: PyObject): void {
  list_extend_impl(self as PyListObject, iterable);
}

/** list.extend / list.__init__ body (CPython's list_extend). */
function list_extend_impl(self: PyListObject, iterable: PyObject): void {
  if (iterable instanceof PyListObject || iterable instanceof PyTupleObject) {
    const src = iterable.ob_item;
    const n = src.length;
    if (n === 0) return;
    const m = self.ob_item.length;
    // An empty list without an item array preallocates exactly (rounded to even).
    if (m === 0 && self.allocated === 0) list_preallocate_exact(self, n);
    heapCheck(8 * n);
    list_resize(self, m + n);
    // src may be self.ob_item: take the length first.
    for (let i = 0; i < n; i++) {
      const x = src[i];
      x.ob_refcnt++;
      self.ob_item.push(x);
    }
    return;
  }
  const it = PyObject_GetIter(iterable);
  try {
    // Guess the result's size; an empty list without an item array is
    // preallocated exactly, any other gets room (3.11's list_extend).
    const n = PyObject_LengthHint(iterable, 8);
    const m = self.ob_item.length;
    if (n > 0) {
      heapCheck(8 * n);
      if (m === 0 && self.allocated === 0) list_preallocate_exact(self, n);
      else list_resize(self, m + n);
    }
    for (;;) {
      const x = PyIter_Next(it);
      if (x === null) break;
      if (self.ob_item.length < self.allocated) self.ob_item.push(x);
      else _PyList_AppendTakeRef(self, x);
    }
    if (self.ob_item.length < self.allocated) list_resize(self, self.ob_item.length);
  } finally {
    Py_DECREF(it);
  }
}

// ---------------------------------------------------------------- slots

function list_repr(self: PyObject): PyObject {
  const l = self as PyListObject;
  if (l.ob_item.length === 0) return PyUnicode_FromString("[]");
  if (Py_ReprEnter(l)) return PyUnicode_FromString("[...]");
  try {
    const parts: string[] = [];
    for (let i = 0; i < l.ob_item.length; i++) {
      const x = l.ob_item[i];
      Py_INCREF(x);
      try {
        parts.push(reprString(x));
      } finally {
        Py_DECREF(x);
      }
    }
    return PyUnicode_FromString("[" + parts.join(", ") + "]");
  } finally {
    Py_ReprLeave(l);
  }
}

function list_length(self: PyObject): number {
  return (self as PyListObject).ob_item.length;
}

function list_contains(self: PyObject, el: PyObject): boolean {
  const l = self as PyListObject;
  for (let i = 0; i < l.ob_item.length; i++) {
    const item = l.ob_item[i];
    if (item === el) return true;
    Py_INCREF(item);
    try {
      if (PyObject_RichCompareBool(item, el, Py_EQ)) return true;
    } finally {
      Py_DECREF(item);
    }
  }
  return false;
}

function indexError(): never {
  throw PyErr_Format(PyExc_IndexError, "list index out of range");
}

function list_item(self: PyObject, i: number): PyObject {
  const items = (self as PyListObject).ob_item;
  if (i < 0 || i >= items.length) indexError();
  const x = items[i];
  x.ob_refcnt++;
  return x;
}

function list_subscript(self: PyObject, key: PyObject): PyObject {
  const l = self as PyListObject;
  const items = l.ob_item;
  if (key instanceof PyLongObject) {
    let i = key.big === null ? key.v : PyNumber_AsSsize_t(key, PyExc_IndexError);
    if (i < 0) i += items.length;
    return list_item(l, i);
  }
  if (key instanceof PySliceObject) {
    const [start0, stop0, step] = PySlice_Unpack(key);
    const [start, , len] = PySlice_AdjustIndices(items.length, start0, stop0, step);
    if (len <= 0) return PyList_New(0);
    if (step === 1) return _PyList_FromArray(items.slice(start, start + len));
    const out: PyObject[] = [];
    for (let k = 0, i = start; k < len; k++, i += step) out.push(items[i]);
    return _PyList_FromArray(out);
  }
  if (PyIndex_Check(key)) {
    let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
    if (i < 0) i += items.length;
    return list_item(l, i);
  }
  throw PyErr_Format(PyExc_TypeError, `list indices must be integers or slices, not ${key.ob_type.tp_name}`);
}

function list_ass_item(l: PyListObject, i: number, v: PyObject | null): void {
  const items = l.ob_item;
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) {
    throw PyErr_Format(PyExc_IndexError, "list assignment index out of range");
  }
  if (v === null) {
    list_ass_slice(l, i, i + 1, null);
    return;
  }
  const old = items[i];
  v.ob_refcnt++;
  items[i] = v;
  Py_DECREF(old);
}

function list_ass_subscript(self: PyObject, key: PyObject, value: PyObject | null): void {
  const l = self as PyListObject;
  if (key instanceof PyLongObject) {
    const i = key.big === null ? key.v : PyNumber_AsSsize_t(key, PyExc_IndexError);
    list_ass_item(l, i, value);
    return;
  }
  if (key instanceof PySliceObject) {
    const [start0, stop0, step] = PySlice_Unpack(key);
    const [start, stop, slicelength] = PySlice_AdjustIndices(l.ob_item.length, start0, stop0, step);
    if (step === 1) {
      if (value === null) {
        list_ass_slice(l, start, stop, null);
        return;
      }
      const seq = PySequence_Fast(value, "can only assign an iterable");
      try {
        list_ass_slice(l, start, stop, seq);
      } finally {
        PySequence_FastRelease(seq);
      }
      return;
    }
    if (value === null) {
      if (slicelength <= 0) return;
      // Delete an extended slice: compact, then release in slice order.
      const items = l.ob_item;
      let lo = start;
      let st = step;
      if (st < 0) {
        lo = start + st * (slicelength - 1);
        st = -st;
      }
      const garbage: PyObject[] = [];
      const kept: PyObject[] = [];
      for (let i = 0; i < items.length; i++) {
        if (i >= lo && (i - lo) % st === 0 && garbage.length < slicelength) garbage.push(items[i]);
        else kept.push(items[i]);
      }
      l.ob_item = kept;
      list_resize(l, kept.length);
      for (let i = 0; i < garbage.length; i++) Py_DECREF(garbage[i]);
      return;
    }
    const seq = PySequence_Fast(value, "must assign iterable to extended slice");
    try {
      if (seq.length !== slicelength) {
        throw PyErr_Format(
          PyExc_ValueError,
          `attempt to assign sequence of size ${seq.length} to extended slice of size ${slicelength}`,
        );
      }
      if (slicelength === 0) return;
      const items = l.ob_item;
      const garbage: PyObject[] = [];
      for (let k = 0, i = start; k < slicelength; k++, i += step) {
        garbage.push(items[i]);
        seq[k].ob_refcnt++;
        items[i] = seq[k];
      }
      for (let i = 0; i < garbage.length; i++) Py_DECREF(garbage[i]);
    } finally {
      PySequence_FastRelease(seq);
    }
    return;
  }
  if (PyIndex_Check(key)) {
    list_ass_item(l, PyNumber_AsSsize_t(key, PyExc_IndexError), value);
    return;
  }
  throw PyErr_Format(PyExc_TypeError, `list indices must be integers or slices, not ${key.ob_type.tp_name}`);
}

function list_concat(a: PyObject, b: PyObject): PyObject {
  if (!(b instanceof PyListObject)) {
    throw PyErr_Format(PyExc_TypeError, `can only concatenate list (not "${b.ob_type.tp_name}") to list`);
  }
  const x = (a as PyListObject).ob_item;
  const y = b.ob_item;
  itemsCheck(x.length + y.length);
  heapCheck(8 * (x.length + y.length));
  return _PyList_FromArray(x.concat(y));
}

/** Items list_repeat adds between two checks for limits and interrupts. */
const REPEAT_CHUNK = 1 << 16;

function list_repeat(self: PyObject, n: number): PyObject {
  const items = (self as PyListObject).ob_item;
  const len = items.length;
  if (n <= 0 || len === 0) return PyList_New(0);
  if (n > Number.MAX_SAFE_INTEGER / len / 8) throw PyErr_NoMemory();
  const size = len * n;
  itemsCheck(size);
  heapCheck(8 * size);
  const l = new PyListObject(PyList_Type);
  setAllocated(l, size);
  const out = l.ob_item;
  try {
    if (len === 1) {
      const x = items[0];
      for (let i = 0; i < n; i += REPEAT_CHUNK) {
        _Py_CheckInterrupt(REPEAT_CHUNK >> 6);
        const m = Math.min(REPEAT_CHUNK, n - i);
        _Py_RefcntAdd(x, m);
        for (let j = 0; j < m; j++) out.push(x);
      }
    } else {
      for (let k = 0; k < n; k++) {
        _Py_CheckInterrupt(1 + (len >> 6));
        for (let i = 0; i < len; i++) {
          const x = items[i];
          x.ob_refcnt++;
          out.push(x);
        }
      }
    }
  } catch (e) {
    // A limit or an interrupt: the copies made so far are the list's.
    Py_DECREF(l);
    throw e;
  }
  PyObject_GC_Track(l);
  return l;
}

function list_inplace_concat(self: PyObject, other: PyObject): PyObject {
  list_extend_impl(self as PyListObject, other);
  Py_INCREF(self);
  return self;
}

function list_inplace_repeat(self: PyObject, n: number): PyObject {
  const l = self as PyListObject;
  const items = l.ob_item;
  const len = items.length;
  if (len === 0 || n === 1) {
    Py_INCREF(l);
    return l;
  }
  if (n < 1) {
    list_clear_internal(l);
    Py_INCREF(l);
    return l;
  }
  if (len > Number.MAX_SAFE_INTEGER / n / 8) throw PyErr_NoMemory();
  heapCheck(8 * len * (n - 1));
  list_resize(l, len * n);
  for (let k = 1; k < n; k++) {
    // A limit or an interrupt leaves the copies made so far in the list.
    _Py_CheckInterrupt(1 + (len >> 6));
    for (let i = 0; i < len; i++) {
      const x = items[i];
      x.ob_refcnt++;
      items.push(x);
    }
  }
  Py_INCREF(l);
  return l;
}

function list_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!(v instanceof PyListObject) || !(w instanceof PyListObject)) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  return seqRichCompare(v.ob_item, w.ob_item, op);
}

function list_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const items = (self as PyListObject).ob_item;
  for (let i = items.length - 1; i >= 0; i--) {
    const x = items[i];
    if (x !== NULL_ITEM) visit(x);
  }
}

function list_tp_clear(self: PyObject): void {
  list_clear_internal(self as PyListObject);
}

function list_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  freelist.bypass = true; // tp_alloc, not the freelist
  const l = new PyListObject(type);
  PyObject_GC_Track(l);
  return l;
}

function list_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  if (self.ob_type === PyList_Type) _PyArg_NoKwnames("list", kwnames);
  checkPositional("list", args, kwnames, 0, 1);
  const l = self as PyListObject;
  if (l.ob_item.length > 0 || l.allocated > 0) list_clear_internal(l);
  if (args.length > 0) list_extend_impl(l, args[0]);
}

// ---------------------------------------------------------------- methods

function list_append(self: PyObject, arg: PyObject): PyObject {
  PyList_Append(self, arg);
  Py_None.ob_refcnt++;
  return Py_None;
}

/** l.insert(i, v): INCREFs v. */
export function PyList_Insert(l: PyListObject, where: number, v: PyObject): void {
  const n = l.ob_item.length;
  list_resize(l, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  v.ob_refcnt++;
  l.ob_item.splice(where, 0, v);
}

function list_insert(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("insert", args, kwnames, 2, 2);
  PyList_Insert(self as PyListObject, PyNumber_AsSsize_t(args[0], null), args[1]);
  Py_None.ob_refcnt++;
  return Py_None;
}

function list_extend(self: PyObject, arg: PyObject): PyObject {
  list_extend_impl(self as PyListObject, arg);
  Py_None.ob_refcnt++;
  return Py_None;
}

function list_pop(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("pop", args, kwnames, 0, 1);
  const l = self as PyListObject;
  const items = l.ob_item;
  if (items.length === 0) throw PyErr_Format(PyExc_IndexError, "pop from empty list");
  let i = args.length > 0 ? PyNumber_AsSsize_t(args[0], null) : -1;
  const n = items.length;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw PyErr_Format(PyExc_IndexError, "pop index out of range");
  const v = items[i];
  if (i === n - 1) {
    list_resize(l, n - 1);
    items.pop();
    return v; // the list's reference moves to the caller
  }
  v.ob_refcnt++;
  list_ass_slice(l, i, i + 1, null);
  return v;
}

function list_remove(self: PyObject, arg: PyObject): PyObject {
  const l = self as PyListObject;
  for (let i = 0; i < l.ob_item.length; i++) {
    const item = l.ob_item[i];
    Py_INCREF(item);
    let eq: boolean;
    try {
      eq = PyObject_RichCompareBool(item, arg, Py_EQ);
    } finally {
      Py_DECREF(item);
    }
    if (eq) {
      list_ass_slice(l, i, i + 1, null);
      Py_None.ob_refcnt++;
      return Py_None;
    }
  }
  throw PyErr_Format(PyExc_ValueError, "list.remove(x): x not in list");
}

function list_index(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("index", args, kwnames, 1, 3);
  const l = self as PyListObject;
  const [start, stop] = indexBounds(args, l.ob_item.length);
  for (let i = start; i < stop && i < l.ob_item.length; i++) {
    const item = l.ob_item[i];
    Py_INCREF(item);
    let eq: boolean;
    try {
      eq = PyObject_RichCompareBool(item, args[0], Py_EQ);
    } finally {
      Py_DECREF(item);
    }
    if (eq) return PyLong_FromNumber(i);
  }
  throw PyErr_Format(PyExc_ValueError, `${reprString(args[0])} is not in list`);
}

function list_count(self: PyObject, arg: PyObject): PyObject {
  const l = self as PyListObject;
  let n = 0;
  for (let i = 0; i < l.ob_item.length; i++) {
    const item = l.ob_item[i];
    if (item === arg) {
      n++;
      continue;
    }
    Py_INCREF(item);
    try {
      if (PyObject_RichCompareBool(item, arg, Py_EQ)) n++;
    } finally {
      Py_DECREF(item);
    }
  }
  return PyLong_FromNumber(n);
}

function list_clear(self: PyObject): PyObject {
  list_clear_internal(self as PyListObject);
  Py_None.ob_refcnt++;
  return Py_None;
}

function list_copy(self: PyObject): PyObject {
  return _PyList_FromArray((self as PyListObject).ob_item);
}

function list_reverse(self: PyObject): PyObject {
  (self as PyListObject).ob_item.reverse();
  Py_None.ob_refcnt++;
  return Py_None;
}

const sortParser = newArgParser("sort", ["key", "reverse"], 0, 0, 0);

/** list.sort(*, key=None, reverse=False) */
function list_sort(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyList_SortCall(self, args, kwnames);
  Py_None.ob_refcnt++;
  return Py_None;
}

/** The body of a list.sort call (vectorcall layout): the arguments
 *  parsed, then the sort. sorted() calls it for its new list. */
export function _PyList_SortCall(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const [key, rev] = _PyArg_UnpackKeywords(args, kwnames, sortParser, [null, null]);
  PyList_Sort(self as PyListObject, key === null || key === Py_None ? null : key, rev !== null && PyObject_IsTrue(rev));
}

/** Sort in place (list.sort semantics). */
export function PyList_Sort(l: PyListObject, keyfunc: PyObject | null, reverse: boolean): void {
  const saved = l.ob_item;
  const savedAllocated = l.allocated;
  // The list appears empty while sorting, as CPython's (allocated = -1).
  l.ob_item = [];
  l.allocated = -1;
  let keys: PyObject[] | null = null;
  let error: unknown = null;
  try {
    if (keyfunc !== null) keys = computeKeys(saved, keyfunc);
    if (reverse) {
      saved.reverse();
      if (keys !== null) keys.reverse();
    }
    if (keys !== null) timsort(keys, saved);
    else timsort(saved, null);
    if (reverse) saved.reverse();
  } catch (e) {
    error = e;
  }
  if (keys !== null) for (let i = keys.length - 1; i >= 0; i--) Py_DECREF(keys[i]);
  const modified = l.allocated !== -1;
  const final = l.ob_item;
  const finalAllocated = l.allocated;
  l.ob_item = saved;
  l.allocated = savedAllocated;
  if (finalAllocated > 0) accountBytes(-8 * finalAllocated);
  for (let i = final.length - 1; i >= 0; i--) Py_DECREF(final[i]);
  if (error !== null) throw error;
  if (modified) throw PyErr_Format(PyExc_ValueError, "list modified during sort");
}

function list_sizeof(self: PyObject): PyObject {
  return PyLong_FromNumber(self.ob_type.tp_basicsize + 8 * (self as PyListObject).allocated);
}

function list___reversed__(self: PyObject): PyObject {
  return new PyListRevIterObject(self as PyListObject);
}

PyList_Type.tp_methods = [
  { name: "__reversed__", meth: list___reversed__, flags: METH_NOARGS },
  { name: "__sizeof__", meth: list_sizeof, flags: METH_NOARGS },
  { name: "clear", meth: list_clear, flags: METH_NOARGS },
  { name: "copy", meth: list_copy, flags: METH_NOARGS },
  { name: "append", meth: list_append, flags: METH_O },
  { name: "insert", meth: list_insert, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "extend", meth: list_extend, flags: METH_O },
  { name: "pop", meth: list_pop, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "remove", meth: list_remove, flags: METH_O },
  { name: "index", meth: list_index, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "count", meth: list_count, flags: METH_O },
  { name: "reverse", meth: list_reverse, flags: METH_NOARGS },
  { name: "sort", meth: list_sort, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS },
];

// ---------------------------------------------------------------- iterators

/** list_iterator: holds a reference to the list until exhausted. */
export class PyListIterObject extends PyGCObject {
  it_index: number;
  it_seq: PyListObject | null;
  constructor(seq: PyListObject) {
    super(PyListIter_Type, 32);
    this.it_index = 0;
    seq.ob_refcnt++;
    this.it_seq = seq;
    PyObject_GC_Track(this);
  }
}

/** list_reverseiterator. */
export class PyListRevIterObject extends PyGCObject {
  it_index: number;
  it_seq: PyListObject | null;
  constructor(seq: PyListObject) {
    super(PyListRevIter_Type, 32);
    this.it_index = seq.ob_item.length - 1;
    seq.ob_refcnt++;
    this.it_seq = seq;
    PyObject_GC_Track(this);
  }
}

function listiter_dealloc(self: PyObject): void {
  const it = self as PyListIterObject;
  PyObject_GC_UnTrack(it);
  const seq = it.it_seq;
  it.it_seq = null;
  if (seq !== null) Py_DECREF(seq);
  PyObject_GC_Del(it);
}

function listiter_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const seq = (self as PyListIterObject).it_seq;
  if (seq !== null) visit(seq);
}

export const PyListIter_Type: PyTypeObject = newStaticType("list_iterator", 32, TPFLAGS_HAVE_GC, listiter_dealloc);
export const PyListRevIter_Type: PyTypeObject = newStaticType(
  "list_reverseiterator",
  32,
  TPFLAGS_HAVE_GC,
  listiter_dealloc,
);

function list_iter(self: PyObject): PyObject {
  return new PyListIterObject(self as PyListObject);
}

function listiter_next(self: PyObject): PyObject | null {
  const it = self as PyListIterObject;
  const seq = it.it_seq;
  if (seq === null) return null;
  const i = it.it_index;
  if (i < seq.ob_item.length) {
    it.it_index = i + 1;
    const x = seq.ob_item[i];
    x.ob_refcnt++;
    return x;
  }
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
}

function listreviter_next(self: PyObject): PyObject | null {
  const it = self as PyListRevIterObject;
  const seq = it.it_seq;
  if (seq === null) return null;
  const i = it.it_index;
  if (i >= 0 && i < seq.ob_item.length) {
    it.it_index = i - 1;
    const x = seq.ob_item[i];
    x.ob_refcnt++;
    return x;
  }
  it.it_index = -1;
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
}

function self_iter(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

function listiter_len(self: PyObject): number {
  const it = self as PyListIterObject;
  if (it.it_seq === null) return 0;
  return Math.max(0, it.it_seq.ob_item.length - it.it_index);
}

function listreviter_len(self: PyObject): number {
  const it = self as PyListRevIterObject;
  if (it.it_seq === null) return 0;
  const n = it.it_index + 1;
  return n < 0 || it.it_seq.ob_item.length < n ? 0 : n;
}

function listiter_length_hint(self: PyObject): PyObject {
  return PyLong_FromNumber(listiter_len(self));
}
function listreviter_length_hint(self: PyObject): PyObject {
  return PyLong_FromNumber(listreviter_len(self));
}

PyListIter_Type.tp_iter = self_iter;
PyListIter_Type.tp_iternext = listiter_next;
PyListIter_Type.tp_traverse = listiter_traverse;
PyListRevIter_Type.tp_iter = self_iter;
PyListRevIter_Type.tp_iternext = listreviter_next;
PyListRevIter_Type.tp_traverse = listiter_traverse;
/** listiter_reduce_general: (iter, (list,), index), (reversed, (list,),
 *  index), or (iter, ([],)) once exhausted. */
function listiter_reduce(self: PyObject): PyObject {
  const it = self as PyListIterObject;
  const iter = _PyEval_GetBuiltin("iter");
  if (it.it_seq !== null) return seqIterReduce(iter, it.it_seq, it.it_index);
  return exhaustedIterReduce(iter, PyList_New(0));
}
function listreviter_reduce(self: PyObject): PyObject {
  const it = self as PyListRevIterObject;
  if (it.it_seq !== null) return seqIterReduce(_PyEval_GetBuiltin("reversed"), it.it_seq, it.it_index);
  return exhaustedIterReduce(_PyEval_GetBuiltin("iter"), PyList_New(0));
}
function listiter_setstate(self: PyObject, state: PyObject): PyObject {
  const it = self as PyListIterObject;
  const n = it.it_seq === null ? 0 : it.it_seq.ob_item.length;
  const index = setstateIndex(state, 0, n);
  if (it.it_seq !== null) it.it_index = index;
  return Py_NewRef(Py_None);
}
function listreviter_setstate(self: PyObject, state: PyObject): PyObject {
  const it = self as PyListRevIterObject;
  const n = it.it_seq === null ? 0 : it.it_seq.ob_item.length;
  const index = setstateIndex(state, -1, n - 1);
  if (it.it_seq !== null) it.it_index = index;
  return Py_NewRef(Py_None);
}

PyListIter_Type.tp_methods = [
  { name: "__length_hint__", meth: listiter_length_hint, flags: METH_NOARGS },
  { name: "__reduce__", meth: listiter_reduce, flags: METH_NOARGS },
  { name: "__setstate__", meth: listiter_setstate, flags: METH_O },
];
PyListRevIter_Type.tp_methods = [
  { name: "__length_hint__", meth: listreviter_length_hint, flags: METH_NOARGS },
  { name: "__reduce__", meth: listreviter_reduce, flags: METH_NOARGS },
  { name: "__setstate__", meth: listreviter_setstate, flags: METH_O },
];
registerLengthHint(PyListIter_Type, listiter_len);
registerLengthHint(PyListRevIter_Type, listreviter_len);

PyList_Type.tp_repr = list_repr;
PyList_Type.tp_richcompare = list_richcompare;
PyList_Type.tp_traverse = list_traverse;
PyList_Type.tp_clear = list_tp_clear;
PyList_Type.tp_iter = list_iter;
PyList_Type.tp_new = list_new;
PyList_Type.tp_init = list_init;
PyList_Type.sq_length = list_length;
PyList_Type.sq_concat = list_concat;
PyList_Type.sq_item = list_item;
PyList_Type.sq_contains = list_contains;
PyList_Type.mp_length = list_length;
PyList_Type.mp_subscript = list_subscript;
PyList_Type.mp_ass_subscript = list_ass_subscript;
registerSequenceRepeat(PyList_Type, list_repeat, list_inplace_concat, list_inplace_repeat);
