/**
 * `staticmethod` and `classmethod` (CPython's Objects/funcobject.c, the
 * second half): wrappers that change how a function binds when found on a
 * class. A staticmethod's `__get__` returns the function itself; a
 * classmethod's returns a method bound to the class.
 *
 * Each owns a reference to the wrapped callable (`sm_callable` /
 * `cm_callable`) and to its `__dict__` when one was made.
 */
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import { PyUnicode_AsString, PyUnicode_FromString } from "./unicodeobject.js";
import { PyDict_Check, PyDict_New } from "./dictobject.js";
import { _PyObject_IsAbstract, _PyObject_LookupAttrString, PyObject_SetAttrString } from "./object.js";
import { Py_False, Py_True } from "./longobject.js";
import { PyObject_Repr } from "./abstract.js";
import { PyMethod_New } from "./classobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_RuntimeError, PyExc_TypeError } from "./exceptions.js";
import { _PyArg_CheckPositional, _PyArg_NoKwnames } from "./getargs.js";
import { PyObject_Call } from "./call.js";

/** staticmethod and classmethod share one layout (32 bytes in 3.11: head,
 *  callable, dict). */
export class PyFuncDescrObject extends PyGCObject {
  callable: PyObject | null;
  dict: PyObject | null;
  constructor(type: PyTypeObject, callable: PyObject | null) {
    super(type, 32);
    this.callable = callable;
    this.dict = null;
  }
}

function fd_dealloc(op: PyObject): void {
  const f = op as PyFuncDescrObject;
  PyObject_GC_UnTrack(f);
  const c = f.callable;
  const d = f.dict;
  f.callable = null;
  f.dict = null;
  Py_XDECREF(c);
  Py_XDECREF(d);
  PyObject_GC_Del(f);
}

function fd_traverse(op: PyObject, visit: (o: PyObject) => void): void {
  const f = op as PyFuncDescrObject;
  if (f.callable !== null) visit(f.callable);
  if (f.dict !== null) visit(f.dict);
}

function fd_clear(op: PyObject): void {
  const f = op as PyFuncDescrObject;
  const c = f.callable;
  const d = f.dict;
  f.callable = null;
  f.dict = null;
  Py_XDECREF(c);
  Py_XDECREF(d);
}

function fd_getdict(op: PyObject, create: boolean): PyObject | null {
  const f = op as PyFuncDescrObject;
  if (f.dict === null && create) f.dict = PyDict_New();
  return f.dict;
}

export const PyStaticMethod_Type = newStaticType("staticmethod", 32, TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE, fd_dealloc);
export const PyClassMethod_Type = newStaticType("classmethod", 32, TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE, fd_dealloc);

function fd_new(type: PyTypeObject, _args: PyObject[], _kw: PyObject | null): PyObject {
  const f = new PyFuncDescrObject(type, null);
  PyObject_GC_Track(f);
  return f;
}

/** functools_wraps: the wrapped callable's __module__, __name__,
 *  __qualname__, __doc__ and __annotations__, those it has, copied onto
 *  the wrapper (into its __dict__). */
function functools_wraps(wrapper: PyObject, wrapped: PyObject): void {
  for (const name of ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"]) {
    const value = _PyObject_LookupAttrString(wrapped, name);
    if (value === null) continue;
    try {
      PyObject_SetAttrString(wrapper, name, value);
    } finally {
      Py_DECREF(value);
    }
  }
}

function makeInit(name: string) {
  return (self: PyObject, args: PyObject[], kwnames: PyObject | null): void => {
    _PyArg_NoKwnames(name, kwnames);
    _PyArg_CheckPositional(name, args.length, 1, 1);
    const f = self as PyFuncDescrObject;
    const old = f.callable;
    f.callable = Py_NewRef(args[0]);
    Py_XDECREF(old);
    functools_wraps(self, args[0]);
  };
}

function fd_get_isabstractmethod(self: PyObject): PyObject {
  return Py_NewRef(_PyObject_IsAbstract((self as PyFuncDescrObject).callable) ? Py_True : Py_False);
}

function fd_get_dict(self: PyObject): PyObject {
  return Py_NewRef(fd_getdict(self, true)!);
}

/** PyObject_GenericSetDict. */
function fd_set_dict(self: PyObject, value: PyObject | null): void {
  if (value === null) throw PyErr_Format(PyExc_TypeError, "cannot delete __dict__");
  if (!PyDict_Check(value)) {
    throw PyErr_Format(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${value.ob_type.tp_name}'`);
  }
  const f = self as PyFuncDescrObject;
  const old = f.dict;
  f.dict = Py_NewRef(value);
  Py_XDECREF(old);
}

function uninitialized(what: string): PyObject {
  return PyErr_Format(PyExc_RuntimeError, `uninitialized ${what} object`);
}

function sm_descr_get(self: PyObject, _obj: PyObject | null, _type: PyObject | null): PyObject {
  const c = (self as PyFuncDescrObject).callable;
  if (c === null) throw uninitialized("staticmethod");
  return Py_NewRef(c);
}

function sm_call(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const c = (self as PyFuncDescrObject).callable;
  if (c === null) throw uninitialized("staticmethod");
  return PyObject_Call(c, args, kwnames);
}

function cm_descr_get(self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const c = (self as PyFuncDescrObject).callable;
  if (c === null) throw uninitialized("classmethod");
  const t = type ?? (obj as PyObject).ob_type;
  return PyMethod_New(c, t);
}

function fd_repr(self: PyObject): PyObject {
  const f = self as PyFuncDescrObject;
  const name = f.ob_type === PyStaticMethod_Type ? "staticmethod" : "classmethod";
  if (f.callable === null) return PyUnicode_FromString(`<${name}(NULL)>`);
  const r = PyObject_Repr(f.callable);
  try {
    return PyUnicode_FromString(`<${name}(${PyUnicode_AsString(r)})>`);
  } finally {
    Py_DECREF(r);
  }
}

function get_func(self: PyObject): PyObject {
  const c = (self as PyFuncDescrObject).callable;
  if (c === null) throw uninitialized("function");
  return Py_NewRef(c);
}

for (const t of [PyStaticMethod_Type, PyClassMethod_Type]) {
  t.tp_new = fd_new;
  t.tp_traverse = fd_traverse;
  t.tp_clear = fd_clear;
  t.tp_getdict = fd_getdict;
  t.tp_hasdict = true;
  t.tp_repr = fd_repr;
  t.tp_getset = [
    { name: "__func__", get: get_func, set: null },
    { name: "__wrapped__", get: get_func, set: null },
    { name: "__isabstractmethod__", get: fd_get_isabstractmethod, set: null },
    { name: "__dict__", get: fd_get_dict, set: fd_set_dict },
  ];
}
PyStaticMethod_Type.tp_init = makeInit("staticmethod");
PyStaticMethod_Type.tp_descr_get = sm_descr_get;
PyStaticMethod_Type.tp_call = sm_call;
PyClassMethod_Type.tp_init = makeInit("classmethod");
PyClassMethod_Type.tp_descr_get = cm_descr_get;

export function PyStaticMethod_New(callable: PyObject): PyObject {
  Py_INCREF(callable);
  const f = new PyFuncDescrObject(PyStaticMethod_Type, callable);
  PyObject_GC_Track(f);
  return f;
}

export function PyClassMethod_New(callable: PyObject): PyObject {
  Py_INCREF(callable);
  const f = new PyFuncDescrObject(PyClassMethod_Type, callable);
  PyObject_GC_Track(f);
  return f;
}

void PyExc_TypeError;
