/**
 * Modules written in Python and shipped inside refpy (CPython's frozen
 * modules); `execSource` runs other texts (site.ts) under the file name
 * given. `codecs` is Python source held in its TypeScript file and
 * run here into a fresh module namespace when first imported, as CPython
 * runs Lib/*.py (the other modules written in Python are CPython's own
 * files in lib/, loaded by the import system).
 *
 * Representation: the compiled form of a source text (a CodeUnit, plain
 * data) is cached per process by text, so a run pays for parsing and
 * compiling each text only once per process; each run still makes its own
 * code object and module. Code from these modules carries the file name
 * `<frozen NAME>` (no source lines in tracebacks, as CPython's frozen
 * modules); `execSource` runs other texts (site.ts) under the file name
 * given.
 *
 * Reference behaviour: `execSource` borrows `globals` / `locals`;
 * `PyRun_FrozenModule` returns a new reference to the module.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF } from "../heap/refcount.js";
import { parse } from "../../grammar/parse.js";
import { compile } from "../compiler/compile.js";
import type { CodeUnit } from "../bytecode/code.js";
import { PyCode_FromUnit } from "../objects/codeobject.js";
import { PyEval_EvalCode } from "../vm/ceval.js";
import { PyModule_AddObjectRef, PyModule_GetDict, PyModule_New } from "../objects/moduleobject.js";
import { PyDict_DelItemString, PyDict_GetItemString, PyDict_SetItemString } from "../objects/dictobject.js";
import { PySys_GetObject } from "../vm/sysstate.js";
import { interp } from "../objects/pystate.js";

const unitCache = new Map<string, CodeUnit>();

function compiled(source: string, filename: string): CodeUnit {
  const key = filename + "\0" + source;
  let unit = unitCache.get(key);
  if (unit === undefined) {
    unit = compile(parse(source, filename, "exec"), filename, "exec", source);
    unitCache.set(key, unit);
  }
  return unit;
}

/** exec(source, globals, locals): run a module-mode text. */
export function execSource(source: string, filename: string, globals: PyObject, locals: PyObject): void {
  if (PyDict_GetItemString(globals, "__builtins__") === null && interp.builtins !== null) {
    PyDict_SetItemString(globals, "__builtins__", interp.builtins);
  }
  const code = PyCode_FromUnit(compiled(source, filename));
  try {
    Py_DECREF(PyEval_EvalCode(code, globals, locals));
  } finally {
    Py_DECREF(code);
  }
}

/**
 * Build module `name` by running `source` in its namespace. `prepare`
 * adds native names first. The module is in sys.modules while its body
 * runs (so a circular import finds it) and removed again if the body
 * raises, as importlib does.
 */
export function PyRun_FrozenModule(name: string, source: string, prepare: ((m: PyObject) => void) | null): PyObject {
  const m = PyModule_New(name);
  try {
    const dict = PyModule_GetDict(m);
    if (interp.builtins !== null) PyModule_AddObjectRef(m, "__builtins__", interp.builtins);
    if (prepare !== null) prepare(m);
    const modules = PySys_GetObject("modules");
    if (modules !== null) PyDict_SetItemString(modules, name, m);
    try {
      execSource(source, `<frozen ${name}>`, dict, dict);
    } catch (e) {
      if (modules !== null && PyDict_GetItemString(modules, name) === m) {
        // Leave no half-built module behind.
        deleteKey(modules, name);
      }
      throw e;
    }
  } catch (e) {
    Py_DECREF(m);
    throw e;
  }
  return m;
}

function deleteKey(d: PyObject, key: string): void {
  try {
    PyDict_DelItemString(d, key);
  } catch (e) {
    Py_DECREF(e as PyObject);
  }
}
