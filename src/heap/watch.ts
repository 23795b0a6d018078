/**
 * Watching the object lifecycle: the one place the instruments (refcount
 * audit and leak check, traces, stats, heap snapshots) learn that an object
 * was allocated or freed.
 *
 * A watcher is `{ alloc?, free? }`. `alloc(op)` runs inside PyObject's
 * constructor, right after the allocator gave the block: only the header
 * (`ob_refcnt`, `ob_type`, `ob_addr`, `ob_size_bytes`) is set, the
 * subclass's own fields are not yet, so a watcher records the object and
 * looks at it later, never reads or calls into it there. `free(op)` runs
 * when the object's block goes back to the allocator (PyObject_Free,
 * PyObject_GC_Del, makeStatic), after its tp_dealloc released what it
 * held.
 *
 * With no watcher the hooks are null and cost the constructor one load and
 * compare. Watchers run in the order added; `removeObjectWatcher` (or
 * `resetObjectWatchers`, for a fresh run) takes them off.
 */
import type { PyObject } from "./object.js";

export interface ObjectWatcher {
  alloc?: (op: PyObject) => void;
  free?: (op: PyObject) => void;
}

/** The hooks the heap calls (object.ts, gc.ts, typeobject.ts). */
export const objectWatch = {
  alloc: null as ((op: PyObject) => void) | null,
  free: null as ((op: PyObject) => void) | null,
};

const watchers: ObjectWatcher[] = [];

function rebuild(): void {
  const allocs = watchers.filter((w) => w.alloc !== undefined).map((w) => w.alloc!);
  const frees = watchers.filter((w) => w.free !== undefined).map((w) => w.free!);
  objectWatch.alloc =
    allocs.length === 0
      ? null
      : allocs.length === 1
        ? allocs[0]
        : (op) => {
            for (let i = 0; i < allocs.length; i++) allocs[i](op);
          };
  objectWatch.free =
    frees.length === 0
      ? null
      : frees.length === 1
        ? frees[0]
        : (op) => {
            for (let i = 0; i < frees.length; i++) frees[i](op);
          };
}

export function addObjectWatcher(w: ObjectWatcher): void {
  watchers.push(w);
  rebuild();
}

export function removeObjectWatcher(w: ObjectWatcher): void {
  const i = watchers.indexOf(w);
  if (i >= 0) watchers.splice(i, 1);
  rebuild();
}

export function resetObjectWatchers(): void {
  watchers.length = 0;
  rebuild();
}
