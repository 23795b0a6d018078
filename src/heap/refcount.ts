/**
 * Reference counting: the module that owns `ob_refcnt`.
 *
 * The rule: a count changes through the helpers below (Py_INCREF,
 * Py_DECREF, Py_XDECREF, Py_NewRef, _Py_DECREF_NO_DEALLOC, _Py_RefcntAdd,
 * _Py_SetRefcnt …; PyObject's constructor gives the first count with
 * _Py_NewReference, makeStatic a static object's with _Py_SetRefcnt), or
 * through the two inlined forms of Py_INCREF and Py_DECREF and nothing
 * else:
 *
 *     op.ob_refcnt++;
 *     if (--op.ob_refcnt === 0) _Py_Dealloc(op);
 *
 * The eval loop (src/vm/ceval.ts) and the hot paths of the objects (frame
 * clearing, small ints, the containers' item access …) write these out
 * on purpose: a helper's property access is one site that sees every
 * class of object and goes megamorphic in V8, while each inlined site
 * keeps its own, mostly monomorphic, feedback (the helpers cost fib 20 %).
 * The eval loop's inlined DECREF may also store the frame registers
 * between the zero check and the dealloc (STORE_FRAME). Any other write
 * (`=`, `+=`, a decrement without the zero check) belongs here.
 * test/refcount-writes.test.ts holds every file under src/ to this.
 *
 * Ownership rules (CPython's, Doc/c-api/intro.rst "Reference Counts"):
 *  - A function that returns a PyObject returns a NEW reference unless its
 *    doc comment says "borrowed": the caller owns it and must DECREF it (or
 *    hand it on) exactly once.
 *  - Arguments are BORROWED: a callee that keeps an argument (stores it in a
 *    container, an attribute, a frame slot) INCREFs it first.
 *  - A few functions STEAL a reference to an argument (their doc comment
 *    says so, like CPython's PyList_SET_ITEM / PyTuple_SET_ITEM): the caller
 *    gives up its reference.
 *  - A thrown Python exception object is a new reference owned by whoever
 *    catches it.
 *  - Clear a field BEFORE DECREF'ing what it held (Py_CLEAR / Py_SETREF),
 *    because the DECREF can run arbitrary code (`__del__`) that may look at
 *    the field.
 *  - On every path out of a function, including a throw, each owned
 *    reference is released or handed on: use try/finally where code between
 *    acquiring and releasing can raise.
 *
 * Deallocation is synchronous: the DECREF that reaches zero calls the
 * type's `tp_dealloc` right there. Container deallocs go through the
 * trashcan (CPython's Py_TRASHCAN_BEGIN/END, Objects/object.c): once 50
 * protected deallocs are nested, further ones are deferred to a LIFO list
 * that is drained when the nesting returns to zero, so dropping the head of
 * a million-node chain never nests more than 50 deallocs on the JavaScript
 * stack, and `__del__` output interleaves exactly as in CPython 3.11.
 */
import type { PyObject } from "./object.js";

/** Nesting level at which the trashcan defers (CPython's _PyTrash_UNWIND_LEVEL). */
export const TRASHCAN_UNWIND_LEVEL = 50;

let trashDeleteNesting = 0;
const trashDeleteLater: PyObject[] = [];

/** Hook for the audit/trace machinery: called just before `tp_dealloc`. */
export let deallocHook: ((op: PyObject) => void) | null = null;
export function setDeallocHook(hook: ((op: PyObject) => void) | null): void {
  deallocHook = hook;
}

export function Py_INCREF(op: PyObject): void {
  op.ob_refcnt++;
}

export function Py_XINCREF(op: PyObject | null): void {
  if (op !== null) op.ob_refcnt++;
}

export function Py_DECREF(op: PyObject): void {
  if (--op.ob_refcnt === 0) _Py_Dealloc(op);
}

export function Py_XDECREF(op: PyObject | null): void {
  if (op !== null && --op.ob_refcnt === 0) _Py_Dealloc(op);
}

/** CPython's _Py_RefcntAdd (pycore_object.h): `n` references at once, as
 *  list * n and tuple * n take them to a repeated item. */
export function _Py_RefcntAdd(op: PyObject, n: number): void {
  op.ob_refcnt += n;
}

/** CPython's _Py_DECREF_NO_DEALLOC (pycore_object.h): drop a reference that
 *  the caller knows is not the last one (a static object, or one that a
 *  container made just before still holds), so there is no zero check and
 *  never a dealloc. */
export function _Py_DECREF_NO_DEALLOC(op: PyObject): void {
  op.ob_refcnt--;
}

/** INCREF and return the same object: a new reference to a borrowed one. */
export function Py_NewRef<T extends PyObject>(op: T): T {
  op.ob_refcnt++;
  return op;
}

export function _Py_Dealloc(op: PyObject): void {
  if (deallocHook !== null) deallocHook(op);
  op.ob_type.tp_dealloc(op);
}

/** CPython's _Py_NewReference (Objects/object.c): a new object's count
 *  starts at 1, the reference its creator owns. PyObject's constructor
 *  calls it first, so `ob_refcnt` stays every object's first field. */
export function _Py_NewReference(op: PyObject): void {
  op.ob_refcnt = 1;
}

/** Set the refcount outright (CPython's Py_SET_REFCNT): a static object's
 *  starting count (makeStatic), or an object that is being resurrected or
 *  finalized (subtype_dealloc's temporary reference, PEP 442). */
export function _Py_SetRefcnt(op: PyObject, n: number): void {
  op.ob_refcnt = n;
}

/**
 * Py_TRASHCAN_BEGIN: call at the start of a protected tp_dealloc. Returns
 * false when the object was deferred; the dealloc must then return at once
 * without touching the object (and without calling trashcanEnd).
 */
export function trashcanBegin(op: PyObject): boolean {
  if (trashDeleteNesting >= TRASHCAN_UNWIND_LEVEL) {
    trashDeleteLater.push(op);
    return false;
  }
  trashDeleteNesting++;
  return true;
}

/** Py_TRASHCAN_END: call at the end of a protected tp_dealloc that began. */
export function trashcanEnd(): void {
  trashDeleteNesting--;
  if (trashDeleteLater.length > 0 && trashDeleteNesting <= 0) destroyChain();
}

/** _PyTrash_thread_destroy_chain: drain the deferred list, newest first,
 *  with the nesting counter at 1 so each drained object may nest 49 more. */
function destroyChain(): void {
  trashDeleteNesting++;
  while (trashDeleteLater.length > 0) {
    const op = trashDeleteLater.pop()!;
    op.ob_type.tp_dealloc(op);
  }
  trashDeleteNesting--;
}

/** For a fresh run in the same process. */
export function resetRefcount(): void {
  trashDeleteNesting = 0;
  trashDeleteLater.length = 0;
}
