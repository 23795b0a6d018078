/**
 * `int` (and the objects of `bool`): CPython's Objects/longobject.c.
 *
 * Representation: a `PyLongObject` holds its value in one of two ways —
 *  - `big === null`: the value is `v`, a JS number that is a safe integer
 *    (|v| <= 2**53 - 1) — the fast representation, used by every value
 *    that fits;
 *  - `big !== null`: the value is the bigint `big`, and |big| > 2**53 - 1
 *    (`v` is 0 then).
 * Results are always normalised back to the number form when they fit, so
 * two equal ints always have the same representation.
 *
 * Small ints −5…256 are static objects created here (refcount starts at
 * STATIC_REFCNT, as 3.11's statically allocated small ints);
 * `PyLong_FromNumber` returns them with a new reference. `True` and
 * `False` are PyLongObjects of type `bool` defined here too, with bool's
 * own slots (CPython's boolobject.c, at the end of this file), so that
 * they exist whatever order the modules are evaluated in.
 *
 * Sizes (sys.getsizeof, 3.11): 24 bytes of header plus 4 bytes per 30-bit
 * digit, with at least one digit (so 0 is 28 bytes, 2**30 is 32).
 *
 * Number slots receive the operands in expression order and return
 * NotImplemented when either is not an int (the abstract layer then tries
 * the other operand), as CPython's CHECK_BINOP.
 */
import { DECIMAL, hasFlag } from "../unicode/unicodectype.js";
import { toDecimal } from "../unicode/ucd.js";
import {
  type GCLink,
  type PyGCObject,
  PyObject,
  PyObject_GC_Link,
  TPFLAGS_BASETYPE,
  TPFLAGS_HAVE_GC,
  TPFLAGS_LONG_SUBCLASS,
  TPFLAGS_MATCH_SELF,
} from "../heap/object.js";
import { PyObject_Free, PyObject_GC_Del, PyObject_GC_Track } from "../heap/gc.js";
import { Py_DECREF, Py_INCREF, _Py_DECREF_NO_DEALLOC } from "../heap/refcount.js";
import { makeStatic, newStaticType, PyType_IsSubtype, type PyTypeObject } from "./typeobject.js";
import { Py_EQ, Py_GE, Py_GT, Py_LE, Py_LT, Py_NE } from "../bytecode/opcodes.js";
import { PyErr_Format, PyErr_NoMemory } from "./errors.js";
import { heapCheck } from "../heap/allocator.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError, PyExc_ZeroDivisionError } from "./exceptions.js";
import { Py_NotImplemented, Py_None } from "./noneobject.js";
import { PyFloat_FromDouble, float_pow_doubles, ratioToDouble } from "./floatobject.js";
import {
  PyUnicode_FromString,
  PyUnicode_InternFromString,
  PyUnicodeObject,
  unicode_repr_string,
} from "./unicodeobject.js";
import { METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, METH_CLASS } from "./methoddef.js";
import { PyBytes_FromArray, PyBytesObject, bytesReprString, PyObject_Bytes } from "./bytesobject.js";
import { formatLong } from "./unicode-format.js";
import { PyByteArrayObject } from "./bytearrayobject.js";
import { PyTuple_Pack } from "./tupleobject.js";
import { checkPositional, newArgParser, _PyArg_UnpackKeywords } from "./getargs.js";
import { foldHashBig } from "./hashutil.js";
import { CHECK_INTERVAL, _Py_CheckInterrupt } from "./eval-breaker.js";
import { PyNumber_Index, PyNumber_Long, PyObject_IsTrue, PyObject_Str } from "./abstract.js";
import { PyObject_Call } from "./call.js";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const BIG_MAX_SAFE = BigInt(MAX_SAFE);
/** 2**61 - 1, CPython's _PyHASH_MODULUS on 64-bit builds. */
const HASH_MODULUS = (1n << 61n) - 1n;

export class PyLongObject extends PyObject {
  /** The value when `big` is null (a safe integer); 0 otherwise. */
  v: number;
  /** The value when it is not a safe integer; null otherwise. */
  big: bigint | null;

  constructor(type: PyTypeObject, v: number, big: bigint | null) {
    super(type, longSize(v, big));
    this.v = v;
    this.big = big;
  }
}

/**
 * An instance of a heap subtype of int (`class Positive(int)`): an int
 * with the GC header, since 3.11 gives every heap type HAVE_GC. The header
 * is PyGCObject's fields in PyGCObject's order (heap/object.ts says why
 * this class cannot derive from it). Made by long_subtype_new, tracked
 * from creation; its `__dict__` is in instanceobject.ts's extraDicts.
 */
export class PyLongSubtypeObject extends PyLongObject {
  gc_next: GCLink | null;
  gc_prev: GCLink | null;
  gc_refs: number;
  gc_flags: number;
  weakreflist: PyObject | null;

  constructor(type: PyTypeObject, v: number, big: bigint | null) {
    super(type, v, big);
    this.gc_next = null;
    this.gc_prev = null;
    this.gc_refs = 0;
    this.gc_flags = 0;
    this.weakreflist = null;
    PyObject_GC_Link(type, this.ob_size_bytes);
  }
}

/** sys.getsizeof of an int in 3.11: 24 + 4 bytes per 30-bit digit (>= 1). */
function longSize(v: number, big: bigint | null): number {
  if (big === null) return v < 1073741824 && v > -1073741824 ? 28 : 32;
  const bits = bigBitLength(big < 0n ? -big : big);
  return 24 + 4 * Math.ceil(bits / 30);
}

export function bigBitLength(a: bigint): number {
  if (a === 0n) return 0;
  // toString(16) is fast for large values; adjust for the top digit.
  const s = a.toString(16);
  const top = parseInt(s[0], 16);
  return (s.length - 1) * 4 + (32 - Math.clz32(top));
}

function long_dealloc(self: PyObject): void {
  // tp_free: a subtype instance has the GC header.
  if ((self.ob_type.tp_flags & TPFLAGS_HAVE_GC) !== 0) PyObject_GC_Del(self as PyGCObject);
  else PyObject_Free(self);
}

function static_dealloc(self: PyObject): void {
  throw new Error(`refpy internal error: deallocating static int ${(self as PyLongObject).v}`);
}

export const PyLong_Type: PyTypeObject = newStaticType(
  "int",
  24,
  TPFLAGS_BASETYPE | TPFLAGS_LONG_SUBCLASS | TPFLAGS_MATCH_SELF,
  long_dealloc,
  undefined,
  4,
);

export const PyBool_Type: PyTypeObject = newStaticType(
  "bool",
  24,
  TPFLAGS_LONG_SUBCLASS,
  static_dealloc,
  PyLong_Type,
  4,
);
PyBool_Type.tp_vectorcall = true; // bool_vectorcall

/** The small-int cache, −5…256 (CPython's _PyLong_SMALL_INTS). */
const NSMALLNEG = 5;
const NSMALLPOS = 257;
const smallInts: PyLongObject[] = [];
for (let i = -NSMALLNEG; i < NSMALLPOS; i++) {
  const o = makeStatic(new PyLongObject(PyLong_Type, i, null));
  smallInts.push(o);
}

export const Py_False: PyLongObject = makeStatic(new PyLongObject(PyBool_Type, 0, null), 400);
export const Py_True: PyLongObject = makeStatic(new PyLongObject(PyBool_Type, 1, null), 400);

// ---------------------------------------------------------------- creation

/** A new reference to the int `n` (an integral JS number). */
export function PyLong_FromNumber(n: number): PyLongObject {
  if (n >= -NSMALLNEG && n < NSMALLPOS) {
    const o = smallInts[n + NSMALLNEG];
    o.ob_refcnt++;
    return o;
  }
  if (n <= MAX_SAFE && n >= -MAX_SAFE) return new PyLongObject(PyLong_Type, n, null);
  return new PyLongObject(PyLong_Type, 0, BigInt(n));
}

/** A new reference to the int `b`. */
export function PyLong_FromBigInt(b: bigint): PyLongObject {
  if (b <= BIG_MAX_SAFE && b >= -BIG_MAX_SAFE) return PyLong_FromNumber(Number(b));
  return new PyLongObject(PyLong_Type, 0, b);
}

/** A borrowed reference to a cached small int (−5…256). */
export function _PyLong_GetSmall(n: number): PyLongObject {
  return smallInts[n + NSMALLNEG];
}

/** long_subtype_new: a new instance of the heap subtype `type` with the
 *  value of `src`, tracked as PyType_GenericAlloc tracks it. */
function long_subtype_new(type: PyTypeObject, src: PyLongObject): PyObject {
  const o = new PyLongSubtypeObject(type, src.v, src.big);
  PyObject_GC_Track(o);
  return o;
}

// ---------------------------------------------------------------- access

export function PyLong_Check(o: PyObject): o is PyLongObject {
  return o instanceof PyLongObject;
}

export function PyLong_CheckExact(o: PyObject): o is PyLongObject {
  return o.ob_type === PyLong_Type;
}

export function PyBool_Check(o: PyObject): boolean {
  return o.ob_type === PyBool_Type;
}

/** The value as a JS number; OverflowError if it is not a safe integer. */
export function PyLong_AsNumber(o: PyObject): number {
  const l = o as PyLongObject;
  if (l.big === null) return l.v;
  throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
}

export function PyLong_AsBigInt(o: PyObject): bigint {
  const l = o as PyLongObject;
  return l.big === null ? BigInt(l.v) : l.big;
}

/** The value as the nearest double; OverflowError if too large. */
export function PyLong_AsDouble(o: PyObject): number {
  const l = o as PyLongObject;
  if (l.big === null) return l.v;
  const d = Number(l.big);
  if (!Number.isFinite(d)) throw PyErr_Format(PyExc_OverflowError, "int too large to convert to float");
  return d;
}

/** Sign of the value: -1, 0 or 1. */
export function _PyLong_Sign(o: PyObject): number {
  const l = o as PyLongObject;
  if (l.big === null) return l.v > 0 ? 1 : l.v < 0 ? -1 : 0;
  return l.big > 0n ? 1 : -1;
}

function notImpl(): PyObject {
  Py_NotImplemented.ob_refcnt++;
  return Py_NotImplemented;
}

function big(o: PyLongObject): bigint {
  return o.big === null ? BigInt(o.v) : o.big;
}

// ---------------------------------------------------------------- arithmetic

export function long_add(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyLongObject) || !(b instanceof PyLongObject)) return notImpl();
  if (a.big === null && b.big === null) {
    const r = a.v + b.v;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return PyLong_FromNumber(r);
  }
  return PyLong_FromBigInt(big(a) + big(b));
}

export function long_sub(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyLongObject) || !(b instanceof PyLongObject)) return notImpl();
  if (a.big === null && b.big === null) {
    const r = a.v - b.v;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return PyLong_FromNumber(r);
  }
  return PyLong_FromBigInt(big(a) - big(b));
}

export function long_mul(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyLongObject) || !(b instanceof PyLongObject)) return notImpl();
  if (a.big === null && b.big === null) {
    const r = a.v * b.v;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return PyLong_FromNumber(r === 0 ? 0 : r);
  }
  checkIntSize(digitBits(a) + digitBits(b));
  return PyLong_FromBigInt(big(a) * big(b));
}

const FAST_DIV_LIMIT = 2 ** 52;

/** Floor division and modulo of two ints (Python semantics); b != 0. */
function divmodNumbers(a: number, b: number): [number, number] {
  let r = a % b;
  if (r !== 0 && r < 0 !== b < 0) r += b;
  const q = (a - r) / b;
  return [q === 0 ? 0 : q, r === 0 ? 0 : r];
}

function divmodBig(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b;
  let r = a % b;
  if (r !== 0n && r < 0n !== b < 0n) {
    r += b;
    q -= 1n;
  }
  return [q, r];
}

function isZero(o: PyLongObject): boolean {
  return o.big === null && o.v === 0;
}

export function long_floor_div(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyLongObject) || !(b instanceof PyLongObject)) return notImpl();
  if (isZero(b)) throw PyErr_Format(PyExc_ZeroDivisionError, "integer division or modulo by zero");
  if (
    a.big === null &&
    b.big === null &&
    a.v < FAST_DIV_LIMIT &&
    a.v > -FAST_DIV_LIMIT &&
    b.v < FAST_DIV_LIMIT &&
    b.v > -FAST_DIV_LIMIT
  ) {
    return PyLong_FromNumber(divmodNumbers(a.v, b.v)[0]);
  }
  return PyLong_FromBigInt(divmodBig(big(a), big(b))[0]);
}

export function long_mod(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyLongObject) || !(b instanceof PyLongObject)) return notImpl();
  if (isZero(b)) throw PyErr_Format(PyExc_ZeroDivisionError, "integer modulo by zero");
  if (a.big === null && b.big === null) {
    let r = a.v % b.v;
    if (r !== 0 && r < 0 !== b.v < 0) r += b.v;
    return PyLong_FromNumber(r === 0 ? 0 : r);
  }
  return PyLong_FromBigInt(divmodBig(big(a), big(b))[1]);
}

export function long_divmod(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyLongObject) || !(b instanceof PyLongObject)) return notImpl();
  if (isZero(b)) throw PyErr_Format(PyExc_ZeroDivisionError, "integer division or modulo by zero");
  let q: PyObject;
  let r: PyObject;
  if (
    a.big === null &&
    b.big === null &&
    a.v < FAST_DIV_LIMIT &&
    a.v > -FAST_DIV_LIMIT &&
    b.v < FAST_DIV_LIMIT &&
    b.v > -FAST_DIV_LIMIT
  ) {
    const [qq, rr] = divmodNumbers(a.v, b.v);
    q = PyLong_FromNumber(qq);
    r = PyLong_FromNumber(rr);
  } else {
    const [qq, rr] = divmodBig(big(a), big(b));
    q = PyLong_FromBigInt(qq);
    r = PyLong_FromBigInt(rr);
  }
  return tuple2Steal(q, r);
}

function tuple2Steal(a: PyObject, b: PyObject): PyObject {
  const t = PyTuple_Pack(a, b);
  _Py_DECREF_NO_DEALLOC(a);
  _Py_DECREF_NO_DEALLOC(b);
  return t;
}

/** True division of two ints, correctly rounded (CPython's long_true_divide). */
export function long_true_divide(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyLongObject) || !(b instanceof PyLongObject)) return notImpl();
  if (isZero(b)) throw PyErr_Format(PyExc_ZeroDivisionError, "division by zero");
  if (a.big === null && b.big === null) return PyFloat_FromDouble(a.v / b.v);
  return PyFloat_FromDouble(bigTrueDivide(big(a), big(b)));
}

function bigTrueDivide(x: bigint, y: bigint): number {
  const negate = x < 0n !== y < 0n;
  const a = x < 0n ? -x : x;
  const b = y < 0n ? -y : y;
  if (a === 0n) return negate ? -0 : 0;
  const diff = bigBitLength(a) - bigBitLength(b);
  if (diff > 1025) throw PyErr_Format(PyExc_OverflowError, "integer division result too large for a float");
  if (diff < -1100) return negate ? -0 : 0;
  const result = ratioToDouble(a, b);
  if (!Number.isFinite(result)) {
    throw PyErr_Format(PyExc_OverflowError, "integer division result too large for a float");
  }
  return negate ? -result : result;
}

/** Exact integer power, exponent >= 0. */
function intPow(a: PyLongObject, e: bigint): PyObject {
  if (a.big === null && e < 64n) {
    let n = Number(e);
    const base = a.v;
    let result = 1;
    let ok = true;
    for (let i = 0; i < n; i++) {
      result *= base;
      if (result > MAX_SAFE || result < -MAX_SAFE) {
        ok = false;
        break;
      }
    }
    if (ok) return PyLong_FromNumber(result === 0 ? 0 : result);
    n = 0;
  }
  const bv = big(a);
  if (bv === 1n || bv === 0n) return PyLong_FromBigInt(bv);
  if (bv === -1n) return PyLong_FromNumber(e % 2n === 0n ? 1 : -1);
  // |a| < 2**baseBits: the result has fewer than e * baseBits bits.
  const baseBits = a.big === null ? Math.floor(Math.log2(Math.abs(a.v))) + 1 : digitBits(a);
  const bits = Number(e) * baseBits;
  checkIntSize(bits);
  return PyLong_FromBigInt(bits < BIG_POW_BITS ? bv ** e : bigPow(bv, e));
}

/** Results from this many bits on are computed by bigPow. */
const BIG_POW_BITS = 1 << 16;

/**
 * `b ** e` for a big result: long_pow's left-to-right binary
 * exponentiation, with its SIGCHECK (_Py_CheckInterrupt) before each
 * multiplication, so a limit or an interrupt stops pow(3, 10**8) between
 * two of them.
 */
function bigPow(b: bigint, e: bigint): bigint {
  const bits = e.toString(2);
  let r = b;
  for (let i = 1; i < bits.length; i++) {
    _Py_CheckInterrupt(CHECK_INTERVAL);
    r *= r;
    if (bits.charCodeAt(i) === 49) {
      _Py_CheckInterrupt(CHECK_INTERVAL);
      r *= b;
    }
  }
  return r;
}

function modInverse(a: bigint, m: bigint): bigint | null {
  // extended Euclid on positive m
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) return null;
  return ((oldS % m) + m) % m;
}

function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  let result = 1n % m;
  base = ((base % m) + m) % m;
  while (exp > 0n) {
    _Py_CheckInterrupt(16);
    if ((exp & 1n) === 1n) result = (result * base) % m;
    exp >>= 1n;
    base = (base * base) % m;
  }
  return result;
}

export function long_pow(a: PyObject, b: PyObject, c: PyObject): PyObject {
  if (!(a instanceof PyLongObject) || !(b instanceof PyLongObject)) return notImpl();
  if (c !== Py_None && !(c instanceof PyLongObject)) return notImpl();
  const negExp = b.big === null ? b.v < 0 : b.big < 0n;
  if (c === Py_None) {
    if (negExp) {
      // int ** negative int is a float.
      const x = PyLong_AsDouble(a);
      const y = PyLong_AsDouble(b);
      if (x === 0) throw PyErr_Format(PyExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
      return PyFloat_FromDouble(float_pow_doubles(x, y));
    }
    return intPow(a, big(b));
  }
  let m = big(c as PyLongObject);
  if (m === 0n) throw PyErr_Format(PyExc_ValueError, "pow() 3rd argument cannot be 0");
  const negMod = m < 0n;
  if (negMod) m = -m;
  let base = big(a);
  let e = big(b);
  if (e < 0n) {
    const inv = modInverse(base, m);
    if (inv === null) throw PyErr_Format(PyExc_ValueError, "base is not invertible for the given modulus");
    base = inv;
    e = -e;
  }
  let r = modPow(base, e, m);
  if (negMod && r !== 0n) r -= m;
  return PyLong_FromBigInt(r);
}

export function long_neg(a: PyObject): PyObject {
  const l = a as PyLongObject;
  if (l.big === null) return PyLong_FromNumber(l.v === 0 ? 0 : -l.v);
  return PyLong_FromBigInt(-l.big);
}

/** +x: an exact int is returned itself; a subclass instance becomes an int. */
export function long_pos(a: PyObject): PyObject {
  const l = a as PyLongObject;
  if (l.ob_type === PyLong_Type) {
    Py_INCREF(l);
    return l;
  }
  return l.big === null ? PyLong_FromNumber(l.v) : PyLong_FromBigInt(l.big);
}

export function long_abs(a: PyObject): PyObject {
  const l = a as PyLongObject;
  if (l.big === null) return l.v < 0 ? PyLong_FromNumber(-l.v) : long_pos(a);
  return PyLong_FromBigInt(l.big < 0n ? -l.big : l.big);
}

export function long_bool(a: PyObject): boolean {
  const l = a as PyLongObject;
  return l.big !== null || l.v !== 0;
}

export function long_invert(a: PyObject): PyObject {
  const l = a as PyLongObject;
  if (l.big === null) return PyLong_FromNumber(-l.v - 1);
  return PyLong_FromBigInt(-l.big - 1n);
}

function negativeShift(): never {
  throw PyErr_Format(PyExc_ValueError, "negative shift count");
}

export function long_lshift(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyLongObject) || !(b instanceof PyLongObject)) return notImpl();
  if (b.big !== null) {
    if (b.big < 0n) negativeShift();
    if (isZero(a)) return PyLong_FromNumber(0);
    throw PyErr_Format(PyExc_OverflowError, "too many digits in integer");
  }
  if (b.v < 0) negativeShift();
  if (a.big === null) {
    if (a.v === 0) return PyLong_FromNumber(0);
    if (b.v < 53) {
      const r = a.v * 2 ** b.v;
      if (r <= MAX_SAFE && r >= -MAX_SAFE) return PyLong_FromNumber(r);
    }
  }
  checkIntSize(digitBits(a) + b.v);
  return PyLong_FromBigInt(big(a) << BigInt(b.v));
}

/** An upper bound on the bits of an int, from its size (30 bits a digit). */
function digitBits(o: PyLongObject): number {
  return ((o.ob_size_bytes - 24) >> 2) * 30;
}

/** Longest bigint V8 makes (BigInt::kMaxLengthBits is 2**30). */
const JS_MAX_BIGINT_BITS = 2 ** 30;

/** MemoryError, before computing, for an int result of about `bits` bits
 *  that would not fit the heap limit (or a JS bigint). */
function checkIntSize(bits: number): void {
  heapCheck(24 + 4 * Math.ceil(bits / 30));
  if (bits > JS_MAX_BIGINT_BITS) throw PyErr_NoMemory();
}

export function long_rshift(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyLongObject) || !(b instanceof PyLongObject)) return notImpl();
  if (b.big !== null) {
    if (b.big < 0n) negativeShift();
    return PyLong_FromNumber(_PyLong_Sign(a) < 0 ? -1 : 0);
  }
  if (b.v < 0) negativeShift();
  if (a.big === null) {
    if (b.v >= 64) return PyLong_FromNumber(a.v < 0 ? -1 : 0);
    return PyLong_FromNumber(Math.floor(a.v / 2 ** b.v));
  }
  return PyLong_FromBigInt(a.big >> BigInt(b.v));
}

function isInt32(o: PyLongObject): boolean {
  return o.big === null && (o.v | 0) === o.v;
}

export function long_and(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyLongObject) || !(b instanceof PyLongObject)) return notImpl();
  if (isInt32(a) && isInt32(b)) return PyLong_FromNumber(a.v & b.v);
  return PyLong_FromBigInt(big(a) & big(b));
}

export function long_or(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyLongObject) || !(b instanceof PyLongObject)) return notImpl();
  if (isInt32(a) && isInt32(b)) return PyLong_FromNumber(a.v | b.v);
  return PyLong_FromBigInt(big(a) | big(b));
}

export function long_xor(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyLongObject) || !(b instanceof PyLongObject)) return notImpl();
  if (isInt32(a) && isInt32(b)) return PyLong_FromNumber(a.v ^ b.v);
  return PyLong_FromBigInt(big(a) ^ big(b));
}

/** Compare two ints: -1, 0 or 1. */
export function long_compare(a: PyLongObject, b: PyLongObject): number {
  if (a.big === null && b.big === null) return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
  const x = big(a);
  const y = big(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function richcompareResult(c: number, op: number): PyObject {
  let r: boolean;
  switch (op) {
    case Py_LT:
      r = c < 0;
      break;
    case Py_LE:
      r = c <= 0;
      break;
    case Py_EQ:
      r = c === 0;
      break;
    case Py_NE:
      r = c !== 0;
      break;
    case Py_GT:
      r = c > 0;
      break;
    case Py_GE:
      r = c >= 0;
      break;
    default:
      r = false;
  }
  const o = r ? Py_True : Py_False;
  o.ob_refcnt++;
  return o;
}

export function long_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyLongObject) || !(b instanceof PyLongObject)) return notImpl();
  return richcompareResult(long_compare(a, b), op);
}

/** CPython's long_hash: the value modulo 2**61 - 1, keeping the sign; -1 → -2. */
export function long_hash(a: PyObject): number {
  const l = a as PyLongObject;
  if (l.big === null) return l.v === -1 ? -2 : l.v;
  return _PyHash_BigInt(l.big);
}

export function _PyHash_BigInt(b: bigint): number {
  const neg = b < 0n;
  let h = (neg ? -b : b) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return foldHashBig(h);
}

/** sys.set_int_max_str_digits (3.11's CVE-2020-10735 limit); 0 = none. */
export const intMaxStrDigits = { value: 4300 };

/** The decimal text of an int (raises ValueError past the digit limit). */
export function PyLong_ToDecimalString(o: PyLongObject): string {
  if (o.big === null) return String(o.v);
  const limit = intMaxStrDigits.value;
  if (limit > 0 && bigBitLength(o.big < 0n ? -o.big : o.big) > limit * 3.33 + 4) {
    throw PyErr_Format(
      PyExc_ValueError,
      `Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  const s = o.big.toString();
  if (limit > 0 && s.length - (o.big < 0n ? 1 : 0) > limit) {
    throw PyErr_Format(
      PyExc_ValueError,
      `Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return s;
}

export function long_repr(a: PyObject): PyObject {
  return PyUnicode_FromString(PyLong_ToDecimalString(a as PyLongObject));
}

/** int(x): an exact int with the same value. */
export function long_long(a: PyObject): PyObject {
  return long_pos(a);
}

export function long_float(a: PyObject): PyObject {
  return PyFloat_FromDouble(PyLong_AsDouble(a));
}

// ---------------------------------------------------------------- int(x, base)

const DIGIT_VALUE = (() => {
  const t = new Int8Array(128).fill(37);
  for (let i = 0; i < 10; i++) t[48 + i] = i;
  for (let i = 0; i < 26; i++) {
    t[65 + i] = 10 + i;
    t[97 + i] = 10 + i;
  }
  return t;
})();

/** Python's whitespace for str.strip() with no argument. */
export const PY_WHITESPACE =
  " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

function stripPyWhitespace(s: string): string {
  let i = 0;
  let j = s.length;
  while (i < j && PY_WHITESPACE.includes(s[i])) i++;
  while (j > i && PY_WHITESPACE.includes(s[j - 1])) j--;
  return s.slice(i, j);
}

/**
 * CPython's PyLong_FromString: parse `text` in `base` (0 or 2..36), with
 * optional sign, prefix and single underscores between digits. `orig` is
 * the object to show in the error message. Returns a new reference.
 */
export function _PyLong_FromString(text: string, base: number, orig: PyObject): PyObject {
  const fail = (): never => {
    let r =
      orig instanceof PyBytesObject
        ? bytesReprString(orig.ob_sval)
        : unicode_repr_string(orig instanceof PyUnicodeObject ? orig.str : text);
    if (r.length > 200) r = r.slice(0, 200);
    throw PyErr_Format(PyExc_ValueError, `invalid literal for int() with base ${base}: ${r}`);
  };
  let s = stripPyWhitespace(text);
  let neg = false;
  if (s[0] === "+" || s[0] === "-") {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  let b = base;
  let i = 0;
  if (s.length >= 2 && s[0] === "0") {
    const p = s[1].toLowerCase();
    const pb = p === "x" ? 16 : p === "o" ? 8 : p === "b" ? 2 : 0;
    if (pb !== 0 && (b === 0 || b === pb)) {
      b = pb;
      i = 2;
      if (s[i] === "_") i++; // an underscore may follow the prefix
    }
  }
  let leadingZeroDecimal = false;
  if (b === 0) {
    b = 10;
    leadingZeroDecimal = s[0] === "0";
  }
  let digits = "";
  let lastUnderscore = true; // forbids a leading underscore
  for (; i < s.length; i++) {
    const ch = s[i];
    if (ch === "_") {
      if (lastUnderscore) fail();
      lastUnderscore = true;
      continue;
    }
    let c = ch.charCodeAt(0);
    let d: number;
    if (c < 128) d = DIGIT_VALUE[c];
    else {
      // Unicode decimal digits (e.g. Arabic-Indic, or past U+FFFF a
      // surrogate pair) are accepted too.
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) i++;
      const m = hasFlag(cp, DECIMAL) ? unicodeDigit(String.fromCodePoint(cp)) : -1;
      if (m < 0) fail();
      d = m;
      c = 48 + d;
    }
    if (d >= b) fail();
    digits += String.fromCharCode(c < 128 && d < 10 ? 48 + d : c);
    lastUnderscore = false;
  }
  if (digits.length === 0 || lastUnderscore) fail();
  if (leadingZeroDecimal && base === 0 && /[^0]/.test(digits)) fail();
  const limit = intMaxStrDigits.value;
  if (limit > 0 && (b & (b - 1)) !== 0 && digits.length > limit) {
    throw PyErr_Format(
      PyExc_ValueError,
      `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  let result: bigint;
  if (b === 10 && digits.length <= 15) {
    const n = parseInt(digits, 10);
    return PyLong_FromNumber(neg ? -n : n);
  } else if (b === 10) result = BigInt(digits);
  else if (b === 16) result = BigInt("0x" + digits);
  else if (b === 8) result = BigInt("0o" + digits);
  else if (b === 2) result = BigInt("0b" + digits);
  else {
    result = 0n;
    const bb = BigInt(b);
    for (let k = 0; k < digits.length; k++) {
      result = result * bb + BigInt(DIGIT_VALUE[digits.charCodeAt(k)]);
    }
  }
  return PyLong_FromBigInt(neg ? -result : result);
}

/** _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode white space to
 *  ' ', decimal digits to ASCII ones, anything else non-ASCII to '?'. */
export function _PyUnicode_TransformDecimalAndSpaceToASCII(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (PY_WHITESPACE.includes(ch)) out += " ";
    else if (hasFlag(c, DECIMAL)) out += String.fromCharCode(48 + unicodeDigit(ch));
    else out += "?";
  }
  return out;
}

/** The value of a Unicode decimal digit (Py_UNICODE_TODECIMAL, from
 *  CPython 3.11's Unicode 14.0.0 tables). */
export function unicodeDigit(ch: string): number {
  return toDecimal(ch.codePointAt(0)!);
}

const intParser = newArgParser("int", ["x", "base"], 0, 1, -1);

/** int.__new__(type, x=0, base=10) */
function long_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [x, obase] = _PyArg_UnpackKeywords(args, kwnames, intParser, [null, null]);
  let result: PyObject;
  if (x === null) {
    if (obase !== null) throw PyErr_Format(PyExc_TypeError, "int() missing string argument");
    result = PyLong_FromNumber(0);
  } else if (obase === null) {
    result = PyNumber_Long(x);
  } else {
    const bo = PyNumber_Index(obase);
    const base = (bo as PyLongObject).big === null ? (bo as PyLongObject).v : 99;
    Py_DECREF(bo);
    if ((base !== 0 && base < 2) || base > 36) {
      throw PyErr_Format(PyExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    if (x instanceof PyUnicodeObject) {
      result = _PyLong_FromString(x.str, base, x);
    } else if (x instanceof PyBytesObject || x instanceof PyByteArrayObject) {
      // _PyLong_FromBytes: the bytes as ASCII text (others can be no digit
      // nor space), the error naming the bytes object
      const data = x instanceof PyBytesObject ? x.ob_sval : x.ob_bytes.subarray(x.ob_start, x.ob_start + x.ob_size);
      let text = "";
      for (const c of data) text += String.fromCharCode(c < 0x80 ? c : 0xfffd);
      result = _PyLong_FromString(text, base, x);
    } else {
      throw PyErr_Format(PyExc_TypeError, "int() can't convert non-string with explicit base");
    }
  }
  if (type === PyLong_Type) return result;
  const r = long_subtype_new(type, result as PyLongObject);
  Py_DECREF(result);
  return r;
}

// ---------------------------------------------------------------- methods

function int_bit_length(self: PyObject): PyObject {
  const l = self as PyLongObject;
  if (l.big === null) {
    const a = Math.abs(l.v);
    if (a < 2 ** 31) return PyLong_FromNumber(32 - Math.clz32(a));
    return PyLong_FromNumber(a.toString(2).length);
  }
  return PyLong_FromNumber(bigBitLength(l.big < 0n ? -l.big : l.big));
}

function int_bit_count(self: PyObject): PyObject {
  const b = big(self as PyLongObject);
  const s = (b < 0n ? -b : b).toString(2);
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 49) n++;
  return PyLong_FromNumber(n);
}

function int_conjugate(self: PyObject): PyObject {
  return long_pos(self);
}

function int_as_integer_ratio(self: PyObject): PyObject {
  return tuple2Steal(long_pos(self), PyLong_FromNumber(1));
}

function int_format(self: PyObject, arg: PyObject): PyObject {
  const spec = arg;
  if (!(spec instanceof PyUnicodeObject)) {
    throw PyErr_Format(PyExc_TypeError, `__format__() argument must be str, not ${spec.ob_type.tp_name}`);
  }
  // An empty spec is str(self) (so format(True, "") is 'True').
  if (spec.str.length === 0) return PyObject_Str(self);
  return PyUnicode_FromString(formatLong(self as PyLongObject, spec.str));
}

/** round(int, ndigits): rounds half to even at 10**-ndigits. */
function int_round(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("__round__", args, kwnames, 0, 1);
  if (args.length === 0 || args[0] === Py_None) return long_pos(self);
  const nd = PyNumber_Index(args[0]);
  const n = big(nd as PyLongObject);
  Py_DECREF(nd);
  if (n >= 0n) return long_pos(self);
  const pow = 10n ** -n;
  const v = big(self as PyLongObject);
  let [q, r] = divmodBig(v, pow);
  const twice = 2n * r;
  if (twice > pow || (twice === pow && (q & 1n) === 1n)) q += 1n;
  return PyLong_FromBigInt(q * pow);
}

function int_sizeof(self: PyObject): PyObject {
  return PyLong_FromNumber(self.ob_size_bytes);
}

function int_getnewargs(self: PyObject): PyObject {
  const v = long_pos(self);
  const t = PyTuple_Pack(v);
  _Py_DECREF_NO_DEALLOC(v);
  return t;
}

function int_index_method(self: PyObject): PyObject {
  return long_pos(self);
}

function byteorderArg(o: PyObject | null): boolean {
  if (o === null) return false;
  const s = o instanceof PyUnicodeObject ? o.str : "";
  if (s === "big") return false;
  if (s === "little") return true;
  throw PyErr_Format(PyExc_ValueError, "byteorder must be either 'little' or 'big'");
}

const toBytesParser = newArgParser("to_bytes", ["length", "byteorder", "signed"], 0, 0, -1);

/** int.to_bytes(length=1, byteorder='big', *, signed=False) */
function int_to_bytes(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [lo, bo, so] = _PyArg_UnpackKeywords(args, kwnames, toBytesParser, [null, null, null]);
  let length = 1;
  if (lo !== null) {
    const li = PyNumber_Index(lo) as PyLongObject;
    // Py_ssize_t length.
    const lv = big(li);
    Py_DECREF(li);
    if (lv > 9223372036854775807n || lv < -9223372036854775808n) {
      throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    length = Number(lv);
    if (length < 0) throw PyErr_Format(PyExc_ValueError, "length argument must be non-negative");
  }
  const little = byteorderArg(bo);
  const signed = so !== null && PyObject_IsTrue(so);
  let v = big(self as PyLongObject);
  // The bytes object first (PyBytes_FromStringAndSize: MemoryError for a
  // length no heap holds), then whether the value fits.
  heapCheck(33 + length);
  if (length > 2 ** 31) throw PyErr_NoMemory();
  // The value's significant bits (a negative value's in two's complement,
  // without the sign bit).
  const magnitude = v < 0n ? -v - 1n : v;
  const bits = magnitude === 0n ? 0 : magnitude.toString(2).length;
  if (v < 0n && !signed) throw PyErr_Format(PyExc_OverflowError, "can't convert negative int to unsigned");
  if (signed ? bits > 8 * length - 1 && !(length === 0 && magnitude === 0n) : bits > 8 * length) {
    throw PyErr_Format(PyExc_OverflowError, "int too big to convert");
  }
  if (v < 0n) v += 1n << BigInt(8 * length);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return PyBytes_FromArray(out);
}

const fromBytesParser = newArgParser("from_bytes", ["bytes", "byteorder", "signed"], 1, 0, -1);

/** int.from_bytes(bytes, byteorder='big', *, signed=False) (classmethod) */
function int_from_bytes(cls: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [bo0, bo, so] = _PyArg_UnpackKeywords(args, kwnames, fromBytesParser, [null, null, null]);
  const little = byteorderArg(bo);
  const signed = so !== null && PyObject_IsTrue(so);
  const bytesObj = PyObject_Bytes(bo0!) as PyBytesObject;
  const data = bytesObj.ob_sval;
  Py_DECREF(bytesObj);
  let v = 0n;
  for (let i = 0; i < data.length; i++) {
    v = (v << 8n) | BigInt(data[little ? data.length - 1 - i : i]);
  }
  if (signed && data.length > 0 && v >= 1n << BigInt(8 * data.length - 1)) v -= 1n << BigInt(8 * data.length);
  const r = PyLong_FromBigInt(v);
  if (cls === PyLong_Type) return r;
  try {
    return PyObject_Call(cls, [r], null);
  } finally {
    Py_DECREF(r);
  }
}

PyLong_Type.tp_methods = [
  { name: "conjugate", meth: int_conjugate, flags: METH_NOARGS },
  { name: "bit_length", meth: int_bit_length, flags: METH_NOARGS },
  { name: "bit_count", meth: int_bit_count, flags: METH_NOARGS },
  { name: "to_bytes", meth: int_to_bytes, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "from_bytes", meth: int_from_bytes, flags: METH_FASTCALL | METH_KEYWORDS | METH_CLASS },
  { name: "as_integer_ratio", meth: int_as_integer_ratio, flags: METH_NOARGS },
  { name: "__trunc__", meth: int_index_method, flags: METH_NOARGS },
  { name: "__floor__", meth: int_index_method, flags: METH_NOARGS },
  { name: "__ceil__", meth: int_index_method, flags: METH_NOARGS },
  { name: "__round__", meth: int_round, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "__getnewargs__", meth: int_getnewargs, flags: METH_NOARGS },
  { name: "__format__", meth: int_format, flags: METH_O },
  { name: "__sizeof__", meth: int_sizeof, flags: METH_NOARGS },
];

PyLong_Type.tp_getset = [
  { name: "real", get: long_pos, set: null },
  { name: "imag", get: () => PyLong_FromNumber(0), set: null },
  { name: "numerator", get: long_pos, set: null },
  { name: "denominator", get: () => PyLong_FromNumber(1), set: null },
];

// ---------------------------------------------------------------- slots

PyLong_Type.tp_repr = long_repr;
PyLong_Type.tp_hash = long_hash;
PyLong_Type.tp_richcompare = long_richcompare;
PyLong_Type.tp_new = long_new;
PyLong_Type.nb_add = long_add;
PyLong_Type.nb_subtract = long_sub;
PyLong_Type.nb_multiply = long_mul;
PyLong_Type.nb_remainder = long_mod;
PyLong_Type.nb_divmod = long_divmod;
PyLong_Type.nb_power = long_pow;
PyLong_Type.nb_negative = long_neg;
PyLong_Type.nb_positive = long_pos;
PyLong_Type.nb_absolute = long_abs;
PyLong_Type.nb_bool = long_bool;
PyLong_Type.nb_invert = long_invert;
PyLong_Type.nb_lshift = long_lshift;
PyLong_Type.nb_rshift = long_rshift;
PyLong_Type.nb_and = long_and;
PyLong_Type.nb_xor = long_xor;
PyLong_Type.nb_or = long_or;
PyLong_Type.nb_int = long_long;
PyLong_Type.nb_float = long_float;
PyLong_Type.nb_floor_divide = long_floor_div;
PyLong_Type.nb_true_divide = long_true_divide;
PyLong_Type.nb_index = long_long;

// ---------------------------------------------------------------- bool
// CPython's Objects/boolobject.c: here, in the module that defines the
// type and its two instances, so bool's slots are installed while this
// module initialises, whatever order the module graph is evaluated in.

/** A new reference to True or False. */
export function PyBool_FromBool(b: boolean): PyObject {
  const o = b ? Py_True : Py_False;
  o.ob_refcnt++;
  return o;
}

export function bool_repr(self: PyObject): PyObject {
  return PyUnicode_InternFromString(self === Py_True ? "True" : "False");
}

export function bool_new(_type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  checkPositional("bool", args, kwnames, 0, 1);
  if (args.length === 0) return PyBool_FromBool(false);
  return PyBool_FromBool(PyObject_IsTrue(args[0]));
}

export function bool_and(a: PyObject, b: PyObject): PyObject {
  if (a.ob_type !== PyBool_Type || b.ob_type !== PyBool_Type) return long_and(a, b);
  return PyBool_FromBool(a === Py_True && b === Py_True);
}

export function bool_or(a: PyObject, b: PyObject): PyObject {
  if (a.ob_type !== PyBool_Type || b.ob_type !== PyBool_Type) return long_or(a, b);
  return PyBool_FromBool(a === Py_True || b === Py_True);
}

export function bool_xor(a: PyObject, b: PyObject): PyObject {
  if (a.ob_type !== PyBool_Type || b.ob_type !== PyBool_Type) return long_xor(a, b);
  return PyBool_FromBool((a === Py_True) !== (b === Py_True));
}

// bool inherits int's other slots.
PyBool_Type.tp_repr = bool_repr;
PyBool_Type.tp_new = bool_new;
PyBool_Type.nb_and = bool_and;
PyBool_Type.nb_or = bool_or;
PyBool_Type.nb_xor = bool_xor;
PyBool_Type.tp_hash = long_hash;
PyBool_Type.tp_richcompare = long_richcompare;
PyBool_Type.nb_add = long_add;
PyBool_Type.nb_subtract = long_sub;
PyBool_Type.nb_multiply = long_mul;
PyBool_Type.nb_remainder = long_mod;
PyBool_Type.nb_divmod = long_divmod;
PyBool_Type.nb_power = long_pow;
PyBool_Type.nb_negative = long_neg;
PyBool_Type.nb_positive = long_pos;
PyBool_Type.nb_absolute = long_abs;
PyBool_Type.nb_bool = long_bool;
PyBool_Type.nb_invert = long_invert;
PyBool_Type.nb_lshift = long_lshift;
PyBool_Type.nb_rshift = long_rshift;
PyBool_Type.nb_int = long_long;
PyBool_Type.nb_float = long_float;
PyBool_Type.nb_floor_divide = long_floor_div;
PyBool_Type.nb_true_divide = long_true_divide;
PyBool_Type.nb_index = long_long;

/** True for any int subtype instance check by type object (MRO-aware). */
export function PyLong_TypeCheck(t: PyTypeObject): boolean {
  return PyType_IsSubtype(t, PyLong_Type);
}
