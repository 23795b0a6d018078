/**
 * The `_sre` module: CPython 3.11's Modules/_sre/sre.c, the native half of
 * the `re` package. Lib/re/_compiler.py (pure Python) compiles a pattern
 * to a list of codes and calls `_sre.compile(pattern, flags, code, groups,
 * groupindex, indexgroup)`; the Pattern object made here runs that code
 * with the engine of sre-lib.ts and makes Match objects. `sub()` with a
 * template and `Match.expand()` call back into Python (`re._subx`,
 * `re._expand`), as sre.c does.
 *
 * Objects, with 3.11's sizes (sys.getsizeof adds the 16-byte GC header):
 *  - re.Pattern: 96 bytes plus 4 per code word (a variable-size object,
 *    itemsize 4). Holds `pattern` (the source str/bytes, or None),
 *    `groupindex` (a dict, null when empty), `indexgroup` (a tuple, null
 *    when groupindex is), and the validated code as a Uint32Array.
 *    Weakly referenceable.
 *  - re.Match: 88 bytes plus 8 per mark (2 per group, group 0 included).
 *    Holds `string`, `re` and, once `regs` is read, its tuple; the marks
 *    are positions in code points, -1 for a group that did not take part.
 *  - _sre.SRE_Scanner: 240 bytes. Holds the pattern and a whole matching
 *    state (which owns a reference to the subject, not visited by
 *    tp_traverse, as in CPython).
 * All three are GC types that cannot be instantiated from Python.
 *
 * The subject of a match (getstring): a str, or a bytes-like object (any
 * exporter of the buffer protocol; a state holds its view until it ends).
 * Every reference a state takes is released when the operation ends, an
 * exception included.
 */
import { _Py_HashBytes, foldHashBig, hashHi } from "../objects/hashutil.js";
import { PyGCObject, type PyObject } from "../heap/object.js";
import { TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType, type PyTypeObject, _PyType_FromSpecInCPython } from "../objects/typeobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import {
  METH_CLASS,
  METH_FASTCALL,
  METH_KEYWORDS,
  METH_NOARGS,
  METH_O,
  type PyGetSetDef,
  type PyMemberDef,
  type PyMethodDef,
} from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/moduleobject.js";
import {
  PyLong_AsBigInt,
  PyLong_Check,
  PyLong_FromNumber,
  PyBool_FromBool,
  PyLongObject,
} from "../objects/longobject.js";
import { Py_None, Py_NotImplemented } from "../objects/noneobject.js";
import { PyTuple_Check, PyTuple_GET_ITEM, PyTuple_GET_SIZE, _PyTuple_FromArraySteal } from "../objects/tupleobject.js";
import { PyList_Append, PyList_Check, PyList_GET_ITEM, PyList_GET_SIZE, PyList_New } from "../objects/listobject.js";
import {
  PyDict_Check,
  PyDict_GetItem,
  PyDict_New,
  PyDict_Next,
  PyDict_Size,
  _PyDict_Hash,
  _PyDict_Key,
  _PyDict_SetItem_KnownHash,
} from "../objects/dictobject.js";
import {
  PyUnicode_Check,
  PyUnicode_CheckExact,
  PyUnicode_FromString,
  PyUnicode_Join,
  reprString,
  type PyUnicodeObject,
} from "../objects/unicodeobject.js";
import { PyBytes_Check, PyBytes_FromArray, PyBytes_Type } from "../objects/bytesobject.js";
import {
  PyBUF_SIMPLE,
  PyBuffer_Data,
  PyBuffer_Release,
  PyObject_CheckBuffer,
  PyObject_GetBuffer,
  _PyObject_GetBytesLike,
} from "../objects/buffer.js";
import { PyErr_Format, PyErr_NoMemory } from "../objects/errors.js";
import {
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_RecursionError,
  PyExc_RuntimeError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.js";
import { PyObject_ClearWeakRefs } from "../objects/weakrefobject.js";
import { PyIndex_Check, PyNumber_Index, PyObject_Hash, PyObject_RichCompareBool } from "../objects/abstract.js";
import { PyObject_Call, PyObject_CallOneArg } from "../objects/call.js";
import { PyObject_GetAttrString } from "../objects/object.js";
import { PyCallIter_New } from "../objects/iterobject.js";
import { Py_GenericAlias } from "../objects/genericaliasobject.js";
import {
  type _PyArg_Parser,
  _PyArg_UnpackKeywords,
  checkPositional,
  newArgParser,
  nargsOf,
} from "../objects/getargs.js";
import { PyDictProxy_New } from "../objects/mappingproxy.js";
import { PyImport_Import } from "../vm/import.js";
import {
  SRE_AT,
  SRE_CATEGORY,
  SRE_CODESIZE,
  SRE_ERROR_MEMORY,
  SRE_ERROR_RECURSION_LIMIT,
  SRE_FLAG_ASCII,
  SRE_FLAG_DEBUG,
  SRE_FLAG_DOTALL,
  SRE_FLAG_IGNORECASE,
  SRE_FLAG_LOCALE,
  SRE_FLAG_MULTILINE,
  SRE_FLAG_TEMPLATE,
  SRE_FLAG_UNICODE,
  SRE_FLAG_VERBOSE,
  SRE_INFO_CHARSET,
  SRE_INFO_LITERAL,
  SRE_INFO_PREFIX,
  SRE_MAGIC,
  SRE_MAXGROUPS,
  SRE_MAXREPEAT,
  SRE_OP,
  SRE_STATE,
  sre_isalpha_ascii,
  sre_lower_ascii,
  sre_lower_unicode,
  sre_match,
  sre_search,
  sre_upper_unicode,
  state_reset,
} from "./sre-lib.js";

const copyright = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ";

/** PY_SSIZE_T_MAX, the default `endpos`: any position past the end. */
const PY_SSIZE_T_MAX = Number.MAX_SAFE_INTEGER;

// ---------------------------------------------------------------- subjects

/** A str with astral characters, as the engine reads it: its code points,
 *  and the UTF-16 offset of each (length + 1 entries) to cut substrings. */
interface AstralIndex {
  cps: Int32Array;
  offsets: Int32Array;
}

/** The astral strs seen so far (a str is immutable, so its index stays
 *  right for as long as it lives). */
const astralCache = new WeakMap<PyUnicodeObject, AstralIndex>();

function astralIndex(u: PyUnicodeObject): AstralIndex {
  let a = astralCache.get(u);
  if (a === undefined) {
    const s = u.str;
    const n = u.cplen;
    const cps = new Int32Array(n);
    const offsets = new Int32Array(n + 1);
    let k = 0;
    for (let i = 0; i < s.length; k++) {
      const c = s.codePointAt(i)!;
      cps[k] = c;
      offsets[k] = i;
      i += c > 0xffff ? 2 : 1;
    }
    offsets[n] = s.length;
    a = { cps, offsets };
    astralCache.set(u, a);
  }
  return a;
}

/** getstring's question: is `string` bytes-like (true: it exports a
 *  buffer) or a str (false)? TypeError for anything else. */
function getstring(string: PyObject): boolean {
  if (PyUnicode_Check(string)) return false;
  if (PyBytes_Check(string) || PyObject_CheckBuffer(string)) return true;
  throw PyErr_Format(PyExc_TypeError, `expected string or bytes-like object, got '${string.ob_type.tp_name}'`);
}

/** The bytes of a bytes-like subject, for a read that ends before any
 *  Python code runs. */
function bytes_data(string: PyObject): Uint8Array {
  return PyBytes_Check(string) ? string.ob_sval : _PyObject_GetBytesLike(string);
}

/** Length in characters of a subject getstring accepted. */
function subject_length(string: PyObject, isbytes: boolean): number {
  return isbytes ? bytes_data(string).length : (string as PyUnicodeObject).cplen;
}

/** getslice: characters [start, end) of a subject getstring accepted; the
 *  whole of an exact str or bytes is the object itself. */
function getslice(isbytes: boolean, string: PyObject, start: number, end: number): PyObject {
  if (end < start) end = start;
  if (isbytes) {
    const b = bytes_data(string);
    if (start === 0 && end === b.length && string.ob_type === PyBytes_Type) return Py_NewRef(string);
    return PyBytes_FromArray(b.slice(start, end));
  }
  const u = string as PyUnicodeObject;
  if (start === 0 && end === u.cplen && PyUnicode_CheckExact(u)) return Py_NewRef(u);
  if (u.kind !== 4) return PyUnicode_FromString(u.str.slice(start, end));
  const offsets = astralIndex(u).offsets;
  return PyUnicode_FromString(u.str.slice(offsets[start], offsets[end]));
}

// ---------------------------------------------------------------- objects

/** sizeof(PatternObject) and its item size. */
const PATTERN_BASICSIZE = 96;
const PATTERN_ITEMSIZE = 4;
/** sizeof(MatchObject) and its item size (Py_ssize_t marks). */
const MATCH_BASICSIZE = 88;
const MATCH_ITEMSIZE = 8;
/** sizeof(ScannerObject). */
const SCANNER_BASICSIZE = 240;

export class PatternObject extends PyGCObject {
  /** Number of capturing groups. */
  groups: number;
  /** Group names to numbers (a dict), null when there are none. */
  groupindex: PyObject | null;
  /** Group numbers to names (a tuple), null when there are none. */
  indexgroup: PyObject | null;
  /** The source pattern (str, bytes or None); null only once cleared. */
  pattern: PyObject | null;
  flags: number;
  /** 1 bytes, 0 str, -1 none (a pattern made without a source). */
  isbytes: number;
  code: Uint32Array;
  /** A matching state kept between calls (state_init takes it, state_fini
   *  gives it back), so a match allocates no new stacks. */
  spare: SRE_STATE | null;

  constructor(code: Uint32Array) {
    super(PyPattern_Type, PATTERN_BASICSIZE + PATTERN_ITEMSIZE * code.length);
    this.groups = 0;
    this.groupindex = null;
    this.indexgroup = null;
    this.pattern = null;
    this.flags = 0;
    this.isbytes = -1;
    this.code = code;
    this.spare = null;
  }
}

export class MatchObject extends PyGCObject {
  string: PyObject | null;
  regs: PyObject | null;
  pattern: PatternObject | null;
  pos: number;
  endpos: number;
  lastindex: number;
  /** Number of groups, group 0 included. */
  groups: number;
  /** Start and end of each group, -1 for a group that did not match. */
  mark: number[];

  constructor(pattern: PatternObject, string: PyObject) {
    const groups = pattern.groups + 1;
    super(PyMatch_Type, MATCH_BASICSIZE + MATCH_ITEMSIZE * 2 * groups);
    pattern.ob_refcnt++;
    string.ob_refcnt++;
    this.string = string;
    this.regs = null;
    this.pattern = pattern;
    this.pos = 0;
    this.endpos = 0;
    this.lastindex = -1;
    this.groups = groups;
    const mark: number[] = [];
    for (let i = 0; i < 2 * groups; i++) mark.push(-1);
    this.mark = mark;
  }
}

export class ScannerObject extends PyGCObject {
  pattern: PatternObject | null;
  /** The matching state; owns a reference to the subject. */
  state: SRE_STATE;
  executing: boolean;

  constructor(pattern: PatternObject, state: SRE_STATE) {
    super(PyScanner_Type, SCANNER_BASICSIZE);
    pattern.ob_refcnt++;
    this.pattern = pattern;
    this.state = state;
    this.executing = false;
  }
}

function pattern_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const p = self as PatternObject;
  if (p.groupindex !== null) visit(p.groupindex);
  if (p.indexgroup !== null) visit(p.indexgroup);
  if (p.pattern !== null) visit(p.pattern);
}

function pattern_clear(self: PyObject): void {
  const p = self as PatternObject;
  const a = p.groupindex;
  const b = p.indexgroup;
  const c = p.pattern;
  p.groupindex = null;
  p.indexgroup = null;
  p.pattern = null;
  Py_XDECREF(a);
  Py_XDECREF(b);
  Py_XDECREF(c);
}

function pattern_dealloc(self: PyObject): void {
  const p = self as PatternObject;
  PyObject_GC_UnTrack(p);
  if (p.weakreflist !== null) PyObject_ClearWeakRefs(p);
  pattern_clear(p);
  PyObject_GC_Del(p);
}

function match_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const m = self as MatchObject;
  if (m.string !== null) visit(m.string);
  if (m.regs !== null) visit(m.regs);
  if (m.pattern !== null) visit(m.pattern);
}

function match_clear(self: PyObject): void {
  const m = self as MatchObject;
  const a = m.string;
  const b = m.regs;
  const c = m.pattern;
  m.string = null;
  m.regs = null;
  m.pattern = null;
  Py_XDECREF(a);
  Py_XDECREF(b);
  Py_XDECREF(c);
}

function match_dealloc(self: PyObject): void {
  PyObject_GC_UnTrack(self as MatchObject);
  match_clear(self);
  PyObject_GC_Del(self as MatchObject);
}

function scanner_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const s = self as ScannerObject;
  if (s.pattern !== null) visit(s.pattern);
}

function scanner_clear(self: PyObject): void {
  const s = self as ScannerObject;
  const p = s.pattern;
  s.pattern = null;
  Py_XDECREF(p);
}

function scanner_dealloc(self: PyObject): void {
  const s = self as ScannerObject;
  PyObject_GC_UnTrack(s);
  state_fini(null, s.state);
  scanner_clear(s);
  PyObject_GC_Del(s);
}

export const PyPattern_Type: PyTypeObject = newStaticType(
  "re.Pattern",
  PATTERN_BASICSIZE,
  TPFLAGS_HAVE_GC,
  pattern_dealloc,
  undefined,
  PATTERN_ITEMSIZE,
);
export const PyMatch_Type: PyTypeObject = newStaticType(
  "re.Match",
  MATCH_BASICSIZE,
  TPFLAGS_HAVE_GC,
  match_dealloc,
  undefined,
  MATCH_ITEMSIZE,
);
export const PyScanner_Type: PyTypeObject = newStaticType(
  "_sre.SRE_Scanner",
  SCANNER_BASICSIZE,
  TPFLAGS_HAVE_GC,
  scanner_dealloc,
);
_PyType_FromSpecInCPython(PyPattern_Type, PyMatch_Type, PyScanner_Type);

// ---------------------------------------------------------------- state

/**
 * state_init: a state for `pattern` over `string`[start:end], holding a
 * reference to `string`; state_fini releases it. The pattern's spare
 * state is used when it is free (a callable given to sub() may run the
 * same pattern while its state is busy).
 */
function state_init(pattern: PatternObject, string: PyObject, start: number, end: number): SRE_STATE {
  const isbytes = getstring(string);
  if (isbytes && pattern.isbytes === 0) {
    throw PyErr_Format(PyExc_TypeError, "cannot use a string pattern on a bytes-like object");
  }
  if (!isbytes && pattern.isbytes > 0) {
    throw PyErr_Format(PyExc_TypeError, "cannot use a bytes pattern on a string-like object");
  }
  let state = pattern.spare;
  if (state !== null) pattern.spare = null;
  else state = new SRE_STATE(pattern.code, pattern.groups);
  state_reset(state);

  let length: number;
  if (isbytes) {
    let b: Uint8Array;
    if (PyBytes_Check(string)) {
      b = string.ob_sval;
    } else {
      // the exporter's memory, held until state_fini
      const view = PyObject_GetBuffer(string, PyBUF_SIMPLE);
      state.buffer = view;
      b = PyBuffer_Data(view);
    }
    state.str = "";
    state.wide = b;
    length = b.length;
  } else {
    const u = string as PyUnicodeObject;
    state.str = u.str;
    state.wide = u.kind === 4 ? astralIndex(u).cps : null;
    length = u.cplen;
  }
  // adjust boundaries
  if (start < 0) start = 0;
  else if (start > length) start = length;
  if (end < 0) end = 0;
  else if (end > length) end = length;

  state.isbytes = isbytes;
  state.match_all = false;
  state.must_advance = false;
  state.start = start;
  state.end = end;
  state.ptr = start;
  state.string = Py_NewRef(string);
  state.pos = start;
  state.endpos = end;
  return state;
}

/** state_fini: release the subject; a state of `pattern` goes back to it
 *  as its spare (unless its stacks grew large). */
function state_fini(pattern: PatternObject | null, state: SRE_STATE): void {
  const string = state.string;
  const view = state.buffer;
  state.string = null;
  state.buffer = null;
  state.str = "";
  state.wide = null;
  if (view !== null) PyBuffer_Release(view);
  Py_XDECREF(string);
  if (pattern !== null && pattern.spare === null && state.ctxs.length <= 4096 && state.data.length <= 4096) {
    pattern.spare = state;
  }
}

/** state_getslice: group `index` (1-based) of the state's last match, or
 *  None (or '' when `empty`) if it did not take part. */
function state_getslice(state: SRE_STATE, index: number, string: PyObject, empty: boolean): PyObject {
  index = (index - 1) * 2;
  let i: number;
  let j: number;
  if (string === Py_None || index >= state.lastmark || state.mark[index] < 0 || state.mark[index + 1] < 0) {
    if (!empty) return Py_NewRef(Py_None);
    i = j = 0;
  } else {
    i = state.mark[index];
    j = state.mark[index + 1];
    // check wrong span
    if (i > j) {
      throw PyErr_Format(
        PyExc_SystemError,
        "The span of capturing group is wrong, please report a bug for the re module.",
      );
    }
  }
  return getslice(state.isbytes, string, i, j);
}

/** pattern_error: the exception for a negative engine status. */
function pattern_error(status: number): PyObject {
  switch (status) {
    case SRE_ERROR_RECURSION_LIMIT:
      // This error code seems to be unused.
      return PyErr_Format(PyExc_RecursionError, "maximum recursion limit exceeded");
    case SRE_ERROR_MEMORY:
      return PyErr_NoMemory();
    default:
      // other error codes indicate compiler/engine bugs (an interrupt is
      // the eval breaker's exception, raised inside the engine)
      return PyErr_Format(PyExc_RuntimeError, "internal error in regular expression engine");
  }
}

/** pattern_new_match: a Match for a successful `status`, None for 0. */
function pattern_new_match(pattern: PatternObject, state: SRE_STATE, status: number): PyObject {
  if (status > 0) {
    const match = new MatchObject(pattern, state.string!);
    const mark = match.mark;
    mark[0] = state.start;
    mark[1] = state.ptr;
    for (let i = 0, j = 0; i < pattern.groups; i++, j += 2) {
      if (j + 1 <= state.lastmark && state.mark[j] >= 0 && state.mark[j + 1] >= 0) {
        mark[j + 2] = state.mark[j];
        mark[j + 3] = state.mark[j + 1];
        // check wrong span
        if (mark[j + 2] > mark[j + 3]) {
          Py_DECREF(match);
          throw PyErr_Format(
            PyExc_SystemError,
            "The span of capturing group is wrong, please report a bug for the re module.",
          );
        }
      }
      // else both stay -1: undefined
    }
    match.pos = state.pos;
    match.endpos = state.endpos;
    match.lastindex = state.lastindex;
    PyObject_GC_Track(match);
    return match;
  }
  if (status === 0) return Py_NewRef(Py_None);
  throw pattern_error(status);
}

// ---------------------------------------------------------------- arguments

/** A Py_ssize_t argument (clinic's converter). */
function ssizeArg(o: PyObject): number {
  if (o instanceof PyLongObject && o.big === null) return o.v;
  const i = PyNumber_Index(o) as PyLongObject;
  try {
    const b = PyLong_AsBigInt(i);
    if (b < -(2n ** 63n) || b >= 2n ** 63n) {
      throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return Number(b);
  } finally {
    Py_DECREF(i);
  }
}

/** An int argument (clinic's `int` converter). */
function intArg(o: PyObject): number {
  if (o instanceof PyLongObject && o.big === null && o.v >= -(2 ** 31) && o.v < 2 ** 31) return o.v;
  const i = PyNumber_Index(o) as PyLongObject;
  try {
    const b = PyLong_AsBigInt(i);
    if (b < -(2n ** 31n) || b >= 2n ** 31n) {
      throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C int");
    }
    return Number(b);
  } finally {
    Py_DECREF(i);
  }
}

const matchParser = newArgParser("match", ["string", "pos", "endpos"], 1);
const fullmatchParser = newArgParser("fullmatch", ["string", "pos", "endpos"], 1);
const searchParser = newArgParser("search", ["string", "pos", "endpos"], 1);
const findallParser = newArgParser("findall", ["string", "pos", "endpos"], 1);
const finditerParser = newArgParser("finditer", ["string", "pos", "endpos"], 1);
const scannerParser = newArgParser("scanner", ["string", "pos", "endpos"], 1);
const splitParser = newArgParser("split", ["string", "maxsplit"], 1);
const subParser = newArgParser("sub", ["repl", "string", "count"], 2);
const subnParser = newArgParser("subn", ["repl", "string", "count"], 2);
const groupsParser = newArgParser("groups", ["default"], 0);
const groupdictParser = newArgParser("groupdict", ["default"], 0);
const expandParser = newArgParser("expand", ["template"], 1);
const compileParser = newArgParser("compile", ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"], 6);

const argbuf: (PyObject | null)[] = [null, null, null, null, null, null];

/* The arguments (string, pos=0, endpos=sys.maxsize), as
 * stringPosEndpos leaves them. */
let argString: PyObject = Py_None;
let argPos = 0;
let argEndpos = 0;

function stringPosEndpos(args: PyObject[], kwnames: PyObject | null, parser: _PyArg_Parser): void {
  let string: PyObject;
  let posObj: PyObject | null = null;
  let endposObj: PyObject | null = null;
  if (kwnames === null && args.length >= 1 && args.length <= 3) {
    // positional arguments only (the common call)
    string = args[0];
    if (args.length > 1) posObj = args[1];
    if (args.length > 2) endposObj = args[2];
  } else {
    const a = _PyArg_UnpackKeywords(args, kwnames, parser, argbuf);
    string = a[0]!;
    posObj = a[1];
    endposObj = a[2];
  }
  // (an __index__ may run Python code that comes back here)
  const pos = posObj === null ? 0 : ssizeArg(posObj);
  const endpos = endposObj === null ? PY_SSIZE_T_MAX : ssizeArg(endposObj);
  argString = string;
  argPos = pos;
  argEndpos = endpos;
}

// ---------------------------------------------------------------- Pattern

function P(o: PyObject): PatternObject {
  return o as PatternObject;
}

/** match(), fullmatch() and search(): one run of the engine, and its
 *  Match (or None). */
function pattern_run(self: PatternObject, string: PyObject, pos: number, endpos: number, kind: number): PyObject {
  const state = state_init(self, string, pos, endpos);
  try {
    let status: number;
    if (kind === RUN_SEARCH) {
      status = sre_search(state);
    } else {
      state.match_all = kind === RUN_FULLMATCH;
      status = sre_match(state, 0, true);
    }
    return pattern_new_match(self, state, status);
  } finally {
    state_fini(self, state);
  }
}

const RUN_MATCH = 0;
const RUN_FULLMATCH = 1;
const RUN_SEARCH = 2;

function pattern_match(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  stringPosEndpos(args, kwnames, matchParser);
  return pattern_run(P(self), argString, argPos, argEndpos, RUN_MATCH);
}

function pattern_fullmatch(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  stringPosEndpos(args, kwnames, fullmatchParser);
  return pattern_run(P(self), argString, argPos, argEndpos, RUN_FULLMATCH);
}

function pattern_search(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  stringPosEndpos(args, kwnames, searchParser);
  return pattern_run(P(self), argString, argPos, argEndpos, RUN_SEARCH);
}

/** call: module.function(*args) for the parts written in Python. */
function call(module: string, func: string, args: PyObject[]): PyObject {
  const name = PyUnicode_FromString(module);
  let mod: PyObject;
  try {
    mod = PyImport_Import(name);
  } finally {
    Py_DECREF(name);
  }
  let f: PyObject;
  try {
    f = PyObject_GetAttrString(mod, func);
  } finally {
    Py_DECREF(mod);
  }
  try {
    return PyObject_Call(f, args, null);
  } finally {
    Py_DECREF(f);
  }
}

function pattern_findall(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  stringPosEndpos(args, kwnames, findallParser);
  const pattern = P(self);
  const string = argString;
  const state = state_init(pattern, string, argPos, argEndpos);
  const list = PyList_New(0);
  try {
    while (state.start <= state.end) {
      state_reset(state);
      state.ptr = state.start;
      const status = sre_search(state);
      if (status <= 0) {
        if (status === 0) break;
        throw pattern_error(status);
      }
      // don't bother to build a match object
      let item: PyObject;
      switch (pattern.groups) {
        case 0:
          item = getslice(state.isbytes, string, state.start, state.ptr);
          break;
        case 1:
          item = state_getslice(state, 1, string, true);
          break;
        default: {
          const items: PyObject[] = [];
          try {
            for (let i = 0; i < pattern.groups; i++) items.push(state_getslice(state, i + 1, string, true));
          } catch (e) {
            for (const o of items) Py_DECREF(o);
            throw e;
          }
          item = _PyTuple_FromArraySteal(items);
          break;
        }
      }
      appendSteal(list, item);
      state.must_advance = state.ptr === state.start;
      state.start = state.ptr;
    }
  } catch (e) {
    Py_DECREF(list);
    throw e;
  } finally {
    state_fini(pattern, state);
  }
  return list;
}

function pattern_finditer(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  stringPosEndpos(args, kwnames, finditerParser);
  const scanner = pattern_scanner(P(self), argString, argPos, argEndpos);
  let search: PyObject;
  try {
    search = PyObject_GetAttrString(scanner, "search");
  } finally {
    Py_DECREF(scanner);
  }
  try {
    return PyCallIter_New(search, Py_None);
  } finally {
    Py_DECREF(search);
  }
}

function pattern_scanner_meth(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  stringPosEndpos(args, kwnames, scannerParser);
  return pattern_scanner(P(self), argString, argPos, argEndpos);
}

function pattern_split(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const a = _PyArg_UnpackKeywords(args, kwnames, splitParser, argbuf);
  const string = a[0]!;
  const maxsplit = a[1] === null ? 0 : ssizeArg(a[1]);
  const pattern = P(self);
  const state = state_init(pattern, string, 0, PY_SSIZE_T_MAX);
  const list = PyList_New(0);
  try {
    let n = 0;
    let last = state.start;
    while (maxsplit === 0 || n < maxsplit) {
      state_reset(state);
      state.ptr = state.start;
      const status = sre_search(state);
      if (status <= 0) {
        if (status === 0) break;
        throw pattern_error(status);
      }
      // get segment before this match
      appendSteal(list, getslice(state.isbytes, string, last, state.start));
      // add groups (if any)
      for (let i = 0; i < pattern.groups; i++) appendSteal(list, state_getslice(state, i + 1, string, false));
      n = n + 1;
      state.must_advance = state.ptr === state.start;
      last = state.start = state.ptr;
    }
    // get segment following last match (even if empty)
    appendSteal(list, getslice(state.isbytes, string, last, state.endpos));
  } catch (e) {
    Py_DECREF(list);
    throw e;
  } finally {
    state_fini(pattern, state);
  }
  return list;
}

function appendSteal(list: PyObject, item: PyObject): void {
  try {
    PyList_Append(list, item);
  } finally {
    Py_DECREF(item);
  }
}

function isCallable(o: PyObject): boolean {
  return o.ob_type.tp_call !== null;
}

/** pattern_subx: sub() and subn(). */
function pattern_subx(
  self: PatternObject,
  ptemplate: PyObject,
  string: PyObject,
  count: number,
  subn: boolean,
): PyObject {
  let filter: PyObject;
  let filter_is_callable: boolean;
  if (isCallable(ptemplate)) {
    // sub/subn takes either a function or a template
    filter = Py_NewRef(ptemplate);
    filter_is_callable = true;
  } else {
    // if not callable, check if it's a literal string
    let literal = false;
    if (PyUnicode_Check(ptemplate)) literal = ptemplate.str.indexOf("\\") < 0;
    else if (PyBytes_Check(ptemplate) || PyObject_CheckBuffer(ptemplate))
      literal = bytes_data(ptemplate).indexOf(0x5c) < 0;
    if (literal) {
      filter = Py_NewRef(ptemplate);
      filter_is_callable = false;
    } else {
      // not a literal; hand it over to the template compiler
      filter = call("re", "_subx", [self, ptemplate]);
      filter_is_callable = isCallable(filter);
    }
  }

  let list: PyObject | null = null;
  let n = 0;
  let isbytes = false;
  let state: SRE_STATE | null = null;
  try {
    state = state_init(self, string, 0, PY_SSIZE_T_MAX);
    isbytes = state.isbytes;
    list = PyList_New(0);
    let i = 0;
    while (count === 0 || n < count) {
      state_reset(state);
      state.ptr = state.start;
      const status = sre_search(state);
      if (status <= 0) {
        if (status === 0) break;
        throw pattern_error(status);
      }
      const b = state.start;
      const e = state.ptr;
      if (i < b) {
        // get segment before this match
        appendSteal(list, getslice(isbytes, string, i, b));
      }
      let item: PyObject;
      if (filter_is_callable) {
        // pass match object through filter
        const match = pattern_new_match(self, state, 1);
        try {
          item = PyObject_CallOneArg(filter, match);
        } finally {
          Py_DECREF(match);
        }
      } else {
        // filter is literal string
        item = Py_NewRef(filter);
      }
      // add to list
      if (item !== Py_None) appendSteal(list, item);
      else Py_DECREF(item);
      i = e;
      n = n + 1;
      state.must_advance = state.ptr === state.start;
      state.start = state.ptr;
    }
    // get segment following last match
    if (i < state.endpos) appendSteal(list, getslice(isbytes, string, i, state.endpos));
  } catch (e) {
    Py_XDECREF(list);
    Py_DECREF(filter);
    throw e;
  } finally {
    if (state !== null) state_fini(self, state);
  }
  Py_DECREF(filter);

  // convert list to single string (also removes list)
  let item: PyObject;
  const joiner = isbytes ? PyBytes_FromArray(new Uint8Array(0)) : PyUnicode_FromString("");
  if (PyList_GET_SIZE(list) === 0) {
    Py_DECREF(list);
    item = joiner;
  } else {
    try {
      if (isbytes) item = bytesJoin(joiner, list);
      else item = PyUnicode_Join(joiner as PyUnicodeObject, list);
    } finally {
      Py_DECREF(joiner);
      Py_DECREF(list);
    }
  }
  if (subn) {
    const num = PyLong_FromNumber(n);
    return _PyTuple_FromArraySteal([item, num]);
  }
  return item;
}

/** _PyBytes_Join(sep, list): bytes.join. */
function bytesJoin(sep: PyObject, list: PyObject): PyObject {
  const join = PyObject_GetAttrString(sep, "join");
  try {
    return PyObject_CallOneArg(join, list);
  } finally {
    Py_DECREF(join);
  }
}

function pattern_sub(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const a = _PyArg_UnpackKeywords(args, kwnames, subParser, argbuf);
  const repl = a[0]!;
  const string = a[1]!;
  const count = a[2] === null ? 0 : ssizeArg(a[2]);
  return pattern_subx(P(self), repl, string, count, false);
}

function pattern_subn(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const a = _PyArg_UnpackKeywords(args, kwnames, subnParser, argbuf);
  const repl = a[0]!;
  const string = a[1]!;
  const count = a[2] === null ? 0 : ssizeArg(a[2]);
  return pattern_subx(P(self), repl, string, count, true);
}

function pattern_copy(self: PyObject): PyObject {
  return Py_NewRef(self);
}

function pattern_deepcopy(self: PyObject, _memo: PyObject): PyObject {
  return Py_NewRef(self);
}

const FLAG_NAMES: [string, number][] = [
  ["re.TEMPLATE", SRE_FLAG_TEMPLATE],
  ["re.IGNORECASE", SRE_FLAG_IGNORECASE],
  ["re.LOCALE", SRE_FLAG_LOCALE],
  ["re.MULTILINE", SRE_FLAG_MULTILINE],
  ["re.DOTALL", SRE_FLAG_DOTALL],
  ["re.UNICODE", SRE_FLAG_UNICODE],
  ["re.VERBOSE", SRE_FLAG_VERBOSE],
  ["re.DEBUG", SRE_FLAG_DEBUG],
  ["re.ASCII", SRE_FLAG_ASCII],
];

/** A repr cut to `n` code points (PyUnicode_FromFormat's %.nR). */
function reprPrecision(o: PyObject, n: number): string {
  const r = reprString(o);
  if (r.length <= n) return r;
  return Array.from(r).slice(0, n).join("");
}

function pattern_repr(self: PyObject): PyObject {
  const obj = P(self);
  let flags = obj.flags;
  // Omit re.UNICODE for valid string patterns.
  if (obj.isbytes === 0 && (flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII)) === SRE_FLAG_UNICODE) {
    flags &= ~SRE_FLAG_UNICODE;
  }
  const items: string[] = [];
  for (const [name, value] of FLAG_NAMES) {
    if ((flags & value) !== 0) {
      items.push(name);
      flags &= ~value;
    }
  }
  if (flags !== 0) items.push("0x" + (flags >>> 0).toString(16));
  const pat = reprPrecision(obj.pattern ?? Py_None, 200);
  if (items.length > 0) return PyUnicode_FromString(`re.compile(${pat}, ${items.join("|")})`);
  return PyUnicode_FromString(`re.compile(${pat})`);
}

function pattern_groupindex(self: PyObject): PyObject {
  const p = P(self);
  if (p.groupindex === null) return PyDict_New();
  return PyDictProxy_New(p.groupindex);
}

function pattern_hash(self: PyObject): number {
  const p = P(self);
  // pattern_hash: the pattern's hash ^ _Py_HashBytes over the code words
  // (uint32, little-endian) ^ flags ^ isbytes ^ codesize, in 64 bits.
  const hp = PyObject_Hash(p.pattern ?? Py_None);
  let hash = (BigInt(hashHi(hp) >>> 0) << 32n) | BigInt(hp >>> 0);
  const code = p.code;
  const bytes = new Uint8Array(code.length * 4);
  for (let i = 0; i < code.length; i++) {
    const w = code[i]!;
    bytes[4 * i] = w & 0xff;
    bytes[4 * i + 1] = (w >>> 8) & 0xff;
    bytes[4 * i + 2] = (w >>> 16) & 0xff;
    bytes[4 * i + 3] = w >>> 24;
  }
  const hc = _Py_HashBytes(bytes, bytes.length);
  hash ^= (BigInt(hashHi(hc) >>> 0) << 32n) | BigInt(hc >>> 0);
  hash ^= BigInt(p.flags);
  hash ^= BigInt(p.isbytes);
  hash ^= BigInt(code.length);
  return foldHashBig(BigInt.asIntN(64, hash));
}

function pattern_richcompare(lefto: PyObject, righto: PyObject, op: number): PyObject {
  if (op !== Py_EQ && op !== Py_NE) return Py_NewRef(Py_NotImplemented);
  if (righto.ob_type !== PyPattern_Type) return Py_NewRef(Py_NotImplemented);
  if (lefto === righto) {
    // a pattern is equal to itself
    return PyBool_FromBool(op === Py_EQ);
  }
  const left = P(lefto);
  const right = P(righto);
  let cmp = left.flags === right.flags && left.isbytes === right.isbytes && left.code.length === right.code.length;
  if (cmp) {
    // Compare the code and the pattern because the same pattern can produce
    // different codes depending on the locale used to compile the pattern
    // when the re.LOCALE flag is used. Don't compare groups, indexgroup nor
    // groupindex: they are derivated from the pattern.
    for (let i = 0; i < left.code.length; i++) {
      if (left.code[i] !== right.code[i]) {
        cmp = false;
        break;
      }
    }
  }
  if (cmp) cmp = PyObject_RichCompareBool(left.pattern ?? Py_None, right.pattern ?? Py_None, Py_EQ);
  if (op === Py_NE) cmp = !cmp;
  return PyBool_FromBool(cmp);
}

PyPattern_Type.tp_doc = "Compiled regular expression object.";
PyPattern_Type.tp_repr = pattern_repr;
PyPattern_Type.tp_hash = pattern_hash;
PyPattern_Type.tp_richcompare = pattern_richcompare;
PyPattern_Type.tp_traverse = pattern_traverse;
PyPattern_Type.tp_clear = pattern_clear;
PyPattern_Type.tp_weakrefable = true;
PyPattern_Type.tp_methods = [
  {
    name: "match",
    meth: pattern_match,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: "Matches zero or more characters at the beginning of the string.",
  },
  {
    name: "fullmatch",
    meth: pattern_fullmatch,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: "Matches against all of the string.",
  },
  {
    name: "search",
    meth: pattern_search,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc:
      "Scan through string looking for a match, and return a corresponding match object instance.\n\n" +
      "Return None if no position in the string matches.",
  },
  {
    name: "sub",
    meth: pattern_sub,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc:
      "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern " +
      "in string by the replacement repl.",
  },
  {
    name: "subn",
    meth: pattern_subn,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc:
      "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost " +
      "non-overlapping occurrences of pattern with the replacement repl.",
  },
  {
    name: "findall",
    meth: pattern_findall,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: "Return a list of all non-overlapping matches of pattern in string.",
  },
  {
    name: "split",
    meth: pattern_split,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: "Split string by the occurrences of pattern.",
  },
  {
    name: "finditer",
    meth: pattern_finditer,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc:
      "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\n" +
      "For each match, the iterator returns a match object.",
  },
  { name: "scanner", meth: pattern_scanner_meth, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "__copy__", meth: pattern_copy, flags: METH_NOARGS },
  { name: "__deepcopy__", meth: pattern_deepcopy, flags: METH_O },
  { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS, doc: "See PEP 585" },
];
PyPattern_Type.tp_getset = [
  { name: "groupindex", get: pattern_groupindex, set: null, doc: "A dictionary mapping group names to group numbers." },
] satisfies PyGetSetDef[];
PyPattern_Type.tp_members = [
  {
    name: "pattern",
    get: (o) => P(o).pattern,
    set: null,
    noneIfNull: false,
    doc: "The pattern string from which the RE object was compiled.",
  },
  { name: "flags", get: (o) => P(o).flags, set: null, noneIfNull: false, doc: "The regex matching flags." },
  {
    name: "groups",
    get: (o) => P(o).groups,
    set: null,
    noneIfNull: false,
    doc: "The number of capturing groups in the pattern.",
  },
] satisfies PyMemberDef[];

// ---------------------------------------------------------------- compile

function _sre_compile(_module: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const a = _PyArg_UnpackKeywords(args, kwnames, compileParser, argbuf);
  const pattern = a[0]!;
  const flagsObj = a[1]!;
  const code = a[2]!;
  const groupsObj = a[3]!;
  const groupindex = a[4]!;
  const indexgroup = a[5]!;
  const flags = intArg(flagsObj);
  if (!PyList_Check(code)) {
    throw PyErr_Format(PyExc_TypeError, `compile() argument 'code' must be list, not ${code.ob_type.tp_name}`);
  }
  const groups = ssizeArg(groupsObj);
  if (!PyDict_Check(groupindex)) {
    throw PyErr_Format(
      PyExc_TypeError,
      `compile() argument 'groupindex' must be dict, not ${groupindex.ob_type.tp_name}`,
    );
  }
  if (!PyTuple_Check(indexgroup)) {
    throw PyErr_Format(
      PyExc_TypeError,
      `compile() argument 'indexgroup' must be tuple, not ${indexgroup.ob_type.tp_name}`,
    );
  }

  // "compile" pattern descriptor to pattern object
  const n = PyList_GET_SIZE(code);
  const words = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const o = PyList_GET_ITEM(code, i);
    if (!PyLong_Check(o)) throw PyErr_Format(PyExc_TypeError, "an integer is required");
    const value = PyLong_AsBigInt(o);
    if (value < 0n) throw PyErr_Format(PyExc_OverflowError, "can't convert negative value to unsigned int");
    if (value > 0xffffffffffffffffn) {
      throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
    }
    if (value > 0xffffffffn) throw PyErr_Format(PyExc_OverflowError, "regular expression code size limit exceeded");
    words[i] = Number(value);
  }
  const self = new PatternObject(words);
  PyObject_GC_Track(self);
  try {
    if (pattern === Py_None) {
      self.isbytes = -1;
    } else {
      self.isbytes = getstring(pattern) ? 1 : 0;
    }
    Py_INCREF(pattern);
    self.pattern = pattern;
    self.flags = flags;
    self.groups = groups;
    if (PyDict_Size(groupindex) > 0) {
      self.groupindex = Py_NewRef(groupindex);
      if (PyTuple_GET_SIZE(indexgroup) > 0) self.indexgroup = Py_NewRef(indexgroup);
    }
    if (!_validate(self)) throw PyErr_Format(PyExc_RuntimeError, "invalid SRE code");
  } catch (e) {
    Py_DECREF(self);
    throw e;
  }
  return self;
}

// ---------------------------------------------------------------- validation

/*
 * Code validation (sre.c's _validate): the code list must have the shapes
 * Lib/re/_compiler.py generates. The generated code is position
 * independent: all jumps are relative jumps forward, and jumps don't cross
 * each other (the target of a later jump is always earlier than the target
 * of an earlier one). A failure is "invalid SRE code" (RuntimeError);
 * after it the engine never sees the pattern.
 */

/** Thrown (and caught in _validate) when a check fails: FAIL. */
class ValidationFailure {}
const FAIL = new ValidationFailure();

/** The validator's cursor over the code (its `code` pointer). */
class Validator {
  code: Uint32Array;
  pc: number;
  constructor(code: Uint32Array) {
    this.code = code;
    this.pc = 0;
  }
  /** GET_OP / GET_ARG */
  get(end: number): number {
    if (this.pc >= end) throw FAIL;
    return this.code[this.pc++];
  }
  /** GET_SKIP_ADJ(adj): a skip that must stay inside [pc, end]. */
  skip(end: number, adj = 0): number {
    if (this.pc >= end) throw FAIL;
    const skip = this.code[this.pc];
    if (skip - adj > end - this.pc) throw FAIL;
    this.pc++;
    return skip;
  }
}

function _validate_charset(v: Validator, end: number): void {
  const code = v.code;
  while (v.pc < end) {
    const op = v.get(end);
    switch (op) {
      case SRE_OP.NEGATE:
        break;
      case SRE_OP.LITERAL:
        v.get(end);
        break;
      case SRE_OP.RANGE:
      case SRE_OP.RANGE_UNI_IGNORE:
        v.get(end);
        v.get(end);
        break;
      case SRE_OP.CHARSET:
        // 256-bit bitmap
        if (8 > end - v.pc) throw FAIL;
        v.pc += 8;
        break;
      case SRE_OP.BIGCHARSET: {
        const arg = v.get(end); // Number of blocks
        // 256-byte table
        if (64 > end - v.pc) throw FAIL;
        // Make sure that each byte points to a valid block
        for (let i = 0; i < 256; i++) {
          if (((code[v.pc + (i >>> 2)] >>> ((i & 3) * 8)) & 0xff) >= arg) throw FAIL;
        }
        v.pc += 64;
        // 256-bit bitmap times arg
        if (arg * 8 > end - v.pc) throw FAIL;
        v.pc += arg * 8;
        break;
      }
      case SRE_OP.CATEGORY: {
        const arg = v.get(end);
        if (arg > SRE_CATEGORY.UNI_NOT_LINEBREAK) throw FAIL;
        break;
      }
      default:
        throw FAIL;
    }
  }
}

/** _validate_inner over code[v.pc, end): 0, or 1 if the last op is JUMP. */
function _validate_inner(v: Validator, end: number, groups: number): number {
  const code = v.code;
  if (v.pc > end) throw FAIL;
  while (v.pc < end) {
    const op = v.get(end);
    switch (op) {
      case SRE_OP.MARK: {
        // We don't check whether marks are properly nested; the matcher is
        // robust even if they don't, and the worst you can get is
        // nonsensical match results.
        const arg = v.get(end);
        if (arg > 2 * groups + 1) throw FAIL;
        break;
      }
      case SRE_OP.LITERAL:
      case SRE_OP.NOT_LITERAL:
      case SRE_OP.LITERAL_IGNORE:
      case SRE_OP.NOT_LITERAL_IGNORE:
      case SRE_OP.LITERAL_UNI_IGNORE:
      case SRE_OP.NOT_LITERAL_UNI_IGNORE:
      case SRE_OP.LITERAL_LOC_IGNORE:
      case SRE_OP.NOT_LITERAL_LOC_IGNORE:
        // The arg is just a character, nothing to check
        v.get(end);
        break;
      case SRE_OP.SUCCESS:
      case SRE_OP.FAILURE:
        // Nothing to check; these normally end the matching process
        break;
      case SRE_OP.AT: {
        const arg = v.get(end);
        if (arg > SRE_AT.UNI_NON_BOUNDARY) throw FAIL;
        break;
      }
      case SRE_OP.ANY:
      case SRE_OP.ANY_ALL:
        // These have no operands
        break;
      case SRE_OP.IN:
      case SRE_OP.IN_IGNORE:
      case SRE_OP.IN_UNI_IGNORE:
      case SRE_OP.IN_LOC_IGNORE: {
        const skip = v.skip(end);
        // Stop 1 before the end; we check the FAILURE below
        const setEnd = v.pc + skip - 2;
        if (skip < 2) throw FAIL;
        _validate_charset(v, setEnd);
        if (code[setEnd] !== SRE_OP.FAILURE) throw FAIL;
        v.pc = setEnd + 1;
        break;
      }
      case SRE_OP.INFO:
        validate_info(v, end);
        break;
      case SRE_OP.BRANCH: {
        let target = -1;
        for (;;) {
          const skip = v.skip(end);
          if (skip === 0) break;
          // Stop 2 before the end; we check the JUMP below
          if (skip < 3) throw FAIL;
          const branchEnd = v.pc + skip - 3;
          _validate_inner(v, branchEnd, groups);
          v.pc = branchEnd;
          // Check that it ends with a JUMP, and that each JUMP has the
          // same target
          if (v.get(end) !== SRE_OP.JUMP) throw FAIL;
          const jskip = v.skip(end);
          const t = v.pc + jskip - 1;
          if (target === -1) target = t;
          else if (t !== target) throw FAIL;
        }
        if (target !== -1 && v.pc !== target) throw FAIL;
        break;
      }
      case SRE_OP.REPEAT_ONE:
      case SRE_OP.MIN_REPEAT_ONE:
      case SRE_OP.POSSESSIVE_REPEAT_ONE: {
        const skip = v.skip(end);
        const min = v.get(end);
        const max = v.get(end);
        if (min > max) throw FAIL;
        if (max > SRE_MAXREPEAT) throw FAIL;
        if (skip < 4) throw FAIL;
        const itemEnd = v.pc + skip - 4;
        _validate_inner(v, itemEnd, groups);
        v.pc = itemEnd;
        if (v.get(end) !== SRE_OP.SUCCESS) throw FAIL;
        break;
      }
      case SRE_OP.REPEAT:
      case SRE_OP.POSSESSIVE_REPEAT: {
        const skip = v.skip(end);
        const min = v.get(end);
        const max = v.get(end);
        if (min > max) throw FAIL;
        if (max > SRE_MAXREPEAT) throw FAIL;
        if (skip < 3) throw FAIL;
        const itemEnd = v.pc + skip - 3;
        _validate_inner(v, itemEnd, groups);
        v.pc = itemEnd;
        const op2 = v.get(end);
        if (op === SRE_OP.POSSESSIVE_REPEAT) {
          if (op2 !== SRE_OP.SUCCESS) throw FAIL;
        } else if (op2 !== SRE_OP.MAX_UNTIL && op2 !== SRE_OP.MIN_UNTIL) {
          throw FAIL;
        }
        break;
      }
      case SRE_OP.ATOMIC_GROUP: {
        const skip = v.skip(end);
        if (skip < 2) throw FAIL;
        const groupEnd = v.pc + skip - 2;
        _validate_inner(v, groupEnd, groups);
        v.pc = groupEnd;
        if (v.get(end) !== SRE_OP.SUCCESS) throw FAIL;
        break;
      }
      case SRE_OP.GROUPREF:
      case SRE_OP.GROUPREF_IGNORE:
      case SRE_OP.GROUPREF_UNI_IGNORE:
      case SRE_OP.GROUPREF_LOC_IGNORE: {
        const arg = v.get(end);
        if (arg >= groups) throw FAIL;
        break;
      }
      case SRE_OP.GROUPREF_EXISTS: {
        // The regex syntax for this is: '(?(group)then|else)', where
        // 'group' is either an integer group number or a group name,
        // 'then' and 'else' are sub-regexes, and 'else' is optional.
        const arg = v.get(end);
        if (arg >= groups) throw FAIL;
        let skip = v.skip(end, 1);
        let at = v.pc - 1; // The skip is relative to the first arg!
        // With both a 'then' and an 'else' part, the 'then' part ends with
        // a JUMP over the 'else' part; with only a 'then' part it does
        // not. There is no telling but by looking for a JUMP right before
        // the skip's target.
        v.pc = at + 1;
        if (_validate_inner(v, at + skip - 1, groups) === 1) {
          at += skip - 2; // Position after JUMP, at <skipno>
          v.pc = at;
          skip = v.skip(end);
          at = v.pc;
          if (_validate_inner(v, at + skip - 1, groups) !== 0) throw FAIL;
        }
        v.pc = at + skip - 1;
        break;
      }
      case SRE_OP.ASSERT:
      case SRE_OP.ASSERT_NOT: {
        const skip = v.skip(end);
        const arg = v.get(end); // 0 for lookahead, width for lookbehind
        v.pc--; // Back up over arg to simplify math below
        if ((arg & 0x80000000) !== 0) throw FAIL; // Width too large
        // Stop 1 before the end; we check the SUCCESS below
        if (skip < 2) throw FAIL;
        const at = v.pc;
        v.pc = at + 1;
        _validate_inner(v, at + skip - 2, groups);
        v.pc = at + skip - 2;
        if (v.get(end) !== SRE_OP.SUCCESS) throw FAIL;
        break;
      }
      case SRE_OP.JUMP:
        if (v.pc + 1 !== end) throw FAIL;
        return 1;
      default:
        throw FAIL;
    }
  }
  return 0;
}

/** The INFO block: <INFO> <1=skip> <2=flags> <3=min> <4=max> and, with
 *  SRE_INFO_PREFIX or SRE_INFO_CHARSET in the flags, more. */
function validate_info(v: Validator, end: number): void {
  const code = v.code;
  const skip = v.skip(end);
  if (skip < 1) throw FAIL;
  const newcode = v.pc + skip - 1;
  const flags = v.get(end);
  v.get(end);
  v.get(end);
  // Check that only valid flags are present
  if ((flags & ~(SRE_INFO_PREFIX | SRE_INFO_LITERAL | SRE_INFO_CHARSET)) !== 0) throw FAIL;
  // PREFIX and CHARSET are mutually exclusive
  if ((flags & SRE_INFO_PREFIX) !== 0 && (flags & SRE_INFO_CHARSET) !== 0) throw FAIL;
  // LITERAL implies PREFIX
  if ((flags & SRE_INFO_LITERAL) !== 0 && (flags & SRE_INFO_PREFIX) === 0) throw FAIL;
  // Validate the prefix
  if ((flags & SRE_INFO_PREFIX) !== 0) {
    const prefix_len = v.get(end);
    v.get(end);
    // Here comes the prefix string
    if (prefix_len > newcode - v.pc) throw FAIL;
    v.pc += prefix_len;
    // And here comes the overlap table
    if (prefix_len > newcode - v.pc) throw FAIL;
    // Each overlap value should be < prefix_len
    for (let i = 0; i < prefix_len; i++) {
      if (code[v.pc + i] >= prefix_len) throw FAIL;
    }
    v.pc += prefix_len;
  }
  // Validate the charset
  if ((flags & SRE_INFO_CHARSET) !== 0) {
    _validate_charset(v, newcode - 1);
    if (code[newcode - 1] !== SRE_OP.FAILURE) throw FAIL;
    v.pc = newcode;
  } else if (v.pc !== newcode) {
    throw FAIL;
  }
}

function _validate_outer(code: Uint32Array, groups: number): void {
  const end = code.length;
  if (groups < 0 || groups > SRE_MAXGROUPS || end === 0 || code[end - 1] !== SRE_OP.SUCCESS) throw FAIL;
  _validate_inner(new Validator(code), end - 1, groups);
}

function _validate(self: PatternObject): boolean {
  try {
    _validate_outer(self.code, self.groups);
  } catch (e) {
    if (e === FAIL) return false;
    throw e;
  }
  return true;
}

// ---------------------------------------------------------------- Match

function M(o: PyObject): MatchObject {
  return o as MatchObject;
}

/** match_getslice_by_index: group `index`, or `def` if it did not take part. */
function match_getslice_by_index(self: MatchObject, index: number, def: PyObject): PyObject {
  index *= 2;
  const string = self.string!;
  if (string === Py_None || self.mark[index] < 0) {
    // return default value if the string or group is undefined
    return Py_NewRef(def);
  }
  const isbytes = getstring(string);
  const length = subject_length(string, isbytes);
  const i = Math.min(self.mark[index], length);
  const j = Math.min(self.mark[index + 1], length);
  return getslice(isbytes, string, i, j);
}

/** match_getindex: the group number `index` names (a number, or a name
 *  in the pattern's groupindex); IndexError "no such group" otherwise. */
function match_getindex(self: MatchObject, index: PyObject | null): number {
  if (index === null) return 0; // Default value
  let i = -1;
  if (PyIndex_Check(index)) {
    i = PyNumberAsSsizeClamped(index);
  } else {
    const gi = self.pattern!.groupindex;
    if (gi !== null) {
      const v = PyDict_GetItem(gi, index);
      if (v !== null && PyLong_Check(v)) i = Number(PyLong_AsBigInt(v));
    }
  }
  if (i < 0 || i >= self.groups) {
    // raise IndexError if we were given a bad group number
    throw PyErr_Format(PyExc_IndexError, "no such group");
  }
  return i;
}

/** PyNumber_AsSsize_t(index, NULL): clamped to the Py_ssize_t range. */
function PyNumberAsSsizeClamped(o: PyObject): number {
  if (o instanceof PyLongObject && o.big === null) return o.v;
  const i = PyNumber_Index(o) as PyLongObject;
  try {
    const b = PyLong_AsBigInt(i);
    if (b < -(2n ** 63n)) return -Number.MAX_SAFE_INTEGER;
    if (b >= 2n ** 63n) return Number.MAX_SAFE_INTEGER;
    return Number(b);
  } finally {
    Py_DECREF(i);
  }
}

function match_getslice(self: MatchObject, index: PyObject | null, def: PyObject): PyObject {
  return match_getslice_by_index(self, match_getindex(self, index), def);
}

function match_expand(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const a = _PyArg_UnpackKeywords(args, kwnames, expandParser, argbuf);
  // delegate to Python code
  return call("re", "_expand", [M(self).pattern!, self, a[0]!]);
}

const ZERO = PyLong_FromNumber(0);

function match_group(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (kwnames !== null && PyTuple_GET_SIZE(kwnames) > 0) {
    throw PyErr_Format(PyExc_TypeError, "Match.group() takes no keyword arguments");
  }
  const m = M(self);
  const size = args.length;
  switch (size) {
    case 0:
      return match_getslice(m, ZERO, Py_None);
    case 1:
      return match_getslice(m, args[0], Py_None);
    default: {
      // fetch multiple items
      const items: PyObject[] = [];
      try {
        for (let i = 0; i < size; i++) items.push(match_getslice(m, args[i], Py_None));
      } catch (e) {
        for (const o of items) Py_DECREF(o);
        throw e;
      }
      return _PyTuple_FromArraySteal(items);
    }
  }
}

function match_getitem(self: PyObject, name: PyObject): PyObject {
  return match_getslice(M(self), name, Py_None);
}

function match_groups(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const a = _PyArg_UnpackKeywords(args, kwnames, groupsParser, argbuf);
  const def = a[0] ?? Py_None;
  const m = M(self);
  const items: PyObject[] = [];
  try {
    for (let index = 1; index < m.groups; index++) items.push(match_getslice_by_index(m, index, def));
  } catch (e) {
    for (const o of items) Py_DECREF(o);
    throw e;
  }
  return _PyTuple_FromArraySteal(items);
}

function match_groupdict(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const a = _PyArg_UnpackKeywords(args, kwnames, groupdictParser, argbuf);
  const def = a[0] ?? Py_None;
  const m = M(self);
  const result = PyDict_New();
  const gi = m.pattern!.groupindex;
  if (gi === null) return result;
  try {
    for (let pos = PyDict_Next(gi, 0); pos >= 0; pos = PyDict_Next(gi, pos + 1)) {
      const key = Py_NewRef(_PyDict_Key(gi, pos));
      const hash = _PyDict_Hash(gi, pos);
      try {
        const value = match_getslice(m, key, def);
        try {
          _PyDict_SetItem_KnownHash(result, key, value, hash);
        } finally {
          Py_DECREF(value);
        }
      } finally {
        Py_DECREF(key);
      }
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function groupArg(fname: string, args: PyObject[], kwnames: PyObject | null): PyObject | null {
  checkPositional(fname, args, kwnames, 0, 1);
  return args.length === 0 ? null : args[0];
}

function match_start(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const m = M(self);
  const index = match_getindex(m, groupArg("start", args, kwnames));
  // mark is -1 if group is undefined
  return PyLong_FromNumber(m.mark[index * 2]);
}

function match_end(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const m = M(self);
  const index = match_getindex(m, groupArg("end", args, kwnames));
  // mark is -1 if group is undefined
  return PyLong_FromNumber(m.mark[index * 2 + 1]);
}

function _pair(i1: number, i2: number): PyObject {
  return _PyTuple_FromArraySteal([PyLong_FromNumber(i1), PyLong_FromNumber(i2)]);
}

function match_span(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const m = M(self);
  const index = match_getindex(m, groupArg("span", args, kwnames));
  // marks are -1 if group is undefined
  return _pair(m.mark[index * 2], m.mark[index * 2 + 1]);
}

function match_regs(self: MatchObject): PyObject {
  const items: PyObject[] = [];
  for (let index = 0; index < self.groups; index++) items.push(_pair(self.mark[index * 2], self.mark[index * 2 + 1]));
  const regs = _PyTuple_FromArraySteal(items);
  self.regs = Py_NewRef(regs);
  return regs;
}

function match_copy(self: PyObject): PyObject {
  return Py_NewRef(self);
}

function match_deepcopy(self: PyObject, _memo: PyObject): PyObject {
  return Py_NewRef(self);
}

function match_lastindex_get(self: PyObject): PyObject {
  const m = M(self);
  if (m.lastindex >= 0) return PyLong_FromNumber(m.lastindex);
  return Py_NewRef(Py_None);
}

function match_lastgroup_get(self: PyObject): PyObject {
  const m = M(self);
  const ig = m.pattern!.indexgroup;
  if (ig !== null && m.lastindex >= 0 && m.lastindex < PyTuple_GET_SIZE(ig)) {
    return Py_NewRef(PyTuple_GET_ITEM(ig, m.lastindex));
  }
  return Py_NewRef(Py_None);
}

function match_regs_get(self: PyObject): PyObject {
  const m = M(self);
  if (m.regs !== null) return Py_NewRef(m.regs);
  return match_regs(m);
}

function match_repr(self: PyObject): PyObject {
  const m = M(self);
  const group0 = match_getslice_by_index(m, 0, Py_None);
  try {
    return PyUnicode_FromString(
      `<${m.ob_type.tp_name} object; span=(${m.mark[0]}, ${m.mark[1]}), match=${reprPrecision(group0, 50)}>`,
    );
  } finally {
    Py_DECREF(group0);
  }
}

PyMatch_Type.tp_doc = "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.";
PyMatch_Type.tp_repr = match_repr;
PyMatch_Type.tp_traverse = match_traverse;
PyMatch_Type.tp_clear = match_clear;
PyMatch_Type.mp_subscript = match_getitem;
PyMatch_Type.tp_methods = [
  {
    name: "group",
    meth: match_group,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc:
      "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n" +
      "    For 0 returns the entire match.",
  },
  {
    name: "start",
    meth: match_start,
    flags: METH_FASTCALL,
    doc: "Return index of the start of the substring matched by group.",
  },
  {
    name: "end",
    meth: match_end,
    flags: METH_FASTCALL,
    doc: "Return index of the end of the substring matched by group.",
  },
  {
    name: "span",
    meth: match_span,
    flags: METH_FASTCALL,
    doc: "For match object m, return the 2-tuple (m.start(group), m.end(group)).",
  },
  {
    name: "groups",
    meth: match_groups,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: "Return a tuple containing all the subgroups of the match, from 1.",
  },
  {
    name: "groupdict",
    meth: match_groupdict,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.",
  },
  {
    name: "expand",
    meth: match_expand,
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method.",
  },
  { name: "__copy__", meth: match_copy, flags: METH_NOARGS },
  { name: "__deepcopy__", meth: match_deepcopy, flags: METH_O },
  { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS, doc: "See PEP 585" },
] satisfies PyMethodDef[];
PyMatch_Type.tp_getset = [
  {
    name: "lastindex",
    get: match_lastindex_get,
    set: null,
    doc: "The integer index of the last matched capturing group.",
  },
  { name: "lastgroup", get: match_lastgroup_get, set: null, doc: "The name of the last matched capturing group." },
  { name: "regs", get: match_regs_get, set: null },
] satisfies PyGetSetDef[];
PyMatch_Type.tp_members = [
  {
    name: "string",
    get: (o) => M(o).string,
    set: null,
    noneIfNull: false,
    doc: "The string passed to match() or search().",
  },
  { name: "re", get: (o) => M(o).pattern, set: null, noneIfNull: false, doc: "The regular expression object." },
  {
    name: "pos",
    get: (o) => M(o).pos,
    set: null,
    noneIfNull: false,
    doc: "The index into the string at which the RE engine started looking for a match.",
  },
  {
    name: "endpos",
    get: (o) => M(o).endpos,
    set: null,
    noneIfNull: false,
    doc: "The index into the string beyond which the RE engine will not go.",
  },
] satisfies PyMemberDef[];

// ---------------------------------------------------------------- Scanner

function S(o: PyObject): ScannerObject {
  return o as ScannerObject;
}

function pattern_scanner(self: PatternObject, string: PyObject, pos: number, endpos: number): PyObject {
  // create search state object
  const state = state_init(self, string, pos, endpos);
  const scanner = new ScannerObject(self, state);
  PyObject_GC_Track(scanner);
  return scanner;
}

/** scanner.match() and scanner.search(): the next match from where the
 *  last one ended, None (for ever) once one fails. */
function scanner_step(self: PyObject, args: PyObject[], kwnames: PyObject | null, search: boolean): PyObject {
  const name = search ? "search" : "match";
  if (nargsOf(args, kwnames) > 0) throw PyErr_Format(PyExc_TypeError, `${name}() takes no arguments`);
  const s = S(self);
  if (s.executing) throw PyErr_Format(PyExc_ValueError, "regular expression scanner already executing");
  const state = s.state;
  if (state.start < 0) return Py_NewRef(Py_None);
  s.executing = true;
  try {
    state_reset(state);
    state.ptr = state.start;
    const status = search ? sre_search(state) : sre_match(state, 0, true);
    const match = pattern_new_match(s.pattern!, state, status);
    if (status === 0) {
      state.start = -1;
    } else {
      state.must_advance = state.ptr === state.start;
      state.start = state.ptr;
    }
    return match;
  } finally {
    s.executing = false;
  }
}

function scanner_match(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  return scanner_step(self, args, kwnames, false);
}

function scanner_search(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  return scanner_step(self, args, kwnames, true);
}

PyScanner_Type.tp_traverse = scanner_traverse;
PyScanner_Type.tp_clear = scanner_clear;
PyScanner_Type.tp_methods = [
  { name: "match", meth: scanner_match, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "search", meth: scanner_search, flags: METH_FASTCALL | METH_KEYWORDS },
];
PyScanner_Type.tp_members = [{ name: "pattern", get: (o) => S(o).pattern, set: null, noneIfNull: false }];

// ---------------------------------------------------------------- module

function _sre_getcodesize(_m: PyObject): PyObject {
  return PyLong_FromNumber(SRE_CODESIZE);
}

function _sre_ascii_iscased(_m: PyObject, arg: PyObject): PyObject {
  const ch = intArg(arg) >>> 0;
  return PyBool_FromBool(ch < 128 && sre_isalpha_ascii(ch));
}

function _sre_unicode_iscased(_m: PyObject, arg: PyObject): PyObject {
  const ch = intArg(arg) >>> 0;
  return PyBool_FromBool(ch !== sre_lower_unicode(ch) || ch !== sre_upper_unicode(ch));
}

function _sre_ascii_tolower(_m: PyObject, arg: PyObject): PyObject {
  return PyLong_FromNumber(sre_lower_ascii(intArg(arg)));
}

function _sre_unicode_tolower(_m: PyObject, arg: PyObject): PyObject {
  const ch = intArg(arg);
  return PyLong_FromNumber(ch < 0 ? ch : sre_lower_unicode(ch));
}

const functions: PyMethodDef[] = [
  { name: "compile", meth: _sre_compile, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "getcodesize", meth: _sre_getcodesize, flags: METH_NOARGS },
  { name: "ascii_iscased", meth: _sre_ascii_iscased, flags: METH_O },
  { name: "unicode_iscased", meth: _sre_unicode_iscased, flags: METH_O },
  { name: "ascii_tolower", meth: _sre_ascii_tolower, flags: METH_O },
  { name: "unicode_tolower", meth: _sre_unicode_tolower, flags: METH_O },
];

/** `_sre`: compile() and the constants Lib/re/_constants.py checks. */
export function PyInit__sre(): PyObject {
  const m = PyModule_New("_sre");
  PyModule_AddFunctions(m, functions);
  PyModule_Add(m, "MAGIC", PyLong_FromNumber(SRE_MAGIC));
  PyModule_Add(m, "CODESIZE", PyLong_FromNumber(SRE_CODESIZE));
  PyModule_Add(m, "MAXREPEAT", PyLong_FromNumber(SRE_MAXREPEAT));
  PyModule_Add(m, "MAXGROUPS", PyLong_FromNumber(SRE_MAXGROUPS));
  PyModule_Add(m, "copyright", PyUnicode_FromString(copyright));
  return m;
}
