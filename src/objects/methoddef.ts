/**
 * Method, getset and member tables: how a type (or a module) declares the
 * functions and attributes it offers, as CPython's PyMethodDef /
 * PyGetSetDef / PyMemberDef arrays. This is the one shape for them: every
 * built-in type sets its rows on `tp_methods` / `tp_getset` /
 * `tp_members`, every native module passes its rows to
 * PyModule_AddFunctions.
 *
 * A built-in type lists them on its type object before start-up:
 *
 *     PyList_Type.tp_methods = [
 *       { name: "append", meth: list_append, flags: METH_O },
 *       { name: "pop", meth: list_pop, flags: METH_FASTCALL },
 *       { name: "clear", meth: list_clear, flags: METH_NOARGS },
 *     ];
 *     PyComplex_Type.tp_getset = [{ name: "real", get: c_real, set: null }];
 *
 * and PyType_Ready turns each row into a descriptor in the type's dict
 * (`method_descriptor`, `classmethod_descriptor`, `staticmethod`,
 * `getset_descriptor`). Modules pass the same rows to PyModule_AddFunctions.
 *
 * Calling conventions (`flags`, CPython's METH_* values) and the function
 * shape each one expects — `self` is the bound object (the instance, the
 * module for module functions, the type for METH_CLASS, None when there is
 * none); all arguments are borrowed; the result is a new reference:
 *   METH_NOARGS                  meth(self)                      no arguments allowed
 *   METH_O                       meth(self, arg)                 exactly one positional
 *   METH_FASTCALL                meth(self, args, null)          positional only
 *   METH_FASTCALL|METH_KEYWORDS  meth(self, args, kwnames)       vectorcall layout
 * The argument-count and no-keyword checks of the first three (with
 * CPython's messages) are done by the caller (methodobject.ts /
 * descrobject.ts), so `meth` never sees a wrong count for NOARGS / O.
 */
import type { PyObject } from "../heap/object.js";

export const METH_VARARGS = 0x0001;
export const METH_KEYWORDS = 0x0002;
export const METH_NOARGS = 0x0004;
export const METH_O = 0x0008;
export const METH_CLASS = 0x0010;
export const METH_STATIC = 0x0020;
export const METH_COEXIST = 0x0040;
export const METH_FASTCALL = 0x0080;

export type PyCFunctionNoArgs = (self: PyObject) => PyObject;
export type PyCFunctionO = (self: PyObject, arg: PyObject) => PyObject;
/** `args` is borrowed and may be a view the caller reuses: copy to keep. */
export type PyCFunctionFast = (self: PyObject, args: PyObject[], kwnames: PyObject | null) => PyObject;
export type PyCFunction = PyCFunctionNoArgs | PyCFunctionO | PyCFunctionFast;

export interface PyMethodDef {
  name: string;
  meth: PyCFunction;
  flags: number;
  /** CPython 3.11 declares it METH_VARARGS (set from call-conventions.ts
   *  when its type or module is made): a call packs the positional
   *  arguments into a tuple, and keyword arguments into a dict, held while
   *  the call runs (methodobject.ts's callMethodDef makes them), and the
   *  eval loop has no specialized call for it, so every call counts a
   *  recursion level. */
  varargs?: boolean;
  /** With `varargs`: the implementation makes CPython's tuple and dict
   *  itself, because it uses them (str.format). */
  packsArgs?: boolean;
  doc?: string | null;
}

/** Getter returns a new reference; setter gets `value` null for delete
 *  (a null `set` makes the attribute read-only). */
export interface PyGetSetDef {
  name: string;
  get: ((self: PyObject) => PyObject) | null;
  set: ((self: PyObject, value: PyObject | null) => void) | null;
  doc?: string | null;
}

/** A member stored in a JS field of the instance (CPython's PyMemberDef with
 *  an offset): read-only when `set` is null ("readonly attribute"). `get`
 *  returns a borrowed value or null (null reads as AttributeError, or None
 *  when `noneIfNull`), or a number for a C integer member (T_INT,
 *  T_PYSSIZET), which reads as a new int each time; with `newReference`, a new
 *  reference, for a member held as a C double (T_DOUBLE: complex.real)
 *  that each read turns into a new object. */
export interface PyMemberDef {
  name: string;
  get: (self: PyObject) => PyObject | number | null;
  set: ((self: PyObject, value: PyObject | null) => void) | null;
  noneIfNull: boolean;
  newReference?: boolean;
  doc?: string | null;
}
