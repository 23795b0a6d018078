/**
 * sys's replaceable hooks (CPython's Python/sysmodule.c): displayhook
 * (what the interactive prompt's PRINT_EXPR calls), unraisablehook (what
 * PyErr_WriteUnraisable calls, objects/errors-display.ts), breakpointhook
 * (what builtins.breakpoint() calls), each with its default kept as
 * `__NAME__`.
 *
 * refpy has no pdb and no environment: the default breakpointhook looks
 * up `pdb.set_trace` as CPython's does with $PYTHONBREAKPOINT unset, and
 * when it cannot be imported warns and returns None, as CPython does for
 * an unimportable $PYTHONBREAKPOINT.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "../heap/refcount.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_AddFunctions, PyModule_AddObjectRef, PyModule_GetDict } from "../objects/moduleobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyUnicode_FromString } from "../objects/unicodeobject.js";
import {
  PyErr_Format,
  PyErr_GivenExceptionMatches,
  _PyErr_NormalizeException,
  toPyException,
} from "../objects/errors.js";
import {
  PyExc_AttributeError,
  PyExc_ImportError,
  PyExc_RuntimeError,
  PyExc_RuntimeWarning,
} from "../objects/exceptions.js";
import { interp } from "../objects/pystate.js";
import { PyObject_Call } from "../objects/call.js";
import { PyObject_GetAttrString } from "../objects/object.js";
import { PyDict_GetItemString } from "../objects/dictobject.js";
import {
  _PyErr_AddUnraisableTraceback,
  _PyErr_WriteHookFailure,
  _PyErr_WriteUnraisableDefault,
  unraisableHookState,
} from "../objects/errors-display.js";
import { type PyStructSequence, PyStructSequence_New, PyStructSequence_NewType } from "../objects/structseq.js";
import { PyCFunction_Type, type PyCFunctionObject } from "../objects/methodobject.js";
import { PyBaseExceptionObject, PyExc_TypeError } from "../objects/exceptions.js";
import { PyErr_WarnEx } from "../objects/warnings.js";
import { PyImport_Import } from "../vm/import.js";
import { PySys_GetObject } from "../vm/sysstate.js";
import { defaultDisplayHook } from "../vm/ceval.js";

function sys_displayhook(_m: PyObject, o: PyObject): PyObject {
  defaultDisplayHook(o);
  return Py_NewRef(Py_None);
}

/** UnraisableHookArgs: what sys.unraisablehook is called with. */
const UnraisableHookArgsType = PyStructSequence_NewType({
  name: "UnraisableHookArgs",
  fields: ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"],
  n_in_sequence: 5,
});

/** sys.unraisablehook, sys.__unraisablehook__. */
function sys_unraisablehook(_m: PyObject, arg: PyObject): PyObject {
  if (arg.ob_type !== UnraisableHookArgsType) {
    throw PyErr_Format(PyExc_TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
  }
  const [excType, excValue, excTb, errMsg, obj] = (arg as PyStructSequence).ob_item;
  _PyErr_WriteUnraisableDefault(excType, excValue, excTb, errMsg, obj);
  return Py_NewRef(Py_None);
}

/**
 * _PyErr_WriteUnraisableMsg's call of a replaced sys.unraisablehook with
 * UnraisableHookArgs (stealing `exc`); false while sys.unraisablehook is
 * the default, which PyErr_WriteUnraisable then writes itself. A hook
 * that fails is reported by the default hook as raised in the hook.
 */
function callUnraisableHook(exc: PyObject, obj: PyObject | null, msg: string | null): boolean {
  const sys = interp.sys;
  if (sys === null) return false;
  const hook = PyDict_GetItemString(PyModule_GetDict(sys), "unraisablehook");
  if (hook === null || hook === Py_None) return false;
  if (hook.ob_type === PyCFunction_Type && (hook as PyCFunctionObject).m_ml.meth === sys_unraisablehook) return false;
  Py_INCREF(hook);
  try {
    _PyErr_AddUnraisableTraceback(exc);
    _PyErr_NormalizeException(exc);
    const tb = exc instanceof PyBaseExceptionObject ? exc.traceback : null;
    Py_INCREF(exc.ob_type);
    Py_INCREF(exc);
    const args = PyStructSequence_New(UnraisableHookArgsType, [
      exc.ob_type,
      exc,
      Py_NewRef(tb ?? Py_None),
      msg === null ? Py_NewRef(Py_None) : PyUnicode_FromString(`Exception ignored ${msg}`),
      Py_NewRef(obj ?? Py_None),
    ]);
    let err: PyObject | null = null;
    try {
      Py_DECREF(PyObject_Call(hook, [args], null));
    } catch (e) {
      err = toPyException(e);
    } finally {
      Py_DECREF(args);
    }
    if (err !== null) {
      _PyErr_WriteHookFailure(hook, err);
      Py_DECREF(err);
    }
  } finally {
    Py_DECREF(exc);
    Py_DECREF(hook);
  }
  return true;
}

/** What $PYTHONBREAKPOINT names when it is unset. */
const BREAKPOINT_HOOK = "pdb.set_trace";

function sys_breakpointhook(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const envar = BREAKPOINT_HOOK;
  const dot = envar.lastIndexOf(".");
  let hook: PyObject | null = null;
  try {
    const modulepath = PyUnicode_FromString(envar.slice(0, dot));
    let module: PyObject;
    try {
      module = PyImport_Import(modulepath);
    } finally {
      Py_DECREF(modulepath);
    }
    try {
      hook = PyObject_GetAttrString(module, envar.slice(dot + 1));
    } finally {
      Py_DECREF(module);
    }
  } catch (e) {
    const exc = toPyException(e);
    if (
      !PyErr_GivenExceptionMatches(exc, PyExc_ImportError) &&
      !PyErr_GivenExceptionMatches(exc, PyExc_AttributeError)
    ) {
      throw exc;
    }
    Py_DECREF(exc);
    PyErr_WarnEx(PyExc_RuntimeWarning, `Ignoring unimportable $PYTHONBREAKPOINT: "${envar}"`, 0);
    return Py_NewRef(Py_None);
  }
  try {
    return PyObject_Call(hook, args.slice(), kwnames);
  } finally {
    Py_DECREF(hook);
  }
}

/** builtins.breakpoint(*args, **kws): sys.breakpointhook(*args, **kws). */
export function builtin_breakpoint(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const hook = PySys_GetObject("breakpointhook");
  if (hook === null) throw PyErr_Format(PyExc_RuntimeError, "lost sys.breakpointhook");
  Py_INCREF(hook);
  try {
    return PyObject_Call(hook, args.slice(), kwnames);
  } finally {
    Py_DECREF(hook);
  }
}

const hookFunctions: PyMethodDef[] = [
  { name: "displayhook", meth: sys_displayhook, flags: METH_O },
  { name: "unraisablehook", meth: sys_unraisablehook, flags: METH_O },
  { name: "breakpointhook", meth: sys_breakpointhook, flags: METH_FASTCALL | METH_KEYWORDS },
];

/** Add the hooks to sys, each also as its `__NAME__` default. */
export function addHooks(m: PyObject): void {
  unraisableHookState.call = callUnraisableHook;
  PyModule_AddFunctions(m, hookFunctions);
  const d = PyModule_GetDict(m);
  for (const def of hookFunctions) {
    PyModule_AddObjectRef(m, `__${def.name}__`, PyDict_GetItemString(d, def.name)!);
  }
}
