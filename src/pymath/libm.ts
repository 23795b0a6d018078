/**
 * The C library's math functions as CPython 3.11 gets them from glibc 2.36
 * on x86-64, so that what CPython computes from them (complex powers and
 * absolute values, the cmath module) comes out here bit for bit.
 *
 * Two kinds of function:
 *  - those glibc computes with plain double arithmetic in its generic
 *    build (baseline x86-64, no FMA): hypot (e_hypot.c), expm1 (s_expm1.c),
 *    log1p (s_log1p.c), sinh (e_sinh.c), cosh (e_cosh.c), tanh (s_tanh.c),
 *    asinh (s_asinh.c). They are written out operation for operation: JS
 *    numbers are IEEE doubles rounded to nearest, as SSE2 arithmetic is,
 *    so each gives glibc's double exactly;
 *  - exp, log, pow, sin, cos, tan and atan2, which glibc computes with
 *    FMA variants chosen at run time, within 0.52 to 0.62 units in the
 *    last place (ulp) of the exact value: almost always the correctly
 *    rounded double. They are computed here correctly rounded: in fixed
 *    point with P fraction bits (BigInt), then rounded once. They differ
 *    from glibc's only where the exact value lies within a few hundredths
 *    of an ulp of a rounding boundary.
 *
 * `errno` is C's errno as glibc sets it: EDOM for a domain error
 * (sin(inf), log(-1), pow(-2, 0.5)), ERANGE for overflow and for an
 * underflow to zero (exp, pow) or a pole (log(0), pow(0, -1)). Functions
 * only ever set it; callers clear it first (`errno = 0` in C).
 *
 * Nothing here touches the heap: the compiler (constant folding) and the
 * objects both use it.
 */

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
  if (s <= 0) return Number(n) * 2 ** e;
  const q0 = n >> BigInt(s);
  const rem = n - (q0 << BigInt(s));
  const half = 1n << BigInt(s - 1);
  const q = rem > half || (rem === half && (inexact || (q0 & 1n) === 1n)) ? q0 + 1n : q0;
  return Number(q) * 2 ** ulp;
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

/** x * 2**P exactly (x finite, |x| >= 2**-(P - 53)). */
function toFixed(x: number): bigint {
  if (x === 0) return 0n;
  const [m, e] = mantExp(x);
  const v = e + P >= 0 ? m << BigInt(e + P) : m >> BigInt(-(e + P));
  return x < 0 ? -v : v;
}

/** floor(a / b) for b > 0. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a < 0n && q * b !== a ? q - 1n : q;
}

/** floor(sqrt(n)) for n >= 0. */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  const len = bitLength(n);
  const s = len > 104 ? (len - 104) & ~1 : 0;
  // An estimate from the top bits, then Newton's method from above.
  let x = BigInt(Math.floor(Math.sqrt(Number(n >> BigInt(s)))) + 3) << BigInt(s >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
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

/** Bits of pi/2 kept for reducing the largest arguments of sin and cos. */
const HALF_PI_BITS = 1500;
/** pi/2 = 8 atan(1/5) - 2 atan(1/239) (Machin), to HALF_PI_BITS bits. */
const HALF_PI_WIDE = (() => {
  const b = BigInt(HALF_PI_BITS + 32);
  return (8n * atanInv(5n, b) - 2n * atanInv(239n, b)) >> 32n;
})();
const HALF_PI = HALF_PI_WIDE >> BigInt(HALF_PI_BITS - P);
const PI = 2n * HALF_PI;

// ---------------------------------------------------------------- fixed-point kernels

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

/** log(m * 2**e) * 2**P, for an integer m > 0. */
function logFixed(m: bigint, e: number): bigint {
  // m * 2**e = u * 2**E with u in [1, 2) (U = u * 2**P);
  // log u = 2 atanh((u - 1) / (u + 1)), or with u / 2 when u > sqrt(2).
  const len = bitLength(m);
  const U = len - 1 <= P ? m << BigInt(P - (len - 1)) : m >> BigInt(len - 1 - P);
  let E = e + len - 1;
  let num = U - ONE;
  let den = U + ONE;
  if (U * U > 2n * ONE * ONE) {
    num = U - 2n * ONE;
    den = U + 2n * ONE;
    E++;
  }
  const t = (num << PB) / den;
  const t2 = (t * t) >> PB;
  let power = t;
  let sum = t;
  for (let n = 3n; power !== 0n; n += 2n) {
    power = (power * t2) / ONE;
    sum += power / n;
  }
  return 2n * sum + BigInt(E) * LN2;
}

/** atan(T / 2**P) * 2**P, for 0 <= T <= 2**P. */
function atanFixed(T: bigint): bigint {
  // atan t = 2 atan(t / (1 + sqrt(1 + t*t))) until t <= 1/16, then the series.
  let halvings = 0n;
  while (T > ONE >> 4n) {
    T = (T << PB) / (ONE + isqrt(ONE * ONE + T * T));
    halvings++;
  }
  const t2 = (T * T) >> PB;
  let power = T;
  let sum = T;
  for (let n = 3n, sign = -1n; power !== 0n; n += 2n, sign = -sign) {
    power = (power * t2) >> PB;
    sum += sign * (power / n);
  }
  return sum << halvings;
}

/** [sin R, cos R] * 2**P for |R| <= pi/4 (R fixed point). */
function sinCosFixed(R: bigint): [bigint, bigint] {
  const r2 = (R * R) >> PB;
  let term = R;
  let sin = R;
  for (let n = 2n; term !== 0n; n += 2n) {
    term = -((term * r2) / ONE) / (n * (n + 1n));
    sin += term;
  }
  term = ONE;
  let cos = ONE;
  for (let n = 1n; term !== 0n; n += 2n) {
    term = -((term * r2) / ONE) / (n * (n + 1n));
    cos += term;
  }
  return [sin, cos];
}

/**
 * x = k pi/2 + R with |R| <= pi/4 (x finite, |x| >= 2**-30): returns
 * [k mod 4, R in fixed point]. pi/2 is taken to enough bits that R keeps
 * P bits whatever the size of x (the closest a double comes to a multiple
 * of pi/2 is about 2**-61).
 */
function reduceHalfPi(x: number): [number, bigint] {
  const [m, e] = mantExp(x);
  const guard = Math.max(64, e + 53 + 64);
  const bits = P + guard;
  const X = m << BigInt(e + bits);
  const hp = HALF_PI_WIDE >> BigInt(HALF_PI_BITS - bits);
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

/** exp(x), correctly rounded. */
export function exp(x: number): number {
  if (!(Math.abs(x) < 746)) {
    if (Number.isNaN(x)) return x;
    if (x > 0) {
      if (x !== Infinity) errno = ERANGE;
      return Infinity;
    }
    if (x !== -Infinity) errno = ERANGE;
    return 0;
  }
  if (Math.abs(x) < 2 ** -60) return 1;
  const [S, k] = expFixed(toFixed(x));
  const r = roundToDouble(S, k - P);
  if (r === Infinity || r === 0) errno = ERANGE;
  return r;
}

/** log(x), correctly rounded. */
export function log(x: number): number {
  if (!(x > 0) || x === Infinity) {
    if (Number.isNaN(x) || x === Infinity) return x;
    if (x === 0) {
      errno = ERANGE;
      return -Infinity;
    }
    errno = EDOM;
    return NaN;
  }
  if (x === 1) return 0;
  const [m, e] = mantExp(x);
  return fixedToDouble(logFixed(m, e));
}

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y % 2) === 1;
}

/** pow(x, y), correctly rounded, with C99's special cases. */
export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return ax < 1 === y < 0 ? Infinity : 0;
  }
  const odd = isOddInteger(y);
  if (x === 0) {
    if (y < 0) {
      errno = ERANGE;
      return odd ? 1 / x : Infinity;
    }
    return odd ? x : 0;
  }
  if (!Number.isFinite(x)) {
    if (x > 0) return y < 0 ? 0 : Infinity;
    if (y < 0) return odd ? -0 : 0;
    return odd ? -Infinity : Infinity;
  }
  let negate = false;
  if (x < 0) {
    if (!Number.isInteger(y)) {
      errno = EDOM;
      return NaN;
    }
    negate = odd;
    x = -x;
  }
  const [mx, ex] = mantExp(x);
  const [my, ey] = mantExp(y);
  // y log x, in fixed point.
  let p = logFixed(mx, ex) * my;
  p = ey >= 0 ? p << BigInt(ey) : p >> BigInt(-ey);
  if (y < 0) p = -p;
  let r: number;
  if (p > 760n * ONE) r = Infinity;
  else if (p < -760n * ONE) r = 0;
  else {
    const [S, k] = expFixed(p);
    r = roundToDouble(S, k - P);
  }
  if (r === Infinity || r === 0) errno = ERANGE;
  return negate ? -r : r;
}

/** sin(x), correctly rounded. */
export function sin(x: number): number {
  if (!Number.isFinite(x)) {
    if (!Number.isNaN(x)) errno = EDOM;
    return NaN;
  }
  // sin x = x - x**3/6 rounds to x.
  if (Math.abs(x) < 2 ** -26) return x;
  const [q, R] = reduceHalfPi(x);
  const [s, c] = sinCosFixed(R);
  return fixedToDouble(q === 0 ? s : q === 1 ? c : q === 2 ? -s : -c);
}

/** cos(x), correctly rounded. */
export function cos(x: number): number {
  if (!Number.isFinite(x)) {
    if (!Number.isNaN(x)) errno = EDOM;
    return NaN;
  }
  // cos x = 1 - x**2/2 rounds to 1.
  if (Math.abs(x) < 2 ** -27) return 1;
  const [q, R] = reduceHalfPi(x);
  const [s, c] = sinCosFixed(R);
  return fixedToDouble(q === 0 ? c : q === 1 ? -s : q === 2 ? -c : s);
}

/** tan(x), correctly rounded. */
export function tan(x: number): number {
  if (!Number.isFinite(x)) {
    if (!Number.isNaN(x)) errno = EDOM;
    return NaN;
  }
  // tan x = x + x**3/3 rounds to x.
  if (Math.abs(x) < 2 ** -27) return x;
  const [q, R] = reduceHalfPi(x);
  const [s, c] = sinCosFixed(R);
  // Even quadrants: sin R / cos R; odd ones: -cos R / sin R.
  const num = (q & 1) === 0 ? s : -c;
  const den = (q & 1) === 0 ? c : s;
  const r = ratioToDouble(num < 0n ? -num : num, den < 0n ? -den : den);
  return num < 0n !== den < 0n ? -r : r;
}

/** atan2(y, x), correctly rounded, with C99's special cases. */
function atan2Value(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  const xNegative = x < 0 || Object.is(x, -0);
  if (y === 0) return xNegative ? copysign(fixedToDouble(PI), y) : y;
  if (x === 0) return copysign(fixedToDouble(HALF_PI), y);
  if (!Number.isFinite(y)) {
    if (x === Infinity) return copysign(fixedToDouble(HALF_PI / 2n), y);
    if (x === -Infinity) return copysign(fixedToDouble((3n * HALF_PI) / 2n), y);
    return copysign(fixedToDouble(HALF_PI), y);
  }
  if (x === Infinity) return copysign(0, y);
  if (x === -Infinity) return copysign(fixedToDouble(PI), y);
  // t = |y| / |x| = A / B exactly.
  const [my, ey] = mantExp(y);
  const [mx, ex] = mantExp(x);
  let A = my;
  let B = mx;
  if (ey >= ex) A <<= BigInt(ey - ex);
  else B <<= BigInt(ex - ey);
  let angle: bigint;
  if (A <= B) {
    if (!xNegative && A << 60n < B) {
      // atan t = t - t**3/3 + ..., t < 2**-60: as an exact ratio, rounded.
      return copysign(ratioToDouble(A * (3n * B * B - A * A), 3n * B * B * B), y);
    }
    angle = atanFixed((A << PB) / B);
  } else {
    angle = HALF_PI - atanFixed((B << PB) / A);
  }
  if (xNegative) angle = PI - angle;
  return copysign(fixedToDouble(angle), y);
}

/** atan2 as glibc's wrapper gives it: ERANGE when the result underflows
 *  to 0 (y not 0, x finite). */
export function atan2(y: number, x: number): number {
  const z = atan2Value(y, x);
  if (z === 0 && y !== 0 && Number.isFinite(x)) errno = ERANGE;
  return z;
}

// ---------------------------------------------------------------- glibc's own algorithms

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

/** expm1(x) = exp(x) - 1: glibc's s_expm1.c (fdlibm). */
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
      const t = k;
      hi = x - t * LN2_HI;
      lo = t * LN2_LO;
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
  const R1 = 1.0 + hxs * Q[1];
  const h2 = hxs * hxs;
  const R2 = Q[2] + hxs * Q[3];
  const h4 = h2 * h2;
  const R3 = Q[4] + hxs * Q[5];
  const r1 = R1 + h2 * R2 + h4 * R3;
  let t = 3.0 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  let y: number;
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    y = setHighWord(y, highWord(y) + (k << 20));
    return y - 1.0;
  }
  if (k < 20) {
    t = fromHighWord(0x3ff00000 - (0x200000 >> k)); // 1 - 2**-k
    y = t - (e - x);
    y = setHighWord(y, highWord(y) + (k << 20));
  } else {
    t = fromHighWord((0x3ff - k) << 20); // 2**-k
    y = x - (e + t);
    y += 1.0;
    y = setHighWord(y, highWord(y) + (k << 20));
  }
  return y;
}

const LOG1P_LP = [
  0.0, 6.66666666666673513e-1, 3.999999999940941908e-1, 2.857142874366239149e-1, 2.222219843214978396e-1,
  1.818357216161805012e-1, 1.531383769920937332e-1, 1.479819860511658591e-1,
];
const TWO54 = 1.8014398509481984e16;

/** log1p(x) = log(1 + x): glibc's s_log1p.c (fdlibm). */
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
      return x - x * x * 0.5;
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
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k === 0) return f - R;
    return k * LN2_HI - (R - (k * LN2_LO + c) - f);
  }
  const Lp = LOG1P_LP;
  const s = f / (2.0 + f);
  const z = s * s;
  const R1 = z * Lp[1];
  const z2 = z * z;
  const R2 = Lp[2] + z * Lp[3];
  const z4 = z2 * z2;
  const R3 = Lp[4] + z * Lp[5];
  const z6 = z4 * z2;
  const R4 = Lp[6] + z * Lp[7];
  const R = R1 + z2 * R2 + z4 * R3 + z6 * R4;
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * LN2_HI - (hfsq - (s * (hfsq + R) + (k * LN2_LO + c)) - f);
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
  return x * 2 ** n;
}
