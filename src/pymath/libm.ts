/**
 * The C library's math functions as CPython 3.11 gets them from glibc 2.36
 * on x86-64, so that what CPython computes from them (complex powers and
 * absolute values, the cmath module) comes out here bit for bit.
 *
 * Two kinds of function:
 *  - those written out operation for operation, which give glibc's double
 *    exactly (JS numbers are IEEE doubles rounded to nearest, as SSE2
 *    arithmetic is): hypot (e_hypot.c), sinh (e_sinh.c), cosh (e_cosh.c),
 *    tanh (s_tanh.c), asinh (s_asinh.c), acosh (e_acosh.c), atanh
 *    (e_atanh.c) and exp2 (e_exp2.c) of glibc's generic build; exp
 *    (e_exp.c), expm1 (s_expm1.c), log1p (s_log1p.c), sin and cos
 *    (s_sin.c, with branred.c) of the FMA build glibc picks at run time on
 *    a CPU with FMA, the reference machine's (every multiply-add GCC
 *    contracted there is an exact `fma` here). Their tables are computed
 *    from their definitions on first use;
 *  - log, log2, log10 (glibc-log.ts), pow (glibc-pow.ts), atan and atan2
 *    (glibc-atan.ts): glibc's own code with its tables, in files of their
 *    own under glibc's licence (LGPL), re-exported here;
 *  - tan, asin and acos, whose glibc code (IBM's) rests on tables of
 *    specially chosen points and is within about 0.6 units in the last
 *    place (ulp) of the exact value: almost always the correctly rounded
 *    double. They are computed here correctly rounded, in fixed point with
 *    P fraction bits (BigInt), then rounded once; they differ from glibc's
 *    only where the exact value lies within a few hundredths of an ulp of a
 *    rounding boundary (about one argument in 3,000), and take tens of
 *    microseconds where the others take one.
 *
 * `errno` is C's errno as glibc sets it: EDOM for a domain error
 * (sin(inf), log(-1), pow(-2, 0.5)), ERANGE for overflow and for an
 * underflow to zero (exp, pow) or a pole (log(0), pow(0, -1)). Functions
 * only ever set it; callers clear it first (`errno = 0` in C).
 *
 * Nothing here touches the heap: the compiler (constant folding) and the
 * objects both use it.
 */

import { atan2 as glibc_atan2 } from "./glibc-atan.js";
import { log } from "./glibc-log.js";

export const EDOM = 33;
export const ERANGE = 34;

/** C's errno (see the header). */
export let errno = 0;

/** `errno = e` (0 to clear it before a computation, as C code does). */
export function set_errno(e: number): void {
  errno = e;
}

// ---------------------------------------------------------------- doubles

const view = new DataView(new ArrayBuffer(8));

/** GET_HIGH_WORD: the top 32 bits of a double, as a signed int. */
function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getInt32(0);
}

/** GET_LOW_WORD: the low 32 bits of a double (unsigned). */
function lowWord(x: number): number {
  view.setFloat64(0, x);
  return view.getUint32(4);
}

/** SET_HIGH_WORD: x with its top 32 bits replaced. */
function setHighWord(x: number, hi: number): number {
  view.setFloat64(0, x);
  view.setInt32(0, hi | 0);
  return view.getFloat64(0);
}

/** INSERT_WORDS(hi, 0). */
function fromHighWord(hi: number): number {
  view.setInt32(0, hi | 0);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

/** 2**k for every k a double reaches (2**-1074 to 2**1023), by table:
 *  `2 ** k` with k not a constant is a slow call. */
const POW2 = new Float64Array(1023 + 1074 + 1);
POW2[0] = Number.MIN_VALUE;
for (let i = 1; i < POW2.length; i++) POW2[i] = POW2[i - 1] * 2;

function pow2(k: number): number {
  return k < -1074 ? 0 : k > 1023 ? Infinity : POW2[k + 1074];
}

/** C's copysign. */
export function copysign(x: number, y: number): number {
  const ax = Math.abs(x);
  return y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBit(y)) ? -ax : ax;
}

/** The sign bit of a double (set for -0.0 and negative NaNs). */
function signBit(x: number): boolean {
  view.setFloat64(0, x);
  return view.getInt32(0) < 0;
}

// ---------------------------------------------------------------- big numbers

/** Fraction bits of the fixed-point values. */
const P = 256;
const PB = BigInt(P);
const ONE = 1n << PB;

/** The number of bits of n > 0. */
function bitLength(n: bigint): number {
  const s = n.toString(16);
  return (s.length - 1) * 4 + (32 - Math.clz32(parseInt(s[0], 16)));
}

/** |x| = m * 2**e exactly, m a positive integer (x finite, non-zero). */
function mantExp(x: number): [bigint, number] {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (bexp !== 0) m |= 1n << 52n;
  return [m, (bexp === 0 ? 1 : bexp) - 1075];
}

/**
 * The double nearest n * 2**e (n > 0), ties to even; `inexact` says the
 * exact value is a little more than n * 2**e (by less than 2**e; callers
 * that pass it give n at least 64 bits more than a double holds).
 * Subnormal results are rounded once, at their own precision; a result
 * past the largest double is Infinity.
 */
function roundToDouble(n: bigint, e: number, inexact = false): number {
  const ulp = Math.max(bitLength(n) + e - 53, -1074);
  const s = ulp - e;
  if (s <= 0) return Number(n) * pow2(e);
  const q0 = n >> BigInt(s);
  const rem = n - (q0 << BigInt(s));
  const half = 1n << BigInt(s - 1);
  const q = rem > half || (rem === half && (inexact || (q0 & 1n) === 1n)) ? q0 + 1n : q0;
  return Number(q) * pow2(ulp);
}

/** num / den correctly rounded (num, den > 0). */
function ratioToDouble(num: bigint, den: bigint): number {
  const shift = bitLength(den) - bitLength(num) + 120;
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    const a = num << BigInt(shift);
    q = a / den;
    r = a % den;
  } else {
    const b = den << BigInt(-shift);
    q = num / b;
    r = num % b;
  }
  return roundToDouble(q, -shift, r !== 0n);
}

/** A signed fixed-point value v / 2**P, times 2**scale, rounded. */
function fixedToDouble(v: bigint, scale = 0): number {
  if (v === 0n) return 0;
  return v < 0n ? -roundToDouble(-v, scale - P) : roundToDouble(v, scale - P);
}

/**
 * C's fma(a, b, c): a*b + c rounded once. glibc's FMA builds contract
 * `a*b + c` into one instruction where GCC chose to (the functions below
 * say where), and that single rounding is part of their results.
 *
 * Dekker's exact product and Knuth's exact sums give a*b + c as
 * r + d + u exactly, r the rounded sum; r is the answer unless d + u
 * comes near half a unit of r, which fmaExact settles.
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const ap = Math.abs(p);
  if (
    !(ap > 2 ** -900 && ap < 2 ** 900) ||
    !(Math.abs(a) < 2 ** 900 && Math.abs(b) < 2 ** 900 && Math.abs(c) < 2 ** 900) ||
    (c !== 0 && Math.abs(c) < 2 ** -900)
  ) {
    return fmaExact(a, b, c);
  }
  // a*b = p + ep (Veltkamp's split)
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const ep = ah * bh - p + ah * bl + al * bh + al * bl;
  // p + c = s + es
  const s = p + c;
  let v = s - p;
  const es = p - (s - v) + (c - v);
  // es + ep = t2 + u
  const t2 = es + ep;
  v = t2 - es;
  const u = es - (t2 - v) + (ep - v);
  // s + t2 = r + d
  const r = s + t2;
  v = r - s;
  const d = s - (r - v) + (t2 - v);
  // With u = 0, a*b + c = s + t2 exactly, and r is its rounding.
  if (u === 0) return r;
  // Else r is right while |d + u| stays under half the gap to r's
  // neighbours: half a unit in its last place, a quarter below a power of
  // two (r is normal here).
  view.setFloat64(0, r);
  const hi = view.getUint32(0);
  let halfGap = pow2(((hi >>> 20) & 0x7ff) - 1076);
  if ((hi & 0xfffff) === 0 && view.getUint32(4) === 0) halfGap /= 2;
  if (Math.abs(d) + Math.abs(u) < halfGap) return r;
  return fmaExact(a, b, c);
}

/** fma computed exactly with integers (any finite arguments). */
export function fmaExact(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c) || a === 0 || b === 0) return a * b + c;
  // The exact product rounded once (its zero keeps the product's sign).
  if (c === 0) return a * b;
  const [ma, ea] = mantExp(a);
  const [mb, eb] = mantExp(b);
  const [mc, ec] = mantExp(c);
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  const product = (ma * mb) << BigInt(ep - e);
  const addend = mc << BigInt(ec - e);
  const sum = (a < 0 !== b < 0 ? -product : product) + (c < 0 ? -addend : addend);
  if (sum === 0n) return 0;
  return sum < 0n ? -roundToDouble(-sum, e) : roundToDouble(sum, e);
}

/** Veltkamp's splitting constant, 2**27 + 1. */
const SPLIT = 134217729;

/** floor(a / b) for b > 0. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a < 0n && q * b !== a ? q - 1n : q;
}

/** atanh(1/q) * 2**bits (q >= 2). */
function atanhInv(q: bigint, bits: bigint): bigint {
  const q2 = q * q;
  let power = (1n << bits) / q;
  let sum = power;
  for (let n = 3n; power !== 0n; n += 2n) {
    power /= q2;
    sum += power / n;
  }
  return sum;
}

/** atan(1/q) * 2**bits (q >= 2). */
function atanInv(q: bigint, bits: bigint): bigint {
  const q2 = q * q;
  let power = (1n << bits) / q;
  let sum = power;
  for (let n = 3n, sign = -1n; power !== 0n; n += 2n, sign = -sign) {
    power /= q2;
    sum += sign * (power / n);
  }
  return sum;
}

/** ln 2 = 2 atanh(1/3), in fixed point. */
const LN2 = (2n * atanhInv(3n, PB + 32n)) >> 32n;

/** Bits of pi/2 kept for reducing the largest arguments of sin, cos and
 *  tan, and for 2/pi's digits (branred). */
const HALF_PI_BITS = 1900;
let halfPiWide = 0n;

/** pi/2 * 2**bits (bits <= HALF_PI_BITS), from 8 atan(1/5) - 2 atan(1/239)
 *  (Machin), computed on first use. */
function halfPi(bits: number): bigint {
  if (halfPiWide === 0n) {
    const b = BigInt(HALF_PI_BITS + 32);
    halfPiWide = (8n * atanInv(5n, b) - 2n * atanInv(239n, b)) >> 32n;
  }
  return halfPiWide >> BigInt(HALF_PI_BITS - bits);
}

// ---------------------------------------------------------------- fixed-point kernels

// Series at the full precision P, for the tables below and for glibc's
// tables (exp's, sin's): slow (tens of terms), used once each.

/** e**(X / 2**P) = (S / 2**P) * 2**k: returns [S, k]. */
function expFixed(X: bigint): [bigint, number] {
  // X = k ln2 + R with |R| <= ln2 / 2; exp(R) by its Taylor series.
  const k = floorDiv(2n * X + LN2, 2n * LN2);
  const R = X - k * LN2;
  let term = ONE;
  let sum = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * R) / ONE / n;
    sum += term;
  }
  return [sum, Number(k)];
}

/** [sin R, cos R] * 2**P (R fixed point, |R| < 1). */
function sinCosFixed(R: bigint): [bigint, bigint] {
  return sinCosSeries(R, P);
}

/** [sin r, cos r] * 2**bits by their Taylor series (r * 2**bits, |r| < 1). */
function sinCosSeries(R: bigint, bits: number): [bigint, bigint] {
  const B = BigInt(bits);
  const one = 1n << B;
  const r2 = (R * R) >> B;
  let term = R;
  let sin = R;
  for (let n = 2n; term !== 0n; n += 2n) {
    term = -((term * r2) >> B) / (n * (n + 1n));
    sin += term;
  }
  term = one;
  let cos = one;
  for (let n = 1n; term !== 0n; n += 2n) {
    term = -((term * r2) >> B) / (n * (n + 1n));
    cos += term;
  }
  return [sin, cos];
}

// Kernels at `bits` fraction bits (at most P), each reducing its argument
// by a table of 64 points so that a few terms of a series suffice. The
// correctly rounded functions below try 128 bits first and keep the result
// when every value within the kernel's error rounds to the same double
// (Ziv's method), else take P bits.

/** The first attempt's precision. */
const LOW = 128;
/** Tables at P bits, filled on first use: sin(j/64), cos(j/64). */
const SIN_T: bigint[] = [];
const COS_T: bigint[] = [];

function fillKernelTables(): void {
  for (let j = 0; j <= 64; j++) {
    const [sn, cs] = sinCosFixed(BigInt(j) << (PB - 6n));
    SIN_T.push(sn);
    COS_T.push(cs);
  }
}

/** [sin R, cos R] * 2**bits for |R| <= pi/4 (R * 2**bits), within 64 units. */
function sinCosAt(R: bigint, bits: number): [bigint, bigint] {
  if (SIN_T.length === 0) fillKernelTables();
  const B = BigInt(bits);
  const one = 1n << B;
  const negative = R < 0n;
  const A = negative ? -R : R;
  // sin(c + r), cos(c + r) from sin c, cos c (c = j/64 nearest |R|) and r's series
  const j = Number((A + (one >> 7n)) >> (B - 6n));
  const [sr, cr] = sinCosSeries(A - (BigInt(j) << (B - 6n)), bits);
  const shift = BigInt(P - bits);
  const sc = SIN_T[j] >> shift;
  const cc = COS_T[j] >> shift;
  const sin = (sc * cr + cc * sr) >> B;
  const cos = (cc * cr - sc * sr) >> B;
  return [negative ? -sin : sin, cos];
}

/**
 * x = k pi/2 + R with |R| <= pi/4 (x finite, |x| >= 2**-30): returns
 * [k mod 4, R * 2**bits]. pi/2 is taken to enough bits that R keeps
 * `bits` bits whatever the size of x (the closest a double comes to a
 * multiple of pi/2 is about 2**-61).
 */
function reduceHalfPi(x: number, bits: number): [number, bigint] {
  const [m, e] = mantExp(x);
  const guard = Math.max(64, e + 53 + 64);
  const wide = bits + guard;
  const X = m << BigInt(e + wide);
  const hp = halfPi(wide);
  const k = (2n * X + hp) / (2n * hp);
  let R = (X - k * hp) >> BigInt(guard);
  let q = Number(k & 3n);
  if (x < 0) {
    R = -R;
    q = (4 - q) & 3;
  }
  return [q, R];
}

// ---------------------------------------------------------------- correctly rounded

/** log(x), correctly rounded. */
export { log };
export { log2, log10 } from "./glibc-log.js";
export { pow } from "./glibc-pow.js";
export { atan } from "./glibc-atan.js";

/** tan(x), correctly rounded. */
export function tan(x: number): number {
  if (!Number.isFinite(x)) {
    if (!Number.isNaN(x)) errno = EDOM;
    return NaN;
  }
  // tan x = x + x**3/3 rounds to x.
  if (Math.abs(x) < 2 ** -27) return x;
  for (const bits of [LOW, P]) {
    const [q, R] = reduceHalfPi(x, bits);
    const [s, c] = sinCosAt(R, bits);
    // Even quadrants: sin R / cos R; odd ones: -cos R / sin R.
    let num = (q & 1) === 0 ? s : -c;
    let den = (q & 1) === 0 ? c : s;
    const negative = num < 0n !== den < 0n;
    if (num < 0n) num = -num;
    if (den < 0n) den = -den;
    let r: number;
    if (bits === P) {
      r = ratioToDouble(num, den);
    } else {
      // num and den are each within 64 units.
      if (den <= 64n || num <= 64n) continue;
      r = ratioToDouble(num - 64n, den + 64n);
      if (r !== ratioToDouble(num + 64n, den - 64n)) continue;
    }
    return negative ? -r : r;
  }
  return NaN; // not reached: the P-bit attempt returns
}

/** atan2 as glibc's wrapper gives it: ERANGE when the result underflows
 *  to 0 (y not 0, x finite). */
export function atan2(y: number, x: number): number {
  const z = glibc_atan2(y, x);
  if (z === 0 && y !== 0 && Number.isFinite(x)) errno = ERANGE;
  return z;
}

// ---------------------------------------------------------------- glibc's own algorithms

/**
 * exp(x): glibc's e_exp.c (Szabolcs Nagy's, from Arm's optimized-routines),
 * as its FMA build computes it: exp(x) = 2**(k/N) exp(r) with N = 128,
 * x = k ln2/N + r, 2**(i/N) from a table as H(1 + T), exp(r) - 1 by a
 * polynomial. The table is computed here from its definition
 * (H = 2**(i/N) rounded, T = 2**(i/N)/H - 1 rounded), which gives
 * glibc's entries.
 */
export function exp(x: number): number {
  const abstop = (highWord(x) >>> 20) & 0x7ff;
  let special = false;
  if (abstop - 0x3c9 < 0 || abstop - 0x3c9 >= 0x3f) {
    // |x| < 2**-54: 1 + x (which is 1 once rounded).
    if (abstop < 0x3c9) return 1.0 + x;
    if (abstop >= 0x409) {
      // |x| >= 1024, or not finite
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      errno = ERANGE;
      return x < 0 ? 0 : Infinity;
    }
    // 512 <= |x| < 1024: the result may overflow or be subnormal.
    special = true;
  }
  if (EXP_H.length === 0) fillExpTable();
  // x = k ln2/N + r, with k an integer and |r| <= ln2/2N
  const kd = fma(x, EXP_INV_LN2_N, EXP_SHIFT) - EXP_SHIFT;
  const r = fma(kd, EXP_NEG_LN2_LO_N, fma(kd, EXP_NEG_LN2_HI_N, x));
  const i = kd & (EXP_N - 1);
  const r2 = r * r;
  // exp(x) = 2**(k/N) exp(r) ~= scale + scale * (tail + exp(r) - 1)
  const tmp = fma(r2 * r2, fma(r, EXP_C5, EXP_C4), fma(fma(r, EXP_C3, EXP_C2), r2, r + EXP_T[i]));
  const e = kd >> 7;
  if (!special) {
    const scale = ldexp(EXP_H[i], e);
    return fma(scale, tmp, scale);
  }
  if (kd >= 0) {
    // Overflow is possible: scale down by 2**1009 and back.
    const scale = ldexp(EXP_H[i], e - 1009);
    const y = 2 ** 1009 * fma(scale, tmp, scale);
    if (y === Infinity) errno = ERANGE;
    return y;
  }
  // The result may be subnormal: round it once, at 2**-1022's precision.
  const scale = ldexp(EXP_H[i], e + 1022);
  const st = scale * tmp;
  let y = scale + st;
  if (y < 1.0) {
    let lo = scale - y + st;
    const hi = 1.0 + y;
    lo = 1.0 - hi + y + lo;
    y = hi + lo - 1.0;
    if (y === 0) y = 0;
  }
  y *= 2 ** -1022;
  if (y === 0) errno = ERANGE;
  return y;
}

const EXP_N = 128;
const EXP_INV_LN2_N = 184.6649652337873; // 0x1.71547652b82fep0 * N
const EXP_NEG_LN2_HI_N = -0.005415212348111709; // -0x1.62e42fefa0000p-8
const EXP_NEG_LN2_LO_N = -1.2864023111638346e-14; // -0x1.cf79abc9e3b3ap-47
const EXP_SHIFT = 6755399441055744; // 0x1.8p52
const EXP_C2 = 0.49999999999996786; // 0x1.ffffffffffdbdp-2
const EXP_C3 = 0.16666666666665886; // 0x1.555555555543cp-3
const EXP_C4 = 0.0416666808410674; // 0x1.55555cf172b91p-5
const EXP_C5 = 0.008333335853059549; // 0x1.1111167a4d017p-7

/** 2**(i/N) = EXP_H[i] * (1 + EXP_T[i]), i < N; filled on first use. */
const EXP_H: number[] = [];
const EXP_T: number[] = [];

/** exp's table, [H, T] (2**(i/128) = H[i] (1 + T[i])), which pow shares. */
export function expTable(): [number[], number[]] {
  if (EXP_H.length === 0) fillExpTable();
  return [EXP_H, EXP_T];
}

function fillExpTable(): void {
  for (let i = 0; i < EXP_N; i++) {
    const [S, k] = expFixed((LN2 * BigInt(i)) / BigInt(EXP_N));
    const H = roundToDouble(S, k - P);
    const [mh, eh] = mantExp(H);
    const e = Math.min(k - P, eh);
    const num = (S << BigInt(k - P - e)) - (mh << BigInt(eh - e));
    const den = mh << BigInt(eh - e);
    EXP_H.push(H);
    EXP_T.push(num === 0n ? 0 : num < 0n ? -ratioToDouble(-num, den) : ratioToDouble(num, den));
  }
}

/**
 * sin(x): glibc's s_sin.c (IBM's) as its FMA build computes it; the
 * arguments past 105414350 reduced as its branred.c does (generic build).
 */
export function sin(x: number): number {
  const k = highWord(x) & 0x7fffffff;
  if (k < 0x3e500000) return x; // |x| < 2**-26
  if (SINCOS_TAB.length === 0) fillSinCosTable();
  if (k < 0x3feb6000) return do_sin(x, 0); // |x| < 0.855469
  if (k < 0x400368fd) return copysign(do_cos(HP0 - Math.abs(x), HP1), x); // |x| < 2.426265
  const n = k < 0x419921fb ? reduce_sincos(x) : k < 0x7ff00000 ? branred(x) : -1;
  if (n < 0) return notFinite(x);
  return do_sincos(reducedA, reducedDa, n);
}

/** cos(x): glibc's s_sin.c as sin is. */
export function cos(x: number): number {
  const k = highWord(x) & 0x7fffffff;
  if (k < 0x3e400000) return 1.0; // |x| < 2**-27
  if (SINCOS_TAB.length === 0) fillSinCosTable();
  if (k < 0x3feb6000) return do_cos(x, 0); // |x| < 0.855469
  if (k < 0x400368fd) {
    // |x| < 2.426265
    const y = HP0 - Math.abs(x);
    const a = y + HP1;
    const da = y - a + HP1;
    return do_sin(a, da);
  }
  const n = k < 0x419921fb ? reduce_sincos(x) : k < 0x7ff00000 ? branred(x) : -1;
  if (n < 0) return notFinite(x);
  return do_sincos(reducedA, reducedDa, n + 1);
}

/** sin or cos of an infinity (EDOM) or a NaN. */
function notFinite(x: number): number {
  if (!Number.isNaN(x)) errno = EDOM;
  return NaN;
}

// s_sin.c's constants (usncs.h and its own).
const SN3 = -0.16666666666666488; // sin x ~ x + sn3 x**3 + sn5 x**5 near 0
const SN5 = 0.008333332142857223;
const CS2 = 0.5; // 1 - cos x ~ cs2 x**2 + cs4 x**4 + cs6 x**6 near 0
const CS4 = -0.04166666666666644;
const CS6 = 0.001388888740079376;
const S1 = -0.16666666666666666; // TAYLOR_SIN's polynomial
const S2 = 0.008333333333332329;
const S3 = -0.00019841269834414642;
const S4 = 2.755729806860771e-6;
const S5 = -2.5022014848318398e-8;
const BIG = 52776558133248; // 0x1.8p45: rounds to a multiple of 1/128
const HP0 = 1.5707963267948966; // pi/2 = HP0 + HP1
const HP1 = 6.123233995736766e-17;
const MP1 = 1.5707963407039642; // pi/2 = MP1 + MP2 + PP3 + PP4
const MP2 = -1.3909067564377153e-8;
const PP3 = -4.97899623147991e-17;
const PP4 = -1.9034889620193266e-25;
const HPINV = 0.6366197723675814; // 2/pi
const TOINT = 6755399441055744; // 0x1.8p52

/**
 * __sincostab: for x_k = k/128, k < 110, sin and cos of x_k each as a
 * double and the double nearest what it leaves (computed here from that
 * definition; 17 of glibc's 220 low parts differ from these by a unit in
 * their last place, some 2**-115, which no result can show).
 */
const SINCOS_TAB: number[] = [];

function fillSinCosTable(): void {
  for (let k = 0; k < 110; k++) {
    const [sn, cs] = sinCosFixed(BigInt(k) << (PB - 7n));
    const snd = fixedToDouble(sn);
    const csd = fixedToDouble(cs);
    SINCOS_TAB.push(snd, fixedToDouble(sn - doubleToFixed(snd)), csd, fixedToDouble(cs - doubleToFixed(csd)));
  }
}

/** x * 2**P exactly (|x| >= 2**-(P - 53)). */
function doubleToFixed(x: number): bigint {
  if (x === 0) return 0n;
  const [m, e] = mantExp(x);
  const v = e + P >= 0 ? m << BigInt(e + P) : m >> BigInt(-(e + P));
  return x < 0 ? -v : v;
}

/** TAYLOR_SIN: sin(x + dx) by its Taylor polynomial, for |x| < 0.126. */
function taylor_sin(xx: number, x: number, dx: number): number {
  const poly = fma(xx, fma(xx, fma(xx, fma(xx, S5, S4), S3), S2), S1);
  return x + fma(xx, fma(poly, x, -(0.5 * dx)), dx);
}

/** sin(x + dx): the table's sin and cos at the nearest x_k and the Taylor
 *  polynomials of the rest. */
function do_sin(x: number, dx: number): number {
  const xold = x;
  if (Math.abs(x) < 0.126) return taylor_sin(x * x, x, dx);
  if (x <= 0) dx = -dx;
  const u = BIG + Math.abs(x);
  x = Math.abs(x) - (u - BIG);
  const k = 4 * (u - BIG) * 128;
  const sn = SINCOS_TAB[k];
  const ssn = SINCOS_TAB[k + 1];
  const cs = SINCOS_TAB[k + 2];
  const ccs = SINCOS_TAB[k + 3];
  const xx = x * x;
  const s = x + fma(x * xx, fma(xx, SN5, SN3), dx);
  const c = fma(x, dx, xx * fma(xx, fma(xx, CS6, CS4), CS2));
  const cor = fma(s, cs, fma(-c, sn, fma(s, ccs, ssn)));
  return copysign(sn + cor, xold);
}

/** cos(x + dx), as do_sin. */
function do_cos(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const u = BIG + Math.abs(x);
  x = Math.abs(x) - (u - BIG) + dx;
  const k = 4 * (u - BIG) * 128;
  const sn = SINCOS_TAB[k];
  const ssn = SINCOS_TAB[k + 1];
  const cs = SINCOS_TAB[k + 2];
  const ccs = SINCOS_TAB[k + 3];
  const xx = x * x;
  const s = fma(x * xx, fma(xx, SN5, SN3), x);
  const c = xx * fma(xx, fma(xx, CS6, CS4), CS2);
  const cor = fma(-s, sn, fma(-c, cs, fma(-s, ssn, ccs)));
  return cs + cor;
}

/** reduce_sincos's result: x - n pi/2 as reducedA + reducedDa. */
let reducedA = 0;
let reducedDa = 0;

/** x = n pi/2 + (a + da) with |a| <= pi/4, for |x| < 105414350: returns n
 *  mod 4 and sets reducedA, reducedDa (pi/2 in four parts, 136 bits). */
function reduce_sincos(x: number): number {
  const t = fma(x, HPINV, TOINT);
  const xn = t - TOINT;
  const y = fma(-xn, MP2, fma(-xn, MP1, x));
  const t2 = fma(-xn, PP3, y);
  let db = fma(-xn, PP3, y - t2);
  const b = fma(-xn, PP4, t2);
  db += fma(-xn, PP4, t2 - b);
  reducedA = b;
  reducedDa = db;
  return xn & 3;
}

/**
 * branred.c: x = n pi/2 + (a + da), |a + da| <= pi/4, for |x| >= 105414350:
 * x times 2/pi in 24-bit digits (TOVERP), the integer part dropped.
 * Returns n mod 4 and sets reducedA, reducedDa.
 */
function branred(x: number): number {
  if (TOVERP.length === 0) fillToverp();
  x *= 2 ** -600;
  let t = x * SPLIT; // split x in two numbers
  const x1 = t - (t - x);
  const x2 = x - x1;
  const [b1, bb1, sum1] = branredPart(x1);
  const [b2, bb2, sum2] = branredPart(x2);
  let sum = sum1 + sum2;
  let b = b1 + b2;
  let bb = Math.abs(b1) > Math.abs(b2) ? b1 - b + b2 : b2 - b + b1;
  if (b > 0.5) {
    b -= 1.0;
    sum += 1.0;
  } else if (b < -0.5) {
    b += 1.0;
    sum -= 1.0;
  }
  let s = b + (bb + bb1 + bb2);
  t = b - s + bb + (bb1 + bb2);
  b = s * SPLIT;
  const t1 = b - (b - s);
  const t2 = s - t1;
  b = s * HP0;
  bb = t1 * MP1 - b + t1 * BR_MP2 + t2 * MP1 + (t2 * BR_MP2 + s * HP1 + t * HP0);
  s = b + bb;
  t = b - s + bb;
  reducedA = s;
  reducedDa = t;
  return Math.trunc(sum) & 3;
}

/** One half of x (x1 or x2) times 2/pi: [b, bb, sum]. */
function branredPart(x: number): [number, number, number] {
  let k = (highWord(x) >> 20) & 2047;
  k = Math.trunc((k - 450) / 24);
  if (k < 0) k = 0;
  let gor = pow2(576 - 24 * k);
  const r: number[] = [];
  for (let i = 0; i < 6; i++) {
    r.push(x * TOVERP[k + i] * gor);
    gor *= 2 ** -24;
  }
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    const s = r[i] + TOINT - TOINT;
    sum += s;
    r[i] -= s;
  }
  let t = 0;
  for (let i = 0; i < 6; i++) t += r[5 - i];
  let bb = r[0] - t + r[1] + r[2] + r[3] + r[4] + r[5];
  let s = t + TOINT - TOINT;
  sum += s;
  t -= s;
  const b = t + bb;
  bb = t - b + bb;
  s = sum + BIG1 - BIG1;
  sum -= s;
  return [b, bb, sum];
}

const BIG1 = 27021597764222976; // 0x1.8p54
const BR_MP2 = -1.3909067675399456e-8; // branred's own pi/2 - MP1
/** 2/pi in base 2**24 digits (75 of them), from pi/2 on first use. */
const TOVERP: number[] = [];

function fillToverp(): void {
  const bits = HALF_PI_BITS;
  let v = (1n << BigInt(2 * bits)) / halfPi(bits); // 2/pi * 2**bits
  const digits = 75;
  v >>= BigInt(bits - 24 * digits);
  const low: number[] = [];
  for (let i = 0; i < digits; i++) {
    low.push(Number(v & 0xffffffn));
    v >>= 24n;
  }
  for (let i = digits - 1; i >= 0; i--) TOVERP.push(low[i]);
}

/** sin or cos of a + da for quadrant n. */
function do_sincos(a: number, da: number, n: number): number {
  const r = (n & 1) !== 0 ? do_cos(a, da) : do_sin(a, da);
  return (n & 2) !== 0 ? -r : r;
}

const HYPOT_SCALE = 2 ** -600;
const HYPOT_LARGE = 2 ** 511;
const HYPOT_TINY = 2 ** -459;
const HYPOT_EPS = 2 ** -54;

/** e_hypot.c's kernel (the build without FMA): ax >= ay >= 0, squares in range. */
function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

/** hypot(x, y): glibc's e_hypot.c (Borges' algorithm with a correction). */
export function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Math.abs(x) === Infinity || Math.abs(y) === Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  let ax = x < y ? y : x;
  const ay = x < y ? x : y;
  if (ax > HYPOT_LARGE) {
    const r = ay <= ax * HYPOT_EPS ? ax + ay : hypotKernel(ax * HYPOT_SCALE, ay * HYPOT_SCALE) / HYPOT_SCALE;
    if (r === Infinity) errno = ERANGE;
    return r;
  }
  if (ay < HYPOT_TINY) {
    if (ax >= ay / HYPOT_EPS) return ax + ay;
    ax = hypotKernel(ax / HYPOT_SCALE, ay / HYPOT_SCALE) * HYPOT_SCALE;
    return ax;
  }
  if (ay <= ax * HYPOT_EPS) return ax + ay;
  return hypotKernel(ax, ay);
}

const HUGE = 1.0e300;
const TINY = 1.0e-300;
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = Math.LOG2E; // 1.44269504088896338700e+00
const O_THRESHOLD = 7.09782712893383973096e2;
const EXPM1_Q = [
  1.0, -3.33333333333331316428e-2, 1.58730158725481460165e-3, -7.93650757867487942473e-5, 4.00821782732936239552e-6,
  -2.01099218183624371326e-7,
];

/**
 * expm1(x) = exp(x) - 1: glibc's s_expm1.c (fdlibm) as its FMA build
 * computes it, each multiply-add GCC contracts done as one fma.
 */
export function expm1(x: number): number {
  let hx = highWord(x);
  const xsb = hx & 0x80000000;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    // |x| >= 56 ln2
    if (hx >= 0x40862e42) {
      // |x| >= 709.78...
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x;
        return xsb === 0 ? x : -1.0;
      }
      if (x > O_THRESHOLD) {
        errno = ERANGE;
        return HUGE * HUGE;
      }
    }
    if (xsb !== 0) return TINY - 1.0;
  }
  let hi: number;
  let lo: number;
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln2
    if (hx < 0x3ff0a2b2) {
      // and |x| < 1.5 ln2
      if (xsb === 0) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(INV_LN2 * x + (xsb === 0 ? 0.5 : -0.5));
      hi = fma(-k, LN2_HI, x); // k*ln2_hi is exact
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    // |x| < 2**-54
    const t = HUGE + x;
    return x - (t - (HUGE + x));
  } else {
    k = 0;
  }
  const Q = EXPM1_Q;
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const h2 = hxs * hxs;
  const h4 = h2 * h2;
  const r1 = fma(h4, fma(hxs, Q[5], Q[4]), fma(h2, fma(hxs, Q[3], Q[2]), fma(hxs, Q[1], 1.0)));
  const t = fma(-r1, hfx, 3.0);
  let e = hxs * ((r1 - t) / fma(-x, t, 6.0));
  if (k === 0) return x - fma(x, e, -hxs);
  e = fma(e - c, x, -c) - hxs;
  if (k === -1) return fma(x - e, 0.5, -0.5);
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return fma(x - e, 2.0, 1.0);
  }
  let y: number;
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    y = setHighWord(y, highWord(y) + (k << 20));
    return y - 1.0;
  }
  if (k < 20) {
    y = fromHighWord(0x3ff00000 - (0x200000 >> k)) - (e - x); // 1 - 2**-k
  } else {
    y = x - (e + fromHighWord((0x3ff - k) << 20)); // 2**-k
    y += 1.0;
  }
  return setHighWord(y, highWord(y) + (k << 20));
}

const LOG1P_LP = [
  0.0, 6.66666666666673513e-1, 3.999999999940941908e-1, 2.857142874366239149e-1, 2.222219843214978396e-1,
  1.818357216161805012e-1, 1.531383769920937332e-1, 1.479819860511658591e-1,
];
const TWO54 = 1.8014398509481984e16;

/**
 * log1p(x) = log(1 + x): glibc's s_log1p.c (fdlibm) as its FMA build
 * computes it, each multiply-add GCC contracts done as one fma.
 */
export function log1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3fda827a) {
    // x < 0.41422
    if (ax >= 0x3ff00000) {
      // x <= -1.0
      if (x === -1.0) {
        errno = ERANGE;
        return -TWO54 / 0.0;
      }
      errno = EDOM;
      return NaN;
    }
    if (ax < 0x3e200000) {
      // |x| < 2**-29
      if (ax < 0x3c900000) return x; // |x| < 2**-54
      return fma(-(x * x), 0.5, x);
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      // -0.2929 < x < 0.41422
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // correction term
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = setHighWord(u, hu | 0x3ff00000); // normalize u
    } else {
      k += 1;
      u = setHighWord(u, hu | 0x3fe00000); // normalize u/2
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2**-20
    if (f === 0) {
      if (k === 0) return 0;
      return fma(k, LN2_HI, fma(k, LN2_LO, c));
    }
    const R = hfsq * fma(-f, 0.6666666666666666, 1.0);
    if (k === 0) return f - R;
    return fma(k, LN2_HI, -(R - fma(k, LN2_LO, c) - f));
  }
  const Lp = LOG1P_LP;
  const s = f / (2.0 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z2 * z4;
  const R = fma(z6, fma(z, Lp[7], Lp[6]), fma(z4, fma(z, Lp[5], Lp[4]), fma(z, Lp[1], z2 * fma(z, Lp[3], Lp[2]))));
  const sr = (R + hfsq) * s;
  if (k === 0) return f - (hfsq - sr);
  return fma(k, LN2_HI, -(hfsq - (sr + fma(k, LN2_LO, c)) - f));
}

/** sinh(x): glibc's e_sinh.c (fdlibm). */
export function sinh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    // |x| < 22
    if (ix < 0x3e300000) return x; // |x| < 2**-28
    const t = expm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  // |x| in [22, log(maxdouble)]: 0.5 exp(|x|)
  if (ix < 0x40862e42) return h * exp(Math.abs(x));
  // |x| in [log(maxdouble), overflow threshold]
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  errno = ERANGE;
  return x * 1.0e307;
}

/** cosh(x): glibc's e_cosh.c (fdlibm). */
export function cosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    // |x| < 22
    if (ix < 0x3fd62e43) {
      // |x| < 0.5 ln2: 1 + expm1(|x|)**2 / (2 exp(|x|))
      if (ix < 0x3c800000) return 1.0;
      const t = expm1(Math.abs(x));
      const w = 1.0 + t;
      return 1.0 + (t * t) / (w + w);
    }
    const t = exp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(Math.abs(x));
  if (Math.abs(x) <= 710.4758600739439) {
    // |x| up to the overflow threshold 0x408633ce8fb9f87d
    const w = exp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  errno = ERANGE;
  return HUGE * HUGE;
}

/** tanh(x): glibc's s_tanh.c (fdlibm). */
export function tanh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    if (jx >= 0) return 1.0 / x + 1.0;
    return 1.0 / x - 1.0;
  }
  let z: number;
  if (ix < 0x40360000) {
    // |x| < 22
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1.0 + x); // |x| < 2**-55
    if (ix >= 0x3ff00000) {
      // |x| >= 1
      const t = expm1(2.0 * Math.abs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      const t = expm1(-2.0 * Math.abs(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0 - TINY;
  }
  return jx >= 0 ? z : -z;
}

const ASINH_LN2 = 6.93147180559945286227e-1;

/** asinh(x): glibc's s_asinh.c (fdlibm). */
export function asinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x; // |x| < 2**-28
  let w: number;
  if (ix > 0x41b00000) {
    // |x| > 2**28
    if (ix >= 0x7ff00000) return x + x;
    w = log(Math.abs(x)) + ASINH_LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) {
      // 2**28 > |x| > 2.0
      w = log(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
    } else {
      // 2.0 > |x| > 2**-28
      const t = xa * xa;
      w = log1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
    }
  }
  return copysign(w, x);
}

/** ldexp(x, n): x * 2**n, in steps so no partial product overflows or
 *  underflows before the end (n within +-2100). */
export function ldexp(x: number, n: number): number {
  while (n > 1000) {
    x *= 2 ** 1000;
    n -= 1000;
  }
  while (n < -1000) {
    x *= 2 ** -1000;
    n += 1000;
  }
  return x * pow2(n);
}

// ---------------------------------------------------------------- exp2, acosh, atanh

const EXP2_SHIFT = 52776558133248; // 0x1.8p52 / N
const EXP2_C1 = Math.LN2; // 0x1.62e42fefa39efp-1
const EXP2_C2 = 0.24022650695909065; // 0x1.ebfbdff82c424p-3
const EXP2_C3 = 0.0555041086686087; // 0x1.c6b08d70cf4b5p-5
const EXP2_C4 = 0.009618131975721055; // 0x1.3b2abd24650ccp-7
const EXP2_C5 = 0.0013332074570119598; // 0x1.5d7e09b4e3a84p-10

/**
 * exp2(x): glibc's e_exp2.c (from Arm's optimized-routines, generic build,
 * no fused multiply-adds): 2**x = 2**(k/N) 2**r with N = 128, k/N the
 * nearest multiple of 1/N, 2**(i/N) from exp's table as H(1 + T), 2**r - 1
 * by a polynomial.
 */
export function exp2(x: number): number {
  let abstop = (highWord(x) >>> 20) & 0x7ff;
  if (abstop < 0x3c9 || abstop >= 0x408) {
    // |x| < 2**-54: 1 + x (which is 1 once rounded).
    if (abstop < 0x3c9) return 1.0 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      if (x > 0) {
        errno = ERANGE;
        return Infinity;
      }
      if (x <= -1075) {
        errno = ERANGE;
        return 0;
      }
    }
    // |x| > 928: the result may overflow or be subnormal.
    if (Math.abs(x) > 928) abstop = 0;
  }
  if (EXP_H.length === 0) fillExpTable();
  const kd = x + EXP2_SHIFT - EXP2_SHIFT;
  const r = x - kd;
  const k = Math.round(kd * EXP_N);
  const i = k & (EXP_N - 1);
  const e = k >> 7;
  const r2 = r * r;
  const tmp = EXP_T[i] + r * EXP2_C1 + r2 * (EXP2_C2 + r * EXP2_C3) + r2 * r2 * (EXP2_C4 + r * EXP2_C5);
  if (abstop !== 0) {
    const scale = ldexp(EXP_H[i], e);
    return scale + scale * tmp;
  }
  if (k > 0) {
    // The scale's exponent may overflow by one: halve it, double the result.
    const scale = ldexp(EXP_H[i], e - 1);
    const y = 2 * (scale + scale * tmp);
    if (y === Infinity) errno = ERANGE;
    return y;
  }
  // The result may be subnormal: round it once, at 2**-1022's precision.
  const scale = ldexp(EXP_H[i], e + 1022);
  let y = scale + scale * tmp;
  if (y < 1.0) {
    let lo = scale - y + scale * tmp;
    const hi = 1.0 + y;
    lo = 1.0 - hi + y + lo;
    y = hi + lo - 1.0;
    if (y === 0) y = 0;
  }
  y *= 2 ** -1022;
  if (y === 0) errno = ERANGE;
  return y;
}

/** acosh(x): glibc's e_acosh.c (fdlibm's): log(2x) past 2**28, log(2x -
 *  1/(x + sqrt(x*x - 1))) past 2, log1p(t + sqrt(2t + t*t)) with t = x - 1
 *  below. */
export function acosh(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 2) {
    if (x >= 2 ** 28) {
      if (x === Infinity) return x;
      return log(x) + 6.93147180559945286227e-1;
    }
    const t = x * x;
    return log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
  }
  if (x > 1) {
    const t = x - 1.0;
    return log1p(t + Math.sqrt(2.0 * t + t * t));
  }
  if (x === 1) return 0;
  errno = EDOM;
  return NaN;
}

/** atanh(x): glibc's e_atanh.c: 0.5 log1p(2|x| + 2x*x/(1 - |x|)) below 0.5,
 *  0.5 log1p(2|x|/(1 - |x|)) up to 1, with x's sign. */
export function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + (t * xa) / (1.0 - xa));
  } else if (xa < 1.0) {
    t = 0.5 * log1p((xa + xa) / (1.0 - xa));
  } else if (xa > 1.0) {
    errno = EDOM;
    return NaN;
  } else if (Number.isNaN(x)) {
    return x;
  } else {
    // atanh(±1): a pole
    errno = ERANGE;
    return x / 0;
  }
  return copysign(t, x);
}

// ---------------------------------------------------------------- asin, acos

/**
 * asin |x| * 2**bits for 0 < |x| < 1, within 2**8 units: Newton's
 * method on sin y = |x| from the double asin V8 gives (within an ulp or
 * two), two steps, sin and cos from the kernel (through pi/2 - y past
 * pi/4).
 */
function asinFixed(xa: number, bits: number): bigint {
  const B = BigInt(bits);
  const [mx, ex] = mantExp(xa);
  const X = ex + bits >= 0 ? mx << BigInt(ex + bits) : mx >> BigInt(-(ex + bits));
  const [my, ey] = mantExp(Math.asin(xa));
  let Y = ey + bits >= 0 ? my << BigInt(ey + bits) : my >> BigInt(-(ey + bits));
  const hp = halfPi(bits);
  for (let step = 0; step < 2; step++) {
    let s: bigint;
    let c: bigint;
    if (2n * Y > hp) {
      [c, s] = sinCosAt(hp - Y, bits);
    } else {
      [s, c] = sinCosAt(Y, bits);
    }
    if (c <= 0n) break;
    Y -= ((s - X) << B) / c;
  }
  return Y;
}

/** A fixed-point value V * 2**-bits known within `err` units, rounded to a
 *  double, or null when the interval straddles a rounding boundary. */
function roundFixed(V: bigint, bits: number, err: bigint): number | null {
  const negative = V < 0n;
  const A = negative ? -V : V;
  if (A <= err) return null;
  const lo = roundToDouble(A - err, -bits);
  if (lo !== roundToDouble(A + err, -bits)) return null;
  return negative ? -lo : lo;
}

/** asin(x), correctly rounded (glibc's e_asin.c, IBM's, is within an ulp
 *  and almost always the correctly rounded double). */
export function asin(x: number): number {
  const xa = Math.abs(x);
  if (!(xa <= 1)) {
    if (!Number.isNaN(x)) errno = EDOM;
    return NaN;
  }
  if (xa < 2 ** -26) return x;
  if (xa === 1) return x > 0 ? Math.PI / 2 : -Math.PI / 2;
  for (const bits of [LOW, P]) {
    const r = roundFixed(asinFixed(xa, bits), bits, bits === P ? 0n : 256n);
    if (r !== null) return x < 0 ? -r : r;
  }
  return Math.asin(x); // not reached: the P-bit attempt rounds
}

/** acos(x), correctly rounded: pi/2 - asin x. */
export function acos(x: number): number {
  const xa = Math.abs(x);
  if (!(xa <= 1)) {
    if (!Number.isNaN(x)) errno = EDOM;
    return NaN;
  }
  if (x === 1) return 0;
  if (x === -1) return Math.PI;
  if (xa < 2 ** -57) return Math.PI / 2;
  for (const bits of [LOW, P]) {
    const A = asinFixed(xa, bits);
    const hp = halfPi(bits);
    const V = x < 0 ? hp + A : hp - A;
    const r = roundFixed(V, bits, bits === P ? 0n : 256n);
    if (r !== null) return r;
  }
  return Math.acos(x); // not reached
}
