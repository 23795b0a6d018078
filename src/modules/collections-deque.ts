/**
 * `collections.deque` and its two iterators: the deque half of CPython
 * 3.11's Modules/_collectionsmodule.c.
 *
 * Representation. CPython keeps a deque's items in a doubly linked list
 * of blocks of BLOCKLEN (64) slots: the first item is at `leftindex` of
 * the leftmost block, the last at `rightindex` of the rightmost, and every
 * block in between is full. Here the items live in one ring buffer
 * (`ob_item`, its length a power of two, the first item at `head`,
 * `ob_size` of them, unused slots null), and of the block list only
 * CPython's two indices are kept: `leftindex` and `rightindex` move
 * exactly as the C code moves them (the re-centring when the deque
 * empties, the start of extend at slot 1 and of extendleft at slot 62,
 * the block boundaries of rotate), so the number of blocks,
 * (leftindex + size + BLOCKLEN - 1) / BLOCKLEN, and `__sizeof__` with it,
 * are CPython's. A block is BLOCK_BYTES allocated apart from the object;
 * `newblock` and `freeblock` account for them in the allocator model, with
 * 3.11's per-deque cache of up to MAXFREEBLOCKS freed blocks, released by
 * the dealloc.
 *
 * Invariants: ob_size >= 0; every item slot holds an owned reference;
 * (leftindex + ob_size - 1) mod BLOCKLEN == rightindex; an empty deque has
 * leftindex == rightindex + 1. `state` counts the moves of the indices
 * (appends, pops, rotations, clears; not item assignment or reverse) as
 * CPython's does: the iterators and the searching methods compare it to
 * raise "deque mutated during iteration". Between two moves the ring's
 * layout does not change either, so an iterator keeps a position counted
 * from the left end.
 *
 * GC: deques and their iterators are tracked from creation. tp_traverse
 * visits the items left to right; tp_clear and the dealloc empty the
 * deque first and then release the items left to right (deque_clear), so
 * a `__del__` run by the release sees an empty deque. Unlike CPython's,
 * the dealloc goes through the trashcan, so a long chain of nested deques
 * cannot overflow the JavaScript stack (CPython's C stack is deeper than
 * the nesting any program builds).
 */
import { PyGCObject, type PyObject, MANAGED_DICT_PREHEADER, TPFLAGS_BASETYPE } from "../heap/object.js";
import { TPFLAGS_HAVE_GC, TPFLAGS_MANAGED_DICT, TPFLAGS_SEQUENCE } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, trashcanBegin, trashcanEnd } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { accountBytes, itemsCheck } from "../heap/allocator.js";
import { newStaticType, type PyTypeObject } from "../objects/typeobject.js";
import { Py_EQ, Py_GT, Py_LE, Py_LT, Py_NE } from "../bytecode/opcodes.js";
import { METH_CLASS, METH_FASTCALL, METH_NOARGS, METH_O } from "../objects/methoddef.js";
import {
  _PyArg_CheckPositional,
  _PyArg_UnpackKeywords,
  newArgParser,
  nonStaticParser,
  nkw,
} from "../objects/getargs.js";
import { PyErr_Format, PyErr_NoMemory } from "../objects/errors.js";
import {
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_RuntimeError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.js";
import { Py_None, Py_NotImplemented } from "../objects/noneobject.js";
import { PyBool_FromBool, PyLong_Check, PyLong_FromNumber, type PyLongObject } from "../objects/longobject.js";
import { PyUnicode_FromString, reprString } from "../objects/unicodeobject.js";
import { PyTuple_Pack } from "../objects/tupleobject.js";
import { Py_GenericAlias } from "../objects/genericaliasobject.js";
import { PyObject_ClearWeakRefs } from "../objects/weakrefobject.js";
import {
  PyIndex_Check,
  PyIter_Next,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  PyObject_GetIter,
  PyObject_RichCompareBool,
  PySequence_List,
  Py_ReprEnter,
  Py_ReprLeave,
} from "../objects/abstract.js";
import { registerLengthHint, registerSequenceRepeat } from "../objects/seqslots.js";
import { PyObject_Call, PyObject_CallOneArg } from "../objects/call.js";
import { _PyObject_LookupAttrString, PyObject_IsInstance, PyObject_TypeCheck } from "../objects/object.js";

const BLOCKLEN = 64;
const CENTER = (BLOCKLEN - 1) >> 1;
const MAXFREEBLOCKS = 16;
/** sizeof(block): the two links and BLOCKLEN item pointers. */
const BLOCK_BYTES = 16 + 8 * BLOCKLEN;
/** sizeof(dequeobject) in CPython 3.11 (its block cache included). */
const DEQUE_BASICSIZE = 216;
/** sizeof(dequeiterobject). */
const DEQUEITER_BASICSIZE = 56;
/** The ring's smallest length. */
const MIN_RING = 8;

export class DequeObject extends PyGCObject {
  /** The ring buffer: `ob_size` items from `head`, wrapping; other slots null. */
  ob_item: (PyObject | null)[];
  head: number;
  ob_size: number;
  /** CPython's indices into the leftmost and rightmost blocks. */
  leftindex: number;
  rightindex: number;
  state: number;
  /** -1 for an unbounded deque. */
  maxlen: number;
  /** Freed blocks kept for reuse (CPython 3.11's freeblocks array). */
  numfreeblocks: number;

  constructor(type: PyTypeObject) {
    const managed = (type.tp_flags & TPFLAGS_MANAGED_DICT) !== 0;
    super(type, type.tp_basicsize + (managed ? MANAGED_DICT_PREHEADER : 0));
    this.ob_item = emptyRing(MIN_RING);
    this.head = 0;
    this.ob_size = 0;
    this.leftindex = CENTER + 1;
    this.rightindex = CENTER;
    this.state = 0;
    this.maxlen = -1;
    this.numfreeblocks = 0;
  }
}

// ---------------------------------------------------------------- the ring

function emptyRing(n: number): (PyObject | null)[] {
  const a: (PyObject | null)[] = [];
  for (let i = 0; i < n; i++) a.push(null);
  return a;
}

/** Move the items into a ring of length `n` (>= ob_size), from slot 0. */
function resizeRing(d: DequeObject, n: number): void {
  itemsCheck(n);
  const old = d.ob_item;
  const mask = old.length - 1;
  const ring: (PyObject | null)[] = [];
  for (let i = 0; i < d.ob_size; i++) ring.push(old[(d.head + i) & mask]);
  for (let i = d.ob_size; i < n; i++) ring.push(null);
  d.ob_item = ring;
  d.head = 0;
}

/** Item i (0 = leftmost), borrowed. */
function itemAt(d: DequeObject, i: number): PyObject {
  const ring = d.ob_item;
  return ring[(d.head + i) & (ring.length - 1)]!;
}

function pushRight(d: DequeObject, v: PyObject): void {
  if (d.ob_size === d.ob_item.length) resizeRing(d, 2 * d.ob_size);
  const ring = d.ob_item;
  ring[(d.head + d.ob_size) & (ring.length - 1)] = v;
  d.ob_size++;
}

function pushLeft(d: DequeObject, v: PyObject): void {
  if (d.ob_size === d.ob_item.length) resizeRing(d, 2 * d.ob_size);
  const ring = d.ob_item;
  d.head = (d.head - 1) & (ring.length - 1);
  ring[d.head] = v;
  d.ob_size++;
}

function popRight(d: DequeObject): PyObject {
  const ring = d.ob_item;
  d.ob_size--;
  const i = (d.head + d.ob_size) & (ring.length - 1);
  const v = ring[i]!;
  ring[i] = null;
  shrinkRing(d);
  return v;
}

function popLeft(d: DequeObject): PyObject {
  const ring = d.ob_item;
  const v = ring[d.head]!;
  ring[d.head] = null;
  d.head = (d.head + 1) & (ring.length - 1);
  d.ob_size--;
  shrinkRing(d);
  return v;
}

/** Halve a ring that is at most a quarter full (never below 64 slots). */
function shrinkRing(d: DequeObject): void {
  const n = d.ob_item.length;
  if (n > 64 && d.ob_size * 4 <= n) resizeRing(d, n >> 1);
}

// ---------------------------------------------------------------- blocks

/** newblock: a block from the deque's cache, else a new allocation (which
 *  may raise MemoryError). */
function newblock(d: DequeObject): void {
  if (d.numfreeblocks > 0) d.numfreeblocks--;
  else accountBytes(BLOCK_BYTES);
}

/** freeblock: into the cache while it has room, else freed. */
function freeblock(d: DequeObject): void {
  if (d.numfreeblocks < MAXFREEBLOCKS) d.numfreeblocks++;
  else accountBytes(-BLOCK_BYTES);
}

// ---------------------------------------------------------------- the type

function deque_dealloc(self: PyObject): void {
  const d = self as DequeObject;
  PyObject_GC_UnTrack(d);
  if (!trashcanBegin(d)) return;
  if (d.weakreflist !== null) PyObject_ClearWeakRefs(d);
  deque_clear(d);
  freeblock(d);
  accountBytes(-BLOCK_BYTES * d.numfreeblocks);
  d.numfreeblocks = 0;
  PyObject_GC_Del(d);
  trashcanEnd();
}

export const PyDeque_Type: PyTypeObject = newStaticType(
  "collections.deque",
  DEQUE_BASICSIZE,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_SEQUENCE,
  deque_dealloc,
);
PyDeque_Type.tp_weakrefable = true;
PyDeque_Type.tp_doc =
  "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.";

function D(o: PyObject): DequeObject {
  return o as DequeObject;
}

function deque_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  // The first block is allocated with the object (numfreeblocks is 0).
  accountBytes(BLOCK_BYTES);
  const d = new DequeObject(type);
  PyObject_GC_Track(d);
  return d;
}

/** A new, empty, unbounded `collections.deque`. */
export function PyDeque_New(): DequeObject {
  return deque_new(PyDeque_Type, [], null) as DequeObject;
}

function deque_pop(self: PyObject): PyObject {
  const d = D(self);
  if (d.ob_size === 0) throw PyErr_Format(PyExc_IndexError, "pop from an empty deque");
  const item = popRight(d);
  d.rightindex--;
  d.state++;
  if (d.rightindex < 0) {
    if (d.ob_size > 0) {
      freeblock(d);
      d.rightindex = BLOCKLEN - 1;
    } else {
      // re-center instead of freeing a block
      d.leftindex = CENTER + 1;
      d.rightindex = CENTER;
    }
  }
  return item;
}

function deque_popleft(self: PyObject): PyObject {
  const d = D(self);
  if (d.ob_size === 0) throw PyErr_Format(PyExc_IndexError, "pop from an empty deque");
  const item = popLeft(d);
  d.leftindex++;
  d.state++;
  if (d.leftindex === BLOCKLEN) {
    if (d.ob_size > 0) {
      freeblock(d);
      d.leftindex = 0;
    } else {
      d.leftindex = CENTER + 1;
      d.rightindex = CENTER;
    }
  }
  return item;
}

/** NEEDS_TRIM: 0 <= maxlen < size. */
function needsTrim(d: DequeObject, maxlen: number): boolean {
  return maxlen >= 0 && maxlen < d.ob_size;
}

/**
 * deque_append_internal: add `item` (a reference the deque takes over) on
 * the right, then pop from the left if that passes `maxlen`. A MemoryError
 * from the new block is raised before the item is taken.
 */
function append_internal(d: DequeObject, item: PyObject, maxlen: number): void {
  if (d.rightindex === BLOCKLEN - 1) {
    newblock(d);
    d.rightindex = -1;
  }
  pushRight(d, item);
  d.rightindex++;
  if (needsTrim(d, maxlen)) Py_DECREF(deque_popleft(d));
  else d.state++;
}

/** deque_appendleft_internal (trims against the deque's own maxlen, as CPython). */
function appendleft_internal(d: DequeObject, item: PyObject): void {
  if (d.leftindex === 0) {
    newblock(d);
    d.leftindex = BLOCKLEN;
  }
  pushLeft(d, item);
  d.leftindex--;
  if (needsTrim(d, d.maxlen)) Py_DECREF(deque_pop(d));
  else d.state++;
}

function deque_append(self: PyObject, item: PyObject): PyObject {
  const d = D(self);
  appendTakeRef(d, Py_NewRef(item), d.maxlen, false);
  return Py_NewRef(Py_None);
}

function deque_appendleft(self: PyObject, item: PyObject): PyObject {
  const d = D(self);
  appendTakeRef(d, Py_NewRef(item), d.maxlen, true);
  return Py_NewRef(Py_None);
}

/** Append `item`, taking over the caller's reference (released if the
 *  append fails: only the new block's allocation can). */
function appendTakeRef(d: DequeObject, item: PyObject, maxlen: number, left: boolean): void {
  try {
    if (left) appendleft_internal(d, item);
    else append_internal(d, item, maxlen);
  } catch (e) {
    Py_DECREF(item);
    throw e;
  }
}

/** deque_extend / deque_extendleft. */
function extendImpl(d: DequeObject, iterable: PyObject, left: boolean): void {
  if (iterable === d) {
    // id(deque) == id(iterable): extend with a copy.
    const s = PySequence_List(iterable);
    try {
      extendImpl(d, s, left);
    } finally {
      Py_DECREF(s);
    }
    return;
  }
  const it = PyObject_GetIter(iterable);
  try {
    const maxlen = d.maxlen;
    if (maxlen === 0) {
      // consume_iterator
      for (let item = PyIter_Next(it); item !== null; item = PyIter_Next(it)) Py_DECREF(item);
      return;
    }
    // Space saving heuristic: an empty deque fills from one end of its block.
    if (d.ob_size === 0) {
      d.leftindex = left ? BLOCKLEN - 1 : 1;
      d.rightindex = left ? BLOCKLEN - 2 : 0;
    }
    for (let item = PyIter_Next(it); item !== null; item = PyIter_Next(it)) appendTakeRef(d, item, maxlen, left);
  } finally {
    Py_DECREF(it);
  }
}

function deque_extend(self: PyObject, iterable: PyObject): PyObject {
  extendImpl(D(self), iterable, false);
  return Py_NewRef(Py_None);
}

function deque_extendleft(self: PyObject, iterable: PyObject): PyObject {
  extendImpl(D(self), iterable, true);
  return Py_NewRef(Py_None);
}

function deque_inplace_concat(self: PyObject, other: PyObject): PyObject {
  extendImpl(D(self), other, false);
  return Py_NewRef(self);
}

function deque_copy(self: PyObject): PyObject {
  const old = D(self);
  const type = old.ob_type;
  if (type === PyDeque_Type) {
    const d = D(deque_new(PyDeque_Type, [], null));
    d.maxlen = old.maxlen;
    try {
      // The common case of deque_repeat, a deque of one item, appends it.
      if (old.ob_size === 1) appendTakeRef(d, Py_NewRef(itemAt(old, 0)), d.maxlen, false);
      else extendImpl(d, old, false);
    } catch (e) {
      Py_DECREF(d);
      throw e;
    }
    return d;
  }
  let result: PyObject;
  if (old.maxlen < 0) {
    result = PyObject_CallOneArg(type, old);
  } else {
    const maxlen = PyLong_FromNumber(old.maxlen);
    try {
      result = PyObject_Call(type, [old, maxlen], null);
    } finally {
      Py_DECREF(maxlen);
    }
  }
  if (!PyObject_TypeCheck(result, PyDeque_Type)) {
    const name = result.ob_type.tp_name;
    Py_DECREF(result);
    throw PyErr_Format(PyExc_TypeError, `${type.tp_name}() must return a deque, not ${name}`);
  }
  return result;
}

function deque_concat(self: PyObject, other: PyObject): PyObject {
  if (!PyObject_IsInstance(other, PyDeque_Type)) {
    throw PyErr_Format(PyExc_TypeError, `can only concatenate deque (not "${other.ob_type.tp_name}") to deque`);
  }
  const d = deque_copy(self);
  try {
    extendImpl(D(d), other, false);
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
  return d;
}

/**
 * deque_clear: make the deque empty first (a fresh block, re-centred
 * indices), then release the old items left to right, freeing each old
 * block once its items are released. Without memory for the fresh block,
 * CPython's alternate method pops the items one by one from the right.
 */
function deque_clear(d: DequeObject): void {
  const n = d.ob_size;
  if (n === 0) return;
  try {
    newblock(d);
  } catch (e) {
    Py_DECREF(e as PyObject);
    while (d.ob_size > 0) Py_DECREF(deque_pop(d));
    return;
  }
  const ring = d.ob_item;
  const mask = ring.length - 1;
  const head = d.head;
  const leftindex = d.leftindex;
  d.ob_item = emptyRing(MIN_RING);
  d.head = 0;
  d.ob_size = 0;
  d.leftindex = CENTER + 1;
  d.rightindex = CENTER;
  d.state++;
  for (let k = 0; k < n; k++) {
    if (k > 0 && (leftindex + k) % BLOCKLEN === 0) freeblock(d);
    const item = ring[(head + k) & mask]!;
    ring[(head + k) & mask] = null;
    Py_DECREF(item);
  }
  freeblock(d);
}

function deque_clearmethod(self: PyObject): PyObject {
  deque_clear(D(self));
  return Py_NewRef(Py_None);
}

function deque_inplace_repeat(self: PyObject, n: number): PyObject {
  const d = D(self);
  const size = d.ob_size;
  if (size === 0 || n === 1) return Py_NewRef(d);
  if (n <= 0) {
    deque_clear(d);
    return Py_NewRef(d);
  }
  if (size === 1) {
    // The common case: repeating a single element.
    const item = itemAt(d, 0);
    if (d.maxlen >= 0 && n > d.maxlen) n = d.maxlen;
    itemsCheck(n);
    d.state++;
    for (let i = 0; i < n - 1; ) {
      if (d.rightindex === BLOCKLEN - 1) {
        newblock(d);
        d.rightindex = -1;
      }
      let m = n - 1 - i;
      if (m > BLOCKLEN - 1 - d.rightindex) m = BLOCKLEN - 1 - d.rightindex;
      i += m;
      while (m-- > 0) {
        d.rightindex++;
        Py_INCREF(item);
        pushRight(d, item);
      }
    }
    return Py_NewRef(d);
  }
  if (size > Number.MAX_SAFE_INTEGER / n) throw PyErr_NoMemory();
  const seq = PySequence_List(d);
  try {
    // Fewer repetitions when maxlen would be exceeded.
    if (d.maxlen >= 0 && n * size > d.maxlen) n = Math.floor((d.maxlen + size - 1) / size);
    itemsCheck(n * size);
    for (let i = 0; i < n - 1; i++) extendImpl(d, seq, false);
  } finally {
    Py_DECREF(seq);
  }
  return Py_NewRef(d);
}

function deque_repeat(self: PyObject, n: number): PyObject {
  const d = deque_copy(self);
  try {
    return deque_inplace_repeat(d, n);
  } finally {
    Py_DECREF(d);
  }
}

/** Move `m` items from the right end to the left end (their order kept). */
function ringRotateRight(d: DequeObject, m: number): void {
  const ring = d.ob_item;
  const mask = ring.length - 1;
  for (let k = 0; k < m; k++) {
    const last = (d.head + d.ob_size - 1) & mask;
    const v = ring[last];
    ring[last] = null;
    d.head = (d.head - 1) & mask;
    ring[d.head] = v;
  }
}

/** Move `m` items from the left end to the right end. */
function ringRotateLeft(d: DequeObject, m: number): void {
  const ring = d.ob_item;
  const mask = ring.length - 1;
  for (let k = 0; k < m; k++) {
    const v = ring[d.head];
    ring[d.head] = null;
    d.head = (d.head + 1) & mask;
    ring[(d.head + d.ob_size - 1) & mask] = v;
  }
}

/**
 * _deque_rotate: rotate `n` steps to the right (left when negative), by
 * the shorter way round, moving at most a block's worth of items at a
 * time and keeping at most one spare block, as CPython does (so the
 * indices, and the blocks allocated and freed, are CPython's).
 */
function _deque_rotate(d: DequeObject, n: number): void {
  const len = d.ob_size;
  const halflen = len >> 1;
  if (len <= 1) return;
  if (n > halflen || n < -halflen) {
    n %= len;
    if (n > halflen) n -= len;
    else if (n < -halflen) n += len;
  }
  let spare = false;
  let leftindex = d.leftindex;
  let rightindex = d.rightindex;
  d.state++;
  try {
    while (n > 0) {
      if (leftindex === 0) {
        if (!spare) newblock(d);
        spare = false;
        leftindex = BLOCKLEN;
      }
      let m = n;
      if (m > rightindex + 1) m = rightindex + 1;
      if (m > leftindex) m = leftindex;
      rightindex -= m;
      leftindex -= m;
      n -= m;
      ringRotateRight(d, m);
      if (rightindex < 0) {
        spare = true;
        rightindex = BLOCKLEN - 1;
      }
    }
    while (n < 0) {
      if (rightindex === BLOCKLEN - 1) {
        if (!spare) newblock(d);
        spare = false;
        rightindex = -1;
      }
      let m = -n;
      if (m > BLOCKLEN - leftindex) m = BLOCKLEN - leftindex;
      if (m > BLOCKLEN - 1 - rightindex) m = BLOCKLEN - 1 - rightindex;
      leftindex += m;
      rightindex += m;
      n += m;
      ringRotateLeft(d, m);
      if (leftindex === BLOCKLEN) {
        spare = true;
        leftindex = 0;
      }
    }
  } finally {
    if (spare) freeblock(d);
    d.leftindex = leftindex;
    d.rightindex = rightindex;
  }
}

/** PyLong_AsSsize_t of an int: OverflowError beyond Py_ssize_t. */
function longAsSsize(o: PyLongObject): number {
  if (o.big === null) return o.v;
  if (o.big >= -(2n ** 63n) && o.big < 2n ** 63n) return Number(o.big);
  throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
}

/** The "n" converter of PyArg_Parse*: an index as a Py_ssize_t. */
function ssizeArg(o: PyObject): number {
  const i = PyNumber_Index(o) as PyLongObject;
  try {
    return longAsSsize(i);
  } finally {
    Py_DECREF(i);
  }
}

/** _PyEval_SliceIndexNotNone: a start or stop bound, clipped to Py_ssize_t. */
function sliceIndexArg(o: PyObject): number {
  if (!PyIndex_Check(o)) {
    throw PyErr_Format(PyExc_TypeError, "slice indices must be integers or have an __index__ method");
  }
  return PyNumber_AsSsize_t(o, null);
}

/** PyArg_ParseStack's count check: "NAME() takes at least 1 argument (0 given)". */
function parseStackCount(fname: string, nargs: number, min: number, max: number): void {
  if (nargs >= min && nargs <= max) return;
  const bound = nargs < min ? min : max;
  const how = min === max ? "exactly" : nargs < min ? "at least" : "at most";
  throw PyErr_Format(
    PyExc_TypeError,
    `${fname}() takes ${how} ${bound} argument${bound === 1 ? "" : "s"} (${nargs} given)`,
  );
}

function deque_rotate(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("deque.rotate", args.length, 0, 1);
  _deque_rotate(D(self), args.length > 0 ? ssizeArg(args[0]) : 1);
  return Py_NewRef(Py_None);
}

function deque_reverse(self: PyObject): PyObject {
  const d = D(self);
  const ring = d.ob_item;
  const mask = ring.length - 1;
  for (let i = 0, j = d.ob_size - 1; i < j; i++, j--) {
    const a = (d.head + i) & mask;
    const b = (d.head + j) & mask;
    const tmp = ring[a];
    ring[a] = ring[b];
    ring[b] = tmp;
  }
  return Py_NewRef(Py_None);
}

function mutatedError(type: PyTypeObject): PyObject {
  return PyErr_Format(type, "deque mutated during iteration");
}

function deque_count(self: PyObject, v: PyObject): PyObject {
  const d = D(self);
  const n = d.ob_size;
  const startState = d.state;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const item = Py_NewRef(itemAt(d, i));
    let cmp: boolean;
    try {
      cmp = PyObject_RichCompareBool(item, v, Py_EQ);
    } finally {
      Py_DECREF(item);
    }
    if (cmp) count++;
    if (startState !== d.state) throw mutatedError(PyExc_RuntimeError);
  }
  return PyLong_FromNumber(count);
}

function deque_contains(self: PyObject, v: PyObject): boolean {
  const d = D(self);
  const n = d.ob_size;
  const startState = d.state;
  for (let i = 0; i < n; i++) {
    const item = Py_NewRef(itemAt(d, i));
    let cmp: boolean;
    try {
      cmp = PyObject_RichCompareBool(item, v, Py_EQ);
    } finally {
      Py_DECREF(item);
    }
    if (cmp) return true;
    if (startState !== d.state) throw mutatedError(PyExc_RuntimeError);
  }
  return false;
}

function deque_len(self: PyObject): number {
  return D(self).ob_size;
}

/** deque.index(value, [start, [stop]]). The item is held while it is
 *  compared (CPython borrows it), so an `__eq__` that empties the deque
 *  cannot free it mid-comparison. */
function deque_index(self: PyObject, args: PyObject[]): PyObject {
  const d = D(self);
  parseStackCount("index", args.length, 1, 3);
  const v = args[0];
  let start = args.length > 1 ? sliceIndexArg(args[1]) : 0;
  let stop = args.length > 2 ? sliceIndexArg(args[2]) : d.ob_size;
  const size = d.ob_size;
  const startState = d.state;
  if (start < 0) {
    start += size;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += size;
    if (stop < 0) stop = 0;
  }
  if (stop > size) stop = size;
  if (start > stop) start = stop;
  for (let i = start; i < stop; i++) {
    const item = Py_NewRef(itemAt(d, i));
    let cmp: boolean;
    try {
      cmp = PyObject_RichCompareBool(item, v, Py_EQ);
    } finally {
      Py_DECREF(item);
    }
    if (cmp) return PyLong_FromNumber(i);
    if (startState !== d.state) throw mutatedError(PyExc_RuntimeError);
  }
  throw PyErr_Format(PyExc_ValueError, `${reprString(v)} is not in deque`);
}

/* insert(), remove() and del d[i] work by rotating the place to an end
 * and back, as CPython's do. */

function deque_insert(self: PyObject, args: PyObject[]): PyObject {
  const d = D(self);
  parseStackCount("insert", args.length, 2, 2);
  const index = ssizeArg(args[0]);
  const value = args[1];
  const n = d.ob_size;
  if (d.maxlen === n) throw PyErr_Format(PyExc_IndexError, "deque already at its maximum size");
  if (index >= n) return deque_append(d, value);
  if (index <= -n || index === 0) return deque_appendleft(d, value);
  _deque_rotate(d, -index);
  Py_DECREF(index < 0 ? deque_append(d, value) : deque_appendleft(d, value));
  _deque_rotate(d, index);
  return Py_NewRef(Py_None);
}

function deque_item(self: PyObject, i: number): PyObject {
  const d = D(self);
  if (i < 0 || i >= d.ob_size) throw PyErr_Format(PyExc_IndexError, "deque index out of range");
  return Py_NewRef(itemAt(d, i));
}

function deque_del_item(d: DequeObject, i: number): void {
  _deque_rotate(d, -i);
  const item = deque_popleft(d);
  try {
    _deque_rotate(d, i);
  } finally {
    Py_DECREF(item);
  }
}

function deque_remove(self: PyObject, value: PyObject): PyObject {
  const d = D(self);
  const n = d.ob_size;
  const startState = d.state;
  let i = 0;
  for (; i < n; i++) {
    const item = Py_NewRef(itemAt(d, i));
    let cmp: boolean;
    try {
      cmp = PyObject_RichCompareBool(item, value, Py_EQ);
    } finally {
      Py_DECREF(item);
    }
    if (startState !== d.state) throw mutatedError(PyExc_IndexError);
    if (cmp) break;
  }
  if (i === n) throw PyErr_Format(PyExc_ValueError, `${reprString(value)} is not in deque`);
  deque_del_item(d, i);
  return Py_NewRef(Py_None);
}

function deque_ass_item(d: DequeObject, i: number, v: PyObject | null): void {
  if (i < 0 || i >= d.ob_size) throw PyErr_Format(PyExc_IndexError, "deque index out of range");
  if (v === null) {
    deque_del_item(d, i);
    return;
  }
  const ring = d.ob_item;
  const slot = (d.head + i) & (ring.length - 1);
  const old = ring[slot]!;
  ring[slot] = Py_NewRef(v);
  Py_DECREF(old);
}

/**
 * `d[i] = v` and `del d[i]`: PyObject_SetItem's sequence path (CPython's
 * deque has sq_ass_item only): the index made an int, counted from the
 * end when negative.
 */
function deque_ass_subscript(self: PyObject, key: PyObject, value: PyObject | null): void {
  const d = D(self);
  if (!PyIndex_Check(key)) {
    throw PyErr_Format(PyExc_TypeError, `sequence index must be integer, not '${key.ob_type.tp_name}'`);
  }
  let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
  if (i < 0) i += d.ob_size;
  deque_ass_item(d, i, value);
}

function deque_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const d = D(self);
  for (let i = 0; i < d.ob_size; i++) visit(itemAt(d, i));
}

function deque_tp_clear(self: PyObject): void {
  deque_clear(D(self));
}

/** (type, (), state, iterator), or (type, ((), maxlen), state, iterator);
 *  state is the instance `__dict__`, None without one. */
function deque_reduce(self: PyObject): PyObject {
  const d = D(self);
  const dict = _PyObject_LookupAttrString(d, "__dict__") ?? Py_NewRef(Py_None);
  let it: PyObject;
  try {
    it = PyObject_GetIter(d);
  } catch (e) {
    Py_DECREF(dict);
    throw e;
  }
  let args: PyObject;
  if (d.maxlen < 0) {
    args = PyTuple_Pack();
  } else {
    const empty = PyTuple_Pack();
    const maxlen = PyLong_FromNumber(d.maxlen);
    args = PyTuple_Pack(empty, maxlen);
    Py_DECREF(empty);
    Py_DECREF(maxlen);
  }
  const result = PyTuple_Pack(d.ob_type, args, dict, it);
  Py_DECREF(args);
  Py_DECREF(dict);
  Py_DECREF(it);
  return result;
}

/** The type's name without its module (_PyType_Name). */
function shortName(t: PyTypeObject): string {
  const dot = t.tp_name.lastIndexOf(".");
  return dot < 0 ? t.tp_name : t.tp_name.slice(dot + 1);
}

function deque_repr(self: PyObject): PyObject {
  const d = D(self);
  if (Py_ReprEnter(d)) return PyUnicode_FromString("[...]");
  try {
    const aslist = PySequence_List(d);
    try {
      const items = reprString(aslist);
      const name = shortName(d.ob_type);
      return PyUnicode_FromString(d.maxlen >= 0 ? `${name}(${items}, maxlen=${d.maxlen})` : `${name}(${items})`);
    } finally {
      Py_DECREF(aslist);
    }
  } finally {
    Py_ReprLeave(d);
  }
}

/** Compare item by item through the two deques' iterators (as CPython
 *  does): the first unequal pair decides, else the lengths. */
function deque_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!PyObject_TypeCheck(v, PyDeque_Type) || !PyObject_TypeCheck(w, PyDeque_Type)) {
    return Py_NewRef(Py_NotImplemented);
  }
  const vs = D(v).ob_size;
  const ws = D(w).ob_size;
  if (op === Py_EQ) {
    if (v === w) return PyBool_FromBool(true);
    if (vs !== ws) return PyBool_FromBool(false);
  }
  if (op === Py_NE) {
    if (v === w) return PyBool_FromBool(false);
    if (vs !== ws) return PyBool_FromBool(true);
  }
  const it1 = PyObject_GetIter(v);
  let it2: PyObject | null = null;
  try {
    it2 = PyObject_GetIter(w);
    let x: PyObject | null;
    let y: PyObject | null;
    for (;;) {
      x = PyIter_Next(it1);
      try {
        y = PyIter_Next(it2);
      } catch (e) {
        if (x !== null) Py_DECREF(x);
        throw e;
      }
      if (x === null || y === null) break;
      try {
        if (!PyObject_RichCompareBool(x, y, Py_EQ)) return PyBool_FromBool(PyObject_RichCompareBool(x, y, op));
      } finally {
        Py_DECREF(x);
        Py_DECREF(y);
      }
    }
    // The end of one deque or both.
    const xEnd = x === null;
    const yEnd = y === null;
    if (x !== null) Py_DECREF(x);
    if (y !== null) Py_DECREF(y);
    let cmp: boolean;
    switch (op) {
      case Py_LT:
        cmp = !yEnd; // w was longer
        break;
      case Py_LE:
        cmp = xEnd; // v was not longer
        break;
      case Py_EQ:
        cmp = xEnd && yEnd; // the end of both
        break;
      case Py_NE:
        cmp = xEnd !== yEnd; // one deque continues
        break;
      case Py_GT:
        cmp = !xEnd; // v was longer
        break;
      default: // Py_GE
        cmp = yEnd; // w was not longer
        break;
    }
    return PyBool_FromBool(cmp);
  } finally {
    Py_DECREF(it1);
    if (it2 !== null) Py_DECREF(it2);
  }
}

const initParser = nonStaticParser(newArgParser("deque", ["iterable", "maxlen"], 0));

function deque_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const d = D(self);
  let iterable: PyObject | null = null;
  let maxlenobj: PyObject | null = null;
  if (kwnames === null && args.length <= 2) {
    if (args.length > 0) iterable = args[0];
    if (args.length > 1) maxlenobj = args[1];
  } else {
    [iterable, maxlenobj] = _PyArg_UnpackKeywords(args, kwnames, initParser, [null, null]);
  }
  let maxlen = -1;
  if (maxlenobj !== null && maxlenobj !== Py_None) {
    if (!PyLong_Check(maxlenobj)) throw PyErr_Format(PyExc_TypeError, "an integer is required");
    maxlen = longAsSsize(maxlenobj);
    if (maxlen < 0) throw PyErr_Format(PyExc_ValueError, "maxlen must be non-negative");
  }
  d.maxlen = maxlen;
  if (d.ob_size > 0) deque_clear(d);
  if (iterable !== null) extendImpl(d, iterable, false);
}

/** The object's size and its blocks'. */
function deque_sizeof(self: PyObject): PyObject {
  const d = D(self);
  const blocks = Math.floor((d.leftindex + d.ob_size + BLOCKLEN - 1) / BLOCKLEN);
  return PyLong_FromNumber(d.ob_type.tp_basicsize + blocks * BLOCK_BYTES);
}

function deque_get_maxlen(self: PyObject): PyObject {
  const d = D(self);
  return d.maxlen < 0 ? Py_NewRef(Py_None) : PyLong_FromNumber(d.maxlen);
}

function deque_iter(self: PyObject): PyObject {
  return new DequeIterObject(PyDequeIter_Type, D(self));
}

function deque_reviter(self: PyObject): PyObject {
  return new DequeIterObject(PyDequeRevIter_Type, D(self));
}

PyDeque_Type.tp_methods = [
  { name: "append", meth: deque_append, flags: METH_O, doc: "Add an element to the right side of the deque." },
  { name: "appendleft", meth: deque_appendleft, flags: METH_O, doc: "Add an element to the left side of the deque." },
  { name: "clear", meth: deque_clearmethod, flags: METH_NOARGS, doc: "Remove all elements from the deque." },
  { name: "__copy__", meth: deque_copy, flags: METH_NOARGS, doc: "Return a shallow copy of a deque." },
  { name: "copy", meth: deque_copy, flags: METH_NOARGS, doc: "Return a shallow copy of a deque." },
  {
    name: "count",
    meth: deque_count,
    flags: METH_O,
    doc: "D.count(value) -> integer -- return number of occurrences of value",
  },
  {
    name: "extend",
    meth: deque_extend,
    flags: METH_O,
    doc: "Extend the right side of the deque with elements from the iterable",
  },
  {
    name: "extendleft",
    meth: deque_extendleft,
    flags: METH_O,
    doc: "Extend the left side of the deque with elements from the iterable",
  },
  {
    name: "index",
    meth: deque_index,
    flags: METH_FASTCALL,
    doc: "D.index(value, [start, [stop]]) -> integer -- return first index of value.\nRaises ValueError if the value is not present.",
  },
  {
    name: "insert",
    meth: deque_insert,
    flags: METH_FASTCALL,
    doc: "D.insert(index, object) -- insert object before index",
  },
  { name: "pop", meth: deque_pop, flags: METH_NOARGS, doc: "Remove and return the rightmost element." },
  { name: "popleft", meth: deque_popleft, flags: METH_NOARGS, doc: "Remove and return the leftmost element." },
  { name: "__reduce__", meth: deque_reduce, flags: METH_NOARGS, doc: "Return state information for pickling." },
  { name: "remove", meth: deque_remove, flags: METH_O, doc: "D.remove(value) -- remove first occurrence of value." },
  {
    name: "__reversed__",
    meth: deque_reviter,
    flags: METH_NOARGS,
    doc: "D.__reversed__() -- return a reverse iterator over the deque",
  },
  { name: "reverse", meth: deque_reverse, flags: METH_NOARGS, doc: "D.reverse() -- reverse *IN PLACE*" },
  {
    name: "rotate",
    meth: deque_rotate,
    flags: METH_FASTCALL,
    doc: "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.",
  },
  {
    name: "__sizeof__",
    meth: deque_sizeof,
    flags: METH_NOARGS,
    doc: "D.__sizeof__() -- size of D in memory, in bytes",
  },
  { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS, doc: "See PEP 585" },
];
PyDeque_Type.tp_getset = [
  { name: "maxlen", get: deque_get_maxlen, set: null, doc: "maximum size of a deque or None if unbounded" },
];
PyDeque_Type.tp_repr = deque_repr;
PyDeque_Type.tp_richcompare = deque_richcompare;
PyDeque_Type.tp_traverse = deque_traverse;
PyDeque_Type.tp_clear = deque_tp_clear;
PyDeque_Type.tp_iter = deque_iter;
PyDeque_Type.tp_init = deque_init;
PyDeque_Type.tp_new = deque_new;
PyDeque_Type.sq_length = deque_len;
PyDeque_Type.sq_concat = deque_concat;
PyDeque_Type.sq_item = deque_item;
PyDeque_Type.sq_contains = deque_contains;
PyDeque_Type.mp_ass_subscript = deque_ass_subscript;
registerSequenceRepeat(PyDeque_Type, deque_repeat, deque_inplace_concat, deque_inplace_repeat);

// ---------------------------------------------------------------- iterators

/**
 * `_collections._deque_iterator` and `_deque_reverse_iterator`: the deque
 * (owned until the iterator is freed, exhausted or not, as CPython's),
 * the deque's `state` when the iterator was made, and `counter`, the items
 * still to come. The next item's position follows from the counter, since
 * the deque cannot have moved while the states agree.
 */
export class DequeIterObject extends PyGCObject {
  deque: DequeObject;
  state: number;
  counter: number;
  constructor(type: PyTypeObject, deque: DequeObject) {
    super(type, DEQUEITER_BASICSIZE);
    this.deque = Py_NewRef(deque);
    this.state = deque.state;
    this.counter = deque.ob_size;
    PyObject_GC_Track(this);
  }
}

function dequeiter_dealloc(self: PyObject): void {
  const it = self as DequeIterObject;
  PyObject_GC_UnTrack(it);
  Py_DECREF(it.deque);
  PyObject_GC_Del(it);
}

function dequeiter_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  visit((self as DequeIterObject).deque);
}

function dequeiter_next(self: PyObject): PyObject | null {
  const it = self as DequeIterObject;
  const d = it.deque;
  if (d.state !== it.state) {
    it.counter = 0;
    throw mutatedError(PyExc_RuntimeError);
  }
  if (it.counter === 0) return null;
  const item = itemAt(d, d.ob_size - it.counter);
  it.counter--;
  return Py_NewRef(item);
}

function dequereviter_next(self: PyObject): PyObject | null {
  const it = self as DequeIterObject;
  if (it.counter === 0) return null;
  const d = it.deque;
  if (d.state !== it.state) {
    it.counter = 0;
    throw mutatedError(PyExc_RuntimeError);
  }
  const item = itemAt(d, it.counter - 1);
  it.counter--;
  return Py_NewRef(item);
}

/** `_deque_iterator(deque, index=0)`: a new iterator with `index` items
 *  already consumed (what __reduce__ gives back). */
function dequeiterNew(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null, reverse: boolean): PyObject {
  // PyArg_ParseTuple(args, "O!|n"): keyword arguments are not looked at.
  const nargs = args.length - nkw(kwnames);
  if (nargs < 1 || nargs > 2) {
    const bound = nargs < 1 ? 1 : 2;
    throw PyErr_Format(
      PyExc_TypeError,
      `function takes ${nargs < 1 ? "at least" : "at most"} ${bound} argument${bound === 1 ? "" : "s"} (${nargs} given)`,
    );
  }
  const deque = args[0];
  if (!PyObject_TypeCheck(deque, PyDeque_Type)) {
    throw PyErr_Format(PyExc_TypeError, `argument 1 must be collections.deque, not ${deque.ob_type.tp_name}`);
  }
  const index = nargs > 1 ? ssizeArg(args[1]) : 0;
  const it = new DequeIterObject(type, D(deque));
  const next = reverse ? dequereviter_next : dequeiter_next;
  try {
    // consume items from the queue
    for (let i = 0; i < index; i++) {
      const item = next(it);
      if (item === null) break;
      Py_DECREF(item);
    }
  } catch (e) {
    Py_DECREF(it);
    throw e;
  }
  return it;
}

function dequeiter_len(self: PyObject): number {
  return (self as DequeIterObject).counter;
}

function dequeiter_length_hint(self: PyObject): PyObject {
  return PyLong_FromNumber(dequeiter_len(self));
}

function dequeiter_reduce(self: PyObject): PyObject {
  const it = self as DequeIterObject;
  const pos = PyLong_FromNumber(it.deque.ob_size - it.counter);
  const args = PyTuple_Pack(it.deque, pos);
  Py_DECREF(pos);
  const r = PyTuple_Pack(it.ob_type, args);
  Py_DECREF(args);
  return r;
}

function self_iter(self: PyObject): PyObject {
  return Py_NewRef(self);
}

function iterType(name: string, next: (o: PyObject) => PyObject | null, reverse: boolean): PyTypeObject {
  const t = newStaticType(name, DEQUEITER_BASICSIZE, TPFLAGS_HAVE_GC, dequeiter_dealloc);
  t.tp_iter = self_iter;
  t.tp_iternext = next;
  t.tp_traverse = dequeiter_traverse;
  t.tp_new = (type, args, kwnames) => dequeiterNew(type, args, kwnames, reverse);
  t.tp_methods = [
    {
      name: "__length_hint__",
      meth: dequeiter_length_hint,
      flags: METH_NOARGS,
      doc: "Private method returning an estimate of len(list(it)).",
    },
    { name: "__reduce__", meth: dequeiter_reduce, flags: METH_NOARGS, doc: "Return state information for pickling." },
  ];
  registerLengthHint(t, dequeiter_len);
  return t;
}

export const PyDequeIter_Type = iterType("_collections._deque_iterator", dequeiter_next, false);
export const PyDequeRevIter_Type = iterType("_collections._deque_reverse_iterator", dequereviter_next, true);
