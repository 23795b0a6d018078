/**
 * The `_string` module (defined in CPython's Objects/unicodeobject.c):
 * the two parsers `string.Formatter` (Lib/string.py) is built on, over
 * str.format's own (objects/unicode-markup.ts, CPython's
 * Objects/stringlib/unicode_format.h).
 *
 *  - `formatter_parser(s)` returns a `formatteriterator` over the markup
 *    of `s`: one `(literal, field_name, format_spec, conversion)` tuple
 *    per piece, `field_name` None when no field follows the literal,
 *    `conversion` None or one character;
 *  - `formatter_field_name_split(name)` returns `(first, rest)`: the part
 *    before the first '.' or '[' (an int when it is all decimal digits),
 *    and a `fieldnameiterator` of `(is_attribute, key)` pairs.
 *
 * Both iterators own a reference to the str they parse and keep their
 * place in it. They are plain objects without the GC header
 * (Py_TPFLAGS_DEFAULT), of CPython's sizes: 48 and 56 bytes.
 */
import { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { PyObject_Free } from "../heap/gc.js";
import { newStaticType, type PyTypeObject } from "../objects/typeobject.js";
import { METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/moduleobject.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyLong_FromBigInt, PyBool_FromBool } from "../objects/longobject.js";
import { _PyTuple_FromArraySteal } from "../objects/tupleobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_TypeError } from "../objects/exceptions.js";
import {
  type FieldNameIterator,
  FieldNameIterator_next,
  field_name_split,
  MarkupIterator_next,
  type SubString,
  SubString_new_object,
  SubString_new_object_or_empty,
} from "../objects/unicode-markup.js";

// ---------------------------------------------------------------- formatteriterator

export class FormatterIterObject extends PyObject {
  /** The str parsed (owned), and the part of it left (it_markup). */
  str: PyObject | null;
  markup: SubString;
  constructor(str: PyObject) {
    super(PyFormatterIter_Type, 48);
    this.str = str;
    const s = PyUnicode_AsString(str);
    this.markup = { str: s, start: 0, end: s.length };
  }
}

function formatteriter_dealloc(self: PyObject): void {
  const it = self as FormatterIterObject;
  const s = it.str;
  it.str = null;
  if (s !== null) Py_DECREF(s);
  PyObject_Free(it);
}

/** formatteriter_next: (literal, field_name, format_spec, conversion). */
function formatteriter_next(self: PyObject): PyObject | null {
  const piece = MarkupIterator_next((self as FormatterIterObject).markup);
  if (piece === null) return null;
  const literal = SubString_new_object(piece.literal);
  const fieldName = SubString_new_object(piece.fieldName);
  // A field present gets a spec even when empty; none gets None.
  const spec = piece.fieldPresent
    ? SubString_new_object_or_empty(piece.formatSpec)
    : SubString_new_object(piece.formatSpec);
  const conversion = piece.conversion === "" ? Py_NewRef(Py_None) : PyUnicode_FromString(piece.conversion);
  return _PyTuple_FromArraySteal([literal, fieldName, spec, conversion]);
}

function self_iter(self: PyObject): PyObject {
  return Py_NewRef(self);
}

const PyFormatterIter_Type: PyTypeObject = newStaticType("formatteriterator", 48, 0, formatteriter_dealloc);
PyFormatterIter_Type.tp_iter = self_iter;
PyFormatterIter_Type.tp_iternext = formatteriter_next;

// ---------------------------------------------------------------- fieldnameiterator

export class FieldNameIterObject extends PyObject {
  /** The field name (owned), and the lookups left in it. */
  str: PyObject | null;
  field: FieldNameIterator;
  constructor(str: PyObject, field: FieldNameIterator) {
    super(PyFieldNameIter_Type, 56);
    this.str = str;
    this.field = field;
  }
}

function fieldnameiter_dealloc(self: PyObject): void {
  const it = self as FieldNameIterObject;
  const s = it.str;
  it.str = null;
  if (s !== null) Py_DECREF(s);
  PyObject_Free(it);
}

/** fieldnameiter_next: (is_attribute, key), the key an int when it is
 *  all decimal digits inside brackets. */
function fieldnameiter_next(self: PyObject): PyObject | null {
  const step = FieldNameIterator_next((self as FieldNameIterObject).field);
  if (step === null) return null;
  const key = step.idx !== -1n ? PyLong_FromBigInt(step.idx) : SubString_new_object(step.name);
  return _PyTuple_FromArraySteal([PyBool_FromBool(step.isAttribute), key]);
}

const PyFieldNameIter_Type: PyTypeObject = newStaticType("fieldnameiterator", 56, 0, fieldnameiter_dealloc);
PyFieldNameIter_Type.tp_iter = self_iter;
PyFieldNameIter_Type.tp_iternext = fieldnameiter_next;

// ---------------------------------------------------------------- the module

function checkStr(arg: PyObject): void {
  if (!PyUnicode_Check(arg)) throw PyErr_Format(PyExc_TypeError, `expected str, got ${arg.ob_type.tp_name}`);
}

/** formatter_parser(str): the formatteriterator over `str`. */
function formatter_parser(_m: PyObject, arg: PyObject): PyObject {
  checkStr(arg);
  return new FormatterIterObject(Py_NewRef(arg));
}

/** formatter_field_name_split(str): (first, fieldnameiterator), as
 *  field_name_split with no automatic numbering. */
function formatter_field_name_split(_m: PyObject, arg: PyObject): PyObject {
  checkStr(arg);
  const s = PyUnicode_AsString(arg);
  const split = field_name_split(s, 0, s.length, null);
  const it = new FieldNameIterObject(Py_NewRef(arg), split.rest);
  const first = split.firstIdx !== -1n ? PyLong_FromBigInt(split.firstIdx) : SubString_new_object(split.first);
  return _PyTuple_FromArraySteal([first, it]);
}

const functions: PyMethodDef[] = [
  { name: "formatter_field_name_split", meth: formatter_field_name_split, flags: METH_O },
  { name: "formatter_parser", meth: formatter_parser, flags: METH_O },
];

export function PyInit__string(): PyObject {
  const m = PyModule_New("_string");
  PyModule_Add(m, "__doc__", PyUnicode_FromString("string helper module"));
  PyModule_AddFunctions(m, functions);
  return m;
}
