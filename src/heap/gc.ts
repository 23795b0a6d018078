/**
 * The cycle collector's bookkeeping: generation lists, tracking, counts.
 *
 * Mirrors Modules/gcmodule.c of CPython 3.11. Container objects
 * (`PyGCObject`) are linked into one of three generation lists (young = 0
 * to old = 2) plus the permanent generation of `gc.freeze()`; each list is
 * intrusive and doubly linked through `gc_next`/`gc_prev` with a sentinel
 * head, new objects appended at the tail.
 *
 *  - `_PyObject_GC_Link` (every GC-capable allocation, in the object
 *    constructor) adds 1 to generation 0's count and, when it passes the
 *    threshold, runs a collection right there, as 3.11 does;
 *  - `PyObject_GC_Track` puts an initialised object at the tail of
 *    generation 0; `PyObject_GC_UnTrack` unlinks it;
 *  - `PyObject_GC_Del` (the end of a GC object's dealloc) subtracts 1 from
 *    generation 0's count if it is positive, and frees the block.
 *
 * The collection algorithm itself (update_refs, subtract_refs,
 * move_unreachable, finalizers, delete_garbage) lives in collect.ts.
 *
 * Stress mode (`gcState.stress`, `run(…, { gcStress: true })`, `-X
 * gc-stress`): every GC-capable allocation runs a collection instead of
 * waiting for the generation-0 threshold (still not while a collection
 * runs, nor while the collector is disabled or threshold 0 is set): of
 * the young generations, and a full one each time the allocations since the last
 * full one reach a quarter of its survivors (collect.ts's stress
 * schedule), so every object is examined from the allocation after its own
 * and the whole heap often, at a cost that does not grow with the heap. It
 * exists to shake out refcount and tp_traverse bugs: a missing INCREF or a
 * traverse that visits a borrowed pointer makes live objects look like
 * garbage at the next allocation instead of once in a blue moon.
 *
 * Freelists: CPython 3.11 keeps freed tuples (per size 1..19, up to 2000
 * each), lists and dicts (80 each) on freelists and hands them out again;
 * an object taken from or put on a freelist skips the count0 step, and a
 * full collection empties the freelists (freeing them: count0 -1 each while
 * positive). refpy keeps the same tallies (`freelist`), so count0 moves
 * as CPython's does: e.g. the first print() after gc.collect() leaves
 * count0 at 1 (its argument tuple was allocated fresh, then went to the
 * freelist). It keeps their addresses too (`freelistAddrs`): a freed
 * tuple's block is not the allocator's to hand out again, so a list or a
 * float of its size class does not get its `id()`, the next tuple of its
 * length does, and a full collection gives the blocks back to the
 * allocator in the order clear_freelists frees them. (The byte accounting
 * counts an object on a freelist as freed, as before.)
 *
 * Invariants: an object is in exactly one list iff GC_TRACKED is set; the
 * counts are only changed here and by the collector (collect.ts).
 */
import {
  GC_UNCOUNTED,
  GC_COLLECTING,
  GC_TRACKED,
  GC_UNREACHABLE,
  type GCLink,
  type PyGCObject,
  PyObject_HeaderSize,
  setGCLinkHook,
  TPFLAGS_HAVE_GC,
  TPFLAGS_HEAPTYPE,
  type PyObject,
} from "./object.js";
import type { PyTypeObject } from "../objects/typeobject.js";
import { freeBlock, freeBlockHeld, GC_HEADER_SIZE, returnHeldBlock, unallocBlock } from "./allocator.js";
import { objectWatch } from "./watch.js";

export const NUM_GENERATIONS = 3;

/** A generation: a sentinel-headed circular list, a threshold and a count. */
export class GCGeneration {
  head: GCHead;
  threshold: number;
  count: number;
  constructor(threshold: number) {
    this.head = new GCHead();
    this.threshold = threshold;
    this.count = 0;
  }
}

/** A list head: a GCLink like the objects it links, so the list is
 *  circular; its links are never null (an empty list points at itself). */
export class GCHead implements GCLink {
  gc_next: GCLink;
  gc_prev: GCLink;
  constructor() {
    this.gc_next = this;
    this.gc_prev = this;
  }
}

export const gcState = {
  generations: [new GCGeneration(700), new GCGeneration(10), new GCGeneration(10)],
  permanent: new GCGeneration(0),
  enabled: true,
  collecting: false,
  /** Full collection at every GC-capable allocation (see the header). */
  stress: false,
  /** Set by collect.ts: run automatic collections when a threshold passes. */
  collectGenerations: null as (() => void) | null,
  /** Set by collect.ts: one full collection (stress mode). */
  collectStress: null as (() => void) | null,
};

/** The freelist model (see the header): which types have one (set by
 *  the object layer at start-up) and how many objects each holds. */
export const PyTuple_MAXSAVESIZE = 20;
const PyTuple_MAXFREELIST = 2000;
const PyList_MAXFREELIST = 80;
const PyDict_MAXFREELIST = 80;
/** sizeof(PyTupleObject) without items: a tuple of n items is 24 + 8n bytes. */
const TUPLE_HEADER = 24;
/** sizeof(PyListObject), sizeof(PyDictObject). */
const LIST_BYTES = 40;
const DICT_BYTES = 48;

export const freelist = {
  tupleType: null as PyTypeObject | null,
  listType: null as PyTypeObject | null,
  dictType: null as PyTypeObject | null,
  sliceType: null as PyTypeObject | null,
  /** numfree per tuple size (index = size; 0 unused). A freed tuple of
   *  PyTuple_MAXSAVESIZE items is kept too, though no allocation takes one
   *  back (3.11's maybe_freelist_push tests index < 20, its pop size < 20). */
  tuples: new Int32Array(PyTuple_MAXSAVESIZE + 1),
  lists: 0,
  dicts: 0,
  /** The interpreter's one-slice cache (interp->slice_cache: PySlice_New
   *  takes it, slice_dealloc refills it), which no collection clears and
   *  start-up leaves full. */
  slices: 1,
  /** Set just before an allocation CPython makes with tp_alloc rather than
   *  from the freelist (`list()`, `dict()`: list_new and dict_new go through
   *  PyType_GenericAlloc); the next GC link consumes it. */
  bypass: false,
  /** Set just before an allocation CPython does not make
   *  (`_PyObject_GC_NewUncounted`); the next GC link consumes it. */
  uncounted: false,
};

/**
 * The addresses of what each freelist holds, in push order, parallel to
 * its tally: a block address, or 0 for an entry refpy has no address for
 * (one start-up left, or an object refpy does not represent). An address
 * held here is out of the allocator's free lists until it is popped for a
 * new object of the type or the freelists are cleared.
 */
const freelistAddrs = {
  tuples: Array.from({ length: PyTuple_MAXSAVESIZE + 1 }, () => [] as number[]),
  lists: [] as number[],
  dicts: [] as number[],
};

/** The address stack that goes with `type`'s tally (null: no freelist). */
function freelistStack(type: PyTypeObject, nbytes: number): number[] | null {
  if (type === freelist.tupleType) {
    const n = (nbytes - TUPLE_HEADER) >> 3;
    return n > 0 && n <= PyTuple_MAXSAVESIZE ? freelistAddrs.tuples[n] : null;
  }
  if (type === freelist.listType) return freelistAddrs.lists;
  if (type === freelist.dictType) return freelistAddrs.dicts;
  return null;
}

/** The float freelist's blocks (PyFloat_MAXFREELIST): floats are no GC
 *  objects, so only their addresses are kept, top last. */
const PyFloat_MAXFREELIST = 100;
const floatFree: number[] = [];
/** sizeof(PyFloatObject). */
const FLOAT_BYTES = 24;

/** float_dealloc of an exact float: onto the freelist while it has room
 *  (true), its block kept there (see freelistAddrs). */
export function _PyFloat_FreelistPush(op: PyObject): boolean {
  if (floatFree.length >= PyFloat_MAXFREELIST) return false;
  if (objectWatch.free !== null) objectWatch.free(op);
  floatFree.push(op.ob_addr);
  freeBlockHeld(FLOAT_BYTES);
  return true;
}

/** PyFloat_FromDouble's allocation: a new exact float takes the block on
 *  top of the freelist, if any. */
export function _PyFloat_FreelistTake(op: PyObject): void {
  if (floatFree.length === 0) return;
  unallocBlock(op.ob_addr, FLOAT_BYTES, 0);
  op.ob_addr = floatFree.pop()!;
}

/** The address the last successful freelistPop took (0: none known). */
let poppedAddr = 0;

/** Addresses of freelist entries taken for objects refpy does not
 *  represent, per stack, to go back when those are freed. */
const unrepresentedAddrs = new Map<number[], number[]>();

/** An allocation of `type` that CPython would serve from a freelist. */
function freelistPop(type: PyTypeObject, nbytes: number): boolean {
  if (!freelistPopCount(type, nbytes)) return false;
  const stack = freelistStack(type, nbytes);
  poppedAddr = stack !== null && stack.length > 0 ? stack.pop()! : 0;
  return true;
}

function freelistPopCount(type: PyTypeObject, nbytes: number): boolean {
  if (freelist.bypass) {
    freelist.bypass = false;
    return false;
  }
  if (type === freelist.tupleType) {
    const n = (nbytes - TUPLE_HEADER) >> 3;
    if (n > 0 && n < PyTuple_MAXSAVESIZE && freelist.tuples[n] > 0) {
      freelist.tuples[n]--;
      return true;
    }
  } else if (type === freelist.listType) {
    if (freelist.lists > 0) {
      freelist.lists--;
      return true;
    }
  } else if (type === freelist.dictType) {
    if (freelist.dicts > 0) {
      freelist.dicts--;
      return true;
    }
  } else if (type === freelist.sliceType) {
    if (freelist.slices > 0) {
      freelist.slices--;
      return true;
    }
  }
  return false;
}

/** A dealloc that CPython would end by pushing onto a freelist: true when
 *  it did, the block then held by the freelist. */
function freelistPush(op: PyGCObject): boolean {
  if (!freelistPushFor(op.ob_type, op.ob_size_bytes)) return false;
  freelistStack(op.ob_type, op.ob_size_bytes)?.push(op.ob_addr);
  return true;
}

function freelistPushFor(type: PyTypeObject, nbytes: number): boolean {
  if (type === freelist.tupleType) {
    const n = (nbytes - TUPLE_HEADER) >> 3;
    if (n > 0 && n <= PyTuple_MAXSAVESIZE && freelist.tuples[n] < PyTuple_MAXFREELIST) {
      freelist.tuples[n]++;
      return true;
    }
  } else if (type === freelist.listType) {
    if (freelist.lists < PyList_MAXFREELIST) {
      freelist.lists++;
      return true;
    }
  } else if (type === freelist.dictType) {
    if (freelist.dicts < PyDict_MAXFREELIST) {
      freelist.dicts++;
      return true;
    }
  } else if (type === freelist.sliceType) {
    if (freelist.slices === 0) {
      freelist.slices = 1;
      return true;
    }
  }
  return false;
}

/** clear_freelists (end of a full collection): each freed entry goes
 *  through PyObject_GC_Del's count step. */
export function _PyGC_ClearFreeLists(): void {
  // The blocks go back to the allocator as clear_freelists frees them:
  // tuples by size, each freelist from its top, then floats, lists and
  // dicts, each from its top.
  for (let i = 1; i <= PyTuple_MAXSAVESIZE; i++) {
    releaseFreelistBlocks(freelistAddrs.tuples[i], TUPLE_HEADER + 8 * i);
  }
  for (let i = floatFree.length - 1; i >= 0; i--) returnHeldBlock(floatFree[i], FLOAT_BYTES, 0);
  floatFree.length = 0;
  releaseFreelistBlocks(freelistAddrs.lists, LIST_BYTES);
  releaseFreelistBlocks(freelistAddrs.dicts, DICT_BYTES);
  let n = freelist.lists + freelist.dicts;
  for (let i = 0; i <= PyTuple_MAXSAVESIZE; i++) n += freelist.tuples[i];
  freelist.tuples.fill(0);
  freelist.lists = 0;
  freelist.dicts = 0;
  freelist.bypass = false;
  const g0 = gcState.generations[0];
  g0.count = Math.max(0, g0.count - n);
}

/** Give a freelist's blocks back to the allocator from its top, the last
 *  pushed first: a tuple freelist is a linked list freed from its head,
 *  the list and dict ones arrays freed from `free_list[--numfree]`. */
function releaseFreelistBlocks(stack: number[], nbytes: number): void {
  for (let i = stack.length - 1; i >= 0; i--) {
    const addr = stack[i];
    if (addr !== 0) returnHeldBlock(addr, nbytes + GC_HEADER_SIZE, GC_HEADER_SIZE);
  }
  stack.length = 0;
}

/** Make a GC object CPython does not make at this point (`make` runs its
 *  constructor): neither its allocation nor its free is counted nor goes
 *  through a freelist, so the counts move as CPython's do. */
export function _PyObject_GC_NewUncounted<T extends PyGCObject>(make: () => T): T {
  freelist.uncounted = true;
  try {
    const op = make();
    op.gc_flags |= GC_UNCOUNTED;
    return op;
  } finally {
    freelist.uncounted = false;
  }
}

/** CPython's _PyObject_GC_Link: count the allocation toward generation 0
 *  and collect right here once it passes the threshold. The new object is
 *  not tracked yet, so the collection never sees it half built. */
export function _PyObject_GC_Link(op: PyObject | null, type: PyTypeObject, nbytes: number): void {
  if (freelist.uncounted) {
    freelist.uncounted = false;
    return;
  }
  if (freelistPop(type, nbytes)) {
    // The object takes the block the freelist held; the one the
    // allocator had just handed it goes back as if never taken.
    if (poppedAddr !== 0 && op !== null) {
      unallocBlock(op.ob_addr, nbytes + GC_HEADER_SIZE, GC_HEADER_SIZE);
      op.ob_addr = poppedAddr;
    }
    return;
  }
  const g0 = gcState.generations[0];
  g0.count++;
  if (g0.threshold !== 0 && gcState.enabled && !gcState.collecting) {
    if (gcState.stress) {
      if (gcState.collectStress !== null) gcState.collectStress();
    } else if (g0.count > g0.threshold && gcState.collectGenerations !== null) {
      gcState.collectGenerations();
    }
  }
}
setGCLinkHook(_PyObject_GC_Link);

/** `_PyObject_GC_Link` for a GC object CPython allocates here and refpy
 *  does not represent (see below): counted, and collecting when the
 *  threshold passes, but no stress collection (there is no new object to
 *  shake out). `beforeCollect` runs just before such a collection. */
export function _PyObject_GC_LinkUnrepresented(
  type: PyTypeObject,
  nbytes: number,
  beforeCollect: (() => void) | null = null,
): void {
  if (freelistPop(type, nbytes)) {
    // The slice cache has no address stack.
    const stack = freelistStack(type, nbytes);
    if (stack !== null) {
      let held = unrepresentedAddrs.get(stack);
      if (held === undefined) unrepresentedAddrs.set(stack, (held = []));
      held.push(poppedAddr);
    }
    return;
  }
  const g0 = gcState.generations[0];
  g0.count++;
  if (g0.threshold !== 0 && gcState.enabled && !gcState.collecting && !gcState.stress) {
    if (g0.count > g0.threshold && gcState.collectGenerations !== null) {
      // What the caller must settle before a collection's finalizers run
      // (text held for the stream, which a finalizer's print follows).
      if (beforeCollect !== null) beforeCollect();
      gcState.collectGenerations();
    }
  }
}

/** The count step of freeing a GC object of `type` that refpy does not
 *  represent (the pending list of a TextIOWrapper over one of the run's
 *  streams, whose text goes out at once; the bound write method print()
 *  looks up for each piece): the freelist, or count0 -1 while positive,
 *  as PyObject_GC_Del (`nbytes`: a tuple's size, which picks its
 *  freelist). Its allocation was counted with `_PyObject_GC_Link`. */
export function _PyObject_GC_UnlinkUnrepresented(type: PyTypeObject, nbytes = 0): void {
  if (freelistPushFor(type, nbytes)) {
    const stack = freelistStack(type, nbytes);
    if (stack !== null) stack.push(unrepresentedAddrs.get(stack)?.pop() ?? 0);
    return;
  }
  const g0 = gcState.generations[0];
  if (g0.count > 0) g0.count--;
}

/** Append `op` at the tail of list `head`. */
export function gc_list_append(op: GCLink, head: GCHead): void {
  const last = head.gc_prev;
  op.gc_prev = last;
  op.gc_next = head;
  last.gc_next = op;
  head.gc_prev = op;
}

/** Unlink `op` from whatever list it is in. */
export function gc_list_remove(op: GCLink): void {
  const prev = op.gc_prev!;
  const next = op.gc_next!;
  prev.gc_next = next;
  next.gc_prev = prev;
  op.gc_next = null;
  op.gc_prev = null;
}

/** Append all of `from` to the tail of `to`, leaving `from` empty. */
export function gc_list_merge(from: GCHead, to: GCHead): void {
  if (from.gc_next === from) return;
  const toTail = to.gc_prev;
  const fromHead = from.gc_next;
  const fromTail = from.gc_prev;
  toTail.gc_next = fromHead;
  fromHead.gc_prev = toTail;
  fromTail.gc_next = to;
  to.gc_prev = fromTail;
  from.gc_next = from;
  from.gc_prev = from;
}

export function PyObject_GC_Track(op: PyGCObject): void {
  if ((op.gc_flags & GC_TRACKED) !== 0) return;
  op.gc_flags |= GC_TRACKED;
  gc_list_append(op, gcState.generations[0].head);
}

export function PyObject_GC_UnTrack(op: PyGCObject): void {
  if ((op.gc_flags & GC_TRACKED) === 0) return;
  // As _PyObject_GC_UNTRACK, the collector's marks go too: an object that
  // leaves a list mid-collection carries none into its next list.
  op.gc_flags &= ~(GC_TRACKED | GC_COLLECTING | GC_UNREACHABLE);
  gc_list_remove(op);
}

export function _PyObject_GC_IS_TRACKED(op: PyGCObject): boolean {
  return (op.gc_flags & GC_TRACKED) !== 0;
}

/** The last step of a GC object's dealloc (CPython's PyObject_GC_Del). */
export function PyObject_GC_Del(op: PyGCObject): void {
  if ((op.gc_flags & GC_TRACKED) !== 0) PyObject_GC_UnTrack(op);
  if ((op.gc_flags & GC_UNCOUNTED) !== 0) {
    // Made for refpy's own use (see _PyObject_GC_NewUncounted).
  } else if (freelistPush(op)) {
    if (objectWatch.free !== null) objectWatch.free(op);
    freeBlockHeld(op.ob_size_bytes + GC_HEADER_SIZE);
    return;
  } else {
    const g0 = gcState.generations[0];
    if (g0.count > 0) g0.count--;
  }
  if (objectWatch.free !== null) objectWatch.free(op);
  const pre = PyObject_HeaderSize(op);
  freeBlock(op.ob_addr, op.ob_size_bytes + pre, pre);
}

/** The last step of a non-GC object's dealloc (CPython's PyObject_Free). */
export function PyObject_Free(op: PyObject): void {
  if (objectWatch.free !== null) objectWatch.free(op);
  const pre = PyObject_HeaderSize(op);
  freeBlock(op.ob_addr, op.ob_size_bytes + pre, pre);
}

/** CPython's _PyObject_IS_GC: a GC-capable object, one that carries the
 *  GC header (asked of its type: see heap/object.ts). Static type objects
 *  are not (type_is_gc: only heap types are). */
export function _PyObject_IS_GC(op: PyObject): op is PyGCObject {
  if ((op.ob_type.tp_flags & TPFLAGS_HAVE_GC) === 0) return false;
  // type's tp_is_gc: a type object is a GC object iff it is a heap type.
  const ownFlags = (op as unknown as { tp_flags?: number }).tp_flags;
  return ownFlags === undefined || (ownFlags & TPFLAGS_HEAPTYPE) !== 0;
}

/** Reset hooks of the layers above (collector statistics, the gc and
 *  weakref modules' state), run by resetGC. */
const resetHooks: (() => void)[] = [];
export function onGCReset(hook: () => void): void {
  resetHooks.push(hook);
}

/** For a fresh run in the same process. */
export function resetGC(): void {
  gcState.generations = [new GCGeneration(700), new GCGeneration(10), new GCGeneration(10)];
  gcState.permanent = new GCGeneration(0);
  gcState.enabled = true;
  gcState.collecting = false;
  gcState.stress = false;
  freelist.tuples.fill(0);
  freelist.lists = 0;
  freelist.dicts = 0;
  for (const stack of freelistAddrs.tuples) stack.length = 0;
  freelistAddrs.lists.length = 0;
  freelistAddrs.dicts.length = 0;
  unrepresentedAddrs.clear();
  floatFree.length = 0;
  freelist.slices = 1;
  freelist.bypass = false;
  freelist.uncounted = false;
  for (const hook of resetHooks) hook();
}
