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
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { _PyObject_GC_IS_TRACKED, PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType, PyType_Check, type PyTypeObject } from "../objects/typeobject.js";
import { TPFLAGS_HEAPTYPE } from "../heap/object.js";
import { METH_CLASS, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O } from "../objects/methoddef.js";
import type { PyMethodDef } from "../objects/methoddef.js";
import {
  _PyArg_CheckPositional,
  _PyArg_NoKwnames,
  _PyArg_UnpackKeywords,
  newArgParser,
  nkw,
  type _PyArg_Parser,
} from "../objects/getargs.js";
import { PyErr_ExceptionMatches, PyErr_Format } from "../objects/errors.js";
import { PyExc_AttributeError, PyExc_TypeError } from "../objects/exceptions.js";
import { Py_None } from "../objects/noneobject.js";
import { _PyLong_GetSmall } from "../objects/longobject.js";
import { PyUnicode_Check, PyUnicode_FromString, reprString, strString } from "../objects/unicodeobject.js";
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
  _PyDict_Key,
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
import { PyIter_Next, PyObject_GetIter, PyObject_RichCompare, PySequence_Tuple } from "../objects/abstract.js";
import { Py_ReprEnter, Py_ReprLeave } from "../objects/abstract.js";
import { Py_EnterRecursiveCall, Py_LeaveRecursiveCall, PyObject_Call } from "../objects/call.js";
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr } from "../objects/object.js";
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

const keyParser: _PyArg_Parser = newArgParser("K", ["obj"], 1);

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

const cmpToKeyParser: _PyArg_Parser = newArgParser("cmp_to_key", ["mycmp"], 1);

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
  return m;
}
