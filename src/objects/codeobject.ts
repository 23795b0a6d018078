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
import { PyObject_Free } from "../heap/gc.js";
import { newStaticType } from "./typeobject.js";
import type { CodeUnit, Const, ExceptionTableEntry } from "../bytecode/code.js";
import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL } from "../bytecode/code.js";
import { PyUnicode_FromString, PyUnicode_InternFromString } from "./unicodeobject.js";
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
import { METH_NOARGS } from "./methoddef.js";
import { _PyList_FromArraySteal } from "./listobject.js";
import { PyObject_GetIter } from "./abstract.js";

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
  }
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
export function constToObject(c: Const): PyObject {
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

/** co_positions(): an iterator of (lineno, end_lineno, col, end_col) per
 *  code unit, None where unknown (what traceback.py reads). */
function code_co_positions(self: PyObject): PyObject {
  const p = (self as PyCodeObject).co_positions;
  const items: PyObject[] = [];
  const num = (v: number): PyObject => (v < 0 ? Py_NewRef(Py_None) : PyLong_FromNumber(v));
  for (let i = 0; i + 3 < p.length; i += 4) {
    const t = PyTuple_New(4);
    for (let k = 0; k < 4; k++) PyTuple_SET_ITEM(t, k, num(p[i + k]));
    items.push(t);
  }
  const list = _PyList_FromArraySteal(items);
  try {
    return PyObject_GetIter(list);
  } finally {
    Py_DECREF(list);
  }
}

PyCode_Type.tp_methods = [
  ...(PyCode_Type.tp_methods ?? []),
  { name: "co_positions", meth: code_co_positions, flags: METH_NOARGS },
];
