/**
 * The built-in module registry (what IMPORT_NAME reaches): `import math`
 * finds the module in the run's `sys.modules`, else builds it from the
 * table of built-in modules and stores it there. Anything else is
 * `ModuleNotFoundError: No module named 'x'` (refpy programs cannot import
 * files).
 */
import type { PyObject } from "../heap/object.js";
import { Py_NewRef } from "../heap/refcount.js";
import { PyUnicode_AsString, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyDict_GetItem, PyDict_SetItem } from "../objects/dictobject.js";
import { PyErr_NewWithArgs } from "../objects/errors.js";
import { PyExc_ModuleNotFoundError } from "../objects/exceptions.js";
import { PyTuple_Pack } from "../objects/tupleobject.js";
import { Py_DECREF } from "../heap/refcount.js";
import { heapHooks } from "../heap/hooks.js";
import { PySys_GetObject } from "./sys.js";
import { setExtra } from "../objects/exceptions_init.js";
import { PyInit__random, PyInit_random } from "./random.js";
import { PyInit_dataclasses } from "./dataclasses.js";
import { PyInit_typing } from "./typing.js";
import { PyInit_gc } from "./gc.js";
import { PyInit_weakref } from "./weakref.js";

/** Module factories by name; each returns a new module object. */
const registry = new Map<string, () => PyObject>();

export function registerBuiltinModule(name: string, create: () => PyObject): void {
  registry.set(name, create);
}

registerBuiltinModule("_random", () => PyInit__random());
registerBuiltinModule("random", () => PyInit_random());
registerBuiltinModule("dataclasses", () => PyInit_dataclasses());
registerBuiltinModule("typing", () => PyInit_typing());
registerBuiltinModule("gc", () => PyInit_gc());
registerBuiltinModule("weakref", () => PyInit_weakref());

export function builtinModuleNames(): string[] {
  return [...registry.keys()].sort();
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
  const create = registry.get(s);
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
