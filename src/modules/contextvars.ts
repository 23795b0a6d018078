/**
 * The `_contextvars` module (CPython 3.11's Python/context.c and the
 * mapping it is built on, Python/hamt.c): `ContextVar`, `Token`,
 * `Context` and `copy_context()`. Lib/contextvars.py re-exports them.
 *
 * A context maps context variables to values through an immutable
 * mapping, CPython's `hamt` object: setting a variable makes a new
 * mapping and leaves the old one to the contexts (copies) still sharing
 * it. Here a hamt holds its entries in a JS Map keyed by the variable
 * object and owns one reference to each key and value, as CPython's
 * single bitmap node does for the mappings programs build (up to 16
 * variables): copying a context shares the hamt (one more reference to
 * the hamt, none to the values), setting a variable copies the entries
 * (one more reference to each). Iteration follows insertion order where
 * CPython's follows the variables' address-based hashes.
 *
 * The current context is the thread state's `context` (owned), made on
 * first use; `Context.run()` enters a context for the call, linking the
 * one it replaces in `ctx_prev` (borrowed while entered, as CPython's).
 *
 * GC as CPython's: contexts, hamts and tokens are tracked from creation;
 * a ContextVar only when its name or default may be part of a cycle; the
 * hamt iterators (the `keys`, `values` and `items` types) are GC types
 * left untracked. Sizes are CPython 3.11's structs.
 */
import { PyGCObject, PyObject, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { makeStatic, newStaticType, PyType_Modified, type PyTypeObject } from "../objects/typeobject.js";
import {
  METH_CLASS,
  METH_FASTCALL,
  METH_KEYWORDS,
  METH_NOARGS,
  METH_O,
  type PyMethodDef,
} from "../objects/methoddef.js";
import {
  _PyArg_CheckPositional,
  _PyArg_UnpackKeywords,
  newArgParser,
  nonStaticParser,
  nkw,
} from "../objects/getargs.js";
import { PyModule_AddFunctions, PyModule_AddObjectRef, PyModule_New } from "../objects/moduleobject.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyBool_FromBool } from "../objects/longobject.js";
import { _PyObject_GC_MAY_BE_TRACKED, _PyTuple_FromArraySteal } from "../objects/tupleobject.js";
import { Py_None, Py_NotImplemented } from "../objects/noneobject.js";
import { PyErr_Format, PyErr_SetObject } from "../objects/errors.js";
import {
  PyExc_KeyError,
  PyExc_LookupError,
  PyExc_RuntimeError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.js";
import { PyObject_Call } from "../objects/call.js";
import { PyObject_Hash, PyObject_Repr, PyObject_RichCompareBool } from "../objects/abstract.js";
import { PyObject_HashNotImplemented } from "../objects/typeslots.js";
import { Py_GenericAlias } from "../objects/genericaliasobject.js";
import { PyObject_ClearWeakRefs } from "../objects/weakrefobject.js";
import { PyDict_GetItemString, PyDict_SetItem } from "../objects/dictobject.js";
import { _Py_HashPointer, addrString } from "../objects/object.js";
import { tstate } from "../objects/pystate.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";

// ---------------------------------------------------------------- hamt

/** sizeof(PyHamtObject): h_root, h_weakreflist, h_count. */
const HAMT_BASICSIZE = 40;
/** sizeof(PyHamtIterator). */
const HAMTITER_BASICSIZE = 168;

export class HamtObject extends PyGCObject {
  /** The entries, each key and value owned. Never changed once shared. */
  h_map: Map<PyObject, PyObject>;
  constructor(map: Map<PyObject, PyObject>) {
    super(PyHamt_Type, HAMT_BASICSIZE);
    this.h_map = map;
    PyObject_GC_Track(this);
  }
}

function hamt_clear_map(h: HamtObject): void {
  const map = h.h_map;
  h.h_map = new Map();
  for (const [k, v] of map) {
    Py_DECREF(k);
    Py_DECREF(v);
  }
}

function hamt_dealloc(self: PyObject): void {
  const h = self as HamtObject;
  PyObject_GC_UnTrack(h);
  if (h.weakreflist !== null) PyObject_ClearWeakRefs(h);
  hamt_clear_map(h);
  PyObject_GC_Del(h);
}

function hamt_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  for (const [k, v] of (self as HamtObject).h_map) {
    visit(k);
    visit(v);
  }
}

function hamt_tp_clear(self: PyObject): void {
  hamt_clear_map(self as HamtObject);
}

export const PyHamt_Type: PyTypeObject = newStaticType("hamt", HAMT_BASICSIZE, TPFLAGS_HAVE_GC, hamt_dealloc);
PyHamt_Type.tp_traverse = hamt_traverse;
PyHamt_Type.tp_clear = hamt_tp_clear;
PyHamt_Type.tp_hash = PyObject_HashNotImplemented;
PyHamt_Type.tp_weakrefable = true;

function _PyHamt_New(): HamtObject {
  return new HamtObject(new Map());
}

/** _PyHamt_Assoc: a new hamt with `key` mapped to `val`. */
function _PyHamt_Assoc(h: HamtObject, key: PyObject, val: PyObject): HamtObject {
  if (h.h_map.get(key) === val) return Py_NewRef(h);
  const map = new Map<PyObject, PyObject>();
  for (const [k, v] of h.h_map) {
    Py_INCREF(k);
    Py_INCREF(v);
    map.set(k, v);
  }
  const old = map.get(key);
  if (old !== undefined) {
    map.set(key, Py_NewRef(val));
    Py_DECREF(old);
  } else {
    map.set(Py_NewRef(key), Py_NewRef(val));
  }
  return new HamtObject(map);
}

/** _PyHamt_Without: a new hamt without `key`, or `h` itself (a new
 *  reference) when the key is not there. */
function _PyHamt_Without(h: HamtObject, key: PyObject): HamtObject {
  if (!h.h_map.has(key)) return Py_NewRef(h);
  const map = new Map<PyObject, PyObject>();
  for (const [k, v] of h.h_map) {
    if (k === key) continue;
    Py_INCREF(k);
    Py_INCREF(v);
    map.set(k, v);
  }
  return new HamtObject(map);
}

/** _PyHamt_Eq: same keys, values equal (`==`, which may call Python). */
function _PyHamt_Eq(a: HamtObject, b: HamtObject): boolean {
  if (a === b) return true;
  if (a.h_map.size !== b.h_map.size) return false;
  for (const [k, v] of a.h_map) {
    const w = b.h_map.get(k);
    if (w === undefined) return false;
    Py_INCREF(v);
    Py_INCREF(w);
    try {
      if (!PyObject_RichCompareBool(v, w, Py_EQ)) return false;
    } finally {
      Py_DECREF(v);
      Py_DECREF(w);
    }
  }
  return true;
}

// ---------------------------------------------------------------- hamt iterators

const ITER_KEYS = 0;
const ITER_VALUES = 1;
const ITER_ITEMS = 2;

export class HamtIterObject extends PyGCObject {
  hi_obj: HamtObject | null;
  /** The entries as they were (the hamt never changes). */
  entries: [PyObject, PyObject][];
  pos: number;
  kind: number;
  constructor(type: PyTypeObject, h: HamtObject, kind: number) {
    super(type, HAMTITER_BASICSIZE);
    this.hi_obj = Py_NewRef(h);
    this.entries = [...h.h_map];
    this.pos = 0;
    this.kind = kind;
  }
}

function hamt_iter_dealloc(self: PyObject): void {
  const it = self as HamtIterObject;
  PyObject_GC_UnTrack(it);
  const h = it.hi_obj;
  it.hi_obj = null;
  it.entries = [];
  if (h !== null) Py_DECREF(h);
  PyObject_GC_Del(it);
}

function hamt_iter_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const h = (self as HamtIterObject).hi_obj;
  if (h !== null) visit(h);
}

function hamt_iter_clear(self: PyObject): void {
  const it = self as HamtIterObject;
  const h = it.hi_obj;
  it.hi_obj = null;
  it.entries = [];
  if (h !== null) Py_DECREF(h);
}

function hamt_iter_next(self: PyObject): PyObject | null {
  const it = self as HamtIterObject;
  if (it.hi_obj === null || it.pos >= it.entries.length) return null;
  const [k, v] = it.entries[it.pos++];
  if (it.kind === ITER_KEYS) return Py_NewRef(k);
  if (it.kind === ITER_VALUES) return Py_NewRef(v);
  return _PyTuple_FromArraySteal([Py_NewRef(k), Py_NewRef(v)]);
}

function hamt_iter_len(self: PyObject): number {
  const h = (self as HamtIterObject).hi_obj;
  return h === null ? 0 : h.h_map.size;
}

function self_iter(self: PyObject): PyObject {
  return Py_NewRef(self);
}

function hamtIterType(name: string): PyTypeObject {
  const t = newStaticType(name, HAMTITER_BASICSIZE, TPFLAGS_HAVE_GC, hamt_iter_dealloc);
  t.tp_traverse = hamt_iter_traverse;
  t.tp_clear = hamt_iter_clear;
  t.tp_iter = self_iter;
  t.tp_iternext = hamt_iter_next;
  t.mp_length = hamt_iter_len;
  return t;
}

export const PyHamtKeys_Type = hamtIterType("keys");
export const PyHamtValues_Type = hamtIterType("values");
export const PyHamtItems_Type = hamtIterType("items");

function hamtIter(h: HamtObject, kind: number): PyObject {
  const t = kind === ITER_KEYS ? PyHamtKeys_Type : kind === ITER_VALUES ? PyHamtValues_Type : PyHamtItems_Type;
  return new HamtIterObject(t, h, kind);
}

// ---------------------------------------------------------------- Context

/** sizeof(PyContext): ctx_prev, ctx_vars, ctx_weakreflist, ctx_entered. */
const CONTEXT_BASICSIZE = 48;

export class PyContext extends PyGCObject {
  /** The context this one replaced while entered (owned, as CPython's
   *  Py_SETREF on exit hands the thread state's reference back). */
  ctx_prev: PyContext | null;
  ctx_vars: HamtObject | null;
  ctx_entered: boolean;
  constructor(vars: HamtObject) {
    super(PyContext_Type, CONTEXT_BASICSIZE);
    this.ctx_prev = null;
    this.ctx_vars = vars;
    this.ctx_entered = false;
    PyObject_GC_Track(this);
  }
}

function vars(ctx: PyContext): HamtObject {
  return ctx.ctx_vars!;
}

function context_tp_clear(self: PyObject): void {
  const ctx = self as PyContext;
  const prev = ctx.ctx_prev;
  ctx.ctx_prev = null;
  if (prev !== null) Py_DECREF(prev);
  const v = ctx.ctx_vars;
  ctx.ctx_vars = null;
  if (v !== null) Py_DECREF(v);
}

function context_tp_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const ctx = self as PyContext;
  if (ctx.ctx_prev !== null) visit(ctx.ctx_prev);
  if (ctx.ctx_vars !== null) visit(ctx.ctx_vars);
}

function context_tp_dealloc(self: PyObject): void {
  const ctx = self as PyContext;
  PyObject_GC_UnTrack(ctx);
  if (ctx.weakreflist !== null) PyObject_ClearWeakRefs(ctx);
  context_tp_clear(ctx);
  PyObject_GC_Del(ctx);
}

export const PyContext_Type: PyTypeObject = newStaticType(
  "_contextvars.Context",
  CONTEXT_BASICSIZE,
  TPFLAGS_HAVE_GC,
  context_tp_dealloc,
);
PyContext_Type.tp_weakrefable = true;

function PyContext_CheckExact(o: PyObject): o is PyContext {
  return o.ob_type === PyContext_Type;
}

function context_new_empty(): PyContext {
  return new PyContext(_PyHamt_New());
}

function context_new_from_vars(v: HamtObject): PyContext {
  return new PyContext(Py_NewRef(v));
}

/** context_get: the thread's current context (borrowed), made on first use. */
function context_get(): PyContext {
  let ctx = tstate.context as PyContext | null;
  if (ctx === null) {
    ctx = context_new_empty();
    tstate.context = ctx;
  }
  return ctx;
}

/** PyContext_CopyCurrent. */
export function PyContext_CopyCurrent(): PyObject {
  return context_new_from_vars(vars(context_get()));
}

function _PyContext_Enter(ctx: PyContext): void {
  if (ctx.ctx_entered) {
    throw PyErr_Format(PyExc_RuntimeError, `cannot enter context: ${reprString(ctx)} is already entered`);
  }
  ctx.ctx_prev = tstate.context as PyContext | null;
  ctx.ctx_entered = true;
  tstate.context = Py_NewRef(ctx);
}

function _PyContext_Exit(ctx: PyContext): void {
  if (!ctx.ctx_entered) {
    throw PyErr_Format(PyExc_RuntimeError, `cannot exit context: ${reprString(ctx)} has not been entered`);
  }
  if (tstate.context !== ctx) {
    throw PyErr_Format(PyExc_RuntimeError, "cannot exit context: thread state references a different context object");
  }
  tstate.context = ctx.ctx_prev;
  ctx.ctx_prev = null;
  ctx.ctx_entered = false;
  Py_DECREF(ctx);
}

function reprString(o: PyObject): string {
  const r = PyObject_Repr(o);
  const s = PyUnicode_AsString(r);
  Py_DECREF(r);
  return s;
}

function context_check_key_type(key: PyObject): void {
  if (key.ob_type !== PyContextVar_Type) {
    throw PyErr_Format(PyExc_TypeError, `a ContextVar key was expected, got ${reprString(key)}`);
  }
}

function context_tp_new(_type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (args.length > 0 || kwnames !== null) {
    throw PyErr_Format(PyExc_TypeError, "Context() does not accept any arguments");
  }
  return context_new_empty();
}

function context_tp_iter(self: PyObject): PyObject {
  return hamtIter(vars(self as PyContext), ITER_KEYS);
}

function context_tp_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!PyContext_CheckExact(v) || !PyContext_CheckExact(w) || (op !== Py_EQ && op !== Py_NE)) {
    return Py_NewRef(Py_NotImplemented);
  }
  let res = _PyHamt_Eq(vars(v), vars(w));
  if (op === Py_NE) res = !res;
  return PyBool_FromBool(res);
}

function context_tp_len(self: PyObject): number {
  return vars(self as PyContext).h_map.size;
}

function context_tp_subscript(self: PyObject, key: PyObject): PyObject {
  context_check_key_type(key);
  const val = vars(self as PyContext).h_map.get(key);
  if (val === undefined) throw PyErr_SetObject(PyExc_KeyError, key);
  return Py_NewRef(val);
}

function context_tp_contains(self: PyObject, key: PyObject): boolean {
  context_check_key_type(key);
  return vars(self as PyContext).h_map.has(key);
}

function context_get_method(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("get", args.length, 1, 2);
  const key = args[0];
  context_check_key_type(key);
  const val = vars(self as PyContext).h_map.get(key);
  if (val === undefined) return Py_NewRef(args.length > 1 ? args[1] : Py_None);
  return Py_NewRef(val);
}

function context_items(self: PyObject): PyObject {
  return hamtIter(vars(self as PyContext), ITER_ITEMS);
}

function context_keys(self: PyObject): PyObject {
  return hamtIter(vars(self as PyContext), ITER_KEYS);
}

function context_values(self: PyObject): PyObject {
  return hamtIter(vars(self as PyContext), ITER_VALUES);
}

function context_copy(self: PyObject): PyObject {
  return context_new_from_vars(vars(self as PyContext));
}

function context_run(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (args.length - nkw(kwnames) < 1) {
    throw PyErr_Format(PyExc_TypeError, "run() missing 1 required positional argument");
  }
  const ctx = self as PyContext;
  _PyContext_Enter(ctx);
  let result: PyObject;
  try {
    result = PyObject_Call(args[0], args.slice(1), kwnames);
  } catch (e) {
    _PyContext_Exit(ctx);
    throw e;
  }
  try {
    _PyContext_Exit(ctx);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

PyContext_Type.tp_methods = [
  {
    name: "get",
    meth: context_get_method,
    flags: METH_FASTCALL,
    doc: "get($self, key, default=None, /)\n--\n\nReturn the value for `key` if `key` has the value in the context object.\n\nIf `key` does not exist, return `default`. If `default` is not given,\nreturn None.",
  },
  {
    name: "items",
    meth: context_items,
    flags: METH_NOARGS,
    doc: "items($self, /)\n--\n\nReturn all variables and their values in the context object.\n\nThe result is returned as a list of 2-tuples (variable, value).",
  },
  {
    name: "keys",
    meth: context_keys,
    flags: METH_NOARGS,
    doc: "keys($self, /)\n--\n\nReturn a list of all variables in the context object.",
  },
  {
    name: "values",
    meth: context_values,
    flags: METH_NOARGS,
    doc: "values($self, /)\n--\n\nReturn a list of all variables' values in the context object.",
  },
  {
    name: "copy",
    meth: context_copy,
    flags: METH_NOARGS,
    doc: "copy($self, /)\n--\n\nReturn a shallow copy of the context object.",
  },
  { name: "run", meth: context_run, flags: METH_FASTCALL | METH_KEYWORDS },
];
PyContext_Type.tp_traverse = context_tp_traverse;
PyContext_Type.tp_clear = context_tp_clear;
PyContext_Type.tp_new = context_tp_new;
PyContext_Type.tp_iter = context_tp_iter;
PyContext_Type.tp_richcompare = context_tp_richcompare;
PyContext_Type.tp_hash = PyObject_HashNotImplemented;
PyContext_Type.mp_length = context_tp_len;
PyContext_Type.mp_subscript = context_tp_subscript;
PyContext_Type.sq_contains = context_tp_contains;

// ---------------------------------------------------------------- ContextVar

/** sizeof(PyContextVar): name, default, cached, cached_tsid, cached_tsver, hash. */
const CONTEXTVAR_BASICSIZE = 64;

export class PyContextVar extends PyGCObject {
  var_name: PyObject | null;
  var_default: PyObject | null;
  var_hash: number;
  constructor(name: PyObject, def: PyObject | null) {
    super(PyContextVar_Type, CONTEXTVAR_BASICSIZE);
    this.var_name = Py_NewRef(name);
    this.var_default = def === null ? null : Py_NewRef(def);
    this.var_hash = 0;
  }
}

function contextvar_tp_clear(self: PyObject): void {
  const v = self as PyContextVar;
  const name = v.var_name;
  const def = v.var_default;
  v.var_name = null;
  v.var_default = null;
  Py_XDECREF(name);
  Py_XDECREF(def);
}

function contextvar_tp_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const v = self as PyContextVar;
  if (v.var_name !== null) visit(v.var_name);
  if (v.var_default !== null) visit(v.var_default);
}

function contextvar_tp_dealloc(self: PyObject): void {
  const v = self as PyContextVar;
  PyObject_GC_UnTrack(v);
  contextvar_tp_clear(v);
  PyObject_GC_Del(v);
}

export const PyContextVar_Type: PyTypeObject = newStaticType(
  "_contextvars.ContextVar",
  CONTEXTVAR_BASICSIZE,
  TPFLAGS_HAVE_GC,
  contextvar_tp_dealloc,
);

/** contextvar_generate_hash: the name's hash XOR the address's, kept to
 *  the 53 bits hashes have here. */
function contextvar_generate_hash(v: PyObject, name: PyObject): number {
  const nameHash = PyObject_Hash(name);
  const x = BigInt.asIntN(53, BigInt(_Py_HashPointer(v)) ^ BigInt(nameHash));
  const res = Number(x);
  return res === -1 ? -2 : res;
}

function contextvar_new(name: PyObject, def: PyObject | null): PyContextVar {
  if (!PyUnicode_Check(name)) throw PyErr_Format(PyExc_TypeError, "context variable name must be a str");
  const v = new PyContextVar(name, def);
  try {
    v.var_hash = contextvar_generate_hash(v, name);
  } catch (e) {
    Py_DECREF(v);
    throw e;
  }
  if (_PyObject_GC_MAY_BE_TRACKED(name) || (def !== null && _PyObject_GC_MAY_BE_TRACKED(def))) {
    PyObject_GC_Track(v);
  }
  return v;
}

const contextvarNewParser = nonStaticParser(newArgParser("ContextVar", ["", "default"], 1, 1, 1));

function contextvar_tp_new(_type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [name, def] = _PyArg_UnpackKeywords(args, kwnames, contextvarNewParser, [null, null]);
  return contextvar_new(name!, def);
}

function contextvar_tp_hash(self: PyObject): number {
  return (self as PyContextVar).var_hash;
}

function contextvar_tp_repr(self: PyObject): PyObject {
  const v = self as PyContextVar;
  let s = `<ContextVar name=${reprString(v.var_name!)}`;
  if (v.var_default !== null) s += ` default=${reprString(v.var_default)}`;
  return PyUnicode_FromString(`${s} at ${addrString(v)}>`);
}

/** PyContextVar_Get: the value in the current context, else `def`, else
 *  the variable's default (a new reference), or null. */
function PyContextVar_Get(v: PyContextVar, def: PyObject | null): PyObject | null {
  const ctx = tstate.context as PyContext | null;
  if (ctx !== null) {
    const found = vars(ctx).h_map.get(v);
    if (found !== undefined) return Py_NewRef(found);
  }
  if (def !== null) return Py_NewRef(def);
  if (v.var_default !== null) return Py_NewRef(v.var_default);
  return null;
}

function contextvar_set(v: PyContextVar, val: PyObject): void {
  const ctx = context_get();
  const newVars = _PyHamt_Assoc(vars(ctx), v, val);
  const old = ctx.ctx_vars;
  ctx.ctx_vars = newVars;
  Py_XDECREF(old);
}

function contextvar_del(v: PyContextVar): void {
  const ctx = context_get();
  const old = vars(ctx);
  const newVars = _PyHamt_Without(old, v);
  if (newVars === old) {
    Py_DECREF(newVars);
    throw PyErr_SetObject(PyExc_LookupError, v);
  }
  ctx.ctx_vars = newVars;
  Py_DECREF(old);
}

function contextvar_get(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("get", args.length, 0, 1);
  const val = PyContextVar_Get(self as PyContextVar, args.length > 0 ? args[0] : null);
  if (val === null) throw PyErr_SetObject(PyExc_LookupError, self);
  return val;
}

function contextvar_set_method(self: PyObject, value: PyObject): PyObject {
  const v = self as PyContextVar;
  const ctx = context_get();
  const old = vars(ctx).h_map.get(v) ?? null;
  const tok = new PyContextToken(ctx, v, old);
  try {
    contextvar_set(v, value);
  } catch (e) {
    Py_DECREF(tok);
    throw e;
  }
  return tok;
}

function contextvar_reset(self: PyObject, token: PyObject): PyObject {
  if (token.ob_type !== PyContextToken_Type) {
    throw PyErr_Format(PyExc_TypeError, `expected an instance of Token, got ${reprString(token)}`);
  }
  const tok = token as PyContextToken;
  if (tok.tok_used) throw PyErr_Format(PyExc_RuntimeError, `${reprString(tok)} has already been used once`);
  if (self !== tok.tok_var) {
    throw PyErr_Format(PyExc_ValueError, `${reprString(tok)} was created by a different ContextVar`);
  }
  if (context_get() !== tok.tok_ctx) {
    throw PyErr_Format(PyExc_ValueError, `${reprString(tok)} was created in a different Context`);
  }
  tok.tok_used = true;
  if (tok.tok_oldval === null) contextvar_del(self as PyContextVar);
  else contextvar_set(self as PyContextVar, tok.tok_oldval);
  return Py_NewRef(Py_None);
}

PyContextVar_Type.tp_methods = [
  {
    name: "get",
    meth: contextvar_get,
    flags: METH_FASTCALL,
    doc: "get($self, default=<unrepresentable>, /)\n--\n\nReturn a value for the context variable for the current context.\n\nIf there is no value for the variable in the current context, the method will:\n * return the value of the default argument of the method, if provided; or\n * return the default value for the context variable, if it was created\n   with one; or\n * raise a LookupError.",
  },
  {
    name: "set",
    meth: contextvar_set_method,
    flags: METH_O,
    doc: "set($self, value, /)\n--\n\nCall to set a new value for the context variable in the current context.\n\nThe required value argument is the new value for the context variable.\n\nReturns a Token object that can be used to restore the variable to its previous\nvalue via the `ContextVar.reset()` method.",
  },
  {
    name: "reset",
    meth: contextvar_reset,
    flags: METH_O,
    doc: "reset($self, token, /)\n--\n\nReset the context variable.\n\nThe variable is reset to the value it had before the `ContextVar.set()` that\ncreated the token was used.",
  },
  { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS, doc: "See PEP 585" },
];
PyContextVar_Type.tp_members = [
  { name: "name", get: (self: PyObject) => (self as PyContextVar).var_name, set: null, noneIfNull: true },
];
PyContextVar_Type.tp_traverse = contextvar_tp_traverse;
PyContextVar_Type.tp_clear = contextvar_tp_clear;
PyContextVar_Type.tp_new = contextvar_tp_new;
PyContextVar_Type.tp_hash = contextvar_tp_hash;
PyContextVar_Type.tp_repr = contextvar_tp_repr;

// ---------------------------------------------------------------- Token

/** sizeof(PyContextToken): ctx, var, oldval, used. */
const TOKEN_BASICSIZE = 48;

export class PyContextToken extends PyGCObject {
  tok_ctx: PyContext | null;
  tok_var: PyContextVar | null;
  tok_oldval: PyObject | null;
  tok_used: boolean;
  constructor(ctx: PyContext, v: PyContextVar, oldval: PyObject | null) {
    super(PyContextToken_Type, TOKEN_BASICSIZE);
    this.tok_ctx = Py_NewRef(ctx);
    this.tok_var = Py_NewRef(v);
    this.tok_oldval = oldval === null ? null : Py_NewRef(oldval);
    this.tok_used = false;
    PyObject_GC_Track(this);
  }
}

function token_tp_clear(self: PyObject): void {
  const t = self as PyContextToken;
  const ctx = t.tok_ctx;
  const v = t.tok_var;
  const old = t.tok_oldval;
  t.tok_ctx = null;
  t.tok_var = null;
  t.tok_oldval = null;
  Py_XDECREF(ctx);
  Py_XDECREF(v);
  Py_XDECREF(old);
}

function token_tp_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const t = self as PyContextToken;
  if (t.tok_ctx !== null) visit(t.tok_ctx);
  if (t.tok_var !== null) visit(t.tok_var);
  if (t.tok_oldval !== null) visit(t.tok_oldval);
}

function token_tp_dealloc(self: PyObject): void {
  const t = self as PyContextToken;
  PyObject_GC_UnTrack(t);
  token_tp_clear(t);
  PyObject_GC_Del(t);
}

export const PyContextToken_Type: PyTypeObject = newStaticType(
  "_contextvars.Token",
  TOKEN_BASICSIZE,
  TPFLAGS_HAVE_GC,
  token_tp_dealloc,
);

function token_tp_new(_type: PyTypeObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  throw PyErr_Format(PyExc_RuntimeError, "Tokens can only be created by ContextVars");
}

function token_tp_repr(self: PyObject): PyObject {
  const t = self as PyContextToken;
  const used = t.tok_used ? " used" : "";
  const v = t.tok_var === null ? "NULL" : reprString(t.tok_var);
  return PyUnicode_FromString(`<Token${used} var=${v} at ${addrString(t)}>`);
}

// Token.MISSING: the one instance of the static type `Token.MISSING`.
function missing_dealloc(self: PyObject): void {
  throw new Error(`refpy internal error: deallocating ${self.ob_type.tp_name} singleton`);
}

export const PyContextTokenMissing_Type: PyTypeObject = newStaticType("Token.MISSING", 16, 0, missing_dealloc);
PyContextTokenMissing_Type.tp_repr = (_self: PyObject) => PyUnicode_FromString("<Token.MISSING>");
const Py_TokenMissing: PyObject = makeStatic(new PyObject(PyContextTokenMissing_Type, 16));

PyContextToken_Type.tp_getset = [
  { name: "var", get: (self: PyObject) => Py_NewRef((self as PyContextToken).tok_var!), set: null },
  {
    name: "old_value",
    get: (self: PyObject) => Py_NewRef((self as PyContextToken).tok_oldval ?? Py_TokenMissing),
    set: null,
  },
];
PyContextToken_Type.tp_methods = [
  { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS, doc: "See PEP 585" },
];
PyContextToken_Type.tp_traverse = token_tp_traverse;
PyContextToken_Type.tp_clear = token_tp_clear;
PyContextToken_Type.tp_new = token_tp_new;
PyContextToken_Type.tp_hash = PyObject_HashNotImplemented;
PyContextToken_Type.tp_repr = token_tp_repr;

// ---------------------------------------------------------------- the module

function contextvars_copy_context(_m: PyObject): PyObject {
  return PyContext_CopyCurrent();
}

const functions: PyMethodDef[] = [
  {
    name: "copy_context",
    meth: contextvars_copy_context,
    flags: METH_NOARGS,
    doc: "copy_context($module, /)\n--\n\n",
  },
];

export function PyInit__contextvars(): PyObject {
  const m = PyModule_New("_contextvars");
  PyModule_AddFunctions(m, functions);
  PyModule_AddObjectRef(m, "Context", PyContext_Type);
  PyModule_AddObjectRef(m, "ContextVar", PyContextVar_Type);
  PyModule_AddObjectRef(m, "Token", PyContextToken_Type);
  // get_token_missing: the class attribute Token.MISSING, set once per
  // process, its key a static string as the type's other names are.
  if (PyDict_GetItemString(PyContextToken_Type.tp_dict!, "MISSING") === null) {
    const key = makeStatic(PyUnicode_FromString("MISSING"));
    PyDict_SetItem(PyContextToken_Type.tp_dict!, key, Py_TokenMissing);
    PyType_Modified(PyContextToken_Type);
  }
  return m;
}

/** PyThreadState_Clear's part: drop the thread's current context. */
export function _PyContext_ClearThreadState(): void {
  const ctx = tstate.context;
  tstate.context = null;
  if (ctx !== null) Py_DECREF(ctx);
}
