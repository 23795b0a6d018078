/**
 * `types.SimpleNamespace`: CPython 3.11's Objects/namespaceobject.c, the
 * type of `sys.implementation`, which Lib/types.py names.
 *
 * Representation: `ns_dict`, the instance `__dict__` (an owned dict,
 * never null while the object lives) holding its attributes. Instances
 * are tracked from creation; traverse and clear take the dict. Two
 * namespaces compare by their dicts; they are unhashable.
 */
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import { METH_NOARGS } from "./methoddef.js";
import { nkw } from "./getargs.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_TypeError } from "./exceptions.js";
import { Py_NotImplemented } from "./noneobject.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString, reprString } from "./unicodeobject.js";
import { PyTuple_GET_ITEM, PyTuple_Pack } from "./tupleobject.js";
import { _PyDict_Key, _PyDict_Value, PyDict_Clear, PyDict_New, PyDict_Next, PyDict_SetItem } from "./dictobject.js";
import { PyObject_RichCompare, Py_ReprEnter, Py_ReprLeave } from "./abstract.js";
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr, PyObject_TypeCheck } from "./object.js";

/** sizeof(_PyNamespaceObject): the header and the dict. */
const NAMESPACE_BASICSIZE = 24;

export class PyNamespaceObject extends PyGCObject {
  ns_dict: PyObject;
  constructor(type: PyTypeObject) {
    super(type, type.tp_basicsize);
    this.ns_dict = PyDict_New();
    PyObject_GC_Track(this);
  }
}

function NS(o: PyObject): PyNamespaceObject {
  return o as PyNamespaceObject;
}

function namespace_dealloc(self: PyObject): void {
  const ns = NS(self);
  PyObject_GC_UnTrack(ns);
  Py_DECREF(ns.ns_dict);
  PyObject_GC_Del(ns);
}

export const PyNamespace_Type: PyTypeObject = newStaticType(
  "types.SimpleNamespace",
  NAMESPACE_BASICSIZE,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
  namespace_dealloc,
);
PyNamespace_Type.tp_doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)";

function namespace_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  return new PyNamespaceObject(type);
}

/** SimpleNamespace(**kwargs): the keywords become attributes. */
function namespace_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const n = nkw(kwnames);
  if (args.length - n > 0) throw PyErr_Format(PyExc_TypeError, "no positional arguments expected");
  const nargs = args.length - n;
  for (let i = 0; i < n; i++) {
    const key = PyTuple_GET_ITEM(kwnames!, i);
    if (!PyUnicode_Check(key)) throw PyErr_Format(PyExc_TypeError, "keywords must be strings");
  }
  for (let i = 0; i < n; i++) PyDict_SetItem(NS(self).ns_dict, PyTuple_GET_ITEM(kwnames!, i), args[nargs + i]);
}

/** A new namespace with the given attributes, in order (values borrowed). */
export function _PyNamespace_New(attrs: [string, PyObject][]): PyObject {
  const ns = new PyNamespaceObject(PyNamespace_Type);
  for (const [name, value] of attrs) {
    const key = PyUnicode_FromString(name);
    try {
      PyDict_SetItem(ns.ns_dict, key, value);
    } finally {
      Py_DECREF(key);
    }
  }
  return ns;
}

/** namespace(a=1, b='x'), or the subclass's name; "name(...)" when met
 *  again inside its own repr. */
function namespace_repr(self: PyObject): PyObject {
  const ns = NS(self);
  const name = ns.ob_type === PyNamespace_Type ? "namespace" : ns.ob_type.tp_name;
  if (Py_ReprEnter(ns)) return PyUnicode_FromString(`${name}(...)`);
  try {
    const parts: string[] = [];
    const d = ns.ns_dict;
    for (let pos = PyDict_Next(d, 0); pos >= 0; pos = PyDict_Next(d, pos + 1)) {
      const key = _PyDict_Key(d, pos);
      if (!PyUnicode_Check(key) || PyUnicode_AsString(key).length === 0) continue;
      const value = Py_NewRef(_PyDict_Value(d, pos));
      try {
        parts.push(`${PyUnicode_AsString(key)}=${reprString(value)}`);
      } finally {
        Py_DECREF(value);
      }
    }
    return PyUnicode_FromString(`${name}(${parts.join(", ")})`);
  } finally {
    Py_ReprLeave(ns);
  }
}

function namespace_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (
    PyObject_TypeCheck(a, PyNamespace_Type) &&
    PyObject_TypeCheck(b, PyNamespace_Type) &&
    (op === Py_EQ || op === Py_NE)
  ) {
    return PyObject_RichCompare(NS(a).ns_dict, NS(b).ns_dict, op);
  }
  return Py_NewRef(Py_NotImplemented);
}

function namespace_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  visit(NS(self).ns_dict);
}

function namespace_clear(self: PyObject): void {
  PyDict_Clear(NS(self).ns_dict);
}

/** (type, (), __dict__) */
function namespace_reduce(self: PyObject): PyObject {
  const args = PyTuple_Pack();
  const r = PyTuple_Pack(self.ob_type, args, NS(self).ns_dict);
  Py_DECREF(args);
  return r;
}

PyNamespace_Type.tp_new = namespace_new;
PyNamespace_Type.tp_init = namespace_init;
PyNamespace_Type.tp_repr = namespace_repr;
PyNamespace_Type.tp_richcompare = namespace_richcompare;
PyNamespace_Type.tp_traverse = namespace_traverse;
PyNamespace_Type.tp_clear = namespace_clear;
PyNamespace_Type.tp_getattro = PyObject_GenericGetAttr;
PyNamespace_Type.tp_setattro = PyObject_GenericSetAttr;
PyNamespace_Type.tp_hasdict = true;
PyNamespace_Type.tp_getdict = (self) => NS(self).ns_dict;
PyNamespace_Type.tp_members = [{ name: "__dict__", get: (self) => NS(self).ns_dict, set: null, noneIfNull: false }];
PyNamespace_Type.tp_methods = [
  { name: "__reduce__", meth: namespace_reduce, flags: METH_NOARGS, doc: "Return state information for pickling" },
];
