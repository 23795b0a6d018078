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
 *
 * `interpreterFinalize()` ends a run as Py_FinalizeEx's finalize_modules
 * does, after the runtime has torn `__main__` down: the other modules,
 * sys and builtins are cleared and released, then the interpreter-level
 * references (gc.callbacks/gc.garbage, the identifier caches), so that a
 * run that leaks nothing leaves no object of its own alive (the leak
 * check, heap/registry.ts, relies on it).
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, resetRefcount } from "../heap/refcount.js";
import { resetAllocator } from "../heap/allocator.js";
import { resetGC } from "../heap/gc.js";
import { allStaticTypes, PyBaseObject_Type, PyType_Type } from "../objects/typeobject.js";
import { PyType_Ready } from "../objects/typeimpl.js";
import { _PyExc_Init } from "../objects/exceptions-init.js";
import { resetExtraDicts } from "../objects/instanceobject.js";
import {
  PyDict_Clear,
  PyDict_GetItem,
  PyDict_GetItemString,
  PyDict_Keys,
  PyDict_New,
  PyDict_SetItem,
  PyDict_SetItemString,
} from "../objects/dictobject.js";
import { PyList_GET_ITEM, PyList_GET_SIZE } from "../objects/listobject.js";
import { PyModule_GetDict, PyModuleObject } from "../objects/moduleobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyUnicode_AsString, PyUnicode_Check } from "../objects/unicodeobject.js";
import { _PyGC_CollectNoFail } from "../heap/collect.js";
import { _PyBuiltins_Init } from "../modules/builtins.js";
import { _PySys_Create } from "../modules/sys.js";
import { _PySys_SetModule } from "../vm/sysstate.js";
import { PyImport_AppendInittab } from "../vm/import.js";
import { _PyContext_ClearThreadState, PyInit__contextvars } from "../modules/contextvars.js";
import { PyInit__struct } from "../modules/struct.js";
import { PyInit_binascii } from "../modules/binascii.js";
import { PyInit__locale } from "../modules/locale.js";
import { PyInit__asyncio } from "../modules/asyncio-native.js";
import { _PyStdlib_Init } from "./stdlib.js";
import { PyInit_posix } from "../modules/posix.js";
import { _PyStructSequence_InitTypes } from "../objects/structseq.js";
import { PyInit_atexit } from "../modules/atexit.js";
import { PyInit__random, PyInit_random } from "../modules/random.js";
import { PyInit_dataclasses } from "../modules/dataclasses.js";
import { PyInit_typing } from "../modules/typing.js";
import { PyInit__codecs, PyInit_codecs } from "../modules/codecs.js";
import { PyInit_gc } from "../modules/gc.js";
import { PyInit__weakref, PyInit_weakref } from "../modules/weakref.js";
import { PyInit_math } from "../modules/math.js";
import { PyInit_cmath } from "../modules/cmath.js";
import { PyInit_time } from "../modules/time.js";
import { PyInit__collections } from "../modules/collections-native.js";
import { PyInit__functools } from "../modules/functools-native.js";
import { PyInit__thread } from "../modules/thread.js";
import { PyInit__string } from "../modules/string.js";
import { PyInit__operator } from "../modules/operator.js";
import { PyInit__heapq } from "../modules/heapq.js";
import { PyInit__bisect } from "../modules/bisect.js";
import { PyInit__io } from "../modules/io.js";
import { PyInit_array } from "../modules/array.js";
import { PyInit__sre } from "../modules/sre.js";
import { PyInit_itertools } from "../modules/itertools.js";
import { _PyGC_Fini } from "../modules/gc.js";
import { _PyEval_EvalFrameDefault } from "../vm/ceval.js";
import { interp, tstate, _PyThreadState_Reset, _PyInterpreterState_SetEvalFrameFunc } from "../objects/pystate.js";
import { toPyException } from "../objects/errors.js";
import { _PyIdentifiers_BeginRun, _PyIdentifiers_Fini } from "../objects/identifiers.js";
let initialized = false;

/** Once per process: ready every static type. */
export function interpreterInit(): void {
  if (initialized) return;
  initialized = true;
  _PyInterpreterState_SetEvalFrameFunc(_PyEval_EvalFrameDefault);
  _PyExc_Init();
  PyType_Ready(PyBaseObject_Type);
  PyType_Ready(PyType_Type);
  for (let i = 0; i < allStaticTypes.length; i++) PyType_Ready(allStaticTypes[i]);
  _PyStructSequence_InitTypes();
  // The built-in modules (CPython's Modules/config.c _PyImport_Inittab).
  PyImport_AppendInittab("sys", () => Py_NewRef(interp.sys!));
  PyImport_AppendInittab("builtins", () => Py_NewRef(interp.builtins!));
  PyImport_AppendInittab("math", PyInit_math);
  PyImport_AppendInittab("cmath", PyInit_cmath);
  PyImport_AppendInittab("time", PyInit_time);
  PyImport_AppendInittab("_random", PyInit__random);
  PyImport_AppendInittab("random", PyInit_random);
  PyImport_AppendInittab("dataclasses", PyInit_dataclasses);
  PyImport_AppendInittab("typing", PyInit_typing);
  PyImport_AppendInittab("gc", PyInit_gc);
  PyImport_AppendInittab("weakref", PyInit_weakref);
  PyImport_AppendInittab("_weakref", PyInit__weakref);
  PyImport_AppendInittab("atexit", PyInit_atexit);
  PyImport_AppendInittab("_collections", PyInit__collections);
  PyImport_AppendInittab("_functools", PyInit__functools);
  PyImport_AppendInittab("_thread", PyInit__thread);
  PyImport_AppendInittab("_string", PyInit__string);
  PyImport_AppendInittab("_operator", PyInit__operator);
  PyImport_AppendInittab("_heapq", PyInit__heapq);
  PyImport_AppendInittab("_bisect", PyInit__bisect);
  PyImport_AppendInittab("_io", PyInit__io);
  PyImport_AppendInittab("array", PyInit_array);
  PyImport_AppendInittab("_sre", PyInit__sre);
  PyImport_AppendInittab("posix", PyInit_posix);
  PyImport_AppendInittab("itertools", PyInit_itertools);
  PyImport_AppendInittab("_codecs", PyInit__codecs);
  PyImport_AppendInittab("codecs", PyInit_codecs);
  PyImport_AppendInittab("_asyncio", PyInit__asyncio);
  PyImport_AppendInittab("_contextvars", PyInit__contextvars);
  PyImport_AppendInittab("_struct", PyInit__struct);
  PyImport_AppendInittab("binascii", PyInit_binascii);
  PyImport_AppendInittab("_locale", PyInit__locale);
  _PyStdlib_Init();
}

/** A fresh run: new heap state, new builtins, sys and sys.modules. */
export function interpreterReset(argv: string[] = [""]): void {
  interpreterInit();
  resetAllocator();
  resetGC();
  resetRefcount();
  _PyThreadState_Reset();
  interp.finalizing = false;
  resetExtraDicts();
  _PyIdentifiers_BeginRun();
  _PySys_SetModule(null);
  const modules = PyDict_New();
  const builtins = _PyBuiltins_Init();
  const sys = _PySys_Create(argv, modules);
  PyDict_SetItemString(modules, "builtins", builtins);
  PyDict_SetItemString(modules, "sys", sys);
  interp.modules = modules;
  interp.builtins = builtins;
  interp.sys = sys;
  tstate.builtins = PyModule_GetDict(builtins);
  interp.import_func = PyDict_GetItemString(tstate.builtins, "__import__");
}

/**
 * The end of a run (CPython 3.11's finalize_modules, Python/pylifecycle.c),
 * after the runtime has torn `__main__` down (pythonrun.ts):
 *  1. the special names go: `builtins._`, sys.path, argv, ps1, ps2, the last_
 *     names … set to None, sys.stdin/stdout/stderr restored from their `__x__`;
 *  2. every entry of sys.modules is set to None, the modules tracked
 *     weakly (a JS reference, checked for `ob_refcnt > 0`: objects are
 *     never reused once freed), then sys.modules is cleared;
 *  3. a collection (_PyGC_CollectNoFail) reclaims what that freed;
 *  4. modules still alive, newest first, except sys and builtins, have
 *     their dicts cleared (_PyModule_Clear);
 *  5. the sys dict, then the builtins dict, are cleared the same way;
 *  6. the interpreter drops sys.modules, the builtins and sys modules; the
 *     collector's own lists (gc.callbacks, gc.garbage) and the eval loop's
 *     identifier cache go; a last collection.
 * Finalizers of objects in imported modules run in steps 2–6, after
 * `__main__`'s, as in CPython.
 */
export function interpreterFinalize(): void {
  const mods = interp.modules;
  if (mods !== null && interp.sys !== null && interp.builtins !== null) {
    finalizeModules(mods, interp.sys, interp.builtins);
  }
  const b = interp.builtins;
  const s = interp.sys;
  interp.modules = null;
  interp.builtins = null;
  interp.sys = null;
  interp.import_func = null;
  tstate.builtins = null;
  if (mods !== null) Py_DECREF(mods);
  if (b !== null) Py_DECREF(b);
  if (s !== null) Py_DECREF(s);
  // PyThreadState_Clear: the async generator hooks.
  const firstiter = tstate.async_gen_firstiter;
  const finalizer = tstate.async_gen_finalizer;
  tstate.async_gen_firstiter = null;
  tstate.async_gen_finalizer = null;
  if (firstiter !== null) Py_DECREF(firstiter);
  if (finalizer !== null) Py_DECREF(finalizer);
  _PyContext_ClearThreadState();
  _PyGC_Fini();
  _PyGC_CollectNoFail();
  _PyIdentifiers_Fini();
}

const SYS_DELETES = [
  "path",
  "argv",
  "ps1",
  "ps2",
  "last_type",
  "last_value",
  "last_traceback",
  "path_hooks",
  "path_importer_cache",
  "meta_path",
  "__interactivehook__",
];
const SYS_FILES = [
  ["stdin", "__stdin__"],
  ["stdout", "__stdout__"],
  ["stderr", "__stderr__"],
];

function finalizeModules(modules: PyObject, sys: PyObject, builtins: PyObject): void {
  const sysdict = PyModule_GetDict(sys);
  const builtinsDict = PyModule_GetDict(builtins);
  // finalize_modules_delete_special
  ignoringErrors(() => PyDict_SetItemString(builtinsDict, "_", Py_None));
  for (const name of SYS_DELETES) {
    if (PyDict_GetItemString(sysdict, name) !== null)
      ignoringErrors(() => PyDict_SetItemString(sysdict, name, Py_None));
  }
  for (const [name, orig] of SYS_FILES) {
    if (PyDict_GetItemString(sysdict, name) === null) continue;
    const value = PyDict_GetItemString(sysdict, orig) ?? Py_None;
    ignoringErrors(() => PyDict_SetItemString(sysdict, name, value));
  }
  // finalize_remove_modules: sys.modules[name] = None, modules weakly kept.
  const weaklist: PyModuleObject[] = [];
  const keys = PyDict_Keys(modules);
  try {
    for (let i = 0; i < PyList_GET_SIZE(keys); i++) {
      const name = PyList_GET_ITEM(keys, i);
      const mod = PyDict_GetItem(modules, name);
      if (mod === null) continue;
      if (mod instanceof PyModuleObject) weaklist.push(mod);
      ignoringErrors(() => PyDict_SetItem(modules, name, Py_None));
    }
  } finally {
    Py_DECREF(keys);
  }
  // finalize_clear_modules_dict
  ignoringErrors(() => PyDict_Clear(modules));
  _PyGC_CollectNoFail();
  // finalize_modules_clear_weaklist: modules imported later first.
  for (let i = weaklist.length - 1; i >= 0; i--) {
    const mod = weaklist[i];
    if (mod.ob_refcnt <= 0) continue;
    const dict = mod.md_dict;
    if (dict === null || dict === sysdict || dict === builtinsDict) continue;
    Py_INCREF(mod);
    try {
      _PyModule_ClearDict(dict);
    } finally {
      Py_DECREF(mod);
    }
  }
  // finalize_clear_sys_builtins_dict
  _PyModule_ClearDict(sysdict);
  _PyModule_ClearDict(builtinsDict);
}

/** Run `f`; an exception it raises is dropped (shutdown goes on). */
function ignoringErrors(f: () => void): void {
  try {
    f();
  } catch (e) {
    Py_DECREF(toPyException(e));
  }
}

/**
 * _PyModule_ClearDict: set the dict's values to None, names with a single
 * leading underscore first, then every other name but `__builtins__`, in
 * insertion order (3.11 Objects/moduleobject.c). Errors are ignored.
 */
export function _PyModule_ClearDict(d: PyObject): void {
  Py_INCREF(d);
  const keys = PyDict_Keys(d);
  try {
    const n = PyList_GET_SIZE(keys);
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < n; i++) {
        const k = PyList_GET_ITEM(keys, i);
        const name = PyUnicode_Check(k) ? PyUnicode_AsString(k) : "";
        const underscore = name.startsWith("_") && !name.startsWith("__");
        if (pass === 0 ? !underscore : underscore || name === "__builtins__") continue;
        const v = PyDict_GetItem(d, k);
        if (v === null || v === Py_None) continue;
        ignoringErrors(() => PyDict_SetItem(d, k, Py_None));
      }
    }
  } finally {
    Py_DECREF(keys);
    Py_DECREF(d);
  }
}
