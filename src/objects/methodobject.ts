/**
 * Built-in functions and bound built-in methods: CPython's
 * Objects/methodobject.c, the `builtin_function_or_method` type.
 *
 * A PyCFunctionObject pairs a method declaration (`m_ml`, a PyMethodDef
 * from methoddef.ts) with the object it is bound to (`m_self`: the module
 * for module functions, the instance for a method taken from an object,
 * the type for class methods; null when unbound). `m_module` is the module
 * name (a str) for module functions. Both are owned references.
 *
 * Calls dispatch on `m_ml.flags` (methoddef.ts lists the conventions) and
 * do the NOARGS / O / no-keyword checks with CPython's messages
 * (`len() takes exactly one argument (2 given)`, `list.clear() takes no
 * arguments (1 given)`, `len() takes no keyword arguments`).
 */
import { PyGCObject, type PyObject, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF, Py_XINCREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType, PyType_Check, type PyTypeObject } from "./typeobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import {
  METH_FASTCALL,
  METH_KEYWORDS,
  METH_NOARGS,
  METH_O,
  type PyCFunctionFast,
  type PyCFunctionNoArgs,
  type PyCFunctionO,
  type PyMethodDef,
} from "./methoddef.js";
import { PyExc_TypeError } from "./exceptions.js";
import { PyErr_Format } from "./errors.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "./unicodeobject.js";
import { PyTuple_GET_SIZE, _PyTuple_FromArray, _PyTuple_FromArraySteal } from "./tupleobject.js";
import { _PyEval_GetBuiltin } from "./iterreduce.js";
import { Py_None, Py_NotImplemented } from "./noneobject.js";
import { PyBool_FromBool } from "./longobject.js";
import { PyObject_Hash } from "./abstract.js";
import { addrString, typeQualName } from "./object.js";
import { Py_EnterRecursiveCall, Py_LeaveRecursiveCall, _PyCall_TakePacked, _PyStack_AsDict } from "./call.js";
import { PyModule_Check, PyModule_GetNameString } from "./moduleobject.js";
import { builtinDoc, docFromInternalDoc, textSignatureFromInternalDoc } from "./docsig.js";

/** sizeof(PyCFunctionObject) in CPython 3.11 (PyCMethodObject: 64). */
const CFUNCTION_SIZE = 56;

export class PyCFunctionObject extends PyGCObject {
  m_ml: PyMethodDef;
  m_self: PyObject | null;
  m_module: PyObject | null;

  constructor(ml: PyMethodDef, self: PyObject | null, module: PyObject | null) {
    super(PyCFunction_Type, CFUNCTION_SIZE);
    this.m_ml = ml;
    this.m_self = self;
    this.m_module = module;
  }
}

function cfunction_dealloc(op: PyObject): void {
  const f = op as PyCFunctionObject;
  PyObject_GC_UnTrack(f);
  const self = f.m_self;
  const mod = f.m_module;
  f.m_self = null;
  f.m_module = null;
  Py_XDECREF(self);
  Py_XDECREF(mod);
  PyObject_GC_Del(f);
}

function cfunction_traverse(op: PyObject, visit: (o: PyObject) => void): void {
  const f = op as PyCFunctionObject;
  if (f.m_self !== null) visit(f.m_self);
  if (f.m_module !== null) visit(f.m_module);
}

export const PyCFunction_Type: PyTypeObject = newStaticType(
  "builtin_function_or_method",
  CFUNCTION_SIZE,
  TPFLAGS_HAVE_GC,
  cfunction_dealloc,
);

/** A built-in function bound to `self` (null for none), new reference. */
export function PyCFunction_NewEx(ml: PyMethodDef, self: PyObject | null, module: PyObject | null): PyObject {
  // A module's function made outside PyModule_AddFunctions (with its own
  // self) takes CPython's docstring too.
  if (ml.doc === undefined && module !== null && PyUnicode_Check(module)) {
    ml.doc = builtinDoc(PyUnicode_AsString(module), ml.name) ?? null;
  }
  Py_XINCREF(self);
  Py_XINCREF(module);
  const f = new PyCFunctionObject(ml, self, module);
  PyObject_GC_Track(f);
  return f;
}

/** The shared-API short form: a function from a name, a METH_FASTCALL |
 *  METH_KEYWORDS implementation and an optional self. */
export function PyCFunction_New(name: string, fn: PyCFunctionFast, self: PyObject | null): PyObject {
  return PyCFunction_NewEx({ name, meth: fn, flags: METH_FASTCALL | METH_KEYWORDS }, self, null);
}

export function PyCFunction_Check(op: PyObject): op is PyCFunctionObject {
  return op.ob_type === PyCFunction_Type;
}

/** Is `self` a real bound object (not a module and not absent)? */
function isMethod(f: PyCFunctionObject): boolean {
  return f.m_self !== null && !PyModule_Check(f.m_self);
}

/** `__qualname__`: "len", or "list.append" for methods. */
export function cfunctionQualName(f: PyCFunctionObject): string {
  if (!isMethod(f)) return f.m_ml.name;
  const self = f.m_self!;
  const t = PyType_Check(self) ? self : self.ob_type;
  return `${typeQualName(t)}.${f.m_ml.name}`;
}

/**
 * Call a method declaration with `self` and vectorcall arguments
 * `args[offset..]` (offset is 1 when args[0] is the self of an unbound
 * method-descriptor call). Messages name the function as
 * cfunctionQualName does, from `nameOwner`: null or the builtins module
 * for a plain function ("len"), another module for one of its functions
 * ("math.sqrt"), a type or an instance for a method ("list.append");
 * the name is only built when a message needs it.
 */
export function callMethodDef(
  ml: PyMethodDef,
  nameOwner: PyObject | null,
  self: PyObject,
  args: PyObject[],
  offset: number,
  kwnames: PyObject | null,
  counted = true,
): PyObject {
  if (!counted) return callMethodDefUncounted(ml, nameOwner, self, args, offset, kwnames);
  // cfunction_enter_call / method_enter_call: every call of a built-in
  // function or method descriptor through its vectorcall counts a level;
  // only the eval loop's specialized calls skip it (see ceval's CALL).
  Py_EnterRecursiveCall(" while calling a Python object");
  try {
    return callMethodDefUncounted(ml, nameOwner, self, args, offset, kwnames);
  } finally {
    Py_LeaveRecursiveCall();
  }
}

function callMethodDefUncounted(
  ml: PyMethodDef,
  nameOwner: PyObject | null,
  self: PyObject,
  args: PyObject[],
  offset: number,
  kwnames: PyObject | null,
): PyObject {
  if (ml.varargs === true && ml.packsArgs !== true) return callVarargs(ml, nameOwner, self, args, offset, kwnames);
  return dispatch(ml, nameOwner, self, args, offset, kwnames);
}

/** A METH_VARARGS call (cfunction_call after _PyObject_MakeTpCall, or
 *  method_vectorcall_VARARGS[_KEYWORDS]): the positional arguments packed
 *  into a tuple (the empty tuple when there are none) and the keyword
 *  arguments into a dict, both held while the call runs and released in
 *  that order. They are allocations the collector counts, and the tuple
 *  holds a reference to each argument. */
function callVarargs(
  ml: PyMethodDef,
  nameOwner: PyObject | null,
  self: PyObject,
  args: PyObject[],
  offset: number,
  kwnames: PyObject | null,
): PyObject {
  // Called with a tuple and a dict already (cfunction_call): those.
  if (offset === 0 && _PyCall_TakePacked() !== null) return dispatch(ml, nameOwner, self, args, offset, kwnames);
  const nkw = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
  const end = args.length - nkw;
  const argstuple = _PyTuple_FromArray(offset === 0 && nkw === 0 ? args : args.slice(offset, end));
  let kwdict: PyObject | null = null;
  try {
    if (nkw > 0) kwdict = _PyStack_AsDict(args, end, kwnames!);
    return dispatch(ml, nameOwner, self, args, offset, kwnames);
  } finally {
    Py_DECREF(argstuple);
    if (kwdict !== null) Py_DECREF(kwdict);
  }
}

function dispatch(
  ml: PyMethodDef,
  nameOwner: PyObject | null,
  self: PyObject,
  args: PyObject[],
  offset: number,
  kwnames: PyObject | null,
): PyObject {
  const flags = ml.flags & (METH_NOARGS | METH_O | METH_FASTCALL | METH_KEYWORDS);
  if (flags === METH_O) {
    if (kwnames !== null && PyTuple_GET_SIZE(kwnames) > 0) {
      throw PyErr_Format(PyExc_TypeError, `${callName(ml, nameOwner)}() takes no keyword arguments`);
    }
    if (args.length - offset !== 1) {
      throw PyErr_Format(
        PyExc_TypeError,
        `${callName(ml, nameOwner)}() takes exactly one argument (${args.length - offset} given)`,
      );
    }
    return (ml.meth as PyCFunctionO)(self, args[offset]);
  }
  if (flags === METH_NOARGS) {
    if (kwnames !== null && PyTuple_GET_SIZE(kwnames) > 0) {
      throw PyErr_Format(PyExc_TypeError, `${callName(ml, nameOwner)}() takes no keyword arguments`);
    }
    if (args.length - offset !== 0) {
      throw PyErr_Format(
        PyExc_TypeError,
        `${callName(ml, nameOwner)}() takes no arguments (${args.length - offset} given)`,
      );
    }
    return (ml.meth as PyCFunctionNoArgs)(self);
  }
  const rest = offset === 0 ? args : args.slice(offset);
  if (flags === METH_FASTCALL) {
    if (kwnames !== null && PyTuple_GET_SIZE(kwnames) > 0) {
      throw PyErr_Format(PyExc_TypeError, `${callName(ml, nameOwner)}() takes no keyword arguments`);
    }
    return (ml.meth as PyCFunctionFast)(self, rest, null);
  }
  return (ml.meth as PyCFunctionFast)(self, rest, kwnames);
}

/** The name callMethodDef's messages use (see there): CPython's
 *  _PyObject_FunctionStr, which prefixes a module function's name with its
 *  module's unless that is `builtins` ("math.sqrt", "len"). */
function callName(ml: PyMethodDef, nameOwner: PyObject | null): string {
  if (nameOwner === null) return ml.name;
  if (PyModule_Check(nameOwner)) {
    // _PyObject_FunctionStr: "math.sqrt", but "len" for the builtins.
    const module = PyModule_GetNameString(nameOwner);
    return module === "builtins" ? ml.name : `${module}.${ml.name}`;
  }
  const t = PyType_Check(nameOwner) ? nameOwner : nameOwner.ob_type;
  return `${typeQualName(t)}.${ml.name}`;
}

function cfunction_call(callable: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const f = callable as PyCFunctionObject;
  return callMethodDef(f.m_ml, f.m_self, f.m_self ?? Py_None, args, 0, kwnames);
}

/** A call of a built-in function without the level its vectorcall counts
 *  (the eval loop's specialized PRECALL_BUILTIN_FAST and the like). */
export function _PyCFunction_CallUncounted(callable: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const f = callable as PyCFunctionObject;
  return callMethodDef(f.m_ml, f.m_self, f.m_self ?? Py_None, args, 0, kwnames, false);
}

function cfunction_repr(op: PyObject): PyObject {
  const f = op as PyCFunctionObject;
  if (!isMethod(f)) return PyUnicode_FromString(`<built-in function ${f.m_ml.name}>`);
  const self = f.m_self!;
  return PyUnicode_FromString(
    `<built-in method ${f.m_ml.name} of ${self.ob_type.tp_name} object at ${addrString(self)}>`,
  );
}

function cfunction_hash(op: PyObject): number {
  const f = op as PyCFunctionObject;
  const x = f.m_self === null ? 0 : PyObject_Hash(f.m_self);
  let h = (x ^ (methodDefId(f.m_ml) * 1000003)) | 0;
  if (h === -1) h = -2;
  return h;
}

const defIds = new WeakMap<PyMethodDef, number>();
let nextDefId = 1;
function methodDefId(ml: PyMethodDef): number {
  let id = defIds.get(ml);
  if (id === undefined) {
    id = nextDefId++;
    defIds.set(ml, id);
  }
  return id;
}

function cfunction_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if ((op !== Py_EQ && op !== Py_NE) || b.ob_type !== PyCFunction_Type) return Py_NewRef(Py_NotImplemented);
  const fa = a as PyCFunctionObject;
  const fb = b as PyCFunctionObject;
  const eq = fa.m_ml === fb.m_ml && fa.m_self === fb.m_self;
  return PyBool_FromBool(op === Py_EQ ? eq : !eq);
}

function cf_get_name(op: PyObject): PyObject {
  return PyUnicode_FromString((op as PyCFunctionObject).m_ml.name);
}
function cf_get_qualname(op: PyObject): PyObject {
  return PyUnicode_FromString(cfunctionQualName(op as PyCFunctionObject));
}
function cf_get_self(op: PyObject): PyObject {
  const f = op as PyCFunctionObject;
  return Py_NewRef(f.m_self ?? Py_None);
}
function cf_get_module(op: PyObject): PyObject {
  const f = op as PyCFunctionObject;
  if (f.m_module !== null) return Py_NewRef(f.m_module);
  if (f.m_self !== null && PyModule_Check(f.m_self)) return PyUnicode_FromString(PyModule_GetNameString(f.m_self));
  return Py_NewRef(Py_None);
}
/** meth_get__doc__ / meth_get__text_signature__: cut from the docstring. */
function cf_get_doc(op: PyObject): PyObject {
  const ml = (op as PyCFunctionObject).m_ml;
  const doc = docFromInternalDoc(ml.name, ml.doc);
  return doc === null ? Py_NewRef(Py_None) : PyUnicode_FromString(doc);
}
function cf_get_text_signature(op: PyObject): PyObject {
  const ml = (op as PyCFunctionObject).m_ml;
  const sig = textSignatureFromInternalDoc(ml.name, ml.doc);
  return sig === null ? Py_NewRef(Py_None) : PyUnicode_FromString(sig);
}

PyCFunction_Type.tp_call = cfunction_call;
PyCFunction_Type.tp_repr = cfunction_repr;
PyCFunction_Type.tp_hash = cfunction_hash;
PyCFunction_Type.tp_richcompare = cfunction_richcompare;
PyCFunction_Type.tp_traverse = cfunction_traverse;
/** __reduce__ (meth_reduce): a module's function (or one without self)
 *  is saved as its name, a bound one as getattr(self, name). */
function meth_reduce(self: PyObject): PyObject {
  const m = self as PyCFunctionObject;
  if (m.m_self === null || PyModule_Check(m.m_self)) return PyUnicode_FromString(m.m_ml.name);
  return _PyTuple_FromArraySteal([
    _PyEval_GetBuiltin("getattr"),
    _PyTuple_FromArraySteal([Py_NewRef(m.m_self), PyUnicode_FromString(m.m_ml.name)]),
  ]);
}

PyCFunction_Type.tp_methods = [{ name: "__reduce__", meth: meth_reduce, flags: METH_NOARGS }];
PyCFunction_Type.tp_getset = [
  { name: "__name__", get: cf_get_name, set: null },
  { name: "__qualname__", get: cf_get_qualname, set: null },
  { name: "__self__", get: cf_get_self, set: null },
  { name: "__module__", get: cf_get_module, set: null },
  { name: "__doc__", get: cf_get_doc, set: null },
  { name: "__text_signature__", get: cf_get_text_signature, set: null },
];
