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
import { _PyTraceback_ResetSourceReads } from "../objects/traceback-source.js";
import { _PyArg_ResetParsers } from "../objects/getargs.js";
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, resetRefcount } from "../heap/refcount.js";
import { resetAllocator } from "../heap/allocator.js";
import { resetGC } from "../heap/gc.js";
import {
  allStaticTypes,
  PyBaseObject_Type,
  PyType_Modified,
  PyType_Type,
  PyTypeObject,
} from "../objects/typeobject.js";
import { TPFLAGS_HEAPTYPE } from "../heap/object.js";
import { PyTuple_GET_ITEM, PyTuple_GET_SIZE } from "../objects/tupleobject.js";
import { PyType_Ready, remove_subclass } from "../objects/typeimpl.js";
import { _PyExc_Init } from "../objects/exceptions-init.js";
import { _PyExcGroup_Init } from "../objects/exceptiongroup.js";
import { resetExtraDicts } from "../objects/instanceobject.js";
import { _PyFrame_Clear } from "../objects/frameobject.js";
import {
  PyDict_Clear,
  PyDict_Copy,
  PyDict_GetItem,
  PyDict_GetItemString,
  PyDict_Keys,
  PyDict_Merge,
  PyDict_New,
  PyDict_SetItem,
  PyDict_SetItemString,
  PyDict_Next,
  PyDict_Size,
  _PyDict_Key,
  _PyDict_Value,
} from "../objects/dictobject.js";
import { PyList_GET_ITEM, PyList_GET_SIZE } from "../objects/listobject.js";
import { PyModule_GetDict, PyModuleObject } from "../objects/moduleobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyUnicode_AsString, PyUnicode_Check } from "../objects/unicodeobject.js";
import { _PyGC_CollectNoFail, _PyGC_ReclaimAbandoned } from "../heap/collect.js";
import { _PyBuiltins_Init } from "../modules/builtins.js";
import { _PySys_Create } from "../modules/sys.js";
import { _PySys_SetModule } from "../vm/sysstate.js";
import { PyInit__opcode } from "../modules/opcode.js";
import { PyInit__imp } from "../modules/imp.js";
import { PyImport_AppendInittab } from "../vm/import.js";
import { _PyContext_ClearThreadState, PyInit__contextvars } from "../modules/contextvars.js";
import { PyInit__struct } from "../modules/struct.js";
import { PyInit__ast, _PyAST_BeginRun, _PyAST_Fini, _PyAST_InitTypes } from "../modules/ast-native.js";
import { PyInit_binascii } from "../modules/binascii.js";
import { PyInit_zlib } from "../modules/zlib.js";
import { PyInit__csv } from "../modules/csv.js";
import { PyInit__locale } from "../modules/locale.js";
import { PyInit__asyncio } from "../modules/asyncio-native.js";
import { PyInit__warnings } from "../modules/warnings.js";
import { _PyWarnings_Fini } from "../objects/warnings.js";
import { _PySys_ClearAuditHooks } from "../objects/sysaudit.js";
import { _PyStdlib_Init } from "./stdlib.js";
import { PyInit_posix } from "../modules/posix.js";
import { _PyStructSequence_InitTypes } from "../objects/structseq.js";
import { PyInit_atexit, _PyAtExit_Fini } from "../modules/atexit.js";
import { PyInit__signal, _PySignal_Fini } from "../modules/signal.js";
import { PyInit__linecache } from "../modules/linecache-native.js";
import { PyInit__random } from "../modules/random.js";
import { PyInit__sha512 } from "../modules/sha512.js";
import { PyInit__md5, PyInit__sha1, PyInit__sha256, PyInit__sha3 } from "../modules/hashes.js";
import { PyInit__blake2 } from "../modules/blake2.js";
import { PyInit_errno } from "../modules/errno.js";
import { PyInit__codecs } from "../modules/codecs.js";
import { PyInit_gc } from "../modules/gc.js";
import { PyInit__weakref } from "../modules/weakref.js";
import { PyInit_unicodedata } from "../modules/unicodedata.js";
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
import {
  interp,
  tstate,
  _PyThreadState_Reset,
  _PyThreadState_UpdateTracing,
  _PyInterpreterState_SetEvalFrameFunc,
  type ExcInfo,
} from "../objects/pystate.js";
import { toPyException } from "../objects/errors.js";
import { _PyIdentifiers_BeginRun, _PyIdentifiers_Fini } from "../objects/identifiers.js";
let initialized = false;

/** Once per process: ready every static type. */
export function interpreterInit(): void {
  if (initialized) return;
  initialized = true;
  _PyInterpreterState_SetEvalFrameFunc(_PyEval_EvalFrameDefault);
  _PyExc_Init();
  _PyExcGroup_Init();
  PyType_Ready(PyBaseObject_Type);
  PyType_Ready(PyType_Type);
  for (let i = 0; i < allStaticTypes.length; i++) PyType_Ready(allStaticTypes[i]);
  _PyStructSequence_InitTypes();
  _PyAST_InitTypes();
  // The built-in modules (CPython's Modules/config.c _PyImport_Inittab).
  PyImport_AppendInittab("sys", () => Py_NewRef(interp.sys!));
  PyImport_AppendInittab("builtins", () => Py_NewRef(interp.builtins!));
  PyImport_AppendInittab("math", PyInit_math);
  PyImport_AppendInittab("cmath", PyInit_cmath);
  PyImport_AppendInittab("time", PyInit_time);
  PyImport_AppendInittab("_random", PyInit__random);
  PyImport_AppendInittab("_sha512", PyInit__sha512);
  PyImport_AppendInittab("_md5", PyInit__md5);
  PyImport_AppendInittab("_sha1", PyInit__sha1);
  PyImport_AppendInittab("_sha256", PyInit__sha256);
  PyImport_AppendInittab("_sha3", PyInit__sha3);
  PyImport_AppendInittab("_blake2", PyInit__blake2);
  PyImport_AppendInittab("errno", PyInit_errno);
  PyImport_AppendInittab("gc", PyInit_gc);
  PyImport_AppendInittab("_weakref", PyInit__weakref);
  PyImport_AppendInittab("atexit", PyInit_atexit);
  PyImport_AppendInittab("_signal", PyInit__signal);
  PyImport_AppendInittab("_linecache", PyInit__linecache);
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
  PyImport_AppendInittab("_asyncio", PyInit__asyncio);
  PyImport_AppendInittab("_contextvars", PyInit__contextvars);
  PyImport_AppendInittab("_struct", PyInit__struct);
  PyImport_AppendInittab("_ast", PyInit__ast);
  PyImport_AppendInittab("binascii", PyInit_binascii);
  PyImport_AppendInittab("zlib", PyInit_zlib);
  PyImport_AppendInittab("_csv", PyInit__csv);
  PyImport_AppendInittab("_locale", PyInit__locale);
  PyImport_AppendInittab("_warnings", PyInit__warnings);
  PyImport_AppendInittab("_opcode", PyInit__opcode);
  PyImport_AppendInittab("_imp", PyInit__imp);
  PyImport_AppendInittab("unicodedata", PyInit_unicodedata);
  _PyStdlib_Init();
  // The objects made here live as long as the process, outside every
  // run's collector lists (and so outside _PyGC_ReclaimAbandoned's reach).
  resetGC();
  for (const t of [PyBaseObject_Type, PyType_Type, ...allStaticTypes]) {
    const d = t.tp_dict;
    if (d === null) continue;
    const entries: PyObject[] = [];
    for (let i = PyDict_Next(d, 0); i >= 0; i = PyDict_Next(d, i + 1)) {
      entries.push(_PyDict_Key(d, i), _PyDict_Value(d, i));
    }
    staticTypeDicts.set(t, entries);
  }
}

/** The static types' dicts as start-up made them (borrowed keys and
 *  values, alternating): a program reaches the real dict behind
 *  `int.__dict__` through gc.get_referents, and what it writes there is
 *  undone before the next run (restoreStaticTypeDicts). */
const staticTypeDicts = new Map<PyTypeObject, PyObject[]>();

function restoreStaticTypeDicts(): void {
  for (const [t, entries] of staticTypeDicts) {
    const d = t.tp_dict;
    if (d === null) continue;
    let same = PyDict_Size(d) * 2 === entries.length;
    for (let i = PyDict_Next(d, 0), j = 0; same && i >= 0; i = PyDict_Next(d, i + 1), j += 2) {
      same = _PyDict_Key(d, i) === entries[j] && _PyDict_Value(d, i) === entries[j + 1];
    }
    if (same) continue;
    for (const o of entries) Py_INCREF(o);
    ignoringErrors(() => PyDict_Clear(d));
    for (let j = 0; j < entries.length; j += 2) ignoringErrors(() => PyDict_SetItem(d, entries[j], entries[j + 1]));
    for (const o of entries) Py_DECREF(o);
    PyType_Modified(t);
  }
}

/** A fresh run: new heap state, new builtins, sys and sys.modules. */
export function interpreterReset(argv: string[] = [""]): void {
  interpreterInit();
  reclaimPreviousRun();
  resetAllocator();
  resetGC();
  resetRefcount();
  _PyThreadState_Reset();
  interp.finalizing = false;
  interp.importlib_cleared = false;
  interp.audit_hooks = null;
  _PyArg_ResetParsers();
  _PyTraceback_ResetSourceReads();
  resetExtraDicts();
  _PyIdentifiers_BeginRun();
  _PyAST_BeginRun();
  _PySys_SetModule(null);
  const modules = PyDict_New();
  const builtins = _PyBuiltins_Init();
  const sys = _PySys_Create(argv, modules);
  PyDict_SetItemString(modules, "builtins", builtins);
  PyDict_SetItemString(modules, "sys", sys);
  interp.modules = modules;
  interp.builtins = builtins;
  interp.sys = sys;
  interp.builtins_copy = PyDict_Copy(PyModule_GetDict(builtins));
  tstate.builtins = PyModule_GetDict(builtins);
  interp.import_func = PyDict_GetItemString(tstate.builtins, "__import__");
}

/**
 * The end of a run: CPython 3.11's Py_FinalizeEx from its first
 * finalize_modules step on (Python/pylifecycle.c), after the runtime has
 * run the atexit callbacks and the first collection (pythonrun.ts).
 * `__main__` is one module among the others, held by sys.modules alone.
 *
 * finalize_modules:
 *  1. finalize_modules_delete_special: `builtins._` and sys.path, argv,
 *     ps1, ps2, the last_ names, path_hooks, path_importer_cache,
 *     meta_path and __interactivehook__ are set to None; sys.stdin,
 *     stdout and stderr are restored from their `__x__`;
 *  2. finalize_remove_modules: every module of sys.modules, in its order,
 *     is set to None there and kept weakly (a JS reference, checked for
 *     `ob_refcnt > 0`: objects are never reused once freed). From here
 *     on an import fails and tracebacks show no source lines
 *     (`interp.finalizing`). A module held by nothing else dies now; its
 *     dict goes with it unless something (its functions, in a cycle)
 *     holds it;
 *  3. finalize_clear_modules_dict: sys.modules is cleared;
 *  4. finalize_restore_builtins: the builtins dict gets back the contents
 *     start-up gave it (names a program added to it are released);
 *  5. a collection (_PyGC_CollectNoFail) reclaims the module dicts in
 *     cycles and what they hold;
 *  6. finalize_modules_clear_weaklist: modules still alive, imported later
 *     first, have their dicts cleared (_PyModule_ClearDict), except sys
 *     and builtins; a dead module's dict still held elsewhere is left
 *     alone. CPython's importlib is among them: later imports call None;
 *  7. finalize_clear_sys_builtins_dict: the sys dict, then the builtins
 *     dict, cleared the same way (sys.stderr is None from here on, so
 *     unraisable exceptions print nothing);
 *  8. the interpreter drops sys.modules; a collection.
 * Then interpreter_clear (Python/pystate.c): the thread state's async
 * generator hooks, the builtins copy, the atexit list go; a last
 * collection; the collector's own lists (gc.callbacks, gc.garbage); the
 * sys and builtins dicts are emptied and dropped.
 *
 * What no collection reclaims stays alive, as in CPython: the objects
 * gc.freeze() moved to the permanent generation, and cycles whose last
 * outside reference went after the last collection (a `__main__`
 * function in gc.callbacks keeps `__main__`'s dict, and so every global,
 * alive to the end). The leak check (inspect/audit.ts) tells such
 * abandoned cycles from leaks.
 */
export function interpreterFinalize(): void {
  const mods = interp.modules;
  if (mods !== null && interp.sys !== null && interp.builtins !== null) {
    finalizeModules(mods, interp.sys, interp.builtins);
  }
  interpreterClear();
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
  for (const name of SYS_DELETES) ignoringErrors(() => PyDict_SetItemString(sysdict, name, Py_None));
  for (const [name, orig] of SYS_FILES) {
    const value = PyDict_GetItemString(sysdict, orig) ?? Py_None;
    ignoringErrors(() => PyDict_SetItemString(sysdict, name, value));
  }
  // finalize_remove_modules: sys.modules[name] = None, modules weakly kept.
  interp.finalizing = true;
  const weaklist: PyModuleObject[] = [];
  const keys = PyDict_Keys(modules);
  try {
    for (let i = 0; i < PyList_GET_SIZE(keys); i++) {
      const name = PyList_GET_ITEM(keys, i);
      const mod = PyDict_GetItem(modules, name);
      if (!(mod instanceof PyModuleObject)) continue;
      weaklist.push(mod);
      ignoringErrors(() => PyDict_SetItem(modules, name, Py_None));
    }
  } finally {
    Py_DECREF(keys);
  }
  // finalize_clear_modules_dict
  ignoringErrors(() => PyDict_Clear(modules));
  // finalize_restore_builtins
  const copy = interp.builtins_copy;
  if (copy !== null) {
    const old = PyDict_Copy(builtinsDict);
    try {
      PyDict_Clear(builtinsDict);
      ignoringErrors(() => PyDict_Merge(builtinsDict, copy, true));
    } finally {
      Py_DECREF(old);
    }
  }
  _PyGC_CollectNoFail();
  // finalize_modules_clear_weaklist: modules imported later first.
  for (let i = weaklist.length - 1; i >= 0; i--) {
    const mod = weaklist[i];
    if (mod.ob_refcnt <= 0) continue;
    const dict = mod.md_dict;
    if (dict === sysdict || dict === builtinsDict) continue;
    Py_INCREF(mod);
    try {
      if (dict !== null) _PyModule_ClearDict(dict);
    } finally {
      Py_DECREF(mod);
    }
  }
  // CPython's importlib (_frozen_importlib, the third module imported at
  // start-up) is wiped last of all.
  interp.importlib_cleared = true;
  // finalize_clear_sys_builtins_dict
  _PyModule_ClearDict(sysdict);
  _PyModule_ClearDict(builtinsDict);
  interp.modules = null;
  Py_DECREF(modules);
  _PyGC_CollectNoFail();
}

/** PyThreadState_Clear: the thread state's dict, the exception being
 *  handled (`sys.exc_info()`: None once an `except` block has run, as in
 *  CPython), the profile and trace functions, the async generator hooks,
 *  the context. */
function threadStateClear(): void {
  let info: ExcInfo | null = tstate.exc_info;
  while (info !== null) {
    const value = info.exc_value;
    info.exc_value = null;
    if (value !== null) Py_DECREF(value);
    info = info.previous_item;
  }
  const tdict = tstate.dict;
  tstate.dict = null;
  if (tdict !== null) Py_DECREF(tdict);
  const profileobj = tstate.c_profileobj;
  const traceobj = tstate.c_traceobj;
  tstate.c_profileobj = null;
  tstate.c_traceobj = null;
  _PyThreadState_UpdateTracing();
  if (profileobj !== null) Py_DECREF(profileobj);
  if (traceobj !== null) Py_DECREF(traceobj);
  const firstiter = tstate.async_gen_firstiter;
  const finalizer = tstate.async_gen_finalizer;
  tstate.async_gen_firstiter = null;
  tstate.async_gen_finalizer = null;
  if (firstiter !== null) Py_DECREF(firstiter);
  if (finalizer !== null) Py_DECREF(finalizer);
  _PyContext_ClearThreadState();
}

/** interpreter_clear (Python/pystate.c), for what refpy's interpreter
 *  holds. */
function interpreterClear(): void {
  threadStateClear();
  const modules = interp.modules;
  interp.modules = null;
  if (modules !== null) Py_DECREF(modules);
  const copy = interp.builtins_copy;
  interp.builtins_copy = null;
  if (copy !== null) Py_DECREF(copy);
  interp.import_func = null;
  _PyAST_Fini();
  _PySys_ClearAuditHooks();
  _PyAtExit_Fini();
  _PySignal_Fini();
  _PyWarnings_Fini();
  _PyGC_CollectNoFail();
  _PyGC_Fini();
  // The sys and builtins dicts are emptied last: clearing the rest may
  // run code that needs them.
  const b = interp.builtins;
  const s = interp.sys;
  if (s !== null) ignoringErrors(() => PyDict_Clear(PyModule_GetDict(s)));
  if (b !== null) ignoringErrors(() => PyDict_Clear(PyModule_GetDict(b)));
  interp.builtins = null;
  interp.sys = null;
  tstate.builtins = null;
  if (b !== null) Py_DECREF(b);
  if (s !== null) Py_DECREF(s);
  _PyIdentifiers_Fini();
}

/**
 * What the previous run left alive lets go of the process's objects
 * before the next run starts, so that nothing of one run is reachable
 * from the next (not a class through `int.__subclasses__()`, not a
 * reference in None's count): the objects gc.freeze() and gc.garbage
 * kept, cycles no collection reclaimed, and after os._exit (which skips
 * teardown) the whole interpreter. None of the run's code runs (see
 * _PyGC_ReclaimAbandoned).
 */
function reclaimPreviousRun(): void {
  _PyGC_ReclaimAbandoned(forgetSubclass, releaseExitFrames);
  // os._exit: the interpreter was never finalized.
  if (interp.modules !== null || interp.builtins !== null || interp.sys !== null) interpreterClear();
  else threadStateClear();
  restoreStaticTypeDicts();
}

/** What the frames os._exit unwound past still hold. */
function releaseExitFrames(): void {
  let frame = interp.exit_frame;
  interp.exit_frame = null;
  for (; frame !== null; frame = frame.previous) {
    // A generator's frame goes with the generator.
    if (frame.gen === null) {
      try {
        _PyFrame_Clear(frame);
      } catch {
        // Nothing of the run is reported any more.
      }
    }
  }
}

/** A class the previous run left behind leaves its bases'
 *  `__subclasses__()` (see _PyGC_ReclaimAbandoned). */
function forgetSubclass(op: PyObject): void {
  if (!(op instanceof PyTypeObject) || (op.tp_flags & TPFLAGS_HEAPTYPE) === 0 || op.tp_bases === null) return;
  const bases = op.tp_bases;
  for (let i = 0; i < PyTuple_GET_SIZE(bases); i++) remove_subclass(PyTuple_GET_ITEM(bases, i) as PyTypeObject, op);
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
