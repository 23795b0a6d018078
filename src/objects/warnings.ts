/**
 * Warnings as CPython 3.11 prints them under its default filters
 * (Python/_warnings.c with Lib/warnings.py's formatting), for the warnings
 * the runtime itself issues; there is no `warnings` module for programs.
 *
 * A warning is attributed to the running Python frame (the caller of
 * warnings.warn at stacklevel 2 in CPython's `_warn_unawaited_coroutine`):
 * its file and current line, and its globals, whose `__warningregistry__`
 * dict records each (text, category, lineno) shown, so the "default"
 * action prints a warning once per location. With no frame running the
 * location is `sys:1` and the registry is the sys module's.
 *
 * Output, to stderr:
 *     FILE:LINE: Category: text
 *       source line, stripped (when the source is known)
 * and, for a warning about an object (`source`), CPython's tracemalloc
 * hint `Category: Enable tracemalloc to get the object allocation
 * traceback`. Once shutdown has emptied sys.modules the warnings module is
 * out of reach and CPython's C fallback prints the first two lines only.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF } from "../heap/refcount.js";
import type { PyTypeObject } from "./typeobject.js";
import { interp, tstate } from "./pystate.js";
import { PyCode_Addr2Line } from "./codeobject.js";
import { getSourceLine } from "./traceback.js";
import { PyDict_Clear, PyDict_GetItem, PyDict_New, PyDict_SetItem } from "./dictobject.js";
import { PyModule_GetDict } from "./moduleobject.js";
import { PyLong_FromNumber, PyLong_Type, Py_True, type PyLongObject } from "./longobject.js";
import { PyUnicode_AsString, PyUnicode_FromString } from "./unicodeobject.js";
import { PyTuple_Pack } from "./tupleobject.js";
import { _Py_ID } from "./identifiers.js";
import { PyExc_RuntimeWarning } from "./exceptions.js";
import { _PyErr_WriteStderr } from "./errors-display.js";

/** `_filters_version` of the warnings module, which the registries carry
 *  (the filters never change here). */
const FILTERS_VERSION = 0;

/** already_warned + update_registry for the "default" action: true when
 *  `key` was shown before at this location; else records it. */
function alreadyWarned(registry: PyObject, key: PyObject): boolean {
  const version = PyDict_GetItem(registry, _Py_ID("version"));
  if (version === null || version.ob_type !== PyLong_Type || (version as PyLongObject).v !== FILTERS_VERSION) {
    PyDict_Clear(registry);
    const v = PyLong_FromNumber(FILTERS_VERSION);
    PyDict_SetItem(registry, _Py_ID("version"), v);
    Py_DECREF(v);
  } else if (PyDict_GetItem(registry, key) !== null) {
    return true;
  }
  PyDict_SetItem(registry, key, Py_True);
  return false;
}

/** The globals' `__warningregistry__` dict (borrowed), made if missing. */
function registryOf(globals: PyObject): PyObject {
  const name = _Py_ID("__warningregistry__");
  const found = PyDict_GetItem(globals, name);
  if (found !== null) return found;
  const registry = PyDict_New();
  PyDict_SetItem(globals, name, registry);
  Py_DECREF(registry);
  return registry;
}

/**
 * warn_explicit under the default filters for `category` at the running
 * frame: print the warning unless this location showed it already.
 * `source` marks a warning about an object (ResourceWarning, an unawaited
 * coroutine), which adds the tracemalloc hint.
 */
export function warnAtFrame(category: PyTypeObject, text: string, source: PyObject | null): void {
  const frame = tstate.frame;
  let filename = "sys";
  let lineno = 1;
  let globals: PyObject | null = interp.sys !== null ? PyModule_GetDict(interp.sys) : null;
  if (frame !== null) {
    filename = frame.f_code.filename;
    lineno = PyCode_Addr2Line(frame.f_code, frame.lasti < 0 ? 0 : frame.lasti);
    globals = frame.f_globals;
  }
  if (globals !== null) {
    const t = PyUnicode_FromString(text);
    const n = PyLong_FromNumber(lineno);
    const key = PyTuple_Pack(t, category, n);
    Py_DECREF(t);
    Py_DECREF(n);
    try {
      if (alreadyWarned(registryOf(globals), key)) return;
    } finally {
      Py_DECREF(key);
    }
  }
  let out = `${filename}:${lineno}: ${category.tp_name}: ${text}\n`;
  const line = getSourceLine(filename, lineno);
  if (line !== null && line.trim() !== "") out += `  ${line.trim()}\n`;
  if (source !== null && !interp.finalizing) {
    out += `${category.tp_name}: Enable tracemalloc to get the object allocation traceback\n`;
  }
  _PyErr_WriteStderr(out);
}

/** _PyErr_WarnUnawaitedCoroutine: a coroutine finalized before it ever ran. */
export function _PyErr_WarnUnawaitedCoroutine(coro: PyObject, qualname: PyObject): void {
  warnAtFrame(PyExc_RuntimeWarning, `coroutine '${PyUnicode_AsString(qualname)}' was never awaited`, coro);
}
