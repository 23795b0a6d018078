/**
 * The import system (CPython's Python/import.c with the parts of
 * importlib._bootstrap it calls: _find_and_load, _handle_fromlist,
 * resolve_name). `import a.b.c` finds each module in the run's
 * `sys.modules`, else builds it: a built-in module from the table of
 * built-in modules (CPython's `_PyImport_Inittab`, filled by the runtime
 * at start-up: runtime/lifecycle.ts), else a Python module from the
 * library, searched along `sys.path` (top level) or the parent package's
 * `__path__` (submodules), as CPython's BuiltinImporter then PathFinder.
 *
 * The library is a set of files, each a path under the library folder
 * (`LIBDIR`, on `sys.path`) with its source and, when the build compiled
 * it, its code unit (marshalled); it is handed over once per process with
 * `PyImport_SetLibrary`. A module without a stored unit is compiled from
 * its source the first time a process imports it. The files carry their
 * paths as `__file__` and `co_filename`, and their source is what
 * tracebacks through them show. Programs cannot import files of their own.
 *
 * Reference behaviour: every function returning a module returns a new
 * reference; `name`, `globals`, `fromlist` are borrowed.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "../heap/refcount.js";
import { heapHooks } from "../heap/hooks.js";
import type { CodeUnit } from "../bytecode/code.js";
import { PyMarshal_LoadUnit } from "../bytecode/marshal.js";
import { _Py_CompileUnit } from "./compile.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "../objects/unicodeobject.js";
import {
  PyDict_Check,
  PyDict_DelItem,
  PyDict_GetItem,
  PyDict_GetItemString,
  PyDict_SetItem,
  PyDict_SetItemString,
} from "../objects/dictobject.js";
import { PyErr_ExceptionMatches, PyErr_Format, PyErr_NewWithArgs } from "../objects/errors.js";
import {
  PyExc_ImportError,
  PyExc_KeyError,
  PyExc_ModuleNotFoundError,
  PyExc_RuntimeError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.js";
import { PyTuple_Pack } from "../objects/tupleobject.js";
import { setExtra } from "../objects/exceptions-init.js";
import { PyList_Check, PyList_GET_ITEM, PyList_GET_SIZE, PyList_New, PyList_Append } from "../objects/listobject.js";
import { PyModule_GetDict, PyModule_New } from "../objects/moduleobject.js";
import { PyCode_FromUnit } from "../objects/codeobject.js";
import { PyIter_Next, PyObject_GetIter, PyObject_IsTrue } from "../objects/abstract.js";
import { _PyObject_LookupAttr, PyObject_SetAttr } from "../objects/object.js";
import { _Py_ID } from "../objects/identifiers.js";
import { Py_None } from "../objects/noneobject.js";
import { registerSource } from "../objects/traceback.js";
import { interp } from "../objects/pystate.js";
import { PySys_Audit } from "../objects/sysaudit.js";
import { PySys_GetObject } from "./sysstate.js";
import { PyEval_EvalCode } from "./ceval.js";

// ----------------------------------------------------------- built-ins

/** Module factories by name; each returns a new module object. */
const inittab = new Map<string, () => PyObject>();

/** Add a built-in module (PyImport_AppendInittab). */
export function PyImport_AppendInittab(name: string, create: () => PyObject): void {
  inittab.set(name, create);
}

/** 1 for the name of a built-in module, -1 for one made at start-up that
 *  cannot be made again (sys, builtins), 0 for others (_imp.is_builtin). */
export function _PyImport_IsBuiltin(name: string): number {
  if (name === "sys" || name === "builtins") return -1;
  return inittab.has(name) ? 1 : 0;
}

/** _imp.create_builtin: the built-in module `name` (a new reference), the
 *  one in sys.modules if it is made already, as a single-phase module's
 *  cached copy in CPython; null if there is none by that name. */
export function _PyImport_CreateBuiltin(name: string): PyObject | null {
  const modules = sysModules();
  const found = PyDict_GetItemString(modules, name);
  if (found !== null && found !== Py_None) return Py_NewRef(found);
  const create = inittab.get(name);
  if (create === undefined) return null;
  const m = create();
  PyDict_SetItemString(modules, name, m);
  return m;
}

/** The names of the built-in modules (sys.builtin_module_names). */
export function PyImport_BuiltinModuleNames(): string[] {
  return [...inittab.keys()].sort();
}

// ------------------------------------------------------------- library

/** The folder the library's files live in, as `sys.path` and `__file__`
 *  show it. */
export const LIBDIR = "/lib/python3.11";

/** One library file: its source and, if compiled by the build, its code
 *  unit marshalled (PyMarshal_DumpUnit). */
export interface LibraryFile {
  source: string;
  unit: string | null;
}

/** Library files by absolute path. */
const library = new Map<string, LibraryFile>();
/** Code units loaded or compiled in this process, by path. */
const units = new Map<string, CodeUnit>();

/** Hand the library over: `files` maps paths relative to LIBDIR
 *  (`json/decoder.py`) to their files. */
export function PyImport_SetLibrary(files: Record<string, LibraryFile>): void {
  library.clear();
  units.clear();
  for (const [rel, file] of Object.entries(files)) library.set(`${LIBDIR}/${rel}`, file);
}

/** The code unit of a library file, compiled once per process. */
function libraryUnit(path: string, file: LibraryFile): CodeUnit {
  let unit = units.get(path);
  if (unit === undefined) {
    unit = file.unit !== null ? PyMarshal_LoadUnit(file.unit) : _Py_CompileUnit(file.source, path, "exec");
    units.set(path, unit);
  }
  return unit;
}

// -------------------------------------------------------------- import

function sysModules(): PyObject {
  const modules = PySys_GetObject("modules");
  if (modules === null || !PyDict_Check(modules)) throw PyErr_Format(PyExc_ImportError, "sys.modules is not a dict");
  return modules;
}

function moduleNotFound(fullname: string, message: string): PyObject {
  const msg = PyUnicode_FromString(message);
  const args = PyTuple_Pack(msg);
  Py_DECREF(msg);
  const exc = PyErr_NewWithArgs(PyExc_ModuleNotFoundError, args);
  const n = PyUnicode_FromString(fullname);
  setExtra(exc, "name", n);
  Py_DECREF(n);
  return exc;
}

/** `import name` at level 0 with no fromlist (PyImport_Import): returns
 *  the module itself, not its top-level package. */
export function PyImport_Import(name: PyObject): PyObject {
  heapHooks.importDepth++;
  try {
    return findAndLoad(PyUnicode_AsString(name));
  } finally {
    heapHooks.importDepth--;
  }
}

/** `__import__(name, globals, locals, fromlist, level)`
 *  (PyImport_ImportModuleLevelObject). */
export function PyImport_ImportModuleLevelObject(
  name: PyObject,
  globals: PyObject | null,
  fromlist: PyObject | null,
  level: number,
): PyObject {
  if (!PyUnicode_Check(name)) throw PyErr_Format(PyExc_TypeError, "module name must be a string");
  if (level < 0) throw PyErr_Format(PyExc_ValueError, "level must be >= 0");
  heapHooks.importDepth++;
  try {
    return importModuleLevel(PyUnicode_AsString(name), globals, fromlist, level);
  } finally {
    heapHooks.importDepth--;
  }
}

function importModuleLevel(name: string, globals: PyObject | null, fromlist: PyObject | null, level: number): PyObject {
  {
    let absName: string;
    if (level > 0) {
      absName = resolveName(name, globals, level);
    } else {
      if (name.length === 0) throw PyErr_Format(PyExc_ValueError, "Empty module name");
      absName = name;
    }
    const mod = findAndLoad(absName);
    const hasFrom = fromlist !== null && fromlist !== Py_None && PyObject_IsTrue(fromlist);
    if (!hasFrom) {
      if (level === 0 || name.length > 0) {
        const dot = name.indexOf(".");
        if (dot < 0) return mod;
        Py_DECREF(mod);
        if (level === 0) return findAndLoad(name.slice(0, dot));
        const cutOff = name.length - dot;
        const toReturn = absName.slice(0, absName.length - cutOff);
        const m = PyDict_GetItemString(sysModules(), toReturn);
        if (m === null) throw PyErr_Format(PyExc_KeyError, `'${toReturn}' not in sys.modules as expected`);
        return Py_NewRef(m);
      }
      return mod;
    }
    const path = _PyObject_LookupAttr(mod, _Py_ID("__path__"));
    if (path === null) return mod;
    Py_DECREF(path);
    try {
      handleFromlist(mod, fromlist!, false);
    } catch (e) {
      Py_DECREF(mod);
      throw e;
    }
    return mod;
  }
}

/** importlib._bootstrap._resolve_name with the package found as
 *  import.c's resolve_name finds it. */
function resolveName(name: string, globals: PyObject | null, level: number): string {
  if (globals === null || !PyDict_Check(globals)) throw PyErr_Format(PyExc_KeyError, "'__name__' not in globals");
  let pkg = PyDict_GetItemString(globals, "__package__");
  if (pkg === Py_None) pkg = null;
  const spec = PyDict_GetItemString(globals, "__spec__");
  let packageName: string;
  if (pkg !== null) {
    if (!PyUnicode_Check(pkg)) throw PyErr_Format(PyExc_TypeError, "package must be a string");
    packageName = PyUnicode_AsString(pkg);
  } else if (spec !== null && spec !== Py_None) {
    const parent = _PyObject_LookupAttr(spec, PyUnicode_FromString("parent"));
    if (parent === null || !PyUnicode_Check(parent)) {
      if (parent !== null) Py_DECREF(parent);
      throw PyErr_Format(PyExc_TypeError, "__spec__.parent must be a string");
    }
    packageName = PyUnicode_AsString(parent);
    Py_DECREF(parent);
  } else {
    const modName = PyDict_GetItemString(globals, "__name__");
    if (modName === null) throw PyErr_Format(PyExc_KeyError, "'__name__' not in globals");
    if (!PyUnicode_Check(modName)) throw PyErr_Format(PyExc_TypeError, "__name__ must be a string");
    packageName = PyUnicode_AsString(modName);
    if (PyDict_GetItemString(globals, "__path__") === null) {
      const dot = packageName.lastIndexOf(".");
      packageName = dot < 0 ? "" : packageName.slice(0, dot);
    }
  }
  if (packageName.length === 0) {
    throw PyErr_Format(PyExc_ImportError, "attempted relative import with no known parent package");
  }
  let base = packageName;
  for (let i = 1; i < level; i++) {
    const dot = base.lastIndexOf(".");
    if (dot < 0) throw PyErr_Format(PyExc_ImportError, "attempted relative import beyond top-level package");
    base = base.slice(0, dot);
  }
  return name.length === 0 ? base : `${base}.${name}`;
}

/** sys.modules[name], else importlib._bootstrap._find_and_load. */
function findAndLoad(absName: string): PyObject {
  if (interp.importlib_cleared) return findAfterImportlibCleared(absName);
  const modules = sysModules();
  const found = PyDict_GetItemString(modules, absName);
  if (found !== null && found !== Py_None) return Py_NewRef(found);
  if (found === Py_None) {
    throw moduleNotFound(absName, `import of ${absName} halted; None in sys.modules`);
  }
  if (interp.audit_hooks !== null) auditImport(absName);
  const dot = absName.lastIndexOf(".");
  let searchPath: string[] | null = null;
  let parentModule: PyObject | null = null;
  if (dot >= 0) {
    const parent = absName.slice(0, dot);
    Py_DECREF(findAndLoad(parent));
    const again = PyDict_GetItemString(modules, absName);
    if (again !== null) return Py_NewRef(again);
    parentModule = PyDict_GetItemString(modules, parent);
    if (parentModule === null) throw PyErr_Format(PyExc_KeyError, `'${parent}'`);
    const path = _PyObject_LookupAttr(parentModule, _Py_ID("__path__"));
    if (path === null) throw moduleNotFound(absName, `No module named '${absName}'; '${parent}' is not a package`);
    try {
      searchPath = stringsOf(path);
    } finally {
      Py_DECREF(path);
    }
    Py_INCREF(parentModule);
  }
  try {
    const module = load(absName, searchPath);
    if (parentModule !== null) {
      const child = PyUnicode_FromString(absName.slice(dot + 1));
      try {
        PyObject_SetAttr(parentModule, child, module);
      } finally {
        Py_DECREF(child);
      }
    }
    return module;
  } finally {
    if (parentModule !== null) Py_DECREF(parentModule);
  }
}

/** import_find_and_load's "import" audit event: (name, None, sys.path,
 *  sys.meta_path, sys.path_hooks). */
function auditImport(absName: string): void {
  const name = PyUnicode_FromString(absName);
  try {
    PySys_Audit("import", [
      name,
      Py_None,
      PySys_GetObject("path") ?? Py_None,
      PySys_GetObject("meta_path") ?? Py_None,
      PySys_GetObject("path_hooks") ?? Py_None,
    ]);
  } finally {
    Py_DECREF(name);
  }
}

/** An import late in shutdown (import.c's PyImport_ImportModuleLevelObject
 *  once finalize_modules has wiped importlib's dict): the interpreter's
 *  modules dict is asked, and a miss calls `_find_and_load`, now None. */
function findAfterImportlibCleared(absName: string): PyObject {
  const modules = interp.modules;
  if (modules === null) throw PyErr_Format(PyExc_RuntimeError, "unable to get sys.modules");
  const found = PyDict_GetItemString(modules, absName);
  if (found !== null && found !== Py_None) return Py_NewRef(found);
  throw PyErr_Format(PyExc_TypeError, "'NoneType' object is not callable");
}

/** The str items of a list (sys.path, a package's __path__). */
function stringsOf(seq: PyObject): string[] {
  const out: string[] = [];
  if (PyList_Check(seq)) {
    for (let i = 0; i < PyList_GET_SIZE(seq); i++) {
      const item = PyList_GET_ITEM(seq, i);
      if (PyUnicode_Check(item)) out.push(PyUnicode_AsString(item));
    }
    return out;
  }
  const it = PyObject_GetIter(seq);
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) break;
      if (PyUnicode_Check(item)) out.push(PyUnicode_AsString(item));
      Py_DECREF(item);
    }
  } finally {
    Py_DECREF(it);
  }
  return out;
}

/** Find and load one module whose parent, if any, is loaded. */
function load(fullname: string, searchPath: string[] | null): PyObject {
  const modules = sysModules();
  // importlib._bootstrap._find_spec: shutdown has set sys.meta_path to None.
  if (PySys_GetObject("meta_path") === Py_None) {
    throw PyErr_Format(PyExc_ImportError, "sys.meta_path is None, Python is likely shutting down");
  }
  if (searchPath === null) {
    const create = inittab.get(fullname);
    if (create !== undefined) {
      const m = create();
      PyDict_SetItemString(modules, fullname, m);
      return m;
    }
    const sysPath = PySys_GetObject("path");
    searchPath = sysPath === null ? [] : stringsOf(sysPath);
  }
  const tail = fullname.slice(fullname.lastIndexOf(".") + 1);
  for (const dir of searchPath) {
    const init = `${dir}/${tail}/__init__.py`;
    const initFile = library.get(init);
    if (initFile !== undefined) return execModule(fullname, init, initFile, `${dir}/${tail}`);
    const path = `${dir}/${tail}.py`;
    const file = library.get(path);
    if (file !== undefined) return execModule(fullname, path, file, null);
  }
  throw moduleNotFound(fullname, `No module named '${fullname}'`);
}

/** Make module `fullname` from a library file and run its body in it;
 *  `packageDir` is its `__path__` entry if it is a package. The module is
 *  in sys.modules while its body runs, and removed if the body raises. */
function execModule(fullname: string, path: string, file: LibraryFile, packageDir: string | null): PyObject {
  registerSource(path, file.source);
  const unit = libraryUnit(path, file);
  const modules = sysModules();
  const m = PyModule_New(fullname);
  const key = PyUnicode_FromString(fullname);
  try {
    const dict = PyModule_GetDict(m);
    const dot = fullname.lastIndexOf(".");
    const pkg = PyUnicode_FromString(packageDir !== null ? fullname : dot < 0 ? "" : fullname.slice(0, dot));
    PyDict_SetItemString(dict, "__package__", pkg);
    Py_DECREF(pkg);
    if (packageDir !== null) {
      const list = PyList_New(0);
      const dir = PyUnicode_FromString(packageDir);
      PyList_Append(list, dir);
      Py_DECREF(dir);
      PyDict_SetItemString(dict, "__path__", list);
      Py_DECREF(list);
    }
    const f = PyUnicode_FromString(path);
    PyDict_SetItemString(dict, "__file__", f);
    Py_DECREF(f);
    if (interp.builtins !== null) PyDict_SetItemString(dict, "__builtins__", PyModule_GetDict(interp.builtins));
    PyDict_SetItem(modules, key, m);
    const code = PyCode_FromUnit(unit);
    try {
      // The source loader runs the body through exec(), which audits it.
      if (interp.audit_hooks !== null) PySys_Audit("exec", [code]);
      Py_DECREF(PyEval_EvalCode(code, dict, dict));
    } catch (e) {
      if (PyDict_GetItem(modules, key) !== null) PyDict_DelItem(modules, key);
      throw e;
    } finally {
      Py_DECREF(code);
    }
    // The module may have replaced itself in sys.modules.
    const final = PyDict_GetItem(modules, key);
    if (final === null) throw PyErr_Format(PyExc_ImportError, `Loaded module ${fullname} not found in sys.modules`);
    return Py_NewRef(final);
  } finally {
    Py_DECREF(key);
    Py_DECREF(m);
  }
}

/** importlib._bootstrap._handle_fromlist: `from package import name`
 *  imports `package.name` when the package has no attribute `name`. */
function handleFromlist(module: PyObject, fromlist: PyObject, recursive: boolean): void {
  const it = PyObject_GetIter(fromlist);
  try {
    for (;;) {
      const x = PyIter_Next(it);
      if (x === null) break;
      try {
        if (!PyUnicode_Check(x)) {
          let where = "``from list''";
          if (recursive) {
            const n = _PyObject_LookupAttr(module, _Py_ID("__name__"));
            where = `${n !== null && PyUnicode_Check(n) ? PyUnicode_AsString(n) : "?"}.__all__`;
            if (n !== null) Py_DECREF(n);
          }
          throw PyErr_Format(PyExc_TypeError, `Item in ${where} must be str, not ${x.ob_type.tp_name}`);
        }
        const s = PyUnicode_AsString(x);
        if (s === "*") {
          if (!recursive) {
            const all = _PyObject_LookupAttr(module, _Py_ID("__all__"));
            if (all !== null) {
              try {
                handleFromlist(module, all, true);
              } finally {
                Py_DECREF(all);
              }
            }
          }
          continue;
        }
        const attr = _PyObject_LookupAttr(module, x);
        if (attr !== null) {
          Py_DECREF(attr);
          continue;
        }
        const n = _PyObject_LookupAttr(module, _Py_ID("__name__"));
        const modName = n !== null && PyUnicode_Check(n) ? PyUnicode_AsString(n) : "?";
        if (n !== null) Py_DECREF(n);
        const fromName = `${modName}.${s}`;
        try {
          Py_DECREF(findAndLoad(fromName));
        } catch (e) {
          if (!PyErr_ExceptionMatches(e, PyExc_ModuleNotFoundError)) throw e;
          const exc = e as PyObject;
          const excName = _PyObject_LookupAttr(exc, _Py_ID("name"));
          const same = excName !== null && PyUnicode_Check(excName) && PyUnicode_AsString(excName) === fromName;
          if (excName !== null) Py_DECREF(excName);
          if (same && PyDict_GetItemString(sysModules(), fromName) !== Py_None) {
            Py_DECREF(exc);
            continue;
          }
          throw e;
        }
      } finally {
        Py_DECREF(x);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}
