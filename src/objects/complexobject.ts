/**
 * `complex`: CPython 3.11's Objects/complexobject.c.
 *
 * Representation: `PyComplexObject.cval`, two JS numbers (IEEE doubles,
 * exactly CPython's C doubles) held as the fields `real` and `imag`. 32
 * bytes (sys.getsizeof(1j) == 32); not a GC type. A heap subtype's
 * instance (`class C(complex)`) is a PyComplexSubtypeObject, which carries
 * the GC header, as float's subtypes do.
 *
 * The arithmetic is the `_Py_c_*` functions of src/pymath/complex.ts,
 * shared with the compiler's constant folding; errors come back through
 * C's errno as in CPython (complex division by zero, 0.0 to a negative or
 * complex power, overflow). Binary slots accept complex, float and int
 * operands (an int converted exactly or OverflowError) and return
 * NotImplemented for anything else. Only == and != compare.
 *
 * Text: repr is the parts' shortest round-tripping digits without ".0",
 * no parentheses when the real part is +0 (`2j`, `(-0-1j)`, `(nan+infj)`);
 * complex('...') parses what complex_from_string_inner accepts: an
 * optional pair of parentheses, spaces around, `<float>`, `<float>j`,
 * `<float><signed float>j`, and the forms `j`, `+j`, `1-j`.
 */
import {
  type GCLink,
  MANAGED_DICT_PREHEADER,
  type PyGCObject,
  PyObject,
  PyObject_GC_Link,
  TPFLAGS_BASETYPE,
  TPFLAGS_HAVE_GC,
  TPFLAGS_MANAGED_DICT,
} from "../heap/object.js";
import { PyObject_Free, PyObject_GC_Del, PyObject_GC_Track } from "../heap/gc.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import {
  type Py_complex,
  _Py_c_abs,
  _Py_c_diff,
  _Py_c_prod,
  _Py_c_quot,
  _Py_c_sum,
  complexPow,
} from "../pymath/complex.js";
import * as libm from "../pymath/libm.js";
import { EDOM, ERANGE } from "../pymath/libm.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError, PyExc_ZeroDivisionError } from "./exceptions.js";
import { Py_NotImplemented, Py_None } from "./noneobject.js";
import {
  PyLongObject,
  PyLong_AsDouble,
  PyLong_FromNumber,
  _PyUnicode_TransformDecimalAndSpaceToASCII,
  Py_False,
  Py_True,
} from "./longobject.js";
import {
  PyFloatObject,
  PyFloat_AsDouble,
  PyFloat_FromDouble,
  _Py_HashDoubleExact,
  floatDigits,
  layoutShortest,
} from "./floatobject.js";
import { PyUnicodeObject, PyUnicode_FromString, unicode_repr_string } from "./unicodeobject.js";
import { _PyTuple_FromArraySteal } from "./tupleobject.js";
import { METH_NOARGS, METH_O } from "./methoddef.js";
import { newArgParser, _PyArg_UnpackKeywords } from "./getargs.js";
import { PyNumber_Float, PyObject_RichCompare, PyObject_Str, _PyObject_LookupSpecialString } from "./abstract.js";
import { PyObject_Call } from "./call.js";
import { formatComplex } from "./unicode-format.js";
import { foldHashBig } from "./hashutil.js";

export class PyComplexObject extends PyObject {
  /** CPython's cval.real and cval.imag. */
  real: number;
  imag: number;
  constructor(type: PyTypeObject, real: number, imag: number, nbytes = 32) {
    super(type, nbytes);
    this.real = real;
    this.imag = imag;
  }
}

/**
 * An instance of a heap subtype of complex: a complex with the GC header,
 * as PyFloatSubtypeObject (floatobject.ts) is for float. Its size is its
 * type's basic size (complex's 32, plus 8 for the weak reference list the
 * subtype adds) and the managed dict's pre-header.
 */
export class PyComplexSubtypeObject extends PyComplexObject {
  gc_next: GCLink | null;
  gc_prev: GCLink | null;
  gc_refs: number;
  gc_flags: number;
  weakreflist: PyObject | null;

  constructor(type: PyTypeObject, real: number, imag: number) {
    super(
      type,
      real,
      imag,
      type.tp_basicsize + ((type.tp_flags & TPFLAGS_MANAGED_DICT) !== 0 ? MANAGED_DICT_PREHEADER : 0),
    );
    this.gc_next = null;
    this.gc_prev = null;
    this.gc_refs = 0;
    this.gc_flags = 0;
    this.weakreflist = null;
    PyObject_GC_Link(type, this.ob_size_bytes);
  }
}

function complex_dealloc(self: PyObject): void {
  // tp_free: a subtype instance has the GC header.
  if ((self.ob_type.tp_flags & TPFLAGS_HAVE_GC) !== 0) PyObject_GC_Del(self as PyGCObject);
  else PyObject_Free(self);
}

export const PyComplex_Type: PyTypeObject = newStaticType("complex", 32, TPFLAGS_BASETYPE, complex_dealloc);

PyComplex_Type.tp_doc =
  "Create a complex number from a real part and an optional imaginary part.\n\n" +
  "This is equivalent to (real + imag*1j) where imag defaults to 0.";

export function PyComplex_FromDoubles(real: number, imag: number): PyComplexObject {
  return new PyComplexObject(PyComplex_Type, real, imag);
}

export function PyComplex_FromCComplex(c: Py_complex): PyComplexObject {
  return new PyComplexObject(PyComplex_Type, c.real, c.imag);
}

/** A new complex of `type` (complex or a heap subtype: tracked, as
 *  PyType_GenericAlloc tracks it). */
function complex_subtype_from_doubles(type: PyTypeObject, real: number, imag: number): PyObject {
  if (type === PyComplex_Type) return PyComplex_FromDoubles(real, imag);
  const sub = new PyComplexSubtypeObject(type, real, imag);
  PyObject_GC_Track(sub);
  return sub;
}

export function PyComplex_Check(o: PyObject): o is PyComplexObject {
  return o instanceof PyComplexObject;
}

export function PyComplex_CheckExact(o: PyObject): boolean {
  return o.ob_type === PyComplex_Type;
}

export function PyComplex_RealAsDouble(o: PyObject): number {
  return o instanceof PyComplexObject ? o.real : PyFloat_AsDouble(o);
}

export function PyComplex_ImagAsDouble(o: PyObject): number {
  return o instanceof PyComplexObject ? o.imag : 0.0;
}

/** `op.__complex__()` if its type has one (new reference), else null. */
function try_complex_special_method(op: PyObject): PyObject | null {
  const f = _PyObject_LookupSpecialString(op, "__complex__");
  if (f === null) return null;
  let res: PyObject;
  try {
    res = PyObject_Call(f, [], null);
  } finally {
    Py_DECREF(f);
  }
  if (!(res instanceof PyComplexObject)) {
    const name = res.ob_type.tp_name;
    Py_DECREF(res);
    throw PyErr_Format(PyExc_TypeError, `__complex__ returned non-complex (type ${name})`);
  }
  // A strict subclass of complex is accepted (3.11 warns DeprecationWarning).
  return res;
}

/** The value of a complex, of anything with __complex__, or of a real
 *  number (its __float__ / __index__) as the real part. */
export function PyComplex_AsCComplex(op: PyObject): Py_complex {
  if (op instanceof PyComplexObject) return { real: op.real, imag: op.imag };
  const newop = try_complex_special_method(op);
  if (newop !== null) {
    const c = newop as PyComplexObject;
    const cv = { real: c.real, imag: c.imag };
    Py_DECREF(newop);
    return cv;
  }
  return { real: PyFloat_AsDouble(op), imag: 0.0 };
}

// ---------------------------------------------------------------- text

/** A part of a complex as repr shows it: float repr digits, no ".0". */
function partRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const neg = x < 0 || Object.is(x, -0);
  const { digits, decpt } = floatDigits(x, 0, 0);
  return (neg ? "-" : "") + layoutShortest(digits, decpt, false);
}

/** repr() of a complex: a real part of +0 is left out, with the
 *  parentheses; the imaginary part always has its sign. */
export function complex_repr_string(real: number, imag: number): string {
  const im = partRepr(imag);
  if (real === 0 && !Object.is(real, -0)) return im + "j";
  return "(" + partRepr(real) + (im[0] === "-" ? "" : "+") + im + "j)";
}

function complex_repr(self: PyObject): PyObject {
  const v = self as PyComplexObject;
  return PyUnicode_FromString(complex_repr_string(v.real, v.imag));
}

// ---------------------------------------------------------------- hash

/** _PyHASH_IMAG */
const HASH_IMAG = 1000003n;

function complex_hash(self: PyObject): number {
  const v = self as PyComplexObject;
  const hashreal = _Py_HashDoubleExact(self, v.real);
  const hashimag = _Py_HashDoubleExact(self, v.imag);
  // In Py_uhash_t arithmetic: hash(x + 0j) == hash(x), as equal numbers
  // of different types must hash alike.
  let combined = BigInt.asIntN(64, hashreal + HASH_IMAG * hashimag);
  if (combined === -1n) combined = -2n;
  return foldHashBig(combined);
}

// ---------------------------------------------------------------- arithmetic

function notImpl(): PyObject {
  return Py_NewRef(Py_NotImplemented);
}

/** TO_COMPLEX: a complex, int or float operand's value; null for any
 *  other type (the slot returns NotImplemented). */
function to_complex(o: PyObject): Py_complex | null {
  if (o instanceof PyComplexObject) return { real: o.real, imag: o.imag };
  if (o instanceof PyLongObject) return { real: PyLong_AsDouble(o), imag: 0.0 };
  if (o instanceof PyFloatObject) return { real: o.ob_fval, imag: 0.0 };
  return null;
}

function complex_add(v: PyObject, w: PyObject): PyObject {
  const a = to_complex(v);
  const b = to_complex(w);
  if (a === null || b === null) return notImpl();
  return PyComplex_FromCComplex(_Py_c_sum(a, b));
}

function complex_sub(v: PyObject, w: PyObject): PyObject {
  const a = to_complex(v);
  const b = to_complex(w);
  if (a === null || b === null) return notImpl();
  return PyComplex_FromCComplex(_Py_c_diff(a, b));
}

function complex_mul(v: PyObject, w: PyObject): PyObject {
  const a = to_complex(v);
  const b = to_complex(w);
  if (a === null || b === null) return notImpl();
  return PyComplex_FromCComplex(_Py_c_prod(a, b));
}

function complex_div(v: PyObject, w: PyObject): PyObject {
  const a = to_complex(v);
  const b = to_complex(w);
  if (a === null || b === null) return notImpl();
  libm.set_errno(0);
  const quot = _Py_c_quot(a, b);
  if (libm.errno === EDOM) throw PyErr_Format(PyExc_ZeroDivisionError, "complex division by zero");
  return PyComplex_FromCComplex(quot);
}

/** complex_pow, also float's ** for a negative base and a fractional
 *  exponent (float_pow hands those to complex). */
export function complex_pow(v: PyObject, w: PyObject, z: PyObject): PyObject {
  const a = to_complex(v);
  const b = to_complex(w);
  if (a === null || b === null) return notImpl();
  if (z !== Py_None) throw PyErr_Format(PyExc_ValueError, "complex modulo");
  const p = complexPow(a, b);
  if (libm.errno === EDOM) throw PyErr_Format(PyExc_ZeroDivisionError, "0.0 to a negative or complex power");
  if (libm.errno === ERANGE) throw PyErr_Format(PyExc_OverflowError, "complex exponentiation");
  return PyComplex_FromCComplex(p);
}

function complex_neg(v: PyObject): PyObject {
  const c = v as PyComplexObject;
  return PyComplex_FromDoubles(-c.real, -c.imag);
}

function complex_pos(v: PyObject): PyObject {
  const c = v as PyComplexObject;
  if (v.ob_type === PyComplex_Type) return Py_NewRef(v);
  return PyComplex_FromDoubles(c.real, c.imag);
}

function complex_abs(v: PyObject): PyObject {
  const c = v as PyComplexObject;
  const result = _Py_c_abs(c);
  if (libm.errno === ERANGE) throw PyErr_Format(PyExc_OverflowError, "absolute value too large");
  return PyFloat_FromDouble(result);
}

function complex_bool(v: PyObject): boolean {
  const c = v as PyComplexObject;
  return c.real !== 0.0 || c.imag !== 0.0;
}

function complex_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if ((op !== Py_EQ && op !== Py_NE) || !(v instanceof PyComplexObject)) return notImpl();
  let equal: boolean;
  if (w instanceof PyLongObject) {
    // With no imaginary part, compare the real part as float compares
    // with int (exactly).
    if (v.imag === 0.0) {
      const j = PyFloat_FromDouble(v.real);
      try {
        return PyObject_RichCompare(j, w, op);
      } finally {
        Py_DECREF(j);
      }
    }
    equal = false;
  } else if (w instanceof PyFloatObject) {
    equal = v.real === w.ob_fval && v.imag === 0.0;
  } else if (w instanceof PyComplexObject) {
    equal = v.real === w.real && v.imag === w.imag;
  } else {
    return notImpl();
  }
  return Py_NewRef(equal === (op === Py_EQ) ? Py_True : Py_False);
}

// ---------------------------------------------------------------- complex(x)

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Py_ISSPACE: the ASCII white space. */
function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * PyOS_string_to_double(s + i, &end, NULL): the longest prefix that is a
 * float (_Py_dg_strtod's decimal form, else inf/infinity/nan, each with an
 * optional sign; a too large value is an infinity). Returns
 * [value, end], end === i when there is none.
 */
function stringToDouble(s: string, i: number): [number, number] {
  let j = i;
  if (s[j] === "+" || s[j] === "-") j++;
  const start = j;
  while (isDigitAt(s, j)) j++;
  let digits = j - start;
  if (s[j] === ".") {
    j++;
    const f = j;
    while (isDigitAt(s, j)) j++;
    digits += j - f;
  }
  if (digits > 0) {
    if (s[j] === "e" || s[j] === "E") {
      let k = j + 1;
      if (s[k] === "+" || s[k] === "-") k++;
      if (isDigitAt(s, k)) {
        while (isDigitAt(s, k)) k++;
        j = k;
      }
    }
    return [Number(s.slice(i, j)), j];
  }
  // _Py_parse_inf_or_nan
  const neg = s[i] === "-";
  j = s[i] === "+" || s[i] === "-" ? i + 1 : i;
  const word = s.slice(j, j + 8).toLowerCase();
  if (word.startsWith("infinity")) return [neg ? -Infinity : Infinity, j + 8];
  if (word.startsWith("inf")) return [neg ? -Infinity : Infinity, j + 3];
  if (word.startsWith("nan")) return [NaN, j + 3];
  return [0, i];
}

function malformed(): PyObject {
  return PyErr_Format(PyExc_ValueError, "complex() arg is a malformed string");
}

/** complex_from_string_inner: the value of `s` (ASCII, no underscores). */
function complexFromString(s: string): Py_complex {
  let x = 0.0;
  let y = 0.0;
  let i = 0;
  // position on first nonblank
  while (isSpaceAt(s, i)) i++;
  let gotBracket = false;
  if (s[i] === "(") {
    // Skip over a possible bracket from repr().
    gotBracket = true;
    i++;
    while (isSpaceAt(s, i)) i++;
  }
  // <float>, <float>j, <float><signed-float>j, and the old forms
  // <float><sign>j, <sign>j, j.
  const [z, end] = stringToDouble(s, i);
  if (end !== i) {
    i = end;
    if (s[i] === "+" || s[i] === "-") {
      // <float><signed-float>j | <float><sign>j
      x = z;
      const [y1, end1] = stringToDouble(s, i);
      if (end1 !== i) {
        y = y1;
        i = end1;
      } else {
        y = s[i] === "+" ? 1.0 : -1.0;
        i++;
      }
      if (s[i] !== "j" && s[i] !== "J") throw malformed();
      i++;
    } else if (s[i] === "j" || s[i] === "J") {
      i++;
      y = z;
    } else {
      x = z;
    }
  } else {
    // <sign>j | j
    if (s[i] === "+" || s[i] === "-") {
      y = s[i] === "+" ? 1.0 : -1.0;
      i++;
    } else {
      y = 1.0;
    }
    if (s[i] !== "j" && s[i] !== "J") throw malformed();
    i++;
  }
  // trailing whitespace and closing bracket
  while (isSpaceAt(s, i)) i++;
  if (gotBracket) {
    if (s[i] !== ")") throw malformed();
    i++;
    while (isSpaceAt(s, i)) i++;
  }
  if (i !== s.length) throw malformed();
  return { real: x, imag: y };
}

/**
 * complex_subtype_from_string: through _Py_string_to_number_with_underscores,
 * which drops single underscores between digits and refuses any other.
 */
function complex_subtype_from_string(type: PyTypeObject, v: PyUnicodeObject): PyObject {
  const s = _PyUnicode_TransformDecimalAndSpaceToASCII(v.str);
  let text = s;
  if (s.includes("_")) {
    let prev = "";
    text = "";
    for (const ch of s) {
      const ok = ch === "_" ? prev >= "0" && prev <= "9" : !(prev === "_" && !(ch >= "0" && ch <= "9")) && ch !== "\0";
      if (!ok) {
        throw PyErr_Format(PyExc_ValueError, `could not convert string to complex: ${unicode_repr_string(v.str)}`);
      }
      if (ch !== "_") text += ch;
      prev = ch;
    }
    if (prev === "_") {
      throw PyErr_Format(PyExc_ValueError, `could not convert string to complex: ${unicode_repr_string(v.str)}`);
    }
  }
  const c = complexFromString(text);
  return complex_subtype_from_doubles(type, c.real, c.imag);
}

/** Has the type a __float__ or __index__ (or is it a complex)? */
function isNumber(o: PyObject): boolean {
  return o.ob_type.nb_float !== null || o.ob_type.nb_index !== null || o instanceof PyComplexObject;
}

const complexParser = newArgParser("complex", ["real", "imag"], 0);

/** complex.__new__(type, real=0, imag=0): complex_new_impl. */
function complex_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const out: (PyObject | null)[] = [null, null];
  _PyArg_UnpackKeywords(args, kwnames, complexParser, out);
  const i = out[1];
  if (out[0] === null) {
    // complex() and complex(imag=x): the real part is the int 0.
    const zero = PyLong_FromNumber(0);
    try {
      return complex_from_parts(type, zero, i);
    } finally {
      Py_DECREF(zero);
    }
  }
  const r = out[0];
  // A lone exact complex is returned as it is.
  if (r.ob_type === PyComplex_Type && i === null && type === PyComplex_Type) return Py_NewRef(r);
  if (r instanceof PyUnicodeObject) {
    if (i !== null) throw PyErr_Format(PyExc_TypeError, "complex() can't take second arg if first is a string");
    return complex_subtype_from_string(type, r);
  }
  if (i !== null && i instanceof PyUnicodeObject) {
    throw PyErr_Format(PyExc_TypeError, "complex() second arg can't be a string");
  }
  return complex_from_parts(type, r, i);
}

/** The rest of complex_new_impl: real + imag*1j from numbers, either of
 *  which may itself be complex (r through its __complex__ first). */
function complex_from_parts(type: PyTypeObject, r: PyObject, i: PyObject | null): PyObject {
  const tmp = try_complex_special_method(r);
  const rr = tmp ?? r;
  let cr: Py_complex;
  let crIsComplex = false;
  try {
    if (!isNumber(rr)) {
      throw PyErr_Format(
        PyExc_TypeError,
        `complex() first argument must be a string or a number, not '${rr.ob_type.tp_name}'`,
      );
    }
    if (i !== null && !isNumber(i)) {
      throw PyErr_Format(PyExc_TypeError, `complex() second argument must be a number, not '${i.ob_type.tp_name}'`);
    }
    if (rr instanceof PyComplexObject) {
      cr = { real: rr.real, imag: rr.imag };
      crIsComplex = true;
    } else {
      cr = { real: realPart(rr), imag: 0.0 };
    }
  } finally {
    if (tmp !== null) Py_DECREF(tmp);
  }
  let ci: Py_complex;
  let ciIsComplex = false;
  if (i === null) {
    ci = { real: cr.imag, imag: 0.0 };
  } else if (i instanceof PyComplexObject) {
    ci = { real: i.real, imag: i.imag };
    ciIsComplex = true;
  } else {
    ci = { real: realPart(i), imag: 0.0 };
  }
  // The parts need not be real: (a+bj) + (c+dj)*1j.
  if (ciIsComplex) cr.real -= ci.imag;
  if (crIsComplex && i !== null) ci.real += cr.imag;
  return complex_subtype_from_doubles(type, cr.real, ci.real);
}

/** float(o) as a double (PyNumber_Float). */
function realPart(o: PyObject): number {
  const f = PyNumber_Float(o) as PyFloatObject;
  const d = f.ob_fval;
  Py_DECREF(f);
  return d;
}

// ---------------------------------------------------------------- methods and members

function complex_conjugate(self: PyObject): PyObject {
  const c = self as PyComplexObject;
  return PyComplex_FromDoubles(c.real, -c.imag);
}

function complex___complex__(self: PyObject): PyObject {
  const c = self as PyComplexObject;
  if (self.ob_type === PyComplex_Type) return Py_NewRef(self);
  return PyComplex_FromDoubles(c.real, c.imag);
}

function complex___getnewargs__(self: PyObject): PyObject {
  const c = self as PyComplexObject;
  return _PyTuple_FromArraySteal([PyFloat_FromDouble(c.real), PyFloat_FromDouble(c.imag)]);
}

function complex___format__(self: PyObject, spec: PyObject): PyObject {
  if (!(spec instanceof PyUnicodeObject)) {
    throw PyErr_Format(PyExc_TypeError, `__format__() argument must be str, not ${spec.ob_type.tp_name}`);
  }
  // An empty format spec is str(self).
  if (spec.str.length === 0) return PyObject_Str(self);
  const c = self as PyComplexObject;
  return PyUnicode_FromString(formatComplex(c.real, c.imag, spec.str));
}

PyComplex_Type.tp_methods = [
  { name: "conjugate", meth: complex_conjugate, flags: METH_NOARGS },
  { name: "__complex__", meth: complex___complex__, flags: METH_NOARGS },
  { name: "__getnewargs__", meth: complex___getnewargs__, flags: METH_NOARGS },
  { name: "__format__", meth: complex___format__, flags: METH_O },
];

PyComplex_Type.tp_members = [
  {
    name: "real",
    get: (self) => PyFloat_FromDouble((self as PyComplexObject).real),
    set: null,
    noneIfNull: false,
    newReference: true,
    doc: "the real part of a complex number",
  },
  {
    name: "imag",
    get: (self) => PyFloat_FromDouble((self as PyComplexObject).imag),
    set: null,
    noneIfNull: false,
    newReference: true,
    doc: "the imaginary part of a complex number",
  },
];

PyComplex_Type.tp_repr = complex_repr;
PyComplex_Type.tp_hash = complex_hash;
PyComplex_Type.tp_richcompare = complex_richcompare;
PyComplex_Type.tp_new = complex_new;
PyComplex_Type.nb_add = complex_add;
PyComplex_Type.nb_subtract = complex_sub;
PyComplex_Type.nb_multiply = complex_mul;
PyComplex_Type.nb_power = complex_pow;
PyComplex_Type.nb_negative = complex_neg;
PyComplex_Type.nb_positive = complex_pos;
PyComplex_Type.nb_absolute = complex_abs;
PyComplex_Type.nb_bool = complex_bool;
PyComplex_Type.nb_true_divide = complex_div;
