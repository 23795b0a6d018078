/**
 * The math functions whose digits come from a particular C implementation,
 * written out so that refpy gives the same doubles as CPython 3.11 on
 * glibc (2.36, the reference machine's):
 *
 *  - `m_tgamma`, `m_lgamma`: CPython's own (Modules/mathmodule.c), Lanczos'
 *    approximation with g = 6.024680040776729583740234375 and N = 13, the
 *    reflection formula through `m_sinpi` for negative arguments;
 *  - `m_erf`, `m_erfc`: CPython calls the C library's erf/erfc; glibc's are
 *    Sun's fdlibm rational approximations (s_erf.c) with the polynomials
 *    evaluated in Shimizu's split order, kept here operation for operation;
 *  - `m_cbrt`: glibc's cbrt (dbl-64/s_cbrt.c): a polynomial first guess and
 *    one Halley step, which is not correctly rounded (cbrt(27.0) is
 *    3.0000000000000004), so JS's Math.cbrt would differ.
 *
 * Each returns the C result and reports C's errno as `mathErrno` (0, EDOM
 * or ERANGE), which the module turns into ValueError / OverflowError as
 * math_1 and math_1a do. The elementary functions underneath (exp, log,
 * pow, sin, cos) are glibc's own, bit for bit (src/pymath/libm.ts): these
 * formulas amplify a last-bit difference in them.
 */

import { cos, exp, log, pow, sin } from "../pymath/libm.js";

export const EDOM = 33;
export const ERANGE = 34;

/** C's errno after the last call here (0 when none was set). */
export let mathErrno = 0;

const view = new DataView(new ArrayBuffer(8));

/** GET_HIGH_WORD: the top 32 bits of a double, as a signed int. */
function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getInt32(0);
}

/** SET_LOW_WORD(x, 0): the double with its low 32 bits cleared. */
function clearLowWord(x: number): number {
  view.setFloat64(0, x);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

// ---------------------------------------------------------------- gamma, lgamma

const PI = Math.PI;
const LOGPI = 1.144729885849400174143427351353058711647;

const LANCZOS_N = 13;
const lanczos_g = 6.024680040776729583740234375;
const lanczos_g_minus_half = 5.524680040776729583740234375;
const lanczos_num_coeffs = [
  23531376880.41075968857200767445163675473484680494, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.03720969991975575445893111267140326539,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.58540019438061423162831820536287468498764,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
/** The denominator is x*(x+1)*...*(x+LANCZOS_N-2). */
const lanczos_den_coeffs = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0,
  66.0, 1.0,
];
/** gamma(1) … gamma(23), exact. */
const gamma_integral = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0, 6227020800.0,
  87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
  2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];

/** Lanczos' sum L_g(x) for x > 0 (in 1/x past 5, against overflow). */
function lanczos_sum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = LANCZOS_N; --i >= 0; ) {
      num = num * x + lanczos_num_coeffs[i];
      den = den * x + lanczos_den_coeffs[i];
    }
  } else {
    for (let i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczos_num_coeffs[i];
      den = den / x + lanczos_den_coeffs[i];
    }
  }
  return num / den;
}

/** sin(pi*x) for finite x, exact at the integers and half-integers. */
function m_sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y); // C's round; 2y >= 0, so ties go up either way
  let r: number;
  switch (n) {
    case 0:
      r = sin(PI * y);
      break;
    case 1:
      r = cos(PI * (y - 0.5));
      break;
    // -sin(pi*(y-1.0)) would give -0.0 at y == 1.0.
    case 2:
      r = sin(PI * (1.0 - y));
      break;
    case 3:
      r = -cos(PI * (y - 1.5));
      break;
    default:
      r = sin(PI * (y - 2.0));
      break;
  }
  return (x < 0 || Object.is(x, -0) ? -1.0 : 1.0) * r;
}

export function m_tgamma(x: number): number {
  mathErrno = 0;
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0.0) return x; // tgamma(nan) = nan, tgamma(inf) = inf
    mathErrno = EDOM;
    return NaN; // tgamma(-inf) = nan, invalid
  }
  if (x === 0.0) {
    mathErrno = EDOM;
    return Object.is(x, -0) ? -Infinity : Infinity; // divide-by-zero
  }
  if (x === Math.floor(x)) {
    if (x < 0.0) {
      mathErrno = EDOM; // invalid for negative integers
      return NaN;
    }
    if (x <= gamma_integral.length) return gamma_integral[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    // tgamma(x) ~ 1/x near 0
    const r = 1.0 / x;
    if (!Number.isFinite(r)) mathErrno = ERANGE;
    return r;
  }
  // tgamma(x) overflows for x > 200 and underflows to +-0.0 for x < -200.
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / m_sinpi(x);
    mathErrno = ERANGE;
    return Infinity;
  }
  const y = absx + lanczos_g_minus_half;
  let z: number;
  // The error in y, recovered without the compiler folding it away.
  if (absx > lanczos_g_minus_half) {
    const q = y - absx;
    z = q - lanczos_g_minus_half;
  } else {
    const q = y - lanczos_g_minus_half;
    z = q - absx;
  }
  z = (z * lanczos_g) / y;
  let r: number;
  if (x < 0.0) {
    r = ((-PI / m_sinpi(absx) / absx) * exp(y)) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= pow(y, absx - 0.5);
    } else {
      const sqrtpow = pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= pow(y, absx - 0.5);
    } else {
      const sqrtpow = pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (r === Infinity || r === -Infinity) mathErrno = ERANGE;
  return r;
}

/** log(abs(gamma(x))). */
export function m_lgamma(x: number): number {
  mathErrno = 0;
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return x;
    return Infinity; // lgamma(+-inf) = +inf
  }
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      mathErrno = EDOM; // divide-by-zero at the integers n <= 0
      return Infinity;
    }
    return 0.0; // lgamma(1) = lgamma(2) = 0.0
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -log(absx);
  let r = log(lanczos_sum(absx)) - lanczos_g;
  r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
  // The reflection formula for negative x.
  if (x < 0.0) r = LOGPI - log(Math.abs(m_sinpi(absx))) - log(absx) - r;
  if (r === Infinity || r === -Infinity) mathErrno = ERANGE;
  return r;
}

// ---------------------------------------------------------------- erf, erfc

const tiny = 1e-300;
/** (float)0.84506291151 */
const erx = 8.45062911510467529297e-1;
const efx = 1.28379167095512586316e-1;
// erf on [0, 0.84375]
const pp = [
  1.28379167095512558561e-1, -3.2504210724700149937e-1, -2.84817495755985104766e-2, -5.77027029648944159157e-3,
  -2.37630166566501626084e-5,
];
const qq = [
  0.0, 3.97917223959155352819e-1, 6.50222499887672944485e-2, 5.08130628187576562776e-3, 1.32494738004321644526e-4,
  -3.9602282787753681232e-6,
];
// erf on [0.84375, 1.25]
const pa = [
  -2.36211856075265944077e-3, 4.14856118683748331666e-1, -3.72207876035701323847e-1, 3.18346619901161753674e-1,
  -1.10894694282396677476e-1, 3.54783043256182359371e-2, -2.166375594868790843e-3,
];
const qa = [
  0.0, 1.06420880400844228286e-1, 5.40397917702171048937e-1, 7.18286544141962662868e-2, 1.26171219808761642112e-1,
  1.36370839120290507362e-2, 1.1984499846799107417e-2,
];
// erfc on [1.25, 1/0.35]
const ra = [
  -9.86494403484714822705e-3, -6.93858572707181764372e-1, -1.05586262253232909814e1, -6.23753324503260060396e1,
  -1.62396669462573470355e2, -1.84605092906711035994e2, -8.12874355063065934246e1, -9.81432934416914548592,
];
const sa = [
  0.0, 1.96512716674392571292e1, 1.376577541435190426e2, 4.34565877475229228821e2, 6.45387271733267880336e2,
  4.29008140027567833386e2, 1.08635005541779435134e2, 6.57024977031928170135, -6.04244152148580987438e-2,
];
// erfc on [1/0.35, 28]
const rb = [
  -9.86494292470009928597e-3, -7.99283237680523006574e-1, -1.77579549177547519889e1, -1.60636384855821916062e2,
  -6.37566443368389627722e2, -1.02509513161107724954e3, -4.83519191608651397019e2,
];
const sb = [
  0.0, 3.03380607434824582924e1, 3.25792512996573918826e2, 1.53672958608443695994e3, 3.19985821950859553908e3,
  2.55305040643316442583e3, 4.74528541206955367215e2, -2.24409524465858183362e1,
];

/** R/S of erf(x) = x + x*R/S on |x| < 0.84375 (z = x*x). */
function erfSmall(z: number): number {
  const r1 = pp[0] + z * pp[1];
  const z2 = z * z;
  const r2 = pp[2] + z * pp[3];
  const z4 = z2 * z2;
  const s1 = 1.0 + z * qq[1];
  const s2 = qq[2] + z * qq[3];
  const s3 = qq[4] + z * qq[5];
  const r = r1 + z2 * r2 + z4 * pp[4];
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** P/Q of erf(1+s) - erx on 0.84375 <= |x| < 1.25 (s = |x| - 1). */
function erfNearOne(s: number): number {
  const P1 = pa[0] + s * pa[1];
  const s2 = s * s;
  const Q1 = 1.0 + s * qa[1];
  const s4 = s2 * s2;
  const P2 = pa[2] + s * pa[3];
  const s6 = s4 * s2;
  const Q2 = qa[2] + s * qa[3];
  const P3 = pa[4] + s * pa[5];
  const Q3 = qa[4] + s * qa[5];
  const P = P1 + s2 * P2 + s4 * P3 + s6 * pa[6];
  const Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * qa[6];
  return P / Q;
}

/** exp(-x*x - 0.5625 + R/S) / x for 1.25 <= x < 28 (erfc's tail);
 *  `lowTable` chooses ra/sa (x below 1/0.35) over rb/sb. */
function erfcTail(x: number, lowTable: boolean): number {
  const s = 1.0 / (x * x);
  let R: number;
  let S: number;
  if (lowTable) {
    const R1 = ra[0] + s * ra[1];
    const s2 = s * s;
    const S1 = 1.0 + s * sa[1];
    const s4 = s2 * s2;
    const R2 = ra[2] + s * ra[3];
    const s6 = s4 * s2;
    const S2 = sa[2] + s * sa[3];
    const s8 = s4 * s4;
    const R3 = ra[4] + s * ra[5];
    const S3 = sa[4] + s * sa[5];
    const R4 = ra[6] + s * ra[7];
    const S4 = sa[6] + s * sa[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * sa[8];
  } else {
    const R1 = rb[0] + s * rb[1];
    const s2 = s * s;
    const S1 = 1.0 + s * sb[1];
    const s4 = s2 * s2;
    const R2 = rb[2] + s * rb[3];
    const s6 = s4 * s2;
    const S2 = sb[2] + s * sb[3];
    const R3 = rb[4] + s * rb[5];
    const S3 = sb[4] + s * sb[5];
    const S4 = sb[6] + s * sb[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * rb[6];
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  // -x*x = -z*z + (z-x)*(z+x) with z = x cut to 21 bits: exact products.
  const z = clearLowWord(x);
  const r = exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S);
  return r / x;
}

export function m_erf(x: number): number {
  mathErrno = 0;
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    // erf(nan) = nan, erf(+-inf) = +-1
    return Number.isNaN(x) ? x : x > 0 ? 1.0 : -1.0;
  }
  if (ix < 0x3feb0000) {
    // |x| < 0.84375
    if (ix < 0x3e300000) {
      // |x| < 2**-28
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + 16.0 * efx * x);
      return x + efx * x;
    }
    return x + x * erfSmall(x * x);
  }
  if (ix < 0x3ff40000) {
    // 0.84375 <= |x| < 1.25
    const pq = erfNearOne(Math.abs(x) - 1.0);
    return hx >= 0 ? erx + pq : -erx - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1.0 - tiny : tiny - 1.0; // |x| >= 6
  const ax = Math.abs(x);
  const t = erfcTail(ax, ix < 0x4006db6e);
  return hx >= 0 ? 1.0 - t : t - 1.0;
}

export function m_erfc(x: number): number {
  mathErrno = 0;
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    // erfc(nan) = nan, erfc(+-inf) = 0, 2
    return Number.isNaN(x) ? x : x > 0 ? 0.0 : 2.0;
  }
  if (ix < 0x3feb0000) {
    // |x| < 0.84375
    if (ix < 0x3c700000) return 1.0 - x; // |x| < 2**-56
    const y = erfSmall(x * x);
    if (hx < 0x3fd00000) return 1.0 - (x + x * y); // x < 1/4
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    // 0.84375 <= |x| < 1.25
    const pq = erfNearOne(Math.abs(x) - 1.0);
    if (hx >= 0) return 1.0 - erx - pq;
    return 1.0 + (erx + pq);
  }
  if (ix < 0x403c0000) {
    // |x| < 28
    if (hx < 0 && ix >= 0x40180000) return 2.0 - tiny; // x < -6
    const ax = Math.abs(x);
    const t = erfcTail(ax, ix < 0x4006db6d);
    if (hx > 0) {
      if (t === 0) mathErrno = ERANGE;
      return t;
    }
    return 2.0 - t;
  }
  if (hx > 0) {
    mathErrno = ERANGE;
    return tiny * tiny;
  }
  return 2.0 - tiny;
}

// ---------------------------------------------------------------- cbrt

const CBRT2 = 1.2599210498948731648; // 2^(1/3)
const SQR_CBRT2 = 1.5874010519681994748; // 2^(2/3)
const factor = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/** frexp(|x|) for finite non-zero x: [m, e] with 0.5 <= m < 1. */
function frexpAbs(x: number): [number, number] {
  let a = Math.abs(x);
  let bias = 0;
  if (a < 2 ** -1000) {
    // subnormal or close: scale into the normal range first
    a *= 2 ** 64;
    bias = 64;
  }
  view.setFloat64(0, a);
  const e = ((view.getUint16(0) >> 4) & 0x7ff) - 1022;
  view.setUint16(0, (view.getUint16(0) & 0x800f) | (1022 << 4));
  return [view.getFloat64(0), e - bias];
}

/** x * 2**n, rounded once. */
function ldexp(x: number, n: number): number {
  let r = x;
  let k = n;
  while (k > 1000) {
    r *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    r *= 2 ** -1000;
    k += 1000;
  }
  return r * 2 ** k;
}

export function m_cbrt(x: number): number {
  mathErrno = 0;
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexpAbs(x);
  const u =
    0.35489576504391986 +
    (1.50819193781584896 +
      (-2.11499494167371287 +
        (2.4469312256353443 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) *
          xm) *
        xm) *
      xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * factor[2 + (xe % 3)];
  return ldexp(x > 0.0 ? ym : -ym, Math.trunc(xe / 3));
}
