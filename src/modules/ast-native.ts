/**
 * The `_ast` module: CPython 3.11's Python/Python-ast.c, its classes and
 * their constructor; Lib/ast.py in lib/ does `from _ast import *`.
 *
 * `ast.AST` is the one native type: an ASTObject holds its instance
 * `__dict__` (`dict`, made on first use), and nothing else, as CPython's
 * AST_object. Its `__init__` is ast_type_init (positional arguments fill
 * `_fields` in order, then keyword arguments, each through setattr), its
 * `__reduce__` ast_type_reduce. Every other class (`mod`, `stmt`, `Name`,
 * `Load` ...) is made as init_types makes it, by calling
 * `type(name, (base,), {_fields, __match_args__, __module__, __doc__})`,
 * then setting `_attributes` and the None defaults of optional fields,
 * from the table src/modules/ast-classes.ts (generated from python3's
 * `_ast`). So node classes are ordinary heap types and nodes ordinary
 * GC-tracked objects with a `__dict__`, whose refcounts are CPython's.
 *
 * The classes and the shared instances the parser uses for Load, Store,
 * Add, ... (CPython's `state->Load_singleton`) are the interpreter's AST
 * state (struct ast_state), made on first use by importing `_ast` or by
 * `compile(..., PyCF_ONLY_AST)`, released by _PyAST_Fini when the
 * interpreter is cleared.
 */
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, TPFLAGS_HEAPTYPE } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import {
  newStaticType,
  PyType_Modified,
  PyType_Type,
  type PyTypeObject,
  _PyType_FromSpecInCPython,
} from "../objects/typeobject.js";
import { METH_NOARGS, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_AddObjectRef, PyModule_New } from "../objects/moduleobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_TypeError } from "../objects/exceptions.js";
import { Py_None } from "../objects/noneobject.js";
import { PyLong_FromNumber } from "../objects/longobject.js";
import { PyUnicode_AsString, PyUnicode_FromString, PyUnicode_InternFromString } from "../objects/unicodeobject.js";
import { _PyTuple_FromArraySteal, PyTuple_GET_ITEM, PyTuple_Pack, Py_EmptyTuple } from "../objects/tupleobject.js";
import { PyDict_Check, PyDict_New, PyDict_SetItem, PyDict_SetItemString } from "../objects/dictobject.js";
import { PyObject_Call } from "../objects/call.js";
import { PySequence_Contains, PySequence_GetItem, PySequence_Index, PyObject_Size } from "../objects/abstract.js";
import {
  _PyObject_LookupAttr,
  PyObject_GenericGetAttr,
  PyObject_GenericSetAttr,
  PyObject_SetAttr,
  PyObject_SetAttrString,
} from "../objects/object.js";
import { PyObject_ClearWeakRefs } from "../objects/weakrefobject.js";
import { nargsOf } from "../objects/getargs.js";
import { _Py_ID } from "../objects/identifiers.js";
import { AST_CLASSES } from "./ast-classes.js";

/** compile()'s flags that `_ast` exports (Include/cpython/compile.h). */
export const PyCF_ONLY_AST = 0x0400;
export const PyCF_TYPE_COMMENTS = 0x1000;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

// ---------------------------------------------------------------- ast.AST

/** sizeof(AST_object): the object header and the dict pointer. */
const AST_BASICSIZE = 24;

export class ASTObject extends PyGCObject {
  dict: PyObject | null;
  constructor(type: PyTypeObject) {
    super(type, type.tp_basicsize);
    this.dict = null;
  }
}

function ast_clear(self: PyObject): void {
  const a = self as ASTObject;
  const dict = a.dict;
  a.dict = null;
  Py_XDECREF(dict);
}

function ast_dealloc(self: PyObject): void {
  const a = self as ASTObject;
  PyObject_GC_UnTrack(a);
  if (a.weakreflist !== null) PyObject_ClearWeakRefs(a);
  ast_clear(a);
  PyObject_GC_Del(a);
}

/** ast_traverse: the type (a heap type in CPython) and the dict. */
function ast_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  if ((self.ob_type.tp_flags & TPFLAGS_HEAPTYPE) === 0) visit(self.ob_type);
  const dict = (self as ASTObject).dict;
  if (dict !== null) visit(dict);
}

/** PyType_GenericNew: a tracked instance with no attributes. */
function ast_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  const self = new ASTObject(type);
  PyObject_GC_Track(self);
  return self;
}

/** ast_type_init: positional arguments name `_fields` in order, keyword
 *  arguments any attribute; each is set with setattr. */
function ast_type_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const fields = _PyObject_LookupAttr(self.ob_type, _Py_ID("_fields"));
  try {
    const nargs = nargsOf(args, kwnames);
    const numfields = fields === null ? 0 : PyObject_Size(fields);
    if (numfields < nargs) {
      throw PyErr_Format(
        PyExc_TypeError,
        `${typeShortName(self.ob_type)} constructor takes at most ${numfields} positional argument${numfields === 1 ? "" : "s"}`,
      );
    }
    for (let i = 0; i < nargs; i++) {
      const name = PySequence_GetItem(fields!, i);
      try {
        PyObject_SetAttr(self, name, args[i]);
      } finally {
        Py_DECREF(name);
      }
    }
    if (kwnames === null) return;
    const nkw = args.length - nargs;
    for (let k = 0; k < nkw; k++) {
      const key = PyTuple_GET_ITEM(kwnames, k);
      if (PySequence_Contains(fields!, key)) {
        const p = PySequence_Index(fields!, key);
        if (p < nargs) {
          throw PyErr_Format(
            PyExc_TypeError,
            `${self.ob_type.tp_name} got multiple values for argument '${PyUnicode_AsString(key)}'`,
          );
        }
      }
      PyObject_SetAttr(self, key, args[nargs + k]);
    }
  } finally {
    Py_XDECREF(fields);
  }
}

/** _PyType_Name: tp_name after its last dot. */
function typeShortName(t: PyTypeObject): string {
  const dot = t.tp_name.lastIndexOf(".");
  return dot < 0 ? t.tp_name : t.tp_name.slice(dot + 1);
}

/** ast_type_reduce: (type, (), __dict__), or (type, ()) without one. */
function ast_type_reduce(self: PyObject): PyObject {
  const dict = _PyObject_LookupAttr(self, _Py_ID("__dict__"));
  if (dict !== null) return _PyTuple_FromArraySteal([Py_NewRef(self.ob_type), Py_NewRef(Py_EmptyTuple), dict]);
  return PyTuple_Pack(self.ob_type, Py_EmptyTuple);
}

function ast_getdict(self: PyObject, create: boolean): PyObject | null {
  const a = self as ASTObject;
  if (a.dict === null && create) a.dict = PyDict_New();
  return a.dict;
}

/** PyObject_GenericGetDict / PyObject_GenericSetDict. */
function ast_get_dict(self: PyObject): PyObject {
  return Py_NewRef(ast_getdict(self, true)!);
}

function ast_set_dict(self: PyObject, value: PyObject | null): void {
  if (value === null) throw PyErr_Format(PyExc_TypeError, "cannot delete __dict__");
  if (!PyDict_Check(value)) {
    throw PyErr_Format(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${value.ob_type.tp_name}'`);
  }
  const a = self as ASTObject;
  const old = a.dict;
  a.dict = Py_NewRef(value);
  Py_XDECREF(old);
}

export const AST_Type: PyTypeObject = newStaticType(
  "ast.AST",
  AST_BASICSIZE,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
  ast_dealloc,
);
_PyType_FromSpecInCPython(AST_Type);
AST_Type.tp_methods = [{ name: "__reduce__", meth: ast_type_reduce, flags: METH_NOARGS }] satisfies PyMethodDef[];
AST_Type.tp_getset = [{ name: "__dict__", get: ast_get_dict, set: ast_set_dict }];
AST_Type.tp_hasdict = true;
AST_Type.tp_getdict = ast_getdict;
AST_Type.tp_new = ast_new;
AST_Type.tp_init = ast_type_init;
AST_Type.tp_traverse = ast_traverse;
AST_Type.tp_clear = ast_clear;
AST_Type.tp_getattro = PyObject_GenericGetAttr;
AST_Type.tp_setattro = PyObject_GenericSetAttr;

// ---------------------------------------------------------------- the state

/** struct ast_state: every class by name, and the shared instance of each
 *  class without fields the parser uses (Load, Add, Eq ...). */
export interface AstState {
  types: Map<string, PyTypeObject>;
  singletons: Map<string, PyObject>;
}

let state: AstState | null = null;

/** get_ast_state: the interpreter's classes, made on first use. */
export function get_ast_state(): AstState {
  if (state === null) state = init_types();
  return state;
}

/** The state's references, for the refcount audit's roots. */
export function _PyAST_Visit(visit: (o: PyObject) => void): void {
  if (state === null) return;
  for (const [name, t] of state.types) if (name !== "AST") visit(t);
  for (const o of state.singletons.values()) visit(o);
}

/** A new run starts: a state an unfinished run left belongs to that run's
 *  heap, and is forgotten with it. */
export function _PyAST_BeginRun(): void {
  state = null;
}

/** _PyAST_Fini: drop the state's references (interpreter_clear). */
export function _PyAST_Fini(): void {
  const s = state;
  state = null;
  if (s === null) return;
  for (const o of s.singletons.values()) Py_DECREF(o);
  for (const [name, t] of s.types) if (name !== "AST") Py_DECREF(t);
}

function strTuple(names: readonly string[]): PyObject {
  if (names.length === 0) return Py_NewRef(Py_EmptyTuple);
  return _PyTuple_FromArraySteal(names.map((n) => PyUnicode_InternFromString(n)));
}

/** add_ast_fields: AST's own empty `_fields`, `__match_args__` and
 *  `_attributes`. AST is a static type here, readied once per process, so
 *  its dict is filled at start-up, with the process's identifier strings
 *  (called by interpreterInit). */
export function _PyAST_InitTypes(): void {
  const dict = AST_Type.tp_dict!;
  PyDict_SetItem(dict, _Py_ID("_fields"), Py_EmptyTuple);
  PyDict_SetItem(dict, _Py_ID("__match_args__"), Py_EmptyTuple);
  PyDict_SetItem(dict, _Py_ID("_attributes"), Py_EmptyTuple);
  PyType_Modified(AST_Type);
}

/** make_type: type(name, (base,), {_fields, __match_args__, __module__, __doc__}). */
function make_type(name: string, base: PyTypeObject, fields: readonly string[], doc: string | null): PyTypeObject {
  const fnames = strTuple(fields);
  const dict = PyDict_New();
  const nameObj = PyUnicode_FromString(name);
  const bases = PyTuple_Pack(base);
  try {
    PyDict_SetItemString(dict, "_fields", fnames);
    PyDict_SetItemString(dict, "__match_args__", fnames);
    const module = PyUnicode_InternFromString("ast");
    PyDict_SetItemString(dict, "__module__", module);
    Py_DECREF(module);
    const docObj = doc === null ? Py_NewRef(Py_None) : PyUnicode_FromString(doc);
    PyDict_SetItemString(dict, "__doc__", docObj);
    Py_DECREF(docObj);
    return PyObject_Call(PyType_Type, [nameObj, bases, dict], null) as PyTypeObject;
  } finally {
    Py_DECREF(fnames);
    Py_DECREF(dict);
    Py_DECREF(nameObj);
    Py_DECREF(bases);
  }
}

function init_types(): AstState {
  const types = new Map<string, PyTypeObject>();
  const singletons = new Map<string, PyObject>();
  types.set("AST", AST_Type);
  for (const spec of AST_CLASSES) {
    if (spec.base === null) continue;
    const t = make_type(spec.name, types.get(spec.base)!, spec.fields, spec.doc);
    types.set(spec.name, t);
    if (spec.attributes !== null) {
      const attrs = strTuple(spec.attributes);
      try {
        PyObject_SetAttrString(t, "_attributes", attrs);
      } finally {
        Py_DECREF(attrs);
      }
    }
    for (const n of spec.nones) PyObject_SetAttrString(t, n, Py_None);
    if (spec.singleton) singletons.set(spec.name, ast_new(t, [], null));
  }
  return { types, singletons };
}

// ---------------------------------------------------------------- the module

export function PyInit__ast(): PyObject {
  const st = get_ast_state();
  const m = PyModule_New("_ast");
  PyModule_AddObjectRef(m, "AST", AST_Type);
  for (const [name, value] of [
    ["PyCF_ALLOW_TOP_LEVEL_AWAIT", PyCF_ALLOW_TOP_LEVEL_AWAIT],
    ["PyCF_ONLY_AST", PyCF_ONLY_AST],
    ["PyCF_TYPE_COMMENTS", PyCF_TYPE_COMMENTS],
  ] as const) {
    const v = PyLong_FromNumber(value);
    PyModule_AddObjectRef(m, name, v);
    Py_DECREF(v);
  }
  for (const [name, t] of st.types) if (name !== "AST") PyModule_AddObjectRef(m, name, t);
  return m;
}

/** `isinstance(o, ast.<name>)` for the state's class `name`. */
export function astTypeOf(name: string): PyTypeObject {
  return get_ast_state().types.get(name)!;
}
