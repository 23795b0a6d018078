/**
 * Module objects (CPython's Objects/moduleobject.c): a namespace dict with
 * a name. `module.attr` reads the dict (PyObject_GenericGetAttr through
 * `tp_getdict`), then a module-level `__getattr__` (PEP 562), else
 * `AttributeError: module 'math' has no attribute 'x'`.
 *
 * Owns its dict (`md_dict`). The module's globals are that dict, so a
 * function defined in the module keeps the dict alive (func_globals), not
 * the module object, as in CPython.
 */
import { VARARGS_FUNCTIONS } from "./call-conventions.js";
import { builtinDoc } from "./docsig.js";
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import {
  PyUnicode_AsString,
  PyUnicode_Check,
  PyUnicode_FromString,
  PyUnicode_InternFromString,
} from "./unicodeobject.js";
import {
  PyDict_Check,
  PyDict_DelItemString,
  PyDict_GetItem,
  PyDict_GetItemString,
  PyDict_Keys,
  PyDict_New,
  PyDict_SetItem,
  PyDict_SetItemString,
} from "./dictobject.js";
import { Py_None } from "./noneobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_AttributeError, PyExc_TypeError } from "./exceptions.js";
import { newArgParser, _PyArg_UnpackKeywords } from "./getargs.js";
import { METH_NOARGS, type PyMethodDef } from "./methoddef.js";
import { PyCFunction_NewEx } from "./methodobject.js";
import {
  attributeError,
  _PyObject_GenericGetAttrWithDict,
  PyObject_GenericSetAttr,
  PyObject_GetAttrString,
} from "./object.js";
import { PyObject_Call, PyObject_CallNoArgs } from "./call.js";
import { PyObject_ClearWeakRefs } from "./weakrefobject.js";

export class PyModuleObject extends PyGCObject {
  md_dict: PyObject | null;
  /** A native module's own objects (CPython's md_state: an exception
   *  class, a cache), owned, visited and cleared with the module. */
  md_state: (PyObject | null)[];
  constructor(type: PyTypeObject, dict: PyObject) {
    super(type, 56);
    this.md_dict = dict;
    this.md_state = [];
  }
}

/** Drop a module's state references (m_clear / m_free). */
function module_clear_state(m: PyModuleObject): void {
  const state = m.md_state;
  m.md_state = [];
  for (const o of state) Py_XDECREF(o);
}

function module_dealloc(op: PyObject): void {
  const m = op as PyModuleObject;
  PyObject_GC_UnTrack(m);
  if (m.weakreflist !== null) PyObject_ClearWeakRefs(m);
  const d = m.md_dict;
  m.md_dict = null;
  Py_XDECREF(d);
  module_clear_state(m);
  PyObject_GC_Del(m);
}

function module_traverse(op: PyObject, visit: (o: PyObject) => void): void {
  const m = op as PyModuleObject;
  const d = m.md_dict;
  if (d !== null) visit(d);
  for (const o of m.md_state) if (o !== null) visit(o);
}

function module_clear(op: PyObject): void {
  const m = op as PyModuleObject;
  const d = m.md_dict;
  m.md_dict = null;
  Py_XDECREF(d);
  module_clear_state(m);
}

export const PyModule_Type = newStaticType("module", 56, TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE, module_dealloc);

function ensureDict(m: PyModuleObject): PyObject {
  if (m.md_dict === null) m.md_dict = PyDict_New();
  return m.md_dict;
}

function module_getdict(op: PyObject, _create: boolean): PyObject | null {
  return ensureDict(op as PyModuleObject);
}

function initDict(dict: PyObject, name: PyObject, doc: PyObject): void {
  setInterned(dict, "__name__", name);
  setInterned(dict, "__doc__", doc);
  setInterned(dict, "__package__", Py_None);
  setInterned(dict, "__loader__", Py_None);
  setInterned(dict, "__spec__", Py_None);
}

/** dict[intern(key)] = value (the key's reference is released after). */
function setInterned(dict: PyObject, key: string, value: PyObject): void {
  const k = PyUnicode_InternFromString(key);
  try {
    PyDict_SetItem(dict, k, value);
  } finally {
    Py_DECREF(k);
  }
}

/** dict[intern(key)] (borrowed), or null. */
function getInterned(dict: PyObject, key: string): PyObject | null {
  const k = PyUnicode_InternFromString(key);
  const v = PyDict_GetItem(dict, k);
  Py_DECREF(k);
  return v;
}

/** A new module named `name` with an empty namespace (new reference). */
export function PyModule_New(name: string): PyModuleObject {
  const dict = PyDict_New();
  const m = new PyModuleObject(PyModule_Type, dict);
  const n = PyUnicode_FromString(name);
  initDict(dict, n, Py_None);
  Py_DECREF(n);
  PyObject_GC_Track(m);
  return m;
}

export function PyModule_Check(op: PyObject): op is PyModuleObject {
  return op instanceof PyModuleObject;
}

/** The module's namespace (borrowed). */
export function PyModule_GetDict(m: PyObject): PyObject {
  return ensureDict(m as PyModuleObject);
}

export function PyModule_GetNameString(m: PyObject): string {
  const d = (m as PyModuleObject).md_dict;
  const n = d === null ? null : getInterned(d, "__name__");
  return n !== null && PyUnicode_Check(n) ? PyUnicode_AsString(n) : "?";
}

/** Store `value` (borrowed) as attribute `name`. */
export function PyModule_AddObjectRef(m: PyObject, name: string, value: PyObject): void {
  const k = PyUnicode_InternFromString(name);
  PyDict_SetItem(PyModule_GetDict(m), k, value);
  Py_DECREF(k);
}

/** Store `value` (stolen) as attribute `name`. */
export function PyModule_Add(m: PyObject, name: string, value: PyObject): void {
  try {
    PyModule_AddObjectRef(m, name, value);
  } finally {
    Py_DECREF(value);
  }
}

/** Add a built-in function per row, bound to the module; each row carries
 *  CPython's docstring of that function and its calling convention
 *  (call-conventions.ts). */
export function PyModule_AddFunctions(m: PyObject, defs: PyMethodDef[]): void {
  const name = PyModule_GetNameString(m);
  const modname = PyUnicode_FromString(name);
  try {
    for (const def of defs) {
      def.doc = builtinDoc(name, def.name) ?? def.doc;
      def.varargs = VARARGS_FUNCTIONS.has(`${name}.${def.name}`);
      PyModule_Add(m, def.name, PyCFunction_NewEx(def, m, modname));
    }
  } finally {
    Py_DECREF(modname);
  }
}

function module_getattro(op: PyObject, name: PyObject): PyObject {
  const r = _PyObject_GenericGetAttrWithDict(op, name, true);
  if (r !== null) return r;
  const m = op as PyModuleObject;
  const dict = ensureDict(m);
  const ga = getInterned(dict, "__getattr__");
  if (ga !== null) return PyObject_Call(ga, [name], null);
  const modname = getInterned(dict, "__name__");
  if (modname !== null && PyUnicode_Check(modname)) {
    throw attributeError(
      op,
      name,
      `module '${PyUnicode_AsString(modname)}' has no attribute '${PyUnicode_AsString(name)}'`,
    );
  }
  throw attributeError(op, name, `module has no attribute '${PyUnicode_AsString(name)}'`);
}

function module_repr(op: PyObject): PyObject {
  const m = op as PyModuleObject;
  const name = PyModule_GetNameString(m);
  const dict = ensureDict(m);
  const file = getInterned(dict, "__file__");
  if (file !== null && PyUnicode_Check(file)) {
    return PyUnicode_FromString(`<module '${name}' from '${PyUnicode_AsString(file)}'>`);
  }
  return PyUnicode_FromString(`<module '${name}' (built-in)>`);
}

function module_new(type: PyTypeObject, _args: PyObject[], _kw: PyObject | null): PyObject {
  const m = new PyModuleObject(type, PyDict_New());
  PyObject_GC_Track(m);
  return m;
}

const initParser = newArgParser("module", ["name", "doc"], 1);

function module_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const out: (PyObject | null)[] = [null, null];
  _PyArg_UnpackKeywords(args, kwnames, initParser, out);
  const name = out[0]!;
  if (!PyUnicode_Check(name)) {
    throw PyErr_Format(PyExc_TypeError, `module.__init__() argument 'name' must be str, not ${name.ob_type.tp_name}`);
  }
  initDict(ensureDict(self as PyModuleObject), name, out[1] ?? Py_None);
}

function module_get_dict(op: PyObject): PyObject {
  return Py_NewRef(ensureDict(op as PyModuleObject));
}

/** module.__dir__ (module_dir): the namespace's own `__dir__` if it has
 *  one (PEP 562), else the namespace's keys; dir() sorts them. */
function module_dir(op: PyObject): PyObject {
  const dict = PyObject_GetAttrString(op, "__dict__");
  try {
    if (!PyDict_Check(dict)) throw PyErr_Format(PyExc_TypeError, "<module>.__dict__ is not a dictionary");
    const dirfunc = getInterned(dict, "__dir__");
    if (dirfunc !== null) return PyObject_CallNoArgs(dirfunc);
    return PyDict_Keys(dict);
  } finally {
    Py_DECREF(dict);
  }
}

/** The module's namespace through `__dict__`, which must be a dict. */
function namespaceOf(op: PyObject): PyObject {
  const dict = PyObject_GetAttrString(op, "__dict__");
  if (!PyDict_Check(dict)) {
    Py_DECREF(dict);
    throw PyErr_Format(PyExc_TypeError, "<module>.__dict__ is not a dictionary");
  }
  return dict;
}

/** module.__annotations__: the namespace's, made empty on first use. */
function module_get_annotations(op: PyObject): PyObject {
  const dict = namespaceOf(op);
  try {
    const a = PyDict_GetItemString(dict, "__annotations__");
    if (a !== null) return Py_NewRef(a);
    const made = PyDict_New();
    try {
      PyDict_SetItemString(dict, "__annotations__", made);
    } catch (e) {
      Py_DECREF(made);
      throw e;
    }
    return made;
  } finally {
    Py_DECREF(dict);
  }
}

function module_set_annotations(op: PyObject, value: PyObject | null): void {
  const dict = namespaceOf(op);
  try {
    if (value !== null) PyDict_SetItemString(dict, "__annotations__", value);
    else if (PyDict_GetItemString(dict, "__annotations__") === null) {
      throw PyErr_Format(PyExc_AttributeError, "__annotations__");
    } else PyDict_DelItemString(dict, "__annotations__");
  } finally {
    Py_DECREF(dict);
  }
}

PyModule_Type.tp_getdict = module_getdict;
PyModule_Type.tp_hasdict = true;
PyModule_Type.tp_weakrefable = true;
PyModule_Type.tp_getattro = module_getattro;
PyModule_Type.tp_setattro = PyObject_GenericSetAttr;
PyModule_Type.tp_repr = module_repr;
PyModule_Type.tp_traverse = module_traverse;
PyModule_Type.tp_clear = module_clear;
PyModule_Type.tp_new = module_new;
PyModule_Type.tp_init = module_init;
PyModule_Type.tp_getset = [
  { name: "__dict__", get: module_get_dict, set: null },
  { name: "__annotations__", get: module_get_annotations, set: module_set_annotations },
];
PyModule_Type.tp_methods = [{ name: "__dir__", meth: module_dir, flags: METH_NOARGS }];
