/**
 * The `_struct` module (CPython 3.11's Modules/_struct.c), which
 * Lib/struct.py re-exports: packing Python values into C structs held in
 * bytes and back — `pack`, `pack_into`, `unpack`, `unpack_from`,
 * `iter_unpack`, `calcsize`, the compiled `Struct` and its
 * `unpack_iterator`, and the exception `struct.error`.
 *
 * Formats as on 64-bit little-endian Linux: '@' (the default) is native
 * size and alignment, '=' '<' '>' '!' standard sizes without alignment.
 * CPython's standard little-endian table borrows the native pack
 * functions for the codes whose sizes agree (b B c h H i I q Q e), so
 * `'<h'` reports "short format requires ..." while `'>h'` reports "'h'
 * format requires ..."; each code here packs with the function CPython's
 * table gives it, with its messages. An OverflowError raised while
 * packing an int becomes `struct.error: int too large to convert`, as in
 * s_pack_internal.
 *
 * The module functions compile their format through a cache of Struct
 * objects (a dict keyed by the format object, emptied when it reaches 100
 * entries), so a format str is referenced by the cache as in CPython.
 * The cache and `struct.error` are the module's state.
 *
 * Sizes: a Struct is sizeof(PyStructObject) 56 plus 32 bytes per code
 * (s_len + 1), the unpack_iterator 112; both are GC objects, as in
 * CPython where their types are heap types.
 */
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType, PyType_Type, type PyTypeObject } from "../objects/typeobject.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { _PyArg_CheckPositional, _PyArg_UnpackKeywords, newArgParser, nkw } from "../objects/getargs.js";
import {
  type PyModuleObject,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/moduleobject.js";
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from "../objects/unicodeobject.js";
import {
  PyLong_AsBigInt,
  PyLong_Check,
  PyLong_FromBigInt,
  PyLong_FromNumber,
  PyBool_FromBool,
} from "../objects/longobject.js";
import { PyFloat_AsDouble, PyFloat_FromDouble } from "../objects/floatobject.js";
import { PyBytes_Check, PyBytes_FromStringAndSize, type PyBytesObject } from "../objects/bytesobject.js";
import { PyByteArray_Check, type PyByteArrayObject } from "../objects/bytearrayobject.js";
import { _PyTuple_FromArraySteal, PyTuple_Pack } from "../objects/tupleobject.js";
import {
  PyDict_Clear,
  PyDict_GetItem,
  PyDict_New,
  PyDict_SetItem,
  PyDict_SetItemString,
  PyDict_Size,
} from "../objects/dictobject.js";
import { PyErr_ExceptionMatches, PyErr_Format, PyErr_NoMemory, toPyException } from "../objects/errors.js";
import { Py_None } from "../objects/noneobject.js";
import { PyExc_Exception, PyExc_OverflowError, PyExc_IndexError, PyExc_TypeError } from "../objects/exceptions.js";
import { PyIndex_Check, PyNumber_AsSsize_t, PyNumber_Index, PyObject_IsTrue } from "../objects/abstract.js";
import { PyObject_Call, PyObject_CallOneArg } from "../objects/call.js";
import { PyObject_ClearWeakRefs } from "../objects/weakrefobject.js";
import {
  PyBUF_SIMPLE,
  PyBUF_WRITABLE,
  type Py_buffer,
  PyBuffer_Data,
  PyBuffer_Release,
  PyObject_GetBuffer,
} from "../objects/buffer.js";
import { PyUnicode_AsEncodedString } from "../objects/codecs.js";

// ---------------------------------------------------------------- module state

/** The running module's state: [struct.error, the Struct cache]. */
let state: PyModuleObject | null = null;

function StructError(): PyTypeObject {
  return state!.md_state[0] as PyTypeObject;
}

function structError(msg: string): PyObject {
  return PyErr_Format(StructError(), msg);
}

// ---------------------------------------------------------------- format codes

type Packer = (buf: DataView, off: number, v: PyObject, f: FormatDef) => void;
type Unpacker = (buf: DataView, off: number, f: FormatDef) => PyObject;

interface FormatDef {
  format: string;
  size: number;
  alignment: number;
  unpack: Unpacker;
  pack: Packer;
  le: boolean;
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;

/** get_pylong: `v` as an int (a new reference), through __index__. */
function get_pylong(v: PyObject): PyObject {
  if (PyLong_Check(v)) return Py_NewRef(v);
  if (PyIndex_Check(v)) return PyNumber_Index(v);
  throw structError("required argument is not an integer");
}

function get_bigint(v: PyObject): bigint {
  const o = get_pylong(v);
  try {
    return PyLong_AsBigInt(o);
  } finally {
    Py_DECREF(o);
  }
}

/** get_long: a C long, else "argument out of range". */
function get_long(v: PyObject): bigint {
  const x = get_bigint(v);
  if (x < LONG_MIN || x > LONG_MAX) throw structError("argument out of range");
  return x;
}

/** get_ulong: a C unsigned long (a negative int overflows too). */
function get_ulong(v: PyObject): bigint {
  const x = get_bigint(v);
  if (x < 0n || x > ULONG_MAX) throw structError("argument out of range");
  return x;
}

/** An OverflowError for an int, as PyLong_As* raise it; s_pack_internal
 *  turns it into "int too large to convert". */
function intOverflow(): PyObject {
  return PyErr_Format(PyExc_OverflowError, "int too large to convert");
}

/** _range_error. */
function rangeError(f: FormatDef, isUnsigned: boolean): PyObject {
  const ulargest = 2n ** BigInt(f.size * 8) - 1n;
  if (isUnsigned) return structError(`'${f.format}' format requires 0 <= number <= ${ulargest}`);
  const largest = ulargest >> 1n;
  return structError(`'${f.format}' format requires ${-largest - 1n} <= number <= ${largest}`);
}

function writeInt(buf: DataView, off: number, x: bigint, size: number, le: boolean): void {
  let u = BigInt.asUintN(size * 8, x);
  for (let i = 0; i < size; i++) {
    buf.setUint8(le ? off + i : off + size - 1 - i, Number(u & 0xffn));
    u >>= 8n;
  }
}

function readInt(buf: DataView, off: number, size: number, le: boolean, signed: boolean): bigint {
  let x = 0n;
  for (let i = 0; i < size; i++) {
    x = (x << 8n) | BigInt(buf.getUint8(le ? off + size - 1 - i : off + i));
  }
  return signed ? BigInt.asIntN(size * 8, x) : x;
}

function intResult(x: bigint): PyObject {
  return x >= -(2n ** 53n) && x <= 2n ** 53n ? PyLong_FromNumber(Number(x)) : PyLong_FromBigInt(x);
}

// Native packers (np_*), little-endian.

/** np_byte / np_ubyte / np_short / np_ushort: a C long, then the type's
 *  own range, with its C name. */
function np_small(name: string, min: bigint, max: bigint): Packer {
  return (buf, off, v, f) => {
    const x = get_long(v);
    if (x < min || x > max) throw structError(`${name} format requires ${min} <= number <= ${max}`);
    writeInt(buf, off, x, f.size, true);
  };
}

function np_int(buf: DataView, off: number, v: PyObject, f: FormatDef): void {
  const x = get_long(v);
  if (x < -(2n ** 31n) || x >= 2n ** 31n) throw rangeError(f, false);
  writeInt(buf, off, x, 4, true);
}

function np_uint(buf: DataView, off: number, v: PyObject, f: FormatDef): void {
  const x = get_ulong(v);
  if (x >= 2n ** 32n) throw rangeError(f, true);
  writeInt(buf, off, x, 4, true);
}

function np_long(buf: DataView, off: number, v: PyObject, f: FormatDef): void {
  writeInt(buf, off, get_long(v), f.size, true);
}

function np_ulong(buf: DataView, off: number, v: PyObject, f: FormatDef): void {
  writeInt(buf, off, get_ulong(v), f.size, true);
}

/** np_void_p: PyLong_AsVoidPtr takes [LONG_MIN, ULONG_MAX]. */
function np_void_p(buf: DataView, off: number, v: PyObject, _f: FormatDef): void {
  const x = get_bigint(v);
  if (x < LONG_MIN || x > ULONG_MAX) throw intOverflow();
  writeInt(buf, off, x, 8, true);
}

function nu_signed(buf: DataView, off: number, f: FormatDef): PyObject {
  return intResult(readInt(buf, off, f.size, f.le, true));
}

function nu_unsigned(buf: DataView, off: number, f: FormatDef): PyObject {
  return intResult(readInt(buf, off, f.size, f.le, false));
}

// Standard-size packers (lp_* / bp_*).

function std_int(buf: DataView, off: number, v: PyObject, f: FormatDef): void {
  if (f.size === 8) {
    const x = get_bigint(v);
    if (x < LONG_MIN || x > LONG_MAX) throw intOverflow();
    writeInt(buf, off, x, 8, f.le);
    return;
  }
  const x = get_long(v);
  const half = 2n ** BigInt(f.size * 8 - 1);
  if (x < -half || x >= half) throw rangeError(f, false);
  writeInt(buf, off, x, f.size, f.le);
}

function std_uint(buf: DataView, off: number, v: PyObject, f: FormatDef): void {
  if (f.size === 8) {
    const x = get_bigint(v);
    if (x < 0n) throw PyErr_Format(PyExc_OverflowError, "can't convert negative int to unsigned");
    if (x > ULONG_MAX) throw intOverflow();
    writeInt(buf, off, x, 8, f.le);
    return;
  }
  const x = get_ulong(v);
  if (x >= 2n ** BigInt(f.size * 8)) throw rangeError(f, true);
  writeInt(buf, off, x, f.size, f.le);
}

// Bool, char, pad.

function p_bool(buf: DataView, off: number, v: PyObject, _f: FormatDef): void {
  buf.setUint8(off, PyObject_IsTrue(v) ? 1 : 0);
}

function u_bool(buf: DataView, off: number, _f: FormatDef): PyObject {
  return PyBool_FromBool(buf.getUint8(off) !== 0);
}

function p_char(buf: DataView, off: number, v: PyObject, _f: FormatDef): void {
  if (!PyBytes_Check(v) || (v as PyBytesObject).ob_sval.length !== 1) {
    throw structError("char format requires a bytes object of length 1");
  }
  buf.setUint8(off, (v as PyBytesObject).ob_sval[0]);
}

function u_char(buf: DataView, off: number, _f: FormatDef): PyObject {
  return PyBytes_FromStringAndSize(new Uint8Array([buf.getUint8(off)]));
}

function p_none(): void {}

function u_none(): PyObject {
  throw new Error("refpy internal error: unpacking a pad byte");
}

// Floats.

/** PyFloat_AsDouble, its failures reported as struct.error. */
function floatArg(v: PyObject): number {
  try {
    return PyFloat_AsDouble(v);
  } catch (e) {
    Py_DECREF(toPyException(e));
    throw structError("required argument is not a float");
  }
}

function np_float(buf: DataView, off: number, v: PyObject, _f: FormatDef): void {
  buf.setFloat32(off, Math.fround(floatArg(v)), true);
}

function std_float(buf: DataView, off: number, v: PyObject, f: FormatDef): void {
  const x = floatArg(v);
  const y = Math.fround(x);
  if (!Number.isFinite(y) && Number.isFinite(x)) {
    throw PyErr_Format(PyExc_OverflowError, "float too large to pack with f format");
  }
  buf.setFloat32(off, y, f.le);
}

function u_float(buf: DataView, off: number, f: FormatDef): PyObject {
  return PyFloat_FromDouble(buf.getFloat32(off, f.le));
}

function p_double(buf: DataView, off: number, v: PyObject, f: FormatDef): void {
  buf.setFloat64(off, floatArg(v), f.le);
}

function u_double(buf: DataView, off: number, f: FormatDef): PyObject {
  return PyFloat_FromDouble(buf.getFloat64(off, f.le));
}

/** frexp: [m, e] with x = m * 2**e, 0.5 <= |m| < 1 (x finite, nonzero). */
function frexp(x: number): [number, number] {
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * 2 ** -e;
  if (!Number.isFinite(m)) m = x / 2 ** e;
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  while (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  }
  return [m, e];
}

/** PyFloat_Pack2: IEEE 754 binary16, rounding half to even. */
function p_halffloat(buf: DataView, off: number, v: PyObject, f: FormatDef): void {
  let x = floatArg(v);
  let sign: number;
  let e: number;
  let bits: number;
  if (x === 0) {
    sign = Object.is(x, -0) ? 1 : 0;
    e = 0;
    bits = 0;
  } else if (x === Infinity || x === -Infinity) {
    sign = x < 0 ? 1 : 0;
    e = 0x1f;
    bits = 0;
  } else if (Number.isNaN(x)) {
    sign = 0;
    e = 0x1f;
    bits = 512;
  } else {
    sign = x < 0 ? 1 : 0;
    if (sign) x = -x;
    let [fr, ex] = frexp(x);
    fr *= 2.0;
    ex--;
    if (ex >= 16) throw PyErr_Format(PyExc_OverflowError, "float too large to pack with e format");
    if (ex < -25) {
      fr = 0.0;
      ex = 0;
    } else if (ex < -14) {
      fr = fr * 2 ** (14 + ex);
      ex = 0;
    } else {
      ex += 15;
      fr -= 1.0;
    }
    fr *= 1024.0;
    bits = Math.floor(fr);
    if (fr - bits > 0.5 || (fr - bits === 0.5 && bits % 2 === 1)) {
      bits++;
      if (bits === 1024) {
        bits = 0;
        ex++;
        if (ex === 31) throw PyErr_Format(PyExc_OverflowError, "float too large to pack with e format");
      }
    }
    e = ex;
  }
  buf.setUint16(off, bits | (e << 10) | (sign << 15), f.le);
}

/** PyFloat_Unpack2. */
function u_halffloat(buf: DataView, off: number, f: FormatDef): PyObject {
  const h = buf.getUint16(off, f.le);
  const sign = h >> 15;
  let e = (h >> 10) & 0x1f;
  const fr = h & 0x3ff;
  if (e === 0x1f) {
    if (fr === 0) return PyFloat_FromDouble(sign ? -Infinity : Infinity);
    return PyFloat_FromDouble(Number.NaN);
  }
  let x = fr / 1024.0;
  if (e === 0) e = -14;
  else {
    x += 1.0;
    e -= 15;
  }
  x *= 2 ** e;
  return PyFloat_FromDouble(sign ? -x : x);
}

function def(format: string, size: number, alignment: number, pack: Packer, unpack: Unpacker, le = true): FormatDef {
  return { format, size, alignment, pack, unpack, le };
}

/** native_table. 's' and 'p' pack and unpack in the struct loop. */
const nativeTable: FormatDef[] = [
  def("x", 1, 0, p_none, u_none),
  def("b", 1, 0, np_small("byte", -128n, 127n), nu_signed),
  def("B", 1, 0, np_small("ubyte", 0n, 255n), nu_unsigned),
  def("c", 1, 0, p_char, u_char),
  def("s", 1, 0, p_none, u_none),
  def("p", 1, 0, p_none, u_none),
  def("h", 2, 2, np_small("short", -32768n, 32767n), nu_signed),
  def("H", 2, 2, np_small("ushort", 0n, 65535n), nu_unsigned),
  def("i", 4, 4, np_int, nu_signed),
  def("I", 4, 4, np_uint, nu_unsigned),
  def("l", 8, 8, np_long, nu_signed),
  def("L", 8, 8, np_ulong, nu_unsigned),
  def("n", 8, 8, np_long, nu_signed),
  def("N", 8, 8, np_ulong, nu_unsigned),
  def("q", 8, 8, np_long, nu_signed),
  def("Q", 8, 8, np_ulong, nu_unsigned),
  def("?", 1, 0, p_bool, u_bool),
  def("e", 2, 2, p_halffloat, u_halffloat),
  def("f", 4, 4, np_float, u_float),
  def("d", 8, 8, p_double, u_double),
  def("P", 8, 8, np_void_p, nu_unsigned),
];

/** lilendian_table / bigendian_table, with the native functions swapped
 *  in where CPython's start-up swaps them (little-endian table only). */
function stdTable(le: boolean): FormatDef[] {
  const native = (c: string): FormatDef => nativeTable.find((d) => d.format === c)!;
  const swap = (c: string, fallback: Packer): Packer => (le ? native(c).pack : fallback);
  return [
    def("x", 1, 0, p_none, u_none, le),
    def("b", 1, 0, native("b").pack, nu_signed, le),
    def("B", 1, 0, native("B").pack, nu_unsigned, le),
    def("c", 1, 0, p_char, u_char, le),
    def("s", 1, 0, p_none, u_none, le),
    def("p", 1, 0, p_none, u_none, le),
    def("h", 2, 0, swap("h", std_int), nu_signed, le),
    def("H", 2, 0, swap("H", std_uint), nu_unsigned, le),
    def("i", 4, 0, swap("i", std_int), nu_signed, le),
    def("I", 4, 0, swap("I", std_uint), nu_unsigned, le),
    def("l", 4, 0, std_int, nu_signed, le),
    def("L", 4, 0, std_uint, nu_unsigned, le),
    def("q", 8, 0, swap("q", std_int), nu_signed, le),
    def("Q", 8, 0, swap("Q", std_uint), nu_unsigned, le),
    def("?", 1, 0, p_bool, u_bool, le),
    def("e", 2, 0, p_halffloat, u_halffloat, le),
    def("f", 4, 0, std_float, u_float, le),
    def("d", 8, 0, p_double, u_double, le),
  ];
}

const lilendianTable = stdTable(true);
const bigendianTable = stdTable(false);

// ---------------------------------------------------------------- Struct

/** sizeof(PyStructObject), and sizeof(formatcode). */
const STRUCT_BASICSIZE = 56;
const FORMATCODE_SIZE = 32;

interface FormatCode {
  fmtdef: FormatDef;
  offset: number;
  size: number;
  repeat: number;
}

export class StructObject extends PyGCObject {
  s_size: number;
  s_len: number;
  s_codes: FormatCode[];
  /** The format as bytes (owned). */
  s_format: PyObject;
  constructor(type: PyTypeObject) {
    super(type, type.tp_basicsize);
    this.s_size = -1;
    this.s_len = -1;
    this.s_codes = [];
    this.s_format = PyBytes_FromStringAndSize(new Uint8Array(0));
    PyObject_GC_Track(this);
  }
}

function S(o: PyObject): StructObject {
  return o as StructObject;
}

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\v" || c === "\f";
}

const SSIZE_MAX = 2 ** 63 - 1;

/** prepare_s: compile the format into codes, size and item count. */
function prepare_s(self: StructObject): void {
  const raw = (self.s_format as PyBytesObject).ob_sval;
  if (raw.indexOf(0) >= 0) throw structError("embedded null character");
  let fmt = String.fromCharCode(...raw);
  let table = nativeTable;
  const native = fmt.length === 0 || !"<>!=@".includes(fmt[0]);
  if (!native) {
    const c = fmt[0];
    fmt = fmt.slice(1);
    table =
      c === "<" ? lilendianTable : c === ">" || c === "!" ? bigendianTable : c === "=" ? lilendianTable : nativeTable;
  }
  const isNative = table === nativeTable;
  const overflow = (): PyObject => structError("total struct size too long");
  let size = 0;
  let len = 0;
  const codes: FormatCode[] = [];
  let i = 0;
  while (i < fmt.length) {
    let c = fmt[i++];
    if (isSpace(c)) continue;
    let num = 1;
    if (c >= "0" && c <= "9") {
      num = c.charCodeAt(0) - 48;
      for (;;) {
        c = i < fmt.length ? fmt[i++] : "\0";
        if (!(c >= "0" && c <= "9")) break;
        num = num * 10 + (c.charCodeAt(0) - 48);
        if (num > SSIZE_MAX) throw overflow();
      }
      if (c === "\0") throw structError("repeat count given without format specifier");
    }
    const e = table.find((d) => d.format === c);
    if (e === undefined) throw structError("bad char in struct format");
    if (c === "s" || c === "p") len++;
    else if (c !== "x") len += num;
    if (isNative && e.alignment > 0 && size > 0) {
      size += e.alignment - 1 - ((size - 1) % e.alignment);
    }
    if (num > (SSIZE_MAX - size) / e.size) throw overflow();
    const offset = size;
    if (c === "s" || c === "p") codes.push({ fmtdef: e, offset, size: num, repeat: 1 });
    else if (c !== "x" && num > 0) codes.push({ fmtdef: e, offset, size: e.size, repeat: num });
    size += num * e.size;
  }
  if (size > 2 ** 53 || len > 2 ** 28) throw PyErr_NoMemory();
  self.s_size = size;
  self.s_len = len;
  self.s_codes = codes;
}

function struct_dealloc(self: PyObject): void {
  const s = S(self);
  PyObject_GC_UnTrack(s);
  if (s.weakreflist !== null) PyObject_ClearWeakRefs(s);
  Py_DECREF(s.s_format);
  PyObject_GC_Del(s);
}

export const PyStruct_Type: PyTypeObject = newStaticType(
  "_struct.Struct",
  STRUCT_BASICSIZE,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
  struct_dealloc,
);
PyStruct_Type.tp_weakrefable = true;
PyStruct_Type.tp_doc =
  "Struct(fmt) --> compiled struct object\n\n" +
  "Return a new Struct object which writes and reads binary data according to\n" +
  "the format string.\n\nSee help(struct) for more on format strings.";
PyStruct_Type.tp_traverse = (self: PyObject, visit: (o: PyObject) => void) => {
  visit(self.ob_type);
  visit(S(self).s_format);
};

function s_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  return new StructObject(type);
}

/** The format argument as bytes (a new reference): a str is encoded as
 *  ASCII. */
function formatBytes(format: PyObject): PyObject {
  if (PyUnicode_Check(format)) return PyUnicode_AsEncodedString(format as PyUnicodeObject, "ascii", "strict");
  if (PyBytes_Check(format)) return Py_NewRef(format);
  throw PyErr_Format(
    PyExc_TypeError,
    `Struct() argument 1 must be a str or bytes object, not ${format.ob_type.tp_name}`,
  );
}

const structInitParser = newArgParser("Struct", ["format"], 1);

function s_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const [format] = _PyArg_UnpackKeywords(args, kwnames, structInitParser, [null]);
  const b = formatBytes(format!);
  const s = S(self);
  const old = s.s_format;
  s.s_format = b;
  Py_DECREF(old);
  prepare_s(s);
}

/** s_unpack_internal: the values at `data[off...]` as a tuple. */
function s_unpack_internal(s: StructObject, data: Uint8Array, off: number): PyObject {
  const view = new DataView(data.buffer, data.byteOffset + off, s.s_size);
  const items: PyObject[] = [];
  try {
    for (const code of s.s_codes) {
      const e = code.fmtdef;
      let pos = code.offset;
      if (e.format === "s") {
        items.push(PyBytes_FromStringAndSize(data.slice(off + pos, off + pos + code.size)));
      } else if (e.format === "p") {
        let n = data[off + pos];
        if (n >= code.size) n = code.size - 1;
        items.push(PyBytes_FromStringAndSize(data.slice(off + pos + 1, off + pos + 1 + n)));
      } else {
        for (let k = 0; k < code.repeat; k++, pos += code.size) items.push(e.unpack(view, pos, e));
      }
    }
  } catch (err) {
    for (const o of items) Py_DECREF(o);
    throw err;
  }
  return _PyTuple_FromArraySteal(items);
}

/** s_pack_internal: pack `args[start...]` into `out` (zeroed). */
function s_pack_internal(s: StructObject, args: PyObject[], start: number, out: Uint8Array): void {
  const view = new DataView(out.buffer, out.byteOffset, s.s_size);
  let i = start;
  for (const code of s.s_codes) {
    const e = code.fmtdef;
    let pos = code.offset;
    if (e.format === "s" || e.format === "p") {
      const v = args[i++];
      let src: Uint8Array;
      if (PyBytes_Check(v)) src = (v as PyBytesObject).ob_sval;
      else if (PyByteArray_Check(v)) {
        const ba = v as PyByteArrayObject;
        src = ba.ob_bytes.subarray(ba.ob_start, ba.ob_start + ba.ob_size);
      } else throw structError(`argument for '${e.format}' must be a bytes object`);
      if (e.format === "s") {
        const n = Math.min(src.length, code.size);
        out.set(src.subarray(0, n), pos);
      } else {
        let n = Math.min(src.length, code.size - 1);
        if (n > 0) out.set(src.subarray(0, n), pos + 1);
        if (n > 255) n = 255;
        out[pos] = n;
      }
      continue;
    }
    for (let k = 0; k < code.repeat; k++, pos += code.size) {
      const v = args[i++];
      try {
        e.pack(view, pos, v, e);
      } catch (err) {
        const exc = toPyException(err);
        if (PyLong_Check(v) && PyErr_ExceptionMatches(exc, PyExc_OverflowError)) {
          Py_DECREF(exc);
          throw structError("int too large to convert");
        }
        throw exc;
      }
    }
  }
}

function s_pack(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const s = S(self);
  if (nkw(kwnames) > 0) throw PyErr_Format(PyExc_TypeError, "pack() takes no keyword arguments");
  if (args.length !== s.s_len) {
    throw structError(`pack expected ${s.s_len} items for packing (got ${args.length})`);
  }
  const out = new Uint8Array(s.s_size);
  s_pack_internal(s, args, 0, out);
  return PyBytes_FromStringAndSize(out);
}

function s_pack_into(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const s = S(self);
  if (nkw(kwnames) > 0) throw PyErr_Format(PyExc_TypeError, "pack_into() takes no keyword arguments");
  const nargs = args.length;
  if (nargs !== s.s_len + 2) {
    if (nargs === 0) throw structError("pack_into expected buffer argument");
    if (nargs === 1) throw structError("pack_into expected offset argument");
    throw structError(`pack_into expected ${s.s_len} items for packing (got ${nargs - 2})`);
  }
  let buffer: Py_buffer;
  try {
    buffer = PyObject_GetBuffer(args[0], PyBUF_WRITABLE);
  } catch (e) {
    // getargs' "w*": any failure becomes its TypeError.
    Py_DECREF(toPyException(e));
    throw PyErr_Format(
      PyExc_TypeError,
      `argument must be read-write bytes-like object, not ${args[0].ob_type.tp_name}`,
    );
  }
  try {
    let offset = PyNumber_AsSsize_t(args[1], PyExc_IndexError);
    const len = buffer.len;
    if (offset < 0) {
      if (offset + s.s_size > 0) throw structError(`no space to pack ${s.s_size} bytes at offset ${offset}`);
      if (offset + len < 0) throw structError(`offset ${offset} out of range for ${len}-byte buffer`);
      offset += len;
    }
    if (len - offset < s.s_size) {
      throw structError(
        `pack_into requires a buffer of at least ${s.s_size + offset} bytes for packing ${s.s_size} bytes at offset ${offset} (actual buffer size is ${len})`,
      );
    }
    const out = new Uint8Array(s.s_size);
    s_pack_internal(s, args, 2, out);
    PyBuffer_Data(buffer).set(out, offset);
  } finally {
    PyBuffer_Release(buffer);
  }
  return Py_NewRef(Py_None);
}

function s_unpack(self: PyObject, buffer: PyObject): PyObject {
  const s = S(self);
  const view = PyObject_GetBuffer(buffer, PyBUF_SIMPLE);
  try {
    if (view.len !== s.s_size) throw structError(`unpack requires a buffer of ${s.s_size} bytes`);
    return s_unpack_internal(s, PyBuffer_Data(view), 0);
  } finally {
    PyBuffer_Release(view);
  }
}

const unpackFromParser = newArgParser("unpack_from", ["buffer", "offset"], 1);

function unpack_from(s: StructObject, bufferObj: PyObject, offsetObj: PyObject | null): PyObject {
  let offset = offsetObj === null ? 0 : PyNumber_AsSsize_t(offsetObj, null);
  const view = PyObject_GetBuffer(bufferObj, PyBUF_SIMPLE);
  try {
    const len = view.len;
    if (offset < 0) {
      if (offset + len < 0) throw structError(`offset ${offset} out of range for ${len}-byte buffer`);
      offset += len;
    }
    if (len - offset < s.s_size) {
      throw structError(
        `unpack_from requires a buffer of at least ${s.s_size + offset} bytes for unpacking ${s.s_size} bytes at offset ${offset} (actual buffer size is ${len})`,
      );
    }
    return s_unpack_internal(s, PyBuffer_Data(view), offset);
  } finally {
    PyBuffer_Release(view);
  }
}

function s_unpack_from(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [buffer, offset] = _PyArg_UnpackKeywords(args, kwnames, unpackFromParser, [null, null]);
  return unpack_from(S(self), buffer!, offset);
}

function s_iter_unpack(self: PyObject, buffer: PyObject): PyObject {
  const s = S(self);
  if (s.s_size === 0) throw structError("cannot iteratively unpack with a struct of length 0");
  const view = PyObject_GetBuffer(buffer, PyBUF_SIMPLE);
  if (view.len % s.s_size !== 0) {
    PyBuffer_Release(view);
    throw structError(`iterative unpacking requires a buffer of a multiple of ${s.s_size} bytes`);
  }
  return new UnpackIterObject(s, view);
}

function s_sizeof(self: PyObject): PyObject {
  const s = S(self);
  return PyLong_FromNumber(STRUCT_BASICSIZE + FORMATCODE_SIZE * (s.s_len + 1));
}

PyStruct_Type.tp_methods = [
  {
    name: "iter_unpack",
    meth: s_iter_unpack,
    flags: METH_O,
    doc: "iter_unpack($self, buffer, /)\n--\n\nReturn an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a repeated\ninvocation of unpack_from().\n\nRequires that the bytes length be a multiple of the struct size.",
  },
  {
    name: "pack",
    meth: s_pack,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\nto the format string S.format.  See help(struct) for more on format\nstrings.",
  },
  {
    name: "pack_into",
    meth: s_pack_into,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string S.format\nand write the packed bytes into the writable buffer buf starting at\noffset.  Note that the offset is a required argument.  See\nhelp(struct) for more on format strings.",
  },
  {
    name: "unpack",
    meth: s_unpack,
    flags: METH_O,
    doc: "unpack($self, buffer, /)\n--\n\nReturn a tuple containing unpacked values.\n\nUnpack according to the format string Struct.format. The buffer's size\nin bytes must be Struct.size.\n\nSee help(struct) for more on format strings.",
  },
  {
    name: "unpack_from",
    meth: s_unpack_from,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: "unpack_from($self, /, buffer, offset=0)\n--\n\nReturn a tuple containing unpacked values.\n\nValues are unpacked according to the format string Struct.format.\n\nThe buffer's size in bytes, starting at position offset, must be\nat least Struct.size.\n\nSee help(struct) for more on format strings.",
  },
  { name: "__sizeof__", meth: s_sizeof, flags: METH_NOARGS, doc: "S.__sizeof__() -> size of S in memory, in bytes" },
];
PyStruct_Type.tp_getset = [
  {
    name: "format",
    get: (self: PyObject) => {
      const b = (S(self).s_format as PyBytesObject).ob_sval;
      return PyUnicode_FromString(String.fromCharCode(...b));
    },
    set: null,
    doc: "struct format string",
  },
  {
    name: "size",
    get: (self: PyObject) => PyLong_FromNumber(S(self).s_size),
    set: null,
    doc: "struct size in bytes",
  },
];
PyStruct_Type.tp_new = s_new;
PyStruct_Type.tp_init = s_init;

// ---------------------------------------------------------------- unpack_iterator

/** sizeof(unpackiterobject): so, buf (a Py_buffer), index. */
const UNPACKITER_BASICSIZE = 112;

export class UnpackIterObject extends PyGCObject {
  so: StructObject | null;
  buf: Py_buffer | null;
  index: number;
  constructor(s: StructObject, view: Py_buffer) {
    super(PyUnpackIter_Type, UNPACKITER_BASICSIZE);
    this.so = Py_NewRef(s);
    this.buf = view;
    this.index = 0;
    PyObject_GC_Track(this);
  }
}

function unpackiter_clear(self: PyObject): void {
  const it = self as UnpackIterObject;
  const so = it.so;
  const buf = it.buf;
  it.so = null;
  it.buf = null;
  if (buf !== null) PyBuffer_Release(buf);
  Py_XDECREF(so);
}

function unpackiter_dealloc(self: PyObject): void {
  const it = self as UnpackIterObject;
  PyObject_GC_UnTrack(it);
  unpackiter_clear(it);
  PyObject_GC_Del(it);
}

export const PyUnpackIter_Type: PyTypeObject = newStaticType(
  "_struct.unpack_iterator",
  UNPACKITER_BASICSIZE,
  TPFLAGS_HAVE_GC,
  unpackiter_dealloc,
);

PyUnpackIter_Type.tp_traverse = (self: PyObject, visit: (o: PyObject) => void) => {
  const it = self as UnpackIterObject;
  visit(self.ob_type);
  if (it.so !== null) visit(it.so);
  if (it.buf !== null && it.buf.obj !== null) visit(it.buf.obj);
};
PyUnpackIter_Type.tp_clear = unpackiter_clear;
PyUnpackIter_Type.tp_iter = (self: PyObject) => Py_NewRef(self);
PyUnpackIter_Type.tp_iternext = (self: PyObject): PyObject | null => {
  const it = self as UnpackIterObject;
  if (it.so === null || it.buf === null) return null;
  if (it.index >= it.buf.len) {
    // Exhausted: let go of the buffer and the struct.
    unpackiter_clear(it);
    return null;
  }
  const r = s_unpack_internal(it.so, PyBuffer_Data(it.buf), it.index);
  it.index += it.so.s_size;
  return r;
};
PyUnpackIter_Type.tp_new = (_type: PyTypeObject) => {
  throw PyErr_Format(PyExc_TypeError, "cannot create '_struct.unpack_iterator' objects");
};
PyUnpackIter_Type.tp_methods = [
  {
    name: "__length_hint__",
    meth: (self: PyObject) => {
      const it = self as UnpackIterObject;
      if (it.so === null || it.buf === null) return PyLong_FromNumber(0);
      return PyLong_FromNumber((it.buf.len - it.index) / it.so.s_size);
    },
    flags: METH_NOARGS,
  },
];

// ---------------------------------------------------------------- the module

const MAXCACHE = 100;

/** cache_struct_converter: the compiled Struct for `fmt` (a new
 *  reference), from the cache or made and cached. */
function cache_struct(fmt: PyObject): StructObject {
  const cache = state!.md_state[1]!;
  const found = PyDict_GetItem(cache, fmt);
  if (found !== null) return Py_NewRef(found) as StructObject;
  const s = PyObject_CallOneArg(PyStruct_Type, fmt) as StructObject;
  if (PyDict_Size(cache) >= MAXCACHE) PyDict_Clear(cache);
  try {
    PyDict_SetItem(cache, fmt, s);
  } catch (e) {
    Py_DECREF(toPyException(e));
  }
  return s;
}

function withStruct<T>(fmt: PyObject, f: (s: StructObject) => T): T {
  const s = cache_struct(fmt);
  try {
    return f(s);
  } finally {
    Py_DECREF(s);
  }
}

function missingFormat(args: PyObject[], kwnames: PyObject | null): void {
  if (args.length - nkw(kwnames) < 1) throw PyErr_Format(PyExc_TypeError, "missing format argument");
}

function struct_pack(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  missingFormat(args, kwnames);
  return withStruct(args[0], (s) => s_pack(s, args.slice(1), kwnames));
}

function struct_pack_into(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  missingFormat(args, kwnames);
  return withStruct(args[0], (s) => s_pack_into(s, args.slice(1), kwnames));
}

function struct_unpack(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("unpack", args.length, 2, 2);
  return withStruct(args[0], (s) => s_unpack(s, args[1]));
}

const moduleUnpackFromParser = newArgParser("unpack_from", ["format", "buffer", "offset"], 2, 1);

function struct_unpack_from(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [format, buffer, offset] = _PyArg_UnpackKeywords(args, kwnames, moduleUnpackFromParser, [null, null, null]);
  return withStruct(format!, (s) => unpack_from(s, buffer!, offset));
}

function struct_iter_unpack(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("iter_unpack", args.length, 2, 2);
  return withStruct(args[0], (s) => s_iter_unpack(s, args[1]));
}

function struct_calcsize(_m: PyObject, format: PyObject): PyObject {
  return withStruct(format, (s) => PyLong_FromNumber(s.s_size));
}

function struct_clearcache(_m: PyObject): PyObject {
  PyDict_Clear(state!.md_state[1]!);
  return Py_NewRef(Py_None);
}

const functions: PyMethodDef[] = [
  {
    name: "_clearcache",
    meth: struct_clearcache,
    flags: METH_NOARGS,
    doc: "_clearcache($module, /)\n--\n\nClear the internal cache.",
  },
  {
    name: "calcsize",
    meth: struct_calcsize,
    flags: METH_O,
    doc: "calcsize($module, format, /)\n--\n\nReturn size in bytes of the struct described by the format string.",
  },
  {
    name: "iter_unpack",
    meth: struct_iter_unpack,
    flags: METH_FASTCALL,
    doc: "iter_unpack($module, format, buffer, /)\n--\n\nReturn an iterator yielding tuples unpacked from the given bytes.\n\nThe bytes are unpacked according to the format string, like\na repeated invocation of unpack_from().\n\nRequires that the bytes length be a multiple of the format struct size.",
  },
  {
    name: "pack",
    meth: struct_pack,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string.  See help(struct) for more on format strings.",
  },
  {
    name: "pack_into",
    meth: struct_pack_into,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string and write\nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the offset is a required argument.  See help(struct) for more\non format strings.",
  },
  {
    name: "unpack",
    meth: struct_unpack,
    flags: METH_FASTCALL,
    doc: "unpack($module, format, buffer, /)\n--\n\nReturn a tuple containing values unpacked according to the format string.\n\nThe buffer's size in bytes must be calcsize(format).\n\nSee help(struct) for more on format strings.",
  },
  {
    name: "unpack_from",
    meth: struct_unpack_from,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: "unpack_from($module, format, /, buffer, offset=0)\n--\n\nReturn a tuple containing values unpacked according to the format string.\n\nThe buffer's size, minus offset, must be at least calcsize(format).\n\nSee help(struct) for more on format strings.",
  },
];

const MODULE_DOC = `Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double; e:half-float.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special cases (only available in native format):
  n:ssize_t; N:size_t;
  P:an integer type that is wide enough to hold a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
`;

/** PyErr_NewException("struct.error", NULL, NULL): a class made by
 *  calling type(). */
function newStructError(): PyObject {
  const dict = PyDict_New();
  const modname = PyUnicode_FromString("struct");
  const name = PyUnicode_FromString("error");
  const bases = PyTuple_Pack(PyExc_Exception);
  try {
    PyDict_SetItemString(dict, "__module__", modname);
    return PyObject_Call(PyType_Type, [name, bases, dict], null);
  } finally {
    Py_DECREF(dict);
    Py_DECREF(modname);
    Py_DECREF(name);
    Py_DECREF(bases);
  }
}

export function PyInit__struct(): PyObject {
  const m = PyModule_New("_struct");
  PyModule_AddFunctions(m, functions);
  const doc = PyUnicode_FromString(MODULE_DOC);
  PyDict_SetItemString(m.md_dict!, "__doc__", doc);
  Py_DECREF(doc);
  const error = newStructError();
  m.md_state = [error, PyDict_New()];
  state = m;
  PyModule_AddObjectRef(m, "error", error);
  PyModule_AddObjectRef(m, "Struct", PyStruct_Type);
  return m;
}
