/**
 * Declarative method and attribute tables for the core built-in types
 * (CPython's PyMethodDef and PyGetSetDef arrays).
 *
 * A type's module lists its methods once, at top level:
 *
 *     registerMethods(PyList_Type, [
 *       { name: "append", fn: list_append, flags: METH_O },
 *       ...
 *     ]);
 *
 * PyType_Ready (typeimpl.ts) reads `typeMethods.get(type)` /
 * `typeGetSets.get(type)` and turns each entry into a method / getset
 * descriptor in the type's dict. The tables are plain data, so they can
 * be built while modules are still initialising.
 *
 * Calling convention of `fn`: vectorcall — `fn(self, args, kwnames)`,
 * `args` holding the positional arguments followed by the keyword values
 * whose names are in `kwnames` (a tuple of str, or null). For METH_CLASS
 * `self` is the type. Returns a new reference. METH_NOARGS entries are
 * called with an empty `args`; METH_O entries with one argument (the
 * caller checks the count); METH_FASTCALL_KEYWORDS entries check their
 * own arguments (getargs.ts).
 */
import type { PyObject } from "../heap/object.js";
import type { PyTypeObject } from "./typeobject.js";

/** No arguments. */
export const METH_NOARGS = 0x0004;
/** Exactly one positional argument, no keywords. */
export const METH_O = 0x0008;
/** Anything (positional and keywords): `fn` checks. */
export const METH_FASTCALL_KEYWORDS = 0x0080 | 0x0002;
/** Binds to the class (classmethod). */
export const METH_CLASS = 0x0010;
/** No binding (staticmethod). */
export const METH_STATIC = 0x0020;

export type MethodFn = (self: PyObject, args: PyObject[], kwnames: PyObject | null) => PyObject;

export interface MethodDef {
  name: string;
  fn: MethodFn;
  /** METH_NOARGS, METH_O or METH_FASTCALL_KEYWORDS, possibly | METH_CLASS / METH_STATIC. */
  flags: number;
  doc?: string;
}

export interface GetSetDef {
  name: string;
  /** Returns a new reference. */
  get: (self: PyObject) => PyObject;
  /** `value` null means delete; absent means read-only. */
  set?: (self: PyObject, value: PyObject | null) => void;
  doc?: string;
}

export const typeMethods = new Map<PyTypeObject, readonly MethodDef[]>();
export const typeGetSets = new Map<PyTypeObject, readonly GetSetDef[]>();

export function registerMethods(type: PyTypeObject, table: readonly MethodDef[]): void {
  const prev = typeMethods.get(type);
  typeMethods.set(type, prev === undefined ? table : prev.concat(table));
}

export function registerGetSets(type: PyTypeObject, table: readonly GetSetDef[]): void {
  const prev = typeGetSets.get(type);
  typeGetSets.set(type, prev === undefined ? table : prev.concat(table));
}
