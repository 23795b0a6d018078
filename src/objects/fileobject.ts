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
import { Py_EnterRecursiveCall, Py_LeaveRecursiveCall, PyObject_Call } from "./call.js";

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
  /** Text written and not yet flushed in CPython's terms (held by its
   *  TextIOWrapper or BufferedWriter): decides what a flush calls. */
  pending = false;
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

/**
 * The recursion levels CPython 3.11's stream objects spend below a
 * TextIOWrapper's write or flush, in the C calls into the buffer (each a
 * method call that counts a level): sys.stderr is line-buffered, so a
 * write holding a line end calls buffer.write and then buffer.flush, which
 * calls raw.write (two levels deep); sys.stdout is block-buffered and
 * writes spend nothing below (its 8 KB chunks aside); flush() calls
 * buffer.flush, and raw.write below it when text is pending. The text is
 * buffered before these calls, so a RecursionError here comes after it is
 * written, as CPython writes it later.
 */
function bufferLevels(n: number): void {
  let entered = 0;
  try {
    for (; entered < n; entered++) Py_EnterRecursiveCall(" while calling a Python object");
  } finally {
    for (; entered > 0; entered--) Py_LeaveRecursiveCall();
  }
}

/**
 * Write `held + s` to one of the run's streams as its TextIOWrapper would,
 * `held` being text CPython's wrapper still holds from the same call
 * sequence (print's earlier pieces). For stderr given a line end the
 * wrapper passes what it holds to buffer.write (a level; when that call
 * fails the text is dropped, as CPython drops it) and then calls
 * buffer.flush, whose raw.write is a level below (when that fails the
 * text is already out, as CPython's buffer keeps it and writes it later).
 */
export function _PyTextIO_Write(stream: PyTextIOObject, held: string, s: string): void {
  if (stream.fd === 2 && (s.includes("\n") || s.includes("\r"))) {
    Py_EnterRecursiveCall(" while calling a Python object");
    try {
      writeToStream(stream, held + s);
      stream.pending = false;
      bufferLevels(1);
    } finally {
      Py_LeaveRecursiveCall();
    }
    return;
  }
  if (held.length + s.length === 0) return;
  writeToStream(stream, held + s);
  stream.pending = true;
}

/** Does writing `s` to `stream` make its wrapper call into the buffer? */
export function _PyTextIO_Flushes(stream: PyTextIOObject, s: string): boolean {
  return stream.fd === 2 && (s.includes("\n") || s.includes("\r"));
}

function textio_flush(self: PyObject): PyObject {
  const t = self as PyTextIOObject;
  const levels = t.pending ? 2 : 1;
  t.pending = false;
  bufferLevels(levels);
  return Py_NewRef(Py_None);
}

function textio_write(self: PyObject, arg: PyObject): PyObject {
  if (!PyUnicode_Check(arg)) {
    throw PyErr_Format(PyExc_TypeError, `write() argument must be str, not ${arg.ob_type.tp_name}`);
  }
  if ((self as PyTextIOObject).closed) throw PyErr_Format(PyExc_ValueError, "I/O operation on closed file.");
  const s = PyUnicode_AsString(arg);
  _PyTextIO_Write(self as PyTextIOObject, "", s);
  return PyLong_FromNumber(s.length);
}

function textio_repr(self: PyObject): PyObject {
  const t = self as PyTextIOObject;
  return PyUnicode_FromString(`<_io.TextIOWrapper name='${t.name}' mode='${t.fd === 0 ? "r" : "w"}' encoding='utf-8'>`);
}

PyTextIO_Type.tp_repr = textio_repr;
PyTextIO_Type.tp_methods = [
  { name: "write", meth: textio_write, flags: METH_O },
  { name: "flush", meth: textio_flush, flags: METH_NOARGS },
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
