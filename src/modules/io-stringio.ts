/**
 * `io.StringIO` (CPython 3.11's Modules/_io/stringio.c): a text stream
 * over an in-memory string, with TextIOWrapper's newline handling.
 *
 * States, as CPython's: while only appended to, a StringIO accumulates
 * the str objects written in a list (the `_PyAccu`: `accuSmall`, and
 * `accuLarge` once 100000 pieces were joined), so `getvalue()` after
 * one write returns the str written and holds references CPython holds;
 * any other operation first realizes the text into `buf`. `buf` is a JS
 * string of `string_size` code points (a write past the end pads with
 * NULs); `pos` and `string_size` count code points, and `astral` says
 * whether `buf` has characters outside the BMP, whose UTF-16 offsets
 * differ from code point positions. `buf_size` is CPython's buffer
 * allocation (resize_buffer), 4 bytes a character, accounted to the heap;
 * getsizeof is the fixed 120 bytes (plus the GC header).
 *
 * Newlines: `newline=None` translates `\r\n` and `\r` to `\n` on write
 * (an IncrementalNewlineDecoder) and reads lines at `\n`; `''` reads any
 * ending and translates none; `'\r'` and `'\r\n'` write `\n` as that
 * ending and read lines at it.
 */
import type { PyObject } from "../heap/object.js";
import { TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { accountBytes } from "../heap/allocator.js";
import { newStaticType, type PyTypeObject } from "../objects/typeobject.js";
import { METH_FASTCALL, METH_NOARGS, METH_O } from "../objects/methoddef.js";
import {
  PyUnicode_AsString,
  PyUnicode_Check,
  PyUnicode_FromString,
  unicode_repr_string,
  unicode_empty,
} from "../objects/unicodeobject.js";
import { PyLong_Check, PyLong_FromNumber, PyBool_FromBool } from "../objects/longobject.js";
import { PyList_Append, PyList_GET_SIZE, PyList_New, PyList_SetSlice } from "../objects/listobject.js";
import { PyTuple_Check, PyTuple_GET_ITEM, PyTuple_GET_SIZE, _PyTuple_FromArraySteal } from "../objects/tupleobject.js";
import { PyDict_Check, PyDict_Copy, PyDict_Merge } from "../objects/dictobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_OSError, PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.js";
import { _PyArg_CheckPositional, newArgParser, _PyArg_UnpackKeywords } from "../objects/getargs.js";
import { PyObject_GetAttr } from "../objects/object.js";
import { PyObject_CallMethodNoArgs } from "../objects/call.js";
import { _Py_ID } from "../objects/identifiers.js";
import { PyObject_ClearWeakRefs } from "../objects/weakrefobject.js";
import { PyUnicode_Join } from "../objects/unicodeobject.js";
import { IOBaseObject, iobase_clear, inheritIOBase, intArg, optionalSsize, ssizeArg } from "./io-iobase.js";
import {
  _PyIncrementalNewlineDecoder_decode,
  _PyIO_find_line_ending,
  NLDecoderObject,
  PyIncrementalNewlineDecoder_Type,
  PyTextIOBase_Type,
} from "./io-textio.js";

const STATE_REALIZED = 1;
const STATE_ACCUMULATING = 2;

export class StringIOObject extends IOBaseObject {
  buf: string;
  astral: boolean;
  pos: number;
  string_size: number;
  buf_size: number;
  state: number;
  /** The _PyAccu's lists (owned), null outside the accumulating state. */
  accuSmall: PyObject | null;
  accuLarge: PyObject | null;
  ok: boolean;
  closed: boolean;
  readuniversal: boolean;
  readtranslate: boolean;
  /** Owned: the IncrementalNewlineDecoder (universal newlines), the read
   *  line ending and the write line ending ('\r' or '\r\n'). */
  decoder: PyObject | null;
  readnl: PyObject | null;
  writenl: PyObject | null;
  constructor(type: PyTypeObject) {
    super(type, 120);
    this.buf = "";
    this.astral = false;
    this.pos = 0;
    this.string_size = 0;
    this.buf_size = 0;
    this.state = 0;
    this.accuSmall = null;
    this.accuLarge = null;
    this.ok = false;
    this.closed = false;
    this.readuniversal = false;
    this.readtranslate = false;
    this.decoder = null;
    this.readnl = null;
    this.writenl = null;
  }
}

// ---------------------------------------------------------------- code points

const ASTRAL = /[\ud800-\udbff][\udc00-\udfff]/;

/** The number of code points of `s`. */
function cpLength(s: string, astral: boolean): number {
  if (!astral) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** The UTF-16 offset of code point `i` of `s` (its end when past it). */
function u16(s: string, astral: boolean, i: number): number {
  if (!astral) return i < s.length ? i : s.length;
  let at = 0;
  for (let k = 0; k < i && at < s.length; k++) at += s.codePointAt(at)! > 0xffff ? 2 : 1;
  return at;
}

function cpSlice(self: StringIOObject, a: number, b: number): string {
  const s = self.buf;
  return s.slice(u16(s, self.astral, a), u16(s, self.astral, b));
}

// ---------------------------------------------------------------- the accumulator (_PyAccu)

function accu_init(self: StringIOObject): void {
  self.accuSmall = PyList_New(0);
  self.accuLarge = null;
}

function accu_destroy(self: StringIOObject): void {
  const small = self.accuSmall;
  const large = self.accuLarge;
  self.accuSmall = null;
  self.accuLarge = null;
  if (small !== null) Py_DECREF(small);
  if (large !== null) Py_DECREF(large);
}

/** join_list_unicode: ''.join(list) (one exact str is returned itself). */
function joinList(list: PyObject): PyObject {
  return PyUnicode_Join(unicode_empty as never, list);
}

/** flush_accumulator: the small pieces joined onto the large list. */
function accu_flush(self: StringIOObject): void {
  const small = self.accuSmall!;
  const n = PyList_GET_SIZE(small);
  if (n === 0) return;
  if (self.accuLarge === null) self.accuLarge = PyList_New(0);
  const joined = joinList(small);
  try {
    PyList_SetSlice(small, 0, n, null);
    PyList_Append(self.accuLarge, joined);
  } finally {
    Py_DECREF(joined);
  }
}

function accu_accumulate(self: StringIOObject, s: PyObject): void {
  PyList_Append(self.accuSmall!, s);
  if (PyList_GET_SIZE(self.accuSmall!) >= 100000) accu_flush(self);
}

/** _PyAccu_Finish: everything accumulated as one str; the accumulator
 *  is spent (its lists released). */
function accu_finish(self: StringIOObject): PyObject {
  if (self.accuLarge === null) {
    const list = self.accuSmall!;
    self.accuSmall = null;
    try {
      return joinList(list);
    } finally {
      Py_DECREF(list);
    }
  }
  accu_flush(self);
  const small = self.accuSmall!;
  const large = self.accuLarge;
  self.accuSmall = null;
  self.accuLarge = null;
  Py_DECREF(small);
  try {
    return joinList(large);
  } finally {
    Py_DECREF(large);
  }
}

// ---------------------------------------------------------------- the buffer

/** resize_buffer: CPython's allocation for `size` characters (one more
 *  for line-ending detection), accounted at 4 bytes a character. */
function resize_buffer(self: StringIOObject, size: number): void {
  let alloc = self.buf_size;
  size = size + 1;
  if (size < alloc / 2) alloc = size + 1;
  else if (size < alloc) return;
  else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else alloc = size + 1;
  accountBytes(4 * (alloc - self.buf_size));
  self.buf_size = alloc;
}

function setBuf(self: StringIOObject, s: string): void {
  self.buf = s;
  self.astral = ASTRAL.test(s);
}

/** make_intermediate: the accumulated text as one str, which becomes
 *  the accumulator's only piece. */
function make_intermediate(self: StringIOObject): PyObject {
  const intermediate = accu_finish(self);
  self.state = STATE_REALIZED;
  accu_init(self);
  accu_accumulate(self, intermediate);
  self.state = STATE_ACCUMULATING;
  return intermediate;
}

/** realize: leave the accumulating state, the text in `buf`. */
function realize(self: StringIOObject): void {
  if (self.state === STATE_REALIZED) return;
  self.state = STATE_REALIZED;
  const intermediate = accu_finish(self);
  const s = PyUnicode_AsString(intermediate);
  Py_DECREF(intermediate);
  setBuf(self, s);
  resize_buffer(self, self.string_size);
}

/** write_str: `obj` written at `pos` (newlines translated as set up). */
function write_str(self: StringIOObject, obj: PyObject): void {
  let decoded = self.decoder !== null ? _PyIncrementalNewlineDecoder_decode(self.decoder, obj, true) : Py_NewRef(obj);
  if (self.writenl !== null) {
    const text = PyUnicode_AsString(decoded);
    const translated = PyUnicode_FromString(text.split("\n").join(PyUnicode_AsString(self.writenl)));
    Py_DECREF(decoded);
    decoded = translated;
  }
  try {
    const text = PyUnicode_AsString(decoded);
    const astral = ASTRAL.test(text);
    const len = cpLength(text, astral);
    if (self.state === STATE_ACCUMULATING) {
      if (self.string_size === self.pos) {
        accu_accumulate(self, decoded);
        self.pos += len;
        if (self.string_size < self.pos) self.string_size = self.pos;
        return;
      }
      realize(self);
    }
    if (self.pos + len > self.string_size) resize_buffer(self, self.pos + len);
    let head: string;
    if (self.pos > self.string_size) head = self.buf + "\0".repeat(self.pos - self.string_size);
    else head = cpSlice(self, 0, self.pos);
    const tail = self.pos + len < self.string_size ? cpSlice(self, self.pos + len, self.string_size) : "";
    self.buf = head + text + tail;
    self.astral = self.astral || astral;
    self.pos += len;
    if (self.string_size < self.pos) self.string_size = self.pos;
  } finally {
    Py_DECREF(decoded);
  }
}

// ---------------------------------------------------------------- checks

function checkInitialized(self: StringIOObject): void {
  if (!self.ok) throw PyErr_Format(PyExc_ValueError, "I/O operation on uninitialized object");
}

/** CHECK_INITIALIZED and CHECK_CLOSED (no full stop, as stringio.c). */
function checkOpen(self: PyObject): StringIOObject {
  const s = self as StringIOObject;
  checkInitialized(s);
  if (s.closed) throw PyErr_Format(PyExc_ValueError, "I/O operation on closed file");
  return s;
}

// ---------------------------------------------------------------- methods

function stringio_getvalue(self: PyObject): PyObject {
  const s = checkOpen(self);
  if (s.state === STATE_ACCUMULATING) return make_intermediate(s);
  return PyUnicode_FromString(s.buf);
}

function stringio_tell(self: PyObject): PyObject {
  return PyLong_FromNumber(checkOpen(self).pos);
}

function stringio_read(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("read", args.length, 0, 1);
  let size = optionalSsize(args[0], -1);
  const s = checkOpen(self);
  const n = s.string_size - s.pos;
  if (size < 0 || size > n) size = n < 0 ? 0 : n;
  // seek(0); read() gives the accumulated text without realizing it.
  if (s.state === STATE_ACCUMULATING && s.pos === 0 && size === n) {
    const result = make_intermediate(s);
    s.pos = s.string_size;
    return result;
  }
  realize(s);
  const out = cpSlice(s, s.pos, s.pos + size);
  s.pos += size;
  return PyUnicode_FromString(out);
}

/** _stringio_readline: up to and with the next line ending, at most
 *  `limit` characters (all when negative). */
function _stringio_readline(s: StringIOObject, limit: number): PyObject {
  if (s.pos >= s.string_size) return PyUnicode_FromString("");
  if (limit < 0 || limit > s.string_size - s.pos) limit = s.string_size - s.pos;
  const start = u16(s.buf, s.astral, s.pos);
  const end = u16(s.buf, s.astral, s.pos + limit);
  const readnl = s.readnl === null ? "" : PyUnicode_AsString(s.readnl);
  const n = _PyIO_find_line_ending(s.readtranslate, s.readuniversal, readnl, s.buf, start, end);
  const line = n < 0 ? s.buf.slice(start, end) : s.buf.slice(start, start + n);
  s.pos += cpLength(line, s.astral);
  return PyUnicode_FromString(line);
}

function stringio_readline(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("readline", args.length, 0, 1);
  const size = optionalSsize(args[0], -1);
  const s = checkOpen(self);
  realize(s);
  return _stringio_readline(s, size);
}

function stringio_iternext(self: PyObject): PyObject | null {
  const s = checkOpen(self);
  realize(s);
  let line: PyObject;
  if (s.ob_type === PyStringIO_Type) {
    line = _stringio_readline(s, -1);
  } else {
    line = PyObject_CallMethodNoArgs(s, _Py_ID("readline"));
    if (!PyUnicode_Check(line)) {
      const name = line.ob_type.tp_name;
      Py_DECREF(line);
      throw PyErr_Format(PyExc_OSError, `readline() should have returned a str object, not '${name}'`);
    }
  }
  if (PyUnicode_AsString(line).length === 0) {
    Py_DECREF(line);
    return null;
  }
  return line;
}

function stringio_truncate(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("truncate", args.length, 0, 1);
  const s0 = self as StringIOObject;
  const size = optionalSsize(args[0], s0.pos);
  const s = checkOpen(self);
  if (size < 0) throw PyErr_Format(PyExc_ValueError, `Negative size value ${size}`);
  if (size < s.string_size) {
    realize(s);
    resize_buffer(s, size);
    setBuf(s, cpSlice(s, 0, size));
    s.string_size = size;
  }
  return PyLong_FromNumber(size);
}

function stringio_seek(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("seek", args.length, 1, 2);
  let pos = ssizeArg(args[0]);
  const whence = args.length > 1 ? intArg(args[1]) : 0;
  const s = checkOpen(self);
  if (whence !== 0 && whence !== 1 && whence !== 2) {
    throw PyErr_Format(PyExc_ValueError, `Invalid whence (${whence}, should be 0, 1 or 2)`);
  }
  if (pos < 0 && whence === 0) throw PyErr_Format(PyExc_ValueError, `Negative seek position ${pos}`);
  if (whence !== 0 && pos !== 0) throw PyErr_Format(PyExc_OSError, "Can't do nonzero cur-relative seeks");
  if (whence === 1) pos = s.pos;
  else if (whence === 2) pos = s.string_size;
  s.pos = pos;
  return PyLong_FromNumber(pos);
}

function stringio_write(self: PyObject, obj: PyObject): PyObject {
  checkInitialized(self as StringIOObject);
  if (!PyUnicode_Check(obj)) {
    throw PyErr_Format(PyExc_TypeError, `string argument expected, got '${obj.ob_type.tp_name}'`);
  }
  const s = checkOpen(self);
  const size = cpLength(PyUnicode_AsString(obj), true);
  if (size > 0) write_str(s, obj);
  return PyLong_FromNumber(size);
}

/** close(): the text and the newline state go; further use raises. */
function stringio_close(self: PyObject): PyObject {
  const s = self as StringIOObject;
  s.closed = true;
  resize_buffer(s, 0);
  setBuf(s, "");
  accu_destroy(s);
  clearNewlineState(s);
  return Py_NewRef(Py_None);
}

function clearNewlineState(s: StringIOObject): void {
  const readnl = s.readnl;
  const writenl = s.writenl;
  const decoder = s.decoder;
  s.readnl = null;
  s.writenl = null;
  s.decoder = null;
  if (readnl !== null) Py_DECREF(readnl);
  if (writenl !== null) Py_DECREF(writenl);
  if (decoder !== null) Py_DECREF(decoder);
}

function trueIfOpen(self: PyObject): PyObject {
  checkOpen(self);
  return PyBool_FromBool(true);
}

// ---------------------------------------------------------------- life cycle

function stringio_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  const s = new StringIOObject(type);
  PyObject_GC_Track(s);
  return s;
}

const initParser = newArgParser("StringIO", ["initial_value", "newline"], 0);

/** __init__(initial_value='', newline='\n'). */
function stringio_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const [value, newlineObj] = _PyArg_UnpackKeywords(args, kwnames, initParser, [null, null]);
  stringio_init_impl(self as StringIOObject, value, newlineObj);
}

function stringio_init_impl(s: StringIOObject, value: PyObject | null, newlineObj: PyObject | null): void {
  let newline: string | null = "\n";
  if (newlineObj === Py_None) {
    newline = null;
  } else if (newlineObj !== null) {
    if (!PyUnicode_Check(newlineObj)) {
      throw PyErr_Format(PyExc_TypeError, `newline must be str or None, not ${newlineObj.ob_type.tp_name}`);
    }
    newline = PyUnicode_AsString(newlineObj);
  }
  if (newline !== null && newline !== "" && newline !== "\n" && newline !== "\r" && newline !== "\r\n") {
    throw PyErr_Format(PyExc_ValueError, `illegal newline value: ${unicode_repr_string(newline)}`);
  }
  if (value !== null && value !== Py_None && !PyUnicode_Check(value)) {
    throw PyErr_Format(PyExc_TypeError, `initial_value must be str or None, not ${value.ob_type.tp_name}`);
  }
  s.ok = false;
  accu_destroy(s);
  clearNewlineState(s);
  if (newline !== null) s.readnl = PyUnicode_FromString(newline);
  s.readuniversal = newline === null || newline === "";
  s.readtranslate = newline === null;
  // newline '' translates nothing; '\n' and None translate to '\n', a
  // no-op for a StringIO.
  if (newline !== null && newline[0] === "\r") s.writenl = Py_NewRef(s.readnl!);
  if (s.readuniversal) {
    const d = new NLDecoderObject(PyIncrementalNewlineDecoder_Type);
    d.decoder = Py_NewRef(Py_None);
    d.errors = Py_NewRef(_Py_ID("strict"));
    d.translate = s.readtranslate;
    s.decoder = d;
  }
  s.string_size = 0;
  setBuf(s, "");
  const valueLen = value !== null && value !== Py_None ? PyUnicode_AsString(value).length : 0;
  resize_buffer(s, 0);
  if (valueLen > 0) {
    s.state = STATE_REALIZED;
    s.pos = 0;
    write_str(s, value!);
  } else {
    accu_init(s);
    s.state = STATE_ACCUMULATING;
  }
  s.pos = 0;
  s.closed = false;
  s.ok = true;
}

function stringio_dealloc(self: PyObject): void {
  const s = self as StringIOObject;
  PyObject_GC_UnTrack(s);
  s.ok = false;
  accountBytes(-4 * s.buf_size);
  s.buf_size = 0;
  s.buf = "";
  accu_destroy(s);
  clearNewlineState(s);
  iobase_clear(s);
  if (s.weakreflist !== null) PyObject_ClearWeakRefs(s);
  PyObject_GC_Del(s);
}

// ---------------------------------------------------------------- pickling

/** __getstate__(): (value, newline, position, dict copy or None). */
function stringio_getstate(self: PyObject): PyObject {
  const s = self as StringIOObject;
  const value = stringio_getvalue(s);
  const readnl = Py_NewRef(s.readnl ?? Py_None);
  const pos = PyLong_FromNumber(s.pos);
  const dict = s.dict === null ? Py_NewRef(Py_None) : PyDict_Copy(s.dict);
  return _PyTuple_FromArraySteal([value, readnl, pos, dict]);
}

function stringio_setstate(self: PyObject, state: PyObject): PyObject {
  const s = self as StringIOObject;
  if (s.closed) throw PyErr_Format(PyExc_ValueError, "I/O operation on closed file");
  if (!PyTuple_Check(state) || PyTuple_GET_SIZE(state) < 4) {
    throw PyErr_Format(
      PyExc_TypeError,
      `${s.ob_type.tp_name}.__setstate__ argument should be 4-tuple, got ${state.ob_type.tp_name}`,
    );
  }
  stringio_init_impl(s, PyTuple_GET_ITEM(state, 0), PyTuple_GET_ITEM(state, 1));
  // The text as saved, not translated again by __init__.
  const item = PyTuple_GET_ITEM(state, 0);
  const text = PyUnicode_Check(item) ? PyUnicode_AsString(item) : "";
  const astral = ASTRAL.test(text);
  const bufsize = cpLength(text, astral);
  resize_buffer(s, bufsize);
  setBuf(s, text);
  s.string_size = bufsize;
  const positionObj = PyTuple_GET_ITEM(state, 2);
  if (!PyLong_Check(positionObj)) {
    throw PyErr_Format(PyExc_TypeError, `third item of state must be an integer, got ${positionObj.ob_type.tp_name}`);
  }
  const pos = ssizeArg(positionObj);
  if (pos < 0) throw PyErr_Format(PyExc_ValueError, "position value cannot be negative");
  s.pos = pos;
  const dict = PyTuple_GET_ITEM(state, 3);
  if (dict !== Py_None) {
    if (!PyDict_Check(dict)) {
      throw PyErr_Format(PyExc_TypeError, `fourth item of state should be a dict, got a ${dict.ob_type.tp_name}`);
    }
    if (s.dict !== null) PyDict_Merge(s.dict, dict, true);
    else s.dict = Py_NewRef(dict);
  }
  return Py_NewRef(Py_None);
}

// ---------------------------------------------------------------- getters

function stringio_closed(self: PyObject): PyObject {
  const s = self as StringIOObject;
  checkInitialized(s);
  return PyBool_FromBool(s.closed);
}

function stringio_line_buffering(self: PyObject): PyObject {
  checkOpen(self);
  return PyBool_FromBool(false);
}

function stringio_newlines(self: PyObject): PyObject {
  const s = checkOpen(self);
  if (s.decoder === null) return Py_NewRef(Py_None);
  return PyObject_GetAttr(s.decoder, _Py_ID("newlines"));
}

export const PyStringIO_Type: PyTypeObject = newStaticType(
  "_io.StringIO",
  120,
  TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
  stringio_dealloc,
  PyTextIOBase_Type,
);
PyStringIO_Type.tp_doc =
  "Text I/O implementation using an in-memory buffer.\n\nThe initial_value argument sets the value of object.  " +
  "The newline\nargument is like the one of TextIOWrapper's constructor.";
PyStringIO_Type.tp_new = stringio_new;
PyStringIO_Type.tp_init = stringio_init;
inheritIOBase(PyStringIO_Type);
PyStringIO_Type.tp_iternext = stringio_iternext;
PyStringIO_Type.tp_methods = [
  {
    name: "close",
    meth: stringio_close,
    flags: METH_NOARGS,
    doc:
      "Close the IO object.\n\nAttempting any further operation after the object is closed\nwill raise a " +
      "ValueError.\n\nThis method has no effect if the file is already closed.",
  },
  { name: "getvalue", meth: stringio_getvalue, flags: METH_NOARGS, doc: "Retrieve the entire contents of the object." },
  {
    name: "read",
    meth: stringio_read,
    flags: METH_FASTCALL,
    doc:
      "Read at most size characters, returned as a string.\n\nIf the argument is negative or omitted, read until " +
      "EOF\nis reached. Return an empty string at EOF.",
  },
  {
    name: "readline",
    meth: stringio_readline,
    flags: METH_FASTCALL,
    doc: "Read until newline or EOF.\n\nReturns an empty string if EOF is hit immediately.",
  },
  { name: "tell", meth: stringio_tell, flags: METH_NOARGS, doc: "Tell the current file position." },
  {
    name: "truncate",
    meth: stringio_truncate,
    flags: METH_FASTCALL,
    doc:
      "Truncate size to pos.\n\nThe pos argument defaults to the current file position, as\nreturned by tell().  " +
      "The current file position is unchanged.\nReturns the new absolute position.",
  },
  {
    name: "seek",
    meth: stringio_seek,
    flags: METH_FASTCALL,
    doc:
      "Change stream position.\n\nSeek to character offset pos relative to position indicated by whence:\n    0  " +
      "Start of stream (the default).  pos should be >= 0;\n    1  Current position - pos must be 0;\n    2  End of " +
      "stream - pos must be 0.\nReturns the new absolute position.",
  },
  {
    name: "write",
    meth: stringio_write,
    flags: METH_O,
    doc:
      "Write string to file.\n\nReturns the number of characters written, which is always equal to\nthe length of " +
      "the string.",
  },
  { name: "seekable", meth: trueIfOpen, flags: METH_NOARGS, doc: "Returns True if the IO object can be seeked." },
  { name: "readable", meth: trueIfOpen, flags: METH_NOARGS, doc: "Returns True if the IO object can be read." },
  { name: "writable", meth: trueIfOpen, flags: METH_NOARGS, doc: "Returns True if the IO object can be written." },
  { name: "__getstate__", meth: stringio_getstate, flags: METH_NOARGS },
  { name: "__setstate__", meth: stringio_setstate, flags: METH_O },
];
PyStringIO_Type.tp_getset = [
  { name: "closed", get: stringio_closed, set: null },
  { name: "newlines", get: stringio_newlines, set: null },
  { name: "line_buffering", get: stringio_line_buffering, set: null },
];
