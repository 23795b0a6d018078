/**
 * Calling objects (CPython's Objects/call.c) and binding arguments to a
 * Python function's parameters (initialize_locals in Python/ceval.c).
 *
 * Every call uses the vectorcall layout: `args` holds the positional
 * arguments followed by the values of the keyword arguments named in
 * `kwnames` (a tuple of str, or null). `args` is borrowed; the result is a
 * new reference. Errors are thrown Python exceptions.
 *
 * Python functions are run by the eval loop (`_PyFunction_Vectorcall` binds
 * the arguments into a new frame and runs it through `_PyEval_EvalFrame`,
 * which calls the evaluator start-up installed in `interp.eval_frame`:
 * this layer never imports the loop); everything else goes through its
 * type's `tp_call`. As in CPython 3.11,
 * objects without a vectorcall entry (instances of classes with
 * `__call__`, and classes themselves) count one extra level against the
 * recursion limit (`_PyObject_MakeTpCall`'s " while calling a Python
 * object").
 */
import { PyObject, TPFLAGS_BASE_EXC_SUBCLASS, TPFLAGS_HEAPTYPE } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_TypeError } from "./exceptions.js";
import { PyFunction_Type, type PyFunctionObject } from "./funcobject.js";
import type { PyCodeObject } from "./codeobject.js";
import { CO_VARARGS, CO_VARKEYWORDS, CO_OPTIMIZED } from "../bytecode/code.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_InternFromString } from "./unicodeobject.js";
import { PyTuple_GET_ITEM, PyTuple_GET_SIZE, _PyTuple_FromArray } from "./tupleobject.js";
import { PyDict_GetItem, PyDict_New, PyDict_SetItem } from "./dictobject.js";
import { PyObject_Repr, PyObject_RichCompareBool } from "./abstract.js";
import { PyType_Type, PyTypeObject } from "./typeobject.js";
import { PyMethodWrapper_Type, PyWrapperDescr_Type } from "./descrobject.js";
import { Py_EQ } from "../bytecode/opcodes.js";
import { PyObject_GetAttrString, _PyObject_GetMethodFast, methodLookup, typeQualName } from "./object.js";
import { type InterpFrame, _PyFrame_Clear, _PyFrame_New } from "./frameobject.js";
import { PyExc_RecursionError } from "./exceptions.js";
import { PyOS_CheckStack, interp, tstate } from "./pystate.js";

/** `callable(*args)` with keyword values after the positionals (vectorcall
 *  layout). New reference. */
export function PyObject_Call(callable: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const tp = callable.ob_type;
  if (tp === PyFunction_Type) return _PyFunction_Vectorcall(callable as PyFunctionObject, args, kwnames);
  const call = tp.tp_call;
  if (call === null) {
    throw PyErr_Format(PyExc_TypeError, `'${tp.tp_name}' object is not callable`);
  }
  // Objects without a vectorcall entry in 3.11 go through
  // _PyObject_MakeTpCall, which counts a recursion level: instances of
  // classes with __call__, slot wrappers, and classes themselves except
  // the few built-in ones with a vectorcall of their own.
  if (_PyObject_MakeTpCallCounts(callable, args, kwnames)) {
    // An exception class keeps CPython's argument tuple as its `args`:
    // refpy's BaseException_new makes that tuple itself.
    if (callable instanceof PyTypeObject && (callable.tp_flags & TPFLAGS_BASE_EXC_SUBCLASS) !== 0) {
      Py_EnterRecursiveCall(" while calling a Python object");
      try {
        return call(callable, args, kwnames);
      } finally {
        Py_LeaveRecursiveCall();
      }
    }
    return _PyObject_MakeTpCall(callable, call, args, kwnames);
  }
  return call(callable, args, kwnames);
}

/** _PyObject_MakeTpCall: CPython packs the positional arguments into a
 *  tuple and the keyword arguments into a dict for `tp_call`, and holds
 *  them until it returns. refpy's `tp_call` takes the vectorcall layout,
 *  but the tuple and the dict are made all the same: they are counted by
 *  the collector as allocations, and the tuple holds a reference to each
 *  argument while the call runs (`sys.getrefcount` in `__init__`). */
function _PyObject_MakeTpCall(
  callable: PyObject,
  call: NonNullable<PyTypeObject["tp_call"]>,
  args: PyObject[],
  kwnames: PyObject | null,
): PyObject {
  if (_PyCall_TakePacked() !== null) {
    // Called with a tuple and a dict already (PyObject_Call): tp_call
    // gets those.
    Py_EnterRecursiveCall(" while calling a Python object");
    try {
      return call(callable, args, kwnames);
    } finally {
      Py_LeaveRecursiveCall();
    }
  }
  const nkw = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
  const nargs = args.length - nkw;
  const argstuple = _PyTuple_FromArray(nargs === args.length ? args : args.slice(0, nargs));
  let kwdict: PyObject | null = null;
  try {
    if (nkw > 0) kwdict = _PyStack_AsDict(args, nargs, kwnames!);
    Py_EnterRecursiveCall(" while calling a Python object");
    try {
      return call(callable, args, kwnames);
    } finally {
      Py_LeaveRecursiveCall();
    }
  } finally {
    Py_DECREF(argstuple);
    if (kwdict !== null) Py_DECREF(kwdict);
  }
}

/**
 * A call made with the arguments as a tuple and a dict already
 * (PyObject_Call(func, callargs, kwdict): CALL_FUNCTION_EX's
 * do_call_core). A callable CPython calls through tp_call (no vectorcall:
 * a class written in Python, an instance with `__call__`, a METH_VARARGS
 * built-in) gets that tuple and dict, where a vectorcall would pack new
 * ones: the caller sets `packed` when its callee takes that path, and the
 * packing step of the callee takes it (_PyCall_TakePacked) instead of
 * allocating. Only the outermost packing takes it: it is cleared as soon
 * as it is read.
 */
export interface PackedArgs {
  /** The positional arguments' tuple (borrowed). */
  readonly args: PyObject;
  /** The keyword arguments' dict (borrowed), or null. */
  readonly kwargs: PyObject | null;
}
let packed: PackedArgs | null = null;
export function _PyCall_SetPacked(args: PyObject, kwargs: PyObject | null): void {
  packed = { args, kwargs };
}
export function _PyCall_TakePacked(): PackedArgs | null {
  const p = packed;
  packed = null;
  return p;
}

/** Does a call of `callable` with a tuple and a dict (PyObject_Call) hand
 *  them to tp_call unchanged in CPython 3.11 (see _PyCall_SetPacked)? */
export function _PyCall_TakesPacked(callable: PyObject, nargs: number): boolean {
  if (callable.ob_type === PyFunction_Type) return false;
  if (callable instanceof PyTypeObject) {
    if ((callable.tp_flags & TPFLAGS_BASE_EXC_SUBCLASS) !== 0) return false;
    // type(name, bases, dict) goes through type_vectorcall, which packs.
    return callable !== PyType_Type && makeTpCallCounts(callable, nargs);
  }
  return makeTpCallCounts(callable, nargs);
}

/** _PyStack_AsDict: the keyword arguments of a vectorcall (the values
 *  from `args[nargs]` on, named by `kwnames`) as a new dict. */
export function _PyStack_AsDict(args: PyObject[], nargs: number, kwnames: PyObject): PyObject {
  const kwdict = PyDict_New();
  try {
    const nkw = PyTuple_GET_SIZE(kwnames);
    for (let i = 0; i < nkw; i++) PyDict_SetItem(kwdict, PyTuple_GET_ITEM(kwnames, i), args[nargs + i]);
  } catch (e) {
    Py_DECREF(kwdict);
    throw e;
  }
  return kwdict;
}

/** Does calling `callable` (not a Python function) go through
 *  _PyObject_MakeTpCall in CPython 3.11, counting a recursion level?
 *  `type` itself has a vectorcall only for `type(x)`: type_vectorcall
 *  hands every other call (a class made by `type(name, bases, dict)` or
 *  a class statement) to _PyObject_MakeTpCall. */
export function _PyObject_MakeTpCallCounts(callable: PyObject, args: PyObject[], kwnames: PyObject | null): boolean {
  return makeTpCallCounts(callable, args.length - (kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames)));
}
function makeTpCallCounts(callable: PyObject, nargs: number): boolean {
  const tp = callable.ob_type;
  if ((tp.tp_flags & TPFLAGS_HEAPTYPE) !== 0) return true;
  if (callable instanceof PyTypeObject) {
    if (callable === PyType_Type) return nargs !== 1;
    return !callable.tp_vectorcall;
  }
  return tp === PyWrapperDescr_Type || tp === PyMethodWrapper_Type;
}

/** Alias with CPython's vectorcall name. */
export const PyObject_Vectorcall = PyObject_Call;

const NOARGS: PyObject[] = [];

export function PyObject_CallNoArgs(callable: PyObject): PyObject {
  return PyObject_Call(callable, NOARGS, null);
}

export function PyObject_CallOneArg(callable: PyObject, arg: PyObject): PyObject {
  return PyObject_Call(callable, [arg], null);
}

export function PyObject_CallFunctionObjArgs(callable: PyObject, ...args: PyObject[]): PyObject {
  return PyObject_Call(callable, args, null);
}

/** `o.name(*args)`: looks the method up as LOAD_METHOD does (no bound
 *  method object is made for a plain method). New reference. */
export function PyObject_CallMethod(o: PyObject, name: string, ...args: PyObject[]): PyObject {
  const nameObj = PyUnicode_InternFromString(name);
  try {
    return PyObject_CallMethodObjArgs(o, nameObj, args);
  } finally {
    Py_DECREF(nameObj);
  }
}

/** `o.<name>(*args)` with `name` a str object. */
export function PyObject_CallMethodObjArgs(o: PyObject, name: PyObject, args: PyObject[]): PyObject {
  const meth = _PyObject_GetMethodFast(o, name);
  const unbound = methodLookup.unbound;
  try {
    if (unbound) {
      const full: PyObject[] = [o];
      for (let i = 0; i < args.length; i++) full.push(args[i]);
      return PyObject_Call(meth, full, null);
    }
    return PyObject_Call(meth, args, null);
  } finally {
    Py_DECREF(meth);
  }
}

/** `o.name()` with no arguments. */
export function PyObject_CallMethodNoArgs(o: PyObject, name: PyObject): PyObject {
  return PyObject_CallMethodObjArgs(o, name, NOARGS);
}

/** `o.name(arg)`. */
export function PyObject_CallMethodOneArg(o: PyObject, name: PyObject, arg: PyObject): PyObject {
  return PyObject_CallMethodObjArgs(o, name, [arg]);
}

/**
 * _PyObject_FunctionStr: how a callable is named in call errors —
 * `f()`, `C.method()`, `module.f()` for functions outside builtins.
 */
export function _PyObject_FunctionStr(func: PyObject): string {
  try {
    const qualname = PyObject_GetAttrString(func, "__qualname__");
    let q: string;
    try {
      q = PyUnicode_Check(qualname) ? PyUnicode_AsString(qualname) : "";
    } finally {
      Py_DECREF(qualname);
    }
    let mod: PyObject | null = null;
    try {
      mod = PyObject_GetAttrString(func, "__module__");
    } catch (e) {
      if (e instanceof PyObject) Py_DECREF(e);
      mod = null;
    }
    if (mod !== null) {
      try {
        if (PyUnicode_Check(mod)) {
          const m = PyUnicode_AsString(mod);
          if (m !== "builtins") return `${m}.${q}()`;
        }
      } finally {
        Py_DECREF(mod);
      }
    }
    return `${q}()`;
  } catch (e) {
    if (e instanceof PyObject) Py_DECREF(e);
    if (func instanceof PyTypeObject) return `${typeQualName(func)}()`;
    return `${func.ob_type.tp_name} object`;
  }
}

// ------------------------------------------------------- argument binding

function qualnameOf(func: PyFunctionObject): string {
  return PyUnicode_AsString(func.func_qualname);
}

function reprName(name: PyObject): string {
  const r = PyObject_Repr(name);
  try {
    return PyUnicode_AsString(r);
  } finally {
    Py_DECREF(r);
  }
}

function formatMissing(kind: string, names: string[], qualname: string): PyObject {
  const len = names.length;
  let nameStr: string;
  if (len === 1) nameStr = names[0];
  else if (len === 2) nameStr = `${names[0]} and ${names[1]}`;
  else nameStr = `${names.slice(0, len - 2).join(", ")}, ${names[len - 2]}, and ${names[len - 1]}`;
  return PyErr_Format(
    PyExc_TypeError,
    `${qualname}() missing ${len} required ${kind} argument${len === 1 ? "" : "s"}: ${nameStr}`,
  );
}

function missingArguments(co: PyCodeObject, defcount: number, slots: (PyObject | null)[], qualname: string): PyObject {
  const positional = defcount !== -1;
  const start = positional ? 0 : co.co_argcount;
  const end = positional ? co.co_argcount - defcount : start + co.co_kwonlyargcount;
  const names: string[] = [];
  for (let i = start; i < end; i++) {
    if (slots[i] === null) names.push(reprName(co.co_localsplusnames[i]));
  }
  return formatMissing(positional ? "positional" : "keyword-only", names, qualname);
}

function tooManyPositional(
  co: PyCodeObject,
  given: number,
  defaults: PyObject | null,
  slots: (PyObject | null)[],
  qualname: string,
): PyObject {
  const coArgcount = co.co_argcount;
  const defcount = defaults === null ? 0 : PyTuple_GET_SIZE(defaults);
  let kwonlyGiven = 0;
  for (let i = coArgcount; i < coArgcount + co.co_kwonlyargcount; i++) {
    if (slots[i] !== null) kwonlyGiven++;
  }
  let sig: string;
  let plural: boolean;
  if (defcount) {
    plural = true;
    sig = `from ${coArgcount - defcount} to ${coArgcount}`;
  } else {
    plural = coArgcount !== 1;
    sig = `${coArgcount}`;
  }
  const kwonlySig = kwonlyGiven
    ? ` positional argument${given !== 1 ? "s" : ""} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? "s" : ""})`
    : "";
  return PyErr_Format(
    PyExc_TypeError,
    `${qualname}() takes ${sig} positional argument${plural ? "s" : ""} but ${given}${kwonlySig} ${given === 1 && !kwonlyGiven ? "was" : "were"} given`,
  );
}

function positionalOnlyPassedAsKeyword(co: PyCodeObject, kwnames: PyObject, qualname: string): PyObject | null {
  const conflicts: string[] = [];
  const kwcount = PyTuple_GET_SIZE(kwnames);
  for (let k = 0; k < co.co_posonlyargcount; k++) {
    const posonly = co.co_localsplusnames[k];
    for (let k2 = 0; k2 < kwcount; k2++) {
      const kw = PyTuple_GET_ITEM(kwnames, k2);
      if (kw === posonly || PyObject_RichCompareBool(kw, posonly, Py_EQ)) {
        conflicts.push(PyUnicode_AsString(kw));
      }
    }
  }
  if (conflicts.length === 0) return null;
  return PyErr_Format(
    PyExc_TypeError,
    `${qualname}() got some positional-only arguments passed as keyword arguments: '${conflicts.join(", ")}'`,
  );
}

/**
 * initialize_locals: bind `args[off .. off+argcount)` (positional) and the
 * keyword values after them (names in `kwnames`) to the parameters of
 * `func`, writing into `slots` (a new frame's localsplus, all null).
 * Does NOT consume the caller's references: every stored argument is
 * INCREF'd. On a mismatch the slots filled so far are left for the
 * caller to clear with the frame, and a TypeError is thrown.
 */
export function initializeLocals(
  func: PyFunctionObject,
  co: PyCodeObject,
  slots: (PyObject | null)[],
  args: (PyObject | null)[],
  off: number,
  argcount: number,
  kwnames: PyObject | null,
): void {
  const coArgcount = co.co_argcount;
  const totalArgs = coArgcount + co.co_kwonlyargcount;
  const flags = co.co_flags;
  let kwdict: PyObject | null = null;
  if (flags & CO_VARKEYWORDS) {
    kwdict = PyDict_New();
    slots[totalArgs + (flags & CO_VARARGS ? 1 : 0)] = kwdict;
  }
  const n = argcount > coArgcount ? coArgcount : argcount;
  for (let j = 0; j < n; j++) {
    const x = args[off + j]!;
    x.ob_refcnt++;
    slots[j] = x;
  }
  if (flags & CO_VARARGS) {
    const extra: PyObject[] = [];
    for (let j = n; j < argcount; j++) extra.push(args[off + j]!);
    slots[totalArgs] = _PyTuple_FromArray(extra);
  }
  if (kwnames !== null) {
    const kwcount = PyTuple_GET_SIZE(kwnames);
    const names = co.co_localsplusnames;
    for (let i = 0; i < kwcount; i++) {
      const keyword = PyTuple_GET_ITEM(kwnames, i);
      const value = args[off + argcount + i]!;
      if (!PyUnicode_Check(keyword)) {
        throw PyErr_Format(PyExc_TypeError, `${qualnameOf(func)}() keywords must be strings`);
      }
      let j = co.co_posonlyargcount;
      for (; j < totalArgs; j++) if (names[j] === keyword) break;
      if (j >= totalArgs) {
        for (j = co.co_posonlyargcount; j < totalArgs; j++) {
          if (PyObject_RichCompareBool(keyword, names[j], Py_EQ)) break;
        }
      }
      if (j >= totalArgs) {
        if (kwdict === null) {
          if (co.co_posonlyargcount) {
            const err = positionalOnlyPassedAsKeyword(co, kwnames, qualnameOf(func));
            if (err !== null) throw err;
          }
          throw PyErr_Format(
            PyExc_TypeError,
            `${qualnameOf(func)}() got an unexpected keyword argument '${PyUnicode_AsString(keyword)}'`,
          );
        }
        PyDict_SetItem(kwdict, keyword, value);
        continue;
      }
      if (slots[j] !== null) {
        throw PyErr_Format(
          PyExc_TypeError,
          `${qualnameOf(func)}() got multiple values for argument '${PyUnicode_AsString(keyword)}'`,
        );
      }
      value.ob_refcnt++;
      slots[j] = value;
    }
  }
  if (argcount > coArgcount && !(flags & CO_VARARGS)) {
    throw tooManyPositional(co, argcount, func.func_defaults, slots, qualnameOf(func));
  }
  if (argcount < coArgcount) {
    const defaults = func.func_defaults;
    const defcount = defaults === null ? 0 : PyTuple_GET_SIZE(defaults);
    const m = coArgcount - defcount;
    let missing = 0;
    for (let i = argcount; i < m; i++) if (slots[i] === null) missing++;
    if (missing) throw missingArguments(co, defcount, slots, qualnameOf(func));
    let i = n > m ? n - m : 0;
    for (; i < defcount; i++) {
      if (slots[m + i] === null) {
        const def = PyTuple_GET_ITEM(defaults!, i);
        def.ob_refcnt++;
        slots[m + i] = def;
      }
    }
  }
  if (co.co_kwonlyargcount > 0) {
    let missing = 0;
    const kwdefs = func.func_kwdefaults;
    for (let i = coArgcount; i < totalArgs; i++) {
      if (slots[i] !== null) continue;
      if (kwdefs !== null) {
        const def = PyDict_GetItem(kwdefs, co.co_localsplusnames[i]);
        if (def !== null) {
          def.ob_refcnt++;
          slots[i] = def;
          continue;
        }
      }
      missing++;
    }
    if (missing) throw missingArguments(co, -1, slots, qualnameOf(func));
  }
}

// ------------------------------------------------------ recursion, entry

/** Count a native re-entry against the recursion limit (throws
 *  RecursionError "maximum recursion depth exceeded" + where). */
export function Py_EnterRecursiveCall(where: string): void {
  tstate.c_depth++;
  if (++tstate.depth > tstate.limit || PyOS_CheckStack()) {
    tstate.depth--;
    tstate.c_depth--;
    throw PyErr_Format(PyExc_RecursionError, "maximum recursion depth exceeded" + where);
  }
}

export function Py_LeaveRecursiveCall(): void {
  tstate.depth--;
  tstate.c_depth--;
}

/** Run `func` with vectorcall arguments in a new frame (nested loop).
 *  The frame is released before this returns. New reference. */
export function _PyFunction_Vectorcall(func: PyFunctionObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const co = func.func_code;
  func.ob_refcnt++;
  co.ob_refcnt++;
  const locals = co.co_flags & CO_OPTIMIZED ? null : Py_NewRef(func.func_globals!);
  const frame = _PyFrame_New(func, co, locals);
  const nkw = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
  try {
    initializeLocals(func, co, frame.localsplus, args, 0, args.length - nkw, kwnames);
  } catch (e) {
    _PyFrame_Clear(frame);
    throw e;
  }
  frame.is_entry = true;
  frame.previous = tstate.frame;
  return _PyEval_EvalFrame(frame, null);
}

/** Run an entry frame in the eval loop (CPython's _PyEval_EvalFrame):
 *  through the evaluator the runtime installed. New reference. */
export function _PyEval_EvalFrame(entry: InterpFrame, throwExc: PyObject | null): PyObject {
  // An eval loop started from native code is a native level (the loop
  // checks the host stack when it starts).
  tstate.c_depth++;
  try {
    return interp.eval_frame(entry, throwExc);
  } finally {
    tstate.c_depth--;
  }
}
