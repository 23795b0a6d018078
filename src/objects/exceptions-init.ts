/**
 * The behaviour of the built-in exception types declared in exceptions.ts
 * (CPython's Objects/exceptions.c): creation (`__new__` stores the
 * arguments in `args`, `__init__` replaces them), dealloc / traverse /
 * clear, `__str__` and `__repr__`, the `args`, `__traceback__`,
 * `__context__`, `__cause__`, `__suppress_context__` attributes,
 * `with_traceback` and `add_note`, and the extra attributes of
 * StopIteration (`value`), SystemExit (`code`), NameError (`name`),
 * AttributeError (`name`, `obj`), ImportError (`msg`, `name`, `path`),
 * SyntaxError (`msg`, `filename`, `lineno`, `offset`, `text`,
 * `end_lineno`, `end_offset`) and OSError (`errno`, `strerror`,
 * `filename`, `filename2`), kept in the object's `extra` map (owned
 * references, released in insertion order after the common fields).
 *
 * Exceptions raised by native code (PyErr_Format & co.) are made by the
 * factory installed here, so they get the same extra attributes as
 * exceptions created by calling the class.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, trashcanBegin, trashcanEnd } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { PyType_IsSubtype, type PyTypeObject } from "./typeobject.js";
import {
  BUILTIN_EXCEPTIONS,
  PyBaseExceptionObject,
  PyExc_AttributeError,
  PyExc_BaseException,
  PyExc_FileNotFoundError,
  PyExc_BlockingIOError,
  PyExc_ChildProcessError,
  PyExc_BrokenPipeError,
  PyExc_ConnectionAbortedError,
  PyExc_ConnectionRefusedError,
  PyExc_ConnectionResetError,
  PyExc_FileExistsError,
  PyExc_InterruptedError,
  PyExc_IsADirectoryError,
  PyExc_NotADirectoryError,
  PyExc_ProcessLookupError,
  PyExc_ImportError,
  PyExc_KeyError,
  PyExc_NameError,
  PyExc_OSError,
  PyExc_PermissionError,
  PyExc_StopIteration,
  PyExc_SyntaxError,
  PyExc_SystemExit,
  PyExc_TimeoutError,
  PyExc_TypeError,
  PyExc_StopAsyncIteration,
  PyExc_OverflowError,
  PyExc_UnicodeDecodeError,
  PyExc_UnicodeEncodeError,
  PyExc_UnicodeTranslateError,
  PyExc_ValueError,
} from "./exceptions.js";
import { PyErr_Format, setExceptionFactory, _PyExc_MemoryErrorToFreelist, _PyExc_New } from "./errors.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "./unicodeobject.js";
import { Py_None } from "./noneobject.js";
import { PyBool_FromBool } from "./longobject.js";
import {
  PyTuple_GET_ITEM,
  PyTuple_GET_SIZE,
  PyTuple_Check,
  PyTuple_Pack,
  _PyTuple_FromArray,
  Py_EmptyTuple,
} from "./tupleobject.js";
import { PyDict_Check, PyDict_Copy, PyDict_Items, PyDict_New, PyDict_SetItemString } from "./dictobject.js";
import { PyList_Append, PyList_Check, PyList_GET_ITEM, PyList_GET_SIZE, PyList_New } from "./listobject.js";
import { PyLong_Check, PyLong_AsNumber, PyLong_FromNumber } from "./longobject.js";
import { PyBytes_Check, PyBytes_FromStringAndSize } from "./bytesobject.js";
import { _PyObject_GetBytesLike } from "./buffer.js";
import { PyObject_Repr, PyObject_Str, PySequence_Tuple, PyObject_IsTrue, PyNumber_AsSsize_t } from "./abstract.js";
import { METH_NOARGS, METH_O } from "./methoddef.js";
import { _PyArg_NoKwnames } from "./getargs.js";
import { PyTraceBack_Type } from "./traceback.js";
import { _PyObject_LookupAttrString, PyObject_SetAttr, PyObject_SetAttrString } from "./object.js";

function E(o: PyObject): PyBaseExceptionObject {
  return o as PyBaseExceptionObject;
}

function positional(args: PyObject[], kwnames: PyObject | null): number {
  return kwnames === null ? args.length : args.length - PyTuple_GET_SIZE(kwnames);
}

// --- extra attributes ---------------------------------------------------------------

export function getExtra(o: PyObject, key: string): PyObject | null {
  const m = E(o).extra;
  const v = m === null ? undefined : m.get(key);
  return v === undefined ? null : v;
}

/** Store `value` (borrowed; null removes) as extra attribute `key`. */
export function setExtra(o: PyObject, key: string, value: PyObject | null): void {
  const e = E(o);
  let m = e.extra;
  if (m === null) {
    if (value === null) return;
    m = e.extra = new Map();
  }
  const old = m.get(key);
  if (value === null) m.delete(key);
  else {
    Py_INCREF(value);
    m.set(key, value);
  }
  if (old !== undefined) Py_DECREF(old);
}

function extraGetSet(key: string, name = key) {
  return {
    name,
    get: (o: PyObject) => Py_NewRef(getExtra(o, key) ?? Py_None),
    set: (o: PyObject, v: PyObject | null) => setExtra(o, key, v ?? Py_None),
  };
}

// --- BaseException -------------------------------------------------------------------

export function BaseException_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const n = positional(args, kwnames);
  const t = n === 0 ? Py_NewRef(Py_EmptyTuple) : _PyTuple_FromArray(args.slice(0, n));
  const self = newException(type, t);
  PyObject_GC_Track(self);
  return self;
}

/** A new instance (args stolen): MemoryError's from its freelist when it
 *  can (errors.ts). */
function newException(type: PyTypeObject, args: PyObject): PyBaseExceptionObject {
  return _PyExc_New(type, () => new PyBaseExceptionObject(type, args));
}

/** Whether exceptions of type `t` hold no state but BaseException's (its
 *  __new__ and __init__, no items), as _PyErr_TrySetFromCause requires
 *  of an exception it remakes with a longer message. */
export function _PyErr_IsPlainExceptionType(t: PyTypeObject): boolean {
  return t.tp_new === BaseException_new && t.tp_init === BaseException_init && t.tp_itemsize === 0;
}

function setArgs(self: PyObject, args: PyObject[], n: number): void {
  const e = E(self);
  const old = e.args;
  // Called from type_call right after BaseException_new, CPython's
  // __init__ gets the same args tuple __new__ kept (the one
  // _PyObject_MakeTpCall made) and keeps it: no second tuple.
  if (sameItems(old, args, n)) return;
  e.args = n === 0 ? Py_NewRef(Py_EmptyTuple) : _PyTuple_FromArray(n === args.length ? args : args.slice(0, n));
  Py_DECREF(old);
}

/** Whether tuple `t` holds exactly `args[0..n)`, the same objects. */
function sameItems(t: PyObject, args: PyObject[], n: number): boolean {
  if (n === 0 || PyTuple_GET_SIZE(t) !== n) return false;
  for (let i = 0; i < n; i++) if (PyTuple_GET_ITEM(t, i) !== args[i]) return false;
  return true;
}

export function BaseException_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  _PyArg_NoKwnames(self.ob_type.tp_name, kwnames);
  setArgs(self, args, args.length);
}

export function BaseException_clear(op: PyObject): void {
  const e = E(op);
  const dict = e.dict,
    tb = e.traceback,
    ctx = e.context,
    cause = e.cause;
  const args = e.args;
  e.dict = null;
  e.traceback = null;
  e.context = null;
  e.cause = null;
  e.args = Py_EmptyTuple;
  Py_INCREF(Py_EmptyTuple);
  const extra = e.extra;
  e.extra = null;
  Py_XDECREF(dict);
  Py_DECREF(args);
  Py_XDECREF(tb);
  Py_XDECREF(ctx);
  Py_XDECREF(cause);
  if (extra !== null) for (const v of extra.values()) Py_DECREF(v);
}

function BaseException_dealloc(op: PyObject): void {
  const e = E(op);
  PyObject_GC_UnTrack(e);
  if (!trashcanBegin(e)) return;
  try {
    BaseException_clear(e);
    Py_DECREF(e.args);
    _PyExc_MemoryErrorToFreelist(e);
    PyObject_GC_Del(e);
  } finally {
    trashcanEnd();
  }
}

export function BaseException_traverse(op: PyObject, visit: (o: PyObject) => void): void {
  const e = E(op);
  if (e.dict !== null) visit(e.dict);
  visit(e.args);
  if (e.traceback !== null) visit(e.traceback);
  if (e.context !== null) visit(e.context);
  if (e.cause !== null) visit(e.cause);
  if (e.extra !== null) for (const v of e.extra.values()) visit(v);
}

function BaseException_str(op: PyObject): PyObject {
  const args = E(op).args;
  const n = PyTuple_GET_SIZE(args);
  if (n === 0) return PyUnicode_FromString("");
  if (n === 1) return PyObject_Str(PyTuple_GET_ITEM(args, 0));
  return PyObject_Str(args);
}

function shortTypeName(t: PyTypeObject): string {
  const dot = t.tp_name.lastIndexOf(".");
  return dot < 0 ? t.tp_name : t.tp_name.slice(dot + 1);
}

function BaseException_repr(op: PyObject): PyObject {
  const args = E(op).args;
  const name = shortTypeName(op.ob_type);
  const n = PyTuple_GET_SIZE(args);
  const r = PyObject_Repr(n === 1 ? PyTuple_GET_ITEM(args, 0) : args);
  try {
    const s = PyUnicode_AsString(r);
    return PyUnicode_FromString(n === 1 ? `${name}(${s})` : `${name}${s}`);
  } finally {
    Py_DECREF(r);
  }
}

function exc_getdict(op: PyObject, create: boolean): PyObject | null {
  const e = E(op);
  if (e.dict === null && create) e.dict = PyDict_New();
  return e.dict;
}

function get_args(op: PyObject): PyObject {
  return Py_NewRef(E(op).args);
}
function set_args(op: PyObject, v: PyObject | null): void {
  if (v === null) throw PyErr_Format(PyExc_TypeError, "args may not be deleted");
  const t = PySequence_Tuple(v);
  const e = E(op);
  const old = e.args;
  e.args = t;
  Py_DECREF(old);
}
function get_tb(op: PyObject): PyObject {
  return Py_NewRef(E(op).traceback ?? Py_None);
}
function set_tb(op: PyObject, v: PyObject | null): void {
  if (v === null) throw PyErr_Format(PyExc_TypeError, "__traceback__ may not be deleted");
  if (v !== Py_None && v.ob_type !== PyTraceBack_Type) {
    throw PyErr_Format(PyExc_TypeError, "__traceback__ must be a traceback or None");
  }
  const e = E(op);
  const old = e.traceback;
  e.traceback = v === Py_None ? null : Py_NewRef(v);
  Py_XDECREF(old);
}
function isExcOrNone(v: PyObject): boolean {
  return v === Py_None || PyType_IsSubtype(v.ob_type, PyExc_BaseException);
}
function get_context(op: PyObject): PyObject {
  return Py_NewRef(E(op).context ?? Py_None);
}
function set_context(op: PyObject, v: PyObject | null): void {
  if (v === null) throw PyErr_Format(PyExc_TypeError, "__context__ may not be deleted");
  if (!isExcOrNone(v))
    throw PyErr_Format(PyExc_TypeError, "exception context must be None or derive from BaseException");
  const e = E(op);
  const old = e.context;
  e.context = v === Py_None ? null : Py_NewRef(v);
  Py_XDECREF(old);
}
function get_cause(op: PyObject): PyObject {
  return Py_NewRef(E(op).cause ?? Py_None);
}
function set_cause(op: PyObject, v: PyObject | null): void {
  if (v === null) throw PyErr_Format(PyExc_TypeError, "__cause__ may not be deleted");
  if (!isExcOrNone(v)) throw PyErr_Format(PyExc_TypeError, "exception cause must be None or derive from BaseException");
  const e = E(op);
  const old = e.cause;
  e.cause = v === Py_None ? null : Py_NewRef(v);
  e.suppress_context = true;
  Py_XDECREF(old);
}
function get_suppress(op: PyObject): PyObject {
  return PyBool_FromBool(E(op).suppress_context);
}
function set_suppress(op: PyObject, v: PyObject | null): void {
  if (v === null) throw PyErr_Format(PyExc_TypeError, "can't delete attribute");
  E(op).suppress_context = PyObject_IsTrue(v);
}
function get_dict(op: PyObject): PyObject {
  return Py_NewRef(exc_getdict(op, true)!);
}

/** PyObject_GenericSetDict. */
function set_dict(op: PyObject, v: PyObject | null): void {
  if (v === null) throw PyErr_Format(PyExc_TypeError, "cannot delete __dict__");
  if (!PyDict_Check(v)) {
    throw PyErr_Format(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
  }
  const e = E(op);
  const old = e.dict;
  e.dict = Py_NewRef(v);
  Py_XDECREF(old);
}

/** BaseException_reduce: (type, args) or (type, args, __dict__). */
function BaseException_reduce(self: PyObject): PyObject {
  const e = E(self);
  if (e.dict !== null) return PyTuple_Pack(self.ob_type, e.args, e.dict);
  return PyTuple_Pack(self.ob_type, e.args);
}

/** BaseException_setstate: each item of a state dict set as an attribute. */
function BaseException_setstate(self: PyObject, state: PyObject): PyObject {
  if (state !== Py_None) {
    if (!PyDict_Check(state)) throw PyErr_Format(PyExc_TypeError, "state is not a dictionary");
    const items = PyDict_Items(state);
    try {
      const n = PyList_GET_SIZE(items);
      for (let i = 0; i < n; i++) {
        const kv = PyList_GET_ITEM(items, i);
        PyObject_SetAttr(self, PyTuple_GET_ITEM(kv, 0), PyTuple_GET_ITEM(kv, 1));
      }
    } finally {
      Py_DECREF(items);
    }
  }
  return Py_NewRef(Py_None);
}

function with_traceback(self: PyObject, tb: PyObject): PyObject {
  set_tb(self, tb);
  return Py_NewRef(self);
}

function add_note(self: PyObject, note: PyObject): PyObject {
  if (!PyUnicode_Check(note)) {
    throw PyErr_Format(PyExc_TypeError, `note must be a str, not '${note.ob_type.tp_name}'`);
  }
  let notes = _PyObject_LookupAttrString(self, "__notes__");
  if (notes === null) {
    notes = PyList_New(0);
    try {
      PyObject_SetAttrString(self, "__notes__", notes);
    } catch (e) {
      Py_DECREF(notes);
      throw e;
    }
  }
  try {
    if (!PyList_Check(notes)) throw PyErr_Format(PyExc_TypeError, "Cannot add note: __notes__ is not a list");
    PyList_Append(notes, note);
  } finally {
    Py_DECREF(notes);
  }
  return Py_NewRef(Py_None);
}

// --- subclasses with extra attributes ------------------------------------------------------

function kwValue(args: PyObject[], kwnames: PyObject | null, name: string): PyObject | null {
  if (kwnames === null) return null;
  const n = PyTuple_GET_SIZE(kwnames);
  const npos = args.length - n;
  for (let i = 0; i < n; i++) {
    if (PyUnicode_AsString(PyTuple_GET_ITEM(kwnames, i)) === name) return args[npos + i];
  }
  return null;
}

function checkKw(fname: string, kwnames: PyObject | null, allowed: string[]): void {
  if (kwnames === null) return;
  const n = PyTuple_GET_SIZE(kwnames);
  for (let i = 0; i < n; i++) {
    const k = PyUnicode_AsString(PyTuple_GET_ITEM(kwnames, i));
    if (!allowed.includes(k)) {
      throw PyErr_Format(PyExc_TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
    }
  }
}

function StopIteration_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  BaseException_init(self, args, kwnames);
  setExtra(self, "value", args.length > 0 ? args[0] : Py_None);
}

function SystemExit_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  BaseException_init(self, args, kwnames);
  const n = args.length;
  if (n === 0) setExtra(self, "code", Py_None);
  else if (n === 1) setExtra(self, "code", args[0]);
  else setExtra(self, "code", E(self).args);
}

function NameError_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  checkKw("NameError", kwnames, ["name"]);
  const n = positional(args, kwnames);
  setArgs(self, args, n);
  setExtra(self, "name", kwValue(args, kwnames, "name") ?? Py_None);
}

function AttributeError_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  checkKw("AttributeError", kwnames, ["name", "obj"]);
  const n = positional(args, kwnames);
  setArgs(self, args, n);
  // Unset (NULL in CPython, None to Python code) unless given, so that the
  // attribute lookup that raised it can still record name and obj for the
  // "Did you mean" hint (set_attribute_error_context).
  setExtra(self, "name", kwValue(args, kwnames, "name"));
  setExtra(self, "obj", kwValue(args, kwnames, "obj"));
}

function ImportError_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  checkKw("ImportError", kwnames, ["name", "path"]);
  const n = positional(args, kwnames);
  setArgs(self, args, n);
  setExtra(self, "name", kwValue(args, kwnames, "name") ?? Py_None);
  setExtra(self, "path", kwValue(args, kwnames, "path") ?? Py_None);
  setExtra(self, "msg", n === 1 ? args[0] : Py_None);
}

function ImportError_str(self: PyObject): PyObject {
  const msg = getExtra(self, "msg");
  if (msg !== null && msg !== Py_None) return PyObject_Str(msg);
  return BaseException_str(self);
}

function SyntaxError_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  BaseException_init(self, args, kwnames);
  const n = args.length;
  if (n >= 1) setExtra(self, "msg", args[0]);
  if (n === 2) {
    const info = PySequence_Tuple(args[1]);
    try {
      const m = PyTuple_GET_SIZE(info);
      if (m < 4 || m > 6) throw PyErr_Format(PyExc_TypeError, "tuple index out of range");
      const keys = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
      for (let i = 0; i < m; i++) setExtra(self, keys[i], PyTuple_GET_ITEM(info, i));
    } finally {
      Py_DECREF(info);
    }
  }
}

function basename(s: string): string {
  const i = s.lastIndexOf("/");
  return i < 0 ? s : s.slice(i + 1);
}

function SyntaxError_str(self: PyObject): PyObject {
  const msgObj = getExtra(self, "msg");
  const m = msgObj !== null && msgObj !== Py_None ? PyObject_Str(msgObj) : BaseException_str(self);
  try {
    const msg = PyUnicode_AsString(m);
    const fn = getExtra(self, "filename");
    const ln = getExtra(self, "lineno");
    const haveFile = fn !== null && PyUnicode_Check(fn);
    const haveLine = ln !== null && PyLong_Check(ln);
    if (haveFile && haveLine) {
      return PyUnicode_FromString(`${msg} (${basename(PyUnicode_AsString(fn))}, line ${PyLong_AsNumber(ln)})`);
    }
    if (haveFile) return PyUnicode_FromString(`${msg} (${basename(PyUnicode_AsString(fn))})`);
    if (haveLine) return PyUnicode_FromString(`${msg} (line ${PyLong_AsNumber(ln)})`);
    return Py_NewRef(m);
  } finally {
    Py_DECREF(m);
  }
}

/** errno → OSError subclass, as CPython's errnomap (Linux numbers). */
const ERRNO_TYPES: [number, PyTypeObject][] = [
  [11, PyExc_BlockingIOError],
  [114, PyExc_BlockingIOError],
  [115, PyExc_BlockingIOError],
  [10, PyExc_ChildProcessError],
  [32, PyExc_BrokenPipeError],
  [108, PyExc_BrokenPipeError],
  [103, PyExc_ConnectionAbortedError],
  [111, PyExc_ConnectionRefusedError],
  [104, PyExc_ConnectionResetError],
  [17, PyExc_FileExistsError],
  [2, PyExc_FileNotFoundError],
  [4, PyExc_InterruptedError],
  [21, PyExc_IsADirectoryError],
  [20, PyExc_NotADirectoryError],
  [1, PyExc_PermissionError],
  [13, PyExc_PermissionError],
  [3, PyExc_ProcessLookupError],
  [110, PyExc_TimeoutError],
];

function OSError_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  let t = type;
  const n = positional(args, kwnames);
  if (type === PyExc_OSError && n >= 2 && PyLong_Check(args[0])) {
    const errno = PyLong_AsNumber(args[0]);
    for (const [code, sub] of ERRNO_TYPES) if (code === errno) t = sub;
  }
  return BaseException_new(t, args, kwnames);
}

/** oserror_init: with 2 to 5 arguments, (errno, strerror[, filename[,
 *  winerror[, filename2]]]); a filename (not None) is taken out of args,
 *  except that BlockingIOError's third argument, when a number, is the
 *  count of characters written. */
function OSError_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  BaseException_init(self, args, kwnames);
  const n = args.length;
  if (n >= 2 && n <= 5) {
    const filename = n >= 3 ? args[2] : Py_None;
    const filename2 = n >= 5 ? args[4] : Py_None;
    if (filename !== Py_None) {
      if (self.ob_type === PyExc_BlockingIOError && numberCheck(filename)) {
        setWritten(self, filename);
      } else {
        setExtra(self, "filename", filename);
        if (filename2 !== Py_None) setExtra(self, "filename2", filename2);
        setArgs(self, args, 2);
      }
    }
    setExtra(self, "errno", args[0]);
    setExtra(self, "strerror", args[1]);
  }
}

/** PyNumber_Check: has __index__, __int__ or __float__ (complex, the
 *  other case, is not a count of characters either way). */
function numberCheck(o: PyObject): boolean {
  const t = o.ob_type;
  return t.nb_index !== null || t.nb_int !== null || t.nb_float !== null;
}

function setWritten(self: PyObject, value: PyObject): void {
  const n = PyLong_FromNumber(PyNumber_AsSsize_t(value, PyExc_ValueError));
  setExtra(self, "written", n);
  Py_DECREF(n);
}

/** OSError.characters_written: unset (AttributeError) unless given. */
const OSError_written = {
  name: "characters_written",
  get: (self: PyObject) => {
    const n = getExtra(self, "written");
    if (n === null) throw PyErr_Format(PyExc_AttributeError, "characters_written");
    return Py_NewRef(n);
  },
  set: (self: PyObject, value: PyObject | null) => {
    if (value === null) {
      if (getExtra(self, "written") === null) throw PyErr_Format(PyExc_AttributeError, "characters_written");
      setExtra(self, "written", null);
    } else setWritten(self, value);
  },
};

/** OSError_reduce: args with the file names put back, as OSError(*args)
 *  takes them (winerror None before filename2). */
function OSError_reduce(self: PyObject): PyObject {
  const e = E(self);
  let args = Py_NewRef(e.args);
  const filename = getExtra(self, "filename");
  if (PyTuple_GET_SIZE(args) === 2 && filename !== null) {
    const filename2 = getExtra(self, "filename2");
    const items = [PyTuple_GET_ITEM(args, 0), PyTuple_GET_ITEM(args, 1), filename];
    if (filename2 !== null) items.push(Py_None, filename2);
    Py_DECREF(args);
    args = _PyTuple_FromArray(items);
  }
  try {
    return e.dict !== null ? PyTuple_Pack(self.ob_type, args, e.dict) : PyTuple_Pack(self.ob_type, args);
  } finally {
    Py_DECREF(args);
  }
}

/** ImportError_reduce: name and path travel in the state dict. */
function ImportError_reduce(self: PyObject): PyObject {
  const e = E(self);
  const name = getExtra(self, "name");
  const path = getExtra(self, "path");
  let state: PyObject | null = null;
  if ((name !== null && name !== Py_None) || (path !== null && path !== Py_None)) {
    state = e.dict !== null ? PyDict_Copy(e.dict) : PyDict_New();
    if (name !== null && name !== Py_None) PyDict_SetItemString(state, "name", name);
    if (path !== null && path !== Py_None) PyDict_SetItemString(state, "path", path);
  } else if (e.dict !== null) state = Py_NewRef(e.dict);
  try {
    return state === null ? PyTuple_Pack(self.ob_type, e.args) : PyTuple_Pack(self.ob_type, e.args, state);
  } finally {
    if (state !== null) Py_DECREF(state);
  }
}

function OSError_str(self: PyObject): PyObject {
  const errno = getExtra(self, "errno");
  const strerror = getExtra(self, "strerror");
  const fn = getExtra(self, "filename");
  if (errno !== null && strerror !== null) {
    const es = PyObject_Str(errno);
    const ss = PyObject_Str(strerror);
    try {
      let out = `[Errno ${PyUnicode_AsString(es)}] ${PyUnicode_AsString(ss)}`;
      if (fn !== null && fn !== Py_None) {
        const fr = PyObject_Repr(fn);
        out += `: ${PyUnicode_AsString(fr)}`;
        Py_DECREF(fr);
      }
      return PyUnicode_FromString(out);
    } finally {
      Py_DECREF(es);
      Py_DECREF(ss);
    }
  }
  return BaseException_str(self);
}

function KeyError_str(self: PyObject): PyObject {
  const args = E(self).args;
  if (PyTuple_GET_SIZE(args) === 1) return PyObject_Repr(PyTuple_GET_ITEM(args, 0));
  return BaseException_str(self);
}

// --- UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError ------------------------

/**
 * The codec errors' fields (CPython's PyUnicodeErrorObject members):
 * `encoding`, `object`, `reason` (objects; a deleted one reads as None)
 * and `start`, `end` (ints, always present once initialised).
 */
function unicodeErrorObjectMember(key: string) {
  return {
    name: key,
    get: (o: PyObject) => Py_NewRef(getExtra(o, key) ?? Py_None),
    set: (o: PyObject, v: PyObject | null) => setExtra(o, key, v),
  };
}

function unicodeErrorIndexMember(key: string) {
  return {
    name: key,
    get: (o: PyObject) => Py_NewRef(getExtra(o, key) ?? PyLong_FromNumber(0)),
    set: (o: PyObject, v: PyObject | null) => {
      if (v === null) throw PyErr_Format(PyExc_TypeError, "can't delete numeric/char attribute");
      if (!PyLong_Check(v)) throw PyErr_Format(PyExc_TypeError, "an integer is required");
      setExtra(o, key, v);
    },
  };
}

/** PyArg_ParseTuple for the codec errors' constructors: "U" (str), "O"
 *  (any), "n" (an index, stored as an int). */
function parseUnicodeErrorArgs(args: PyObject[], format: string): PyObject[] {
  if (args.length !== format.length) {
    throw PyErr_Format(PyExc_TypeError, `function takes exactly ${format.length} arguments (${args.length} given)`);
  }
  const out: PyObject[] = [];
  for (let i = 0; i < format.length; i++) {
    const a = args[i];
    if (format[i] === "U") {
      if (!PyUnicode_Check(a)) {
        throw PyErr_Format(PyExc_TypeError, `argument ${i + 1} must be str, not ${shortTypeName(a.ob_type)}`);
      }
      out.push(Py_NewRef(a));
    } else if (format[i] === "n") {
      out.push(PyLong_FromNumber(PyNumber_AsSsize_t(a, PyExc_OverflowError)));
    } else out.push(Py_NewRef(a));
  }
  return out;
}

function storeUnicodeErrorFields(self: PyObject, keys: string[], values: PyObject[]): void {
  try {
    for (let i = 0; i < keys.length; i++) setExtra(self, keys[i], values[i]);
  } finally {
    for (const v of values) Py_DECREF(v);
  }
}

function UnicodeEncodeError_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  BaseException_init(self, args, kwnames);
  const v = parseUnicodeErrorArgs(args, "UUnnU");
  storeUnicodeErrorFields(self, ["encoding", "object", "start", "end", "reason"], v);
}

function UnicodeDecodeError_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  BaseException_init(self, args, kwnames);
  const v = parseUnicodeErrorArgs(args, "UOnnU");
  if (!PyBytes_Check(v[1])) {
    // Any bytes-like object is kept as a bytes copy.
    let data: Uint8Array;
    try {
      data = _PyObject_GetBytesLike(v[1]).slice();
    } catch (e) {
      for (const x of v) Py_DECREF(x);
      throw e;
    }
    Py_DECREF(v[1]);
    v[1] = PyBytes_FromStringAndSize(data);
  }
  storeUnicodeErrorFields(self, ["encoding", "object", "start", "end", "reason"], v);
}

function UnicodeTranslateError_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  BaseException_init(self, args, kwnames);
  const v = parseUnicodeErrorArgs(args, "UnnU");
  storeUnicodeErrorFields(self, ["object", "start", "end", "reason"], v);
}

function extraIndex(self: PyObject, key: string): number {
  const v = getExtra(self, key);
  return v === null ? 0 : PyLong_AsNumber(v);
}

/** The one-character form of a code point in the messages: \xNN, \uNNNN, \UNNNNNNNN. */
function badCharText(ch: number): string {
  const hex = ch.toString(16);
  if (ch <= 0xff) return "\\x" + hex.padStart(2, "0");
  if (ch <= 0xffff) return "\\u" + hex.padStart(4, "0");
  return "\\U" + hex.padStart(8, "0");
}

/** UnicodeEncodeError_str and UnicodeTranslateError_str. */
function unicodeErrorStrText(self: PyObject, what: string): PyObject {
  const obj = getExtra(self, "object");
  if (obj === null) return PyUnicode_FromString("");
  const reason = PyObject_Str(getExtra(self, "reason") ?? Py_None);
  try {
    const start = extraIndex(self, "start");
    const end = extraIndex(self, "end");
    let prefix = "";
    if (what === "encode") {
      const enc = PyObject_Str(getExtra(self, "encoding") ?? Py_None);
      prefix = `'${PyUnicode_AsString(enc)}' codec `;
      Py_DECREF(enc);
    }
    const r = PyUnicode_AsString(reason);
    const cps = Array.from(PyUnicode_Check(obj) ? PyUnicode_AsString(obj) : "");
    if (start < cps.length && end === start + 1) {
      const ch = cps[start].codePointAt(0)!;
      return PyUnicode_FromString(`${prefix}can't ${what} character '${badCharText(ch)}' in position ${start}: ${r}`);
    }
    return PyUnicode_FromString(`${prefix}can't ${what} characters in position ${start}-${end - 1}: ${r}`);
  } finally {
    Py_DECREF(reason);
  }
}

function UnicodeEncodeError_str(self: PyObject): PyObject {
  return unicodeErrorStrText(self, "encode");
}

function UnicodeTranslateError_str(self: PyObject): PyObject {
  return unicodeErrorStrText(self, "translate");
}

function UnicodeDecodeError_str(self: PyObject): PyObject {
  const obj = getExtra(self, "object");
  if (obj === null) return PyUnicode_FromString("");
  const reason = PyObject_Str(getExtra(self, "reason") ?? Py_None);
  const enc = PyObject_Str(getExtra(self, "encoding") ?? Py_None);
  try {
    const start = extraIndex(self, "start");
    const end = extraIndex(self, "end");
    const r = PyUnicode_AsString(reason);
    const e = PyUnicode_AsString(enc);
    const data = PyBytes_Check(obj) ? obj.ob_sval : new Uint8Array(0);
    if (start < data.length && end === start + 1) {
      const b = data[start].toString(16).padStart(2, "0");
      return PyUnicode_FromString(`'${e}' codec can't decode byte 0x${b} in position ${start}: ${r}`);
    }
    return PyUnicode_FromString(`'${e}' codec can't decode bytes in position ${start}-${end - 1}: ${r}`);
  } finally {
    Py_DECREF(reason);
    Py_DECREF(enc);
  }
}

// --- installation ---------------------------------------------------------------------------

/** Fill the slots and attribute tables of every built-in exception type
 *  (called once, before PyType_Ready). */
export function _PyExc_Init(): void {
  for (const t of BUILTIN_EXCEPTIONS) {
    t.tp_dealloc = BaseException_dealloc;
    t.tp_traverse = BaseException_traverse;
    t.tp_clear = BaseException_clear;
    t.tp_getdict = exc_getdict;
    t.tp_hasdict = true;
  }
  const B = PyExc_BaseException;
  B.tp_new = BaseException_new;
  B.tp_init = BaseException_init;
  B.tp_str = BaseException_str;
  B.tp_repr = BaseException_repr;
  B.tp_doc = "Common base class for all exceptions";
  B.tp_getset = [
    { name: "args", get: get_args, set: set_args },
    { name: "__traceback__", get: get_tb, set: set_tb },
    { name: "__context__", get: get_context, set: set_context },
    { name: "__cause__", get: get_cause, set: set_cause },
    { name: "__suppress_context__", get: get_suppress, set: set_suppress },
    { name: "__dict__", get: get_dict, set: set_dict },
  ];
  B.tp_methods = [
    { name: "__reduce__", meth: BaseException_reduce, flags: METH_NOARGS },
    { name: "__setstate__", meth: BaseException_setstate, flags: METH_O },
    { name: "with_traceback", meth: with_traceback, flags: METH_O },
    { name: "add_note", meth: add_note, flags: METH_O },
  ];
  PyExc_StopIteration.tp_init = StopIteration_init;
  PyExc_StopIteration.tp_getset = [extraGetSet("value")];
  PyExc_StopAsyncIteration.tp_init = StopIteration_init;
  PyExc_SystemExit.tp_init = SystemExit_init;
  PyExc_SystemExit.tp_getset = [extraGetSet("code")];
  PyExc_NameError.tp_init = NameError_init;
  PyExc_NameError.tp_getset = [extraGetSet("name")];
  PyExc_AttributeError.tp_init = AttributeError_init;
  PyExc_AttributeError.tp_getset = [extraGetSet("name"), extraGetSet("obj")];
  PyExc_ImportError.tp_init = ImportError_init;
  PyExc_ImportError.tp_str = ImportError_str;
  PyExc_ImportError.tp_methods = [{ name: "__reduce__", meth: ImportError_reduce, flags: METH_NOARGS }];
  PyExc_ImportError.tp_getset = [extraGetSet("msg"), extraGetSet("name"), extraGetSet("path")];
  PyExc_SyntaxError.tp_init = SyntaxError_init;
  PyExc_SyntaxError.tp_str = SyntaxError_str;
  PyExc_SyntaxError.tp_getset = [
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
  ].map((k) => extraGetSet(k));
  PyExc_OSError.tp_new = OSError_new;
  PyExc_OSError.tp_init = OSError_init;
  PyExc_OSError.tp_str = OSError_str;
  PyExc_OSError.tp_getset = [
    ...["errno", "strerror", "filename", "filename2"].map((k) => extraGetSet(k)),
    OSError_written,
  ];
  PyExc_OSError.tp_methods = [{ name: "__reduce__", meth: OSError_reduce, flags: METH_NOARGS }];
  PyExc_KeyError.tp_str = KeyError_str;
  const codecMembers = ["encoding", "object", "start", "end", "reason"];
  const members = (keys: string[]) =>
    keys.map((k) => (k === "start" || k === "end" ? unicodeErrorIndexMember(k) : unicodeErrorObjectMember(k)));
  PyExc_UnicodeEncodeError.tp_init = UnicodeEncodeError_init;
  PyExc_UnicodeEncodeError.tp_str = UnicodeEncodeError_str;
  PyExc_UnicodeEncodeError.tp_getset = members(codecMembers);
  PyExc_UnicodeDecodeError.tp_init = UnicodeDecodeError_init;
  PyExc_UnicodeDecodeError.tp_str = UnicodeDecodeError_str;
  PyExc_UnicodeDecodeError.tp_getset = members(codecMembers);
  PyExc_UnicodeTranslateError.tp_init = UnicodeTranslateError_init;
  PyExc_UnicodeTranslateError.tp_str = UnicodeTranslateError_str;
  PyExc_UnicodeTranslateError.tp_getset = members(["encoding", "object", "start", "end", "reason"]);
  setExceptionFactory(exceptionFactory);
}

/** Native raises: the exception object with its type's extra attributes. */
function exceptionFactory(type: PyTypeObject, args: PyObject): PyObject {
  const self = newException(type, args);
  PyObject_GC_Track(self);
  const init = type.tp_init;
  if (init !== null && init !== BaseException_init && PyTuple_Check(args)) {
    const items: PyObject[] = [];
    const n = PyTuple_GET_SIZE(args);
    for (let i = 0; i < n; i++) items.push(PyTuple_GET_ITEM(args, i));
    try {
      init(self, items, null);
    } catch (e) {
      Py_DECREF(self);
      throw e;
    }
  }
  return self;
}
