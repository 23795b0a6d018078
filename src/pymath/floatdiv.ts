/**
 * Floor division and remainder of doubles, as CPython 3.11's
 * Objects/floatobject.c computes them (float_rem, _float_div_mod): shared
 * by the float type and the compiler's constant folding, which must give
 * the same values (signed zeros, inf and nan included).
 */

/** CPython's float_rem on doubles (y != 0). */
export function floatMod(x: number, y: number): number {
  let mod = x % y;
  // C's `if (mod)`: true for NaN too, which `if (mod)` in JS is not.
  if (mod !== 0) {
    if (y < 0 !== mod < 0) mod += y;
  } else {
    mod = y < 0 || Object.is(y, -0) ? -0 : 0;
  }
  return mod;
}

/** CPython's _float_div_mod: [floordiv, mod] (y != 0). */
export function floatDivmod(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}
