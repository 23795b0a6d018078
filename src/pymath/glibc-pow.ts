/**
 * glibc's pow (glibc 2.36, sysdeps/ieee754/dbl-64/e_pow.c and
 * e_pow_log_data.c, Szabolcs Nagy's from Arm's optimized-routines) as
 * its FMA build computes it, the one glibc's x86-64 dispatch picks on a
 * CPU with FMA: every multiply-add that GCC 12 contracts there (-O2 -mfma)
 * is an exact `fma` here. x**y = exp(y log x), log x computed with about
 * 15 extra bits (log_inline), exp from exp's table (e_exp_data.c, shared
 * with exp in libm.ts). Within 0.52 ulp, so float powers and complex
 * powers come out as CPython's on glibc to the last bit.
 *
 * Copyright (C) 2018-2022 Free Software Foundation, Inc.
 * Copyright (c) 2018, Arm Limited.
 *
 * This file is a port of part of the GNU C Library and, like it, free
 * software: you can redistribute it and/or modify it under the terms of
 * the GNU Lesser General Public License as published by the Free Software
 * Foundation; either version 2.1 of the License, or (at your option) any
 * later version. It is distributed in the hope that it will be useful, but
 * WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU Lesser
 * General Public License for more details (https://www.gnu.org/licenses/).
 */

import { EDOM, ERANGE, expTable, fma, ldexp, set_errno } from "./libm.js";

const view = new DataView(new ArrayBuffer(8));

/** The top 32 bits of a double, as a signed int. */
function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getInt32(0);
}

/** x with its top 32 bits replaced by hi. */
function withHighWord(x: number, hi: number): number {
  view.setFloat64(0, x);
  view.setInt32(0, hi | 0);
  return view.getFloat64(0);
}

const LN2HI = 0.6931471805598903; // 0x1.62e42fefa3800p-1
const LN2LO = 5.497923018708371e-14; // 0x1.ef35793c76730p-45
/** log(1+r) - r, scaled as evaluated (relative error 0x1.11922ap-70). */
const A = [
  -0.5, -0.6666666666666679, 0.5000000000000007, 0.7999999995323976, -0.6666666663487739, -1.142909628459501,
  1.0000415263675542,
];
/** tab[i] = {invc, logc, logctail}: 1/c, log(c) rounded to a multiple of
 *  2**-43 and the rest, for 128 subintervals of [0x1.69555p-1, 0x1.69555p0]. */
const T = [
  1.4140625, -0.3464667673462145, 5.929407345889625e-15, 1.40625, -0.34092658697056777, -2.544157440035963e-14,
  1.3984375, -0.3353555419211034, -3.443525940775045e-14, 1.390625, -0.3297532863724655, -2.500123826022799e-15,
  1.3828125, -0.32411946865420305, -8.929337133850617e-15, 1.375, -0.31845373111855224, 1.7625431312172662e-14,
  1.3671875, -0.31275571000389846, 1.5688303180062087e-15, 1.359375, -0.3070250352949415, 2.9655274673691784e-14,
  1.3515625, -0.3012613305781997, 3.7923164802093147e-14, 1.34375, -0.2954642128938758, 3.993416384387844e-14,
  1.3359375, -0.28963329258306203, 1.9352855826489123e-14, 1.3359375, -0.28963329258306203, 1.9352855826489123e-14,
  1.328125, -0.28376817313062475, -1.9852665484979036e-14, 1.3203125, -0.27786845100342816, -2.814323765595281e-14,
  1.3125, -0.2719337154836694, 2.7643769993528702e-14, 1.3046875, -0.2659635484970977, -4.025092402293806e-14, 1.296875,
  -0.25995752443691345, -1.2621729398885316e-14, 1.2890625, -0.25391520998095984, -3.600176732637335e-15, 1.2890625,
  -0.25391520998095984, -3.600176732637335e-15, 1.28125, -0.2478361639045943, 1.3029797173308663e-14, 1.2734375,
  -0.2417199368871934, 4.8230289429940886e-14, 1.265625, -0.23556607131274632, -2.0592242769647135e-14, 1.2578125,
  -0.22937410106487732, 3.149265065191484e-14, 1.25, -0.22314355131425145, 4.169796584527195e-14, 1.25,
  -0.22314355131425145, 4.169796584527195e-14, 1.2421875, -0.21687393830063684, 2.2477465222466186e-14, 1.234375,
  -0.21056476910735, 3.6507188831790577e-16, 1.2265625, -0.2042155414286526, -3.827767260205414e-14, 1.2265625,
  -0.2042155414286526, -3.827767260205414e-14, 1.21875, -0.19782574332987224, -4.7641388950792196e-14, 1.2109375,
  -0.19139485299967873, 4.9278276214647115e-14, 1.203125, -0.18492233849406148, 4.9485167661250996e-14, 1.203125,
  -0.18492233849406148, 4.9485167661250996e-14, 1.1953125, -0.1784076574728033, -1.5003333854266542e-14, 1.1875,
  -0.17185025692663203, -2.7194441649495324e-14, 1.1875, -0.17185025692663203, -2.7194441649495324e-14, 1.1796875,
  -0.1652495728952772, -2.99659267292569e-14, 1.171875, -0.15860503017665906, 2.0472357800461955e-14, 1.171875,
  -0.15860503017665906, 2.0472357800461955e-14, 1.1640625, -0.15191604202584585, 3.879296723063646e-15, 1.15625,
  -0.1451820098444614, -3.6506824353335045e-14, 1.1484375, -0.13840232285906495, -5.4183331379008994e-14, 1.1484375,
  -0.13840232285906495, -5.4183331379008994e-14, 1.140625, -0.131576357788731, 1.1729485484531301e-14, 1.140625,
  -0.131576357788731, 1.1729485484531301e-14, 1.1328125, -0.12470347850091912, -3.811763084710266e-14, 1.125,
  -0.11778303565643, 4.654729747598445e-14, 1.125, -0.11778303565643, 4.654729747598445e-14, 1.1171875,
  -0.11081436634026431, -2.5799991283069902e-14, 1.109375, -0.10379679368168127, 3.7700471749674615e-14, 1.109375,
  -0.10379679368168127, 3.7700471749674615e-14, 1.1015625, -0.09672962645856842, 1.7306161136093256e-14, 1.1015625,
  -0.09672962645856842, 1.7306161136093256e-14, 1.09375, -0.089612158689647, -4.012913552726574e-14, 1.0859375,
  -0.08244366921110213, 2.7541708360737882e-14, 1.0859375, -0.08244366921110213, 2.7541708360737882e-14, 1.078125,
  -0.07522342123763792, 5.0396178134370583e-14, 1.078125, -0.07522342123763792, 5.0396178134370583e-14, 1.0703125,
  -0.06795066190852594, 1.8195060030168815e-14, 1.0625, -0.06062462181648698, 5.213620639136504e-14, 1.0625,
  -0.06062462181648698, 5.213620639136504e-14, 1.0546875, -0.053244514518837605, 2.532168943117445e-14, 1.0546875,
  -0.053244514518837605, 2.532168943117445e-14, 1.046875, -0.045809536031242715, -5.148849572685811e-14, 1.046875,
  -0.045809536031242715, -5.148849572685811e-14, 1.0390625, -0.038318864302141264, 4.6652946995830086e-15, 1.0390625,
  -0.038318864302141264, 4.6652946995830086e-15, 1.03125, -0.03077165866670839, -4.529814257790929e-14, 1.03125,
  -0.03077165866670839, -4.529814257790929e-14, 1.0234375, -0.023167059281490765, -4.361324067851568e-14, 1.015625,
  -0.015504186535963527, -1.7274567499706107e-15, 1.015625, -0.015504186535963527, -1.7274567499706107e-15, 1.0078125,
  -0.0077821404420319595, -2.298941004620351e-14, 1.0078125, -0.0077821404420319595, -2.298941004620351e-14, 1.0, 0.0,
  0.0, 1.0, 0.0, 0.0, 0.9921875, 0.007843177461040796, -1.4902732911301337e-14, 0.984375, 0.01574835696817445,
  -3.527980389655325e-14, 0.9765625, 0.023716526617363343, -4.730054772033249e-14, 0.96875, 0.03174869831457272,
  7.580310369375161e-15, 0.9609375, 0.039845908547249564, -4.9893776716773285e-14, 0.953125, 0.048009219186383234,
  -2.262629393030674e-14, 0.9453125, 0.056239718322899535, -2.345674491018699e-14, 0.94140625, 0.06038051098892083,
  -1.3352588834854848e-14, 0.93359375, 0.06871389254808946, -3.765296820388875e-14, 0.92578125, 0.07711730334438016,
  5.1128335719851986e-14, 0.91796875, 0.08559193033545398, -5.046674438470119e-14, 0.9140625, 0.08985632912185793,
  3.1218748807418837e-15, 0.90625, 0.09844007281321865, 3.3871241029241416e-14, 0.8984375, 0.10709813555638448,
  -1.7376727386423858e-14, 0.89453125, 0.11145544092528326, 3.957125899799804e-14, 0.88671875, 0.12022742699821265,
  -5.2849453521890294e-14, 0.8828125, 0.12464244520731427, -3.767012502308738e-14, 0.875, 0.13353139262449076,
  3.1859736349078334e-14, 0.87109375, 0.13800567301939282, 5.0900642926060466e-14, 0.86328125, 0.14701474296180095,
  8.710783796122478e-15, 0.859375, 0.15154989812720032, 6.157896229122976e-16, 0.8515625, 0.16068238169043525,
  3.821577743916796e-14, 0.84765625, 0.16528009093906348, 3.9440046718453496e-14, 0.83984375, 0.17453941635187675,
  2.2924522154618074e-14, 0.8359375, 0.17920142945774842, -3.742530094732263e-14, 0.83203125, 0.18388527877016259,
  -2.5223102140407338e-14, 0.82421875, 0.1933193110035063, -1.0320443688698849e-14, 0.8203125, 0.19806991376208316,
  1.0634128304268335e-14, 0.8125, 0.20763936477828793, -4.3425422595242564e-14, 0.80859375, 0.21245865121420593,
  -1.2527395755711364e-14, 0.8046875, 0.21730127569003344, -5.204008743405884e-14, 0.80078125, 0.22216746534115828,
  -3.979844515951702e-15, 0.79296875, 0.2319714654378231, -4.7955860343296286e-14, 0.7890625, 0.2369097470783572,
  5.015686013791602e-16, 0.78515625, 0.24187253642048745, -7.252318953240293e-16, 0.78125, 0.2468600779315011,
  2.4688324156011588e-14, 0.7734375, 0.2569104137850218, 5.465121253624792e-15, 0.76953125, 0.26197371574153294,
  4.102651071698446e-14, 0.765625, 0.2670627852490952, -4.996736502345936e-14, 0.76171875, 0.27217788591576664,
  4.903580708156347e-14, 0.7578125, 0.27731928541618345, 5.089628039500759e-14, 0.75390625, 0.28248725557466514,
  1.1782016386565151e-14, 0.74609375, 0.29290401643288533, 4.727452940514406e-14, 0.7421875, 0.29815337231912054,
  -4.4204083338755686e-14, 0.73828125, 0.3034304294199046, 1.548345993498083e-14, 0.734375, 0.30873548164959175,
  2.1522127491642888e-14, 0.73046875, 0.3140688276249648, 1.1054030169005386e-14, 0.7265625, 0.31943077076641657,
  -5.534326352070679e-14, 0.72265625, 0.3248216194012912, -5.351646604259541e-14, 0.71875, 0.33024168687052224,
  5.4612144489920215e-14, 0.71484375, 0.3356912916381134, 2.8136969901227338e-14, 0.7109375, 0.3411707574027787,
  -1.156568624616423e-14,
];

/** log(x) as hi + tail, hi the rounded value (log_inline); hw is x's top
 *  word with a subnormal x normalized, as glibc's ix. */
function log_inline(hw: number, z0: number): [number, number] {
  const tmp = (hw - 0x3fe69555) | 0;
  const i = (tmp >>> 13) & 127;
  const k = tmp >> 20;
  const z = withHighWord(z0, hw - (tmp & 0xfff00000));
  const kd = k;
  const invc = T[3 * i];
  const logc = T[3 * i + 1];
  const logctail = T[3 * i + 2];
  const r = fma(z, invc, -1.0);
  const t1 = fma(kd, LN2HI, logc);
  const t2 = r + t1;
  const lo1 = fma(kd, LN2LO, logctail);
  const lo2 = r + (t1 - t2);
  const ar = r * A[0];
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fma(r, ar, -ar2);
  const lo4 = ar2 + (t2 - hi);
  const t216 = fma(r, A[2], A[1]);
  const t220 = fma(r, A[4], A[3]);
  const t224 = fma(r, A[6], A[5]);
  const t228 = fma(ar2, fma(ar2, t224, t220), t216);
  const lo = fma(ar3, t228, lo4 + (lo3 + (lo1 + lo2)));
  const y = hi + lo;
  return [y, lo + (hi - y)];
}

const INV_LN2_N = 184.6649652337873; // 0x1.71547652b82fep0 * 128
const NEG_LN2_HI_N = -0.005415212348111709; // -0x1.62e42fefa0000p-8
const NEG_LN2_LO_N = -1.2864023111638346e-14; // -0x1.cf79abc9e3b3ap-47
const SHIFT = 6755399441055744; // 0x1.8p52
const C2 = 0.49999999999996786; // 0x1.ffffffffffdbdp-2
const C3 = 0.16666666666665886; // 0x1.555555555543cp-3
const C4 = 0.0416666808410674; // 0x1.55555cf172b91p-5
const C5 = 0.008333335853059549; // 0x1.1111167a4d017p-7

/** sign * exp(x + xtail) (exp_inline), |xtail| < 2**-8/N. */
function exp_inline(x: number, xtail: number, negative: boolean): number {
  let abstop = (highWord(x) >>> 20) & 0x7ff;
  if (abstop < 0x3c9 || abstop >= 0x408) {
    if (abstop < 0x3c9) {
      // |x| < 2**-54
      const one = 1.0 + x;
      return negative ? -one : one;
    }
    if (abstop >= 0x409) {
      // |x| >= 1024: overflow or underflow
      set_errno(ERANGE);
      if (x < 0) return negative ? -0 : 0;
      return negative ? -Infinity : Infinity;
    }
    // 512 <= |x| < 1024: the result may overflow or be subnormal
    abstop = 0;
  }
  const [H, TAIL] = expTable();
  const kd = fma(x, INV_LN2_N, SHIFT) - SHIFT;
  const r = xtail + fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  const i = kd & 127;
  const e = kd >> 7;
  const r2 = r * r;
  const t162 = fma(r2, fma(r, C3, C2), r + TAIL[i]);
  const tmp = fma(r2 * r2, fma(r, C5, C4), t162);
  if (abstop === 0) return specialcase(tmp, H[i], e, kd, negative);
  const scale = ldexp(negative ? -H[i] : H[i], e);
  return fma(tmp, scale, scale);
}

/** scale * (1 + tmp) where it may overflow or be subnormal, rounded once. */
function specialcase(tmp: number, h: number, e: number, kd: number, negative: boolean): number {
  if (negative) h = -h;
  if (kd >= 0) {
    const scale = ldexp(h, e - 1009);
    const y = 2 ** 1009 * fma(tmp, scale, scale);
    if (Math.abs(y) === Infinity) set_errno(ERANGE);
    return y;
  }
  const scale = ldexp(h, e + 1022);
  const st = tmp * scale;
  let y = scale + st;
  if (Math.abs(y) < 1.0) {
    const one = y < 0.0 ? -1.0 : 1.0;
    let lo = st + (scale - y);
    const hi = y + one;
    lo = lo + (y + (one - hi));
    y = hi + lo - one;
    if (y === 0) y = negative ? -0 : 0;
  }
  y = 2.2250738585072014e-308 * y; // 0x1p-1022
  if (y === 0) set_errno(ERANGE);
  return y;
}

/** 0 when y is not an integer, 1 when odd, 2 when even (y finite, not 0). */
function checkint(y: number): number {
  if (!Number.isInteger(y)) return 0;
  return Math.abs(y % 2) === 1 ? 1 : 2;
}

/** pow(x, y) (e_pow.c, FMA build) with C99's special cases and glibc's errno. */
export function pow(x: number, y: number): number {
  let negative = false;
  let hx = highWord(x);
  const topx = (hx >>> 20) & 0xfff;
  const topy = (highWord(y) >>> 20) & 0xfff;
  let z = x;
  if (
    topx - 0x001 >= 0x7ff - 0x001 ||
    topx === 0 ||
    (topy & 0x7ff) - 0x3be >= 0x43e - 0x3be ||
    (topy & 0x7ff) < 0x3be
  ) {
    // x < 0x1p-1022 (or negative), inf or nan; |y| < 0x1p-65, |y| >= 0x1p63 or nan
    if (y === 0 || !Number.isFinite(y)) {
      if (y === 0) return 1.0;
      if (x === 1) return 1.0;
      if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
      if (Math.abs(x) === 1) return 1.0;
      if (Math.abs(x) < 1 === y > 0) return 0.0;
      return y * y;
    }
    if (x === 0 || !Number.isFinite(x)) {
      let x2 = x * x;
      let signed = false;
      if (hx < 0 && checkint(y) === 1) {
        x2 = -x2;
        signed = true;
      }
      if (x === 0 && y < 0) {
        set_errno(ERANGE);
        return signed ? -Infinity : Infinity;
      }
      return y < 0 ? 1 / x2 : x2;
    }
    if (hx < 0) {
      const yint = checkint(y);
      if (yint === 0) {
        set_errno(EDOM);
        return NaN;
      }
      if (yint === 1) negative = true;
      x = -x;
      z = x;
      hx &= 0x7fffffff;
    }
    const ay = topy & 0x7ff;
    if (ay - 0x3be >= 0x43e - 0x3be || ay < 0x3be) {
      if (x === 1) return 1.0;
      if (ay < 0x3be) return x > 1 ? 1.0 + y : 1.0 - y;
      set_errno(ERANGE);
      return x > 1 === topy < 0x800 ? Infinity : 0;
    }
    if (hx >>> 20 === 0) {
      // subnormal x: normalize
      z = x * 4503599627370496; // 0x1p52
      hx = (highWord(z) & 0x7fffffff) - (52 << 20);
    }
  }
  const [hi, lo] = log_inline(hx, z);
  const ehi = y * hi;
  const elo = fma(y, lo, fma(y, hi, -ehi));
  return exp_inline(ehi, elo, negative);
}
