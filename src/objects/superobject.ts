/**
 * `super` (CPython's Objects/typeobject.c super_*): looks attributes up in
 * the MRO of `obj_type` starting after `type`. `super()` with no arguments
 * takes `type` from the `__class__` cell of the running function and `obj`
 * from its first argument, as the compiler arranges for methods that
 * mention `super` or `__class__`.
 *
 * Owns references to `type`, `obj` and `obj_type`.
 */
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType, PyType_Check, PyType_IsSubtype, type PyTypeObject } from "./typeobject.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "./unicodeobject.js";
import { PyDict_GetItem } from "./dictobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_RuntimeError, PyExc_TypeError } from "./exceptions.js";
import { _PyArg_CheckPositional, _PyArg_NoKwnames } from "./getargs.js";
import { PyObject_GenericGetAttr, typeQualName } from "./object.js";
import { PyCell_Type, PyCell_GET } from "./cellobject.js";
import { CO_FAST_CELL, CO_FAST_FREE } from "../bytecode/code.js";
import { currentFrame } from "./pystate.js";
import { Py_None } from "./noneobject.js";

export class PySuperObject extends PyGCObject {
  type: PyTypeObject | null;
  obj: PyObject | null;
  obj_type: PyTypeObject | null;
  constructor(t: PyTypeObject) {
    super(t, 40);
    this.type = null;
    this.obj = null;
    this.obj_type = null;
  }
}

function S(o: PyObject): PySuperObject {
  return o as PySuperObject;
}

function super_clear(op: PyObject): void {
  const s = S(op);
  const a = s.type,
    b = s.obj,
    c = s.obj_type;
  s.type = null;
  s.obj = null;
  s.obj_type = null;
  Py_XDECREF(a);
  Py_XDECREF(b);
  Py_XDECREF(c);
}

function super_dealloc(op: PyObject): void {
  PyObject_GC_UnTrack(op as PyGCObject);
  super_clear(op);
  PyObject_GC_Del(op as PyGCObject);
}

function super_traverse(op: PyObject, visit: (o: PyObject) => void): void {
  const s = S(op);
  if (s.obj !== null) visit(s.obj);
  if (s.type !== null) visit(s.type);
  if (s.obj_type !== null) visit(s.obj_type);
}

export const PySuper_Type = newStaticType("super", 40, TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE, super_dealloc);
PySuper_Type.tp_vectorcall = true; // super_vectorcall

function super_new(t: PyTypeObject, _args: PyObject[], _kw: PyObject | null): PyObject {
  const s = new PySuperObject(t);
  PyObject_GC_Track(s);
  return s;
}

function supercheck(type: PyTypeObject, obj: PyObject): PyTypeObject {
  if (PyType_Check(obj) && PyType_IsSubtype(obj, type)) return obj;
  if (PyType_IsSubtype(obj.ob_type, type)) return obj.ob_type;
  throw PyErr_Format(PyExc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
}

/** The zero-argument form: `__class__` cell and first argument of the
 *  caller. Returns the type (borrowed); the first argument (borrowed) is
 *  left in `superFromFrameObj`, so the hot path allocates nothing. */
let superFromFrameObj: PyObject | null = null;
function superFromFrame(): PyTypeObject {
  const frame = currentFrame();
  if (frame === null) throw PyErr_Format(PyExc_RuntimeError, "super(): no current frame");
  const co = frame.f_code;
  if (co.co_argcount === 0) throw PyErr_Format(PyExc_RuntimeError, "super(): no arguments");
  let first = frame.localsplus[0];
  if (first !== null && (co.co_localspluskinds[0] & CO_FAST_CELL) !== 0 && first.ob_type === PyCell_Type) {
    first = PyCell_GET(first);
  }
  if (first === null) throw PyErr_Format(PyExc_RuntimeError, "super(): arg[0] deleted");
  const n = co.co_nlocalsplus;
  for (let i = 0; i < n; i++) {
    if ((co.co_localspluskinds[i] & CO_FAST_FREE) === 0) continue;
    if (co.localsplusnames[i] !== "__class__") continue;
    const cell = frame.localsplus[i];
    const t = cell === null ? null : PyCell_GET(cell);
    if (t === null) throw PyErr_Format(PyExc_RuntimeError, "super(): empty __class__ cell");
    if (!PyType_Check(t)) {
      throw PyErr_Format(PyExc_RuntimeError, `super(): __class__ is not a type (${t.ob_type.tp_name})`);
    }
    superFromFrameObj = first;
    return t;
  }
  throw PyErr_Format(PyExc_RuntimeError, "super(): __class__ cell not found");
}

function super_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  _PyArg_NoKwnames("super", kwnames);
  _PyArg_CheckPositional("super", args.length, 0, 2);
  let type: PyTypeObject;
  let obj: PyObject | null = null;
  if (args.length === 0) {
    type = superFromFrame();
    obj = superFromFrameObj;
    superFromFrameObj = null;
  } else {
    const t = args[0];
    if (!PyType_Check(t)) {
      throw PyErr_Format(PyExc_TypeError, `super() argument 1 must be a type, not ${t.ob_type.tp_name}`);
    }
    type = t;
    if (args.length === 2 && args[1] !== Py_None) obj = args[1];
  }
  const objType = obj === null ? null : supercheck(type, obj);
  super_clear(self);
  const s = S(self);
  s.type = Py_NewRef(type);
  s.obj = obj === null ? null : Py_NewRef(obj);
  s.obj_type = objType === null ? null : Py_NewRef(objType);
}

function super_getattro(self: PyObject, name: PyObject): PyObject {
  const s = S(self);
  const startType = s.obj_type;
  if (startType !== null && !(PyUnicode_Check(name) && PyUnicode_AsString(name) === "__class__")) {
    const mro = startType.tp_mro_list;
    if (mro !== null) {
      let i = 0;
      while (i < mro.length && mro[i] !== s.type) i++;
      for (i++; i < mro.length; i++) {
        const d = mro[i].tp_dict;
        const res = d === null ? null : PyDict_GetItem(d, name);
        if (res === null) continue;
        const f = res.ob_type.tp_descr_get;
        if (f === null) return Py_NewRef(res);
        Py_NewRef(res);
        try {
          return f(res, s.obj === startType ? null : s.obj, startType);
        } finally {
          Py_XDECREF(res);
        }
      }
    }
  }
  return PyObject_GenericGetAttr(self, name);
}

function super_repr(self: PyObject): PyObject {
  const s = S(self);
  const t = s.type === null ? "NULL" : `<class '${typeQualName(s.type)}'>`;
  if (s.obj_type !== null) {
    return PyUnicode_FromString(`<super: ${t}, <${typeQualName(s.obj_type)} object>>`);
  }
  return PyUnicode_FromString(`<super: ${t}, NULL>`);
}

function super_descr_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const s = S(self);
  if (obj === null || obj === Py_None || s.obj !== null) return Py_NewRef(self);
  const ns = super_new(s.ob_type, [], null);
  super_init(ns, [s.type!, obj], null);
  return ns;
}

PySuper_Type.tp_new = super_new;
PySuper_Type.tp_init = super_init;
PySuper_Type.tp_getattro = super_getattro;
PySuper_Type.tp_repr = super_repr;
PySuper_Type.tp_traverse = super_traverse;
PySuper_Type.tp_clear = super_clear;
PySuper_Type.tp_descr_get = super_descr_get;
PySuper_Type.tp_getset = [
  { name: "__thisclass__", get: (o) => Py_NewRef(S(o).type ?? Py_None), set: null },
  { name: "__self__", get: (o) => Py_NewRef(S(o).obj ?? Py_None), set: null },
  { name: "__self_class__", get: (o) => Py_NewRef(S(o).obj_type ?? Py_None), set: null },
];
