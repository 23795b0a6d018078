/**
 * Weak references (CPython's Objects/weakrefobject.c). The weakref module
 * comes later; until then no object ever has weak references, and
 * `PyObject_ClearWeakRefs` — called by deallocs right after `__del__`, as
 * in CPython — has nothing to do.
 */
import type { PyObject } from "../heap/object.js";

/** Hook the weakref implementation installs. */
let clearWeakRefs: ((obj: PyObject) => void) | null = null;

export function setClearWeakRefsHook(hook: ((obj: PyObject) => void) | null): void {
  clearWeakRefs = hook;
}

/** Clear the weak references to `obj` and run their callbacks. */
export function PyObject_ClearWeakRefs(obj: PyObject): void {
  if (clearWeakRefs !== null) clearWeakRefs(obj);
}
