/**
 * The abstract bases of `_io` (CPython's Modules/_io/iobase.c, with the
 * `_BufferedIOBase` of bufferedio.c): `_IOBase`, `_RawIOBase` and
 * `_BufferedIOBase`, whose default methods describe a stream that can be
 * neither read, written nor sought (UnsupportedOperation), and the parts
 * every stream shares: `closed`, close/flush, the context manager,
 * iteration by lines, readline/readlines/writelines, the finalizer that
 * closes an unclosed stream. Lib/io.py makes its ABCs (io.IOBase …) on
 * these; StringIO and BytesIO (io-stringio.ts, io-bytesio.ts) derive
 * from them.
 *
 * Representation: every `_io` object is an IOBaseObject, a GC object with
 * an instance `__dict__` (tp_dictoffset in CPython) and weak reference
 * support. The base's `closed` is the presence of the instance attribute
 * `__IOBase_closed`, which close() sets; subclasses that keep their own
 * state override `closed`.
 *
 * `UnsupportedOperation` is a class the module makes when it is imported
 * (io.UnsupportedOperation, derived from OSError and ValueError);
 * `ioState` holds the module's (a borrowed reference: the module's dict
 * owns it), as CPython's _PyIO_State does.
 */
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack, onGCReset } from "../heap/gc.js";
import { newStaticType, type PyTypeObject } from "../objects/typeobject.js";
import { METH_FASTCALL, METH_NOARGS, METH_O } from "../objects/methoddef.js";
import { PyDict_New } from "../objects/dictobject.js";
import { PyList_Append, PyList_New, _PyList_Extend } from "../objects/listobject.js";
import { PyLong_FromNumber, PyBool_FromBool, Py_True, type PyLongObject } from "../objects/longobject.js";
import { PyBytes_Check, PyBytes_FromArray, type PyBytesObject } from "../objects/bytesobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format, PyErr_NoArgs, toPyException } from "../objects/errors.js";
import {
  PyExc_NotImplementedError,
  PyExc_OSError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.js";
import { _PyArg_CheckPositional } from "../objects/getargs.js";
import {
  PyIndex_Check,
  PyIter_Next,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  PyObject_GetIter,
  PyObject_IsTrue,
  PyObject_Size,
} from "../objects/abstract.js";
import { _PyObject_LookupAttr, PyObject_SetAttr } from "../objects/object.js";
import {
  PyObject_Call,
  PyObject_CallMethodNoArgs,
  PyObject_CallMethodObjArgs,
  PyObject_CallMethodOneArg,
} from "../objects/call.js";
import { _Py_ID } from "../objects/identifiers.js";
import { PyObject_CallFinalizerFromDealloc } from "../objects/instanceobject.js";
import { PyObject_ClearWeakRefs } from "../objects/weakrefobject.js";
import { PyBUF_WRITABLE, PyBuffer_Release, PyObject_GetBuffer } from "../objects/buffer.js";
import { PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyImport_Import } from "../vm/import.js";

/** DEFAULT_BUFFER_SIZE of _iomodule.h. */
export const DEFAULT_BUFFER_SIZE = 8192;

/** The module's state (CPython's _PyIO_State): its UnsupportedOperation
 *  class, borrowed from the module's dict; null before the import. */
export const ioState = { unsupportedOperation: null as PyTypeObject | null };

onGCReset(() => {
  ioState.unsupportedOperation = null;
});

/** An UnsupportedOperation(message) to throw (OSError if the module's
 *  class is gone, as it can only be while the interpreter shuts down).
 *  The run's streams exist before `_io` is imported (CPython imports it
 *  at start-up): their first error imports it. */
export function unsupported(message: string): PyObject {
  if (ioState.unsupportedOperation === null) {
    const name = PyUnicode_FromString("_io");
    try {
      Py_DECREF(PyImport_Import(name));
    } finally {
      Py_DECREF(name);
    }
  }
  const t = ioState.unsupportedOperation;
  return PyErr_Format(t !== null && t.ob_refcnt > 0 ? t : PyExc_OSError, message);
}

export class IOBaseObject extends PyGCObject {
  /** The instance `__dict__` (owned), made on first use. */
  dict: PyObject | null;
  constructor(type: PyTypeObject, nbytes: number) {
    super(type, nbytes);
    this.dict = null;
  }
}

/** tp_getdict of every _io type (tp_dictoffset). */
export function iobase_getdict(self: PyObject, create: boolean): PyObject | null {
  const o = self as IOBaseObject;
  if (o.dict === null && create) o.dict = PyDict_New();
  return o.dict;
}

export function iobase_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const d = (self as IOBaseObject).dict;
  if (d !== null) visit(d);
}

export function iobase_clear(self: PyObject): void {
  const o = self as IOBaseObject;
  const d = o.dict;
  o.dict = null;
  if (d !== null) Py_DECREF(d);
}

function iobase_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  const o = new IOBaseObject(type, 32);
  PyObject_GC_Track(o);
  return o;
}

/**
 * iobase_dealloc: the finalizer first (it may call a close() written in
 * Python, which may keep the object alive), then the dict.
 */
function iobase_dealloc(self: PyObject): void {
  if (!PyObject_CallFinalizerFromDealloc(self)) return;
  const o = self as IOBaseObject;
  PyObject_GC_UnTrack(o);
  if (o.weakreflist !== null) PyObject_ClearWeakRefs(o);
  iobase_clear(o);
  PyObject_GC_Del(o);
}

/**
 * iobase_finalize (tp_finalize, inherited by every _io type): close a
 * stream that is not closed, first setting `_finalizing` so close() can
 * tell. Errors are silenced, as CPython does outside its dev mode.
 */
function iobase_finalize(self: PyObject): void {
  let closed: number;
  try {
    const res = _PyObject_LookupAttr(self, _Py_ID("closed"));
    if (res === null) closed = -1;
    else {
      try {
        closed = PyObject_IsTrue(res) ? 1 : 0;
      } finally {
        Py_DECREF(res);
      }
    }
  } catch (e) {
    Py_DECREF(toPyException(e));
    closed = -1;
  }
  if (closed !== 0) return;
  try {
    PyObject_SetAttr(self, _Py_ID("_finalizing"), Py_True);
  } catch (e) {
    Py_DECREF(toPyException(e));
  }
  try {
    Py_DECREF(PyObject_CallMethodNoArgs(self, _Py_ID("close")));
  } catch (e) {
    Py_DECREF(toPyException(e));
  }
}

// ---------------------------------------------------------------- argument helpers

/** Clinic's `Py_ssize_t(accept={int, NoneType})`: None gives `dflt`. */
export function optionalSsize(o: PyObject | undefined, dflt: number): number {
  if (o === undefined || o === Py_None) return dflt;
  if (!PyIndex_Check(o)) {
    throw PyErr_Format(PyExc_TypeError, `argument should be integer or None, not '${o.ob_type.tp_name}'`);
  }
  return PyNumber_AsSsize_t(o, PyExc_OverflowError);
}

/** Clinic's `Py_ssize_t`: the index, an OverflowError past 64 bits. */
export function ssizeArg(o: PyObject): number {
  const i = PyNumber_Index(o) as PyLongObject;
  try {
    if (i.big === null) return i.v;
    if (i.big >= -(1n << 63n) && i.big < 1n << 63n) return Number(i.big);
    throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  } finally {
    Py_DECREF(i);
  }
}

/** Clinic's `int`: the index, an OverflowError past 32 bits. */
export function intArg(o: PyObject): number {
  const n = ssizeArg(o);
  if (n > 2147483647 || n < -2147483648) {
    throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return n;
}

// ---------------------------------------------------------------- _IOBase

/** iobase_is_closed: has close() set `__IOBase_closed`? */
function iobase_is_closed(self: PyObject): boolean {
  const res = _PyObject_LookupAttr(self, _Py_ID("__IOBase_closed"));
  if (res === null) return false;
  Py_DECREF(res);
  return true;
}

/** iobase_check_closed: the derived `closed` attribute, true raising
 *  "I/O operation on closed file." (a missing attribute is open). */
export function iobase_check_closed(self: PyObject): void {
  const res = _PyObject_LookupAttr(self, _Py_ID("closed"));
  if (res === null) return;
  let closed: boolean;
  try {
    closed = PyObject_IsTrue(res);
  } finally {
    Py_DECREF(res);
  }
  if (closed) throw PyErr_Format(PyExc_ValueError, "I/O operation on closed file.");
}

function none(): PyObject {
  return Py_NewRef(Py_None);
}

function iobase_flush(self: PyObject): PyObject {
  if (iobase_is_closed(self)) throw PyErr_Format(PyExc_ValueError, "I/O operation on closed file.");
  return none();
}

/** close(): flush, then mark closed even when flush raised. */
function iobase_close(self: PyObject): PyObject {
  if (iobase_is_closed(self)) return none();
  let flushError: PyObject | null = null;
  try {
    Py_DECREF(PyObject_CallMethodNoArgs(self, _Py_ID("flush")));
  } catch (e) {
    flushError = toPyException(e);
  }
  try {
    PyObject_SetAttr(self, _Py_ID("__IOBase_closed"), Py_True);
  } catch (e) {
    if (flushError !== null) Py_DECREF(flushError);
    throw e;
  }
  if (flushError !== null) throw flushError;
  return none();
}

/** _PyIOBase_check_seekable / readable / writable: `self.NAME()` must be
 *  True, else UnsupportedOperation("File or stream is not NAME."). */
function checkAbility(name: string): (self: PyObject) => PyObject {
  return (self) => {
    const res = PyObject_CallMethodNoArgs(self, _Py_ID(name));
    if (res !== Py_True) {
      Py_DECREF(res);
      throw unsupported(`File or stream is not ${name.slice(0, -4)}able.`);
    }
    return res;
  };
}

function iobase_enter(self: PyObject): PyObject {
  iobase_check_closed(self);
  return Py_NewRef(self);
}

function iobase_exit(self: PyObject): PyObject {
  return PyObject_CallMethodNoArgs(self, _Py_ID("close"));
}

function iobase_isatty(self: PyObject): PyObject {
  iobase_check_closed(self);
  return PyBool_FromBool(false);
}

/** The bytes of `o`, which a read() or peek() of a binary stream must
 *  return (an OSError naming what came back otherwise). */
function bytesResult(o: PyObject, what: string): Uint8Array {
  if (!PyBytes_Check(o)) {
    throw PyErr_Format(PyExc_OSError, `${what}() should have returned a bytes object, not '${o.ob_type.tp_name}'`);
  }
  return (o as PyBytesObject).ob_sval;
}

/**
 * _IOBase.readline(size=-1, /): a line of a binary stream, byte by byte
 * through read(), or through peek() when the stream has one.
 */
function iobase_readline(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("readline", args.length, 0, 1);
  const limit = optionalSsize(args[0], -1);
  const peek = _PyObject_LookupAttr(self, _Py_ID("peek"));
  const buffer: number[] = [];
  try {
    while (limit < 0 || buffer.length < limit) {
      let nreadahead = 1;
      if (peek !== null) {
        const one = PyLong_FromNumber(1);
        let readahead: PyObject;
        try {
          readahead = PyObject_Call(peek, [one], null);
        } finally {
          Py_DECREF(one);
        }
        try {
          const buf = bytesResult(readahead, "peek");
          if (buf.length > 0) {
            let n = 0;
            while (n < buf.length && (limit < 0 || n < limit)) {
              if (buf[n++] === 10) break;
            }
            nreadahead = n;
          }
        } finally {
          Py_DECREF(readahead);
        }
      }
      const n = PyLong_FromNumber(nreadahead);
      let b: PyObject;
      try {
        b = PyObject_CallMethodOneArg(self, _Py_ID("read"), n);
      } finally {
        Py_DECREF(n);
      }
      let data: Uint8Array;
      try {
        data = bytesResult(b, "read");
        for (let i = 0; i < data.length; i++) buffer.push(data[i]);
      } finally {
        Py_DECREF(b);
      }
      if (data.length === 0 || buffer[buffer.length - 1] === 10) break;
    }
  } finally {
    if (peek !== null) Py_DECREF(peek);
  }
  return PyBytes_FromArray(Uint8Array.from(buffer));
}

function iobase_iter(self: PyObject): PyObject {
  iobase_check_closed(self);
  return Py_NewRef(self);
}

/** iobase_iternext: the next readline(), none when it is empty. */
function iobase_iternext(self: PyObject): PyObject | null {
  const line = PyObject_CallMethodNoArgs(self, _Py_ID("readline"));
  let n: number;
  try {
    n = PyObject_Size(line);
  } catch (e) {
    Py_DECREF(line);
    throw e;
  }
  if (n <= 0) {
    Py_DECREF(line);
    return null;
  }
  return line;
}

/** readlines(hint=-1, /): lines until their total passes `hint`. */
function iobase_readlines(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("readlines", args.length, 0, 1);
  const hint = optionalSsize(args[0], -1);
  const result = PyList_New(0);
  try {
    if (hint <= 0) {
      _PyList_Extend(result, self);
      return result;
    }
    const it = PyObject_GetIter(self);
    try {
      let length = 0;
      for (let line = PyIter_Next(it); line !== null; line = PyIter_Next(it)) {
        let lineLength: number;
        try {
          PyList_Append(result, line);
          lineLength = PyObject_Size(line);
        } finally {
          Py_DECREF(line);
        }
        if (lineLength > hint - length) break;
        length += lineLength;
      }
    } finally {
      Py_DECREF(it);
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function iobase_writelines(self: PyObject, lines: PyObject): PyObject {
  iobase_check_closed(self);
  const it = PyObject_GetIter(lines);
  try {
    for (let line = PyIter_Next(it); line !== null; line = PyIter_Next(it)) {
      try {
        Py_DECREF(PyObject_CallMethodOneArg(self, _Py_ID("write"), line));
      } finally {
        Py_DECREF(line);
      }
    }
  } finally {
    Py_DECREF(it);
  }
  return none();
}

function iobase_closed_get(self: PyObject): PyObject {
  return PyBool_FromBool(iobase_is_closed(self));
}

function iobase_dict_get(self: PyObject): PyObject {
  return Py_NewRef(iobase_getdict(self, true)!);
}

/** CPython's docstring of _IOBase's method `name`. */
function DOC(name: string): string {
  return IOBASE_DOCS[name];
}

const IOBASE_DOCS: Record<string, string> = {
  seek:
    "Change stream position.\n\nChange the stream position to the given byte offset. The offset is\ninterpreted " +
    "relative to the position indicated by whence.  Values\nfor whence are:\n\n* 0 -- start of stream (the " +
    "default); offset should be zero or positive\n* 1 -- current stream position; offset may be negative\n* 2 -- " +
    "end of stream; offset is usually negative\n\nReturn the new absolute position.",
  truncate:
    "Truncate file to size bytes.\n\nFile pointer is left unchanged.  Size defaults to the current IO\nposition " +
    "as reported by tell().  Returns the new size.",
  flush: "Flush write buffers, if applicable.\n\nThis is not implemented for read-only and non-blocking streams.",
  close: "Flush and close the IO object.\n\nThis method has no effect if the file is already closed.",
  seekable:
    "Return whether object supports random access.\n\nIf False, seek(), tell() and truncate() will raise " +
    "OSError.\nThis method may need to do a test seek().",
  readable: "Return whether object was opened for reading.\n\nIf False, read() will raise OSError.",
  writable: "Return whether object was opened for writing.\n\nIf False, write() will raise OSError.",
  fileno:
    "Returns underlying file descriptor if one exists.\n\nOSError is raised if the IO object does not use a file descriptor.",
  isatty: "Return whether this is an 'interactive' stream.\n\nReturn False if it can't be determined.",
  readline:
    "Read and return a line from the stream.\n\nIf size is specified, at most size bytes will be read.\n\nThe " +
    "line terminator is always b'\\n' for binary files; for text\nfiles, the newlines argument to open can be " +
    "used to select the line\nterminator(s) recognized.",
  readlines:
    "Return a list of lines from the stream.\n\nhint can be specified to control the number of lines read: no " +
    "more\nlines will be read if the total size (in bytes/characters) of all\nlines so far exceeds hint.",
  writelines:
    "Write a list of lines to stream.\n\nLine separators are not added, so it is usual for each of the\nlines " +
    "provided to have a line separator at the end.",
};

const unsupportedMethod = (name: string) => (): PyObject => {
  throw unsupported(name);
};

export const PyIOBase_Type: PyTypeObject = newStaticType(
  "_io._IOBase",
  32,
  TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
  iobase_dealloc,
);
PyIOBase_Type.tp_new = iobase_new;
PyIOBase_Type.tp_traverse = iobase_traverse;
PyIOBase_Type.tp_clear = iobase_clear;
PyIOBase_Type.tp_finalize = iobase_finalize;
PyIOBase_Type.tp_iter = iobase_iter;
PyIOBase_Type.tp_iternext = iobase_iternext;
PyIOBase_Type.tp_getdict = iobase_getdict;
PyIOBase_Type.tp_hasdict = true;
PyIOBase_Type.tp_weakrefable = true;
PyIOBase_Type.tp_methods = [
  { name: "seek", meth: unsupportedMethod("seek"), flags: METH_FASTCALL, doc: DOC("seek") },
  {
    name: "tell",
    meth: (self: PyObject) => {
      const zero = PyLong_FromNumber(0);
      const one = PyLong_FromNumber(1);
      try {
        return PyObject_CallMethodObjArgs(self, _Py_ID("seek"), [zero, one]);
      } finally {
        Py_DECREF(zero);
        Py_DECREF(one);
      }
    },
    flags: METH_NOARGS,
    doc: "Return current stream position.",
  },
  { name: "truncate", meth: unsupportedMethod("truncate"), flags: METH_FASTCALL, doc: DOC("truncate") },
  { name: "flush", meth: iobase_flush, flags: METH_NOARGS, doc: DOC("flush") },
  { name: "close", meth: iobase_close, flags: METH_NOARGS, doc: DOC("close") },
  { name: "seekable", meth: () => PyBool_FromBool(false), flags: METH_NOARGS, doc: DOC("seekable") },
  { name: "readable", meth: () => PyBool_FromBool(false), flags: METH_NOARGS, doc: DOC("readable") },
  { name: "writable", meth: () => PyBool_FromBool(false), flags: METH_NOARGS, doc: DOC("writable") },
  {
    name: "_checkClosed",
    meth: (self: PyObject) => {
      iobase_check_closed(self);
      return none();
    },
    flags: METH_NOARGS,
  },
  { name: "_checkSeekable", meth: checkAbility("seekable"), flags: METH_NOARGS },
  { name: "_checkReadable", meth: checkAbility("readable"), flags: METH_NOARGS },
  { name: "_checkWritable", meth: checkAbility("writable"), flags: METH_NOARGS },
  { name: "fileno", meth: unsupportedMethod("fileno"), flags: METH_NOARGS, doc: DOC("fileno") },
  { name: "isatty", meth: iobase_isatty, flags: METH_NOARGS, doc: DOC("isatty") },
  { name: "__enter__", meth: iobase_enter, flags: METH_NOARGS },
  { name: "__exit__", meth: iobase_exit, flags: METH_FASTCALL },
  { name: "readline", meth: iobase_readline, flags: METH_FASTCALL, doc: DOC("readline") },
  { name: "readlines", meth: iobase_readlines, flags: METH_FASTCALL, doc: DOC("readlines") },
  { name: "writelines", meth: iobase_writelines, flags: METH_O, doc: DOC("writelines") },
];
PyIOBase_Type.tp_getset = [
  { name: "__dict__", get: iobase_dict_get, set: null },
  { name: "closed", get: iobase_closed_get, set: null },
];

/** What a subclass of _IOBase keeps of it: the instance dict (traversed,
 *  cleared) and weak references. */
export function inheritIOBase(t: PyTypeObject): void {
  t.tp_traverse = iobase_traverse;
  t.tp_clear = iobase_clear;
  t.tp_getdict = iobase_getdict;
  t.tp_hasdict = true;
  t.tp_weakrefable = true;
}

// ---------------------------------------------------------------- _RawIOBase

/** _RawIOBase.read(size=-1, /): readall() for a negative size; a sized
 *  read goes through readinto() of a bytearray, which refpy lacks. */
function rawiobase_read(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("read", args.length, 0, 1);
  const n = args.length > 0 ? ssizeArg(args[0]) : -1;
  if (n < 0) return PyObject_CallMethodNoArgs(self, _Py_ID("readall"));
  throw PyErr_Format(
    PyExc_NotImplementedError,
    "_RawIOBase.read(size) is not supported by refpy: it reads into a bytearray, which refpy does not have",
  );
}

/** _RawIOBase.readall(): read(DEFAULT_BUFFER_SIZE) until EOF, joined. */
function rawiobase_readall(self: PyObject): PyObject {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const size = PyLong_FromNumber(DEFAULT_BUFFER_SIZE);
  try {
    for (;;) {
      const data = PyObject_CallMethodOneArg(self, _Py_ID("read"), size);
      if (data === Py_None) {
        if (chunks.length === 0) return data;
        Py_DECREF(data);
        break;
      }
      if (!PyBytes_Check(data)) {
        Py_DECREF(data);
        throw PyErr_Format(PyExc_TypeError, "read() should return bytes");
      }
      const bytes = (data as PyBytesObject).ob_sval;
      Py_DECREF(data);
      if (bytes.length === 0) break;
      chunks.push(bytes);
      total += bytes.length;
    }
  } finally {
    Py_DECREF(size);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return PyBytes_FromArray(out);
}

const notImplemented = (): PyObject => {
  throw PyErr_NoArgs(PyExc_NotImplementedError);
};

export const PyRawIOBase_Type: PyTypeObject = newStaticType(
  "_io._RawIOBase",
  32,
  TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
  iobase_dealloc,
  PyIOBase_Type,
);
PyRawIOBase_Type.tp_doc = "Base class for raw binary I/O.";
inheritIOBase(PyRawIOBase_Type);
PyRawIOBase_Type.tp_methods = [
  { name: "read", meth: rawiobase_read, flags: METH_FASTCALL },
  { name: "readall", meth: rawiobase_readall, flags: METH_NOARGS, doc: "Read until EOF, using multiple read() call." },
  { name: "readinto", meth: notImplemented, flags: METH_FASTCALL },
  { name: "write", meth: notImplemented, flags: METH_FASTCALL },
];

// ---------------------------------------------------------------- _BufferedIOBase

/** _bufferediobase_readinto_generic: read(len) (or read1) copied into a
 *  writable buffer; the count read. */
function bufferediobase_readinto(name: string, readName: string) {
  return (self: PyObject, buffer: PyObject): PyObject => {
    let view: ReturnType<typeof PyObject_GetBuffer>;
    try {
      view = PyObject_GetBuffer(buffer, PyBUF_WRITABLE);
    } catch (e) {
      Py_DECREF(toPyException(e));
      throw PyErr_Format(
        PyExc_TypeError,
        `${name}() argument must be read-write bytes-like object, not ${buffer.ob_type.tp_name}`,
      );
    }
    try {
      const len = PyLong_FromNumber(view.len);
      let data: PyObject;
      try {
        data = PyObject_CallMethodOneArg(self, _Py_ID(readName), len);
      } finally {
        Py_DECREF(len);
      }
      try {
        if (!PyBytes_Check(data)) throw PyErr_Format(PyExc_TypeError, "read() should return bytes");
        const bytes = (data as PyBytesObject).ob_sval;
        if (bytes.length > view.len) {
          throw PyErr_Format(
            PyExc_ValueError,
            `read() returned too much data: ${view.len} bytes requested, ${bytes.length} returned`,
          );
        }
        view.buf.set(bytes, view.offset);
        return PyLong_FromNumber(bytes.length);
      } finally {
        Py_DECREF(data);
      }
    } finally {
      PyBuffer_Release(view);
    }
  };
}

export const PyBufferedIOBase_Type: PyTypeObject = newStaticType(
  "_io._BufferedIOBase",
  32,
  TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
  iobase_dealloc,
  PyIOBase_Type,
);
PyBufferedIOBase_Type.tp_doc =
  "Base class for buffered IO objects.\n\nThe main difference with RawIOBase is that the read() method\nsupports " +
  "omitting the size argument, and does not have a default\nimplementation that defers to readinto().\n\nIn " +
  "addition, read(), readinto() and write() may raise\nBlockingIOError if the underlying raw stream is in " +
  "non-blocking\nmode and not ready; unlike their raw counterparts, they will never\nreturn None.\n\nA typical " +
  "implementation should not inherit from a RawIOBase\nimplementation, but wrap one.\n";
inheritIOBase(PyBufferedIOBase_Type);
PyBufferedIOBase_Type.tp_methods = [
  { name: "detach", meth: unsupportedMethod("detach"), flags: METH_NOARGS },
  { name: "read", meth: unsupportedMethod("read"), flags: METH_FASTCALL },
  { name: "read1", meth: unsupportedMethod("read1"), flags: METH_FASTCALL },
  { name: "readinto", meth: bufferediobase_readinto("readinto", "read"), flags: METH_O },
  { name: "readinto1", meth: bufferediobase_readinto("readinto1", "read1"), flags: METH_O },
  { name: "write", meth: unsupportedMethod("write"), flags: METH_FASTCALL },
];

PyIOBase_Type.tp_doc =
  "The abstract base class for all I/O classes.\n\nThis class provides dummy implementations for many methods " +
  "that\nderived classes can override selectively; the default implementations\nrepresent a file that cannot be " +
  "read, written or seeked.\n\nEven though IOBase does not declare read, readinto, or write because\ntheir " +
  "signatures will vary, implementations and clients should\nconsider those methods part of the interface. Also, " +
  "implementations\nmay raise UnsupportedOperation when operations they do not support are\ncalled.\n\nThe basic " +
  "type used for binary data read from or written to a file is\nbytes. Other bytes-like objects are accepted as " +
  "method arguments too.\nIn some cases (such as readinto), a writable object is required. Text\nI/O classes " +
  "work with str data.\n\nNote that calling any method (except additional calls to close(),\nwhich are ignored) " +
  "on a closed stream should raise a ValueError.\n\nIOBase (and its subclasses) support the iterator protocol, " +
  "meaning\nthat an IOBase object can be iterated over yielding the lines in a\nstream.\n\nIOBase also supports " +
  "the :keyword:`with` statement. In this example,\nfp is closed after the suite of the with statement is " +
  "complete:\n\nwith open('spam.txt', 'r') as fp:\n    fp.write('Spam and eggs!')\n";
