/**
 * Text I/O's shared parts (CPython's Modules/_io/textio.c): the
 * `_TextIOBase` class, `IncrementalNewlineDecoder` (universal newlines:
 * `\r\n` and `\r` read as `\n`, and a record of which were seen), and
 * `_PyIO_find_line_ending`, the line search StringIO's readline uses.
 * TextIOWrapper itself, which needs a binary buffer underneath, is not
 * here (io.ts).
 *
 * IncrementalNewlineDecoder is a plain object (no GC header, as in
 * CPython) owning its wrapped decoder (None for str input) and its
 * `errors` value; `pendingcr` holds back a final `\r` until the next
 * input shows whether `\n` follows.
 */
import { PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { PyObject_Free } from "../heap/gc.js";
import { newStaticType, type PyTypeObject } from "../objects/typeobject.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O } from "../objects/methoddef.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyLong_AsBigInt, PyLong_Check, PyLong_FromBigInt } from "../objects/longobject.js";
import { PyBytes_FromArray } from "../objects/bytesobject.js";
import { PyTuple_Check, PyTuple_GET_ITEM, PyTuple_GET_SIZE, _PyTuple_FromArraySteal } from "../objects/tupleobject.js";
import { Py_False, Py_True } from "../objects/longobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.js";
import { newArgParser, _PyArg_UnpackKeywords } from "../objects/getargs.js";
import { PyObject_CallMethodNoArgs, PyObject_CallMethodObjArgs } from "../objects/call.js";
import { _Py_ID } from "../objects/identifiers.js";
import { inheritIOBase, intArg, PyIOBase_Type, unsupported } from "./io-iobase.js";

// ---------------------------------------------------------------- _TextIOBase

const unsupportedMethod = (name: string) => (): PyObject => {
  throw unsupported(name);
};

const noneGetter = (): PyObject => Py_NewRef(Py_None);

export const PyTextIOBase_Type: PyTypeObject = newStaticType(
  "_io._TextIOBase",
  32,
  TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
  PyIOBase_Type.tp_dealloc,
  PyIOBase_Type,
);
PyTextIOBase_Type.tp_doc =
  "Base class for text I/O.\n\nThis class provides a character and line based interface to stream\nI/O. There " +
  "is no readinto method because Python's character strings\nare immutable.\n";
inheritIOBase(PyTextIOBase_Type);
PyTextIOBase_Type.tp_methods = [
  {
    name: "detach",
    meth: unsupportedMethod("detach"),
    flags: METH_NOARGS,
    doc:
      "Separate the underlying buffer from the TextIOBase and return it.\n\nAfter the underlying buffer has been " +
      "detached, the TextIO is in an\nunusable state.\n",
  },
  {
    name: "read",
    meth: unsupportedMethod("read"),
    flags: METH_FASTCALL,
    doc:
      "Read at most n characters from stream.\n\nRead from underlying buffer until we have n characters or we hit " +
      "EOF.\nIf n is negative or omitted, read until EOF.\n",
  },
  {
    name: "readline",
    meth: unsupportedMethod("readline"),
    flags: METH_FASTCALL,
    doc: "Read until newline or EOF.\n\nReturns an empty string if EOF is hit immediately.\n",
  },
  {
    name: "write",
    meth: unsupportedMethod("write"),
    flags: METH_FASTCALL,
    doc:
      "Write string to stream.\nReturns the number of characters written (which is always equal to\nthe length " +
      "of the string).\n",
  },
];
PyTextIOBase_Type.tp_getset = [
  {
    name: "encoding",
    get: noneGetter,
    set: null,
    doc: "Encoding of the text stream.\n\nSubclasses should override.\n",
  },
  {
    name: "newlines",
    get: noneGetter,
    set: null,
    doc:
      "Line endings translated so far.\n\nOnly line endings translated during reading are considered.\n\nSubclasses " +
      "should override.\n",
  },
  {
    name: "errors",
    get: noneGetter,
    set: null,
    doc: "The error setting of the decoder or encoder.\n\nSubclasses should override.\n",
  },
];

// ---------------------------------------------------------------- _PyIO_find_line_ending

/**
 * _PyIO_find_line_ending over s[start:end]: the length of the first line
 * with its ending, or -1 when no line ends there. `translated`: only
 * `\n` ends a line; `universal`: `\n`, `\r` or `\r\n` (not split by
 * `end`); otherwise `readnl` does.
 */
export function _PyIO_find_line_ending(
  translated: boolean,
  universal: boolean,
  readnl: string,
  s: string,
  start: number,
  end: number,
): number {
  if (translated) {
    const pos = s.indexOf("\n", start);
    return pos >= 0 && pos < end ? pos - start + 1 : -1;
  }
  if (universal) {
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) return i - start + 1;
      if (c === 13) return i + 1 < end && s.charCodeAt(i + 1) === 10 ? i - start + 2 : i - start + 1;
    }
    return -1;
  }
  const pos = s.indexOf(readnl, start);
  return pos >= 0 && pos + readnl.length <= end ? pos - start + readnl.length : -1;
}

// ---------------------------------------------------------------- IncrementalNewlineDecoder

const SEEN_CR = 1;
const SEEN_LF = 2;
const SEEN_CRLF = 4;

export class NLDecoderObject extends PyObject {
  /** The wrapped incremental decoder (None: the input is str) and the
   *  `errors` value; both null until __init__ (owned). */
  decoder: PyObject | null;
  errors: PyObject | null;
  pendingcr: boolean;
  translate: boolean;
  seennl: number;
  constructor(type: PyTypeObject) {
    super(type, 40);
    this.decoder = null;
    this.errors = null;
    this.pendingcr = false;
    this.translate = false;
    this.seennl = 0;
  }
}

function nldecoder_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  return new NLDecoderObject(type);
}

function nldecoder_dealloc(self: PyObject): void {
  const d = self as NLDecoderObject;
  const decoder = d.decoder;
  const errors = d.errors;
  d.decoder = null;
  d.errors = null;
  if (decoder !== null) Py_DECREF(decoder);
  if (errors !== null) Py_DECREF(errors);
  PyObject_Free(d);
}

const initParser = newArgParser("IncrementalNewlineDecoder", ["decoder", "translate", "errors"], 2);

/** __init__(decoder, translate, errors='strict'). */
function nldecoder_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const [decoder, translate, errors] = _PyArg_UnpackKeywords(args, kwnames, initParser, [null, null, null]);
  const d = self as NLDecoderObject;
  const tr = intArg(translate!);
  const oldErrors = d.errors;
  d.errors = Py_NewRef(errors ?? _Py_ID("strict"));
  if (oldErrors !== null) Py_DECREF(oldErrors);
  const oldDecoder = d.decoder;
  d.decoder = Py_NewRef(decoder!);
  if (oldDecoder !== null) Py_DECREF(oldDecoder);
  d.translate = tr !== 0;
  d.seennl = 0;
  d.pendingcr = false;
}

function checkInitialized(d: NLDecoderObject): void {
  if (d.errors === null) {
    throw PyErr_Format(PyExc_ValueError, "IncrementalNewlineDecoder.__init__() not called");
  }
}

/** The kinds of line ending in `s` (\r\n counts as one, not \r and \n). */
function newlineKinds(s: string): number {
  let seen = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) seen |= SEEN_LF;
    else if (c === 13) {
      if (i + 1 < s.length && s.charCodeAt(i + 1) === 10) {
        seen |= SEEN_CRLF;
        i++;
      } else seen |= SEEN_CR;
    }
  }
  return seen;
}

/**
 * _PyIncrementalNewlineDecoder_decode: `input` through the wrapped
 * decoder, a `\r` held back from the last call put in front, a final
 * `\r` held back (unless `final`), the line endings recorded, and with
 * `translate` each `\r\n` and `\r` made `\n`. A new reference to a str.
 */
export function _PyIncrementalNewlineDecoder_decode(self: PyObject, input: PyObject, final: boolean): PyObject {
  const d = self as NLDecoderObject;
  checkInitialized(d);
  let output: PyObject;
  if (d.decoder !== Py_None) {
    output = PyObject_CallMethodObjArgs(d.decoder!, _Py_ID("decode"), [input, final ? Py_True : Py_False]);
  } else {
    output = Py_NewRef(input);
  }
  if (!PyUnicode_Check(output)) {
    const name = output.ob_type.tp_name;
    Py_DECREF(output);
    throw PyErr_Format(PyExc_TypeError, `decoder should return a string result, not '${name}'`);
  }
  let s = PyUnicode_AsString(output);
  let changed = false;
  if (d.pendingcr && (final || s.length > 0)) {
    s = `\r${s}`;
    d.pendingcr = false;
    changed = true;
  }
  if (!final && s.length > 0 && s.charCodeAt(s.length - 1) === 13) {
    s = s.slice(0, -1);
    d.pendingcr = true;
    changed = true;
  }
  if (s.length > 0) {
    d.seennl |= newlineKinds(s);
    if (d.translate && s.includes("\r")) {
      s = s.replace(/\r\n?/g, "\n");
      changed = true;
    }
  }
  if (!changed) return output;
  Py_DECREF(output);
  return PyUnicode_FromString(s);
}

const decodeParser = newArgParser("decode", ["input", "final"], 1);

function nldecoder_decode(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [input, final] = _PyArg_UnpackKeywords(args, kwnames, decodeParser, [null, null]);
  return _PyIncrementalNewlineDecoder_decode(self, input!, final === null ? false : intArg(final) !== 0);
}

/** getstate(): (the wrapped decoder's buffer, its flag << 1 | pendingcr). */
function nldecoder_getstate(self: PyObject): PyObject {
  const d = self as NLDecoderObject;
  checkInitialized(d);
  let buffer: PyObject;
  let flag: bigint;
  if (d.decoder !== Py_None) {
    const state = PyObject_CallMethodNoArgs(d.decoder!, _Py_ID("getstate"));
    try {
      if (!PyTuple_Check(state)) throw PyErr_Format(PyExc_TypeError, "illegal decoder state");
      [buffer, flag] = stateItems(state, "illegal decoder state");
    } finally {
      Py_DECREF(state);
    }
  } else {
    buffer = PyBytes_FromArray(new Uint8Array(0));
    flag = 0n;
  }
  flag <<= 1n;
  if (d.pendingcr) flag |= 1n;
  return _PyTuple_FromArraySteal([buffer, PyLong_FromBigInt(flag)]);
}

/** The (buffer, flag) of a state tuple (PyArg_ParseTuple's "OK"): a new
 *  reference to the buffer, the flag as an unsigned 64-bit mask. */
function stateItems(state: PyObject, message: string): [PyObject, bigint] {
  if (PyTuple_GET_SIZE(state) !== 2) throw PyErr_Format(PyExc_TypeError, message);
  const flagObj = PyTuple_GET_ITEM(state, 1);
  if (!PyLong_Check(flagObj)) throw PyErr_Format(PyExc_TypeError, message);
  const flag = BigInt.asUintN(64, PyLong_AsBigInt(flagObj));
  return [Py_NewRef(PyTuple_GET_ITEM(state, 0)), flag];
}

function nldecoder_setstate(self: PyObject, state: PyObject): PyObject {
  const d = self as NLDecoderObject;
  checkInitialized(d);
  if (!PyTuple_Check(state)) throw PyErr_Format(PyExc_TypeError, "state argument must be a tuple");
  const [buffer, flagAll] = stateItems(state, "setstate(): illegal state argument");
  try {
    d.pendingcr = (flagAll & 1n) !== 0n;
    if (d.decoder === Py_None) return Py_NewRef(Py_None);
    const flag = PyLong_FromBigInt(flagAll >> 1n);
    const inner = _PyTuple_FromArraySteal([Py_NewRef(buffer), flag]);
    try {
      return PyObject_CallMethodObjArgs(d.decoder!, _Py_ID("setstate"), [inner]);
    } finally {
      Py_DECREF(inner);
    }
  } finally {
    Py_DECREF(buffer);
  }
}

function nldecoder_reset(self: PyObject): PyObject {
  const d = self as NLDecoderObject;
  checkInitialized(d);
  d.seennl = 0;
  d.pendingcr = false;
  if (d.decoder !== Py_None) return PyObject_CallMethodNoArgs(d.decoder!, _Py_ID("reset"));
  return Py_NewRef(Py_None);
}

/** newlines: the endings seen, one str, a tuple of them, or None. */
function nldecoder_newlines_get(self: PyObject): PyObject {
  const d = self as NLDecoderObject;
  checkInitialized(d);
  const kinds: string[] = [];
  if ((d.seennl & SEEN_CR) !== 0) kinds.push("\r");
  if ((d.seennl & SEEN_LF) !== 0) kinds.push("\n");
  if ((d.seennl & SEEN_CRLF) !== 0) kinds.push("\r\n");
  if (kinds.length === 0) return Py_NewRef(Py_None);
  if (kinds.length === 1) return PyUnicode_FromString(kinds[0]);
  return _PyTuple_FromArraySteal(kinds.map((k) => PyUnicode_FromString(k)));
}

export const PyIncrementalNewlineDecoder_Type: PyTypeObject = newStaticType(
  "_io.IncrementalNewlineDecoder",
  40,
  TPFLAGS_BASETYPE,
  nldecoder_dealloc,
);
PyIncrementalNewlineDecoder_Type.tp_doc =
  "Codec used when reading a file in " +
  "universal newlines mode.\n\nIt wraps another incremental decoder, translating \\r\\n and \\r into \\n.\nIt also " +
  "records the types of newlines encountered.  When used with\ntranslate=False, it ensures that the newline " +
  "sequence is returned in\none piece. When used with decoder=None, it expects unicode strings as\ndecode input " +
  "and translates newlines without first invoking an external\ndecoder.";
PyIncrementalNewlineDecoder_Type.tp_new = nldecoder_new;
PyIncrementalNewlineDecoder_Type.tp_init = nldecoder_init;
PyIncrementalNewlineDecoder_Type.tp_methods = [
  { name: "decode", meth: nldecoder_decode, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "getstate", meth: nldecoder_getstate, flags: METH_NOARGS },
  { name: "setstate", meth: nldecoder_setstate, flags: METH_O },
  { name: "reset", meth: nldecoder_reset, flags: METH_NOARGS },
];
PyIncrementalNewlineDecoder_Type.tp_getset = [{ name: "newlines", get: nldecoder_newlines_get, set: null }];
