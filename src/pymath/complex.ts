/**
 * Complex arithmetic on pairs of doubles: CPython 3.11's `Py_complex`
 * functions of Objects/complexobject.c (`_Py_c_sum`, `_Py_c_diff`,
 * `_Py_c_neg`, `_Py_c_prod`, `_Py_c_quot`, `_Py_c_pow`, `c_powi`,
 * `_Py_c_abs`), operation for operation, so results are CPython's doubles.
 *
 * Errors are reported as CPython's are, through C's errno (libm.ts):
 * `_Py_c_quot` sets EDOM on a zero divisor, `_Py_c_pow` leaves what its
 * libm calls set, `_Py_c_abs` sets ERANGE on overflow. `complexPow` is
 * complex_pow's arithmetic with its errno adjustment, for the complex type
 * and for the compiler's constant folding, which reads errno the same way
 * (an error means: do not fold).
 */
import * as libm from "./libm.js";
import { EDOM, ERANGE } from "./libm.js";

export interface Py_complex {
  real: number;
  imag: number;
}

const c_1: Py_complex = { real: 1, imag: 0 };

export function _Py_c_sum(a: Py_complex, b: Py_complex): Py_complex {
  return { real: a.real + b.real, imag: a.imag + b.imag };
}

export function _Py_c_diff(a: Py_complex, b: Py_complex): Py_complex {
  return { real: a.real - b.real, imag: a.imag - b.imag };
}

export function _Py_c_neg(a: Py_complex): Py_complex {
  return { real: -a.real, imag: -a.imag };
}

export function _Py_c_prod(a: Py_complex, b: Py_complex): Py_complex {
  return { real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real };
}

/** a / b by Smith's algorithm (CACM 116); EDOM when b is zero. */
export function _Py_c_quot(a: Py_complex, b: Py_complex): Py_complex {
  const abs_breal = b.real < 0 ? -b.real : b.real;
  const abs_bimag = b.imag < 0 ? -b.imag : b.imag;
  if (abs_breal >= abs_bimag) {
    // divide tops and bottom by b.real
    if (abs_breal === 0.0) {
      libm.set_errno(EDOM);
      return { real: 0, imag: 0 };
    }
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return { real: (a.real + a.imag * ratio) / denom, imag: (a.imag - a.real * ratio) / denom };
  }
  if (abs_bimag >= abs_breal) {
    // divide tops and bottom by b.imag
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return { real: (a.real * ratio + a.imag) / denom, imag: (a.imag * ratio - a.real) / denom };
  }
  // At least one of b.real or b.imag is a NaN.
  return { real: NaN, imag: NaN };
}

/** a ** b through polar form; EDOM for 0 to a negative or complex power. */
export function _Py_c_pow(a: Py_complex, b: Py_complex): Py_complex {
  if (b.real === 0 && b.imag === 0) return { real: 1, imag: 0 };
  if (a.real === 0 && a.imag === 0) {
    if (b.imag !== 0 || b.real < 0) libm.set_errno(EDOM);
    return { real: 0, imag: 0 };
  }
  const vabs = libm.hypot(a.real, a.imag);
  let len = libm.pow(vabs, b.real);
  const at = libm.atan2(a.imag, a.real);
  let phase = at * b.real;
  if (b.imag !== 0.0) {
    len /= libm.exp(at * b.imag);
    phase += b.imag * libm.log(vabs);
  }
  return { real: len * libm.cos(phase), imag: len * libm.sin(phase) };
}

/** x ** n for n >= 0 by repeated squaring. */
function c_powu(x: Py_complex, n: number): Py_complex {
  let r = c_1;
  let p = x;
  for (let mask = 1; n >= mask; mask *= 2) {
    if ((n & mask) !== 0) r = _Py_c_prod(r, p);
    p = _Py_c_prod(p, p);
  }
  return r;
}

/** x ** n for an integer |n| <= 100. */
function c_powi(x: Py_complex, n: number): Py_complex {
  if (n > 0) return c_powu(x, n);
  return _Py_c_quot(c_1, c_powu(x, -n));
}

/**
 * complex_pow's arithmetic: a small integral exponent (|n| <= 100) by
 * repeated multiplication, any other by _Py_c_pow; then
 * _Py_ADJUST_ERANGE2. Clears errno first; afterwards errno is EDOM (0 to
 * a negative or complex power), ERANGE (overflow) or 0.
 */
export function complexPow(a: Py_complex, b: Py_complex): Py_complex {
  libm.set_errno(0);
  const p =
    b.imag === 0 && b.real === Math.floor(b.real) && Math.abs(b.real) <= 100 ? c_powi(a, b.real) : _Py_c_pow(a, b);
  // _Py_ADJUST_ERANGE2: an infinite part is an overflow; a finite result
  // clears an ERANGE left by an underflow along the way.
  if (Math.abs(p.real) === Infinity || Math.abs(p.imag) === Infinity) {
    if (libm.errno === 0) libm.set_errno(ERANGE);
  } else if (libm.errno === ERANGE) {
    libm.set_errno(0);
  }
  return p;
}

/** |z| (hypot), by C99's rules for infinities and NaNs; errno is ERANGE
 *  on overflow, 0 otherwise. */
export function _Py_c_abs(z: Py_complex): number {
  if (!Number.isFinite(z.real) || !Number.isFinite(z.imag)) {
    // An infinite part makes the result infinite, even with a NaN.
    if (Math.abs(z.real) === Infinity) {
      libm.set_errno(0);
      return Infinity;
    }
    if (Math.abs(z.imag) === Infinity) {
      libm.set_errno(0);
      return Infinity;
    }
    // Either part is a NaN and neither is infinite. (CPython leaves errno
    // as it was here; it is 0 unless something earlier set it.)
    libm.set_errno(0);
    return NaN;
  }
  const result = libm.hypot(z.real, z.imag);
  libm.set_errno(Number.isFinite(result) ? 0 : ERANGE);
  return result;
}
