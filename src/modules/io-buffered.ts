/**
 * `_io.FileIO` over the standard descriptors, and `_io.BufferedReader` /
 * `_io.BufferedWriter` (CPython 3.11's Modules/_io/fileio.c and
 * bufferedio.c): the layers under sys.stdin, sys.stdout and sys.stderr
 * (`sys.stdout.buffer`, `sys.stdout.buffer.raw`), as CPython's
 * create_stdio makes them for pipes: FileIO(fd, closefd=False) whose
 * `name` attribute is `<stdout>`, under a buffered object of 4096 bytes
 * (the pipe's st_blksize).
 *
 * refpy has no files: a FileIO is made over descriptor 0, 1 or 2 only
 * (fileobject.ts's _Py_read/_Py_write), which are never seekable (they
 * are pipes here: seek and tell raise ESPIPE). A buffered object wraps
 * any raw stream; over one of ours it writes through to the descriptor
 * at once (see DIFFERENCES.md: output is not held back in a buffer), over
 * another raw stream it keeps written bytes until flush() or until its
 * buffer is full, and calls the raw stream's methods.
 *
 * Representation: each is an IOBaseObject (instance `__dict__`, weak
 * references). A FileIO's `std` record (descriptor, closed) is shared
 * with the text layer above, which reads it to take its fast path.
 */
import { type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType, type PyTypeObject } from "../objects/typeobject.js";
import { METH_FASTCALL, METH_NOARGS, METH_O } from "../objects/methoddef.js";
import { PyBytes_Check, PyBytes_FromArray, type PyBytesObject } from "../objects/bytesobject.js";
import { PyBool_FromBool, PyLong_Check, PyLong_FromNumber, Py_False, Py_True } from "../objects/longobject.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_ExceptionMatches, PyErr_Format, toPyException } from "../objects/errors.js";
import type { PyBaseExceptionObject } from "../objects/exceptions.js";
import {
  PyExc_AttributeError,
  PyExc_NotImplementedError,
  PyExc_OSError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.js";
import { _PyArg_CheckPositional, _PyArg_UnpackKeywords, newArgParser } from "../objects/getargs.js";
import { PyObject_IsTrue, PyObject_Repr } from "../objects/abstract.js";
import { _PyObject_LookupAttr, PyObject_SetAttr } from "../objects/object.js";
import { PyObject_CallMethodNoArgs, PyObject_CallMethodObjArgs, PyObject_CallMethodOneArg } from "../objects/call.js";
import { _Py_ID } from "../objects/identifiers.js";
import { PyObject_CallFinalizerFromDealloc } from "../objects/instanceobject.js";
import { PyObject_ClearWeakRefs } from "../objects/weakrefobject.js";
import {
  PyBUF_SIMPLE,
  PyBUF_WRITABLE,
  PyBuffer_Data,
  PyBuffer_Release,
  PyObject_GetBuffer,
} from "../objects/buffer.js";
import { _Py_close, _Py_fd_open, _Py_read, _Py_write, PyErr_FromErrno } from "../objects/fileobject.js";
import {
  DEFAULT_BUFFER_SIZE,
  IOBaseObject,
  PyBufferedIOBase_Type,
  PyRawIOBase_Type,
  inheritIOBase,
  iobase_clear,
  optionalSsize,
  ssizeArg,
  unsupported,
} from "./io-iobase.js";

const ESPIPE = 29;
/** st_blksize of a pipe: FileIO's `_blksize`, the buffer size open() picks. */
const PIPE_BLKSIZE = 4096;

/** A standard descriptor as a FileIO sees it; shared with the text layer. */
export interface StdRaw {
  fd: number;
  /** The FileIO was closed (its fd is -1 in CPython). */
  closed: boolean;
}

// ---------------------------------------------------------------- FileIO

export class FileIOObject extends IOBaseObject {
  std: StdRaw;
  readable: boolean;
  writable: boolean;
  closefd: boolean;
  finalizing: boolean;
  constructor(type: PyTypeObject, fd: number, readable: boolean, closefd: boolean) {
    super(type, 48);
    this.std = { fd, closed: false };
    this.readable = readable;
    this.writable = !readable;
    this.closefd = closefd;
    this.finalizing = false;
  }
}

const F = (self: PyObject): FileIOObject => self as FileIOObject;

function illegalSeek(): PyObject {
  return PyErr_FromErrno(ESPIPE, "Illegal seek");
}

/** err_closed: FileIO's own wording, without the final period. */
function fileioCheckClosed(f: FileIOObject): void {
  if (f.std.closed) throw PyErr_Format(PyExc_ValueError, "I/O operation on closed file");
}

function fileioMode(f: FileIOObject): string {
  return f.readable ? "rb" : "wb";
}

/** A bytes-like argument's contents (a copy). */
function bytesLike(o: PyObject): Uint8Array {
  if (PyBytes_Check(o)) return (o as PyBytesObject).ob_sval;
  if (PyUnicode_Check(o)) throw PyErr_Format(PyExc_TypeError, "a bytes-like object is required, not 'str'");
  const view = PyObject_GetBuffer(o, PyBUF_SIMPLE);
  try {
    return PyBuffer_Data(view).slice();
  } finally {
    PyBuffer_Release(view);
  }
}

const fileioParser = newArgParser("FileIO", ["file", "mode", "closefd", "opener"], 1);

/** FileIO(file, mode='r', closefd=True, opener=None): over descriptor 0
 *  (reading) or 1 or 2 (writing) only. */
function fileio_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [file, mode, closefd] = _PyArg_UnpackKeywords(args, kwnames, fileioParser, [null, null, null, null]);
  if (!PyLong_Check(file!)) {
    throw PyErr_Format(PyExc_NotImplementedError, "io.FileIO is not supported by refpy: programs have no file access");
  }
  const fd = ssizeArg(file!);
  if (fd < 0) throw PyErr_Format(PyExc_ValueError, "negative file descriptor");
  let m = "r";
  if (mode !== null) {
    if (!PyUnicode_Check(mode)) {
      throw PyErr_Format(PyExc_TypeError, `FileIO() argument 'mode' must be str, not ${mode.ob_type.tp_name}`);
    }
    m = PyUnicode_AsString(mode);
  }
  const reading = /^r?b?$/.test(m) || m === "br";
  const writing = /^[wa]b?$/.test(m) || m === "bw" || m === "ba";
  if (!reading && !writing) {
    throw PyErr_Format(PyExc_ValueError, `invalid mode: ${m}`);
  }
  if (!_Py_fd_open(fd)) throw PyErr_FromErrno(9, "Bad file descriptor");
  const f = new FileIOObject(type, fd, reading, closefd === null || PyObject_IsTrue(closefd));
  PyObject_GC_Track(f);
  try {
    PyObject_SetAttr(f, _Py_ID("name"), file!);
  } catch (e) {
    Py_DECREF(f);
    throw e;
  }
  return f;
}

/** A FileIO over a standard descriptor for create_stdio, whose name is `name`. */
export function _PyFileIO_ForStd(fd: number, name: string): FileIOObject {
  const f = new FileIOObject(PyFileIO_Type, fd, fd === 0, false);
  PyObject_GC_Track(f);
  const n = PyUnicode_FromString(name);
  try {
    PyObject_SetAttr(f, _Py_ID("name"), n);
  } finally {
    Py_DECREF(n);
  }
  return f;
}

function fileio_dealloc(self: PyObject): void {
  if (!PyObject_CallFinalizerFromDealloc(self)) return;
  const o = self as IOBaseObject;
  PyObject_GC_UnTrack(o);
  if (o.weakreflist !== null) PyObject_ClearWeakRefs(o);
  iobase_clear(self);
  PyObject_GC_Del(o);
}

function fileio_read(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("read", args.length, 0, 1);
  const f = F(self);
  fileioCheckClosed(f);
  if (!f.readable) throw unsupported("File not open for reading");
  const n = optionalSsize(args[0], -1);
  if (n < 0) return fileio_readall(self);
  return PyBytes_FromArray(_Py_read(f.std.fd, n).slice());
}

function fileio_readall(self: PyObject): PyObject {
  const f = F(self);
  fileioCheckClosed(f);
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = _Py_read(f.std.fd, 65536);
    if (chunk.length === 0) break;
    parts.push(chunk.slice());
    total += chunk.length;
  }
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return PyBytes_FromArray(out);
}

function fileio_readinto(self: PyObject, buffer: PyObject): PyObject {
  const f = F(self);
  fileioCheckClosed(f);
  if (!f.readable) throw unsupported("File not open for reading");
  const view = PyObject_GetBuffer(buffer, PyBUF_WRITABLE);
  try {
    const data = _Py_read(f.std.fd, view.len);
    view.buf.set(data, view.offset);
    return PyLong_FromNumber(data.length);
  } finally {
    PyBuffer_Release(view);
  }
}

function fileio_write(self: PyObject, b: PyObject): PyObject {
  const f = F(self);
  fileioCheckClosed(f);
  if (!f.writable) throw unsupported("File not open for writing");
  const data = bytesLike(b);
  _Py_write(f.std.fd, data);
  return PyLong_FromNumber(data.length);
}

function fileio_seek(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("seek", args.length, 1, 2);
  fileioCheckClosed(F(self));
  ssizeArg(args[0]);
  throw illegalSeek();
}

function fileio_tell(self: PyObject): PyObject {
  fileioCheckClosed(F(self));
  throw illegalSeek();
}

function fileio_truncate(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("truncate", args.length, 0, 1);
  const f = F(self);
  fileioCheckClosed(f);
  if (!f.writable) throw unsupported("File not open for writing");
  throw illegalSeek();
}

/** close(): _RawIOBase's close (flush, closed) then the descriptor closed
 *  when closefd; the FileIO is closed from then on. */
function fileio_close(self: PyObject): PyObject {
  const f = F(self);
  if (f.std.closed) return Py_NewRef(Py_None);
  let error: PyObject | null = null;
  try {
    Py_DECREF(PyObject_CallMethodNoArgs(self, _Py_ID("flush")));
  } catch (e) {
    error = toPyException(e);
  }
  f.std.closed = true;
  if (f.closefd) {
    try {
      _Py_close(f.std.fd);
    } catch (e) {
      const exc = toPyException(e);
      if (error !== null) Py_DECREF(error);
      error = exc;
    }
  }
  if (error !== null) throw error;
  return Py_NewRef(Py_None);
}

function fileio_flush(self: PyObject): PyObject {
  fileioCheckClosed(F(self));
  return Py_NewRef(Py_None);
}

function fileio_ability(which: "readable" | "writable" | "seekable") {
  return (self: PyObject): PyObject => {
    const f = F(self);
    fileioCheckClosed(f);
    return PyBool_FromBool(which === "readable" ? f.readable : which === "writable" ? f.writable : false);
  };
}

function fileio_repr(self: PyObject): PyObject {
  const f = F(self);
  if (f.std.closed) return PyUnicode_FromString(`<${self.ob_type.tp_name} [closed]>`);
  const closefd = f.closefd ? "True" : "False";
  const name = _PyObject_LookupAttr(self, _Py_ID("name"));
  if (name === null) {
    return PyUnicode_FromString(`<${self.ob_type.tp_name} fd=${f.std.fd} mode='${fileioMode(f)}' closefd=${closefd}>`);
  }
  try {
    const r = PyObject_Repr(name);
    const text = PyUnicode_AsString(r);
    Py_DECREF(r);
    return PyUnicode_FromString(`<${self.ob_type.tp_name} name=${text} mode='${fileioMode(f)}' closefd=${closefd}>`);
  } finally {
    Py_DECREF(name);
  }
}

export const PyFileIO_Type: PyTypeObject = newStaticType(
  "_io.FileIO",
  48,
  TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
  fileio_dealloc,
  PyRawIOBase_Type,
);
inheritIOBase(PyFileIO_Type);
PyFileIO_Type.tp_new = fileio_new;
PyFileIO_Type.tp_repr = fileio_repr;
PyFileIO_Type.tp_methods = [
  { name: "read", meth: fileio_read, flags: METH_FASTCALL },
  { name: "readall", meth: fileio_readall, flags: METH_NOARGS },
  { name: "readinto", meth: fileio_readinto, flags: METH_O },
  { name: "write", meth: fileio_write, flags: METH_O },
  { name: "seek", meth: fileio_seek, flags: METH_FASTCALL },
  { name: "tell", meth: fileio_tell, flags: METH_NOARGS },
  { name: "truncate", meth: fileio_truncate, flags: METH_FASTCALL },
  { name: "close", meth: fileio_close, flags: METH_NOARGS },
  { name: "flush", meth: fileio_flush, flags: METH_NOARGS },
  { name: "seekable", meth: fileio_ability("seekable"), flags: METH_NOARGS },
  { name: "readable", meth: fileio_ability("readable"), flags: METH_NOARGS },
  { name: "writable", meth: fileio_ability("writable"), flags: METH_NOARGS },
  {
    name: "fileno",
    meth: (self: PyObject) => {
      fileioCheckClosed(F(self));
      return PyLong_FromNumber(F(self).std.fd);
    },
    flags: METH_NOARGS,
  },
  {
    name: "isatty",
    meth: (self: PyObject) => {
      fileioCheckClosed(F(self));
      return Py_NewRef(Py_False);
    },
    flags: METH_NOARGS,
  },
  { name: "_dealloc_warn", meth: () => Py_NewRef(Py_None), flags: METH_O },
];
PyFileIO_Type.tp_getset = [
  { name: "closed", get: (self: PyObject) => PyBool_FromBool(F(self).std.closed), set: null },
  { name: "closefd", get: (self: PyObject) => PyBool_FromBool(F(self).closefd), set: null },
  { name: "mode", get: (self: PyObject) => PyUnicode_FromString(fileioMode(F(self))), set: null },
];
PyFileIO_Type.tp_members = [
  { name: "_blksize", get: () => PIPE_BLKSIZE, set: null, noneIfNull: false },
  finalizingMember((self) => self as FileIOObject),
];

/** The `_finalizing` member (T_BOOL) iobase_finalize sets. */
function finalizingMember(cast: (self: PyObject) => { finalizing: boolean }) {
  return {
    name: "_finalizing",
    get: (self: PyObject) => (cast(self).finalizing ? Py_True : Py_False),
    set: (self: PyObject, value: PyObject | null) => {
      if (value === null) throw PyErr_Format(PyExc_TypeError, "can't delete numeric/char attribute");
      cast(self).finalizing = PyObject_IsTrue(value);
    },
    noneIfNull: false,
  };
}

// ---------------------------------------------------------------- Buffered

export class BufferedObject extends IOBaseObject {
  /** The raw stream (owned); null before __init__ and once detached. */
  raw: PyObject | null;
  detached: boolean;
  bufferSize: number;
  /** Bytes read ahead from the raw stream, not yet returned. */
  readBuf: Uint8Array;
  /** Bytes written, not yet given to the raw stream (not over ours). */
  writeBuf: number[];
  finalizing: boolean;
  constructor(type: PyTypeObject) {
    super(type, 152);
    this.raw = null;
    this.detached = false;
    this.bufferSize = 0;
    this.readBuf = new Uint8Array(0);
    this.writeBuf = [];
    this.finalizing = false;
  }
}

const B = (self: PyObject): BufferedObject => self as BufferedObject;

/** The raw stream when it is one of ours (its std record), else null. */
export function bufferedStdRaw(b: BufferedObject): StdRaw | null {
  return b.raw instanceof FileIOObject ? b.raw.std : null;
}

/** CHECK_INITIALIZED: the raw stream, or ValueError. */
function rawOf(b: BufferedObject): PyObject {
  if (b.raw === null) {
    if (b.detached) throw PyErr_Format(PyExc_ValueError, "raw stream has been detached");
    throw PyErr_Format(PyExc_ValueError, "I/O operation on uninitialized object");
  }
  return b.raw;
}

function bufferedClosed(b: BufferedObject): boolean {
  const raw = rawOf(b);
  if (raw instanceof FileIOObject) return raw.std.closed;
  const res = PyObject_GetAttrId(raw, "closed");
  try {
    return PyObject_IsTrue(res);
  } finally {
    Py_DECREF(res);
  }
}

function PyObject_GetAttrId(o: PyObject, name: string): PyObject {
  const r = _PyObject_LookupAttr(o, _Py_ID(name));
  if (r === null) {
    throw PyErr_Format(PyExc_AttributeError, `'${o.ob_type.tp_name}' object has no attribute '${name}'`);
  }
  return r;
}

/** CHECK_CLOSED with the operation's message. */
function checkClosed(b: BufferedObject, msg: string): void {
  if (bufferedClosed(b)) throw PyErr_Format(PyExc_ValueError, msg);
}

const bufferedParser = (name: string) => newArgParser(name, ["raw", "buffer_size"], 1);
const readerParser = bufferedParser("BufferedReader");
const writerParser = bufferedParser("BufferedWriter");

function buffered_new(type: PyTypeObject): PyObject {
  const b = new BufferedObject(type);
  PyObject_GC_Track(b);
  return b;
}

/** __init__(raw, buffer_size=DEFAULT_BUFFER_SIZE): the raw stream must be
 *  readable (a reader) or writable (a writer). */
function buffered_init(writer: boolean) {
  return (self: PyObject, args: PyObject[], kwnames: PyObject | null): void => {
    const [raw, size] = _PyArg_UnpackKeywords(args, kwnames, writer ? writerParser : readerParser, [null, null]);
    const ability = writer ? "writable" : "readable";
    const res = PyObject_CallMethodNoArgs(raw!, _Py_ID(ability));
    const ok = res === Py_True;
    Py_DECREF(res);
    if (!ok) throw unsupported(`File or stream is not ${ability}.`);
    const n = size === null ? DEFAULT_BUFFER_SIZE : ssizeArg(size);
    if (n <= 0) throw PyErr_Format(PyExc_ValueError, "buffer size must be strictly positive");
    const b = B(self);
    const old = b.raw;
    b.raw = Py_NewRef(raw!);
    Py_XDECREF(old);
    b.detached = false;
    b.bufferSize = n;
    b.readBuf = new Uint8Array(0);
    b.writeBuf = [];
  };
}

/** A buffered object over one of our FileIOs, as create_stdio makes it. */
export function _PyBuffered_ForStd(raw: FileIOObject): BufferedObject {
  const b = new BufferedObject(raw.readable ? PyBufferedReader_Type : PyBufferedWriter_Type);
  b.raw = Py_NewRef(raw);
  b.bufferSize = PIPE_BLKSIZE;
  PyObject_GC_Track(b);
  return b;
}

function buffered_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const b = B(self);
  if (b.raw !== null) visit(b.raw);
  if (b.dict !== null) visit(b.dict);
}

function buffered_clear(self: PyObject): void {
  const b = B(self);
  const raw = b.raw;
  b.raw = null;
  Py_XDECREF(raw);
  iobase_clear(self);
}

function buffered_dealloc(self: PyObject): void {
  if (!PyObject_CallFinalizerFromDealloc(self)) return;
  const o = self as IOBaseObject;
  PyObject_GC_UnTrack(o);
  if (o.weakreflist !== null) PyObject_ClearWeakRefs(o);
  buffered_clear(self);
  PyObject_GC_Del(o);
}

/** One raw read of up to `n` bytes (empty at the end; None from a
 *  non-blocking raw stream counts as nothing). */
function rawRead(b: BufferedObject, n: number): Uint8Array {
  const raw = rawOf(b);
  if (raw instanceof FileIOObject) {
    fileioCheckClosed(raw);
    if (!raw.readable) throw unsupported("File not open for reading");
    return _Py_read(raw.std.fd, n).slice();
  }
  const size = PyLong_FromNumber(n);
  let res: PyObject;
  try {
    res = PyObject_CallMethodOneArg(raw, _Py_ID("read"), size);
  } finally {
    Py_DECREF(size);
  }
  try {
    if (res === Py_None) return new Uint8Array(0);
    if (!PyBytes_Check(res)) throw PyErr_Format(PyExc_TypeError, "read() should return bytes");
    const data = (res as PyBytesObject).ob_sval.slice();
    if (data.length > n) {
      throw PyErr_Format(
        PyExc_OSError,
        `raw readinto() returned invalid length ${data.length} (should have been between 0 and ${n})`,
      );
    }
    return data;
  } finally {
    Py_DECREF(res);
  }
}

function take(b: BufferedObject, n: number): Uint8Array {
  const out = b.readBuf.subarray(0, n);
  b.readBuf = b.readBuf.subarray(out.length);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

function readerChecks(b: BufferedObject, what: string): void {
  checkClosed(b, `${what} of closed file`);
}

/** read(size=-1): everything to the end, or up to `size` bytes (fewer only at the end). */
function buffered_read(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("read", args.length, 0, 1);
  const b = B(self);
  const n = optionalSsize(args[0], -1);
  if (n < -1) throw PyErr_Format(PyExc_ValueError, "read length must be non-negative or -1");
  readerChecks(b, "read");
  const parts: Uint8Array[] = [];
  if (n === -1) {
    parts.push(take(b, b.readBuf.length));
    for (;;) {
      const chunk = rawRead(b, 65536);
      if (chunk.length === 0) break;
      parts.push(chunk);
    }
    return PyBytes_FromArray(concat(parts));
  }
  let want = n;
  const have = take(b, want);
  parts.push(have);
  want -= have.length;
  while (want > 0) {
    const chunk = rawRead(b, want > b.bufferSize ? want : b.bufferSize);
    if (chunk.length === 0) break;
    if (chunk.length > want) {
      parts.push(chunk.subarray(0, want));
      b.readBuf = chunk.subarray(want);
      want = 0;
    } else {
      parts.push(chunk);
      want -= chunk.length;
    }
  }
  return PyBytes_FromArray(concat(parts));
}

/** read1(size=-1): what is buffered, or else one raw read. */
function buffered_read1(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("read1", args.length, 0, 1);
  const b = B(self);
  let n = optionalSsize(args[0], -1);
  readerChecks(b, "read of closed file");
  if (n < 0) n = b.bufferSize;
  if (n === 0) return PyBytes_FromArray(new Uint8Array(0));
  if (b.readBuf.length > 0) return PyBytes_FromArray(take(b, n).slice());
  return PyBytes_FromArray(rawRead(b, n));
}

/** peek(size=0): the buffered bytes, one raw read made when there are none. */
function buffered_peek(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("peek", args.length, 0, 1);
  const b = B(self);
  if (args.length > 0) ssizeArg(args[0]);
  readerChecks(b, "peek");
  if (b.readBuf.length === 0) b.readBuf = rawRead(b, b.bufferSize);
  return PyBytes_FromArray(b.readBuf.slice());
}

/** readline(size=-1): up to and including b'\n'. */
function buffered_readline(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("readline", args.length, 0, 1);
  const b = B(self);
  const limit = optionalSsize(args[0], -1);
  readerChecks(b, "readline");
  const parts: Uint8Array[] = [];
  let got = 0;
  for (;;) {
    if (b.readBuf.length === 0) {
      b.readBuf = rawRead(b, b.bufferSize);
      if (b.readBuf.length === 0) break;
    }
    let end = b.readBuf.indexOf(10);
    end = end < 0 ? b.readBuf.length : end + 1;
    if (limit >= 0 && got + end > limit) end = limit - got;
    const piece = take(b, end);
    parts.push(piece);
    got += piece.length;
    if ((piece.length > 0 && piece[piece.length - 1] === 10) || (limit >= 0 && got >= limit)) break;
  }
  return PyBytes_FromArray(concat(parts));
}

function buffered_iternext(self: PyObject): PyObject | null {
  const line = buffered_readline(self, []) as PyBytesObject;
  if (line.ob_sval.length === 0) {
    Py_DECREF(line);
    return null;
  }
  return line;
}

/** Give what is held to the raw stream (_bufferedwriter_flush_unlocked). */
function flushWrites(b: BufferedObject): void {
  while (b.writeBuf.length > 0) {
    const data = PyBytes_FromArray(Uint8Array.from(b.writeBuf));
    let res: PyObject;
    try {
      res = PyObject_CallMethodOneArg(rawOf(b), _Py_ID("write"), data);
    } finally {
      Py_DECREF(data);
    }
    const n = res === Py_None ? 0 : ssizeArg(res);
    Py_DECREF(res);
    if (n < 0 || n > b.writeBuf.length) {
      throw PyErr_Format(
        PyExc_OSError,
        `raw write() returned invalid length ${n} (should have been between 0 and ${b.writeBuf.length})`,
      );
    }
    b.writeBuf.splice(0, n);
    if (n === 0) break;
  }
}

function buffered_write(self: PyObject, arg: PyObject): PyObject {
  const b = B(self);
  const data = bytesLike(arg);
  checkClosed(b, "write to closed file");
  const raw = rawOf(b);
  if (raw instanceof FileIOObject) {
    fileioCheckClosed(raw);
    if (!raw.writable) throw unsupported("File not open for writing");
    _Py_write(raw.std.fd, data);
    return PyLong_FromNumber(data.length);
  }
  // What fits is held; otherwise what is held goes first, then a write
  // larger than the buffer goes to the raw stream, a smaller one is held.
  if (b.writeBuf.length + data.length > b.bufferSize) {
    flushWrites(b);
    if (data.length > b.bufferSize) {
      for (const byte of data) b.writeBuf.push(byte);
      flushWrites(b);
      return PyLong_FromNumber(data.length);
    }
  }
  for (const byte of data) b.writeBuf.push(byte);
  return PyLong_FromNumber(data.length);
}

function buffered_flush(self: PyObject): PyObject {
  const b = B(self);
  checkClosed(b, "flush of closed file");
  if (b.ob_type === PyBufferedWriter_Type || b.writeBuf.length > 0) flushWrites(b);
  return PyObject_CallMethodNoArgs(rawOf(b), _Py_ID("flush"));
}

/** close(): flush (writers), then the raw stream's close; a flush error is
 *  the close error's context. */
function buffered_close(self: PyObject): PyObject {
  const b = B(self);
  if (bufferedClosed(b)) return Py_NewRef(Py_None);
  if (b.finalizing) {
    try {
      Py_DECREF(PyObject_CallMethodOneArg(rawOf(b), _Py_ID("_dealloc_warn"), self));
    } catch (e) {
      Py_DECREF(toPyException(e));
    }
  }
  let error: PyObject | null = null;
  try {
    Py_DECREF(PyObject_CallMethodNoArgs(self, _Py_ID("flush")));
  } catch (e) {
    error = toPyException(e);
  }
  try {
    Py_DECREF(PyObject_CallMethodNoArgs(rawOf(b), _Py_ID("close")));
  } catch (e) {
    const exc = toPyException(e);
    if (error !== null) {
      _PyErr_ChainContextFrom(exc, error);
    }
    throw exc;
  }
  if (error !== null) throw error;
  b.readBuf = new Uint8Array(0);
  return Py_NewRef(Py_None);
}

/** The close error's __context__ is the flush error (_PyErr_ChainExceptions;
 *  `context` is stolen). */
export function _PyErr_ChainContextFrom(exc: PyObject, context: PyObject): void {
  const e = exc as PyBaseExceptionObject;
  const old = e.context;
  e.context = context;
  Py_XDECREF(old);
}

function buffered_detach(self: PyObject): PyObject {
  const b = B(self);
  rawOf(b);
  Py_DECREF(PyObject_CallMethodNoArgs(self, _Py_ID("flush")));
  const raw = b.raw!;
  b.raw = null;
  b.detached = true;
  return raw;
}

/** A method that hands over to the raw stream's (after the checks). */
function forward(name: string, closedMsg: string | null = null) {
  return (self: PyObject): PyObject => {
    const b = B(self);
    const raw = rawOf(b);
    if (closedMsg !== null) checkClosed(b, closedMsg);
    return PyObject_CallMethodNoArgs(raw, _Py_ID(name));
  };
}

function buffered_seek(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("seek", args.length, 1, 2);
  const b = B(self);
  const raw = rawOf(b);
  const res = PyObject_CallMethodNoArgs(raw, _Py_ID("seekable"));
  const ok = res === Py_True;
  Py_DECREF(res);
  if (!ok) throw unsupported("File or stream is not seekable.");
  checkClosed(b, "seek of closed file");
  if (b.writeBuf.length > 0) flushWrites(b);
  const held = b.readBuf.length;
  b.readBuf = new Uint8Array(0);
  if (args.length > 1 && ssizeArg(args[1]) === 1 && held > 0) {
    const off = PyLong_FromNumber(ssizeArg(args[0]) - held);
    try {
      return PyObject_CallMethodObjArgs(raw, _Py_ID("seek"), [off, args[1]]);
    } finally {
      Py_DECREF(off);
    }
  }
  return PyObject_CallMethodObjArgs(raw, _Py_ID("seek"), args);
}

function buffered_tell(self: PyObject): PyObject {
  const b = B(self);
  const res = PyObject_CallMethodNoArgs(rawOf(b), _Py_ID("tell"));
  const pos = ssizeArg(res);
  Py_DECREF(res);
  if (pos < 0) throw PyErr_Format(PyExc_OSError, `Raw stream returned invalid position ${pos}`);
  return PyLong_FromNumber(pos - b.readBuf.length + b.writeBuf.length);
}

function buffered_truncate(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("truncate", args.length, 0, 1);
  const b = B(self);
  checkClosed(b, "truncate of closed file");
  if (b.writeBuf.length > 0) flushWrites(b);
  return PyObject_CallMethodObjArgs(rawOf(b), _Py_ID("truncate"), args.length > 0 ? args : [Py_None]);
}

function buffered_sizeof(self: PyObject): PyObject {
  return PyLong_FromNumber(self.ob_type.tp_basicsize + B(self).bufferSize);
}

function buffered_repr(self: PyObject): PyObject {
  const tp = self.ob_type.tp_name;
  let name: PyObject | null;
  try {
    name = _PyObject_LookupAttr(self, _Py_ID("name"));
  } catch (e) {
    if (!PyErr_ExceptionMatches(e, PyExc_ValueError)) throw e;
    Py_DECREF(toPyException(e));
    name = null;
  }
  if (name === null) return PyUnicode_FromString(`<${tp}>`);
  try {
    const r = PyObject_Repr(name);
    const text = PyUnicode_AsString(r);
    Py_DECREF(r);
    return PyUnicode_FromString(`<${tp} name=${text}>`);
  } finally {
    Py_DECREF(name);
  }
}

function rawAttr(name: string) {
  return (self: PyObject): PyObject => PyObject_GetAttrId(rawOf(B(self)), name);
}

function makeBufferedType(name: string, writer: boolean): PyTypeObject {
  const t = newStaticType(
    `_io.${name}`,
    152,
    TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    buffered_dealloc,
    PyBufferedIOBase_Type,
  );
  inheritIOBase(t);
  t.tp_traverse = buffered_traverse;
  t.tp_clear = buffered_clear;
  t.tp_new = (type) => buffered_new(type);
  t.tp_init = buffered_init(writer);
  t.tp_repr = buffered_repr;
  t.tp_methods = [
    { name: "detach", meth: buffered_detach, flags: METH_NOARGS },
    { name: "flush", meth: buffered_flush, flags: METH_NOARGS },
    { name: "close", meth: buffered_close, flags: METH_NOARGS },
    { name: "seekable", meth: forward("seekable"), flags: METH_NOARGS },
    // A writer has no readable() (a reader no writable()): _IOBase's says False.
    writer
      ? { name: "writable", meth: forward("writable"), flags: METH_NOARGS }
      : { name: "readable", meth: forward("readable"), flags: METH_NOARGS },
    { name: "fileno", meth: forward("fileno"), flags: METH_NOARGS },
    { name: "isatty", meth: forward("isatty"), flags: METH_NOARGS },
    {
      name: "_dealloc_warn",
      meth: (self: PyObject, source: PyObject) => {
        const raw = B(self).raw;
        if (raw !== null) Py_DECREF(PyObject_CallMethodOneArg(raw, _Py_ID("_dealloc_warn"), source));
        return Py_NewRef(Py_None);
      },
      flags: METH_O,
    },
    { name: "seek", meth: buffered_seek, flags: METH_FASTCALL },
    { name: "tell", meth: buffered_tell, flags: METH_NOARGS },
    { name: "__sizeof__", meth: buffered_sizeof, flags: METH_NOARGS },
    ...(writer
      ? [
          { name: "write", meth: buffered_write, flags: METH_O },
          { name: "truncate", meth: buffered_truncate, flags: METH_FASTCALL },
        ]
      : [
          { name: "read", meth: buffered_read, flags: METH_FASTCALL },
          { name: "read1", meth: buffered_read1, flags: METH_FASTCALL },
          { name: "peek", meth: buffered_peek, flags: METH_FASTCALL },
          { name: "readline", meth: buffered_readline, flags: METH_FASTCALL },
        ]),
  ];
  if (!writer) t.tp_iternext = buffered_iternext;
  t.tp_getset = [
    {
      name: "closed",
      get: (self: PyObject) => PyBool_FromBool(bufferedClosed(B(self))),
      set: null,
    },
    { name: "name", get: rawAttr("name"), set: null },
    { name: "mode", get: rawAttr("mode"), set: null },
  ];
  t.tp_members = [
    { name: "raw", get: (self: PyObject) => B(self).raw, set: null, noneIfNull: false },
    finalizingMember((self) => self as BufferedObject),
  ];
  return t;
}

export const PyBufferedReader_Type = makeBufferedType("BufferedReader", false);
export const PyBufferedWriter_Type = makeBufferedType("BufferedWriter", true);
