/**
 * printf-style formatting of bytes and bytearray, `b'%d' % 5`: CPython
 * 3.11's _PyBytes_FormatEx (Objects/bytesobject.c), step for step — the
 * format is scanned as bytes, each conversion's text is built as
 * CPython's helpers build it (formatlong / _PyUnicode_FormatLong for the
 * integer conversions, PyOS_double_to_string for the float ones,
 * format_obj for %b / %s, byte_converter for %c, PyObject_ASCII for %a /
 * %r) and padded by the same sign / prefix / fill rules, so widths, the
 * '0' flag with inf and nan, and every error message come out as
 * CPython's.
 *
 * CPython 3.11.7 has no 'z' flag here (only format() has it).
 *
 * The result is bytes' or bytearray's (`useBytearray`): the caller makes
 * the object from the returned bytes.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF } from "../heap/refcount.js";
import { heapCheck } from "../heap/allocator.js";
import { PyErr_ExceptionMatches, PyErr_Format } from "./errors.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.js";
import { PyLongObject, PyLong_ToDecimalString } from "./longobject.js";
import { PyFloat_AsDouble } from "./floatobject.js";
import { PyUnicodeObject } from "./unicodeobject.js";
import { PyTupleObject } from "./tupleobject.js";
import {
  PyNumber_Index,
  PyNumber_Long,
  PyObject_ASCII,
  PyObject_GetItem,
  _PyObject_LookupSpecialString,
} from "./abstract.js";
import { PyObject_CallNoArgs } from "./call.js";
import {
  PyObject_CheckBuffer,
  PyObject_GetBuffer,
  PyBuffer_Release,
  PyBuffer_ToContiguous,
  PyBUF_FULL_RO,
} from "./buffer.js";
import { formatE, formatF, formatG } from "./unicode-format.js";

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const INT_MAX = 2147483647;
const PY_SSIZE_T_MAX = 2 ** 63 - 1;

/** How the formatter reads the bytes types it does not import. */
export interface BytesFormatHooks {
  /** The bytes of a bytes or bytearray object, or null for anything else. */
  byteString(o: PyObject): Uint8Array | null;
  /** Is `o` a bytes object (PyBytes_Check)? */
  isBytes(o: PyObject): boolean;
  /** A new bytes object for a %(key) lookup. */
  makeKey(d: Uint8Array): PyObject;
}

/** _PyBytes_FormatEx: `format % args` as bytes. */
export function _PyBytes_FormatEx(format: Uint8Array, args: PyObject, hooks: BytesFormatHooks): Uint8Array {
  const out: number[] = [];
  const put = (d: ArrayLike<number>): void => {
    for (let i = 0; i < d.length; i++) out.push(d[i]);
  };
  let arglen: number;
  let argidx: number;
  if (args instanceof PyTupleObject) {
    arglen = args.ob_item.length;
    argidx = 0;
  } else {
    arglen = -1;
    argidx = -2;
  }
  const isMapping =
    args.ob_type.mp_subscript !== null &&
    !(args instanceof PyTupleObject) &&
    !(args instanceof PyUnicodeObject) &&
    hooks.byteString(args) === null;
  const dict = isMapping ? args : null;
  let cur = args;
  let curOwned = false;

  const nextArg = (): PyObject => {
    if (argidx < arglen) {
      argidx++;
      return arglen < 0 ? cur : (cur as PyTupleObject).ob_item[argidx - 1];
    }
    throw PyErr_Format(PyExc_TypeError, "not enough arguments for format string");
  };

  try {
    const n = format.length;
    let i = 0;
    while (i < n) {
      if (format[i] !== 37) {
        let j = i + 1;
        while (j < n && format[j] !== 37) j++;
        put(format.subarray(i, j));
        i = j;
        continue;
      }
      i++;
      if (i < n && format[i] === 37) {
        out.push(37);
        i++;
        continue;
      }
      if (i < n && format[i] === 40) {
        // %(key)
        if (dict === null) throw PyErr_Format(PyExc_TypeError, "format requires a mapping");
        i++;
        const keystart = i;
        let pcount = 1;
        while (pcount > 0 && i < n) {
          if (format[i] === 41) pcount--;
          else if (format[i] === 40) pcount++;
          i++;
        }
        if (pcount > 0) throw PyErr_Format(PyExc_ValueError, "incomplete format key");
        const key = hooks.makeKey(format.slice(keystart, i - 1));
        let v: PyObject;
        try {
          v = PyObject_GetItem(dict, key);
        } finally {
          Py_DECREF(key);
        }
        if (curOwned) Py_DECREF(cur);
        cur = v;
        curOwned = true;
        arglen = -1;
        argidx = -2;
      }
      // Flags.
      let flags = 0;
      let c = -1;
      for (; i < n; ) {
        c = format[i++];
        if (c === 45) flags |= F_LJUST;
        else if (c === 43) flags |= F_SIGN;
        else if (c === 32) flags |= F_BLANK;
        else if (c === 35) flags |= F_ALT;
        else if (c === 48) flags |= F_ZERO;
        else break;
        c = -1;
      }
      if (c === -1) throw PyErr_Format(PyExc_ValueError, "incomplete format");
      // Width.
      let width = -1;
      if (c === 42) {
        const v = nextArg();
        if (!(v instanceof PyLongObject)) throw PyErr_Format(PyExc_TypeError, "* wants int");
        width = asSsize(v);
        if (width < 0) {
          flags |= F_LJUST;
          width = -width;
        }
        c = i < n ? format[i++] : -1;
      } else if (c >= 48 && c <= 57) {
        width = c - 48;
        c = -1;
        while (i < n) {
          c = format[i++];
          if (c < 48 || c > 57) break;
          if (width > (PY_SSIZE_T_MAX - (c - 48)) / 10) throw PyErr_Format(PyExc_ValueError, "width too big");
          width = width * 10 + (c - 48);
          c = -1;
        }
      }
      // Precision.
      let prec = -1;
      if (c === 46) {
        prec = 0;
        c = i < n ? format[i++] : -1;
        if (c === 42) {
          const v = nextArg();
          if (!(v instanceof PyLongObject)) throw PyErr_Format(PyExc_TypeError, "* wants int");
          prec = asCInt(v);
          if (prec < 0) prec = 0;
          c = i < n ? format[i++] : -1;
        } else if (c >= 48 && c <= 57) {
          prec = c - 48;
          c = -1;
          while (i < n) {
            c = format[i++];
            if (c < 48 || c > 57) break;
            if (prec > (INT_MAX - (c - 48)) / 10) throw PyErr_Format(PyExc_ValueError, "prec too big");
            prec = prec * 10 + (c - 48);
            c = -1;
          }
        }
      }
      if (c === 104 || c === 108 || c === 76) c = i < n ? format[i++] : -1;
      if (c === -1) throw PyErr_Format(PyExc_ValueError, "incomplete format");
      const v = nextArg();

      let pbuf: Uint8Array;
      let sign = false;
      let fill = 32;
      const conv = String.fromCharCode(c);
      switch (conv) {
        case "r":
        case "a": {
          const r = PyObject_ASCII(v);
          pbuf = latin1Bytes((r as PyUnicodeObject).str);
          Py_DECREF(r);
          if (prec >= 0 && pbuf.length > prec) pbuf = pbuf.subarray(0, prec);
          break;
        }
        case "s":
        case "b":
          pbuf = formatObj(v, hooks);
          if (prec >= 0 && pbuf.length > prec) pbuf = pbuf.subarray(0, prec);
          break;
        case "i":
        case "d":
        case "u":
        case "o":
        case "x":
        case "X":
          pbuf = latin1Bytes(formatlong(v, flags, prec, conv));
          sign = true;
          if ((flags & F_ZERO) !== 0) fill = 48;
          break;
        case "e":
        case "E":
        case "f":
        case "F":
        case "g":
        case "G":
          pbuf = latin1Bytes(formatfloat(v, flags, prec, conv));
          sign = true;
          if ((flags & F_ZERO) !== 0) fill = 48;
          break;
        case "c":
          pbuf = Uint8Array.of(byteConverter(v, hooks));
          break;
        default:
          // C reads the format as (signed) char: a byte above 127 is a
          // negative character, which the message's %c cannot show.
          if (c >= 128) throw PyErr_Format(PyExc_OverflowError, "character argument not in range(0x110000)");
          throw PyErr_Format(
            PyExc_ValueError,
            `unsupported format character '${conv}' (0x${c.toString(16)}) at index ${i - 1}`,
          );
      }
      let p = 0;
      let len = pbuf.length;
      let signChar = 0;
      if (sign) {
        if (pbuf[0] === 45 || pbuf[0] === 43) {
          signChar = pbuf[0];
          p++;
          len--;
        } else if ((flags & F_SIGN) !== 0) signChar = 43;
        else if ((flags & F_BLANK) !== 0) signChar = 32;
      }
      if (width < len) width = len;
      heapCheck(width + 1);
      if (signChar !== 0) {
        if (fill !== 32) out.push(signChar);
        if (width > len) width--;
      }
      const altPrefix = (flags & F_ALT) !== 0 && (conv === "o" || conv === "x" || conv === "X");
      if (altPrefix) {
        if (fill !== 32) {
          out.push(pbuf[p++], pbuf[p++]);
        }
        width -= 2;
        if (width < 0) width = 0;
        len -= 2;
      }
      if (width > len && (flags & F_LJUST) === 0) {
        for (let k = 0; k < width - len; k++) out.push(fill);
        width = len;
      }
      if (fill === 32) {
        if (signChar !== 0) out.push(signChar);
        if (altPrefix) out.push(pbuf[p++], pbuf[p++]);
      }
      put(pbuf.subarray(p, p + len));
      if (width > len) for (let k = 0; k < width - len; k++) out.push(32);
      if (dict !== null && argidx < arglen) {
        throw PyErr_Format(PyExc_TypeError, "not all arguments converted during bytes formatting");
      }
    }
    if (argidx < arglen && dict === null) {
      throw PyErr_Format(PyExc_TypeError, "not all arguments converted during bytes formatting");
    }
  } finally {
    if (curOwned) Py_DECREF(cur);
  }
  return Uint8Array.from(out);
}

function latin1Bytes(s: string): Uint8Array {
  const d = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) d[i] = s.charCodeAt(i);
  return d;
}

function asSsize(v: PyLongObject): number {
  if (v.big === null) return v.v;
  throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
}

function asCInt(v: PyLongObject): number {
  if (v.big !== null || v.v > INT_MAX || v.v < -INT_MAX - 1) {
    throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return v.v;
}

/** PyNumber_Check: has __index__, __int__ or __float__ (or is complex). */
function numberCheck(o: PyObject): boolean {
  const t = o.ob_type;
  return t.nb_index !== null || t.nb_int !== null || t.nb_float !== null;
}

/** formatlong: the text of an integer conversion (with its sign, and the
 *  0x / 0o prefix under '#'). */
function formatlong(v: PyObject, flags: number, prec: number, type: string): string {
  if (type === "i") type = "d";
  let iobj: PyObject | null = null;
  if (v instanceof PyLongObject) iobj = v;
  else if (numberCheck(v)) {
    try {
      iobj = type === "o" || type === "x" || type === "X" ? PyNumber_Index(v) : PyNumber_Long(v);
    } catch (e) {
      if (!PyErr_ExceptionMatches(e, PyExc_TypeError)) throw e;
      Py_DECREF(e as PyObject);
      iobj = null;
    }
    if (iobj !== null) {
      try {
        return formatLongText(iobj as PyLongObject, (flags & F_ALT) !== 0, prec, type);
      } finally {
        Py_DECREF(iobj);
      }
    }
  }
  if (iobj === null) {
    const what = type === "o" || type === "x" || type === "X" ? "an integer" : "a real number";
    throw PyErr_Format(PyExc_TypeError, `%${type} format: ${what} is required, not ${v.ob_type.tp_name}`);
  }
  return formatLongText(iobj as PyLongObject, (flags & F_ALT) !== 0, prec, type);
}

/** _PyUnicode_FormatLong. */
function formatLongText(v: PyLongObject, alt: boolean, prec: number, type: string): string {
  if (prec > INT_MAX - 3) throw PyErr_Format(PyExc_OverflowError, "precision too large");
  const b = v.big === null ? BigInt(v.v) : v.big;
  const neg = b < 0n;
  const a = neg ? -b : b;
  const base = type === "o" ? 8 : type === "x" || type === "X" ? 16 : 10;
  // A decimal conversion is the int's str(), under its digit limit.
  let digits = base === 10 ? PyLong_ToDecimalString(v) : a.toString(base);
  if (neg && base === 10) digits = digits.slice(1);
  if (prec > digits.length) {
    heapCheck(prec);
    digits = "0".repeat(prec - digits.length) + digits;
  }
  let prefix = "";
  if (alt && base !== 10) prefix = base === 8 ? "0o" : "0x";
  let s = (neg ? "-" : "") + prefix + digits;
  if (type === "X") s = s.toUpperCase();
  return s;
}

/** formatfloat: PyOS_double_to_string's text for a float conversion. */
function formatfloat(v: PyObject, flags: number, prec: number, type: string): string {
  let x: number;
  try {
    x = PyFloat_AsDouble(v);
  } catch (e) {
    Py_DECREF(e as PyObject);
    throw PyErr_Format(PyExc_TypeError, `float argument required, not ${v.ob_type.tp_name}`);
  }
  if (prec < 0) prec = 6;
  const alt = (flags & F_ALT) !== 0;
  let neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let body: string;
  if (Number.isNaN(x)) {
    body = "nan";
    neg = false;
  } else if (!Number.isFinite(x)) body = "inf";
  else if (type === "f" || type === "F") body = formatF(a, prec, alt);
  else if (type === "e" || type === "E") body = formatE(a, prec, alt);
  else body = formatG(a, prec === 0 ? 1 : prec, alt, false);
  if (type === "E" || type === "F" || type === "G") body = body.toUpperCase();
  return (neg ? "-" : "") + body;
}

/** format_obj: the bytes of %b / %s's argument. */
function formatObj(v: PyObject, hooks: BytesFormatHooks): Uint8Array {
  const own = hooks.byteString(v);
  if (own !== null) return own.slice();
  const func = _PyObject_LookupSpecialString(v, "__bytes__");
  if (func !== null) {
    let result: PyObject;
    try {
      result = PyObject_CallNoArgs(func);
    } finally {
      Py_DECREF(func);
    }
    try {
      if (!hooks.isBytes(result)) {
        throw PyErr_Format(PyExc_TypeError, `__bytes__ returned non-bytes (type ${result.ob_type.tp_name})`);
      }
      return hooks.byteString(result)!.slice();
    } finally {
      Py_DECREF(result);
    }
  }
  if (PyObject_CheckBuffer(v)) {
    const view = PyObject_GetBuffer(v, PyBUF_FULL_RO);
    try {
      return PyBuffer_ToContiguous(view);
    } finally {
      PyBuffer_Release(view);
    }
  }
  throw PyErr_Format(
    PyExc_TypeError,
    `%b requires a bytes-like object, or an object that implements __bytes__, not '${v.ob_type.tp_name}'`,
  );
}

/** byte_converter: %c's byte (one-byte bytes or bytearray, or an int). */
function byteConverter(v: PyObject, hooks: BytesFormatHooks): number {
  const own = hooks.byteString(v);
  if (own !== null && own.length === 1) return own[0];
  let iv: PyObject;
  try {
    iv = v instanceof PyLongObject ? v : PyNumber_Index(v);
  } catch (e) {
    if (!PyErr_ExceptionMatches(e, PyExc_TypeError)) throw e;
    Py_DECREF(e as PyObject);
    throw PyErr_Format(PyExc_TypeError, "%c requires an integer in range(256) or a single byte");
  }
  const l = iv as PyLongObject;
  const ok = l.big === null && l.v >= 0 && l.v <= 255;
  const val = l.v;
  if (iv !== v) Py_DECREF(iv);
  if (!ok) throw PyErr_Format(PyExc_OverflowError, "%c arg not in range(256)");
  return val;
}
