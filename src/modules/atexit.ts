/**
 * The `atexit` module (CPython's Modules/atexitmodule.c): functions
 * registered with their arguments, called at interpreter shutdown newest
 * first, before `__main__` and the other modules are torn down (Py_Finalize
 * runs _PyAtExit_Call first). An exception from one is reported as
 * "Exception ignored in atexit callback: <func>" with its traceback, and
 * the next one runs.
 *
 * Reference behaviour: the registry owns the function and its argument
 * tuple and keyword dict until the callback has run or is unregistered;
 * `register` returns the function (a new reference).
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { onGCReset } from "../heap/gc.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_AddFunctions, PyModule_New } from "../objects/moduleobject.js";
import { PyLong_FromNumber } from "../objects/longobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format, toPyException } from "../objects/errors.js";
import { PyExc_TypeError } from "../objects/exceptions.js";
import { PyObject_Call } from "../objects/call.js";
import { _PyErr_WriteUnraisableMsg } from "../objects/errors-display.js";
import { PyObject_RichCompareBool } from "../objects/abstract.js";
import { PyTuple_GET_SIZE } from "../objects/tupleobject.js";
import { Py_EQ } from "../bytecode/opcodes.js";

interface AtExitCallback {
  func: PyObject;
  /** Positional arguments, then the values of `kwnames`. */
  args: PyObject[];
  kwnames: PyObject | null;
}

/** The registered callbacks (owned), oldest first; null once unregistered. */
let callbacks: (AtExitCallback | null)[] = [];

onGCReset(() => {
  callbacks = [];
});

function freeCallback(cb: AtExitCallback): void {
  Py_DECREF(cb.func);
  for (const a of cb.args) Py_DECREF(a);
  Py_XDECREF(cb.kwnames);
}

/** Register a function to call at exit with no arguments (borrowed). */
export function _PyAtExit_Register(func: PyObject): void {
  callbacks.push({ func: Py_NewRef(func), args: [], kwnames: null });
}

/** Every reference the registry holds, for the refcount audit. */
export function _PyAtExit_Visit(visit: (o: PyObject) => void): void {
  for (const cb of callbacks) {
    if (cb === null) continue;
    visit(cb.func);
    for (const a of cb.args) visit(a);
    if (cb.kwnames !== null) visit(cb.kwnames);
  }
}

/** _PyAtExit_Fini (interpreter_clear): callbacks registered during
 *  shutdown, after the atexit call, are dropped uncalled. */
export function _PyAtExit_Fini(): void {
  const left = callbacks;
  callbacks = [];
  for (const cb of left) if (cb !== null) freeCallback(cb);
}

/** atexit_callfuncs: call every callback, newest first, then clear. */
export function _PyAtExit_Call(): void {
  while (callbacks.length > 0) {
    const cb = callbacks.pop()!;
    if (cb === null) continue;
    try {
      Py_DECREF(PyObject_Call(cb.func, cb.args, cb.kwnames));
    } catch (e) {
      _PyErr_WriteUnraisableMsg("in atexit callback", toPyException(e), cb.func);
    } finally {
      freeCallback(cb);
    }
  }
}

function atexit_register(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const nkw = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
  const npos = args.length - nkw;
  if (npos < 1) throw PyErr_Format(PyExc_TypeError, "register() takes at least 1 argument (0 given)");
  const func = args[0];
  if (func.ob_type.tp_call === null) throw PyErr_Format(PyExc_TypeError, "the first argument must be callable");
  const rest = args.slice(1).map((a) => Py_NewRef(a));
  callbacks.push({ func: Py_NewRef(func), args: rest, kwnames: nkw > 0 ? Py_NewRef(kwnames!) : null });
  return Py_NewRef(func);
}

function atexit_unregister(_m: PyObject, func: PyObject): PyObject {
  for (let i = 0; i < callbacks.length; i++) {
    const cb = callbacks[i];
    if (cb === null) continue;
    if (PyObject_RichCompareBool(cb.func, func, Py_EQ)) {
      callbacks[i] = null;
      freeCallback(cb);
    }
  }
  return Py_NewRef(Py_None);
}

function atexit_run_exitfuncs(_m: PyObject): PyObject {
  _PyAtExit_Call();
  return Py_NewRef(Py_None);
}

function atexit_clear(_m: PyObject): PyObject {
  const old = callbacks;
  callbacks = [];
  for (const cb of old) if (cb !== null) freeCallback(cb);
  return Py_NewRef(Py_None);
}

/** The number of registration slots, unregistered ones included (3.11's
 *  state->ncallbacks). */
function atexit_ncallbacks(_m: PyObject): PyObject {
  return PyLong_FromNumber(callbacks.length);
}

const functions: PyMethodDef[] = [
  { name: "register", meth: atexit_register, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "unregister", meth: atexit_unregister, flags: METH_O },
  { name: "_run_exitfuncs", meth: atexit_run_exitfuncs, flags: METH_NOARGS },
  { name: "_clear", meth: atexit_clear, flags: METH_NOARGS },
  { name: "_ncallbacks", meth: atexit_ncallbacks, flags: METH_NOARGS },
];

export function PyInit_atexit(): PyObject {
  const m = PyModule_New("atexit");
  PyModule_AddFunctions(m, functions);
  return m;
}
