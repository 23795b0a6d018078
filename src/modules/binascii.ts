/**
 * The `binascii` module (CPython 3.11's Modules/binascii.c): conversions
 * between binary data and ASCII encodings, which Lib/base64.py, uu and
 * friends build on — base64 (`a2b_base64` with strict_mode,
 * `b2a_base64`), hex (`hexlify`/`b2a_hex`, `unhexlify`/`a2b_hex`, with
 * separators), uuencode (`a2b_uu`, `b2a_uu`) and the checksums `crc32`
 * and `crc_hqx`, with `binascii.Error` (a ValueError) and
 * `binascii.Incomplete`. Quoted-printable (`a2b_qp`, `b2a_qp`) is left
 * out: Lib/quopri.py falls back to its own Python code without it.
 *
 * The a2b functions take bytes-like objects or ASCII-only str (CPython's
 * ascii_buffer_converter); the b2a functions take bytes-like objects.
 * The two exception classes are the module's state.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF } from "../heap/refcount.js";
import { PyType_Type, type PyTypeObject } from "../objects/typeobject.js";
import { METH_FASTCALL, METH_KEYWORDS, type PyMethodDef } from "../objects/methoddef.js";
import { _PyArg_UnpackKeywords, newArgParser, nonStaticParser } from "../objects/getargs.js";
import {
  type PyModuleObject,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/moduleobject.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyLong_AsBigInt, PyLong_FromNumber } from "../objects/longobject.js";
import { PyBytes_FromStringAndSize } from "../objects/bytesobject.js";
import { PyTuple_Pack } from "../objects/tupleobject.js";
import { PyDict_New, PyDict_SetItemString } from "../objects/dictobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_Exception, PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.js";
import { PyIndex_Check, PyNumber_Index, PyObject_IsTrue } from "../objects/abstract.js";
import { PyObject_Call } from "../objects/call.js";
import {
  PyBUF_SIMPLE,
  PyBuffer_Data,
  PyBuffer_Release,
  PyObject_CheckBuffer,
  PyObject_GetBuffer,
} from "../objects/buffer.js";

let state: PyModuleObject | null = null;

function binasciiError(msg: string): PyObject {
  return PyErr_Format(state!.md_state[0] as PyTypeObject, msg);
}

/** A copy of a bytes-like argument ("y*"). */
function bytesArg(o: PyObject): Uint8Array {
  const view = PyObject_GetBuffer(o, PyBUF_SIMPLE);
  try {
    return PyBuffer_Data(view).slice();
  } finally {
    PyBuffer_Release(view);
  }
}

/** ascii_buffer_converter: a bytes-like object or an ASCII-only str. */
function asciiArg(o: PyObject): Uint8Array {
  if (PyUnicode_Check(o)) {
    const s = PyUnicode_AsString(o);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 127) throw PyErr_Format(PyExc_ValueError, "string argument should contain only ASCII characters");
      out[i] = c;
    }
    return out;
  }
  if (!PyObject_CheckBuffer(o)) {
    throw PyErr_Format(PyExc_TypeError, `argument should be bytes, buffer or ASCII string, not '${o.ob_type.tp_name}'`);
  }
  return bytesArg(o);
}

function bytesResult(a: number[] | Uint8Array): PyObject {
  return PyBytes_FromStringAndSize(a instanceof Uint8Array ? a : Uint8Array.from(a));
}

// ---------------------------------------------------------------- base64

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const tableA2B = new Uint8Array(256).fill(255);
for (let i = 0; i < 64; i++) tableA2B[B64.charCodeAt(i)] = i;
const PAD = 61;

const a2bBase64Parser = newArgParser("a2b_base64", ["data", "strict_mode"], 1, 1, 1);

function binascii_a2b_base64(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [dataObj, strictObj] = _PyArg_UnpackKeywords(args, kwnames, a2bBase64Parser, [null, null]);
  const data = asciiArg(dataObj!);
  const strict = strictObj !== null && PyObject_IsTrue(strictObj);
  const out: number[] = [];
  if (strict && data.length > 0 && data[0] === PAD) throw binasciiError("Leading padding not allowed");
  let quadPos = 0;
  let leftChar = 0;
  let pads = 0;
  let paddingStarted = false;
  let done = false;
  for (let i = 0; i < data.length && !done; i++) {
    let ch = data[i];
    if (ch === PAD) {
      paddingStarted = true;
      if (quadPos >= 2 && quadPos + ++pads >= 4) {
        if (strict && i + 1 < data.length) throw binasciiError("Excess data after padding");
        done = true;
      }
      continue;
    }
    ch = tableA2B[ch];
    if (ch >= 64) {
      if (strict) throw binasciiError("Only base64 data is allowed");
      continue;
    }
    if (strict && paddingStarted) throw binasciiError("Discontinuous padding not allowed");
    pads = 0;
    switch (quadPos) {
      case 0:
        quadPos = 1;
        leftChar = ch;
        break;
      case 1:
        quadPos = 2;
        out.push(((leftChar << 2) | (ch >> 4)) & 0xff);
        leftChar = ch & 0x0f;
        break;
      case 2:
        quadPos = 3;
        out.push(((leftChar << 4) | (ch >> 2)) & 0xff);
        leftChar = ch & 0x03;
        break;
      default:
        quadPos = 0;
        out.push(((leftChar << 6) | ch) & 0xff);
        leftChar = 0;
    }
  }
  if (!done && quadPos !== 0) {
    if (quadPos === 1) {
      throw binasciiError(
        `Invalid base64-encoded string: number of data characters (${Math.floor(out.length / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`,
      );
    }
    throw binasciiError("Incorrect padding");
  }
  return bytesResult(out);
}

const b2aBase64Parser = newArgParser("b2a_base64", ["data", "newline"], 1, 1, 1);

function binascii_b2a_base64(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [dataObj, newlineObj] = _PyArg_UnpackKeywords(args, kwnames, b2aBase64Parser, [null, null]);
  const data = bytesArg(dataObj!);
  const newline = newlineObj === null || PyObject_IsTrue(newlineObj);
  const out: number[] = [];
  let i = 0;
  for (; i + 2 < data.length; i += 3) {
    const n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    out.push(
      B64.charCodeAt(n >> 18),
      B64.charCodeAt((n >> 12) & 63),
      B64.charCodeAt((n >> 6) & 63),
      B64.charCodeAt(n & 63),
    );
  }
  if (data.length - i === 1) {
    const n = data[i] << 16;
    out.push(B64.charCodeAt(n >> 18), B64.charCodeAt((n >> 12) & 63), PAD, PAD);
  } else if (data.length - i === 2) {
    const n = (data[i] << 16) | (data[i + 1] << 8);
    out.push(B64.charCodeAt(n >> 18), B64.charCodeAt((n >> 12) & 63), B64.charCodeAt((n >> 6) & 63), PAD);
  }
  if (newline) out.push(10);
  return bytesResult(out);
}

// ---------------------------------------------------------------- hex

const HEX = "0123456789abcdef";

/** _Py_strhex_bytes_with_sep. */
function hexlify(data: Uint8Array, sepObj: PyObject | null, bytesPerSepObj: PyObject | null): PyObject {
  let sep = -1;
  if (sepObj !== null) {
    let s: Uint8Array;
    if (PyUnicode_Check(sepObj)) {
      const str = PyUnicode_AsString(sepObj);
      s = Uint8Array.from(str, (c) => c.charCodeAt(0));
      if (str.length === 1 && str.charCodeAt(0) > 127) {
        throw PyErr_Format(PyExc_ValueError, "sep must be ASCII.");
      }
    } else s = bytesArg(sepObj);
    if (s.length !== 1) throw PyErr_Format(PyExc_ValueError, "sep must be length 1.");
    sep = s[0];
    if (sep > 127) throw PyErr_Format(PyExc_ValueError, "sep must be ASCII.");
  }
  let bytesPerSep = 1;
  if (bytesPerSepObj !== null) bytesPerSep = Number(PyLong_AsBigInt(bytesPerSepObj));
  const out: number[] = [];
  const n = data.length;
  const group = Math.abs(bytesPerSep);
  for (let i = 0; i < n; i++) {
    if (sep >= 0 && group > 0 && i > 0) {
      // Groups count from the right for a positive bytes_per_sep.
      const boundary = bytesPerSep > 0 ? (n - i) % group === 0 : i % group === 0;
      if (boundary) out.push(sep);
    }
    out.push(HEX.charCodeAt(data[i] >> 4), HEX.charCodeAt(data[i] & 15));
  }
  return bytesResult(out);
}

function hexParser(name: string) {
  return newArgParser(name, ["data", "sep", "bytes_per_sep"], 1);
}
const b2aHexParser = hexParser("b2a_hex");
const hexlifyParser = hexParser("hexlify");

function binascii_b2a_hex(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [data, sep, bps] = _PyArg_UnpackKeywords(args, kwnames, b2aHexParser, [null, null, null]);
  return hexlify(bytesArg(data!), sep, bps === null ? null : indexArg(bps));
}

function binascii_hexlify(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [data, sep, bps] = _PyArg_UnpackKeywords(args, kwnames, hexlifyParser, [null, null, null]);
  return hexlify(bytesArg(data!), sep, bps === null ? null : indexArg(bps));
}

function indexArg(o: PyObject): PyObject {
  if (!PyIndex_Check(o)) {
    throw PyErr_Format(PyExc_TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  const i = PyNumber_Index(o);
  Py_DECREF(i);
  return o;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function unhexlify(dataObj: PyObject): PyObject {
  const data = asciiArg(dataObj);
  if (data.length % 2 !== 0) throw binasciiError("Odd-length string");
  const out = new Uint8Array(data.length / 2);
  for (let i = 0; i < data.length; i += 2) {
    const hi = hexValue(data[i]);
    const lo = hexValue(data[i + 1]);
    if (hi < 0 || lo < 0) throw binasciiError("Non-hexadecimal digit found");
    out[i / 2] = (hi << 4) | lo;
  }
  return bytesResult(out);
}

const a2bHexParser = nonStaticParser(newArgParser("a2b_hex", ["hexstr"], 1, 1));
const unhexlifyParser = nonStaticParser(newArgParser("unhexlify", ["hexstr"], 1, 1));

function binascii_a2b_hex(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [h] = _PyArg_UnpackKeywords(args, kwnames, a2bHexParser, [null]);
  return unhexlify(h!);
}

function binascii_unhexlify(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [h] = _PyArg_UnpackKeywords(args, kwnames, unhexlifyParser, [null]);
  return unhexlify(h!);
}

// ---------------------------------------------------------------- uuencode

const a2bUuParser = nonStaticParser(newArgParser("a2b_uu", ["data"], 1, 1));

function binascii_a2b_uu(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [dataObj] = _PyArg_UnpackKeywords(args, kwnames, a2bUuParser, [null]);
  const data = asciiArg(dataObj!);
  let pos = 0;
  let asciiLen = data.length - 1;
  let binLen = ((data.length > 0 ? data[pos++] : 0) - 32) & 0o77;
  const out: number[] = [];
  let leftchar = 0;
  let leftbits = 0;
  for (; binLen > 0; asciiLen--, pos++) {
    let ch = asciiLen > 0 ? data[pos] : 0;
    if (ch === 10 || ch === 13 || asciiLen <= 0) ch = 0;
    else {
      if (ch < 32 || ch > 32 + 64) throw binasciiError("Illegal char");
      ch = (ch - 32) & 0o77;
    }
    leftchar = (leftchar << 6) | ch;
    leftbits += 6;
    if (leftbits >= 8) {
      leftbits -= 8;
      out.push((leftchar >> leftbits) & 0xff);
      leftchar &= (1 << leftbits) - 1;
      binLen--;
    }
  }
  while (asciiLen-- > 0) {
    const ch = data[pos++];
    if (ch !== 32 && ch !== 32 + 64 && ch !== 10 && ch !== 13) throw binasciiError("Trailing garbage");
  }
  return bytesResult(out);
}

const b2aUuParser = newArgParser("b2a_uu", ["data", "backtick"], 1, 1, 1);

function binascii_b2a_uu(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [dataObj, backtickObj] = _PyArg_UnpackKeywords(args, kwnames, b2aUuParser, [null, null]);
  const data = bytesArg(dataObj!);
  const backtick = backtickObj !== null && PyObject_IsTrue(backtickObj);
  if (data.length > 45) throw binasciiError("At most 45 bytes at once");
  const out: number[] = [];
  out.push(backtick && data.length === 0 ? 96 : 32 + data.length);
  let leftchar = 0;
  let leftbits = 0;
  for (let binLen = data.length, i = 0; binLen > 0 || leftbits !== 0; binLen--, i++) {
    leftchar = binLen > 0 ? (leftchar << 8) | data[i] : leftchar << 8;
    leftbits += 8;
    while (leftbits >= 6) {
      const ch = (leftchar >> (leftbits - 6)) & 0x3f;
      leftbits -= 6;
      out.push(backtick && ch === 0 ? 96 : ch + 32);
    }
    leftchar &= (1 << leftbits) - 1;
  }
  out.push(10);
  return bytesResult(out);
}

// ---------------------------------------------------------------- checksums

const crc32Table = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  crc32Table[n] = c >>> 0;
}

function uintArg(o: PyObject, bits: number): number {
  if (!PyIndex_Check(o)) {
    throw PyErr_Format(PyExc_TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  const i = PyNumber_Index(o);
  const v = PyLong_AsBigInt(i);
  Py_DECREF(i);
  return Number(BigInt.asUintN(bits, v));
}

function binascii_crc32(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [dataObj, crcObj] = _PyArg_UnpackKeywords(args, kwnames, crc32Parser, [null, null]);
  const data = bytesArg(dataObj!);
  let crc = crcObj === null ? 0 : uintArg(crcObj, 32);
  crc = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) crc = crc32Table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return PyLong_FromNumber(~crc >>> 0);
}
const crc32Parser = nonStaticParser(newArgParser("crc32", ["data", "crc"], 1, 2));

function binascii_crc_hqx(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [dataObj, crcObj] = _PyArg_UnpackKeywords(args, kwnames, crcHqxParser, [null, null]);
  const data = bytesArg(dataObj!);
  let crc = uintArg(crcObj!, 16);
  for (let i = 0; i < data.length; i++) {
    crc ^= data[i] << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return PyLong_FromNumber(crc);
}
const crcHqxParser = nonStaticParser(newArgParser("crc_hqx", ["data", "crc"], 2, 2));

// ---------------------------------------------------------------- the module

const F = METH_FASTCALL | METH_KEYWORDS;
const functions: PyMethodDef[] = [
  {
    name: "a2b_uu",
    meth: binascii_a2b_uu,
    flags: F,
    doc: "a2b_uu($module, data, /)\n--\n\nDecode a line of uuencoded data.",
  },
  {
    name: "b2a_uu",
    meth: binascii_b2a_uu,
    flags: F,
    doc: "b2a_uu($module, data, /, *, backtick=False)\n--\n\nUuencode line of data.",
  },
  {
    name: "a2b_base64",
    meth: binascii_a2b_base64,
    flags: F,
    doc: "a2b_base64($module, data, /, *, strict_mode=False)\n--\n\nDecode a line of base64 data.\n\n  strict_mode\n    When set to True, bytes that are not part of the base64 standard are not allowed.\n    The same applies to excess data after padding (= / ==).",
  },
  {
    name: "b2a_base64",
    meth: binascii_b2a_base64,
    flags: F,
    doc: "b2a_base64($module, data, /, *, newline=True)\n--\n\nBase64-code line of data.",
  },
  {
    name: "a2b_hex",
    meth: binascii_a2b_hex,
    flags: F,
    doc: 'a2b_hex($module, hexstr, /)\n--\n\nBinary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case).\nThis function is also available as "unhexlify()".',
  },
  {
    name: "b2a_hex",
    meth: binascii_b2a_hex,
    flags: F,
    doc: "b2a_hex($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nHexadecimal representation of binary data.",
  },
  {
    name: "hexlify",
    meth: binascii_hexlify,
    flags: F,
    doc: "hexlify($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nHexadecimal representation of binary data.",
  },
  {
    name: "unhexlify",
    meth: binascii_unhexlify,
    flags: F,
    doc: "unhexlify($module, hexstr, /)\n--\n\nBinary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case).",
  },
  {
    name: "crc_hqx",
    meth: binascii_crc_hqx,
    flags: F,
    doc: "crc_hqx($module, data, crc, /)\n--\n\nCompute CRC-CCITT incrementally.",
  },
  {
    name: "crc32",
    meth: binascii_crc32,
    flags: F,
    doc: "crc32($module, data, crc=0, /)\n--\n\nCompute CRC-32 incrementally.",
  },
];

/** PyErr_NewException("binascii.NAME", base, NULL). */
function newException(name: string, base: PyTypeObject): PyObject {
  const dict = PyDict_New();
  const modname = PyUnicode_FromString("binascii");
  const n = PyUnicode_FromString(name);
  const bases = PyTuple_Pack(base);
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

export function PyInit_binascii(): PyObject {
  const m = PyModule_New("binascii");
  PyModule_AddFunctions(m, functions);
  const doc = PyUnicode_FromString("Conversion between binary data and ASCII");
  PyDict_SetItemString(m.md_dict!, "__doc__", doc);
  Py_DECREF(doc);
  const error = newException("Error", PyExc_ValueError);
  const incomplete = newException("Incomplete", PyExc_Exception);
  m.md_state = [error, incomplete];
  state = m;
  PyModule_AddObjectRef(m, "Error", error);
  PyModule_AddObjectRef(m, "Incomplete", incomplete);
  return m;
}
