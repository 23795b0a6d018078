/**
 * `str.format` and `str.format_map` (CPython's
 * Objects/stringlib/unicode_format.h): the markup parser — literal text,
 * `{field_name!conversion:format_spec}` fields, `{{` and `}}` escapes —
 * and the driver that looks each field up and formats it. The `_string`
 * module (modules/string.ts) wraps the same parser for string.Formatter
 * (MarkupIterator_next, field_name_split and FieldNameIterator_next), as
 * CPython shares them.
 *
 * Positions are UTF-16 offsets into the JS string: every character the
 * parser looks for is ASCII, never part of a surrogate pair, so each
 * piece cut is the piece CPython cuts by code point. Code points are read
 * only where one matters: a conversion character and the digits of an
 * index (any Unicode decimal digit, as Py_UNICODE_TODECIMAL).
 *
 * The arguments arrive as CPython's method gets them (METH_VARARGS |
 * METH_KEYWORDS): a tuple of the positional arguments and a dict of the
 * keyword arguments, or null when there are none; format_map passes no
 * tuple and its mapping as the keywords.
 */
import { toDecimal } from "../unicode/ucd.js";
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { PyErr_Format, PyErr_SetObject, toPyException } from "./errors.js";
import { PyExc_IndexError, PyExc_KeyError, PyExc_ValueError } from "./exceptions.js";
import { PyLong_FromBigInt } from "./longobject.js";
import { Py_None } from "./noneobject.js";
import { type PyUnicodeObject, PyUnicode_AsString, PyUnicode_FromString } from "./unicodeobject.js";
import { PyTuple_GET_SIZE, _PyTuple_FromArray } from "./tupleobject.js";
import {
  PyObject_ASCII,
  PyObject_Format,
  PyObject_GetItem,
  PyObject_Repr,
  PyObject_Str,
  PySequence_Check,
  PySequence_GetItem,
} from "./abstract.js";
import { PyObject_GetAttr } from "./object.js";
import { _PyCall_TakePacked, _PyStack_AsDict } from "./call.js";

/** PY_SSIZE_T_MAX, the bound of an index in a format string. */
const PY_SSIZE_T_MAX = (1n << 63n) - 1n;

/** A piece of the string parsed (CPython's SubString); `str` null is
 *  an absent piece (None), as a SubString with a NULL str. */
export interface SubString {
  str: string | null;
  start: number;
  end: number;
}

function absent(): SubString {
  return { str: null, start: 0, end: 0 };
}

/** SubString_new_object: the piece as a str, or None when absent. */
export function SubString_new_object(sub: SubString): PyObject {
  if (sub.str === null) return Py_NewRef(Py_None);
  return PyUnicode_FromString(sub.str.slice(sub.start, sub.end));
}

/** SubString_new_object_or_empty: the piece as a str, '' when absent. */
export function SubString_new_object_or_empty(sub: SubString): PyObject {
  if (sub.str === null) return PyUnicode_FromString("");
  return SubString_new_object(sub);
}

// ---------------------------------------------------------------- integers

/** Py_UNICODE_TODECIMAL: a decimal digit's value (category Nd), or -1. */
function decimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x80) return -1;
  return toDecimal(cp);
}

/** get_integer: the piece as an index, -1 when empty or not all decimal
 *  digits; a ValueError past PY_SSIZE_T_MAX. */
function get_integer(sub: SubString): bigint {
  const s = sub.str!;
  if (sub.start >= sub.end) return -1n;
  let acc = 0n;
  for (let i = sub.start; i < sub.end; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const digit = decimalValue(cp);
    if (digit < 0) return -1n;
    if (acc > (PY_SSIZE_T_MAX - BigInt(digit)) / 10n) {
      throw PyErr_Format(PyExc_ValueError, "Too many decimal digits in format string");
    }
    acc = acc * 10n + BigInt(digit);
  }
  return acc;
}

// ---------------------------------------------------------------- field names

/** What is left of a field name after its first part: `.attr` and
 *  `[key]` lookups (CPython's FieldNameIterator). */
export interface FieldNameIterator {
  str: string;
  index: number;
  end: number;
}

/** One lookup of a field name: an attribute or an item; `idx` the key as
 *  an index, -1 when it is not all digits (always -1 for attributes). */
export interface FieldNameStep {
  isAttribute: boolean;
  idx: bigint;
  name: SubString;
}

/** _FieldNameIterator_attr: up to the next '.' or '[' or the end. */
function fieldNameAttr(it: FieldNameIterator): SubString {
  const s = it.str;
  const start = it.index;
  while (it.index < it.end) {
    const c = s[it.index];
    if (c === "[" || c === ".") break;
    it.index++;
  }
  return { str: s, start, end: it.index };
}

/** _FieldNameIterator_item: up to the ']' (not included). */
function fieldNameItem(it: FieldNameIterator): SubString {
  const s = it.str;
  const start = it.index;
  while (it.index < it.end) {
    if (s[it.index++] === "]") return { str: s, start, end: it.index - 1 };
  }
  throw PyErr_Format(PyExc_ValueError, "Missing ']' in format string");
}

/** FieldNameIterator_next: the next lookup, or null at the end. */
export function FieldNameIterator_next(it: FieldNameIterator): FieldNameStep | null {
  if (it.index >= it.end) return null;
  let step: FieldNameStep;
  switch (it.str[it.index++]) {
    case ".":
      step = { isAttribute: true, idx: -1n, name: fieldNameAttr(it) };
      break;
    case "[": {
      const name = fieldNameItem(it);
      step = { isAttribute: false, idx: get_integer(name), name };
      break;
    }
    default:
      throw PyErr_Format(PyExc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
  }
  if (step.name.start === step.name.end) throw PyErr_Format(PyExc_ValueError, "Empty attribute in format string");
  return step;
}

/** Automatic field numbering's state across one format call
 *  (CPython's AutoNumber). */
interface AutoNumber {
  state: "init" | "auto" | "manual";
  fieldNumber: number;
}

/** What field_name_split gives: the first part, its index (-1 when it
 *  is not a number), and the lookups after it. */
export interface FieldNameSplit {
  first: SubString;
  firstIdx: bigint;
  rest: FieldNameIterator;
}

/**
 * field_name_split: `str[start:end]` cut at its first '.' or '['. With
 * `autoNumber` (str.format), an empty first part takes the next automatic
 * number, and mixing automatic and manual numbering is an error;
 * without (string.Formatter), an empty first part stays empty.
 */
export function field_name_split(
  str: string,
  start: number,
  end: number,
  autoNumber: AutoNumber | null,
): FieldNameSplit {
  let i = start;
  while (i < end && str[i] !== "." && str[i] !== "[") i++;
  const first: SubString = { str, start, end: i };
  const rest: FieldNameIterator = { str, index: i, end };
  let firstIdx = get_integer(first);
  const empty = first.start >= first.end;
  const numeric = empty || firstIdx !== -1n;
  if (autoNumber !== null) {
    if (autoNumber.state === "init" && numeric) autoNumber.state = empty ? "auto" : "manual";
    if (numeric) {
      if (autoNumber.state === "manual") {
        if (empty) {
          throw PyErr_Format(
            PyExc_ValueError,
            "cannot switch from manual field specification to automatic field numbering",
          );
        }
      } else if (!empty) {
        throw PyErr_Format(
          PyExc_ValueError,
          "cannot switch from automatic field numbering to manual field specification",
        );
      }
    }
    if (empty) firstIdx = BigInt(autoNumber.fieldNumber++);
  }
  return { first, firstIdx, rest };
}

// ---------------------------------------------------------------- markup

/** One step of a MarkupIterator: literal text, then the field it is
 *  followed by, if any. `conversion` is "" for none. */
export interface MarkupPiece {
  literal: SubString;
  fieldPresent: boolean;
  fieldName: SubString;
  formatSpec: SubString;
  conversion: string;
  formatSpecNeedsExpanding: boolean;
}

/**
 * parse_field: the field after an unescaped '{' at `it.start`, up to its
 * closing '}', into `piece`; advances `it`.
 */
function parse_field(it: SubString, piece: MarkupPiece): void {
  const s = it.str!;
  let c = "";
  // The name ends at the end of the string, ':', '!' or '}' (a '['
  // skips to its ']').
  piece.fieldName = { str: s, start: it.start, end: 0 };
  while (it.start < it.end) {
    c = s[it.start++];
    if (c === "{") throw PyErr_Format(PyExc_ValueError, "unexpected '{' in field name");
    if (c === "[") {
      while (it.start < it.end && s[it.start] !== "]") it.start++;
      continue;
    }
    if (c === "}" || c === ":" || c === "!") break;
  }
  piece.fieldName.end = it.start - 1;
  if (c === "!" || c === ":") {
    if (c === "!") {
      if (it.start >= it.end) {
        throw PyErr_Format(PyExc_ValueError, "end of string while looking for conversion specifier");
      }
      piece.conversion = String.fromCodePoint(s.codePointAt(it.start)!);
      it.start += piece.conversion.length;
      if (it.start < it.end) {
        c = s[it.start++];
        if (c === "}") return;
        if (c !== ":") throw PyErr_Format(PyExc_ValueError, "expected ':' after conversion specifier");
      }
    }
    piece.formatSpec = { str: s, start: it.start, end: 0 };
    let count = 1;
    while (it.start < it.end) {
      c = s[it.start++];
      if (c === "{") {
        piece.formatSpecNeedsExpanding = true;
        count++;
      } else if (c === "}") {
        count--;
        if (count === 0) {
          piece.formatSpec.end = it.start - 1;
          return;
        }
      }
    }
    throw PyErr_Format(PyExc_ValueError, "unmatched '{' in format spec");
  }
  if (c !== "}") throw PyErr_Format(PyExc_ValueError, "expected '}' before end of string");
}

/**
 * MarkupIterator_next: the next piece of `it`, or null at its end. An
 * escaped '{{' or '}}' ends a literal (keeping one brace) with no field;
 * the next call goes on after the second brace.
 */
export function MarkupIterator_next(it: SubString): MarkupPiece | null {
  if (it.start >= it.end) return null;
  const s = it.str!;
  const piece: MarkupPiece = {
    literal: absent(),
    fieldPresent: false,
    fieldName: absent(),
    formatSpec: absent(),
    conversion: "",
    formatSpecNeedsExpanding: false,
  };
  const start = it.start;
  let c = "";
  let markupFollows = false;
  while (it.start < it.end) {
    c = s[it.start++];
    if (c === "{" || c === "}") {
      markupFollows = true;
      break;
    }
  }
  const atEnd = it.start >= it.end;
  let len = it.start - start;
  if (c === "}" && (atEnd || c !== s[it.start])) {
    throw PyErr_Format(PyExc_ValueError, "Single '}' encountered in format string");
  }
  if (atEnd && c === "{") throw PyErr_Format(PyExc_ValueError, "Single '{' encountered in format string");
  if (!atEnd) {
    if (c === s[it.start]) {
      it.start++;
      markupFollows = false;
    } else {
      len--;
    }
  }
  piece.literal = { str: s, start, end: start + len };
  if (!markupFollows) return piece;
  piece.fieldPresent = true;
  parse_field(it, piece);
  return piece;
}

// ---------------------------------------------------------------- formatting

/** get_field_object: the object a field names, its lookups applied
 *  (a new reference). */
function get_field_object(
  input: SubString,
  args: PyObject | null,
  kwargs: PyObject | null,
  autoNumber: AutoNumber,
): PyObject {
  const split = field_name_split(input.str!, input.start, input.end, autoNumber);
  let obj: PyObject;
  if (split.firstIdx === -1n) {
    const key = SubString_new_object(split.first);
    try {
      if (kwargs === null) throw PyErr_SetObject(PyExc_KeyError, key);
      obj = PyObject_GetItem(kwargs, key);
    } finally {
      Py_DECREF(key);
    }
  } else {
    if (args === null) throw PyErr_Format(PyExc_ValueError, "Format string contains positional fields");
    try {
      obj = PySequence_GetItem(args, Number(split.firstIdx));
    } catch (e) {
      Py_DECREF(toPyException(e));
      throw PyErr_Format(
        PyExc_IndexError,
        `Replacement index ${split.firstIdx} out of range for positional args tuple`,
      );
    }
  }
  try {
    for (;;) {
      const step = FieldNameIterator_next(split.rest);
      if (step === null) return obj;
      let next: PyObject;
      if (step.isAttribute || step.idx === -1n) {
        const name = SubString_new_object(step.name);
        try {
          next = step.isAttribute ? PyObject_GetAttr(obj, name) : PyObject_GetItem(obj, name);
        } finally {
          Py_DECREF(name);
        }
      } else if (PySequence_Check(obj)) {
        next = PySequence_GetItem(obj, Number(step.idx));
      } else {
        const key = PyLong_FromBigInt(step.idx);
        try {
          next = PyObject_GetItem(obj, key);
        } finally {
          Py_DECREF(key);
        }
      }
      Py_DECREF(obj);
      obj = next;
    }
  } catch (e) {
    Py_DECREF(obj);
    throw e;
  }
}

/** do_conversion: `!r`, `!s` or `!a` (a new reference). */
function do_conversion(obj: PyObject, conversion: string): PyObject {
  switch (conversion) {
    case "r":
      return PyObject_Repr(obj);
    case "s":
      return PyObject_Str(obj);
    case "a":
      return PyObject_ASCII(obj);
  }
  const cp = conversion.codePointAt(0)!;
  const shown = cp > 32 && cp < 127 ? conversion : `\\x${cp.toString(16)}`;
  throw PyErr_Format(PyExc_ValueError, `Unknown conversion specifier ${shown}`);
}

/** output_markup: one field's text (render_field: `__format__` with the
 *  spec, itself formatted first when it holds fields). */
function output_markup(
  piece: MarkupPiece,
  args: PyObject | null,
  kwargs: PyObject | null,
  depth: number,
  autoNumber: AutoNumber,
): string {
  let fieldobj = get_field_object(piece.fieldName, args, kwargs, autoNumber);
  try {
    if (piece.conversion !== "") {
      const converted = do_conversion(fieldobj, piece.conversion);
      Py_DECREF(fieldobj);
      fieldobj = converted;
    }
    const specText = piece.formatSpecNeedsExpanding
      ? build_string(piece.formatSpec, args, kwargs, depth - 1, autoNumber)
      : piece.formatSpec.str === null
        ? ""
        : piece.formatSpec.str.slice(piece.formatSpec.start, piece.formatSpec.end);
    const spec = PyUnicode_FromString(specText);
    try {
      const result = PyObject_Format(fieldobj, spec);
      const text = PyUnicode_AsString(result);
      Py_DECREF(result);
      return text;
    } finally {
      Py_DECREF(spec);
    }
  } finally {
    Py_DECREF(fieldobj);
  }
}

/** build_string (with do_markup): the text of `input` formatted. */
function build_string(
  input: SubString,
  args: PyObject | null,
  kwargs: PyObject | null,
  depth: number,
  autoNumber: AutoNumber,
): string {
  if (depth <= 0) throw PyErr_Format(PyExc_ValueError, "Max string recursion exceeded");
  const it: SubString = { str: input.str, start: input.start, end: input.end };
  let out = "";
  for (;;) {
    const piece = MarkupIterator_next(it);
    if (piece === null) return out;
    const lit = piece.literal;
    if (lit.end !== lit.start) out += lit.str!.slice(lit.start, lit.end);
    if (piece.fieldPresent) out += output_markup(piece, args, kwargs, depth, autoNumber);
  }
}

/**
 * do_string_format: `format` formatted with the positional arguments
 * `args` (a tuple, or null for format_map) and the keywords `kwargs` (a
 * mapping, or null); the text of the result. PEP 3101 allows two levels
 * of fields: a field in a field's spec, no deeper.
 */
export function do_string_format(format: string, args: PyObject | null, kwargs: PyObject | null): string {
  return build_string({ str: format, start: 0, end: format.length }, args, kwargs, 2, {
    state: "init",
    fieldNumber: 0,
  });
}

/** str.format(*args, **kwargs): the tuple and dict CPython's
 *  METH_VARARGS | METH_KEYWORDS call makes (no dict without keywords). */
export function unicode_format_method(self: PyUnicodeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const given = _PyCall_TakePacked();
  if (given !== null) return PyUnicode_FromString(do_string_format(self.str, given.args, given.kwargs));
  const nk = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
  const npos = args.length - nk;
  const argsTuple = _PyTuple_FromArray(npos === args.length ? args : args.slice(0, npos));
  let kwargs: PyObject | null = null;
  try {
    if (nk > 0) kwargs = _PyStack_AsDict(args, npos, kwnames!);
    return PyUnicode_FromString(do_string_format(self.str, argsTuple, kwargs));
  } finally {
    Py_DECREF(argsTuple);
    if (kwargs !== null) Py_DECREF(kwargs);
  }
}

/** str.format_map(mapping): fields looked up in `mapping`, none by
 *  position. */
export function unicode_format_map_method(self: PyUnicodeObject, mapping: PyObject): PyObject {
  return PyUnicode_FromString(do_string_format(self.str, null, mapping));
}
