/**
 * `_io.TextIOWrapper` (CPython 3.11's Modules/_io/textio.c): a text
 * stream over a binary buffer, and sys.stdin, sys.stdout and sys.stderr,
 * which are three of them, made as CPython's create_stdio makes them for
 * pipes under the golden makers' settings (UTF-8; `strict` errors,
 * `backslashreplace` on stderr; stderr line-buffered; newline "\n", so
 * no translation either way; `mode` in the instance dict), each over a
 * BufferedReader/BufferedWriter over a FileIO (io-buffered.ts).
 *
 * Writing: text is encoded (utf-8 natively, other encodings through the
 * codec registry), newlines translated when `newline` asks, and the bytes
 * held (`pending`) until a chunk's worth (8192), a line end under line
 * buffering, write_through, flush() or a read or seek; then the buffer's
 * write() gets them. Over one of the run's own descriptors the text goes
 * out at once instead (the run's sink is what the user watches; see
 * DIFFERENCES.md): `held` only records that CPython would still hold it,
 * which decides the recursion levels a flush spends (`bufferLevels`).
 *
 * Reading: the buffer's read1() gives chunks of `_CHUNK_SIZE` bytes; the
 * decoder (utf-8 natively with its incomplete tail kept, others an
 * incremental decoder object) and, with universal newlines, the newline
 * step (a final `\r` held back, `\r\n` and `\r` made `\n` when
 * translating, the kinds seen recorded for `newlines`) make `decoded`, of
 * which `decodedUsed` characters were returned. tell() and seek() use
 * CPython's cookies: the start of the last chunk, the decoder's state
 * there, and how many bytes to feed and characters to skip from it.
 */
import { type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import {
  PyObject_GC_Del,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  _PyObject_GC_LinkUnrepresented,
  _PyObject_GC_UnlinkUnrepresented,
} from "../heap/gc.js";
import { PyList_Type } from "../objects/listobject.js";
import { PyCFunction_Type } from "../objects/methodobject.js";
import { PyMemoryView_Type } from "../objects/memoryobject.js";
import { newStaticType, type PyTypeObject } from "../objects/typeobject.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O } from "../objects/methoddef.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "../objects/unicodeobject.js";
import type { PyUnicodeObject } from "../objects/unicodeobject.js";
import {
  PyBool_FromBool,
  PyLong_AsBigInt,
  PyLong_FromBigInt,
  PyLong_FromNumber,
  Py_False,
  Py_True,
} from "../objects/longobject.js";
import { PyBytes_Check, PyBytes_FromArray, type PyBytesObject } from "../objects/bytesobject.js";
import { PyTuple_Check, PyTuple_GET_ITEM, PyTuple_GET_SIZE, _PyTuple_FromArraySteal } from "../objects/tupleobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_ExceptionMatches, PyErr_Format, toPyException } from "../objects/errors.js";
import {
  PyExc_AttributeError,
  PyExc_OSError,
  PyExc_RuntimeError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.js";
import { _PyArg_CheckPositional, _PyArg_UnpackKeywords, newArgParser } from "../objects/getargs.js";
import { PyObject_IsTrue, PyObject_Repr, Py_ReprEnter, Py_ReprLeave } from "../objects/abstract.js";
import { _PyObject_LookupAttr, PyObject_SetAttr } from "../objects/object.js";
import {
  Py_EnterRecursiveCall,
  Py_LeaveRecursiveCall,
  PyObject_CallMethodNoArgs,
  PyObject_CallMethodObjArgs,
  PyObject_CallMethodOneArg,
  PyObject_Call,
} from "../objects/call.js";
import { _Py_ID } from "../objects/identifiers.js";
import { PyObject_CallFinalizerFromDealloc } from "../objects/instanceobject.js";
import { PyObject_ClearWeakRefs } from "../objects/weakrefobject.js";
import {
  PyUnicode_AsEncodedString,
  decodeUTF8Stateful,
  lookupTextEncoding,
  normalizeEncoding,
} from "../objects/codecs.js";
import { type PieceWriter, _Py_write, _Py_write_text, stdStreams } from "../objects/fileobject.js";
import { IOBaseObject, iobase_clear, inheritIOBase, optionalSsize, unsupported } from "./io-iobase.js";
import { PyTextIOBase_Type, _PyIO_find_line_ending } from "./io-textio.js";
import {
  BufferedObject,
  FileIOObject,
  type StdRaw,
  _PyBuffered_ForStd,
  _PyErr_ChainContextFrom,
  _PyFileIO_ForStd,
  PyFileIO_Type,
} from "./io-buffered.js";

const SEEN_CR = 1;
const SEEN_LF = 2;
const SEEN_CRLF = 4;

/** The decoder's state at a point: bytes it holds and its flags
 *  (pendingcr in bit 0, the wrapped decoder's flag above). */
interface DecoderState {
  buffer: Uint8Array;
  flags: bigint;
}

export class PyTextIOObject extends IOBaseObject {
  ok: boolean;
  detached: boolean;
  /** The binary buffer (owned); null before __init__ and once detached. */
  buffer: PyObject | null;
  /** The buffer's FileIO when the buffer is a BufferedReader/Writer over
   *  one (owned; CPython caches it to check `closed` fast). */
  raw: FileIOObject | null;
  encoding: string;
  errors: string;
  /** `encoding` and `errors` as the str objects the members give (owned). */
  encodingObj: PyObject | null;
  errorsObj: PyObject | null;
  /** Is the codec utf-8 (decoded and encoded natively)? */
  utf8: boolean;
  /** The incremental decoder for other codecs (owned), or null. */
  decoderObj: PyObject | null;
  readable: boolean;
  writable: boolean;
  /** utf-8 bytes held for an incomplete character. */
  decPending: Uint8Array;
  readuniversal: boolean;
  readtranslate: boolean;
  writetranslate: boolean;
  readnl: string | null;
  writenl: string | null;
  pendingcr: boolean;
  seennl: number;
  lineBuffering: boolean;
  writeThrough: boolean;
  decoded: string;
  decodedUsed: number;
  snapshot: { flags: bigint; input: Uint8Array } | null;
  seekable: boolean;
  telling: boolean;
  hasRead1: boolean;
  pending: Uint8Array[];
  pendingCount: number;
  chunkSize: number;
  /** CPython would still hold written text (see the file comment). */
  held: boolean;
  /** What CPython's wrapper over one of the run's streams holds in
   *  pending_bytes (0 nothing, 1 one piece, 2 a list of pieces) and how
   *  many bytes: only the list is a GC object, counted as CPython's. */
  stdPending: number;
  stdPendingCount: number;
  /** A run's stream whose buffer is inside its raw write (the memoryview's
   *  allocation may collect): a write reaching the buffer from a finalizer
   *  then is a reentrant call, as on CPython's locked BufferedWriter. */
  rawBusy: boolean;
  finalizing: boolean;
  constructor(type: PyTypeObject) {
    super(type, 192);
    this.ok = false;
    this.detached = false;
    this.buffer = null;
    this.raw = null;
    this.encoding = "";
    this.errors = "strict";
    this.encodingObj = null;
    this.errorsObj = null;
    this.utf8 = true;
    this.decoderObj = null;
    this.readable = false;
    this.writable = false;
    this.decPending = new Uint8Array(0);
    this.readuniversal = false;
    this.readtranslate = false;
    this.writetranslate = false;
    this.readnl = null;
    this.writenl = null;
    this.pendingcr = false;
    this.seennl = 0;
    this.rawBusy = false;
    this.lineBuffering = false;
    this.writeThrough = false;
    this.decoded = "";
    this.decodedUsed = 0;
    this.snapshot = null;
    this.seekable = false;
    this.telling = false;
    this.hasRead1 = false;
    this.pending = [];
    this.pendingCount = 0;
    this.chunkSize = 8192;
    this.held = false;
    this.stdPending = 0;
    this.stdPendingCount = 0;
    this.finalizing = false;
  }
}

const T = (self: PyObject): PyTextIOObject => self as PyTextIOObject;

// ---------------------------------------------------------------- checks

/** CHECK_ATTACHED: the buffer, or ValueError. */
function bufferOf(t: PyTextIOObject): PyObject {
  if (!t.ok || t.buffer === null) {
    if (t.detached) throw PyErr_Format(PyExc_ValueError, "underlying buffer has been detached");
    throw PyErr_Format(PyExc_ValueError, "I/O operation on uninitialized object");
  }
  return t.buffer;
}

/** The standard descriptor under `t` when the chain to it is intact. */
function stdRaw(t: PyTextIOObject): StdRaw | null {
  const b = t.buffer;
  if (t.raw !== null && b instanceof BufferedObject && b.raw === t.raw && b.writeBuf.length === 0) return t.raw.std;
  return null;
}

function isClosed(t: PyTextIOObject): boolean {
  const buffer = bufferOf(t);
  if (t.raw !== null) return t.raw.std.closed;
  const res = PyObject_GetAttrId(buffer, "closed");
  try {
    return PyObject_IsTrue(res);
  } finally {
    Py_DECREF(res);
  }
}

/** CHECK_CLOSED. */
function checkClosed(t: PyTextIOObject): void {
  if (isClosed(t)) throw PyErr_Format(PyExc_ValueError, "I/O operation on closed file.");
}

function PyObject_GetAttrId(o: PyObject, name: string): PyObject {
  const r = _PyObject_LookupAttr(o, _Py_ID(name));
  if (r === null) throw PyErr_Format(PyExc_ValueError, `'${o.ob_type.tp_name}' object has no attribute '${name}'`);
  return r;
}

function callBool(o: PyObject, name: string): boolean {
  const res = PyObject_CallMethodNoArgs(o, _Py_ID(name));
  try {
    return PyObject_IsTrue(res);
  } finally {
    Py_DECREF(res);
  }
}

// ---------------------------------------------------------------- codecs

/** Set up the codec `encoding` with `errors` (_textiowrapper_set_decoder /
 *  _set_encoder): utf-8 natively, others through their incremental decoder. */
function setCodec(t: PyTextIOObject, encoding: string, errors: string): void {
  const codec = lookupTextEncoding(encoding, "codecs.open()");
  let decoder: PyObject | null = null;
  try {
    const name = _PyObject_LookupAttr(codec, _Py_ID("name"));
    const codecName = name !== null && PyUnicode_Check(name) ? PyUnicode_AsString(name) : encoding;
    Py_XDECREF(name);
    const utf8 = normalizeEncoding(codecName) === "utf_8" || normalizeEncoding(codecName) === "utf-8";
    if (!utf8 && t.readable) {
      const factory = PyObject_GetAttrId(codec, "incrementaldecoder");
      const e = PyUnicode_FromString(errors);
      try {
        decoder = PyObject_Call(factory, [e], null);
      } finally {
        Py_DECREF(e);
        Py_DECREF(factory);
      }
    }
    t.utf8 = utf8;
  } finally {
    Py_DECREF(codec);
  }
  const old = t.decoderObj;
  t.decoderObj = decoder;
  Py_XDECREF(old);
  setNames(t, encoding, errors);
  t.decPending = new Uint8Array(0);
}

function setNames(t: PyTextIOObject, encoding: string, errors: string): void {
  const oldEnc = t.encodingObj;
  const oldErr = t.errorsObj;
  t.encoding = encoding;
  t.errors = errors;
  t.encodingObj = PyUnicode_FromString(encoding);
  t.errorsObj = PyUnicode_FromString(errors);
  Py_XDECREF(oldEnc);
  Py_XDECREF(oldErr);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** The encoder's bytes for `s` (after newline translation). */
function encodeText(t: PyTextIOObject, s: string): Uint8Array {
  if (t.utf8 && !SURROGATE.test(s)) return new TextEncoder().encode(s);
  const o = PyUnicode_FromString(s) as PyUnicodeObject;
  try {
    const b = PyUnicode_AsEncodedString(o, t.utf8 ? "utf-8" : t.encoding, t.errors) as PyBytesObject;
    const data = b.ob_sval;
    Py_DECREF(b);
    return data;
  } finally {
    Py_DECREF(o);
  }
}

/** The decoder (and the newline step) over `input`. */
function decodeBytes(t: PyTextIOObject, input: Uint8Array, final: boolean): string {
  let s: string;
  if (t.utf8) {
    let data = input;
    if (t.decPending.length > 0) {
      data = new Uint8Array(t.decPending.length + input.length);
      data.set(t.decPending);
      data.set(input, t.decPending.length);
    }
    const r = decodeUTF8Stateful(data, t.errors, final);
    s = r.text;
    t.decPending = data.slice(r.consumed);
  } else {
    const b = PyBytes_FromArray(input.slice());
    let res: PyObject;
    try {
      res = PyObject_CallMethodObjArgs(t.decoderObj!, _Py_ID("decode"), [b, final ? Py_True : Py_False]);
    } finally {
      Py_DECREF(b);
    }
    if (!PyUnicode_Check(res)) {
      const name = res.ob_type.tp_name;
      Py_DECREF(res);
      throw PyErr_Format(PyExc_TypeError, `decoder should return a string result, not '${name}'`);
    }
    s = PyUnicode_AsString(res);
    Py_DECREF(res);
  }
  if (!t.readuniversal) return s;
  if (t.pendingcr && (final || s.length > 0)) {
    s = `\r${s}`;
    t.pendingcr = false;
  }
  if (!final && s.length > 0 && s.charCodeAt(s.length - 1) === 13) {
    s = s.slice(0, -1);
    t.pendingcr = true;
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) t.seennl |= SEEN_LF;
    else if (c === 13) {
      if (i + 1 < s.length && s.charCodeAt(i + 1) === 10) {
        t.seennl |= SEEN_CRLF;
        i++;
      } else t.seennl |= SEEN_CR;
    }
  }
  if (t.readtranslate && s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  return s;
}

function getDecoderState(t: PyTextIOObject): DecoderState {
  let buffer: Uint8Array;
  let flags: bigint;
  if (t.utf8) {
    buffer = t.decPending.slice();
    flags = 0n;
  } else {
    const state = PyObject_CallMethodNoArgs(t.decoderObj!, _Py_ID("getstate"));
    try {
      if (!PyTuple_Check(state) || PyTuple_GET_SIZE(state) !== 2) {
        throw PyErr_Format(PyExc_TypeError, "illegal decoder state");
      }
      const b = PyTuple_GET_ITEM(state, 0);
      if (!PyBytes_Check(b)) {
        throw PyErr_Format(
          PyExc_TypeError,
          `illegal decoder state: the first item must be bytes, not ${b.ob_type.tp_name}`,
        );
      }
      buffer = (b as PyBytesObject).ob_sval.slice();
      flags = PyLong_AsBigInt(PyTuple_GET_ITEM(state, 1));
    } finally {
      Py_DECREF(state);
    }
  }
  if (t.readuniversal) {
    flags <<= 1n;
    if (t.pendingcr) flags |= 1n;
  }
  return { buffer, flags };
}

function setDecoderState(t: PyTextIOObject, state: DecoderState): void {
  let flags = state.flags;
  if (t.readuniversal) {
    t.pendingcr = (flags & 1n) === 1n;
    flags >>= 1n;
  }
  if (t.utf8) {
    t.decPending = state.buffer.slice();
    return;
  }
  const st = _PyTuple_FromArraySteal([PyBytes_FromArray(state.buffer.slice()), PyLong_FromBigInt(flags)]);
  try {
    Py_DECREF(PyObject_CallMethodOneArg(t.decoderObj!, _Py_ID("setstate"), st));
  } finally {
    Py_DECREF(st);
  }
}

function resetDecoder(t: PyTextIOObject): void {
  t.decPending = new Uint8Array(0);
  t.pendingcr = false;
  if (t.decoderObj !== null) Py_DECREF(PyObject_CallMethodNoArgs(t.decoderObj, _Py_ID("reset")));
}

// ---------------------------------------------------------------- the run's streams

/**
 * The levels CPython 3.11's wrapper spends below a write or flush, in
 * the C calls into the buffer (each a method call that counts a level):
 * a line-buffered stream given a line end calls buffer.write and then
 * buffer.flush, which calls raw.write (two levels deep); flush() calls
 * buffer.flush, and raw.write below it when text is held. The text is out
 * before these calls, so a RecursionError here comes after it is written.
 */
function bufferLevels(n: number): void {
  let entered = 0;
  try {
    for (; entered < n; entered++) Py_EnterRecursiveCall(" while calling a Python object");
  } finally {
    for (; entered > 0; entered--) Py_LeaveRecursiveCall();
  }
}

/** _bufferedwriter_raw_write's memoryview over the bytes it hands to
 *  raw.write (a managed buffer and the view: two counted allocations,
 *  freed at once), made when a line-buffered stream's buffer.flush()
 *  writes what it holds. */
function countRawWrite(t: PyTextIOObject): void {
  t.rawBusy = true;
  try {
    _PyObject_GC_LinkUnrepresented(PyMemoryView_Type, 56);
    _PyObject_GC_LinkUnrepresented(PyMemoryView_Type, 200);
    _PyObject_GC_UnlinkUnrepresented(PyMemoryView_Type);
    _PyObject_GC_UnlinkUnrepresented(PyMemoryView_Type);
  } finally {
    t.rawBusy = false;
  }
}

/** The RuntimeError of a call into a buffer that is busy (_enter_buffered_busy). */
function reentrantCall(t: PyTextIOObject): PyObject {
  const r = PyObject_Repr(t.buffer!);
  try {
    return PyErr_Format(PyExc_RuntimeError, `reentrant call inside ${PyUnicode_AsString(r)}`);
  } finally {
    Py_DECREF(r);
  }
}

/** Is `stream` a wrapper whose writes go straight to a descriptor? */
export function _PyTextIO_IsStd(stream: PyObject): boolean {
  return stream instanceof PyTextIOObject && stream.ok && stdRaw(stream) !== null && stream.pending.length === 0;
}

/** The checks of write() on a run's stream: attached, open, writable. */
function _PyTextIO_CheckWrite(t: PyTextIOObject): void {
  bufferOf(t);
  checkClosed(t);
  if (!t.writable) throw unsupported("not writable");
}

/** Encode `s` and give it to the descriptor under `t`. */
function stdWrite(t: PyTextIOObject, s: string): void {
  _PyTextIO_CheckWrite(t);
  let text = s;
  if (t.writetranslate && t.writenl !== null && text.includes("\n")) text = text.replaceAll("\n", t.writenl);
  const std = stdRaw(t)!;
  if (t.utf8 && !SURROGATE.test(text)) _Py_write_text(std.fd, text);
  else _Py_write(std.fd, encodeText(t, text));
  clearReadState(t);
}

/** Does writing `s` to `stream` make its wrapper call into the buffer? */
function _PyTextIO_Flushes(stream: PyTextIOObject, s: string): boolean {
  return (stream.lineBuffering && (s.includes("\n") || s.includes("\r"))) || stream.writeThrough;
}

/**
 * Write `held + s` to one of the run's streams as its TextIOWrapper would,
 * `held` being text CPython's wrapper still holds from the same call
 * sequence (print's earlier pieces). For a line-buffered stream given a
 * line end the wrapper passes what it holds to buffer.write (a level;
 * when that call fails the text is dropped, as CPython drops it) and then
 * calls buffer.flush, whose raw.write is a level below.
 */
function _PyTextIO_Write(stream: PyTextIOObject, held: string, s: string): void {
  if (_PyTextIO_Flushes(stream, s)) {
    Py_EnterRecursiveCall(" while calling a Python object");
    try {
      if (stream.rawBusy) throw reentrantCall(stream);
      stdWrite(stream, held + s);
      stream.held = false;
      bufferLevels(1);
      if (stream.lineBuffering && !stream.writeThrough) countRawWrite(stream);
    } finally {
      Py_LeaveRecursiveCall();
    }
    return;
  }
  if (held.length + s.length === 0) {
    _PyTextIO_CheckWrite(stream);
    return;
  }
  stdWrite(stream, held + s);
  stream.held = true;
}

/** The UTF-8 length of `s` (the bytes CPython's wrapper holds for it). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/**
 * The pending_bytes steps of CPython 3.11's TextIOWrapper.write for a
 * piece `s` written to one of the run's streams (its text goes out at
 * once; only the collector's view is kept): the first piece is held as
 * it is, a second makes a list (PyList_New(2), an allocation that may
 * collect), more are appended; a piece that would pass the chunk size
 * flushes first, and reaching it, a line end under line buffering or
 * write_through flush after (the list freed).
 */
function _PyTextIO_CountWrite(t: PyTextIOObject, s: string): void {
  const n = utf8Length(s);
  if (t.stdPending === 0) {
    t.stdPending = 1;
    t.stdPendingCount = 0;
  } else if (t.stdPendingCount + n > t.chunkSize) {
    stdWriteflush(t);
    t.stdPending = 1;
  } else if (t.stdPending === 1) {
    _PyObject_GC_LinkUnrepresented(PyList_Type, 40);
    t.stdPending = 2;
  }
  t.stdPendingCount += n;
  if (t.stdPendingCount >= t.chunkSize || _PyTextIO_Flushes(t, s)) stdWriteflush(t);
}

/** _textiowrapper_writeflush's release of what a run's stream holds. */
function stdWriteflush(t: PyTextIOObject): void {
  if (t.stdPending === 2) _PyObject_GC_UnlinkUnrepresented(PyList_Type);
  t.stdPending = 0;
  t.stdPendingCount = 0;
}

stdStreams.write = (stream: PyObject, s: string): boolean => {
  if (!_PyTextIO_IsStd(stream)) return false;
  stdWrite(stream as PyTextIOObject, s);
  return true;
};

/**
 * PyFile_WriteObject's steps on a run's stream, piece after piece, as
 * print() and the unraisable report make them: the bound `write` (counted, not represented) is
 * made, the piece's text made, and the write call (a level) counted into
 * the wrapper's pending bytes; a piece that makes the wrapper call into
 * its buffer goes out with what the wrapper held, the rest is held until
 * then or `end`. A collection at the bound method's allocation lets out
 * what is held first, as its finalizers' output follows it in CPython.
 */
class StdPieceWriter implements PieceWriter {
  private held = "";
  constructor(private readonly stream: PyTextIOObject) {}

  private readonly letOut = (): void => {
    if (this.held.length > 0) {
      const held = this.held;
      this.held = "";
      _PyTextIO_Write(this.stream, "", held);
    }
  };

  write(make: () => string): void {
    _PyObject_GC_LinkUnrepresented(PyCFunction_Type, 40, this.letOut);
    try {
      const text = make();
      Py_EnterRecursiveCall(" while calling a Python object");
      try {
        _PyTextIO_CheckWrite(this.stream);
        _PyTextIO_CountWrite(this.stream, text);
        if (_PyTextIO_Flushes(this.stream, text)) {
          const held = this.held;
          this.held = "";
          _PyTextIO_Write(this.stream, held, text);
        } else {
          this.held += text;
        }
      } finally {
        Py_LeaveRecursiveCall();
      }
    } finally {
      _PyObject_GC_UnlinkUnrepresented(PyCFunction_Type);
    }
  }

  end(_ok: boolean): void {
    this.letOut();
  }
}

/** The PieceWriter of a run's stream (print() and the unraisable report). */
export function _PyTextIO_PieceWriter(t: PyTextIOObject): PieceWriter {
  return new StdPieceWriter(t);
}

stdStreams.pieceWriter = (stream: PyObject): PieceWriter | null =>
  _PyTextIO_IsStd(stream) ? new StdPieceWriter(stream as PyTextIOObject) : null;

/** create_stdio: the TextIOWrapper over a BufferedReader/Writer over a
 *  FileIO(fd, closefd=False) named `name`, its `mode` attribute set. */
export function _PyIO_CreateStdio(fd: number, name: string): PyTextIOObject {
  const raw = _PyFileIO_ForStd(fd, name);
  const buffer = _PyBuffered_ForStd(raw);
  const t = new PyTextIOObject(PyTextIO_Type);
  PyObject_GC_Track(t);
  t.buffer = buffer;
  t.raw = raw;
  t.ok = true;
  t.readable = fd === 0;
  t.writable = fd !== 0;
  setNames(t, "utf-8", fd === 2 ? "backslashreplace" : "strict");
  t.utf8 = true;
  t.readnl = "\n";
  t.lineBuffering = fd === 2;
  t.hasRead1 = true;
  const mode = PyUnicode_FromString(fd === 0 ? "r" : "w");
  try {
    PyObject_SetAttr(t, _Py_ID("mode"), mode);
  } finally {
    Py_DECREF(mode);
  }
  return t;
}

// ---------------------------------------------------------------- __init__

const initParser = newArgParser(
  "TextIOWrapper",
  ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"],
  1,
);

function strOrNone(o: PyObject | null, fname: string, arg: string): string | null {
  if (o === null || o === Py_None) return null;
  if (!PyUnicode_Check(o)) {
    throw PyErr_Format(PyExc_TypeError, `${fname}() argument '${arg}' must be str or None, not ${o.ob_type.tp_name}`);
  }
  return PyUnicode_AsString(o);
}

function checkNewline(newline: string | null): void {
  if (newline !== null && newline !== "" && newline !== "\n" && newline !== "\r" && newline !== "\r\n") {
    throw PyErr_Format(PyExc_ValueError, `illegal newline value: ${newline}`);
  }
}

function setNewline(t: PyTextIOObject, newline: string | null): void {
  t.readuniversal = newline === null || newline === "";
  t.readtranslate = newline === null;
  t.readnl = newline;
  t.writetranslate = newline !== "";
  t.writenl = !t.readuniversal && newline !== null && newline !== "\n" ? newline : null;
}

function textio_new(type: PyTypeObject): PyObject {
  const t = new PyTextIOObject(type);
  PyObject_GC_Track(t);
  return t;
}

/** __init__(buffer, encoding=None, errors=None, newline=None,
 *  line_buffering=False, write_through=False). */
function textio_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const [buffer, enc, err, nl, lb, wt] = _PyArg_UnpackKeywords(args, kwnames, initParser, [
    null,
    null,
    null,
    null,
    null,
    null,
  ]);
  const t = T(self);
  t.ok = false;
  t.detached = false;
  let encoding = strOrNone(enc, "TextIOWrapper", "encoding");
  const errors = strOrNone(err, "TextIOWrapper", "errors");
  const newline = strOrNone(nl, "TextIOWrapper", "newline");
  checkNewline(newline);
  if (encoding === null || encoding === "locale") encoding = "UTF-8";
  const old = t.buffer;
  const oldRaw = t.raw;
  t.buffer = Py_NewRef(buffer!);
  t.raw = null;
  Py_XDECREF(old);
  Py_XDECREF(oldRaw);
  // The FileIO under an exact BufferedReader/Writer, cached.
  if (buffer instanceof BufferedObject && buffer.raw instanceof FileIOObject && buffer.raw.ob_type === PyFileIO_Type) {
    t.raw = Py_NewRef(buffer.raw) as FileIOObject;
  }
  t.readable = callBool(buffer!, "readable");
  t.writable = callBool(buffer!, "writable");
  setCodec(t, encoding, errors ?? "strict");
  setNewline(t, newline);
  t.lineBuffering = lb !== null && PyObject_IsTrue(lb);
  t.writeThrough = wt !== null && PyObject_IsTrue(wt);
  t.decoded = "";
  t.decodedUsed = 0;
  t.snapshot = null;
  t.seennl = 0;
  t.pendingcr = false;
  t.pending = [];
  t.pendingCount = 0;
  t.seekable = callBool(buffer!, "seekable");
  t.telling = t.seekable;
  const read1 = _PyObject_LookupAttr(buffer!, _Py_ID("read1"));
  t.hasRead1 = read1 !== null;
  Py_XDECREF(read1);
  t.ok = true;
}

function textio_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const t = T(self);
  if (t.buffer !== null) visit(t.buffer);
  if (t.raw !== null) visit(t.raw);
  if (t.encodingObj !== null) visit(t.encodingObj);
  if (t.errorsObj !== null) visit(t.errorsObj);
  if (t.decoderObj !== null) visit(t.decoderObj);
  if (t.dict !== null) visit(t.dict);
}

function textio_clear(self: PyObject): void {
  const t = T(self);
  t.ok = false;
  const buffer = t.buffer;
  const decoder = t.decoderObj;
  const enc = t.encodingObj;
  const err = t.errorsObj;
  const raw = t.raw;
  t.raw = null;
  Py_XDECREF(raw);
  t.buffer = null;
  t.decoderObj = null;
  t.encodingObj = null;
  t.errorsObj = null;
  Py_XDECREF(buffer);
  Py_XDECREF(decoder);
  Py_XDECREF(enc);
  Py_XDECREF(err);
  iobase_clear(self);
}

function textio_dealloc(self: PyObject): void {
  if (!PyObject_CallFinalizerFromDealloc(self)) return;
  const o = self as IOBaseObject;
  PyObject_GC_UnTrack(o);
  if (o.weakreflist !== null) PyObject_ClearWeakRefs(o);
  textio_clear(self);
  PyObject_GC_Del(o);
}

// ---------------------------------------------------------------- writing

/** _textiowrapper_writeflush: the held bytes to buffer.write(). */
function writeflush(t: PyTextIOObject): void {
  if (t.pending.length === 0) return;
  const total = new Uint8Array(t.pendingCount);
  let off = 0;
  for (const p of t.pending) {
    total.set(p, off);
    off += p.length;
  }
  t.pending = [];
  t.pendingCount = 0;
  const b = PyBytes_FromArray(total);
  try {
    Py_DECREF(PyObject_CallMethodOneArg(bufferOf(t), _Py_ID("write"), b));
  } finally {
    Py_DECREF(b);
  }
}

function clearReadState(t: PyTextIOObject): void {
  if (t.decoded.length > 0 || t.snapshot !== null) {
    t.decoded = "";
    t.decodedUsed = 0;
    t.snapshot = null;
    if (t.readable) resetDecoder(t);
  }
}

function textio_write(self: PyObject, arg: PyObject): PyObject {
  const t = T(self);
  bufferOf(t);
  if (!PyUnicode_Check(arg)) {
    const name = arg === Py_None ? "None" : arg.ob_type.tp_name;
    throw PyErr_Format(PyExc_TypeError, `write() argument must be str, not ${name}`);
  }
  const s = PyUnicode_AsString(arg);
  if (_PyTextIO_IsStd(t)) {
    _PyTextIO_CheckWrite(t);
    _PyTextIO_CountWrite(t, s);
    _PyTextIO_Write(t, "", s);
    return PyLong_FromNumber(s.length);
  }
  checkClosed(t);
  if (!t.writable) throw unsupported("not writable");
  let text = s;
  const haslf = text.includes("\n");
  if (haslf && t.writetranslate && t.writenl !== null) text = text.replaceAll("\n", t.writenl);
  const needflush = t.lineBuffering && (haslf || text.includes("\r"));
  const bytes = encodeText(t, text);
  t.pending.push(bytes);
  t.pendingCount += bytes.length;
  if (t.pendingCount >= t.chunkSize || needflush || t.writeThrough) writeflush(t);
  if (needflush) Py_DECREF(PyObject_CallMethodNoArgs(bufferOf(t), _Py_ID("flush")));
  clearReadState(t);
  return PyLong_FromNumber(s.length);
}

function textio_flush(self: PyObject): PyObject {
  const t = T(self);
  const buffer = bufferOf(t);
  checkClosed(t);
  t.telling = t.seekable;
  if (_PyTextIO_IsStd(t)) {
    stdWriteflush(t);
    const levels = t.held ? 2 : 1;
    t.held = false;
    bufferLevels(levels);
    return Py_NewRef(Py_None);
  }
  writeflush(t);
  return PyObject_CallMethodNoArgs(buffer, _Py_ID("flush"));
}

/** close(): flush, then the buffer's close (a flush error is the close
 *  error's context); nothing when already closed. */
function textio_close(self: PyObject): PyObject {
  const t = T(self);
  const buffer = bufferOf(t);
  if (isClosed(t)) return Py_NewRef(Py_None);
  if (t.finalizing) {
    try {
      Py_DECREF(PyObject_CallMethodOneArg(buffer, _Py_ID("_dealloc_warn"), self));
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
    Py_DECREF(PyObject_CallMethodNoArgs(buffer, _Py_ID("close")));
  } catch (e) {
    const exc = toPyException(e);
    if (error !== null) _PyErr_ChainContextFrom(exc, error);
    throw exc;
  }
  if (error !== null) throw error;
  return Py_NewRef(Py_None);
}

function textio_detach(self: PyObject): PyObject {
  const t = T(self);
  bufferOf(t);
  Py_DECREF(PyObject_CallMethodNoArgs(self, _Py_ID("flush")));
  const buffer = t.buffer!;
  t.buffer = null;
  t.detached = true;
  return buffer;
}

// ---------------------------------------------------------------- reading

function checkReadable(t: PyTextIOObject): void {
  bufferOf(t);
  checkClosed(t);
  if (!t.readable) throw unsupported("not readable");
}

function takeDecoded(t: PyTextIOObject, n: number): string {
  const avail = t.decoded.length - t.decodedUsed;
  const k = n < 0 || n > avail ? avail : n;
  const s = t.decoded.slice(t.decodedUsed, t.decodedUsed + k);
  t.decodedUsed += k;
  return s;
}

/** textiowrapper_read_chunk: one read1() of the buffer decoded; false at
 *  the end of the stream. */
function readChunk(t: PyTextIOObject, sizeHint: number): boolean {
  const state = t.telling ? getDecoderState(t) : null;
  const size = PyLong_FromNumber(Math.max(t.chunkSize, sizeHint));
  let chunk: PyObject;
  try {
    chunk = PyObject_CallMethodOneArg(bufferOf(t), _Py_ID(t.hasRead1 ? "read1" : "read"), size);
  } finally {
    Py_DECREF(size);
  }
  let input: Uint8Array;
  try {
    if (!PyBytes_Check(chunk)) {
      throw PyErr_Format(
        PyExc_TypeError,
        `underlying ${t.hasRead1 ? "read1" : "read"}() should have returned a bytes-like object, not '${chunk.ob_type.tp_name}'`,
      );
    }
    input = (chunk as PyBytesObject).ob_sval.slice();
  } finally {
    Py_DECREF(chunk);
  }
  const eof = input.length === 0;
  t.decoded = decodeBytes(t, input, eof);
  t.decodedUsed = 0;
  if (state !== null) {
    const next = new Uint8Array(state.buffer.length + input.length);
    next.set(state.buffer);
    next.set(input, state.buffer.length);
    t.snapshot = { flags: state.flags, input: next };
  }
  return !eof;
}

function textio_read(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("read", args.length, 0, 1);
  const t = T(self);
  const n = optionalSsize(args[0], -1);
  checkReadable(t);
  writeflush(t);
  if (n < 0) {
    const res = PyObject_CallMethodNoArgs(bufferOf(t), _Py_ID("read"));
    let input: Uint8Array;
    try {
      if (!PyBytes_Check(res)) {
        throw PyErr_Format(
          PyExc_TypeError,
          `underlying read() should have returned a bytes object, not '${res.ob_type.tp_name}'`,
        );
      }
      input = (res as PyBytesObject).ob_sval;
    } finally {
      Py_DECREF(res);
    }
    const rest = takeDecoded(t, -1);
    const decoded = decodeBytes(t, input, true);
    t.decoded = "";
    t.decodedUsed = 0;
    t.snapshot = null;
    return PyUnicode_FromString(rest + decoded);
  }
  let result = takeDecoded(t, n);
  while (result.length < n) {
    if (!readChunk(t, n - result.length)) break;
    result += takeDecoded(t, n - result.length);
  }
  return PyUnicode_FromString(result);
}

/** _textiowrapper_readline: a line (its ending as the newline mode reads
 *  it), at most `limit` characters when limit >= 0. */
function readline(t: PyTextIOObject, limit: number): string {
  checkReadable(t);
  writeflush(t);
  let acc = "";
  for (;;) {
    if (t.decodedUsed >= t.decoded.length) {
      t.decoded = "";
      t.decodedUsed = 0;
      let more: boolean;
      do {
        more = readChunk(t, 0);
      } while (more && t.decoded.length === 0);
      if (t.decoded.length === 0) {
        t.snapshot = null;
        return acc;
      }
    }
    const from = acc.length;
    const s = acc + t.decoded.slice(t.decodedUsed);
    const len = _PyIO_find_line_ending(
      t.readtranslate,
      t.readuniversal,
      t.readnl ?? "\n",
      s,
      Math.max(0, from - 1),
      s.length,
    );
    let end = -1;
    if (len >= 0) end = Math.max(0, from - 1) + len;
    if (limit >= 0 && (end < 0 ? s.length : end) > limit) end = limit;
    if (end >= 0) {
      t.decodedUsed += end - from;
      return s.slice(0, end);
    }
    acc = s;
    t.decodedUsed = t.decoded.length;
  }
}

function textio_readline(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("readline", args.length, 0, 1);
  const t = T(self);
  const limit = optionalSsize(args[0], -1);
  return PyUnicode_FromString(readline(t, limit));
}

function textio_iternext(self: PyObject): PyObject | null {
  const t = T(self);
  t.telling = false;
  const line = readline(t, -1);
  if (line.length === 0) {
    t.snapshot = null;
    t.telling = t.seekable;
    return null;
  }
  return PyUnicode_FromString(line);
}

function textio_iter(self: PyObject): PyObject {
  checkClosed(T(self));
  return Py_NewRef(self);
}

// ---------------------------------------------------------------- seek and tell

function buildCookie(startPos: bigint, decFlags: bigint, bytesToFeed: number, needEof: boolean, charsToSkip: number) {
  return (
    startPos +
    (decFlags << 64n) +
    (BigInt(bytesToFeed) << 128n) +
    (BigInt(charsToSkip) << 192n) +
    (needEof ? 1n << 256n : 0n)
  );
}

function checkSeekable(t: PyTextIOObject): void {
  bufferOf(t);
  checkClosed(t);
  if (!t.seekable) throw unsupported("underlying stream is not seekable");
}

function textio_tell(self: PyObject): PyObject {
  const t = T(self);
  checkSeekable(t);
  if (!t.telling) throw PyErr_Format(PyExc_OSError, "telling position disabled by next() call");
  writeflush(t);
  Py_DECREF(PyObject_CallMethodNoArgs(self, _Py_ID("flush")));
  const posobj = PyObject_CallMethodNoArgs(bufferOf(t), _Py_ID("tell"));
  if (!t.readable || t.snapshot === null) return posobj;
  let pos: bigint;
  try {
    pos = PyLong_AsBigInt(posobj);
  } finally {
    Py_DECREF(posobj);
  }
  const { flags, input } = t.snapshot;
  let startPos = pos - BigInt(input.length);
  let charsToSkip = t.decodedUsed;
  let decFlags = flags;
  if (charsToSkip === 0) return PyLong_FromBigInt(buildCookie(startPos, decFlags, 0, false, 0));
  const saved = getDecoderState(t);
  const savedSeen = t.seennl;
  try {
    setDecoderState(t, { buffer: new Uint8Array(0), flags });
    let bytesFed = 0;
    let charsDecoded = 0;
    let needEof = false;
    let i = 0;
    for (; i < input.length; i++) {
      bytesFed++;
      charsDecoded += decodeBytes(t, input.subarray(i, i + 1), false).length;
      const st = getDecoderState(t);
      if (st.buffer.length === 0 && charsDecoded <= charsToSkip) {
        startPos += BigInt(bytesFed);
        charsToSkip -= charsDecoded;
        decFlags = st.flags;
        bytesFed = 0;
        charsDecoded = 0;
      }
      if (charsDecoded >= charsToSkip) break;
    }
    if (i >= input.length) {
      charsDecoded += decodeBytes(t, new Uint8Array(0), true).length;
      needEof = true;
      if (charsDecoded < charsToSkip) throw PyErr_Format(PyExc_OSError, "can't reconstruct logical file position");
    }
    return PyLong_FromBigInt(buildCookie(startPos, decFlags, bytesFed, needEof, charsToSkip));
  } finally {
    setDecoderState(t, saved);
    t.seennl = savedSeen;
  }
}

function textio_seek(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("seek", args.length, 1, 2);
  const t = T(self);
  const whence = args.length > 1 ? Number(PyLong_AsBigInt(args[1])) : 0;
  checkSeekable(t);
  const cookieObj = args[0];
  const cookie = PyLong_AsBigInt(cookieObj);
  if (whence === 1) {
    if (cookie !== 0n) throw unsupported("can't do nonzero cur-relative seeks");
    return PyObject_CallMethodNoArgs(self, _Py_ID("tell"));
  }
  if (whence === 2) {
    if (cookie !== 0n) throw unsupported("can't do nonzero end-relative seeks");
    Py_DECREF(PyObject_CallMethodNoArgs(self, _Py_ID("flush")));
    t.decoded = "";
    t.decodedUsed = 0;
    t.snapshot = null;
    if (t.readable) resetDecoder(t);
    const zero = PyLong_FromNumber(0);
    const two = PyLong_FromNumber(2);
    try {
      return PyObject_CallMethodObjArgs(bufferOf(t), _Py_ID("seek"), [zero, two]);
    } finally {
      Py_DECREF(zero);
      Py_DECREF(two);
    }
  }
  if (whence !== 0) throw PyErr_Format(PyExc_ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
  if (cookie < 0n) {
    const r = PyObject_Repr(cookieObj);
    const text = PyUnicode_AsString(r);
    Py_DECREF(r);
    throw PyErr_Format(PyExc_ValueError, `negative seek position ${text}`);
  }
  Py_DECREF(PyObject_CallMethodNoArgs(self, _Py_ID("flush")));
  const mask = (1n << 64n) - 1n;
  const startPos = cookie & mask;
  const decFlags = (cookie >> 64n) & mask;
  const bytesToFeed = Number((cookie >> 128n) & mask);
  const charsToSkip = Number((cookie >> 192n) & mask);
  const needEof = ((cookie >> 256n) & 1n) === 1n;
  const posObj = PyLong_FromBigInt(startPos);
  try {
    Py_DECREF(PyObject_CallMethodOneArg(bufferOf(t), _Py_ID("seek"), posObj));
  } finally {
    Py_DECREF(posObj);
  }
  t.decoded = "";
  t.decodedUsed = 0;
  t.snapshot = null;
  if (t.readable) {
    if (cookie === 0n) resetDecoder(t);
    else setDecoderState(t, { buffer: new Uint8Array(0), flags: decFlags });
    t.snapshot = { flags: decFlags, input: new Uint8Array(0) };
  }
  if (charsToSkip > 0) {
    const n = PyLong_FromNumber(bytesToFeed);
    let chunk: PyObject;
    try {
      chunk = PyObject_CallMethodOneArg(bufferOf(t), _Py_ID("read"), n);
    } finally {
      Py_DECREF(n);
    }
    const input = (chunk as PyBytesObject).ob_sval.slice();
    Py_DECREF(chunk);
    t.snapshot = { flags: decFlags, input };
    t.decoded = decodeBytes(t, input, needEof);
    if (t.decoded.length < charsToSkip) throw PyErr_Format(PyExc_OSError, "can't restore logical file position");
    t.decodedUsed = charsToSkip;
  }
  return Py_NewRef(cookieObj);
}

/** truncate(pos=None): flush, then the buffer's truncate. */
function textio_truncate(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("truncate", args.length, 0, 1);
  const t = T(self);
  bufferOf(t);
  Py_DECREF(PyObject_CallMethodNoArgs(self, _Py_ID("flush")));
  return PyObject_CallMethodOneArg(bufferOf(t), _Py_ID("truncate"), args.length > 0 ? args[0] : Py_None);
}

// ---------------------------------------------------------------- reconfigure

const reconfigureParser = newArgParser(
  "reconfigure",
  ["encoding", "errors", "newline", "line_buffering", "write_through"],
  0,
  0,
  0,
);

/** reconfigure(*, encoding=None, errors=None, newline=None,
 *  line_buffering=None, write_through=None). */
function textio_reconfigure(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const t = T(self);
  const [enc, err, nl, lb, wt] = _PyArg_UnpackKeywords(args, kwnames, reconfigureParser, [
    null,
    null,
    null,
    null,
    null,
  ]);
  const encoding = strOrNone(enc, "reconfigure", "encoding");
  const errors = strOrNone(err, "reconfigure", "errors");
  const newline = strOrNone(nl, "reconfigure", "newline");
  if (t.readable && t.decoded.length > 0 && (encoding !== null || errors !== null || nl !== null)) {
    throw unsupported("It is not possible to set the encoding or newline of stream after the first read");
  }
  if (nl !== null) checkNewline(newline);
  const lineBuffering = lb === null || lb === Py_None ? t.lineBuffering : PyObject_IsTrue(lb);
  const writeThrough = wt === null || wt === Py_None ? t.writeThrough : PyObject_IsTrue(wt);
  Py_DECREF(PyObject_CallMethodNoArgs(self, _Py_ID("flush")));
  if (encoding !== null || errors !== null) {
    const newEncoding = encoding ?? t.encoding;
    const newErrors = errors ?? (encoding !== null ? "strict" : t.errors);
    setCodec(t, newEncoding === "locale" ? "UTF-8" : newEncoding, newErrors);
  }
  if (nl !== null) setNewline(t, newline);
  t.lineBuffering = lineBuffering;
  t.writeThrough = writeThrough;
  return Py_NewRef(Py_None);
}

// ---------------------------------------------------------------- the rest

function forward(name: string) {
  return (self: PyObject): PyObject => {
    const t = T(self);
    return PyObject_CallMethodNoArgs(bufferOf(t), _Py_ID(name));
  };
}

function textio_repr(self: PyObject): PyObject {
  const t = T(self);
  const tp = self.ob_type.tp_name;
  if (!t.ok) throw PyErr_Format(PyExc_ValueError, "I/O operation on uninitialized object");
  if (Py_ReprEnter(self)) throw PyErr_Format(PyExc_RuntimeError, `reentrant call inside ${tp}.__repr__`);
  try {
    let out = `<${tp}`;
    let name: PyObject | null;
    try {
      name = _PyObject_LookupAttr(self, _Py_ID("name"));
    } catch (e) {
      if (!PyErr_ExceptionMatches(e, PyExc_ValueError)) throw e;
      Py_DECREF(toPyException(e));
      name = null;
    }
    if (name !== null) out += ` name=${reprText(name)}`;
    const mode = _PyObject_LookupAttr(self, _Py_ID("mode"));
    if (mode !== null) out += ` mode=${reprText(mode)}`;
    out += ` encoding=${reprText(Py_NewRef(t.encodingObj!))}>`;
    return PyUnicode_FromString(out);
  } finally {
    Py_ReprLeave(self);
  }
}

/** repr(o) as text; `o` is consumed. */
function reprText(o: PyObject): string {
  try {
    const r = PyObject_Repr(o);
    const s = PyUnicode_AsString(r);
    Py_DECREF(r);
    return s;
  } finally {
    Py_DECREF(o);
  }
}

function newlinesGet(self: PyObject): PyObject {
  const t = T(self);
  bufferOf(t);
  if (!t.readable || !t.readuniversal) return Py_NewRef(Py_None);
  const kinds: string[] = [];
  if (t.seennl & SEEN_CR) kinds.push("\r");
  if (t.seennl & SEEN_LF) kinds.push("\n");
  if (t.seennl & SEEN_CRLF) kinds.push("\r\n");
  if (kinds.length === 0) return Py_NewRef(Py_None);
  if (kinds.length === 1) return PyUnicode_FromString(kinds[0]);
  return _PyTuple_FromArraySteal(kinds.map((k) => PyUnicode_FromString(k)));
}

export const PyTextIO_Type: PyTypeObject = newStaticType(
  "_io.TextIOWrapper",
  192,
  TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
  textio_dealloc,
  PyTextIOBase_Type,
);
inheritIOBase(PyTextIO_Type);
PyTextIO_Type.tp_traverse = textio_traverse;
PyTextIO_Type.tp_clear = textio_clear;
PyTextIO_Type.tp_new = (type) => textio_new(type);
PyTextIO_Type.tp_init = textio_init;
PyTextIO_Type.tp_repr = textio_repr;
PyTextIO_Type.tp_iter = textio_iter;
PyTextIO_Type.tp_iternext = textio_iternext;
PyTextIO_Type.tp_doc =
  "Character and line based layer over a BufferedIOBase object, buffer.\n\nencoding gives the name of the encoding " +
  "that the stream will be\ndecoded or encoded with. It defaults to locale.getencoding().\n\nerrors determines " +
  "the strictness of encoding and decoding (see\nhelp(codecs.Codec) or the documentation for codecs.register) " +
  "and\ndefaults to \"strict\".\n\nnewline controls how line endings are handled. It can be None, '',\n'\\n', " +
  "'\\r', and '\\r\\n'.  It works as follows:\n\n* On input, if newline is None, universal newlines mode is\n  " +
  "enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and\n  these are translated into '\\n' " +
  "before being returned to the\n  caller. If it is '', universal newline mode is enabled, but line\n  endings " +
  "are returned to the caller untranslated. If it has any of\n  the other legal values, input lines are only " +
  "terminated by the given\n  string, and the line ending is returned to the caller untranslated.\n\n* On " +
  "output, if newline is None, any '\\n' characters written are\n  translated to the system default line " +
  "separator, os.linesep. If\n  newline is '' or '\\n', no translation takes place. If newline is any\n  of " +
  "the other legal values, any '\\n' characters written are translated\n  to the given string.\n\nIf " +
  "line_buffering is True, a call to flush is implied when a call to\nwrite contains a newline character.";
PyTextIO_Type.tp_methods = [
  { name: "detach", meth: textio_detach, flags: METH_NOARGS },
  { name: "reconfigure", meth: textio_reconfigure, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "write", meth: textio_write, flags: METH_O },
  { name: "read", meth: textio_read, flags: METH_FASTCALL },
  { name: "readline", meth: textio_readline, flags: METH_FASTCALL },
  { name: "flush", meth: textio_flush, flags: METH_NOARGS },
  { name: "close", meth: textio_close, flags: METH_NOARGS },
  { name: "fileno", meth: forward("fileno"), flags: METH_NOARGS },
  { name: "seekable", meth: forward("seekable"), flags: METH_NOARGS },
  { name: "readable", meth: forward("readable"), flags: METH_NOARGS },
  { name: "writable", meth: forward("writable"), flags: METH_NOARGS },
  { name: "isatty", meth: forward("isatty"), flags: METH_NOARGS },
  { name: "seek", meth: textio_seek, flags: METH_FASTCALL },
  { name: "tell", meth: textio_tell, flags: METH_NOARGS },
  { name: "truncate", meth: textio_truncate, flags: METH_FASTCALL },
];
PyTextIO_Type.tp_members = [
  { name: "encoding", get: (self: PyObject) => T(self).encodingObj, set: null, noneIfNull: false },
  { name: "buffer", get: (self: PyObject) => T(self).buffer, set: null, noneIfNull: false },
  { name: "errors", get: (self: PyObject) => T(self).errorsObj, set: null, noneIfNull: false },
  {
    name: "line_buffering",
    get: (self: PyObject) => (T(self).lineBuffering ? Py_True : Py_False),
    set: null,
    noneIfNull: false,
  },
  {
    name: "write_through",
    get: (self: PyObject) => (T(self).writeThrough ? Py_True : Py_False),
    set: null,
    noneIfNull: false,
  },
  {
    name: "_finalizing",
    get: (self: PyObject) => (T(self).finalizing ? Py_True : Py_False),
    set: (self: PyObject, value: PyObject | null) => {
      if (value === null) throw PyErr_Format(PyExc_TypeError, "can't delete numeric/char attribute");
      T(self).finalizing = PyObject_IsTrue(value);
    },
    noneIfNull: false,
  },
];
PyTextIO_Type.tp_getset = [
  {
    name: "name",
    get: (self: PyObject) => PyObject_GetAttrId(bufferOf(T(self)), "name"),
    set: null,
  },
  {
    name: "closed",
    get: (self: PyObject) => {
      const t = T(self);
      bufferOf(t);
      if (t.raw !== null) return PyBool_FromBool(t.raw.std.closed);
      return PyObject_GetAttrId(t.buffer!, "closed");
    },
    set: null,
  },
  { name: "newlines", get: newlinesGet, set: null },
  {
    name: "_CHUNK_SIZE",
    get: (self: PyObject) => {
      bufferOf(T(self));
      return PyLong_FromNumber(T(self).chunkSize);
    },
    set: (self: PyObject, value: PyObject | null) => {
      const t = T(self);
      bufferOf(t);
      if (value === null) throw PyErr_Format(PyExc_AttributeError, "cannot delete attribute");
      const n = optionalSsize(value, 0);
      if (n <= 0) throw PyErr_Format(PyExc_ValueError, "a strictly positive integer is required");
      t.chunkSize = n;
    },
  },
];
