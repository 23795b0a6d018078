/**
 * `types.SimpleNamespace` (CPython's Objects/namespaceobject.c): an object
 * whose attributes are its `__dict__`, made from keyword arguments, with the
 * repr `namespace(a=1, b=2)` (the subclass's name for subclasses) and
 * equality by dict between namespaces. `sys.implementation` is one.
 *
 * Reference behaviour: the namespace owns its dict.
 */
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType, PyType_IsSubtype, type PyTypeObject } from "./typeobject.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "./unicodeobject.js";
import {
  PyDict_GetItem,
  PyDict_Keys,
  PyDict_New,
  PyDict_Next,
  PyDict_SetItem,
  _PyDict_Key,
  _PyDict_Value,
} from "./dictobject.js";
import { PyList_Append, PyList_GET_SIZE, PyList_New, type PyListObject } from "./listobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_TypeError } from "./exceptions.js";
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr } from "./object.js";
import {
  PyIter_Next,
  PyObject_GetIter,
  PyObject_Repr,
  PyObject_RichCompare,
  Py_ReprEnter,
  Py_ReprLeave,
} from "./abstract.js";
import { Py_NotImplemented } from "./noneobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import { PyObject_ClearWeakRefs } from "./weakrefobject.js";
import { METH_NOARGS } from "./methoddef.js";
import { _PyTuple_FromArraySteal, Py_EmptyTuple, PyTuple_GET_SIZE } from "./tupleobject.js";

export class PyNamespaceObject extends PyGCObject {
  ns_dict: PyObject | null;
  constructor(type: PyTypeObject) {
    super(type, 24);
    this.ns_dict = PyDict_New();
  }
}

function namespace_dealloc(op: PyObject): void {
  const ns = op as PyNamespaceObject;
  PyObject_GC_UnTrack(ns);
  if (ns.weakreflist !== null) PyObject_ClearWeakRefs(ns);
  const d = ns.ns_dict;
  ns.ns_dict = null;
  Py_XDECREF(d);
  PyObject_GC_Del(ns);
}

function namespace_traverse(op: PyObject, visit: (o: PyObject) => void): void {
  const d = (op as PyNamespaceObject).ns_dict;
  if (d !== null) visit(d);
}

function namespace_clear(op: PyObject): void {
  const ns = op as PyNamespaceObject;
  const d = ns.ns_dict;
  ns.ns_dict = null;
  Py_XDECREF(d);
}

export const _PyNamespace_Type = newStaticType(
  "types.SimpleNamespace",
  24,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
  namespace_dealloc,
);

function dictOf(ns: PyNamespaceObject): PyObject {
  if (ns.ns_dict === null) ns.ns_dict = PyDict_New();
  return ns.ns_dict;
}

/** A new namespace holding the items of `kwds` (a dict, borrowed) or none. */
export function _PyNamespace_New(kwds: PyObject | null): PyObject {
  const ns = new PyNamespaceObject(_PyNamespace_Type);
  PyObject_GC_Track(ns);
  if (kwds !== null) {
    const d = dictOf(ns);
    for (let i = PyDict_Next(kwds, 0); i >= 0; i = PyDict_Next(kwds, i + 1)) {
      PyDict_SetItem(d, _PyDict_Key(kwds, i), _PyDict_Value(kwds, i));
    }
  }
  return ns;
}

function namespace_new(type: PyTypeObject, _args: PyObject[], _kw: PyObject | null): PyObject {
  const ns = new PyNamespaceObject(type);
  PyObject_GC_Track(ns);
  return ns;
}

function namespace_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const nkw = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
  const npos = args.length - nkw;
  if (npos > 0) throw PyErr_Format(PyExc_TypeError, "no positional arguments expected");
  const d = dictOf(self as PyNamespaceObject);
  const names = (kwnames as { ob_item: PyObject[] } | null)?.ob_item ?? [];
  for (let i = 0; i < nkw; i++) {
    if (!PyUnicode_Check(names[i])) throw PyErr_Format(PyExc_TypeError, "keywords must be strings");
    PyDict_SetItem(d, names[i], args[npos + i]);
  }
}

function namespace_repr(self: PyObject): PyObject {
  const ns = self as PyNamespaceObject;
  const name = ns.ob_type === _PyNamespace_Type ? "namespace" : ns.ob_type.tp_name;
  if (Py_ReprEnter(ns)) return PyUnicode_FromString(`${name}(...)`);
  // As CPython's: a list of "key=value" strings, built by iterating a
  // list of the dict's keys (three allocations the collector counts);
  // empty and non-str keys are left out.
  const pairs = PyList_New(0);
  const d = Py_NewRef(dictOf(ns));
  let keys: PyObject | null = null;
  let keysIter: PyObject | null = null;
  try {
    keys = PyDict_Keys(d);
    keysIter = PyObject_GetIter(keys);
    for (let key = PyIter_Next(keysIter); key !== null; key = PyIter_Next(keysIter)) {
      try {
        if (PyUnicode_Check(key) && PyUnicode_AsString(key).length > 0) {
          const value = PyDict_GetItem(d, key);
          if (value !== null) {
            const r = PyObject_Repr(value);
            const item = PyUnicode_FromString(`${PyUnicode_AsString(key)}=${PyUnicode_AsString(r)}`);
            Py_DECREF(r);
            PyList_Append(pairs, item);
            Py_DECREF(item);
          }
        }
      } finally {
        Py_DECREF(key);
      }
    }
    const parts: string[] = [];
    for (let i = 0; i < PyList_GET_SIZE(pairs); i++) parts.push(PyUnicode_AsString((pairs as PyListObject).ob_item[i]));
    return PyUnicode_FromString(`${name}(${parts.join(", ")})`);
  } finally {
    Py_DECREF(pairs);
    Py_DECREF(d);
    Py_XDECREF(keys);
    Py_XDECREF(keysIter);
    Py_ReprLeave(ns);
  }
}

function namespace_richcompare(self: PyObject, other: PyObject, op: number): PyObject {
  if (
    PyType_IsSubtype(self.ob_type, _PyNamespace_Type) &&
    PyType_IsSubtype(other.ob_type, _PyNamespace_Type) &&
    (op === Py_EQ || op === Py_NE)
  ) {
    return PyObject_RichCompare(dictOf(self as PyNamespaceObject), dictOf(other as PyNamespaceObject), op);
  }
  return Py_NewRef(Py_NotImplemented);
}

/** __reduce__: (type, (), dict) */
function namespace_reduce(self: PyObject): PyObject {
  return _PyTuple_FromArraySteal([
    Py_NewRef(self.ob_type),
    Py_NewRef(Py_EmptyTuple),
    Py_NewRef(dictOf(self as PyNamespaceObject)),
  ]);
}

_PyNamespace_Type.tp_doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)";
_PyNamespace_Type.tp_new = namespace_new;
_PyNamespace_Type.tp_init = namespace_init;
_PyNamespace_Type.tp_repr = namespace_repr;
_PyNamespace_Type.tp_richcompare = namespace_richcompare;
_PyNamespace_Type.tp_traverse = namespace_traverse;
_PyNamespace_Type.tp_clear = namespace_clear;
_PyNamespace_Type.tp_getattro = PyObject_GenericGetAttr;
_PyNamespace_Type.tp_setattro = PyObject_GenericSetAttr;
_PyNamespace_Type.tp_getdict = (op: PyObject) => dictOf(op as PyNamespaceObject);
_PyNamespace_Type.tp_hasdict = true;
_PyNamespace_Type.tp_weakrefable = false;
_PyNamespace_Type.tp_methods = [{ name: "__reduce__", meth: namespace_reduce, flags: METH_NOARGS }];
// A read-only member, as CPython's namespace_members (assigning it says
// "readonly attribute").
_PyNamespace_Type.tp_members = [
  { name: "__dict__", get: (op: PyObject) => dictOf(op as PyNamespaceObject), set: null, noneIfNull: false },
];
