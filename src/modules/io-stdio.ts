/**
 * The state and ability parts of sys.stdout, sys.stderr and sys.stdin
 * (objects/fileobject.ts's `_io.TextIOWrapper` objects), as CPython's
 * create_stdio makes them for piped streams under the golden makers'
 * settings (UTF-8, `strict` errors, `backslashreplace` on stderr, stderr
 * line-buffered): `encoding`, `errors`, `line_buffering`,
 * `write_through`, `newlines`, `name`, `_CHUNK_SIZE`,
 * readable/writable/seekable and the `_check*` helpers, `__enter__` /
 * `__exit__`, `writelines`. The buffer, reading and reconfiguration are
 * not here yet. They are added to the type here, where io's
 * UnsupportedOperation is known.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { METH_FASTCALL, METH_NOARGS, METH_O } from "../objects/methoddef.js";
import { type PyTextIOObject, PyTextIO_Type, writeToStream } from "../objects/fileobject.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyBool_FromBool, PyLong_FromNumber, Py_True } from "../objects/longobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.js";
import { PyObject_GetIter, PyIter_Next } from "../objects/abstract.js";
import { PyObject_CallMethodNoArgs } from "../objects/call.js";
import { _Py_ID } from "../objects/identifiers.js";
import { unsupported } from "./io-iobase.js";

function S(self: PyObject): PyTextIOObject {
  return self as PyTextIOObject;
}

function checkClosed(self: PyObject): void {
  if (S(self).closed) throw PyErr_Format(PyExc_ValueError, "I/O operation on closed file.");
}

/** The check of the raw file under readable()/writable()/seekable(), worded as FileIO's. */
function checkRawClosed(self: PyObject): void {
  if (S(self).closed) throw PyErr_Format(PyExc_ValueError, "I/O operation on closed file");
}

const readable = (self: PyObject): boolean => S(self).fd === 0;

/** _checkReadable / _checkWritable / _checkSeekable (IOBase's). */
function checkAbility(name: "readable" | "writable" | "seekable"): (self: PyObject) => PyObject {
  return (self) => {
    const res = PyObject_CallMethodNoArgs(self, _Py_ID(name));
    if (res !== Py_True) {
      Py_DECREF(res);
      throw unsupported(`File or stream is not ${name.slice(0, -4)}able.`);
    }
    return res;
  };
}

/** writelines(lines): each line written, as IOBase's (closed checked first). */
function stdio_writelines(self: PyObject, lines: PyObject): PyObject {
  checkClosed(self);
  const it = PyObject_GetIter(lines);
  try {
    for (let line = PyIter_Next(it); line !== null; line = PyIter_Next(it)) {
      try {
        if (!PyUnicode_Check(line)) {
          throw PyErr_Format(PyExc_TypeError, `write() argument must be str, not ${line.ob_type.tp_name}`);
        }
        if (readable(self)) throw unsupported("not writable");
        writeToStream(self, PyUnicode_AsString(line));
      } finally {
        Py_DECREF(line);
      }
    }
  } finally {
    Py_DECREF(it);
  }
  return Py_NewRef(Py_None);
}

PyTextIO_Type.tp_methods = [
  ...(PyTextIO_Type.tp_methods ?? []),
  {
    name: "readable",
    meth: (self: PyObject) => {
      checkRawClosed(self);
      return PyBool_FromBool(readable(self));
    },
    flags: METH_NOARGS,
  },
  {
    name: "writable",
    meth: (self: PyObject) => {
      checkRawClosed(self);
      return PyBool_FromBool(!readable(self));
    },
    flags: METH_NOARGS,
  },
  {
    name: "seekable",
    meth: (self: PyObject) => {
      checkRawClosed(self);
      return PyBool_FromBool(false);
    },
    flags: METH_NOARGS,
  },
  {
    name: "_checkClosed",
    meth: (self: PyObject) => {
      checkClosed(self);
      return Py_NewRef(Py_None);
    },
    flags: METH_FASTCALL,
  },
  { name: "_checkReadable", meth: checkAbility("readable"), flags: METH_FASTCALL },
  { name: "_checkWritable", meth: checkAbility("writable"), flags: METH_FASTCALL },
  { name: "_checkSeekable", meth: checkAbility("seekable"), flags: METH_FASTCALL },
  {
    name: "__enter__",
    meth: (self: PyObject) => {
      checkClosed(self);
      return Py_NewRef(self);
    },
    flags: METH_NOARGS,
  },
  {
    name: "__exit__",
    meth: (self: PyObject) => PyObject_CallMethodNoArgs(self, _Py_ID("close")),
    flags: METH_FASTCALL,
  },
  { name: "writelines", meth: stdio_writelines, flags: METH_O },
];

const str = (s: string) => () => PyUnicode_FromString(s);

PyTextIO_Type.tp_getset = [
  ...(PyTextIO_Type.tp_getset ?? []),
  { name: "name", get: (self: PyObject) => PyUnicode_FromString(S(self).name), set: null },
  { name: "encoding", get: str("utf-8"), set: null },
  {
    name: "errors",
    get: (self: PyObject) => PyUnicode_FromString(S(self).fd === 2 ? "backslashreplace" : "strict"),
    set: null,
  },
  { name: "line_buffering", get: (self: PyObject) => PyBool_FromBool(S(self).fd === 2), set: null },
  { name: "write_through", get: () => PyBool_FromBool(false), set: null },
  { name: "newlines", get: () => Py_NewRef(Py_None), set: null },
  { name: "_CHUNK_SIZE", get: () => PyLong_FromNumber(8192), set: null },
];
