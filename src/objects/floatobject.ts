/**
 * `float`: CPython's Objects/floatobject.c and the digit generation of
 * Python/dtoa.c / pystrtod.c.
 *
 * Representation: `PyFloatObject.ob_fval`, a JS number (an IEEE double,
 * exactly CPython's C double). 24 bytes (sys.getsizeof(1.0) == 24).
 *
 * Text conversion follows CPython exactly:
 *  - repr/str: the shortest string that round-trips (JS's own shortest
 *    digits), laid out by CPython's rules: exponent notation when the
 *    decimal exponent is < -4 or >= 16, at least two exponent digits, and
 *    ".0" added to integral values;
 *  - fixed/exponent formats with a precision are correctly rounded, ties
 *    to even on the exact binary value (`_Py_dg_dtoa` modes 2 and 3),
 *    computed exactly with bigints when a tie is possible.
 *
 * Arithmetic slots accept float or int operands (ints converted exactly or
 * OverflowError), return NotImplemented otherwise.
 */
import { floatDivmod, floatMod } from "../pymath/floatdiv.js";
import {
  type GCLink,
  MANAGED_DICT_PREHEADER,
  type PyGCObject,
  PyObject,
  PyObject_GC_Link,
  TPFLAGS_BASETYPE,
  TPFLAGS_HAVE_GC,
  TPFLAGS_MANAGED_DICT,
  TPFLAGS_MATCH_SELF,
} from "../heap/object.js";
import * as libm from "../pymath/libm.js";
import {
  PyObject_Free,
  PyObject_GC_Del,
  PyObject_GC_Track,
  _PyFloat_FreelistPush,
  _PyFloat_FreelistTake,
} from "../heap/gc.js";
import { Py_DECREF, Py_INCREF, _Py_DECREF_NO_DEALLOC } from "../heap/refcount.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import { Py_NE } from "../bytecode/opcodes.js";
import { PyErr_Format, PyErr_NewWithArgs } from "./errors.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError, PyExc_ZeroDivisionError } from "./exceptions.js";
import { Py_NotImplemented, Py_None, _Py_HashPointer } from "./noneobject.js";
import {
  PyLongObject,
  PyLong_AsDouble,
  PyLong_FromBigInt,
  PyLong_FromNumber,
  richcompareResult,
  _PyHash_BigInt,
  PY_WHITESPACE,
  _PyUnicode_TransformDecimalAndSpaceToASCII,
} from "./longobject.js";
import { PyUnicode_FromString, PyUnicodeObject, unicode_repr_string } from "./unicodeobject.js";
import { PyTuple_Pack } from "./tupleobject.js";
import { METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, METH_CLASS } from "./methoddef.js";
import { formatFloat } from "./unicode-format.js";
import { checkPositional } from "./getargs.js";
import { PyNumber_Float, PyNumber_Index } from "./abstract.js";
import { PyObject_Call } from "./call.js";
import { complex_pow } from "./complexobject.js";

export class PyFloatObject extends PyObject {
  ob_fval: number;
  constructor(type: PyTypeObject, v: number, nbytes = 24) {
    super(type, nbytes);
    this.ob_fval = v;
  }
}

/**
 * An instance of a heap subtype of float: a float with the GC header, as
 * PyLongSubtypeObject (longobject.ts) is for int. Its size is its type's
 * basic size (float's 24, plus 8 for the weak reference list the subtype
 * adds) and the managed dict's pre-header.
 */
export class PyFloatSubtypeObject extends PyFloatObject {
  gc_next: GCLink | null;
  gc_prev: GCLink | null;
  gc_refs: number;
  gc_flags: number;
  weakreflist: PyObject | null;

  constructor(type: PyTypeObject, v: number) {
    super(type, v, type.tp_basicsize + ((type.tp_flags & TPFLAGS_MANAGED_DICT) !== 0 ? MANAGED_DICT_PREHEADER : 0));
    this.gc_next = null;
    this.gc_prev = null;
    this.gc_refs = 0;
    this.gc_flags = 0;
    this.weakreflist = null;
    PyObject_GC_Link(type, this.ob_size_bytes);
  }
}

function float_dealloc(self: PyObject): void {
  // An exact float goes to the freelist while it has room.
  if (self.ob_type === PyFloat_Type) {
    if (!_PyFloat_FreelistPush(self)) PyObject_Free(self);
    return;
  }
  // tp_free: a subtype instance has the GC header.
  if ((self.ob_type.tp_flags & TPFLAGS_HAVE_GC) !== 0) PyObject_GC_Del(self as PyGCObject);
  else PyObject_Free(self);
}

export const PyFloat_Type: PyTypeObject = newStaticType(
  "float",
  24,
  TPFLAGS_BASETYPE | TPFLAGS_MATCH_SELF,
  float_dealloc,
);
PyFloat_Type.tp_vectorcall = true; // float_vectorcall

export function PyFloat_FromDouble(d: number): PyFloatObject {
  const f = new PyFloatObject(PyFloat_Type, d);
  _PyFloat_FreelistTake(f);
  return f;
}

export function PyFloat_Check(o: PyObject): o is PyFloatObject {
  return o instanceof PyFloatObject;
}

export function PyFloat_CheckExact(o: PyObject): boolean {
  return o.ob_type === PyFloat_Type;
}

/** The value of a float, or of anything with __float__ / __index__. */
export function PyFloat_AsDouble(o: PyObject): number {
  if (o instanceof PyFloatObject) return o.ob_fval;
  if (o instanceof PyLongObject) return PyLong_AsDouble(o);
  const t = o.ob_type;
  if (t.nb_float !== null) {
    const r = t.nb_float(o);
    const v = (r as PyFloatObject).ob_fval;
    Py_DECREF(r);
    return v;
  }
  if (t.nb_index !== null) {
    const r = PyNumber_Index(o);
    try {
      return PyLong_AsDouble(r);
    } finally {
      Py_DECREF(r);
    }
  }
  throw PyErr_Format(PyExc_TypeError, `must be real number, not ${t.tp_name}`);
}

function notImpl(): PyObject {
  Py_NotImplemented.ob_refcnt++;
  return Py_NotImplemented;
}

/** CONVERT_TO_DOUBLE: a float or int operand's value, or NaN-flagged null. */
function toDouble(o: PyObject): number | null {
  if (o instanceof PyFloatObject) return o.ob_fval;
  if (o instanceof PyLongObject) return o.big === null ? o.v : PyLong_AsDouble(o);
  return null;
}

// ---------------------------------------------------------------- arithmetic

function float_add(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return notImpl();
  return PyFloat_FromDouble(x + y);
}
function float_sub(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return notImpl();
  return PyFloat_FromDouble(x - y);
}
function float_mul(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return notImpl();
  return PyFloat_FromDouble(x * y);
}
function float_div(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return notImpl();
  if (y === 0) throw PyErr_Format(PyExc_ZeroDivisionError, "float division by zero");
  return PyFloat_FromDouble(x / y);
}

function float_rem(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return notImpl();
  if (y === 0) throw PyErr_Format(PyExc_ZeroDivisionError, "float modulo");
  return PyFloat_FromDouble(floatMod(x, y));
}
function float_floor_div(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return notImpl();
  if (y === 0) throw PyErr_Format(PyExc_ZeroDivisionError, "float floor division by zero");
  return PyFloat_FromDouble(floatDivmod(x, y)[0]);
}
function float_divmod(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return notImpl();
  if (y === 0) throw PyErr_Format(PyExc_ZeroDivisionError, "float divmod()");
  const [q, r] = floatDivmod(x, y);
  const qo = PyFloat_FromDouble(q);
  const ro = PyFloat_FromDouble(r);
  const t = PyTuple_Pack(qo, ro);
  _Py_DECREF_NO_DEALLOC(qo);
  _Py_DECREF_NO_DEALLOC(ro);
  return t;
}

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/** OverflowError(34, 'Numerical result out of range'), as C's errno ERANGE. */
function rangeError(): never {
  const code = PyLong_FromNumber(34);
  const msg = PyUnicode_FromString("Numerical result out of range");
  const args = PyTuple_Pack(code, msg);
  _Py_DECREF_NO_DEALLOC(code);
  _Py_DECREF_NO_DEALLOC(msg);
  throw PyErr_NewWithArgs(PyExc_OverflowError, args);
}

/** CPython's float_pow on doubles (no modulus), for all but a negative
 *  base with a fractional exponent, which float_pow hands to complex. */
export function float_pow_doubles(iv: number, iw: number): number {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1.0) return 1.0;
    if (iw > 0 === av > 1.0) return Math.abs(iw);
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0.0;
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) throw PyErr_Format(PyExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return odd ? iv : 0.0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) {
      // Not reached from Python code: see above.
      throw PyErr_Format(PyExc_ValueError, "negative number cannot be raised to a fractional power");
    }
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  let ix = libm.pow(iv, iw);
  if (!Number.isFinite(ix)) rangeError();
  if (negate) ix = -ix;
  return ix;
}

/** a / b correctly rounded to a double (a, b > 0; result in the normal range). */
export function ratioToDouble(a: bigint, b: bigint): number {
  const diff = bitLen(a) - bitLen(b);
  const shift = 55 - diff;
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    const aa = a << BigInt(shift);
    q = aa / b;
    r = aa % b;
  } else {
    const bb = b << BigInt(-shift);
    q = a / bb;
    r = a % bb;
  }
  if (r !== 0n) q |= 1n;
  let result = Number(q);
  let sc = -shift;
  while (sc < -1000) {
    result *= 2 ** -1000;
    sc += 1000;
  }
  while (sc > 1000) {
    result *= 2 ** 1000;
    sc -= 1000;
  }
  return result * 2 ** sc;
}

function bitLen(a: bigint): number {
  return a === 0n ? 0 : a.toString(2).length;
}

function float_pow(a: PyObject, b: PyObject, c: PyObject): PyObject {
  if (c !== Py_None) {
    throw PyErr_Format(PyExc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  }
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return notImpl();
  // A negative number raised to a fractional power is complex.
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && y !== Math.floor(y)) return complex_pow(a, b, c);
  return PyFloat_FromDouble(float_pow_doubles(x, y));
}

function float_neg(a: PyObject): PyObject {
  return PyFloat_FromDouble(-(a as PyFloatObject).ob_fval);
}
function float_pos(a: PyObject): PyObject {
  if (a.ob_type === PyFloat_Type) {
    Py_INCREF(a);
    return a;
  }
  return PyFloat_FromDouble((a as PyFloatObject).ob_fval);
}
function float_abs(a: PyObject): PyObject {
  return PyFloat_FromDouble(Math.abs((a as PyFloatObject).ob_fval));
}
function float_bool(a: PyObject): boolean {
  return (a as PyFloatObject).ob_fval !== 0;
}

/** int(x) for a double: truncation, with CPython's errors for inf/nan. */
export function PyLong_FromDouble(d: number): PyObject {
  if (Number.isNaN(d)) throw PyErr_Format(PyExc_ValueError, "cannot convert float NaN to integer");
  if (!Number.isFinite(d)) throw PyErr_Format(PyExc_OverflowError, "cannot convert float infinity to integer");
  const t = Math.trunc(d);
  if (Number.isSafeInteger(t)) return PyLong_FromNumber(t === 0 ? 0 : t);
  return PyLong_FromBigInt(BigInt(t));
}

function float_int(a: PyObject): PyObject {
  return PyLong_FromDouble((a as PyFloatObject).ob_fval);
}
function float_float(a: PyObject): PyObject {
  return float_pos(a);
}

// ---------------------------------------------------------------- comparison

/** Exact comparison of a double with an int: -1, 0, 1, or NaN → 2. */
function compareDoubleLong(x: number, w: PyLongObject): number {
  if (Number.isNaN(x)) return 2;
  if (w.big === null) return x < w.v ? -1 : x > w.v ? 1 : 0;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  // x is finite and w is beyond 2**53: compare floor(x) exactly.
  const fx = Math.floor(x);
  const bx = BigInt(fx);
  if (bx < w.big) return -1;
  if (bx > w.big) return 1;
  return fx === x ? 0 : 1;
}

function float_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyFloatObject)) return notImpl();
  const x = a.ob_fval;
  let c: number;
  if (b instanceof PyFloatObject) {
    const y = b.ob_fval;
    c = Number.isNaN(x) || Number.isNaN(y) ? 2 : x < y ? -1 : x > y ? 1 : 0;
  } else if (b instanceof PyLongObject) {
    c = compareDoubleLong(x, b);
  } else {
    return notImpl();
  }
  // NaN is unordered: only != is true.
  if (c === 2) return richcompareResult(op === Py_NE ? 1 : NaN, op);
  return richcompareResult(c, op);
}

// ---------------------------------------------------------------- hash

/** x == M * 2**e exactly, M an integer (bigint) with |M| < 2**53. */
const frexpBuf = new DataView(new ArrayBuffer(8));

export function frexpExact(x: number): [bigint, number] {
  const buf = frexpBuf;
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const sign = hi >>> 31;
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) {
    e = -1074;
  } else {
    mant |= 1n << 52n;
    e = exp - 1075;
  }
  return [sign ? -mant : mant, e];
}

const HASH_MODULUS = (1n << 61n) - 1n;

/** CPython's _Py_HashDouble (nan hashes by identity, as 3.10+). */
export function _Py_HashDouble(inst: PyObject, v: number): number {
  if (Number.isInteger(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER) return v === -1 ? -2 : v;
  return _PyHash_BigInt(_Py_HashDoubleExact(inst, v));
}

/** _Py_HashDouble's value as a bigint (below 2**61 in magnitude, except
 *  a NaN's pointer hash), for hashes computed from it (complex_hash). */
export function _Py_HashDoubleExact(inst: PyObject, v: number): bigint {
  if (!Number.isFinite(v)) {
    if (Number.isNaN(v)) return BigInt(_Py_HashPointer(inst.ob_addr));
    return v > 0 ? 314159n : -314159n;
  }
  const [m, e] = frexpExact(v);
  const neg = m < 0n;
  let a = (neg ? -m : m) % HASH_MODULUS;
  // 2**61 ≡ 1 (mod P): multiply by 2**(e mod 61).
  const k = ((e % 61) + 61) % 61;
  a = (a << BigInt(k)) % HASH_MODULUS;
  const h = neg ? -a : a;
  return h === -1n ? -2n : h;
}

function float_hash(a: PyObject): number {
  return _Py_HashDouble(a, (a as PyFloatObject).ob_fval);
}

// ---------------------------------------------------------------- text

/**
 * Decimal digits of |x| and the position of the decimal point:
 * |x| = 0.DIGITS * 10**decpt. Modes (as _Py_dg_dtoa):
 *  0: shortest round-tripping digits;
 *  2: `ndigits` significant digits (>= 1), correctly rounded, half-even;
 *  3: `ndigits` digits after the decimal point (may be negative).
 * Trailing zeros are stripped (as dtoa does). x must be finite.
 * An empty digit string means the value rounded to zero.
 */
export function floatDigits(x: number, mode: number, ndigits: number): { digits: string; decpt: number } {
  x = Math.abs(x);
  if (x === 0) return { digits: "0", decpt: 1 };
  if (mode === 0) {
    const s = x.toExponential();
    const epos = s.indexOf("e");
    const digits = s.slice(0, epos).replace(".", "");
    return { digits, decpt: parseInt(s.slice(epos + 1), 10) + 1 };
  }
  if (mode === 3) {
    if (ndigits >= 0 && ndigits <= 100 && x < 1e21 && !Number.isInteger(x * 2 ** (ndigits + 1))) {
      // No tie possible: toFixed is exact.
      const s = x.toFixed(ndigits);
      return stripDigits(s.replace(".", ""), s.indexOf(".") < 0 ? s.length : s.indexOf("."));
    }
    const n = roundScaled(x, ndigits);
    if (n === 0n) return { digits: "", decpt: -ndigits };
    const ds = n.toString();
    return stripDigits(ds, ds.length - ndigits);
  }
  // mode 2
  const nd = Math.max(1, ndigits);
  let e10 = Math.floor(Math.log10(x)) + 1; // estimate of decpt
  for (;;) {
    const n = roundScaled(x, nd - e10);
    const ds = n.toString();
    if (ds.length > nd) {
      e10++;
      continue;
    }
    if (ds.length < nd) {
      e10--;
      continue;
    }
    // An estimate one too high rounds a value just below a power of ten
    // (1e-07 is 9.99…95e-08) up to 10…0: one place further holds the
    // digits when they still fit.
    if (ds.charCodeAt(0) === 49 && /^10*$/.test(ds)) {
      const ds2 = roundScaled(x, nd - e10 + 1).toString();
      if (ds2.length === nd) return stripDigits(ds2, e10 - 1);
    }
    return stripDigits(ds, e10);
  }
}

function stripDigits(ds: string, decpt: number): { digits: string; decpt: number } {
  let i = 0;
  while (i < ds.length - 1 && ds[i] === "0") {
    i++;
    decpt--;
  }
  let j = ds.length;
  while (j > i + 1 && ds[j - 1] === "0") j--;
  const digits = ds.slice(i, j);
  if (digits === "0") return { digits: "", decpt };
  return { digits, decpt };
}

/** round-half-even(x * 10**p) exactly, x finite and >= 0. */
function roundScaled(x: number, p: number): bigint {
  const [m, e] = frexpExact(x);
  let num = m;
  let den = 1n;
  if (p >= 0) num *= 10n ** BigInt(p);
  else den *= 10n ** BigInt(-p);
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** CPython's float repr (`repr(x)`, also `str(x)`). */
export function PyOS_double_to_string_repr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const neg = x < 0 || Object.is(x, -0);
  const { digits, decpt } = floatDigits(x, 0, 0);
  return (neg ? "-" : "") + layoutShortest(digits, decpt, true);
}

/** Lay out shortest digits the way repr does ('r' format). */
export function layoutShortest(digits: string, decpt: number, addDot0: boolean): string {
  if (decpt <= -4 || decpt > 16) {
    let s = digits[0];
    if (digits.length > 1) s += "." + digits.slice(1);
    const e = decpt - 1;
    return s + "e" + (e < 0 ? "-" : "+") + String(Math.abs(e)).padStart(2, "0");
  }
  if (decpt <= 0) return "0." + "0".repeat(-decpt) + digits;
  if (decpt >= digits.length) {
    return digits + "0".repeat(decpt - digits.length) + (addDot0 ? ".0" : "");
  }
  return digits.slice(0, decpt) + "." + digits.slice(decpt);
}

function float_repr(a: PyObject): PyObject {
  return PyUnicode_FromString(PyOS_double_to_string_repr((a as PyFloatObject).ob_fval));
}

// ---------------------------------------------------------------- float(x)

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)?(?:\.(?:\d(?:_?\d)*)?)?(?:[eE][+-]?\d(?:_?\d)*)?|inf|infinity|nan)$/i;

/** Parse Python float syntax; null when invalid. */
export function parseFloatText(text: string): number | null {
  let i = 0;
  let j = text.length;
  while (i < j && PY_WHITESPACE.includes(text[i])) i++;
  while (j > i && PY_WHITESPACE.includes(text[j - 1])) j--;
  const s = text.slice(i, j);
  if (!FLOAT_RE.test(s) || !/\d|inf|nan/i.test(s)) return null;
  const body = s.replace(/^[+-]/, "");
  if (/^\./.test(body) && !/^\.\d/.test(body)) return null;
  const neg = s[0] === "-";
  const lower = body.toLowerCase();
  if (lower === "inf" || lower === "infinity") return neg ? -Infinity : Infinity;
  if (lower === "nan") return NaN;
  if (/^[eE]/.test(body)) return null;
  const v = Number(s.replace(/_/g, ""));
  return Number.isNaN(v) ? null : v;
}

export function PyFloat_FromString(o: PyObject): PyObject {
  const s = (o as PyUnicodeObject).str;
  // float_from_string_inner parses the text with Unicode digits and white
  // space made ASCII (anything else non-ASCII fails).
  const v = parseFloatText(/^[\x00-\x7f]*$/.test(s) ? s : _PyUnicode_TransformDecimalAndSpaceToASCII(s));
  if (v === null) {
    throw PyErr_Format(PyExc_ValueError, `could not convert string to float: ${unicode_repr_string(s)}`);
  }
  return PyFloat_FromDouble(v);
}

function float_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("float", args, kwnames, 0, 1);
  let r: PyObject;
  if (args.length === 0) r = PyFloat_FromDouble(0);
  else if (args[0] instanceof PyUnicodeObject) r = PyFloat_FromString(args[0]);
  else r = PyNumber_Float(args[0]);
  if (type === PyFloat_Type) return r;
  // float_subtype_new: tracked as PyType_GenericAlloc tracks it.
  const sub = new PyFloatSubtypeObject(type, (r as PyFloatObject).ob_fval);
  Py_DECREF(r);
  PyObject_GC_Track(sub);
  return sub;
}

// ---------------------------------------------------------------- methods

function float_is_integer(self: PyObject): PyObject {
  const x = (self as PyFloatObject).ob_fval;
  return boolObj(Number.isFinite(x) && Math.floor(x) === x);
}

function boolObj(b: boolean): PyObject {
  return richcompareResult(b ? 0 : 1, 2);
}

function float_as_integer_ratio(self: PyObject): PyObject {
  const x = (self as PyFloatObject).ob_fval;
  if (Number.isNaN(x)) throw PyErr_Format(PyExc_ValueError, "cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) throw PyErr_Format(PyExc_OverflowError, "cannot convert Infinity to integer ratio");
  let [m, e] = frexpExact(x);
  let den = 1n;
  if (m === 0n) e = 0;
  while (m !== 0n && (m & 1n) === 0n && e < 0) {
    m >>= 1n;
    e++;
  }
  if (e >= 0) m <<= BigInt(e);
  else den <<= BigInt(-e);
  const a = PyLong_FromBigInt(m);
  const b = PyLong_FromBigInt(den);
  const t = PyTuple_Pack(a, b);
  _Py_DECREF_NO_DEALLOC(a);
  _Py_DECREF_NO_DEALLOC(b);
  return t;
}

function float_trunc(self: PyObject): PyObject {
  return float_int(self);
}
function float_floor(self: PyObject): PyObject {
  return PyLong_FromDouble(Math.floor((self as PyFloatObject).ob_fval));
}
function float_ceil(self: PyObject): PyObject {
  return PyLong_FromDouble(Math.ceil((self as PyFloatObject).ob_fval));
}

/** round half to even of a double to an integer-valued double. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5) return 2 * Math.round(x / 2);
  return r;
}

/** CPython's double_round: x rounded to `ndigits` decimal places, correctly. */
export function doubleRound(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  // NDIGITS_MAX / NDIGITS_MIN of floatobject.c
  if (ndigits > 323) return x;
  if (ndigits < -308) return x < 0 ? -0 : 0;
  const n = roundScaled(Math.abs(x), ndigits);
  let s: string;
  if (ndigits >= 0) s = n.toString() + "e-" + ndigits;
  else s = n.toString() + "e" + -ndigits;
  const r = Number(s);
  if (!Number.isFinite(r)) throw PyErr_Format(PyExc_OverflowError, "rounded value too large to represent");
  return x < 0 ? -r : r;
}

function float_round(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("__round__", args, kwnames, 0, 1);
  const x = (self as PyFloatObject).ob_fval;
  if (args.length === 0 || args[0] === Py_None) return PyLong_FromDouble(roundHalfEven(x));
  const nd = PyNumber_Index(args[0]);
  const l = nd as PyLongObject;
  const n = l.big === null ? l.v : l.big > 0n ? 10000 : -10000;
  Py_DECREF(nd);
  return PyFloat_FromDouble(doubleRound(x, n));
}

function float_conjugate(self: PyObject): PyObject {
  return float_pos(self);
}

function float_format(self: PyObject, arg: PyObject): PyObject {
  const spec = arg;
  if (!(spec instanceof PyUnicodeObject)) {
    throw PyErr_Format(PyExc_TypeError, `__format__() argument must be str, not ${spec.ob_type.tp_name}`);
  }
  return PyUnicode_FromString(formatFloat((self as PyFloatObject).ob_fval, spec.str, "float"));
}

function float_getnewargs(self: PyObject): PyObject {
  const v = float_pos(self);
  const t = PyTuple_Pack(v);
  _Py_DECREF_NO_DEALLOC(v);
  return t;
}

function float_hex(self: PyObject): PyObject {
  const x = (self as PyFloatObject).ob_fval;
  if (!Number.isFinite(x)) return float_repr(self);
  if (x === 0) return PyUnicode_FromString(Object.is(x, -0) ? "-0x0.0p+0" : "0x0.0p+0");
  let [m, e] = frexpExact(x);
  const neg = m < 0n;
  if (neg) m = -m;
  // normalise to 1.xxxxx (53 bits): shift so the top bit is bit 52
  while (m < 1n << 52n) {
    m <<= 1n;
    e--;
  }
  const frac = (m & ((1n << 52n) - 1n)).toString(16).padStart(13, "0");
  return PyUnicode_FromString(`${neg ? "-" : ""}0x1.${frac}p${e + 52 >= 0 ? "+" : ""}${e + 52}`);
}

/** float.fromhex(s) (classmethod). */
function float_fromhex(cls: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("fromhex", args, kwnames, 1, 1);
  const o = args[0];
  if (!(o instanceof PyUnicodeObject)) {
    throw PyErr_Format(PyExc_TypeError, `bad argument type for built-in operation`);
  }
  const t = o.str.trim();
  const m = /^([+-])?(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i.exec(t);
  let v: number;
  const lower = t.toLowerCase().replace(/^[+-]/, "");
  if (lower === "inf" || lower === "infinity") v = Infinity;
  else if (lower === "nan") v = NaN;
  else {
    if (m === null || (m[2] === "" && (m[3] ?? "") === "")) {
      throw PyErr_Format(PyExc_ValueError, "invalid hexadecimal floating-point string");
    }
    const digits = m[2] + (m[3] ?? "");
    const mant = digits.length === 0 ? 0n : BigInt("0x" + digits);
    const exp = (m[4] === undefined ? 0 : parseInt(m[4], 10)) - 4 * (m[3] ?? "").length;
    v = mant === 0n ? 0 : exp >= 0 ? ratioToDouble(mant << BigInt(exp), 1n) : ratioToDouble(mant, 1n << BigInt(-exp));
    if (!Number.isFinite(v))
      throw PyErr_Format(PyExc_OverflowError, "hexadecimal value too large to represent as a float");
    void exp;
  }
  if (t.startsWith("-")) v = -v;
  const r = PyFloat_FromDouble(v);
  if (cls === PyFloat_Type) return r;
  try {
    return PyObject_Call(cls, [r], null);
  } finally {
    Py_DECREF(r);
  }
}

/** float.__getformat__(typestr) (classmethod): how C stores a double or
 *  float; IEEE little-endian, as on every platform refpy runs on. */
function float_getformat(_cls: PyObject, arg: PyObject): PyObject {
  if (!(arg instanceof PyUnicodeObject)) {
    throw PyErr_Format(PyExc_TypeError, `__getformat__() argument must be str, not ${arg.ob_type.tp_name}`);
  }
  const typestr = arg.str;
  if (typestr.includes("\0")) throw PyErr_Format(PyExc_ValueError, "embedded null character");
  if (typestr !== "double" && typestr !== "float") {
    throw PyErr_Format(PyExc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  }
  return PyUnicode_FromString("IEEE, little-endian");
}

PyFloat_Type.tp_methods = [
  { name: "__getformat__", meth: float_getformat, flags: METH_O | METH_CLASS },
  { name: "fromhex", meth: float_fromhex, flags: METH_FASTCALL | METH_KEYWORDS | METH_CLASS },
  { name: "conjugate", meth: float_conjugate, flags: METH_NOARGS },
  { name: "__trunc__", meth: float_trunc, flags: METH_NOARGS },
  { name: "__floor__", meth: float_floor, flags: METH_NOARGS },
  { name: "__ceil__", meth: float_ceil, flags: METH_NOARGS },
  { name: "__round__", meth: float_round, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "as_integer_ratio", meth: float_as_integer_ratio, flags: METH_NOARGS },
  { name: "hex", meth: float_hex, flags: METH_NOARGS },
  { name: "is_integer", meth: float_is_integer, flags: METH_NOARGS },
  { name: "__getnewargs__", meth: float_getnewargs, flags: METH_NOARGS },
  { name: "__format__", meth: float_format, flags: METH_O },
];

PyFloat_Type.tp_getset = [
  { name: "real", get: float_pos, set: null },
  { name: "imag", get: () => PyFloat_FromDouble(0), set: null },
];

PyFloat_Type.tp_repr = float_repr;
PyFloat_Type.tp_hash = float_hash;
PyFloat_Type.tp_richcompare = float_richcompare;
PyFloat_Type.tp_new = float_new;
PyFloat_Type.nb_add = float_add;
PyFloat_Type.nb_subtract = float_sub;
PyFloat_Type.nb_multiply = float_mul;
PyFloat_Type.nb_remainder = float_rem;
PyFloat_Type.nb_divmod = float_divmod;
PyFloat_Type.nb_power = float_pow;
PyFloat_Type.nb_negative = float_neg;
PyFloat_Type.nb_positive = float_pos;
PyFloat_Type.nb_absolute = float_abs;
PyFloat_Type.nb_bool = float_bool;
PyFloat_Type.nb_int = float_int;
PyFloat_Type.nb_float = float_float;
PyFloat_Type.nb_floor_divide = float_floor_div;
PyFloat_Type.nb_true_divide = float_div;
