/**
 * Code objects (CPython's Objects/codeobject.c): a compiled `CodeUnit`
 * turned into a heap object the VM runs.
 *
 * The compiler's constants are plain data (`Const`); they are converted
 * once, here, into Python objects that the code object owns (`co_consts`,
 * a JS array of owned references, in the compiler's order). Nested code
 * units become nested code objects. Names (`co_names`, the localsplus
 * names) become interned str objects, so LOAD_ATTR / LOAD_GLOBAL keys are
 * the same objects the dicts hold.
 *
 * The tuple views Python code sees (`co_consts`, `co_names`,
 * `co_varnames`, …) are built on demand by the attribute getters; the VM
 * reads the arrays directly.
 *
 * Code objects are not GC containers (as in CPython, where they are
 * untracked), are immutable after construction, and die when the last
 * function, frame or enclosing code object holding them goes.
 */
import { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { constKey } from "../compiler/consts.js";
import { isLiteral } from "../ast/literals.js";
import { PyObject_Free } from "../heap/gc.js";
import { newStaticType } from "./typeobject.js";
import type { CodeUnit, Const, ExceptionTableEntry } from "../bytecode/code.js";
import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL } from "../bytecode/code.js";
import { PyUnicode_FromString, PyUnicode_InternFromString, _PyUnicode_IsInterned } from "./unicodeobject.js";
import { PyLong_FromBigInt, PyLong_FromNumber } from "./longobject.js";
import { PyFloat_FromDouble } from "./floatobject.js";
import { PyComplex_FromDoubles } from "./complexobject.js";
import { Py_True, Py_False } from "./longobject.js";
import { Py_None, Py_Ellipsis } from "./noneobject.js";
import { PyTuple_New, PyTuple_SET_ITEM, _PyTuple_FromArray } from "./tupleobject.js";
import { PyFrozenSet_New, _PySet_Items } from "./setobject.js";
import { PyBytes_FromStringAndSize } from "./bytesobject.js";
import type { InterpFrame } from "./frameobject.js";
import type { PyTypeObject } from "./typeobject.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS } from "./methoddef.js";
import { PyNumber_AsSsize_t } from "./abstract.js";
import {
  INLINE_CACHE_ENTRIES,
  NO_CACHE_ENTRIES,
  AddressRange,
  codeLnotab,
  codePositions,
  makeExceptionTable,
  makeLinetable,
  parseExceptionTable,
  relayout,
} from "../bytecode/layout.js";
import { Op, OPCODE_BY_CODE } from "../bytecode/opcodes.js";
import { PyBytes_Check, type PyBytesObject } from "./bytesobject.js";
import { PyTuple_Check, type PyTupleObject } from "./tupleobject.js";
import { PyUnicode_Check, PyUnicode_AsString } from "./unicodeobject.js";
import { newArgParser, _PyArg_UnpackKeywords } from "./getargs.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_IndexError, PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.js";

/**
 * The inline cache of one LOAD_GLOBAL instruction (CPython 3.11's
 * LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN). A hit needs no hashing:
 *  - found in globals: entry `index` of the `globals` dict still has the
 *    name (the same str object) as its key, so its value is the answer;
 *  - found in builtins (`index` -1): `globals` still has `globalsVersion`
 *    as its `ma_version` (every change to a dict bumps it, so the name is
 *    still absent there) and entry `builtinsIndex` of `builtins` still has
 *    the name as its key.
 * The dicts are compared by identity; nothing here is a counted reference.
 */
export class GlobalCache {
  globals: PyObject | null;
  index: number;
  globalsVersion: number;
  builtins: PyObject | null;
  builtinsIndex: number;
  constructor() {
    this.globals = null;
    this.index = -1;
    this.globalsVersion = -1;
    this.builtins = null;
    this.builtinsIndex = -1;
  }
}

/**
 * The inline cache of one LOAD_ATTR / STORE_ATTR / LOAD_METHOD instruction
 * (CPython 3.11's LOAD_ATTR_INSTANCE_VALUE, STORE_ATTR_INSTANCE_VALUE,
 * LOAD_METHOD_WITH_VALUES / _NO_DICT): a short chain of entries, one per
 * class seen at the instruction (at most ATTR_CACHE_WAYS, so a call site
 * over a small class hierarchy stays cached). An entry is valid while
 * `type` is the object's type and still has `version` as its
 * `tp_version_tag` (PyType_Modified changes it whenever the type or a base
 * changes, so the MRO lookup of the name is what it was).
 *  - attributes: `index` is the name's position in the class's shared keys
 *    (the slot of the instance's inline values); `descr` is the non-data
 *    descriptor or class attribute the MRO lookup found (null if none).
 *  - methods: `descr` is the method found on the type (borrowed: the type's
 *    dict holds it while the version stands); `index` is the name's shared
 *    key position or -1, and then `keysLen` is the shared-keys length seen
 *    (keys are append-only: the same length means the name is still not an
 *    instance attribute); `index` -2 means instances have no attributes.
 */
export class AttrCache {
  type: PyTypeObject | null;
  version: number;
  index: number;
  keysLen: number;
  descr: PyObject | null;
  next: AttrCache | null;
  constructor(next: AttrCache | null) {
    this.type = null;
    this.version = -1;
    this.index = -1;
    this.keysLen = 0;
    this.descr = null;
    this.next = next;
  }
}

export const ATTR_CACHE_WAYS = 4;

/** The entry of instruction `instr`'s chain to (re)fill for `type`: its
 *  own entry, else a new one (up to ATTR_CACHE_WAYS), else the oldest,
 *  moved to the front. */
export function attrCacheEntry(co: PyCodeObject, instr: number, type: PyTypeObject): AttrCache {
  const head = co.co_cache[instr] as AttrCache | null;
  let n = 0;
  let prev: AttrCache | null = null;
  for (let e = head; e !== null; e = e.next) {
    if (e.type === type) return e;
    n++;
    if (e.next === null) {
      if (n < ATTR_CACHE_WAYS) break;
      // Recycle the last entry as the new head.
      if (prev !== null) {
        prev.next = null;
        e.next = head;
        co.co_cache[instr] = e;
      }
      return e;
    }
    prev = e;
  }
  const e = new AttrCache(head);
  co.co_cache[instr] = e;
  return e;
}

/** CPython 3.11's sizeof(PyCodeObject) minus the code bytes it holds inline. */
const CODE_BASESIZE = 186;

export class PyCodeObject extends PyObject {
  co_code: Uint8Array;
  /** Owned references, the compiler's constants in order. */
  co_consts: PyObject[];
  /** Interned str objects (owned). */
  co_names: PyObject[];
  /** Interned str objects (owned): names of the fast slots. */
  co_localsplusnames: PyObject[];
  co_localspluskinds: Uint8Array;
  co_nlocalsplus: number;
  co_nlocals: number;
  co_ncellvars: number;
  co_nfreevars: number;
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_flags: number;
  co_stacksize: number;
  co_firstlineno: number;
  co_exceptiontable: ExceptionTableEntry[];
  co_positions: Int32Array;
  co_name: PyObject;
  co_qualname: PyObject;
  co_filename: PyObject;
  /** JS copies of the names, for messages and tracebacks. */
  name: string;
  qualname: string;
  filename: string;
  /** JS strings of the localsplus names (for error messages). */
  localsplusnames: string[];
  /** The compiler's unit, kept for the disassembler. */
  unit: CodeUnit;
  /** Inline caches, one slot per code unit (made on the instruction's
   *  first miss); see GlobalCache and AttrCache. */
  co_cache: (GlobalCache | AttrCache | null)[];
  /** Finished interpreter frames of this code, reused by _PyFrame_New. */
  co_framepool: InterpFrame[];
  /** 3.11's co_warmup, counted up: RESUMEs and JUMP_BACKWARDs run so far,
   *  up to QUICKENING_WARMUP_DELAY, when the code is quickened and its
   *  calls specialize (which changes what they count against the
   *  recursion limit: see ceval's CALL). */
  co_warmup: number;
  /** Per code unit, once quickened: the specialization each CALL took. */
  co_callspec: Uint8Array | null;
  /** CPython's layout of this code (layout.ts), made on first use. */
  co_cpython: CPythonLayout | null;

  constructor(
    unit: CodeUnit,
    consts: PyObject[],
    names: PyObject[],
    lpnames: PyObject[],
    name: PyObject,
    qualname: PyObject,
    filename: PyObject,
  ) {
    super(PyCode_Type, CODE_BASESIZE + unit.co_code.length);
    this.co_code = unit.co_code;
    this.co_consts = consts;
    this.co_names = names;
    this.co_localsplusnames = lpnames;
    this.co_localspluskinds = unit.co_localspluskinds;
    this.co_nlocalsplus = unit.co_localsplusnames.length;
    this.co_nlocals = unit.co_nlocals;
    let ncell = 0;
    let nfree = 0;
    for (let i = 0; i < unit.co_localspluskinds.length; i++) {
      const k = unit.co_localspluskinds[i];
      if (k & CO_FAST_CELL) ncell++;
      if (k & CO_FAST_FREE) nfree++;
    }
    this.co_ncellvars = ncell;
    this.co_nfreevars = nfree;
    this.co_argcount = unit.co_argcount;
    this.co_posonlyargcount = unit.co_posonlyargcount;
    this.co_kwonlyargcount = unit.co_kwonlyargcount;
    this.co_flags = unit.co_flags;
    this.co_stacksize = unit.co_stacksize;
    this.co_firstlineno = unit.co_firstlineno;
    this.co_exceptiontable = unit.co_exceptiontable;
    this.co_positions = unit.co_positions;
    this.co_name = name;
    this.co_qualname = qualname;
    this.co_filename = filename;
    this.name = unit.co_name;
    this.qualname = unit.co_qualname;
    this.filename = unit.co_filename;
    this.localsplusnames = unit.co_localsplusnames;
    this.unit = unit;
    const cache: (GlobalCache | AttrCache | null)[] = [];
    for (let i = 0; i < unit.co_code.length >> 1; i++) cache.push(null);
    this.co_cache = cache;
    this.co_framepool = [];
    this.co_warmup = 0;
    this.co_callspec = null;
    this.co_cpython = null;
  }
}

/** The code in CPython's layout: its bytes objects (owned, made once, as
 *  CPython's `_co_code`, `co_linetable`, `co_exceptiontable`) and the
 *  offset of each of refpy's code units there. */
export interface CPythonLayout {
  code: PyObject;
  linetable: PyObject;
  exceptiontable: PyObject;
  offsets: Int32Array;
}

export function _PyCode_CPythonLayout(co: PyCodeObject): CPythonLayout {
  if (co.co_cpython !== null) return co.co_cpython;
  const r = relayout(
    { code: co.co_code, positions: co.co_positions, exceptiontable: co.co_exceptiontable },
    NO_CACHE_ENTRIES,
    INLINE_CACHE_ENTRIES,
  );
  co.co_cpython = {
    code: PyBytes_FromStringAndSize(r.code),
    linetable: PyBytes_FromStringAndSize(makeLinetable(r, co.co_firstlineno, INLINE_CACHE_ENTRIES)),
    exceptiontable: PyBytes_FromStringAndSize(makeExceptionTable(r.exceptiontable)),
    offsets: r.offsets,
  };
  return co.co_cpython;
}

/** The byte offset, in CPython's layout, of the instruction at refpy's
 *  code unit `instr` (f_lasti, tb_lasti; negative stays as it is). */
export function _PyCode_CPythonLasti(co: PyCodeObject, instr: number): number {
  if (instr < 0) return instr;
  const offsets = _PyCode_CPythonLayout(co).offsets;
  return 2 * (instr < offsets.length ? offsets[instr] : offsets[offsets.length - 1]);
}

function code_dealloc(self: PyObject): void {
  const co = self as PyCodeObject;
  const consts = co.co_consts;
  co.co_consts = [];
  for (let i = 0; i < consts.length; i++) Py_DECREF(consts[i]);
  const names = co.co_names;
  co.co_names = [];
  for (let i = 0; i < names.length; i++) Py_DECREF(names[i]);
  const lp = co.co_localsplusnames;
  co.co_localsplusnames = [];
  for (let i = 0; i < lp.length; i++) Py_DECREF(lp[i]);
  Py_DECREF(co.co_name);
  Py_DECREF(co.co_qualname);
  Py_DECREF(co.co_filename);
  const cp = co.co_cpython;
  co.co_cpython = null;
  if (cp !== null) {
    Py_DECREF(cp.code);
    Py_DECREF(cp.linetable);
    Py_DECREF(cp.exceptiontable);
  }
  co.co_framepool.length = 0;
  PyObject_Free(co);
}

export const PyCode_Type = newStaticType("code", CODE_BASESIZE, 0, code_dealloc);

PyCode_Type.tp_repr = (self) => {
  const co = self as PyCodeObject;
  return PyUnicode_FromString(
    `<code object ${co.name} at 0x${co.ob_addr.toString(16)}, file "${co.filename}", line ${co.co_firstlineno}>`,
  );
};

/** CPython's all_name_chars: string constants made only of these are interned. */
function allNameChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  }
  return true;
}

/** A new reference to the Python object for compiler constant `c`. */
/**
 * The compiler's constant cache for the compilation being turned into
 * code objects (c_const_cache, merge_consts_recursive): equal constants
 * anywhere in a module and the functions and classes nested in it are
 * one object, so `def f(): return "a b"` returns the very object a module
 * level `"a b"` names, as in CPython (and as a .pyc keeps them). Keyed by
 * constKey (type and value, as _PyCode_ConstantKey); tuple and frozenset
 * items are merged too. Borrowed: the code units' constants being built
 * hold them until their code objects own them.
 */
let constCache: Map<string, PyObject> | null = null;

export function constToObject(c: Const): PyObject {
  const cache = constCache;
  if (cache === null || c.kind === "code") return makeConst(c);
  const key = constKey(c);
  const hit = cache.get(key);
  if (hit !== undefined) return Py_NewRef(hit);
  const literals = literalRefs;
  // An identifier-like str interned before now: the arena's object is not
  // the one co_consts gets.
  const held =
    literals !== null && isLiteral(c) && !(c.kind === "str" && allNameChars(c.value) && _PyUnicode_IsInterned(c.value));
  const o = makeConst(c);
  cache.set(key, o);
  if (held) literals!.push(Py_NewRef(o));
  return o;
}

/** While PyCode_FromUnitWithLiterals runs: the references the parser's
 *  arena would hold (ast/literals.ts), one per constant object. */
let literalRefs: PyObject[] | null = null;

/**
 * PyCode_FromUnit for code about to run from the source just parsed (the
 * main module, a statement at the prompt): also the references the
 * parser's arena holds meanwhile, to release (`Py_DECREF` each) once the
 * code has run.
 */
export function PyCode_FromUnitWithLiterals(unit: CodeUnit): { code: PyCodeObject; literals: PyObject[] } {
  const literals: PyObject[] = [];
  literalRefs = literals;
  try {
    return { code: PyCode_FromUnit(unit), literals };
  } finally {
    literalRefs = null;
  }
}

function makeConst(c: Const): PyObject {
  switch (c.kind) {
    case "int": {
      const v = c.value;
      if (v >= -9007199254740991n && v <= 9007199254740991n) return PyLong_FromNumber(Number(v));
      return PyLong_FromBigInt(v);
    }
    case "float":
      return PyFloat_FromDouble(c.value);
    case "complex":
      return PyComplex_FromDoubles(c.real, c.imag);
    case "str":
      return allNameChars(c.value) ? PyUnicode_InternFromString(c.value) : PyUnicode_FromString(c.value);
    case "bytes":
      // Unmarshalled constants come from PyBytes_FromStringAndSize.
      return PyBytes_FromStringAndSize(c.value);
    case "bool":
      return Py_NewRef(c.value ? Py_True : Py_False);
    case "None":
      return Py_NewRef(Py_None);
    case "Ellipsis":
      return Py_NewRef(Py_Ellipsis);
    case "tuple": {
      const t = PyTuple_New(c.items.length);
      for (let i = 0; i < c.items.length; i++) PyTuple_SET_ITEM(t, i, constToObject(c.items[i]));
      return t;
    }
    case "frozenset": {
      const items: PyObject[] = [];
      for (const it of c.items) items.push(constToObject(it));
      const first = frozensetFromArray(items);
      for (const it of items) Py_DECREF(it);
      // merge_consts_recursive: CPython rebuilds a frozenset constant from
      // the first one's iteration order, which can change its table (and
      // so the order the program sees) when keys collide or it resized.
      try {
        return frozensetFromArray(_PySet_Items(first));
      } finally {
        Py_DECREF(first);
      }
    }
    case "code":
      return PyCode_FromUnit(c.code);
  }
}

/** PyFrozenSet_New of a tuple of `items` (borrowed). */
function frozensetFromArray(items: PyObject[]): PyObject {
  const tup = _PyTuple_FromArray(items);
  try {
    return PyFrozenSet_New(tup);
  } finally {
    Py_DECREF(tup);
  }
}

/** A new code object for a compiled unit (constants converted once). */
export function PyCode_FromUnit(unit: CodeUnit): PyCodeObject {
  // The outermost unit of a compilation owns the constant cache.
  if (constCache !== null) return codeFromUnit(unit);
  constCache = new Map();
  try {
    return codeFromUnit(unit);
  } finally {
    constCache = null;
  }
}

function codeFromUnit(unit: CodeUnit): PyCodeObject {
  const consts: PyObject[] = [];
  for (let i = 0; i < unit.co_consts.length; i++) consts.push(constToObject(unit.co_consts[i]));
  const names: PyObject[] = [];
  for (let i = 0; i < unit.co_names.length; i++) names.push(PyUnicode_InternFromString(unit.co_names[i]));
  const lp: PyObject[] = [];
  for (let i = 0; i < unit.co_localsplusnames.length; i++)
    lp.push(PyUnicode_InternFromString(unit.co_localsplusnames[i]));
  return new PyCodeObject(
    unit,
    consts,
    names,
    lp,
    PyUnicode_InternFromString(unit.co_name),
    PyUnicode_InternFromString(unit.co_qualname),
    PyUnicode_FromString(unit.co_filename),
  );
}

/** Source line of the instruction at code unit `lasti` (-1: none), as
 *  PyCode_Addr2Line. */
export function PyCode_Addr2Line(co: PyCodeObject, lasti: number): number {
  if (lasti < 0) return co.co_firstlineno;
  const p = co.co_positions;
  if (lasti * 4 >= p.length) return -1;
  return p[lasti * 4];
}

/** Positions of the instruction at code unit `lasti`: [lineno, end_lineno,
 *  col, end_col] (columns in UTF-8 bytes; -1 when unknown). */
export function PyCode_Addr2Location(co: PyCodeObject, lasti: number): [number, number, number, number] {
  const p = co.co_positions;
  const i = lasti * 4;
  if (lasti < 0 || i >= p.length) return [-1, -1, -1, -1];
  return [p[i], p[i + 1], p[i + 2], p[i + 3]];
}

function namesTuple(co: PyCodeObject, mask: number): PyObject {
  const items: PyObject[] = [];
  for (let i = 0; i < co.co_nlocalsplus; i++) {
    if (co.co_localspluskinds[i] & mask) items.push(co.co_localsplusnames[i]);
  }
  return _PyTuple_FromArray(items);
}

PyCode_Type.tp_getset = [
  { name: "co_name", get: (s) => Py_NewRef((s as PyCodeObject).co_name), set: null },
  { name: "co_qualname", get: (s) => Py_NewRef((s as PyCodeObject).co_qualname), set: null },
  { name: "co_filename", get: (s) => Py_NewRef((s as PyCodeObject).co_filename), set: null },
  { name: "co_firstlineno", get: (s) => PyLong_FromNumber((s as PyCodeObject).co_firstlineno), set: null },
  { name: "co_argcount", get: (s) => PyLong_FromNumber((s as PyCodeObject).co_argcount), set: null },
  { name: "co_posonlyargcount", get: (s) => PyLong_FromNumber((s as PyCodeObject).co_posonlyargcount), set: null },
  { name: "co_kwonlyargcount", get: (s) => PyLong_FromNumber((s as PyCodeObject).co_kwonlyargcount), set: null },
  { name: "co_nlocals", get: (s) => PyLong_FromNumber((s as PyCodeObject).co_nlocals), set: null },
  { name: "co_stacksize", get: (s) => PyLong_FromNumber((s as PyCodeObject).co_stacksize), set: null },
  { name: "co_flags", get: (s) => PyLong_FromNumber((s as PyCodeObject).co_flags), set: null },
  { name: "co_consts", get: (s) => _PyTuple_FromArray((s as PyCodeObject).co_consts), set: null },
  { name: "co_names", get: (s) => _PyTuple_FromArray((s as PyCodeObject).co_names), set: null },
  { name: "co_varnames", get: (s) => namesTuple(s as PyCodeObject, CO_FAST_LOCAL), set: null },
  { name: "co_cellvars", get: (s) => namesTuple(s as PyCodeObject, CO_FAST_CELL), set: null },
  { name: "co_freevars", get: (s) => namesTuple(s as PyCodeObject, CO_FAST_FREE), set: null },
];

function layoutBytes(co: PyCodeObject): Uint8Array {
  return (_PyCode_CPythonLayout(co).code as PyBytesObject).ob_sval;
}

function linetableBytes(co: PyCodeObject): Uint8Array {
  return (_PyCode_CPythonLayout(co).linetable as PyBytesObject).ob_sval;
}

const numOrNone = (v: number): PyObject => (v < 0 ? Py_NewRef(Py_None) : PyLong_FromNumber(v));

/** co_lines()'s iterator (CPython's lineiterator, not a GC object): the
 *  (start, end, line) byte ranges of the location table. */
export class PyLineIterObject extends PyObject {
  li_code: PyCodeObject;
  li_line: AddressRange;
  constructor(co: PyCodeObject) {
    super(PyLineIter_Type, 64);
    this.li_code = Py_NewRef(co) as PyCodeObject;
    this.li_line = new AddressRange(linetableBytes(co), co.co_firstlineno);
  }
}

/** co_positions()'s iterator (CPython's positionsiterator): one
 *  (lineno, end_lineno, col, end_col) per code unit. */
export class PyPositionsIterObject extends PyObject {
  pi_code: PyCodeObject;
  pi_range: AddressRange;
  pi_offset: number;
  pi_loc: [number, number, number];
  constructor(co: PyCodeObject) {
    super(PyPositionsIter_Type, 80);
    this.pi_code = Py_NewRef(co) as PyCodeObject;
    this.pi_range = new AddressRange(linetableBytes(co), co.co_firstlineno);
    this.pi_offset = 0;
    this.pi_loc = [-1, -1, -1];
  }
}

const PyLineIter_Type = newStaticType("line_iterator", 64, 0, (self) => {
  const li = self as PyLineIterObject;
  Py_DECREF(li.li_code);
  PyObject_Free(li);
});
PyLineIter_Type.tp_iter = (self) => Py_NewRef(self);
PyLineIter_Type.tp_iternext = (self) => {
  const r = (self as PyLineIterObject).li_line;
  if (!r.next()) return null;
  const t = PyTuple_New(3);
  PyTuple_SET_ITEM(t, 0, PyLong_FromNumber(r.ar_start));
  PyTuple_SET_ITEM(t, 1, PyLong_FromNumber(r.ar_end));
  PyTuple_SET_ITEM(t, 2, numOrNone(r.ar_line));
  return t;
};

const PyPositionsIter_Type = newStaticType("positions_iterator", 80, 0, (self) => {
  const pi = self as PyPositionsIterObject;
  Py_DECREF(pi.pi_code);
  PyObject_Free(pi);
});
PyPositionsIter_Type.tp_iter = (self) => Py_NewRef(self);
PyPositionsIter_Type.tp_iternext = (self) => {
  const pi = self as PyPositionsIterObject;
  const r = pi.pi_range;
  if (pi.pi_offset >= r.ar_end) {
    if (r.atEnd()) return null;
    pi.pi_loc = r.nextWithLocations();
  }
  pi.pi_offset += 2;
  const t = PyTuple_New(4);
  PyTuple_SET_ITEM(t, 0, numOrNone(r.ar_line));
  for (let k = 0; k < 3; k++) PyTuple_SET_ITEM(t, k + 1, numOrNone(pi.pi_loc[k]));
  return t;
};

function code_co_positions(self: PyObject): PyObject {
  return new PyPositionsIterObject(self as PyCodeObject);
}

function code_co_lines(self: PyObject): PyObject {
  return new PyLineIterObject(self as PyCodeObject);
}

/** _varname_from_oparg(oparg): the name of fast slot `oparg`. */
function code__varname_from_oparg(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const co = self as PyCodeObject;
  const [arg] = _PyArg_UnpackKeywords(args, kwnames, varnameParser, [null]);
  const i = PyNumber_AsSsize_t(arg!, PyExc_OverflowError);
  if (i < 0 || i >= co.co_nlocalsplus) throw PyErr_Format(PyExc_IndexError, "tuple index out of range");
  return Py_NewRef(co.co_localsplusnames[i]);
}
const varnameParser = newArgParser("_varname_from_oparg", ["oparg"], 1);

PyCode_Type.tp_getset.push(
  { name: "co_code", get: (s) => Py_NewRef(_PyCode_CPythonLayout(s as PyCodeObject).code), set: null },
  {
    name: "_co_code_adaptive",
    get: (s) => PyBytes_FromStringAndSize(layoutBytes(s as PyCodeObject).slice()),
    set: null,
  },
  { name: "co_linetable", get: (s) => Py_NewRef(_PyCode_CPythonLayout(s as PyCodeObject).linetable), set: null },
  {
    name: "co_exceptiontable",
    get: (s) => Py_NewRef(_PyCode_CPythonLayout(s as PyCodeObject).exceptiontable),
    set: null,
  },
  {
    name: "co_lnotab",
    get: (s) =>
      PyBytes_FromStringAndSize(codeLnotab(linetableBytes(s as PyCodeObject), (s as PyCodeObject).co_firstlineno)),
    set: null,
  },
);

PyCode_Type.tp_methods = [
  ...(PyCode_Type.tp_methods ?? []),
  { name: "co_lines", meth: code_co_lines, flags: METH_NOARGS },
  { name: "co_positions", meth: code_co_positions, flags: METH_NOARGS },
  { name: "replace", meth: code_replace, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "_varname_from_oparg", meth: code__varname_from_oparg, flags: METH_FASTCALL | METH_KEYWORDS },
];

const replaceParser = newArgParser(
  "replace",
  [
    "co_argcount",
    "co_posonlyargcount",
    "co_kwonlyargcount",
    "co_nlocals",
    "co_stacksize",
    "co_flags",
    "co_firstlineno",
    "co_code",
    "co_consts",
    "co_names",
    "co_varnames",
    "co_freevars",
    "co_cellvars",
    "co_filename",
    "co_name",
    "co_qualname",
    "co_linetable",
    "co_exceptiontable",
  ],
  0,
  0,
  0,
);

function replaceInt(v: PyObject | null, name: string, dflt: number): number {
  if (v === null) return dflt;
  const n = PyNumber_AsSsize_t(v, PyExc_OverflowError);
  if (n < 0) throw PyErr_Format(PyExc_ValueError, `${name} must be a positive integer`);
  return n;
}

function replaceArg<T extends PyObject>(
  v: PyObject | null,
  name: string,
  what: string,
  ok: (o: PyObject) => o is T,
): T | null {
  if (v === null) return null;
  if (!ok(v))
    throw PyErr_Format(PyExc_TypeError, `replace() argument '${name}' must be ${what}, not ${v.ob_type.tp_name}`);
  return v;
}

function namesOf(t: PyTupleObject): string[] {
  return t.ob_item.map((o) => {
    if (!PyUnicode_Check(o)) throw PyErr_Format(PyExc_TypeError, "name tuples must contain only strings, not 'tuple'");
    return PyUnicode_AsString(o);
  });
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * code.replace(**fields): a copy with new values for the given fields
 * (code_replace_impl). New `co_code`, `co_linetable`, `co_exceptiontable`
 * or `co_firstlineno` come in CPython's layout and are moved back to
 * refpy's (layout.ts); an instruction whose argument is out of range for
 * the new code, or a jump outside it, is refused with ValueError where
 * CPython would run it and crash.
 */
function code_replace(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const co = self as PyCodeObject;
  const a = _PyArg_UnpackKeywords(args, kwnames, replaceParser, new Array(18).fill(null));
  const argcount = replaceInt(a[0], "co_argcount", co.co_argcount);
  const posonly = replaceInt(a[1], "co_posonlyargcount", co.co_posonlyargcount);
  const kwonly = replaceInt(a[2], "co_kwonlyargcount", co.co_kwonlyargcount);
  const nlocals = replaceInt(a[3], "co_nlocals", co.co_nlocals);
  const stacksize = replaceInt(a[4], "co_stacksize", co.co_stacksize);
  const flags = replaceInt(a[5], "co_flags", co.co_flags);
  const firstlineno = replaceInt(a[6], "co_firstlineno", co.co_firstlineno);
  const code = replaceArg(a[7], "co_code", "bytes", PyBytes_Check);
  const consts = replaceArg(a[8], "co_consts", "tuple", PyTuple_Check);
  const names = replaceArg(a[9], "co_names", "tuple", PyTuple_Check);
  const varnames = replaceArg(a[10], "co_varnames", "tuple", PyTuple_Check);
  const freevarsT = replaceArg(a[11], "co_freevars", "tuple", PyTuple_Check);
  const cellvarsT = replaceArg(a[12], "co_cellvars", "tuple", PyTuple_Check);
  const filename = replaceArg(a[13], "co_filename", "str", PyUnicode_Check);
  const name = replaceArg(a[14], "co_name", "str", PyUnicode_Check);
  const qualname = replaceArg(a[15], "co_qualname", "str", PyUnicode_Check);
  const linetable = replaceArg(a[16], "co_linetable", "bytes", PyBytes_Check);
  const exctable = replaceArg(a[17], "co_exceptiontable", "bytes", PyBytes_Check);

  // The fast slots: locals, then cells that are not locals, then frees.
  const unit = co.unit;
  let lpnames = co.localsplusnames;
  let lpkinds = co.co_localspluskinds;
  if (varnames !== null || freevarsT !== null || cellvarsT !== null) {
    const vn = varnames !== null ? namesOf(varnames) : varnamesOfUnit(co, CO_FAST_LOCAL);
    const cn = cellvarsT !== null ? namesOf(cellvarsT) : varnamesOfUnit(co, CO_FAST_CELL);
    const fn = freevarsT !== null ? namesOf(freevarsT) : varnamesOfUnit(co, CO_FAST_FREE);
    lpnames = [...vn];
    const kinds = vn.map(() => CO_FAST_LOCAL);
    for (const c of cn) {
      const at = vn.indexOf(c);
      if (at >= 0) kinds[at] |= CO_FAST_CELL;
      else {
        lpnames.push(c);
        kinds.push(CO_FAST_CELL);
      }
    }
    for (const f of fn) {
      lpnames.push(f);
      kinds.push(CO_FAST_FREE);
    }
    lpkinds = Uint8Array.from(kinds);
  }
  const nvarnames = lpkinds.reduce((n, k) => n + (k & CO_FAST_LOCAL ? 1 : 0), 0);
  if (nlocals !== nvarnames) throw PyErr_Format(PyExc_ValueError, "code: co_nlocals != len(co_varnames)");
  const nconsts = consts !== null ? consts.ob_item.length : co.co_consts.length;
  const nnames = names !== null ? names.ob_item.length : co.co_names.length;
  if (names !== null) namesOf(names);

  let body = { code: co.co_code, positions: co.co_positions, exceptiontable: co.co_exceptiontable };
  const cp = _PyCode_CPythonLayout(co);
  const oldCode = (cp.code as PyBytesObject).ob_sval;
  const oldLines = (cp.linetable as PyBytesObject).ob_sval;
  const oldExc = (cp.exceptiontable as PyBytesObject).ob_sval;
  const newCode = code !== null ? code.ob_sval : oldCode;
  const newLines = linetable !== null ? linetable.ob_sval : oldLines;
  const newExc = exctable !== null ? exctable.ob_sval : oldExc;
  if (
    !sameBytes(newCode, oldCode) ||
    !sameBytes(newLines, oldLines) ||
    !sameBytes(newExc, oldExc) ||
    firstlineno !== co.co_firstlineno
  ) {
    if (newCode.length % 2 !== 0) throw PyErr_Format(PyExc_ValueError, "code: co_code is malformed");
    const table = parseExceptionTable(newExc);
    if (table === null) throw PyErr_Format(PyExc_ValueError, "code: co_exceptiontable is malformed");
    const positions = codePositions(newLines, firstlineno, newCode.length >> 1);
    body = relayout({ code: newCode, positions, exceptiontable: table }, INLINE_CACHE_ENTRIES, NO_CACHE_ENTRIES);
    checkCode(body.code, body.exceptiontable, nconsts, nnames, lpnames.length);
  } else if (nconsts !== co.co_consts.length || nnames !== co.co_names.length || lpnames.length !== co.co_nlocalsplus) {
    checkCode(body.code, body.exceptiontable, nconsts, nnames, lpnames.length);
  }

  const newUnit: CodeUnit = {
    ...unit,
    co_name: name !== null ? PyUnicode_AsString(name) : co.name,
    co_qualname: qualname !== null ? PyUnicode_AsString(qualname) : co.qualname,
    co_filename: filename !== null ? PyUnicode_AsString(filename) : co.filename,
    co_firstlineno: firstlineno,
    co_argcount: argcount,
    co_posonlyargcount: posonly,
    co_kwonlyargcount: kwonly,
    co_flags: flags,
    co_code: body.code,
    co_names: names !== null ? namesOf(names) : unit.co_names,
    co_localsplusnames: lpnames,
    co_localspluskinds: lpkinds,
    co_nlocals: nlocals,
    co_stacksize: stacksize,
    co_exceptiontable: body.exceptiontable,
    co_positions: body.positions,
  };
  const constObjs = (consts !== null ? consts.ob_item : co.co_consts).map((o) => Py_NewRef(o));
  const nameObjs = newUnit.co_names.map((n) => PyUnicode_InternFromString(n));
  const lpObjs = lpnames.map((n) => PyUnicode_InternFromString(n));
  return new PyCodeObject(
    newUnit,
    constObjs,
    nameObjs,
    lpObjs,
    name !== null ? Py_NewRef(name) : Py_NewRef(co.co_name),
    qualname !== null ? Py_NewRef(qualname) : Py_NewRef(co.co_qualname),
    filename !== null ? Py_NewRef(filename) : Py_NewRef(co.co_filename),
  );
}

function varnamesOfUnit(co: PyCodeObject, mask: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < co.co_nlocalsplus; i++) if (co.co_localspluskinds[i] & mask) out.push(co.localsplusnames[i]);
  return out;
}

/** Refuse code whose arguments index past the tables it will run with,
 *  or whose jumps and handlers leave it. */
function checkCode(
  code: Uint8Array,
  table: ExceptionTableEntry[],
  nconsts: number,
  nnames: number,
  nlocalsplus: number,
): void {
  const nunits = code.length >> 1;
  const bad = () => PyErr_Format(PyExc_ValueError, "code: co_code is malformed");
  let ext = 0;
  for (let i = 0; i < nunits; i++) {
    const op = code[2 * i];
    const arg = (ext << 8) | code[2 * i + 1];
    if (op === Op.EXTENDED_ARG) {
      ext = arg;
      continue;
    }
    ext = 0;
    const info = OPCODE_BY_CODE[op];
    if (info === undefined) continue;
    let limit = -1;
    let v = arg;
    switch (info.arg) {
      case "const":
        limit = nconsts;
        break;
      case "name":
        limit = nnames;
        break;
      case "global":
        limit = nnames;
        v = arg >> 1;
        break;
      case "local":
      case "free":
        limit = nlocalsplus;
        break;
      case "jrel":
        limit = nunits + 1;
        v = i + 1 + arg;
        break;
      case "jback":
        limit = nunits + 1;
        v = i + 1 - arg;
        break;
    }
    if (limit >= 0 && (v < 0 || v >= limit)) throw bad();
    if (op === Op.KW_NAMES && arg >= nconsts) throw bad();
  }
  for (const e of table) {
    if (e.start < 0 || e.end > nunits || e.target >= nunits) throw bad();
  }
}
