/**
 * Descriptors for what built-in types declare: CPython's
 * Objects/descrobject.c.
 *
 *  - `method_descriptor` (PyMethodDescrObject): a PyMethodDef of a type;
 *    `list.append`. Calling it with the instance first runs the method;
 *    `__get__` binds it to an instance, giving a builtin_function_or_method.
 *  - `classmethod_descriptor`: a METH_CLASS method (`dict.fromkeys`); binds
 *    to the type.
 *  - `getset_descriptor` (PyGetSetDescrObject): a computed attribute
 *    (`type.__name__`, `function.__dict__`); a data descriptor.
 *  - `member_descriptor` (PyMemberDescrObject): a field of the instance
 *    (`__slots__` entries); a data descriptor.
 *  - `wrapper_descriptor` (PyWrapperDescrObject): a slot exposed as a dunder
 *    (`list.__len__`, `int.__add__`): `d_base` is the slotdefs row
 *    (typeslots.ts) whose wrapper adapts the call to the slot function
 *    `d_wrapped`. Binding gives a `method-wrapper`.
 *
 * Every descriptor owns references to its type (`d_type`) and name
 * (`d_name`, an interned str). They are GC objects, as in CPython.
 */
import { PyGCObject, type PyObject, TPFLAGS_HAVE_GC, TPFLAGS_METHOD_DESCRIPTOR } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import {
  newStaticType,
  PyType_IsSubtype,
  type PyTypeObject,
  type binaryfunc,
  type descrgetfunc,
  type descrsetfunc,
  type getattrofunc,
  type hashfunc,
  type initproc,
  type inquiry,
  type iternextfunc,
  type lenfunc,
  type newfunc,
  type objobjargproc,
  type objobjproc,
  type powfunc,
  type reprfunc,
  type richcmpfunc,
  type setattrofunc,
  type ssizeargfunc,
  type ternaryfunc,
  type unaryfunc,
  type boolfunc,
  type getiterfunc,
} from "./typeobject.js";
import { METH_NOARGS, type PyGetSetDef, type PyMemberDef, type PyMethodDef } from "./methoddef.js";
import { PyExc_AttributeError, PyExc_TypeError } from "./exceptions.js";
import { PyErr_Format } from "./errors.js";
import { PyUnicode_AsString, PyUnicode_FromString, PyUnicode_InternFromString } from "./unicodeobject.js";
import { Py_None } from "./noneobject.js";
import { PyLong_FromNumber } from "./longobject.js";
import { PyTuple_GET_SIZE, _PyTuple_FromArraySteal } from "./tupleobject.js";
import { _PyEval_GetBuiltin } from "./iterreduce.js";
import { callMethodDef, PyCFunction_NewEx } from "./methodobject.js";
import { addrString, typeQualName } from "./object.js";
import { docFromInternalDoc, slotDoc, textSignatureFromInternalDoc } from "./docsig.js";

/** Any slot function a wrapper descriptor can wrap. */
export type SlotFunction =
  | reprfunc
  | hashfunc
  | ternaryfunc
  | getattrofunc
  | setattrofunc
  | richcmpfunc
  | getiterfunc
  | iternextfunc
  | descrgetfunc
  | descrsetfunc
  | initproc
  | newfunc
  | inquiry
  | binaryfunc
  | unaryfunc
  | powfunc
  | boolfunc
  | lenfunc
  | objobjargproc
  | objobjproc
  | ssizeargfunc;

/**
 * Adapts a dunder call to a slot function: `self`, then the arguments in
 * `args[offset..]` (vectorcall layout, `kwnames` for keywords).
 */
export type wrapperfunc = (
  self: PyObject,
  args: PyObject[],
  offset: number,
  kwnames: PyObject | null,
  wrapped: SlotFunction,
) => PyObject;

/** The part of a slotdefs row that a wrapper descriptor needs. */
export interface WrapperBase {
  /** The dunder name, e.g. "__add__". */
  name: string;
  wrapper: wrapperfunc;
  /** The wrapper accepts keyword arguments (`__init__`, `__call__`). */
  keywords: boolean;
}

export class PyDescrObject extends PyGCObject {
  d_type: PyTypeObject;
  d_name: PyObject;
  constructor(type: PyTypeObject, descrtype: PyTypeObject, name: string, nbytes: number) {
    super(descrtype, nbytes);
    Py_INCREF(type);
    this.d_type = type;
    this.d_name = PyUnicode_InternFromString(name);
  }
}

export class PyMethodDescrObject extends PyDescrObject {
  d_method: PyMethodDef;
  constructor(descrtype: PyTypeObject, type: PyTypeObject, method: PyMethodDef) {
    super(type, descrtype, method.name, 56);
    this.d_method = method;
  }
}

export class PyGetSetDescrObject extends PyDescrObject {
  d_getset: PyGetSetDef;
  constructor(type: PyTypeObject, getset: PyGetSetDef) {
    super(type, PyGetSetDescr_Type, getset.name, 48);
    this.d_getset = getset;
  }
}

export class PyMemberDescrObject extends PyDescrObject {
  d_member: PyMemberDef;
  constructor(type: PyTypeObject, member: PyMemberDef) {
    super(type, PyMemberDescr_Type, member.name, 48);
    this.d_member = member;
  }
}

export class PyWrapperDescrObject extends PyDescrObject {
  d_base: WrapperBase;
  d_wrapped: SlotFunction;
  /** The slotdefs row's docstring (CPython's d_base->doc): CPython's for
   *  the slot this type fills (docsig.ts slotDoc). */
  d_doc: string | null;
  constructor(type: PyTypeObject, base: WrapperBase, wrapped: SlotFunction) {
    super(type, PyWrapperDescr_Type, base.name, 56);
    this.d_base = base;
    this.d_wrapped = wrapped;
    this.d_doc = slotDoc(type.tp_name, base.name);
  }
}

/** A wrapper descriptor bound to an instance: `[].__len__`. */
export class PyMethodWrapperObject extends PyGCObject {
  descr: PyWrapperDescrObject;
  self: PyObject;
  constructor(descr: PyWrapperDescrObject, self: PyObject) {
    super(PyMethodWrapper_Type, 32);
    this.descr = descr;
    this.self = self;
  }
}

function descr_dealloc(op: PyObject): void {
  const d = op as PyDescrObject;
  PyObject_GC_UnTrack(d);
  Py_DECREF(d.d_type);
  Py_DECREF(d.d_name);
  PyObject_GC_Del(d);
}

function descr_traverse(op: PyObject, visit: (o: PyObject) => void): void {
  visit((op as PyDescrObject).d_type);
}

export const PyMethodDescr_Type = newStaticType(
  "method_descriptor",
  56,
  TPFLAGS_HAVE_GC | TPFLAGS_METHOD_DESCRIPTOR,
  descr_dealloc,
);
export const PyClassMethodDescr_Type = newStaticType("classmethod_descriptor", 56, TPFLAGS_HAVE_GC, descr_dealloc);
export const PyGetSetDescr_Type = newStaticType("getset_descriptor", 48, TPFLAGS_HAVE_GC, descr_dealloc);
export const PyMemberDescr_Type = newStaticType("member_descriptor", 48, TPFLAGS_HAVE_GC, descr_dealloc);
export const PyWrapperDescr_Type = newStaticType(
  "wrapper_descriptor",
  56,
  TPFLAGS_HAVE_GC | TPFLAGS_METHOD_DESCRIPTOR,
  descr_dealloc,
);
export const PyMethodWrapper_Type = newStaticType("method-wrapper", 32, TPFLAGS_HAVE_GC, methodwrapper_dealloc);

function track<T extends PyGCObject>(op: T): T {
  PyObject_GC_Track(op);
  return op;
}

export function PyDescr_NewMethod(type: PyTypeObject, method: PyMethodDef): PyObject {
  return track(new PyMethodDescrObject(PyMethodDescr_Type, type, method));
}
export function PyDescr_NewClassMethod(type: PyTypeObject, method: PyMethodDef): PyObject {
  return track(new PyMethodDescrObject(PyClassMethodDescr_Type, type, method));
}
export function PyDescr_NewGetSet(type: PyTypeObject, getset: PyGetSetDef): PyObject {
  return track(new PyGetSetDescrObject(type, getset));
}
export function PyDescr_NewMember(type: PyTypeObject, member: PyMemberDef): PyObject {
  return track(new PyMemberDescrObject(type, member));
}
export function PyDescr_NewWrapper(type: PyTypeObject, base: WrapperBase, wrapped: SlotFunction): PyObject {
  return track(new PyWrapperDescrObject(type, base, wrapped));
}

/** A descriptor whose `__set__` is defined (data descriptor)? */
export function PyDescr_IsData(d: PyObject): boolean {
  return d.ob_type.tp_descr_set !== null;
}

function descrName(d: PyDescrObject): string {
  return PyUnicode_AsString(d.d_name);
}

/** descr_check: `obj` must be an instance of the descriptor's type. */
function descr_check(d: PyDescrObject, obj: PyObject): void {
  if (!PyType_IsSubtype(obj.ob_type, d.d_type)) {
    throw PyErr_Format(
      PyExc_TypeError,
      `descriptor '${descrName(d)}' for '${d.d_type.tp_name}' objects doesn't apply to a '${obj.ob_type.tp_name}' object`,
    );
  }
}

// --- method_descriptor ------------------------------------------------------

function method_get(descr: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const d = descr as PyMethodDescrObject;
  if (obj === null) return Py_NewRef(d);
  descr_check(d, obj);
  return PyCFunction_NewEx(d.d_method, obj, null);
}

function methoddescr_call(callable: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  return _PyMethodDescr_Call(callable, args, kwnames, true);
}

/** A method descriptor's call; `counted` false for the eval loop's
 *  specialized calls that skip method_enter_call's level. */
export function _PyMethodDescr_Call(
  callable: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
  counted: boolean,
): PyObject {
  const d = callable as PyMethodDescrObject;
  const nkw = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
  if (args.length - nkw < 1) {
    throw PyErr_Format(
      PyExc_TypeError,
      `unbound method ${typeQualName(d.d_type)}.${d.d_method.name}() needs an argument`,
    );
  }
  const self = args[0];
  descr_check(d, self);
  return callMethodDef(d.d_method, d.d_type, self, args, 1, kwnames, counted);
}

function classmethod_get(descr: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const d = descr as PyMethodDescrObject;
  const t = type ?? (obj !== null ? obj.ob_type : null);
  if (t === null) {
    throw PyErr_Format(
      PyExc_TypeError,
      `descriptor '${descrName(d)}' for type '${d.d_type.tp_name}' needs either an object or a type`,
    );
  }
  return PyCFunction_NewEx(d.d_method, t, null);
}

function classmethoddescr_call(callable: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const d = callable as PyMethodDescrObject;
  if (args.length < 1) {
    throw PyErr_Format(
      PyExc_TypeError,
      `descriptor '${descrName(d)}' of '${d.d_type.tp_name}' object needs an argument`,
    );
  }
  return callMethodDef(d.d_method, null, args[0], args, 1, kwnames);
}

// --- getset_descriptor ------------------------------------------------------

function getset_get(descr: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const d = descr as PyGetSetDescrObject;
  if (obj === null) return Py_NewRef(d);
  descr_check(d, obj);
  const get = d.d_getset.get;
  if (get === null) {
    throw PyErr_Format(
      PyExc_AttributeError,
      `attribute '${descrName(d)}' of '${d.d_type.tp_name}' objects is not readable`,
    );
  }
  return get(obj);
}

function getset_set(descr: PyObject, obj: PyObject, value: PyObject | null): void {
  const d = descr as PyGetSetDescrObject;
  descr_check(d, obj);
  const set = d.d_getset.set;
  if (set === null) {
    throw PyErr_Format(
      PyExc_AttributeError,
      `attribute '${descrName(d)}' of '${d.d_type.tp_name}' objects is not writable`,
    );
  }
  set(obj, value);
}

// --- member_descriptor ------------------------------------------------------

function member_get(descr: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const d = descr as PyMemberDescrObject;
  if (obj === null) return Py_NewRef(d);
  descr_check(d, obj);
  const v = d.d_member.get(obj);
  if (v === null) {
    if (d.d_member.noneIfNull) return Py_NewRef(Py_None);
    throw PyErr_Format(PyExc_AttributeError, `'${obj.ob_type.tp_name}' object has no attribute '${descrName(d)}'`);
  }
  if (typeof v === "number") return PyLong_FromNumber(v);
  return d.d_member.newReference === true ? v : Py_NewRef(v);
}

function member_set(descr: PyObject, obj: PyObject, value: PyObject | null): void {
  const d = descr as PyMemberDescrObject;
  descr_check(d, obj);
  const set = d.d_member.set;
  // PyMember_SetOne on a READONLY member.
  if (set === null) throw PyErr_Format(PyExc_AttributeError, "readonly attribute");
  set(obj, value);
}

// --- wrapper_descriptor and method-wrapper ----------------------------------

function wrapperdescr_get(descr: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const d = descr as PyWrapperDescrObject;
  if (obj === null) return Py_NewRef(d);
  descr_check(d, obj);
  Py_INCREF(d);
  Py_INCREF(obj);
  return track(new PyMethodWrapperObject(d, obj));
}

function wrapperdescr_call(callable: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const d = callable as PyWrapperDescrObject;
  if (args.length < 1) {
    throw PyErr_Format(
      PyExc_TypeError,
      `descriptor '${descrName(d)}' of '${d.d_type.tp_name}' object needs an argument`,
    );
  }
  const self = args[0];
  if (!PyType_IsSubtype(self.ob_type, d.d_type)) {
    throw PyErr_Format(
      PyExc_TypeError,
      `descriptor '${descrName(d)}' requires a '${d.d_type.tp_name}' object but received a '${self.ob_type.tp_name}'`,
    );
  }
  return callWrapper(d, self, args, 1, kwnames);
}

function callWrapper(
  d: PyWrapperDescrObject,
  self: PyObject,
  args: PyObject[],
  offset: number,
  kwnames: PyObject | null,
): PyObject {
  const base = d.d_base;
  if (!base.keywords && kwnames !== null && args.length - offset > 0) {
    const nkw = PyTuple_GET_SIZE(kwnames);
    if (nkw > 0) throw PyErr_Format(PyExc_TypeError, `wrapper ${base.name}() takes no keyword arguments`);
  }
  return base.wrapper(self, args, offset, kwnames, d.d_wrapped);
}

function methodwrapper_dealloc(op: PyObject): void {
  const w = op as PyMethodWrapperObject;
  PyObject_GC_UnTrack(w);
  Py_DECREF(w.descr);
  Py_DECREF(w.self);
  PyObject_GC_Del(w);
}

function methodwrapper_traverse(op: PyObject, visit: (o: PyObject) => void): void {
  const w = op as PyMethodWrapperObject;
  visit(w.descr);
  visit(w.self);
}

function methodwrapper_call(callable: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const w = callable as PyMethodWrapperObject;
  return callWrapper(w.descr, w.self, args, 0, kwnames);
}

function methodwrapper_repr(op: PyObject): PyObject {
  const w = op as PyMethodWrapperObject;
  return PyUnicode_FromString(
    `<method-wrapper '${descrName(w.descr)}' of ${w.self.ob_type.tp_name} object at ${addrString(w.self)}>`,
  );
}

// --- reprs and attributes -----------------------------------------------------

function method_repr(op: PyObject): PyObject {
  const d = op as PyDescrObject;
  return PyUnicode_FromString(`<method '${descrName(d)}' of '${d.d_type.tp_name}' objects>`);
}
function getset_repr(op: PyObject): PyObject {
  const d = op as PyDescrObject;
  return PyUnicode_FromString(`<attribute '${descrName(d)}' of '${d.d_type.tp_name}' objects>`);
}
function member_repr(op: PyObject): PyObject {
  const d = op as PyDescrObject;
  return PyUnicode_FromString(`<member '${descrName(d)}' of '${d.d_type.tp_name}' objects>`);
}
function wrapper_repr(op: PyObject): PyObject {
  const d = op as PyDescrObject;
  return PyUnicode_FromString(`<slot wrapper '${descrName(d)}' of '${d.d_type.tp_name}' objects>`);
}

function descr_get_name(op: PyObject): PyObject {
  return Py_NewRef((op as PyDescrObject).d_name);
}
function descr_get_qualname(op: PyObject): PyObject {
  const d = op as PyDescrObject;
  return PyUnicode_FromString(`${typeQualName(d.d_type)}.${descrName(d)}`);
}
function descr_get_objclass(op: PyObject): PyObject {
  return Py_NewRef((op as PyDescrObject).d_type);
}
function strOrNone(s: string | null | undefined): PyObject {
  return s == null ? Py_NewRef(Py_None) : PyUnicode_FromString(s);
}
/** method_get_doc / wrapperdescr_get_doc: the docstring after its signature. */
function method_get_doc(op: PyObject): PyObject {
  const m = (op as PyMethodDescrObject).d_method;
  return strOrNone(docFromInternalDoc(m.name, m.doc));
}
function method_get_text_signature(op: PyObject): PyObject {
  const m = (op as PyMethodDescrObject).d_method;
  return strOrNone(textSignatureFromInternalDoc(m.name, m.doc));
}
function wrapperdescr_get_doc(op: PyObject): PyObject {
  const d = op as PyWrapperDescrObject;
  return strOrNone(docFromInternalDoc(d.d_base.name, d.d_doc));
}
function wrapperdescr_get_text_signature(op: PyObject): PyObject {
  const d = op as PyWrapperDescrObject;
  return strOrNone(textSignatureFromInternalDoc(d.d_base.name, d.d_doc));
}
/** getset_get_doc / member_get_doc: the docstring as it is. */
function getset_get_doc(op: PyObject): PyObject {
  return strOrNone((op as PyGetSetDescrObject).d_getset.doc);
}
function member_get_doc(op: PyObject): PyObject {
  return strOrNone((op as PyMemberDescrObject).d_member.doc);
}
function mw_get_self(op: PyObject): PyObject {
  return Py_NewRef((op as PyMethodWrapperObject).self);
}
function mw_get_name(op: PyObject): PyObject {
  return Py_NewRef((op as PyMethodWrapperObject).descr.d_name);
}

/** descr_members and each kind's getsets: `__doc__`, `__qualname__`, and
 *  `__text_signature__` for the callable ones. */
function descrGetSets(
  getDoc: (op: PyObject) => PyObject,
  getTextSignature: ((op: PyObject) => PyObject) | null,
): PyGetSetDef[] {
  const rows: PyGetSetDef[] = [
    { name: "__name__", get: descr_get_name, set: null },
    { name: "__qualname__", get: descr_get_qualname, set: null },
    { name: "__objclass__", get: descr_get_objclass, set: null },
    { name: "__doc__", get: getDoc, set: null },
  ];
  if (getTextSignature !== null) rows.push({ name: "__text_signature__", get: getTextSignature, set: null });
  return rows;
}

/** descr_reduce: getattr(objclass, name). */
function descr_reduce(self: PyObject): PyObject {
  const d = self as PyDescrObject;
  return _PyTuple_FromArraySteal([
    _PyEval_GetBuiltin("getattr"),
    _PyTuple_FromArraySteal([Py_NewRef(d.d_type), Py_NewRef(d.d_name)]),
  ]);
}

/** wrapper_reduce: getattr(self, name) for a method-wrapper. */
function wrapper_reduce(self: PyObject): PyObject {
  const w = self as PyMethodWrapperObject;
  return _PyTuple_FromArraySteal([
    _PyEval_GetBuiltin("getattr"),
    _PyTuple_FromArraySteal([Py_NewRef(w.self), Py_NewRef(w.descr.d_name)]),
  ]);
}

for (const t of [
  PyMethodDescr_Type,
  PyClassMethodDescr_Type,
  PyGetSetDescr_Type,
  PyMemberDescr_Type,
  PyWrapperDescr_Type,
]) {
  t.tp_traverse = descr_traverse;
}
PyMethodDescr_Type.tp_getset = descrGetSets(method_get_doc, method_get_text_signature);
PyClassMethodDescr_Type.tp_getset = descrGetSets(method_get_doc, method_get_text_signature);
PyGetSetDescr_Type.tp_getset = descrGetSets(getset_get_doc, null);
PyMemberDescr_Type.tp_getset = descrGetSets(member_get_doc, null);
PyWrapperDescr_Type.tp_getset = descrGetSets(wrapperdescr_get_doc, wrapperdescr_get_text_signature);
// CPython gives __reduce__ to the method, member and wrapper descriptors
// (not the classmethod or getset ones).
for (const t of [PyMethodDescr_Type, PyMemberDescr_Type, PyWrapperDescr_Type]) {
  t.tp_methods = [{ name: "__reduce__", meth: descr_reduce, flags: METH_NOARGS }];
}
PyMethodWrapper_Type.tp_methods = [{ name: "__reduce__", meth: wrapper_reduce, flags: METH_NOARGS }];
PyMethodDescr_Type.tp_descr_get = method_get;
PyMethodDescr_Type.tp_call = methoddescr_call;
PyMethodDescr_Type.tp_repr = method_repr;
PyClassMethodDescr_Type.tp_descr_get = classmethod_get;
PyClassMethodDescr_Type.tp_call = classmethoddescr_call;
PyClassMethodDescr_Type.tp_repr = method_repr;
PyGetSetDescr_Type.tp_descr_get = getset_get;
PyGetSetDescr_Type.tp_descr_set = getset_set;
PyGetSetDescr_Type.tp_repr = getset_repr;
PyMemberDescr_Type.tp_descr_get = member_get;
PyMemberDescr_Type.tp_descr_set = member_set;
PyMemberDescr_Type.tp_repr = member_repr;
PyWrapperDescr_Type.tp_descr_get = wrapperdescr_get;
PyWrapperDescr_Type.tp_call = wrapperdescr_call;
PyWrapperDescr_Type.tp_repr = wrapper_repr;
PyMethodWrapper_Type.tp_traverse = methodwrapper_traverse;
PyMethodWrapper_Type.tp_call = methodwrapper_call;
PyMethodWrapper_Type.tp_repr = methodwrapper_repr;
PyMethodWrapper_Type.tp_getset = [
  { name: "__self__", get: mw_get_self, set: null },
  { name: "__name__", get: mw_get_name, set: null },
  // wrapper_objclass / wrapper_qualname: the descriptor's.
  { name: "__objclass__", get: (op: PyObject) => descr_get_objclass((op as PyMethodWrapperObject).descr), set: null },
  { name: "__qualname__", get: (op: PyObject) => descr_get_qualname((op as PyMethodWrapperObject).descr), set: null },
  // wrapper_doc / wrapper_text_signature: the descriptor's.
  { name: "__doc__", get: (op: PyObject) => wrapperdescr_get_doc((op as PyMethodWrapperObject).descr), set: null },
  {
    name: "__text_signature__",
    get: (op: PyObject) => wrapperdescr_get_text_signature((op as PyMethodWrapperObject).descr),
    set: null,
  },
];
