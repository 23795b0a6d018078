/**
 * src/pymath: what the complex and cmath programs (their outputs against
 * CPython 3.11's, and CPython's own cmath_testcases.txt in
 * programs/modules/cmath_testcases.py) cannot show on their own: fma's
 * fast path against the exact computation, C's errno as glibc sets it,
 * the tables computed from their definitions against glibc's entries, and
 * complex_pow's errno rules.
 */
import { describe, expect, test } from "vitest";
import * as libm from "../src/pymath/libm.js";
import { EDOM, ERANGE } from "../src/pymath/libm.js";
import { _Py_c_abs, _Py_c_quot, complexPow } from "../src/pymath/complex.js";

/** A deterministic stream of doubles of varied sizes (xorshift). */
function doubles(seed: number): () => number {
  let s = seed >>> 0;
  const next = (): number => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
  return () => (next() * 2 - 1) * 2 ** Math.floor(next() * 120 - 60);
}

/** errno after calling f, cleared first. */
function errnoOf(f: () => number): number {
  libm.set_errno(0);
  f();
  return libm.errno;
}

describe("fma", () => {
  test("the fast path agrees with the exact integer computation", () => {
    const next = doubles(12345);
    const differ: number[][] = [];
    for (let i = 0; i < 60000; i++) {
      const a = next();
      const b = next();
      // Near-cancelling addends are where the double rounding would show.
      const c = i % 3 === 0 ? -(a * b) * (1 + next() * 2 ** -30) : i % 3 === 1 ? -(a * b) : next();
      if (!Object.is(libm.fma(a, b, c), libm.fmaExact(a, b, c))) differ.push([a, b, c]);
    }
    expect(differ).toEqual([]);
  });

  test("rounds once", () => {
    // (1 + 2**-52)(1 - 2**-52) - 1 is -2**-104; the rounded product less 1 is 0.
    expect(libm.fma(1 + 2 ** -52, 1 - 2 ** -52, -1)).toBe(-(2 ** -104));
    expect(libm.fma(0.1, 10, -1)).toBe(5.551115123125783e-17);
  });
});

describe("errno as glibc sets it", () => {
  test("domain errors are EDOM", () => {
    expect(errnoOf(() => libm.log(-1))).toBe(EDOM);
    expect(errnoOf(() => libm.sin(Infinity))).toBe(EDOM);
    expect(errnoOf(() => libm.cos(-Infinity))).toBe(EDOM);
    expect(errnoOf(() => libm.tan(Infinity))).toBe(EDOM);
    expect(errnoOf(() => libm.pow(-2, 0.5))).toBe(EDOM);
    expect(errnoOf(() => libm.log1p(-2))).toBe(EDOM);
  });

  test("overflow, poles and underflow to zero are ERANGE", () => {
    expect(errnoOf(() => libm.exp(710))).toBe(ERANGE);
    expect(errnoOf(() => libm.exp(-746))).toBe(ERANGE);
    expect(errnoOf(() => libm.log(0))).toBe(ERANGE);
    expect(errnoOf(() => libm.pow(0, -1))).toBe(ERANGE);
    expect(errnoOf(() => libm.pow(10, 400))).toBe(ERANGE);
    expect(errnoOf(() => libm.hypot(1.5e308, 1.5e308))).toBe(ERANGE);
    expect(errnoOf(() => libm.atan2(5e-324, 1e300))).toBe(ERANGE);
    expect(errnoOf(() => libm.cosh(1000))).toBe(ERANGE);
  });

  test("NaNs, infinities given and ordinary results leave errno alone", () => {
    expect(errnoOf(() => libm.sin(NaN))).toBe(0);
    expect(errnoOf(() => libm.exp(Infinity))).toBe(0);
    expect(errnoOf(() => libm.hypot(Infinity, NaN))).toBe(0);
    expect(errnoOf(() => libm.atan2(1, 2))).toBe(0);
    expect(errnoOf(() => libm.exp(-745))).toBe(0);
  });
});

/** Values are what CPython 3.11's math module gives on glibc 2.36. */
describe("glibc's tables, computed from their definitions", () => {
  test("exp's 2**(i/128) entries", () => {
    // exp(ln2/128) is the table's H[1] * (1 + T[1]).
    expect(libm.exp(Math.LN2 / 128)).toBe(1.0054299011128027);
    expect(libm.exp(1)).toBe(Math.E);
    expect(libm.exp(-1)).toBe(0.36787944117144233);
  });

  test("sin and cos through the k/128 table and the reductions", () => {
    expect(libm.sin(0.5)).toBe(0.479425538604203);
    expect(libm.cos(0.5)).toBe(0.8775825618903728);
    expect(libm.sin(Math.PI)).toBe(1.2246467991473532e-16);
    expect(libm.cos(1e22)).toBe(0.523214785395139);
    expect(libm.sin(1e300)).toBe(-0.8178819121159085);
  });
});

describe("complex arithmetic", () => {
  test("division by zero is EDOM", () => {
    libm.set_errno(0);
    _Py_c_quot({ real: 1, imag: 1 }, { real: 0, imag: -0 });
    expect(libm.errno).toBe(EDOM);
  });

  test("complex_pow: EDOM for 0 to a negative or complex power, ERANGE on overflow", () => {
    complexPow({ real: 0, imag: 0 }, { real: -1, imag: 0 });
    expect(libm.errno).toBe(EDOM);
    complexPow({ real: 0, imag: 0 }, { real: 0.5, imag: 1 });
    expect(libm.errno).toBe(EDOM);
    complexPow({ real: 10, imag: 10 }, { real: 1000, imag: 0 });
    expect(libm.errno).toBe(ERANGE);
    // An underflow on the way is no error once the result is finite.
    const p = complexPow({ real: 1e-200, imag: 1e-200 }, { real: 2, imag: 0 });
    expect([p.real, p.imag, libm.errno]).toEqual([0, 0, 0]);
  });

  test("small integral exponents multiply (c_powi), bit for bit", () => {
    const p = complexPow({ real: 1, imag: 2 }, { real: -3, imag: 0 });
    expect([p.real, p.imag]).toEqual([-0.08800000000000001, 0.016]);
  });

  test("abs of an infinity with a NaN is infinite (C99)", () => {
    expect(_Py_c_abs({ real: NaN, imag: -Infinity })).toBe(Infinity);
    expect(libm.errno).toBe(0);
    expect(_Py_c_abs({ real: NaN, imag: 1 })).toBeNaN();
  });
});
