/**
 * sys as the interpreter itself reads it (CPython's PySys_GetObject and
 * PySys_SetObject, Python/sysmodule.c): the eval loop, the import system,
 * print() and the runtime look up `sys.stdout`, `sys.modules`,
 * `sys.displayhook` … here. The module itself, its functions and
 * attributes, is modules/sys.ts, which registers the run's module with
 * `_PySys_SetModule` when it makes it.
 *
 * The pointer is borrowed (the interpreter state owns the module) and
 * stays until the next run's start-up, as CPython's interp->sysdict
 * outlives finalize_modules: finalizers that run during shutdown still
 * find sys (with its attributes set to None).
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF } from "../heap/refcount.js";
import { PyUnicode_InternFromString } from "../objects/unicodeobject.js";
import { PyDict_GetItem } from "../objects/dictobject.js";
import { PyModule_AddObjectRef, PyModule_GetDict } from "../objects/moduleobject.js";

let sysModule: PyObject | null = null;

/** The run's sys module is `m` (borrowed; null between runs). */
export function _PySys_SetModule(m: PyObject | null): void {
  sysModule = m;
}

/** The run's sys module (borrowed). */
export function PySys_Module(): PyObject {
  return sysModule!;
}

/** `sys.<name>` (borrowed), or null when absent. Looks the name up by its interned str, as
 *  CPython's _PySys_GetAttr does with a _Py_ID identifier, so `print`
 *  finding sys.stdout allocates nothing. */
export function PySys_GetObject(name: string): PyObject | null {
  if (sysModule === null) return null;
  const key = PyUnicode_InternFromString(name);
  try {
    return PyDict_GetItem(PyModule_GetDict(sysModule), key);
  } finally {
    Py_DECREF(key);
  }
}

/** `sys.<name> = value` (value borrowed). */
export function PySys_SetObject(name: string, value: PyObject): void {
  PyModule_AddObjectRef(sysModule!, name, value);
}
