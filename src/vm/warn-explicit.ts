/**
 * The compiler's warnings (vm/compile.ts installs `compileWarning` as the
 * hook of ast/errors.ts): PyErr_WarnExplicitObject with no module and no
 * registry, as CPython's compiler and parser call it, through the
 * interpreter's warnings filters (objects/warnings.ts, Python/_warnings.c).
 * The module of a compile-time warning is the file name without `.py`
 * (normalize_module), so `default::DeprecationWarning:__main__` never
 * matches one: the invalid escape DeprecationWarning is hidden unless a
 * filter shows it.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF } from "../heap/refcount.js";
import type { CompileWarningCategory } from "../ast/errors.js";
import { PyErr_ExceptionMatches } from "../objects/errors.js";
import { PyExc_DeprecationWarning, PyExc_SyntaxWarning } from "../objects/exceptions.js";
import { PyErr_WarnExplicit } from "../objects/warnings.js";

/** The compile-time warning hook (ast/errors.ts): true when the warning's
 *  own category was raised (an "error" filter), which the compiler turns
 *  into a SyntaxError; any other exception propagates. */
export function compileWarning(
  category: CompileWarningCategory,
  msg: string,
  filename: string,
  lineno: number,
): boolean {
  const type = category === "SyntaxWarning" ? PyExc_SyntaxWarning : PyExc_DeprecationWarning;
  try {
    PyErr_WarnExplicit(type, msg, filename, lineno);
    return false;
  } catch (e) {
    if (PyErr_ExceptionMatches(e, type)) {
      Py_DECREF(e as PyObject);
      return true;
    }
    throw e;
  }
}
