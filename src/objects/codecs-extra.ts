/**
 * The codecs `_codecs` provides besides those of codecs.ts, as
 * Objects/unicodeobject.c and Objects/bytesobject.c write them: UTF-7
 * (RFC 2152, stateful), the charmap codecs the 8-bit encodings of
 * Lib/encodings run on (a decoding table or mapping, and the
 * `EncodingMap` charmap_build makes from a 256-character table), and the
 * bytes escapes of `escape_encode` / `escape_decode`.
 */
import type { PyObject } from "../heap/object.js";
import { PyObject as PyObjectBase } from "../heap/object.js";
import { Py_DECREF } from "../heap/refcount.js";
import { PyObject_Free } from "../heap/gc.js";
import { PyErr_Format, PyErr_ExceptionMatches } from "./errors.js";
import { PyExc_DeprecationWarning, PyExc_LookupError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.js";
import { PyUnicodeObject } from "./unicodeobject.js";
import { PyBytesObject } from "./bytesobject.js";
import { PyLongObject, PyLong_FromNumber } from "./longobject.js";
import { PyDict_New, PyDict_SetItem } from "./dictobject.js";
import { PyObject_GetItem } from "./abstract.js";
import { Py_None } from "./noneobject.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import { PyErr_WarnEx } from "./warnings.js";
import {
  ByteWriter,
  type Decoded,
  type EncodeErrorInfo,
  TextWriter,
  codePointsOf,
  decodeError,
  encodeError,
  makeEncodeError,
} from "./codecs.js";

// ---------------------------------------------------------------- UTF-7

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function isBase64(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
}

function fromBase64(c: number): number {
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 71;
  if (c >= 48 && c <= 57) return c + 4;
  return c === 43 ? 62 : 63;
}

/** ENCODE_DIRECT with set O and whitespace direct (what utf_7_encode
 *  uses): ASCII but NUL, the controls other than tab, LF and CR, '+',
 *  '\\', '~' and DEL (utf7_category 3). */
function encodeDirect(c: number): boolean {
  if (c <= 0 || c >= 127) return false;
  if (c < 32) return c === 9 || c === 10 || c === 13;
  return c !== 43 && c !== 92 && c !== 126;
}

/** _PyUnicode_EncodeUTF7. */
export function encodeUTF7(u: PyUnicodeObject): Uint8Array {
  const s = u.str;
  const out = new ByteWriter(s.length * 3);
  let inShift = false;
  let bits = 0;
  let buffer = 0;
  const emit = (): void => {
    while (bits >= 6) {
      out.put(B64.charCodeAt((buffer >> (bits - 6)) & 0x3f));
      bits -= 6;
    }
    buffer &= (1 << bits) - 1;
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (inShift) {
      if (encodeDirect(ch)) {
        if (bits > 0) {
          out.put(B64.charCodeAt((buffer << (6 - bits)) & 0x3f));
          buffer = 0;
          bits = 0;
        }
        inShift = false;
        if (isBase64(ch) || ch === 45) out.put(45);
        out.put(ch);
        continue;
      }
    } else if (ch === 43) {
      out.put(43);
      out.put(45);
      continue;
    } else if (encodeDirect(ch)) {
      out.put(ch);
      continue;
    } else {
      out.put(43);
      inShift = true;
    }
    // A UTF-16 code unit (a JS string's units are UTF-16 already).
    bits += 16;
    buffer = (buffer << 16) | ch;
    emit();
  }
  if (bits > 0) out.put(B64.charCodeAt((buffer << (6 - bits)) & 0x3f));
  if (inShift) out.put(45);
  return out.finish();
}

/** PyUnicode_DecodeUTF7Stateful. */
export function decodeUTF7(d: Uint8Array, errors: string | null, final: boolean): Decoded {
  let out = "";
  const e = d.length;
  let s = 0;
  let inShift = false;
  let bits = 0;
  let buffer = 0;
  let surrogate = 0;
  let startinpos = 0;
  let shiftOutStart = 0;
  const fail = (reason: string): void => {
    const [rep, pos] = decodeError(errors, { encoding: "utf7", data: d, start: startinpos, end: s, reason });
    out += rep;
    s = pos;
  };
  for (;;) {
    while (s < e) {
      const ch = d[s];
      if (inShift) {
        if (isBase64(ch)) {
          buffer = (buffer << 6) | fromBase64(ch);
          bits += 6;
          s++;
          if (bits >= 16) {
            const outCh = (buffer >> (bits - 16)) & 0xffff;
            bits -= 16;
            buffer &= (1 << bits) - 1;
            if (surrogate !== 0) {
              if (outCh >= 0xdc00 && outCh <= 0xdfff) {
                out += String.fromCharCode(surrogate, outCh);
                surrogate = 0;
                continue;
              }
              out += String.fromCharCode(surrogate);
              surrogate = 0;
            }
            if (outCh >= 0xd800 && outCh <= 0xdbff) surrogate = outCh;
            else out += String.fromCharCode(outCh);
          }
        } else {
          inShift = false;
          if (bits > 6) {
            s++;
            fail("partial character in shift sequence");
            continue;
          }
          if (buffer !== 0) {
            s++;
            fail("non-zero padding bits in shift sequence");
            continue;
          }
          if (surrogate !== 0 && ch <= 127 && ch !== 43) out += String.fromCharCode(surrogate);
          surrogate = 0;
          if (ch === 45) s++;
        }
      } else if (ch === 43) {
        startinpos = s;
        s++;
        if (s < e && d[s] === 45) {
          s++;
          out += "+";
        } else if (s < e && !isBase64(d[s])) {
          s++;
          fail("ill-formed sequence");
        } else {
          inShift = true;
          surrogate = 0;
          shiftOutStart = out.length;
          bits = 0;
          buffer = 0;
        }
      } else if (ch <= 127) {
        s++;
        out += String.fromCharCode(ch);
      } else {
        startinpos = s;
        s++;
        fail("unexpected special character");
      }
    }
    if (inShift && final) {
      inShift = false;
      if (surrogate !== 0 || bits >= 6 || (bits > 0 && buffer !== 0)) {
        const [rep, pos] = decodeError(errors, {
          encoding: "utf7",
          data: d,
          start: startinpos,
          end: e,
          reason: "unterminated shift sequence",
        });
        out += rep;
        s = pos;
        if (s < e) continue;
      }
    }
    break;
  }
  if (!final && inShift) return { text: out.slice(0, shiftOutStart), consumed: startinpos, byteorder: 0 };
  return { text: out, consumed: s, byteorder: 0 };
}

// ---------------------------------------------------------------- charmap

const UNDEFINED = "character maps to <undefined>";

/** An EncodingMap (charmap_build): characters to bytes for a decoding table of up to 256 characters. */
export class PyEncodingMapObject extends PyObjectBase {
  map: Map<number, number>;
  count2: number;
  count3: number;
  constructor(map: Map<number, number>, count2: number, count3: number) {
    super(EncodingMap_Type, 64);
    this.map = map;
    this.count2 = count2;
    this.count3 = count3;
  }
}

function encoding_map_dealloc(op: PyObject): void {
  PyObject_Free(op);
}

export const EncodingMap_Type: PyTypeObject = newStaticType("EncodingMap", 64, 0, encoding_map_dealloc);

/** EncodingMap.size(): the bytes its three-level table takes, as CPython counts them. */
export function EncodingMap_size(self: PyObject): number {
  const m = self as PyEncodingMapObject;
  return 63 + 16 * m.count2 + 128 * m.count3;
}

/** PyUnicode_BuildEncodingMap: an EncodingMap, or a dict {ord: index} when
 *  the table (its first 256 characters) does not fit CPython's
 *  three-level form. */
export function PyUnicode_BuildEncodingMap(table: PyUnicodeObject): PyObject {
  const cps = codePointsOf(table.str).slice(0, 256);
  if (cps.length === 0) throw PyErr_Format(PyExc_TypeError, "bad argument type for built-in operation");
  let needDict = cps[0] !== 0;
  const level1 = new Set<number>();
  const level2 = new Set<number>();
  for (let i = 1; i < cps.length && !needDict; i++) {
    const ch = cps[i];
    if (ch === 0 || ch > 0xffff) {
      needDict = true;
      break;
    }
    if (ch === 0xfffe) continue;
    level1.add(ch >> 11);
    level2.add(ch >> 7);
  }
  if (level1.size >= 0xff || level2.size >= 0xff) needDict = true;
  if (needDict) {
    const d = PyDict_New();
    try {
      for (let i = 0; i < cps.length; i++) {
        const k = PyLong_FromNumber(cps[i]);
        const v = PyLong_FromNumber(i);
        try {
          PyDict_SetItem(d, k, v);
        } finally {
          Py_DECREF(k);
          Py_DECREF(v);
        }
      }
    } catch (e) {
      Py_DECREF(d);
      throw e;
    }
    return d;
  }
  const map = new Map<number, number>();
  map.set(0, 0);
  for (let i = 1; i < cps.length; i++) if (cps[i] !== 0xfffe) map.set(cps[i], i);
  return new PyEncodingMapObject(map, level1.size, level2.size);
}

/** The mapping's value for a key (a new reference), or null where a
 *  LookupError says there is none. */
function mappingLookup(mapping: PyObject, c: number): PyObject | null {
  const key = PyLong_FromNumber(c);
  try {
    return PyObject_GetItem(mapping, key);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, PyExc_LookupError)) {
      Py_DECREF(e as PyObject);
      return null;
    }
    throw e;
  } finally {
    Py_DECREF(key);
  }
}

/** PyUnicode_DecodeCharmap with a table (str) or a mapping. */
export function decodeCharmap(d: Uint8Array, errors: string | null, mapping: PyObject): string {
  const out = new TextWriter();
  const table = mapping instanceof PyUnicodeObject ? codePointsOf(mapping.str) : null;
  let s = 0;
  while (s < d.length) {
    const b = d[s];
    if (table !== null) {
      if (b < table.length && table[b] !== 0xfffe) {
        out.put(table[b]);
        s++;
        continue;
      }
    } else {
      const v = mappingLookup(mapping, b);
      if (v !== null) {
        try {
          if (v instanceof PyLongObject) {
            const n = v.big === null ? v.v : -1;
            if (n < 0 || n > 0x10ffff) {
              throw PyErr_Format(PyExc_TypeError, "character mapping must be in range(0x110000)");
            }
            if (n !== 0xfffe) {
              out.put(n);
              s++;
              continue;
            }
          } else if (v instanceof PyUnicodeObject) {
            if (v.str !== "\ufffe") {
              out.putString(v.str);
              s++;
              continue;
            }
          } else if (v !== Py_None) {
            throw PyErr_Format(PyExc_TypeError, "character mapping must return integer, None or str");
          }
        } finally {
          Py_DECREF(v);
        }
      }
    }
    const [rep, pos] = decodeError(errors, { encoding: "charmap", data: d, start: s, end: s + 1, reason: UNDEFINED });
    out.putString(rep);
    s = pos;
  }
  return out.finish();
}

/** charmapencode_lookup: the bytes `c` maps to, or null if it maps to none. */
function charmapLookup(c: number, mapping: PyObject): Uint8Array | null {
  if (mapping instanceof PyEncodingMapObject) {
    const b = mapping.map.get(c);
    return b === undefined ? null : Uint8Array.of(b);
  }
  const v = mappingLookup(mapping, c);
  if (v === null || v === Py_None) {
    if (v !== null) Py_DECREF(v);
    return null;
  }
  try {
    if (v instanceof PyLongObject) {
      const n = v.big === null ? v.v : -1;
      if (n < 0 || n > 255) throw PyErr_Format(PyExc_TypeError, "character mapping must be in range(256)");
      return Uint8Array.of(n);
    }
    if (v instanceof PyBytesObject) return v.ob_sval;
    throw PyErr_Format(
      PyExc_TypeError,
      `character mapping must return integer, bytes or None, not ${v.ob_type.tp_name}`,
    );
  } finally {
    Py_DECREF(v);
  }
}

/** _PyUnicode_EncodeCharmap with a mapping (dict or EncodingMap). */
export function encodeCharmap(u: PyUnicodeObject, errors: string | null, mapping: PyObject): Uint8Array {
  const cps = codePointsOf(u.str);
  const out = new ByteWriter(cps.length);
  let pos = 0;
  while (pos < cps.length) {
    const b = charmapLookup(cps[pos], mapping);
    if (b !== null) {
      out.putBytes(b);
      pos++;
      continue;
    }
    let end = pos + 1;
    while (end < cps.length && charmapLookup(cps[end], mapping) === null) end++;
    const e: EncodeErrorInfo = { encoding: "charmap", str: u, cps, start: pos, end, reason: UNDEFINED };
    const [rep, newpos] = encodeError(errors, e);
    if (rep instanceof Uint8Array) out.putBytes(rep);
    else {
      for (const c of codePointsOf(rep)) {
        const rb = charmapLookup(c, mapping);
        if (rb === null) throw makeEncodeError(e);
        out.putBytes(rb);
      }
    }
    pos = newpos;
  }
  return out.finish();
}

// ---------------------------------------------------------------- bytes escapes

/** escape_encode: bytes with a bytes literal's escapes (no quotes; ' escaped). */
export function escapeEncode(d: Uint8Array): Uint8Array {
  const out = new ByteWriter(d.length);
  const ascii = (t: string): void => {
    for (let i = 0; i < t.length; i++) out.put(t.charCodeAt(i));
  };
  for (const c of d) {
    if (c === 39 || c === 92) {
      out.put(92);
      out.put(c);
    } else if (c === 9) ascii("\\t");
    else if (c === 10) ascii("\\n");
    else if (c === 13) ascii("\\r");
    else if (c < 32 || c >= 0x7f) ascii("\\x" + c.toString(16).padStart(2, "0"));
    else out.put(c);
  }
  return out.finish();
}

const BYTES_ESCAPES: Record<number, number> = {
  92: 92,
  39: 39,
  34: 34,
  98: 8,
  102: 12,
  116: 9,
  110: 10,
  114: 13,
  118: 11,
  97: 7,
};

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** PyBytes_DecodeEscape (escape_decode): a bytes literal's escapes undone. */
export function escapeDecode(d: Uint8Array, errors: string | null): Uint8Array {
  const out = new ByteWriter(d.length);
  const end = d.length;
  let s = 0;
  let firstInvalid = -1;
  while (s < end) {
    if (d[s] !== 92) {
      out.put(d[s++]);
      continue;
    }
    s++;
    if (s >= end) throw PyErr_Format(PyExc_ValueError, "Trailing \\ in string");
    const c = d[s++];
    if (c === 10) continue;
    const simple = BYTES_ESCAPES[c];
    if (simple !== undefined) {
      out.put(simple);
      continue;
    }
    if (c >= 48 && c <= 55) {
      let v = c - 48;
      if (s < end && d[s] >= 48 && d[s] <= 55) {
        v = (v << 3) + d[s++] - 48;
        if (s < end && d[s] >= 48 && d[s] <= 55) v = (v << 3) + d[s++] - 48;
      }
      out.put(v & 0xff);
      continue;
    }
    if (c === 120) {
      if (s + 1 < end) {
        const hi = hexValue(d[s]);
        const lo = hexValue(d[s + 1]);
        if (hi >= 0 && lo >= 0) {
          out.put((hi << 4) | lo);
          s += 2;
          continue;
        }
      }
      if (errors === null || errors === "strict") {
        throw PyErr_Format(PyExc_ValueError, `invalid \\x escape at position ${s - 2}`);
      }
      if (errors === "replace") out.put(63);
      else if (errors !== "ignore") {
        throw PyErr_Format(PyExc_ValueError, `decoding error; unknown error handling code: ${errors}`);
      }
      // Skip \x and the hex digits that are there.
      if (s < end && hexValue(d[s]) >= 0) s++;
      continue;
    }
    if (firstInvalid < 0) firstInvalid = c;
    out.put(92);
    s--;
  }
  if (firstInvalid >= 0) {
    PyErr_WarnEx(PyExc_DeprecationWarning, `invalid escape sequence '\\${String.fromCharCode(firstInvalid)}'`, 1);
  }
  return out.finish();
}
