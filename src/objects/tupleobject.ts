/**
 * `tuple`: CPython's Objects/tupleobject.c.
 *
 * Representation: `ob_item`, a JS array of owned references whose length
 * is the tuple's size. A tuple under construction (PyTuple_New) holds the
 * placeholder `Py_None`-free sentinel `NULL_ITEM` in unfilled slots; every
 * slot must be filled with PyTuple_SET_ITEM before the tuple escapes.
 *
 * The empty tuple is a static singleton. Tuples are GC objects, tracked at
 * creation; the collector may untrack a tuple whose items cannot be part
 * of a cycle (`_PyTuple_MaybeUntrack`), as 3.11 does.
 *
 * Deallocation (tupledealloc): untrack, enter the trashcan, release the
 * items LAST TO FIRST, free. Traversal visits items last to first too.
 *
 * Size: sys.getsizeof(t) == 40 + 8*len; the object's nbytes excludes the
 * 16-byte GC header: 24 + 8*len.
 */
import {
  PyGCObject,
  PyObject,
  TPFLAGS_BASETYPE,
  TPFLAGS_HAVE_GC,
  TPFLAGS_MATCH_SELF,
  TPFLAGS_SEQUENCE,
  TPFLAGS_TUPLE_SUBCLASS,
  GC_TRACKED,
} from "../heap/object.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack, _PyObject_IS_GC } from "../heap/gc.js";
import { Py_DECREF, Py_INCREF, trashcanBegin, trashcanEnd } from "../heap/refcount.js";
import { heapCheck, itemsCheck } from "../heap/allocator.js";
import { makeStatic, newStaticType, type PyTypeObject } from "./typeobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import { PyErr_Format, PyErr_NoMemory } from "./errors.js";
import { PyExc_IndexError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.js";
import { Py_NotImplemented } from "./noneobject.js";
import { PyLongObject, PyLong_FromNumber, richcompareResult, Py_True, Py_False } from "./longobject.js";
import { PyUnicode_FromString } from "./unicodeobject.js";
import { PySliceObject, PySlice_Unpack, PySlice_AdjustIndices } from "./sliceobject.js";
import { Py_GenericAlias } from "./genericaliasobject.js";
import { METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, METH_CLASS } from "./methoddef.js";
import { checkPositional } from "./getargs.js";
import {
  PyObject_Hash,
  PyObject_RichCompare,
  PyObject_RichCompareBool,
  PyObject_Repr,
  Py_ReprEnter,
  Py_ReprLeave,
  PyNumber_AsSsize_t,
  PyIndex_Check,
  PySequence_Tuple,
} from "./abstract.js";
import { registerSequenceRepeat } from "./seqslots.js";
import { seqiter_new_tuple } from "./iterobject.js";
import { hash64Mix, hashHi } from "./hashutil.js";

export class PyTupleObject extends PyGCObject {
  ob_item: PyObject[];
  /** Cached hash is not kept (CPython 3.11 does not cache tuple hashes). */
  constructor(type: PyTypeObject, items: PyObject[]) {
    super(type, 24 + 8 * items.length);
    this.ob_item = items;
  }
}

function tupledealloc(self: PyObject): void {
  const t = self as PyTupleObject;
  PyObject_GC_UnTrack(t);
  if (!trashcanBegin(t)) return;
  const items = t.ob_item;
  for (let i = items.length - 1; i >= 0; i--) {
    const x = items[i];
    if (x !== NULL_ITEM) Py_DECREF(x);
  }
  t.ob_item = EMPTY_ARRAY;
  PyObject_GC_Del(t);
  trashcanEnd();
}

const EMPTY_ARRAY: PyObject[] = [];

export const PyTuple_Type: PyTypeObject = newStaticType(
  "tuple",
  24,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_TUPLE_SUBCLASS | TPFLAGS_SEQUENCE | TPFLAGS_MATCH_SELF,
  tupledealloc,
  undefined,
  8,
);
PyTuple_Type.tp_vectorcall = true; // tuple_vectorcall

/** The placeholder in a slot not yet filled (CPython's NULL item). A
 *  static object of its own so no counted object is confused with it. */
export const NULL_ITEM: PyObject = makeStatic(new PyObject(PyTuple_Type, 16));

/** The empty tuple `()`, static. */
export const Py_EmptyTuple: PyTupleObject = (() => {
  const t = makeStatic(new PyTupleObject(PyTuple_Type, []));
  return t;
})();

/** A new tuple of `n` unfilled slots (fill each with PyTuple_SET_ITEM). */
export function PyTuple_New(n: number): PyTupleObject {
  if (n === 0) {
    Py_EmptyTuple.ob_refcnt++;
    return Py_EmptyTuple;
  }
  if (n > 1e7) {
    itemsCheck(n);
    heapCheck(8 * n);
  }
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) items.push(NULL_ITEM);
  const t = new PyTupleObject(PyTuple_Type, items);
  PyObject_GC_Track(t);
  return t;
}

/** Store `v` in slot i of a fresh tuple. STEALS the reference to `v`. */
export function PyTuple_SET_ITEM(t: PyObject, i: number, v: PyObject): void {
  (t as PyTupleObject).ob_item[i] = v;
}

/** Borrowed reference to item i. */
export function PyTuple_GET_ITEM(t: PyObject, i: number): PyObject {
  return (t as PyTupleObject).ob_item[i];
}

export function PyTuple_GET_SIZE(t: PyObject): number {
  return (t as PyTupleObject).ob_item.length;
}

/** A new tuple of the given items (INCREF'd). */
export function PyTuple_Pack(...items: PyObject[]): PyTupleObject {
  return _PyTuple_FromArray(items);
}

/** A new tuple holding new references to `items` (the array is copied). */
export function _PyTuple_FromArray(items: readonly PyObject[]): PyTupleObject {
  const n = items.length;
  if (n === 0) {
    Py_EmptyTuple.ob_refcnt++;
    return Py_EmptyTuple;
  }
  const arr: PyObject[] = [];
  for (let i = 0; i < n; i++) {
    const x = items[i];
    x.ob_refcnt++;
    arr.push(x);
  }
  const t = new PyTupleObject(PyTuple_Type, arr);
  PyObject_GC_Track(t);
  return t;
}

/** A new tuple that takes over the references in `items` (STOLEN); the
 *  array itself becomes the tuple's storage. */
export function _PyTuple_FromArraySteal(items: PyObject[]): PyTupleObject {
  if (items.length === 0) {
    Py_EmptyTuple.ob_refcnt++;
    return Py_EmptyTuple;
  }
  const t = new PyTupleObject(PyTuple_Type, items);
  PyObject_GC_Track(t);
  return t;
}

export function PyTuple_Check(o: PyObject): o is PyTupleObject {
  return o instanceof PyTupleObject;
}

export function PyTuple_CheckExact(o: PyObject): boolean {
  return o.ob_type === PyTuple_Type;
}

/** Untrack a tuple whose items cannot take part in a cycle (called by the
 *  collector, as 3.11's _PyTuple_MaybeUntrack). */
export function _PyTuple_MaybeUntrack(op: PyObject): void {
  const t = op as PyTupleObject;
  if ((t.gc_flags & GC_TRACKED) === 0) return;
  for (const x of t.ob_item) {
    if (x === NULL_ITEM) return;
    if (_PyObject_GC_MAY_BE_TRACKED(x)) return;
  }
  PyObject_GC_UnTrack(t);
}

/** CPython's _PyObject_GC_MAY_BE_TRACKED: could `obj` be part of a cycle? */
export function _PyObject_GC_MAY_BE_TRACKED(obj: PyObject): boolean {
  // PyObject_IS_GC: static type objects are not GC objects.
  if (!_PyObject_IS_GC(obj)) return false;
  if (obj.ob_type === PyTuple_Type) return ((obj as PyGCObject).gc_flags & GC_TRACKED) !== 0;
  return true;
}

// ---------------------------------------------------------------- slots

function tuplerepr(self: PyObject): PyObject {
  const t = self as PyTupleObject;
  const n = t.ob_item.length;
  if (n === 0) return PyUnicode_FromString("()");
  if (Py_ReprEnter(t)) return PyUnicode_FromString("(...)");
  try {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = PyObject_Repr(t.ob_item[i]);
      parts.push((r as unknown as { str: string }).str);
      Py_DECREF(r);
    }
    return PyUnicode_FromString(n === 1 ? `(${parts[0]},)` : `(${parts.join(", ")})`);
  } finally {
    Py_ReprLeave(t);
  }
}

/** CPython 3.11's tuplehash (xxHash-based), computed in 64 bits. */
function tuplehash(self: PyObject): number {
  const t = self as PyTupleObject;
  const items = t.ob_item;
  const his: number[] = [];
  const los: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const h = PyObject_Hash(items[i]);
    his.push(hashHi(h));
    los.push(h >>> 0);
  }
  return hash64Mix(his, los);
}

function tuplelength(self: PyObject): number {
  return (self as PyTupleObject).ob_item.length;
}

function tuplecontains(self: PyObject, el: PyObject): boolean {
  const items = (self as PyTupleObject).ob_item;
  for (let i = 0; i < items.length; i++) {
    if (PyObject_RichCompareBool(items[i], el, Py_EQ)) return true;
  }
  return false;
}

function tupleitem(self: PyObject, i: number): PyObject {
  const items = (self as PyTupleObject).ob_item;
  if (i < 0 || i >= items.length) throw PyErr_Format(PyExc_IndexError, "tuple index out of range");
  const x = items[i];
  x.ob_refcnt++;
  return x;
}

function tuplesubscript(self: PyObject, key: PyObject): PyObject {
  const t = self as PyTupleObject;
  const items = t.ob_item;
  if (key instanceof PyLongObject && key.big === null) {
    let i = key.v;
    if (i < 0) i += items.length;
    return tupleitem(t, i);
  }
  if (key instanceof PySliceObject) {
    const [start0, stop0, step] = PySlice_Unpack(key);
    const [start, , len] = PySlice_AdjustIndices(items.length, start0, stop0, step);
    if (len <= 0) {
      Py_EmptyTuple.ob_refcnt++;
      return Py_EmptyTuple;
    }
    if (start === 0 && step === 1 && len === items.length && t.ob_type === PyTuple_Type) {
      Py_INCREF(t);
      return t;
    }
    const out: PyObject[] = [];
    for (let k = 0, i = start; k < len; k++, i += step) {
      const x = items[i];
      x.ob_refcnt++;
      out.push(x);
    }
    return _PyTuple_FromArraySteal(out);
  }
  if (PyIndex_Check(key)) {
    let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
    if (i < 0) i += items.length;
    return tupleitem(t, i);
  }
  throw PyErr_Format(PyExc_TypeError, `tuple indices must be integers or slices, not ${key.ob_type.tp_name}`);
}

function tupleconcat(a: PyObject, b: PyObject): PyObject {
  if (!(b instanceof PyTupleObject)) {
    throw PyErr_Format(PyExc_TypeError, `can only concatenate tuple (not "${b.ob_type.tp_name}") to tuple`);
  }
  const x = a as PyTupleObject;
  if (b.ob_item.length === 0 && x.ob_type === PyTuple_Type) {
    Py_INCREF(x);
    return x;
  }
  if (x.ob_item.length === 0 && b.ob_type === PyTuple_Type) {
    Py_INCREF(b);
    return b;
  }
  itemsCheck(x.ob_item.length + b.ob_item.length);
  return _PyTuple_FromArray(x.ob_item.concat(b.ob_item));
}

function tuplerepeat(self: PyObject, n: number): PyObject {
  const t = self as PyTupleObject;
  const items = t.ob_item;
  if (n === 1 && t.ob_type === PyTuple_Type) {
    Py_INCREF(t);
    return t;
  }
  if (items.length === 0 || n <= 0) {
    Py_EmptyTuple.ob_refcnt++;
    return Py_EmptyTuple;
  }
  const total = items.length * n;
  if (total > Number.MAX_SAFE_INTEGER / 8) throw PyErr_NoMemory();
  itemsCheck(total);
  heapCheck(24 + 8 * total);
  const out: PyObject[] = [];
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      x.ob_refcnt++;
      out.push(x);
    }
  }
  return _PyTuple_FromArraySteal(out);
}

function tuplerichcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!(v instanceof PyTupleObject) || !(w instanceof PyTupleObject)) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  return seqRichCompare(v.ob_item, w.ob_item, op);
}

/** Lexicographic comparison of two item arrays, as tuplerichcompare and
 *  list_richcompare. The arrays are read live (a list may change). */
export function seqRichCompare(vi: PyObject[], wi: PyObject[], op: number): PyObject {
  if ((op === Py_EQ || op === Py_NE) && vi.length !== wi.length) {
    const r = op === Py_EQ ? Py_False : Py_True;
    r.ob_refcnt++;
    return r;
  }
  let i = 0;
  for (; i < vi.length && i < wi.length; i++) {
    const a = vi[i];
    const b = wi[i];
    if (a === b) continue;
    Py_INCREF(a);
    Py_INCREF(b);
    let eq: boolean;
    try {
      eq = PyObject_RichCompareBool(a, b, Py_EQ);
    } finally {
      Py_DECREF(a);
      Py_DECREF(b);
    }
    if (!eq) break;
  }
  if (i >= vi.length || i >= wi.length) {
    return richcompareResult(vi.length - wi.length, op);
  }
  if (op === Py_EQ) {
    Py_INCREF(Py_False);
    return Py_False;
  }
  if (op === Py_NE) {
    Py_INCREF(Py_True);
    return Py_True;
  }
  const a = vi[i];
  const b = wi[i];
  Py_INCREF(a);
  Py_INCREF(b);
  try {
    return PyObject_RichCompare(a, b, op);
  } finally {
    Py_DECREF(a);
    Py_DECREF(b);
  }
}

function tupletraverse(self: PyObject, visit: (child: PyObject) => void): void {
  const items = (self as PyTupleObject).ob_item;
  for (let i = items.length - 1; i >= 0; i--) {
    const x = items[i];
    if (x !== NULL_ITEM) visit(x);
  }
}

function tuple_iter(self: PyObject): PyObject {
  return seqiter_new_tuple(self as PyTupleObject);
}

function tuple_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (kwnames !== null && args.length > 0 && type === PyTuple_Type) {
    throw PyErr_Format(PyExc_TypeError, "tuple() takes no keyword arguments");
  }
  checkPositional("tuple", args, kwnames, 0, 1);
  let r: PyObject;
  if (args.length === 0) {
    Py_EmptyTuple.ob_refcnt++;
    r = Py_EmptyTuple;
  } else r = PySequence_Tuple(args[0]);
  if (type === PyTuple_Type) return r;
  const items = (r as PyTupleObject).ob_item;
  const sub = new PyTupleObject(type, items.slice());
  for (const x of items) x.ob_refcnt++;
  Py_DECREF(r);
  PyObject_GC_Track(sub);
  return sub;
}

// ---------------------------------------------------------------- methods

function tuple_index(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("index", args, kwnames, 1, 3);
  const items = (self as PyTupleObject).ob_item;
  const [start, stop] = indexBounds(args, items.length);
  for (let i = start; i < stop && i < items.length; i++) {
    if (PyObject_RichCompareBool(items[i], args[0], Py_EQ)) return PyLong_FromNumber(i);
  }
  throw PyErr_Format(PyExc_ValueError, "tuple.index(x): x not in tuple");
}

/** start/stop arguments of index(): clamped as CPython. */
export function indexBounds(args: PyObject[], n: number): [number, number] {
  let start = args.length > 1 ? PyNumber_AsSsize_t(args[1], null) : 0;
  let stop = args.length > 2 ? PyNumber_AsSsize_t(args[2], null) : Number.MAX_SAFE_INTEGER;
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = 0;
  }
  return [start, stop];
}

function tuple_count(self: PyObject, arg: PyObject): PyObject {
  const items = (self as PyTupleObject).ob_item;
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    if (PyObject_RichCompareBool(items[i], arg, Py_EQ)) n++;
  }
  return PyLong_FromNumber(n);
}

function tuple_getnewargs(self: PyObject): PyObject {
  const t = _PyTuple_FromArray((self as PyTupleObject).ob_item);
  const r = PyTuple_Pack(t);
  Py_DECREF(t);
  return r;
}

/** object.__sizeof__ for tuple: the type's basic size (a subtype's has a
 *  dict slot) plus 8 bytes an item. */
function tuple_sizeof(self: PyObject): PyObject {
  return PyLong_FromNumber(self.ob_type.tp_basicsize + 8 * (self as PyTupleObject).ob_item.length);
}

PyTuple_Type.tp_methods = [
  { name: "__getnewargs__", meth: tuple_getnewargs, flags: METH_NOARGS },
  { name: "index", meth: tuple_index, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "count", meth: tuple_count, flags: METH_O },
  { name: "__sizeof__", meth: tuple_sizeof, flags: METH_NOARGS },
  { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS },
];

PyTuple_Type.tp_repr = tuplerepr;
PyTuple_Type.tp_hash = tuplehash;
PyTuple_Type.tp_richcompare = tuplerichcompare;
PyTuple_Type.tp_traverse = tupletraverse;
PyTuple_Type.tp_iter = tuple_iter;
PyTuple_Type.tp_new = tuple_new;
PyTuple_Type.sq_length = tuplelength;
PyTuple_Type.sq_concat = tupleconcat;
PyTuple_Type.sq_item = tupleitem;
PyTuple_Type.sq_contains = tuplecontains;
PyTuple_Type.mp_length = tuplelength;
PyTuple_Type.mp_subscript = tuplesubscript;
registerSequenceRepeat(PyTuple_Type, tuplerepeat, null, null);
