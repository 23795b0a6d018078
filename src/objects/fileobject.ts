/**
 * The run's standard streams and writing to a file object (CPython's
 * Objects/fileobject.c PyFile_WriteString, and the `_io.TextIOWrapper`
 * objects that sys.stdout, sys.stderr and sys.stdin are).
 *
 * The streams are plain JS callbacks (`stdio`), set by the runtime for
 * each run; `sys.stdout` / `sys.stderr` are small `TextIOWrapper` objects
 * whose write() calls them. `writeToStream` writes to whatever object it
 * is given: straight to the sink for the run's own streams, through the
 * object's `write` method otherwise (so print() honours a replaced
 * sys.stdout).
 */
import { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { PyObject_Free } from "../heap/gc.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import { METH_NOARGS, METH_O } from "./methoddef.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "./unicodeobject.js";
import { PyBool_FromBool, PyLong_FromNumber, Py_False } from "./longobject.js";
import { Py_None } from "./noneobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_TypeError, PyExc_ValueError } from "./exceptions.js";
import { _PyObject_LookupAttrString, PyObject_GetAttrString } from "./object.js";
import { PyObject_Str } from "./abstract.js";
import { PyObject_Call } from "./call.js";

/** Where the run's output goes and where input() reads from. */
export const stdio = {
  stdout: (s: string): void => {
    process.stdout.write(s);
  },
  stderr: (s: string): void => {
    process.stderr.write(s);
  },
  /** One line without its newline, or null at end of input. */
  readline: (): string | null => null,
};

export function setStdio(
  out: ((s: string) => void) | null,
  err: ((s: string) => void) | null,
  readline: (() => string | null) | null,
): void {
  if (out !== null) stdio.stdout = out;
  if (err !== null) stdio.stderr = err;
  if (readline !== null) stdio.readline = readline;
}

export class PyTextIOObject extends PyObject {
  name: string;
  fd: number;
  /** close() was called (site's exit() closes sys.stdin). */
  closed = false;
  constructor(name: string, fd: number) {
    super(PyTextIO_Type, 208);
    this.name = name;
    this.fd = fd;
  }
}

export const PyTextIO_Type: PyTypeObject = newStaticType("_io.TextIOWrapper", 208, 0, (o) => PyObject_Free(o));

/** Write `s` to the stream object (fast path for the run's own streams). */
export function writeToStream(stream: PyObject, s: string): void {
  if (stream instanceof PyTextIOObject) {
    if (stream.fd === 2) stdio.stderr(s);
    else stdio.stdout(s);
    return;
  }
  const write = _PyObject_LookupAttrString(stream, "write");
  if (write === null)
    throw PyErr_Format(PyExc_TypeError, `'${stream.ob_type.tp_name}' object has no attribute 'write'`);
  const arg = PyUnicode_FromString(s);
  try {
    Py_DECREF(PyObject_Call(write, [arg], null));
  } finally {
    Py_DECREF(arg);
    Py_DECREF(write);
  }
}

/**
 * PyFile_WriteObject (with Py_PRINT_RAW): `f.write(str(v))`, the `write`
 * attribute looked up first, as print() writes each of its pieces.
 */
export function PyFile_WriteObject(v: PyObject, f: PyObject): void {
  const writer = PyObject_GetAttrString(f, "write");
  try {
    const value = PyObject_Str(v);
    try {
      Py_DECREF(PyObject_Call(writer, [value], null));
    } finally {
      Py_DECREF(value);
    }
  } finally {
    Py_DECREF(writer);
  }
}

/** PyFile_WriteString: `f.write(s)`. */
export function PyFile_WriteString(s: string, f: PyObject): void {
  const o = PyUnicode_FromString(s);
  try {
    PyFile_WriteObject(o, f);
  } finally {
    Py_DECREF(o);
  }
}

function textio_write(self: PyObject, arg: PyObject): PyObject {
  if (!PyUnicode_Check(arg)) {
    throw PyErr_Format(PyExc_TypeError, `write() argument must be str, not ${arg.ob_type.tp_name}`);
  }
  if ((self as PyTextIOObject).closed) throw PyErr_Format(PyExc_ValueError, "I/O operation on closed file.");
  const s = PyUnicode_AsString(arg);
  writeToStream(self, s);
  return PyLong_FromNumber(s.length);
}

function textio_repr(self: PyObject): PyObject {
  const t = self as PyTextIOObject;
  return PyUnicode_FromString(`<_io.TextIOWrapper name='${t.name}' mode='${t.fd === 0 ? "r" : "w"}' encoding='utf-8'>`);
}

PyTextIO_Type.tp_repr = textio_repr;
PyTextIO_Type.tp_methods = [
  { name: "write", meth: textio_write, flags: METH_O },
  { name: "flush", meth: () => Py_NewRef(Py_None), flags: METH_NOARGS },
  // The run's streams are its sinks, not a terminal (as CPython's piped ones).
  { name: "isatty", meth: () => Py_NewRef(Py_False), flags: METH_NOARGS },
  { name: "fileno", meth: (s: PyObject) => PyLong_FromNumber((s as PyTextIOObject).fd), flags: METH_NOARGS },
  { name: "close", meth: textio_close, flags: METH_NOARGS },
];
PyTextIO_Type.tp_getset = [
  { name: "closed", get: (s: PyObject) => PyBool_FromBool((s as PyTextIOObject).closed), set: null },
];

/** close(): later reads and writes raise ValueError, as on a closed file
 *  (the host stream itself stays open). */
function textio_close(self: PyObject): PyObject {
  (self as PyTextIOObject).closed = true;
  return Py_NewRef(Py_None);
}
