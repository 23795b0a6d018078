/**
 * The `math` module (CPython's Modules/mathmodule.c): float functions over
 * JS doubles with CPython's error rules (`ValueError: math domain error`
 * for arguments outside the domain, `OverflowError: math range error` when
 * a finite input overflows), and exact integer functions (gcd, factorial,
 * comb, perm, isqrt) over BigInt. gamma, lgamma, erf, erfc and cbrt are
 * the C implementations CPython 3.11 uses on glibc, in math-libm.ts.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/moduleobject.js";
import { PyFloat_AsDouble, PyFloat_FromDouble, PyFloat_Check } from "../objects/floatobject.js";
import { PyLong_AsBigInt, PyLong_Check, PyLong_FromBigInt } from "../objects/longobject.js";
import { PyLong_FromDouble } from "../objects/floatobject.js";
import { PyBool_FromBool } from "../objects/longobject.js";
import { PyErr_Format, PyErr_NoMemory } from "../objects/errors.js";
import {
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyExc_ZeroDivisionError,
} from "../objects/exceptions.js";
import { newArgParser, _PyArg_UnpackKeywords, _PyArg_CheckPositional } from "../objects/getargs.js";
import { PyIter_Next, PyNumber_Index, PyNumber_Multiply, PyObject_GetIter } from "../objects/abstract.js";
import { _PyType_LookupString } from "../objects/typeimpl.js";
import { PyObject_Call } from "../objects/call.js";
import { _PyTuple_FromArraySteal } from "../objects/tupleobject.js";
import { _Py_CheckInterrupt } from "../objects/eval-breaker.js";
import * as libm from "../pymath/libm.js";
import { EDOM, ERANGE, mathErrno, m_cbrt, m_erf, m_erfc, m_lgamma, m_tgamma } from "./math-libm.js";

function domain(): PyObject {
  return PyErr_Format(PyExc_ValueError, "math domain error");
}
function range(): PyObject {
  return PyErr_Format(PyExc_OverflowError, "math range error");
}

function D(o: PyObject): number {
  return PyFloat_AsDouble(o);
}

/** math_1: a float function with domain / range checks. */
function f1(fn: (x: number) => number, canOverflow: boolean) {
  return (_m: PyObject, o: PyObject): PyObject => {
    const x = D(o);
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw domain();
    if (!Number.isFinite(r) && Number.isFinite(x)) throw canOverflow ? range() : domain();
    return PyFloat_FromDouble(r);
  };
}

/** is_error: C's errno after a libm call as CPython reports it (an
 *  underflow, a result below 1.5 in magnitude, is not an error). */
function checkErrno(r: number): void {
  if (mathErrno === EDOM) throw domain();
  if (mathErrno === ERANGE && Math.abs(r) >= 1.5) throw range();
}

/** math_1 over a function that reports errno (math-libm.ts). */
function f1errno(fn: (x: number) => number, canOverflow: boolean) {
  return (_m: PyObject, o: PyObject): PyObject => {
    const x = D(o);
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw domain();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) throw canOverflow ? range() : domain();
    if (Number.isFinite(r) && mathErrno !== 0) checkErrno(r);
    return PyFloat_FromDouble(r);
  };
}

/** math_1a: only errno decides (gamma, lgamma). */
function f1a(fn: (x: number) => number) {
  return (_m: PyObject, o: PyObject): PyObject => {
    const r = fn(D(o));
    if (mathErrno !== 0) checkErrno(r);
    return PyFloat_FromDouble(r);
  };
}

function big(o: PyObject): bigint {
  const i = PyNumber_Index(o);
  try {
    return PyLong_AsBigInt(i);
  } finally {
    Py_DECREF(i);
  }
}

function intDunder(name: string, o: PyObject): PyObject | null {
  if (PyFloat_Check(o)) return null;
  const f = _PyType_LookupString(o.ob_type, name);
  return f === null ? null : PyObject_Call(f, [o], null);
}

function math_floor(_m: PyObject, o: PyObject): PyObject {
  if (PyLong_Check(o)) return PyLong_FromBigInt(PyLong_AsBigInt(o));
  const r = intDunder("__floor__", o);
  if (r !== null) return r;
  return PyLong_FromDouble(Math.floor(D(o)));
}
function math_ceil(_m: PyObject, o: PyObject): PyObject {
  if (PyLong_Check(o)) return PyLong_FromBigInt(PyLong_AsBigInt(o));
  const r = intDunder("__ceil__", o);
  if (r !== null) return r;
  return PyLong_FromDouble(Math.ceil(D(o)));
}
function math_trunc(_m: PyObject, o: PyObject): PyObject {
  if (PyLong_Check(o)) return PyLong_FromBigInt(PyLong_AsBigInt(o));
  const f = _PyType_LookupString(o.ob_type, "__trunc__");
  if (f !== null) return PyObject_Call(f, [o], null);
  throw PyErr_Format(PyExc_TypeError, `type ${o.ob_type.tp_name} doesn't define __trunc__ method`);
}

/** log of an int of any size (loghelper): an int past the doubles is
 *  x * 2**e by _PyLong_Frexp (x in [0.5, 1), rounded half to even), and
 *  its log fn(x) + fn(2.0) * e. */
function logOf(o: PyObject, fn: (x: number) => number): number {
  if (PyLong_Check(o)) {
    const b = PyLong_AsBigInt(o);
    if (b <= 0n) throw domain();
    const x = Number(b);
    if (Number.isFinite(x)) return fn(x);
    const bits = b.toString(2).length;
    let shift = bits - 53;
    let q = b >> BigInt(shift);
    const rem = b - (q << BigInt(shift));
    const half = 1n << BigInt(shift - 1);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
    if (q === 1n << 53n) {
      q >>= 1n;
      shift += 1;
    }
    return fn(Number(q) / 2 ** 53) + fn(2.0) * (shift + 53);
  }
  const x = D(o);
  if (Number.isNaN(x)) return x;
  if (x <= 0) throw domain();
  return fn(x);
}

function math_log(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("log", args.length, 1, 2);
  const num = logOf(args[0], libm.log);
  if (args.length === 1) return PyFloat_FromDouble(num);
  const den = logOf(args[1], libm.log);
  // math_log_impl divides with PyNumber_TrueDivide: a base of 1 is a
  // division by zero, not a domain error.
  if (den === 0) throw PyErr_Format(PyExc_ZeroDivisionError, "float division by zero");
  return PyFloat_FromDouble(num / den);
}

function math_pow(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("pow", args.length, 2, 2);
  const x = D(args[0]);
  const y = D(args[1]);
  if (x === 0 && y < 0) throw domain();
  if (x < 0 && Number.isFinite(x) && !Number.isInteger(y) && Number.isFinite(y)) throw domain();
  const r = libm.pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throw range();
  return PyFloat_FromDouble(r);
}

function math_atan2(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("atan2", args.length, 2, 2);
  return PyFloat_FromDouble(libm.atan2(D(args[0]), D(args[1])));
}
function math_copysign(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("copysign", args.length, 2, 2);
  // C's copysign: a NaN's sign bit counts too (x86's default NaN, which
  // inf - inf and inf % x make, has it set).
  return PyFloat_FromDouble(libm.copysign(D(args[0]), D(args[1])));
}
function math_fmod(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("fmod", args.length, 2, 2);
  const x = D(args[0]);
  const y = D(args[1]);
  // C's fmod and JavaScript's % agree (the dividend's sign, x for an
  // infinite y); a NaN from two non-NaN arguments is a domain error.
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domain();
  return PyFloat_FromDouble(r);
}
/** math.modf(x): (fractional part, integer part), both with x's sign. */
function math_modf(_m: PyObject, o: PyObject): PyObject {
  const x = D(o);
  let ip: number;
  let fp: number;
  if (!Number.isFinite(x)) {
    ip = x;
    fp = Number.isNaN(x) ? x : x > 0 ? 0 : -0;
  } else {
    ip = Math.trunc(x);
    fp = x - ip;
    if (fp === 0) fp = x < 0 || Object.is(x, -0) ? -0 : 0;
  }
  return PyTuple_Pack2(PyFloat_FromDouble(fp), PyFloat_FromDouble(ip));
}

/** A tuple of two new references (stolen). */
function PyTuple_Pack2(a: PyObject, b: PyObject): PyObject {
  return _PyTuple_FromArraySteal([a, b]);
}

/** The binary exponent of a finite, non-zero double (as C's frexp). */
function exponentOf(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = (view.getUint16(0) >> 4) & 0x7ff;
  if (bits !== 0) return bits - 1022;
  // Subnormal: scale up first.
  return exponentOf(x * 2 ** 64) - 64;
}

/** math.frexp(x): (m, e) with x == m * 2**e and 0.5 <= abs(m) < 1. */
function math_frexp(_m: PyObject, o: PyObject): PyObject {
  const x = D(o);
  if (x === 0 || !Number.isFinite(x)) return PyTuple_Pack2(PyFloat_FromDouble(x), PyLong_FromBigInt(0n));
  const e = exponentOf(x);
  return PyTuple_Pack2(PyFloat_FromDouble(ldexp(x, -e)), PyLong_FromBigInt(BigInt(e)));
}

/** x * 2**e without intermediate overflow or underflow. */
function ldexp(x: number, e: number): number {
  let r = x;
  let n = e;
  while (n > 1000) {
    r *= 2 ** 1000;
    n -= 1000;
    if (!Number.isFinite(r)) return r;
  }
  while (n < -1000) {
    r *= 2 ** -1000;
    n += 1000;
    if (r === 0) return r;
  }
  return r * 2 ** n;
}

function math_ldexp(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("ldexp", args.length, 2, 2);
  const x = D(args[0]);
  if (!PyLong_Check(args[1])) throw PyErr_Format(PyExc_TypeError, "Expected an int as second argument to ldexp.");
  const eb = PyLong_AsBigInt(args[1]);
  const e = eb > 100000n ? 100000 : eb < -100000n ? -100000 : Number(eb);
  const r = x === 0 || !Number.isFinite(x) ? x : ldexp(x, e);
  if (!Number.isFinite(r) && Number.isFinite(x)) throw range();
  return PyFloat_FromDouble(r);
}

/** IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even). */
function math_remainder(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("remainder", args.length, 2, 2);
  const x = D(args[0]);
  const y = D(args[1]);
  if (Number.isNaN(x)) return PyFloat_FromDouble(x);
  if (Number.isNaN(y)) return PyFloat_FromDouble(y);
  if (!Number.isFinite(x) || y === 0) throw domain();
  if (!Number.isFinite(y)) return PyFloat_FromDouble(x);
  const absx = Math.abs(x);
  const absy = Math.abs(y);
  const m = absx % absy;
  const c = absy - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else r = m - 2 * ((0.5 * (absx - m)) % absy);
  // copysign(1.0, x) * r: the sign of x, -0.0 included.
  return PyFloat_FromDouble(x < 0 || Object.is(x, -0) ? -r : r);
}

/** The next double after x towards y (C's nextafter). */
function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  let bits = view.getBigUint64(0);
  bits += y > x === x > 0 ? 1n : -1n;
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}

function math_nextafter(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("nextafter", args.length, 2, 2);
  return PyFloat_FromDouble(nextafter(D(args[0]), D(args[1])));
}

/** math.ulp(x): the value of the least significant bit of x. */
function math_ulp(_m: PyObject, o: PyObject): PyObject {
  let x = D(o);
  if (Number.isNaN(x)) return PyFloat_FromDouble(x);
  x = Math.abs(x);
  if (x === Infinity) return PyFloat_FromDouble(x);
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return PyFloat_FromDouble(x - nextafter(x, -Infinity));
  return PyFloat_FromDouble(x2 - x);
}

/** The floats of an iterable, for dist(). */
function floatsOf(o: PyObject): number[] {
  const it = PyObject_GetIter(o);
  const out: number[] = [];
  try {
    for (let v = PyIter_Next(it); v !== null; v = PyIter_Next(it)) {
      try {
        out.push(D(v));
      } finally {
        Py_DECREF(v);
      }
    }
  } finally {
    Py_DECREF(it);
  }
  return out;
}

/** math.dist(p, q): Euclidean distance between two points. */
function math_dist(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("dist", args.length, 2, 2);
  const p = floatsOf(args[0]);
  const q = floatsOf(args[1]);
  if (p.length !== q.length)
    throw PyErr_Format(PyExc_ValueError, "both points must have the same number of dimensions");
  return PyFloat_FromDouble(vectorNorm(p.map((x, i) => Math.abs(x - q[i]))));
}

/**
 * CPython's vector_norm: the length of a vector of absolute values,
 * accurate to within 1 ulp by scaling to [0.5, 1), splitting each square
 * exactly (Veltkamp) into running compensated sums, and one correction
 * step after the square root.
 */
function vectorNorm(vec: number[]): number {
  const T27 = 134217729.0; // ldexp(1.0, 27) + 1.0
  let max = 0.0;
  let foundNan = false;
  for (const x of vec) {
    if (Number.isNaN(x)) foundNan = true;
    if (x > max) max = x;
  }
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0.0 || vec.length <= 1) return max;
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  let frac3 = 0.0;
  let oldcsum: number;
  const maxE = frexpExponent(max);
  if (maxE >= -1023) {
    const scale = libm.ldexp(1.0, -maxE);
    for (let x of vec) {
      x *= scale;
      const t = x * T27;
      const hi = t - (t - x);
      const lo = x - hi;
      x = hi * hi;
      oldcsum = csum;
      csum += x;
      frac1 += oldcsum - csum + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += oldcsum - csum + x;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    let x = h;
    const t = x * T27;
    const hi = t - (t - x);
    const lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += oldcsum - csum + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += oldcsum - csum + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += oldcsum - csum + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  // ldexp(1.0, -max_e) would overflow: divide by max instead.
  for (let x of vec) {
    x /= max;
    x = x * x;
    oldcsum = csum;
    csum += x;
    frac1 += oldcsum - csum + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

/** frexp(x)'s exponent: x = m * 2**e with 0.5 <= m < 1 (x finite, > 0). */
function frexpExponent(x: number): number {
  let e = Math.floor(Math.log2(x)) + 1;
  // Math.log2 may be off near powers of two: settle e exactly.
  while (libm.ldexp(x, -e) >= 1) e++;
  while (libm.ldexp(x, -e) < 0.5) e--;
  return e;
}

function math_hypot(_m: PyObject, args: PyObject[]): PyObject {
  return PyFloat_FromDouble(vectorNorm(args.map((o) => Math.abs(D(o)))));
}

const iscloseParser = newArgParser("isclose", ["a", "b", "rel_tol", "abs_tol"], 2, 0, 2);
function math_isclose(_m: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  const out: (PyObject | null)[] = [null, null, null, null];
  _PyArg_UnpackKeywords(args, kw, iscloseParser, out);
  const a = D(out[0]!);
  const b = D(out[1]!);
  const rel = out[2] === null ? 1e-9 : D(out[2]);
  const abs = out[3] === null ? 0 : D(out[3]);
  if (rel < 0 || abs < 0) throw PyErr_Format(PyExc_ValueError, "tolerances must be non-negative");
  if (a === b) return PyBool_FromBool(true);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return PyBool_FromBool(false);
  const diff = Math.abs(b - a);
  return PyBool_FromBool(diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs);
}

function gcd2(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
function math_gcd(_m: PyObject, args: PyObject[]): PyObject {
  let g = 0n;
  for (const a of args) g = gcd2(g, big(a));
  return PyLong_FromBigInt(g);
}
function math_lcm(_m: PyObject, args: PyObject[]): PyObject {
  let l = 1n;
  for (const a of args) {
    const b = big(a);
    if (b === 0n) return PyLong_FromBigInt(0n);
    l = (l / gcd2(l, b)) * (b < 0n ? -b : b);
  }
  return PyLong_FromBigInt(l);
}
function math_factorial(_m: PyObject, o: PyObject): PyObject {
  if (PyFloat_Check(o)) throw PyErr_Format(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
  const n = big(o);
  if (n > LLONG_MAX) throw PyErr_Format(PyExc_OverflowError, `factorial() argument should not exceed ${LLONG_MAX}`);
  if (n < 0n) throw PyErr_Format(PyExc_ValueError, "factorial() not defined for negative values");
  const x = Number(n);
  // log2(n!) by Stirling's formula: a result past the engine's largest
  // integer cannot be made (CPython would run out of memory).
  if (x > 1 && x * Math.log2(x / Math.E) + 0.5 * Math.log2(2 * Math.PI * x) > MAX_PRODUCT_BITS) throw PyErr_NoMemory();
  return PyLong_FromBigInt(rangeProduct(2, x));
}

/** The largest product computed (the engine's BigInt limit, 2**30 bits). */
const MAX_PRODUCT_BITS = 2 ** 30;

/** Would a product of `count` factors of at most `top` overflow it? */
function productTooBig(top: bigint, count: number): boolean {
  return count * top.toString(2).length > MAX_PRODUCT_BITS;
}

/** LLONG_MAX: the largest argument math_factorial, math_comb and
 *  math_perm accept (PyLong_AsLongLongAndOverflow). */
const LLONG_MAX = 2n ** 63n - 1n;

/**
 * lo * (lo + 1) * … * hi (1 when empty), by halves as CPython's
 * factorial_partial_product and perm_comb, so the multiplications are
 * balanced; each product checks for limits and interrupts.
 */
function rangeProduct(lo: number, hi: number): bigint {
  if (hi < lo) return 1n;
  if (hi - lo < 16) {
    _Py_CheckInterrupt(hi - lo + 1);
    let r = BigInt(lo);
    for (let i = lo + 1; i <= hi; i++) r *= BigInt(i);
    return r;
  }
  const mid = lo + Math.floor((hi - lo) / 2);
  const a = rangeProduct(lo, mid);
  const b = rangeProduct(mid + 1, hi);
  _Py_CheckInterrupt(hi - lo);
  return a * b;
}

/** rangeProduct for big bounds: (base + 1) * … * (base + count). */
function shiftedProduct(base: bigint, count: number): bigint {
  if (count <= 0) return 1n;
  if (count < 16) {
    _Py_CheckInterrupt(count);
    let r = base + 1n;
    for (let i = 2; i <= count; i++) r *= base + BigInt(i);
    return r;
  }
  const half = Math.floor(count / 2);
  const a = shiftedProduct(base, half);
  const b = shiftedProduct(base + BigInt(half), count - half);
  _Py_CheckInterrupt(count);
  return a * b;
}
function math_isqrt(_m: PyObject, o: PyObject): PyObject {
  const n = big(o);
  if (n < 0n) throw PyErr_Format(PyExc_ValueError, "isqrt() argument must be nonnegative");
  if (n < 2n) return PyLong_FromBigInt(n);
  let x: bigint;
  if (n < 1n << 52n) {
    // Exact enough in a double; correct the last step.
    x = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (x * x > n) x--;
    while ((x + 1n) * (x + 1n) <= n) x++;
  } else {
    // Newton's method from above (2**ceil(bits/2) >= sqrt(n)) decreases
    // to floor(sqrt(n)); a double would overflow past 2**1024.
    x = 1n << BigInt((n.toString(2).length + 1) >> 1);
    for (;;) {
      const y = (x + n / x) >> 1n;
      if (y >= x) break;
      x = y;
    }
  }
  return PyLong_FromBigInt(x);
}
function math_comb(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("comb", args.length, 2, 2);
  const n = big(args[0]);
  let k = big(args[1]);
  if (n < 0n) throw PyErr_Format(PyExc_ValueError, "n must be a non-negative integer");
  if (k < 0n) throw PyErr_Format(PyExc_ValueError, "k must be a non-negative integer");
  if (k > n) return PyLong_FromBigInt(0n);
  if (k > n - k) k = n - k;
  if (k > LLONG_MAX) throw PyErr_Format(PyExc_OverflowError, `min(n - k, k) must not exceed ${LLONG_MAX}`);
  const kk = Number(k);
  if (productTooBig(n, kk)) throw PyErr_NoMemory();
  return PyLong_FromBigInt(shiftedProduct(n - k, kk) / rangeProduct(2, kk));
}
function math_perm(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("perm", args.length, 1, 2);
  const n = big(args[0]);
  if (args.length === 1 || args[1].ob_type.tp_name === "NoneType") return math_factorial(_m, args[0]);
  const k = big(args[1]);
  if (n < 0n) throw PyErr_Format(PyExc_ValueError, "n must be a non-negative integer");
  if (k < 0n) throw PyErr_Format(PyExc_ValueError, "k must be a non-negative integer");
  if (k > n) return PyLong_FromBigInt(0n);
  if (k > LLONG_MAX) throw PyErr_Format(PyExc_OverflowError, `k must not exceed ${LLONG_MAX}`);
  if (productTooBig(n, Number(k))) throw PyErr_NoMemory();
  return PyLong_FromBigInt(shiftedProduct(n - k, Number(k)));
}

const prodParser = newArgParser("prod", ["", "start"], 1, 1, 1);
function math_prod(_m: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  const out: (PyObject | null)[] = [null, null];
  _PyArg_UnpackKeywords(args, kw, prodParser, out);
  let result: PyObject = out[1] === null ? PyLong_FromBigInt(1n) : Py_NewRef(out[1]);
  const it = PyObject_GetIter(out[0]!);
  try {
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) {
      try {
        const r = PyNumber_Multiply(result, x);
        Py_DECREF(result);
        result = r;
      } finally {
        Py_DECREF(x);
      }
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  } finally {
    Py_DECREF(it);
  }
  return result;
}

/** fsum: Shewchuk's exactly rounded sum (msum), as mathmodule.c. */
function math_fsum(_m: PyObject, o: PyObject): PyObject {
  const partials: number[] = [];
  let special = 0;
  let infSum = 0;
  const it = PyObject_GetIter(o);
  try {
    for (let item = PyIter_Next(it); item !== null; item = PyIter_Next(it)) {
      let x: number;
      try {
        x = D(item);
      } finally {
        Py_DECREF(item);
      }
      if (!Number.isFinite(x)) {
        if (Number.isNaN(x)) special = NaN;
        else infSum += x;
        continue;
      }
      let i = 0;
      for (let y of partials) {
        if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
        const hi = x + y;
        const lo = y - (hi - x);
        if (lo !== 0) partials[i++] = lo;
        x = hi;
      }
      partials.length = i;
      partials.push(x);
    }
  } finally {
    Py_DECREF(it);
  }
  if (Number.isNaN(special) || Number.isNaN(infSum)) {
    if (Number.isNaN(infSum)) throw PyErr_Format(PyExc_ValueError, "-inf + inf in fsum");
    return PyFloat_FromDouble(NaN);
  }
  if (infSum !== 0) return PyFloat_FromDouble(infSum);
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return PyFloat_FromDouble(hi);
}

const functions: PyMethodDef[] = [
  { name: "sqrt", meth: f1((x) => (x < 0 ? NaN : Math.sqrt(x)), false), flags: METH_O },
  { name: "exp", meth: f1(libm.exp, true), flags: METH_O },
  { name: "sin", meth: f1(libm.sin, false), flags: METH_O },
  { name: "cos", meth: f1(libm.cos, false), flags: METH_O },
  { name: "tan", meth: f1(libm.tan, false), flags: METH_O },
  { name: "asin", meth: f1(libm.asin, false), flags: METH_O },
  { name: "acos", meth: f1(libm.acos, false), flags: METH_O },
  { name: "atan", meth: f1(libm.atan, false), flags: METH_O },
  { name: "sinh", meth: f1(libm.sinh, true), flags: METH_O },
  { name: "cosh", meth: f1(libm.cosh, true), flags: METH_O },
  { name: "tanh", meth: f1(libm.tanh, false), flags: METH_O },
  { name: "asinh", meth: f1(libm.asinh, false), flags: METH_O },
  { name: "acosh", meth: f1(libm.acosh, false), flags: METH_O },
  { name: "atanh", meth: f1(libm.atanh, false), flags: METH_O },
  { name: "cbrt", meth: f1errno(m_cbrt, false), flags: METH_O },
  { name: "erf", meth: f1errno(m_erf, false), flags: METH_O },
  { name: "erfc", meth: f1errno(m_erfc, false), flags: METH_O },
  { name: "gamma", meth: f1a(m_tgamma), flags: METH_O },
  { name: "lgamma", meth: f1a(m_lgamma), flags: METH_O },
  { name: "exp2", meth: f1(libm.exp2, true), flags: METH_O },
  { name: "fabs", meth: f1(Math.abs, false), flags: METH_O },
  {
    name: "log2",
    meth: (_m: PyObject, o: PyObject) => PyFloat_FromDouble(logOf(o, libm.log2)),
    flags: METH_O,
  },
  {
    name: "log10",
    meth: (_m: PyObject, o: PyObject) => PyFloat_FromDouble(logOf(o, libm.log10)),
    flags: METH_O,
  },
  { name: "log1p", meth: f1((x) => (x <= -1 ? NaN : libm.log1p(x)), false), flags: METH_O },
  { name: "expm1", meth: f1(libm.expm1, true), flags: METH_O },
  { name: "log", meth: math_log, flags: METH_FASTCALL },
  { name: "pow", meth: math_pow, flags: METH_FASTCALL },
  { name: "atan2", meth: math_atan2, flags: METH_FASTCALL },
  { name: "copysign", meth: math_copysign, flags: METH_FASTCALL },
  { name: "fmod", meth: math_fmod, flags: METH_FASTCALL },
  { name: "hypot", meth: math_hypot, flags: METH_FASTCALL },
  { name: "dist", meth: math_dist, flags: METH_FASTCALL },
  { name: "modf", meth: math_modf, flags: METH_O },
  { name: "frexp", meth: math_frexp, flags: METH_O },
  { name: "ldexp", meth: math_ldexp, flags: METH_FASTCALL },
  { name: "remainder", meth: math_remainder, flags: METH_FASTCALL },
  { name: "nextafter", meth: math_nextafter, flags: METH_FASTCALL },
  { name: "ulp", meth: math_ulp, flags: METH_O },
  { name: "floor", meth: math_floor, flags: METH_O },
  { name: "ceil", meth: math_ceil, flags: METH_O },
  { name: "trunc", meth: math_trunc, flags: METH_O },
  { name: "isinf", meth: (_m: PyObject, o: PyObject) => PyBool_FromBool(Math.abs(D(o)) === Infinity), flags: METH_O },
  { name: "isnan", meth: (_m: PyObject, o: PyObject) => PyBool_FromBool(Number.isNaN(D(o))), flags: METH_O },
  { name: "isfinite", meth: (_m: PyObject, o: PyObject) => PyBool_FromBool(Number.isFinite(D(o))), flags: METH_O },
  { name: "isclose", meth: math_isclose, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "degrees", meth: (_m: PyObject, o: PyObject) => PyFloat_FromDouble(D(o) * (180 / Math.PI)), flags: METH_O },
  { name: "radians", meth: (_m: PyObject, o: PyObject) => PyFloat_FromDouble(D(o) * (Math.PI / 180)), flags: METH_O },
  { name: "gcd", meth: math_gcd, flags: METH_FASTCALL },
  { name: "lcm", meth: math_lcm, flags: METH_FASTCALL },
  { name: "factorial", meth: math_factorial, flags: METH_O },
  { name: "isqrt", meth: math_isqrt, flags: METH_O },
  { name: "comb", meth: math_comb, flags: METH_FASTCALL },
  { name: "perm", meth: math_perm, flags: METH_FASTCALL },
  { name: "prod", meth: math_prod, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "fsum", meth: math_fsum, flags: METH_O },
];

export function PyInit_math(): PyObject {
  const m = PyModule_New("math");
  PyModule_AddFunctions(m, functions);
  PyModule_Add(m, "pi", PyFloat_FromDouble(Math.PI));
  PyModule_Add(m, "e", PyFloat_FromDouble(Math.E));
  PyModule_Add(m, "tau", PyFloat_FromDouble(2 * Math.PI));
  PyModule_Add(m, "inf", PyFloat_FromDouble(Infinity));
  PyModule_Add(m, "nan", PyFloat_FromDouble(NaN));
  return m;
}
