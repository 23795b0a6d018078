/**
 * The import system (CPython's Python/import.c, reduced): `import name`
 * finds the module in the run's `sys.modules`, else builds it from the
 * table of built-in modules (CPython's `_PyImport_Inittab`, which the
 * runtime fills at start-up: runtime/lifecycle.ts) and stores it there.
 * Anything else is `ModuleNotFoundError: No module named 'x'` (refpy
 * programs cannot import files).
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { heapHooks } from "../heap/hooks.js";
import { PyUnicode_AsString, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyDict_GetItem, PyDict_SetItem } from "../objects/dictobject.js";
import { PyErr_NewWithArgs } from "../objects/errors.js";
import { PyExc_ModuleNotFoundError } from "../objects/exceptions.js";
import { PyTuple_Pack } from "../objects/tupleobject.js";
import { setExtra } from "../objects/exceptions-init.js";
import { PySys_GetObject } from "./sysstate.js";

/** Module factories by name; each returns a new module object. */
const inittab = new Map<string, () => PyObject>();

/** Add a built-in module (PyImport_AppendInittab). */
export function PyImport_AppendInittab(name: string, create: () => PyObject): void {
  inittab.set(name, create);
}

/** `import name` for a built-in module (new reference). What the import
 *  makes is the module's, not the program's (heapHooks.importDepth). */
export function PyImport_Import(name: PyObject): PyObject {
  heapHooks.importDepth++;
  try {
    return importBuiltin(name);
  } finally {
    heapHooks.importDepth--;
  }
}

function importBuiltin(name: PyObject): PyObject {
  const modules = PySys_GetObject("modules");
  if (modules !== null) {
    const m = PyDict_GetItem(modules, name);
    if (m !== null) return Py_NewRef(m);
  }
  const s = PyUnicode_AsString(name);
  const create = inittab.get(s);
  if (create === undefined) {
    const msg = PyUnicode_FromString(`No module named '${s}'`);
    const exc = PyErr_NewWithArgs(PyExc_ModuleNotFoundError, PyTuple_Pack(msg));
    Py_DECREF(msg);
    setExtra(exc, "name", name);
    throw exc;
  }
  const m = create();
  if (modules !== null) PyDict_SetItem(modules, name, m);
  return m;
}
