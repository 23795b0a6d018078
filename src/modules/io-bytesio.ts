/**
 * `io.BytesIO` (CPython 3.11's Modules/_io/bytesio.c): a binary stream
 * over an in-memory buffer.
 *
 * Representation, as CPython's: the buffer is a bytes object (`buf`,
 * owned; null once closed) of at least `string_size` bytes, the rest
 * spare room from resize_buffer's over-allocation. It may be shared: a
 * BytesIO made from a bytes object starts with that very object, and
 * getvalue() or a whole read() hands the buffer itself out when it holds
 * exactly the contents; while anyone else holds it (`ob_refcnt > 1`) a
 * write first copies it (unshare_buffer). A buffer of our own is written
 * in place; growing it makes a new bytes object (CPython's
 * _PyBytes_Resize, which may move it) and drops the old. getsizeof is 64
 * bytes (plus the GC header) and the buffer's size when it is not shared.
 *
 * getbuffer() returns a memoryview over an `_io._BytesIOBuffer` (the
 * buffer unshared first); while a view is exported (`exports`), writing,
 * truncating, closing and re-initializing raise BufferError, and
 * getvalue() and read() copy instead of handing the buffer out.
 */
import type { PyObject } from "../heap/object.js";
import { PyGCObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType, type PyTypeObject } from "../objects/typeobject.js";
import { METH_FASTCALL, METH_NOARGS, METH_O } from "../objects/methoddef.js";
import {
  PyBytes_CheckExact,
  PyBytes_FromArray,
  PyBytes_FromStringAndSize,
  type PyBytesObject,
} from "../objects/bytesobject.js";
import { PyLong_Check, PyLong_FromNumber, PyBool_FromBool } from "../objects/longobject.js";
import { PyList_Append, PyList_New } from "../objects/listobject.js";
import { PyTuple_Check, PyTuple_GET_ITEM, PyTuple_GET_SIZE, _PyTuple_FromArraySteal } from "../objects/tupleobject.js";
import { PyDict_Check, PyDict_Copy, PyDict_Merge } from "../objects/dictobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_BufferError, PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.js";
import { _PyArg_CheckPositional, newArgParser, _PyArg_UnpackKeywords } from "../objects/getargs.js";
import { PyIter_Next, PyObject_GetIter } from "../objects/abstract.js";
import { PyObject_ClearWeakRefs } from "../objects/weakrefobject.js";
import { PyMemoryView_FromObject } from "../objects/memoryobject.js";
import {
  PyBUF_CONTIG_RO,
  PyBUF_WRITABLE,
  PyBuffer_FillInfo,
  registerBufferProcs,
  PyBuffer_Data,
  PyBuffer_Release,
  PyObject_GetBuffer,
  type Py_buffer,
} from "../objects/buffer.js";
import { toPyException } from "../objects/errors.js";
import { IOBaseObject, iobase_clear, inheritIOBase, intArg, optionalSsize, ssizeArg } from "./io-iobase.js";
import { PyBufferedIOBase_Type } from "./io-iobase.js";

export class BytesIOObject extends IOBaseObject {
  buf: PyBytesObject | null;
  pos: number;
  string_size: number;
  /** The views exported through getbuffer() still alive. */
  exports: number;
  constructor(type: PyTypeObject) {
    super(type, 64);
    this.buf = null;
    this.pos = 0;
    this.string_size = 0;
    this.exports = 0;
  }
}

/** CHECK_EXPORTS: no change of size while a view is exported. */
function checkExports(b: BytesIOObject): void {
  if (b.exports > 0) {
    throw PyErr_Format(PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
  }
}

const PY_SSIZE_T_MAX = 2 ** 63 - 1;

function checkClosed(self: PyObject): BytesIOObject {
  const b = self as BytesIOObject;
  if (b.buf === null) throw PyErr_Format(PyExc_ValueError, "I/O operation on closed file.");
  return b;
}

/** The buffer is shared while anyone else holds the bytes object. */
function sharedBuf(b: BytesIOObject): boolean {
  return b.buf!.ob_refcnt > 1;
}

/** A private buffer of `size` bytes starting with `data` (the rest zero). */
function newBuffer(data: Uint8Array, size: number): PyBytesObject {
  const out = new Uint8Array(size);
  out.set(data.subarray(0, Math.min(data.length, size)));
  return PyBytes_FromArray(out);
}

/** unshare_buffer: a copy of our own, `size` bytes long. */
function unshare_buffer(b: BytesIOObject, size: number): void {
  const fresh = newBuffer(b.buf!.ob_sval.subarray(0, b.string_size), size);
  const old = b.buf!;
  b.buf = fresh;
  Py_DECREF(old);
}

/** resize_buffer: CPython's allocation policy for `size` bytes. */
function resize_buffer(b: BytesIOObject, size: number): void {
  let alloc = b.buf!.ob_sval.length;
  if (size < alloc / 2) alloc = size + 1;
  else if (size < alloc) return;
  else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else alloc = size + 1;
  if (sharedBuf(b)) {
    unshare_buffer(b, alloc);
  } else {
    // _PyBytes_Resize: the contents (all of them) in a block of the new size.
    const old = b.buf!;
    b.buf = newBuffer(old.ob_sval, alloc);
    Py_DECREF(old);
  }
}

/** scan_eol: the length of the line at `pos`, at most `len` (< 0: no limit). */
function scan_eol(b: BytesIOObject, len: number): number {
  if (b.pos >= b.string_size) return 0;
  const maxlen = b.string_size - b.pos;
  if (len < 0 || len > maxlen) len = maxlen;
  if (len > 0) {
    const data = b.buf!.ob_sval;
    const nl = data.subarray(b.pos, b.pos + len).indexOf(10);
    if (nl >= 0) len = nl + 1;
  }
  return len;
}

/** write_bytes: the bytes of a bytes-like `obj` written at `pos`. */
function write_bytes(self: PyObject, obj: PyObject): number {
  const b = checkClosed(self);
  checkExports(b);
  const view = PyObject_GetBuffer(obj, PyBUF_CONTIG_RO);
  try {
    const data = PyBuffer_Data(view);
    const len = data.length;
    if (len === 0) return 0;
    const endpos = b.pos + len;
    if (endpos > b.buf!.ob_sval.length) resize_buffer(b, endpos);
    else if (sharedBuf(b)) unshare_buffer(b, Math.max(endpos, b.string_size));
    const dst = b.buf!;
    if (b.pos > b.string_size) dst.ob_sval.fill(0, b.string_size, b.pos);
    dst.ob_sval.set(data, b.pos);
    dst.hash = -1;
    b.pos = endpos;
    if (b.string_size < endpos) b.string_size = endpos;
    return len;
  } finally {
    PyBuffer_Release(view);
  }
}

/** read_bytes: `size` bytes at `pos`; the buffer itself when that is
 *  all of it. */
function read_bytes(b: BytesIOObject, size: number): PyObject {
  const buf = b.buf!;
  if (size > 1 && b.pos === 0 && size === buf.ob_sval.length && b.exports === 0) {
    b.pos += size;
    return Py_NewRef(buf);
  }
  const out = buf.ob_sval.slice(b.pos, b.pos + size);
  b.pos += size;
  return PyBytes_FromStringAndSize(out);
}

// ---------------------------------------------------------------- methods

function none(): PyObject {
  return Py_NewRef(Py_None);
}

function trueIfOpen(self: PyObject): PyObject {
  checkClosed(self);
  return PyBool_FromBool(true);
}

function bytesio_flush(self: PyObject): PyObject {
  checkClosed(self);
  return none();
}

/** getbuffer(): a memoryview of the contents, read-write, through an
 *  `_io._BytesIOBuffer` exporting the BytesIO's buffer. */
function bytesio_getbuffer(self: PyObject): PyObject {
  checkClosed(self);
  const buf = new BytesIOBufferObject(self as BytesIOObject);
  PyObject_GC_Track(buf);
  try {
    return PyMemoryView_FromObject(buf);
  } finally {
    Py_DECREF(buf);
  }
}

/** getvalue(): the contents; the buffer itself, trimmed to size. */
function bytesio_getvalue(self: PyObject): PyObject {
  const b = checkClosed(self);
  if (b.string_size <= 1 || b.exports > 0) return PyBytes_FromStringAndSize(b.buf!.ob_sval.slice(0, b.string_size));
  if (b.string_size !== b.buf!.ob_sval.length) {
    if (sharedBuf(b)) unshare_buffer(b, b.string_size);
    else {
      const old = b.buf!;
      b.buf = newBuffer(old.ob_sval, b.string_size);
      Py_DECREF(old);
    }
  }
  return Py_NewRef(b.buf!);
}

function bytesio_isatty(self: PyObject): PyObject {
  checkClosed(self);
  return PyBool_FromBool(false);
}

function bytesio_tell(self: PyObject): PyObject {
  return PyLong_FromNumber(checkClosed(self).pos);
}

function readSize(name: string, args: PyObject[]): number {
  _PyArg_CheckPositional(name, args.length, 0, 1);
  return optionalSsize(args[0], -1);
}

function bytesio_read_impl(self: PyObject, size: number): PyObject {
  const b = checkClosed(self);
  const n = b.string_size - b.pos;
  if (size < 0 || size > n) size = n < 0 ? 0 : n;
  return read_bytes(b, size);
}

function bytesio_readline(self: PyObject, args: PyObject[]): PyObject {
  const size = readSize("readline", args);
  const b = checkClosed(self);
  return read_bytes(b, scan_eol(b, size));
}

/** readlines(size=None, /): the lines left, stopping once `size` bytes
 *  were read. */
function bytesio_readlines(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("readlines", args.length, 0, 1);
  const b = checkClosed(self);
  const arg = args.length > 0 ? args[0] : Py_None;
  let maxsize: number;
  if (PyLong_Check(arg)) maxsize = ssizeArg(arg);
  else if (arg === Py_None) maxsize = -1;
  else throw PyErr_Format(PyExc_TypeError, `integer argument expected, got '${arg.ob_type.tp_name}'`);
  const result = PyList_New(0);
  try {
    let size = 0;
    for (let n = scan_eol(b, -1); n !== 0; n = scan_eol(b, -1)) {
      const line = PyBytes_FromStringAndSize(b.buf!.ob_sval.slice(b.pos, b.pos + n));
      b.pos += n;
      try {
        PyList_Append(result, line);
      } finally {
        Py_DECREF(line);
      }
      size += n;
      if (maxsize > 0 && size >= maxsize) break;
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

/** readinto(buffer, /): bytes copied into a writable buffer; the count. */
function bytesio_readinto(self: PyObject, buffer: PyObject): PyObject {
  let view: Py_buffer;
  try {
    view = PyObject_GetBuffer(buffer, PyBUF_WRITABLE);
  } catch (e) {
    Py_DECREF(toPyException(e));
    throw PyErr_Format(
      PyExc_TypeError,
      `readinto() argument must be read-write bytes-like object, not ${buffer.ob_type.tp_name}`,
    );
  }
  try {
    const b = checkClosed(self);
    let len = view.len;
    const n = b.string_size - b.pos;
    if (len > n) len = n < 0 ? 0 : n;
    view.buf.set(b.buf!.ob_sval.subarray(b.pos, b.pos + len), view.offset);
    b.pos += len;
    return PyLong_FromNumber(len);
  } finally {
    PyBuffer_Release(view);
  }
}

function bytesio_truncate(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("truncate", args.length, 0, 1);
  const size = optionalSsize(args[0], (self as BytesIOObject).pos);
  const b = checkClosed(self);
  checkExports(b);
  if (size < 0) throw PyErr_Format(PyExc_ValueError, `negative size value ${size}`);
  if (size < b.string_size) {
    b.string_size = size;
    resize_buffer(b, size);
  }
  return PyLong_FromNumber(size);
}

function bytesio_iternext(self: PyObject): PyObject | null {
  const b = checkClosed(self);
  const n = scan_eol(b, -1);
  if (n === 0) return null;
  return read_bytes(b, n);
}

function bytesio_seek(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("seek", args.length, 1, 2);
  let pos = ssizeArg(args[0]);
  const whence = args.length > 1 ? intArg(args[1]) : 0;
  const b = checkClosed(self);
  if (pos < 0 && whence === 0) throw PyErr_Format(PyExc_ValueError, `negative seek value ${pos}`);
  if (whence === 1) {
    if (pos > PY_SSIZE_T_MAX - b.pos) throw PyErr_Format(PyExc_OverflowError, "new position too large");
    pos += b.pos;
  } else if (whence === 2) {
    if (pos > PY_SSIZE_T_MAX - b.string_size) throw PyErr_Format(PyExc_OverflowError, "new position too large");
    pos += b.string_size;
  } else if (whence !== 0) {
    throw PyErr_Format(PyExc_ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
  }
  if (pos < 0) pos = 0;
  b.pos = pos;
  return PyLong_FromNumber(pos);
}

function bytesio_write(self: PyObject, obj: PyObject): PyObject {
  return PyLong_FromNumber(write_bytes(self, obj));
}

function bytesio_writelines(self: PyObject, lines: PyObject): PyObject {
  checkClosed(self);
  const it = PyObject_GetIter(lines);
  try {
    for (let item = PyIter_Next(it); item !== null; item = PyIter_Next(it)) {
      try {
        write_bytes(self, item);
      } finally {
        Py_DECREF(item);
      }
    }
  } finally {
    Py_DECREF(it);
  }
  return none();
}

function bytesio_close(self: PyObject): PyObject {
  const b = self as BytesIOObject;
  checkExports(b);
  const buf = b.buf;
  b.buf = null;
  if (buf !== null) Py_DECREF(buf);
  return none();
}

/** __sizeof__: the object, and the buffer unless it is shared. */
function bytesio_sizeof(self: PyObject): PyObject {
  const b = self as BytesIOObject;
  let res = b.ob_type.tp_basicsize;
  if (b.buf !== null && !sharedBuf(b)) res += 33 + b.buf.ob_sval.length;
  return PyLong_FromNumber(res);
}

// ---------------------------------------------------------------- pickling

function bytesio_getstate(self: PyObject): PyObject {
  const b = self as BytesIOObject;
  const value = bytesio_getvalue(b);
  const pos = PyLong_FromNumber(b.pos);
  const dict = b.dict === null ? Py_NewRef(Py_None) : PyDict_Copy(b.dict);
  return _PyTuple_FromArraySteal([value, pos, dict]);
}

function bytesio_setstate(self: PyObject, state: PyObject): PyObject {
  const b = self as BytesIOObject;
  if (!PyTuple_Check(state) || PyTuple_GET_SIZE(state) < 3) {
    throw PyErr_Format(
      PyExc_TypeError,
      `${b.ob_type.tp_name}.__setstate__ argument should be 3-tuple, got ${state.ob_type.tp_name}`,
    );
  }
  b.string_size = 0;
  b.pos = 0;
  write_bytes(b, PyTuple_GET_ITEM(state, 0));
  const positionObj = PyTuple_GET_ITEM(state, 1);
  if (!PyLong_Check(positionObj)) {
    throw PyErr_Format(PyExc_TypeError, `second item of state must be an integer, not ${positionObj.ob_type.tp_name}`);
  }
  const pos = ssizeArg(positionObj);
  if (pos < 0) throw PyErr_Format(PyExc_ValueError, "position value cannot be negative");
  b.pos = pos;
  const dict = PyTuple_GET_ITEM(state, 2);
  if (dict !== Py_None) {
    if (!PyDict_Check(dict)) {
      throw PyErr_Format(PyExc_TypeError, `third item of state should be a dict, got a ${dict.ob_type.tp_name}`);
    }
    if (b.dict !== null) PyDict_Merge(b.dict, dict, true);
    else b.dict = Py_NewRef(dict);
  }
  return none();
}

// ---------------------------------------------------------------- life cycle

function bytesio_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  const b = new BytesIOObject(type);
  b.buf = PyBytes_FromStringAndSize(new Uint8Array(0));
  PyObject_GC_Track(b);
  return b;
}

const initParser = newArgParser("BytesIO", ["initial_bytes"], 0);

/** __init__(initial_bytes=b''): a bytes object is taken as the buffer
 *  itself; anything else bytes-like is copied in. */
function bytesio_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const [initvalue] = _PyArg_UnpackKeywords(args, kwnames, initParser, [null]);
  const b = self as BytesIOObject;
  // In case __init__ is called multiple times (reset before the check,
  // as CPython's).
  b.string_size = 0;
  b.pos = 0;
  checkExports(b);
  if (initvalue === null || initvalue === Py_None) return;
  if (PyBytes_CheckExact(initvalue)) {
    const old = b.buf;
    b.buf = Py_NewRef(initvalue);
    if (old !== null) Py_DECREF(old);
    b.string_size = initvalue.ob_sval.length;
  } else {
    write_bytes(b, initvalue);
    b.pos = 0;
  }
}

function bytesio_dealloc(self: PyObject): void {
  const b = self as BytesIOObject;
  PyObject_GC_UnTrack(b);
  const buf = b.buf;
  b.buf = null;
  if (buf !== null) Py_DECREF(buf);
  iobase_clear(b);
  if (b.weakreflist !== null) PyObject_ClearWeakRefs(b);
  PyObject_GC_Del(b);
}

/** `_io._BytesIOBuffer` (bytesiobuf): the exporter getbuffer()'s
 *  memoryview holds; it holds the BytesIO. */
class BytesIOBufferObject extends PyGCObject {
  source: BytesIOObject | null;
  constructor(source: BytesIOObject) {
    super(PyBytesIOBuffer_Type, 24);
    this.source = Py_NewRef(source);
  }
}

function bytesiobuf_getbuffer(self: PyObject, flags: number): Py_buffer {
  const b = (self as BytesIOBufferObject).source!;
  if (sharedBuf(b)) unshare_buffer(b, b.string_size);
  const view = PyBuffer_FillInfo(self, b.buf!.ob_sval, 0, b.string_size, false, flags);
  Py_INCREF(self);
  b.exports++;
  return view;
}

function bytesiobuf_releasebuffer(self: PyObject, _view: Py_buffer): void {
  (self as BytesIOBufferObject).source!.exports--;
}

function bytesiobuf_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const source = (self as BytesIOBufferObject).source;
  if (source !== null) visit(source);
}

function bytesiobuf_dealloc(self: PyObject): void {
  const buf = self as BytesIOBufferObject;
  PyObject_GC_UnTrack(buf);
  const source = buf.source;
  buf.source = null;
  if (source !== null) Py_DECREF(source);
  PyObject_GC_Del(buf);
}

const PyBytesIOBuffer_Type: PyTypeObject = newStaticType("_io._BytesIOBuffer", 24, TPFLAGS_HAVE_GC, bytesiobuf_dealloc);
PyBytesIOBuffer_Type.tp_traverse = bytesiobuf_traverse;
registerBufferProcs(PyBytesIOBuffer_Type, {
  bf_getbuffer: bytesiobuf_getbuffer,
  bf_releasebuffer: bytesiobuf_releasebuffer,
});

export const PyBytesIO_Type: PyTypeObject = newStaticType(
  "_io.BytesIO",
  64,
  TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
  bytesio_dealloc,
  PyBufferedIOBase_Type,
);
PyBytesIO_Type.tp_doc = "Buffered I/O implementation using an in-memory bytes buffer.";
PyBytesIO_Type.tp_new = bytesio_new;
PyBytesIO_Type.tp_init = bytesio_init;
inheritIOBase(PyBytesIO_Type);
PyBytesIO_Type.tp_iter = (self) => Py_NewRef(self);
PyBytesIO_Type.tp_iternext = bytesio_iternext;
PyBytesIO_Type.tp_methods = [
  { name: "readable", meth: trueIfOpen, flags: METH_NOARGS, doc: "Returns True if the IO object can be read." },
  { name: "seekable", meth: trueIfOpen, flags: METH_NOARGS, doc: "Returns True if the IO object can be seeked." },
  { name: "writable", meth: trueIfOpen, flags: METH_NOARGS, doc: "Returns True if the IO object can be written." },
  { name: "close", meth: bytesio_close, flags: METH_NOARGS, doc: "Disable all I/O operations." },
  { name: "flush", meth: bytesio_flush, flags: METH_NOARGS, doc: "Does nothing." },
  {
    name: "isatty",
    meth: bytesio_isatty,
    flags: METH_NOARGS,
    doc: "Always returns False.\n\nBytesIO objects are not connected to a TTY-like device.",
  },
  { name: "tell", meth: bytesio_tell, flags: METH_NOARGS, doc: "Current file position, an integer." },
  {
    name: "write",
    meth: bytesio_write,
    flags: METH_O,
    doc: "Write bytes to file.\n\nReturn the number of bytes written.",
  },
  {
    name: "writelines",
    meth: bytesio_writelines,
    flags: METH_O,
    doc:
      "Write lines to the file.\n\nNote that newlines are not added.  lines can be any iterable object\nproducing " +
      "bytes-like objects. This is equivalent to calling write() for\neach element.",
  },
  {
    name: "read1",
    meth: (self: PyObject, args: PyObject[]) => bytesio_read_impl(self, readSize("read1", args)),
    flags: METH_FASTCALL,
    doc:
      "Read at most size bytes, returned as a bytes object.\n\nIf the size argument is negative or omitted, read " +
      "until EOF is reached.\nReturn an empty bytes object at EOF.",
  },
  {
    name: "readinto",
    meth: bytesio_readinto,
    flags: METH_O,
    doc:
      "Read bytes into buffer.\n\nReturns number of bytes read (0 for EOF), or None if the object\nis set not to " +
      "block and has no data to read.",
  },
  {
    name: "readline",
    meth: bytesio_readline,
    flags: METH_FASTCALL,
    doc:
      "Next line from the file, as a bytes object.\n\nRetain newline.  A non-negative size argument limits the " +
      "maximum\nnumber of bytes to return (an incomplete line may be returned then).\nReturn an empty bytes object " +
      "at EOF.",
  },
  {
    name: "readlines",
    meth: bytesio_readlines,
    flags: METH_FASTCALL,
    doc:
      "List of bytes objects, each a line from the file.\n\nCall readline() repeatedly and return a list of the " +
      "lines so read.\nThe optional size argument, if given, is an approximate bound on the\ntotal number of bytes " +
      "in the lines returned.",
  },
  {
    name: "read",
    meth: (self: PyObject, args: PyObject[]) => bytesio_read_impl(self, readSize("read", args)),
    flags: METH_FASTCALL,
    doc:
      "Read at most size bytes, returned as a bytes object.\n\nIf the size argument is negative, read until EOF " +
      "is reached.\nReturn an empty bytes object at EOF.",
  },
  {
    name: "getbuffer",
    meth: bytesio_getbuffer,
    flags: METH_NOARGS,
    doc: "Get a read-write view over the contents of the BytesIO object.",
  },
  {
    name: "getvalue",
    meth: bytesio_getvalue,
    flags: METH_NOARGS,
    doc: "Retrieve the entire contents of the BytesIO object.",
  },
  {
    name: "seek",
    meth: bytesio_seek,
    flags: METH_FASTCALL,
    doc:
      "Change stream position.\n\nSeek to byte offset pos relative to position indicated by whence:\n     0  Start " +
      "of stream (the default).  pos should be >= 0;\n     1  Current position - pos may be negative;\n     2  End " +
      "of stream - pos usually negative.\nReturns the new absolute position.",
  },
  {
    name: "truncate",
    meth: bytesio_truncate,
    flags: METH_FASTCALL,
    doc:
      "Truncate the file to at most size bytes.\n\nSize defaults to the current file position, as returned by " +
      "tell().\nThe current file position is unchanged.  Returns the new size.",
  },
  { name: "__getstate__", meth: bytesio_getstate, flags: METH_NOARGS },
  { name: "__setstate__", meth: bytesio_setstate, flags: METH_O },
  { name: "__sizeof__", meth: bytesio_sizeof, flags: METH_NOARGS },
];
PyBytesIO_Type.tp_getset = [
  {
    name: "closed",
    get: (self: PyObject) => PyBool_FromBool((self as BytesIOObject).buf === null),
    set: null,
    doc: "True if the file is closed.",
  },
];
