/**
 * `types.UnionType`: CPython 3.11's Objects/unionobject.c, what `int | str`
 * makes (PEP 604), as annotations write it and Lib/types.py names it.
 *
 * Representation: `args`, a tuple of the member types in order of first
 * appearance, flattened (a union met as an operand gives its members)
 * and without duplicates (identity; equality for generic aliases), with
 * None stored as NoneType. `type.__or__`, `GenericAlias.__or__` and the
 * union's own `__or__` all come here (_Py_union_type_or); an operand that
 * is not a type, an alias, a union or None gives NotImplemented. A union
 * of one type is that type. isinstance() and issubclass() take a union as
 * they take the tuple of its members (object.ts).
 *
 * Union objects are tracked from creation and traverse their args.
 */
import { PyGCObject, type PyObject, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType, PyType_Check, PyType_Type, type PyTypeObject } from "./typeobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import { Py_None, Py_NotImplemented, PyNone_Type } from "./noneobject.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString, reprString, strString } from "./unicodeobject.js";
import { _PyTuple_FromArray, Py_EmptyTuple, type PyTupleObject } from "./tupleobject.js";
import { PyGenericAliasObject } from "./genericaliasobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_TypeError } from "./exceptions.js";
import { PyObject_Hash, PyObject_RichCompare, PyObject_RichCompareBool } from "./abstract.js";
import { _PyObject_LookupAttrString, PyObject_GenericGetAttr, PyObject_GetAttr } from "./object.js";
import { PyFrozenSet_New, PySet_New } from "./setobject.js";

/** sizeof(unionobject): the header, args and parameters. */
const UNION_BASICSIZE = 32;

export class PyUnionObject extends PyGCObject {
  args: PyTupleObject;
  constructor(args: PyTupleObject) {
    super(PyUnion_Type, UNION_BASICSIZE);
    this.args = Py_NewRef(args);
    PyObject_GC_Track(this);
  }
}

function union_dealloc(self: PyObject): void {
  const u = self as PyUnionObject;
  PyObject_GC_UnTrack(u);
  Py_DECREF(u.args);
  PyObject_GC_Del(u);
}

export const PyUnion_Type: PyTypeObject = newStaticType(
  "types.UnionType",
  UNION_BASICSIZE,
  TPFLAGS_HAVE_GC,
  union_dealloc,
);
PyUnion_Type.tp_doc = "Represent a PEP 604 union type\n\nE.g. for int | str";

export function _PyUnion_Check(o: PyObject): o is PyUnionObject {
  return o instanceof PyUnionObject;
}

/** The members of a union (borrowed tuple). */
export function _Py_union_args(u: PyUnionObject): PyObject {
  return u.args;
}

function isUnionable(o: PyObject): boolean {
  return o === Py_None || PyType_Check(o) || o instanceof PyGenericAliasObject || o instanceof PyUnionObject;
}

/** get_types: a union's members, None as NoneType, else the operand. */
function getTypes(o: PyObject): PyObject[] {
  if (o === Py_None) return [PyNone_Type];
  if (o instanceof PyUnionObject) return o.args.ob_item;
  return [o];
}

/** is_same: generic aliases by equality, anything else by identity. */
function isSame(a: PyObject, b: PyObject): boolean {
  if (a instanceof PyGenericAliasObject && b instanceof PyGenericAliasObject) {
    return PyObject_RichCompareBool(a, b, Py_EQ);
  }
  return a === b;
}

/** `a | b` for types, aliases, unions and None (nb_or of type,
 *  GenericAlias and UnionType). */
export function _Py_union_type_or(self: PyObject, other: PyObject): PyObject {
  if (!isUnionable(self) || !isUnionable(other)) return Py_NewRef(Py_NotImplemented);
  const items1 = getTypes(self);
  const items2 = getTypes(other);
  // merge: the first operand's members, then the second's not among them.
  let merged: PyObject[] | null = null;
  for (const arg of items2) {
    let dup = false;
    for (const x of items1) {
      if (isSame(x, arg)) {
        dup = true;
        break;
      }
    }
    if (dup) continue;
    if (merged === null) merged = items1.slice();
    merged.push(arg);
  }
  if (merged === null) return Py_NewRef(self === Py_None ? PyNone_Type : self);
  const tuple = _PyTuple_FromArray(merged);
  try {
    return new PyUnionObject(tuple);
  } finally {
    Py_DECREF(tuple);
  }
}

/** union_repr_item: None; an alias (or anything with __origin__ and
 *  __args__) by its repr; a class as module.qualname (no module for
 *  builtins); anything else by its repr. */
function reprItem(p: PyObject): string {
  if (p === PyNone_Type) return "None";
  const origin = _PyObject_LookupAttrString(p, "__origin__");
  if (origin !== null) {
    Py_DECREF(origin);
    const args = _PyObject_LookupAttrString(p, "__args__");
    if (args !== null) {
      Py_DECREF(args);
      return reprString(p);
    }
  }
  const qualname = _PyObject_LookupAttrString(p, "__qualname__");
  if (qualname === null) return reprString(p);
  try {
    const module = _PyObject_LookupAttrString(p, "__module__");
    if (module === null || module === Py_None) {
      if (module !== null) Py_DECREF(module);
      return reprString(p);
    }
    try {
      if (PyUnicode_Check(module) && PyUnicode_AsString(module) === "builtins") return strString(qualname);
      return `${strString(module)}.${strString(qualname)}`;
    } finally {
      Py_DECREF(module);
    }
  } finally {
    Py_DECREF(qualname);
  }
}

function union_repr(self: PyObject): PyObject {
  const items = (self as PyUnionObject).args.ob_item;
  const parts: string[] = [];
  for (let i = 0; i < items.length; i++) parts.push(reprItem(items[i]));
  return PyUnicode_FromString(parts.join(" | "));
}

function union_hash(self: PyObject): number {
  const s = PyFrozenSet_New((self as PyUnionObject).args);
  try {
    return PyObject_Hash(s);
  } finally {
    Py_DECREF(s);
  }
}

/** Equal when the member sets are. */
function union_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(b instanceof PyUnionObject) || (op !== Py_EQ && op !== Py_NE)) return Py_NewRef(Py_NotImplemented);
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
  visit((self as PyUnionObject).args);
}

/** `__module__` is the type's (typing relies on it); the rest as usual. */
function union_getattro(self: PyObject, name: PyObject): PyObject {
  if (PyUnicode_Check(name) && PyUnicode_AsString(name) === "__module__") return PyObject_GetAttr(self.ob_type, name);
  return PyObject_GenericGetAttr(self, name);
}

/** union[...]: substitution of type variables, of which refpy's unions
 *  have none. */
function union_getitem(self: PyObject, _item: PyObject): PyObject {
  throw PyErr_Format(PyExc_TypeError, `${reprString(self)} is not a generic class`);
}

PyUnion_Type.tp_repr = union_repr;
PyUnion_Type.mp_subscript = union_getitem;
PyUnion_Type.tp_hash = union_hash;
PyUnion_Type.tp_richcompare = union_richcompare;
PyUnion_Type.tp_traverse = union_traverse;
PyUnion_Type.tp_getattro = union_getattro;
PyUnion_Type.nb_or = _Py_union_type_or;
PyUnion_Type.tp_members = [
  { name: "__args__", get: (self) => (self as PyUnionObject).args, set: null, noneIfNull: false },
];
PyUnion_Type.tp_getset = [
  {
    name: "__parameters__",
    // Type variables among the members: refpy's generic aliases have none.
    get: () => Py_NewRef(Py_EmptyTuple),
    set: null,
    doc: "Type variables in the types.UnionType.",
  },
];
PyType_Type.nb_or = _Py_union_type_or;
