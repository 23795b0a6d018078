/**
 * Weak references (CPython 3.11's Objects/weakrefobject.c): the types
 * `weakref.ReferenceType` (`weakref.ref`), `weakref.ProxyType`,
 * `weakref.CallableProxyType`, and
 * `PyObject_ClearWeakRefs`, which every weakly referenceable type's dealloc
 * calls (for instances: after `__del__`, before the attributes go).
 *
 * Representation:
 *  - a `PyWeakReference` holds its referent in `wr_object` WITHOUT a counted
 *    reference (that is the point), or `Py_None` once the referent is dead
 *    or the ref was cleared; `wr_callback` is an owned reference or null;
 *  - the referent's `weakreflist` (a field of the GC header, which the
 *    objects of every type with `tp_weakrefable` carry) is the head of a
 *    doubly linked list through `wr_prev`/`wr_next`. As in CPython the
 *    head is the shared plain ref (no callback, exact `ref` type) if there
 *    is one, then the shared plain proxy, then every other ref, newest
 *    first — so a dying object's callbacks run newest first (spec 2.2:
 *    cb3 cb2 cb1);
 *  - `hash` caches the referent's hash (-1 = not computed yet), so a ref
 *    hashed while alive keeps its hash after the referent dies.
 *
 * Invariants: a ref is in its referent's list iff `wr_object` is not
 * None; clearing a ref (death of the referent, tp_clear, the collector's
 * handle_weakrefs) unlinks it first, then drops the callback.
 *
 * Weak references are GC objects: tracked from creation; traverse visits
 * only the callback (the referent is not owned). The cycle collector
 * reaches them through `gcHooks` (heap/collect.ts): it clears the refs to
 * unreachable objects before any finalizer runs and calls only the
 * callbacks of refs that are themselves reachable (spec 3.5 step 11).
 */
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { gcHooks } from "../heap/collect.js";
import { heapHooks } from "../heap/hooks.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import { Py_None, Py_NotImplemented } from "./noneobject.js";
import { PyBool_FromBool } from "./longobject.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "./unicodeobject.js";
import { PyTuple_GET_ITEM, PyTuple_New, PyTuple_SET_ITEM, NULL_ITEM } from "./tupleobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_ReferenceError, PyExc_TypeError } from "./exceptions.js";
import { _PyArg_CheckPositional, _PyArg_NoKwnames, nargsOf } from "./getargs.js";
import { addrString, PyObject_GetAttr, PyObject_SetAttr } from "./object.js";
import { PyObject_HashNotImplemented } from "./typeslots.js";
import {
  _PyObject_LookupSpecialString,
  PyIter_Next,
  PyNumber_Absolute,
  PyNumber_Add,
  PyNumber_And,
  PyNumber_Divmod,
  PyNumber_Float,
  PyNumber_FloorDivide,
  PyNumber_Index,
  PyNumber_InPlaceAdd,
  PyNumber_InPlaceAnd,
  PyNumber_InPlaceFloorDivide,
  PyNumber_InPlaceLshift,
  PyNumber_InPlaceMatrixMultiply,
  PyNumber_InPlaceMultiply,
  PyNumber_InPlaceOr,
  PyNumber_InPlacePower,
  PyNumber_InPlaceRemainder,
  PyNumber_InPlaceRshift,
  PyNumber_InPlaceSubtract,
  PyNumber_InPlaceTrueDivide,
  PyNumber_InPlaceXor,
  PyNumber_Invert,
  PyNumber_Long,
  PyNumber_Lshift,
  PyNumber_MatrixMultiply,
  PyNumber_Multiply,
  PyNumber_Negative,
  PyNumber_Or,
  PyNumber_Positive,
  PyNumber_Power,
  PyNumber_Remainder,
  PyNumber_Rshift,
  PyNumber_Subtract,
  PyNumber_TrueDivide,
  PyNumber_Xor,
  PyObject_DelItem,
  PyObject_GetItem,
  PyObject_GetIter,
  PyObject_Hash,
  PyObject_IsTrue,
  PyObject_RichCompare,
  PyObject_SetItem,
  PyObject_Size,
  PyObject_Str,
  PySequence_Contains,
} from "./abstract.js";
import { PyObject_Call, PyObject_CallMethod, PyObject_CallOneArg } from "./call.js";
import { Py_GenericAlias } from "./genericaliasobject.js";
import { METH_CLASS, METH_NOARGS, METH_O } from "./methoddef.js";
import { PyErr_WriteUnraisable } from "./errors-display.js";
import { toPyException } from "./errors.js";

/** sizeof(PyWeakReference) in 3.11 (getsizeof adds the 16-byte GC header). */
const WEAKREF_SIZE = 64;

export class PyWeakReference extends PyGCObject {
  /** The referent (not counted), or Py_None when dead or cleared. */
  wr_object: PyObject;
  /** Owned, or null. */
  wr_callback: PyObject | null;
  /** Cached hash of the referent; -1 until first computed. */
  hash: number;
  wr_prev: PyWeakReference | null;
  wr_next: PyWeakReference | null;

  constructor(type: PyTypeObject, nbytes: number) {
    super(type, nbytes);
    this.wr_object = Py_None;
    this.wr_callback = null;
    this.hash = -1;
    this.wr_prev = null;
    this.wr_next = null;
  }
}

// ---------------------------------------------------------------- list maintenance

function listHead(ob: PyObject): PyWeakReference | null {
  return (ob as PyGCObject).weakreflist as PyWeakReference | null;
}

function setListHead(ob: PyObject, head: PyWeakReference | null): void {
  (ob as PyGCObject).weakreflist = head;
}

/** init_weakref: `callback` is borrowed (a new reference is kept). */
function init_weakref(self: PyWeakReference, ob: PyObject, callback: PyObject | null): void {
  self.hash = -1;
  self.wr_object = ob;
  self.wr_prev = null;
  self.wr_next = null;
  if (callback !== null) Py_INCREF(callback);
  self.wr_callback = callback;
}

/** Unlink `self` from its referent's list and drop its callback. */
function clear_weakref(self: PyWeakReference): void {
  const callback = self.wr_callback;
  if (self.wr_object !== Py_None) {
    const ob = self.wr_object;
    if (listHead(ob) === self) setListHead(ob, self.wr_next);
    self.wr_object = Py_None;
    if (self.wr_prev !== null) self.wr_prev.wr_next = self.wr_next;
    if (self.wr_next !== null) self.wr_next.wr_prev = self.wr_prev;
    self.wr_prev = null;
    self.wr_next = null;
  }
  if (callback !== null) {
    self.wr_callback = null;
    Py_DECREF(callback);
  }
}

/** _PyWeakref_ClearRef: clear the ref but keep its callback (the cycle
 *  collector decides later whether to call it). */
export function _PyWeakref_ClearRef(self: PyWeakReference): void {
  const callback = self.wr_callback;
  self.wr_callback = null;
  clear_weakref(self);
  self.wr_callback = callback;
}

function insert_head(newref: PyWeakReference, ob: PyObject): void {
  const next = listHead(ob);
  newref.wr_prev = null;
  newref.wr_next = next;
  if (next !== null) next.wr_prev = newref;
  setListHead(ob, newref);
}

function insert_after(newref: PyWeakReference, prev: PyWeakReference): void {
  newref.wr_prev = prev;
  newref.wr_next = prev.wr_next;
  if (prev.wr_next !== null) prev.wr_next.wr_prev = newref;
  prev.wr_next = newref;
}

/** get_basic_refs: the shared callback-less ref and proxy at the head. */
function get_basic_refs(head: PyWeakReference | null): [PyWeakReference | null, PyWeakReference | null] {
  let ref: PyWeakReference | null = null;
  let proxy: PyWeakReference | null = null;
  if (head !== null && head.wr_callback === null) {
    if (head.ob_type === _PyWeakref_RefType) {
      ref = head;
      head = head.wr_next;
    }
    if (head !== null && head.wr_callback === null && PyWeakref_CheckProxy(head)) proxy = head;
  }
  return [ref, proxy];
}

export function _PyWeakref_GetWeakrefCount(head: PyWeakReference | null): number {
  let count = 0;
  while (head !== null) {
    count++;
    head = head.wr_next;
  }
  return count;
}

/** Can `ob` be weakly referenced? (_PyType_SUPPORTS_WEAKREFS) */
export function PyType_SUPPORTS_WEAKREFS(tp: PyTypeObject): boolean {
  return tp.tp_weakrefable;
}

function cannotReference(ob: PyObject): PyObject {
  return PyErr_Format(PyExc_TypeError, `cannot create weak reference to '${ob.ob_type.tp_name}' object`);
}

// ---------------------------------------------------------------- clearing at death

/** handle_callback: call `callback(ref)`; an exception is unraisable. */
function handle_callback(ref: PyWeakReference, callback: PyObject): void {
  if (heapHooks.weakrefCallback !== null) heapHooks.weakrefCallback(ref, callback);
  try {
    Py_DECREF(PyObject_CallOneArg(callback, ref));
  } catch (e) {
    PyErr_WriteUnraisable(toPyException(e), callback);
  }
}

/** Tell the weakref hook about every weak reference to `object`, which
 *  PyObject_ClearWeakRefs is about to clear. */
function reportClearing(object: PyObject, hook: (wr: PyObject, referent: PyObject) => void): void {
  for (let wr = listHead(object); wr !== null; wr = wr.wr_next) hook(wr, object);
}

/**
 * PyObject_ClearWeakRefs: `object` is dying (refcount 0). Clear the shared
 * plain ref and proxy, then every other ref, and call the callbacks in
 * list order (newest first) once all are cleared.
 */
export function PyObject_ClearWeakRefs(object: PyObject): void {
  if (!PyType_SUPPORTS_WEAKREFS(object.ob_type) || listHead(object) === null) return;
  if (heapHooks.weakrefCleared !== null) reportClearing(object, heapHooks.weakrefCleared);
  let head = listHead(object);
  if (head !== null && head.wr_callback === null) {
    clear_weakref(head);
    head = listHead(object);
    if (head !== null && head.wr_callback === null) clear_weakref(head);
  }
  head = listHead(object);
  if (head === null) return;
  const count = _PyWeakref_GetWeakrefCount(head);
  if (count === 1) {
    const callback = head.wr_callback;
    head.wr_callback = null;
    clear_weakref(head);
    if (callback !== null) {
      if (head.ob_refcnt > 0) handle_callback(head, callback);
      Py_DECREF(callback);
    }
    return;
  }
  // Pairs (ref, callback), as CPython's temporary tuple.
  const tuple = PyTuple_New(count * 2);
  try {
    let current: PyWeakReference | null = head;
    for (let i = 0; i < count; i++) {
      const ref: PyWeakReference = current!;
      const next: PyWeakReference | null = ref.wr_next;
      const callback = ref.wr_callback;
      if (ref.ob_refcnt > 0) {
        Py_INCREF(ref);
        PyTuple_SET_ITEM(tuple, i * 2, ref);
        if (callback !== null) PyTuple_SET_ITEM(tuple, i * 2 + 1, callback);
      } else if (callback !== null) {
        Py_DECREF(callback);
      }
      ref.wr_callback = null;
      clear_weakref(ref);
      current = next;
    }
    for (let i = 0; i < count; i++) {
      const callback = PyTuple_GET_ITEM(tuple, i * 2 + 1);
      if (callback !== NULL_ITEM) handle_callback(PyTuple_GET_ITEM(tuple, i * 2) as PyWeakReference, callback);
    }
  } finally {
    Py_DECREF(tuple);
  }
}

// ---------------------------------------------------------------- weakref.ref

function parse_weakref_init_args(
  funcname: string,
  args: PyObject[],
  kwnames: PyObject | null,
): [PyObject, PyObject | null] {
  const nargs = nargsOf(args, kwnames);
  _PyArg_CheckPositional(funcname, nargs, 1, 2);
  return [args[0], nargs > 1 ? args[1] : null];
}

/** Allocate a ref of `type` to `ob` and link it into ob's list. */
function newRefOfType(type: PyTypeObject, ob: PyObject, callback: PyObject | null, nbytes: number): PyWeakReference {
  // The allocation may run a collection that changes ob's list: look at
  // the basic refs only afterwards (as weakref___new__ does).
  const self = new PyWeakReference(type, nbytes);
  init_weakref(self, ob, callback);
  if (callback === null && type === _PyWeakref_RefType) {
    insert_head(self, ob);
  } else {
    const [ref, proxy] = get_basic_refs(listHead(ob));
    const prev = proxy === null ? ref : proxy;
    if (prev === null) insert_head(self, ob);
    else insert_after(self, prev);
  }
  PyObject_GC_Track(self);
  return self;
}

function weakref___new__(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [ob, cb] = parse_weakref_init_args("__new__", args, kwnames);
  if (!PyType_SUPPORTS_WEAKREFS(ob.ob_type)) throw cannotReference(ob);
  const callback = cb === Py_None ? null : cb;
  if (callback === null && type === _PyWeakref_RefType) {
    const [ref] = get_basic_refs(listHead(ob));
    if (ref !== null) return Py_NewRef(ref);
  }
  return newRefOfType(type, ob, callback, type === _PyWeakref_RefType ? WEAKREF_SIZE : type.tp_basicsize);
}

function weakref___init__(_self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  _PyArg_NoKwnames("ref", kwnames);
  parse_weakref_init_args("__init__", args, kwnames);
}

/** PyWeakref_NewRef(ob, callback): `callback` may be null or None. */
export function PyWeakref_NewRef(ob: PyObject, callback: PyObject | null): PyObject {
  const args = callback === null ? [ob] : [ob, callback];
  return weakref___new__(_PyWeakref_RefType, args, null);
}

/** The referent (borrowed), or None when dead. */
export function PyWeakref_GET_OBJECT(ref: PyObject): PyObject {
  return (ref as PyWeakReference).wr_object;
}

function weakref_dealloc(self: PyObject): void {
  const wr = self as PyWeakReference;
  PyObject_GC_UnTrack(wr);
  clear_weakref(wr);
  PyObject_GC_Del(wr);
}

function gc_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const wr = self as PyWeakReference;
  if (wr.wr_callback !== null) visit(wr.wr_callback);
}

function gc_clear(self: PyObject): void {
  clear_weakref(self as PyWeakReference);
}

/** Calling a ref: the referent, or None once it is dead. */
function weakref_call(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("weakref", kwnames);
  _PyArg_CheckPositional("weakref", args.length, 0, 0);
  return Py_NewRef((self as PyWeakReference).wr_object);
}

function weakref_hash(self: PyObject): number {
  const wr = self as PyWeakReference;
  if (wr.hash !== -1) return wr.hash;
  const obj = wr.wr_object;
  if (obj === Py_None) throw PyErr_Format(PyExc_TypeError, "weak object has gone away");
  Py_INCREF(obj);
  try {
    wr.hash = PyObject_Hash(obj);
  } finally {
    Py_DECREF(obj);
  }
  return wr.hash;
}

function weakref_repr(self: PyObject): PyObject {
  const wr = self as PyWeakReference;
  const obj = wr.wr_object;
  if (obj === Py_None) return PyUnicode_FromString(`<weakref at ${addrString(wr)}; dead>`);
  Py_INCREF(obj);
  try {
    // _PyObject_LookupSpecial: `__name__` found through the referent's type
    // (functions, classes, builtins), not an instance attribute.
    const name = _PyObject_LookupSpecialString(obj, "__name__");
    const tpName = obj.ob_type.tp_name;
    try {
      if (name === null || !PyUnicode_Check(name)) {
        return PyUnicode_FromString(`<weakref at ${addrString(wr)}; to '${tpName}' at ${addrString(obj)}>`);
      }
      return PyUnicode_FromString(
        `<weakref at ${addrString(wr)}; to '${tpName}' at ${addrString(obj)} (${PyUnicode_AsString(name)})>`,
      );
    } finally {
      Py_XDECREF(name);
    }
  } finally {
    Py_DECREF(obj);
  }
}

function weakref_richcompare(self: PyObject, other: PyObject, op: number): PyObject {
  if ((op !== Py_EQ && op !== Py_NE) || !PyWeakref_Check(self) || !PyWeakref_Check(other)) {
    return Py_NewRef(Py_NotImplemented);
  }
  const a = (self as PyWeakReference).wr_object;
  const b = (other as PyWeakReference).wr_object;
  if (a === Py_None || b === Py_None) {
    const same = self === other;
    return PyBool_FromBool(op === Py_EQ ? same : !same);
  }
  Py_INCREF(a);
  Py_INCREF(b);
  try {
    return PyObject_RichCompare(a, b, op);
  } finally {
    Py_DECREF(a);
    Py_DECREF(b);
  }
}

export const _PyWeakref_RefType: PyTypeObject = newStaticType(
  "weakref.ReferenceType",
  WEAKREF_SIZE,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
  weakref_dealloc,
);
_PyWeakref_RefType.tp_new = weakref___new__;
_PyWeakref_RefType.tp_init = weakref___init__;
_PyWeakref_RefType.tp_call = weakref_call;
_PyWeakref_RefType.tp_repr = weakref_repr;
_PyWeakref_RefType.tp_hash = weakref_hash;
_PyWeakref_RefType.tp_richcompare = weakref_richcompare;
_PyWeakref_RefType.tp_traverse = gc_traverse;
_PyWeakref_RefType.tp_methods = [
  { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS, doc: "See PEP 585" },
];
_PyWeakref_RefType.tp_clear = gc_clear;
_PyWeakref_RefType.tp_getset = [
  { name: "__callback__", get: (s) => Py_NewRef((s as PyWeakReference).wr_callback ?? Py_None), set: null },
];

// ---------------------------------------------------------------- weakref.proxy

/** PyWeakref_NewProxy: the shared plain proxy when there is one. */
export function PyWeakref_NewProxy(ob: PyObject, cb: PyObject | null): PyObject {
  if (!PyType_SUPPORTS_WEAKREFS(ob.ob_type)) throw cannotReference(ob);
  const callback = cb === Py_None ? null : cb;
  if (callback === null) {
    const [, proxy] = get_basic_refs(listHead(ob));
    if (proxy !== null) return Py_NewRef(proxy);
  }
  const type = ob.ob_type.tp_call !== null ? _PyWeakref_CallableProxyType : _PyWeakref_ProxyType;
  const result = new PyWeakReference(type, WEAKREF_SIZE);
  init_weakref(result, ob, callback);
  const [ref, proxy] = get_basic_refs(listHead(ob));
  let prev: PyWeakReference | null;
  if (callback === null) {
    if (proxy !== null) {
      // Another plain proxy appeared while allocating (a collection ran
      // a callback): return that one, as CPython does.
      result.wr_object = Py_None;
      Py_DECREF(result);
      return Py_NewRef(proxy);
    }
    prev = ref;
  } else {
    prev = proxy === null ? ref : proxy;
  }
  if (prev === null) insert_head(result, ob);
  else insert_after(result, prev);
  PyObject_GC_Track(result);
  return result;
}

function deadProxy(): PyObject {
  return PyErr_Format(PyExc_ReferenceError, "weakly-referenced object no longer exists");
}

/** UNWRAP: the referent of a proxy (new reference; ReferenceError when
 *  dead), or `o` itself (new reference) for anything else. */
function unwrap(o: PyObject): PyObject {
  if (PyWeakref_CheckProxy(o)) {
    const obj = (o as PyWeakReference).wr_object;
    if (obj === Py_None) throw deadProxy();
    return Py_NewRef(obj);
  }
  return Py_NewRef(o);
}

function wrapUnary(f: (o: PyObject) => PyObject): (p: PyObject) => PyObject {
  return (p) => {
    const o = unwrap(p);
    try {
      return f(o);
    } finally {
      Py_DECREF(o);
    }
  };
}

function wrapBinary(f: (a: PyObject, b: PyObject) => PyObject): (a: PyObject, b: PyObject) => PyObject {
  return (a, b) => {
    const x = unwrap(a);
    try {
      const y = unwrap(b);
      try {
        return f(x, y);
      } finally {
        Py_DECREF(y);
      }
    } finally {
      Py_DECREF(x);
    }
  };
}

function wrapTernary(
  f: (a: PyObject, b: PyObject, c: PyObject) => PyObject,
): (a: PyObject, b: PyObject, c: PyObject) => PyObject {
  return (a, b, c) => {
    const x = unwrap(a);
    try {
      const y = unwrap(b);
      try {
        const z = unwrap(c);
        try {
          return f(x, y, z);
        } finally {
          Py_DECREF(z);
        }
      } finally {
        Py_DECREF(y);
      }
    } finally {
      Py_DECREF(x);
    }
  };
}

function proxy_repr(self: PyObject): PyObject {
  const obj = (self as PyWeakReference).wr_object;
  return PyUnicode_FromString(`<weakproxy at ${addrString(self)} to ${obj.ob_type.tp_name} at ${addrString(obj)}>`);
}

function proxy_getattr(self: PyObject, name: PyObject): PyObject {
  const o = unwrap(self);
  try {
    return PyObject_GetAttr(o, name);
  } finally {
    Py_DECREF(o);
  }
}

function proxy_setattr(self: PyObject, name: PyObject, value: PyObject | null): void {
  const o = unwrap(self);
  try {
    PyObject_SetAttr(o, name, value);
  } finally {
    Py_DECREF(o);
  }
}

function proxy_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const x = unwrap(a);
  try {
    const y = unwrap(b);
    try {
      return PyObject_RichCompare(x, y, op);
    } finally {
      Py_DECREF(y);
    }
  } finally {
    Py_DECREF(x);
  }
}

function proxy_bool(self: PyObject): boolean {
  const o = unwrap(self);
  try {
    return PyObject_IsTrue(o);
  } finally {
    Py_DECREF(o);
  }
}

function proxy_length(self: PyObject): number {
  const o = unwrap(self);
  try {
    return PyObject_Size(o);
  } finally {
    Py_DECREF(o);
  }
}

function proxy_contains(self: PyObject, value: PyObject): boolean {
  const o = unwrap(self);
  try {
    return PySequence_Contains(o, value);
  } finally {
    Py_DECREF(o);
  }
}

function proxy_setitem(self: PyObject, key: PyObject, value: PyObject | null): void {
  const o = unwrap(self);
  try {
    if (value === null) PyObject_DelItem(o, key);
    else PyObject_SetItem(o, key, value);
  } finally {
    Py_DECREF(o);
  }
}

function proxy_iternext(self: PyObject): PyObject | null {
  const o = unwrap(self);
  try {
    if (o.ob_type.tp_iternext === null) {
      throw PyErr_Format(PyExc_TypeError, `Weakref proxy referenced a non-iterator '${o.ob_type.tp_name}' object`);
    }
    return PyIter_Next(o);
  } finally {
    Py_DECREF(o);
  }
}

function proxy_call(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const o = unwrap(self);
  try {
    return PyObject_Call(o, args, kwnames);
  } finally {
    Py_DECREF(o);
  }
}

function fillProxySlots(t: PyTypeObject): void {
  t.tp_repr = proxy_repr;
  t.tp_str = wrapUnary(PyObject_Str);
  t.tp_hash = PyObject_HashNotImplemented;
  t.tp_getattro = proxy_getattr;
  t.tp_setattro = proxy_setattr;
  t.tp_richcompare = proxy_richcompare;
  t.tp_iter = wrapUnary(PyObject_GetIter);
  t.tp_iternext = proxy_iternext;
  t.tp_traverse = gc_traverse;
  t.tp_clear = gc_clear;
  t.nb_add = wrapBinary(PyNumber_Add);
  t.nb_subtract = wrapBinary(PyNumber_Subtract);
  t.nb_multiply = wrapBinary(PyNumber_Multiply);
  t.nb_remainder = wrapBinary(PyNumber_Remainder);
  t.nb_divmod = wrapBinary(PyNumber_Divmod);
  t.nb_power = wrapTernary(PyNumber_Power);
  t.nb_negative = wrapUnary(PyNumber_Negative);
  t.nb_positive = wrapUnary(PyNumber_Positive);
  t.nb_absolute = wrapUnary(PyNumber_Absolute);
  t.nb_bool = proxy_bool;
  t.nb_invert = wrapUnary(PyNumber_Invert);
  t.nb_lshift = wrapBinary(PyNumber_Lshift);
  t.nb_rshift = wrapBinary(PyNumber_Rshift);
  t.nb_and = wrapBinary(PyNumber_And);
  t.nb_xor = wrapBinary(PyNumber_Xor);
  t.nb_or = wrapBinary(PyNumber_Or);
  t.nb_int = wrapUnary(PyNumber_Long);
  t.nb_float = wrapUnary(PyNumber_Float);
  t.nb_inplace_add = wrapBinary(PyNumber_InPlaceAdd);
  t.nb_inplace_subtract = wrapBinary(PyNumber_InPlaceSubtract);
  t.nb_inplace_multiply = wrapBinary(PyNumber_InPlaceMultiply);
  t.nb_inplace_remainder = wrapBinary(PyNumber_InPlaceRemainder);
  t.nb_inplace_power = wrapTernary(PyNumber_InPlacePower);
  t.nb_inplace_lshift = wrapBinary(PyNumber_InPlaceLshift);
  t.nb_inplace_rshift = wrapBinary(PyNumber_InPlaceRshift);
  t.nb_inplace_and = wrapBinary(PyNumber_InPlaceAnd);
  t.nb_inplace_xor = wrapBinary(PyNumber_InPlaceXor);
  t.nb_inplace_or = wrapBinary(PyNumber_InPlaceOr);
  t.nb_floor_divide = wrapBinary(PyNumber_FloorDivide);
  t.nb_true_divide = wrapBinary(PyNumber_TrueDivide);
  t.nb_inplace_floor_divide = wrapBinary(PyNumber_InPlaceFloorDivide);
  t.nb_inplace_true_divide = wrapBinary(PyNumber_InPlaceTrueDivide);
  t.nb_index = wrapUnary(PyNumber_Index);
  t.nb_matrix_multiply = wrapBinary(PyNumber_MatrixMultiply);
  t.nb_inplace_matrix_multiply = wrapBinary(PyNumber_InPlaceMatrixMultiply);
  t.sq_contains = proxy_contains;
  t.mp_length = proxy_length;
  t.mp_subscript = wrapBinary(PyObject_GetItem);
  t.mp_ass_subscript = proxy_setitem;
}

/** WRAP_METHOD: a proxy's __bytes__ / __reversed__ call the referent's. */
function wrapMethod(name: string) {
  return (self: PyObject): PyObject => {
    const o = unwrap(self);
    try {
      return PyObject_CallMethod(o, name);
    } finally {
      Py_DECREF(o);
    }
  };
}

export const _PyWeakref_ProxyType: PyTypeObject = newStaticType(
  "weakref.ProxyType",
  WEAKREF_SIZE,
  TPFLAGS_HAVE_GC,
  weakref_dealloc,
);
fillProxySlots(_PyWeakref_ProxyType);
_PyWeakref_ProxyType.tp_methods = [
  { name: "__bytes__", meth: wrapMethod("__bytes__"), flags: METH_NOARGS },
  { name: "__reversed__", meth: wrapMethod("__reversed__"), flags: METH_NOARGS },
];

export const _PyWeakref_CallableProxyType: PyTypeObject = newStaticType(
  "weakref.CallableProxyType",
  WEAKREF_SIZE,
  TPFLAGS_HAVE_GC,
  weakref_dealloc,
);
fillProxySlots(_PyWeakref_CallableProxyType);
_PyWeakref_CallableProxyType.tp_call = proxy_call;

// ---------------------------------------------------------------- checks

function isRefType(t: PyTypeObject | null): boolean {
  for (; t !== null; t = t.tp_base) if (t === _PyWeakref_RefType) return true;
  return false;
}

export function PyWeakref_CheckRef(o: PyObject): boolean {
  return o instanceof PyWeakReference && isRefType(o.ob_type);
}

export function PyWeakref_CheckProxy(o: PyObject): boolean {
  return o.ob_type === _PyWeakref_ProxyType || o.ob_type === _PyWeakref_CallableProxyType;
}

export function PyWeakref_Check(o: PyObject): boolean {
  return o instanceof PyWeakReference;
}

/** weakref.getweakrefcount(ob). */
export function getweakrefcount(ob: PyObject): number {
  if (!PyType_SUPPORTS_WEAKREFS(ob.ob_type)) return 0;
  return _PyWeakref_GetWeakrefCount(listHead(ob));
}

/** weakref.getweakrefs(ob): the refs and proxies to ob, in list order
 *  (borrowed; the caller makes the list). */
export function weakrefsOf(ob: PyObject): PyWeakReference[] {
  const out: PyWeakReference[] = [];
  if (!PyType_SUPPORTS_WEAKREFS(ob.ob_type)) return out;
  for (let r = listHead(ob); r !== null; r = r.wr_next) out.push(r);
  return out;
}

// ---------------------------------------------------------------- the collector's view

gcHooks.isWeakref = (op) => op instanceof PyWeakReference;
gcHooks.clearWeakref = (wr) => {
  const ref = wr as PyWeakReference;
  if (heapHooks.weakrefCleared !== null && ref.wr_object !== Py_None) heapHooks.weakrefCleared(ref, ref.wr_object);
  _PyWeakref_ClearRef(ref);
};
gcHooks.weakrefsOf = (op) => weakrefsOf(op);
gcHooks.weakrefCallback = (wr) => (wr as PyWeakReference).wr_callback;
gcHooks.callWeakrefCallback = (callback, wr) => handle_callback(wr as PyWeakReference, callback);
