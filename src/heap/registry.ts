/**
 * The registry of a run's live objects: the leak check's and the refcount
 * audit's view of the heap.
 *
 * Representation: one JavaScript `Set` of every object allocated since
 * `startRegistry()` and not yet freed, fed by an object watcher
 * (heap/watch.ts): `alloc` adds, `free` deletes. Insertion order is
 * allocation order, so a report lists the oldest survivor first.
 *
 * What counts as "the run": objects allocated after the registry starts.
 * The runtime starts it after interpreterInit, just before a run's
 * interpreterReset, so the objects made once per process (static types'
 * dicts, their descriptors and slot wrappers, the static singletons) are
 * outside it and never reported; everything the run makes (its builtins
 * and sys modules, imported modules, the program's objects) is inside.
 * `makeStatic` frees an object's block as it turns static, so a static
 * object made during a run leaves the registry too.
 *
 * Invariant: while the registry is on, `registry.live` holds exactly the
 * run's objects whose block has not been freed (ob_refcnt > 0, or being
 * deallocated right now). Off, it costs nothing: the watcher is removed
 * and the heap's hooks are null again.
 */
import type { PyObject } from "./object.js";
import { addObjectWatcher, removeObjectWatcher, type ObjectWatcher } from "./watch.js";

export const registry = {
  /** The run's live objects, in allocation order; null when off. */
  live: null as Set<PyObject> | null,
};

function onAlloc(op: PyObject): void {
  registry.live!.add(op);
}

function onFree(op: PyObject): void {
  registry.live!.delete(op);
}

const watcher: ObjectWatcher = { alloc: onAlloc, free: onFree };

/** Start recording (a fresh, empty registry). */
export function startRegistry(): void {
  if (registry.live !== null) removeObjectWatcher(watcher);
  registry.live = new Set();
  addObjectWatcher(watcher);
}

/** Stop recording and forget the objects. */
export function stopRegistry(): void {
  if (registry.live === null) return;
  removeObjectWatcher(watcher);
  registry.live = null;
}

/** The run's objects still alive, oldest first (a snapshot). */
export function liveObjects(): PyObject[] {
  return registry.live === null ? [] : Array.from(registry.live);
}
