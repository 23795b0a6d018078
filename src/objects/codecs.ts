/**
 * Text codecs: `str.encode`, `bytes.decode`, `str(b, encoding)` and
 * `bytes(s, encoding)` with CPython 3.11's codec names, error handlers and
 * errors. The codecs are those of Objects/unicodeobject.c (UTF-8, ASCII,
 * Latin-1, UTF-16, UTF-32, unicode_escape and raw_unicode_escape, plus
 * UTF-8 with a BOM); the error handlers and the lookup are
 * Python/codecs.c's.
 *
 * Names. An encoding name is normalised as _Py_normalize_encoding does
 * (lower case; each run of characters other than letters, digits and '.'
 * becomes one '_'), then looked up in the aliases of Lib/encodings/
 * aliases.py (`u8`, `latin1`, `iso-8859-1`, `us-ascii`, …). CPython's
 * codecs that are not text codecs (`hex`, `base64`, `rot13`, …) give its
 * "is not a text encoding" LookupError; any other name gives "unknown
 * encoding".
 *
 * Errors. An encoder or decoder that meets what it cannot handle calls
 * the error handler named by `errors`, with CPython's range and reason:
 * the built-in handlers (strict, ignore, replace, backslashreplace,
 * surrogateescape, surrogatepass, xmlcharrefreplace) run natively, as
 * CPython's fast paths do, and an exception object is made only when one
 * is raised; any other name is looked up in the registry the `codecs`
 * module fills (codecs.register_error) and called with a
 * UnicodeEncodeError / UnicodeDecodeError, its (replacement, position)
 * result checked as CPython checks it. An unknown name is an error only
 * when an error occurs ("unknown error handler name 'x'"), as in CPython.
 *
 * Strings are JS strings (unicodeobject.ts); positions in errors are code
 * point indices, as Python's.
 */
import { GC_UNCOUNTED, type PyGCObject, type PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import {
  freelist,
  _PyObject_GC_LinkUnrepresented,
  _PyObject_GC_NewUncounted,
  _PyObject_GC_UnlinkUnrepresented,
} from "../heap/gc.js";
import { heapCheck } from "../heap/allocator.js";
import { PyErr_Format, PyErr_NewWithArgs, _PyErr_NormalizeException } from "./errors.js";
import {
  PyExc_BaseException,
  PyExc_DeprecationWarning,
  PyExc_IndexError,
  PyExc_LookupError,
  PyExc_RuntimeWarning,
  PyExc_TypeError,
  PyExc_UnicodeDecodeError,
  PyExc_UnicodeEncodeError,
  PyExc_UnicodeTranslateError,
} from "./exceptions.js";
import { PyUnicodeObject, PyUnicode_FromString } from "./unicodeobject.js";
import { PyBytesObject, PyBytes_FromStringAndSize } from "./bytesobject.js";
import { PyLongObject, PyLong_FromNumber, PyLong_AsNumber } from "./longobject.js";
import { PyTupleObject, _PyTuple_FromArray, _PyTuple_FromArraySteal } from "./tupleobject.js";
import { PyObject_CallOneArg } from "./call.js";
import { PyDict_GetItemString } from "./dictobject.js";
import { PyBaseObject_Type, PyType_IsSubtype, type PyTypeObject } from "./typeobject.js";
import { PyBUF_SIMPLE, PyBuffer_Data, PyBuffer_Release, PyObject_GetBuffer } from "./buffer.js";
import { PyObject_GetAttrString, _PyObject_LookupAttrString } from "./object.js";
import { PyTuple_Type } from "./tupleobject.js";
import { PyUnicode_Type } from "./unicodeobject.js";
import { PyObject_Call } from "./call.js";
import { PyDict_Clear, PyDict_GetItem, PyDict_SetItem, PyDict_Size } from "./dictobject.js";
import { PyList_Append, PyList_GET_ITEM, PyList_GET_SIZE, PyList_SetSlice } from "./listobject.js";
import { PyObject_IsTrue, PyObject_Str } from "./abstract.js";
import { PyBaseExceptionObject } from "./exceptions.js";
import { _PyErr_IsPlainExceptionType } from "./exceptions-init.js";
import { PyMemoryView_FromObject } from "./memoryobject.js";
import { PyErr_WarnEx } from "./warnings.js";
import { Py_None } from "./noneobject.js";
import { UCD_CURRENT } from "../unicode/ucd.js";

/** A memoryview over a copy of `data` (what PyUnicode_Decode hands a codec). */
function PyMemoryView_FromBytes(data: Uint8Array): PyObject {
  const b = PyBytes_FromStringAndSize(data);
  try {
    return PyMemoryView_FromObject(b);
  } finally {
    Py_DECREF(b);
  }
}

// ---------------------------------------------------------------- names

/** _Py_normalize_encoding: lower case, each run of other characters one '_'. */
export function normalizeEncoding(name: string): string {
  let out = "";
  let punct = false;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    const code = c.charCodeAt(0);
    const alnum = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (alnum || c === ".") {
      if (punct && out.length > 0) out += "_";
      punct = false;
      out += c.toLowerCase();
    } else punct = true;
  }
  return out;
}

/** A codec of the registry: `name` is its CodecInfo.name. */
export interface Codec {
  readonly name: string;
  readonly text: boolean;
  /** str -> bytes (null for the codecs refpy does not implement). */
  readonly encode: ((s: PyUnicodeObject, errors: string | null) => Uint8Array) | null;
  /** bytes -> str. */
  readonly decode: ((d: Uint8Array, errors: string | null) => string) | null;
}

/** The codecs refpy runs natively, by their `_codecs` function names:
 *  the fast paths of str.encode / bytes.decode and the codec functions. */
export const CODECS: Record<string, Codec> = {
  utf_8: { name: "utf-8", text: true, encode: (s, e) => encodeUTF8(s, e), decode: (d, e) => decodeUTF8(d, e) },
  ascii: { name: "ascii", text: true, encode: (s, e) => encodeUCS1(s, e, 128), decode: (d, e) => decodeASCII(d, e) },
  latin_1: { name: "iso8859-1", text: true, encode: (s, e) => encodeUCS1(s, e, 256), decode: (d) => decodeLatin1(d) },
  utf_16: {
    name: "utf-16",
    text: true,
    encode: (s, e) => encodeUTF16(s, e, 0),
    decode: (d, e) => decodeUTF16(d, e, 0, true).text,
  },
  utf_16_le: {
    name: "utf-16-le",
    text: true,
    encode: (s, e) => encodeUTF16(s, e, -1),
    decode: (d, e) => decodeUTF16(d, e, -1, true).text,
  },
  utf_16_be: {
    name: "utf-16-be",
    text: true,
    encode: (s, e) => encodeUTF16(s, e, 1),
    decode: (d, e) => decodeUTF16(d, e, 1, true).text,
  },
  utf_32: {
    name: "utf-32",
    text: true,
    encode: (s, e) => encodeUTF32(s, e, 0),
    decode: (d, e) => decodeUTF32(d, e, 0, true).text,
  },
  utf_32_le: {
    name: "utf-32-le",
    text: true,
    encode: (s, e) => encodeUTF32(s, e, -1),
    decode: (d, e) => decodeUTF32(d, e, -1, true).text,
  },
  utf_32_be: {
    name: "utf-32-be",
    text: true,
    encode: (s, e) => encodeUTF32(s, e, 1),
    decode: (d, e) => decodeUTF32(d, e, 1, true).text,
  },
  unicode_escape: {
    name: "unicode-escape",
    text: true,
    encode: (s) => encodeUnicodeEscape(s),
    decode: (d, e) => decodeUnicodeEscape(d, e, true).text,
  },
  raw_unicode_escape: {
    name: "raw-unicode-escape",
    text: true,
    encode: (s) => encodeRawUnicodeEscape(s),
    decode: (d, e) => decodeRawUnicodeEscape(d, e, true).text,
  },
};

// ---------------------------------------------------------------- the registry

/*
 * Python/codecs.c's registry: the search functions (a list) and the cache
 * of their answers by normalised name (a dict). Both belong to the
 * `_codecs` module (the bound self of its register / unregister / lookup,
 * so the collector and the audit see them), which hands them here as it
 * starts. The first lookup or registration of a run imports `encodings`
 * (one try, as _PyCodecRegistry_Init), whose search function finds the
 * codec modules of Lib/encodings.
 */
let searchPath: PyObject | null = null;
let searchCache: PyObject | null = null;
let registryInitialised = false;
let importEncodings: (() => void) | null = null;

/** The `_codecs` module's search path and cache (borrowed), or null. */
export function _PyCodec_SetSearchRegistry(path: PyObject | null, cache: PyObject | null): void {
  searchPath = path;
  searchCache = cache;
  if (path === null) registryInitialised = false;
}

/** How the registry imports `encodings` (set by the import layer). */
export function _PyCodec_SetRegistryInit(hook: () => void): void {
  importEncodings = hook;
}

/** _PyCodecRegistry_Init, once per run: import `encodings`. */
function codecRegistryInit(): void {
  if (registryInitialised && searchPath !== null) return;
  registryInitialised = true;
  if (importEncodings === null)
    throw PyErr_Format(PyExc_LookupError, "no codec search functions registered: can't find encoding");
  importEncodings();
}

/** PyCodec_Register. */
export function PyCodec_Register(search_function: PyObject): void {
  codecRegistryInit();
  if (search_function.ob_type.tp_call === null) throw PyErr_Format(PyExc_TypeError, "argument must be callable");
  PyList_Append(searchPath!, search_function);
}

/** PyCodec_Unregister. */
export function PyCodec_Unregister(search_function: PyObject): void {
  if (searchPath === null) return;
  const n = PyList_GET_SIZE(searchPath);
  for (let i = 0; i < n; i++) {
    if (PyList_GET_ITEM(searchPath, i) === search_function) {
      if (searchCache !== null) PyDict_Clear(searchCache);
      PyList_SetSlice(searchPath, i, i + 1, null);
      return;
    }
  }
}

/** _PyCodec_Lookup: the CodecInfo (a new reference) for `encoding`, or LookupError. */
export function _PyCodec_Lookup(encoding: string): PyObject {
  codecRegistryInit();
  const v = PyUnicode_FromString(normalizeEncoding(encoding));
  try {
    const cached = PyDict_GetItem(searchCache!, v);
    if (cached !== null) return Py_NewRef(cached);
    const len = PyList_GET_SIZE(searchPath!);
    if (len === 0) {
      throw PyErr_Format(PyExc_LookupError, "no codec search functions registered: can't find encoding");
    }
    for (let i = 0; i < len && i < PyList_GET_SIZE(searchPath!); i++) {
      const func = Py_NewRef(PyList_GET_ITEM(searchPath!, i));
      let result: PyObject;
      try {
        result = PyObject_CallOneArg(func, v);
      } finally {
        Py_DECREF(func);
      }
      if (result === Py_None) {
        Py_DECREF(result);
        continue;
      }
      if (!(result instanceof PyTupleObject) || result.ob_item.length !== 4) {
        Py_DECREF(result);
        throw PyErr_Format(PyExc_TypeError, "codec search functions must return 4-tuples");
      }
      try {
        PyDict_SetItem(searchCache!, v, result);
      } catch (e) {
        Py_DECREF(result);
        throw e;
      }
      return result;
    }
    throw PyErr_Format(PyExc_LookupError, `unknown encoding: ${encoding}`);
  } finally {
    Py_DECREF(v);
  }
}

/** _PyCodec_LookupTextEncoding: the CodecInfo, unless it says it is not a text encoding. */
export function lookupTextEncoding(encoding: string, alternate: string): PyObject {
  const codec = _PyCodec_Lookup(encoding);
  if (codec.ob_type !== PyTuple_Type) {
    let attr: PyObject | null;
    try {
      attr = _PyObject_LookupAttrString(codec, "_is_text_encoding");
    } catch (e) {
      Py_DECREF(codec);
      throw e;
    }
    if (attr !== null) {
      let isText: boolean;
      try {
        isText = PyObject_IsTrue(attr);
      } catch (e) {
        Py_DECREF(codec);
        throw e;
      } finally {
        Py_DECREF(attr);
      }
      if (!isText) {
        Py_DECREF(codec);
        throw PyErr_Format(
          PyExc_LookupError,
          `'${encoding}' is not a text encoding; use ${alternate} to handle arbitrary codecs`,
        );
      }
    }
  }
  return codec;
}

/**
 * wrap_codec_error (_PyErr_TrySetFromCause): an exception of a plain
 * type (BaseException's __new__ and __init__, no more state, at most one
 * str argument, no attributes of its own) becomes a new one of the same
 * type saying which codec failed, caused by the original; any other is
 * left as it is.
 */
function wrapCodecError(exc: PyObject, operation: string, encoding: string): PyObject {
  if (!(exc instanceof PyBaseExceptionObject)) return exc;
  const t = exc.ob_type;
  if (!_PyErr_IsPlainExceptionType(t)) return exc;
  // Normalized to read its arguments; the new one is normalized too.
  _PyErr_NormalizeException(exc);
  const args = exc.args;
  if (args instanceof PyTupleObject) {
    const n = args.ob_item.length;
    if (n > 1 || (n === 1 && args.ob_item[0].ob_type !== PyUnicode_Type)) return exc;
  }
  if (exc.dict !== null && PyDict_Size(exc.dict) !== 0) return exc;
  let text: string;
  try {
    const s = PyObject_Str(exc);
    text = (s as PyUnicodeObject).str;
    Py_DECREF(s);
  } catch (e) {
    Py_DECREF(e as PyObject);
    return exc;
  }
  const wrapped = PyErr_Format(t, `${operation} with '${encoding}' codec failed (${t.tp_name}: ${text})`);
  _PyErr_NormalizeException(wrapped);
  if (wrapped instanceof PyBaseExceptionObject) {
    wrapped.cause = exc;
    wrapped.suppress_context = true;
  } else Py_DECREF(exc);
  return wrapped;
}

/** _PyCodec_EncodeInternal / _PyCodec_DecodeInternal: call the codec's
 *  function (element `index` of the CodecInfo) and take the first item
 *  of the tuple it returns. */
function callCodec(codec: PyObject, index: number, obj: PyObject, encoding: string, errors: string | null): PyObject {
  const encode = index === 0;
  const func = Py_NewRef((codec as PyTupleObject).ob_item[index]);
  Py_DECREF(codec);
  let result: PyObject;
  try {
    // args_tuple: the arguments as a tuple (an allocation the collector
    // counts), called with PyObject_Call and held until the call returns.
    const errs = errors === null ? null : PyUnicode_FromString(errors);
    const args = errs === null ? [obj] : [obj, errs];
    const argsTuple = _PyTuple_FromArray(args);
    if (errs !== null) Py_DECREF(errs);
    try {
      result = PyObject_Call(func, args, null);
    } finally {
      Py_DECREF(argsTuple);
    }
  } catch (e) {
    throw wrapCodecError(e as PyObject, encode ? "encoding" : "decoding", encoding);
  } finally {
    Py_DECREF(func);
  }
  try {
    if (!(result instanceof PyTupleObject) || result.ob_item.length !== 2) {
      throw PyErr_Format(
        PyExc_TypeError,
        encode ? "encoder must return a tuple (object, integer)" : "decoder must return a tuple (object,integer)",
      );
    }
    return Py_NewRef(result.ob_item[0]);
  } finally {
    Py_DECREF(result);
  }
}

/** PyCodec_Encode: codecs.encode(obj, encoding, errors). */
export function PyCodec_Encode(obj: PyObject, encoding: string, errors: string | null): PyObject {
  return callCodec(_PyCodec_Lookup(encoding), 0, obj, encoding, errors);
}

/** PyCodec_Decode: codecs.decode(obj, encoding, errors). */
export function PyCodec_Decode(obj: PyObject, encoding: string, errors: string | null): PyObject {
  return callCodec(_PyCodec_Lookup(encoding), 1, obj, encoding, errors);
}

/** The fast paths of PyUnicode_AsEncodedString / PyUnicode_Decode. */
function fastPath(encoding: string): string | null {
  const lower = normalizeEncoding(encoding);
  switch (lower) {
    case "utf_8":
    case "utf8":
      return "utf_8";
    case "utf_16":
    case "utf16":
      return "utf_16";
    case "utf_32":
    case "utf32":
      return "utf_32";
    case "ascii":
    case "us_ascii":
      return "ascii";
    case "latin1":
    case "latin_1":
    case "iso_8859_1":
    case "iso8859_1":
      return "latin_1";
    default:
      return null;
  }
}

// ---------------------------------------------------------------- entry points

/** PyByteArray_Check (by the type's bases: bytearrayobject.ts imports this file). */
function isByteArray(o: PyObject): boolean {
  for (let t: PyTypeObject | null = o.ob_type; t !== null; t = t.tp_base) if (t.tp_name === "bytearray") return true;
  return false;
}

/** PyUnicode_AsEncodedString: `s` encoded (a new bytes). */
export function PyUnicode_AsEncodedString(
  s: PyUnicodeObject,
  encoding: string | null,
  errors: string | null,
): PyObject {
  const fast = encoding === null ? "utf_8" : fastPath(encoding);
  if (fast !== null) return PyBytes_FromStringAndSize(CODECS[fast].encode!(s, errors));
  const v = callCodec(lookupTextEncoding(encoding!, "codecs.encode()"), 0, s, encoding!, errors);
  if (v instanceof PyBytesObject) return v;
  if (isByteArray(v)) {
    try {
      PyErr_WarnEx(
        PyExc_RuntimeWarning,
        `encoder ${encoding} returned bytearray instead of bytes; use codecs.encode() to encode to arbitrary types`,
        1,
      );
      const view = PyObject_GetBuffer(v, PyBUF_SIMPLE);
      const data = PyBuffer_Data(view).slice();
      PyBuffer_Release(view);
      return PyBytes_FromStringAndSize(data);
    } finally {
      Py_DECREF(v);
    }
  }
  const tname = v.ob_type.tp_name;
  Py_DECREF(v);
  throw PyErr_Format(
    PyExc_TypeError,
    `'${encoding}' encoder returned '${tname}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`,
  );
}

/** PyUnicode_Decode: `data` decoded (a new str). */
export function PyUnicode_Decode(data: Uint8Array, encoding: string | null, errors: string | null): PyObject {
  const fast = encoding === null ? "utf_8" : fastPath(encoding);
  if (fast !== null) {
    if (data.length === 0) return PyUnicode_FromString("");
    return PyUnicode_FromString(CODECS[fast].decode!(data, errors));
  }
  const codec = lookupTextEncoding(encoding!, "codecs.decode()");
  const buffer = PyMemoryView_FromBytes(data);
  let v: PyObject;
  try {
    v = callCodec(codec, 1, buffer, encoding!, errors);
  } finally {
    Py_DECREF(buffer);
  }
  if (v instanceof PyUnicodeObject) return v;
  const tname = v.ob_type.tp_name;
  Py_DECREF(v);
  throw PyErr_Format(
    PyExc_TypeError,
    `'${encoding}' decoder returned '${tname}' instead of 'str'; use codecs.decode() to decode to arbitrary types`,
  );
}

/** PyUnicode_FromEncodedObject: str(obj, encoding, errors) for a bytes-like `obj`. */
export function PyUnicode_FromEncodedObject(obj: PyObject, encoding: string | null, errors: string | null): PyObject {
  if (obj instanceof PyBytesObject) return PyUnicode_Decode(obj.ob_sval, encoding, errors);
  if (obj instanceof PyUnicodeObject) throw PyErr_Format(PyExc_TypeError, "decoding str is not supported");
  let data: Uint8Array;
  try {
    const view = PyObject_GetBuffer(obj, PyBUF_SIMPLE);
    data = PyBuffer_Data(view).slice();
    PyBuffer_Release(view);
  } catch (e) {
    Py_DECREF(e as PyObject);
    throw PyErr_Format(PyExc_TypeError, `decoding to str: need a bytes-like object, ${obj.ob_type.tp_name} found`);
  }
  return PyUnicode_Decode(data, encoding, errors);
}

// ---------------------------------------------------------------- code points

/** The code points of a str (a surrogate pair is one, a lone surrogate one). */
export function codePointsOf(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/** Decoded text in pieces (String.fromCharCode of many units at once). */
export class TextWriter {
  parts: string[];
  units: number[];
  constructor() {
    this.parts = [];
    this.units = [];
  }
  /** Append a code point. */
  put(c: number): void {
    if (c >= 0x10000) {
      c -= 0x10000;
      this.units.push(0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff));
    } else this.units.push(c);
    if (this.units.length >= 8192) this.flush();
  }
  putString(s: string): void {
    this.flush();
    this.parts.push(s);
  }
  flush(): void {
    if (this.units.length > 0) {
      this.parts.push(String.fromCharCode.apply(null, this.units));
      this.units = [];
    }
  }
  finish(): string {
    this.flush();
    return this.parts.join("");
  }
}

/** Encoded bytes, grown as needed. */
export class ByteWriter {
  buf: Uint8Array;
  len: number;
  constructor(hint: number) {
    heapCheck(hint);
    this.buf = new Uint8Array(Math.max(16, hint));
    this.len = 0;
  }
  reserve(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const size = Math.max(this.len + n, this.buf.length * 2);
    heapCheck(size);
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  put(b: number): void {
    if (this.len === this.buf.length) this.reserve(1);
    this.buf[this.len++] = b;
  }
  putBytes(d: Uint8Array): void {
    this.reserve(d.length);
    this.buf.set(d, this.len);
    this.len += d.length;
  }
  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

// ---------------------------------------------------------------- error handlers

/** What the codec hands its error handler (the fields of the exception
 *  CPython would make for it). */
export interface EncodeErrorInfo {
  encoding: string;
  str: PyUnicodeObject;
  cps: number[];
  start: number;
  end: number;
  reason: string;
}
interface DecodeErrorInfo {
  encoding: string;
  data: Uint8Array;
  start: number;
  end: number;
  reason: string;
}

/** The handler's answer: the replacement (text, or bytes for an encoder)
 *  and where to go on. */
type EncodeReplacement = [string | Uint8Array, number];
type DecodeReplacement = [string, number];

const BUILTIN_HANDLERS = new Set([
  "strict",
  "ignore",
  "replace",
  "backslashreplace",
  "xmlcharrefreplace",
  "namereplace",
  "surrogateescape",
  "surrogatepass",
]);

/** The registry of codecs.register_error (a dict owned by the codecs
 *  module), or null before the module is imported. Borrowed. */
let errorRegistry: PyObject | null = null;
export function _PyCodec_SetErrorRegistry(d: PyObject | null): void {
  errorRegistry = d;
}

/** PyCodec_LookupError for a name that is not built in. */
function lookupCustomHandler(name: string): PyObject {
  const h = errorRegistry !== null && errorRegistry.ob_refcnt > 0 ? PyDict_GetItemString(errorRegistry, name) : null;
  if (h === null) throw PyErr_Format(PyExc_LookupError, `unknown error handler name '${name}'`);
  return h;
}

export function makeEncodeError(e: EncodeErrorInfo): PyObject {
  return makeCodecError(PyExc_UnicodeEncodeError, () =>
    _PyTuple_FromArraySteal([
      PyUnicode_FromString(e.encoding),
      Py_NewRef(e.str),
      PyLong_FromNumber(e.start),
      PyLong_FromNumber(e.end),
      PyUnicode_FromString(e.reason),
    ]),
  );
}

export function makeDecodeError(e: DecodeErrorInfo): PyObject {
  return makeCodecError(PyExc_UnicodeDecodeError, () =>
    _PyTuple_FromArraySteal([
      PyUnicode_FromString(e.encoding),
      PyBytes_FromStringAndSize(e.data.slice()),
      PyLong_FromNumber(e.start),
      PyLong_FromNumber(e.end),
      PyUnicode_FromString(e.reason),
    ]),
  );
}

/**
 * The built-in error handlers run natively here, but CPython's codecs call
 * them as functions, except where a codec handles the error itself (its
 * fast paths): the call makes the Unicode*Error (its 5-tuple of arguments,
 * then the instance) and the handler answers with a `(replacement,
 * position)` tuple. `handlerCalled` says whether CPython calls the handler
 * `name` for an error of the codec `encoding`; `countHandlerCall` counts
 * those allocations around the native handler. When the handler raises,
 * the exception it raises is the one made for it (`phantom.live`: the
 * error object made next takes over those counts).
 */
const phantom = { live: false };

const FAST_DECODE = new Set(["ignore", "replace", "surrogateescape"]);
const FAST_ENCODE = new Set(["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape"]);

function handlerCalled(encoding: string, name: string, decoding: boolean): boolean {
  if (name === "strict") return false;
  if (decoding) return !((encoding === "utf-8" || encoding === "ascii") && FAST_DECODE.has(name));
  if (encoding === "utf-8") return !(FAST_ENCODE.has(name) || name === "surrogatepass");
  if (encoding === "ascii" || encoding === "latin-1") return !FAST_ENCODE.has(name);
  if (encoding === "charmap") return !(name === "ignore" || name === "replace" || name === "xmlcharrefreplace");
  return true;
}

function countHandlerCall<T>(encoding: string, name: string, decoding: boolean, call: () => T): T {
  if (!handlerCalled(encoding, name, decoding)) return call();
  const tuple = freelist.tupleType!;
  _PyObject_GC_LinkUnrepresented(tuple, 24 + 8 * 5);
  _PyObject_GC_LinkUnrepresented(PyBaseObject_Type, 88);
  phantom.live = true;
  let result: T;
  try {
    result = call();
  } catch (err) {
    if (phantom.live) {
      phantom.live = false;
      _PyObject_GC_UnlinkUnrepresented(PyBaseObject_Type);
      _PyObject_GC_UnlinkUnrepresented(tuple, 24 + 8 * 5);
    }
    throw err;
  }
  phantom.live = false;
  _PyObject_GC_LinkUnrepresented(tuple, 24 + 8 * 2);
  _PyObject_GC_UnlinkUnrepresented(tuple, 24 + 8 * 2);
  _PyObject_GC_UnlinkUnrepresented(PyBaseObject_Type);
  _PyObject_GC_UnlinkUnrepresented(tuple, 24 + 8 * 5);
  return result;
}

/** A Unicode*Error with its arguments; the one a built-in handler raises
 *  takes over the allocations counted when it was "made" for the call. */
function makeCodecError(type: PyTypeObject, args: () => PyObject): PyObject {
  if (!phantom.live) return PyErr_NewWithArgs(type, args());
  phantom.live = false;
  const a = _PyObject_GC_NewUncounted(() => args() as PyGCObject);
  const exc = _PyObject_GC_NewUncounted(() => PyErr_NewWithArgs(type, a));
  a.gc_flags &= ~GC_UNCOUNTED;
  exc.gc_flags &= ~GC_UNCOUNTED;
  return exc;
}

function hex2(c: number): string {
  return c.toString(16).padStart(2, "0");
}

/** backslashreplace's text for code points. */
function backslashText(cps: number[], start: number, end: number): string {
  let out = "";
  for (let i = start; i < end; i++) {
    const c = cps[i];
    if (c >= 0x10000) out += "\\U" + c.toString(16).padStart(8, "0");
    else if (c >= 0x100) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\x" + hex2(c);
  }
  return out;
}

function xmlcharrefText(cps: number[], start: number, end: number): string {
  let out = "";
  for (let i = start; i < end; i++) out += `&#${cps[i]};`;
  return out;
}

/** get_standard_encoding: the byte form surrogatepass writes, or null. */
function standardEncoding(encoding: string): { form: string; bytelength: number } | null {
  const m = /^utf[-_]?(8|16|32)(?:[-_]?([bl])e)?$/i.exec(encoding);
  if (m === null) return null;
  if (m[1] === "8") return m[2] === undefined ? { form: "utf8", bytelength: 3 } : null;
  const bits = m[1];
  const order = m[2] === undefined ? "le" : m[2].toLowerCase() + "e";
  return { form: `utf${bits}${order}`, bytelength: bits === "16" ? 2 : 4 };
}

/** The built-in handlers for an encoder's error (codecs.c). */
function builtinEncodeHandler(name: string, e: EncodeErrorInfo): EncodeReplacement {
  switch (name) {
    case "strict":
      throw makeEncodeError(e);
    case "ignore":
      return ["", e.end];
    case "replace":
      return ["?".repeat(e.end - e.start), e.end];
    case "backslashreplace":
      return [backslashText(e.cps, e.start, e.end), e.end];
    case "xmlcharrefreplace":
      return [xmlcharrefText(e.cps, e.start, e.end), e.end];
    case "namereplace": {
      // PyCodec_NameReplaceErrors: \N{NAME}, or a backslash escape for a
      // character without a name.
      let text = "";
      for (let i = e.start; i < e.end; i++) {
        const name = UCD_CURRENT.name(e.cps[i]);
        text += name !== null ? `\\N{${name}}` : backslashText(e.cps, i, i + 1);
      }
      return [text, e.end];
    }
    case "surrogateescape": {
      const out: number[] = [];
      for (let i = e.start; i < e.end; i++) {
        const c = e.cps[i];
        if (c < 0xdc80 || c > 0xdcff) throw makeEncodeError(e);
        out.push(c - 0xdc00);
      }
      return [Uint8Array.from(out), e.end];
    }
    case "surrogatepass": {
      const std = standardEncoding(e.encoding);
      if (std === null) throw makeEncodeError(e);
      const out: number[] = [];
      for (let i = e.start; i < e.end; i++) {
        const c = e.cps[i];
        if (!isSurrogate(c)) throw makeEncodeError(e);
        if (std.form === "utf8") out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
        else if (std.form === "utf16le") out.push(c & 0xff, c >> 8);
        else if (std.form === "utf16be") out.push(c >> 8, c & 0xff);
        else if (std.form === "utf32le") out.push(c & 0xff, (c >> 8) & 0xff, 0, 0);
        else out.push(0, 0, (c >> 8) & 0xff, c & 0xff);
      }
      return [Uint8Array.from(out), e.end];
    }
    default:
      throw new Error("unreachable");
  }
}

/** The built-in handlers for a decoder's error. */
function builtinDecodeHandler(name: string, e: DecodeErrorInfo): DecodeReplacement {
  switch (name) {
    case "strict":
      throw makeDecodeError(e);
    case "ignore":
      return ["", e.end];
    case "replace":
      return ["\ufffd", e.end];
    case "backslashreplace": {
      let out = "";
      for (let i = e.start; i < e.end; i++) out += "\\x" + hex2(e.data[i]);
      return [out, e.end];
    }
    case "surrogateescape": {
      let out = "";
      let consumed = 0;
      while (consumed < 4 && consumed < e.end - e.start) {
        const c = e.data[e.start + consumed];
        if (c < 128) break;
        out += String.fromCharCode(0xdc00 + c);
        consumed++;
      }
      if (consumed === 0) throw makeDecodeError(e);
      return [out, e.start + consumed];
    }
    case "surrogatepass": {
      const std = standardEncoding(e.encoding);
      if (std === null) throw makeDecodeError(e);
      const p = e.data;
      const s = e.start;
      let c = 0;
      if (p.length - s >= std.bytelength) {
        if (std.form === "utf8") {
          if ((p[s] & 0xf0) === 0xe0 && (p[s + 1] & 0xc0) === 0x80 && (p[s + 2] & 0xc0) === 0x80) {
            c = ((p[s] & 0x0f) << 12) + ((p[s + 1] & 0x3f) << 6) + (p[s + 2] & 0x3f);
          }
        } else if (std.form === "utf16le") c = (p[s + 1] << 8) | p[s];
        else if (std.form === "utf16be") c = (p[s] << 8) | p[s + 1];
        else if (std.form === "utf32le") c = ((p[s + 3] << 24) | (p[s + 2] << 16) | (p[s + 1] << 8) | p[s]) >>> 0;
        else c = ((p[s] << 24) | (p[s + 1] << 16) | (p[s + 2] << 8) | p[s + 3]) >>> 0;
      }
      if (!isSurrogate(c)) throw makeDecodeError(e);
      return [String.fromCharCode(c), s + std.bytelength];
    }
    default:
      // xmlcharrefreplace, namereplace
      throw PyErr_Format(PyExc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
  }
}

/** The position a handler returned, made absolute and checked. */
function handlerPosition(pos: number, size: number): number {
  if (pos < 0) pos += size;
  if (pos < 0 || pos > size) throw PyErr_Format(PyExc_IndexError, `position ${pos} from error handler out of bounds`);
  return pos;
}

/** Call the error handler named `errors` for an encoder's error. */
export function encodeError(errors: string | null, e: EncodeErrorInfo): EncodeReplacement {
  const name = errors ?? "strict";
  if (BUILTIN_HANDLERS.has(name)) return countHandlerCall(e.encoding, name, false, () => builtinEncodeHandler(name, e));
  const handler = lookupCustomHandler(name);
  const exc = makeEncodeError(e);
  let res: PyObject;
  try {
    res = PyObject_CallOneArg(handler, exc);
  } finally {
    Py_DECREF(exc);
  }
  try {
    const bad = "encoding error handler must return (str/bytes, int) tuple";
    if (!(res instanceof PyTupleObject) || res.ob_item.length !== 2) throw PyErr_Format(PyExc_TypeError, bad);
    const [rep, pos] = res.ob_item;
    if (!(rep instanceof PyUnicodeObject) && !(rep instanceof PyBytesObject)) throw PyErr_Format(PyExc_TypeError, bad);
    if (!(pos instanceof PyLongObject)) throw PyErr_Format(PyExc_TypeError, bad);
    const p = handlerPosition(PyLong_AsNumber(pos), e.cps.length);
    return [rep instanceof PyUnicodeObject ? rep.str : rep.ob_sval.slice(), p];
  } finally {
    Py_DECREF(res);
  }
}

/** Call the error handler named `errors` for a decoder's error. */
export function decodeError(errors: string | null, e: DecodeErrorInfo): DecodeReplacement {
  const name = errors ?? "strict";
  if (BUILTIN_HANDLERS.has(name)) return countHandlerCall(e.encoding, name, true, () => builtinDecodeHandler(name, e));
  const handler = lookupCustomHandler(name);
  const exc = makeDecodeError(e);
  let res: PyObject;
  try {
    res = PyObject_CallOneArg(handler, exc);
  } finally {
    Py_DECREF(exc);
  }
  try {
    const bad = "decoding error handler must return (str, int) tuple";
    if (!(res instanceof PyTupleObject) || res.ob_item.length !== 2) throw PyErr_Format(PyExc_TypeError, bad);
    const [rep, pos] = res.ob_item;
    if (!(rep instanceof PyUnicodeObject) || !(pos instanceof PyLongObject)) throw PyErr_Format(PyExc_TypeError, bad);
    return [rep.str, handlerPosition(PyLong_AsNumber(pos), e.data.length)];
  } finally {
    Py_DECREF(res);
  }
}

/** Append an encoder handler's replacement: bytes as they are, text only
 *  if every character is below `limit` (else the original error). */
function putEncodeReplacement(
  out: ByteWriter,
  rep: string | Uint8Array,
  limit: number,
  e: EncodeErrorInfo,
  put: (c: number) => void,
): void {
  if (rep instanceof Uint8Array) {
    out.putBytes(rep);
    return;
  }
  for (let i = 0; i < rep.length; i++) if (rep.charCodeAt(i) >= limit) throw makeEncodeError(e);
  for (let i = 0; i < rep.length; i++) put(rep.charCodeAt(i));
}

// ---------------------------------------------------------------- UTF-8

const utf8Decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8Encoder = new TextEncoder();
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function encodeUTF8(u: PyUnicodeObject, errors: string | null): Uint8Array {
  const s = u.str;
  if (!LONE_SURROGATE.test(s)) return utf8Encoder.encode(s);
  const cps = codePointsOf(s);
  const out = new ByteWriter(s.length * 3);
  const put = (c: number): void => {
    if (c < 0x80) out.put(c);
    else if (c < 0x800) {
      out.put(0xc0 | (c >> 6));
      out.put(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
      out.put(0xe0 | (c >> 12));
      out.put(0x80 | ((c >> 6) & 0x3f));
      out.put(0x80 | (c & 0x3f));
    } else {
      out.put(0xf0 | (c >> 18));
      out.put(0x80 | ((c >> 12) & 0x3f));
      out.put(0x80 | ((c >> 6) & 0x3f));
      out.put(0x80 | (c & 0x3f));
    }
  };
  let i = 0;
  while (i < cps.length) {
    const c = cps[i];
    if (!isSurrogate(c)) {
      put(c);
      i++;
      continue;
    }
    // The run of surrogates is one error.
    let end = i + 1;
    while (end < cps.length && isSurrogate(cps[end])) end++;
    const e: EncodeErrorInfo = { encoding: "utf-8", str: u, cps, start: i, end, reason: "surrogates not allowed" };
    const [rep, pos] = encodeError(errors, e);
    putEncodeReplacement(out, rep, 128, e, put);
    i = pos;
  }
  return out.finish();
}

/** What a stateful decoder made: the text, how many bytes it consumed
 *  (less than all when `final` is false and the data ends inside a
 *  sequence), and for UTF-16/32 the byte order it read (-1 little, 1 big,
 *  0 none). */
export interface Decoded {
  text: string;
  consumed: number;
  byteorder: number;
}

function decodeUTF8(d: Uint8Array, errors: string | null): string {
  try {
    return utf8Decoder.decode(d);
  } catch {
    return decodeUTF8Slow(d, errors, true).text;
  }
}

/** PyUnicode_DecodeUTF8Stateful. */
export function decodeUTF8Stateful(d: Uint8Array, errors: string | null, final: boolean): Decoded {
  try {
    return { text: utf8Decoder.decode(d), consumed: d.length, byteorder: 0 };
  } catch {
    return decodeUTF8Slow(d, errors, final);
  }
}

function isCont(b: number): boolean {
  return b >= 0x80 && b < 0xc0;
}

/**
 * One step of stringlib's utf8_decode at `s`: [code point, length] for a
 * valid sequence; otherwise [-1, n] with CPython's error: n = 0 for
 * "unexpected end of data", 1 for "invalid start byte", 2..4 for "invalid
 * continuation byte" (the error covers n-1 bytes).
 */
function utf8Step(d: Uint8Array, s: number): [number, number] {
  const end = d.length;
  const ch = d[s];
  if (ch < 0x80) return [ch, 1];
  if (ch < 0xc2) return [-1, 1];
  if (ch < 0xe0) {
    if (end - s < 2) return [-1, 0];
    if (!isCont(d[s + 1])) return [-1, 2];
    return [((ch & 0x1f) << 6) | (d[s + 1] & 0x3f), 2];
  }
  if (ch < 0xf0) {
    const bad2 = (c2: number): boolean => !isCont(c2) || (c2 < 0xa0 ? ch === 0xe0 : ch === 0xed);
    if (end - s < 3) {
      if (end - s < 2) return [-1, 0];
      return bad2(d[s + 1]) ? [-1, 2] : [-1, 0];
    }
    if (bad2(d[s + 1])) return [-1, 2];
    if (!isCont(d[s + 2])) return [-1, 3];
    return [((ch & 0x0f) << 12) | ((d[s + 1] & 0x3f) << 6) | (d[s + 2] & 0x3f), 3];
  }
  if (ch < 0xf5) {
    const bad2 = (c2: number): boolean => !isCont(c2) || (c2 < 0x90 ? ch === 0xf0 : ch === 0xf4);
    if (end - s < 4) {
      if (end - s < 2) return [-1, 0];
      if (bad2(d[s + 1])) return [-1, 2];
      if (end - s < 3) return [-1, 0];
      if (!isCont(d[s + 2])) return [-1, 3];
      return [-1, 0];
    }
    if (bad2(d[s + 1])) return [-1, 2];
    if (!isCont(d[s + 2])) return [-1, 3];
    if (!isCont(d[s + 3])) return [-1, 4];
    const c = ((ch & 0x07) << 18) | ((d[s + 1] & 0x3f) << 12) | ((d[s + 2] & 0x3f) << 6) | (d[s + 3] & 0x3f);
    return [c, 4];
  }
  return [-1, 1];
}

function decodeUTF8Slow(d: Uint8Array, errors: string | null, final: boolean): Decoded {
  const out = new TextWriter();
  let s = 0;
  while (s < d.length) {
    const [c, n] = utf8Step(d, s);
    if (c >= 0) {
      out.put(c);
      s += n;
      continue;
    }
    if (n === 0 && !final) break;
    let end: number;
    let reason: string;
    if (n === 0) {
      reason = "unexpected end of data";
      end = d.length;
    } else if (n === 1) {
      reason = "invalid start byte";
      end = s + 1;
    } else {
      reason = "invalid continuation byte";
      end = s + n - 1;
    }
    const [rep, pos] = decodeError(errors, { encoding: "utf-8", data: d, start: s, end, reason });
    out.putString(rep);
    s = pos;
  }
  return { text: out.finish(), consumed: s, byteorder: 0 };
}

// ---------------------------------------------------------------- ASCII, Latin-1

/** unicode_encode_ucs1: ASCII (limit 128) or Latin-1 (256). */
function encodeUCS1(u: PyUnicodeObject, errors: string | null, limit: number): Uint8Array {
  const s = u.str;
  let simple = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= limit) {
      simple = false;
      break;
    }
  }
  if (simple) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  const encoding = limit === 128 ? "ascii" : "latin-1";
  const reason = limit === 128 ? "ordinal not in range(128)" : "ordinal not in range(256)";
  const cps = codePointsOf(s);
  const out = new ByteWriter(cps.length);
  const put = (c: number): void => out.put(c);
  let pos = 0;
  while (pos < cps.length) {
    if (cps[pos] < limit) {
      out.put(cps[pos++]);
      continue;
    }
    let end = pos + 1;
    while (end < cps.length && cps[end] >= limit) end++;
    const e: EncodeErrorInfo = { encoding, str: u, cps, start: pos, end, reason };
    const [rep, newpos] = encodeError(errors, e);
    putEncodeReplacement(out, rep, limit, e, put);
    pos = newpos;
  }
  return out.finish();
}

function decodeASCII(d: Uint8Array, errors: string | null): string {
  const out = new TextWriter();
  let s = 0;
  while (s < d.length) {
    const c = d[s];
    if (c < 128) {
      out.put(c);
      s++;
      continue;
    }
    const [rep, pos] = decodeError(errors, {
      encoding: "ascii",
      data: d,
      start: s,
      end: s + 1,
      reason: "ordinal not in range(128)",
    });
    out.putString(rep);
    s = pos;
  }
  return out.finish();
}

function decodeLatin1(d: Uint8Array): string {
  const out = new TextWriter();
  for (let i = 0; i < d.length; i++) out.put(d[i]);
  return out.finish();
}

// ---------------------------------------------------------------- UTF-16, UTF-32

/** _PyUnicode_EncodeUTF16: byteorder 0 writes a BOM and little-endian. */
function encodeUTF16(u: PyUnicodeObject, errors: string | null, byteorder: number): Uint8Array {
  const cps = codePointsOf(u.str);
  const le = byteorder <= 0;
  const encoding = byteorder < 0 ? "utf-16-le" : byteorder > 0 ? "utf-16-be" : "utf-16";
  const out = new ByteWriter(2 * cps.length + 2);
  const unit = (c: number): void => {
    if (le) {
      out.put(c & 0xff);
      out.put(c >> 8);
    } else {
      out.put(c >> 8);
      out.put(c & 0xff);
    }
  };
  const put = (c: number): void => {
    if (c >= 0x10000) {
      c -= 0x10000;
      unit(0xd800 + (c >> 10));
      unit(0xdc00 + (c & 0x3ff));
    } else unit(c);
  };
  if (byteorder === 0) unit(0xfeff);
  let pos = 0;
  while (pos < cps.length) {
    const c = cps[pos];
    if (!isSurrogate(c)) {
      put(c);
      pos++;
      continue;
    }
    const e: EncodeErrorInfo = { encoding, str: u, cps, start: pos, end: pos + 1, reason: "surrogates not allowed" };
    const [rep, newpos] = encodeError(errors, e);
    if (rep instanceof Uint8Array && rep.length % 2 !== 0) throw makeEncodeError(e);
    putEncodeReplacement(out, rep, 128, e, put);
    pos = newpos;
  }
  return out.finish();
}

/** PyUnicode_DecodeUTF16Stateful: byteorder 0 reads a BOM if there is one. */
export function decodeUTF16(d: Uint8Array, errors: string | null, byteorder: number, final: boolean): Decoded {
  let bo = byteorder;
  let q = 0;
  const e = d.length;
  if (bo === 0 && e >= 2) {
    const bom = (d[1] << 8) | d[0];
    if (bom === 0xfeff) {
      q = 2;
      bo = -1;
    } else if (bom === 0xfffe) {
      q = 2;
      bo = 1;
    }
  }
  const le = bo <= 0;
  const encoding = le ? "utf-16-le" : "utf-16-be";
  const read = (i: number): number => (le ? (d[i + 1] << 8) | d[i] : (d[i] << 8) | d[i + 1]);
  const out = new TextWriter();
  while (q < e) {
    let start: number;
    let end: number;
    let reason: string;
    if (e - q < 2) {
      if (!final) break;
      reason = "truncated data";
      start = q;
      end = e;
    } else {
      const ch = read(q);
      if (!isSurrogate(ch)) {
        out.put(ch);
        q += 2;
        continue;
      }
      if (ch >= 0xdc00) {
        reason = "illegal encoding";
        start = q;
        end = q + 2;
      } else if (e - q < 4) {
        if (!final) break;
        reason = "unexpected end of data";
        start = q;
        end = e;
      } else {
        const ch2 = read(q + 2);
        if (ch2 >= 0xdc00 && ch2 <= 0xdfff) {
          out.put(0x10000 + ((ch - 0xd800) << 10) + (ch2 - 0xdc00));
          q += 4;
          continue;
        }
        reason = "illegal UTF-16 surrogate";
        start = q;
        end = q + 2;
      }
    }
    const [rep, pos] = decodeError(errors, { encoding, data: d, start, end, reason });
    out.putString(rep);
    q = pos;
  }
  return { text: out.finish(), consumed: q, byteorder: bo };
}

function encodeUTF32(u: PyUnicodeObject, errors: string | null, byteorder: number): Uint8Array {
  const cps = codePointsOf(u.str);
  const le = byteorder <= 0;
  const encoding = byteorder < 0 ? "utf-32-le" : byteorder > 0 ? "utf-32-be" : "utf-32";
  const out = new ByteWriter(4 * cps.length + 4);
  const put = (c: number): void => {
    if (le) {
      out.put(c & 0xff);
      out.put((c >> 8) & 0xff);
      out.put((c >> 16) & 0xff);
      out.put(0);
    } else {
      out.put(0);
      out.put((c >> 16) & 0xff);
      out.put((c >> 8) & 0xff);
      out.put(c & 0xff);
    }
  };
  if (byteorder === 0) put(0xfeff);
  let pos = 0;
  while (pos < cps.length) {
    const c = cps[pos];
    if (!isSurrogate(c)) {
      put(c);
      pos++;
      continue;
    }
    const e: EncodeErrorInfo = { encoding, str: u, cps, start: pos, end: pos + 1, reason: "surrogates not allowed" };
    const [rep, newpos] = encodeError(errors, e);
    if (rep instanceof Uint8Array && rep.length % 4 !== 0) throw makeEncodeError(e);
    putEncodeReplacement(out, rep, 128, e, put);
    pos = newpos;
  }
  return out.finish();
}

/** PyUnicode_DecodeUTF32Stateful. */
export function decodeUTF32(d: Uint8Array, errors: string | null, byteorder: number, final: boolean): Decoded {
  let bo = byteorder;
  let q = 0;
  const e = d.length;
  if (bo === 0 && e >= 4) {
    const bom = ((d[3] << 24) | (d[2] << 16) | (d[1] << 8) | d[0]) >>> 0;
    if (bom === 0x0000feff) {
      bo = -1;
      q = 4;
    } else if (bom === 0xfffe0000) {
      bo = 1;
      q = 4;
    }
  }
  const le = bo <= 0;
  const encoding = le ? "utf-32-le" : "utf-32-be";
  const out = new TextWriter();
  while (q < e) {
    let start = q;
    let end: number;
    let reason: string;
    if (e - q < 4) {
      if (!final) break;
      reason = "truncated data";
      end = e;
    } else {
      const ch = le
        ? ((d[q + 3] << 24) | (d[q + 2] << 16) | (d[q + 1] << 8) | d[q]) >>> 0
        : ((d[q] << 24) | (d[q + 1] << 16) | (d[q + 2] << 8) | d[q + 3]) >>> 0;
      if (isSurrogate(ch)) {
        reason = "code point in surrogate code point range(0xd800, 0xe000)";
        end = q + 4;
      } else if (ch >= 0x110000) {
        reason = "code point not in range(0x110000)";
        end = q + 4;
      } else {
        out.put(ch);
        q += 4;
        continue;
      }
    }
    start = q;
    const [rep, pos] = decodeError(errors, { encoding, data: d, start, end, reason });
    out.putString(rep);
    q = pos;
  }
  return { text: out.finish(), consumed: q, byteorder: bo };
}

// ---------------------------------------------------------------- unicode_escape, raw_unicode_escape

/** PyUnicode_AsUnicodeEscapeString: a Python literal's escapes, no quotes. */
function encodeUnicodeEscape(u: PyUnicodeObject): Uint8Array {
  const cps = codePointsOf(u.str);
  const out = new ByteWriter(cps.length);
  const ascii = (t: string): void => {
    for (let i = 0; i < t.length; i++) out.put(t.charCodeAt(i));
  };
  for (const ch of cps) {
    if (ch >= 0x10000) ascii("\\U" + ch.toString(16).padStart(8, "0"));
    else if (ch >= 0x100) ascii("\\u" + ch.toString(16).padStart(4, "0"));
    else if (ch === 92) ascii("\\\\");
    else if (ch === 9) ascii("\\t");
    else if (ch === 10) ascii("\\n");
    else if (ch === 13) ascii("\\r");
    else if (ch < 32 || ch >= 0x7f) ascii("\\x" + hex2(ch));
    else out.put(ch);
  }
  return out.finish();
}

/** PyUnicode_AsRawUnicodeEscapeString: Latin-1, and \uXXXX / \U00XXXXXX above. */
function encodeRawUnicodeEscape(u: PyUnicodeObject): Uint8Array {
  const out = new ByteWriter(u.str.length);
  for (const ch of codePointsOf(u.str)) {
    if (ch < 0x100) out.put(ch);
    else {
      const t = ch < 0x10000 ? "\\u" + ch.toString(16).padStart(4, "0") : "\\U" + ch.toString(16).padStart(8, "0");
      for (let i = 0; i < t.length; i++) out.put(t.charCodeAt(i));
    }
  }
  return out.finish();
}

/** The value of `count` hex digits at `s`, or [-1, position of the bad or missing digit]. */
function hexDigits(d: Uint8Array, s: number, count: number): [number, number] {
  let ch = 0;
  for (; count > 0; s++, count--) {
    if (s >= d.length) return [-1, s];
    const v = HEX_VALUE[d[s]];
    if (v < 0) return [-1, s];
    ch = ch * 16 + v;
  }
  return [ch, s];
}

const HEX_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) HEX_VALUE[48 + i] = i;
for (let i = 0; i < 6; i++) HEX_VALUE[97 + i] = HEX_VALUE[65 + i] = 10 + i;

const SIMPLE_ESCAPES: Record<number, number> = {
  92: 92, // \\
  39: 39, // \'
  34: 34, // \"
  98: 8, // \b
  102: 12, // \f
  116: 9, // \t
  110: 10, // \n
  114: 13, // \r
  118: 11, // \v
  97: 7, // \a
};

/**
 * _PyUnicode_DecodeUnicodeEscapeStateful: bytes as Latin-1 with a Python
 * literal's escapes; with `final` false an escape cut off by the end is
 * left unconsumed. An unknown escape is kept as it is, with CPython's
 * DeprecationWarning for the first. \N{name} looks the name up in the
 * Unicode database (aliases too, named sequences not).
 */
export function decodeUnicodeEscape(d: Uint8Array, errors: string | null, final: boolean): Decoded {
  const out = new TextWriter();
  const end = d.length;
  let s = 0;
  let consumed = -1;
  let firstInvalid = -1;
  while (s < end) {
    let c = d[s++];
    if (c !== 92) {
      out.put(c);
      continue;
    }
    const start = s - 1;
    let message: string;
    let incomplete = false;
    if (s >= end) {
      message = "\\ at end of string";
      incomplete = true;
    } else {
      c = d[s++];
      if (c === 10) continue;
      const simple = SIMPLE_ESCAPES[c];
      if (simple !== undefined) {
        out.put(simple);
        continue;
      }
      if (c >= 48 && c <= 55) {
        let ch = c - 48;
        if (s < end && d[s] >= 48 && d[s] <= 55) {
          ch = (ch << 3) + d[s++] - 48;
          if (s < end && d[s] >= 48 && d[s] <= 55) ch = (ch << 3) + d[s++] - 48;
        }
        out.put(ch);
        continue;
      }
      if (c === 78) {
        // \N{name}: a name or alias of the Unicode database.
        message = "malformed \\N character escape";
        if (s >= end) incomplete = true;
        else if (d[s] === 123) {
          const nameStart = ++s;
          while (s < end && d[s] !== 125) s++;
          if (s >= end) incomplete = true;
          else if (s > nameStart) {
            const name = String.fromCharCode(...d.subarray(nameStart, s));
            s++;
            const cps = UCD_CURRENT.lookup(name, false);
            if (cps !== null) {
              out.put(cps[0]);
              continue;
            }
            message = "unknown Unicode character name";
          }
        }
      } else {
        const count = c === 120 ? 2 : c === 117 ? 4 : c === 85 ? 8 : 0;
        if (count === 0) {
          if (firstInvalid < 0) firstInvalid = c;
          out.put(92);
          out.put(c);
          continue;
        }
        message =
          c === 120
            ? "truncated \\xXX escape"
            : c === 117
              ? "truncated \\uXXXX escape"
              : "truncated \\UXXXXXXXX escape";
        const [ch, at] = hexDigits(d, s, count);
        s = at;
        if (ch >= 0) {
          if (ch <= 0x10ffff) {
            out.put(ch);
            continue;
          }
          message = "illegal Unicode character";
        } else if (at >= end) incomplete = true;
      }
    }
    if (incomplete && !final) {
      consumed = start;
      break;
    }
    const [rep, pos] = decodeError(errors, { encoding: "unicodeescape", data: d, start, end: s, reason: message });
    out.putString(rep);
    s = pos;
  }
  if (firstInvalid >= 0) {
    PyErr_WarnEx(PyExc_DeprecationWarning, `invalid escape sequence '\\${String.fromCharCode(firstInvalid)}'`, 1);
  }
  return { text: out.finish(), consumed: consumed >= 0 ? consumed : s, byteorder: 0 };
}

/** _PyUnicode_DecodeRawUnicodeEscapeStateful: Latin-1 with \uXXXX and \UXXXXXXXX. */
export function decodeRawUnicodeEscape(d: Uint8Array, errors: string | null, final: boolean): Decoded {
  const out = new TextWriter();
  const end = d.length;
  let s = 0;
  let consumed = -1;
  while (s < end) {
    let c = d[s++];
    if (c !== 92) {
      out.put(c);
      continue;
    }
    const start = s - 1;
    if (s >= end) {
      if (!final) {
        consumed = start;
        break;
      }
      out.put(c);
      continue;
    }
    c = d[s++];
    if (c !== 117 && c !== 85) {
      out.put(92);
      out.put(c);
      continue;
    }
    let message = c === 117 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
    const [ch, at] = hexDigits(d, s, c === 117 ? 4 : 8);
    s = at;
    if (ch >= 0) {
      if (ch <= 0x10ffff) {
        out.put(ch);
        continue;
      }
      message = "\\Uxxxxxxxx out of range";
    } else if (at >= end && !final) {
      consumed = start;
      break;
    }
    const [rep, pos] = decodeError(errors, { encoding: "rawunicodeescape", data: d, start, end: s, reason: message });
    out.putString(rep);
    s = pos;
  }
  return { text: out.finish(), consumed: consumed >= 0 ? consumed : s, byteorder: 0 };
}

// ---------------------------------------------------------------- the handlers as functions

/** A built-in error handler called as a Python function (codecs.lookup_error). */
export function callBuiltinHandler(name: string, exc: PyObject): PyObject {
  const t = exc.ob_type;
  const get = (k: string): PyObject => PyObject_GetAttrString(exc, k);
  const num = (k: string): number => {
    const v = get(k);
    try {
      return PyLong_AsNumber(v);
    } finally {
      Py_DECREF(v);
    }
  };
  if (name === "strict") {
    if (!PyType_IsSubtype(t, PyExc_BaseException)) {
      throw PyErr_Format(PyExc_TypeError, "codec must pass exception instance");
    }
    throw Py_NewRef(exc);
  }
  const isEncode = PyType_IsSubtype(t, PyExc_UnicodeEncodeError);
  const isDecode = PyType_IsSubtype(t, PyExc_UnicodeDecodeError);
  const isTranslate = PyType_IsSubtype(t, PyExc_UnicodeTranslateError);
  if (!isEncode && !isDecode && !isTranslate) {
    throw PyErr_Format(PyExc_TypeError, `don't know how to handle ${t.tp_name} in error callback`);
  }
  const start = num("start");
  const end = num("end");
  const objv = get("object");
  const encv = isTranslate ? null : get("encoding");
  const reasonv = get("reason");
  try {
    const encoding = encv !== null && encv instanceof PyUnicodeObject ? encv.str : "";
    const reason = reasonv instanceof PyUnicodeObject ? reasonv.str : "";
    let rep: string | Uint8Array;
    let pos: number;
    if (isDecode) {
      if (!(objv instanceof PyBytesObject)) throw PyErr_Format(PyExc_TypeError, "object attribute must be bytes");
      [rep, pos] = builtinDecodeHandler(name, { encoding, data: objv.ob_sval, start, end, reason });
    } else {
      if (!(objv instanceof PyUnicodeObject)) throw PyErr_Format(PyExc_TypeError, "object attribute must be unicode");
      const info = { encoding, str: objv, cps: codePointsOf(objv.str), start, end, reason };
      if (isTranslate && (name === "xmlcharrefreplace" || name === "surrogateescape" || name === "surrogatepass")) {
        throw PyErr_Format(PyExc_TypeError, `don't know how to handle ${t.tp_name} in error callback`);
      }
      if (isTranslate && name === "replace") [rep, pos] = ["\ufffd".repeat(end - start), end];
      else [rep, pos] = builtinEncodeHandler(name, info);
    }
    const repObj = typeof rep === "string" ? PyUnicode_FromString(rep) : PyBytes_FromStringAndSize(rep);
    return _PyTuple_FromArraySteal([repObj, PyLong_FromNumber(pos)]);
  } finally {
    Py_DECREF(objv);
    if (encv !== null) Py_DECREF(encv);
    Py_DECREF(reasonv);
  }
}

/** The codecs with `_codecs` functions: NAME_encode / NAME_decode. */
export function codecFunctions(): { name: string; encoding: string }[] {
  return [
    { name: "utf_8", encoding: "utf-8" },
    { name: "ascii", encoding: "ascii" },
    { name: "latin_1", encoding: "latin-1" },
    { name: "utf_16", encoding: "utf-16" },
    { name: "utf_16_le", encoding: "utf-16-le" },
    { name: "utf_16_be", encoding: "utf-16-be" },
    { name: "utf_32", encoding: "utf-32" },
    { name: "utf_32_le", encoding: "utf-32-le" },
    { name: "utf_32_be", encoding: "utf-32-be" },
  ];
}

/** The names of the built-in error handlers, in CPython's registry order. */
export const BUILTIN_ERROR_HANDLERS = [
  "strict",
  "ignore",
  "replace",
  "xmlcharrefreplace",
  "backslashreplace",
  "namereplace",
  "surrogateescape",
  "surrogatepass",
];
