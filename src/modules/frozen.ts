/**
 * Texts written in Python and shipped inside refpy rather than in lib/
 * (CPython's frozen modules): `execSource` runs one (site.ts's) into a
 * namespace under the file name given. The other modules written in
 * Python are CPython's own files in lib/, loaded by the import system.
 *
 * Representation: the compiled form of a source text (a CodeUnit, plain
 * data) is cached per process by text, so a run pays for parsing and
 * compiling each text only once per process; each run still makes its own
 * code object.
 *
 * Reference behaviour: `execSource` borrows `globals` / `locals`.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF } from "../heap/refcount.js";
import { parse } from "../../grammar/parse.js";
import { compile } from "../compiler/compile.js";
import type { CodeUnit } from "../bytecode/code.js";
import { PyCode_FromUnit } from "../objects/codeobject.js";
import { PyEval_EvalCode } from "../vm/ceval.js";
import { PyDict_GetItemString, PyDict_SetItemString } from "../objects/dictobject.js";
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
