/**
 * The encoding of source given as bytes (PEP 263), as the decoding half of
 * CPython 3.11's Parser/tokenizer.c does it: a UTF-8 byte-order mark is
 * skipped, a coding cookie (`# -*- coding: latin-1 -*-`, `# coding=utf8`,
 * `# vim: set fileencoding=… :`) on line 1, or on line 2 after a line that
 * is blank or only a comment, names the codec, and without one the source
 * is UTF-8.
 *
 * Two readers, as CPython's two tokenizers:
 *
 * - a file (the program the command runs, `python3 x.py`):
 *   `_PyTokenizer_DecodeFile`. Undeclared bytes that are not UTF-8 give
 *   "Non-UTF-8 code starting with '\xff' in file x.py on line 1, but no
 *   encoding declared; …"; an unknown codec, or bytes the declared codec
 *   cannot decode, "encoding problem: NAME"; a BOM with another cookie
 *   "encoding problem: NAME with BOM". These SyntaxErrors carry only their
 *   message (tok->done = E_ERROR with the exception set), so they print as
 *   a bare `SyntaxError: …` line.
 * - a string of bytes (`exec(b"…")`, `compile(b"…", …)`):
 *   `_PyTokenizer_DecodeString`. The codec's own error becomes the
 *   message ("unknown encoding: foo", "'ascii' codec can't decode byte
 *   0xe9 in position 26: …"), located at line 0 of the file name
 *   (_PyPegen_raise_tokenizer_init_error), and undeclared bytes are not
 *   checked here.
 *
 * Bytes that are not UTF-8 in UTF-8 source that is not checked (declared,
 * after a BOM, or a string) reach the tokenizer: CPython's tokenizer works
 * on the bytes and reports them where a str literal or a name is decoded
 * (a comment may hold them). Here each such byte becomes a lone surrogate
 * U+DC80–U+DCFF, as the surrogateescape error handler makes them, which
 * the grammar reads as that byte (grammar/source.ts).
 *
 * Both readers also tell whether an encoding was declared (a BOM or a
 * cookie): without one CPython's tokenizer has no tok->encoding, and its
 * SyntaxErrors give byte offsets.
 */
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import type { PyObject } from "../heap/object.js";
import { PyErr_Format, PyErr_NewWithArgs } from "../objects/errors.js";
import { PyExc_SyntaxError } from "../objects/exceptions.js";
import { PyUnicode_Decode } from "../objects/codecs.js";
import { PyUnicode_AsString, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyObject_Str } from "../objects/abstract.js";
import { _PyTuple_FromArraySteal } from "../objects/tupleobject.js";
import { PyLong_FromNumber } from "../objects/longobject.js";
import { Py_None } from "../objects/noneobject.js";

/** How the reader ended up decoding: the cookie's name (normalised as
 *  get_normal_name does), or "utf-8" for a BOM. */
interface Declared {
  /** The codec name, or null when nothing was declared. */
  encoding: string | null;
  /** The BOM was there. */
  bom: boolean;
  /** Where the text to decode starts (after the BOM). */
  start: number;
  /** The line the cookie was on (1 or 2), 0 without one. */
  cookieLine: number;
}

/** get_normal_name: "utf-8" and "iso-8859-1" for their spellings, else the
 *  name as written. */
function getNormalName(s: string): string {
  const buf = s.slice(0, 12).replace(/_/g, "-").toLowerCase();
  if (buf === "utf-8" || buf.startsWith("utf-8-")) return "utf-8";
  if (
    buf === "latin-1" ||
    buf === "iso-8859-1" ||
    buf === "iso-latin-1" ||
    buf.startsWith("latin-1-") ||
    buf.startsWith("iso-8859-1-") ||
    buf.startsWith("iso-latin-1-")
  ) {
    return "iso-8859-1";
  }
  return s;
}

function isNameByte(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x2d ||
    c === 0x5f ||
    c === 0x2e
  );
}

/** get_coding_spec over one line (bytes [from, to), its newline included):
 *  the cookie's name, or null. `commentOnly` says whether the line holds
 *  nothing but blanks and a comment (so line 2 may still be looked at). */
function getCodingSpec(data: Uint8Array, from: number, to: number): { spec: string | null; commentOnly: boolean } {
  const size = to - from;
  // The spec must be in a comment, and that comment the only thing on the line.
  let i = 0;
  for (; i < size - 6; i++) {
    const c = data[from + i];
    if (c === 0x23) break;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c)
      return { spec: null, commentOnly: lineIsBlankOrComment(data, from, to) };
  }
  for (; i < size - 6; i++) {
    const t = from + i;
    if (
      data[t] === 0x63 &&
      data[t + 1] === 0x6f &&
      data[t + 2] === 0x64 &&
      data[t + 3] === 0x69 &&
      data[t + 4] === 0x6e &&
      data[t + 5] === 0x67
    ) {
      let p = t + 6;
      if (data[p] !== 0x3a && data[p] !== 0x3d) continue;
      do p++;
      while (p < to && (data[p] === 0x20 || data[p] === 0x09));
      const begin = p;
      while (p < to && isNameByte(data[p])) p++;
      if (begin < p) {
        let name = "";
        for (let k = begin; k < p; k++) name += String.fromCharCode(data[k]);
        return { spec: getNormalName(name), commentOnly: true };
      }
    }
  }
  return { spec: null, commentOnly: lineIsBlankOrComment(data, from, to) };
}

/** check_coding_spec's test for going on to line 2. */
function lineIsBlankOrComment(data: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = data[i];
    if (c === 0x23 || c === 0x0a || c === 0x0d) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c) return false;
  }
  return true;
}

/** The end of the line starting at `from` (after its '\n', or the end). */
function lineEnd(data: Uint8Array, from: number): number {
  const nl = data.indexOf(0x0a, from);
  return nl < 0 ? data.length : nl + 1;
}

/** check_bom and check_coding_spec on lines 1 and 2. Throws the SyntaxError
 *  for a cookie that contradicts the BOM. */
function declaredEncoding(data: Uint8Array): Declared {
  const bom = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
  const start = bom ? 3 : 0;
  let encoding: string | null = bom ? "utf-8" : null;
  let cookieLine = 0;
  let from = start;
  for (let line = 1; line <= 2 && from < data.length; line++) {
    const to = lineEnd(data, from);
    const { spec, commentOnly } = getCodingSpec(data, from, to);
    if (spec !== null) {
      if (bom && spec !== "utf-8") throw PyErr_Format(PyExc_SyntaxError, `encoding problem: ${spec} with BOM`);
      encoding = spec;
      cookieLine = line;
      break;
    }
    if (!commentOnly) break;
    from = to;
  }
  return { encoding, bom, start, cookieLine };
}

/** valid_utf8: the length of the UTF-8 sequence at `i` (its lead byte and
 *  continuation bytes only, as CPython checks), or 0. */
function validUtf8(data: Uint8Array, i: number): number {
  const c = data[i];
  if (c < 0x80) return 1;
  if (c < 0xc0) return 0;
  const expected = c < 0xe0 ? 1 : c < 0xf0 ? 2 : c < 0xf8 ? 3 : -1;
  if (expected < 0) return 0;
  for (let k = 1; k <= expected; k++) {
    const b = data[i + k];
    if (b === undefined || b < 0x80 || b >= 0xc0) return 0;
  }
  return expected + 1;
}

/** ensure_utf8 over bytes [from, to): throws CPython's "Non-UTF-8 code"
 *  SyntaxError at the first byte that does not start a UTF-8 sequence. */
function ensureUtf8(data: Uint8Array, from: number, to: number, filename: string): void {
  let line = 1;
  for (let i = 0; i < from; i++) if (data[i] === 0x0a) line++;
  for (let i = from; i < to; ) {
    const n = validUtf8(data, i);
    if (n === 0) {
      const hex = data[i].toString(16).padStart(2, "0");
      throw PyErr_Format(
        PyExc_SyntaxError,
        `Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${line}, ` +
          "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
      );
    }
    if (data[i] === 0x0a) line++;
    i += n;
  }
}

/** UTF-8 that is not checked: each byte that is not UTF-8 becomes its
 *  surrogate escape. */
function decodeUtf8Lax(data: Uint8Array, start: number): string {
  const body = data.subarray(start);
  try {
    return new TextDecoder("utf-8", { ignoreBOM: true, fatal: true }).decode(body);
  } catch {
    return decodeWith(data, start, "utf-8", "surrogateescape");
  }
}

/** Decode with the named codec; throws the codec's exception. */
function decodeWith(data: Uint8Array, start: number, encoding: string, errors: string | null = null): string {
  const s = PyUnicode_Decode(data.subarray(start), encoding, errors);
  const text = PyUnicode_AsString(s);
  Py_DECREF(s);
  return text;
}

/** Source text decoded from bytes. */
export interface DecodedSource {
  text: string;
  /** No encoding was declared: SyntaxError offsets count bytes. */
  byteOffsets: boolean;
  /** The bytes began with a UTF-8 BOM. */
  bom: boolean;
}

/** The text of a program file's bytes (the file tokenizer's decoding). */
export function _PyTokenizer_DecodeFile(data: Uint8Array, filename: string): DecodedSource {
  const d = declaredEncoding(data);
  if (d.encoding === null) {
    ensureUtf8(data, d.start, data.length, filename);
    return { text: decodeUtf8Lax(data, d.start), byteOffsets: true, bom: false };
  }
  // The line before a cookie on line 2 was read before any encoding was known.
  if (d.cookieLine === 2 && !d.bom) ensureUtf8(data, d.start, lineEnd(data, d.start), filename);
  if (d.encoding === "utf-8") return { text: decodeUtf8Lax(data, d.start), byteOffsets: false, bom: d.bom };
  try {
    return { text: decodeWith(data, d.start, d.encoding), byteOffsets: false, bom: d.bom };
  } catch (e) {
    Py_DECREF(e as PyObject);
    throw PyErr_Format(PyExc_SyntaxError, `encoding problem: ${d.encoding}`);
  }
}

/** The text of source given as bytes to exec(), eval() or compile() (the
 *  string tokenizer's decode_str). */
export function _PyTokenizer_DecodeString(data: Uint8Array, filename: string): DecodedSource {
  try {
    const d = declaredEncoding(data);
    if (d.encoding === null || d.encoding === "utf-8") {
      return { text: decodeUtf8Lax(data, d.start), byteOffsets: d.encoding === null, bom: d.bom };
    }
    return { text: decodeWith(data, d.start, d.encoding), byteOffsets: false, bom: d.bom };
  } catch (e) {
    throw tokenizerInitError(e as PyObject, filename);
  }
}

/** _PyPegen_raise_tokenizer_init_error: the error as a SyntaxError at line
 *  0 of the file, its message the error's str(). */
function tokenizerInitError(exc: PyObject, filename: string): PyObject {
  let msg: PyObject;
  try {
    msg = PyObject_Str(exc);
  } finally {
    Py_DECREF(exc);
  }
  const details = _PyTuple_FromArraySteal([
    PyUnicode_FromString(filename),
    PyLong_FromNumber(0),
    PyLong_FromNumber(-1),
    Py_NewRef(Py_None),
  ]);
  return PyErr_NewWithArgs(PyExc_SyntaxError, _PyTuple_FromArraySteal([msg, details]));
}
