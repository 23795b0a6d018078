/**
 * PyErr_WarnExplicitObject with no module and no registry, as CPython's
 * compiler and parser call it (Python/_warnings.c warn_explicit): the
 * warnings the compiler finds (vm/compile.ts installs `compileWarning` as
 * the hook of ast/errors.ts).
 *
 * The filters are the `warnings` module's (`warnings.filters`,
 * `warnings.defaultaction`, `warnings.onceregistry`) when a program has
 * imported it, else CPython's default filters (DeprecationWarning shown
 * only in `__main__`; DeprecationWarning, PendingDeprecationWarning,
 * ImportWarning and ResourceWarning ignored) behind the `-W` options of
 * `sys.warnoptions` read as warnings._setoption reads them. The module of
 * a compile-time warning is the file name without `.py` (normalize_module),
 * so `default::DeprecationWarning:__main__` never matches one: the
 * invalid escape DeprecationWarning is hidden unless a filter shows it.
 *
 * The action: "error" raises the category with the message, "ignore"
 * drops it, "once" shows it once per (text, category) in the once
 * registry, and "default", "module", "always" show it every time (there
 * is no registry). Showing goes to warnings.showwarning when a program
 * replaced it, else is _showwarnmsg_impl's: `FILE:LINE: Category: text`
 * and the stripped source line (of a file refpy has the text of) written
 * to sys.stderr.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF } from "../heap/refcount.js";
import { onGCReset } from "../heap/gc.js";
import type { CompileWarningCategory } from "../ast/errors.js";
import type { PyTypeObject } from "../objects/typeobject.js";
import { PyErr_ExceptionMatches, PyErr_Format, PyErr_NewWithArgs } from "../objects/errors.js";
import {
  PyExc_DeprecationWarning,
  PyExc_ImportWarning,
  PyExc_PendingDeprecationWarning,
  PyExc_ResourceWarning,
  PyExc_RuntimeError,
  PyExc_SyntaxWarning,
  PyExc_Warning,
  PyExc_ValueError,
  PyExc_TypeError,
  PyExc_OSError,
} from "../objects/exceptions.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyList_Check, type PyListObject } from "../objects/listobject.js";
import { PyTuple_Check, PyTuple_Pack, type PyTupleObject, _PyTuple_FromArraySteal } from "../objects/tupleobject.js";
import { PyDict_Check, PyDict_GetItem, PyDict_GetItemString, PyDict_SetItem } from "../objects/dictobject.js";
import { PyLong_Check, PyLong_FromNumber, Py_True, type PyLongObject } from "../objects/longobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyObject_IsSubclass, _PyObject_LookupAttrString } from "../objects/object.js";
import { PyObject_IsTrue, PyObject_Repr } from "../objects/abstract.js";
import { PyObject_Call, PyObject_CallMethod } from "../objects/call.js";
import { PyFile_WriteString } from "../objects/fileobject.js";
import { PyModule_GetDict } from "../objects/moduleobject.js";
import { getSourceLine } from "../objects/traceback.js";
import { _PyErr_WriteStderr } from "../objects/errors-display.js";
import { PySys_GetObject } from "./sysstate.js";

/** A filter: (action, message regex or None, category, module regex or None, lineno). */
type Filter = [string, PyObject | string | null, PyTypeObject, string | PyObject | null, number];

/** init_filters: CPython's default filters (a release build). */
function defaultFilters(): Filter[] {
  return [
    ["default", null, PyExc_DeprecationWarning, "__main__", 0],
    ["ignore", null, PyExc_DeprecationWarning, null, 0],
    ["ignore", null, PyExc_PendingDeprecationWarning, null, 0],
    ["ignore", null, PyExc_ImportWarning, null, 0],
    ["ignore", null, PyExc_ResourceWarning, null, 0],
  ];
}

const ACTIONS = ["default", "always", "ignore", "module", "once", "error"];

/** warnings._setoption for a -W option without the regular expressions
 *  it would compile (message and module match as prefixes here only when
 *  empty, the common `-W error`, `-W ignore::DeprecationWarning` forms);
 *  null for an option it cannot read. */
function parseOption(arg: string): Filter | null {
  const parts = arg.split(":");
  if (parts.length > 5) return null;
  while (parts.length < 5) parts.push("");
  const [actionPart, message, categoryName, module, linenoText] = parts.map((p) => p.trim());
  const action =
    ACTIONS.find((a) => actionPart !== "" && a.startsWith(actionPart)) ?? (actionPart === "" ? "default" : null);
  if (action === null || message !== "" || module !== "") return null;
  let category: PyTypeObject = PyExc_Warning;
  if (categoryName !== "") {
    const found = WARNING_CATEGORIES[categoryName];
    if (found === undefined) return null;
    category = found;
  }
  let lineno = 0;
  if (linenoText !== "") {
    lineno = Number(linenoText);
    if (!Number.isInteger(lineno) || lineno < 0) return null;
  }
  return [action, null, category, null, lineno];
}

const WARNING_CATEGORIES: Record<string, PyTypeObject> = {
  Warning: PyExc_Warning,
  SyntaxWarning: PyExc_SyntaxWarning,
  DeprecationWarning: PyExc_DeprecationWarning,
  PendingDeprecationWarning: PyExc_PendingDeprecationWarning,
  ImportWarning: PyExc_ImportWarning,
  ResourceWarning: PyExc_ResourceWarning,
};

/** The `warnings` module if a program imported it (borrowed), else null. */
function warningsModule(): PyObject | null {
  const modules = PySys_GetObject("modules");
  if (modules === null || !PyDict_Check(modules)) return null;
  return PyDict_GetItemString(modules, "warnings");
}

/** check_matched: None matches all, a str exactly, else obj.match(arg). */
function checkMatched(obj: PyObject | string | null, arg: string): boolean {
  if (obj === null || obj === Py_None) return true;
  if (typeof obj === "string") return obj === arg;
  if (PyUnicode_Check(obj) && obj.ob_type.tp_name === "str") return PyUnicode_AsString(obj) === arg;
  const s = PyUnicode_FromString(arg);
  try {
    const r = PyObject_CallMethod(obj, "match", s);
    try {
      return PyObject_IsTrue(r);
    } finally {
      Py_DECREF(r);
    }
  } finally {
    Py_DECREF(s);
  }
}

/** get_filter over the warnings module's list: the action, as a str. */
function moduleFilterAction(
  module: PyObject,
  category: PyTypeObject,
  text: string,
  lineno: number,
  modname: string,
): string {
  const filters = _PyObject_LookupAttrString(module, "filters");
  if (filters === null || !PyList_Check(filters)) {
    if (filters !== null) Py_DECREF(filters);
    throw PyErr_Format(PyExc_RuntimeError, "warnings.filters must be a list");
  }
  try {
    const items = (filters as PyListObject).ob_item.slice();
    for (let i = 0; i < items.length; i++) {
      const f = items[i];
      if (!PyTuple_Check(f) || (f as PyTupleObject).ob_item.length !== 5) {
        throw PyErr_Format(PyExc_ValueError, `warnings.filters item ${i} isn't a 5-tuple`);
      }
      const [action, msg, cat, mod, ln] = (f as PyTupleObject).ob_item;
      if (!PyUnicode_Check(action)) {
        throw PyErr_Format(PyExc_TypeError, `action must be a string, not '${action.ob_type.tp_name}'`);
      }
      const lnValue = PyLong_Check(ln) ? Number((ln as PyLongObject).v) : -1;
      if (
        checkMatched(msg, text) &&
        PyObject_IsSubclass(category, cat) &&
        checkMatched(mod, modname) &&
        (lnValue === 0 || lnValue === lineno)
      ) {
        return PyUnicode_AsString(action);
      }
    }
  } finally {
    Py_DECREF(filters);
  }
  const action = _PyObject_LookupAttrString(module, "defaultaction");
  if (action === null) return "default";
  try {
    if (!PyUnicode_Check(action)) {
      throw PyErr_Format(PyExc_TypeError, "_warnings.defaultaction must be a string, not 'NoneType'");
    }
    return PyUnicode_AsString(action);
  } finally {
    Py_DECREF(action);
  }
}

function defaultFilterAction(category: PyTypeObject, text: string, lineno: number, modname: string): string {
  const filters: Filter[] = [];
  const options = PySys_GetObject("warnoptions");
  if (options !== null && PyList_Check(options)) {
    // Each option goes in front, as warnings._processoptions inserts them.
    for (const o of (options as PyListObject).ob_item) {
      if (!PyUnicode_Check(o)) continue;
      const f = parseOption(PyUnicode_AsString(o));
      if (f !== null) filters.unshift(f);
    }
  }
  filters.push(...defaultFilters());
  for (const [action, msg, cat, mod, ln] of filters) {
    if (
      checkMatched(msg, text) &&
      PyObject_IsSubclass(category, cat) &&
      checkMatched(mod, modname) &&
      (ln === 0 || ln === lineno)
    ) {
      return action;
    }
  }
  return "default";
}

/** The once registry: warnings.onceregistry, or the interpreter's own. */
const onceRegistry: Set<string> = new Set();
onGCReset(() => onceRegistry.clear());

/** normalize_module: the file name without ".py". */
function normalizeModule(filename: string): string {
  if (filename.length === 0) return "<unknown>";
  return filename.endsWith(".py") ? filename.slice(0, -3) : filename;
}

/** warn_explicit(category, message, filename, lineno, NULL, NULL). */
export function PyErr_WarnExplicit(category: PyTypeObject, text: string, filename: string, lineno: number): void {
  const modname = normalizeModule(filename);
  const module = warningsModule();
  const action =
    module !== null
      ? moduleFilterAction(module, category, text, lineno, modname)
      : defaultFilterAction(category, text, lineno, modname);
  if (action === "error") {
    throw PyErr_NewWithArgs(category, _PyTuple_FromArraySteal([PyUnicode_FromString(text)]));
  }
  if (action === "ignore") return;
  if (action === "once") {
    if (alreadyOnce(module, category, text)) return;
  } else if (action !== "always" && action !== "default" && action !== "module") {
    const a = PyUnicode_FromString(action);
    let r: PyObject;
    try {
      r = PyObject_Repr(a);
    } finally {
      Py_DECREF(a);
    }
    const shown = PyUnicode_AsString(r);
    Py_DECREF(r);
    throw PyErr_Format(PyExc_RuntimeError, `Unrecognized action (${shown}) in warnings.filters:\n ${shown}`);
  }
  showWarning(module, category, text, filename, lineno);
}

/** update_registry for "once": true when (text, category) was shown. */
function alreadyOnce(module: PyObject | null, category: PyTypeObject, text: string): boolean {
  if (module === null) {
    const key = `${category.tp_name}\0${text}`;
    if (onceRegistry.has(key)) return true;
    onceRegistry.add(key);
    return false;
  }
  const registry = _PyObject_LookupAttrString(module, "onceregistry");
  if (registry === null) return false;
  try {
    if (!PyDict_Check(registry)) return false;
    const t = PyUnicode_FromString(text);
    const key = PyTuple_Pack(t, category);
    Py_DECREF(t);
    try {
      if (PyDict_GetItem(registry, key) !== null) return true;
      PyDict_SetItem(registry, key, Py_True);
      return false;
    } finally {
      Py_DECREF(key);
    }
  } finally {
    Py_DECREF(registry);
  }
}

/** call_show_warning: a replaced warnings.showwarning is called as
 *  warnings._showwarnmsg calls it; else _showwarnmsg_impl's output. */
function showWarning(
  module: PyObject | null,
  category: PyTypeObject,
  text: string,
  filename: string,
  lineno: number,
): void {
  if (module !== null && showwarningReplaced(module)) {
    const show = _PyObject_LookupAttrString(module, "showwarning")!;
    try {
      const message = PyErr_NewWithArgs(category, _PyTuple_FromArraySteal([PyUnicode_FromString(text)]));
      const args = [message, category, PyUnicode_FromString(filename), PyLong_FromNumber(lineno)];
      try {
        Py_DECREF(callWith(show, args));
      } finally {
        Py_DECREF(args[0]);
        Py_DECREF(args[2]);
        Py_DECREF(args[3]);
      }
    } finally {
      Py_DECREF(show);
    }
    return;
  }
  let out = `${filename}:${lineno}: ${category.tp_name}: ${text}\n`;
  const line = getSourceLine(filename, lineno);
  if (line !== null && line.trim() !== "") out += `  ${line.trim()}\n`;
  const stderr = PySys_GetObject("stderr");
  if (stderr === null) {
    _PyErr_WriteStderr(out);
    return;
  }
  if (stderr === Py_None) return;
  try {
    PyFile_WriteString(out, stderr);
  } catch (e) {
    // _showwarnmsg_impl: "stderr is invalid - this warning gets lost".
    if (!PyErr_ExceptionMatches(e, PyExc_OSError)) throw e;
    Py_DECREF(e as PyObject);
  }
}

/** warnings.showwarning is not warnings._showwarning_orig. */
function showwarningReplaced(module: PyObject): boolean {
  const d = PyModule_GetDict(module);
  const show = PyDict_GetItemString(d, "showwarning");
  const orig = PyDict_GetItemString(d, "_showwarning_orig");
  return show !== null && orig !== null && show !== orig;
}

/** showwarning(message, category, filename, lineno, None, None), as
 *  _showwarnmsg calls it (no file, no line). */
function callWith(f: PyObject, args: PyObject[]): PyObject {
  return PyObject_Call(f, [...args, Py_None, Py_None], null);
}

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
