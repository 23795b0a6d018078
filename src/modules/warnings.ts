/**
 * The `_warnings` module (CPython 3.11's Python/_warnings.c): `filters`,
 * `_defaultaction` and `_onceregistry` are the interpreter's warnings
 * state (objects/warnings.ts, made on first use), `warn`, `warn_explicit`
 * and `_filters_mutated` its functions. Lib/warnings.py imports them, so
 * its Python fallback (and the `re` import its default filters need) is
 * not used; `-W` options reach the filters through warnings.py's
 * _processoptions when start-up imports it.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_AddFunctions, PyModule_AddObjectRef, PyModule_New } from "../objects/moduleobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_OverflowError, PyExc_TypeError } from "../objects/exceptions.js";
import { PyNumber_Index } from "../objects/abstract.js";
import type { PyLongObject } from "../objects/longobject.js";
import { newArgParser, _PyArg_UnpackKeywords } from "../objects/getargs.js";
import {
  _PyWarnings_FiltersMutated,
  _PyWarnings_GetState,
  do_warn,
  get_category,
  warn_explicit,
} from "../objects/warnings.js";
import { PyDict_Check, PyDict_GetItem } from "../objects/dictobject.js";
import { _PyObject_LookupAttrString } from "../objects/object.js";
import { PyObject_CallOneArg } from "../objects/call.js";
import { _Py_ID } from "../objects/identifiers.js";

/** PyLong_AsSsize_t / PyLong_AsLong of an index: an OverflowError past
 *  64 bits naming the C type. */
function asIndex(o: PyObject, ctype: string): number {
  const i = PyNumber_Index(o) as PyLongObject;
  try {
    if (i.big === null) return i.v;
    if (i.big >= -(1n << 63n) && i.big < 1n << 63n) return Number(i.big);
    throw PyErr_Format(PyExc_OverflowError, `Python int too large to convert to C ${ctype}`);
  } finally {
    Py_DECREF(i);
  }
}

const warnParser = newArgParser("warn", ["message", "category", "stacklevel", "source"], 1);

/** warn(message, category=None, stacklevel=1, source=None) */
function warnings_warn(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const a = _PyArg_UnpackKeywords(args, kwnames, warnParser, []);
  const message = a[0]!;
  const stacklevel = a[2] !== null ? asIndex(a[2], "ssize_t") : 1;
  const category = get_category(message, a[1]);
  do_warn(message, category, stacklevel, a[3] === Py_None ? null : a[3]);
  return Py_NewRef(Py_None);
}

const warnExplicitParser = newArgParser(
  "warn_explicit",
  ["message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"],
  4,
);

/** warn_explicit(message, category, filename, lineno, module=None,
 *  registry=None, module_globals=None, source=None) */
function warnings_warn_explicit(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const a = _PyArg_UnpackKeywords(args, kwnames, warnExplicitParser, []);
  const [message, category, filename, linenoObj, module, registry, module_globals, source] = a;
  if (!PyUnicode_Check(filename!)) {
    throw PyErr_Format(PyExc_TypeError, `warn_explicit() argument 3 must be str, not ${filename!.ob_type.tp_name}`);
  }
  const lineno = asIndex(linenoObj!, "long");
  if (lineno > 2147483647) throw PyErr_Format(PyExc_OverflowError, "signed integer is greater than maximum");
  if (lineno < -2147483648) throw PyErr_Format(PyExc_OverflowError, "signed integer is less than minimum");
  let sourceLine: PyObject | null = null;
  if (module_globals !== null && module_globals !== Py_None) {
    if (!PyDict_Check(module_globals)) {
      throw PyErr_Format(PyExc_TypeError, `module_globals must be a dict, not '${module_globals.ob_type.tp_name}'`);
    }
    sourceLine = get_source_line(module_globals, lineno);
  }
  try {
    warn_explicit(category!, message!, filename!, lineno, module, registry, sourceLine, source);
  } finally {
    if (sourceLine !== null) Py_DECREF(sourceLine);
  }
  return Py_NewRef(Py_None);
}

/** get_source_line: line `lineno` of `__loader__.get_source(__name__)`
 *  (a new reference), or null. */
function get_source_line(module_globals: PyObject, lineno: number): PyObject | null {
  const loader = PyDict_GetItem(module_globals, _Py_ID("__loader__"));
  if (loader === null) return null;
  const name = PyDict_GetItem(module_globals, _Py_ID("__name__"));
  if (name === null) return null;
  const get_source = _PyObject_LookupAttrString(loader, "get_source");
  if (get_source === null) return null;
  let source: PyObject;
  try {
    source = PyObject_CallOneArg(get_source, name);
  } finally {
    Py_DECREF(get_source);
  }
  try {
    if (source === Py_None || !PyUnicode_Check(source)) return null;
    const lines = PyUnicode_AsString(source).split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
    if (lineno < 1 || lineno > lines.length) return null;
    return PyUnicode_FromString(lines[lineno - 1]);
  } finally {
    Py_DECREF(source);
  }
}

function warnings_filters_mutated(_m: PyObject): PyObject {
  _PyWarnings_FiltersMutated();
  return Py_NewRef(Py_None);
}

const functions: PyMethodDef[] = [
  { name: "warn", meth: warnings_warn, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "warn_explicit", meth: warnings_warn_explicit, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "_filters_mutated", meth: warnings_filters_mutated, flags: METH_NOARGS },
];

export function PyInit__warnings(): PyObject {
  const m = PyModule_New("_warnings");
  const doc = PyUnicode_FromString(
    "_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.",
  );
  PyModule_AddObjectRef(m, "__doc__", doc);
  Py_DECREF(doc);
  PyModule_AddFunctions(m, functions);
  const state = _PyWarnings_GetState();
  PyModule_AddObjectRef(m, "filters", state.filters);
  PyModule_AddObjectRef(m, "_onceregistry", state.once_registry);
  PyModule_AddObjectRef(m, "_defaultaction", state.default_action);
  return m;
}
