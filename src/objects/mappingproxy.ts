/**
 * `mappingproxy`: the read-only view of a mapping from CPython's
 * Objects/descrobject.c (PyDictProxy_Type), what `Pattern.groupindex`
 * returns. Every operation is handed to the wrapped mapping: item access,
 * `len`, `in`, iteration, `get`, `keys`, `values`, `items`, `copy`,
 * comparison, `str`; nothing can store through it.
 *
 * Representation: `mapping`, one owned reference, visited by tp_traverse.
 * sizeof(mappingproxyobject) is 24 bytes (the GC header comes on top).
 */
import { PyGCObject, type PyObject, TPFLAGS_HAVE_GC, TPFLAGS_MAPPING } from "../heap/object.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { Py_XDECREF } from "../heap/refcount.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import { METH_CLASS, METH_FASTCALL, METH_NOARGS, METH_O } from "./methoddef.js";
import { _PyArg_UnpackKeywords, checkPositional, newArgParser } from "./getargs.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_TypeError } from "./exceptions.js";
import { PyList_Check } from "./listobject.js";
import { PyTuple_Check } from "./tupleobject.js";
import {
  PyObject_GetItem,
  PyObject_GetIter,
  PyObject_RichCompare,
  PyObject_Size,
  PyObject_Str,
  PySequence_Contains,
  PyNumber_Or,
} from "./abstract.js";
import { PyObject_CallMethod } from "./call.js";
import { PyUnicode_FromString, reprString } from "./unicodeobject.js";
import { Py_None } from "./noneobject.js";
import { Py_GenericAlias } from "./genericaliasobject.js";

export class PyDictProxyObject extends PyGCObject {
  mapping: PyObject | null;
  constructor(mapping: PyObject) {
    super(PyDictProxy_Type, 24);
    mapping.ob_refcnt++;
    this.mapping = mapping;
  }
}

function mp(o: PyObject): PyObject {
  return (o as PyDictProxyObject).mapping!;
}

function mappingproxy_dealloc(self: PyObject): void {
  const p = self as PyDictProxyObject;
  PyObject_GC_UnTrack(p);
  const m = p.mapping;
  p.mapping = null;
  Py_XDECREF(m);
  PyObject_GC_Del(p);
}

function mappingproxy_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const m = (self as PyDictProxyObject).mapping;
  if (m !== null) visit(m);
}

function mappingproxy_getitem(self: PyObject, key: PyObject): PyObject {
  return PyObject_GetItem(mp(self), key);
}

function mappingproxy_len(self: PyObject): number {
  return PyObject_Size(mp(self));
}

function mappingproxy_contains(self: PyObject, key: PyObject): boolean {
  return PySequence_Contains(mp(self), key);
}

function mappingproxy_iter(self: PyObject): PyObject {
  return PyObject_GetIter(mp(self));
}

function mappingproxy_repr(self: PyObject): PyObject {
  return PyUnicode_FromString(`mappingproxy(${reprString(mp(self))})`);
}

function mappingproxy_str(self: PyObject): PyObject {
  return PyObject_Str(mp(self));
}

function mappingproxy_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  return PyObject_RichCompare(mp(v), w, op);
}

function mappingproxy_get(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("get", args, kwnames, 1, 2);
  return PyObject_CallMethod(mp(self), "get", args[0], args.length > 1 ? args[1] : Py_None);
}

function mappingproxy_keys(self: PyObject): PyObject {
  return PyObject_CallMethod(mp(self), "keys");
}

function mappingproxy_values(self: PyObject): PyObject {
  return PyObject_CallMethod(mp(self), "values");
}

function mappingproxy_items(self: PyObject): PyObject {
  return PyObject_CallMethod(mp(self), "items");
}

function mappingproxy_copy(self: PyObject): PyObject {
  return PyObject_CallMethod(mp(self), "copy");
}

/** mappingproxy_or: `|` of the mappings behind any proxies. */
function mappingproxy_or(left: PyObject, right: PyObject): PyObject {
  const a = left.ob_type === PyDictProxy_Type ? mp(left) : left;
  const b = right.ob_type === PyDictProxy_Type ? mp(right) : right;
  return PyNumber_Or(a, b);
}

function mappingproxy_ior(self: PyObject, _other: PyObject): PyObject {
  throw PyErr_Format(PyExc_TypeError, `'|=' is not supported by ${self.ob_type.tp_name}; use '|' instead`);
}

function mappingproxy_reversed(self: PyObject): PyObject {
  return PyObject_CallMethod(mp(self), "__reversed__");
}

export const PyDictProxy_Type: PyTypeObject = newStaticType(
  "mappingproxy",
  24,
  TPFLAGS_HAVE_GC | TPFLAGS_MAPPING,
  mappingproxy_dealloc,
);
PyDictProxy_Type.tp_traverse = mappingproxy_traverse;
PyDictProxy_Type.mp_subscript = mappingproxy_getitem;
PyDictProxy_Type.mp_length = mappingproxy_len;
PyDictProxy_Type.sq_contains = mappingproxy_contains;
PyDictProxy_Type.tp_iter = mappingproxy_iter;
PyDictProxy_Type.tp_repr = mappingproxy_repr;
PyDictProxy_Type.tp_str = mappingproxy_str;
PyDictProxy_Type.tp_richcompare = mappingproxy_richcompare;
PyDictProxy_Type.nb_or = mappingproxy_or;
PyDictProxy_Type.nb_inplace_or = mappingproxy_ior;
PyDictProxy_Type.tp_methods = [
  {
    name: "get",
    meth: mappingproxy_get,
    flags: METH_FASTCALL,
    doc: "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.",
  },
  {
    name: "keys",
    meth: mappingproxy_keys,
    flags: METH_NOARGS,
    doc: "D.keys() -> a set-like object providing a view on D's keys",
  },
  {
    name: "values",
    meth: mappingproxy_values,
    flags: METH_NOARGS,
    doc: "D.values() -> an object providing a view on D's values",
  },
  {
    name: "items",
    meth: mappingproxy_items,
    flags: METH_NOARGS,
    doc: "D.items() -> a set-like object providing a view on D's items",
  },
  { name: "copy", meth: mappingproxy_copy, flags: METH_NOARGS, doc: "D.copy() -> a shallow copy of D" },
  {
    name: "__reversed__",
    meth: mappingproxy_reversed,
    flags: METH_NOARGS,
    doc: "D.__reversed__() -> reverse iterator",
  },
  { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS, doc: "See PEP 585" },
];

const newParser = newArgParser("mappingproxy", ["mapping"], 1);

/** mappingproxy(mapping): a mapping, not a list or tuple
 *  (mappingproxy_check_mapping). */
function mappingproxy_new(_type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [mapping] = _PyArg_UnpackKeywords(args, kwnames, newParser, [null]);
  const m = mapping!;
  if (m.ob_type.mp_subscript === null || PyList_Check(m) || PyTuple_Check(m)) {
    throw PyErr_Format(PyExc_TypeError, `mappingproxy() argument must be a mapping, not ${m.ob_type.tp_name}`);
  }
  return PyDictProxy_New(m);
}
PyDictProxy_Type.tp_new = mappingproxy_new;

/** PyDictProxy_New: a read-only view of `mapping` (borrowed). */
export function PyDictProxy_New(mapping: PyObject): PyObject {
  const p = new PyDictProxyObject(mapping);
  PyObject_GC_Track(p);
  return p;
}
