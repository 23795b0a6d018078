/**
 * sys.settrace, sys.gettrace, sys.setprofile and sys.getprofile (CPython's
 * Python/sysmodule.c): the functions the eval loop reports to, held on the
 * thread state (vm/tracing.ts reports the events).
 */
import type { PyObject } from "../heap/object.js";
import { Py_NewRef } from "../heap/refcount.js";
import { METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { Py_None } from "../objects/noneobject.js";
import { tstate } from "../objects/pystate.js";
import { PyEval_SetProfile, PyEval_SetTrace } from "../vm/tracing.js";

function sys_settrace(_m: PyObject, func: PyObject): PyObject {
  PyEval_SetTrace(func);
  return Py_NewRef(Py_None);
}

function sys_gettrace(): PyObject {
  return Py_NewRef(tstate.c_traceobj ?? Py_None);
}

function sys_setprofile(_m: PyObject, func: PyObject): PyObject {
  PyEval_SetProfile(func);
  return Py_NewRef(Py_None);
}

function sys_getprofile(): PyObject {
  return Py_NewRef(tstate.c_profileobj ?? Py_None);
}

export const traceFunctions: PyMethodDef[] = [
  { name: "settrace", meth: sys_settrace, flags: METH_O },
  { name: "gettrace", meth: sys_gettrace, flags: METH_NOARGS },
  { name: "setprofile", meth: sys_setprofile, flags: METH_O },
  { name: "getprofile", meth: sys_getprofile, flags: METH_NOARGS },
];
