/**
 * Function objects (CPython's Objects/funcobject.c): a code object plus
 * what MAKE_FUNCTION bound at definition time — globals, defaults,
 * keyword-only defaults, closure cells, annotations — and the
 * function's own attribute dict.
 *
 * Calling: `tp_call` runs the code in a fresh frame through the eval loop
 * (`_PyFunction_Vectorcall` in call.ts). The eval loop's CALL does not
 * go through here for Python functions: it pushes the callee's frame and
 * continues in the same loop.
 *
 * Reference ownership (3.11 func_clear / func_dealloc order): the function
 * owns func_code, func_globals, func_builtins, func_name, func_qualname,
 * func_module, func_defaults, func_kwdefaults, func_doc, func_dict,
 * func_closure, func_annotations. Dealloc clears weakrefs, then releases
 * globals, builtins, module, defaults, kwdefaults, doc, dict, closure,
 * annotations (func_clear's order), then code, name, qualname.
 */
import { PyGCObject, type PyObject, TPFLAGS_HAVE_GC, TPFLAGS_METHOD_DESCRIPTOR } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType } from "./typeobject.js";
import { PyCode_Type, type PyCodeObject } from "./codeobject.js";
import { PyUnicode_Check, PyUnicode_FromString, PyUnicode_AsString } from "./unicodeobject.js";
import { Py_None } from "./noneobject.js";
import { PyTuple_GET_ITEM, PyTuple_GET_SIZE, PyTuple_Type } from "./tupleobject.js";
import { PyDict_GetItem, PyDict_New, PyDict_SetItem, PyDict_Type } from "./dictobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_TypeError, PyExc_SystemError, PyExc_ValueError } from "./exceptions.js";
import { PyMethod_New } from "./classobject.js";
import { _PyFunction_Vectorcall } from "./call.js";
import { PyObject_ClearWeakRefs } from "./weakrefobject.js";
import { _Py_ID } from "./identifiers.js";
import { interp, tstate } from "./pystate.js";
import { PySys_AuditAttr } from "./sysaudit.js";
import { PyModule_GetDict, PyModule_Type } from "./moduleobject.js";

/** CPython 3.11: sizeof(PyFunctionObject) = 136 (152 with the GC header). */
const FUNC_SIZE = 136;

export class PyFunctionObject extends PyGCObject {
  func_globals: PyObject | null;
  func_builtins: PyObject | null;
  func_name: PyObject;
  func_qualname: PyObject;
  func_code: PyCodeObject;
  func_defaults: PyObject | null;
  func_kwdefaults: PyObject | null;
  func_closure: PyObject | null;
  func_doc: PyObject | null;
  func_dict: PyObject | null;
  func_module: PyObject | null;
  func_annotations: PyObject | null;

  constructor(code: PyCodeObject, globals: PyObject, builtins: PyObject, module: PyObject | null, doc: PyObject) {
    super(PyFunction_Type, FUNC_SIZE);
    this.func_globals = globals;
    this.func_builtins = builtins;
    this.func_name = code.co_name;
    this.func_qualname = code.co_qualname;
    this.func_code = code;
    this.func_defaults = null;
    this.func_kwdefaults = null;
    this.func_closure = null;
    this.func_doc = doc;
    this.func_dict = null;
    this.func_module = module;
    this.func_annotations = null;
  }
}

function func_clear(self: PyObject): void {
  const op = self as PyFunctionObject;
  const globals = op.func_globals;
  op.func_globals = null;
  Py_XDECREF(globals);
  const builtins = op.func_builtins;
  op.func_builtins = null;
  Py_XDECREF(builtins);
  const module = op.func_module;
  op.func_module = null;
  Py_XDECREF(module);
  const defaults = op.func_defaults;
  op.func_defaults = null;
  Py_XDECREF(defaults);
  const kwdefaults = op.func_kwdefaults;
  op.func_kwdefaults = null;
  Py_XDECREF(kwdefaults);
  const doc = op.func_doc;
  op.func_doc = null;
  Py_XDECREF(doc);
  const dict = op.func_dict;
  op.func_dict = null;
  Py_XDECREF(dict);
  const closure = op.func_closure;
  op.func_closure = null;
  Py_XDECREF(closure);
  const ann = op.func_annotations;
  op.func_annotations = null;
  Py_XDECREF(ann);
}

function func_dealloc(self: PyObject): void {
  const op = self as PyFunctionObject;
  PyObject_GC_UnTrack(op);
  if (op.weakreflist !== null) PyObject_ClearWeakRefs(op);
  func_clear(op);
  Py_DECREF(op.func_code);
  Py_DECREF(op.func_name);
  Py_DECREF(op.func_qualname);
  PyObject_GC_Del(op);
}

function func_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const op = self as PyFunctionObject;
  visit(op.func_code);
  if (op.func_globals !== null) visit(op.func_globals);
  if (op.func_builtins !== null) visit(op.func_builtins);
  if (op.func_module !== null) visit(op.func_module);
  if (op.func_defaults !== null) visit(op.func_defaults);
  if (op.func_kwdefaults !== null) visit(op.func_kwdefaults);
  if (op.func_doc !== null) visit(op.func_doc);
  visit(op.func_name);
  if (op.func_dict !== null) visit(op.func_dict);
  if (op.func_closure !== null) visit(op.func_closure);
  if (op.func_annotations !== null) visit(op.func_annotations);
  visit(op.func_qualname);
}

export const PyFunction_Type = newStaticType(
  "function",
  FUNC_SIZE,
  TPFLAGS_HAVE_GC | TPFLAGS_METHOD_DESCRIPTOR,
  func_dealloc,
);
PyFunction_Type.tp_traverse = func_traverse;
PyFunction_Type.tp_clear = func_clear;
PyFunction_Type.tp_hasdict = true;
PyFunction_Type.tp_getdict = (self, create) => {
  const op = self as PyFunctionObject;
  if (op.func_dict === null && create) op.func_dict = PyDict_New();
  return op.func_dict;
};
PyFunction_Type.tp_weakrefable = true;
PyFunction_Type.tp_call = (callable, args, kwnames) =>
  _PyFunction_Vectorcall(callable as PyFunctionObject, args, kwnames);
PyFunction_Type.tp_descr_get = (func, obj, _type) => {
  if (obj === null || obj === Py_None) return Py_NewRef(func);
  return PyMethod_New(func, obj);
};
PyFunction_Type.tp_repr = (self) => {
  const op = self as PyFunctionObject;
  return PyUnicode_FromString(`<function ${PyUnicode_AsString(op.func_qualname)} at 0x${op.ob_addr.toString(16)}>`);
};

/** The builtins dict for code running with `globals` (borrowed):
 *  `globals['__builtins__']` (a module or a dict), else the interpreter's. */
function _PyEval_GetBuiltinsDict(globals: PyObject): PyObject {
  const b = PyDict_GetItem(globals, _Py_ID("__builtins__"));
  if (b !== null) {
    if (b.ob_type === PyModule_Type) return PyModule_GetDict(b);
    if (b.ob_type === PyDict_Type) return b;
  }
  if (tstate.builtins === null) throw PyErr_Format(PyExc_SystemError, "no builtins");
  return tstate.builtins;
}

/**
 * PyFunction_New: a new function for `code` (borrowed) with `globals`
 * (borrowed). `__doc__` is the code's first constant when it is a str;
 * `__module__` is `globals['__name__']`.
 */
export function PyFunction_New(code: PyCodeObject, globals: PyObject): PyFunctionObject {
  Py_INCREF(code);
  Py_INCREF(code.co_name);
  Py_INCREF(code.co_qualname);
  Py_INCREF(globals);
  const builtins = _PyEval_GetBuiltinsDict(globals);
  Py_INCREF(builtins);
  const consts = code.co_consts;
  let doc: PyObject = Py_None;
  if (consts.length >= 1 && PyUnicode_Check(consts[0])) doc = consts[0];
  Py_INCREF(doc);
  const module = PyDict_GetItem(globals, _Py_ID("__name__"));
  if (module !== null) Py_INCREF(module);
  const op = new PyFunctionObject(code, globals, builtins, module, doc);
  PyObject_GC_Track(op);
  return op;
}

export function PyFunction_Check(op: PyObject): op is PyFunctionObject {
  return op.ob_type === PyFunction_Type;
}

function fn(s: PyObject): PyFunctionObject {
  return s as PyFunctionObject;
}

function orNone(o: PyObject | null): PyObject {
  return Py_NewRef(o ?? Py_None);
}

function setStr(s: PyObject, value: PyObject | null, attr: "func_name" | "func_qualname", what: string): void {
  if (value === null || !PyUnicode_Check(value)) {
    throw PyErr_Format(PyExc_TypeError, `__${what}__ must be set to a string object`);
  }
  const op = fn(s);
  const old = op[attr];
  Py_INCREF(value);
  op[attr] = value;
  Py_DECREF(old);
}

function setOptional(
  s: PyObject,
  value: PyObject | null,
  attr: "func_defaults" | "func_kwdefaults" | "func_doc" | "func_module" | "func_annotations",
  check: ((v: PyObject) => boolean) | null,
  msg: string,
): void {
  if (value === Py_None && attr !== "func_doc" && attr !== "func_module") value = null;
  if (value !== null && check !== null && !check(value)) throw PyErr_Format(PyExc_TypeError, msg);
  if (interp.audit_hooks !== null && (attr === "func_defaults" || attr === "func_kwdefaults")) {
    const name = attr === "func_defaults" ? "__defaults__" : "__kwdefaults__";
    if (value !== null) PySys_AuditAttr("object.__setattr__", s, name, value);
    else PySys_AuditAttr("object.__delattr__", s, name, null);
  }
  const op = fn(s);
  const old = op[attr];
  if (value !== null) Py_INCREF(value);
  op[attr] = value;
  Py_XDECREF(old);
}

PyFunction_Type.tp_getset = [
  {
    name: "__code__",
    get: (s) => {
      if (interp.audit_hooks !== null) PySys_AuditAttr("object.__getattr__", s, "__code__", null);
      return Py_NewRef(fn(s).func_code);
    },
    // func_set_code: a code object with as many free variables as the
    // function has cells in its closure.
    set: (s, v) => {
      const op = fn(s);
      if (v === null || v.ob_type !== PyCode_Type) {
        throw PyErr_Format(PyExc_TypeError, "__code__ must be set to a code object");
      }
      const nfree = (v as PyCodeObject).co_nfreevars;
      const nclosure = op.func_closure === null ? 0 : PyTuple_GET_SIZE(op.func_closure);
      if (nclosure !== nfree) {
        throw PyErr_Format(
          PyExc_ValueError,
          `${PyUnicode_AsString(op.func_name)}() requires a code object with ${nclosure} free vars, not ${nfree}`,
        );
      }
      const old = op.func_code;
      op.func_code = Py_NewRef(v) as PyCodeObject;
      Py_DECREF(old);
    },
  },
  {
    name: "__defaults__",
    get: (s) => orNone(fn(s).func_defaults),
    set: (s, v) =>
      setOptional(
        s,
        v,
        "func_defaults",
        (x) => x.ob_type === PyTuple_Type,
        "__defaults__ must be set to a tuple object",
      ),
  },
  {
    name: "__kwdefaults__",
    get: (s) => orNone(fn(s).func_kwdefaults),
    set: (s, v) =>
      setOptional(
        s,
        v,
        "func_kwdefaults",
        (x) => x.ob_type === PyDict_Type,
        "__kwdefaults__ must be set to a dict object",
      ),
  },
  {
    name: "__annotations__",
    get: (s) => {
      const op = fn(s);
      if (op.func_annotations === null) {
        op.func_annotations = PyDict_New();
      } else if (op.func_annotations.ob_type === PyTuple_Type) {
        // MAKE_FUNCTION stores 3.11's (name, value, name, value, …) tuple;
        // the first read turns it into the dict (func_get_annotations).
        const pairs = op.func_annotations;
        const d = PyDict_New();
        for (let i = 0; i + 1 < PyTuple_GET_SIZE(pairs); i += 2) {
          PyDict_SetItem(d, PyTuple_GET_ITEM(pairs, i), PyTuple_GET_ITEM(pairs, i + 1));
        }
        op.func_annotations = d;
        Py_DECREF(pairs);
      }
      return Py_NewRef(op.func_annotations);
    },
    set: (s, v) =>
      setOptional(
        s,
        v,
        "func_annotations",
        (x) => x.ob_type === PyDict_Type,
        "__annotations__ must be set to a dict object",
      ),
  },
  { name: "__closure__", get: (s) => orNone(fn(s).func_closure), set: null },
  { name: "__globals__", get: (s) => orNone(fn(s).func_globals), set: null },
  { name: "__builtins__", get: (s) => orNone(fn(s).func_builtins), set: null },
  { name: "__name__", get: (s) => Py_NewRef(fn(s).func_name), set: (s, v) => setStr(s, v, "func_name", "name") },
  {
    name: "__qualname__",
    get: (s) => Py_NewRef(fn(s).func_qualname),
    set: (s, v) => setStr(s, v, "func_qualname", "qualname"),
  },
  {
    name: "__doc__",
    get: (s) => orNone(fn(s).func_doc),
    set: (s, v) => setOptional(s, v ?? Py_None, "func_doc", null, ""),
  },
  {
    name: "__module__",
    get: (s) => orNone(fn(s).func_module),
    set: (s, v) => setOptional(s, v ?? Py_None, "func_module", null, ""),
  },
  {
    name: "__dict__",
    get: (s) => {
      const op = fn(s);
      if (op.func_dict === null) op.func_dict = PyDict_New();
      return Py_NewRef(op.func_dict);
    },
    set: (s, v) => {
      if (v === null) throw PyErr_Format(PyExc_TypeError, "cannot delete __dict__");
      if (v.ob_type !== PyDict_Type) {
        throw PyErr_Format(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
      }
      const op = fn(s);
      const old = op.func_dict;
      Py_INCREF(v);
      op.func_dict = v;
      Py_XDECREF(old);
    },
  },
];

/** Number of free variables a function's code expects (for checks). */
export function closureSize(op: PyFunctionObject): number {
  return op.func_closure === null ? 0 : PyTuple_GET_SIZE(op.func_closure);
}
