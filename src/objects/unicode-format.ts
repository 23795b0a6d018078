/**
 * Text formatting: the format-spec mini-language (CPython's
 * Python/formatter_unicode.c) for int, float, complex and str; `str.format` /
 * `format_map` (Objects/stringlib/unicode_format.h); and printf-style
 * `str % args` (PyUnicode_Format in Objects/unicodeobject.c).
 *
 * Messages and layout rules are CPython 3.11's: sign handling, '='
 * alignment, the '0' flag (fill '0' + '=' alignment, with thousands
 * separators inserted into the zero padding), '#' prefixes, 'z', 'n' (as
 * the C locale: no grouping), and the float presentation types with
 * correctly rounded digits from floatobject.ts.
 *
 * `str.format`'s markup (parsing the fields, looking their objects up)
 * is unicode-markup.ts; it formats each field through `__format__`,
 * which for the built-in types ends here.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_INCREF } from "../heap/refcount.js";
import { PyErr_Format, PyErr_NoMemory } from "./errors.js";
import { heapCheck } from "../heap/allocator.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.js";
import { PyLongObject, PyLong_ToDecimalString, bigBitLength, PyBool_Type } from "./longobject.js";
import { PyFloatObject, floatDigits, layoutShortest } from "./floatobject.js";
import { PyUnicodeObject, PyUnicode_FromString, unicode_repr_string } from "./unicodeobject.js";
import { PyTupleObject } from "./tupleobject.js";
import {
  PyObject_GetItem,
  PyObject_Repr,
  PyObject_Str,
  PyObject_ASCII,
  PyNumber_Index,
  PyNumber_Long,
  PyNumber_Float,
  PyIndex_Check,
} from "./abstract.js";
import { PyObject_Call } from "./call.js";

interface Spec {
  fill: string;
  align: string;
  sign: string;
  z: boolean;
  alt: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

/** parse_internal_render_format_spec; `typeName` names the formatted
 *  object's type in its messages. */
function parseSpec(spec: string, defaultType: string, defaultAlign: string, typeName: string): Spec {
  const cps = Array.from(spec);
  let i = 0;
  const n = cps.length;
  let fill = " ";
  let align = "";
  let fillGiven = false;
  const isAlign = (c: string | undefined): boolean => c === "<" || c === ">" || c === "=" || c === "^";
  if (n - i >= 2 && isAlign(cps[i + 1])) {
    fill = cps[i];
    align = cps[i + 1];
    fillGiven = true;
    i += 2;
  } else if (n - i >= 1 && isAlign(cps[i])) {
    align = cps[i];
    i++;
  }
  let sign = "";
  if (cps[i] === "+" || cps[i] === "-" || cps[i] === " ") sign = cps[i++];
  let z = false;
  if (cps[i] === "z") {
    z = true;
    i++;
  }
  let alt = false;
  if (cps[i] === "#") {
    alt = true;
    i++;
  }
  if (!fillGiven && cps[i] === "0") {
    fill = "0";
    if (align === "") align = "=";
    i++;
  }
  let width = -1;
  let ds = "";
  while (i < n && cps[i] >= "0" && cps[i] <= "9") ds += cps[i++];
  if (ds.length > 0) width = specInteger(ds);
  let grouping = "";
  if (cps[i] === ",") {
    grouping = ",";
    i++;
  }
  if (cps[i] === "_") {
    if (grouping !== "") throw PyErr_Format(PyExc_ValueError, "Cannot specify both ',' and '_'.");
    grouping = "_";
    i++;
  }
  if (cps[i] === "," && grouping === "_") throw PyErr_Format(PyExc_ValueError, "Cannot specify both ',' and '_'.");
  let precision = -1;
  if (cps[i] === ".") {
    i++;
    let p = "";
    while (i < n && cps[i] >= "0" && cps[i] <= "9") p += cps[i++];
    if (p.length === 0) throw PyErr_Format(PyExc_ValueError, "Format specifier missing precision");
    precision = specInteger(p);
  }
  if (n - i > 1) {
    throw PyErr_Format(PyExc_ValueError, `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  let type = defaultType;
  if (n - i === 1) type = cps[i];
  if (grouping !== "") {
    const ok =
      grouping === "," ? "deEfFgG%".includes(type) || type === "" : "deEfFgG%bxXo".includes(type) || type === "";
    if (!ok || type === "n") {
      throw PyErr_Format(PyExc_ValueError, `Cannot specify '${grouping}' with '${type}'.`);
    }
  }
  return { fill, align: align === "" ? defaultAlign : align, sign, z, alt, width, grouping, precision, type };
}

/** Insert a separator every `every` digits from the right of `digits`,
 *  zero-padding the number to `minWidth` characters when asked. */
function group(digits: string, sep: string, every: number, minWidth: number): string {
  if (sep === "") return minWidth > digits.length ? "0".repeat(minWidth - digits.length) + digits : digits;
  const parts: string[] = [];
  let end = digits.length;
  let len = 0;
  while (end > 0 || len < minWidth) {
    const start = Math.max(0, end - every);
    let chunk = digits.slice(start, end);
    end = start;
    const need = minWidth - len - (parts.length > 0 ? sep.length : 0);
    if (end === 0 && chunk.length < every && len + chunk.length + (parts.length > 0 ? 1 : 0) < minWidth) {
      chunk = "0".repeat(Math.min(every, need) - chunk.length) + chunk;
    }
    if (chunk.length === 0) chunk = "0".repeat(Math.min(every, Math.max(1, need)));
    parts.unshift(chunk);
    len += chunk.length + (parts.length > 1 ? sep.length : 0);
    if (end <= 0 && len >= minWidth) break;
  }
  let r = parts.join(sep);
  // A leading separator is not allowed: pad one more zero instead.
  if (r.startsWith(sep)) r = "0" + r;
  return r;
}

/** A result of `n` characters must fit the heap limit and a JS string. */
/** get_integer (Python/formatter_unicode.c): a width or precision, at
 *  most PY_SSIZE_T_MAX. */
function specInteger(ds: string): number {
  if (ds.length > 15 && BigInt(ds) > 9223372036854775807n) {
    throw PyErr_Format(PyExc_ValueError, "Too many decimal digits in format string");
  }
  return parseInt(ds, 10);
}

export function checkResultWidth(n: number): void {
  if (n > 1 << 20) {
    heapCheck(74 + 2 * n);
    if (n > 2 ** 29 - 24) throw PyErr_NoMemory();
  }
}

/** Lay out sign + prefix + body with fill and alignment (fill_number). */
function finish(sign: string, prefix: string, body: string, suffix: string, spec: Spec): string {
  const width = spec.width;
  checkResultWidth(width);
  if (spec.align === "=" && spec.fill === "0" && spec.grouping !== "" && width > 0) {
    // Zero padding takes part in digit grouping.
    const intEnd = body.search(/[.eE%]/);
    const intPart = intEnd < 0 ? body : body.slice(0, intEnd);
    const rest = intEnd < 0 ? "" : body.slice(intEnd);
    const every = spec.grouping === "_" && "bxXo".includes(spec.type) ? 4 : 3;
    const plain = intPart.split(spec.grouping).join("");
    const minWidth = width - sign.length - prefix.length - rest.length - suffix.length;
    const grouped = group(plain, spec.grouping, every, minWidth);
    return sign + prefix + grouped + rest + suffix;
  }
  const content = sign.length + prefix.length + cpLen(body) + suffix.length;
  if (width <= content) return sign + prefix + body + suffix;
  const pad = width - content;
  switch (spec.align) {
    case "<":
      return sign + prefix + body + suffix + spec.fill.repeat(pad);
    case "^": {
      const left = pad >> 1;
      return spec.fill.repeat(left) + sign + prefix + body + suffix + spec.fill.repeat(pad - left);
    }
    case "=":
      return sign + prefix + spec.fill.repeat(pad) + body + suffix;
    default:
      return spec.fill.repeat(pad) + sign + prefix + body + suffix;
  }
}

function cpLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

function signOf(neg: boolean, spec: Spec): string {
  if (neg) return "-";
  if (spec.sign === "+") return "+";
  if (spec.sign === " ") return " ";
  return "";
}

// ---------------------------------------------------------------- int

/** format(int, spec) */
export function formatLong(o: PyLongObject, specStr: string): string {
  if (specStr.length === 0) return PyLong_ToDecimalString(o);
  const spec = parseSpec(specStr, "d", ">", o.ob_type.tp_name);
  const t = spec.type;
  if ("eEfFgG%".includes(t)) {
    const x = o.big === null ? o.v : Number(o.big);
    if (!Number.isFinite(x)) throw PyErr_Format(PyExc_OverflowError, "int too large to convert to float");
    return formatFloatSpec(x, spec, "int");
  }
  if (!"bcdoxXn".includes(t)) {
    const name = o.ob_type === PyBool_Type ? "bool" : o.ob_type.tp_name;
    throw PyErr_Format(PyExc_ValueError, `Unknown format code '${t}' for object of type '${name}'`);
  }
  if (spec.precision >= 0) {
    throw PyErr_Format(PyExc_ValueError, "Precision not allowed in integer format specifier");
  }
  if (spec.z)
    throw PyErr_Format(PyExc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  const v = o.big === null ? BigInt(o.v) : o.big;
  const neg = v < 0n;
  const a = neg ? -v : v;
  if (t === "c") {
    if (spec.sign !== "") throw PyErr_Format(PyExc_ValueError, "Sign not allowed with integer format specifier 'c'");
    if (spec.alt)
      throw PyErr_Format(PyExc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < 0n || v > 0x10ffffn) throw PyErr_Format(PyExc_OverflowError, "%c arg not in range(0x110000)");
    return finish("", "", String.fromCodePoint(Number(v)), "", spec);
  }
  let digits: string;
  let prefix = "";
  switch (t) {
    case "b":
      digits = a.toString(2);
      if (spec.alt) prefix = "0b";
      break;
    case "o":
      digits = a.toString(8);
      if (spec.alt) prefix = "0o";
      break;
    case "x":
      digits = a.toString(16);
      if (spec.alt) prefix = "0x";
      break;
    case "X":
      digits = a.toString(16).toUpperCase();
      if (spec.alt) prefix = "0X";
      break;
    default:
      digits = o.big === null ? String(Math.abs(o.v)) : PyLong_ToDecimalString(o).replace("-", "");
  }
  if (spec.grouping !== "") {
    const every = "bxXo".includes(t) ? 4 : 3;
    if (!(spec.align === "=" && spec.fill === "0")) digits = group(digits, spec.grouping, every, 0);
  }
  return finish(signOf(neg, spec), prefix, digits, "", spec);
}

// ---------------------------------------------------------------- float

/** format(float, spec); `typeName` for messages ('float' or 'int'). */
export function formatFloat(x: number, specStr: string, typeName: string): string {
  if (specStr.length === 0) return reprFloat(x);
  const spec = parseSpec(specStr, "", ">", typeName);
  return formatFloatSpec(x, spec, typeName);
}

function reprFloat(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const neg = x < 0 || Object.is(x, -0);
  const { digits, decpt } = floatDigits(x, 0, 0);
  return (neg ? "-" : "") + layoutShortest(digits, decpt, true);
}

function formatFloatSpec(x: number, spec: Spec, typeName: string): string {
  let t = spec.type;
  if (!"eEfFgGn%".includes(t) && t !== "") {
    throw PyErr_Format(PyExc_ValueError, `Unknown format code '${t}' for object of type '${typeName}'`);
  }
  const precision = spec.precision;
  checkResultWidth(precision);
  let neg = x < 0 || Object.is(x, -0);
  let body: string;
  let suffix = "";
  // format_float_internal: '%' is 'f' of the value times 100 (which may
  // overflow to inf), with a percent sign.
  if (t === "%") {
    x *= 100;
    suffix = "%";
    t = "f";
  }
  const upper = t === "E" || t === "F" || t === "G";
  if (Number.isNaN(x)) {
    neg = false;
    body = upper ? "NAN" : "nan";
  } else if (!Number.isFinite(x)) {
    body = upper ? "INF" : "inf";
  } else {
    const v = Math.abs(x);
    if (t === "n") t = "g";
    if (t === "") {
      if (precision < 0) {
        const { digits, decpt } = floatDigits(v, 0, 0);
        body = layoutShortest(digits, decpt, true);
      } else {
        // like 'g' but always with a digit after the point when fixed
        body = formatG(v, precision === 0 ? 1 : precision, spec.alt, true);
      }
    } else if (t === "f" || t === "F") {
      body = formatF(v, precision < 0 ? 6 : precision, spec.alt);
    } else if (t === "e" || t === "E") {
      body = formatE(v, precision < 0 ? 6 : precision, spec.alt);
      if (t === "E") body = body.toUpperCase();
    } else {
      body = formatG(v, precision < 0 ? 6 : precision === 0 ? 1 : precision, spec.alt, false);
      if (t === "G") body = body.toUpperCase();
    }
    if (
      spec.z &&
      neg &&
      /^[0.]*(e[+-]\d+)?$/i.test(body.replace(/[eE][+-]\d+$/, "")) &&
      !/[1-9]/.test(body.replace(/[eE][+-]\d+$/, ""))
    ) {
      neg = false;
    }
  }
  if (spec.grouping !== "" && /^\d/.test(body)) {
    if (!(spec.align === "=" && spec.fill === "0")) {
      const m = /^(\d+)(.*)$/.exec(body)!;
      body = group(m[1], spec.grouping, 3, 0) + m[2];
    }
  }
  return finish(signOf(neg, spec), "", body, suffix, spec);
}

/** 'f' with `prec` digits after the point (v >= 0, finite). */
export function formatF(v: number, prec: number, alt: boolean): string {
  const { digits, decpt } = floatDigits(v, 3, prec);
  let intPart: string;
  let frac: string;
  if (digits.length === 0) {
    intPart = "0";
    frac = "0".repeat(prec);
  } else if (decpt <= 0) {
    intPart = "0";
    frac = ("0".repeat(-decpt) + digits).padEnd(prec, "0").slice(0, prec);
  } else {
    intPart = digits.slice(0, decpt).padEnd(decpt, "0");
    frac = digits.slice(decpt).padEnd(prec, "0");
  }
  if (prec === 0) return intPart + (alt ? "." : "");
  return intPart + "." + frac;
}

/** 'e' with `prec` digits after the point. */
export function formatE(v: number, prec: number, alt: boolean): string {
  let digits: string;
  let decpt: number;
  if (v === 0) {
    digits = "0";
    decpt = 1;
  } else {
    ({ digits, decpt } = floatDigits(v, 2, prec + 1));
  }
  digits = digits.padEnd(prec + 1, "0");
  const e = v === 0 ? 0 : decpt - 1;
  let mant = digits[0];
  if (prec > 0) mant += "." + digits.slice(1);
  else if (alt) mant += ".";
  return mant + "e" + (e < 0 ? "-" : "+") + String(Math.abs(e)).padStart(2, "0");
}

/** 'g' with `prec` significant digits; `addDot0` for the no-type case. */
export function formatG(v: number, prec: number, alt: boolean, addDot0: boolean): string {
  let digits: string;
  let decpt: number;
  if (v === 0) {
    digits = "0";
    decpt = 1;
  } else {
    ({ digits, decpt } = floatDigits(v, 2, prec));
  }
  const exp = decpt - 1;
  if (alt) digits = digits.padEnd(prec, "0");
  // format_float_short: with the ".0" of the no-type case, an exponent
  // one less than the precision already takes the e-notation.
  if (exp < -4 || exp >= (addDot0 ? prec - 1 : prec)) {
    let mant = digits[0];
    if (digits.length > 1) mant += "." + digits.slice(1);
    else if (alt) mant += ".";
    return mant + "e" + (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(2, "0");
  }
  let s: string;
  if (decpt <= 0) s = "0." + "0".repeat(-decpt) + digits;
  else if (decpt >= digits.length) {
    s = digits + "0".repeat(decpt - digits.length);
    if (alt) s += ".";
    else if (addDot0) s += ".0";
  } else s = digits.slice(0, decpt) + "." + digits.slice(decpt);
  return s;
}

// ---------------------------------------------------------------- complex

/**
 * PyOS_double_to_string for the presentation types complex formatting
 * uses ('r' repr digits without ".0", 'e', 'f', 'g' and their capitals):
 * a leading '-' only, none for a NaN; `alt` is Py_DTSF_ALT, `noNeg0`
 * Py_DTSF_NO_NEG_0 (the 'z' option).
 */
function doubleToString(x: number, t: string, precision: number, alt: boolean, noNeg0: boolean): string {
  const upper = t === "E" || t === "F" || t === "G";
  if (Number.isNaN(x)) return upper ? "NAN" : "nan";
  let neg = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(x)) return (neg ? "-" : "") + (upper ? "INF" : "inf");
  const v = Math.abs(x);
  let body: string;
  switch (t) {
    case "r": {
      const { digits, decpt } = floatDigits(v, 0, 0);
      body = layoutShortest(digits, decpt, false);
      // The alternate form always has a decimal point.
      if (alt && !body.includes(".")) body = body.replace(/(e|$)/, ".$1");
      break;
    }
    case "f":
    case "F":
      body = formatF(v, precision, alt);
      break;
    case "e":
    case "E":
      body = formatE(v, precision, alt);
      break;
    default:
      body = formatG(v, precision === 0 ? 1 : precision, alt, false);
  }
  if (upper) body = body.toUpperCase();
  // 'z': a value that rounded to zero loses its minus sign.
  if (noNeg0 && neg && !/[1-9]/.test(body.replace(/e.*$/i, ""))) neg = false;
  return (neg ? "-" : "") + body;
}

/** One part of a complex laid out as calc_number_widths and fill_number
 *  do: a sign, then the leading digits grouped, then the rest. */
function complexPart(text: string, signOption: string, grouping: string): string {
  let sign = "";
  if (text[0] === "-") {
    sign = "-";
    text = text.slice(1);
  } else if (signOption === "+" || signOption === " ") {
    sign = signOption;
  }
  if (grouping === "") return sign + text;
  let n = 0;
  while (n < text.length && text.charCodeAt(n) >= 48 && text.charCodeAt(n) <= 57) n++;
  return sign + group(text.slice(0, n), grouping, 3, 0) + text.slice(n);
}

/** format(complex, spec) for a non-empty spec: format_complex_internal. */
export function formatComplex(re: number, im: number, specStr: string): string {
  const spec = parseSpec(specStr, "", ">", "complex");
  let t = spec.type;
  if (!"eEfFgGn".includes(t) && t !== "") {
    throw PyErr_Format(PyExc_ValueError, `Unknown format code '${t}' for object of type 'complex'`);
  }
  if (spec.fill === "0") {
    throw PyErr_Format(PyExc_ValueError, "Zero padding is not allowed in complex format specifier");
  }
  if (spec.align === "=") {
    throw PyErr_Format(PyExc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
  }
  let precision = spec.precision;
  checkResultWidth(precision);
  let defaultPrecision = 6;
  let skipRe = false;
  let addParens = false;
  if (t === "") {
    // Like str(self): repr digits, no real part when it is +0.
    t = "r";
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else addParens = true;
  }
  if (t === "n") t = "g";
  if (precision < 0) precision = defaultPrecision;
  else if (t === "r") t = "g";
  const grouping = spec.type === "n" ? "" : spec.grouping;
  const reText = skipRe ? "" : complexPart(doubleToString(re, t, precision, spec.alt, spec.z), spec.sign, grouping);
  // The imaginary part always has a sign, unless it stands alone.
  const imText = complexPart(doubleToString(im, t, precision, spec.alt, spec.z), skipRe ? spec.sign : "+", grouping);
  const body = (addParens ? "(" : "") + reText + imText + "j" + (addParens ? ")" : "");
  const width = spec.width;
  checkResultWidth(width);
  const pad = width - body.length;
  if (pad <= 0) return body;
  if (spec.align === "<") return body + spec.fill.repeat(pad);
  if (spec.align === "^") {
    const left = pad >> 1;
    return spec.fill.repeat(left) + body + spec.fill.repeat(pad - left);
  }
  return spec.fill.repeat(pad) + body;
}

// ---------------------------------------------------------------- str

/** format(str, spec) */
export function formatStr(s: string, specStr: string): string {
  if (specStr.length === 0) return s;
  const spec = parseSpec(specStr, "s", "<", "str");
  if (spec.type !== "s") {
    throw PyErr_Format(PyExc_ValueError, `Unknown format code '${spec.type}' for object of type 'str'`);
  }
  if (spec.sign !== "") throw PyErr_Format(PyExc_ValueError, "Sign not allowed in string format specifier");
  if (spec.alt) throw PyErr_Format(PyExc_ValueError, "Alternate form (#) not allowed in string format specifier");
  if (spec.align === "=") {
    throw PyErr_Format(PyExc_ValueError, "'=' alignment not allowed in string format specifier");
  }
  if (spec.grouping !== "") throw PyErr_Format(PyExc_ValueError, `Cannot specify '${spec.grouping}' with 's'.`);
  let body = s;
  if (spec.precision >= 0) {
    const cps = Array.from(s);
    if (cps.length > spec.precision) body = cps.slice(0, spec.precision).join("");
  }
  return finish("", "", body, "", spec);
}

// ---------------------------------------------------------------- printf-style

/** fmt % args (new reference). */
export function PyUnicode_Format(fmt: PyUnicodeObject, args: PyObject): PyObject {
  const s = fmt.str;
  let argv: PyObject[];
  let dict: PyObject | null = null;
  const isTuple = args instanceof PyTupleObject;
  if (isTuple) argv = (args as PyTupleObject).ob_item;
  else argv = [args];
  if (!isTuple && args.ob_type.mp_subscript !== null && !(args instanceof PyUnicodeObject)) {
    dict = args;
  }
  let argIdx = 0;
  const nextArg = (): PyObject => {
    if (argIdx >= argv.length) {
      throw PyErr_Format(PyExc_TypeError, "not enough arguments for format string");
    }
    return argv[argIdx++];
  };
  let out = "";
  let i = 0;
  const n = s.length;
  let usedDict = false;
  while (i < n) {
    const c = s[i];
    if (c !== "%") {
      const j = s.indexOf("%", i);
      if (j < 0) {
        out += s.slice(i);
        break;
      }
      out += s.slice(i, j);
      i = j;
      continue;
    }
    const start = i;
    i++;
    if (i >= n) throw PyErr_Format(PyExc_ValueError, "incomplete format");
    let value: PyObject | null = null;
    let ownedValue = false;
    if (s[i] === "(") {
      if (dict === null) throw PyErr_Format(PyExc_TypeError, "format requires a mapping");
      let level = 1;
      let j = i + 1;
      for (; j < n && level > 0; j++) {
        if (s[j] === "(") level++;
        else if (s[j] === ")") level--;
      }
      if (level > 0) throw PyErr_Format(PyExc_ValueError, "incomplete format key");
      const key = PyUnicode_FromString(s.slice(i + 1, j - 1));
      try {
        value = PyObject_GetItem(dict, key);
      } finally {
        Py_DECREF(key);
      }
      ownedValue = true;
      usedDict = true;
      i = j;
    }
    try {
      let flags = "";
      while (i < n && "-+ #0".includes(s[i])) flags += s[i++];
      let width = -1;
      if (s[i] === "*") {
        const w = nextArg();
        if (!(w instanceof PyLongObject)) throw PyErr_Format(PyExc_TypeError, "* wants int");
        width = w.v;
        if (width < 0) {
          flags += "-";
          width = -width;
        }
        i++;
      } else {
        let ds = "";
        while (i < n && s[i] >= "0" && s[i] <= "9") ds += s[i++];
        if (ds.length > 0) width = parseInt(ds, 10);
      }
      let prec = -1;
      if (s[i] === ".") {
        i++;
        if (s[i] === "*") {
          const p = nextArg();
          if (!(p instanceof PyLongObject)) throw PyErr_Format(PyExc_TypeError, "* wants int");
          prec = Math.max(0, p.v);
          i++;
        } else {
          let ds = "";
          while (i < n && s[i] >= "0" && s[i] <= "9") ds += s[i++];
          prec = ds.length > 0 ? parseInt(ds, 10) : 0;
        }
      }
      while (i < n && "hlL".includes(s[i])) i++;
      if (i >= n) throw PyErr_Format(PyExc_ValueError, "incomplete format");
      const conv = s[i++];
      if (conv === "%") {
        out += "%";
        continue;
      }
      if (value === null) value = nextArg();
      out += formatOne(conv, value, flags, width, prec, i - 1);
      void start;
    } finally {
      if (ownedValue && value !== null) Py_DECREF(value);
    }
  }
  if (dict === null && argIdx < argv.length) {
    throw PyErr_Format(PyExc_TypeError, "not all arguments converted during string formatting");
  }
  void usedDict;
  return PyUnicode_FromString(out);
}

function pad(body: string, sign: string, prefix: string, flags: string, width: number, numeric: boolean): string {
  checkResultWidth(width);
  const len = sign.length + prefix.length + cpLen(body);
  if (width <= len) return sign + prefix + body;
  const padN = width - len;
  if (flags.includes("-")) return sign + prefix + body + " ".repeat(padN);
  if (numeric && flags.includes("0")) return sign + prefix + "0".repeat(padN) + body;
  return " ".repeat(padN) + sign + prefix + body;
}

function formatOne(conv: string, value: PyObject, flags: string, width: number, prec: number, index: number): string {
  switch (conv) {
    case "s":
    case "r":
    case "a": {
      const r = conv === "s" ? PyObject_Str(value) : conv === "r" ? PyObject_Repr(value) : PyObject_ASCII(value);
      let body = (r as PyUnicodeObject).str;
      Py_DECREF(r);
      if (prec >= 0) body = Array.from(body).slice(0, prec).join("");
      return pad(body, "", "", flags.replace("0", ""), width, false);
    }
    case "d":
    case "i":
    case "u":
    case "x":
    case "X":
    case "o": {
      let iv: PyObject;
      if (value instanceof PyLongObject) {
        Py_INCREF(value);
        iv = value;
      } else if (conv === "d" || conv === "i" || conv === "u") {
        if (value.ob_type.nb_int === null && value.ob_type.nb_index === null && !(value instanceof PyFloatObject)) {
          throw PyErr_Format(
            PyExc_TypeError,
            `%${conv} format: a real number is required, not ${value.ob_type.tp_name}`,
          );
        }
        iv = PyNumber_Long(value);
      } else {
        if (!PyIndex_Check(value)) {
          throw PyErr_Format(PyExc_TypeError, `%${conv} format: an integer is required, not ${value.ob_type.tp_name}`);
        }
        iv = PyNumber_Index(value);
      }
      const l = iv as PyLongObject;
      const v = l.big === null ? BigInt(l.v) : l.big;
      // The decimal conversions are the int's str(), under its digit limit.
      let decimal: string | null = null;
      try {
        if (conv === "d" || conv === "i" || conv === "u") decimal = PyLong_ToDecimalString(l);
      } finally {
        Py_DECREF(iv);
      }
      const neg = v < 0n;
      const a = neg ? -v : v;
      let digits: string;
      let prefix = "";
      if (conv === "x") {
        digits = a.toString(16);
        if (flags.includes("#")) prefix = "0x";
      } else if (conv === "X") {
        digits = a.toString(16).toUpperCase();
        if (flags.includes("#")) prefix = "0X";
      } else if (conv === "o") {
        digits = a.toString(8);
        if (flags.includes("#")) prefix = "0o";
      } else digits = decimal!.startsWith("-") ? decimal!.slice(1) : decimal!;
      if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
      const sign = neg ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
      return pad(digits, sign, prefix, flags, width, true);
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      let x: number;
      if (value instanceof PyFloatObject) x = value.ob_fval;
      else {
        if (value.ob_type.nb_float === null && value.ob_type.nb_index === null) {
          throw PyErr_Format(PyExc_TypeError, `must be real number, not ${value.ob_type.tp_name}`);
        }
        const f = PyNumber_Float(value);
        x = (f as PyFloatObject).ob_fval;
        Py_DECREF(f);
      }
      const p = prec < 0 ? 6 : prec;
      const neg = x < 0 || Object.is(x, -0);
      const v = Math.abs(x);
      let body: string;
      const alt = flags.includes("#");
      if (Number.isNaN(x)) body = "nan";
      else if (!Number.isFinite(x)) body = "inf";
      else if (conv === "f" || conv === "F") body = formatF(v, p, alt);
      else if (conv === "e" || conv === "E") body = formatE(v, p, alt);
      else body = formatG(v, p === 0 ? 1 : p, alt, false);
      if (conv === "E" || conv === "F" || conv === "G") body = body.toUpperCase();
      const sign = neg && !Number.isNaN(x) ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
      return pad(body, sign, "", Number.isFinite(x) ? flags : flags.replace("0", ""), width, true);
    }
    case "c": {
      let ch: string;
      if (value instanceof PyUnicodeObject) {
        if (value.cplen !== 1) throw PyErr_Format(PyExc_TypeError, "%c requires int or char");
        ch = value.str;
      } else if (value instanceof PyLongObject) {
        const v = value.big === null ? value.v : -1;
        if (v < 0 || v > 0x10ffff) throw PyErr_Format(PyExc_OverflowError, "%c arg not in range(0x110000)");
        ch = String.fromCodePoint(v);
      } else {
        throw PyErr_Format(PyExc_TypeError, "%c requires int or char");
      }
      return pad(ch, "", "", flags.replace("0", ""), width, false);
    }
    default: {
      const code = conv.codePointAt(0)!;
      throw PyErr_Format(
        PyExc_ValueError,
        `unsupported format character '${conv}' (0x${code.toString(16)}) at index ${index}`,
      );
    }
  }
}

void bigBitLength;
void PyObject_Call;
void unicode_repr_string;
