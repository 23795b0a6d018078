/**
 * `property` (CPython's Objects/descrobject.c, property_*): a data
 * descriptor calling `fget` / `fset` / `fdel`. Owns references to the three
 * functions, the doc and the name (from `__set_name__` or fget's name).
 * `getter` / `setter` / `deleter` return a copy made by calling the
 * property's own type, so subclasses of property keep their type.
 */
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import { PyUnicode_AsString, PyUnicode_Check } from "./unicodeobject.js";
import { Py_None } from "./noneobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_AttributeError } from "./exceptions.js";
import { newArgParser, _PyArg_UnpackKeywords } from "./getargs.js";
import { METH_FASTCALL, METH_O } from "./methoddef.js";
import { _PyObject_IsAbstract, _PyObject_LookupAttrString, typeQualName } from "./object.js";
import { Py_False, Py_True } from "./longobject.js";
import { PyObject_Call } from "./call.js";

export class PyPropertyObject extends PyGCObject {
  prop_get: PyObject | null;
  prop_set: PyObject | null;
  prop_del: PyObject | null;
  prop_doc: PyObject | null;
  prop_name: PyObject | null;
  constructor(type: PyTypeObject) {
    super(type, 64);
    this.prop_get = null;
    this.prop_set = null;
    this.prop_del = null;
    this.prop_doc = null;
    this.prop_name = null;
  }
}

function P(o: PyObject): PyPropertyObject {
  return o as PyPropertyObject;
}

function property_clear(op: PyObject): void {
  const p = P(op);
  const fields = [p.prop_get, p.prop_set, p.prop_del, p.prop_doc, p.prop_name];
  p.prop_get = p.prop_set = p.prop_del = p.prop_doc = p.prop_name = null;
  for (const f of fields) Py_XDECREF(f);
}

function property_dealloc(op: PyObject): void {
  PyObject_GC_UnTrack(op as PyGCObject);
  property_clear(op);
  PyObject_GC_Del(op as PyGCObject);
}

function property_traverse(op: PyObject, visit: (o: PyObject) => void): void {
  const p = P(op);
  if (p.prop_get !== null) visit(p.prop_get);
  if (p.prop_set !== null) visit(p.prop_set);
  if (p.prop_del !== null) visit(p.prop_del);
  if (p.prop_doc !== null) visit(p.prop_doc);
  if (p.prop_name !== null) visit(p.prop_name);
}

export const PyProperty_Type = newStaticType("property", 64, TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE, property_dealloc);

function property_new(type: PyTypeObject, _args: PyObject[], _kw: PyObject | null): PyObject {
  const p = new PyPropertyObject(type);
  PyObject_GC_Track(p);
  return p;
}

const initParser = newArgParser("property", ["fget", "fset", "fdel", "doc"], 0);

function noneToNull(o: PyObject | null): PyObject | null {
  return o === null || o === Py_None ? null : Py_NewRef(o);
}

function property_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const out: (PyObject | null)[] = [null, null, null, null];
  _PyArg_UnpackKeywords(args, kwnames, initParser, out);
  const p = P(self);
  property_clear(p);
  p.prop_get = noneToNull(out[0]);
  p.prop_set = noneToNull(out[1]);
  p.prop_del = noneToNull(out[2]);
  let doc = noneToNull(out[3]);
  if (doc === null && p.prop_get !== null) {
    const d = _PyObject_LookupAttrString(p.prop_get, "__doc__");
    if (d !== null && d !== Py_None) doc = d;
    else Py_XDECREF(d);
  }
  p.prop_doc = doc;
  if (p.prop_get !== null) {
    const n = _PyObject_LookupAttrString(p.prop_get, "__name__");
    if (n !== null && PyUnicode_Check(n)) p.prop_name = n;
    else Py_XDECREF(n);
  }
}

function propName(p: PyPropertyObject): string {
  return p.prop_name !== null ? `'${PyUnicode_AsString(p.prop_name)}'` : "";
}

function missing(p: PyPropertyObject, obj: PyObject, what: string): PyObject {
  const name = propName(p);
  return PyErr_Format(
    PyExc_AttributeError,
    name === ""
      ? `property of '${typeQualName(obj.ob_type)}' object has no ${what}`
      : `property ${name} of '${typeQualName(obj.ob_type)}' object has no ${what}`,
  );
}

function property_descr_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const p = P(self);
  if (obj === null || obj === Py_None) return Py_NewRef(self);
  if (p.prop_get === null) throw missing(p, obj, "getter");
  return PyObject_Call(p.prop_get, [obj], null);
}

function property_descr_set(self: PyObject, obj: PyObject, value: PyObject | null): void {
  const p = P(self);
  const func = value === null ? p.prop_del : p.prop_set;
  if (func === null) throw missing(p, obj, value === null ? "deleter" : "setter");
  const r = value === null ? PyObject_Call(func, [obj], null) : PyObject_Call(func, [obj, value], null);
  Py_DECREF(r);
}

/** property_copy: type(self)(fget, fset, fdel, doc) with one replaced. */
function property_copy(self: PyObject, get: PyObject | null, set: PyObject | null, del: PyObject | null): PyObject {
  const p = P(self);
  const g = get ?? p.prop_get ?? Py_None;
  const s = set ?? p.prop_set ?? Py_None;
  const d = del ?? p.prop_del ?? Py_None;
  const doc = get !== null ? Py_None : (p.prop_doc ?? Py_None);
  const np = PyObject_Call(self.ob_type, [g, s, d, doc], null);
  if (np instanceof PyPropertyObject && p.prop_name !== null && np.prop_name === null) {
    np.prop_name = Py_NewRef(p.prop_name);
  }
  return np;
}

function property_set_name(self: PyObject, args: PyObject[], _kw: PyObject | null): PyObject {
  if (args.length !== 2) {
    throw PyErr_Format(
      PyExc_AttributeError,
      `__set_name__() takes 2 positional arguments but ${args.length} were given`,
    );
  }
  const p = P(self);
  const old = p.prop_name;
  p.prop_name = Py_NewRef(args[1]);
  Py_XDECREF(old);
  return Py_NewRef(Py_None);
}

function orNone(o: PyObject | null): PyObject {
  return Py_NewRef(o ?? Py_None);
}

PyProperty_Type.tp_new = property_new;
PyProperty_Type.tp_init = property_init;
PyProperty_Type.tp_descr_get = property_descr_get;
PyProperty_Type.tp_descr_set = property_descr_set;
PyProperty_Type.tp_traverse = property_traverse;
PyProperty_Type.tp_clear = property_clear;
PyProperty_Type.tp_methods = [
  { name: "getter", meth: (s: PyObject, f: PyObject) => property_copy(s, f, null, null), flags: METH_O },
  { name: "setter", meth: (s: PyObject, f: PyObject) => property_copy(s, null, f, null), flags: METH_O },
  { name: "deleter", meth: (s: PyObject, f: PyObject) => property_copy(s, null, null, f), flags: METH_O },
  { name: "__set_name__", meth: property_set_name, flags: METH_FASTCALL },
];
PyProperty_Type.tp_getset = [
  {
    name: "__isabstractmethod__",
    get: (s) => {
      const p = P(s);
      const abstract =
        _PyObject_IsAbstract(p.prop_get) || _PyObject_IsAbstract(p.prop_set) || _PyObject_IsAbstract(p.prop_del);
      return Py_NewRef(abstract ? Py_True : Py_False);
    },
    set: null,
  },
  { name: "fget", get: (s) => orNone(P(s).prop_get), set: null },
  { name: "fset", get: (s) => orNone(P(s).prop_set), set: null },
  { name: "fdel", get: (s) => orNone(P(s).prop_del), set: null },
  {
    name: "__doc__",
    get: (s) => orNone(P(s).prop_doc),
    set: (s, v) => {
      const p = P(s);
      const old = p.prop_doc;
      p.prop_doc = v === null ? null : Py_NewRef(v);
      Py_XDECREF(old);
    },
  },
];
