/**
 * The three singletons without data: `None` (NoneType), `NotImplemented`
 * (NotImplementedType) and `Ellipsis` (ellipsis), as in CPython's
 * Objects/object.c and Objects/sliceobject.c.
 *
 * Each is a static object (never freed). In 3.11 they are not "immortal":
 * their counts go up and down, starting from an ordinary-looking value
 * (CPython's startup leaves None near a few thousand references); reaching
 * zero would be a refcount bug, so their dealloc throws.
 */
import { PyObject } from "../heap/object.js";
import { makeStatic, newStaticType, type PyTypeObject } from "./typeobject.js";
import { PyUnicode_FromString } from "./unicodeobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_TypeError } from "./exceptions.js";
import { METH_NOARGS } from "./methoddef.js";
import { Py_INCREF } from "../heap/refcount.js";

function none_dealloc(self: PyObject): void {
  throw new Error(`refpy internal error: deallocating ${self.ob_type.tp_name} singleton`);
}

export const PyNone_Type: PyTypeObject = newStaticType("NoneType", 16, 0, none_dealloc);
export const PyNotImplemented_Type: PyTypeObject = newStaticType("NotImplementedType", 16, 0, none_dealloc);
export const PyEllipsis_Type: PyTypeObject = newStaticType("ellipsis", 16, 0, none_dealloc);

/** Initial counts: what CPython 3.11 reports shortly after startup. */
export const Py_None: PyObject = makeStatic(new PyObject(PyNone_Type, 16), 5000);
export const Py_NotImplemented: PyObject = makeStatic(new PyObject(PyNotImplemented_Type, 16), 100);
export const Py_Ellipsis: PyObject = makeStatic(new PyObject(PyEllipsis_Type, 16), 20);

/** New reference to None. */
export function Py_RETURN_NONE(): PyObject {
  Py_None.ob_refcnt++;
  return Py_None;
}

/** New reference to NotImplemented. */
export function Py_RETURN_NOTIMPLEMENTED(): PyObject {
  Py_NotImplemented.ob_refcnt++;
  return Py_NotImplemented;
}

function none_repr(_self: PyObject): PyObject {
  return PyUnicode_FromString("None");
}
function none_bool(_self: PyObject): boolean {
  return false;
}
function none_hash(self: PyObject): number {
  // 3.11: the default (address-based) hash: id >> 4 rotated; see object_hash.
  return _Py_HashPointer(self.ob_addr);
}
function notimpl_repr(_self: PyObject): PyObject {
  return PyUnicode_FromString("NotImplemented");
}
function notimpl_bool(_self: PyObject): boolean {
  // 3.11 warns (DeprecationWarning, not shown by default) and returns True.
  return true;
}
function ellipsis_repr(_self: PyObject): PyObject {
  return PyUnicode_FromString("Ellipsis");
}
function singleton_new(subtype: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (args.length > 0 || kwnames !== null) {
    throw PyErr_Format(PyExc_TypeError, `${subtype.tp_name} takes no arguments`);
  }
  const r = subtype === PyNone_Type ? Py_None : subtype === PyNotImplemented_Type ? Py_NotImplemented : Py_Ellipsis;
  Py_INCREF(r);
  return r;
}

/** CPython's _Py_HashPointer: the address rotated right by 4 bits (as a
 *  64-bit value), never -1. Addresses here are below 2**53. */
export function _Py_HashPointer(addr: number): number {
  // rotate right by 4 within 64 bits: low 4 bits go to the top, which makes
  // the value exceed 2**53; CPython's result is then huge. Keep the exact
  // low bits: (addr >> 4) | (low4 << 60).
  const low4 = addr % 16;
  const shifted = Math.floor(addr / 16);
  if (low4 === 0) return shifted;
  // Addresses are 16-aligned, so this path is never taken in practice.
  return shifted + low4 * 2 ** 60;
}

PyNone_Type.tp_repr = none_repr;
PyNone_Type.nb_bool = none_bool;
PyNone_Type.tp_hash = none_hash;
PyNone_Type.tp_new = singleton_new;
PyNotImplemented_Type.tp_repr = notimpl_repr;
PyNotImplemented_Type.nb_bool = notimpl_bool;
PyNotImplemented_Type.tp_hash = none_hash;
PyNotImplemented_Type.tp_new = singleton_new;
PyEllipsis_Type.tp_repr = ellipsis_repr;
// __reduce__: the singleton's name, which pickle saves as a global.
PyEllipsis_Type.tp_methods = [{ name: "__reduce__", meth: () => PyUnicode_FromString("Ellipsis"), flags: METH_NOARGS }];
PyNotImplemented_Type.tp_methods = [
  { name: "__reduce__", meth: () => PyUnicode_FromString("NotImplemented"), flags: METH_NOARGS },
];
PyEllipsis_Type.tp_hash = none_hash;
PyEllipsis_Type.tp_new = singleton_new;
