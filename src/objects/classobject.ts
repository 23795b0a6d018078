/**
 * Bound methods (CPython's Objects/classobject.c, the `method` type): a
 * function together with the object it was looked up on. `obj.f` creates
 * one (function.__get__); calling it calls `im_func(im_self, *args)`.
 *
 * Owns references to `im_func` and `im_self` (so a bound method kept in a
 * variable keeps its object alive: +1 on `sys.getrefcount(obj)`).
 */
import { PyGCObject, type PyObject, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, _Py_Dealloc } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType, _PyType_Lookup } from "./typeobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import { PyUnicode_Check, PyUnicode_AsString, PyUnicode_FromString } from "./unicodeobject.js";
import { Py_NotImplemented } from "./noneobject.js";
import { PyBool_FromBool } from "./longobject.js";
import { PyObject_Hash, PyObject_Repr } from "./abstract.js";
import { PyObject_GetAttr, PyObject_GetAttrString, _PyObject_LookupAttrString, _Py_HashPointer } from "./object.js";
import { _PyArg_CheckPositional } from "./getargs.js";
import { PyObject_Call } from "./call.js";
import { _PyTuple_FromArraySteal } from "./tupleobject.js";
import { _PyEval_GetBuiltin } from "./iterreduce.js";
import { METH_NOARGS } from "./methoddef.js";
import { PyObject_ClearWeakRefs } from "./weakrefobject.js";

/** sizeof(PyMethodObject) in 3.11. */
const METHOD_SIZE = 48;

export class PyMethodObject extends PyGCObject {
  im_func: PyObject;
  im_self: PyObject;
  constructor(func: PyObject, self: PyObject) {
    super(PyMethod_Type, METHOD_SIZE);
    this.im_func = func;
    this.im_self = self;
  }
}

function method_dealloc(op: PyObject): void {
  const m = op as PyMethodObject;
  PyObject_GC_UnTrack(m);
  if (m.weakreflist !== null) PyObject_ClearWeakRefs(m);
  if (--m.im_func.ob_refcnt === 0) _Py_Dealloc(m.im_func);
  if (--m.im_self.ob_refcnt === 0) _Py_Dealloc(m.im_self);
  PyObject_GC_Del(m);
}

function method_traverse(op: PyObject, visit: (o: PyObject) => void): void {
  const m = op as PyMethodObject;
  visit(m.im_func);
  visit(m.im_self);
}

export const PyMethod_Type = newStaticType("method", METHOD_SIZE, TPFLAGS_HAVE_GC, method_dealloc);

/** A bound method (new reference); `func` and `self` are borrowed. */
export function PyMethod_New(func: PyObject, self: PyObject): PyObject {
  func.ob_refcnt++;
  self.ob_refcnt++;
  const m = new PyMethodObject(func, self);
  PyObject_GC_Track(m);
  return m;
}

export function PyMethod_Check(op: PyObject): op is PyMethodObject {
  return op.ob_type === PyMethod_Type;
}

function method_call(callable: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const m = callable as PyMethodObject;
  const full: PyObject[] = [m.im_self];
  for (let i = 0; i < args.length; i++) full.push(args[i]);
  return PyObject_Call(m.im_func, full, kwnames);
}

function method_repr(op: PyObject): PyObject {
  const m = op as PyMethodObject;
  let name = "?";
  const q = _PyObject_LookupAttrString(m.im_func, "__qualname__") ?? _PyObject_LookupAttrString(m.im_func, "__name__");
  if (q !== null) {
    if (PyUnicode_Check(q)) name = PyUnicode_AsString(q);
    Py_DECREF(q);
  }
  const r = PyObject_Repr(m.im_self);
  try {
    return PyUnicode_FromString(`<bound method ${name} of ${PyUnicode_AsString(r)}>`);
  } finally {
    Py_DECREF(r);
  }
}

function method_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if ((op !== Py_EQ && op !== Py_NE) || a.ob_type !== PyMethod_Type || b.ob_type !== PyMethod_Type) {
    return Py_NewRef(Py_NotImplemented);
  }
  const ma = a as PyMethodObject;
  const mb = b as PyMethodObject;
  const eq = ma.im_func === mb.im_func && ma.im_self === mb.im_self;
  return PyBool_FromBool(op === Py_EQ ? eq : !eq);
}

function method_hash(op: PyObject): number {
  const m = op as PyMethodObject;
  let h = (_Py_HashPointer(m.im_self) ^ PyObject_Hash(m.im_func)) | 0;
  if (h === -1) h = -2;
  return h;
}

/** Attributes of the method type first, then the function's. */
function method_getattro(op: PyObject, name: PyObject): PyObject {
  const m = op as PyMethodObject;
  const descr = _PyType_Lookup(PyMethod_Type, name);
  if (descr !== null) {
    const f = descr.ob_type.tp_descr_get;
    if (f !== null) return f(descr, op, PyMethod_Type);
    return Py_NewRef(descr);
  }
  return PyObject_GetAttr(m.im_func, name);
}

function method_new(_type: unknown, args: PyObject[], _kw: PyObject | null): PyObject {
  _PyArg_CheckPositional("method", args.length, 2, 2);
  return PyMethod_New(args[0], args[1]);
}

PyMethod_Type.tp_call = method_call;
PyMethod_Type.tp_repr = method_repr;
PyMethod_Type.tp_richcompare = method_richcompare;
PyMethod_Type.tp_hash = method_hash;
PyMethod_Type.tp_getattro = method_getattro;
PyMethod_Type.tp_traverse = method_traverse;
PyMethod_Type.tp_weakrefable = true;
PyMethod_Type.tp_new = method_new;
/** method.__reduce__(): getattr(self, func.__name__). */
function method_reduce(self: PyObject): PyObject {
  const im = self as PyMethodObject;
  const funcname = PyObject_GetAttrString(im.im_func, "__name__");
  return _PyTuple_FromArraySteal([
    _PyEval_GetBuiltin("getattr"),
    _PyTuple_FromArraySteal([Py_NewRef(im.im_self), funcname]),
  ]);
}

PyMethod_Type.tp_methods = [{ name: "__reduce__", meth: method_reduce, flags: METH_NOARGS }];
PyMethod_Type.tp_getset = [
  { name: "__func__", get: (s) => Py_NewRef((s as PyMethodObject).im_func), set: null },
  { name: "__self__", get: (s) => Py_NewRef((s as PyMethodObject).im_self), set: null },
  { name: "__doc__", get: (s) => PyObject_GetAttrString((s as PyMethodObject).im_func, "__doc__"), set: null },
];
