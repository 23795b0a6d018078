/**
 * `types.GenericAlias`: CPython's Objects/genericaliasobject.c, the
 * result of `list[int]`, `dict[str, int]`, `tuple[int, ...]` — what
 * annotations evaluate to. It holds the origin class and the argument
 * tuple; calling it calls the origin; repr follows ga_repr.
 *
 * The built-in containers' `__class_getitem__` is Py_GenericAlias itself,
 * a METH_O | METH_CLASS row of their method tables, as in CPython.
 */
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { _PyArg_CheckPositional, _PyArg_NoKwnames } from "./getargs.js";
import { METH_O } from "./methoddef.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_TypeError } from "./exceptions.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { Py_DECREF, Py_INCREF } from "../heap/refcount.js";
import { newStaticType, PyType_Check, type PyTypeObject } from "./typeobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import { Py_Ellipsis, Py_NotImplemented } from "./noneobject.js";
import { Py_True, Py_False } from "./longobject.js";
import { PyUnicode_FromString, reprString } from "./unicodeobject.js";
import { type PyTupleObject, PyTuple_Pack, PyTuple_Type, Py_EmptyTuple } from "./tupleobject.js";
import { PyObject_Hash, PyObject_RichCompareBool } from "./abstract.js";
import { PyObject_Call } from "./call.js";
import { typeQualName } from "./object.js";
import { typeModuleName } from "./typeimpl.js";
import { _Py_union_type_or } from "./unionobject.js";

export class PyGenericAliasObject extends PyGCObject {
  origin: PyObject;
  args: PyTupleObject;
  /** `type`: GenericAlias or a subclass (collections.abc's _CallableGenericAlias). */
  constructor(origin: PyObject, args: PyTupleObject, type: PyTypeObject = PyGenericAlias_Type) {
    super(type, type.tp_basicsize);
    this.origin = origin;
    this.args = args;
  }
}

function ga_dealloc(self: PyObject): void {
  const g = self as PyGenericAliasObject;
  PyObject_GC_UnTrack(g);
  Py_DECREF(g.origin);
  Py_DECREF(g.args);
  PyObject_GC_Del(g);
}

export const PyGenericAlias_Type: PyTypeObject = newStaticType(
  "types.GenericAlias",
  64,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
  ga_dealloc,
);

/** setup_ga: a new alias of `type` for origin[args]; `args` is an item
 *  or a tuple of items (borrowed). */
function newAlias(type: PyTypeObject, origin: PyObject, args: PyObject): PyObject {
  let t: PyTupleObject;
  if (args.ob_type === PyTuple_Type) {
    Py_INCREF(args);
    t = args as PyTupleObject;
  } else {
    t = PyTuple_Pack(args);
  }
  Py_INCREF(origin);
  const g = new PyGenericAliasObject(origin, t, type);
  PyObject_GC_Track(g);
  return g;
}

/** origin[args]: `args` is an item or a tuple of items (borrowed). */
export function Py_GenericAlias(origin: PyObject, args: PyObject): PyObject {
  return newAlias(PyGenericAlias_Type, origin, args);
}

/** GenericAlias(origin, args) */
function ga_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("GenericAlias", kwnames);
  _PyArg_CheckPositional("GenericAlias", args.length, 2, 2);
  return newAlias(type, args[0], args[1]);
}

/** ga_repr_item: types print as module.qualname (no module for builtins). */
function reprItem(p: PyObject): string {
  if (p === Py_Ellipsis) return "...";
  if (p instanceof PyGenericAliasObject) return reprString(p);
  if (PyType_Check(p)) {
    const mod = typeModuleName(p);
    const qn = typeQualName(p);
    return mod === null || mod === "builtins" ? qn : `${mod}.${qn}`;
  }
  return reprString(p);
}

function ga_repr(self: PyObject): PyObject {
  const g = self as PyGenericAliasObject;
  const items = g.args.ob_item;
  const parts = items.length === 0 ? "()" : items.map(reprItem).join(", ");
  return PyUnicode_FromString(`${reprItem(g.origin)}[${parts}]`);
}

function ga_call(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  return PyObject_Call((self as PyGenericAliasObject).origin, args, kwnames);
}

function ga_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyGenericAliasObject) || !(b instanceof PyGenericAliasObject) || (op !== Py_EQ && op !== Py_NE)) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  const eq = PyObject_RichCompareBool(a.origin, b.origin, Py_EQ) && PyObject_RichCompareBool(a.args, b.args, Py_EQ);
  const r = eq === (op === Py_EQ) ? Py_True : Py_False;
  r.ob_refcnt++;
  return r;
}

function ga_hash(self: PyObject): number {
  const g = self as PyGenericAliasObject;
  const h = PyObject_Hash(g.origin) ^ PyObject_Hash(g.args);
  return h === -1 ? -2 : h;
}

function ga_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const g = self as PyGenericAliasObject;
  visit(g.origin);
  visit(g.args);
}

PyGenericAlias_Type.tp_getset = [
  {
    name: "__origin__",
    get: (s) => {
      const o = (s as PyGenericAliasObject).origin;
      Py_INCREF(o);
      return o;
    },
    set: null,
  },
  {
    name: "__args__",
    get: (s) => {
      const o = (s as PyGenericAliasObject).args;
      Py_INCREF(o);
      return o;
    },
    set: null,
  },
  {
    name: "__parameters__",
    get: () => {
      Py_INCREF(Py_EmptyTuple);
      return Py_EmptyTuple;
    },
    set: null,
  },
];

/** isinstance() and issubclass() refuse a parameterized generic. */
function ga_instancecheck(_self: PyObject, _obj: PyObject): PyObject {
  throw PyErr_Format(PyExc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

function ga_subclasscheck(_self: PyObject, _obj: PyObject): PyObject {
  throw PyErr_Format(PyExc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

PyGenericAlias_Type.tp_methods = [
  { name: "__instancecheck__", meth: ga_instancecheck, flags: METH_O },
  { name: "__subclasscheck__", meth: ga_subclasscheck, flags: METH_O },
];
PyGenericAlias_Type.tp_new = ga_new;
PyGenericAlias_Type.nb_or = _Py_union_type_or;
PyGenericAlias_Type.tp_repr = ga_repr;
PyGenericAlias_Type.tp_call = ga_call;
PyGenericAlias_Type.tp_richcompare = ga_richcompare;
PyGenericAlias_Type.tp_hash = ga_hash;
PyGenericAlias_Type.tp_traverse = ga_traverse;
