/**
 * The `object` type and the generic attribute protocol: CPython's
 * Objects/object.c (PyObject_GetAttr & co., PyObject_GenericGetAttr /
 * SetAttr, _PyObject_GetMethod) and the `object` slots of
 * Objects/typeobject.c (object_new, object_init, object_repr, ...).
 *
 * Attribute lookup order (PyObject_GenericGetAttr): a data descriptor found
 * on the type (through `_PyType_Lookup`, cached per type) wins; then the
 * instance's own attributes (the inline values of a PyInstanceObject, or
 * the dict `tp_getdict` returns); then a non-data descriptor or plain class
 * attribute; else AttributeError with CPython's message.
 *
 * The hot path — a plain instance whose attribute is present and not
 * shadowed by a data descriptor — is one cached Map lookup on the type, one
 * Map lookup in the class's shared keys and an array read; no allocation.
 */
import {
  MANAGED_DICT_PREHEADER,
  PyObject,
  TPFLAGS_HEAPTYPE,
  TPFLAGS_MANAGED_DICT,
  TPFLAGS_METHOD_DESCRIPTOR,
  TPFLAGS_IS_ABSTRACT,
} from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "../heap/refcount.js";
import { PyObject_Free, PyObject_GC_Track } from "../heap/gc.js";
import {
  PyBaseObject_Type,
  PyType_Check,
  PyType_IsSubtype,
  PyType_Type,
  type PyTypeObject,
  _PyType_Lookup,
} from "./typeobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import { _PyType_LookupString, compatible_for_assignment, typeModuleName } from "./typeimpl.js";
import { METH_CLASS, METH_FASTCALL, METH_NOARGS, METH_O, type PyMethodDef } from "./methoddef.js";
import { PyExc_AttributeError, PyExc_TypeError, PyBaseExceptionObject } from "./exceptions.js";
import { PyErr_Format, PyErr_GivenExceptionMatches, _PyErr_NormalizeException } from "./errors.js";
import {
  PyUnicode_AsString,
  PyUnicode_Check,
  PyUnicode_FromString,
  PyUnicode_InternFromString,
} from "./unicodeobject.js";
import { Py_None, Py_NotImplemented, _Py_HashPointer as hashAddr } from "./noneobject.js";
import { PyBool_FromBool, Py_True } from "./longobject.js";
import { PyTuple_GET_ITEM, PyTuple_GET_SIZE, PyTuple_Type } from "./tupleobject.js";
import {
  PyDict_Check,
  PyDict_Copy,
  PyDict_DelItem,
  PyDict_GetItem,
  PyDict_Keys,
  PyDict_Merge,
  PyDict_New,
  PyDict_SetItem,
} from "./dictobject.js";
import { type PyListObject, PyList_Sort } from "./listobject.js";
import { PyLong_FromNumber } from "./longobject.js";
import { PyObject_Str, PyObject_IsTrue, PySequence_List, PyObject_Size, PySequence_GetItem } from "./abstract.js";
import { PyInstanceObject, instanceGetAttr, instanceSetAttr, hasInstanceAttrs } from "./instanceobject.js";
import { Py_EnterRecursiveCall, Py_LeaveRecursiveCall, PyObject_Call } from "./call.js";
import { _Py_ID } from "./identifiers.js";
import { PyUnion_Check } from "./unionobject.js";
import { object___getstate__, object___reduce__, object___reduce_ex__ } from "./object-reduce.js";

// --- small helpers shared by the object files --------------------------------

/** `0x7f…`: an object's address as `%p` prints it. */
export function addrString(o: PyObject): string {
  return "0x" + o.ob_addr.toString(16);
}

/** CPython's _Py_HashPointer of an object's address. */
export function _Py_HashPointer(o: PyObject): number {
  return hashAddr(o.ob_addr);
}

/** A type's `__qualname__` as a JS string. */
export function typeQualName(t: PyTypeObject): string {
  if (t.ht_qualname !== null) return PyUnicode_AsString(t.ht_qualname);
  const dot = t.tp_name.lastIndexOf(".");
  return dot < 0 ? t.tp_name : t.tp_name.slice(dot + 1);
}

export function PyObject_TypeCheck(o: PyObject, t: PyTypeObject): boolean {
  return o.ob_type === t || PyType_IsSubtype(o.ob_type, t);
}

/** AttributeError with CPython's `name` and `obj` attributes set (used for
 *  the "Did you mean" hint of tracebacks). */
export function attributeError(obj: PyObject, name: PyObject, msg: string): PyBaseExceptionObject {
  const exc = PyErr_Format(PyExc_AttributeError, msg);
  setAttributeErrorContext(exc, obj, name);
  return exc;
}

export function setAttributeErrorContext(exc: PyBaseExceptionObject, obj: PyObject, name: PyObject): void {
  let extra = exc.extra;
  if (extra === null) extra = exc.extra = new Map();
  if (!extra.has("name")) {
    Py_INCREF(name);
    extra.set("name", name);
  }
  if (!extra.has("obj")) {
    Py_INCREF(obj);
    extra.set("obj", obj);
  }
}

function noAttribute(obj: PyObject, name: PyObject): PyBaseExceptionObject {
  return attributeError(obj, name, `'${obj.ob_type.tp_name}' object has no attribute '${PyUnicode_AsString(name)}'`);
}

/** The same error from setting or deleting: 3.11 gives it no `name` or
 *  `obj` (only a failed lookup does), so no "Did you mean" hint. */
function noAttributeToSet(obj: PyObject, name: PyObject): PyBaseExceptionObject {
  return PyErr_Format(
    PyExc_AttributeError,
    `'${obj.ob_type.tp_name}' object has no attribute '${PyUnicode_AsString(name)}'`,
  );
}

function checkName(name: PyObject): void {
  if (!PyUnicode_Check(name)) {
    throw PyErr_Format(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  }
}

// --- the public attribute API ------------------------------------------------

export function PyObject_GetAttr(o: PyObject, name: PyObject): PyObject {
  const tp = o.ob_type;
  try {
    if (tp.tp_getattro === PyObject_GenericGetAttr) return _PyObject_GenericGetAttrWithDict(o, name, false)!;
    checkName(name);
    if (tp.tp_getattro !== null) return tp.tp_getattro(o, name);
  } catch (e) {
    augmentAttributeError(e, o, name);
    throw e;
  }
  throw noAttribute(o, name);
}

/**
 * set_attribute_error_context: an AttributeError leaving a lookup (a
 * property's getter, `__getattr__`, an unset slot …) gets the object and
 * the name, for the traceback's "Did you mean" hint, unless it has either
 * already. It is normalized for that, as CPython's is.
 */
function augmentAttributeError(e: unknown, o: PyObject, name: PyObject): void {
  if (!(e instanceof PyBaseExceptionObject) || !PyErr_GivenExceptionMatches(e, PyExc_AttributeError)) return;
  const extra = e.extra;
  if (extra !== null && (extra.has("name") || extra.has("obj"))) return;
  _PyErr_NormalizeException(e);
  setAttributeErrorContext(e, o, name);
}

export function PyObject_GetAttrString(o: PyObject, name: string): PyObject {
  const n = PyUnicode_InternFromString(name);
  try {
    return PyObject_GetAttr(o, n);
  } finally {
    Py_DECREF(n);
  }
}

/** Like PyObject_GetAttr, but returns null instead of raising AttributeError. */
export function _PyObject_LookupAttr(o: PyObject, name: PyObject): PyObject | null {
  const tp = o.ob_type;
  if (tp.tp_getattro === PyObject_GenericGetAttr) return _PyObject_GenericGetAttrWithDict(o, name, true);
  checkName(name);
  if (tp.tp_getattro === null) return null;
  try {
    return tp.tp_getattro(o, name);
  } catch (e) {
    if (e instanceof PyObject && PyErr_GivenExceptionMatches(e, PyExc_AttributeError)) {
      Py_DECREF(e);
      return null;
    }
    throw e;
  }
}

/** _PyObject_IsAbstract: is `obj.__isabstractmethod__` true? (null: no object, false). */
export function _PyObject_IsAbstract(obj: PyObject | null): boolean {
  if (obj === null) return false;
  const v = _PyObject_LookupAttrString(obj, "__isabstractmethod__");
  if (v === null) return false;
  try {
    return PyObject_IsTrue(v);
  } finally {
    Py_DECREF(v);
  }
}

export function _PyObject_LookupAttrString(o: PyObject, name: string): PyObject | null {
  const n = PyUnicode_InternFromString(name);
  try {
    return _PyObject_LookupAttr(o, n);
  } finally {
    Py_DECREF(n);
  }
}

export function PyObject_HasAttr(o: PyObject, name: PyObject): boolean {
  const r = _PyObject_LookupAttr(o, name);
  if (r === null) return false;
  Py_DECREF(r);
  return true;
}

/** `value` null deletes. */
export function PyObject_SetAttr(o: PyObject, name: PyObject, value: PyObject | null): void {
  checkName(name);
  const tp = o.ob_type;
  if (tp.tp_setattro !== null) {
    tp.tp_setattro(o, name, value);
    return;
  }
  if (tp.tp_getattro === null) {
    throw PyErr_Format(
      PyExc_TypeError,
      `'${tp.tp_name}' object has no attributes (${value === null ? "del" : "assign to"} .${PyUnicode_AsString(name)})`,
    );
  }
  throw PyErr_Format(
    PyExc_TypeError,
    `'${tp.tp_name}' object has only read-only attributes (${value === null ? "del" : "assign to"} .${PyUnicode_AsString(name)})`,
  );
}

export function PyObject_SetAttrString(o: PyObject, name: string, value: PyObject | null): void {
  const n = PyUnicode_InternFromString(name);
  try {
    PyObject_SetAttr(o, n, value);
  } finally {
    Py_DECREF(n);
  }
}

export function PyObject_DelAttr(o: PyObject, name: PyObject): void {
  PyObject_SetAttr(o, name, null);
}

// --- generic getattr/setattr ---------------------------------------------------

export function PyObject_GenericGetAttr(o: PyObject, name: PyObject): PyObject {
  return _PyObject_GenericGetAttrWithDict(o, name, false)!;
}

/** The instance's own attribute `name` (borrowed), or null. */
function instanceLookup(o: PyObject, tp: PyTypeObject, name: PyObject): PyObject | null {
  if (o instanceof PyInstanceObject) return instanceGetAttr(o, name);
  const getdict = tp.tp_getdict;
  if (getdict !== null) {
    const dict = getdict(o, false);
    if (dict !== null) return PyDict_GetItem(dict, name);
  }
  return null;
}

/** CPython's _PyObject_GenericGetAttrWithDict; with `suppress` a missing
 *  attribute returns null instead of raising. */
export function _PyObject_GenericGetAttrWithDict(o: PyObject, name: PyObject, suppress: boolean): PyObject | null {
  const tp = o.ob_type;
  if (!PyUnicode_Check(name)) checkName(name);
  const descr = _PyType_Lookup(tp, name);
  let f = null;
  if (descr !== null) {
    f = descr.ob_type.tp_descr_get;
    if (f !== null && descr.ob_type.tp_descr_set !== null) {
      Py_INCREF(descr);
      try {
        return f(descr, o, tp);
      } catch (e) {
        if (suppress && e instanceof PyObject && PyErr_GivenExceptionMatches(e, PyExc_AttributeError)) {
          Py_DECREF(e);
          return null;
        }
        throw e;
      } finally {
        Py_DECREF(descr);
      }
    }
  }
  const v = instanceLookup(o, tp, name);
  if (v !== null) {
    Py_INCREF(v);
    return v;
  }
  if (f !== null) {
    Py_INCREF(descr!);
    try {
      return f(descr!, o, tp);
    } catch (e) {
      if (suppress && e instanceof PyObject && PyErr_GivenExceptionMatches(e, PyExc_AttributeError)) {
        Py_DECREF(e);
        return null;
      }
      throw e;
    } finally {
      Py_DECREF(descr!);
    }
  }
  if (descr !== null) {
    Py_INCREF(descr);
    return descr;
  }
  if (suppress) return null;
  throw noAttribute(o, name);
}

export function PyObject_GenericSetAttr(o: PyObject, name: PyObject, value: PyObject | null): void {
  const tp = o.ob_type;
  checkName(name);
  const descr = _PyType_Lookup(tp, name);
  if (descr !== null) {
    const f = descr.ob_type.tp_descr_set;
    if (f !== null) {
      Py_INCREF(descr);
      try {
        f(descr, o, value);
      } finally {
        Py_DECREF(descr);
      }
      return;
    }
  }
  if (o instanceof PyInstanceObject && hasInstanceAttrs(tp)) {
    if (!instanceSetAttr(o, name, value)) throw noAttributeToSet(o, name);
    return;
  }
  const getdict = tp.tp_getdict;
  if (getdict !== null) {
    const dict = getdict(o, value !== null);
    if (value !== null) {
      PyDict_SetItem(dict!, name, value);
      return;
    }
    if (dict !== null && PyDict_GetItem(dict, name) !== null) {
      PyDict_DelItem(dict, name);
      return;
    }
    throw noAttributeToSet(o, name);
  }
  if (descr === null) throw noAttributeToSet(o, name);
  throw PyErr_Format(
    PyExc_AttributeError,
    `'${tp.tp_name}' object attribute '${PyUnicode_AsString(name)}' is read-only`,
  );
}

/**
 * For LOAD_METHOD: look `name` up on `o` without creating a bound method
 * when the attribute is a plain method (a descriptor whose type has
 * TPFLAGS_METHOD_DESCRIPTOR, e.g. a function or method_descriptor).
 * Returns a new reference; `methodLookup.unbound` tells whether it is such
 * an unbound method (then call it with `o` prepended to the arguments).
 */
export const methodLookup = { unbound: false };

export function _PyObject_GetMethodFast(o: PyObject, name: PyObject): PyObject {
  // The flag is set after whatever the lookup runs: a __getattr__, a
  // property or a descriptor's __get__ may run Python code whose own
  // method lookups set it too.
  const tp = o.ob_type;
  if (tp.tp_getattro !== PyObject_GenericGetAttr || !PyUnicode_Check(name)) return bound(PyObject_GetAttr(o, name));
  const descr = _PyType_Lookup(tp, name);
  let f = null;
  if (descr !== null) {
    if ((descr.ob_type.tp_flags & TPFLAGS_METHOD_DESCRIPTOR) !== 0) {
      // A method; an instance attribute of the same name still wins.
      const v = instanceLookup(o, tp, name);
      if (v !== null) return bound(Py_NewRef(v));
      methodLookup.unbound = true;
      return Py_NewRef(descr);
    }
    f = descr.ob_type.tp_descr_get;
    if (f !== null && descr.ob_type.tp_descr_set !== null) {
      Py_INCREF(descr);
      let r: PyObject;
      try {
        r = f(descr, o, tp);
      } finally {
        Py_DECREF(descr);
      }
      return bound(r);
    }
  }
  const v = instanceLookup(o, tp, name);
  if (v !== null) return bound(Py_NewRef(v));
  if (f !== null) {
    Py_INCREF(descr!);
    let r: PyObject;
    try {
      r = f(descr!, o, tp);
    } finally {
      Py_DECREF(descr!);
    }
    return bound(r);
  }
  if (descr !== null) return bound(Py_NewRef(descr));
  throw noAttribute(o, name);
}

/** An attribute that is not an unbound method: `methodLookup.unbound`
 *  false, set last. */
function bound(attr: PyObject): PyObject {
  methodLookup.unbound = false;
  return attr;
}

/** The shared-API form: [callable (new ref), isUnboundMethod]. */
export function _PyObject_GetMethod(o: PyObject, name: PyObject): [PyObject, boolean] {
  const m = _PyObject_GetMethodFast(o, name);
  return [m, methodLookup.unbound];
}

// --- isinstance / issubclass ---------------------------------------------------

function checkClass(cls: PyObject, msg: string): void {
  if (!PyType_Check(cls)) throw PyErr_Format(PyExc_TypeError, msg);
}

/** object_isinstance: isinstance() with `type`'s own __instancecheck__. */
function object_isinstance(inst: PyObject, cls: PyTypeObject): boolean {
  if (PyType_IsSubtype(inst.ob_type, cls)) return true;
  // `__class__` may differ from the type (proxies); follow it when it does.
  const icls = _PyObject_LookupAttrString(inst, "__class__");
  if (icls === null) return false;
  try {
    return icls !== inst.ob_type && PyType_Check(icls) && PyType_IsSubtype(icls, cls);
  } finally {
    Py_DECREF(icls);
  }
}

/**
 * object_recursive_isinstance. Only an exact `type` is checked without
 * counting: a tuple, and the call of any other class's __instancecheck__
 * (its metaclass's, or `type`'s through a bound built-in method), count a
 * level against the recursion limit (" in __instancecheck__").
 */
export function PyObject_IsInstance(inst: PyObject, cls: PyObject): boolean {
  if (inst.ob_type === cls) return true;
  if (cls.ob_type === PyType_Type) return object_isinstance(inst, cls as PyTypeObject);
  // A union is the tuple of its members.
  if (PyUnion_Check(cls)) cls = cls.args;
  if (cls.ob_type === PyTuple_Type || PyType_IsSubtype(cls.ob_type, PyTuple_Type)) {
    Py_EnterRecursiveCall(" in __instancecheck__");
    try {
      const n = PyTuple_GET_SIZE(cls);
      for (let i = 0; i < n; i++) {
        if (PyObject_IsInstance(inst, PyTuple_GET_ITEM(cls, i))) return true;
      }
      return false;
    } finally {
      Py_LeaveRecursiveCall();
    }
  }
  const check = _PyType_LookupString(cls.ob_type, "__instancecheck__");
  if (check === null) {
    throw PyErr_Format(PyExc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  }
  Py_EnterRecursiveCall(" in __instancecheck__");
  try {
    if (check === _PyType_LookupString(PyType_Type, "__instancecheck__")) {
      // type.__instancecheck__ bound to cls: a built-in method's call.
      Py_EnterRecursiveCall(" while calling a Python object");
      try {
        return object_isinstance(inst, cls as PyTypeObject);
      } finally {
        Py_LeaveRecursiveCall();
      }
    }
    return callBoolHook(check, cls, inst);
  } finally {
    Py_LeaveRecursiveCall();
  }
}

/** object_issubclass, counting levels as PyObject_IsInstance does
 *  (" in __subclasscheck__"). */
export function PyObject_IsSubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls.ob_type === PyType_Type) {
    if (derived === cls) return true;
    checkClass(derived, "issubclass() arg 1 must be a class");
    return PyType_IsSubtype(derived as PyTypeObject, cls as PyTypeObject);
  }
  if (PyUnion_Check(cls)) cls = cls.args;
  if (cls.ob_type === PyTuple_Type || PyType_IsSubtype(cls.ob_type, PyTuple_Type)) {
    Py_EnterRecursiveCall(" in __subclasscheck__");
    try {
      const n = PyTuple_GET_SIZE(cls);
      for (let i = 0; i < n; i++) {
        if (PyObject_IsSubclass(derived, PyTuple_GET_ITEM(cls, i))) return true;
      }
      return false;
    } finally {
      Py_LeaveRecursiveCall();
    }
  }
  const check = _PyType_LookupString(cls.ob_type, "__subclasscheck__");
  if (check === null) {
    throw PyErr_Format(PyExc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }
  Py_EnterRecursiveCall(" in __subclasscheck__");
  try {
    return callBoolHook(check, cls, derived);
  } finally {
    Py_LeaveRecursiveCall();
  }
}

function callBoolHook(hook: PyObject, self: PyObject, arg: PyObject): boolean {
  const r = PyObject_Call(hook, [self, arg], null);
  try {
    return PyObject_IsTrue(r);
  } finally {
    Py_DECREF(r);
  }
}

// --- the object type's slots ---------------------------------------------------

function excess_args(args: PyObject[]): boolean {
  return args.length > 0;
}

function object_dealloc(self: PyObject): void {
  PyObject_Free(self);
}

/** object.__new__: instances of `object` itself are bare 16-byte objects;
 *  instances of Python classes are PyInstanceObjects. */
/** object_new's TypeError for a class with abstract methods. */
function abstractInstantiation(type: PyTypeObject): PyObject {
  const methods = PyObject_GetAttr(type, _Py_ID("__abstractmethods__"));
  let names: string[];
  try {
    const list = PySequence_List(methods);
    try {
      PyList_Sort(list as PyListObject, null, false);
      names = (list as PyListObject).ob_item.map((n) => (PyUnicode_Check(n) ? PyUnicode_AsString(n) : "?"));
    } finally {
      Py_DECREF(list);
    }
  } finally {
    Py_DECREF(methods);
  }
  return PyErr_Format(
    PyExc_TypeError,
    `Can't instantiate abstract class ${type.tp_name} with abstract method${names.length > 1 ? "s" : ""} ${names.join(", ")}`,
  );
}

export function object_new(type: PyTypeObject, args: PyObject[], _kwnames: PyObject | null): PyObject {
  if (excess_args(args)) {
    if (type.tp_new !== object_new) {
      throw PyErr_Format(PyExc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (type.tp_init === object_init) {
      throw PyErr_Format(PyExc_TypeError, `${typeQualName(type)}() takes no arguments`);
    }
  }
  if ((type.tp_flags & TPFLAGS_IS_ABSTRACT) !== 0) throw abstractInstantiation(type);
  if (type === PyBaseObject_Type) return new PyObject(type, 16);
  const inst = new PyInstanceObject(type);
  PyObject_GC_Track(inst);
  return inst;
}

export function object_init(self: PyObject, args: PyObject[], _kwnames: PyObject | null): void {
  if (excess_args(args)) {
    const type = self.ob_type;
    if (type.tp_init !== object_init) {
      throw PyErr_Format(PyExc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    if (type.tp_new === object_new) {
      throw PyErr_Format(
        PyExc_TypeError,
        `${typeQualName(type)}.__init__() takes exactly one argument (the instance to initialize)`,
      );
    }
  }
}

export function object_repr(self: PyObject): PyObject {
  const type = self.ob_type;
  const mod = typeModuleName(type);
  const qual = typeQualName(type);
  const prefix = mod !== null && mod !== "builtins" ? `${mod}.${qual}` : qual;
  return PyUnicode_FromString(`<${prefix} object at ${addrString(self)}>`);
}

function object_str(self: PyObject): PyObject {
  const f = self.ob_type.tp_repr;
  return f === null ? object_repr(self) : f(self);
}

export function object_hash(self: PyObject): number {
  return _Py_HashPointer(self);
}

export function object_richcompare(self: PyObject, other: PyObject, op: number): PyObject {
  if (op === Py_EQ) {
    return Py_NewRef(self === other ? Py_True : Py_NotImplemented);
  }
  if (op === Py_NE) {
    // By default __ne__ delegates to __eq__ and inverts the result.
    const eq = self.ob_type.tp_richcompare;
    if (eq === null) return Py_NewRef(Py_NotImplemented);
    const r = eq(self, other, Py_EQ);
    if (r === Py_NotImplemented) return r;
    try {
      return PyBool_FromBool(!PyObject_IsTrue(r));
    } finally {
      Py_DECREF(r);
    }
  }
  return Py_NewRef(Py_NotImplemented);
}

function object_get_class(self: PyObject): PyObject {
  return Py_NewRef(self.ob_type);
}

function object_set_class(self: PyObject, value: PyObject | null): void {
  if (value === null) throw PyErr_Format(PyExc_TypeError, "can't delete __class__ attribute");
  if (!PyType_Check(value)) {
    throw PyErr_Format(PyExc_TypeError, `__class__ must be set to a class, not '${value.ob_type.tp_name}' object`);
  }
  const oldto = self.ob_type;
  const newto = value;
  if ((oldto.tp_flags & TPFLAGS_HEAPTYPE) === 0 || (newto.tp_flags & TPFLAGS_HEAPTYPE) === 0) {
    throw PyErr_Format(
      PyExc_TypeError,
      `__class__ assignment only supported for mutable types or ModuleType subclasses`,
    );
  }
  compatible_for_assignment(oldto, newto, "__class__");
  if (!(self instanceof PyInstanceObject)) {
    // Compatible classes whose objects are not class instances: classes
    // of the same built-in base, which compatible_for_assignment refuses.
    throw PyErr_Format(
      PyExc_TypeError,
      `__class__ assignment: '${newto.tp_name}' object layout differs from '${oldto.tp_name}'`,
    );
  }
  self.switchClass(newto);
}

function object_format(self: PyObject, spec: PyObject): PyObject {
  if (!PyUnicode_Check(spec)) {
    throw PyErr_Format(PyExc_TypeError, `__format__() argument must be str, not ${spec.ob_type.tp_name}`);
  }
  if (PyUnicode_AsString(spec).length > 0) {
    throw PyErr_Format(PyExc_TypeError, `unsupported format string passed to ${self.ob_type.tp_name}.__format__`);
  }
  return PyObject_Str(self);
}

/** object.__sizeof__: the object's own bytes, without a managed dict's
 *  pre-header (which `ob_size_bytes` includes; sys.getsizeof adds it). */
function object_sizeof(self: PyObject): PyObject {
  const pre = (self.ob_type.tp_flags & TPFLAGS_MANAGED_DICT) !== 0 ? MANAGED_DICT_PREHEADER : 0;
  return PyLong_FromNumber(self.ob_size_bytes - pre);
}

/** object.__dir__: the instance's attributes plus those of its class and
 *  bases, as a list (builtins.dir sorts it). */
/** object.__dir__: a copy of the instance's `__dict__` (a new dict when
 *  it has none, or not a dict), merged with what its `__class__` reaches
 *  (merge_class_dict), then its keys. */
function object_dir(self: PyObject): PyObject {
  const own = _PyObject_LookupAttrString(self, "__dict__");
  let dict: PyObject;
  if (own === null) dict = PyDict_New();
  else {
    dict = PyDict_Check(own) ? PyDict_Copy(own) : PyDict_New();
    Py_DECREF(own);
  }
  try {
    const cls = _PyObject_LookupAttrString(self, "__class__");
    if (cls !== null) {
      try {
        merge_class_dict(dict, cls);
      } finally {
        Py_DECREF(cls);
      }
    }
    return PyDict_Keys(dict);
  } finally {
    Py_DECREF(dict);
  }
}

/** merge_class_dict: `aclass.__dict__` into `dict`, then the same for
 *  each of `aclass.__bases__`, depth first (type.__dir__ and
 *  object.__dir__). */
export function merge_class_dict(dict: PyObject, aclass: PyObject): void {
  const classdict = _PyObject_LookupAttrString(aclass, "__dict__");
  if (classdict !== null) {
    try {
      PyDict_Merge(dict, classdict, true);
    } finally {
      Py_DECREF(classdict);
    }
  }
  const bases = _PyObject_LookupAttrString(aclass, "__bases__");
  if (bases === null) return;
  try {
    const n = PyObject_Size(bases);
    for (let i = 0; i < n; i++) {
      const base = PySequence_GetItem(bases, i);
      try {
        merge_class_dict(dict, base);
      } finally {
        Py_DECREF(base);
      }
    }
  } finally {
    Py_DECREF(bases);
  }
}

function object_init_subclass(_cls: PyObject): PyObject {
  return Py_NewRef(Py_None);
}

/** object.__subclasshook__(subclass): NotImplemented, so that
 *  abc.ABCMeta.__subclasscheck__ goes on to its usual checks. */
function object_subclasshook(_cls: PyObject, _args: PyObject[]): PyObject {
  return Py_NewRef(Py_NotImplemented);
}

PyBaseObject_Type.tp_dealloc = object_dealloc;
PyBaseObject_Type.tp_new = object_new;
PyBaseObject_Type.tp_init = object_init;
PyBaseObject_Type.tp_repr = object_repr;
PyBaseObject_Type.tp_str = object_str;
PyBaseObject_Type.tp_hash = object_hash;
PyBaseObject_Type.tp_richcompare = object_richcompare;
PyBaseObject_Type.tp_getattro = PyObject_GenericGetAttr;
PyBaseObject_Type.tp_setattro = PyObject_GenericSetAttr;
PyBaseObject_Type.tp_doc =
  "The base class of the class hierarchy.\n\n" +
  "When called, it accepts no arguments and returns a new featureless\n" +
  "instance that has no instance attributes and cannot be given any.\n";
PyBaseObject_Type.tp_getset = [{ name: "__class__", get: object_get_class, set: object_set_class }];
PyBaseObject_Type.tp_methods = [
  { name: "__format__", meth: object_format, flags: METH_O },
  { name: "__sizeof__", meth: object_sizeof, flags: METH_NOARGS },
  { name: "__dir__", meth: object_dir, flags: METH_NOARGS },
  { name: "__init_subclass__", meth: object_init_subclass, flags: METH_NOARGS | METH_CLASS },
  { name: "__reduce_ex__", meth: object___reduce_ex__, flags: METH_O, doc: "Helper for pickle." },
  { name: "__reduce__", meth: object___reduce__, flags: METH_NOARGS, doc: "Helper for pickle." },
  { name: "__getstate__", meth: object___getstate__, flags: METH_NOARGS, doc: "Helper for pickle." },
  {
    name: "__subclasshook__",
    meth: object_subclasshook,
    flags: METH_CLASS | METH_FASTCALL,
    doc:
      "Abstract classes can override this to customize issubclass().\n\nThis is invoked early on by " +
      "abc.ABCMeta.__subclasscheck__().\nIt should return True, False or NotImplemented.  If it returns\n" +
      "NotImplemented, the normal algorithm is used.  Otherwise, it\noverrides the normal algorithm (and the " +
      "outcome is cached).\n",
  },
] satisfies PyMethodDef[];
