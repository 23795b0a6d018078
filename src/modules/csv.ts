/**
 * The `_csv` module (CPython 3.11's Modules/_csv.c), under CPython's
 * Lib/csv.py: the `Dialect` type (the checked, immutable parameters of a
 * CSV format), the `reader` (a state machine over the lines an iterator
 * gives, character by character) and the `writer` (fields joined with
 * the quoting and escaping rules, handed to a `write` callable), the
 * dialect registry, `field_size_limit` and `_csv.Error`, with CPython's
 * messages.
 *
 * Representation: characters are code points (numbers); NOT_SET (-1)
 * stands for "no escapechar/quotechar" and EOL (-2) for the end of an
 * input line, as in CPython. The field being parsed is a JS string with
 * its length in code points kept beside it (the field limit counts code
 * points); the record being written is a JS string.
 *
 * References and GC, as CPython's: a Dialect holds its lineterminator; a
 * reader holds its dialect, its input iterator and the list of fields of
 * the record being read; a writer holds its dialect, the bound `write`
 * and the Error class. All three types have the GC flag, a tp_traverse
 * visiting those references and a tp_clear dropping them; readers and
 * writers are tracked once made, dialects from tp_new. Their sizes are
 * CPython's (`sizeof` of the C structs: 48, 88 and 72 bytes, plus the GC
 * header). The module's state (Error, the registry dict, the field
 * limit) lives in module-level variables set by PyInit__csv.
 */
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { PyType_Type, newStaticType, type PyTypeObject, _PyType_FromSpecInCPython } from "../objects/typeobject.js";
import {
  METH_FASTCALL,
  METH_KEYWORDS,
  METH_NOARGS,
  METH_O,
  METH_VARARGS,
  type PyMethodDef,
} from "../objects/methoddef.js";
import { _PyArg_UnpackKeywords, newArgParser, nkw } from "../objects/getargs.js";
import {
  type PyModuleObject,
  PyModule_Add,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/moduleobject.js";
import {
  PyUnicode_AsString,
  PyUnicode_Check,
  PyUnicode_FromString,
  PyUnicode_InternFromString,
} from "../objects/unicodeobject.js";
import { PyLong_AsBigInt, PyLong_CheckExact, PyLong_FromNumber, Py_False, Py_True } from "../objects/longobject.js";
import { PyTuple_GET_ITEM, PyTuple_New, PyTuple_Pack } from "../objects/tupleobject.js";
import {
  PyDict_DelItem,
  PyDict_GetItem,
  PyDict_Keys,
  PyDict_New,
  PyDict_SetItem,
  PyDict_SetItemString,
} from "../objects/dictobject.js";
import { PyList_Append, PyList_New } from "../objects/listobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_ExceptionMatches, PyErr_Format } from "../objects/errors.js";
import { PyExc_Exception, PyExc_KeyError, PyExc_OverflowError, PyExc_TypeError } from "../objects/exceptions.js";
import { PyIter_Next, PyNumber_Float, PyObject_GetIter, PyObject_IsTrue, PyObject_Str } from "../objects/abstract.js";
import { PyObject_Call, PyObject_CallOneArg } from "../objects/call.js";
import {
  PyObject_GetAttrString,
  PyObject_SetAttrString,
  PyObject_TypeCheck,
  _PyObject_LookupAttr,
} from "../objects/object.js";
import { PyBaseExceptionObject } from "../objects/exceptions.js";

const NOT_SET = -1;
const EOL = -2;

// ParserState
const START_RECORD = 0;
const START_FIELD = 1;
const ESCAPED_CHAR = 2;
const IN_FIELD = 3;
const IN_QUOTED_FIELD = 4;
const ESCAPE_IN_QUOTED_FIELD = 5;
const QUOTE_IN_QUOTED_FIELD = 6;
const EAT_CRNL = 7;
const AFTER_ESCAPED_CRNL = 8;

// QuoteStyle
const QUOTE_MINIMAL = 0;
const QUOTE_ALL = 1;
const QUOTE_NONNUMERIC = 2;
const QUOTE_NONE = 3;
const quote_styles: [number, string][] = [
  [QUOTE_MINIMAL, "QUOTE_MINIMAL"],
  [QUOTE_ALL, "QUOTE_ALL"],
  [QUOTE_NONNUMERIC, "QUOTE_NONNUMERIC"],
  [QUOTE_NONE, "QUOTE_NONE"],
];

const CH_NL = 10;
const CH_CR = 13;
const CH_SPACE = 32;

/** The module's state (CPython's _csvstate). */
const state = {
  error_obj: null as PyTypeObject | null,
  dialects: null as PyObject | null,
  field_limit: 128 * 1024,
};

function csvError(msg: string): PyObject {
  return PyErr_Format(state.error_obj!, msg);
}

/** PyErr_Clear for a caught value: a Python exception is dropped, any
 *  other JS exception goes on. */
function clearError(e: unknown): void {
  if (e instanceof PyBaseExceptionObject) Py_DECREF(e);
  else throw e;
}

// ---------------------------------------------------------------- Dialect

class DialectObj extends PyGCObject {
  doublequote: boolean;
  skipinitialspace: boolean;
  strict: boolean;
  quoting: number;
  delimiter: number;
  quotechar: number;
  escapechar: number;
  lineterminator: PyObject | null;
  /** The lineterminator's text (for the writer's membership test). */
  lineterminatorText: string;
  constructor(type: PyTypeObject) {
    super(type, DIALECT_BASICSIZE);
    this.doublequote = false;
    this.skipinitialspace = false;
    this.strict = false;
    this.quoting = 0;
    this.delimiter = NOT_SET;
    this.quotechar = NOT_SET;
    this.escapechar = NOT_SET;
    this.lineterminator = null;
    this.lineterminatorText = "";
  }
}

const DIALECT_BASICSIZE = 48;
const READER_BASICSIZE = 88;
const WRITER_BASICSIZE = 72;

function D(o: PyObject): DialectObj {
  return o as DialectObj;
}

function get_char_or_None(c: number): PyObject {
  if (c === NOT_SET) return Py_NewRef(Py_None);
  return PyUnicode_FromString(String.fromCodePoint(c));
}

function _set_bool(src: PyObject | null, dflt: boolean): boolean {
  return src === null ? dflt : PyObject_IsTrue(src);
}

function _set_int(name: string, src: PyObject | null, dflt: number): number {
  if (src === null) return dflt;
  if (!PyLong_CheckExact(src)) throw PyErr_Format(PyExc_TypeError, `"${name}" must be an integer`);
  const v = PyLong_AsBigInt(src);
  if (v > 2147483647n || v < -2147483648n) {
    throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return Number(v);
}

/** The one code point of a str of length 1, or -1 for another length. */
function singleChar(src: PyObject): number {
  const s = PyUnicode_AsString(src);
  const c = s.codePointAt(0);
  if (c === undefined) return -1;
  return s.length === (c > 0xffff ? 2 : 1) ? c : -1;
}

function _set_char_or_none(name: string, src: PyObject | null, dflt: number): number {
  if (src === null) return dflt;
  if (src === Py_None) return NOT_SET;
  if (!PyUnicode_Check(src)) {
    throw PyErr_Format(PyExc_TypeError, `"${name}" must be string or None, not ${src.ob_type.tp_name.slice(0, 200)}`);
  }
  const c = singleChar(src);
  if (c < 0) throw PyErr_Format(PyExc_TypeError, `"${name}" must be a 1-character string`);
  return c;
}

function _set_char(name: string, src: PyObject | null, dflt: number): number {
  if (src === null) return dflt;
  if (!PyUnicode_Check(src)) {
    throw PyErr_Format(PyExc_TypeError, `"${name}" must be string, not ${src.ob_type.tp_name.slice(0, 200)}`);
  }
  const c = singleChar(src);
  if (c < 0) throw PyErr_Format(PyExc_TypeError, `"${name}" must be a 1-character string`);
  return c;
}

const dialect_kws = [
  "dialect",
  "delimiter",
  "doublequote",
  "escapechar",
  "lineterminator",
  "quotechar",
  "quoting",
  "skipinitialspace",
  "strict",
];

/** PyArg_ParseTupleAndKeywords(args, kwargs, "|OOOOOOOOO", dialect_kws):
 *  the nine arguments, borrowed, null where not given. */
function parseDialectArgs(args: PyObject[], kwnames: PyObject | null): (PyObject | null)[] {
  const nk = nkw(kwnames);
  const nargs = args.length - nk;
  if (nargs + nk > dialect_kws.length) {
    throw PyErr_Format(PyExc_TypeError, `function takes at most ${dialect_kws.length} arguments (${nargs + nk} given)`);
  }
  const out: (PyObject | null)[] = [];
  for (let i = 0; i < dialect_kws.length; i++) out.push(i < nargs ? args[i] : null);
  for (let k = 0; k < nk; k++) {
    const key = PyUnicode_AsString(PyTuple_GET_ITEM(kwnames!, k));
    const i = dialect_kws.indexOf(key);
    if (i < 0) throw PyErr_Format(PyExc_TypeError, `'${key}' is an invalid keyword argument for this function`);
    if (i < nargs) {
      throw PyErr_Format(PyExc_TypeError, `argument for function given by name ('${key}') and position (${i + 1})`);
    }
    out[i] = args[nargs + k];
  }
  return out;
}

function get_dialect_from_registry(name: PyObject): PyObject {
  const d = PyDict_GetItem(state.dialects!, name);
  if (d === null) throw csvError("unknown dialect");
  return Py_NewRef(d);
}

function dialect_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const a = parseDialectArgs(args, kwnames);
  let dialect = a[0];
  if (dialect !== null) {
    dialect = PyUnicode_Check(dialect) ? get_dialect_from_registry(dialect) : Py_NewRef(dialect);
    // Can we reuse this instance?
    let reuse = PyObject_TypeCheck(dialect, Dialect_Type);
    for (let i = 1; i < a.length; i++) if (a[i] !== null) reuse = false;
    if (reuse) return dialect;
  }
  // The eight settings, owned.
  const v: (PyObject | null)[] = [];
  for (let i = 1; i < a.length; i++) v.push(a[i] === null ? null : Py_NewRef(a[i]!));
  const self = new DialectObj(type);
  try {
    if (dialect !== null) {
      for (let i = 0; i < v.length; i++) {
        if (v[i] !== null) continue;
        try {
          v[i] = PyObject_GetAttrString(dialect, dialect_kws[i + 1]);
        } catch (e) {
          clearError(e);
        }
      }
    }
    const [delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict] = v;
    self.delimiter = _set_char("delimiter", delimiter, 44);
    self.doublequote = _set_bool(doublequote, true);
    self.escapechar = _set_char_or_none("escapechar", escapechar, NOT_SET);
    if (lineterminator === null) self.lineterminator = PyUnicode_FromString("\r\n");
    else if (lineterminator !== Py_None) {
      if (!PyUnicode_Check(lineterminator)) throw PyErr_Format(PyExc_TypeError, '"lineterminator" must be a string');
      self.lineterminator = Py_NewRef(lineterminator);
    }
    self.lineterminatorText = self.lineterminator === null ? "" : PyUnicode_AsString(self.lineterminator);
    self.quotechar = _set_char_or_none("quotechar", quotechar, 34);
    self.quoting = _set_int("quoting", quoting, QUOTE_MINIMAL);
    self.skipinitialspace = _set_bool(skipinitialspace, false);
    self.strict = _set_bool(strict, false);
    // validate options
    if (!quote_styles.some(([style]) => style === self.quoting))
      throw PyErr_Format(PyExc_TypeError, 'bad "quoting" value');
    if (self.delimiter === NOT_SET) {
      throw PyErr_Format(PyExc_TypeError, '"delimiter" must be a 1-character string');
    }
    if (quotechar === Py_None && quoting === null) self.quoting = QUOTE_NONE;
    if (self.quoting !== QUOTE_NONE && self.quotechar === NOT_SET) {
      throw PyErr_Format(PyExc_TypeError, "quotechar must be set if quoting enabled");
    }
    if (self.lineterminator === null) throw PyErr_Format(PyExc_TypeError, "lineterminator must be set");
    PyObject_GC_Track(self);
    return self;
  } catch (e) {
    Py_DECREF(self);
    throw e;
  } finally {
    Py_XDECREF(dialect);
    for (const o of v) Py_XDECREF(o);
  }
}

function Dialect_clear(self: PyObject): void {
  const d = D(self);
  const t = d.lineterminator;
  d.lineterminator = null;
  Py_XDECREF(t);
}

function Dialect_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const d = D(self);
  if (d.lineterminator !== null) visit(d.lineterminator);
}

function Dialect_dealloc(self: PyObject): void {
  PyObject_GC_UnTrack(self as PyGCObject);
  Dialect_clear(self);
  PyObject_GC_Del(self as PyGCObject);
}

function Dialect_reduce(self: PyObject): PyObject {
  const name = self.ob_type.tp_name;
  const short = name.slice(name.lastIndexOf(".") + 1);
  throw PyErr_Format(PyExc_TypeError, `cannot pickle '${short.slice(0, 100)}' instances`);
}

const Dialect_Type = newStaticType(
  "_csv.Dialect",
  DIALECT_BASICSIZE,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
  Dialect_dealloc,
);
Dialect_Type.tp_doc = "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n";
Dialect_Type.tp_new = dialect_new;
Dialect_Type.tp_traverse = Dialect_traverse;
Dialect_Type.tp_clear = Dialect_clear;
Dialect_Type.tp_members = [
  { name: "skipinitialspace", get: (s) => (D(s).skipinitialspace ? Py_True : Py_False), set: null, noneIfNull: false },
  { name: "doublequote", get: (s) => (D(s).doublequote ? Py_True : Py_False), set: null, noneIfNull: false },
  { name: "strict", get: (s) => (D(s).strict ? Py_True : Py_False), set: null, noneIfNull: false },
];
Dialect_Type.tp_getset = [
  { name: "delimiter", get: (s) => get_char_or_None(D(s).delimiter), set: null },
  { name: "escapechar", get: (s) => get_char_or_None(D(s).escapechar), set: null },
  {
    name: "lineterminator",
    get: (s) => (D(s).lineterminator === null ? Py_NewRef(Py_None) : Py_NewRef(D(s).lineterminator!)),
    set: null,
  },
  { name: "quotechar", get: (s) => get_char_or_None(D(s).quotechar), set: null },
  { name: "quoting", get: (s) => PyLong_FromNumber(D(s).quoting), set: null },
];
const reduce_doc = "raises an exception to avoid pickling";
Dialect_Type.tp_methods = [
  { name: "__reduce__", meth: Dialect_reduce, flags: METH_VARARGS, doc: reduce_doc },
  { name: "__reduce_ex__", meth: Dialect_reduce, flags: METH_VARARGS, doc: reduce_doc },
];

/** _call_dialect: Dialect(dialect_inst, **kwargs), the keyword arguments
 *  being those after `nargs` positionals in a vectorcall. */
function _call_dialect(
  dialect_inst: PyObject | null,
  args: PyObject[],
  nargs: number,
  kwnames: PyObject | null,
): DialectObj {
  const call: PyObject[] = dialect_inst === null ? [] : [dialect_inst];
  for (let i = nargs; i < args.length; i++) call.push(args[i]);
  return PyObject_Call(Dialect_Type, call, kwnames) as DialectObj;
}

/** PyArg_UnpackTuple(args, "", min, max): the positional count check. */
function unpackTuple(nargs: number, min: number, max: number): void {
  if (nargs < min) {
    throw PyErr_Format(PyExc_TypeError, ` expected at least ${min} argument${min === 1 ? "" : "s"}, got ${nargs}`);
  }
  if (nargs > max) {
    throw PyErr_Format(PyExc_TypeError, ` expected at most ${max} argument${max === 1 ? "" : "s"}, got ${nargs}`);
  }
}

// ---------------------------------------------------------------- reader

class ReaderObj extends PyGCObject {
  input_iter: PyObject | null;
  dialect: DialectObj | null;
  fields: PyObject | null;
  state: number;
  field: string;
  field_len: number;
  numeric_field: boolean;
  line_num: number;
  constructor(type: PyTypeObject) {
    super(type, READER_BASICSIZE);
    this.input_iter = null;
    this.dialect = null;
    this.fields = null;
    this.state = START_RECORD;
    this.field = "";
    this.field_len = 0;
    this.numeric_field = false;
    this.line_num = 0;
  }
}

function parse_save_field(self: ReaderObj): void {
  let field: PyObject = PyUnicode_FromString(self.field);
  self.field = "";
  self.field_len = 0;
  if (self.numeric_field) {
    self.numeric_field = false;
    try {
      const tmp = PyNumber_Float(field);
      Py_DECREF(field);
      field = tmp;
    } catch (e) {
      Py_DECREF(field);
      throw e;
    }
  }
  try {
    PyList_Append(self.fields!, field);
  } finally {
    Py_DECREF(field);
  }
}

function parse_add_char(self: ReaderObj, c: number): void {
  if (self.field_len >= state.field_limit) throw csvError(`field larger than field limit (${state.field_limit})`);
  self.field += String.fromCodePoint(c);
  self.field_len++;
}

function parse_process_char(self: ReaderObj, c: number): void {
  const dialect = self.dialect!;
  switch (self.state) {
    case START_RECORD:
      // start of record
      if (c === EOL) break; // empty line - return []
      if (c === CH_NL || c === CH_CR) {
        self.state = EAT_CRNL;
        break;
      }
      // normal character - handle as START_FIELD
      self.state = START_FIELD;
      start_field(self, dialect, c);
      break;
    case START_FIELD:
      start_field(self, dialect, c);
      break;
    case ESCAPED_CHAR:
      if (c === CH_NL || c === CH_CR) {
        parse_add_char(self, c);
        self.state = AFTER_ESCAPED_CRNL;
        break;
      }
      if (c === EOL) c = CH_NL;
      parse_add_char(self, c);
      self.state = IN_FIELD;
      break;
    case AFTER_ESCAPED_CRNL:
      if (c === EOL) break;
      in_field(self, dialect, c);
      break;
    case IN_FIELD:
      in_field(self, dialect, c);
      break;
    case IN_QUOTED_FIELD:
      // in quoted field
      if (c === EOL) {
        // nothing
      } else if (c === dialect.escapechar) {
        self.state = ESCAPE_IN_QUOTED_FIELD; // Possible escape character
      } else if (c === dialect.quotechar && dialect.quoting !== QUOTE_NONE) {
        // doublequote; " represented by "", or the end of the quoted part
        self.state = dialect.doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
      } else {
        parse_add_char(self, c); // normal character - save in field
      }
      break;
    case ESCAPE_IN_QUOTED_FIELD:
      if (c === EOL) c = CH_NL;
      parse_add_char(self, c);
      self.state = IN_QUOTED_FIELD;
      break;
    case QUOTE_IN_QUOTED_FIELD:
      // doublequote - seen a quote in a quoted field
      if (dialect.quoting !== QUOTE_NONE && c === dialect.quotechar) {
        parse_add_char(self, c); // save "" as "
        self.state = IN_QUOTED_FIELD;
      } else if (c === dialect.delimiter) {
        parse_save_field(self); // save field - wait for new field
        self.state = START_FIELD;
      } else if (c === CH_NL || c === CH_CR || c === EOL) {
        parse_save_field(self); // end of line - return [fields]
        self.state = c === EOL ? START_RECORD : EAT_CRNL;
      } else if (!dialect.strict) {
        parse_add_char(self, c);
        self.state = IN_FIELD;
      } else {
        // illegal
        throw csvError(
          `'${String.fromCodePoint(dialect.delimiter)}' expected after '${String.fromCodePoint(dialect.quotechar)}'`,
        );
      }
      break;
    case EAT_CRNL:
      if (c === CH_NL || c === CH_CR) {
        // nothing
      } else if (c === EOL) self.state = START_RECORD;
      else {
        throw csvError(
          "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?",
        );
      }
      break;
  }
}

/** The START_FIELD state (START_RECORD falls into it). */
function start_field(self: ReaderObj, dialect: DialectObj, c: number): void {
  // expecting field
  if (c === CH_NL || c === CH_CR || c === EOL) {
    // save empty field - return [fields]
    parse_save_field(self);
    self.state = c === EOL ? START_RECORD : EAT_CRNL;
  } else if (c === dialect.quotechar && dialect.quoting !== QUOTE_NONE) {
    self.state = IN_QUOTED_FIELD; // start quoted field
  } else if (c === dialect.escapechar) {
    self.state = ESCAPED_CHAR; // possible escaped character
  } else if (c === CH_SPACE && dialect.skipinitialspace) {
    // ignore spaces at start of field
  } else if (c === dialect.delimiter) {
    parse_save_field(self); // save empty field
  } else {
    // begin new unquoted field
    if (dialect.quoting === QUOTE_NONNUMERIC) self.numeric_field = true;
    parse_add_char(self, c);
    self.state = IN_FIELD;
  }
}

/** The IN_FIELD state (AFTER_ESCAPED_CRNL falls into it). */
function in_field(self: ReaderObj, dialect: DialectObj, c: number): void {
  if (c === CH_NL || c === CH_CR || c === EOL) {
    parse_save_field(self); // end of line - return [fields]
    self.state = c === EOL ? START_RECORD : EAT_CRNL;
  } else if (c === dialect.escapechar) {
    self.state = ESCAPED_CHAR; // possible escaped character
  } else if (c === dialect.delimiter) {
    parse_save_field(self); // save field - wait for new field
    self.state = START_FIELD;
  } else {
    parse_add_char(self, c); // normal character - save in field
  }
}

function parse_reset(self: ReaderObj): void {
  const old = self.fields;
  self.fields = PyList_New(0);
  Py_XDECREF(old);
  self.field = "";
  self.field_len = 0;
  self.state = START_RECORD;
  self.numeric_field = false;
}

function Reader_iternext(selfObj: PyObject): PyObject | null {
  const self = selfObj as ReaderObj;
  parse_reset(self);
  do {
    const lineobj = PyIter_Next(self.input_iter!);
    if (lineobj === null) {
      // End of input
      if (self.field_len !== 0 || self.state === IN_QUOTED_FIELD) {
        if (self.dialect!.strict) throw csvError("unexpected end of data");
        parse_save_field(self);
        break;
      }
      return null;
    }
    if (!PyUnicode_Check(lineobj)) {
      const name = lineobj.ob_type.tp_name;
      Py_DECREF(lineobj);
      throw csvError(
        `iterator should return strings, not ${name.slice(0, 200)} (the file should be opened in text mode)`,
      );
    }
    ++self.line_num;
    const line = PyUnicode_AsString(lineobj);
    try {
      for (let pos = 0; pos < line.length; pos++) {
        const c = line.codePointAt(pos)!;
        if (c > 0xffff) pos++;
        parse_process_char(self, c);
      }
    } finally {
      Py_DECREF(lineobj);
    }
    parse_process_char(self, EOL);
  } while (self.state !== START_RECORD);
  const fields = self.fields;
  self.fields = null;
  return fields;
}

function Reader_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const r = self as ReaderObj;
  if (r.dialect !== null) visit(r.dialect);
  if (r.input_iter !== null) visit(r.input_iter);
  if (r.fields !== null) visit(r.fields);
}

function Reader_clear(self: PyObject): void {
  const r = self as ReaderObj;
  const d = r.dialect;
  const it = r.input_iter;
  const f = r.fields;
  r.dialect = null;
  r.input_iter = null;
  r.fields = null;
  Py_XDECREF(d);
  Py_XDECREF(it);
  Py_XDECREF(f);
}

function Reader_dealloc(self: PyObject): void {
  PyObject_GC_UnTrack(self as PyGCObject);
  Reader_clear(self);
  PyObject_GC_Del(self as PyGCObject);
}

const Reader_Type = newStaticType("_csv.reader", READER_BASICSIZE, TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE, Reader_dealloc);
Reader_Type.tp_doc =
  "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n";
Reader_Type.tp_traverse = Reader_traverse;
Reader_Type.tp_clear = Reader_clear;
Reader_Type.tp_iter = (self: PyObject) => Py_NewRef(self);
Reader_Type.tp_iternext = Reader_iternext;
Reader_Type.tp_members = [
  { name: "dialect", get: (s) => (s as ReaderObj).dialect, set: null, noneIfNull: true },
  { name: "line_num", get: (s) => (s as ReaderObj).line_num, set: null, noneIfNull: false },
];

function csv_reader(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const self = new ReaderObj(Reader_Type);
  try {
    parse_reset(self);
    const nargs = args.length - nkw(kwnames);
    unpackTuple(nargs, 1, 2);
    self.input_iter = PyObject_GetIter(args[0]);
    self.dialect = _call_dialect(nargs > 1 ? args[1] : null, args, nargs, kwnames);
  } catch (e) {
    Py_DECREF(self);
    throw e;
  }
  PyObject_GC_Track(self);
  return self;
}

// ---------------------------------------------------------------- writer

class WriterObj extends PyGCObject {
  write: PyObject | null;
  dialect: DialectObj | null;
  rec: string;
  num_fields: number;
  error_obj: PyObject | null;
  constructor(type: PyTypeObject) {
    super(type, WRITER_BASICSIZE);
    this.write = null;
    this.dialect = null;
    this.rec = "";
    this.num_fields = 0;
    this.error_obj = null;
  }
}

/** join_append_data: the field as it goes into the record (with the
 *  separator before it when it is not the first), quoted and escaped as
 *  the dialect says. `quoted` comes in set for QUOTE_ALL or a
 *  non-number under QUOTE_NONNUMERIC. */
function join_append_data(self: WriterObj, field: string | null, quoted: boolean): string {
  const dialect = self.dialect!;
  let body = "";
  if (field !== null) {
    for (let i = 0; i < field.length; i++) {
      const c = field.codePointAt(i)!;
      const ch = String.fromCodePoint(c);
      if (c > 0xffff) i++;
      let want_escape = false;
      if (
        c === dialect.delimiter ||
        c === dialect.escapechar ||
        c === dialect.quotechar ||
        dialect.lineterminatorText.includes(ch)
      ) {
        if (dialect.quoting === QUOTE_NONE) want_escape = true;
        else {
          if (c === dialect.quotechar) {
            if (dialect.doublequote) body += String.fromCodePoint(dialect.quotechar);
            else want_escape = true;
          } else if (c === dialect.escapechar) {
            want_escape = true;
          }
          if (!want_escape) quoted = true;
        }
        if (want_escape) {
          if (dialect.escapechar === NOT_SET) {
            throw PyErr_Format(self.error_obj as PyTypeObject, "need to escape, but no escapechar set");
          }
          body += String.fromCodePoint(dialect.escapechar);
        }
      }
      body += ch;
    }
  }
  const sep = self.num_fields > 0 ? String.fromCodePoint(dialect.delimiter) : "";
  if (!quoted) return sep + body;
  const q = String.fromCodePoint(dialect.quotechar);
  return sep + q + body + q;
}

function join_append(self: WriterObj, field: string | null, quoted: boolean): void {
  self.rec += join_append_data(self, field, quoted);
  self.num_fields++;
}

/** PyNumber_Check: an int, float or complex, or anything with
 *  `__index__`, `__int__` or `__float__`. */
function PyNumber_Check(o: PyObject): boolean {
  const t = o.ob_type;
  if (t.nb_index !== null || t.nb_int !== null || t.nb_float !== null) return true;
  for (let b: PyTypeObject | null = t; b !== null; b = b.tp_base) {
    if (b.tp_name === "complex" && b.tp_base !== null && b.tp_base.tp_name === "object") return true;
  }
  return false;
}

function csv_writerow(selfObj: PyObject, seq: PyObject): PyObject {
  const self = selfObj as WriterObj;
  const dialect = self.dialect!;
  let iter: PyObject;
  try {
    iter = PyObject_GetIter(seq);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, PyExc_TypeError)) {
      Py_DECREF(e as PyObject);
      throw PyErr_Format(self.error_obj as PyTypeObject, `iterable expected, not ${seq.ob_type.tp_name.slice(0, 200)}`);
    }
    throw e;
  }
  // Join all fields in internal buffer.
  self.rec = "";
  self.num_fields = 0;
  try {
    for (;;) {
      const field = PyIter_Next(iter);
      if (field === null) break;
      let quoted: boolean;
      if (dialect.quoting === QUOTE_NONNUMERIC) quoted = !PyNumber_Check(field);
      else quoted = dialect.quoting === QUOTE_ALL;
      if (PyUnicode_Check(field)) {
        const s = PyUnicode_AsString(field);
        Py_DECREF(field);
        join_append(self, s, quoted);
      } else if (field === Py_None) {
        Py_DECREF(field);
        join_append(self, null, quoted);
      } else {
        let str: PyObject;
        try {
          str = PyObject_Str(field);
        } finally {
          Py_DECREF(field);
        }
        const s = PyUnicode_AsString(str);
        Py_DECREF(str);
        join_append(self, s, quoted);
      }
    }
  } finally {
    Py_DECREF(iter);
  }
  if (self.num_fields > 0 && self.rec.length === 0) {
    if (dialect.quoting === QUOTE_NONE) {
      throw PyErr_Format(self.error_obj as PyTypeObject, "single empty field record must be quoted");
    }
    self.num_fields--;
    join_append(self, null, true);
  }
  // Add line terminator.
  self.rec += dialect.lineterminatorText;
  const line = PyUnicode_FromString(self.rec);
  try {
    return PyObject_CallOneArg(self.write!, line);
  } finally {
    Py_DECREF(line);
  }
}

function csv_writerows(self: PyObject, seqseq: PyObject): PyObject {
  const row_iter = PyObject_GetIter(seqseq);
  try {
    for (;;) {
      const row_obj = PyIter_Next(row_iter);
      if (row_obj === null) break;
      let result: PyObject;
      try {
        result = csv_writerow(self, row_obj);
      } finally {
        Py_DECREF(row_obj);
      }
      Py_DECREF(result);
    }
  } finally {
    Py_DECREF(row_iter);
  }
  return Py_NewRef(Py_None);
}

function Writer_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const w = self as WriterObj;
  if (w.dialect !== null) visit(w.dialect);
  if (w.write !== null) visit(w.write);
  if (w.error_obj !== null) visit(w.error_obj);
}

function Writer_clear(self: PyObject): void {
  const w = self as WriterObj;
  const d = w.dialect;
  const wr = w.write;
  const err = w.error_obj;
  w.dialect = null;
  w.write = null;
  w.error_obj = null;
  Py_XDECREF(d);
  Py_XDECREF(wr);
  Py_XDECREF(err);
}

function Writer_dealloc(self: PyObject): void {
  PyObject_GC_UnTrack(self as PyGCObject);
  Writer_clear(self);
  PyObject_GC_Del(self as PyGCObject);
}

const Writer_Type = newStaticType("_csv.writer", WRITER_BASICSIZE, TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE, Writer_dealloc);
Writer_Type.tp_doc =
  "CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n";
Writer_Type.tp_traverse = Writer_traverse;
Writer_Type.tp_clear = Writer_clear;
Writer_Type.tp_methods = [
  {
    name: "writerow",
    meth: csv_writerow,
    flags: METH_O,
    doc: "writerow(iterable)\n\nConstruct and write a CSV record from an iterable of fields.  Non-string\nelements will be converted to string.",
  },
  {
    name: "writerows",
    meth: csv_writerows,
    flags: METH_O,
    doc: "writerows(iterable of iterables)\n\nConstruct and write a series of iterables to a csv file.  Non-string\nelements will be converted to string.",
  },
];
Writer_Type.tp_members = [{ name: "dialect", get: (s) => (s as WriterObj).dialect, set: null, noneIfNull: true }];
_PyType_FromSpecInCPython(Dialect_Type, Reader_Type, Writer_Type);

let str_write: PyObject | null = null;

function csv_writer(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const self = new WriterObj(Writer_Type);
  try {
    self.error_obj = Py_NewRef(state.error_obj!);
    const nargs = args.length - nkw(kwnames);
    unpackTuple(nargs, 1, 2);
    if (str_write === null) str_write = PyUnicode_InternFromString("write");
    self.write = _PyObject_LookupAttr(args[0], str_write);
    if (self.write === null || self.write.ob_type.tp_call === null) {
      throw PyErr_Format(PyExc_TypeError, 'argument 1 must have a "write" method');
    }
    self.dialect = _call_dialect(nargs > 1 ? args[1] : null, args, nargs, kwnames);
  } catch (e) {
    Py_DECREF(self);
    throw e;
  }
  PyObject_GC_Track(self);
  return self;
}

// ---------------------------------------------------------------- registry

function csv_list_dialects(_m: PyObject): PyObject {
  return PyDict_Keys(state.dialects!);
}

function csv_register_dialect(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const nargs = args.length - nkw(kwnames);
  unpackTuple(nargs, 1, 2);
  const name_obj = args[0];
  if (!PyUnicode_Check(name_obj)) throw PyErr_Format(PyExc_TypeError, "dialect name must be a string");
  const dialect = _call_dialect(nargs > 1 ? args[1] : null, args, nargs, kwnames);
  try {
    PyDict_SetItem(state.dialects!, name_obj, dialect);
  } finally {
    Py_DECREF(dialect);
  }
  return Py_NewRef(Py_None);
}

function csv_unregister_dialect(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [name] = _PyArg_UnpackKeywords(args, kwnames, unregisterParser, [null]);
  try {
    PyDict_DelItem(state.dialects!, name!);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, PyExc_KeyError)) {
      Py_DECREF(e as PyObject);
      throw csvError("unknown dialect");
    }
    throw e;
  }
  return Py_NewRef(Py_None);
}
const unregisterParser = newArgParser("unregister_dialect", ["name"], 1);

function csv_get_dialect(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [name] = _PyArg_UnpackKeywords(args, kwnames, getDialectParser, [null]);
  return get_dialect_from_registry(name!);
}
const getDialectParser = newArgParser("get_dialect", ["name"], 1);

function csv_field_size_limit(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [new_limit] = _PyArg_UnpackKeywords(args, kwnames, fieldSizeLimitParser, [null]);
  const old_limit = state.field_limit;
  if (new_limit !== null) {
    if (!PyLong_CheckExact(new_limit)) throw PyErr_Format(PyExc_TypeError, "limit must be an integer");
    const v = PyLong_AsBigInt(new_limit);
    if (v > 9223372036854775807n || v < -9223372036854775808n) {
      throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C long");
    }
    state.field_limit = Number(v);
  }
  return PyLong_FromNumber(old_limit);
}
const fieldSizeLimitParser = newArgParser("field_size_limit", ["new_limit"], 0);

// ---------------------------------------------------------------- module

const csv_module_doc =
  "CSV parsing and writing.\n\nThis module provides classes that assist in the reading and writing\nof Comma Separated Value (CSV) files, and implements the interface\ndescribed by PEP 305.  Although many CSV files are simple to parse,\nthe format is not formally defined by a stable specification and\nis subtle enough that parsing lines of a CSV file with something\nlike line.split(\",\") is bound to fail.  The module supports three\nbasic APIs: reading, writing, and registration of dialects.\n\n\nDIALECT REGISTRATION:\n\nReaders and writers support a dialect argument, which is a convenient\nhandle on a group of settings.  When the dialect argument is a string,\nit identifies one of the dialects previously registered with the module.\nIf it is a class or instance, the attributes of the argument are used as\nthe settings for the reader or writer:\n\n    class excel:\n        delimiter = ','\n        quotechar = '\"'\n        escapechar = None\n        doublequote = True\n        skipinitialspace = False\n        lineterminator = '\\r\\n'\n        quoting = QUOTE_MINIMAL\n\nSETTINGS:\n\n    * quotechar - specifies a one-character string to use as the\n        quoting character.  It defaults to '\"'.\n    * delimiter - specifies a one-character string to use as the\n        field separator.  It defaults to ','.\n    * skipinitialspace - specifies how to interpret spaces which\n        immediately follow a delimiter.  It defaults to False, which\n        means that spaces immediately following a delimiter is part\n        of the following field.\n    * lineterminator -  specifies the character sequence which should\n        terminate rows.\n    * quoting - controls when quotes should be generated by the writer.\n        It can take on any of the following module constants:\n\n        csv.QUOTE_MINIMAL means only when required, for example, when a\n            field contains either the quotechar or the delimiter\n        csv.QUOTE_ALL means that quotes are always placed around fields.\n        csv.QUOTE_NONNUMERIC means that quotes are always placed around\n            fields which do not parse as integers or floating point\n            numbers.\n        csv.QUOTE_NONE means that quotes are never placed around fields.\n    * escapechar - specifies a one-character string used to escape\n        the delimiter when quoting is set to QUOTE_NONE.\n    * doublequote - controls the handling of quotes inside fields.  When\n        True, two consecutive quotes are interpreted as one during read,\n        and when writing, each quote character embedded in the data is\n        written as two quotes\n";

const F = METH_FASTCALL | METH_KEYWORDS;

const csv_methods: PyMethodDef[] = [
  {
    name: "reader",
    meth: csv_reader,
    flags: F,
    doc: '    csv_reader = reader(iterable [, dialect=\'excel\']\n                        [optional keyword args])\n    for row in csv_reader:\n        process(row)\n\nThe "iterable" argument can be any object that returns a line\nof input for each iteration, such as a file object or a list.  The\noptional "dialect" parameter is discussed below.  The function\nalso accepts optional keyword arguments which override settings\nprovided by the dialect.\n\nThe returned object is an iterator.  Each iteration returns a row\nof the CSV file (which can span multiple input lines).\n',
  },
  {
    name: "writer",
    meth: csv_writer,
    flags: F,
    doc: "    csv_writer = csv.writer(fileobj [, dialect='excel']\n                            [optional keyword args])\n    for row in sequence:\n        csv_writer.writerow(row)\n\n    [or]\n\n    csv_writer = csv.writer(fileobj [, dialect='excel']\n                            [optional keyword args])\n    csv_writer.writerows(rows)\n\nThe \"fileobj\" argument can be any object that supports the file API.\n",
  },
  {
    name: "register_dialect",
    meth: csv_register_dialect,
    flags: F,
    doc: "Create a mapping from a string name to a dialect class.\n    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])",
  },
  {
    name: "list_dialects",
    meth: csv_list_dialects,
    flags: METH_NOARGS,
    doc: "list_dialects($module, /)\n--\n\nReturn a list of all known dialect names.\n\n    names = csv.list_dialects()",
  },
  {
    name: "unregister_dialect",
    meth: csv_unregister_dialect,
    flags: F,
    doc: "unregister_dialect($module, /, name)\n--\n\nDelete the name/dialect mapping associated with a string name.\n\n    csv.unregister_dialect(name)",
  },
  {
    name: "get_dialect",
    meth: csv_get_dialect,
    flags: F,
    doc: "get_dialect($module, /, name)\n--\n\nReturn the dialect instance associated with name.\n\n    dialect = csv.get_dialect(name)",
  },
  {
    name: "field_size_limit",
    meth: csv_field_size_limit,
    flags: F,
    doc: "field_size_limit($module, /, new_limit=<unrepresentable>)\n--\n\nSets an upper limit on parsed fields.\n\n    csv.field_size_limit([limit])\n\nReturns old limit. If limit is not given, no new limit is set and\nthe old limit is returned",
  },
];

/** The `_csv.Error` class (PyType_FromModuleAndSpec with Exception as
 *  its base): a class statement's class with empty `__slots__`, so that,
 *  as the spec's type, it adds no `__weakref__` (its instances keep
 *  BaseException's `__dict__`); the `__slots__` entry is then dropped,
 *  as the spec's type has none. */
function newError(): PyTypeObject {
  const dict = PyDict_New();
  const modname = PyUnicode_FromString("_csv");
  const n = PyUnicode_FromString("Error");
  const bases = PyTuple_Pack(PyExc_Exception);
  const slots = PyTuple_New(0);
  try {
    PyDict_SetItemString(dict, "__module__", modname);
    PyDict_SetItemString(dict, "__slots__", slots);
    const error = PyObject_Call(PyType_Type, [n, bases, dict], null) as PyTypeObject;
    PyObject_SetAttrString(error, "__slots__", null);
    return error;
  } finally {
    Py_DECREF(dict);
    Py_DECREF(modname);
    Py_DECREF(n);
    Py_DECREF(bases);
    Py_DECREF(slots);
  }
}

export function PyInit__csv(): PyObject {
  const m: PyModuleObject = PyModule_New("_csv");
  PyModule_AddFunctions(m, csv_methods);
  PyModule_Add(m, "__doc__", PyUnicode_FromString(csv_module_doc));
  PyModule_AddObjectRef(m, "Dialect", Dialect_Type);
  PyModule_AddObjectRef(m, "Reader", Reader_Type);
  PyModule_AddObjectRef(m, "Writer", Writer_Type);
  PyModule_Add(m, "__version__", PyUnicode_FromString("1.0"));
  state.field_limit = 128 * 1024;
  const dialects = PyDict_New();
  const error = newError();
  // The module state's references, kept alive by the module (md_state).
  m.md_state = [error, dialects];
  state.error_obj = error;
  state.dialects = dialects;
  PyModule_AddObjectRef(m, "_dialects", dialects);
  for (const [style, name] of quote_styles) PyModule_Add(m, name, PyLong_FromNumber(style));
  PyModule_AddObjectRef(m, "Error", error);
  return m;
}
