/**
 * The instruments' hooks into the heap's moments that are not allocations
 * or frees (those are heap/watch.ts): a finalizer running, a weak
 * reference being cleared and its callback called, a collection starting.
 *
 * Each hook is null unless an instrument (a trace, an event callback) is
 * on, so the heap pays one load and compare at each such moment, which
 * are rare next to INCREF/DECREF. `finalizersRun` is a plain counter kept
 * always, for `RunResult.stats`; it is zeroed with the collector's state
 * at the start of a run.
 *
 * The hooks only observe: they must not allocate Python objects, change
 * refcounts or run Python code.
 */
import type { PyObject } from "./object.js";
import { onGCReset } from "./gc.js";

/** Where a finalizer was called from. */
export const enum FinalizerContext {
  /** The object's refcount reached zero (subtype_dealloc, a generator's dealloc). */
  Refcount = 0,
  /** The cycle collector's finalize_garbage. */
  Collection = 1,
}

export const heapHooks = {
  /** Finalizers (tp_finalize) called since the run began. */
  finalizersRun: 0,
  /** `start` true before tp_finalize runs, false after it returned. */
  finalizer: null as ((op: PyObject, start: boolean, context: FinalizerContext) => void) | null,
  /** A weak reference to `referent` is being cleared because the
   *  referent is dying (by refcount or in a collection). `referent` may
   *  be half torn down: describe it by type and address only. */
  weakrefCleared: null as ((wr: PyObject, referent: PyObject) => void) | null,
  /** The callback of a cleared weak reference is about to be called. */
  weakrefCallback: null as ((wr: PyObject, callback: PyObject) => void) | null,
  /** Built-in modules being imported (nested imports count each): the
   *  objects a module makes for itself are not the program's. */
  importDepth: 0,
  /** A collection of `generation` starts; `counts` are gc.get_count()'s. */
  collectionStart: null as ((generation: number, counts: number[]) => void) | null,
};

/** Call a finalizer (tp_finalize) and count it; with a finalizer hook,
 *  report its start and end. */
export function _PyObject_RunFinalizer(fin: (op: PyObject) => void, op: PyObject, context: FinalizerContext): void {
  heapHooks.finalizersRun++;
  const hook = heapHooks.finalizer;
  if (hook === null) {
    fin(op);
    return;
  }
  hook(op, true, context);
  try {
    fin(op);
  } finally {
    hook(op, false, context);
  }
}

onGCReset(() => {
  heapHooks.finalizersRun = 0;
  heapHooks.importDepth = 0;
});
