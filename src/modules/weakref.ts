/**
 * The `_weakref` module (CPython's Modules/_weakref.c): the native layer
 * under Lib/weakref.py (ref, proxy, getweakrefcount, getweakrefs, the
 * reference types, `_remove_dead_weakref`). The `weakref` module itself
 * is CPython's Lib/weakref.py in lib/.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { METH_FASTCALL, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_AddFunctions, PyModule_AddObjectRef, PyModule_New } from "../objects/moduleobject.js";
import { PyLong_FromNumber } from "../objects/longobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyList_Append, PyList_New } from "../objects/listobject.js";
import { PyDict_Check, PyDict_DelItem, PyDict_GetItem } from "../objects/dictobject.js";
import { PyErr_Format, PyErr_ExceptionMatches } from "../objects/errors.js";
import { PyExc_KeyError, PyExc_TypeError } from "../objects/exceptions.js";
import { _PyArg_CheckPositional, _PyArg_NoKwnames } from "../objects/getargs.js";
import {
  getweakrefcount,
  PyWeakref_Check,
  PyWeakref_GET_OBJECT,
  PyWeakref_NewProxy,
  weakrefsOf,
  _PyWeakref_CallableProxyType,
  _PyWeakref_ProxyType,
  _PyWeakref_RefType,
} from "../objects/weakrefobject.js";

// ---------------------------------------------------------------- native functions

function weakref_getweakrefcount(_m: PyObject, obj: PyObject): PyObject {
  return PyLong_FromNumber(getweakrefcount(obj));
}

function weakref_getweakrefs(_m: PyObject, obj: PyObject): PyObject {
  const result = PyList_New(0);
  try {
    for (const r of weakrefsOf(obj)) PyList_Append(result, r);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function weakref_proxy(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("proxy", kwnames);
  _PyArg_CheckPositional("proxy", args.length, 1, 2);
  return PyWeakref_NewProxy(args[0], args.length > 1 ? args[1] : null);
}

/** _remove_dead_weakref(dct, key): delete dct[key] if it is a dead weakref
 *  (a missing key is fine: the removal may race with an explicit del). */
function weakref_remove_dead_weakref(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("_remove_dead_weakref", kwnames);
  _PyArg_CheckPositional("_remove_dead_weakref", args.length, 2, 2);
  const [dct, key] = args;
  if (!PyDict_Check(dct)) {
    throw PyErr_Format(PyExc_TypeError, `_remove_dead_weakref() argument 1 must be dict, not ${dct.ob_type.tp_name}`);
  }
  const value = PyDict_GetItem(dct, key);
  if (value === null) return Py_NewRef(Py_None);
  if (!PyWeakref_Check(value)) throw PyErr_Format(PyExc_TypeError, "not a weakref");
  if (PyWeakref_GET_OBJECT(value) === Py_None) {
    try {
      PyDict_DelItem(dct, key);
    } catch (e) {
      if (!PyErr_ExceptionMatches(e, PyExc_KeyError)) throw e;
      Py_DECREF(e as PyObject);
    }
  }
  return Py_NewRef(Py_None);
}

const functions: PyMethodDef[] = [
  { name: "getweakrefcount", meth: weakref_getweakrefcount, flags: METH_O },
  { name: "getweakrefs", meth: weakref_getweakrefs, flags: METH_O },
  { name: "proxy", meth: weakref_proxy, flags: METH_FASTCALL },
  { name: "_remove_dead_weakref", meth: weakref_remove_dead_weakref, flags: METH_FASTCALL },
];

export function PyInit__weakref(): PyObject {
  const m = PyModule_New("_weakref");
  PyModule_AddFunctions(m, functions);
  PyModule_AddObjectRef(m, "ref", _PyWeakref_RefType);
  PyModule_AddObjectRef(m, "ReferenceType", _PyWeakref_RefType);
  PyModule_AddObjectRef(m, "ProxyType", _PyWeakref_ProxyType);
  PyModule_AddObjectRef(m, "CallableProxyType", _PyWeakref_CallableProxyType);
  return m;
}
