/**
 * The slot table (CPython's `slotdefs` in Objects/typeobject.c): which
 * dunder method corresponds to which type slot, in both directions.
 *
 *  - Built-in types: PyType_Ready's `add_operators` exposes every filled
 *    slot as a wrapper descriptor in the type's dict (`list.__len__`,
 *    `int.__add__`), through the row's `wrapper`.
 *  - Classes defined in Python: `fixup_slot_dispatchers` fills each slot
 *    from what the MRO defines: a wrapper descriptor of the same slot means
 *    "use the wrapped function directly" (a subclass of list keeps
 *    list's own `sq_length`); anything else (a Python function) installs the
 *    row's `generic` slot function, which looks the dunder up on the type and
 *    calls it (`slot_tp_repr` calls `__repr__`). `update_slot` redoes this
 *    when a dunder is assigned on a class later.
 *
 * Binary operators implement CPython's SLOT1BINFULL: `a + b` tries
 * `type(b).__radd__` first when type(b) is a proper subclass of type(a)
 * that overrides it, then `type(a).__add__`, then `type(b).__radd__`.
 */
import { slotDoc } from "./docsig.js";
import { PyObject, TPFLAGS_BASE_EXC_SUBCLASS, TPFLAGS_HEAPTYPE, TPFLAGS_METHOD_DESCRIPTOR } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, _Py_Dealloc } from "../heap/refcount.js";
import {
  PyType_Check,
  PyType_IsSubtype,
  type PyTypeObject,
  PyType_Modified,
  _PyType_Lookup,
  find_name_in_mro,
  type binaryfunc,
  type descrgetfunc,
  type descrsetfunc,
  type getattrofunc,
  type hashfunc,
  type initproc,
  type inquiry,
  type iternextfunc,
  type lenfunc,
  type objobjargproc,
  type objobjproc,
  type powfunc,
  type richcmpfunc,
  type setattrofunc,
  type ssizeargfunc,
  type ternaryfunc,
  type unaryfunc,
  type boolfunc,
  type getiterfunc,
  type BinarySlotName,
} from "./typeobject.js";
import { Py_EQ, Py_GE, Py_GT, Py_LE, Py_LT, Py_NE } from "../bytecode/opcodes.js";
import {
  PyDescr_NewWrapper,
  type PyWrapperDescrObject,
  PyWrapperDescr_Type,
  type SlotFunction,
  type WrapperBase,
  type wrapperfunc,
} from "./descrobject.js";
import { PyCFunctionObject, PyCFunction_NewEx } from "./methodobject.js";
import { METH_FASTCALL, METH_KEYWORDS, type PyMethodDef } from "./methoddef.js";
import {
  PyExc_AttributeError,
  PyExc_OverflowError,
  PyExc_StopIteration,
  PyExc_TypeError,
  PyExc_ValueError,
} from "./exceptions.js";
import { PyErr_Format, PyErr_GivenExceptionMatches, PyErr_NoArgs, PyErr_SetObject } from "./errors.js";
import { Py_None, Py_NotImplemented } from "./noneobject.js";
import { PyBool_FromBool, PyBool_Type, Py_True, PyLong_AsBigInt, PyLong_FromBigInt } from "./longobject.js";
import { PyLong_AsNumber, PyLong_Check, PyLong_FromNumber } from "./longobject.js";
import { PyDict_GetItem, PyDict_SetItem } from "./dictobject.js";
import {
  PyTuple_GET_ITEM,
  PyTuple_GET_SIZE,
  PyTuple_New,
  PyTuple_SET_ITEM,
  _PyTuple_FromArray,
} from "./tupleobject.js";
import {
  PyIter_Next,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  PyObject_GetIter,
  PyObject_Hash,
  PyObject_IsTrue,
  PyObject_RichCompareBool,
} from "./abstract.js";
import { PySeqIter_New } from "./iterobject.js";
import { findSlot, setSlotEntry, sqInplaceConcat, sqInplaceRepeat, sqRepeat } from "./seqslots.js";
import { PyObject_GenericGetAttr, _PyObject_GenericGetAttrWithDict, PyObject_GetAttr, object_repr } from "./object.js";
import { PyObject_Call } from "./call.js";
import { _Py_ID, type _Py_Identifier, _Py_Identifier_For } from "./identifiers.js";
import { PyErr_WriteUnraisable } from "./errors-display.js";
import { toPyException } from "./errors.js";
import { exactHash, foldHashBig, hashReg } from "./hashutil.js";

const ID = _Py_Identifier_For;

/** tp_hash of unhashable types (`__hash__ = None`). */
export function PyObject_HashNotImplemented(self: PyObject): number {
  throw PyErr_Format(PyExc_TypeError, `unhashable type: '${self.ob_type.tp_name}'`);
}

// --- calling a dunder found on the type ----------------------------------------

/** Call `func` (found on type(self), borrowed) as a method of `self`. */
export function callUnbound(func: PyObject, self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  func.ob_refcnt++;
  try {
    const ft = func.ob_type;
    if ((ft.tp_flags & TPFLAGS_METHOD_DESCRIPTOR) !== 0) {
      const full = [self];
      for (let i = 0; i < args.length; i++) full.push(args[i]);
      return PyObject_Call(func, full, kwnames);
    }
    const get = ft.tp_descr_get;
    if (get === null) return PyObject_Call(func, args, kwnames);
    const bound = get(func, self, self.ob_type);
    try {
      return PyObject_Call(bound, args, kwnames);
    } finally {
      if (--bound.ob_refcnt === 0) _Py_Dealloc(bound);
    }
  } finally {
    if (--func.ob_refcnt === 0) _Py_Dealloc(func);
  }
}

function call0(func: PyObject, self: PyObject): PyObject {
  if ((func.ob_type.tp_flags & TPFLAGS_METHOD_DESCRIPTOR) !== 0) {
    Py_INCREF(func);
    try {
      return PyObject_Call(func, [self], null);
    } finally {
      Py_DECREF(func);
    }
  }
  return callUnbound(func, self, [], null);
}

function call1(func: PyObject, self: PyObject, a: PyObject): PyObject {
  if ((func.ob_type.tp_flags & TPFLAGS_METHOD_DESCRIPTOR) !== 0) {
    Py_INCREF(func);
    try {
      return PyObject_Call(func, [self, a], null);
    } finally {
      Py_DECREF(func);
    }
  }
  return callUnbound(func, self, [a], null);
}

function call2(func: PyObject, self: PyObject, a: PyObject, b: PyObject): PyObject {
  if ((func.ob_type.tp_flags & TPFLAGS_METHOD_DESCRIPTOR) !== 0) {
    Py_INCREF(func);
    try {
      return PyObject_Call(func, [self, a, b], null);
    } finally {
      Py_DECREF(func);
    }
  }
  return callUnbound(func, self, [a, b], null);
}

function lookup(self: PyObject, id: _Py_Identifier): PyObject | null {
  return _PyType_Lookup(self.ob_type, id.get());
}

/** vectorcall_method: the dunder must exist (AttributeError(name) if not). */
function required(self: PyObject, id: _Py_Identifier): PyObject {
  const f = _PyType_Lookup(self.ob_type, id.get());
  if (f === null) throw PyErr_SetObject(PyExc_AttributeError, id.get());
  return f;
}

// --- generic slot functions for heap types ------------------------------------------

const I_repr = ID("__repr__"),
  I_str = ID("__str__"),
  I_hash = ID("__hash__"),
  I_call = ID("__call__");
const I_getattribute = ID("__getattribute__"),
  I_getattr = ID("__getattr__");
const I_setattr = ID("__setattr__"),
  I_delattr = ID("__delattr__");
const I_iter = ID("__iter__"),
  I_next = ID("__next__"),
  I_get = ID("__get__"),
  I_set = ID("__set__");
const I_delete = ID("__delete__"),
  I_init = ID("__init__"),
  I_new = ID("__new__"),
  I_del = ID("__del__");
const I_bool = ID("__bool__"),
  I_len = ID("__len__"),
  I_getitem = ID("__getitem__");
const I_setitem = ID("__setitem__"),
  I_delitem = ID("__delitem__"),
  I_contains = ID("__contains__");
const I_pow = ID("__pow__"),
  I_rpow = ID("__rpow__"),
  I_ipow = ID("__ipow__");
const I_await = ID("__await__"),
  I_aiter = ID("__aiter__"),
  I_anext = ID("__anext__");
const RICH_IDS = [ID("__lt__"), ID("__le__"), ID("__eq__"), ID("__ne__"), ID("__gt__"), ID("__ge__")];

function slot_tp_repr(self: PyObject): PyObject {
  const f = lookup(self, I_repr);
  if (f !== null) return call0(f, self);
  return object_repr(self);
}

function slot_tp_str(self: PyObject): PyObject {
  return call0(required(self, I_str), self);
}

function slot_tp_hash(self: PyObject): number {
  const f = lookup(self, I_hash);
  if (f === null || f === Py_None) return PyObject_HashNotImplemented(self);
  const res = call0(f, self);
  try {
    if (!PyLong_Check(res)) throw PyErr_Format(PyExc_TypeError, "__hash__ method should return an integer");
    // The value itself when it fits a Py_ssize_t (-1 becomes -2), else the
    // int's hash, as CPython's slot_tp_hash.
    const v = PyLong_AsBigInt(res);
    if (v >= -(1n << 63n) && v < 1n << 63n) return foldHashBig(v);
    return PyObject_Hash(res);
  } finally {
    Py_DECREF(res);
  }
}

function slot_tp_call(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const f = lookup(self, I_call);
  if (f === null) throw PyErr_Format(PyExc_TypeError, `'${self.ob_type.tp_name}' object is not callable`);
  return withUnpackedDict(args, kwnames, (names) => callUnbound(f, self, args, names));
}

function isGenericGetattribute(f: PyObject | null): boolean {
  return (
    f === null ||
    (f.ob_type === PyWrapperDescr_Type && (f as PyWrapperDescrObject).d_wrapped === PyObject_GenericGetAttr)
  );
}

function slot_tp_getattr_hook(self: PyObject, name: PyObject): PyObject {
  const getattribute = lookup(self, I_getattribute);
  const getattr = lookup(self, I_getattr);
  if (getattr === null) {
    if (isGenericGetattribute(getattribute)) return _PyObject_GenericGetAttrWithDict(self, name, false)!;
    return call1(getattribute!, self, name);
  }
  Py_INCREF(getattr);
  try {
    if (isGenericGetattribute(getattribute)) {
      const r = _PyObject_GenericGetAttrWithDict(self, name, true);
      if (r !== null) return r;
      return call1(getattr, self, name);
    }
    try {
      return call1(getattribute!, self, name);
    } catch (e) {
      if (e instanceof PyObject && PyErr_GivenExceptionMatches(e, PyExc_AttributeError)) {
        Py_DECREF(e);
        return call1(getattr, self, name);
      }
      throw e;
    }
  } finally {
    Py_DECREF(getattr);
  }
}

function slot_tp_setattro(self: PyObject, name: PyObject, value: PyObject | null): void {
  const r =
    value === null ? call1(required(self, I_delattr), self, name) : call2(required(self, I_setattr), self, name, value);
  Py_DECREF(r);
}

function slot_tp_richcompare(self: PyObject, other: PyObject, op: number): PyObject {
  const f = lookup(self, RICH_IDS[op]);
  if (f === null || f === Py_None) return Py_NewRef(Py_NotImplemented);
  return call1(f, self, other);
}

function slot_tp_iter(self: PyObject): PyObject {
  const f = lookup(self, I_iter);
  if (f === Py_None) throw PyErr_Format(PyExc_TypeError, `'${self.ob_type.tp_name}' object is not iterable`);
  if (f !== null) return call0(f, self);
  if (lookup(self, I_getitem) !== null) return PySeqIter_New(self);
  throw PyErr_Format(PyExc_TypeError, `'${self.ob_type.tp_name}' object is not iterable`);
}

function slot_tp_iternext(self: PyObject): PyObject | null {
  return call0(required(self, I_next), self);
}

/** slot_am_await, slot_am_aiter, slot_am_anext. */
function makeAsyncSlot(id: _Py_Identifier): unaryfunc {
  return (self) => {
    const f = lookup(self, id);
    if (f === null) {
      throw PyErr_Format(PyExc_AttributeError, `object ${self.ob_type.tp_name} does not have ${id.s} method`);
    }
    return call0(f, self);
  };
}

function slot_tp_descr_get(self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const f = lookup(self, I_get);
  if (f === null) return Py_NewRef(self);
  return call2(f, self, obj ?? Py_None, type ?? Py_None);
}

function slot_tp_descr_set(self: PyObject, obj: PyObject, value: PyObject | null): void {
  const r =
    value === null ? call1(required(self, I_delete), self, obj) : call2(required(self, I_set), self, obj, value);
  Py_DECREF(r);
}

/** `call(kwnames)` as CPython's _PyObject_Call_Prepend makes it when
 *  keyword arguments came as a dict (slot_tp_call, slot_tp_init,
 *  slot_tp_new): the vectorcall gets a copy of the arguments
 *  (_PyStack_UnpackDict: a new reference to each) and a new tuple of the
 *  keywords' names, released when it returns. Without keywords the call
 *  is made as is. */
function withUnpackedDict(args: PyObject[], kwnames: PyObject | null, call: (kwnames: PyObject | null) => PyObject) {
  const nkw = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
  if (nkw === 0) return call(kwnames);
  const names = PyTuple_New(nkw);
  for (let i = 0; i < nkw; i++) PyTuple_SET_ITEM(names, i, Py_NewRef(PyTuple_GET_ITEM(kwnames!, i)));
  for (let i = 0; i < args.length; i++) Py_INCREF(args[i]);
  try {
    return call(names);
  } finally {
    for (let i = 0; i < args.length; i++) Py_DECREF(args[i]);
    Py_DECREF(names);
  }
}

function slot_tp_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const f = required(self, I_init);
  const r = withUnpackedDict(args, kwnames, (names) => callUnbound(f, self, args, names));
  if (r !== Py_None) {
    if (--r.ob_refcnt === 0) _Py_Dealloc(r);
    throw PyErr_Format(PyExc_TypeError, `__init__() should return None, not '${r.ob_type.tp_name}'`);
  }
  if (--r.ob_refcnt === 0) _Py_Dealloc(r);
}

function slot_tp_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const func = PyObject_GetAttr(type, I_new.get());
  try {
    const full: PyObject[] = [type];
    for (let i = 0; i < args.length; i++) full.push(args[i]);
    return withUnpackedDict(args, kwnames, (names) => PyObject_Call(func, full, names));
  } finally {
    Py_DECREF(func);
  }
}

function slot_tp_finalize(self: PyObject): void {
  const f = lookup(self, I_del);
  if (f === null) return;
  Py_INCREF(f);
  try {
    const r = call0(f, self);
    Py_DECREF(r);
  } catch (e) {
    PyErr_WriteUnraisable(toPyException(e), f);
  } finally {
    Py_DECREF(f);
  }
}

/** method_is_overloaded: does type(right) define `name` differently? */
function methodIsOverloaded(left: PyObject, right: PyObject, id: _Py_Identifier): boolean {
  const b = _PyType_Lookup(right.ob_type, id.get());
  if (b === null) return false;
  const a = _PyType_Lookup(left.ob_type, id.get());
  if (a === null) return true;
  return a !== b;
}

/** vectorcall_maybe: call the dunder if the type has it, else NotImplemented. */
function callMaybe(id: _Py_Identifier, self: PyObject, other: PyObject): PyObject {
  const f = _PyType_Lookup(self.ob_type, id.get());
  if (f === null) return Py_NewRef(Py_NotImplemented);
  return call1(f, self, other);
}

/** SLOT1BINFULL. */
function makeBinarySlot(slot: BinarySlotName, opName: string, ropName: string): binaryfunc {
  const op = ID(opName);
  const rop = ID(ropName);
  const fn = (self: PyObject, other: PyObject): PyObject => {
    let doOther = self.ob_type !== other.ob_type && other.ob_type[slot] === fn;
    if (self.ob_type[slot] === fn) {
      if (doOther && PyType_IsSubtype(other.ob_type, self.ob_type) && methodIsOverloaded(self, other, rop)) {
        const r = callMaybe(rop, other, self);
        if (r !== Py_NotImplemented) return r;
        Py_DECREF(r);
        doOther = false;
      }
      const r = callMaybe(op, self, other);
      if (r !== Py_NotImplemented || other.ob_type === self.ob_type) return r;
      Py_DECREF(r);
    }
    if (doOther) return callMaybe(rop, other, self);
    return Py_NewRef(Py_NotImplemented);
  };
  return fn;
}

const slot_nb_power_binary = makePowBinary();
function makePowBinary(): binaryfunc {
  const fn = (self: PyObject, other: PyObject): PyObject => {
    let doOther = self.ob_type !== other.ob_type && other.ob_type.nb_power === slot_nb_power;
    if (self.ob_type.nb_power === slot_nb_power) {
      if (doOther && PyType_IsSubtype(other.ob_type, self.ob_type) && methodIsOverloaded(self, other, I_rpow)) {
        const r = callMaybe(I_rpow, other, self);
        if (r !== Py_NotImplemented) return r;
        Py_DECREF(r);
        doOther = false;
      }
      const r = callMaybe(I_pow, self, other);
      if (r !== Py_NotImplemented || other.ob_type === self.ob_type) return r;
      Py_DECREF(r);
    }
    if (doOther) return callMaybe(I_rpow, other, self);
    return Py_NewRef(Py_NotImplemented);
  };
  return fn;
}

function slot_nb_power(self: PyObject, other: PyObject, mod: PyObject): PyObject {
  if (mod === Py_None) return slot_nb_power_binary(self, other);
  if (self.ob_type.nb_power === slot_nb_power) {
    const f = lookup(self, I_pow);
    if (f !== null) return call2(f, self, other, mod);
  }
  return Py_NewRef(Py_NotImplemented);
}

function makeInplaceSlot(name: string): binaryfunc {
  const id = ID(name);
  return (self: PyObject, other: PyObject): PyObject => callMaybe(id, self, other);
}

function slot_nb_inplace_power(self: PyObject, other: PyObject, _mod: PyObject): PyObject {
  return callMaybe(I_ipow, self, other);
}

function makeUnarySlot(name: string): unaryfunc {
  const id = ID(name);
  return (self: PyObject): PyObject => call0(required(self, id), self);
}

function slot_nb_bool(self: PyObject): boolean {
  let f = lookup(self, I_bool);
  if (f !== null) {
    const r = call0(f, self);
    try {
      if (r.ob_type !== PyBool_Type) {
        throw PyErr_Format(PyExc_TypeError, `__bool__ should return bool, returned ${r.ob_type.tp_name}`);
      }
      return r === Py_True;
    } finally {
      Py_DECREF(r);
    }
  }
  f = lookup(self, I_len);
  if (f === null) return true;
  return slot_sq_length(self) !== 0;
}

function slot_sq_length(self: PyObject): number {
  const r = call0(required(self, I_len), self);
  let n: number;
  try {
    const idx = PyNumber_Index(r);
    try {
      n = PyLong_AsNumber(idx);
    } catch (e) {
      if (e instanceof PyObject && PyErr_GivenExceptionMatches(e, PyExc_OverflowError)) {
        Py_DECREF(e);
        throw PyErr_Format(PyExc_OverflowError, "cannot fit 'int' into an index-sized integer");
      }
      throw e;
    } finally {
      Py_DECREF(idx);
    }
  } finally {
    Py_DECREF(r);
  }
  if (n < 0) throw PyErr_Format(PyExc_ValueError, "__len__() should return >= 0");
  if (n > Number.MAX_SAFE_INTEGER)
    throw PyErr_Format(PyExc_OverflowError, "cannot fit 'int' into an index-sized integer");
  return n;
}

function slot_mp_subscript(self: PyObject, key: PyObject): PyObject {
  return call1(required(self, I_getitem), self, key);
}

function slot_sq_item(self: PyObject, i: number): PyObject {
  const k = PyLong_FromNumber(i);
  try {
    return call1(required(self, I_getitem), self, k);
  } finally {
    Py_DECREF(k);
  }
}

function slot_mp_ass_subscript(self: PyObject, key: PyObject, value: PyObject | null): void {
  const r =
    value === null ? call1(required(self, I_delitem), self, key) : call2(required(self, I_setitem), self, key, value);
  Py_DECREF(r);
}

function slot_sq_contains(self: PyObject, value: PyObject): boolean {
  const f = lookup(self, I_contains);
  if (f === Py_None) {
    throw PyErr_Format(PyExc_TypeError, `'${self.ob_type.tp_name}' object is not a container`);
  }
  if (f !== null) {
    const r = call1(f, self, value);
    try {
      return PyObject_IsTrue(r);
    } finally {
      Py_DECREF(r);
    }
  }
  // _PySequence_IterSearch
  const it = PyObject_GetIter(self);
  try {
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) {
      try {
        if (PyObject_RichCompareBool(x, value, Py_EQ)) return true;
      } finally {
        Py_DECREF(x);
      }
    }
    return false;
  } finally {
    Py_DECREF(it);
  }
}

// --- wrappers: dunder calls on built-in slots ---------------------------------------

function checkNumArgs(args: PyObject[], offset: number, n: number): void {
  const got = args.length - offset;
  if (got !== n) {
    throw PyErr_Format(PyExc_TypeError, `expected ${n} argument${n === 1 ? "" : "s"}, got ${got}`);
  }
}

const wrap_unaryfunc: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  checkNumArgs(args, offset, 0);
  return (wrapped as unaryfunc)(self);
};
const wrap_binaryfunc: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  checkNumArgs(args, offset, 1);
  return (wrapped as binaryfunc)(self, args[offset]);
};
/** wrap_indexargfunc: `seq * n` through sq_repeat / sq_inplace_repeat. */
const wrap_indexargfunc: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  checkNumArgs(args, offset, 1);
  return (wrapped as ssizeargfunc)(self, PyNumber_AsSsize_t(args[offset], PyExc_OverflowError));
};
const wrap_binaryfunc_r: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  checkNumArgs(args, offset, 1);
  return (wrapped as binaryfunc)(args[offset], self);
};
const wrap_ternaryfunc: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  const n = args.length - offset;
  if (n < 1 || n > 2) throw PyErr_Format(PyExc_TypeError, `expected 1 or 2 arguments, got ${n}`);
  return (wrapped as powfunc)(self, args[offset], n === 2 ? args[offset + 1] : Py_None);
};
const wrap_ternaryfunc_r: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  const n = args.length - offset;
  if (n < 1 || n > 2) throw PyErr_Format(PyExc_TypeError, `expected 1 or 2 arguments, got ${n}`);
  return (wrapped as powfunc)(args[offset], self, n === 2 ? args[offset + 1] : Py_None);
};
const wrap_inquirypred: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  checkNumArgs(args, offset, 0);
  return PyBool_FromBool((wrapped as boolfunc)(self));
};
const wrap_lenfunc: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  checkNumArgs(args, offset, 0);
  return PyLong_FromNumber((wrapped as lenfunc)(self));
};
const wrap_objobjproc: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  checkNumArgs(args, offset, 1);
  return PyBool_FromBool((wrapped as objobjproc)(self, args[offset]));
};
const wrap_objobjargproc: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  checkNumArgs(args, offset, 2);
  (wrapped as objobjargproc)(self, args[offset], args[offset + 1]);
  return Py_NewRef(Py_None);
};
const wrap_delitem: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  checkNumArgs(args, offset, 1);
  (wrapped as objobjargproc)(self, args[offset], null);
  return Py_NewRef(Py_None);
};
const wrap_sq_item: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  checkNumArgs(args, offset, 1);
  const idx = PyNumber_Index(args[offset]);
  let i: number;
  try {
    i = PyLong_AsNumber(idx);
  } finally {
    Py_DECREF(idx);
  }
  if (i < 0) {
    const len = self.ob_type.sq_length;
    if (len !== null) i += len(self);
  }
  return (wrapped as ssizeargfunc)(self, i);
};
function wrapRichcmp(op: number): wrapperfunc {
  return (self, args, offset, _kw, wrapped) => {
    checkNumArgs(args, offset, 1);
    return (wrapped as richcmpfunc)(self, args[offset], op);
  };
}
const wrap_hashfunc: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  checkNumArgs(args, offset, 0);
  hashReg.folded = NaN;
  const h = exactHash((wrapped as hashfunc)(self));
  return typeof h === "bigint" ? PyLong_FromBigInt(h) : PyLong_FromNumber(h);
};
const wrap_call: wrapperfunc = (self, args, offset, kw, wrapped) =>
  (wrapped as ternaryfunc)(self, offset === 0 ? args : args.slice(offset), kw);
const wrap_init: wrapperfunc = (self, args, offset, kw, wrapped) => {
  (wrapped as initproc)(self, offset === 0 ? args : args.slice(offset), kw);
  return Py_NewRef(Py_None);
};
const wrap_next: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  checkNumArgs(args, offset, 0);
  const r = (wrapped as iternextfunc)(self);
  if (r === null) throw PyErr_NoArgs(PyExc_StopIteration);
  return r;
};
const wrap_descr_get: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  const n = args.length - offset;
  if (n < 1 || n > 2) throw PyErr_Format(PyExc_TypeError, `expected 1 or 2 arguments, got ${n}`);
  let obj: PyObject | null = args[offset];
  let type: PyObject | null = n === 2 ? args[offset + 1] : null;
  if (obj === Py_None) obj = null;
  if (type === Py_None) type = null;
  if (type === null && obj === null) throw PyErr_Format(PyExc_TypeError, "__get__(None, None) is invalid");
  return (wrapped as descrgetfunc)(self, obj, type);
};
const wrap_descr_set: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  checkNumArgs(args, offset, 2);
  (wrapped as descrsetfunc)(self, args[offset], args[offset + 1]);
  return Py_NewRef(Py_None);
};
const wrap_descr_delete: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  checkNumArgs(args, offset, 1);
  (wrapped as descrsetfunc)(self, args[offset], null);
  return Py_NewRef(Py_None);
};
const wrap_setattr: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  checkNumArgs(args, offset, 2);
  (wrapped as setattrofunc)(self, args[offset], args[offset + 1]);
  return Py_NewRef(Py_None);
};
const wrap_delattr: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  checkNumArgs(args, offset, 1);
  (wrapped as setattrofunc)(self, args[offset], null);
  return Py_NewRef(Py_None);
};
const wrap_getattr: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  checkNumArgs(args, offset, 1);
  return (wrapped as getattrofunc)(self, args[offset]);
};
const wrap_del: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  checkNumArgs(args, offset, 0);
  (wrapped as inquiry)(self);
  return Py_NewRef(Py_None);
};
const wrap_iter: wrapperfunc = (self, args, offset, _kw, wrapped) => {
  checkNumArgs(args, offset, 0);
  return (wrapped as getiterfunc)(self);
};

// --- the table ------------------------------------------------------------------------

export type SlotName =
  | "tp_getattro"
  | "tp_setattro"
  | "tp_repr"
  | "tp_hash"
  | "tp_call"
  | "tp_str"
  | "tp_richcompare"
  | "tp_iter"
  | "tp_iternext"
  | "tp_descr_get"
  | "tp_descr_set"
  | "tp_init"
  | "tp_new"
  | "tp_finalize"
  | "am_await"
  | "am_aiter"
  | "am_anext"
  | BinarySlotName
  | "nb_power"
  | "nb_negative"
  | "nb_positive"
  | "nb_absolute"
  | "nb_bool"
  | "nb_invert"
  | "nb_int"
  | "nb_float"
  | "nb_index"
  | "nb_inplace_add"
  | "nb_inplace_subtract"
  | "nb_inplace_multiply"
  | "nb_inplace_remainder"
  | "nb_inplace_power"
  | "nb_inplace_lshift"
  | "nb_inplace_rshift"
  | "nb_inplace_and"
  | "nb_inplace_xor"
  | "nb_inplace_or"
  | "nb_inplace_floor_divide"
  | "nb_inplace_true_divide"
  | "nb_inplace_matrix_multiply"
  | "mp_length"
  | "mp_subscript"
  | "mp_ass_subscript"
  | "sq_length"
  | "sq_concat"
  | "sq_item"
  | "sq_contains"
  // The sequence slots PyTypeObject has no field for (seqslots.ts).
  | "sq_repeat"
  | "sq_inplace_concat"
  | "sq_inplace_repeat";

export interface SlotDef extends WrapperBase {
  slot: SlotName;
  /** The slot function for classes defining this dunder in Python. */
  generic: SlotFunction | null;
  /** False for rows that are never exposed as a wrapper (`__getattr__`, `__new__`). */
  hasWrapper: boolean;
}

type SlotTable = Record<SlotName, SlotFunction | null>;

/** The side tables behind the slots without a PyTypeObject field. */
const SIDE_SLOTS: Partial<Record<SlotName, Map<PyTypeObject, SlotFunction | null>>> = {
  sq_repeat: sqRepeat as Map<PyTypeObject, SlotFunction | null>,
  sq_inplace_concat: sqInplaceConcat as Map<PyTypeObject, SlotFunction | null>,
  sq_inplace_repeat: sqInplaceRepeat as Map<PyTypeObject, SlotFunction | null>,
};

/** A type's slot: a static type's own (what add_operators exposes), a heap
 *  type's effective one (inherited included, as after inherit_slots). */
export function getSlot(t: PyTypeObject, slot: SlotName): SlotFunction | null {
  const side = SIDE_SLOTS[slot];
  if (side !== undefined) {
    return (t.tp_flags & TPFLAGS_HEAPTYPE) !== 0 ? findSlot(side, t) : (side.get(t) ?? null);
  }
  return (t as unknown as SlotTable)[slot];
}
function setSlot(t: PyTypeObject, slot: SlotName, fn: SlotFunction | null): void {
  const side = SIDE_SLOTS[slot];
  if (side !== undefined) setSlotEntry(side, t, fn);
  else (t as unknown as SlotTable)[slot] = fn;
}

const noWrapper: wrapperfunc = (_self, _args, _offset, _kw, _wrapped) => {
  throw PyErr_Format(PyExc_TypeError, "no wrapper");
};

function row(
  name: string,
  slot: SlotName,
  generic: SlotFunction | null,
  wrapper: wrapperfunc | null,
  keywords = false,
): SlotDef {
  return { name, slot, generic, wrapper: wrapper ?? noWrapper, keywords, hasWrapper: wrapper !== null };
}

function binRows(slot: BinarySlotName, op: string, rop: string): SlotDef[] {
  const g = makeBinarySlot(slot, op, rop);
  return [row(op, slot, g, wrap_binaryfunc), row(rop, slot, g, wrap_binaryfunc_r)];
}

const slot_tp_richcompare_fn: richcmpfunc = slot_tp_richcompare;

/** slotdefs, in CPython 3.11's order (the order add_operators uses). */
export const slotdefs: SlotDef[] = [
  row("__getattribute__", "tp_getattro", slot_tp_getattr_hook, wrap_getattr),
  row("__getattr__", "tp_getattro", slot_tp_getattr_hook, null),
  row("__setattr__", "tp_setattro", slot_tp_setattro, wrap_setattr),
  row("__delattr__", "tp_setattro", slot_tp_setattro, wrap_delattr),
  row("__repr__", "tp_repr", slot_tp_repr, wrap_unaryfunc),
  row("__hash__", "tp_hash", slot_tp_hash, wrap_hashfunc),
  row("__call__", "tp_call", slot_tp_call, wrap_call, true),
  row("__str__", "tp_str", slot_tp_str, wrap_unaryfunc),
  row("__lt__", "tp_richcompare", slot_tp_richcompare_fn, wrapRichcmp(Py_LT)),
  row("__le__", "tp_richcompare", slot_tp_richcompare_fn, wrapRichcmp(Py_LE)),
  row("__eq__", "tp_richcompare", slot_tp_richcompare_fn, wrapRichcmp(Py_EQ)),
  row("__ne__", "tp_richcompare", slot_tp_richcompare_fn, wrapRichcmp(Py_NE)),
  row("__gt__", "tp_richcompare", slot_tp_richcompare_fn, wrapRichcmp(Py_GT)),
  row("__ge__", "tp_richcompare", slot_tp_richcompare_fn, wrapRichcmp(Py_GE)),
  row("__iter__", "tp_iter", slot_tp_iter, wrap_iter),
  row("__next__", "tp_iternext", slot_tp_iternext, wrap_next),
  row("__get__", "tp_descr_get", slot_tp_descr_get, wrap_descr_get),
  row("__set__", "tp_descr_set", slot_tp_descr_set, wrap_descr_set),
  row("__delete__", "tp_descr_set", slot_tp_descr_set, wrap_descr_delete),
  row("__init__", "tp_init", slot_tp_init, wrap_init, true),
  row("__new__", "tp_new", slot_tp_new, null),
  row("__del__", "tp_finalize", slot_tp_finalize, wrap_del),
  row("__await__", "am_await", makeAsyncSlot(I_await), wrap_unaryfunc),
  row("__aiter__", "am_aiter", makeAsyncSlot(I_aiter), wrap_unaryfunc),
  row("__anext__", "am_anext", makeAsyncSlot(I_anext), wrap_unaryfunc),
  ...binRows("nb_add", "__add__", "__radd__"),
  ...binRows("nb_subtract", "__sub__", "__rsub__"),
  ...binRows("nb_multiply", "__mul__", "__rmul__"),
  ...binRows("nb_remainder", "__mod__", "__rmod__"),
  ...binRows("nb_divmod", "__divmod__", "__rdivmod__"),
  row("__pow__", "nb_power", slot_nb_power, wrap_ternaryfunc),
  row("__rpow__", "nb_power", slot_nb_power, wrap_ternaryfunc_r),
  row("__neg__", "nb_negative", makeUnarySlot("__neg__"), wrap_unaryfunc),
  row("__pos__", "nb_positive", makeUnarySlot("__pos__"), wrap_unaryfunc),
  row("__abs__", "nb_absolute", makeUnarySlot("__abs__"), wrap_unaryfunc),
  row("__bool__", "nb_bool", slot_nb_bool, wrap_inquirypred),
  row("__invert__", "nb_invert", makeUnarySlot("__invert__"), wrap_unaryfunc),
  ...binRows("nb_lshift", "__lshift__", "__rlshift__"),
  ...binRows("nb_rshift", "__rshift__", "__rrshift__"),
  ...binRows("nb_and", "__and__", "__rand__"),
  ...binRows("nb_xor", "__xor__", "__rxor__"),
  ...binRows("nb_or", "__or__", "__ror__"),
  row("__int__", "nb_int", makeUnarySlot("__int__"), wrap_unaryfunc),
  row("__float__", "nb_float", makeUnarySlot("__float__"), wrap_unaryfunc),
  row("__iadd__", "nb_inplace_add", makeInplaceSlot("__iadd__"), wrap_binaryfunc),
  row("__isub__", "nb_inplace_subtract", makeInplaceSlot("__isub__"), wrap_binaryfunc),
  row("__imul__", "nb_inplace_multiply", makeInplaceSlot("__imul__"), wrap_binaryfunc),
  row("__imod__", "nb_inplace_remainder", makeInplaceSlot("__imod__"), wrap_binaryfunc),
  row("__ipow__", "nb_inplace_power", slot_nb_inplace_power, wrap_ternaryfunc),
  row("__ilshift__", "nb_inplace_lshift", makeInplaceSlot("__ilshift__"), wrap_binaryfunc),
  row("__irshift__", "nb_inplace_rshift", makeInplaceSlot("__irshift__"), wrap_binaryfunc),
  row("__iand__", "nb_inplace_and", makeInplaceSlot("__iand__"), wrap_binaryfunc),
  row("__ixor__", "nb_inplace_xor", makeInplaceSlot("__ixor__"), wrap_binaryfunc),
  row("__ior__", "nb_inplace_or", makeInplaceSlot("__ior__"), wrap_binaryfunc),
  ...binRows("nb_floor_divide", "__floordiv__", "__rfloordiv__"),
  ...binRows("nb_true_divide", "__truediv__", "__rtruediv__"),
  row("__ifloordiv__", "nb_inplace_floor_divide", makeInplaceSlot("__ifloordiv__"), wrap_binaryfunc),
  row("__itruediv__", "nb_inplace_true_divide", makeInplaceSlot("__itruediv__"), wrap_binaryfunc),
  row("__index__", "nb_index", makeUnarySlot("__index__"), wrap_unaryfunc),
  ...binRows("nb_matrix_multiply", "__matmul__", "__rmatmul__"),
  row("__imatmul__", "nb_inplace_matrix_multiply", makeInplaceSlot("__imatmul__"), wrap_binaryfunc),
  row("__len__", "mp_length", slot_sq_length, wrap_lenfunc),
  row("__getitem__", "mp_subscript", slot_mp_subscript, wrap_binaryfunc),
  row("__setitem__", "mp_ass_subscript", slot_mp_ass_subscript, wrap_objobjargproc),
  row("__delitem__", "mp_ass_subscript", slot_mp_ass_subscript, wrap_delitem),
  row("__len__", "sq_length", slot_sq_length, wrap_lenfunc),
  row("__add__", "sq_concat", null, wrap_binaryfunc),
  row("__mul__", "sq_repeat", null, wrap_indexargfunc),
  row("__rmul__", "sq_repeat", null, wrap_indexargfunc),
  row("__getitem__", "sq_item", slot_sq_item, wrap_sq_item),
  row("__contains__", "sq_contains", slot_sq_contains, wrap_objobjproc),
  row("__iadd__", "sq_inplace_concat", null, wrap_binaryfunc),
  row("__imul__", "sq_inplace_repeat", null, wrap_indexargfunc),
];

/** Rows by dunder name, and rows by slot (in table order). */
const rowsByName = new Map<string, SlotDef[]>();
const rowsBySlot = new Map<SlotName, SlotDef[]>();
for (const p of slotdefs) {
  let a = rowsByName.get(p.name);
  if (a === undefined) rowsByName.set(p.name, (a = []));
  a.push(p);
  let b = rowsBySlot.get(p.slot);
  if (b === undefined) rowsBySlot.set(p.slot, (b = []));
  b.push(p);
}

export function isSlotName(name: string): boolean {
  return rowsByName.has(name);
}

// --- static types: add_operators ----------------------------------------------------

const tp_new_def: PyMethodDef = {
  name: "__new__",
  meth: tp_new_wrapper,
  flags: METH_FASTCALL | METH_KEYWORDS,
  varargs: true,
  doc: slotDoc("object", "__new__"),
};

/** `T.__new__(S, ...)`: the built-in `__new__` of static types. */
function tp_new_wrapper(selfObj: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const type = selfObj as PyTypeObject;
  const nkw = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
  if (args.length - nkw < 1) throw PyErr_Format(PyExc_TypeError, `${type.tp_name}.__new__(): not enough arguments`);
  const arg0 = args[0];
  if (!PyType_Check(arg0)) {
    throw PyErr_Format(PyExc_TypeError, `${type.tp_name}.__new__(X): X is not a type object (${arg0.ob_type.tp_name})`);
  }
  const subtype = arg0;
  if (!PyType_IsSubtype(subtype, type)) {
    throw PyErr_Format(
      PyExc_TypeError,
      `${type.tp_name}.__new__(${subtype.tp_name}): ${subtype.tp_name} is not a subtype of ${type.tp_name}`,
    );
  }
  let staticbase: PyTypeObject | null = subtype;
  while (staticbase !== null && staticbase.tp_new === slot_tp_new) staticbase = staticbase.tp_base;
  if (staticbase !== null && staticbase.tp_new !== type.tp_new) {
    throw PyErr_Format(
      PyExc_TypeError,
      `${type.tp_name}.__new__(${subtype.tp_name}) is not safe, use ${staticbase.tp_name}.__new__()`,
    );
  }
  // CPython passes tp_new the rest of the argument tuple as a new tuple
  // (PyTuple_GetSlice: none when it is empty), held while tp_new runs. An
  // exception type's tp_new keeps it as its `args`, which refpy's
  // BaseException_new makes itself.
  const rest = args.slice(1);
  const npos = rest.length - nkw;
  if (npos === 0 || (type.tp_flags & TPFLAGS_BASE_EXC_SUBCLASS) !== 0) return type.tp_new!(subtype, rest, kwnames);
  const restTuple = _PyTuple_FromArray(nkw === 0 ? rest : rest.slice(0, npos));
  try {
    return type.tp_new!(subtype, rest, kwnames);
  } finally {
    Py_DECREF(restTuple);
  }
}

function isTpNewWrapper(o: PyObject): boolean {
  return o instanceof PyCFunctionObject && o.m_ml === tp_new_def;
}

/** Add a wrapper descriptor for each slot the static type fills itself. */
export function add_operators(type: PyTypeObject): void {
  const dict = type.tp_dict!;
  for (const p of slotdefs) {
    const fn = getSlot(type, p.slot);
    if (fn === null) continue;
    const name = _Py_ID(p.name);
    if (PyDict_GetItem(dict, name) !== null) continue;
    if (p.slot === "tp_new") {
      const f = PyCFunction_NewEx(tp_new_def, type, null);
      PyDict_SetItem(dict, name, f);
      Py_DECREF(f);
      continue;
    }
    if (!p.hasWrapper) continue;
    if (p.slot === "tp_hash" && fn === PyObject_HashNotImplemented) {
      PyDict_SetItem(dict, name, Py_None);
      continue;
    }
    const d = PyDescr_NewWrapper(type, p, fn);
    PyDict_SetItem(dict, name, d);
    Py_DECREF(d);
  }
}

// --- heap types: fixup_slot_dispatchers / update_slot ------------------------------

/** resolve_slotdups: the one slot named `name` that `type` fills, if exactly one. */
function resolveSlotdups(type: PyTypeObject, name: string): SlotName | null {
  let res: SlotName | null = null;
  for (const p of rowsByName.get(name)!) {
    if (getSlot(type, p.slot) !== null) {
      if (res !== null) return null;
      res = p.slot;
    }
  }
  return res;
}

/** update_one_slot for all rows sharing `slot`. */
function updateOneSlot(type: PyTypeObject, slot: SlotName): void {
  let specific: SlotFunction | null = null;
  let generic: SlotFunction | null = null;
  let useGeneric = false;
  for (const p of rowsBySlot.get(slot)!) {
    const descr = find_name_in_mro(type, _Py_ID(p.name));
    if (descr === null) continue;
    if (descr.ob_type === PyWrapperDescr_Type && (descr as PyWrapperDescrObject).d_base.name === p.name) {
      const d = descr as PyWrapperDescrObject;
      const tptr = resolveSlotdups(type, p.name);
      if (tptr === null || tptr === slot) generic = p.generic;
      if ((specific === null || specific === d.d_wrapped) && d.d_base === p && PyType_IsSubtype(type, d.d_type)) {
        specific = d.d_wrapped;
      } else {
        useGeneric = true;
      }
    } else if (slot === "tp_new" && isTpNewWrapper(descr)) {
      specific = type.tp_new;
    } else if (descr === Py_None && slot === "tp_hash") {
      specific = PyObject_HashNotImplemented;
    } else {
      useGeneric = true;
      generic = p.generic;
    }
  }
  if (specific !== null && !useGeneric) setSlot(type, slot, specific);
  else setSlot(type, slot, generic);
}

/** Fill every slot of a new heap type from its MRO. */
export function fixup_slot_dispatchers(type: PyTypeObject): void {
  for (const slot of rowsBySlot.keys()) updateOneSlot(type, slot);
}

/** A dunder was assigned or deleted on `type`: refresh the slots it feeds,
 *  in the type and all its subclasses. The lookup caches are cleared first
 *  (type_setattro's PyType_Modified comes before update_slot), so that
 *  the slots are resolved from the new namespace. */
export function update_slot(type: PyTypeObject, name: string): void {
  PyType_Modified(type);
  const rows = rowsByName.get(name);
  if (rows === undefined) return;
  const visit = (t: PyTypeObject): void => {
    if ((t.tp_flags & TPFLAGS_HEAPTYPE) !== 0) {
      for (const p of rows) updateOneSlot(t, p.slot);
    }
    for (const sub of t.tp_subclasses) visit(sub);
  };
  visit(type);
}
