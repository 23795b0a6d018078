/**
 * The `_functools` module: CPython 3.11's Modules/_functoolsmodule.c, the
 * native half of Lib/functools: `partial`, `reduce` and `cmp_to_key` with
 * its key type `functools.KeyWrapper`. `_lru_cache_wrapper` is not here:
 * Lib/functools falls back to its Python implementation of the cache
 * when `_functools` has none.
 *
 * `partial`: a PartialObject owns `fn` (never a partial whose instance
 * dict is unset: partial(partial(f, 1), 2) is flattened into
 * partial(f, 1, 2)), `args` (a tuple), `kw` (a dict) and `dict` (the
 * instance `__dict__`, or null). CPython's partial calls `fn` through
 * vectorcall when `fn` supports it and no keywords are stored; otherwise,
 * and for good once a call found stored keywords, the call goes through
 * tp_call, which counts a level against the recursion limit
 * (_PyObject_MakeTpCall) and merges the keywords into a new dict.
 * `vectorcall` records which, and `partial_call` does what the two paths
 * do. The type is static here (a heap type in CPython 3.11, made from a
 * spec; only its flags and refcount tell the difference).
 *
 * `reduce` calls the function with one two-item args tuple that it fills
 * again for every call while no one else holds it, as CPython does, so
 * the refcounts a reducing function sees are CPython's.
 *
 * GC: partials and key objects are tracked from creation and traverse
 * everything they own.
 */
import { PyGCObject, PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, TPFLAGS_METHOD_DESCRIPTOR } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import {
  _PyObject_GC_IS_TRACKED,
  PyObject_Free,
  PyObject_GC_Del,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
} from "../heap/gc.js";
import {
  newStaticType,
  PyBaseObject_Type,
  PyType_Check,
  type PyTypeObject,
  _PyType_FromSpecInCPython,
} from "../objects/typeobject.js";
import { TPFLAGS_HEAPTYPE } from "../heap/object.js";
import { METH_CLASS, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O } from "../objects/methoddef.js";
import type { PyMethodDef } from "../objects/methoddef.js";
import {
  _PyArg_CheckPositional,
  _PyArg_NoKwnames,
  _PyArg_UnpackKeywords,
  newArgParser,
  nonStaticParser,
  nkw,
  type _PyArg_Parser,
} from "../objects/getargs.js";
import { PyErr_ExceptionMatches, PyErr_Format } from "../objects/errors.js";
import { PyExc_AttributeError, PyExc_OverflowError, PyExc_TypeError } from "../objects/exceptions.js";
import { Py_None } from "../objects/noneobject.js";
import { _PyLong_GetSmall, PyLong_FromNumber, PyLong_Type } from "../objects/longobject.js";
import { PyMethod_New } from "../objects/classobject.js";
import {
  PyUnicode_Check,
  PyUnicode_FromString,
  PyUnicode_Type,
  reprString,
  strString,
} from "../objects/unicodeobject.js";
import {
  _PyTuple_FromArray,
  PyTuple_Check,
  PyTuple_CheckExact,
  PyTuple_GET_ITEM,
  PyTuple_GET_SIZE,
  PyTuple_New,
  PyTuple_Pack,
  PyTuple_SET_ITEM,
  type PyTupleObject,
  NULL_ITEM,
} from "../objects/tupleobject.js";
import {
  _PyDict_GetItem_KnownHash,
  _PyDict_Key,
  _PyDict_Pop_KnownHash,
  _PyDict_SetItem_KnownHash,
  PyDict_Clear,
  _PyDict_Value,
  PyDict_Check,
  PyDict_CheckExact,
  PyDict_Copy,
  PyDict_New,
  PyDict_Merge,
  PyDict_Next,
  PyDict_SetItem,
  PyDict_Size,
} from "../objects/dictobject.js";
import { Py_GenericAlias } from "../objects/genericaliasobject.js";
import {
  PyIndex_Check,
  PyIter_Next,
  PyNumber_AsSsize_t,
  PyObject_GetIter,
  PyObject_Hash,
  PyObject_IsTrue,
  PyObject_RichCompare,
  PySequence_Tuple,
} from "../objects/abstract.js";
import { Py_ReprEnter, Py_ReprLeave } from "../objects/abstract.js";
import { Py_EnterRecursiveCall, Py_LeaveRecursiveCall, PyObject_Call, PyObject_CallNoArgs } from "../objects/call.js";
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr, PyObject_GetAttrString } from "../objects/object.js";
import { PyObject_ClearWeakRefs } from "../objects/weakrefobject.js";
import { PyModule_AddFunctions, PyModule_AddObjectRef, PyModule_New } from "../objects/moduleobject.js";

// ---------------------------------------------------------------- partial

/** sizeof(partialobject): fn, args, kw, dict, weakreflist, vectorcall. */
const PARTIAL_BASICSIZE = 64;

export class PartialObject extends PyGCObject {
  fn: PyObject | null;
  args: PyObject | null;
  kw: PyObject | null;
  dict: PyObject | null;
  /** CPython's `vectorcall` pointer is set (see the header). */
  vectorcall: boolean;
  constructor(type: PyTypeObject) {
    super(type, type.tp_basicsize);
    this.fn = null;
    this.args = null;
    this.kw = null;
    this.dict = null;
    this.vectorcall = false;
  }
}

function P(o: PyObject): PartialObject {
  return o as PartialObject;
}

function partial_clear(self: PyObject): void {
  const pto = P(self);
  const fn = pto.fn;
  const args = pto.args;
  const kw = pto.kw;
  const dict = pto.dict;
  pto.fn = null;
  pto.args = null;
  pto.kw = null;
  pto.dict = null;
  Py_XDECREF(fn);
  Py_XDECREF(args);
  Py_XDECREF(kw);
  Py_XDECREF(dict);
}

function partial_dealloc(self: PyObject): void {
  const pto = P(self);
  PyObject_GC_UnTrack(pto);
  if (pto.weakreflist !== null) PyObject_ClearWeakRefs(pto);
  partial_clear(pto);
  PyObject_GC_Del(pto);
}

/** CPython's partial is a heap type, which its instances' traverse visits
 *  first (a Python subclass's subtype_traverse already has). */
function visitStaticType(self: PyObject, visit: (child: PyObject) => void): void {
  if ((self.ob_type.tp_flags & TPFLAGS_HEAPTYPE) === 0) visit(self.ob_type);
}

function partial_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const pto = P(self);
  visitStaticType(pto, visit);
  if (pto.fn !== null) visit(pto.fn);
  if (pto.args !== null) visit(pto.args);
  if (pto.kw !== null) visit(pto.kw);
  if (pto.dict !== null) visit(pto.dict);
}

export const PyPartial_Type: PyTypeObject = newStaticType(
  "functools.partial",
  PARTIAL_BASICSIZE,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
  partial_dealloc,
);
_PyType_FromSpecInCPython(PyPartial_Type);
PyPartial_Type.tp_doc =
  "partial(func, *args, **keywords) - new function with partial application\n" +
  "    of the given arguments and keywords.\n";

/**
 * Whether CPython 3.11 would find a vectorcall entry on `fn`
 * (PyVectorcall_Function): functions, built-in functions and methods,
 * bound methods, built-in types have one; an instance of a class (even of
 * a subclass of partial) or a class defined in Python has none; a partial
 * has one unless its calls fell back to tp_call.
 */
function hasVectorcall(fn: PyObject): boolean {
  if (fn instanceof PartialObject) return fn.ob_type === PyPartial_Type && fn.vectorcall;
  if ((fn.ob_type.tp_flags & TPFLAGS_HEAPTYPE) !== 0) return false;
  return !(PyType_Check(fn) && (fn.tp_flags & TPFLAGS_HEAPTYPE) !== 0);
}

/** A new dict of the keyword arguments of a vectorcall call. */
function kwargsDict(args: PyObject[], kwnames: PyObject | null): PyObject {
  const d = PyDict_New();
  const n = nkw(kwnames);
  const nargs = args.length - n;
  try {
    for (let i = 0; i < n; i++) PyDict_SetItem(d, PyTuple_GET_ITEM(kwnames!, i), args[nargs + i]);
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
  return d;
}

/** partial(func, *args, **keywords) */
function partial_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const nargs = args.length - nkw(kwnames);
  if (nargs < 1) throw PyErr_Format(PyExc_TypeError, "type 'partial' takes at least one argument");
  let func = args[0];
  let pargs: PyObject | null = null;
  let pkw: PyObject | null = null;
  // A partial (of any subtype calling through partial_call) without an
  // instance dict is flattened: its function, arguments and keywords.
  if (func.ob_type.tp_call === partial_call) {
    const part = P(func);
    if (part.dict === null) {
      pargs = part.args;
      pkw = part.kw;
      func = part.fn!;
    }
  }
  if (func.ob_type.tp_call === null) throw PyErr_Format(PyExc_TypeError, "the first argument must be callable");
  const pto = new PartialObject(type);
  PyObject_GC_Track(pto);
  try {
    pto.fn = Py_NewRef(func);
    const newArgs = args.slice(1, nargs);
    if (pargs === null) {
      pto.args = _PyTuple_FromArray(newArgs);
    } else {
      const merged = (pargs as PyTupleObject).ob_item.concat(newArgs);
      pto.args = _PyTuple_FromArray(merged);
    }
    if (pkw === null || PyDict_Size(pkw) === 0) {
      pto.kw = kwargsDict(args, kwnames);
    } else {
      const kw = PyDict_Copy(pkw);
      pto.kw = kw;
      const n = nkw(kwnames);
      for (let i = 0; i < n; i++) PyDict_SetItem(kw, PyTuple_GET_ITEM(kwnames!, i), args[nargs + i]);
    }
  } catch (e) {
    Py_DECREF(pto);
    throw e;
  }
  pto.vectorcall = hasVectorcall(func);
  return pto;
}

/**
 * Calling a partial: `fn(*args, *call_args, **keywords, **call_keywords)`.
 * With no stored keywords and a vectorcall entry, the arguments are
 * passed on as they are (partial_vectorcall); otherwise the call is the
 * one _PyObject_MakeTpCall makes (a recursion level), partial_tpcall.
 */
function partial_call(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const pto = P(self);
  const fn = pto.fn!;
  const pargs = (pto.args as PyTupleObject).ob_item;
  if (pto.vectorcall && PyDict_Size(pto.kw!) === 0) {
    if (args.length === 0) return PyObject_Call(fn, pargs, null);
    return PyObject_Call(fn, pargs.length === 0 ? args : pargs.concat(args), kwnames);
  }
  // The fallback keeps to tp_call from now on (partial_vectorcall_fallback).
  pto.vectorcall = false;
  // An instance of a Python subclass is already counted by PyObject_Call.
  const counted = self.ob_type === PyPartial_Type;
  if (counted) Py_EnterRecursiveCall(" while calling a Python object");
  try {
    return partial_tpcall(pto, args, kwnames);
  } finally {
    if (counted) Py_LeaveRecursiveCall();
  }
}

/**
 * _PyObject_MakeTpCall and partial_call, with the objects they make: the
 * call's arguments as a tuple and its keywords as a dict, the stored
 * keywords copied and updated with the call's (bpo-27840: a function
 * taking **kwargs may change the dict it is given), the stored arguments
 * and the call's concatenated (tupleconcat: no new tuple when either is
 * empty), then the call, which hands a keyword dict to the function as
 * _PyStack_UnpackDict does.
 */
function partial_tpcall(pto: PartialObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const nargs = args.length - nkw(kwnames);
  const argstuple = _PyTuple_FromArray(nargs === args.length ? args : args.slice(0, nargs));
  let kwdict: PyObject | null = null;
  let kwargs2: PyObject | null = null;
  try {
    if (kwnames !== null) kwdict = kwargsDict(args, kwnames);
    if (PyDict_Size(pto.kw!) === 0) {
      kwargs2 = kwdict === null ? null : Py_NewRef(kwdict);
    } else {
      kwargs2 = PyDict_Copy(pto.kw!);
      if (kwdict !== null) PyDict_Merge(kwargs2, kwdict, true);
    }
    const args2 = tupleconcat(pto.args as PyTupleObject, argstuple);
    try {
      return callTupleDict(pto.fn!, args2, kwargs2);
    } finally {
      Py_DECREF(args2);
    }
  } finally {
    Py_DECREF(argstuple);
    Py_XDECREF(kwdict);
    Py_XDECREF(kwargs2);
  }
}

/** a + b for two tuples: either one itself when the other is empty. */
function tupleconcat(a: PyTupleObject, b: PyTupleObject): PyTupleObject {
  if (b.ob_item.length === 0) return Py_NewRef(a);
  if (a.ob_item.length === 0) return Py_NewRef(b);
  return _PyTuple_FromArray(a.ob_item.concat(b.ob_item));
}

/**
 * PyObject_Call(fn, args, kw) with a tuple and a dict (or null): a
 * non-empty dict is unpacked as _PyStack_UnpackDict does, into new
 * references to the arguments and the values, held for the call, and the
 * keys as keyword names (which must be strings).
 */
function callTupleDict(fn: PyObject, args: PyTupleObject, kw: PyObject | null): PyObject {
  if (kw === null || PyDict_Size(kw) === 0) return PyObject_Call(fn, args.ob_item, null);
  const stack: PyObject[] = [];
  const names: PyObject[] = [];
  for (let i = 0; i < args.ob_item.length; i++) stack.push(Py_NewRef(args.ob_item[i]));
  let strings = true;
  for (let pos = PyDict_Next(kw, 0); pos >= 0; pos = PyDict_Next(kw, pos + 1)) {
    const key = _PyDict_Key(kw, pos);
    if (!PyUnicode_Check(key)) strings = false;
    names.push(key);
    stack.push(Py_NewRef(_PyDict_Value(kw, pos)));
  }
  const kwnames = _PyTuple_FromArray(names);
  try {
    if (!strings) throw PyErr_Format(PyExc_TypeError, "keywords must be strings");
    return PyObject_Call(fn, stack, kwnames);
  } finally {
    Py_DECREF(kwnames);
    for (let i = stack.length - 1; i >= 0; i--) Py_DECREF(stack[i]);
  }
}

/** functools.partial(fn, 1, 'x', a=2): "..." for a partial met again
 *  inside its own repr. */
function partial_repr(self: PyObject): PyObject {
  const pto = P(self);
  if (Py_ReprEnter(pto)) return PyUnicode_FromString("...");
  try {
    let arglist = "";
    const args = pto.args!;
    for (let i = 0; i < PyTuple_GET_SIZE(args); i++) arglist += `, ${reprString(PyTuple_GET_ITEM(args, i))}`;
    const kw = pto.kw!;
    for (let pos = PyDict_Next(kw, 0); pos >= 0; pos = PyDict_Next(kw, pos + 1)) {
      const key = Py_NewRef(_PyDict_Key(kw, pos));
      // The value is held: the key's __str__ may delete it.
      const value = Py_NewRef(_PyDict_Value(kw, pos));
      try {
        arglist += `, ${strString(key)}=${reprString(value)}`;
      } finally {
        Py_DECREF(key);
        Py_DECREF(value);
      }
    }
    return PyUnicode_FromString(`${pto.ob_type.tp_name}(${reprString(pto.fn!)}${arglist})`);
  } finally {
    Py_ReprLeave(pto);
  }
}

/** (type, (fn,), (fn, args, keywords, __dict__ or None)) */
function partial_reduce(self: PyObject): PyObject {
  const pto = P(self);
  const fnargs = PyTuple_Pack(pto.fn!);
  const state = PyTuple_Pack(pto.fn!, pto.args!, pto.kw!, pto.dict ?? Py_None);
  const r = PyTuple_Pack(pto.ob_type, fnargs, state);
  Py_DECREF(fnargs);
  Py_DECREF(state);
  return r;
}

function partial_setstate(self: PyObject, state: PyObject): PyObject {
  const pto = P(self);
  const invalid = (): PyObject => PyErr_Format(PyExc_TypeError, "invalid partial state");
  if (!PyTuple_Check(state) || PyTuple_GET_SIZE(state) !== 4) throw invalid();
  const fn = PyTuple_GET_ITEM(state, 0);
  const fnargs0 = PyTuple_GET_ITEM(state, 1);
  let kw = PyTuple_GET_ITEM(state, 2);
  let dict: PyObject | null = PyTuple_GET_ITEM(state, 3);
  if (fn.ob_type.tp_call === null || !PyTuple_Check(fnargs0) || (kw !== Py_None && !PyDict_Check(kw))) {
    throw invalid();
  }
  const fnargs = PyTuple_CheckExact(fnargs0) ? Py_NewRef(fnargs0) : PySequence_Tuple(fnargs0);
  try {
    if (kw === Py_None) kw = PyDict_New();
    else if (!PyDict_CheckExact(kw)) kw = PyDict_Copy(kw);
    else kw = Py_NewRef(kw);
  } catch (e) {
    Py_DECREF(fnargs);
    throw e;
  }
  dict = dict === Py_None ? null : Py_NewRef(dict);
  const oldFn = pto.fn;
  const oldArgs = pto.args;
  const oldKw = pto.kw;
  const oldDict = pto.dict;
  pto.fn = Py_NewRef(fn);
  pto.args = fnargs;
  pto.kw = kw;
  pto.dict = dict;
  Py_XDECREF(oldFn);
  Py_XDECREF(oldArgs);
  Py_XDECREF(oldKw);
  Py_XDECREF(oldDict);
  pto.vectorcall = hasVectorcall(fn);
  return Py_NewRef(Py_None);
}

function partial_get_dict(self: PyObject): PyObject {
  const pto = P(self);
  if (pto.dict === null) pto.dict = PyDict_New();
  return Py_NewRef(pto.dict);
}

function partial_set_dict(self: PyObject, value: PyObject | null): void {
  if (value === null) throw PyErr_Format(PyExc_TypeError, "cannot delete __dict__");
  if (!PyDict_Check(value)) {
    throw PyErr_Format(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${value.ob_type.tp_name}'`);
  }
  const pto = P(self);
  const old = pto.dict;
  pto.dict = Py_NewRef(value);
  Py_XDECREF(old);
}

function readonlyMember(name: string, field: "fn" | "args" | "kw", doc: string) {
  return { name, get: (self: PyObject) => P(self)[field], set: null, noneIfNull: true, doc };
}

PyPartial_Type.tp_members = [
  readonlyMember("func", "fn", "function object to use in future partial calls"),
  readonlyMember("args", "args", "tuple of arguments to future partial calls"),
  readonlyMember("keywords", "kw", "dictionary of keyword arguments to future partial calls"),
  // CPython 3.11 declares it a T_PYSSIZET member at the object's vectorcall
  // slot, so reading it gives that function pointer as a number: here the
  // address of the type (refpy calls a partial through the type's slot).
  { name: "__vectorcalloffset__", get: () => PyPartial_Type.ob_addr, set: null, noneIfNull: false },
];
PyPartial_Type.tp_getset = [{ name: "__dict__", get: partial_get_dict, set: partial_set_dict }];
PyPartial_Type.tp_methods = [
  { name: "__reduce__", meth: partial_reduce, flags: METH_NOARGS },
  { name: "__setstate__", meth: partial_setstate, flags: METH_O },
  { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS, doc: "See PEP 585" },
];
PyPartial_Type.tp_hasdict = true;
PyPartial_Type.tp_getdict = (self, create) => {
  const pto = P(self);
  if (pto.dict === null && create) pto.dict = PyDict_New();
  return pto.dict;
};
PyPartial_Type.tp_weakrefable = true;
PyPartial_Type.tp_new = partial_new;
PyPartial_Type.tp_call = partial_call;
PyPartial_Type.tp_repr = partial_repr;
PyPartial_Type.tp_traverse = partial_traverse;
PyPartial_Type.tp_clear = partial_clear;
PyPartial_Type.tp_getattro = PyObject_GenericGetAttr;
PyPartial_Type.tp_setattro = PyObject_GenericSetAttr;

// ---------------------------------------------------------------- cmp_to_key

/** sizeof(keyobject): cmp and object. */
const KEYOBJECT_BASICSIZE = 32;

export class KeyObject extends PyGCObject {
  cmp: PyObject | null;
  object: PyObject | null;
  constructor(type: PyTypeObject, cmp: PyObject, object: PyObject | null) {
    super(type, KEYOBJECT_BASICSIZE);
    this.cmp = Py_NewRef(cmp);
    this.object = object === null ? null : Py_NewRef(object);
    PyObject_GC_Track(this);
  }
}

function K(o: PyObject): KeyObject {
  return o as KeyObject;
}

function keyobject_clear(self: PyObject): void {
  const ko = K(self);
  const cmp = ko.cmp;
  const object = ko.object;
  ko.cmp = null;
  ko.object = null;
  Py_XDECREF(cmp);
  Py_XDECREF(object);
}

function keyobject_dealloc(self: PyObject): void {
  PyObject_GC_UnTrack(K(self));
  keyobject_clear(self);
  PyObject_GC_Del(K(self));
}

function keyobject_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const ko = K(self);
  visitStaticType(ko, visit);
  if (ko.cmp !== null) visit(ko.cmp);
  if (ko.object !== null) visit(ko.object);
}

export const PyKeyWrapper_Type: PyTypeObject = newStaticType(
  "functools.KeyWrapper",
  KEYOBJECT_BASICSIZE,
  TPFLAGS_HAVE_GC,
  keyobject_dealloc,
);

/** "NAME() takes at most 1 argument (2 given)": the count check of a
 *  one-parameter parser (getargs.c, counting keywords too). */
function atMostOne(fname: string, args: PyObject[], kwnames: PyObject | null): void {
  const nargs = args.length - nkw(kwnames);
  if (args.length > 1) {
    throw PyErr_Format(
      PyExc_TypeError,
      `${fname}() takes at most 1 ${nargs === 0 ? "keyword " : ""}argument (${args.length} given)`,
    );
  }
}

const keyParser: _PyArg_Parser = nonStaticParser(newArgParser("K", ["obj"], 1));

/** K(obj): a key wrapping `obj`, compared through the same function. */
function keyobject_call(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  atMostOne("K", args, kwnames);
  const [object] = _PyArg_UnpackKeywords(args, kwnames, keyParser, [null]);
  return new KeyObject(self.ob_type, K(self).cmp!, object);
}

/** `cmp(x, y) <op> 0` for two keys of the same type. */
function keyobject_richcompare(ko: PyObject, other: PyObject, op: number): PyObject {
  if (other.ob_type !== ko.ob_type) throw PyErr_Format(PyExc_TypeError, "other argument must be K instance");
  const x = K(ko).object;
  const y = K(other).object;
  if (x === null || y === null) throw PyErr_Format(PyExc_AttributeError, "object");
  const res = PyObject_Call(K(ko).cmp!, [x, y], null);
  try {
    return PyObject_RichCompare(res, _PyLong_GetSmall(0), op);
  } finally {
    Py_DECREF(res);
  }
}

PyKeyWrapper_Type.tp_call = keyobject_call;
PyKeyWrapper_Type.tp_richcompare = keyobject_richcompare;
PyKeyWrapper_Type.tp_traverse = keyobject_traverse;
PyKeyWrapper_Type.tp_clear = keyobject_clear;
PyKeyWrapper_Type.tp_members = [
  {
    name: "obj",
    get: (self) => K(self).object,
    set: (self, value) => {
      const ko = K(self);
      const old = ko.object;
      ko.object = value === null ? null : Py_NewRef(value);
      Py_XDECREF(old);
    },
    noneIfNull: true,
    doc: "Value wrapped by a key function.",
  },
];

const cmpToKeyParser: _PyArg_Parser = nonStaticParser(newArgParser("cmp_to_key", ["mycmp"], 1));

/** cmp_to_key(mycmp): a key type's prototype, called on each element. */
function functools_cmp_to_key(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  atMostOne("cmp_to_key", args, kwnames);
  const [mycmp] = _PyArg_UnpackKeywords(args, kwnames, cmpToKeyParser, [null]);
  return new KeyObject(PyKeyWrapper_Type, mycmp!, null);
}

// ---------------------------------------------------------------- reduce

/** reduce(function, iterable[, initial]) */
function functools_reduce(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("reduce", kwnames);
  _PyArg_CheckPositional("reduce", args.length, 2, 3);
  const func = args[0];
  const seq = args[1];
  let result: PyObject | null = args.length > 2 ? Py_NewRef(args[2]) : null;
  let it: PyObject;
  try {
    it = PyObject_GetIter(seq);
  } catch (e) {
    Py_XDECREF(result);
    if (PyErr_ExceptionMatches(e, PyExc_TypeError)) {
      Py_DECREF(e as PyObject);
      throw PyErr_Format(PyExc_TypeError, "reduce() arg 2 must support iteration");
    }
    throw e;
  }
  let fargs: PyObject = PyTuple_New(2);
  try {
    for (;;) {
      if (fargs.ob_refcnt > 1) {
        // Someone kept the tuple: fill a new one.
        Py_DECREF(fargs);
        fargs = PyTuple_New(2);
      }
      const op2 = PyIter_Next(it);
      if (op2 === null) break;
      if (result === null) {
        result = op2;
        continue;
      }
      // The tuple takes over result and op2, releasing the previous pair.
      setItem(fargs, 0, result);
      result = null;
      setItem(fargs, 1, op2);
      result = PyObject_Call(func, (fargs as PyTupleObject).ob_item, null);
      // bpo-42536: the collector may have untracked the tuple.
      if (!_PyObject_GC_IS_TRACKED(fargs as PyTupleObject)) PyObject_GC_Track(fargs as PyTupleObject);
    }
  } catch (e) {
    Py_XDECREF(result);
    throw e;
  } finally {
    Py_DECREF(fargs);
    Py_DECREF(it);
  }
  if (result === null) throw PyErr_Format(PyExc_TypeError, "reduce() of empty iterable with no initial value");
  return result;
}

/** Py_XSETREF(items[i], v) on a tuple being reused: store `v` (stolen),
 *  then release what the slot held. */
function setItem(t: PyObject, i: number, v: PyObject): void {
  const old = PyTuple_GET_ITEM(t, i);
  PyTuple_SET_ITEM(t, i, v);
  if (old !== NULL_ITEM) Py_DECREF(old);
}

// ---------------------------------------------------------------- _lru_cache_wrapper

/** A link of the bounded cache's recency list (the wrapper's root too). */
interface LruLink {
  prev: LruLink;
  next: LruLink;
}

/** The list's sentinel, kept in the wrapper (CPython's `root` field). */
class LruRoot implements LruLink {
  prev: LruLink;
  next: LruLink;
  constructor() {
    this.prev = this;
    this.next = this;
  }
}

/** sizeof(lru_list_elem). */
const LRU_ELEM_BASICSIZE = 56;

/**
 * `functools._lru_list_elem`: a cached call of a bounded cache, the
 * cache dict's value for its key. Not a GC object: the wrapper's traverse
 * visits its key and result. Owned by the cache dict and by the list (the
 * reference it was made with); the list's links are borrowed.
 */
export class LruListElem extends PyObject implements LruLink {
  prev: LruLink;
  next: LruLink;
  hash: number;
  key: PyObject | null;
  result: PyObject | null;
  constructor(key: PyObject, result: PyObject, hash: number) {
    super(PyLruListElem_Type, LRU_ELEM_BASICSIZE);
    this.prev = this;
    this.next = this;
    this.hash = hash;
    this.key = key;
    this.result = result;
  }
}

function lru_list_elem_dealloc(self: PyObject): void {
  const link = self as LruListElem;
  const key = link.key;
  const result = link.result;
  link.key = null;
  link.result = null;
  Py_XDECREF(key);
  Py_XDECREF(result);
  PyObject_Free(link);
}

export const PyLruListElem_Type: PyTypeObject = newStaticType(
  "functools._lru_list_elem",
  LRU_ELEM_BASICSIZE,
  0,
  lru_list_elem_dealloc,
);

const enum LruKind {
  Uncached,
  Infinite,
  Bounded,
}

/** sizeof(lru_cache_object). */
const LRU_BASICSIZE = 152;

/**
 * `functools._lru_cache_wrapper`: the function, the cache dict (key →
 * result for an unbounded cache, key → link for a bounded one), the hits
 * and misses, the recency list of a bounded cache, the CacheInfo class to
 * report with, the separator of positional and keyword arguments in keys
 * (`kwd_mark`) and the instance `__dict__` (update_wrapper's attributes).
 */
export class LruCacheObject extends PyGCObject {
  root: LruRoot;
  kind: LruKind;
  typed: boolean;
  cache: PyObject | null;
  hits: number;
  func: PyObject | null;
  maxsize: number;
  misses: number;
  kwd_mark: PyObject | null;
  cache_info_type: PyObject | null;
  dict: PyObject | null;
  constructor(type: PyTypeObject) {
    super(type, type.tp_basicsize);
    this.root = new LruRoot();
    this.kind = LruKind.Uncached;
    this.typed = false;
    this.cache = null;
    this.hits = 0;
    this.func = null;
    this.maxsize = 0;
    this.misses = 0;
    this.kwd_mark = null;
    this.cache_info_type = null;
    this.dict = null;
  }
}

function LRU(o: PyObject): LruCacheObject {
  return o as LruCacheObject;
}

/** The links of a bounded cache, oldest first. */
export function lruLinks(self: LruCacheObject): LruListElem[] {
  const out: LruListElem[] = [];
  for (let link = self.root.next; link !== self.root; link = link.next) out.push(link as LruListElem);
  return out;
}

/** lru_cache_make_key: the call's arguments as the cache key (new
 *  reference): the one int or str argument itself, the args tuple itself,
 *  or a tuple of the arguments, kwd_mark, the keyword pairs and (typed)
 *  the arguments' types. */
function lru_cache_make_key(kwdMark: PyObject, args: PyTupleObject, kwds: PyObject | null, typed: boolean): PyObject {
  const kwdsSize = kwds === null ? 0 : PyDict_Size(kwds);
  const items = args.ob_item;
  if (!typed && kwdsSize === 0) {
    if (items.length === 1) {
      const key = items[0];
      if (key.ob_type === PyUnicode_Type || key.ob_type === PyLong_Type) return Py_NewRef(key);
    }
    return Py_NewRef(args);
  }
  const key: PyObject[] = items.slice();
  if (kwdsSize > 0) {
    key.push(kwdMark);
    for (let pos = PyDict_Next(kwds!, 0); pos >= 0; pos = PyDict_Next(kwds!, pos + 1)) {
      key.push(_PyDict_Key(kwds!, pos), _PyDict_Value(kwds!, pos));
    }
  }
  if (typed) {
    for (let i = 0; i < items.length; i++) key.push(items[i].ob_type);
    if (kwdsSize > 0) {
      for (let pos = PyDict_Next(kwds!, 0); pos >= 0; pos = PyDict_Next(kwds!, pos + 1)) {
        key.push(_PyDict_Value(kwds!, pos).ob_type);
      }
    }
  }
  return _PyTuple_FromArray(key);
}

function uncached_lru_cache_wrapper(self: LruCacheObject, args: PyTupleObject, kwds: PyObject | null): PyObject {
  self.misses++;
  return callTupleDict(self.func!, args, kwds);
}

function infinite_lru_cache_wrapper(self: LruCacheObject, args: PyTupleObject, kwds: PyObject | null): PyObject {
  const key = lru_cache_make_key(self.kwd_mark!, args, kwds, self.typed);
  try {
    const hash = PyObject_Hash(key);
    const cached = _PyDict_GetItem_KnownHash(self.cache!, key, hash);
    if (cached !== null) {
      self.hits++;
      return Py_NewRef(cached);
    }
    self.misses++;
    const result = callTupleDict(self.func!, args, kwds);
    try {
      _PyDict_SetItem_KnownHash(self.cache!, key, result, hash);
    } catch (e) {
      Py_DECREF(result);
      throw e;
    }
    return result;
  } finally {
    Py_DECREF(key);
  }
}

function extractLink(link: LruLink): void {
  link.prev.next = link.next;
  link.next.prev = link.prev;
}

function appendLink(self: LruCacheObject, link: LruLink): void {
  const root = self.root;
  const last = root.prev;
  last.next = link;
  root.prev = link;
  link.prev = last;
  link.next = root;
}

function prependLink(self: LruCacheObject, link: LruLink): void {
  const root = self.root;
  const first = root.next;
  first.prev = link;
  root.next = link;
  link.prev = root;
  link.next = first;
}

/**
 * bounded_lru_cache_wrapper: a hit moves its link to the most recent end;
 * a miss calls the function and stores the result in a new link while
 * the cache has room, else in the oldest link, evicted and reused (its
 * old key and result released last, once the cache is consistent again).
 */
function bounded_lru_cache_wrapper(self: LruCacheObject, args: PyTupleObject, kwds: PyObject | null): PyObject {
  const key = lru_cache_make_key(self.kwd_mark!, args, kwds, self.typed);
  let hash: number;
  try {
    hash = PyObject_Hash(key);
    const hit = _PyDict_GetItem_KnownHash(self.cache!, key, hash) as LruListElem | null;
    if (hit !== null) {
      extractLink(hit);
      appendLink(self, hit);
      self.hits++;
      Py_DECREF(key);
      return Py_NewRef(hit.result!);
    }
  } catch (e) {
    Py_DECREF(key);
    throw e;
  }
  self.misses++;
  let result: PyObject;
  try {
    result = callTupleDict(self.func!, args, kwds);
  } catch (e) {
    Py_DECREF(key);
    throw e;
  }
  try {
    if (_PyDict_GetItem_KnownHash(self.cache!, key, hash) !== null) {
      // The same key was added during the call: its link is in place.
      Py_DECREF(key);
      return result;
    }
  } catch (e) {
    Py_DECREF(key);
    Py_DECREF(result);
    throw e;
  }
  const cache = self.cache!;
  if (PyDict_Size(cache) < self.maxsize || self.root.next === self.root) {
    // Room left: a new link (the key and result move into it).
    const link = new LruListElem(key, result, hash);
    try {
      _PyDict_SetItem_KnownHash(cache, key, link, hash);
    } catch (e) {
      Py_DECREF(link);
      throw e;
    }
    appendLink(self, link);
    return Py_NewRef(result);
  }
  // Full: the oldest link is evicted and reused for this call.
  const link = self.root.next as LruListElem;
  extractLink(link);
  let popresult: PyObject | null;
  try {
    popresult = _PyDict_Pop_KnownHash(cache, link.key!, link.hash);
  } catch (e) {
    prependLink(self, link);
    Py_DECREF(key);
    Py_DECREF(result);
    throw e;
  }
  if (popresult === null) {
    // The call removed the old key itself: the link is an orphan.
    Py_DECREF(link);
    Py_DECREF(key);
    return result;
  }
  // The old key and result are released only once the links are right.
  const oldkey = link.key!;
  const oldresult = link.result!;
  link.hash = hash;
  link.key = key;
  link.result = result;
  try {
    _PyDict_SetItem_KnownHash(cache, key, link, hash);
  } catch (e) {
    Py_DECREF(popresult);
    Py_DECREF(link);
    Py_DECREF(oldkey);
    Py_DECREF(oldresult);
    throw e;
  }
  appendLink(self, link);
  Py_NewRef(result);
  Py_DECREF(popresult);
  Py_DECREF(oldkey);
  Py_DECREF(oldresult);
  return result;
}

const lruNewParser = nonStaticParser(
  newArgParser("lru_cache", ["user_function", "maxsize", "typed", "cache_info_type"], 4),
);

/** _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type) */
function lru_cache_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [func, maxsizeObj, typedObj, cacheInfoType] = _PyArg_UnpackKeywords(args, kwnames, lruNewParser, [
    null,
    null,
    null,
    null,
  ]);
  const typed = PyObject_IsTrue(typedObj!);
  if (func!.ob_type.tp_call === null) throw PyErr_Format(PyExc_TypeError, "the first argument must be callable");
  let kind: LruKind;
  let maxsize: number;
  if (maxsizeObj === Py_None) {
    kind = LruKind.Infinite;
    maxsize = -1;
  } else if (PyIndex_Check(maxsizeObj!)) {
    maxsize = PyNumber_AsSsize_t(maxsizeObj!, PyExc_OverflowError);
    if (maxsize < 0) maxsize = 0;
    kind = maxsize === 0 ? LruKind.Uncached : LruKind.Bounded;
  } else {
    throw PyErr_Format(PyExc_TypeError, "maxsize should be integer or None");
  }
  const obj = new LruCacheObject(type);
  obj.kind = kind;
  obj.typed = typed;
  obj.cache = PyDict_New();
  obj.func = Py_NewRef(func!);
  obj.maxsize = maxsize;
  // CPython's kwd_mark is one object of the module's; here each wrapper
  // makes its own (it only has to be unlike any argument).
  obj.kwd_mark = PyObject_CallNoArgs(PyBaseObject_Type);
  obj.cache_info_type = Py_NewRef(cacheInfoType!);
  PyObject_GC_Track(obj);
  return obj;
}

/** lru_cache_unlink_list: empty the list, returning its links. */
function unlinkList(self: LruCacheObject): LruListElem[] {
  const links = lruLinks(self);
  self.root.next = self.root;
  self.root.prev = self.root;
  return links;
}

/** lru_cache_clear_list: release each link's list reference, in order. */
function clearList(links: LruListElem[]): void {
  for (let i = 0; i < links.length; i++) Py_DECREF(links[i]);
}

function lru_cache_tp_clear(self: PyObject): void {
  const lru = LRU(self);
  const links = unlinkList(lru);
  const cache = lru.cache;
  const func = lru.func;
  const kwd = lru.kwd_mark;
  const info = lru.cache_info_type;
  const dict = lru.dict;
  lru.cache = null;
  lru.func = null;
  lru.kwd_mark = null;
  lru.cache_info_type = null;
  lru.dict = null;
  Py_XDECREF(cache);
  Py_XDECREF(func);
  Py_XDECREF(kwd);
  Py_XDECREF(info);
  Py_XDECREF(dict);
  clearList(links);
}

function lru_cache_dealloc(self: PyObject): void {
  const lru = LRU(self);
  PyObject_GC_UnTrack(lru);
  if (lru.weakreflist !== null) PyObject_ClearWeakRefs(lru);
  lru_cache_tp_clear(lru);
  PyObject_GC_Del(lru);
}

/** The call: _PyObject_MakeTpCall (a recursion level, the arguments as a
 *  tuple and a dict), then the cache's kind of wrapper. */
function lru_cache_call(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const lru = LRU(self);
  const counted = self.ob_type === PyLruCache_Type;
  if (counted) Py_EnterRecursiveCall(" while calling a Python object");
  try {
    const nargs = args.length - nkw(kwnames);
    const argstuple = _PyTuple_FromArray(nargs === args.length ? args : args.slice(0, nargs));
    const kwds = kwnames === null ? null : kwargsDict(args, kwnames);
    try {
      if (lru.kind === LruKind.Infinite) return infinite_lru_cache_wrapper(lru, argstuple, kwds);
      if (lru.kind === LruKind.Bounded) return bounded_lru_cache_wrapper(lru, argstuple, kwds);
      return uncached_lru_cache_wrapper(lru, argstuple, kwds);
    } finally {
      Py_DECREF(argstuple);
      Py_XDECREF(kwds);
    }
  } finally {
    if (counted) Py_LeaveRecursiveCall();
  }
}

function lru_cache_descr_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  if (obj === null || obj === Py_None) return Py_NewRef(self);
  return PyMethod_New(self, obj);
}

/** cache_info(): CacheInfo(hits, misses, maxsize or None, currsize). */
function lru_cache_cache_info(self: PyObject): PyObject {
  const lru = LRU(self);
  const hits = PyLong_FromNumber(lru.hits);
  const misses = PyLong_FromNumber(lru.misses);
  const maxsize = lru.maxsize === -1 ? Py_NewRef(Py_None) : PyLong_FromNumber(lru.maxsize);
  const currsize = PyLong_FromNumber(PyDict_Size(lru.cache!));
  try {
    return PyObject_Call(lru.cache_info_type!, [hits, misses, maxsize, currsize], null);
  } finally {
    Py_DECREF(hits);
    Py_DECREF(misses);
    Py_DECREF(maxsize);
    Py_DECREF(currsize);
  }
}

/** cache_clear(): the statistics reset, the cache emptied, then the links released. */
function lru_cache_cache_clear(self: PyObject): PyObject {
  const lru = LRU(self);
  const links = unlinkList(lru);
  lru.hits = 0;
  lru.misses = 0;
  PyDict_Clear(lru.cache!);
  clearList(links);
  return Py_NewRef(Py_None);
}

/** __reduce__: the qualified name (pickled as a global). */
function lru_cache_reduce(self: PyObject): PyObject {
  return PyObject_GetAttrString(self, "__qualname__");
}

/** __copy__ and __deepcopy__: the wrapper itself. */
function lru_cache_copy(self: PyObject, _args: PyObject[]): PyObject {
  return Py_NewRef(self);
}

/** CPython's lru cache type is a heap type, which its traverse visits
 *  first; then each link's key and result, the cache, the function,
 *  kwd_mark, the CacheInfo class and the instance dict. */
function lru_cache_tp_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const lru = LRU(self);
  visitStaticType(lru, visit);
  for (let link = lru.root.next; link !== lru.root; link = link.next) {
    const elem = link as LruListElem;
    if (elem.key !== null) visit(elem.key);
    if (elem.result !== null) visit(elem.result);
  }
  if (lru.cache !== null) visit(lru.cache);
  if (lru.func !== null) visit(lru.func);
  if (lru.kwd_mark !== null) visit(lru.kwd_mark);
  if (lru.cache_info_type !== null) visit(lru.cache_info_type);
  if (lru.dict !== null) visit(lru.dict);
}

export const PyLruCache_Type: PyTypeObject = newStaticType(
  "functools._lru_cache_wrapper",
  LRU_BASICSIZE,
  TPFLAGS_HAVE_GC | TPFLAGS_METHOD_DESCRIPTOR,
  lru_cache_dealloc,
);
_PyType_FromSpecInCPython(PyLruCache_Type);
PyLruCache_Type.tp_doc =
  "Create a cached callable that wraps another function.\n\n" +
  "user_function:      the function being cached\n\n" +
  "maxsize:  0         for no caching\n" +
  "          None      for unlimited cache size\n" +
  "          n         for a bounded cache\n\n" +
  "typed:    False     cache f(3) and f(3.0) as identical calls\n" +
  "          True      cache f(3) and f(3.0) as distinct calls\n\n" +
  "cache_info_type:    namedtuple class with the fields:\n" +
  "                        hits misses currsize maxsize\n";
PyLruCache_Type.tp_new = lru_cache_new;
PyLruCache_Type.tp_call = lru_cache_call;
PyLruCache_Type.tp_descr_get = lru_cache_descr_get;
PyLruCache_Type.tp_traverse = lru_cache_tp_traverse;
PyLruCache_Type.tp_clear = lru_cache_tp_clear;
PyLruCache_Type.tp_weakrefable = true;
PyLruCache_Type.tp_hasdict = true;
PyLruCache_Type.tp_getdict = (self, create) => {
  const lru = LRU(self);
  if (lru.dict === null && create) lru.dict = PyDict_New();
  return lru.dict;
};
PyLruCache_Type.tp_getattro = PyObject_GenericGetAttr;
PyLruCache_Type.tp_setattro = PyObject_GenericSetAttr;
PyLruCache_Type.tp_getset = [
  {
    name: "__dict__",
    get: (self) => {
      const lru = LRU(self);
      if (lru.dict === null) lru.dict = PyDict_New();
      return Py_NewRef(lru.dict);
    },
    set: (self, value) => {
      if (value === null) throw PyErr_Format(PyExc_TypeError, "cannot delete __dict__");
      if (!PyDict_Check(value)) {
        throw PyErr_Format(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${value.ob_type.tp_name}'`);
      }
      const lru = LRU(self);
      const old = lru.dict;
      lru.dict = Py_NewRef(value);
      Py_XDECREF(old);
    },
  },
];
PyLruCache_Type.tp_methods = [
  { name: "cache_info", meth: lru_cache_cache_info, flags: METH_NOARGS },
  { name: "cache_clear", meth: lru_cache_cache_clear, flags: METH_NOARGS },
  { name: "__reduce__", meth: lru_cache_reduce, flags: METH_NOARGS },
  { name: "__copy__", meth: lru_cache_copy, flags: METH_FASTCALL },
  { name: "__deepcopy__", meth: lru_cache_copy, flags: METH_FASTCALL },
];

// ---------------------------------------------------------------- the module

const functions: PyMethodDef[] = [
  {
    name: "reduce",
    meth: functools_reduce,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc:
      "reduce(function, iterable[, initial]) -> value\n\n" +
      "Apply a function of two arguments cumulatively to the items of a sequence\n" +
      "or iterable, from left to right, so as to reduce the iterable to a single\n" +
      "value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n" +
      "((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\n" +
      "of the iterable in the calculation, and serves as a default when the\n" +
      "iterable is empty.",
  },
  {
    name: "cmp_to_key",
    meth: functools_cmp_to_key,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: "Convert a cmp= function into a key= function.",
  },
];

/** `import _functools` (the functions, then partial). */
export function PyInit__functools(): PyObject {
  const m = PyModule_New("_functools");
  const doc = PyUnicode_FromString("Tools that operate on functions.");
  PyModule_AddObjectRef(m, "__doc__", doc);
  Py_DECREF(doc);
  PyModule_AddFunctions(m, functions);
  PyModule_AddObjectRef(m, "partial", PyPartial_Type);
  PyModule_AddObjectRef(m, "_lru_cache_wrapper", PyLruCache_Type);
  return m;
}
