/**
 * The `unicodedata` module (CPython's Modules/unicodedata.c): character
 * properties, names and normalization from the Unicode 14.0.0 database of
 * src/unicode/ucd.ts, and `ucd_3_2_0`, the `unicodedata.UCD` object that
 * answers as Unicode 3.2.0 did (stringprep and the idna codec use it).
 *
 * As in CPython, one method table serves both: as module functions `self`
 * is the module (the current database), as UCD methods `self` is a UCD
 * object (its own version). A UCD object is GC-tracked and holds no
 * references besides its type (CPython's PreviousDBVersion: a name and two
 * function pointers, 40 bytes plus the GC header).
 *
 * Importing the module decodes nothing: ucd.ts decodes each table on the
 * first question that needs it.
 */
import { PyGCObject, type PyObject, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { Py_NewRef } from "../heap/refcount.js";
import { METH_FASTCALL, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddFunctions, PyModule_AddObjectRef, PyModule_New } from "../objects/moduleobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_KeyError, PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.js";
import { _PyArg_CheckPositional } from "../objects/getargs.js";
import { Py_False, Py_True, PyLong_FromNumber } from "../objects/longobject.js";
import { PyFloat_FromDouble } from "../objects/floatobject.js";
import { PyBytes_Check } from "../objects/bytesobject.js";
import { badArgument } from "../objects/bytes-methods.js";
import { newStaticType, _PyType_FromSpecInCPython, type PyTypeObject } from "../objects/typeobject.js";
import { PyObject_CheckBuffer } from "../objects/buffer.js";
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from "../objects/unicodeobject.js";
import {
  codePoints,
  fromCodePoints,
  NAME_MAXLEN,
  type NormalForm,
  UCD_3_2_0,
  UCD_CURRENT,
  type UnicodeDatabase,
  UNIDATA_VERSION,
} from "../unicode/ucd.js";

// ---------------------------------------------------------------- the UCD type

/** sizeof(PreviousDBVersion): the object head, name, getrecord, normalization. */
const UCD_BASICSIZE = 40;

class PreviousDBVersion extends PyGCObject {
  readonly db: UnicodeDatabase;
  constructor(type: PyTypeObject, db: UnicodeDatabase) {
    super(type, UCD_BASICSIZE);
    this.db = db;
    PyObject_GC_Track(this);
  }
}

function ucd_dealloc(self: PyObject): void {
  PyObject_GC_UnTrack(self as PreviousDBVersion);
  PyObject_GC_Del(self as PreviousDBVersion);
}

/** ucd_traverse: the type, as a heap type's instance visits it. */
function ucd_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  visit(self.ob_type);
}

export const UCD_Type: PyTypeObject = newStaticType("unicodedata.UCD", UCD_BASICSIZE, TPFLAGS_HAVE_GC, ucd_dealloc);
_PyType_FromSpecInCPython(UCD_Type);

/** The database a function answers from: the UCD object's, or the current one. */
function dbOf(self: PyObject): UnicodeDatabase {
  return self instanceof PreviousDBVersion ? self.db : UCD_CURRENT;
}

// ---------------------------------------------------------------- arguments

/** Argument Clinic's `int(accept={str})`: a str of length 1, its code point. */
function unicodeChar(fname: string, what: string, arg: PyObject): number {
  if (PyUnicode_Check(arg)) {
    const s = arg.str;
    const cp = s.codePointAt(0);
    if (cp !== undefined && s.length === (cp > 0xffff ? 2 : 1)) return cp;
  }
  throw badArgument(fname, what, "a unicode character", arg);
}

/** (chr, default=<unrepresentable>): the code point and the default, or null. */
function charAndDefault(fname: string, args: PyObject[]): [number, PyObject | null] {
  _PyArg_CheckPositional(fname, args.length, 1, 2);
  return [unicodeChar(fname, "argument 1", args[0]), args.length > 1 ? args[1] : null];
}

function strArgument(fname: string, n: number, arg: PyObject): PyUnicodeObject {
  if (!PyUnicode_Check(arg)) throw badArgument(fname, `argument ${n}`, "str", arg);
  return arg;
}

const FORMS = new Set(["NFC", "NFKC", "NFD", "NFKD"]);

function normalForm(form: PyUnicodeObject): NormalForm {
  if (!FORMS.has(form.str)) throw PyErr_Format(PyExc_ValueError, "invalid normalization form");
  return form.str as NormalForm;
}

/** The value or, when there is none, the default (or ValueError(message)). */
function orDefault(value: PyObject | null, dflt: PyObject | null, message: string): PyObject {
  if (value !== null) return value;
  if (dflt === null) throw PyErr_Format(PyExc_ValueError, message);
  return Py_NewRef(dflt);
}

// ---------------------------------------------------------------- functions

function unicodedata_decimal(self: PyObject, args: PyObject[]): PyObject {
  const [cp, dflt] = charAndDefault("decimal", args);
  const v = dbOf(self).decimal(cp);
  return orDefault(v < 0 ? null : PyLong_FromNumber(v), dflt, "not a decimal");
}

function unicodedata_digit(self: PyObject, args: PyObject[]): PyObject {
  const [cp, dflt] = charAndDefault("digit", args);
  const v = dbOf(self).digit(cp);
  return orDefault(v < 0 ? null : PyLong_FromNumber(v), dflt, "not a digit");
}

function unicodedata_numeric(self: PyObject, args: PyObject[]): PyObject {
  const [cp, dflt] = charAndDefault("numeric", args);
  const v = dbOf(self).numeric(cp);
  return orDefault(v === -1.0 ? null : PyFloat_FromDouble(v), dflt, "not a numeric character");
}

function unicodedata_category(self: PyObject, arg: PyObject): PyObject {
  return PyUnicode_FromString(dbOf(self).category(unicodeChar("category", "argument", arg)));
}

function unicodedata_bidirectional(self: PyObject, arg: PyObject): PyObject {
  return PyUnicode_FromString(dbOf(self).bidirectional(unicodeChar("bidirectional", "argument", arg)));
}

function unicodedata_combining(self: PyObject, arg: PyObject): PyObject {
  return PyLong_FromNumber(dbOf(self).combining(unicodeChar("combining", "argument", arg)));
}

function unicodedata_mirrored(self: PyObject, arg: PyObject): PyObject {
  return PyLong_FromNumber(dbOf(self).mirrored(unicodeChar("mirrored", "argument", arg)));
}

function unicodedata_east_asian_width(self: PyObject, arg: PyObject): PyObject {
  return PyUnicode_FromString(dbOf(self).eastAsianWidth(unicodeChar("east_asian_width", "argument", arg)));
}

function unicodedata_decomposition(self: PyObject, arg: PyObject): PyObject {
  return PyUnicode_FromString(dbOf(self).decomposition(unicodeChar("decomposition", "argument", arg)));
}

function unicodedata_name(self: PyObject, args: PyObject[]): PyObject {
  const [cp, dflt] = charAndDefault("name", args);
  const name = dbOf(self).name(cp);
  return orDefault(name === null ? null : PyUnicode_FromString(name), dflt, "no such name");
}

/** PyArg_Parse's `s#`: a str (as its UTF-8 text) or a bytes object. */
function nameArgument(arg: PyObject): string {
  if (PyUnicode_Check(arg)) return arg.str;
  if (PyBytes_Check(arg)) return String.fromCharCode(...arg.ob_sval);
  if (PyObject_CheckBuffer(arg)) {
    throw badArgument("lookup", "argument", "read-only bytes-like object", arg);
  }
  throw PyErr_Format(PyExc_TypeError, `a bytes-like object is required, not '${arg.ob_type.tp_name}'`);
}

function unicodedata_lookup(self: PyObject, arg: PyObject): PyObject {
  const name = nameArgument(arg);
  if (new TextEncoder().encode(name).length > NAME_MAXLEN) {
    throw PyErr_Format(PyExc_KeyError, "name too long");
  }
  const cps = dbOf(self).lookup(name, true);
  if (cps === null) {
    const nul = name.indexOf("\0");
    const shown = nul < 0 ? name : name.slice(0, nul);
    throw PyErr_Format(PyExc_KeyError, `undefined character name '${shown}'`);
  }
  return PyUnicode_FromString(fromCodePoints(cps));
}

function unicodedata_is_normalized(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("is_normalized", args.length, 2, 2);
  const form = strArgument("is_normalized", 1, args[0]);
  const input = strArgument("is_normalized", 2, args[1]);
  if (input.str.length === 0) return Py_NewRef(Py_True);
  const f = normalForm(form);
  const db = dbOf(self);
  const cps = codePoints(input.str);
  if (db.quickCheckYes(cps, f)) return Py_NewRef(Py_True);
  return Py_NewRef(fromCodePoints(db.normalize(f, cps)) === input.str ? Py_True : Py_False);
}

function unicodedata_normalize(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("normalize", args.length, 2, 2);
  const form = strArgument("normalize", 1, args[0]);
  const input = strArgument("normalize", 2, args[1]);
  if (input.str.length === 0) return Py_NewRef(input);
  const f = normalForm(form);
  const db = dbOf(self);
  const cps = codePoints(input.str);
  if (db.quickCheckYes(cps, f)) return Py_NewRef(input);
  return PyUnicode_FromString(fromCodePoints(db.normalize(f, cps)));
}

const DOCS = {
  decimal:
    "decimal($self, chr, default=<unrepresentable>, /)\n--\n\nConverts a Unicode character into its equivalent decimal value.\n\nReturns the decimal value assigned to the character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.",
  digit:
    "digit($self, chr, default=<unrepresentable>, /)\n--\n\nConverts a Unicode character into its equivalent digit value.\n\nReturns the digit value assigned to the character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.",
  numeric:
    "numeric($self, chr, default=<unrepresentable>, /)\n--\n\nConverts a Unicode character into its equivalent numeric value.\n\nReturns the numeric value assigned to the character chr as float.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.",
  category: "category($self, chr, /)\n--\n\nReturns the general category assigned to the character chr as string.",
  bidirectional:
    "bidirectional($self, chr, /)\n--\n\nReturns the bidirectional class assigned to the character chr as string.\n\nIf no such value is defined, an empty string is returned.",
  combining:
    "combining($self, chr, /)\n--\n\nReturns the canonical combining class assigned to the character chr as integer.\n\nReturns 0 if no combining class is defined.",
  mirrored:
    'mirrored($self, chr, /)\n--\n\nReturns the mirrored property assigned to the character chr as integer.\n\nReturns 1 if the character has been identified as a "mirrored"\ncharacter in bidirectional text, 0 otherwise.',
  east_asian_width:
    "east_asian_width($self, chr, /)\n--\n\nReturns the east asian width assigned to the character chr as string.",
  decomposition:
    "decomposition($self, chr, /)\n--\n\nReturns the character decomposition mapping assigned to the character chr as string.\n\nAn empty string is returned in case no such mapping is defined.",
  is_normalized:
    "is_normalized($self, form, unistr, /)\n--\n\nReturn whether the Unicode string unistr is in the normal form 'form'.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.",
  normalize:
    "normalize($self, form, unistr, /)\n--\n\nReturn the normal form 'form' for the Unicode string unistr.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.",
  name: "name($self, chr, default=<unrepresentable>, /)\n--\n\nReturns the name assigned to the character chr as a string.\n\nIf no name is defined, default is returned, or, if not given,\nValueError is raised.",
  lookup:
    "lookup($self, name, /)\n--\n\nLook up character by name.\n\nIf a character with the given name is found, return the\ncorresponding character.  If not found, KeyError is raised.",
};

const DOC_MODULE = `This module provides access to the Unicode Character Database which
defines character properties for all Unicode characters. The data in
this database is based on the UnicodeData.txt file version
${UNIDATA_VERSION} which is publicly available from ftp://ftp.unicode.org/.

The module uses the same names and symbols as defined by the
UnicodeData File Format ${UNIDATA_VERSION}.`;

/** unicodedata_functions: the module's functions and the UCD type's methods. */
const functions: PyMethodDef[] = [
  { name: "decimal", meth: unicodedata_decimal, flags: METH_FASTCALL, doc: DOCS.decimal },
  { name: "digit", meth: unicodedata_digit, flags: METH_FASTCALL, doc: DOCS.digit },
  { name: "numeric", meth: unicodedata_numeric, flags: METH_FASTCALL, doc: DOCS.numeric },
  { name: "category", meth: unicodedata_category, flags: METH_O, doc: DOCS.category },
  { name: "bidirectional", meth: unicodedata_bidirectional, flags: METH_O, doc: DOCS.bidirectional },
  { name: "combining", meth: unicodedata_combining, flags: METH_O, doc: DOCS.combining },
  { name: "mirrored", meth: unicodedata_mirrored, flags: METH_O, doc: DOCS.mirrored },
  { name: "east_asian_width", meth: unicodedata_east_asian_width, flags: METH_O, doc: DOCS.east_asian_width },
  { name: "decomposition", meth: unicodedata_decomposition, flags: METH_O, doc: DOCS.decomposition },
  { name: "name", meth: unicodedata_name, flags: METH_FASTCALL, doc: DOCS.name },
  { name: "lookup", meth: unicodedata_lookup, flags: METH_O, doc: DOCS.lookup },
  { name: "is_normalized", meth: unicodedata_is_normalized, flags: METH_FASTCALL, doc: DOCS.is_normalized },
  { name: "normalize", meth: unicodedata_normalize, flags: METH_FASTCALL, doc: DOCS.normalize },
];

UCD_Type.tp_methods = functions;
UCD_Type.tp_traverse = ucd_traverse;
UCD_Type.tp_members = [
  {
    name: "unidata_version",
    get: (self) => PyUnicode_FromString((self as PreviousDBVersion).db.version),
    set: null,
    noneIfNull: false,
    newReference: true,
  },
];

export function PyInit_unicodedata(): PyObject {
  const m = PyModule_New("unicodedata");
  PyModule_AddFunctions(m, functions);
  PyModule_Add(m, "__doc__", PyUnicode_FromString(DOC_MODULE));
  PyModule_Add(m, "unidata_version", PyUnicode_FromString(UNIDATA_VERSION));
  PyModule_AddObjectRef(m, "UCD", UCD_Type);
  PyModule_Add(m, "ucd_3_2_0", new PreviousDBVersion(UCD_Type, UCD_3_2_0));
  return m;
}
