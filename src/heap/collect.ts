/**
 * The cycle collector: CPython 3.11's Modules/gcmodule.c, step for step.
 *
 * Reference counting frees everything but cycles. A collection of
 * generation g finds the objects of generations 0..g that are reachable
 * only from each other, without any root set: it relies on every
 * reference being counted (heap/refcount.ts), so that
 *
 *   gc_refs = ob_refcnt - (references from other objects being collected)
 *
 * is the number of references from outside, and an object with none,
 * reached by nothing that has some, is garbage. The steps, under
 * gcmodule.c's names:
 *
 *   update_refs, subtract_refs, move_unreachable   (deduce_unreachable)
 *   untrack_tuples / untrack_dicts                 (3.11's untracking; tuples
 *                                                   during move_unreachable)
 *   promote survivors; long_lived bookkeeping
 *   move_legacy_finalizers                         (always empty: no tp_del)
 *   handle_weakrefs                                (clear, then callbacks)
 *   finalize_garbage                               (__del__ once, PEP 442)
 *   handle_resurrected_objects                     (deduce again)
 *   delete_garbage                                 (tp_clear)
 *
 * List order is CPython's: objects are appended at the tail, younger
 * generations are merged onto the collected one in order 0, 1, …, so
 * finalizers run in the same order as in 3.11.
 *
 * Cost: each step is a walk over a linked list of objects scattered in
 * the host's heap, so a walk costs about a cache miss per object; where
 * gcmodule.c walks a list twice with no code run in between, refpy folds
 * the walks into one when the result is provably the same (each such
 * place says why): untrack_tuples into move_unreachable,
 * move_legacy_finalizers' flag pass into handle_weakrefs' first loop,
 * finalize_garbage's moves into splices, and the second
 * deduce_unreachable skipped when no weakref callback and no finalizer
 * ran (bench/probes/collect_cycles.py measures the difference).
 *
 * What needs Python objects (weakref internals, gc.callbacks, gc.garbage,
 * DEBUG output) reaches this module through `gcHooks`, installed by the
 * object layer, so the heap imports nothing from objects/.
 */
import {
  GC_COLLECTING,
  GC_FINALIZED,
  GC_TRACKED,
  GC_UNREACHABLE,
  type GCLink,
  PyGCObject,
  type PyObject,
} from "./object.js";
import { Py_DECREF, Py_INCREF } from "./refcount.js";
import { FinalizerContext, heapHooks, _PyObject_RunFinalizer } from "./hooks.js";
import { freelist, gcState, GCHead, gc_list_merge, NUM_GENERATIONS, onGCReset, _PyGC_ClearFreeLists } from "./gc.js";

export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32;
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

export interface GCGenerationStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

/** What the object layer supplies. Each hook has a harmless default. */
export interface GCHooks {
  /** Is `op` a weak reference object? */
  isWeakref(op: PyObject): boolean;
  /** _PyWeakref_ClearRef: detach `wr` from its referent, keep its callback. */
  clearWeakref(wr: PyObject): void;
  /** The weak references to `op`, newest first (empty if none). */
  weakrefsOf(op: PyGCObject): PyObject[];
  /** The callback of a weak reference, or null. */
  weakrefCallback(wr: PyObject): PyObject | null;
  /** Call `callback(wr)`, reporting an exception as unraisable. */
  callWeakrefCallback(callback: PyObject, wr: PyObject): void;
  /** _PyTuple_MaybeUntrack / _PyDict_MaybeUntrack: untrack if atomic. */
  maybeUntrackTuple(op: PyGCObject): void;
  maybeUntrackDict(op: PyGCObject): void;
  /** Append to gc.garbage (DEBUG_SAVEALL and uncollectables). */
  saveGarbage(op: PyObject): void;
  /** `gc: collectable <A 0x…>` and the like, and DEBUG_STATS lines. */
  debugWrite(line: string): void;
  /** "<A 0x7f…>" as gcmodule.c's debug_cycle prints an object. */
  describe(op: PyObject): string;
  /** Invoke gc.callbacks with ("start"|"stop", info). */
  invokeCallbacks(phase: "start" | "stop", generation: number, collected: number, uncollectable: number): void;
}

export const gcHooks: GCHooks = {
  isWeakref: () => false,
  clearWeakref: () => {},
  weakrefsOf: () => [],
  weakrefCallback: () => null,
  callWeakrefCallback: () => {},
  maybeUntrackTuple: () => {},
  maybeUntrackDict: () => {},
  saveGarbage: () => {},
  debugWrite: () => {},
  describe: (op) => `<${op.ob_type.tp_name} 0x${op.ob_addr.toString(16)}>`,
  invokeCallbacks: () => {},
};

export const gcRuntime = {
  debug: 0,
  long_lived_total: 0,
  long_lived_pending: 0,
  /** The part of CPython's start-up population refpy's start-up does not
   *  make (see _PyGC_InitStartupState): added to long_lived_total at each
   *  full collection, as those objects would survive it. */
  long_lived_startup: 0,
  stats: [
    { collections: 0, collected: 0, uncollectable: 0 },
    { collections: 0, collected: 0, uncollectable: 0 },
    { collections: 0, collected: 0, uncollectable: 0 },
  ] as GCGenerationStats[],
  /** Seconds spent collecting, for -X stats. */
  totalTime: 0,
  /** Observer for traces (-X trace=gc): called after each collection. */
  onCollection: null as null | ((info: CollectionInfo) => void),
};

export interface CollectionInfo {
  generation: number;
  countsBefore: number[];
  examined: number;
  unreachable: number;
  collected: number;
  uncollectable: number;
  finalizersRun: number;
  seconds: number;
}

function isEmpty(head: GCHead): boolean {
  return head.gc_next === head;
}

function gc_list_size(head: GCHead): number {
  let n = 0;
  for (let gc = head.gc_next; gc !== head; gc = gc.gc_next!) n++;
  return n;
}

/** gc_list_remove then gc_list_append, without clearing the links that
 *  are written again at once. */
function gc_list_move(op: GCLink, to: GCHead): void {
  const prev = op.gc_prev!;
  const next = op.gc_next!;
  prev.gc_next = next;
  next.gc_prev = prev;
  const last = to.gc_prev;
  op.gc_prev = last;
  op.gc_next = to;
  last.gc_next = op;
  to.gc_prev = op;
}

// ---------------------------------------------------------------- deduce_unreachable

/** update_refs: gc_refs = ob_refcnt, and mark "collecting". */
function update_refs(containers: GCHead): void {
  for (let gc = containers.gc_next; gc !== containers; gc = gc.gc_next!) {
    const op = gc as PyGCObject;
    op.gc_refs = op.ob_refcnt;
    op.gc_flags |= GC_COLLECTING;
  }
}

function visit_decref(child: PyObject): void {
  // Only objects of the generation being collected carry GC_COLLECTING;
  // non-GC objects have no gc_flags at all (undefined & x === 0).
  if (((child as PyGCObject).gc_flags & GC_COLLECTING) !== 0) (child as PyGCObject).gc_refs--;
}

/** subtract_refs: take away the references from inside the set. */
function subtract_refs(containers: GCHead): void {
  for (let gc = containers.gc_next; gc !== containers; gc = gc.gc_next!) {
    const op = gc as PyGCObject;
    const traverse = op.ob_type.tp_traverse;
    if (traverse !== null) traverse(op, visit_decref);
  }
}

let reachableHead: GCHead = new GCHead();

function visit_reachable(child: PyObject): void {
  // An object without the GC header has no gc_flags (undefined & x is 0).
  const op = child as PyGCObject;
  if ((op.gc_flags & GC_COLLECTING) === 0) return;
  if ((op.gc_flags & GC_UNREACHABLE) !== 0) {
    // Had gc_refs == 0 when move_unreachable reached it, but is reachable
    // after all: back to the tail of young, to be scanned again.
    op.gc_flags &= ~GC_UNREACHABLE;
    gc_list_move(op, reachableHead);
    op.gc_refs = 1;
  } else if (op.gc_refs === 0) {
    op.gc_refs = 1;
  }
}

/** move_unreachable: scan young in order; what is reached from an object
 *  with outside references stays, the rest moves to `unreachable`.
 *
 *  With `untrackTuples`, it also does gc_collect_main's untrack_tuples,
 *  which walks young again afterwards calling _PyTuple_MaybeUntrack on
 *  each exact tuple: young's final order is the order in which this walk
 *  settles its objects (a reachable object stays where the walk finds
 *  it; one moved back is appended and settled when the walk gets there),
 *  and the walk changes no object's tracked state, so untracking each
 *  tuple as it is settled makes the same decisions in the same order.
 *  Returns the number of objects left in young (gc_list_size(young)). */
function move_unreachable(young: GCHead, unreachable: GCHead, untrackTuples: boolean, listDicts: boolean): number {
  const saved = reachableHead;
  reachableHead = young;
  const tupleType = untrackTuples ? freelist.tupleType : null;
  const dictType = listDicts ? freelist.dictType : null;
  settledDictsLen = 0;
  let n = 0;
  try {
    let gc = young.gc_next;
    while (gc !== young) {
      const op = gc as PyGCObject;
      if (op.gc_refs > 0) {
        const type = op.ob_type;
        const traverse = type.tp_traverse;
        if (traverse !== null) traverse(op, visit_reachable);
        op.gc_flags &= ~GC_COLLECTING;
        gc = op.gc_next!; // may have gained followers
        n++;
        if (type === tupleType) {
          gcHooks.maybeUntrackTuple(op);
          if ((op.gc_flags & GC_TRACKED) === 0) n--;
        } else if (type === dictType) {
          if (settledDictsLen < settledDicts.length) settledDicts[settledDictsLen] = op;
          else settledDicts.push(op);
          settledDictsLen++;
        }
      } else {
        // gc_list_move(op, unreachable), written out.
        const prev = op.gc_prev!;
        const next = op.gc_next!;
        prev.gc_next = next;
        next.gc_prev = prev;
        const last = unreachable.gc_prev;
        op.gc_prev = last;
        op.gc_next = unreachable;
        last.gc_next = op;
        unreachable.gc_prev = op;
        op.gc_flags |= GC_UNREACHABLE;
        gc = next;
      }
    }
  } finally {
    reachableHead = saved;
  }
  return n;
}

function deduce_unreachable(
  base: GCHead,
  unreachable: GCHead,
  untrackTuples: boolean = false,
  listDicts: boolean = false,
): number {
  update_refs(base);
  subtract_refs(base);
  return move_unreachable(base, unreachable, untrackTuples, listDicts);
}

function clear_unreachable_mask(list: GCHead): void {
  for (let gc = list.gc_next; gc !== list; gc = gc.gc_next!) {
    (gc as PyGCObject).gc_flags &= ~(GC_UNREACHABLE | GC_COLLECTING);
  }
}

// ---------------------------------------------------------------- untracking

/** The exact dicts move_unreachable settled in a full collection, in
 *  order, for untrack_dicts (reused; emptied after each use so that it
 *  keeps no object alive). */
const settledDicts: (PyGCObject | null)[] = [];
let settledDictsLen = 0;

/** untrack_dicts: _PyDict_MaybeUntrack on each exact dict of young, in
 *  list order, after untrack_tuples. gcmodule.c walks young for them;
 *  move_unreachable has listed them as it settled young (in the list's
 *  final order), and whether a dict can be untracked depends only on its
 *  items and the tracked state of tuples among them, final once the walk
 *  is over, not on other dicts, so the same dicts go. Returns how many
 *  were untracked. */
function untrack_dicts(): number {
  let untracked = 0;
  for (let i = 0; i < settledDictsLen; i++) {
    const op = settledDicts[i]!;
    settledDicts[i] = null;
    gcHooks.maybeUntrackDict(op);
    if ((op.gc_flags & GC_TRACKED) === 0) untracked++;
  }
  settledDictsLen = 0;
  return untracked;
}

// ---------------------------------------------------------------- weakrefs, finalizers

/** move_legacy_finalizers, which moves nothing (refpy has no tp_del), and
 *  its flag step: every unreachable object keeps GC_COLLECTING and loses
 *  GC_UNREACHABLE. Unless `withWeakrefs` is false, the same pass does
 *  handle_weakrefs' first loop (weakrefs_of_unreachable) for each object:
 *  that loop only asks GC_COLLECTING, which objects on either side of the
 *  pass both carry, and neither step runs Python code, so fusing them
 *  saves a walk over the list. Returns how many of the objects have a
 *  tp_finalize still to run (finalize_garbage's work), and leaves the
 *  list's length in `markedCount`. */
let markedCount = 0;
function mark_unreachable(unreachable: GCHead, withWeakrefs: boolean, wrcb_to_call: PyObject[]): number {
  let pending = 0;
  let count = 0;
  let gc = unreachable.gc_next;
  while (gc !== unreachable) {
    const op = gc as PyGCObject;
    count++;
    const next = op.gc_next!;
    const flags = op.gc_flags;
    op.gc_flags = (flags & ~GC_UNREACHABLE) | GC_COLLECTING;
    if ((flags & GC_FINALIZED) === 0 && op.ob_type.tp_finalize !== null) pending++;
    if (withWeakrefs) weakrefs_of_unreachable(op, wrcb_to_call);
    gc = next;
  }
  markedCount = count;
  return pending;
}

/** handle_weakrefs' first loop, for one unreachable object: clear it if it
 *  is a weakref, and clear every weakref to it; set aside (with a new
 *  reference) those that have a callback and are not garbage themselves. */
function weakrefs_of_unreachable(op: PyGCObject, wrcb_to_call: PyObject[]): void {
  if (gcHooks.isWeakref(op)) gcHooks.clearWeakref(op);
  if (op.weakreflist === null || !op.ob_type.tp_weakrefable) return;
  for (const wr of gcHooks.weakrefsOf(op)) {
    gcHooks.clearWeakref(wr);
    if (gcHooks.weakrefCallback(wr) === null) continue;
    // A weakref that is itself garbage does not get its callback.
    if (wr instanceof PyGCObject && (wr.gc_flags & GC_COLLECTING) !== 0) continue;
    Py_INCREF(wr);
    wrcb_to_call.push(wr);
  }
}

/** handle_weakrefs' second loop: call the callbacks set aside by
 *  weakrefs_of_unreachable. Returns the number of weakrefs freed as a side
 *  effect of their callbacks. */
function call_weakref_callbacks(wrcb_to_call: PyObject[], old: GCHead): number {
  let num_freed = 0;
  for (const wr of wrcb_to_call) {
    const callback = gcHooks.weakrefCallback(wr);
    if (callback !== null) gcHooks.callWeakrefCallback(callback, wr);
    Py_DECREF(wr);
    if (wr.ob_refcnt > 0) {
      // Still alive: CPython has moved it through wrcb_to_call to old.
      if (wr instanceof PyGCObject && (wr.gc_flags & GC_TRACKED) !== 0) gc_list_move(wr, old);
    } else {
      num_freed++;
    }
  }
  return num_freed;
}

/** Move the objects from `from`'s first up to `last` to the tail of `to`,
 *  in order: one splice for what gc_list_move would do one by one. */
function gc_list_move_prefix(from: GCHead, last: GCLink, to: GCHead): void {
  const first = from.gc_next;
  const after = last.gc_next!;
  from.gc_next = after;
  after.gc_prev = from;
  const tail = to.gc_prev;
  tail.gc_next = first;
  first.gc_prev = tail;
  last.gc_next = to;
  to.gc_prev = last;
}

/** finalize_garbage: call tp_finalize (`__del__`) once per object, in list
 *  order. Objects may vanish from the list as finalizers run, so each is
 *  moved to `seen` before its finalizer runs; a run of objects with
 *  nothing to finalize moves in one splice (no code runs in between). */
function finalize_garbage(collectable: GCHead): number {
  const seen = new GCHead();
  let ran = 0;
  while (!isEmpty(collectable)) {
    let gc = collectable.gc_next;
    let last: PyGCObject | null = null;
    while (
      gc !== collectable &&
      (((gc as PyGCObject).gc_flags & GC_FINALIZED) !== 0 || (gc as PyGCObject).ob_type.tp_finalize === null)
    ) {
      last = gc as PyGCObject;
      gc = last.gc_next!;
    }
    if (last !== null) gc_list_move_prefix(collectable, last, seen);
    if (gc === collectable) break;
    const op = gc as PyGCObject;
    gc_list_move(op, seen);
    const finalize = op.ob_type.tp_finalize;
    if ((op.gc_flags & GC_FINALIZED) === 0 && finalize !== null) {
      op.gc_flags |= GC_FINALIZED;
      Py_INCREF(op);
      _PyObject_RunFinalizer(finalize, op, FinalizerContext.Collection);
      ran++;
      Py_DECREF(op);
    }
  }
  gc_list_merge(seen, collectable);
  return ran;
}

/** handle_resurrected_objects: what a finalizer made reachable again moves
 *  to the old generation; the rest is final_unreachable. */
function handle_resurrected_objects(unreachable: GCHead, still_unreachable: GCHead, old: GCHead): void {
  for (let gc = unreachable.gc_next; gc !== unreachable; gc = gc.gc_next!) {
    (gc as PyGCObject).gc_flags &= ~(GC_COLLECTING | GC_UNREACHABLE);
  }
  deduce_unreachable(unreachable, still_unreachable);
  clear_unreachable_mask(still_unreachable);
  clear_unreachable_mask(unreachable);
  gc_list_merge(unreachable, old);
}

/** delete_garbage: tp_clear each object to break the cycles; refcounting
 *  frees them. One that survives its clear moves to the old generation. */
function delete_garbage(collectable: GCHead, old: GCHead): void {
  while (!isEmpty(collectable)) {
    const op = collectable.gc_next as PyGCObject;
    if ((gcRuntime.debug & DEBUG_SAVEALL) !== 0) {
      gcHooks.saveGarbage(op);
    } else {
      const clear = op.ob_type.tp_clear;
      if (clear !== null) {
        Py_INCREF(op);
        clear(op);
        Py_DECREF(op);
      }
    }
    if (collectable.gc_next === op) {
      // Still alive: move it on; it may die later.
      op.gc_flags &= ~(GC_COLLECTING | GC_UNREACHABLE);
      gc_list_move(op, old);
    }
  }
}

// ---------------------------------------------------------------- collect

function generationSizes(): number[] {
  return gcState.generations.map((g) => gc_list_size(g.head));
}

/** gc_collect_main: collect generation `generation` (and the younger ones).
 *  Returns [collected + uncollectable, uncollectable]. */
function gc_collect_main(generation: number): [number, number] {
  const t0 = performance.now();
  const debug = gcRuntime.debug;
  const countsBefore = gcState.generations.map((g) => g.count);
  if (heapHooks.collectionStart !== null) heapHooks.collectionStart(generation, countsBefore);
  if ((debug & DEBUG_STATS) !== 0) {
    gcHooks.debugWrite(`gc: collecting generation ${generation}...\n`);
    gcHooks.debugWrite(`gc: objects in each generation: ${generationSizes().join(" ")}\n`);
    gcHooks.debugWrite(`gc: objects in permanent generation: ${gc_list_size(gcState.permanent.head)}\n`);
  }
  const gens = gcState.generations;
  if (generation + 1 < NUM_GENERATIONS) gens[generation + 1].count += 1;
  for (let i = 0; i <= generation; i++) gens[i].count = 0;
  for (let i = 0; i < generation; i++) gc_list_merge(gens[i].head, gens[generation].head);

  const young = gens[generation].head;
  const old = generation < NUM_GENERATIONS - 1 ? gens[generation + 1].head : young;
  const examined = gcRuntime.onCollection === null ? 0 : gc_list_size(young);

  const unreachable = new GCHead();
  // untrack_tuples(young) is done by move_unreachable's walk; it counts
  // what stays in young as it goes, and lists the dicts of a full
  // collection for untrack_dicts.
  const survivors = deduce_unreachable(young, unreachable, true, young === old);
  if (young !== old) {
    if (generation === NUM_GENERATIONS - 2) gcRuntime.long_lived_pending += survivors;
    gc_list_merge(young, old);
  } else {
    gcRuntime.long_lived_total = survivors - untrack_dicts() + gcRuntime.long_lived_startup;
    gcRuntime.long_lived_pending = 0;
  }

  // move_legacy_finalizers: refpy has no tp_del, so `finalizers` stays
  // empty. Without DEBUG_COLLECTABLE (whose lines come between it and
  // handle_weakrefs) the same pass does handle_weakrefs' first loop.
  const finalizers = new GCHead();
  const wrcb_to_call: PyObject[] = [];
  const fused = (debug & DEBUG_COLLECTABLE) === 0;
  const pendingFinalizers = mark_unreachable(unreachable, fused, wrcb_to_call);
  if (!fused) {
    for (let gc = unreachable.gc_next; gc !== unreachable; gc = gc.gc_next!) {
      gcHooks.debugWrite(`gc: collectable ${gcHooks.describe(gc as PyGCObject)}\n`);
    }
    let gc = unreachable.gc_next;
    while (gc !== unreachable) {
      const next = gc.gc_next!;
      weakrefs_of_unreachable(gc as PyGCObject, wrcb_to_call);
      gc = next;
    }
  }

  const final_unreachable = new GCHead();
  let m = 0;
  let finalizersRun = 0;
  try {
    // Python code may run from here on only through weakref callbacks,
    // finalizers, and DEBUG_COLLECTABLE's writes to sys.stderr.
    const callbacks = wrcb_to_call.length;
    m += call_weakref_callbacks(wrcb_to_call, old);
    const codeRan = callbacks > 0 || !fused;
    if (pendingFinalizers > 0 || codeRan) finalizersRun = finalize_garbage(unreachable);
    if (finalizersRun > 0 || codeRan) {
      handle_resurrected_objects(unreachable, final_unreachable, old);
      m += gc_list_size(final_unreachable);
    } else {
      // No code ran since deduce_unreachable, so no reference and no
      // refcount changed: rerunning it on `unreachable` alone (every
      // gc_refs is 0 again, the walk moves each object in order) would
      // resurrect nothing and leave the list as it is. The flags are left
      // as CPython leaves them on final_unreachable (GC_COLLECTING set):
      // delete_garbage clears them on an object that survives, and
      // untracking clears them on one that leaves the list.
      // Nor did the list change since mark_unreachable counted it.
      gc_list_merge(unreachable, final_unreachable);
      m += markedCount;
    }
    delete_garbage(final_unreachable, old);
  } catch (e) {
    // Only an internal error gets here (Python exceptions raised by
    // finalizers and callbacks are reported as unraisable where they
    // happen): give the objects back to the old generation, unmarked, so
    // the heap stays consistent.
    clear_unreachable_mask(unreachable);
    clear_unreachable_mask(final_unreachable);
    gc_list_merge(unreachable, old);
    gc_list_merge(final_unreachable, old);
    throw e;
  }

  let n = 0;
  for (let gc = finalizers.gc_next; gc !== finalizers; gc = gc.gc_next!) {
    n++;
    if ((debug & DEBUG_UNCOLLECTABLE) !== 0) {
      gcHooks.debugWrite(`gc: uncollectable ${gcHooks.describe(gc as PyGCObject)}\n`);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  if ((debug & DEBUG_STATS) !== 0) {
    gcHooks.debugWrite(`gc: done, ${n + m} unreachable, ${n} uncollectable, ${seconds.toFixed(4)}s elapsed\n`);
  }
  gc_list_merge(finalizers, old);
  if (generation === NUM_GENERATIONS - 1) _PyGC_ClearFreeLists();

  const stats = gcRuntime.stats[generation];
  stats.collections++;
  stats.collected += m;
  stats.uncollectable += n;
  gcRuntime.totalTime += seconds;
  if (gcRuntime.onCollection !== null) {
    gcRuntime.onCollection({
      generation,
      countsBefore,
      examined,
      unreachable: n + m,
      collected: m,
      uncollectable: n,
      finalizersRun,
      seconds,
    });
  }
  return [n + m, n];
}

/** gc_collect_with_callback: gc.callbacks around one collection. */
function gc_collect_with_callback(generation: number): number {
  gcHooks.invokeCallbacks("start", generation, 0, 0);
  const [total, uncollectable] = gc_collect_main(generation);
  gcHooks.invokeCallbacks("stop", generation, total - uncollectable, uncollectable);
  return total;
}

/** gc_collect_generations: the automatic collection run from an
 *  allocation. Picks the oldest generation over its threshold; a full
 *  collection only when the long-lived rule allows. */
function gc_collect_generations(): number {
  const gens = gcState.generations;
  for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
    if (gens[i].count > gens[i].threshold) {
      // Py_ssize_t arithmetic: long_lived_total / 4 truncates.
      if (i === NUM_GENERATIONS - 1 && gcRuntime.long_lived_pending < Math.floor(gcRuntime.long_lived_total / 4))
        continue;
      return gc_collect_with_callback(i);
    }
  }
  return 0;
}

gcState.collectGenerations = () => {
  gcState.collecting = true;
  try {
    gc_collect_generations();
  } finally {
    gcState.collecting = false;
  }
};

/** Stress mode's schedule (see gc.ts's header): a generation-1
 *  collection at every GC-capable allocation (its survivors go straight to
 *  the oldest generation, in allocation order, as a full collection's
 *  do, so the lists keep the order a full collection at every allocation
 *  leaves; a generation-0 collection would put survivors in generation 1,
 *  which a full collection then merges after the younger objects), and a
 *  full one once the
 *  allocations since the last full one reach a quarter of what survived it
 *  (at least STRESS_FULL_MIN). Every new object is examined at the
 *  allocation after its own, as in a full collection at every allocation,
 *  while the whole heap is walked an amortised constant number of times
 *  per allocation instead of once each: the difference between a stressed
 *  run's cost growing with the heap and not. */
const STRESS_FULL_MIN = 32;
const stressSchedule = { allocations: 0, fullEvery: 0 };

// A new run starts with a full collection at its first stressed allocation.
onGCReset(() => {
  stressSchedule.allocations = 0;
  stressSchedule.fullEvery = 0;
});

gcState.collectStress = () => {
  gcState.collecting = true;
  try {
    if (++stressSchedule.allocations > stressSchedule.fullEvery) {
      gc_collect_with_callback(NUM_GENERATIONS - 1);
      stressSchedule.allocations = 0;
      stressSchedule.fullEvery = Math.max(
        STRESS_FULL_MIN,
        Math.floor(gc_list_size(gcState.generations[NUM_GENERATIONS - 1].head) / 4),
      );
    } else {
      gc_collect_with_callback(NUM_GENERATIONS - 2);
    }
  } finally {
    gcState.collecting = false;
  }
};

/** gc.collect(generation) (gc_collect_impl): runs whether or not the
 *  collector is enabled; returns 0 at once if a collection is running.
 *  The caller has checked 0 <= generation < NUM_GENERATIONS. */
export function PyGC_Collect(generation: number = NUM_GENERATIONS - 1): number {
  if (gcState.collecting) return 0;
  gcState.collecting = true;
  try {
    return gc_collect_with_callback(generation);
  } finally {
    gcState.collecting = false;
  }
}

/** The C API's PyGC_Collect(): a full collection with callbacks, only
 *  when the collector is enabled (Py_FinalizeEx's first collection). */
export function PyGC_CollectIfEnabled(): number {
  if (!gcState.enabled) return 0;
  return PyGC_Collect(NUM_GENERATIONS - 1);
}

/** _PyGC_CollectNoFail: the full collections of interpreter shutdown
 *  (finalize_modules): run even with the collector disabled, and without
 *  gc.callbacks. */
export function _PyGC_CollectNoFail(): number {
  if (gcState.collecting) return 0;
  gcState.collecting = true;
  try {
    return gc_collect_main(NUM_GENERATIONS - 1)[0];
  } finally {
    gcState.collecting = false;
  }
}

/**
 * What CPython 3.11's start-up leaves in the collector when `python3
 * prog.py` reaches the program's first line (measured, 3.11.7): the
 * modules site imports (importlib, encodings, io, abc, os, stat,
 * posixpath, _collections_abc, site …) with their functions, classes and
 * dicts, about 10,900 objects in generation 2, which a full collection
 * right then leaves at 11,092 (3,990 with -S); and the counts (…, 0, 2):
 * start-up ran 22 generation-0 and 2 generation-1 collections and no full
 * one.
 *
 * Those objects live to the end, so every full collection counts them in
 * long_lived_total, and the long-lived rule (a full collection only once
 * long_lived_pending reaches long_lived_total / 4) holds back full
 * collections by about 2,750 promoted objects even in a small program.
 * refpy's start-up makes about a hundred tracked objects, so without a
 * model that rule would let full collections run far sooner.
 */
export const CPYTHON_STARTUP_LONG_LIVED = 11092;
const CPYTHON_STARTUP_COUNT2 = 2;

/** Model CPython's start-up population at a program's first line:
 *  generation 2's count as start-up leaves it, and the long-lived objects
 *  refpy's start-up did not make (those it made, tracked now, are counted
 *  by the collections themselves). Not the objects themselves:
 *  gc.get_objects() and gc.get_stats() show refpy's own. */
export function _PyGC_InitStartupState(): void {
  let tracked = 0;
  for (const g of gcState.generations) tracked += gc_list_size(g.head);
  gcRuntime.long_lived_startup = Math.max(0, CPYTHON_STARTUP_LONG_LIVED - tracked);
  gcState.generations[2].count = CPYTHON_STARTUP_COUNT2;
}

export function resetCollector(): void {
  gcRuntime.debug = 0;
  gcRuntime.long_lived_total = 0;
  gcRuntime.long_lived_pending = 0;
  gcRuntime.long_lived_startup = 0;
  for (const s of gcRuntime.stats) {
    s.collections = 0;
    s.collected = 0;
    s.uncollectable = 0;
  }
  gcRuntime.totalTime = 0;
}
onGCReset(resetCollector);

/**
 * What a finished run left behind, let go before the next run starts
 * (interpreterReset): the objects gc.freeze() moved to the permanent
 * generation, those DEBUG_SAVEALL saved in gc.garbage, cycles no
 * collection reclaimed, or, after os._exit, the whole heap. CPython's
 * process would end there; refpy's goes on, and the next run must not
 * reach them (a class still listed in `int.__subclasses__()`) nor see
 * their references in the counts of the process's objects (None, the
 * static types). Every tracked object is cleared as delete_garbage clears
 * garbage, but none of the run's code runs: each is marked finalized
 * first (no `__del__`, no generator close) and the weak references to it
 * are cleared without their callbacks. `forget(op)` is called for each
 * before any is cleared (the runtime takes a class out of its bases'
 * `__subclasses__()` there, in case something outside the collector's
 * lists keeps it alive), and `release()` once they are all marked (the
 * runtime drops what the unwound frames of os._exit held). Returns how
 * many objects were freed.
 */
export function _PyGC_ReclaimAbandoned(forget: (op: PyObject) => void, release: () => void): number {
  const abandoned = new GCHead();
  for (const g of gcState.generations) gc_list_merge(g.head, abandoned);
  gc_list_merge(gcState.permanent.head, abandoned);
  if (isEmpty(abandoned)) return 0;
  gcState.collecting = true;
  gcRuntime.debug = 0;
  const kept = new GCHead();
  let freed = 0;
  try {
    for (let gc = abandoned.gc_next; gc !== abandoned; gc = gc.gc_next!) {
      const op = gc as PyGCObject;
      op.gc_flags = (op.gc_flags | GC_FINALIZED) & ~(GC_COLLECTING | GC_UNREACHABLE);
      forget(op);
      if (gcHooks.isWeakref(op)) gcHooks.clearWeakref(op);
      if (op.weakreflist !== null && op.ob_type.tp_weakrefable) {
        for (const wr of gcHooks.weakrefsOf(op)) gcHooks.clearWeakref(wr);
      }
    }
    release();
    while (!isEmpty(abandoned)) {
      const op = abandoned.gc_next as PyGCObject;
      const clear = op.ob_type.tp_clear;
      if (clear !== null) {
        Py_INCREF(op);
        try {
          clear(op);
          Py_DECREF(op);
        } catch {
          // Nothing of the run is reported any more.
        }
      }
      if (abandoned.gc_next === op) gc_list_move(op, kept);
      else freed++;
    }
  } finally {
    gcState.collecting = false;
  }
  return freed;
}
