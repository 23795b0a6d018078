/**
 * `types.UnionType`: CPython 3.11's Objects/unionobject.c, the PEP 604
 * union `int | str` that `type.__or__` (and `types.GenericAlias.__or__`)
 * make.
 *
 * Representation: `args`, the tuple of member types in first-seen order,
 * duplicates dropped (two generic aliases are the same when equal, any
 * other member only when identical), None stored as NoneType; nested
 * unions are flattened. A `|` that adds nothing returns the left operand
 * itself (`int | int` is `int`). Members that are not types, generic
 * aliases, unions or None make `|` return NotImplemented, so the operator
 * raises CPython's TypeError.
 *
 * isinstance() and issubclass() treat a union as the tuple of its members
 * (object.ts); equality and hash ignore the members' order.
 */
import { PyGCObject, type PyObject, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import { newStaticType, PyType_Check, type PyTypeObject } from "./typeobject.js";
import { Py_None, Py_NotImplemented, PyNone_Type } from "./noneobject.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "./unicodeobject.js";
import { type PyTupleObject, _PyTuple_FromArray } from "./tupleobject.js";
import { PyNumber_Or, PyObject_Hash, PyObject_RichCompare, PyObject_RichCompareBool } from "./abstract.js";
import { PyFrozenSet_New, PySet_New } from "./setobject.js";
import { PyObject_GenericGetAttr, PyObject_GetAttr } from "./object.js";
import {
  PyGenericAlias_Check,
  typingReprItem,
  _Py_make_parameters,
  _Py_subs_parameters,
} from "./genericaliasobject.js";

export class PyUnionObject extends PyGCObject {
  args: PyTupleObject;
  /** `__parameters__`, computed on first use (null until then). */
  parameters: PyObject | null;
  constructor(args: PyTupleObject) {
    super(PyUnion_Type, 32);
    this.args = args;
    this.parameters = null;
  }
}

function unionobject_dealloc(self: PyObject): void {
  const u = self as PyUnionObject;
  PyObject_GC_UnTrack(u);
  Py_XDECREF(u.args);
  Py_XDECREF(u.parameters);
  PyObject_GC_Del(u);
}

export const PyUnion_Type: PyTypeObject = newStaticType("types.UnionType", 32, TPFLAGS_HAVE_GC, unionobject_dealloc);
PyUnion_Type.tp_doc = "Represent a PEP 604 union type\n\nE.g. for int | str";

/** _PyUnion_Check */
export function PyUnion_Check(o: PyObject): o is PyUnionObject {
  return o.ob_type === PyUnion_Type;
}

/** make_union: a new union over the tuple `args` (borrowed). */
function make_union(args: PyTupleObject): PyObject {
  args.ob_refcnt++;
  const u = new PyUnionObject(args);
  PyObject_GC_Track(u);
  return u;
}

/** is_same: generic aliases by equality, everything else by identity. */
function isSame(left: PyObject, right: PyObject): boolean {
  if (PyGenericAlias_Check(left) && PyGenericAlias_Check(right)) return PyObject_RichCompareBool(left, right, Py_EQ);
  return left === right;
}

/** get_types: a union's members, None as NoneType, or the one type. */
function getTypes(o: PyObject): PyObject[] {
  if (o === Py_None) return [PyNone_Type];
  if (PyUnion_Check(o)) return o.args.ob_item;
  return [o];
}

/** is_unionable */
function isUnionable(o: PyObject): boolean {
  return o === Py_None || PyType_Check(o) || PyGenericAlias_Check(o) || PyUnion_Check(o);
}

/** _Py_union_type_or: `self | other` (type.__or__, GenericAlias.__or__, UnionType.__or__). */
export function _Py_union_type_or(self: PyObject, other: PyObject): PyObject {
  if (!isUnionable(self) || !isUnionable(other)) return Py_NewRef(Py_NotImplemented);
  const items1 = getTypes(self);
  const items2 = getTypes(other);
  // merge: the left members, then each right one not already among them.
  let merged: PyObject[] | null = null;
  for (const arg of items2) {
    if (items1.some((x) => isSame(x, arg))) continue;
    merged ??= [...items1];
    merged.push(arg);
  }
  if (merged === null) return Py_NewRef(self === Py_None ? PyNone_Type : self);
  const tuple = _PyTuple_FromArray(merged);
  try {
    return make_union(tuple);
  } finally {
    Py_DECREF(tuple);
  }
}

function union_repr(self: PyObject): PyObject {
  const parts = (self as PyUnionObject).args.ob_item.map((p) => (p === PyNone_Type ? "None" : typingReprItem(p)));
  return PyUnicode_FromString(parts.join(" | "));
}

/** union_hash: the hash of the frozenset of the members. */
function union_hash(self: PyObject): number {
  const set = PyFrozenSet_New((self as PyUnionObject).args);
  try {
    return PyObject_Hash(set);
  } finally {
    Py_DECREF(set);
  }
}

/** union_richcompare: == and != between unions compare the sets of members. */
function union_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!PyUnion_Check(b) || (op !== Py_EQ && op !== Py_NE)) return Py_NewRef(Py_NotImplemented);
  const aSet = PySet_New((a as PyUnionObject).args);
  try {
    const bSet = PySet_New(b.args);
    try {
      return PyObject_RichCompare(aSet, bSet, op);
    } finally {
      Py_DECREF(bSet);
    }
  } finally {
    Py_DECREF(aSet);
  }
}

function union_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const u = self as PyUnionObject;
  visit(u.args);
  if (u.parameters !== null) visit(u.parameters);
}

function unionParameters(u: PyUnionObject): PyObject {
  u.parameters ??= _Py_make_parameters(u.args);
  return u.parameters;
}

/** union_getitem: `(int | T)[str]` substitutes, then `|`s the results together. */
function union_getitem(self: PyObject, item: PyObject): PyObject {
  const u = self as PyUnionObject;
  const newargs = _Py_subs_parameters(self, u.args, unionParameters(u), item) as PyTupleObject;
  try {
    const items = newargs.ob_item;
    if (items.length === 0) return make_union(newargs);
    let res = Py_NewRef(items[0]!);
    for (let i = 1; i < items.length; i++) {
      const next = PyNumber_Or(res, items[i]!);
      Py_DECREF(res);
      res = next;
    }
    return res;
  } finally {
    Py_DECREF(newargs);
  }
}

/** union_getattro: `__module__` is the type's ("types"), as the typing module needs. */
function union_getattro(self: PyObject, name: PyObject): PyObject {
  if (PyUnicode_Check(name) && PyUnicode_AsString(name) === "__module__") return PyObject_GetAttr(self.ob_type, name);
  return PyObject_GenericGetAttr(self, name);
}

PyUnion_Type.tp_members = [{ name: "__args__", get: (s) => (s as PyUnionObject).args, set: null, noneIfNull: false }];
PyUnion_Type.tp_getset = [
  {
    name: "__parameters__",
    get: (s) => Py_NewRef(unionParameters(s as PyUnionObject)),
    set: null,
    doc: "Type variables in the types.UnionType.",
  },
];
PyUnion_Type.tp_repr = union_repr;
PyUnion_Type.tp_hash = union_hash;
PyUnion_Type.tp_richcompare = union_richcompare;
PyUnion_Type.tp_traverse = union_traverse;
PyUnion_Type.tp_getattro = union_getattro;
PyUnion_Type.mp_subscript = union_getitem;
PyUnion_Type.nb_or = _Py_union_type_or;
