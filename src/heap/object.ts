/**
 * The object header: what every refpy value is.
 *
 * Every runtime value is a `PyObject` with `ob_refcnt` and `ob_type`, as in
 * CPython's Include/object.h, plus `ob_addr`, the address the allocator
 * model gave it (what `id()` returns). There are no JavaScript numbers,
 * strings or `null`s standing in for Python values anywhere in the VM:
 * `None` is an object, ints are objects, and so on.
 *
 * Objects of types with the HAVE_GC flag derive from `PyGCObject`, whose
 * fields are CPython's GC header (PyGC_Head): the links of the intrusive
 * doubly linked generation list the object is in (`GCLink`, the one type
 * of those links, shared with the lists' heads in gc.ts), `gc_refs` (the
 * scratch count of Modules/gcmodule.c) and the flag bits. The collector
 * (gc.ts) owns those fields; nothing else writes them.
 *
 * Invariants:
 *  - `ob_refcnt` is written only by heap/refcount.ts's helpers or the
 *    inlined INCREF/DECREF its header allows, the first count too (the
 *    constructor below calls _Py_NewReference); the
 *    gc fields only by the collector (heap/gc.ts, heap/collect.ts) and the
 *    constructors;
 *  - every subclass assigns all of its own fields in its constructor, in a
 *    fixed order, and never adds or deletes properties later (one V8 shape
 *    per class);
 *  - a new object starts with `ob_refcnt == 1`: the creator owns that
 *    reference (a "new reference" in CPython's terms);
 *  - an instance of a heap type (a class defined in Python) owns a
 *    reference to its type; static types are never freed and not counted;
 *  - every object whose type has HAVE_GC carries the GC header. Most derive
 *    from PyGCObject; an instance of a heap subtype of a non-GC built-in
 *    (`class Positive(int)`: 3.11 gives every heap type HAVE_GC) must stay
 *    of the base's class (a PyLongObject, for PyLong_Check), so its class
 *    (PyLongSubtypeObject, PyFloatSubtypeObject, …) repeats PyGCObject's
 *    fields, in the same order, and calls `PyObject_GC_Link`. So whether an
 *    object has the header is asked of its type (`_PyObject_IS_GC` in
 *    gc.ts), never with `instanceof PyGCObject`.
 *  - the block of an object whose type has HAVE_GC is the 16-byte GC header
 *    followed by the object, and `ob_addr` (its `id()`) is the address
 *    after the header, as CPython 3.11's gc_alloc; `ob_size_bytes` is the
 *    object's own bytes, without the header (what `__sizeof__` reports;
 *    sys.getsizeof adds the header). Whether an object has the header is
 *    asked of its type, at allocation (here) and at free
 *    (`PyObject_HeaderSize`), so the two always agree; `type` itself,
 *    built before it exists (type null), has the header as its type's
 *    instances do.
 */
import type { PyTypeObject } from "../objects/typeobject.js";
import { GC_HEADER_SIZE, allocBlock } from "./allocator.js";
import { objectWatch } from "./watch.js";
import { Py_INCREF, _Py_NewReference } from "./refcount.js";

export class PyObject {
  /** Set by _Py_NewReference, first thing in the constructor. */
  ob_refcnt!: number;
  ob_type: PyTypeObject;
  /** The block address from the allocator model; 0 for objects not yet
   *  given one (static objects get theirs at start-up). */
  ob_addr: number;
  /** The object's own bytes in the allocator model; a GC object's block
   *  is GC_HEADER_SIZE more (see the header). */
  ob_size_bytes: number;

  constructor(type: PyTypeObject, nbytes: number) {
    _Py_NewReference(this);
    this.ob_type = type;
    // First store a non-number: V8 then keeps `ob_addr` as a tagged field
    // that points at the allocator's number objects, rather than an
    // unboxed-double field that needs a new box in every object (see
    // allocator.ts). Nothing observes the interim value.
    (this as { ob_addr: unknown }).ob_addr = null;
    const pre = type === null || (type.tp_flags & TPFLAGS_HAVE_GC) !== 0 ? GC_HEADER_SIZE : 0;
    this.ob_addr = allocBlock(nbytes + pre, pre);
    this.ob_size_bytes = nbytes;
    if (objectWatch.alloc !== null) objectWatch.alloc(this);
    // `type` itself is built before it exists (typeobject.ts bootstrap).
    if (type !== null && (type.tp_flags & TPFLAGS_HEAPTYPE) !== 0) Py_INCREF(type);
  }
}

/** The bytes of `op`'s block before its address: the GC header for an
 *  object of a HAVE_GC type, else 0 (what PyObject's constructor gave it).
 *  Its block is `ob_size_bytes` plus this. */
export function PyObject_HeaderSize(op: PyObject): number {
  return (op.ob_type.tp_flags & TPFLAGS_HAVE_GC) !== 0 ? GC_HEADER_SIZE : 0;
}

/** gc_flags bits (as the low bits of CPython's PyGC_Head._gc_prev). */
export const GC_TRACKED = 0x1;
/** PEP 442: the object's finalizer (`__del__`) has run. */
export const GC_FINALIZED = 0x2;
/** Set on objects of the generation being collected (gcmodule.c's
 *  NEXT_MASK_UNREACHABLE / PREV_MASK_COLLECTING). */
export const GC_COLLECTING = 0x4;
export const GC_UNREACHABLE = 0x8;
/** An object refpy needs where CPython makes none (gc.ts's
 *  `_PyObject_GC_NewUncounted`): its allocation and its free leave the
 *  counts and the freelists alone. */
export const GC_UNCOUNTED = 0x10;

/**
 * A node of the collector's intrusive, circular, doubly linked lists
 * (CPython's PyGC_Head links): a GC object, or a list's head (gc.ts's
 * GCHead), so a walk of a list reads one field type from head to head.
 * An object's links are null while it is in no list (untracked). Every
 * node a walk reaches before it is back at the head is a GC object (a
 * PyGCObject, or a class repeating its fields: see the invariants above),
 * so the walk reads it as one (`gc as PyGCObject`, CPython's FROM_GC).
 */
export interface GCLink {
  gc_next: GCLink | null;
  gc_prev: GCLink | null;
}

export class PyGCObject extends PyObject implements GCLink {
  gc_next: GCLink | null;
  gc_prev: GCLink | null;
  gc_refs: number;
  gc_flags: number;
  /** Weak references to this object, newest first (only for types that
   *  support weak references); null when there are none. */
  weakreflist: PyObject | null;

  constructor(type: PyTypeObject, nbytes: number) {
    super(type, nbytes);
    this.gc_next = null;
    this.gc_prev = null;
    this.gc_refs = 0;
    this.gc_flags = 0;
    this.weakreflist = null;
    _PyObject_GC_Link(this, type, nbytes);
  }
}

/** Set by heap/gc.ts: counts a GC-capable allocation toward generation 0
 *  and may run a collection (CPython's _PyObject_GC_Link). Indirect so that
 *  this module does not import the collector. */
let _PyObject_GC_Link: (op: PyObject | null, type: PyTypeObject, nbytes: number) => void = () => {};
export function setGCLinkHook(hook: (op: PyObject | null, type: PyTypeObject, nbytes: number) => void): void {
  _PyObject_GC_Link = hook;
}

/** _PyObject_GC_Link for the classes that carry the GC header without
 *  deriving from PyGCObject: called at the end of their constructors. */
export function PyObject_GC_Link(type: PyTypeObject, nbytes: number): void {
  _PyObject_GC_Link(null, type, nbytes);
}

/** Type flags, CPython's Py_TPFLAGS_* values. */
/** The instance dict is kept before the object (3.11: a heap type that
 *  adds `__dict__` to a base of fixed size); its two pointers are part of
 *  `ob_size_bytes` but not of `__sizeof__` (MANAGED_DICT_PREHEADER). */
export const TPFLAGS_MANAGED_DICT = 1 << 4;
export const MANAGED_DICT_PREHEADER = 16;
/** Instances match sequence patterns (`case [a, *b]:`): list, tuple, range;
 *  inherited along the MRO, as are the mapping patterns' flag below. */
export const TPFLAGS_SEQUENCE = 1 << 5;
/** Instances match mapping patterns (`case {"k": v}:`): dict. */
export const TPFLAGS_MAPPING = 1 << 6;
export const TPFLAGS_HEAPTYPE = 1 << 9;
export const TPFLAGS_BASETYPE = 1 << 10;
export const TPFLAGS_READY = 1 << 12;
export const TPFLAGS_HAVE_GC = 1 << 14;
export const TPFLAGS_METHOD_DESCRIPTOR = 1 << 17;
/** The attribute cache gave the type a version tag (a _PyType_Lookup did);
 *  PyType_Modified takes it away. Only `__flags__` shows it. */
export const TPFLAGS_VALID_VERSION_TAG = 1 << 19;
/** A class pattern's single positional sub-pattern matches the subject
 *  itself (`case int(n):`), 3.11's _Py_TPFLAGS_MATCH_SELF. */
/** A class with abstract methods (type.__abstractmethods__ is true). */
export const TPFLAGS_IS_ABSTRACT = 1 << 20;
export const TPFLAGS_MATCH_SELF = 1 << 22;
export const TPFLAGS_LONG_SUBCLASS = 1 << 24;
export const TPFLAGS_LIST_SUBCLASS = 1 << 25;
export const TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
export const TPFLAGS_BYTES_SUBCLASS = 1 << 27;
export const TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
export const TPFLAGS_DICT_SUBCLASS = 1 << 29;
export const TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
export const TPFLAGS_TYPE_SUBCLASS = 1 << 31;
