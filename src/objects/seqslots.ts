/**
 * Side tables for the sequence slots PyTypeObject has no field for
 * (CPython's sq_repeat, sq_inplace_concat, sq_inplace_repeat) and for the
 * native `__length_hint__` of built-in iterators.
 *
 * A leaf module (no run-time imports), so type modules can register at
 * top level whatever order the module graph evaluates them in. Lookups
 * (abstract.ts) walk `tp_base`, so subclasses inherit the entries.
 */
import type { PyObject } from "../heap/object.js";
import type { PyTypeObject, binaryfunc } from "./typeobject.js";

export type repeatfunc = (seq: PyObject, n: number) => PyObject;

/** A null entry hides the base's slot (a class that overrides the dunder
 *  in Python has no sequence slot of its own, as in CPython). */
export const sqRepeat = new Map<PyTypeObject, repeatfunc | null>();
export const sqInplaceConcat = new Map<PyTypeObject, binaryfunc | null>();
export const sqInplaceRepeat = new Map<PyTypeObject, repeatfunc | null>();
export const lengthHints = new Map<PyTypeObject, (o: PyObject) => number>();

export function registerSequenceRepeat(
  t: PyTypeObject,
  repeat: repeatfunc | null,
  inplaceConcat: binaryfunc | null,
  inplaceRepeat: repeatfunc | null,
): void {
  if (repeat !== null) sqRepeat.set(t, repeat);
  if (inplaceConcat !== null) sqInplaceConcat.set(t, inplaceConcat);
  if (inplaceRepeat !== null) sqInplaceRepeat.set(t, inplaceRepeat);
}

/** A native __length_hint__ for a built-in iterator type. */
export function registerLengthHint(t: PyTypeObject, fn: (o: PyObject) => number): void {
  lengthHints.set(t, fn);
}

/** The entry for `t` or its nearest base. */
export function findSlot<F>(map: Map<PyTypeObject, F | null>, t: PyTypeObject): F | null {
  for (let x: PyTypeObject | null = t; x !== null; x = x.tp_base) {
    const f = map.get(x);
    if (f !== undefined) return f;
  }
  return null;
}

/**
 * Set `t`'s entry as update_slot leaves a heap type's slot: an entry only
 * where the type's slot differs from what it inherits, so the table holds
 * no row for the many classes that change nothing.
 */
export function setSlotEntry<F>(map: Map<PyTypeObject, F | null>, t: PyTypeObject, f: F | null): void {
  map.delete(t);
  const inherited = t.tp_base === null ? null : findSlot(map, t.tp_base);
  if (f !== inherited) map.set(t, f);
}
