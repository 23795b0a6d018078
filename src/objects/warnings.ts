/**
 * The warnings machinery of CPython 3.11's Python/_warnings.c: the
 * interpreter's filters, once registry and default action (the state the
 * `_warnings` module, modules/warnings.ts, exposes), get_filter,
 * warn_explicit with the `__warningregistry__` logic, setup_context's
 * stacklevel walk, and call_show_warning. Every warning goes through here:
 * warnings.warn and warnings.warn_explicit (Lib/warnings.py imports them
 * from `_warnings`), the compiler's warnings (vm/warn-explicit.ts, as
 * PyErr_WarnExplicitObject) and the runtime's own (an unawaited coroutine).
 *
 * The state is made on first use (CPython's _PyWarnings_InitState) and
 * dropped at the end of a run (_PyWarnings_Fini). When a program has
 * imported `warnings`, its `filters`, `defaultaction` and `onceregistry`
 * attributes are the ones read (get_warnings_attr), and a warning is shown
 * by building a `warnings.WarningMessage` and calling
 * `warnings._showwarnmsg(msg)`; otherwise show_warning writes
 *     FILE:LINE: Category: text
 *       source line, stripped (when the source is known)
 * to sys.stderr.
 *
 * The unawaited-coroutine warning: CPython calls
 * warnings._warn_unawaited_coroutine, importing `warnings`, whose
 * _showwarnmsg_impl adds the tracemalloc hint
 * `Category: Enable tracemalloc to get the object allocation traceback`.
 * refpy does not import `warnings` for it: a warning about an object
 * (`source`) goes to warnings._showwarnmsg when a program has imported
 * the module, else show_warning adds that hint itself (not once shutdown
 * has begun, when CPython's import fails).
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { onGCReset } from "../heap/gc.js";
import { type PyTypeObject, PyType_Check } from "./typeobject.js";
import { interp, tstate } from "./pystate.js";
import type { InterpFrame } from "./frameobject.js";
import { PyCode_Addr2Line } from "./codeobject.js";
import { getSourceLine } from "./traceback.js";
import {
  PyDict_Check,
  PyDict_Clear,
  PyDict_GetItem,
  PyDict_GetItemString,
  PyDict_New,
  PyDict_SetItem,
} from "./dictobject.js";
import { PyModule_GetDict } from "./moduleobject.js";
import { PyLong_CheckExact, PyLong_FromNumber, Py_True, type PyLongObject } from "./longobject.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_CheckExact, PyUnicode_FromString } from "./unicodeobject.js";
import { PyTuple_Check, PyTuple_Pack, type PyTupleObject } from "./tupleobject.js";
import { PyList_Check, PyList_New, PyList_SET_ITEM, type PyListObject } from "./listobject.js";
import { Py_None } from "./noneobject.js";
import { _Py_ID } from "./identifiers.js";
import {
  PyExc_DeprecationWarning,
  PyExc_ImportWarning,
  PyExc_PendingDeprecationWarning,
  PyExc_ResourceWarning,
  PyExc_RuntimeError,
  PyExc_RuntimeWarning,
  PyExc_TypeError,
  PyExc_UserWarning,
  PyExc_ValueError,
  PyExc_Warning,
} from "./exceptions.js";
import { PyErr_Format, PyErr_SetObject, PyExceptionInstance_Check } from "./errors.js";
import { PyErr_WriteUnraisable, _PyErr_WriteStderr } from "./errors-display.js";
import { PyObject_IsInstance, PyObject_IsSubclass, _PyObject_LookupAttrString } from "./object.js";
import { PyNumber_AsSsize_t, PyObject_IsTrue, PyObject_Repr, PyObject_Str } from "./abstract.js";
import { PyObject_Call, PyObject_CallMethod, PyObject_CallOneArg } from "./call.js";
import { PyFile_WriteString } from "./fileobject.js";

// ------------------------------------------------------------ the state

/** WarningsState: the filters list, the once registry dict, the default
 *  action str (new references once made) and the filters version. */
const st = {
  filters: null as PyObject | null,
  once_registry: null as PyObject | null,
  default_action: null as PyObject | null,
  filters_version: 0,
};

/** create_filter: (action, None, category, modname or None, 0). */
function create_filter(category: PyTypeObject, action: string, modname: string | null): PyObject {
  const a = PyUnicode_FromString(action);
  const m = modname !== null ? PyUnicode_FromString(modname) : Py_NewRef(Py_None);
  const zero = PyLong_FromNumber(0);
  const f = PyTuple_Pack(a, Py_None, category, m, zero);
  Py_DECREF(a);
  Py_DECREF(m);
  Py_DECREF(zero);
  return f;
}

/** init_filters (a release build). */
function init_filters(): PyObject {
  const filters = PyList_New(5);
  PyList_SET_ITEM(filters, 0, create_filter(PyExc_DeprecationWarning, "default", "__main__"));
  PyList_SET_ITEM(filters, 1, create_filter(PyExc_DeprecationWarning, "ignore", null));
  PyList_SET_ITEM(filters, 2, create_filter(PyExc_PendingDeprecationWarning, "ignore", null));
  PyList_SET_ITEM(filters, 3, create_filter(PyExc_ImportWarning, "ignore", null));
  PyList_SET_ITEM(filters, 4, create_filter(PyExc_ResourceWarning, "ignore", null));
  return filters;
}

/** warnings_init_state, made on first use. */
function warnings_get_state(): typeof st {
  if (st.filters === null) st.filters = init_filters();
  if (st.once_registry === null) st.once_registry = PyDict_New();
  if (st.default_action === null) st.default_action = PyUnicode_FromString("default");
  return st;
}

/** The state's objects for the `_warnings` module (borrowed). */
export function _PyWarnings_GetState(): { filters: PyObject; once_registry: PyObject; default_action: PyObject } {
  const s = warnings_get_state();
  return { filters: s.filters!, once_registry: s.once_registry!, default_action: s.default_action! };
}

/** warnings_filters_mutated. */
export function _PyWarnings_FiltersMutated(): void {
  warnings_get_state().filters_version++;
}

/** A fresh heap forgets the state of the last run. */
onGCReset(() => {
  st.filters = null;
  st.once_registry = null;
  st.default_action = null;
  st.filters_version = 0;
});

/** The state's references, for the refcount audit's roots. */
export function _PyWarnings_Visit(visit: (o: PyObject) => void): void {
  if (st.filters !== null) visit(st.filters);
  if (st.once_registry !== null) visit(st.once_registry);
  if (st.default_action !== null) visit(st.default_action);
}

/** _PyWarnings_Fini: the end of a run drops the state. */
export function _PyWarnings_Fini(): void {
  const { filters, once_registry, default_action } = st;
  st.filters = null;
  st.once_registry = null;
  st.default_action = null;
  st.filters_version = 0;
  Py_XDECREF(filters);
  Py_XDECREF(once_registry);
  Py_XDECREF(default_action);
}

// ------------------------------------------------------------ filters

/** check_matched: None matches; an exact str compares equal; else
 *  `obj.match(arg)`. */
function check_matched(obj: PyObject, arg: PyObject): boolean {
  if (obj === Py_None) return true;
  if (PyUnicode_CheckExact(obj)) {
    if (!PyUnicode_Check(arg)) {
      throw PyErr_Format(PyExc_TypeError, `Can't compare str and ${arg.ob_type.tp_name}`);
    }
    return PyUnicode_AsString(obj) === PyUnicode_AsString(arg);
  }
  const result = PyObject_CallMethod(obj, "match", arg);
  try {
    return PyObject_IsTrue(result);
  } finally {
    Py_DECREF(result);
  }
}

/** get_warnings_attr with try_import 0: `warnings.<attr>` (a new
 *  reference) when the module is in sys.modules, else null. */
function get_warnings_attr(attr: string): PyObject | null {
  if (interp.modules === null || !PyDict_Check(interp.modules)) return null;
  const module = PyDict_GetItemString(interp.modules, "warnings");
  if (module === null) return null;
  Py_INCREF(module);
  try {
    return _PyObject_LookupAttrString(module, attr);
  } finally {
    Py_DECREF(module);
  }
}

/** Replace a state slot with `value` (a new reference). */
function setState(slot: "filters" | "once_registry" | "default_action", value: PyObject): void {
  const old = st[slot];
  st[slot] = value;
  Py_XDECREF(old);
}

function get_once_registry(): PyObject {
  const registry = get_warnings_attr("onceregistry");
  if (registry === null) return st.once_registry!;
  if (!PyDict_Check(registry)) {
    const name = registry.ob_type.tp_name;
    Py_DECREF(registry);
    throw PyErr_Format(PyExc_TypeError, `_warnings.onceregistry must be a dict, not '${name}'`);
  }
  setState("once_registry", registry);
  return registry;
}

function get_default_action(): PyObject {
  const action = get_warnings_attr("defaultaction");
  if (action === null) return st.default_action!;
  if (!PyUnicode_Check(action)) {
    const name = action.ob_type.tp_name;
    Py_DECREF(action);
    throw PyErr_Format(PyExc_TypeError, `_warnings.defaultaction must be a string, not '${name}'`);
  }
  setState("default_action", action);
  return action;
}

/** get_filter: [action (borrowed), matching item or None (new ref)]. */
function get_filter(category: PyObject, text: PyObject, lineno: number, module: PyObject): [PyObject, PyObject] {
  const s = warnings_get_state();
  const found = get_warnings_attr("filters");
  if (found !== null) setState("filters", found);
  const filters = s.filters;
  if (filters === null || !PyList_Check(filters)) {
    throw PyErr_Format(PyExc_ValueError, "_warnings.filters must be a list");
  }
  // The list may change while it is walked: its length is read each time.
  for (let i = 0; i < (filters as PyListObject).ob_item.length; i++) {
    const item = (filters as PyListObject).ob_item[i];
    if (!PyTuple_Check(item) || (item as PyTupleObject).ob_item.length !== 5) {
      throw PyErr_Format(PyExc_ValueError, `_warnings.filters item ${i} isn't a 5-tuple`);
    }
    Py_INCREF(item);
    let matched = false;
    try {
      const [action, msg, cat, mod, ln_obj] = (item as PyTupleObject).ob_item;
      if (!PyUnicode_Check(action)) {
        throw PyErr_Format(PyExc_TypeError, `action must be a string, not '${action.ob_type.tp_name}'`);
      }
      const good_msg = check_matched(msg, text);
      const good_mod = check_matched(mod, module);
      const is_subclass = PyObject_IsSubclass(category, cat);
      const ln = PyNumber_AsSsize_t(ln_obj, null);
      matched = good_msg && is_subclass && good_mod && (ln === 0 || lineno === ln);
      if (matched) return [action, item];
    } finally {
      if (!matched) Py_DECREF(item);
    }
  }
  return [get_default_action(), Py_NewRef(Py_None)];
}

// ------------------------------------------------------------ registries

/** already_warned: true when `key` is in the registry (of the current
 *  filters version); with `should_set`, records it otherwise. */
function already_warned(registry: PyObject, key: PyObject, should_set: boolean): boolean {
  const s = warnings_get_state();
  const version = PyDict_GetItem(registry, _Py_ID("version"));
  if (version === null || !PyLong_CheckExact(version) || Number((version as PyLongObject).v) !== s.filters_version) {
    PyDict_Clear(registry);
    const v = PyLong_FromNumber(s.filters_version);
    try {
      PyDict_SetItem(registry, _Py_ID("version"), v);
    } finally {
      Py_DECREF(v);
    }
  } else {
    const warned = PyDict_GetItem(registry, key);
    if (warned !== null && PyObject_IsTrue(warned)) return true;
  }
  if (should_set) PyDict_SetItem(registry, key, Py_True);
  return false;
}

/** normalize_module: the file name without ".py" (new reference). */
function normalize_module(filename: PyObject): PyObject {
  const name = PyUnicode_AsString(filename);
  if (name.length === 0) return PyUnicode_FromString("<unknown>");
  if (name.endsWith(".py")) return PyUnicode_FromString(name.slice(0, -3));
  return Py_NewRef(filename);
}

/** update_registry: registry[(text, category)] (with a 0 when add_zero). */
function update_registry(registry: PyObject, text: PyObject, category: PyObject, add_zero: boolean): boolean {
  const zero = PyLong_FromNumber(0);
  const altkey = add_zero ? PyTuple_Pack(text, category, zero) : PyTuple_Pack(text, category);
  Py_DECREF(zero);
  try {
    return already_warned(registry, altkey, true);
  } finally {
    Py_DECREF(altkey);
  }
}

// ------------------------------------------------------------ showing

/** show_warning: the C fallback, to sys.stderr; its errors are dropped. */
function show_warning(
  filename: PyObject,
  lineno: number,
  text: PyObject,
  category: PyObject,
  sourceline: PyObject | null,
  source: PyObject | null,
): void {
  const name = _PyObject_LookupAttrString(category, "__name__");
  let out: string;
  try {
    if (name === null) return;
    const cat = PyUnicode_Check(name) ? PyUnicode_AsString(name) : "";
    out = `${strOf(filename)}:${lineno}: ${cat}: ${strOf(text)}\n`;
    if (sourceline !== null) {
      out += `${strOf(sourceline)}\n`;
    } else if (PyUnicode_Check(filename)) {
      const line = getSourceLine(PyUnicode_AsString(filename), lineno);
      if (line !== null && line.trim() !== "") out += `  ${line.trim()}\n`;
    }
    if (source !== null && !interp.finalizing) {
      out += `${cat}: Enable tracemalloc to get the object allocation traceback\n`;
    }
  } catch (e) {
    Py_DECREF(e as PyObject);
    return;
  } finally {
    Py_XDECREF(name);
  }
  const stderr = interp.sys !== null ? PyDict_GetItemString(PyModule_GetDict(interp.sys), "stderr") : null;
  if (stderr === null) {
    _PyErr_WriteStderr("lost sys.stderr\n");
    return;
  }
  try {
    PyFile_WriteString(out, stderr);
  } catch (e) {
    Py_DECREF(e as PyObject);
  }
}

/** str(o) as a JS string (PyFile_WriteObject with Py_PRINT_RAW). */
function strOf(o: PyObject): string {
  if (PyUnicode_Check(o)) return PyUnicode_AsString(o);
  const s = PyObject_Str(o);
  try {
    return PyUnicode_AsString(s);
  } finally {
    Py_DECREF(s);
  }
}

/** call_show_warning: warnings._showwarnmsg(WarningMessage(...)) when the
 *  Python module is there, else show_warning. */
function call_show_warning(
  category: PyObject,
  text: PyObject,
  message: PyObject,
  filename: PyObject,
  lineno: number,
  lineno_obj: PyObject,
  sourceline: PyObject | null,
  source: PyObject | null,
): void {
  const show_fn = get_warnings_attr("_showwarnmsg");
  if (show_fn === null) {
    show_warning(filename, lineno, text, category, sourceline, source);
    return;
  }
  try {
    if (show_fn.ob_type.tp_call === null) {
      throw PyErr_Format(PyExc_TypeError, "warnings._showwarnmsg() must be set to a callable");
    }
    const warnmsg_cls = get_warnings_attr("WarningMessage");
    if (warnmsg_cls === null) throw PyErr_Format(PyExc_RuntimeError, "unable to get warnings.WarningMessage");
    let msg: PyObject;
    try {
      msg = PyObject_Call(
        warnmsg_cls,
        [message, category, filename, lineno_obj, Py_None, Py_None, source ?? Py_None],
        null,
      );
    } finally {
      Py_DECREF(warnmsg_cls);
    }
    try {
      Py_DECREF(PyObject_CallOneArg(show_fn, msg));
    } finally {
      Py_DECREF(msg);
    }
  } finally {
    Py_DECREF(show_fn);
  }
}

// ------------------------------------------------------------ warn_explicit

/**
 * warn_explicit: decide by the registry and the filters, then raise, drop
 * or show. `module` null → normalize_module(filename); None → ignored
 * (a warning late in shutdown). `registry` a dict, None or null.
 * Throws what CPython returns NULL for.
 */
export function warn_explicit(
  category: PyObject,
  message: PyObject,
  filename: PyObject,
  lineno: number,
  module: PyObject | null,
  registry: PyObject | null,
  sourceline: PyObject | null,
  source: PyObject | null,
): void {
  if (module === Py_None) return;
  if (registry !== null && registry !== Py_None && !PyDict_Check(registry)) {
    throw PyErr_Format(PyExc_TypeError, "'registry' must be a dict or None");
  }
  if (registry === Py_None) registry = null;
  if (source === Py_None) source = null;
  const owned: PyObject[] = [];
  try {
    const mod = module === null ? normalize_module(filename) : Py_NewRef(module);
    owned.push(mod);
    let text: PyObject;
    if (PyObject_IsInstance(message, PyExc_Warning)) {
      text = PyObject_Str(message);
      owned.push(text);
      category = message.ob_type;
      message = Py_NewRef(message);
    } else {
      text = message;
      message = PyObject_CallOneArg(category, message);
    }
    owned.push(message);
    const lineno_obj = PyLong_FromNumber(lineno);
    owned.push(lineno_obj);
    const key = PyTuple_Pack(text, category, lineno_obj);
    owned.push(key);
    if (registry !== null && already_warned(registry, key, false)) return;

    const [action, item] = get_filter(category, text, lineno, mod);
    owned.push(item);
    const act = PyUnicode_AsString(action);
    if (act === "error") {
      // PyErr_SetObject(category, message): the instance itself is raised.
      if (PyExceptionInstance_Check(message)) throw Py_NewRef(message);
      throw PyErr_SetObject(category as PyTypeObject, message);
    }
    if (act === "ignore") return;
    let already = false;
    if (act !== "always") {
      if (registry !== null) PyDict_SetItem(registry, key, Py_True);
      if (act === "once") {
        already = update_registry(registry ?? get_once_registry(), text, category, false);
      } else if (act === "module") {
        if (registry !== null) already = update_registry(registry, text, category, false);
      } else if (act !== "default") {
        throw PyErr_Format(
          PyExc_RuntimeError,
          `Unrecognized action (${reprOf(action)}) in warnings.filters:\n ${reprOf(item)}`,
        );
      }
    }
    if (already) return;
    call_show_warning(category, text, message, filename, lineno, lineno_obj, sourceline, source);
  } finally {
    for (const o of owned) Py_DECREF(o);
  }
}

function reprOf(o: PyObject): string {
  const r = PyObject_Repr(o);
  try {
    return PyUnicode_AsString(r);
  } finally {
    Py_DECREF(r);
  }
}

// ------------------------------------------------------------ warn

/** is_internal_frame: a frame of importlib's _bootstrap. */
function is_internal_frame(frame: InterpFrame | null): boolean {
  if (frame === null) return false;
  const filename = frame.f_code.filename;
  return filename.includes("importlib") && filename.includes("_bootstrap");
}

function next_external_frame(frame: InterpFrame): InterpFrame | null {
  let f: InterpFrame | null = frame;
  do {
    f = f.previous;
  } while (f !== null && is_internal_frame(f));
  return f;
}

/** setup_context: [filename, lineno, module, registry] of the frame
 *  `stack_level` levels up (filename, module, registry new references). */
function setup_context(stack_level: number): [PyObject, number, PyObject, PyObject] {
  let f: InterpFrame | null = tstate.frame;
  if (stack_level <= 0 || is_internal_frame(f)) {
    while (--stack_level > 0 && f !== null) f = f.previous;
  } else {
    while (--stack_level > 0 && f !== null) f = next_external_frame(f);
  }
  let globals: PyObject;
  let filename: PyObject;
  let lineno: number;
  if (f === null) {
    globals = PyModule_GetDict(interp.sys!);
    filename = PyUnicode_FromString("sys");
    lineno = 1;
  } else {
    globals = f.f_globals;
    filename = Py_NewRef(f.f_code.co_filename);
    lineno = PyCode_Addr2Line(f.f_code, f.lasti < 0 ? 0 : f.lasti);
  }
  let registry = PyDict_GetItem(globals, _Py_ID("__warningregistry__"));
  if (registry === null) {
    registry = PyDict_New();
    try {
      PyDict_SetItem(globals, _Py_ID("__warningregistry__"), registry);
    } catch (e) {
      Py_DECREF(registry);
      Py_DECREF(filename);
      throw e;
    }
  } else {
    Py_INCREF(registry);
  }
  const name = PyDict_GetItem(globals, _Py_ID("__name__"));
  const module =
    name !== null && (name === Py_None || PyUnicode_Check(name)) ? Py_NewRef(name) : PyUnicode_FromString("<string>");
  return [filename, lineno, module, registry];
}

/** get_category: the message's class for a Warning instance, else
 *  `category` (UserWarning for None), which must subclass Warning. */
export function get_category(message: PyObject, category: PyObject | null): PyObject {
  if (PyObject_IsInstance(message, PyExc_Warning)) category = message.ob_type;
  else if (category === null || category === Py_None) category = PyExc_UserWarning;
  if (!PyType_Check(category) || !PyObject_IsSubclass(category, PyExc_Warning)) {
    throw PyErr_Format(PyExc_TypeError, `category must be a Warning subclass, not '${category.ob_type.tp_name}'`);
  }
  return category;
}

/** do_warn: warn_explicit at the frame `stack_level` levels up. */
export function do_warn(message: PyObject, category: PyObject, stack_level: number, source: PyObject | null): void {
  const [filename, lineno, module, registry] = setup_context(stack_level);
  try {
    warn_explicit(category, message, filename, lineno, module, registry, null, source);
  } finally {
    Py_DECREF(filename);
    Py_DECREF(registry);
    Py_DECREF(module);
  }
}

/** PyErr_WarnEx: warn with a str message (RuntimeWarning for null). */
export function PyErr_WarnEx(category: PyTypeObject | null, text: string, stack_level: number): void {
  const message = PyUnicode_FromString(text);
  try {
    do_warn(message, category ?? PyExc_RuntimeWarning, stack_level, null);
  } finally {
    Py_DECREF(message);
  }
}

/** PyErr_WarnExplicitObject(category, message, filename, lineno, NULL,
 *  NULL), as the compiler calls it. */
export function PyErr_WarnExplicit(category: PyTypeObject, text: string, filename: string, lineno: number): void {
  const message = PyUnicode_FromString(text);
  const file = PyUnicode_FromString(filename);
  try {
    warn_explicit(category, message, file, lineno, null, null, null, null);
  } finally {
    Py_DECREF(message);
    Py_DECREF(file);
  }
}

/** _PyErr_WarnUnawaitedCoroutine: a coroutine finalized before it ever
 *  ran, warned about at the running frame (stacklevel 2 of
 *  warnings._warn_unawaited_coroutine); with origin tracking on, the
 *  message lists where it was created as that function does
 *  (traceback.format_list); a failure is unraisable. */
export function _PyErr_WarnUnawaitedCoroutine(coro: PyObject, qualname: PyObject, origin: PyObject | null): void {
  let text = `coroutine '${PyUnicode_AsString(qualname)}' was never awaited\n`;
  if (origin !== null && origin !== Py_None && PyTuple_Check(origin)) {
    const frames = (origin as PyTupleObject).ob_item.map((t) => {
      const item = (t as PyTupleObject).ob_item;
      return {
        filename: PyUnicode_AsString(item[0]),
        lineno: (item[1] as PyLongObject).v,
        name: PyUnicode_AsString(item[2]),
      };
    });
    text += "Coroutine created at (most recent call last)\n" + formatFrameList(frames.reverse());
  }
  const message = PyUnicode_FromString(text.replace(/\n+$/, ""));
  try {
    do_warn(message, PyExc_RuntimeWarning, 1, coro);
  } catch (e) {
    PyErr_WriteUnraisable(e as PyObject, coro);
  } finally {
    Py_DECREF(message);
  }
}

/** traceback.format_list of (filename, lineno, name) entries with their
 *  source lines (StackSummary.format: a run of more than three identical
 *  entries ends in "[Previous line repeated N more times]"). */
function formatFrameList(frames: { filename: string; lineno: number; name: string }[]): string {
  const CUTOFF = 3;
  let out = "";
  let last: { filename: string; lineno: number; name: string } | null = null;
  let count = 0;
  const repeated = () => {
    if (count > CUTOFF) {
      const n = count - CUTOFF;
      out += `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
    }
  };
  for (const f of frames) {
    if (last === null || last.filename !== f.filename || last.lineno !== f.lineno || last.name !== f.name) {
      repeated();
      last = f;
      count = 0;
    }
    count++;
    if (count > CUTOFF) continue;
    out += `  File "${f.filename}", line ${f.lineno}, in ${f.name}\n`;
    const line = getSourceLine(f.filename, f.lineno)?.replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, "");
    if (line) out += `    ${line}\n`;
  }
  repeated();
  return out;
}
