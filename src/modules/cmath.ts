/**
 * The `cmath` module: CPython 3.11's Modules/cmathmodule.c, function for
 * function, over the doubles of src/pymath/libm.ts (glibc's results), so
 * values are CPython's bit for bit.
 *
 * Each function computes C99 Annex G's recommended value and reports
 * through C's errno as CPython's do: EDOM (a domain error: log(0),
 * exp(1+infj)) is `ValueError: math domain error`, ERANGE (overflow)
 * `OverflowError: math range error`. Arguments
 * with an infinite or NaN part take their result from a 7x7 table indexed
 * by the kinds of the real and imaginary parts (special_type), the tables
 * of cmathmodule.c; U marks entries never used (finite inputs).
 *
 * Arguments convert as CPython's `D` format: a complex, anything with
 * __complex__, or a real number (its __float__ / __index__).
 */
import type { PyObject } from "../heap/object.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/moduleobject.js";
import { PyFloat_AsDouble, PyFloat_FromDouble } from "../objects/floatobject.js";
import { PyComplex_AsCComplex, PyComplex_FromCComplex, PyComplex_FromDoubles } from "../objects/complexobject.js";
import { PyBool_FromBool } from "../objects/longobject.js";
import { _PyTuple_FromArraySteal } from "../objects/tupleobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_OverflowError, PyExc_ValueError } from "../objects/exceptions.js";
import { newArgParser, _PyArg_CheckPositional, _PyArg_UnpackKeywords } from "../objects/getargs.js";
import { type Py_complex, _Py_c_abs, _Py_c_diff, _Py_c_neg, _Py_c_quot } from "../pymath/complex.js";
import * as libm from "../pymath/libm.js";
import { EDOM, ERANGE, copysign } from "../pymath/libm.js";

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2 ** -1022;
const DBL_MANT_DIG = 53;
const M_LN2 = Math.LN2;
const M_LN10 = Math.LN10;

/** Bounds past which the formulas would overflow for no reason (sqrt, log,
 *  inverse functions), and whose log bounds exp, cosh, sinh, tanh. */
const CM_LARGE_DOUBLE = DBL_MAX / 4;
const CM_SQRT_LARGE_DOUBLE = Math.sqrt(CM_LARGE_DOUBLE);
const CM_LOG_LARGE_DOUBLE = libm.log(CM_LARGE_DOUBLE);
const CM_SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
/** Powers of two that make subnormal parts normal in sqrt. */
const CM_SCALE_UP = 2 * Math.floor(DBL_MANT_DIG / 2) + 1;
const CM_SCALE_DOWN = -Math.floor((CM_SCALE_UP + 1) / 2);

// ---------------------------------------------------------------- special values

/** special_type's kinds of double. */
const ST_NINF = 0; // negative infinity
const ST_NEG = 1; // negative finite number (nonzero)
const ST_NZERO = 2; // -0.
const ST_PZERO = 3; // +0.
const ST_POS = 4; // positive finite number (nonzero)
const ST_PINF = 5; // positive infinity
const ST_NAN = 6; // Not a Number

function special_type(d: number): number {
  if (Number.isFinite(d)) {
    if (d !== 0) return d > 0 ? ST_POS : ST_NEG;
    return Object.is(d, -0) ? ST_NZERO : ST_PZERO;
  }
  if (Number.isNaN(d)) return ST_NAN;
  return d > 0 ? ST_PINF : ST_NINF;
}

const P = Math.PI;
const P14 = 0.25 * Math.PI;
const P12 = 0.5 * Math.PI;
const P34 = 0.75 * Math.PI;
const INF = Infinity;
const N = NaN;
/** An unlikely value, marking table entries no input reaches. */
const U = -9.5426319407711027e33;

type Table = readonly (readonly (readonly [number, number])[])[];

/** The special-value tables, [real kind][imaginary kind] -> [real, imag]. */
const SPECIAL: Record<string, Table> = {
  acos: [
    [
      [P34, INF],
      [P, INF],
      [P, INF],
      [P, -INF],
      [P, -INF],
      [P34, -INF],
      [N, INF],
    ],
    [
      [P12, INF],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [P12, -INF],
      [N, N],
    ],
    [
      [P12, INF],
      [U, U],
      [P12, 0],
      [P12, -0],
      [U, U],
      [P12, -INF],
      [P12, N],
    ],
    [
      [P12, INF],
      [U, U],
      [P12, 0],
      [P12, -0],
      [U, U],
      [P12, -INF],
      [P12, N],
    ],
    [
      [P12, INF],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [P12, -INF],
      [N, N],
    ],
    [
      [P14, INF],
      [0, INF],
      [0, INF],
      [0, -INF],
      [0, -INF],
      [P14, -INF],
      [N, INF],
    ],
    [
      [N, INF],
      [N, N],
      [N, N],
      [N, N],
      [N, N],
      [N, -INF],
      [N, N],
    ],
  ],
  acosh: [
    [
      [INF, -P34],
      [INF, -P],
      [INF, -P],
      [INF, P],
      [INF, P],
      [INF, P34],
      [INF, N],
    ],
    [
      [INF, -P12],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [INF, P12],
      [N, N],
    ],
    [
      [INF, -P12],
      [U, U],
      [0, -P12],
      [0, P12],
      [U, U],
      [INF, P12],
      [N, N],
    ],
    [
      [INF, -P12],
      [U, U],
      [0, -P12],
      [0, P12],
      [U, U],
      [INF, P12],
      [N, N],
    ],
    [
      [INF, -P12],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [INF, P12],
      [N, N],
    ],
    [
      [INF, -P14],
      [INF, -0],
      [INF, -0],
      [INF, 0],
      [INF, 0],
      [INF, P14],
      [INF, N],
    ],
    [
      [INF, N],
      [N, N],
      [N, N],
      [N, N],
      [N, N],
      [INF, N],
      [N, N],
    ],
  ],
  asinh: [
    [
      [-INF, -P14],
      [-INF, -0],
      [-INF, -0],
      [-INF, 0],
      [-INF, 0],
      [-INF, P14],
      [-INF, N],
    ],
    [
      [-INF, -P12],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [-INF, P12],
      [N, N],
    ],
    [
      [-INF, -P12],
      [U, U],
      [-0, -0],
      [-0, 0],
      [U, U],
      [-INF, P12],
      [N, N],
    ],
    [
      [INF, -P12],
      [U, U],
      [0, -0],
      [0, 0],
      [U, U],
      [INF, P12],
      [N, N],
    ],
    [
      [INF, -P12],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [INF, P12],
      [N, N],
    ],
    [
      [INF, -P14],
      [INF, -0],
      [INF, -0],
      [INF, 0],
      [INF, 0],
      [INF, P14],
      [INF, N],
    ],
    [
      [INF, N],
      [N, N],
      [N, -0],
      [N, 0],
      [N, N],
      [INF, N],
      [N, N],
    ],
  ],
  atanh: [
    [
      [-0, -P12],
      [-0, -P12],
      [-0, -P12],
      [-0, P12],
      [-0, P12],
      [-0, P12],
      [-0, N],
    ],
    [
      [-0, -P12],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [-0, P12],
      [N, N],
    ],
    [
      [-0, -P12],
      [U, U],
      [-0, -0],
      [-0, 0],
      [U, U],
      [-0, P12],
      [-0, N],
    ],
    [
      [0, -P12],
      [U, U],
      [0, -0],
      [0, 0],
      [U, U],
      [0, P12],
      [0, N],
    ],
    [
      [0, -P12],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [0, P12],
      [N, N],
    ],
    [
      [0, -P12],
      [0, -P12],
      [0, -P12],
      [0, P12],
      [0, P12],
      [0, P12],
      [0, N],
    ],
    [
      [0, -P12],
      [N, N],
      [N, N],
      [N, N],
      [N, N],
      [0, P12],
      [N, N],
    ],
  ],
  cosh: [
    [
      [INF, N],
      [U, U],
      [INF, 0],
      [INF, -0],
      [U, U],
      [INF, N],
      [INF, N],
    ],
    [
      [N, N],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [N, N],
      [N, N],
    ],
    [
      [N, 0],
      [U, U],
      [1, 0],
      [1, -0],
      [U, U],
      [N, 0],
      [N, 0],
    ],
    [
      [N, 0],
      [U, U],
      [1, -0],
      [1, 0],
      [U, U],
      [N, 0],
      [N, 0],
    ],
    [
      [N, N],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [N, N],
      [N, N],
    ],
    [
      [INF, N],
      [U, U],
      [INF, -0],
      [INF, 0],
      [U, U],
      [INF, N],
      [INF, N],
    ],
    [
      [N, N],
      [N, N],
      [N, 0],
      [N, 0],
      [N, N],
      [N, N],
      [N, N],
    ],
  ],
  exp: [
    [
      [0, 0],
      [U, U],
      [0, -0],
      [0, 0],
      [U, U],
      [0, 0],
      [0, 0],
    ],
    [
      [N, N],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [N, N],
      [N, N],
    ],
    [
      [N, N],
      [U, U],
      [1, -0],
      [1, 0],
      [U, U],
      [N, N],
      [N, N],
    ],
    [
      [N, N],
      [U, U],
      [1, -0],
      [1, 0],
      [U, U],
      [N, N],
      [N, N],
    ],
    [
      [N, N],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [N, N],
      [N, N],
    ],
    [
      [INF, N],
      [U, U],
      [INF, -0],
      [INF, 0],
      [U, U],
      [INF, N],
      [INF, N],
    ],
    [
      [N, N],
      [N, N],
      [N, -0],
      [N, 0],
      [N, N],
      [N, N],
      [N, N],
    ],
  ],
  log: [
    [
      [INF, -P34],
      [INF, -P],
      [INF, -P],
      [INF, P],
      [INF, P],
      [INF, P34],
      [INF, N],
    ],
    [
      [INF, -P12],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [INF, P12],
      [N, N],
    ],
    [
      [INF, -P12],
      [U, U],
      [-INF, -P],
      [-INF, P],
      [U, U],
      [INF, P12],
      [N, N],
    ],
    [
      [INF, -P12],
      [U, U],
      [-INF, -0],
      [-INF, 0],
      [U, U],
      [INF, P12],
      [N, N],
    ],
    [
      [INF, -P12],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [INF, P12],
      [N, N],
    ],
    [
      [INF, -P14],
      [INF, -0],
      [INF, -0],
      [INF, 0],
      [INF, 0],
      [INF, P14],
      [INF, N],
    ],
    [
      [INF, N],
      [N, N],
      [N, N],
      [N, N],
      [N, N],
      [INF, N],
      [N, N],
    ],
  ],
  sinh: [
    [
      [INF, N],
      [U, U],
      [-INF, -0],
      [-INF, 0],
      [U, U],
      [INF, N],
      [INF, N],
    ],
    [
      [N, N],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [N, N],
      [N, N],
    ],
    [
      [0, N],
      [U, U],
      [-0, -0],
      [-0, 0],
      [U, U],
      [0, N],
      [0, N],
    ],
    [
      [0, N],
      [U, U],
      [0, -0],
      [0, 0],
      [U, U],
      [0, N],
      [0, N],
    ],
    [
      [N, N],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [N, N],
      [N, N],
    ],
    [
      [INF, N],
      [U, U],
      [INF, -0],
      [INF, 0],
      [U, U],
      [INF, N],
      [INF, N],
    ],
    [
      [N, N],
      [N, N],
      [N, -0],
      [N, 0],
      [N, N],
      [N, N],
      [N, N],
    ],
  ],
  sqrt: [
    [
      [INF, -INF],
      [0, -INF],
      [0, -INF],
      [0, INF],
      [0, INF],
      [INF, INF],
      [N, INF],
    ],
    [
      [INF, -INF],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [INF, INF],
      [N, N],
    ],
    [
      [INF, -INF],
      [U, U],
      [0, -0],
      [0, 0],
      [U, U],
      [INF, INF],
      [N, N],
    ],
    [
      [INF, -INF],
      [U, U],
      [0, -0],
      [0, 0],
      [U, U],
      [INF, INF],
      [N, N],
    ],
    [
      [INF, -INF],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [INF, INF],
      [N, N],
    ],
    [
      [INF, -INF],
      [INF, -0],
      [INF, -0],
      [INF, 0],
      [INF, 0],
      [INF, INF],
      [INF, N],
    ],
    [
      [INF, -INF],
      [N, N],
      [N, N],
      [N, N],
      [N, N],
      [INF, INF],
      [N, N],
    ],
  ],
  tanh: [
    [
      [-1, 0],
      [U, U],
      [-1, -0],
      [-1, 0],
      [U, U],
      [-1, 0],
      [-1, 0],
    ],
    [
      [N, N],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [N, N],
      [N, N],
    ],
    [
      [-0, N],
      [U, U],
      [-0, -0],
      [-0, 0],
      [U, U],
      [-0, N],
      [N, N],
    ],
    [
      [0, N],
      [U, U],
      [0, -0],
      [0, 0],
      [U, U],
      [0, N],
      [N, N],
    ],
    [
      [N, N],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [N, N],
      [N, N],
    ],
    [
      [1, 0],
      [U, U],
      [1, -0],
      [1, 0],
      [U, U],
      [1, 0],
      [1, 0],
    ],
    [
      [N, N],
      [N, N],
      [N, -0],
      [N, 0],
      [N, N],
      [N, N],
      [N, N],
    ],
  ],
  rect: [
    [
      [INF, N],
      [U, U],
      [-INF, 0],
      [-INF, -0],
      [U, U],
      [INF, N],
      [INF, N],
    ],
    [
      [N, N],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [N, N],
      [N, N],
    ],
    [
      [0, 0],
      [U, U],
      [-0, 0],
      [-0, -0],
      [U, U],
      [0, 0],
      [0, 0],
    ],
    [
      [0, 0],
      [U, U],
      [0, -0],
      [0, 0],
      [U, U],
      [0, 0],
      [0, 0],
    ],
    [
      [N, N],
      [U, U],
      [U, U],
      [U, U],
      [U, U],
      [N, N],
      [N, N],
    ],
    [
      [INF, N],
      [U, U],
      [INF, -0],
      [INF, 0],
      [U, U],
      [INF, N],
      [INF, N],
    ],
    [
      [N, N],
      [N, N],
      [N, 0],
      [N, 0],
      [N, N],
      [N, N],
      [N, N],
    ],
  ],
};

/** SPECIAL_VALUE: the table's entry (errno 0) when a part is not finite. */
function specialValue(z: Py_complex, table: Table): Py_complex | null {
  if (Number.isFinite(z.real) && Number.isFinite(z.imag)) return null;
  libm.set_errno(0);
  const [real, imag] = table[special_type(z.real)][special_type(z.imag)];
  return { real, imag };
}

// ---------------------------------------------------------------- the functions

function c_acos(z: Py_complex): Py_complex {
  const sv = specialValue(z, SPECIAL.acos);
  if (sv !== null) return sv;
  let real: number;
  let imag: number;
  if (Math.abs(z.real) > CM_LARGE_DOUBLE || Math.abs(z.imag) > CM_LARGE_DOUBLE) {
    // avoid unnecessary overflow for large arguments
    real = libm.atan2(Math.abs(z.imag), z.real);
    imag = -copysign(libm.log(libm.hypot(z.real / 2, z.imag / 2)) + M_LN2 * 2, z.imag);
  } else {
    const s1 = c_sqrt({ real: 1 - z.real, imag: -z.imag });
    const s2 = c_sqrt({ real: 1 + z.real, imag: z.imag });
    real = 2 * libm.atan2(s1.real, s2.real);
    imag = libm.asinh(s2.real * s1.imag - s2.imag * s1.real);
  }
  libm.set_errno(0);
  return { real, imag };
}

function c_acosh(z: Py_complex): Py_complex {
  const sv = specialValue(z, SPECIAL.acosh);
  if (sv !== null) return sv;
  let real: number;
  let imag: number;
  if (Math.abs(z.real) > CM_LARGE_DOUBLE || Math.abs(z.imag) > CM_LARGE_DOUBLE) {
    // avoid unnecessary overflow for large arguments
    real = libm.log(libm.hypot(z.real / 2, z.imag / 2)) + M_LN2 * 2;
    imag = libm.atan2(z.imag, z.real);
  } else {
    const s1 = c_sqrt({ real: z.real - 1, imag: z.imag });
    const s2 = c_sqrt({ real: z.real + 1, imag: z.imag });
    real = libm.asinh(s1.real * s2.real + s1.imag * s2.imag);
    imag = 2 * libm.atan2(s1.imag, s2.real);
  }
  libm.set_errno(0);
  return { real, imag };
}

/** asin(z) = -i asinh(iz) */
function c_asin(z: Py_complex): Py_complex {
  const s = c_asinh({ real: -z.imag, imag: z.real });
  return { real: s.imag, imag: -s.real };
}

function c_asinh(z: Py_complex): Py_complex {
  const sv = specialValue(z, SPECIAL.asinh);
  if (sv !== null) return sv;
  let real: number;
  let imag: number;
  if (Math.abs(z.real) > CM_LARGE_DOUBLE || Math.abs(z.imag) > CM_LARGE_DOUBLE) {
    real = copysign(libm.log(libm.hypot(z.real / 2, z.imag / 2)) + M_LN2 * 2, z.real);
    imag = libm.atan2(z.imag, Math.abs(z.real));
  } else {
    const s1 = c_sqrt({ real: 1 + z.imag, imag: -z.real });
    const s2 = c_sqrt({ real: 1 - z.imag, imag: z.real });
    real = libm.asinh(s1.real * s2.imag - s2.real * s1.imag);
    imag = libm.atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag);
  }
  libm.set_errno(0);
  return { real, imag };
}

/** atan(z) = -i atanh(iz) */
function c_atan(z: Py_complex): Py_complex {
  const s = c_atanh({ real: -z.imag, imag: z.real });
  return { real: s.imag, imag: -s.real };
}

function c_atanh(z: Py_complex): Py_complex {
  const sv = specialValue(z, SPECIAL.atanh);
  if (sv !== null) return sv;
  // Reduce to the case z.real >= 0, using atanh(z) = -atanh(-z).
  if (z.real < 0) return _Py_c_neg(c_atanh(_Py_c_neg(z)));
  const ay = Math.abs(z.imag);
  let real: number;
  let imag: number;
  if (z.real > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
    // For large abs(z), atanh(z) ~ 1/z +/- i pi/2.
    const h = libm.hypot(z.real / 2, z.imag / 2); // safe from overflow
    real = z.real / 4 / h / h;
    imag = copysign(Math.PI / 2, z.imag);
    libm.set_errno(0);
  } else if (z.real === 1 && ay < CM_SQRT_DBL_MIN) {
    // C99: atanh(1 +/- 0i) is inf +/- 0i
    if (ay === 0) {
      real = INF;
      imag = z.imag;
      libm.set_errno(EDOM);
    } else {
      real = -libm.log(Math.sqrt(ay) / Math.sqrt(libm.hypot(ay, 2)));
      imag = copysign(libm.atan2(2, -ay) / 2, z.imag);
      libm.set_errno(0);
    }
  } else {
    real = m_log1p((4 * z.real) / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4;
    imag = -libm.atan2(-2 * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2;
    libm.set_errno(0);
  }
  return { real, imag };
}

/** _Py_log1p: log1p with the sign of a zero argument kept. */
function m_log1p(x: number): number {
  return x === 0 ? x : libm.log1p(x);
}

/** cos(z) = cosh(iz) */
function c_cos(z: Py_complex): Py_complex {
  return c_cosh({ real: -z.imag, imag: z.real });
}

/** The results of cosh, sinh and exp at (+-inf + iy), y finite and not 0:
 *  infinities (or zeros) signed as cos(y) and sin(y). */
function infiniteWithSigns(magnitude: number, y: number, realSign: number, imagSign: number): Py_complex {
  return {
    real: realSign * copysign(magnitude, libm.cos(y)),
    imag: imagSign * copysign(magnitude, libm.sin(y)),
  };
}

function c_cosh(z: Py_complex): Py_complex {
  if (!Number.isFinite(z.real) || !Number.isFinite(z.imag)) {
    let r: Py_complex;
    if (Math.abs(z.real) === INF && Number.isFinite(z.imag) && z.imag !== 0) {
      r = infiniteWithSigns(INF, z.imag, 1, z.real > 0 ? 1 : -1);
    } else {
      const [real, imag] = SPECIAL.cosh[special_type(z.real)][special_type(z.imag)];
      r = { real, imag };
    }
    // EDOM when y is +/-inf and x is not a NaN
    libm.set_errno(Math.abs(z.imag) === INF && !Number.isNaN(z.real) ? EDOM : 0);
    return r;
  }
  let real: number;
  let imag: number;
  if (Math.abs(z.real) > CM_LOG_LARGE_DOUBLE) {
    // where cosh(z.real) overflows but cosh(z) need not
    const x_minus_one = z.real - copysign(1, z.real);
    real = libm.cos(z.imag) * libm.cosh(x_minus_one) * Math.E;
    imag = libm.sin(z.imag) * libm.sinh(x_minus_one) * Math.E;
  } else {
    real = libm.cos(z.imag) * libm.cosh(z.real);
    imag = libm.sin(z.imag) * libm.sinh(z.real);
  }
  libm.set_errno(Math.abs(real) === INF || Math.abs(imag) === INF ? ERANGE : 0);
  return { real, imag };
}

function c_exp(z: Py_complex): Py_complex {
  if (!Number.isFinite(z.real) || !Number.isFinite(z.imag)) {
    let r: Py_complex;
    if (Math.abs(z.real) === INF && Number.isFinite(z.imag) && z.imag !== 0) {
      r = infiniteWithSigns(z.real > 0 ? INF : 0, z.imag, 1, 1);
    } else {
      const [real, imag] = SPECIAL.exp[special_type(z.real)][special_type(z.imag)];
      r = { real, imag };
    }
    // EDOM when y is +/-inf and x is not a NaN and not -inf
    const edom = Math.abs(z.imag) === INF && (Number.isFinite(z.real) || (Math.abs(z.real) === INF && z.real > 0));
    libm.set_errno(edom ? EDOM : 0);
    return r;
  }
  let real: number;
  let imag: number;
  if (z.real > CM_LOG_LARGE_DOUBLE) {
    const l = libm.exp(z.real - 1);
    real = l * libm.cos(z.imag) * Math.E;
    imag = l * libm.sin(z.imag) * Math.E;
  } else {
    const l = libm.exp(z.real);
    real = l * libm.cos(z.imag);
    imag = l * libm.sin(z.imag);
  }
  libm.set_errno(Math.abs(real) === INF || Math.abs(imag) === INF ? ERANGE : 0);
  return { real, imag };
}

/**
 * log(z). The usual real part log(hypot(x, y)) is rescaled where hypot
 * would be subnormal or overflow, and taken through log1p where |z| is
 * near 1; log(0) is -inf with EDOM.
 */
function c_log(z: Py_complex): Py_complex {
  const sv = specialValue(z, SPECIAL.log);
  if (sv !== null) return sv;
  const ax = Math.abs(z.real);
  const ay = Math.abs(z.imag);
  let real: number;
  if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) {
    real = libm.log(libm.hypot(ax / 2, ay / 2)) + M_LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      // catch cases where hypot(ax, ay) is subnormal
      real = libm.log(libm.hypot(libm.ldexp(ax, DBL_MANT_DIG), libm.ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
    } else {
      // log(+/-0. +/- 0i)
      const imag = libm.atan2(z.imag, z.real);
      libm.set_errno(EDOM);
      return { real: -INF, imag };
    }
  } else {
    const h = libm.hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      real = m_log1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      real = libm.log(h);
    }
  }
  const imag = libm.atan2(z.imag, z.real);
  libm.set_errno(0);
  return { real, imag };
}

function c_log10(z: Py_complex): Py_complex {
  const r = c_log(z);
  return { real: r.real / M_LN10, imag: r.imag / M_LN10 };
}

/** sin(z) = -i sinh(iz) */
function c_sin(z: Py_complex): Py_complex {
  const s = c_sinh({ real: -z.imag, imag: z.real });
  return { real: s.imag, imag: -s.real };
}

function c_sinh(z: Py_complex): Py_complex {
  if (!Number.isFinite(z.real) || !Number.isFinite(z.imag)) {
    let r: Py_complex;
    if (Math.abs(z.real) === INF && Number.isFinite(z.imag) && z.imag !== 0) {
      r = infiniteWithSigns(INF, z.imag, z.real > 0 ? 1 : -1, 1);
    } else {
      const [real, imag] = SPECIAL.sinh[special_type(z.real)][special_type(z.imag)];
      r = { real, imag };
    }
    // EDOM when y is +/-inf and x is not a NaN
    libm.set_errno(Math.abs(z.imag) === INF && !Number.isNaN(z.real) ? EDOM : 0);
    return r;
  }
  let real: number;
  let imag: number;
  if (Math.abs(z.real) > CM_LOG_LARGE_DOUBLE) {
    const x_minus_one = z.real - copysign(1, z.real);
    real = libm.cos(z.imag) * libm.sinh(x_minus_one) * Math.E;
    imag = libm.sin(z.imag) * libm.cosh(x_minus_one) * Math.E;
  } else {
    real = libm.cos(z.imag) * libm.sinh(z.real);
    imag = libm.sin(z.imag) * libm.cosh(z.real);
  }
  libm.set_errno(Math.abs(real) === INF || Math.abs(imag) === INF ? ERANGE : 0);
  return { real, imag };
}

/**
 * sqrt(z), for x = |z.real|, y = |z.imag|: s = sqrt((x + hypot(x, y))/2)
 * written as 2*sqrt(x/8 + hypot(x/8, y/8)) against overflow, and
 * d = (y/2)/s; subnormal parts are scaled up first.
 */
function c_sqrt(z: Py_complex): Py_complex {
  const sv = specialValue(z, SPECIAL.sqrt);
  if (sv !== null) return sv;
  if (z.real === 0 && z.imag === 0) return { real: 0, imag: z.imag };
  let ax = Math.abs(z.real);
  const ay = Math.abs(z.imag);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // catch cases where hypot(ax, ay) is subnormal
    ax = libm.ldexp(ax, CM_SCALE_UP);
    s = libm.ldexp(Math.sqrt(ax + libm.hypot(ax, libm.ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + libm.hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  libm.set_errno(0);
  if (z.real >= 0) return { real: s, imag: copysign(d, z.imag) };
  return { real: d, imag: copysign(s, z.imag) };
}

/** tan(z) = -i tanh(iz) */
function c_tan(z: Py_complex): Py_complex {
  const s = c_tanh({ real: -z.imag, imag: z.real });
  return { real: s.imag, imag: -s.real };
}

/**
 * tanh(x+iy) = (tanh(x)(1+tan(y)^2) + i tan(y)(1-tanh(x)^2)) /
 * (1+tan(y)^2 tanh(x)^2), with 1-tanh(x)^2 as 1/cosh(x)^2, or
 * 4 exp(-2x) for large x (where cosh(x) would overflow).
 */
function c_tanh(z: Py_complex): Py_complex {
  if (!Number.isFinite(z.real) || !Number.isFinite(z.imag)) {
    let r: Py_complex;
    if (Math.abs(z.real) === INF && Number.isFinite(z.imag) && z.imag !== 0) {
      const sign = copysign(0, 2 * libm.sin(z.imag) * libm.cos(z.imag));
      r = { real: z.real > 0 ? 1 : -1, imag: sign };
    } else {
      const [real, imag] = SPECIAL.tanh[special_type(z.real)][special_type(z.imag)];
      r = { real, imag };
    }
    // EDOM when z.imag is +/-inf and z.real is finite
    libm.set_errno(Math.abs(z.imag) === INF && Number.isFinite(z.real) ? EDOM : 0);
    return r;
  }
  let real: number;
  let imag: number;
  // danger of overflow in 2.*z.imag!
  if (Math.abs(z.real) > CM_LOG_LARGE_DOUBLE) {
    real = copysign(1, z.real);
    imag = 4 * libm.sin(z.imag) * libm.cos(z.imag) * libm.exp(-2 * Math.abs(z.real));
  } else {
    const tx = libm.tanh(z.real);
    const ty = libm.tan(z.imag);
    const cx = 1 / libm.cosh(z.real);
    const txty = tx * ty;
    const denom = 1 + txty * txty;
    real = (tx * (1 + ty * ty)) / denom;
    imag = (ty / denom) * cx * cx;
  }
  libm.set_errno(0);
  return { real, imag };
}

// ---------------------------------------------------------------- glue

/** math_error: EDOM and ERANGE as Python exceptions. */
function math_error(): PyObject {
  if (libm.errno === EDOM) return PyErr_Format(PyExc_ValueError, "math domain error");
  return PyErr_Format(PyExc_OverflowError, "math range error");
}

/** A function of one complex argument (the Py_complex_protected
 *  converters): errno cleared before, checked after. */
function protectedFunction(func: (z: Py_complex) => Py_complex) {
  return (_m: PyObject, arg: PyObject): PyObject => {
    const z = PyComplex_AsCComplex(arg);
    libm.set_errno(0);
    const r = func(z);
    if (libm.errno === EDOM || libm.errno === ERANGE) throw math_error();
    return PyComplex_FromCComplex(r);
  };
}

/** log(z[, base]): the logarithm of z to the given base (e by default). */
function cmath_log(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("log", args.length, 1, 2);
  let x = PyComplex_AsCComplex(args[0]);
  libm.set_errno(0);
  x = c_log(x);
  if (args.length === 2) {
    const y = c_log(PyComplex_AsCComplex(args[1]));
    x = _Py_c_quot(x, y);
  }
  if (libm.errno !== 0) throw math_error();
  return PyComplex_FromCComplex(x);
}

/** phase(z): the argument of z, atan2(z.imag, z.real). */
function cmath_phase(_m: PyObject, arg: PyObject): PyObject {
  const z = PyComplex_AsCComplex(arg);
  libm.set_errno(0);
  const phi = libm.atan2(z.imag, z.real);
  if (libm.errno !== 0) throw math_error();
  return PyFloat_FromDouble(phi);
}

/** polar(z): (abs(z), phase(z)). */
function cmath_polar(_m: PyObject, arg: PyObject): PyObject {
  const z = PyComplex_AsCComplex(arg);
  libm.set_errno(0);
  const phi = libm.atan2(z.imag, z.real);
  // _Py_c_abs sets errno (ERANGE on overflow), over what atan2 set.
  const r = _Py_c_abs(z);
  if (libm.errno !== 0) throw math_error();
  return _PyTuple_FromArraySteal([PyFloat_FromDouble(r), PyFloat_FromDouble(phi)]);
}

/**
 * rect(r, phi): r * (cos(phi) + i sin(phi)). Not in C99; its special
 * values follow C99's spirit: like exp(log(r) + i phi) for positive r,
 * -exp(log(-r) + i phi) for negative r.
 */
function cmath_rect(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("rect", args.length, 2, 2);
  const r = PyFloat_AsDouble(args[0]);
  const phi = PyFloat_AsDouble(args[1]);
  libm.set_errno(0);
  let z: Py_complex;
  if (!Number.isFinite(r) || !Number.isFinite(phi)) {
    if (Math.abs(r) === INF && Number.isFinite(phi) && phi !== 0) {
      // +-inf in the directions of cos(phi) and sin(phi)
      const sign = r > 0 ? 1 : -1;
      z = infiniteWithSigns(INF, phi, sign, sign);
    } else {
      const [real, imag] = SPECIAL.rect[special_type(r)][special_type(phi)];
      z = { real, imag };
    }
    // EDOM when r is a nonzero number and phi is infinite
    libm.set_errno(r !== 0 && !Number.isNaN(r) && Math.abs(phi) === INF ? EDOM : 0);
  } else if (phi === 0) {
    // (OS X 10.8's sin(-0.0), bpo-18513)
    z = { real: r, imag: r * phi };
  } else {
    z = { real: r * libm.cos(phi), imag: r * libm.sin(phi) };
  }
  if (libm.errno !== 0) throw math_error();
  return PyComplex_FromCComplex(z);
}

function cmath_isfinite(_m: PyObject, arg: PyObject): PyObject {
  const z = PyComplex_AsCComplex(arg);
  return PyBool_FromBool(Number.isFinite(z.real) && Number.isFinite(z.imag));
}

function cmath_isnan(_m: PyObject, arg: PyObject): PyObject {
  const z = PyComplex_AsCComplex(arg);
  return PyBool_FromBool(Number.isNaN(z.real) || Number.isNaN(z.imag));
}

function cmath_isinf(_m: PyObject, arg: PyObject): PyObject {
  const z = PyComplex_AsCComplex(arg);
  return PyBool_FromBool(Math.abs(z.real) === INF || Math.abs(z.imag) === INF);
}

const iscloseParser = newArgParser("isclose", ["a", "b", "rel_tol", "abs_tol"], 2, 0, 2);

/** isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), Boost's "weak" test. */
function cmath_isclose(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const out: (PyObject | null)[] = [null, null, null, null];
  _PyArg_UnpackKeywords(args, kwnames, iscloseParser, out);
  const a = PyComplex_AsCComplex(out[0]!);
  const b = PyComplex_AsCComplex(out[1]!);
  const rel_tol = out[2] === null ? 1e-9 : PyFloat_AsDouble(out[2]);
  const abs_tol = out[3] === null ? 0.0 : PyFloat_AsDouble(out[3]);
  if (rel_tol < 0 || abs_tol < 0) throw PyErr_Format(PyExc_ValueError, "tolerances must be non-negative");
  // Exact equality catches two infinities of the same sign.
  if (a.real === b.real && a.imag === b.imag) return PyBool_FromBool(true);
  // Any other infinity is close to nothing.
  if (Math.abs(a.real) === INF || Math.abs(a.imag) === INF || Math.abs(b.real) === INF || Math.abs(b.imag) === INF) {
    return PyBool_FromBool(false);
  }
  const diff = _Py_c_abs(_Py_c_diff(a, b));
  return PyBool_FromBool(diff <= rel_tol * _Py_c_abs(b) || diff <= rel_tol * _Py_c_abs(a) || diff <= abs_tol);
}

const functions: PyMethodDef[] = [
  { name: "acos", meth: protectedFunction(c_acos), flags: METH_O },
  { name: "acosh", meth: protectedFunction(c_acosh), flags: METH_O },
  { name: "asin", meth: protectedFunction(c_asin), flags: METH_O },
  { name: "asinh", meth: protectedFunction(c_asinh), flags: METH_O },
  { name: "atan", meth: protectedFunction(c_atan), flags: METH_O },
  { name: "atanh", meth: protectedFunction(c_atanh), flags: METH_O },
  { name: "cos", meth: protectedFunction(c_cos), flags: METH_O },
  { name: "cosh", meth: protectedFunction(c_cosh), flags: METH_O },
  { name: "exp", meth: protectedFunction(c_exp), flags: METH_O },
  { name: "isclose", meth: cmath_isclose, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "isfinite", meth: cmath_isfinite, flags: METH_O },
  { name: "isinf", meth: cmath_isinf, flags: METH_O },
  { name: "isnan", meth: cmath_isnan, flags: METH_O },
  { name: "log", meth: cmath_log, flags: METH_FASTCALL },
  { name: "log10", meth: protectedFunction(c_log10), flags: METH_O },
  { name: "phase", meth: cmath_phase, flags: METH_O },
  { name: "polar", meth: cmath_polar, flags: METH_O },
  { name: "rect", meth: cmath_rect, flags: METH_FASTCALL },
  { name: "sin", meth: protectedFunction(c_sin), flags: METH_O },
  { name: "sinh", meth: protectedFunction(c_sinh), flags: METH_O },
  { name: "sqrt", meth: protectedFunction(c_sqrt), flags: METH_O },
  { name: "tan", meth: protectedFunction(c_tan), flags: METH_O },
  { name: "tanh", meth: protectedFunction(c_tanh), flags: METH_O },
];

export function PyInit_cmath(): PyObject {
  const m = PyModule_New("cmath");
  PyModule_AddFunctions(m, functions);
  PyModule_Add(m, "pi", PyFloat_FromDouble(Math.PI));
  PyModule_Add(m, "e", PyFloat_FromDouble(Math.E));
  PyModule_Add(m, "tau", PyFloat_FromDouble(2 * Math.PI));
  PyModule_Add(m, "inf", PyFloat_FromDouble(INF));
  PyModule_Add(m, "infj", PyComplex_FromDoubles(0, INF));
  PyModule_Add(m, "nan", PyFloat_FromDouble(N));
  PyModule_Add(m, "nanj", PyComplex_FromDoubles(0, N));
  return m;
}
