/**
 * Interpreter start-up and reset (CPython's Python/pylifecycle.c, much
 * reduced).
 *
 * `interpreterInit()` runs once per process: it gives the exception types
 * their behaviour and readies every static type (PyType_Ready, bases
 * first), which builds their dicts of descriptors and slot wrappers. That
 * work is never repeated.
 *
 * `interpreterReset()` prepares a fresh run in the same process: a fresh
 * allocator model, collector state, trashcan and eval state, then new
 * `builtins` and `sys` modules and a new `sys.modules`. Objects made at
 * start-up (type dicts, descriptors) keep living outside the run's heap
 * accounting and are never collected.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, resetRefcount } from "../heap/refcount.js";
import { resetAllocator } from "../heap/allocator.js";
import { resetGC } from "../heap/gc.js";
import { allStaticTypes, PyBaseObject_Type, PyType_Type } from "../objects/typeobject.js";
import { PyType_Ready, typeNewContext } from "../objects/typeimpl.js";
import { _PyExc_Init } from "../objects/exceptions_init.js";
import { resetExtraDicts } from "../objects/instanceobject.js";
import { PyDict_GetItem, PyDict_New, PyDict_SetItemString } from "../objects/dictobject.js";
import { PyModule_GetDict } from "../objects/moduleobject.js";
import { PyErr_SetObject } from "../objects/errors.js";
import { PyExc_SystemExit } from "../objects/exceptions.js";
import { PyUnicode_InternFromString } from "../objects/unicodeobject.js";
import { _PyBuiltins_Init } from "../modules/builtins.js";
import { _PySys_Create, _PySys_Reset, setExitFactory } from "../modules/sys.js";
import { registerBuiltinModule } from "../modules/index.js";
import { PyInit_math } from "../modules/math.js";
import { PyInit_time } from "../modules/time.js";
import { currentFrame, resetEvalState, tstate } from "./ceval.js";
// Modules whose static types must exist before start-up readies them all.
import "../objects/object.js";
import "../objects/descrobject.js";
import "../objects/methodobject.js";
import "../objects/classobject.js";
import "../objects/funcdescr.js";
import "../objects/property.js";
import "../objects/superobject.js";
import "../objects/moduleobject.js";

let initialized = false;

export const interp = {
  builtins: null as PyObject | null,
  sys: null as PyObject | null,
  modules: null as PyObject | null,
};

/** Once per process: ready every static type. */
export function interpreterInit(): void {
  if (initialized) return;
  initialized = true;
  _PyExc_Init();
  PyType_Ready(PyBaseObject_Type);
  PyType_Ready(PyType_Type);
  for (let i = 0; i < allStaticTypes.length; i++) PyType_Ready(allStaticTypes[i]);
  setExitFactory((code) => PyErr_SetObject(PyExc_SystemExit, code));
  typeNewContext.currentModuleName = () => {
    const f = currentFrame();
    if (f === null) return null;
    const n = PyDict_GetItem(f.f_globals, PyUnicode_InternFromString("__name__"));
    return n === null ? null : Py_NewRef(n);
  };
  registerBuiltinModule("sys", () => Py_NewRef(interp.sys!));
  registerBuiltinModule("builtins", () => Py_NewRef(interp.builtins!));
  registerBuiltinModule("math", PyInit_math);
  registerBuiltinModule("time", PyInit_time);
}

/** A fresh run: new heap state, new builtins, sys and sys.modules. */
export function interpreterReset(argv: string[] = [""]): void {
  interpreterInit();
  resetAllocator();
  resetGC();
  resetRefcount();
  resetEvalState();
  resetExtraDicts();
  _PySys_Reset();
  const modules = PyDict_New();
  const builtins = _PyBuiltins_Init();
  const sys = _PySys_Create(argv, modules);
  PyDict_SetItemString(modules, "builtins", builtins);
  PyDict_SetItemString(modules, "sys", sys);
  interp.modules = modules;
  interp.builtins = builtins;
  interp.sys = sys;
  tstate.builtins = PyModule_GetDict(builtins);
}

/** Drop the run's module objects (end of a run). */
export function interpreterFinalize(): void {
  const mods = interp.modules;
  const b = interp.builtins;
  const s = interp.sys;
  interp.modules = null;
  interp.builtins = null;
  interp.sys = null;
  tstate.builtins = null;
  if (mods !== null) Py_DECREF(mods);
  if (b !== null) Py_DECREF(b);
  if (s !== null) Py_DECREF(s);
}
