/**
 * The `zlib` module (CPython 3.11's Modules/zlibmodule.c): the checksums
 * `crc32` and `adler32`, one-shot `compress`/`decompress`, and the
 * streaming `Compress`/`Decompress` objects of `compressobj()` and
 * `decompressobj()` (flush modes, `unused_data`, `unconsumed_tail`,
 * `eof`, `copy()`, `zdict`), with `zlib.error` and CPython's messages.
 *
 * The compression library is pako 2.1.0 (npm `pako`, MIT and zlib
 * licences): a line-by-line JavaScript port of zlib 1.2.x's deflate and
 * inflate, with zlib's names, states and messages, and no host zlib, so
 * it runs in a browser too. Its deflate writes the bytes zlib 1.2.13
 * writes (the zlib CPython 3.11 links here), which programs/zlib/ checks
 * over every level, strategy, memLevel, wbits and flush mode, call by
 * call. `ZLIB_VERSION` and `ZLIB_RUNTIME_VERSION` say "1.2.13", the zlib
 * whose output this is. Where pako departs from zlib 1.2.13 in what a
 * caller sees, `zdeflate` puts zlib's behaviour back (the bits pako
 * keeps back from each call's output, the message of a state error).
 * pako has no deflateCopy or inflateCopy; `streamCopy` below is them,
 * copying the state's arrays as zlib's copies its buffers.
 *
 * A compobject holds three references (unused_data, unconsumed_tail,
 * zdict) and, as in CPython, is not a GC type: no tp_traverse, so the
 * refcount audit learns its references from src/inspect/referents.ts.
 * Output is gathered in blocks of CPython's sizes (_BlocksOutputBuffer)
 * so `max_length` stops where CPython's stops.
 */
/// <reference path="./pako.d.ts" />
import ZStream from "pako/lib/zlib/zstream.js";
import { deflate, deflateEnd, deflateInit2, deflateSetDictionary } from "pako/lib/zlib/deflate.js";
import { inflate, inflateEnd, inflateInit2, inflateSetDictionary } from "pako/lib/zlib/inflate.js";
import crc32 from "pako/lib/zlib/crc32.js";
import adler32 from "pako/lib/zlib/adler32.js";
import { PyObject as PyObjectBase, type PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyObject_Free } from "../heap/gc.js";
import { PyType_Type, newStaticType, type PyTypeObject, _PyType_FromSpecInCPython } from "../objects/typeobject.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { _PyArg_CheckPositional, _PyArg_NoKwnames, _PyArg_UnpackKeywords, newArgParser } from "../objects/getargs.js";
import {
  type PyModuleObject,
  PyModule_Add,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/moduleobject.js";
import { PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyLong_AsBigInt, PyLong_FromNumber, Py_False, Py_True } from "../objects/longobject.js";
import { PyBytes_FromStringAndSize, type PyBytesObject } from "../objects/bytesobject.js";
import { PyTuple_Pack } from "../objects/tupleobject.js";
import { PyDict_New, PyDict_SetItemString } from "../objects/dictobject.js";
import { PyErr_Format } from "../objects/errors.js";
import {
  PyExc_Exception,
  PyExc_MemoryError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.js";
import { PyNumber_Index } from "../objects/abstract.js";
import { PyObject_Call } from "../objects/call.js";
import { PyObject_CheckBuffer, _PyObject_GetBytesLike } from "../objects/buffer.js";

// zlib.h's constants.
const Z_NO_FLUSH = 0;
const Z_PARTIAL_FLUSH = 1;
const Z_SYNC_FLUSH = 2;
const Z_FULL_FLUSH = 3;
const Z_FINISH = 4;
const Z_BLOCK = 5;
const Z_TREES = 6;
const Z_OK = 0;
const Z_STREAM_END = 1;
const Z_NEED_DICT = 2;
const Z_STREAM_ERROR = -2;
const Z_DATA_ERROR = -3;
const Z_MEM_ERROR = -4;
const Z_BUF_ERROR = -5;
const Z_VERSION_ERROR = -6;
const MAX_WBITS = 15;
const DEFLATED = 8;
const DEF_MEM_LEVEL = 8;
const DEF_BUF_SIZE = 16 * 1024;
const Z_DEFAULT_COMPRESSION = -1;
const Z_DEFAULT_STRATEGY = 0;
const ZLIB_VERSION = "1.2.13";

/** sizeof(compobject) in CPython 3.11 on 64-bit Linux. */
const COMPOBJECT_BASICSIZE = 168;

const INT_MAX = 2147483647;
const SSIZE_MAX = 9223372036854775807n;

let zlibModule: PyModuleObject | null = null;

function ZlibError(): PyTypeObject {
  return zlibModule!.md_state[0] as PyTypeObject;
}

/** zlib_error: zlib.error with the stream's message, or one chosen from
 *  the error code when zlib left none. */
function zlib_error(zst: ZStream, err: number, msg: string): PyObject {
  let zmsg: string | null = null;
  if (err === Z_VERSION_ERROR) zmsg = "library version mismatch";
  if (zmsg === null && zst.msg !== "" && zst.msg !== undefined) zmsg = zst.msg;
  if (zmsg === null) {
    if (err === Z_BUF_ERROR) zmsg = "incomplete or truncated stream";
    else if (err === Z_STREAM_ERROR) zmsg = "inconsistent stream state";
    else if (err === Z_DATA_ERROR) zmsg = "invalid input data";
  }
  if (zmsg === null) return PyErr_Format(ZlibError(), `Error ${err} ${msg}`);
  return PyErr_Format(ZlibError(), `Error ${err} ${msg}: ${zmsg.slice(0, 200)}`);
}

/** The fields of pako's deflate state that zdeflate reads. */
interface DeflateBits {
  bi_buf: number;
  bi_valid: number;
  pending_buf: Uint8Array;
  pending: number;
  pending_out: number;
}

/**
 * deflate() as zlib 1.2.13's. Two differences of pako's are undone:
 * its first check sets the stream's message where zlib's leaves it (a
 * finished stream or a bad flush mode is Z_STREAM_ERROR with no
 * message), and its flush_pending leaves out zlib's _tr_flush_bits, so
 * up to 15 bits of output stay in the bit buffer where zlib has already
 * moved the whole bytes to the output. Every path of zlib's deflate
 * ends its output with a flush_pending, so one _tr_flush_bits and
 * flush_pending after pako's deflate returns give the bytes zlib's call
 * gives.
 */
function zdeflate(zst: ZStream, flush: number): number {
  if (zst.state === null || flush > Z_BLOCK || flush < 0) return Z_STREAM_ERROR;
  const err = deflate(zst, flush);
  const s = zst.state as unknown as DeflateBits | null;
  if (s === null) return err;
  // _tr_flush_bits (trees.c bi_flush). The bytes go after what is still
  // pending, which may start past the buffer's head when the output was
  // full: zlib had put them there before its last copy to the output.
  if (s.bi_valid === 16) {
    s.pending_buf[s.pending_out + s.pending++] = s.bi_buf & 0xff;
    s.pending_buf[s.pending_out + s.pending++] = (s.bi_buf >>> 8) & 0xff;
    s.bi_buf = 0;
    s.bi_valid = 0;
  } else if (s.bi_valid >= 8) {
    s.pending_buf[s.pending_out + s.pending++] = s.bi_buf & 0xff;
    s.bi_buf >>= 8;
    s.bi_valid -= 8;
  }
  // flush_pending
  let len = s.pending;
  if (len > zst.avail_out) len = zst.avail_out;
  if (len > 0) {
    zst.output!.set(s.pending_buf.subarray(s.pending_out, s.pending_out + len), zst.next_out);
    zst.next_out += len;
    s.pending_out += len;
    zst.total_out += len;
    zst.avail_out -= len;
    s.pending -= len;
    if (s.pending === 0) s.pending_out = 0;
  }
  return err;
}

// ---------------------------------------------------------------- output

/** _BlocksOutputBuffer's block sizes (pycore_blocks_output_buffer.h). */
const KB = 1024;
const MB = 1024 * 1024;
const BUFFER_BLOCK_SIZE = [
  32 * KB,
  64 * KB,
  256 * KB,
  1 * MB,
  4 * MB,
  8 * MB,
  16 * MB,
  16 * MB,
  32 * MB,
  32 * MB,
  32 * MB,
  32 * MB,
  64 * MB,
  64 * MB,
  128 * MB,
  128 * MB,
  256 * MB,
];

/**
 * CPython's _BlocksOutputBuffer: the output gathered in blocks, the
 * stream's next_out/avail_out pointing into the last. `maxLength` < 0 is
 * no limit. `init` gives the first block's size (WindowInitWithSize);
 * otherwise the first block is InitAndGrow's.
 */
class OutputBuffer {
  blocks: Uint8Array[];
  allocated: number;
  maxLength: number;
  constructor(zst: ZStream, maxLength: number, init: number) {
    this.blocks = [];
    this.allocated = 0;
    this.maxLength = maxLength;
    let size = init;
    if (size < 0) {
      size = BUFFER_BLOCK_SIZE[0];
      if (maxLength >= 0 && size > maxLength) size = maxLength;
    }
    this.addBlock(zst, size);
  }
  addBlock(zst: ZStream, size: number): void {
    const block = new Uint8Array(size);
    this.blocks.push(block);
    this.allocated += size;
    zst.output = block;
    zst.next_out = 0;
    zst.avail_out = size;
  }
  /** _BlocksOutputBuffer_Grow: the next block (zst.avail_out is 0). */
  grow(zst: ZStream): void {
    const n = this.blocks.length;
    let size = n < BUFFER_BLOCK_SIZE.length ? BUFFER_BLOCK_SIZE[n] : BUFFER_BLOCK_SIZE[BUFFER_BLOCK_SIZE.length - 1];
    if (this.maxLength >= 0) {
      const rest = this.maxLength - this.allocated;
      if (size > rest) size = rest;
    }
    this.addBlock(zst, size);
  }
  dataSize(zst: ZStream): number {
    return this.allocated - zst.avail_out;
  }
  /** _BlocksOutputBuffer_Finish: the bytes written, as a bytes object. */
  finish(zst: ZStream): PyObject {
    const size = this.dataSize(zst);
    if (this.blocks.length === 1) return PyBytes_FromStringAndSize(this.blocks[0].slice(0, size));
    const out = new Uint8Array(size);
    let pos = 0;
    for (const b of this.blocks) {
      const n = Math.min(b.length, size - pos);
      out.set(n === b.length ? b : b.subarray(0, n), pos);
      pos += n;
    }
    return PyBytes_FromStringAndSize(out);
  }
}

// ---------------------------------------------------------------- arguments

/** Argument Clinic's `int`. */
function intArg(o: PyObject): number {
  const i = PyNumber_Index(o);
  const v = PyLong_AsBigInt(i);
  Py_DECREF(i);
  if (v > BigInt(INT_MAX) || v < -BigInt(INT_MAX) - 1n) {
    throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return Number(v);
}

/** Argument Clinic's `Py_ssize_t`. */
function ssizeArg(o: PyObject): number {
  const i = PyNumber_Index(o);
  const v = PyLong_AsBigInt(i);
  Py_DECREF(i);
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) {
    throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  return Number(v);
}

/** Argument Clinic's `unsigned_int(bitwise=True)`: the low 32 bits. */
function uintBitwiseArg(o: PyObject): number {
  const i = PyNumber_Index(o);
  const v = PyLong_AsBigInt(i);
  Py_DECREF(i);
  return Number(BigInt.asUintN(32, v));
}

/** A `Py_buffer` argument: its bytes (aliasing the exporter's memory;
 *  read before any Python code runs). */
function bufferArg(o: PyObject): Uint8Array {
  return _PyObject_GetBytesLike(o);
}

// ---------------------------------------------------------------- checksums

function zlib_adler32(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("adler32", kwnames);
  _PyArg_CheckPositional("adler32", args.length, 1, 2);
  const data = bufferArg(args[0]);
  const value = args.length > 1 ? uintBitwiseArg(args[1]) : 1;
  return PyLong_FromNumber(adler32(value, data, data.length, 0) >>> 0);
}

function zlib_crc32(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("crc32", kwnames);
  _PyArg_CheckPositional("crc32", args.length, 1, 2);
  const data = bufferArg(args[0]);
  const value = args.length > 1 ? uintBitwiseArg(args[1]) : 0;
  return PyLong_FromNumber(crc32(value, data, data.length, 0) >>> 0);
}

// ---------------------------------------------------------------- one-shot

const compressParser = newArgParser("compress", ["", "level", "wbits"], 1, 1);

function zlib_compress(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [dataObj, levelObj, wbitsObj] = _PyArg_UnpackKeywords(args, kwnames, compressParser, [null, null, null]);
  const data = bufferArg(dataObj!);
  const level = levelObj === null ? Z_DEFAULT_COMPRESSION : intArg(levelObj);
  const wbits = wbitsObj === null ? MAX_WBITS : intArg(wbitsObj);
  const zst = new ZStream();
  const buffer = new OutputBuffer(zst, -1, -1);
  zst.input = data;
  zst.next_in = 0;
  zst.avail_in = data.length;
  let err = deflateInit2(zst, level, DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY);
  if (err === Z_MEM_ERROR) throw PyErr_Format(PyExc_MemoryError, "Out of memory while compressing data");
  if (err === Z_STREAM_ERROR) throw PyErr_Format(ZlibError(), "Bad compression level");
  if (err !== Z_OK) {
    deflateEnd(zst);
    throw zlib_error(zst, err, "while compressing data");
  }
  do {
    if (zst.avail_out === 0) buffer.grow(zst);
    err = zdeflate(zst, Z_FINISH);
    if (err === Z_STREAM_ERROR) {
      deflateEnd(zst);
      throw zlib_error(zst, err, "while compressing data");
    }
  } while (zst.avail_out === 0);
  err = deflateEnd(zst);
  if (err !== Z_OK) throw zlib_error(zst, err, "while finishing compression");
  return buffer.finish(zst);
}

const decompressParser = newArgParser("decompress", ["", "wbits", "bufsize"], 1, 1);

function zlib_decompress(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [dataObj, wbitsObj, bufsizeObj] = _PyArg_UnpackKeywords(args, kwnames, decompressParser, [null, null, null]);
  const data = bufferArg(dataObj!);
  const wbits = wbitsObj === null ? MAX_WBITS : intArg(wbitsObj);
  let bufsize = bufsizeObj === null ? DEF_BUF_SIZE : ssizeArg(bufsizeObj);
  if (bufsize < 0) throw PyErr_Format(PyExc_ValueError, "bufsize must be non-negative");
  if (bufsize === 0) bufsize = 1;
  const zst = new ZStream();
  const buffer = new OutputBuffer(zst, -1, Math.min(bufsize, 1 << 30));
  zst.input = data;
  zst.next_in = 0;
  zst.avail_in = 0;
  let err = inflateInit2(zst, wbits);
  if (err === Z_MEM_ERROR) throw PyErr_Format(PyExc_MemoryError, "Out of memory while decompressing data");
  if (err !== Z_OK) {
    inflateEnd(zst);
    throw zlib_error(zst, err, "while preparing to decompress data");
  }
  zst.avail_in = data.length;
  do {
    if (zst.avail_out === 0) buffer.grow(zst);
    err = inflate(zst, Z_FINISH);
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) {
      inflateEnd(zst);
      if (err === Z_MEM_ERROR) throw PyErr_Format(PyExc_MemoryError, "Out of memory while decompressing data");
      throw zlib_error(zst, err, "while decompressing data");
    }
  } while (zst.avail_out === 0);
  if (err !== Z_STREAM_END) {
    inflateEnd(zst);
    throw zlib_error(zst, err, "while decompressing data");
  }
  err = inflateEnd(zst);
  if (err !== Z_OK) throw zlib_error(zst, err, "while finishing decompression");
  return buffer.finish(zst);
}

// ---------------------------------------------------------------- compobject

export class compobject extends PyObjectBase {
  zst: ZStream;
  unused_data: PyObject | null;
  unconsumed_tail: PyObject | null;
  eof: boolean;
  is_initialised: boolean;
  zdict: PyObject | null;
  constructor(type: PyTypeObject) {
    super(type, COMPOBJECT_BASICSIZE);
    this.zst = new ZStream();
    this.unused_data = null;
    this.unconsumed_tail = null;
    this.eof = false;
    this.is_initialised = false;
    this.zdict = null;
  }
}

function C(o: PyObject): compobject {
  return o as compobject;
}

const EMPTY = new Uint8Array(0);

function newcompobject(type: PyTypeObject): compobject {
  const self = new compobject(type);
  self.unused_data = PyBytes_FromStringAndSize(EMPTY);
  self.unconsumed_tail = PyBytes_FromStringAndSize(EMPTY);
  return self;
}

function compobject_dealloc(self: PyObject): void {
  const c = C(self);
  if (c.is_initialised) {
    if (c.ob_type === Comptype) deflateEnd(c.zst);
    else inflateEnd(c.zst);
  }
  const unused = c.unused_data;
  const tail = c.unconsumed_tail;
  const zdict = c.zdict;
  c.unused_data = null;
  c.unconsumed_tail = null;
  c.zdict = null;
  Py_XDECREF(unused);
  Py_XDECREF(tail);
  Py_XDECREF(zdict);
  PyObject_Free(self);
}

const Comptype = newStaticType("zlib.Compress", COMPOBJECT_BASICSIZE, 0, compobject_dealloc);
const Decomptype = newStaticType("zlib.Decompress", COMPOBJECT_BASICSIZE, 0, compobject_dealloc);
_PyType_FromSpecInCPython(Comptype, Decomptype);

const compressobjParser = newArgParser("compressobj", ["level", "method", "wbits", "memLevel", "strategy", "zdict"], 0);

function zlib_compressobj(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const a = _PyArg_UnpackKeywords(args, kwnames, compressobjParser, [null, null, null, null, null, null]);
  const level = a[0] === null ? Z_DEFAULT_COMPRESSION : intArg(a[0]);
  const method = a[1] === null ? DEFLATED : intArg(a[1]);
  const wbits = a[2] === null ? MAX_WBITS : intArg(a[2]);
  const memLevel = a[3] === null ? DEF_MEM_LEVEL : intArg(a[3]);
  const strategy = a[4] === null ? Z_DEFAULT_STRATEGY : intArg(a[4]);
  const zdict = a[5] === null ? null : bufferArg(a[5]).slice();
  const self = newcompobject(Comptype);
  try {
    self.zst.input = null;
    self.zst.avail_in = 0;
    let err = deflateInit2(self.zst, level, method, wbits, memLevel, strategy);
    if (err === Z_OK) {
      self.is_initialised = true;
      if (zdict === null) return self;
      err = deflateSetDictionary(self.zst, zdict);
      if (err === Z_OK) return self;
      if (err === Z_STREAM_ERROR) throw PyErr_Format(PyExc_ValueError, "Invalid dictionary");
      throw PyErr_Format(PyExc_ValueError, "deflateSetDictionary()");
    }
    if (err === Z_MEM_ERROR) {
      throw PyErr_Format(PyExc_MemoryError, "Can't allocate memory for compression object");
    }
    if (err === Z_STREAM_ERROR) throw PyErr_Format(PyExc_ValueError, "Invalid initialization option");
    throw zlib_error(self.zst, err, "while creating compression object");
  } catch (e) {
    Py_DECREF(self);
    throw e;
  }
}

/** set_inflate_zdict: the dictionary of a Decompress object, given to
 *  inflate. */
function set_inflate_zdict(self: compobject): void {
  const dict = bufferArg(self.zdict!).slice();
  const err = inflateSetDictionary(self.zst, dict);
  if (err !== Z_OK) throw zlib_error(self.zst, err, "while setting zdict");
}

const decompressobjParser = newArgParser("decompressobj", ["wbits", "zdict"], 0);

function zlib_decompressobj(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [wbitsObj, zdict] = _PyArg_UnpackKeywords(args, kwnames, decompressobjParser, [null, null]);
  const wbits = wbitsObj === null ? MAX_WBITS : intArg(wbitsObj);
  if (zdict !== null && !PyObject_CheckBuffer(zdict)) {
    throw PyErr_Format(PyExc_TypeError, "zdict argument must support the buffer protocol");
  }
  const self = newcompobject(Decomptype);
  try {
    if (zdict !== null) self.zdict = Py_NewRef(zdict);
    const err = inflateInit2(self.zst, wbits);
    if (err === Z_OK) {
      self.is_initialised = true;
      if (self.zdict !== null && wbits < 0) set_inflate_zdict(self);
      return self;
    }
    if (err === Z_STREAM_ERROR) throw PyErr_Format(PyExc_ValueError, "Invalid initialization option");
    if (err === Z_MEM_ERROR) {
      throw PyErr_Format(PyExc_MemoryError, "Can't allocate memory for decompression object");
    }
    throw zlib_error(self.zst, err, "while creating decompression object");
  } catch (e) {
    Py_DECREF(self);
    throw e;
  }
}

function Compress_compress(self: PyObject, arg: PyObject): PyObject {
  const c = C(self);
  const data = bufferArg(arg);
  const zst = c.zst;
  zst.input = data;
  zst.next_in = 0;
  zst.avail_in = data.length;
  const buffer = new OutputBuffer(zst, -1, -1);
  do {
    if (zst.avail_out === 0) buffer.grow(zst);
    const err = zdeflate(zst, Z_NO_FLUSH);
    if (err === Z_STREAM_ERROR) throw zlib_error(zst, err, "while compressing data");
  } while (zst.avail_out === 0);
  return buffer.finish(zst);
}

function Compress_flush(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("flush", kwnames);
  _PyArg_CheckPositional("flush", args.length, 0, 1);
  const mode = args.length > 0 ? intArg(args[0]) : Z_FINISH;
  if (mode === Z_NO_FLUSH) return PyBytes_FromStringAndSize(EMPTY);
  const c = C(self);
  const zst = c.zst;
  zst.input = EMPTY;
  zst.next_in = 0;
  zst.avail_in = 0;
  const buffer = new OutputBuffer(zst, -1, -1);
  let err: number;
  do {
    if (zst.avail_out === 0) buffer.grow(zst);
    err = zdeflate(zst, mode);
    if (err === Z_STREAM_ERROR) throw zlib_error(zst, err, "while flushing");
  } while (zst.avail_out === 0);
  if (err === Z_STREAM_END && mode === Z_FINISH) {
    err = deflateEnd(zst);
    if (err !== Z_OK) throw zlib_error(zst, err, "while finishing compression");
    c.is_initialised = false;
  } else if (err !== Z_OK && err !== Z_BUF_ERROR) {
    throw zlib_error(zst, err, "while flushing");
  }
  return buffer.finish(zst);
}

/** save_unconsumed_input: what inflate left of `data`, as unused_data
 *  (after the end of the stream) or unconsumed_tail (output limit). */
function save_unconsumed_input(c: compobject, data: Uint8Array, err: number): void {
  const zst = c.zst;
  if (err === Z_STREAM_END && zst.avail_in > 0) {
    const old = (c.unused_data as PyBytesObject).ob_sval;
    const left = data.subarray(zst.next_in);
    const joined = new Uint8Array(old.length + left.length);
    joined.set(old, 0);
    joined.set(left, old.length);
    const prev = c.unused_data;
    c.unused_data = PyBytes_FromStringAndSize(joined);
    Py_XDECREF(prev);
    zst.avail_in = 0;
  }
  if (zst.avail_in > 0 || (c.unconsumed_tail as PyBytesObject).ob_sval.length > 0) {
    const prev = c.unconsumed_tail;
    c.unconsumed_tail = PyBytes_FromStringAndSize(data.slice(zst.next_in));
    Py_XDECREF(prev);
  }
}

const decompressMethodParser = newArgParser("decompress", ["", "max_length"], 1, 1);

function Decompress_decompress(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [dataObj, maxObj] = _PyArg_UnpackKeywords(args, kwnames, decompressMethodParser, [null, null]);
  const data = bufferArg(dataObj!).slice();
  let maxLength = maxObj === null ? 0 : ssizeArg(maxObj);
  if (maxLength < 0) throw PyErr_Format(PyExc_ValueError, "max_length must be non-negative");
  if (maxLength === 0) maxLength = -1;
  const c = C(self);
  const zst = c.zst;
  zst.input = data;
  zst.next_in = 0;
  zst.avail_in = data.length;
  const buffer = new OutputBuffer(zst, maxLength, -1);
  let err = Z_OK;
  do {
    if (zst.avail_out === 0) {
      if (buffer.dataSize(zst) === maxLength) break;
      buffer.grow(zst);
    }
    err = inflate(zst, Z_SYNC_FLUSH);
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) {
      if (err === Z_NEED_DICT && c.zdict !== null) set_inflate_zdict(c);
      else break;
    }
  } while (zst.avail_out === 0 || err === Z_NEED_DICT);
  save_unconsumed_input(c, data, err);
  if (err === Z_STREAM_END) c.eof = true;
  else if (err !== Z_OK && err !== Z_BUF_ERROR) throw zlib_error(zst, err, "while decompressing data");
  return buffer.finish(zst);
}

function Decompress_flush(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("flush", kwnames);
  _PyArg_CheckPositional("flush", args.length, 0, 1);
  const length = args.length > 0 ? ssizeArg(args[0]) : DEF_BUF_SIZE;
  if (length <= 0) throw PyErr_Format(PyExc_ValueError, "length must be greater than zero");
  const c = C(self);
  const zst = c.zst;
  const data = (c.unconsumed_tail as PyBytesObject).ob_sval.slice();
  zst.input = data;
  zst.next_in = 0;
  zst.avail_in = data.length;
  const buffer = new OutputBuffer(zst, -1, Math.min(length, 1 << 30));
  let err: number;
  do {
    if (zst.avail_out === 0) buffer.grow(zst);
    err = inflate(zst, Z_FINISH);
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) {
      if (err === Z_NEED_DICT && c.zdict !== null) set_inflate_zdict(c);
      else break;
    }
  } while (zst.avail_out === 0 || err === Z_NEED_DICT);
  save_unconsumed_input(c, data, err);
  if (err === Z_STREAM_END) {
    c.eof = true;
    c.is_initialised = false;
    err = inflateEnd(zst);
    if (err !== Z_OK) throw zlib_error(zst, err, "while finishing decompression");
  }
  return buffer.finish(zst);
}

/**
 * deflateCopy / inflateCopy: a stream whose state is `src`'s, sharing
 * nothing it writes. Arrays are copied once each (a state's fields that
 * alias one array, as inflate's lencode and lendyn do, alias the copy);
 * the tree descriptors point at the copied trees and share their static
 * parts; the back pointer leads to the new stream.
 */
function streamCopy(src: ZStream): ZStream {
  const dst = new ZStream();
  dst.total_in = src.total_in;
  dst.total_out = src.total_out;
  dst.msg = src.msg;
  dst.data_type = src.data_type;
  dst.adler = src.adler;
  const state = src.state!;
  const copy = Object.create(Object.getPrototypeOf(state)) as Record<string, unknown>;
  const arrays = new Map<unknown, unknown>();
  const copyArray = (a: ArrayBufferView): unknown => {
    let c = arrays.get(a);
    if (c === undefined) {
      c = (a as Uint8Array).slice();
      arrays.set(a, c);
    }
    return c;
  };
  for (const key of Object.keys(state)) {
    const v = state[key];
    if (v === src) copy[key] = dst;
    else if (ArrayBuffer.isView(v)) copy[key] = copyArray(v);
    else copy[key] = v;
  }
  for (const key of Object.keys(copy)) {
    const v = copy[key] as Record<string, unknown> | null;
    if (v !== null && typeof v === "object" && !ArrayBuffer.isView(v) && (v as unknown) !== dst && "dyn_tree" in v) {
      const desc = Object.create(Object.getPrototypeOf(v)) as Record<string, unknown>;
      Object.assign(desc, v);
      desc.dyn_tree = copyArray(v.dyn_tree as ArrayBufferView);
      copy[key] = desc;
    }
  }
  dst.state = copy;
  return dst;
}

function compobject_copy(self: PyObject): PyObject {
  const c = C(self);
  if (!c.is_initialised) throw PyErr_Format(PyExc_ValueError, "Inconsistent stream state");
  const r = newcompobject(c.ob_type);
  r.zst = streamCopy(c.zst);
  const unused = r.unused_data;
  const tail = r.unconsumed_tail;
  r.unused_data = Py_NewRef(c.unused_data!);
  r.unconsumed_tail = Py_NewRef(c.unconsumed_tail!);
  r.zdict = c.zdict === null ? null : Py_NewRef(c.zdict);
  r.eof = c.eof;
  r.is_initialised = true;
  Py_XDECREF(unused);
  Py_XDECREF(tail);
  return r;
}

Comptype.tp_methods = [
  {
    name: "compress",
    meth: Compress_compress,
    flags: METH_O,
    doc: "compress($self, data, /)\n--\n\nReturns a bytes object containing compressed data.\n\n  data\n    Binary data to be compressed.\n\nAfter calling this function, some of the input data may still\nbe stored in internal buffers for later processing.\nCall the flush() method to clear these buffers.",
  },
  {
    name: "flush",
    meth: Compress_flush,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: "flush($self, mode=zlib.Z_FINISH, /)\n--\n\nReturn a bytes object containing any remaining compressed data.\n\n  mode\n    One of the constants Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH.\n    If mode == Z_FINISH, the compressor object can no longer be\n    used after calling the flush() method.  Otherwise, more data\n    can still be compressed.",
  },
  {
    name: "copy",
    meth: compobject_copy,
    flags: METH_NOARGS,
    doc: "copy($self, /)\n--\n\nReturn a copy of the compression object.",
  },
  { name: "__copy__", meth: compobject_copy, flags: METH_NOARGS, doc: "__copy__($self, /)\n--\n\n" },
  {
    name: "__deepcopy__",
    meth: (self: PyObject, _memo: PyObject) => compobject_copy(self),
    flags: METH_O,
    doc: "__deepcopy__($self, memo, /)\n--\n\n",
  },
];

Decomptype.tp_methods = [
  {
    name: "decompress",
    meth: Decompress_decompress,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: "decompress($self, data, /, max_length=0)\n--\n\nReturn a bytes object containing the decompressed version of the data.\n\n  data\n    The binary data to decompress.\n  max_length\n    The maximum allowable length of the decompressed data.\n    Unconsumed input data will be stored in\n    the unconsumed_tail attribute.\n\nAfter calling this function, some of the input data may still be stored in\ninternal buffers for later processing.\nCall the flush() method to clear these buffers.",
  },
  {
    name: "flush",
    meth: Decompress_flush,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: "flush($self, length=zlib.DEF_BUF_SIZE, /)\n--\n\nReturn a bytes object containing any remaining decompressed data.\n\n  length\n    the initial size of the output buffer.",
  },
  {
    name: "copy",
    meth: compobject_copy,
    flags: METH_NOARGS,
    doc: "copy($self, /)\n--\n\nReturn a copy of the decompression object.",
  },
  { name: "__copy__", meth: compobject_copy, flags: METH_NOARGS, doc: "__copy__($self, /)\n--\n\n" },
  {
    name: "__deepcopy__",
    meth: (self: PyObject, _memo: PyObject) => compobject_copy(self),
    flags: METH_O,
    doc: "__deepcopy__($self, memo, /)\n--\n\n",
  },
];

Decomptype.tp_members = [
  { name: "unused_data", get: (s: PyObject) => C(s).unused_data, set: null, noneIfNull: true },
  { name: "unconsumed_tail", get: (s: PyObject) => C(s).unconsumed_tail, set: null, noneIfNull: true },
  { name: "eof", get: (s: PyObject) => (C(s).eof ? Py_True : Py_False), set: null, noneIfNull: false },
];

// ---------------------------------------------------------------- module

const F = METH_FASTCALL | METH_KEYWORDS;

const functions: PyMethodDef[] = [
  {
    name: "adler32",
    meth: zlib_adler32,
    flags: F,
    doc: "adler32($module, data, value=1, /)\n--\n\nCompute an Adler-32 checksum of data.\n\n  value\n    Starting value of the checksum.\n\nThe returned checksum is an integer.",
  },
  {
    name: "compress",
    meth: zlib_compress,
    flags: F,
    doc: "compress($module, data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)\n--\n\nReturns a bytes object containing compressed data.\n\n  data\n    Binary data to be compressed.\n  level\n    Compression level, in 0-9 or -1.\n  wbits\n    The window buffer size and container format.",
  },
  {
    name: "compressobj",
    meth: zlib_compressobj,
    flags: F,
    doc: "compressobj($module, /, level=Z_DEFAULT_COMPRESSION, method=DEFLATED,\n            wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,\n            strategy=Z_DEFAULT_STRATEGY, zdict=None)\n--\n\nReturn a compressor object.",
  },
  {
    name: "crc32",
    meth: zlib_crc32,
    flags: F,
    doc: "crc32($module, data, value=0, /)\n--\n\nCompute a CRC-32 checksum of data.\n\n  value\n    Starting value of the checksum.\n\nThe returned checksum is an integer.",
  },
  {
    name: "decompress",
    meth: zlib_decompress,
    flags: F,
    doc: "decompress($module, data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)\n--\n\nReturns a bytes object containing the uncompressed data.\n\n  data\n    Compressed data.\n  wbits\n    The window buffer size and container format.\n  bufsize\n    The initial output buffer size.",
  },
  {
    name: "decompressobj",
    meth: zlib_decompressobj,
    flags: F,
    doc: "decompressobj($module, /, wbits=MAX_WBITS, zdict=b'')\n--\n\nReturn a decompressor object.\n\n  wbits\n    The window buffer size and container format.\n  zdict\n    The predefined compression dictionary.  This must be the same\n    dictionary as used by the compressor that produced the input data.",
  },
];

/** PyErr_NewException("zlib.error", NULL, NULL). */
function newException(): PyObject {
  const dict = PyDict_New();
  const modname = PyUnicode_FromString("zlib");
  const n = PyUnicode_FromString("error");
  const bases = PyTuple_Pack(PyExc_Exception);
  try {
    PyDict_SetItemString(dict, "__module__", modname);
    return PyObject_Call(PyType_Type, [n, bases, dict], null);
  } finally {
    Py_DECREF(dict);
    Py_DECREF(modname);
    Py_DECREF(n);
    Py_DECREF(bases);
  }
}

const MODULE_DOC =
  "The functions in this module allow compression and decompression using the\n" +
  "zlib library, which is based on GNU zip.\n" +
  "\n" +
  "adler32(string[, start]) -- Compute an Adler-32 checksum.\n" +
  "compress(data[, level]) -- Compress data, with compression level 0-9 or -1.\n" +
  "compressobj([level[, ...]]) -- Return a compressor object.\n" +
  "crc32(string[, start]) -- Compute a CRC-32 checksum.\n" +
  "decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\n" +
  "decompressobj([wbits[, zdict]]) -- Return a decompressor object.\n" +
  "\n" +
  "'wbits' is window buffer size and container format.\n" +
  "Compressor objects support compress() and flush() methods; decompressor\n" +
  "objects support decompress() and flush().";

export function PyInit_zlib(): PyObject {
  const m = PyModule_New("zlib");
  PyModule_AddFunctions(m, functions);
  PyModule_Add(m, "__doc__", PyUnicode_FromString(MODULE_DOC));
  const error = newException();
  m.md_state = [error];
  zlibModule = m;
  PyModule_AddObjectRef(m, "error", error);
  const ints: [string, number][] = [
    ["MAX_WBITS", MAX_WBITS],
    ["DEFLATED", DEFLATED],
    ["DEF_MEM_LEVEL", DEF_MEM_LEVEL],
    ["DEF_BUF_SIZE", DEF_BUF_SIZE],
    ["Z_NO_COMPRESSION", 0],
    ["Z_BEST_SPEED", 1],
    ["Z_BEST_COMPRESSION", 9],
    ["Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION],
    ["Z_FILTERED", 1],
    ["Z_HUFFMAN_ONLY", 2],
    ["Z_RLE", 3],
    ["Z_FIXED", 4],
    ["Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY],
    ["Z_NO_FLUSH", Z_NO_FLUSH],
    ["Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH],
    ["Z_SYNC_FLUSH", Z_SYNC_FLUSH],
    ["Z_FULL_FLUSH", Z_FULL_FLUSH],
    ["Z_FINISH", Z_FINISH],
    ["Z_BLOCK", Z_BLOCK],
    ["Z_TREES", Z_TREES],
  ];
  for (const [name, v] of ints) PyModule_Add(m, name, PyLong_FromNumber(v));
  PyModule_Add(m, "ZLIB_VERSION", PyUnicode_FromString(ZLIB_VERSION));
  PyModule_Add(m, "ZLIB_RUNTIME_VERSION", PyUnicode_FromString(ZLIB_VERSION));
  PyModule_Add(m, "__version__", PyUnicode_FromString("1.0"));
  return m;
}
