/**
 * Raising helpers: CPython's PyErr_* family (Python/errors.c), adapted to
 * refpy's convention that native code raises by THROWING a Python
 * exception object.
 *
 *     throw PyErr_Format(PyExc_TypeError, `'${tp}' object is not iterable`);
 *
 * Each helper returns a NEW reference to a fresh exception instance; the
 * code that catches it owns it (and must DECREF it if it swallows it).
 *
 * Every exception that native code creates goes through one function,
 * `PyErr_NewWithArgs`, so the exception machinery can route creation
 * through `type.tp_new` / a factory by installing `setExceptionFactory`.
 */
import type { PyObject } from "../heap/object.js";
import { Py_INCREF } from "../heap/refcount.js";
import { PyBaseExceptionObject, PyExc_BaseException, PyExc_MemoryError } from "./exceptions.js";
import { PyType_IsSubtype, PyTypeObject } from "./typeobject.js";
import { PyUnicode_FromString } from "./unicodeobject.js";
import { PyTuple_New, PyTuple_SET_ITEM, PyTupleObject } from "./tupleobject.js";

/** Builds an exception instance from a type and an args tuple (stolen). */
export type ExceptionFactory = (type: PyTypeObject, args: PyObject) => PyObject;

function defaultFactory(type: PyTypeObject, args: PyObject): PyObject {
  return new PyBaseExceptionObject(type, args);
}

let exceptionFactory: ExceptionFactory = defaultFactory;

/** The exception machinery installs how instances are made (e.g. so that
 *  KeyError/StopIteration set their extra attributes). */
export function setExceptionFactory(f: ExceptionFactory | null): void {
  exceptionFactory = f ?? defaultFactory;
}

/** A new exception instance of `type` with `args` (a tuple; STOLEN). */
export function PyErr_NewWithArgs(type: PyTypeObject, args: PyObject): PyBaseExceptionObject {
  return exceptionFactory(type, args) as PyBaseExceptionObject;
}

/** A new exception instance `type(msg)`: the object to `throw`. */
export function PyErr_Format(type: PyTypeObject, msg: string): PyBaseExceptionObject {
  const args = PyTuple_New(1);
  PyTuple_SET_ITEM(args, 0, PyUnicode_FromString(msg));
  return PyErr_NewWithArgs(type, args);
}

/** Same as PyErr_Format (CPython's PyErr_SetString). */
export function PyErr_SetString(type: PyTypeObject, msg: string): PyBaseExceptionObject {
  return PyErr_Format(type, msg);
}

/** A new exception instance `type(value)` (value borrowed), e.g. KeyError(key). */
export function PyErr_SetObject(type: PyTypeObject, value: PyObject): PyBaseExceptionObject {
  const args = PyTuple_New(1);
  Py_INCREF(value);
  PyTuple_SET_ITEM(args, 0, value);
  return PyErr_NewWithArgs(type, args);
}

/** A new exception instance `type()` with no arguments. */
export function PyErr_NoArgs(type: PyTypeObject): PyBaseExceptionObject {
  return PyErr_NewWithArgs(type, PyTuple_New(0));
}

export function PyErr_NoMemory(): PyBaseExceptionObject {
  return PyErr_NoArgs(PyExc_MemoryError);
}

/** Is `op` an exception instance (of BaseException or a subclass)? */
export function PyExceptionInstance_Check(op: unknown): op is PyBaseExceptionObject {
  return op instanceof PyBaseExceptionObject && PyType_IsSubtype(op.ob_type, PyExc_BaseException);
}

/** Does exception instance (or class) `exc` match `type` (a class or a
 *  tuple of classes, nested tuples allowed, as in an `except` clause)? */
export function PyErr_GivenExceptionMatches(exc: PyObject, type: PyObject): boolean {
  if (type instanceof PyTupleObject) {
    const items = type.ob_item;
    for (let i = 0; i < items.length; i++) {
      if (PyErr_GivenExceptionMatches(exc, items[i])) return true;
    }
    return false;
  }
  if (!(type instanceof PyTypeObject)) return exc === type;
  const et = exc instanceof PyTypeObject ? exc : exc.ob_type;
  return PyType_IsSubtype(et, type);
}

/** Is `exc` (a thrown value) a Python exception of `type` (or a subclass)? */
export function PyErr_ExceptionMatches(exc: unknown, type: PyTypeObject): boolean {
  return exc instanceof PyBaseExceptionObject && PyType_IsSubtype(exc.ob_type, type);
}
