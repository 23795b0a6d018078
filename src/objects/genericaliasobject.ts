/**
 * `types.GenericAlias`: CPython's Objects/genericaliasobject.c, the
 * result of `list[int]`, `dict[str, int]`, `tuple[int, ...]` — what
 * annotations evaluate to. It holds the origin class and the argument
 * tuple; calling it calls the origin (and records `__orig_class__` on the
 * result); every attribute but a few of its own is the origin's
 * (ga_getattro); `|` makes a `types.UnionType` (unionobject.ts); as a base
 * class it stands for its origin (`__mro_entries__`); isinstance() and
 * issubclass() refuse it.
 *
 * The built-in containers' `__class_getitem__` is Py_GenericAlias itself,
 * a METH_O | METH_CLASS row of their method tables, as in CPython.
 *
 * Also here, shared with the union type as in CPython:
 * _Py_make_parameters (the type variables among the arguments, for
 * `__parameters__`) and _Py_subs_parameters (substituting them, for
 * `alias[...]`).
 */
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { newStaticType, PyType_Check, type PyTypeObject } from "./typeobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import { Py_Ellipsis, Py_None, Py_NotImplemented } from "./noneobject.js";
import { Py_True, Py_False } from "./longobject.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString, reprString } from "./unicodeobject.js";
import {
  type PyTupleObject,
  PyTuple_Check,
  PyTuple_GET_ITEM,
  PyTuple_GET_SIZE,
  PyTuple_Pack,
  PyTuple_Type,
  _PyTuple_FromArray,
  _PyTuple_FromArraySteal,
} from "./tupleobject.js";
import {
  PyObject_GetItem,
  PyObject_Hash,
  PyObject_RichCompare,
  PyObject_RichCompareBool,
  PyObject_Str,
} from "./abstract.js";
import { PyObject_Call, PyObject_CallOneArg } from "./call.js";
import { PyObject_GenericGetAttr, PyObject_GetAttr, PyObject_SetAttr, _PyObject_LookupAttrString } from "./object.js";
import { PyErr_ExceptionMatches, PyErr_Format } from "./errors.js";
import { PyExc_AttributeError, PyExc_TypeError } from "./exceptions.js";
import { METH_NOARGS, METH_O } from "./methoddef.js";
import { _PyArg_CheckPositional, _PyArg_NoKwnames } from "./getargs.js";
import { _Py_ID } from "./identifiers.js";
import { _Py_union_type_or } from "./unionobject.js";
import { tstate } from "./pystate.js";
import { PyDict_GetItemString } from "./dictobject.js";
import { Py_EmptyTuple } from "./tupleobject.js";

export class PyGenericAliasObject extends PyGCObject {
  origin: PyObject;
  args: PyTupleObject;
  /** `__parameters__`, computed on first use (null until then). */
  parameters: PyObject | null;
  /** `*alias` (PEP 646's unpacked form, made by iterating an alias). */
  starred: boolean;
  /** `type`: GenericAlias or a subclass (collections.abc's _CallableGenericAlias). */
  constructor(origin: PyObject, args: PyTupleObject, type: PyTypeObject = PyGenericAlias_Type) {
    super(type, type.tp_basicsize);
    this.origin = origin;
    this.args = args;
    this.parameters = null;
    this.starred = false;
  }
}

function ga_dealloc(self: PyObject): void {
  const g = self as PyGenericAliasObject;
  PyObject_GC_UnTrack(g);
  Py_DECREF(g.origin);
  Py_DECREF(g.args);
  Py_XDECREF(g.parameters);
  PyObject_GC_Del(g);
}

export const PyGenericAlias_Type: PyTypeObject = newStaticType(
  "types.GenericAlias",
  64,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
  ga_dealloc,
);

/** _PyGenericAlias_Check */
export function PyGenericAlias_Check(o: PyObject): o is PyGenericAliasObject {
  return o instanceof PyGenericAliasObject;
}

/** origin[args]: `args` is an item or a tuple of items (borrowed). */
export function Py_GenericAlias(origin: PyObject, args: PyObject): PyObject {
  return newAlias(PyGenericAlias_Type, origin, args);
}

/** setup_ga: a new alias of `type` (GenericAlias or a subclass) for
 *  origin[args]; `args` is an item or a tuple of items (borrowed). */
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

/**
 * ga_repr_item / union_repr_item: `...`; anything with `__origin__` and
 * `__args__` by its repr; a class (`__qualname__` and a `__module__`) as
 * module.qualname, builtins bare; anything else by its repr.
 */
export function typingReprItem(p: PyObject): string {
  if (p === Py_Ellipsis) return "...";
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
  let module: PyObject | null = null;
  try {
    module = _PyObject_LookupAttrString(p, "__module__");
    if (module === null || module === Py_None) return reprString(p);
    if (PyUnicode_Check(module) && PyUnicode_AsString(module) === "builtins") return strOf(qualname);
    return `${strOf(module)}.${strOf(qualname)}`;
  } finally {
    Py_DECREF(qualname);
    if (module !== null) Py_DECREF(module);
  }
}

function strOf(o: PyObject): string {
  const s = PyObject_Str(o);
  const text = PyUnicode_AsString(s);
  Py_DECREF(s);
  return text;
}

function ga_repr(self: PyObject): PyObject {
  const g = self as PyGenericAliasObject;
  const items = g.args.ob_item;
  // tuple[()] shows its empty argument list as ().
  const parts = items.length === 0 ? "()" : items.map(typingReprItem).join(", ");
  return PyUnicode_FromString(`${g.starred ? "*" : ""}${typingReprItem(g.origin)}[${parts}]`);
}

/** ga_call: calls the origin, then sets `__orig_class__` on the result where it can. */
function ga_call(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const obj = PyObject_Call((self as PyGenericAliasObject).origin, args, kwnames);
  try {
    PyObject_SetAttr(obj, _Py_ID("__orig_class__"), self);
  } catch (e) {
    if (!PyErr_ExceptionMatches(e, PyExc_AttributeError) && !PyErr_ExceptionMatches(e, PyExc_TypeError)) {
      Py_DECREF(obj);
      throw e;
    }
    Py_DECREF(e as PyObject);
  }
  return obj;
}

function ga_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!PyGenericAlias_Check(b) || (op !== Py_EQ && op !== Py_NE)) return Py_NewRef(Py_NotImplemented);
  if (op === Py_NE) {
    const eq = ga_richcompare(a, b, Py_EQ);
    Py_DECREF(eq);
    return Py_NewRef(eq === Py_True ? Py_False : Py_True);
  }
  const aa = a as PyGenericAliasObject;
  if (aa.starred !== b.starred) return Py_NewRef(Py_False);
  if (!PyObject_RichCompareBool(aa.origin, b.origin, Py_EQ)) return Py_NewRef(Py_False);
  return PyObject_RichCompare(aa.args, b.args, Py_EQ);
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
  if (g.parameters !== null) visit(g.parameters);
}

/** The alias's own attributes; every other name is looked up on the origin. */
const ATTR_EXCEPTIONS = new Set([
  "__class__",
  "__origin__",
  "__args__",
  "__unpacked__",
  "__parameters__",
  "__typing_unpacked_tuple_args__",
  "__mro_entries__",
  "__reduce_ex__",
  "__reduce__",
  "__copy__",
  "__deepcopy__",
]);

function ga_getattro(self: PyObject, name: PyObject): PyObject {
  if (PyUnicode_Check(name) && !ATTR_EXCEPTIONS.has(PyUnicode_AsString(name))) {
    return PyObject_GetAttr((self as PyGenericAliasObject).origin, name);
  }
  return PyObject_GenericGetAttr(self, name);
}

/** ga_new: `types.GenericAlias(origin, args)`. */
function ga_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("GenericAlias", kwnames);
  _PyArg_CheckPositional("GenericAlias", args.length, 2, 2);
  return newAlias(type, args[0], args[1]);
}

/** `__parameters__`, made on first use. */
function gaParameters(g: PyGenericAliasObject): PyObject {
  g.parameters ??= _Py_make_parameters(g.args);
  return g.parameters;
}

/** ga_getitem: `list[T][int]` substitutes the type variables. */
function ga_getitem(self: PyObject, item: PyObject): PyObject {
  const g = self as PyGenericAliasObject;
  const newargs = _Py_subs_parameters(self, g.args, gaParameters(g), item);
  try {
    const res = Py_GenericAlias(g.origin, newargs) as PyGenericAliasObject;
    res.starred = g.starred;
    return res;
  } finally {
    Py_DECREF(newargs);
  }
}

PyGenericAlias_Type.tp_members = [
  { name: "__origin__", get: (s) => (s as PyGenericAliasObject).origin, set: null, noneIfNull: false },
  { name: "__args__", get: (s) => (s as PyGenericAliasObject).args, set: null, noneIfNull: false },
];
PyGenericAlias_Type.tp_members.push({
  name: "__unpacked__",
  get: (s) => ((s as PyGenericAliasObject).starred ? Py_True : Py_False),
  set: null,
  noneIfNull: false,
});
PyGenericAlias_Type.tp_getset = [
  { name: "__parameters__", get: (s) => Py_NewRef(gaParameters(s as PyGenericAliasObject)), set: null },
  {
    // The arguments of `*tuple[...]`; None for anything else.
    name: "__typing_unpacked_tuple_args__",
    get: (s) => {
      const g = s as PyGenericAliasObject;
      return Py_NewRef(g.starred && g.origin === PyTuple_Type ? g.args : Py_None);
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

/** ga_mro_entries: as a base class, the alias stands for its origin. */
function ga_mro_entries(self: PyObject, _bases: PyObject): PyObject {
  return PyTuple_Pack((self as PyGenericAliasObject).origin);
}

/** A builtin by name (_PyEval_GetBuiltin), a new reference. */
function builtin(name: string): PyObject {
  const f = tstate.builtins === null ? null : PyDict_GetItemString(tstate.builtins, name);
  if (f === null) throw PyErr_Format(PyExc_AttributeError, name);
  return Py_NewRef(f);
}

/** ga_reduce: (type(self), (origin, args)); a starred alias is
 *  next(iter(origin[args])). */
function ga_reduce(self: PyObject): PyObject {
  const g = self as PyGenericAliasObject;
  if (g.starred) {
    const plain = Py_GenericAlias(g.origin, g.args);
    let it: PyObject;
    try {
      it = ga_iter(plain);
    } finally {
      Py_DECREF(plain);
    }
    return _PyTuple_FromArraySteal([builtin("next"), _PyTuple_FromArraySteal([it])]);
  }
  return _PyTuple_FromArraySteal([Py_NewRef(self.ob_type), PyTuple_Pack(g.origin, g.args)]);
}

// ---------------------------------------------------------------- unpacking

/** generic_alias_iterator: yields `*alias` once. */
class PyGAIterObject extends PyGCObject {
  obj: PyObject | null;
  constructor(obj: PyObject) {
    super(PyGAIter_Type, 24);
    this.obj = obj;
  }
}

function ga_iter_dealloc(self: PyObject): void {
  const it = self as PyGAIterObject;
  PyObject_GC_UnTrack(it);
  Py_XDECREF(it.obj);
  it.obj = null;
  PyObject_GC_Del(it);
}

const PyGAIter_Type: PyTypeObject = newStaticType("generic_alias_iterator", 24, TPFLAGS_HAVE_GC, ga_iter_dealloc);

/** ga_iter: iter(alias) gives an iterator of the one starred alias. */
function ga_iter(self: PyObject): PyObject {
  const it = new PyGAIterObject(Py_NewRef(self));
  PyObject_GC_Track(it);
  return it;
}

function ga_iternext(self: PyObject): PyObject | null {
  const it = self as PyGAIterObject;
  const alias = it.obj;
  if (alias === null) return null;
  const g = alias as PyGenericAliasObject;
  const starred = newAlias(alias.ob_type, g.origin, g.args) as PyGenericAliasObject;
  starred.starred = true;
  it.obj = null;
  Py_DECREF(alias);
  return starred;
}

/** ga_iter_reduce: (iter, (alias,)), or (iter, ((),)) once exhausted. */
function ga_iter_reduce(self: PyObject): PyObject {
  const it = self as PyGAIterObject;
  const arg = it.obj !== null ? PyTuple_Pack(it.obj) : PyTuple_Pack(Py_EmptyTuple);
  return _PyTuple_FromArraySteal([builtin("iter"), arg]);
}

PyGAIter_Type.tp_traverse = (self, visit) => {
  const o = (self as PyGAIterObject).obj;
  if (o !== null) visit(o);
};
PyGAIter_Type.tp_iter = (self) => Py_NewRef(self);
PyGAIter_Type.tp_iternext = ga_iternext;
PyGAIter_Type.tp_methods = [{ name: "__reduce__", meth: ga_iter_reduce, flags: METH_NOARGS }];
PyGenericAlias_Type.tp_iter = ga_iter;

PyGenericAlias_Type.tp_methods = [
  { name: "__mro_entries__", meth: ga_mro_entries, flags: METH_O },
  { name: "__instancecheck__", meth: ga_instancecheck, flags: METH_O },
  { name: "__subclasscheck__", meth: ga_subclasscheck, flags: METH_O },
  { name: "__reduce__", meth: ga_reduce, flags: METH_NOARGS },
];
PyGenericAlias_Type.tp_new = ga_new;
PyGenericAlias_Type.nb_or = _Py_union_type_or;
PyGenericAlias_Type.tp_repr = ga_repr;
PyGenericAlias_Type.tp_call = ga_call;
PyGenericAlias_Type.tp_richcompare = ga_richcompare;
PyGenericAlias_Type.tp_hash = ga_hash;
PyGenericAlias_Type.tp_traverse = ga_traverse;
PyGenericAlias_Type.tp_getattro = ga_getattro;
PyGenericAlias_Type.mp_subscript = ga_getitem;

// ---------------------------------------------------------------- type variables

/**
 * _Py_make_parameters: the type variables among `args`, each once, in
 * order: an argument with `__typing_subst__` is one; a non-class argument
 * with a `__parameters__` tuple contributes those (classes are skipped, so
 * a bare class's `__parameters__` descriptor is never read).
 */
export function _Py_make_parameters(args: PyObject): PyObject {
  const params: PyObject[] = [];
  const add = (t: PyObject): void => {
    if (!params.includes(t)) params.push(t);
  };
  const n = PyTuple_GET_SIZE(args);
  for (let i = 0; i < n; i++) {
    const t = PyTuple_GET_ITEM(args, i);
    if (PyType_Check(t)) continue;
    const subst = _PyObject_LookupAttrString(t, "__typing_subst__");
    if (subst !== null) {
      Py_DECREF(subst);
      add(t);
      continue;
    }
    const sub = _PyObject_LookupAttrString(t, "__parameters__");
    if (sub === null) continue;
    if (PyTuple_Check(sub)) for (const t2 of (sub as PyTupleObject).ob_item) add(t2);
    Py_DECREF(sub);
  }
  return _PyTuple_FromArray(params);
}

/**
 * subs_tvars: `obj[...]` with `obj`'s own type variables replaced by the
 * matching items (for nested aliases like `dict[T, list[S]]`).
 */
function subsTvars(obj: PyObject, params: PyObject, argitems: PyObject[]): PyObject {
  const sub = _PyObject_LookupAttrString(obj, "__parameters__");
  if (sub === null) return Py_NewRef(obj);
  try {
    if (!PyTuple_Check(sub) || PyTuple_GET_SIZE(sub) === 0) return Py_NewRef(obj);
    const items = (sub as PyTupleObject).ob_item.map((t) => argitems[(params as PyTupleObject).ob_item.indexOf(t)]!);
    const key = _PyTuple_FromArray(items);
    try {
      return PyObject_GetItem(obj, key);
    } finally {
      Py_DECREF(key);
    }
  } finally {
    Py_DECREF(sub);
  }
}

/**
 * _Py_subs_parameters: the new argument tuple for `self[item]`, each type
 * variable of `parameters` replaced by its item (through the variable's
 * `__typing_subst__`). TypeError when there are none ("… is not a generic
 * class") or the count differs.
 */
export function _Py_subs_parameters(self: PyObject, args: PyObject, parameters: PyObject, item: PyObject): PyObject {
  const nparams = PyTuple_GET_SIZE(parameters);
  if (nparams === 0) throw PyErr_Format(PyExc_TypeError, `${reprString(self)} is not a generic class`);
  const argitems = PyTuple_Check(item) ? [...(item as PyTupleObject).ob_item] : [item];
  if (argitems.length !== nparams) {
    throw PyErr_Format(
      PyExc_TypeError,
      `Too ${argitems.length > nparams ? "many" : "few"} arguments for ${reprString(self)}; actual ${argitems.length}, expected ${nparams}`,
    );
  }
  const newargs: PyObject[] = [];
  try {
    for (const arg of (args as PyTupleObject).ob_item) {
      if (PyType_Check(arg)) {
        newargs.push(Py_NewRef(arg));
        continue;
      }
      const subst = _PyObject_LookupAttrString(arg, "__typing_subst__");
      if (subst !== null) {
        try {
          const iparam = (parameters as PyTupleObject).ob_item.indexOf(arg);
          newargs.push(PyObject_CallOneArg(subst, argitems[iparam]!));
        } finally {
          Py_DECREF(subst);
        }
      } else {
        newargs.push(subsTvars(arg, parameters, argitems));
      }
    }
  } catch (e) {
    for (const a of newargs) Py_DECREF(a);
    throw e;
  }
  return _PyTuple_FromArraySteal(newargs);
}
