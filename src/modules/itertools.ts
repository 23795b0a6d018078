/**
 * The `itertools` module: CPython 3.11's Modules/itertoolsmodule.c, type
 * for type: accumulate, chain, combinations,
 * combinations_with_replacement, compress, count, cycle, dropwhile,
 * filterfalse, groupby (with its `_grouper`), islice, pairwise,
 * permutations, product, repeat, starmap, takewhile, tee (with `_tee` and
 * `_tee_dataobject`) and zip_longest.
 *
 * Representation: each iterator is a JS class holding CPython's struct
 * fields under CPython's names; every PyObject field is an owned
 * reference or null (CPython's NULL), except groupby's `currgrouper`,
 * which is borrowed there too (an identity to compare, never counted).
 * C arrays of indices (product, combinations, permutations) are JS number
 * arrays whose bytes are accounted beside the object, as CPython's
 * PyMem_New blocks (`__sizeof__` reports them).
 *
 * What must stay as CPython has it, since programs can see it:
 *  - the order of allocations (`tp_alloc` before or after
 *    PyObject_GetIter: ids and the collector's counts), of releases in
 *    each dealloc (`__del__` order), and of visits in each tp_traverse;
 *  - which types have tp_clear (only `_tee` and `_tee_dataobject`), which
 *    have BASETYPE (not `_grouper`, `_tee`, `_tee_dataobject`), and that
 *    instances are tracked from their allocation (PyType_GenericAlloc) or
 *    only once complete (PyObject_GC_New + PyObject_GC_Track);
 *  - the reuse of the result tuple by product, combinations,
 *    combinations_with_replacement, permutations and zip_longest when the
 *    caller dropped the last one (refcount 1), re-tracked if the
 *    collector had untracked it (bpo-42536); pairwise does not reuse in
 *    3.11;
 *  - that the iterators which call `tp_iternext` directly (not
 *    PyIter_Next) let a StopIteration raised by `__next__` propagate.
 *
 * Argument parsing follows each type's 3.11 parser: Argument Clinic
 * (_PyArg_UnpackKeywords, `_PyArg_NoKeywords` + `_PyArg_CheckPositional`
 * for positional-only ones), PyArg_ParseTupleAndKeywords for repeat and
 * product's `repeat=`, PyArg_UnpackTuple for islice, PyArg_ParseTuple for
 * the `__setstate__` states, and zip_longest's own keyword check.
 */
import {
  MANAGED_DICT_PREHEADER,
  PyGCObject,
  type PyObject,
  TPFLAGS_BASETYPE,
  TPFLAGS_HAVE_GC,
  TPFLAGS_HEAPTYPE,
  TPFLAGS_MANAGED_DICT,
} from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack, _PyObject_GC_IS_TRACKED } from "../heap/gc.js";
import { accountBytes } from "../heap/allocator.js";
import { Py_EQ } from "../bytecode/opcodes.js";
import { newStaticType, type PyTypeObject } from "../objects/typeobject.js";
import { METH_CLASS, METH_FASTCALL, METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddFunctions, PyModule_AddObjectRef, PyModule_New } from "../objects/moduleobject.js";
import { PyErr_ExceptionMatches, PyErr_Format, PyErr_NoMemory } from "../objects/errors.js";
import {
  PyExc_AttributeError,
  PyExc_OverflowError,
  PyExc_RuntimeError,
  PyExc_StopIteration,
  PyExc_SystemError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.js";
import { Py_None } from "../objects/noneobject.js";
import {
  PyBool_Type,
  PyLong_Check,
  PyLong_FromBigInt,
  PyLong_FromNumber,
  Py_False,
  Py_True,
} from "../objects/longobject.js";
import type { PyLongObject } from "../objects/longobject.js";
import { PyFloat_Check } from "../objects/floatobject.js";
import {
  PyTuple_Check,
  PyTuple_CheckExact,
  PyTuple_GET_ITEM,
  PyTuple_GET_SIZE,
  PyTuple_New,
  PyTuple_SET_ITEM,
  PyTuple_Type,
  NULL_ITEM,
  _PyTuple_FromArray,
  _PyTuple_FromArraySteal,
  type PyTupleObject,
} from "../objects/tupleobject.js";
import {
  PyList_Append,
  PyList_Check,
  PyList_GET_ITEM,
  PyList_GET_SIZE,
  PyList_New,
  PyList_Type,
  type PyListIterObject,
  PyListIter_Type,
  _PyList_FromArray,
} from "../objects/listobject.js";
import { PyDict_GetItemString } from "../objects/dictobject.js";
import {
  PyIter_Next,
  PyNumber_Add,
  PyNumber_Index,
  PyObject_GetIter,
  PyObject_IsTrue,
  PyObject_Repr,
  PyObject_RichCompareBool,
  PySequence_Tuple,
} from "../objects/abstract.js";
import { PyObject_Call, PyObject_CallMethod, PyObject_CallNoArgs, PyObject_CallOneArg } from "../objects/call.js";
import {
  PyObject_GenericGetAttr,
  PyObject_GetAttrString,
  PyObject_TypeCheck,
  _PyObject_LookupAttrString,
} from "../objects/object.js";
import { PyUnicode_AsString, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { Py_GenericAlias } from "../objects/genericaliasobject.js";
import { PyObject_ClearWeakRefs } from "../objects/weakrefobject.js";
import {
  _PyArg_CheckPositional,
  _PyArg_UnpackKeywords,
  newArgParser,
  nonStaticParser,
  nkw,
} from "../objects/getargs.js";
import { tstate } from "../objects/pystate.js";
import { _Py_CheckInterrupt } from "../objects/eval-breaker.js";

// ---------------------------------------------------------------- shared helpers

/** PY_SSIZE_T_MAX as a number (it rounds to 2**63). */
const PY_SSIZE_T_MAX = 2 ** 63 - 1;
const SSIZE_MAX_BIG = 2n ** 63n - 1n;
const SSIZE_MIN_BIG = -(2n ** 63n);
const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

/** The bytes PyType_GenericAlloc gives an instance of `type`: its basic
 *  size, and a managed dict's pre-header for a subclass with `__dict__`. */
function allocSize(type: PyTypeObject): number {
  return (type.tp_flags & TPFLAGS_MANAGED_DICT) !== 0 ? type.tp_basicsize + MANAGED_DICT_PREHEADER : type.tp_basicsize;
}

/** PyObject_SelfIter. */
function PyObject_SelfIter(self: PyObject): PyObject {
  return Py_NewRef(self);
}

/** The next item of an iterator by its `tp_iternext` (not PyIter_Next):
 *  null when exhausted; a StopIteration its `__next__` raises propagates. */
function iternext(it: PyObject): PyObject | null {
  _Py_CheckInterrupt();
  return it.ob_type.tp_iternext!(it);
}

/** A new tuple of `items`, each a new reference the tuple takes (what
 *  Py_BuildValue's "(...)" builds). */
function T(...items: PyObject[]): PyObject {
  return _PyTuple_FromArraySteal(items);
}

/** _PyType_Name: the part of tp_name after its last dot. */
function _PyType_Name(type: PyTypeObject): string {
  const name = type.tp_name;
  const dot = name.lastIndexOf(".");
  return dot < 0 ? name : name.slice(dot + 1);
}

/**
 * The keyword check Argument Clinic puts before a positional-only
 * `__new__`: `_PyArg_NoKeywords` unless a subclass replaced `__init__`
 * (then the keywords are the subclass's business).
 */
function noKeywords(name: string, base: PyTypeObject, type: PyTypeObject, kwnames: PyObject | null): void {
  if ((type === base || type.tp_init === base.tp_init) && nkw(kwnames) > 0) {
    throw PyErr_Format(PyExc_TypeError, `${name}() takes no keyword arguments`);
  }
}

/** The positional arguments of a vectorcall call. */
function positional(args: PyObject[], kwnames: PyObject | null): number {
  return args.length - nkw(kwnames);
}

/** Argument Clinic's Py_ssize_t converter ('n'): __index__, then the C
 *  range check. */
function ssizeArg(o: PyObject): number {
  return Number(ssizeArgBig(o));
}

/** ssizeArg, exactly. */
function ssizeArgBig(o: PyObject): bigint {
  const i = PyNumber_Index(o);
  try {
    return PyLong_AsSsize_tBig(i);
  } finally {
    Py_DECREF(i);
  }
}

/** PyLong_AsSsize_t: an int (no __index__) as a C ssize_t. */
function PyLong_AsSsize_t(o: PyObject): number {
  return Number(PyLong_AsSsize_tBig(o));
}

/** PyLong_AsSsize_t, exactly. */
function PyLong_AsSsize_tBig(o: PyObject): bigint {
  if (!PyLong_Check(o)) throw PyErr_Format(PyExc_TypeError, "an integer is required");
  const v = bigOf(o as PyLongObject);
  if (v > SSIZE_MAX_BIG || v < SSIZE_MIN_BIG) {
    throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  return v;
}

/** PyArg_ParseTuple's "i": a C int, with getargs.c's messages. */
function intArg(o: PyObject): number {
  if (PyFloat_Check(o)) throw PyErr_Format(PyExc_TypeError, "integer argument expected, got float");
  const i = PyNumber_Index(o) as PyLongObject;
  try {
    const v = i.big === null ? BigInt(i.v) : i.big;
    if (v > SSIZE_MAX_BIG || v < SSIZE_MIN_BIG) {
      throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C long");
    }
    if (v > 2147483647n) throw PyErr_Format(PyExc_OverflowError, "signed integer is greater than maximum");
    if (v < -2147483648n) throw PyErr_Format(PyExc_OverflowError, "signed integer is less than minimum");
    return Number(v);
  } finally {
    Py_DECREF(i);
  }
}

/** The argument count check of PyArg_ParseTuple on a `__setstate__`
 *  state (a format without a function name). */
function parseTupleArity(state: PyObject, min: number, max: number): void {
  const n = PyTuple_GET_SIZE(state);
  if (n >= min && n <= max) return;
  const bound = n < min ? min : max;
  const how = min === max ? "exactly" : n < min ? "at least" : "at most";
  throw PyErr_Format(PyExc_TypeError, `function takes ${how} ${bound} argument${bound === 1 ? "" : "s"} (${n} given)`);
}

/** PyArg_ParseTuple's "O!" on argument `i` (1-based) of a state. */
function parseTupleType(state: PyObject, i: number, type: PyTypeObject, typeName: string): PyObject {
  const o = PyTuple_GET_ITEM(state, i - 1);
  if (!PyObject_TypeCheck(o, type)) {
    throw PyErr_Format(PyExc_TypeError, `argument ${i} must be ${typeName}, not ${o.ob_type.tp_name}`);
  }
  return o;
}

/** "state is not a tuple", the first check of most `__setstate__`s. */
function checkStateTuple(state: PyObject): void {
  if (!PyTuple_Check(state)) throw PyErr_Format(PyExc_TypeError, "state is not a tuple");
}

/** PyNumber_Check: an int, float or complex, or anything with
 *  `__index__`, `__int__` or `__float__`. */
function PyNumber_Check(o: PyObject): boolean {
  const t = o.ob_type;
  if (t.nb_index !== null || t.nb_int !== null || t.nb_float !== null) return true;
  // PyComplex_Check: complex defines none of the three.
  for (let b: PyTypeObject | null = t; b !== null; b = b.tp_base) {
    if (b.tp_name === "complex" && (b.tp_flags & TPFLAGS_HEAPTYPE) === 0) return true;
  }
  return false;
}

/** An array of `n` C ssize_t cells (PyMem_New), its bytes accounted. */
function newIndices(n: number): number[] {
  if (n > 1e8) throw PyErr_NoMemory();
  accountBytes(8 * n);
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(0);
  return a;
}

/** PyMem_Free of an array from newIndices. */
function freeIndices(a: number[]): void {
  accountBytes(-8 * a.length);
}

/** A tuple of the ints in `a` (the indices a `__reduce__` pickles). */
function indicesTuple(a: number[], n: number): PyObject {
  const t = PyTuple_New(n);
  for (let i = 0; i < n; i++) PyTuple_SET_ITEM(t, i, PyLong_FromNumber(a[i]));
  return t;
}

/**
 * The result tuple of a combinatoric iterator, ready to be updated in
 * place: the one it holds when nobody else does (re-tracked if the
 * collector untracked it, bpo-42536), else a copy that replaces it.
 */
function reuseResult(lz: { result: PyObject | null }): PyTupleObject {
  const result = lz.result!;
  if (result.ob_refcnt > 1) {
    const copy = _PyTuple_FromArray((result as PyTupleObject).ob_item);
    lz.result = copy;
    Py_DECREF(result);
    return copy;
  }
  if (!_PyObject_GC_IS_TRACKED(result as PyGCObject)) PyObject_GC_Track(result as PyGCObject);
  return result as PyTupleObject;
}

/** result[i] = elem (elem borrowed), releasing the old item last. */
function replaceItem(result: PyTupleObject, i: number, elem: PyObject): void {
  Py_INCREF(elem);
  const old = result.ob_item[i];
  result.ob_item[i] = elem;
  Py_DECREF(old);
}

/** A new instance tracked at once, as PyType_GenericAlloc (tp_alloc) does. */
function trackNew<T extends PyGCObject>(o: T): T {
  PyObject_GC_Track(o);
  return o;
}

type Visit = (child: PyObject) => void;

const reduce_doc = "Return state information for pickling.";
const setstate_doc = "Set state information for unpickling.";
const sizeof_doc = "Returns size in memory, in bytes.";

/** Flags of the public iterator types (Py_TPFLAGS_BASETYPE). */
const ITER_FLAGS = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE;

/** A static type whose instances are iterators over themselves. */
function iteratorType(
  name: string,
  basicsize: number,
  flags: number,
  dealloc: (self: PyObject) => void,
  traverse: (self: PyObject, visit: Visit) => void,
  next: (self: PyObject) => PyObject | null,
  doc: string | null,
): PyTypeObject {
  const t = newStaticType(name, basicsize, flags, dealloc);
  t.tp_traverse = traverse;
  t.tp_iter = PyObject_SelfIter;
  t.tp_iternext = next;
  t.tp_doc = doc;
  return t;
}

// ---------------------------------------------------------------- groupby

class GroupbyObject extends PyGCObject {
  it: PyObject | null;
  keyfunc: PyObject | null;
  tgtkey: PyObject | null;
  currkey: PyObject | null;
  currvalue: PyObject | null;
  /** Borrowed: the grouper made last, the only one that may advance. */
  currgrouper: PyObject | null;
  constructor(type: PyTypeObject) {
    super(type, allocSize(type));
    this.it = null;
    this.keyfunc = null;
    this.tgtkey = null;
    this.currkey = null;
    this.currvalue = null;
    this.currgrouper = null;
  }
}

const groupbyParser = newArgParser("groupby", ["iterable", "key"], 1);

function groupby_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [it, keyfunc] = _PyArg_UnpackKeywords(args, kwnames, groupbyParser, [null, null]);
  const gbo = trackNew(new GroupbyObject(type));
  gbo.keyfunc = Py_NewRef(keyfunc ?? Py_None);
  try {
    gbo.it = PyObject_GetIter(it!);
  } catch (e) {
    Py_DECREF(gbo);
    throw e;
  }
  return gbo;
}

function groupby_dealloc(self: PyObject): void {
  const gbo = self as GroupbyObject;
  PyObject_GC_UnTrack(gbo);
  Py_XDECREF(gbo.it);
  Py_XDECREF(gbo.keyfunc);
  Py_XDECREF(gbo.tgtkey);
  Py_XDECREF(gbo.currkey);
  Py_XDECREF(gbo.currvalue);
  PyObject_GC_Del(gbo);
}

function groupby_traverse(self: PyObject, visit: Visit): void {
  const gbo = self as GroupbyObject;
  if (gbo.it !== null) visit(gbo.it);
  if (gbo.keyfunc !== null) visit(gbo.keyfunc);
  if (gbo.tgtkey !== null) visit(gbo.tgtkey);
  if (gbo.currkey !== null) visit(gbo.currkey);
  if (gbo.currvalue !== null) visit(gbo.currvalue);
}

/** groupby_step: read the next value and its key; false when exhausted. */
function groupby_step(gbo: GroupbyObject): boolean {
  const newvalue = PyIter_Next(gbo.it!);
  if (newvalue === null) return false;
  let newkey: PyObject;
  if (gbo.keyfunc === Py_None) {
    newkey = Py_NewRef(newvalue);
  } else {
    try {
      newkey = PyObject_CallOneArg(gbo.keyfunc!, newvalue);
    } catch (e) {
      Py_DECREF(newvalue);
      throw e;
    }
  }
  const oldvalue = gbo.currvalue;
  gbo.currvalue = newvalue;
  const oldkey = gbo.currkey;
  gbo.currkey = newkey;
  Py_XDECREF(oldkey);
  Py_XDECREF(oldvalue);
  return true;
}

function groupby_next(self: PyObject): PyObject | null {
  const gbo = self as GroupbyObject;
  gbo.currgrouper = null;
  // Skip to the next group.
  for (;;) {
    if (gbo.currkey === null) {
      // pass
    } else if (gbo.tgtkey === null) {
      break;
    } else if (!PyObject_RichCompareBool(gbo.tgtkey, gbo.currkey, Py_EQ)) {
      break;
    }
    if (!groupby_step(gbo)) return null;
  }
  const oldtgt = gbo.tgtkey;
  gbo.tgtkey = Py_NewRef(gbo.currkey!);
  Py_XDECREF(oldtgt);
  const grouper = _grouper_create(gbo, gbo.tgtkey);
  const r = T(Py_NewRef(gbo.currkey!), grouper);
  return r;
}

function groupby_reduce(self: PyObject): PyObject {
  const lz = self as GroupbyObject;
  const args = T(Py_NewRef(lz.it!), Py_NewRef(lz.keyfunc!));
  if (lz.tgtkey !== null && lz.currkey !== null && lz.currvalue !== null) {
    return T(Py_NewRef(lz.ob_type), args, T(Py_NewRef(lz.currkey), Py_NewRef(lz.currvalue), Py_NewRef(lz.tgtkey)));
  }
  return T(Py_NewRef(lz.ob_type), args);
}

function groupby_setstate(self: PyObject, state: PyObject): PyObject {
  const lz = self as GroupbyObject;
  checkStateTuple(state);
  parseTupleArity(state, 3, 3);
  const currkey = PyTuple_GET_ITEM(state, 0);
  const currvalue = PyTuple_GET_ITEM(state, 1);
  const tgtkey = PyTuple_GET_ITEM(state, 2);
  let old = lz.currkey;
  lz.currkey = Py_NewRef(currkey);
  Py_XDECREF(old);
  old = lz.currvalue;
  lz.currvalue = Py_NewRef(currvalue);
  Py_XDECREF(old);
  old = lz.tgtkey;
  lz.tgtkey = Py_NewRef(tgtkey);
  Py_XDECREF(old);
  return Py_NewRef(Py_None);
}

const groupby_doc =
  "make an iterator that returns consecutive keys and groups from the iterable\n\n" +
  "  iterable\n    Elements to divide into groups according to the key function.\n" +
  "  key\n    A function for computing the group category for each element.\n" +
  "    If the key function is not specified or is None, the element itself\n    is used for grouping.";

export const groupby_type = iteratorType(
  "itertools.groupby",
  64,
  ITER_FLAGS,
  groupby_dealloc,
  groupby_traverse,
  groupby_next,
  groupby_doc,
);
groupby_type.tp_new = groupby_new;
groupby_type.tp_methods = [
  { name: "__reduce__", meth: groupby_reduce, flags: METH_NOARGS, doc: reduce_doc },
  { name: "__setstate__", meth: groupby_setstate, flags: METH_O, doc: setstate_doc },
];

// ---------------------------------------------------------------- _grouper

class GrouperObject extends PyGCObject {
  parent: PyObject;
  tgtkey: PyObject;
  constructor(parent: PyObject, tgtkey: PyObject) {
    super(_grouper_type, 32);
    this.parent = parent;
    this.tgtkey = tgtkey;
  }
}

function _grouper_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  noKeywords("_grouper", _grouper_type, type, kwnames);
  _PyArg_CheckPositional("_grouper", positional(args, kwnames), 2, 2);
  const parent = args[0];
  if (!PyObject_TypeCheck(parent, groupby_type)) {
    throw PyErr_Format(
      PyExc_TypeError,
      `_grouper() argument 1 must be ${groupby_type.tp_name}, not ${parent.ob_type.tp_name}`,
    );
  }
  return _grouper_create(parent as GroupbyObject, args[1]);
}

function _grouper_create(parent: GroupbyObject, tgtkey: PyObject): PyObject {
  const igo = new GrouperObject(Py_NewRef(parent), Py_NewRef(tgtkey));
  parent.currgrouper = igo;
  PyObject_GC_Track(igo);
  return igo;
}

function _grouper_dealloc(self: PyObject): void {
  const igo = self as GrouperObject;
  PyObject_GC_UnTrack(igo);
  Py_DECREF(igo.parent);
  Py_DECREF(igo.tgtkey);
  PyObject_GC_Del(igo);
}

function _grouper_traverse(self: PyObject, visit: Visit): void {
  const igo = self as GrouperObject;
  visit(igo.parent);
  visit(igo.tgtkey);
}

function _grouper_next(self: PyObject): PyObject | null {
  const igo = self as GrouperObject;
  const gbo = igo.parent as GroupbyObject;
  if (gbo.currgrouper !== igo) return null;
  if (gbo.currvalue === null) {
    if (!groupby_step(gbo)) return null;
  }
  if (!PyObject_RichCompareBool(igo.tgtkey, gbo.currkey!, Py_EQ)) return null;
  const r = gbo.currvalue!;
  gbo.currvalue = null;
  const key = gbo.currkey;
  gbo.currkey = null;
  Py_XDECREF(key);
  return r;
}

function _grouper_reduce(self: PyObject): PyObject {
  const lz = self as GrouperObject;
  if ((lz.parent as GroupbyObject).currgrouper !== lz) {
    // (iter, ((),)): an exhausted iterator when unpickled.
    const iter = PyDict_GetItemString(tstate.builtins!, "iter");
    if (iter === null) throw PyErr_Format(PyExc_AttributeError, "iter");
    return T(Py_NewRef(iter), T(PyTuple_New(0)));
  }
  return T(Py_NewRef(lz.ob_type), T(Py_NewRef(lz.parent), Py_NewRef(lz.tgtkey)));
}

export const _grouper_type = iteratorType(
  "itertools._grouper",
  32,
  TPFLAGS_HAVE_GC,
  _grouper_dealloc,
  _grouper_traverse,
  _grouper_next,
  null,
);
_grouper_type.tp_new = _grouper_new;
_grouper_type.tp_methods = [{ name: "__reduce__", meth: _grouper_reduce, flags: METH_NOARGS, doc: reduce_doc }];

// ---------------------------------------------------------------- tee

/** Values a `_tee_dataobject` holds before it links to the next one. */
const LINKCELLS = 57;

/**
 * A block of LINKCELLS values read from the shared iterator; the tees
 * that share it walk the chain of blocks (`nextlink`), and a block is
 * freed when the last tee has moved past it.
 */
class TeeDataObject extends PyGCObject {
  it: PyObject | null;
  numread: number;
  running: boolean;
  nextlink: PyObject | null;
  /** values[0..numread), owned (emptied by tp_clear). */
  values: PyObject[];
  constructor(it: PyObject) {
    super(teedataobject_type, 496);
    this.it = it;
    this.numread = 0;
    this.running = false;
    this.nextlink = null;
    this.values = [];
  }
}

class TeeObject extends PyGCObject {
  dataobj: TeeDataObject | null;
  index: number;
  constructor(dataobj: TeeDataObject, index: number) {
    super(tee_type, 40);
    this.dataobj = dataobj;
    this.index = index;
  }
}

function teedataobject_newinternal(it: PyObject): TeeDataObject {
  const tdo = new TeeDataObject(Py_NewRef(it));
  PyObject_GC_Track(tdo);
  return tdo;
}

/** The next block (new reference), made when first needed. */
function teedataobject_jumplink(tdo: TeeDataObject): TeeDataObject {
  if (tdo.nextlink === null) tdo.nextlink = teedataobject_newinternal(tdo.it!);
  return Py_NewRef(tdo.nextlink as TeeDataObject);
}

/** Value i (new reference); the leading tee reads it from the iterator. */
function teedataobject_getitem(tdo: TeeDataObject, i: number): PyObject | null {
  let value: PyObject;
  if (i < tdo.numread) {
    value = tdo.values[i];
  } else {
    if (tdo.running) throw PyErr_Format(PyExc_RuntimeError, "cannot re-enter the tee iterator");
    tdo.running = true;
    let v: PyObject | null;
    try {
      v = PyIter_Next(tdo.it!);
    } finally {
      tdo.running = false;
    }
    if (v === null) return null;
    tdo.numread++;
    tdo.values.push(v);
    value = v;
  }
  return Py_NewRef(value);
}

function teedataobject_traverse(self: PyObject, visit: Visit): void {
  const tdo = self as TeeDataObject;
  if (tdo.it !== null) visit(tdo.it);
  const values = tdo.values;
  for (let i = 0; i < values.length; i++) visit(values[i]);
  if (tdo.nextlink !== null) visit(tdo.nextlink);
}

/** Release a chain of blocks one at a time, not by recursion. */
function teedataobject_safe_decref(obj: PyObject | null): void {
  while (obj !== null && obj.ob_type === teedataobject_type && obj.ob_refcnt === 1) {
    const tdo = obj as TeeDataObject;
    const nextlink = tdo.nextlink;
    tdo.nextlink = null;
    Py_DECREF(obj);
    obj = nextlink;
  }
  Py_XDECREF(obj);
}

function teedataobject_clear(self: PyObject): void {
  const tdo = self as TeeDataObject;
  const it = tdo.it;
  tdo.it = null;
  Py_XDECREF(it);
  // Py_CLEAR of each value, first to last; the block reads as empty after.
  const values = tdo.values;
  tdo.values = [];
  tdo.numread = 0;
  for (let i = 0; i < values.length; i++) Py_DECREF(values[i]);
  const tmp = tdo.nextlink;
  tdo.nextlink = null;
  teedataobject_safe_decref(tmp);
}

function teedataobject_dealloc(self: PyObject): void {
  const tdo = self as TeeDataObject;
  PyObject_GC_UnTrack(tdo);
  teedataobject_clear(tdo);
  PyObject_GC_Del(tdo);
}

function teedataobject_reduce(self: PyObject): PyObject {
  const tdo = self as TeeDataObject;
  // A temporary list of the values already read.
  const values = _PyList_FromArray(tdo.values.slice(0, tdo.numread));
  return T(
    Py_NewRef(tdo.ob_type),
    T(Py_NewRef(tdo.it!), values, Py_NewRef(tdo.nextlink !== null ? tdo.nextlink : Py_None)),
  );
}

function teedataobject_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  noKeywords("teedataobject", teedataobject_type, type, kwnames);
  _PyArg_CheckPositional("teedataobject", positional(args, kwnames), 3, 3);
  const values = args[1];
  if (!PyList_Check(values)) {
    throw PyErr_Format(PyExc_TypeError, `teedataobject() argument 2 must be list, not ${values.ob_type.tp_name}`);
  }
  const next = args[2];
  const tdo = teedataobject_newinternal(args[0]);
  const len = PyList_GET_SIZE(values);
  let ok = len <= LINKCELLS;
  if (ok) {
    for (let i = 0; i < len; i++) tdo.values.push(Py_NewRef(PyList_GET_ITEM(values, i)));
    tdo.numread = len;
    if (len === LINKCELLS) {
      if (next !== Py_None) {
        if (next.ob_type !== teedataobject_type) ok = false;
        else tdo.nextlink = Py_NewRef(next);
      }
    } else if (next !== Py_None) {
      ok = false; // no next block unless this one is full
    }
  }
  if (!ok) {
    Py_DECREF(tdo);
    throw PyErr_Format(PyExc_ValueError, "Invalid arguments");
  }
  return tdo;
}

const teedataobject_doc =
  "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.";

export const teedataobject_type = newStaticType(
  "itertools._tee_dataobject",
  496,
  TPFLAGS_HAVE_GC,
  teedataobject_dealloc,
);
teedataobject_type.tp_traverse = teedataobject_traverse;
teedataobject_type.tp_clear = teedataobject_clear;
teedataobject_type.tp_new = teedataobject_new;
teedataobject_type.tp_doc = teedataobject_doc;
teedataobject_type.tp_methods = [
  { name: "__reduce__", meth: teedataobject_reduce, flags: METH_NOARGS, doc: reduce_doc },
];

function tee_next(self: PyObject): PyObject | null {
  const to = self as TeeObject;
  if (to.index >= LINKCELLS) {
    const link = teedataobject_jumplink(to.dataobj!);
    const old = to.dataobj;
    to.dataobj = link;
    Py_XDECREF(old);
    to.index = 0;
  }
  const value = teedataobject_getitem(to.dataobj!, to.index);
  if (value === null) return null;
  to.index++;
  return value;
}

function tee_traverse(self: PyObject, visit: Visit): void {
  const d = (self as TeeObject).dataobj;
  if (d !== null) visit(d);
}

function tee_copy(self: PyObject): PyObject {
  const to = self as TeeObject;
  const newto = new TeeObject(Py_NewRef(to.dataobj!), to.index);
  PyObject_GC_Track(newto);
  return newto;
}

/** A tee over `iterable`: a copy when its iterator is a tee already. */
function tee_fromiterable(iterable: PyObject): PyObject {
  const it = PyObject_GetIter(iterable);
  try {
    if (PyObject_TypeCheck(it, tee_type)) return tee_copy(it);
    const dataobj = teedataobject_newinternal(it);
    const to = new TeeObject(dataobj, 0);
    PyObject_GC_Track(to);
    return to;
  } finally {
    Py_DECREF(it);
  }
}

function tee_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  noKeywords("_tee", tee_type, type, kwnames);
  _PyArg_CheckPositional("_tee", positional(args, kwnames), 1, 1);
  return tee_fromiterable(args[0]);
}

function tee_clear(self: PyObject): void {
  const to = self as TeeObject;
  if (to.weakreflist !== null) PyObject_ClearWeakRefs(to);
  const d = to.dataobj;
  to.dataobj = null;
  Py_XDECREF(d);
}

function tee_dealloc(self: PyObject): void {
  const to = self as TeeObject;
  PyObject_GC_UnTrack(to);
  tee_clear(to);
  PyObject_GC_Del(to);
}

function tee_reduce(self: PyObject): PyObject {
  const to = self as TeeObject;
  return T(Py_NewRef(to.ob_type), T(PyTuple_New(0)), T(Py_NewRef(to.dataobj!), PyLong_FromNumber(to.index)));
}

function tee_setstate(self: PyObject, state: PyObject): PyObject {
  const to = self as TeeObject;
  checkStateTuple(state);
  parseTupleArity(state, 2, 2);
  const tdo = parseTupleType(state, 1, teedataobject_type, teedataobject_type.tp_name) as TeeDataObject;
  const index = intArg(PyTuple_GET_ITEM(state, 1));
  if (index < 0 || index > LINKCELLS) throw PyErr_Format(PyExc_ValueError, "Index out of range");
  const old = to.dataobj;
  to.dataobj = Py_NewRef(tdo);
  Py_XDECREF(old);
  to.index = index;
  return Py_NewRef(Py_None);
}

export const tee_type = newStaticType("itertools._tee", 40, TPFLAGS_HAVE_GC, tee_dealloc);
tee_type.tp_traverse = tee_traverse;
tee_type.tp_clear = tee_clear;
tee_type.tp_iter = PyObject_SelfIter;
tee_type.tp_iternext = tee_next;
tee_type.tp_new = tee_new;
tee_type.tp_weakrefable = true;
tee_type.tp_doc = "Iterator wrapped to make it copyable.";
tee_type.tp_methods = [
  { name: "__copy__", meth: tee_copy, flags: METH_NOARGS, doc: "Returns an independent iterator." },
  { name: "__reduce__", meth: tee_reduce, flags: METH_NOARGS, doc: reduce_doc },
  { name: "__setstate__", meth: tee_setstate, flags: METH_O, doc: setstate_doc },
];

/** itertools.tee(iterable, n=2, /) */
function itertools_tee(_module: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("tee", args.length, 1, 2);
  const n = args.length > 1 ? ssizeArg(args[1]) : 2;
  if (n < 0) throw PyErr_Format(PyExc_ValueError, "n must be >= 0");
  const result = PyTuple_New(n);
  if (n === 0) return result;
  let copyable: PyObject;
  let copyfunc: PyObject | null;
  try {
    const it = PyObject_GetIter(args[0]);
    try {
      copyfunc = _PyObject_LookupAttrString(it, "__copy__");
    } catch (e) {
      Py_DECREF(it);
      throw e;
    }
    if (copyfunc !== null) {
      copyable = it;
    } else {
      try {
        copyable = tee_fromiterable(it);
      } finally {
        Py_DECREF(it);
      }
      try {
        copyfunc = PyObject_GetAttrString(copyable, "__copy__");
      } catch (e) {
        Py_DECREF(copyable);
        throw e;
      }
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  PyTuple_SET_ITEM(result, 0, copyable);
  try {
    for (let i = 1; i < n; i++) PyTuple_SET_ITEM(result, i, PyObject_CallNoArgs(copyfunc));
  } catch (e) {
    Py_DECREF(copyfunc);
    Py_DECREF(result);
    throw e;
  }
  Py_DECREF(copyfunc);
  return result;
}

// ---------------------------------------------------------------- cycle

class CycleObject extends PyGCObject {
  it: PyObject | null;
  saved: PyObject;
  index: number;
  firstpass: boolean;
  constructor(type: PyTypeObject, it: PyObject, saved: PyObject) {
    super(type, allocSize(type));
    this.it = it;
    this.saved = saved;
    this.index = 0;
    this.firstpass = false;
  }
}

function cycle_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  noKeywords("cycle", cycle_type, type, kwnames);
  _PyArg_CheckPositional("cycle", positional(args, kwnames), 1, 1);
  const it = PyObject_GetIter(args[0]);
  const saved = PyList_New(0);
  return trackNew(new CycleObject(type, it, saved));
}

function cycle_dealloc(self: PyObject): void {
  const lz = self as CycleObject;
  PyObject_GC_UnTrack(lz);
  Py_XDECREF(lz.it);
  Py_XDECREF(lz.saved);
  PyObject_GC_Del(lz);
}

function cycle_traverse(self: PyObject, visit: Visit): void {
  const lz = self as CycleObject;
  if (lz.it !== null) visit(lz.it);
  visit(lz.saved);
}

function cycle_next(self: PyObject): PyObject | null {
  const lz = self as CycleObject;
  if (lz.it !== null) {
    const item = PyIter_Next(lz.it);
    if (item !== null) {
      if (lz.firstpass) return item;
      try {
        PyList_Append(lz.saved, item);
      } catch (e) {
        Py_DECREF(item);
        throw e;
      }
      return item;
    }
    const it = lz.it;
    lz.it = null;
    Py_DECREF(it);
  }
  const n = PyList_GET_SIZE(lz.saved);
  if (n === 0) return null;
  const item = PyList_GET_ITEM(lz.saved, lz.index);
  lz.index++;
  if (lz.index >= n) lz.index = 0;
  return Py_NewRef(item);
}

function cycle_reduce(self: PyObject): PyObject {
  const lz = self as CycleObject;
  // A new cycle over the iterator, then the saved values set by setstate.
  if (lz.it === null) {
    const it = PyObject_GetIter(lz.saved);
    if (lz.index !== 0) {
      try {
        cycle_seek(it, lz.index);
      } catch (e) {
        Py_DECREF(it);
        throw e;
      }
    }
    return T(Py_NewRef(lz.ob_type), T(it), T(Py_NewRef(lz.saved), Py_NewRef(Py_True)));
  }
  return T(
    Py_NewRef(lz.ob_type),
    T(Py_NewRef(lz.it)),
    T(Py_NewRef(lz.saved), Py_NewRef(lz.firstpass ? Py_True : Py_False)),
  );
}

/** it.__setstate__(index): a list iterator's is listiter_setstate (the
 *  index, at most the list's length); another iterator's is looked up. */
function cycle_seek(it: PyObject, index: number): void {
  if (it.ob_type === PyListIter_Type) {
    const li = it as PyListIterObject;
    if (li.it_seq !== null) li.it_index = Math.min(index, PyList_GET_SIZE(li.it_seq));
    return;
  }
  const i = PyLong_FromNumber(index);
  try {
    Py_DECREF(PyObject_CallMethod(it, "__setstate__", i));
  } finally {
    Py_DECREF(i);
  }
}

function cycle_setstate(self: PyObject, state: PyObject): PyObject {
  const lz = self as CycleObject;
  checkStateTuple(state);
  // The second item is 1/0 in old pickles and True/False in new ones.
  parseTupleArity(state, 2, 2);
  const saved = parseTupleType(state, 1, PyList_Type, "list");
  const firstpass = intArg(PyTuple_GET_ITEM(state, 1));
  const old = lz.saved;
  lz.saved = Py_NewRef(saved);
  Py_XDECREF(old);
  lz.firstpass = firstpass !== 0;
  lz.index = 0;
  return Py_NewRef(Py_None);
}

export const cycle_type = iteratorType(
  "itertools.cycle",
  48,
  ITER_FLAGS,
  cycle_dealloc,
  cycle_traverse,
  cycle_next,
  "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.",
);
cycle_type.tp_new = cycle_new;
cycle_type.tp_methods = [
  { name: "__reduce__", meth: cycle_reduce, flags: METH_NOARGS, doc: reduce_doc },
  { name: "__setstate__", meth: cycle_setstate, flags: METH_O, doc: setstate_doc },
];

// ---------------------------------------------------------------- dropwhile and takewhile

/** dropwhile (`flag` is `start`: dropping is over) and takewhile (`flag`
 *  is `stop`: the predicate failed once). */
class PredicateObject extends PyGCObject {
  func: PyObject;
  it: PyObject;
  flag: number;
  constructor(type: PyTypeObject, func: PyObject, it: PyObject) {
    super(type, allocSize(type));
    this.func = func;
    this.it = it;
    this.flag = 0;
  }
}

function predicate_new(name: string, base: PyTypeObject) {
  return (type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject => {
    noKeywords(name, base, type, kwnames);
    _PyArg_CheckPositional(name, positional(args, kwnames), 2, 2);
    const it = PyObject_GetIter(args[1]);
    return trackNew(new PredicateObject(type, Py_NewRef(args[0]), it));
  };
}

function predicate_dealloc(self: PyObject): void {
  const lz = self as PredicateObject;
  PyObject_GC_UnTrack(lz);
  Py_XDECREF(lz.func);
  Py_XDECREF(lz.it);
  PyObject_GC_Del(lz);
}

function predicate_traverse(self: PyObject, visit: Visit): void {
  const lz = self as PredicateObject;
  visit(lz.it);
  visit(lz.func);
}

/** predicate(item) as a truth value; on error the item is released
 *  (after the predicate's result, as CPython's order). */
function callPredicate(func: PyObject, item: PyObject): boolean {
  let good: PyObject;
  try {
    good = PyObject_CallOneArg(func, item);
  } catch (e) {
    Py_DECREF(item);
    throw e;
  }
  let ok: boolean;
  try {
    ok = PyObject_IsTrue(good);
  } catch (e) {
    Py_DECREF(good);
    Py_DECREF(item);
    throw e;
  }
  Py_DECREF(good);
  return ok;
}

function dropwhile_next(self: PyObject): PyObject | null {
  const lz = self as PredicateObject;
  const it = lz.it;
  for (;;) {
    const item = iternext(it);
    if (item === null) return null;
    if (lz.flag === 1) return item;
    if (!callPredicate(lz.func, item)) {
      lz.flag = 1;
      return item;
    }
    Py_DECREF(item);
  }
}

function takewhile_next(self: PyObject): PyObject | null {
  const lz = self as PredicateObject;
  if (lz.flag === 1) return null;
  const item = iternext(lz.it);
  if (item === null) return null;
  if (callPredicate(lz.func, item)) return item;
  Py_DECREF(item);
  lz.flag = 1;
  return null;
}

function predicate_reduce(self: PyObject): PyObject {
  const lz = self as PredicateObject;
  return T(Py_NewRef(lz.ob_type), T(Py_NewRef(lz.func), Py_NewRef(lz.it)), PyLong_FromNumber(lz.flag));
}

function predicate_setstate(self: PyObject, state: PyObject): PyObject {
  (self as PredicateObject).flag = PyObject_IsTrue(state) ? 1 : 0;
  return Py_NewRef(Py_None);
}

const predicate_methods: PyMethodDef[] = [
  { name: "__reduce__", meth: predicate_reduce, flags: METH_NOARGS, doc: reduce_doc },
  { name: "__setstate__", meth: predicate_setstate, flags: METH_O, doc: setstate_doc },
];

export const dropwhile_type = iteratorType(
  "itertools.dropwhile",
  40,
  ITER_FLAGS,
  predicate_dealloc,
  predicate_traverse,
  dropwhile_next,
  "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.",
);
dropwhile_type.tp_new = predicate_new("dropwhile", dropwhile_type);
dropwhile_type.tp_methods = predicate_methods;

export const takewhile_type = iteratorType(
  "itertools.takewhile",
  40,
  ITER_FLAGS,
  predicate_dealloc,
  predicate_traverse,
  takewhile_next,
  "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.",
);
takewhile_type.tp_new = predicate_new("takewhile", takewhile_type);
takewhile_type.tp_methods = predicate_methods;

// ---------------------------------------------------------------- islice

/**
 * next/stop/step/cnt are numbers while every bound is a safe integer; a
 * bound beyond that range (up to sys.maxsize) puts the object in exact
 * mode, `exact` holding the four as bigints, so that `__reduce__` gives
 * them back as given (a count can never get there by iterating).
 */
class IsliceObject extends PyGCObject {
  it: PyObject | null;
  next: number;
  /** -1: no stop. */
  stop: number;
  step: number;
  cnt: number;
  exact: IsliceBounds | null;
  constructor(type: PyTypeObject, it: PyObject, start: bigint, stop: bigint, step: bigint) {
    super(type, allocSize(type));
    this.it = it;
    this.next = Number(start);
    this.stop = Number(stop);
    this.step = Number(step);
    this.cnt = 0;
    const safe = start <= MAX_SAFE_BIG && stop <= MAX_SAFE_BIG && step <= MAX_SAFE_BIG;
    this.exact = safe ? null : { next: start, stop, step, cnt: 0n };
  }
}

interface IsliceBounds {
  next: bigint;
  stop: bigint;
  step: bigint;
  cnt: bigint;
}

const ISLICE_STOP_ERROR = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/** PyNumber_AsSsize_t(o, OverflowError), any error cleared: -1 then. */
function islice_index(o: PyObject): bigint {
  try {
    const i = PyNumber_Index(o) as PyLongObject;
    const v = bigOf(i);
    Py_DECREF(i);
    return v > SSIZE_MAX_BIG || v < SSIZE_MIN_BIG ? -1n : v;
  } catch (e) {
    Py_DECREF(e as PyObject);
    return -1n;
  }
}

function islice_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  noKeywords("islice", islice_type, type, kwnames);
  const numargs = positional(args, kwnames);
  _PyArg_CheckPositional("islice", numargs, 2, 4);
  const seq = args[0];
  const a1 = args[1];
  let start = 0n;
  let stop = -1n;
  let step = 1n;
  if (numargs === 2) {
    if (a1 !== Py_None) {
      stop = islice_index(a1);
      if (stop === -1n) throw PyErr_Format(PyExc_ValueError, ISLICE_STOP_ERROR);
    }
  } else {
    const a2 = args[2];
    if (a1 !== Py_None) start = islice_index(a1);
    if (a2 !== Py_None) {
      stop = islice_index(a2);
      if (stop === -1n) throw PyErr_Format(PyExc_ValueError, ISLICE_STOP_ERROR);
    }
  }
  if (start < 0n || stop < -1n) {
    throw PyErr_Format(PyExc_ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  }
  if (numargs === 4 && args[3] !== Py_None) step = islice_index(args[3]);
  if (step < 1n) throw PyErr_Format(PyExc_ValueError, "Step for islice() must be a positive integer or None.");
  const it = PyObject_GetIter(seq);
  return trackNew(new IsliceObject(type, it, start, stop, step));
}

function islice_dealloc(self: PyObject): void {
  const lz = self as IsliceObject;
  PyObject_GC_UnTrack(lz);
  Py_XDECREF(lz.it);
  PyObject_GC_Del(lz);
}

function islice_traverse(self: PyObject, visit: Visit): void {
  const it = (self as IsliceObject).it;
  if (it !== null) visit(it);
}

/** Drop the iterator: exhausted, or it raised. */
function islice_empty(lz: IsliceObject): null {
  const it = lz.it;
  lz.it = null;
  Py_XDECREF(it);
  return null;
}

function islice_next(self: PyObject): PyObject | null {
  const lz = self as IsliceObject;
  const it = lz.it;
  if (it === null) return null;
  if (lz.exact !== null) return islice_next_exact(lz, it, lz.exact);
  const stop = lz.stop;
  let item: PyObject | null;
  try {
    while (lz.cnt < lz.next) {
      item = iternext(it);
      if (item === null) return islice_empty(lz);
      Py_DECREF(item);
      lz.cnt++;
    }
    if (stop !== -1 && lz.cnt >= stop) return islice_empty(lz);
    item = iternext(it);
  } catch (e) {
    islice_empty(lz);
    throw e;
  }
  if (item === null) return islice_empty(lz);
  lz.cnt++;
  const oldnext = lz.next;
  lz.next += lz.step;
  if (lz.next > Number.MAX_SAFE_INTEGER) {
    // Beyond a double's exact range: continue with exact bounds.
    const step = BigInt(lz.step);
    const b = { next: BigInt(oldnext) + step, stop: BigInt(stop), step, cnt: BigInt(lz.cnt) };
    lz.exact = b;
    islice_advanced(lz, b, BigInt(oldnext));
  } else if (stop !== -1 && lz.next > stop) {
    lz.next = stop;
  }
  return item;
}

/** islice_next on exact bounds. */
function islice_next_exact(lz: IsliceObject, it: PyObject, b: IsliceBounds): PyObject | null {
  let item: PyObject | null;
  try {
    while (b.cnt < b.next) {
      item = iternext(it);
      if (item === null) return islice_empty(lz);
      Py_DECREF(item);
      b.cnt++;
    }
    if (b.stop !== -1n && b.cnt >= b.stop) return islice_empty(lz);
    item = iternext(it);
  } catch (e) {
    islice_empty(lz);
    throw e;
  }
  if (item === null) return islice_empty(lz);
  b.cnt++;
  const oldnext = b.next;
  b.next += b.step;
  islice_advanced(lz, b, oldnext);
  return item;
}

/** The end of islice_next's step: `next` past sys.maxsize wraps in C (and
 *  so is below the old one), which, like passing stop, makes it stop. */
function islice_advanced(lz: IsliceObject, b: IsliceBounds, oldnext: bigint): void {
  if (b.next > SSIZE_MAX_BIG || b.next < oldnext || (b.stop !== -1n && b.next > b.stop)) b.next = b.stop;
  lz.next = Number(b.next);
  lz.cnt = Number(b.cnt);
}

function islice_reduce(self: PyObject): PyObject {
  const lz = self as IsliceObject;
  // Unpickled as a new islice over the same bounds, then setstate(cnt).
  if (lz.it === null) {
    const emptyList = PyList_New(0);
    const emptyIt = PyObject_GetIter(emptyList);
    Py_DECREF(emptyList);
    return T(Py_NewRef(lz.ob_type), T(emptyIt, PyLong_FromNumber(0)), PyLong_FromNumber(0));
  }
  const b = lz.exact ?? { next: BigInt(lz.next), stop: BigInt(lz.stop), step: BigInt(lz.step), cnt: BigInt(lz.cnt) };
  const stop = b.stop === -1n ? Py_NewRef(Py_None) : PyLong_FromBigInt(b.stop);
  const args = T(Py_NewRef(lz.it), PyLong_FromBigInt(b.next), stop, PyLong_FromBigInt(b.step));
  return T(Py_NewRef(lz.ob_type), args, PyLong_FromBigInt(b.cnt));
}

function islice_setstate(self: PyObject, state: PyObject): PyObject {
  const lz = self as IsliceObject;
  const cnt = PyLong_AsSsize_tBig(state);
  if (lz.exact === null && (cnt > MAX_SAFE_BIG || cnt < -MAX_SAFE_BIG)) {
    lz.exact = { next: BigInt(lz.next), stop: BigInt(lz.stop), step: BigInt(lz.step), cnt };
  }
  if (lz.exact !== null) lz.exact.cnt = cnt;
  lz.cnt = Number(cnt);
  return Py_NewRef(Py_None);
}

const islice_doc =
  "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\n" +
  "Return an iterator whose next() method returns selected values from an\n" +
  "iterable.  If start is specified, will skip all preceding elements;\n" +
  "otherwise, start defaults to zero.  Step defaults to one.  If\n" +
  "specified as another value, step determines how many values are\n" +
  "skipped between successive calls.  Works like a slice() on a list\n" +
  "but returns an iterator.";

export const islice_type = iteratorType(
  "itertools.islice",
  56,
  ITER_FLAGS,
  islice_dealloc,
  islice_traverse,
  islice_next,
  islice_doc,
);
islice_type.tp_new = islice_new;
islice_type.tp_methods = [
  { name: "__reduce__", meth: islice_reduce, flags: METH_NOARGS, doc: reduce_doc },
  { name: "__setstate__", meth: islice_setstate, flags: METH_O, doc: setstate_doc },
];

// ---------------------------------------------------------------- starmap and filterfalse

/** starmap and filterfalse: a function and an iterator. */
class FuncIterObject extends PyGCObject {
  func: PyObject;
  it: PyObject;
  constructor(type: PyTypeObject, func: PyObject, it: PyObject) {
    super(type, allocSize(type));
    this.func = func;
    this.it = it;
  }
}

function funciter_new(name: string, base: PyTypeObject) {
  return (type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject => {
    noKeywords(name, base, type, kwnames);
    _PyArg_CheckPositional(name, positional(args, kwnames), 2, 2);
    const it = PyObject_GetIter(args[1]);
    return trackNew(new FuncIterObject(type, Py_NewRef(args[0]), it));
  };
}

function funciter_dealloc(self: PyObject): void {
  const lz = self as FuncIterObject;
  PyObject_GC_UnTrack(lz);
  Py_XDECREF(lz.func);
  Py_XDECREF(lz.it);
  PyObject_GC_Del(lz);
}

function funciter_traverse(self: PyObject, visit: Visit): void {
  const lz = self as FuncIterObject;
  visit(lz.it);
  visit(lz.func);
}

function funciter_reduce(self: PyObject): PyObject {
  const lz = self as FuncIterObject;
  return T(Py_NewRef(lz.ob_type), T(Py_NewRef(lz.func), Py_NewRef(lz.it)));
}

const funciter_methods: PyMethodDef[] = [
  { name: "__reduce__", meth: funciter_reduce, flags: METH_NOARGS, doc: reduce_doc },
];

function starmap_next(self: PyObject): PyObject | null {
  const lz = self as FuncIterObject;
  let args = iternext(lz.it);
  if (args === null) return null;
  if (!PyTuple_CheckExact(args)) {
    const seq = args;
    try {
      args = PySequence_Tuple(seq);
    } finally {
      Py_DECREF(seq);
    }
  }
  try {
    return PyObject_Call(lz.func, (args as PyTupleObject).ob_item, null);
  } finally {
    Py_DECREF(args);
  }
}

export const starmap_type = iteratorType(
  "itertools.starmap",
  32,
  ITER_FLAGS,
  funciter_dealloc,
  funciter_traverse,
  starmap_next,
  "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.",
);
starmap_type.tp_new = funciter_new("starmap", starmap_type);
starmap_type.tp_methods = funciter_methods;

function filterfalse_next(self: PyObject): PyObject | null {
  const lz = self as FuncIterObject;
  const it = lz.it;
  for (;;) {
    const item = iternext(it);
    if (item === null) return null;
    let ok: boolean;
    if (lz.func === Py_None || lz.func === PyBool_Type) {
      try {
        ok = PyObject_IsTrue(item);
      } catch (e) {
        Py_DECREF(item);
        throw e;
      }
    } else {
      ok = callPredicate(lz.func, item);
    }
    if (!ok) return item;
    Py_DECREF(item);
  }
}

export const filterfalse_type = iteratorType(
  "itertools.filterfalse",
  32,
  ITER_FLAGS,
  funciter_dealloc,
  funciter_traverse,
  filterfalse_next,
  "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.",
);
filterfalse_type.tp_new = funciter_new("filterfalse", filterfalse_type);
filterfalse_type.tp_methods = funciter_methods;

// ---------------------------------------------------------------- chain

class ChainObject extends PyGCObject {
  /** The iterator over the input iterables; null once they are all used. */
  source: PyObject | null;
  /** The iterator of the current input; null between inputs. */
  active: PyObject | null;
  constructor(type: PyTypeObject, source: PyObject) {
    super(type, allocSize(type));
    this.source = source;
    this.active = null;
  }
}

function chain_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  noKeywords("chain", chain_type, type, kwnames);
  // The iterator over the argument tuple.
  const argTuple = _PyTuple_FromArray(args.slice(0, positional(args, kwnames)));
  let source: PyObject;
  try {
    source = PyObject_GetIter(argTuple);
  } finally {
    Py_DECREF(argTuple);
  }
  return trackNew(new ChainObject(type, source));
}

function chain_from_iterable(type: PyObject, arg: PyObject): PyObject {
  const source = PyObject_GetIter(arg);
  return trackNew(new ChainObject(type as PyTypeObject, source));
}

function chain_dealloc(self: PyObject): void {
  const lz = self as ChainObject;
  PyObject_GC_UnTrack(lz);
  Py_XDECREF(lz.active);
  Py_XDECREF(lz.source);
  PyObject_GC_Del(lz);
}

function chain_traverse(self: PyObject, visit: Visit): void {
  const lz = self as ChainObject;
  if (lz.source !== null) visit(lz.source);
  if (lz.active !== null) visit(lz.active);
}

function chain_clear_source(lz: ChainObject): void {
  const s = lz.source;
  lz.source = null;
  Py_XDECREF(s);
}

function chain_next(self: PyObject): PyObject | null {
  const lz = self as ChainObject;
  while (lz.source !== null) {
    if (lz.active === null) {
      let iterable: PyObject | null;
      try {
        iterable = PyIter_Next(lz.source);
      } catch (e) {
        chain_clear_source(lz);
        throw e;
      }
      if (iterable === null) {
        chain_clear_source(lz);
        return null; // no more input sources
      }
      try {
        lz.active = PyObject_GetIter(iterable);
      } catch (e) {
        chain_clear_source(lz); // input not iterable
        throw e;
      } finally {
        Py_DECREF(iterable);
      }
    }
    try {
      const item = iternext(lz.active);
      if (item !== null) return item;
    } catch (e) {
      if (!PyErr_ExceptionMatches(e, PyExc_StopIteration)) throw e;
      Py_DECREF(e as PyObject);
    }
    // The active iterator is exhausted: move on to the next.
    const active = lz.active;
    lz.active = null;
    Py_XDECREF(active);
  }
  return null;
}

function chain_reduce(self: PyObject): PyObject {
  const lz = self as ChainObject;
  // from_iterable cannot be pickled, so setstate restores the iterators.
  if (lz.source !== null) {
    if (lz.active !== null) {
      return T(Py_NewRef(lz.ob_type), PyTuple_New(0), T(Py_NewRef(lz.source), Py_NewRef(lz.active)));
    }
    return T(Py_NewRef(lz.ob_type), PyTuple_New(0), T(Py_NewRef(lz.source)));
  }
  return T(Py_NewRef(lz.ob_type), PyTuple_New(0)); // exhausted
}

/** PyIter_Check. */
function PyIter_Check(o: PyObject): boolean {
  return o.ob_type.tp_iternext !== null;
}

function chain_setstate(self: PyObject, state: PyObject): PyObject {
  const lz = self as ChainObject;
  checkStateTuple(state);
  parseTupleArity(state, 1, 2);
  const source = PyTuple_GET_ITEM(state, 0);
  const active = PyTuple_GET_SIZE(state) > 1 ? PyTuple_GET_ITEM(state, 1) : null;
  if (!PyIter_Check(source) || (active !== null && !PyIter_Check(active))) {
    throw PyErr_Format(PyExc_TypeError, "Arguments must be iterators.");
  }
  let old = lz.source;
  lz.source = Py_NewRef(source);
  Py_XDECREF(old);
  old = lz.active;
  lz.active = active === null ? null : Py_NewRef(active);
  Py_XDECREF(old);
  return Py_NewRef(Py_None);
}

const chain_doc =
  "chain(*iterables) --> chain object\n\n" +
  "Return a chain object whose .__next__() method returns elements from the\n" +
  "first iterable until it is exhausted, then elements from the next\n" +
  "iterable, until all of the iterables are exhausted.";

export const chain_type = iteratorType(
  "itertools.chain",
  32,
  ITER_FLAGS,
  chain_dealloc,
  chain_traverse,
  chain_next,
  chain_doc,
);
chain_type.tp_new = chain_new;
chain_type.tp_methods = [
  {
    name: "from_iterable",
    meth: chain_from_iterable,
    flags: METH_O | METH_CLASS,
    doc: "Alternative chain() constructor taking a single iterable argument that evaluates lazily.",
  },
  { name: "__reduce__", meth: chain_reduce, flags: METH_NOARGS, doc: reduce_doc },
  { name: "__setstate__", meth: chain_setstate, flags: METH_O, doc: setstate_doc },
  { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS, doc: "See PEP 585" },
];

// ---------------------------------------------------------------- product

class ProductObject extends PyGCObject {
  /** Tuple of the pools, each a tuple. */
  pools: PyObject;
  /** One index per pool. */
  indices: number[];
  /** The result returned last (null before the first). */
  result: PyObject | null;
  stopped: boolean;
  constructor(type: PyTypeObject, pools: PyObject, indices: number[]) {
    super(type, allocSize(type));
    this.pools = pools;
    this.indices = indices;
    this.result = null;
    this.stopped = false;
  }
}

const productParser = nonStaticParser(newArgParser("product", ["repeat"], 0, 0, 0));

function product_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const nk = nkw(kwnames);
  const npos = args.length - nk;
  let repeat = 1;
  if (nk > 0) {
    const [r] = _PyArg_UnpackKeywords(args.slice(npos), kwnames, productParser, [null]);
    if (r !== null) repeat = ssizeArg(r);
    if (repeat < 0) throw PyErr_Format(PyExc_ValueError, "repeat argument cannot be negative");
  }
  let nargs = 0;
  if (repeat !== 0) {
    nargs = npos;
    if (nargs > Math.floor(PY_SSIZE_T_MAX / 8 / repeat)) {
      throw PyErr_Format(PyExc_OverflowError, "repeat argument too large");
    }
  }
  const npools = nargs * repeat;
  const indices = newIndices(npools);
  let pools: PyObject | null = null;
  try {
    pools = PyTuple_New(npools);
    let i = 0;
    for (; i < nargs; i++) PyTuple_SET_ITEM(pools, i, PySequence_Tuple(args[i]));
    for (; i < npools; i++) PyTuple_SET_ITEM(pools, i, Py_NewRef(PyTuple_GET_ITEM(pools, i - nargs)));
  } catch (e) {
    freeIndices(indices);
    Py_XDECREF(pools);
    throw e;
  }
  return trackNew(new ProductObject(type, pools, indices));
}

function product_dealloc(self: PyObject): void {
  const lz = self as ProductObject;
  PyObject_GC_UnTrack(lz);
  Py_XDECREF(lz.pools);
  Py_XDECREF(lz.result);
  freeIndices(lz.indices);
  PyObject_GC_Del(lz);
}

function product_sizeof(self: PyObject): PyObject {
  const lz = self as ProductObject;
  return PyLong_FromNumber(lz.ob_type.tp_basicsize + PyTuple_GET_SIZE(lz.pools) * 8);
}

function product_traverse(self: PyObject, visit: Visit): void {
  const lz = self as ProductObject;
  visit(lz.pools);
  if (lz.result !== null) visit(lz.result);
}

function product_next(self: PyObject): PyObject | null {
  const lz = self as ProductObject;
  const pools = lz.pools;
  const npools = PyTuple_GET_SIZE(pools);
  if (lz.stopped) return null;
  let result = lz.result;
  if (result === null) {
    // The first result: the first element of each pool.
    result = PyTuple_New(npools);
    lz.result = result;
    for (let i = 0; i < npools; i++) {
      const pool = PyTuple_GET_ITEM(pools, i);
      if (PyTuple_GET_SIZE(pool) === 0) {
        lz.stopped = true;
        return null;
      }
      PyTuple_SET_ITEM(result, i, Py_NewRef(PyTuple_GET_ITEM(pool, 0)));
    }
  } else {
    const r = reuseResult(lz);
    result = r;
    const indices = lz.indices;
    // Advance the indices right to left, like an odometer.
    let i = npools - 1;
    for (; i >= 0; i--) {
      const pool = PyTuple_GET_ITEM(pools, i);
      indices[i]++;
      if (indices[i] === PyTuple_GET_SIZE(pool)) {
        indices[i] = 0; // roll over and advance the next pool
        replaceItem(r, i, PyTuple_GET_ITEM(pool, 0));
      } else {
        replaceItem(r, i, PyTuple_GET_ITEM(pool, indices[i]));
        break;
      }
    }
    // Every index rolled over: done.
    if (i < 0) {
      lz.stopped = true;
      return null;
    }
  }
  return Py_NewRef(result);
}

function product_reduce(self: PyObject): PyObject {
  const lz = self as ProductObject;
  if (lz.stopped) return T(Py_NewRef(lz.ob_type), T(PyTuple_New(0)));
  if (lz.result === null) return T(Py_NewRef(lz.ob_type), Py_NewRef(lz.pools));
  // The indices go to setstate, and say the iteration has started.
  const n = PyTuple_GET_SIZE(lz.pools);
  return T(Py_NewRef(lz.ob_type), Py_NewRef(lz.pools), indicesTuple(lz.indices, n));
}

function product_setstate(self: PyObject, state: PyObject): PyObject {
  const lz = self as ProductObject;
  const n = PyTuple_GET_SIZE(lz.pools);
  if (!PyTuple_Check(state) || PyTuple_GET_SIZE(state) !== n) {
    throw PyErr_Format(PyExc_ValueError, "invalid arguments");
  }
  for (let i = 0; i < n; i++) {
    let index = PyLong_AsSsize_t(PyTuple_GET_ITEM(state, i));
    const poolsize = PyTuple_GET_SIZE(PyTuple_GET_ITEM(lz.pools, i));
    if (poolsize === 0) {
      lz.stopped = true;
      return Py_NewRef(Py_None);
    }
    // Clamp the index.
    if (index < 0) index = 0;
    else if (index > poolsize - 1) index = poolsize - 1;
    lz.indices[i] = index;
  }
  const result = PyTuple_New(n);
  for (let i = 0; i < n; i++) {
    PyTuple_SET_ITEM(result, i, Py_NewRef(PyTuple_GET_ITEM(PyTuple_GET_ITEM(lz.pools, i), lz.indices[i])));
  }
  const old = lz.result;
  lz.result = result;
  Py_XDECREF(old);
  return Py_NewRef(Py_None);
}

const product_doc =
  "product(*iterables, repeat=1) --> product object\n\n" +
  "Cartesian product of input iterables.  Equivalent to nested for-loops.\n\n" +
  "For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\n" +
  "The leftmost iterators are in the outermost for-loop, so the output tuples\n" +
  "cycle in a manner similar to an odometer (with the rightmost element changing\n" +
  "on every iteration).\n\n" +
  "To compute the product of an iterable with itself, specify the number\n" +
  "of repetitions with the optional repeat keyword argument. For example,\n" +
  "product(A, repeat=4) means the same as product(A, A, A, A).\n\n" +
  "product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\n" +
  "product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...";

export const product_type = iteratorType(
  "itertools.product",
  48,
  ITER_FLAGS,
  product_dealloc,
  product_traverse,
  product_next,
  product_doc,
);
product_type.tp_new = product_new;
product_type.tp_methods = [
  { name: "__reduce__", meth: product_reduce, flags: METH_NOARGS, doc: reduce_doc },
  { name: "__setstate__", meth: product_setstate, flags: METH_O, doc: setstate_doc },
  { name: "__sizeof__", meth: product_sizeof, flags: METH_NOARGS, doc: sizeof_doc },
];

// ---------------------------------------------------------------- combinations, with replacement

/** combinations and combinations_with_replacement (CPython's
 *  combinationsobject and cwrobject, which have the same fields). */
class CombinationsObject extends PyGCObject {
  /** The input as a tuple. */
  pool: PyObject;
  /** One index per result element. */
  indices: number[];
  result: PyObject | null;
  r: number;
  stopped: boolean;
  constructor(type: PyTypeObject, pool: PyObject, indices: number[], r: number, stopped: boolean) {
    super(type, allocSize(type));
    this.pool = pool;
    this.indices = indices;
    this.result = null;
    this.r = r;
    this.stopped = stopped;
  }
}

/** The clinic parser of both: (iterable, r), r a Py_ssize_t. */
function combinations_new_for(name: string, replacement: boolean) {
  const parser = newArgParser(name, ["iterable", "r"], 2);
  return (type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject => {
    const [iterable, robj] = _PyArg_UnpackKeywords(args, kwnames, parser, [null, null]);
    const r = ssizeArg(robj!);
    const pool = PySequence_Tuple(iterable!);
    let indices: number[];
    try {
      if (r < 0) throw PyErr_Format(PyExc_ValueError, "r must be non-negative");
      indices = newIndices(r);
    } catch (e) {
      Py_DECREF(pool);
      throw e;
    }
    const n = PyTuple_GET_SIZE(pool);
    if (!replacement) for (let i = 0; i < r; i++) indices[i] = i;
    const stopped = replacement ? n === 0 && r !== 0 : r > n;
    return trackNew(new CombinationsObject(type, pool, indices, r, stopped));
  };
}

function combinations_dealloc(self: PyObject): void {
  const co = self as CombinationsObject;
  PyObject_GC_UnTrack(co);
  Py_XDECREF(co.pool);
  Py_XDECREF(co.result);
  freeIndices(co.indices);
  PyObject_GC_Del(co);
}

function combinations_sizeof(self: PyObject): PyObject {
  const co = self as CombinationsObject;
  return PyLong_FromNumber(co.ob_type.tp_basicsize + co.r * 8);
}

function combinations_traverse(self: PyObject, visit: Visit): void {
  const co = self as CombinationsObject;
  visit(co.pool);
  if (co.result !== null) visit(co.result);
}

function combinations_next(self: PyObject): PyObject | null {
  const co = self as CombinationsObject;
  const pool = co.pool;
  const indices = co.indices;
  const n = PyTuple_GET_SIZE(pool);
  const r = co.r;
  if (co.stopped) return null;
  let result = co.result;
  if (result === null) {
    // The first result, from the indices.
    result = PyTuple_New(r);
    co.result = result;
    for (let i = 0; i < r; i++) PyTuple_SET_ITEM(result, i, Py_NewRef(PyTuple_GET_ITEM(pool, indices[i])));
  } else {
    const res = reuseResult(co);
    result = res;
    // The rightmost index not at its maximum (i + n - r).
    let i = r - 1;
    while (i >= 0 && indices[i] === i + n - r) i--;
    if (i < 0) {
      co.stopped = true;
      return null;
    }
    // Increment it, and set each index to its right one higher than the
    // one before it (the indices stay sorted).
    indices[i]++;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    // Update the result from i, the leftmost index that changed.
    for (; i < r; i++) replaceItem(res, i, PyTuple_GET_ITEM(pool, indices[i]));
  }
  return Py_NewRef(result);
}

function cwr_next(self: PyObject): PyObject | null {
  const co = self as CombinationsObject;
  const pool = co.pool;
  const indices = co.indices;
  const n = PyTuple_GET_SIZE(pool);
  const r = co.r;
  if (co.stopped) return null;
  let result = co.result;
  if (result === null) {
    // The first result: pool[0] r times.
    result = PyTuple_New(r);
    co.result = result;
    if (n > 0) {
      const elem = PyTuple_GET_ITEM(pool, 0);
      for (let i = 0; i < r; i++) PyTuple_SET_ITEM(result, i, Py_NewRef(elem));
    }
  } else {
    const res = reuseResult(co);
    result = res;
    // The rightmost index not at its maximum (n - 1).
    let i = r - 1;
    while (i >= 0 && indices[i] === n - 1) i--;
    if (i < 0) {
      co.stopped = true;
      return null;
    }
    // Increment it and set every index to its right to the same value.
    const index = indices[i] + 1;
    const elem = PyTuple_GET_ITEM(pool, index);
    for (; i < r; i++) {
      indices[i] = index;
      replaceItem(res, i, elem);
    }
  }
  return Py_NewRef(result);
}

function combinations_reduce(self: PyObject): PyObject {
  const lz = self as CombinationsObject;
  if (lz.result === null) return T(Py_NewRef(lz.ob_type), T(Py_NewRef(lz.pool), PyLong_FromNumber(lz.r)));
  if (lz.stopped) return T(Py_NewRef(lz.ob_type), T(PyTuple_New(0), PyLong_FromNumber(lz.r)));
  // The indices go to setstate.
  return T(Py_NewRef(lz.ob_type), T(Py_NewRef(lz.pool), PyLong_FromNumber(lz.r)), indicesTuple(lz.indices, lz.r));
}

/** The result tuple for the indices a setstate gave. */
function combinations_refill(lz: CombinationsObject): void {
  const result = PyTuple_New(lz.r);
  for (let i = 0; i < lz.r; i++) {
    PyTuple_SET_ITEM(result, i, Py_NewRef(PyTuple_GET_ITEM(lz.pool, lz.indices[i])));
  }
  const old = lz.result;
  lz.result = result;
  Py_XDECREF(old);
}

function combinations_setstate(self: PyObject, state: PyObject): PyObject {
  const lz = self as CombinationsObject;
  const n = PyTuple_GET_SIZE(lz.pool);
  if (!PyTuple_Check(state) || PyTuple_GET_SIZE(state) !== lz.r) {
    throw PyErr_Format(PyExc_ValueError, "invalid arguments");
  }
  for (let i = 0; i < lz.r; i++) {
    let index = PyLong_AsSsize_t(PyTuple_GET_ITEM(state, i));
    const max = i + n - lz.r;
    // Clamp the index (beware of a negative max).
    if (index > max) index = max;
    if (index < 0) index = 0;
    lz.indices[i] = index;
  }
  combinations_refill(lz);
  return Py_NewRef(Py_None);
}

function cwr_setstate(self: PyObject, state: PyObject): PyObject {
  const lz = self as CombinationsObject;
  if (!PyTuple_Check(state) || PyTuple_GET_SIZE(state) !== lz.r) {
    throw PyErr_Format(PyExc_ValueError, "invalid arguments");
  }
  const n = PyTuple_GET_SIZE(lz.pool);
  for (let i = 0; i < lz.r; i++) {
    let index = PyLong_AsSsize_t(PyTuple_GET_ITEM(state, i));
    // Clamp the index.
    if (index < 0) index = 0;
    else if (index > n - 1) index = n - 1;
    lz.indices[i] = index;
  }
  if (n === 0 && lz.r > 0) {
    // CPython reads past an empty pool here; refuse instead.
    throw PyErr_Format(PyExc_ValueError, "invalid arguments");
  }
  combinations_refill(lz);
  return Py_NewRef(Py_None);
}

export const combinations_type = iteratorType(
  "itertools.combinations",
  56,
  ITER_FLAGS,
  combinations_dealloc,
  combinations_traverse,
  combinations_next,
  "Return successive r-length combinations of elements in the iterable.\n\n" +
    "combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)",
);
combinations_type.tp_new = combinations_new_for("combinations", false);
combinations_type.tp_methods = [
  { name: "__reduce__", meth: combinations_reduce, flags: METH_NOARGS, doc: reduce_doc },
  { name: "__setstate__", meth: combinations_setstate, flags: METH_O, doc: setstate_doc },
  { name: "__sizeof__", meth: combinations_sizeof, flags: METH_NOARGS, doc: sizeof_doc },
];

export const cwr_type = iteratorType(
  "itertools.combinations_with_replacement",
  56,
  ITER_FLAGS,
  combinations_dealloc,
  combinations_traverse,
  cwr_next,
  "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\n" +
    "combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')",
);
cwr_type.tp_new = combinations_new_for("combinations_with_replacement", true);
cwr_type.tp_methods = [
  { name: "__reduce__", meth: combinations_reduce, flags: METH_NOARGS, doc: reduce_doc },
  { name: "__setstate__", meth: cwr_setstate, flags: METH_O, doc: setstate_doc },
  { name: "__sizeof__", meth: combinations_sizeof, flags: METH_NOARGS, doc: sizeof_doc },
];

// ---------------------------------------------------------------- permutations

class PermutationsObject extends PyGCObject {
  pool: PyObject;
  /** One index per element of the pool. */
  indices: number[];
  /** One rollover counter per element of the result. */
  cycles: number[];
  result: PyObject | null;
  r: number;
  stopped: boolean;
  constructor(type: PyTypeObject, pool: PyObject, indices: number[], cycles: number[], r: number) {
    super(type, allocSize(type));
    this.pool = pool;
    this.indices = indices;
    this.cycles = cycles;
    this.result = null;
    this.r = r;
    this.stopped = r > indices.length;
  }
}

const permutationsParser = newArgParser("permutations", ["iterable", "r"], 1);

function permutations_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [iterable, robj] = _PyArg_UnpackKeywords(args, kwnames, permutationsParser, [null, null]);
  const pool = PySequence_Tuple(iterable!);
  const n = PyTuple_GET_SIZE(pool);
  let r = n;
  let indices: number[];
  let cycles: number[];
  try {
    if (robj !== null && robj !== Py_None) {
      if (!PyLong_Check(robj)) throw PyErr_Format(PyExc_TypeError, "Expected int as r");
      r = PyLong_AsSsize_t(robj);
    }
    if (r < 0) throw PyErr_Format(PyExc_ValueError, "r must be non-negative");
    indices = newIndices(n);
    try {
      cycles = newIndices(r);
    } catch (e) {
      freeIndices(indices);
      throw e;
    }
  } catch (e) {
    Py_DECREF(pool);
    throw e;
  }
  for (let i = 0; i < n; i++) indices[i] = i;
  for (let i = 0; i < r; i++) cycles[i] = n - i;
  return trackNew(new PermutationsObject(type, pool, indices, cycles, r));
}

function permutations_dealloc(self: PyObject): void {
  const po = self as PermutationsObject;
  PyObject_GC_UnTrack(po);
  Py_XDECREF(po.pool);
  Py_XDECREF(po.result);
  freeIndices(po.cycles);
  freeIndices(po.indices);
  PyObject_GC_Del(po);
}

function permutations_sizeof(self: PyObject): PyObject {
  const po = self as PermutationsObject;
  return PyLong_FromNumber(po.ob_type.tp_basicsize + (PyTuple_GET_SIZE(po.pool) + po.r) * 8);
}

function permutations_traverse(self: PyObject, visit: Visit): void {
  const po = self as PermutationsObject;
  visit(po.pool);
  if (po.result !== null) visit(po.result);
}

function permutations_next(self: PyObject): PyObject | null {
  const po = self as PermutationsObject;
  const pool = po.pool;
  const indices = po.indices;
  const cycles = po.cycles;
  const n = PyTuple_GET_SIZE(pool);
  const r = po.r;
  if (po.stopped) return null;
  let result = po.result;
  if (result === null) {
    // The first result, from the indices.
    result = PyTuple_New(r);
    po.result = result;
    for (let i = 0; i < r; i++) PyTuple_SET_ITEM(result, i, Py_NewRef(PyTuple_GET_ITEM(pool, indices[i])));
    return Py_NewRef(result);
  }
  if (n === 0) {
    po.stopped = true;
    return null;
  }
  const res = reuseResult(po);
  // Decrement the rightmost cycle, moving left when it rolls over to zero.
  let i = r - 1;
  for (; i >= 0; i--) {
    cycles[i] -= 1;
    if (cycles[i] === 0) {
      // Rotation: indices[i:] = indices[i+1:] + indices[i:i+1]
      const index = indices[i];
      for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1];
      indices[n - 1] = index;
      cycles[i] = n - i;
    } else {
      const j = cycles[i];
      const index = indices[i];
      indices[i] = indices[n - j];
      indices[n - j] = index;
      // yield tuple(pool[k] for k in indices[:r]), from i, the leftmost
      // element that changed.
      for (let k = i; k < r; k++) replaceItem(res, k, PyTuple_GET_ITEM(pool, indices[k]));
      break;
    }
  }
  // Every cycle rolled over: done.
  if (i < 0) {
    po.stopped = true;
    return null;
  }
  return Py_NewRef(res);
}

function permutations_reduce(self: PyObject): PyObject {
  const po = self as PermutationsObject;
  if (po.result === null) return T(Py_NewRef(po.ob_type), T(Py_NewRef(po.pool), PyLong_FromNumber(po.r)));
  if (po.stopped) return T(Py_NewRef(po.ob_type), T(PyTuple_New(0), PyLong_FromNumber(po.r)));
  // The indices and cycles go to setstate.
  const indices = indicesTuple(po.indices, PyTuple_GET_SIZE(po.pool));
  const cycles = indicesTuple(po.cycles, po.r);
  return T(Py_NewRef(po.ob_type), T(Py_NewRef(po.pool), PyLong_FromNumber(po.r)), T(indices, cycles));
}

function permutations_setstate(self: PyObject, state: PyObject): PyObject {
  const po = self as PermutationsObject;
  checkStateTuple(state);
  parseTupleArity(state, 2, 2);
  const indices = parseTupleType(state, 1, PyTuple_Type, "tuple");
  const cycles = parseTupleType(state, 2, PyTuple_Type, "tuple");
  const n = PyTuple_GET_SIZE(po.pool);
  if (PyTuple_GET_SIZE(indices) !== n || PyTuple_GET_SIZE(cycles) !== po.r) {
    throw PyErr_Format(PyExc_ValueError, "invalid arguments");
  }
  for (let i = 0; i < n; i++) {
    let index = PyLong_AsSsize_t(PyTuple_GET_ITEM(indices, i));
    // Clamp the index.
    if (index < 0) index = 0;
    else if (index > n - 1) index = n - 1;
    po.indices[i] = index;
  }
  for (let i = 0; i < po.r; i++) {
    let index = PyLong_AsSsize_t(PyTuple_GET_ITEM(cycles, i));
    if (index < 1) index = 1;
    else if (index > n - i) index = n - i;
    po.cycles[i] = index;
  }
  const result = PyTuple_New(po.r);
  for (let i = 0; i < po.r; i++) {
    PyTuple_SET_ITEM(result, i, Py_NewRef(PyTuple_GET_ITEM(po.pool, po.indices[i])));
  }
  const old = po.result;
  po.result = result;
  Py_XDECREF(old);
  return Py_NewRef(Py_None);
}

export const permutations_type = iteratorType(
  "itertools.permutations",
  64,
  ITER_FLAGS,
  permutations_dealloc,
  permutations_traverse,
  permutations_next,
  "Return successive r-length permutations of elements in the iterable.\n\n" +
    "permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)",
);
permutations_type.tp_new = permutations_new;
permutations_type.tp_methods = [
  { name: "__reduce__", meth: permutations_reduce, flags: METH_NOARGS, doc: reduce_doc },
  { name: "__setstate__", meth: permutations_setstate, flags: METH_O, doc: setstate_doc },
  { name: "__sizeof__", meth: permutations_sizeof, flags: METH_NOARGS, doc: sizeof_doc },
];

// ---------------------------------------------------------------- accumulate

class AccumulateObject extends PyGCObject {
  total: PyObject | null;
  it: PyObject;
  /** null: addition. */
  binop: PyObject | null;
  /** None once used (or when not given). */
  initial: PyObject;
  constructor(type: PyTypeObject, it: PyObject, binop: PyObject | null, initial: PyObject) {
    super(type, allocSize(type));
    this.total = null;
    this.it = it;
    this.binop = binop;
    this.initial = initial;
  }
}

const accumulateParser = newArgParser("accumulate", ["iterable", "func", "initial"], 1, 0, 2);

function accumulate_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [iterable, binop, initial] = _PyArg_UnpackKeywords(args, kwnames, accumulateParser, [null, null, null]);
  const it = PyObject_GetIter(iterable!);
  const f = binop ?? Py_None;
  return trackNew(new AccumulateObject(type, it, f !== Py_None ? Py_NewRef(f) : null, Py_NewRef(initial ?? Py_None)));
}

function accumulate_dealloc(self: PyObject): void {
  const lz = self as AccumulateObject;
  PyObject_GC_UnTrack(lz);
  Py_XDECREF(lz.binop);
  Py_XDECREF(lz.total);
  Py_XDECREF(lz.it);
  Py_XDECREF(lz.initial);
  PyObject_GC_Del(lz);
}

function accumulate_traverse(self: PyObject, visit: Visit): void {
  const lz = self as AccumulateObject;
  if (lz.binop !== null) visit(lz.binop);
  visit(lz.it);
  if (lz.total !== null) visit(lz.total);
  visit(lz.initial);
}

function accumulate_next(self: PyObject): PyObject | null {
  const lz = self as AccumulateObject;
  if (lz.initial !== Py_None) {
    lz.total = lz.initial;
    lz.initial = Py_NewRef(Py_None);
    return Py_NewRef(lz.total);
  }
  const val = iternext(lz.it);
  if (val === null) return null;
  if (lz.total === null) {
    lz.total = Py_NewRef(val);
    return val;
  }
  let newtotal: PyObject;
  try {
    newtotal = lz.binop === null ? PyNumber_Add(lz.total, val) : PyObject_Call(lz.binop, [lz.total, val], null);
  } finally {
    Py_DECREF(val);
  }
  const old = lz.total;
  lz.total = Py_NewRef(newtotal);
  Py_DECREF(old);
  return newtotal;
}

/** chain((first,), it) (new reference). */
function chain_after(first: PyObject, it: PyObject): PyObject {
  const head = T(Py_NewRef(first));
  try {
    return PyObject_Call(chain_type, [head, it], null);
  } finally {
    Py_DECREF(head);
  }
}

function accumulate_reduce(self: PyObject): PyObject {
  const lz = self as AccumulateObject;
  const binop = lz.binop ?? Py_None;
  if (lz.initial !== Py_None) {
    // accumulate(chain((initial,), it), func), with no initial.
    const it = chain_after(lz.initial, lz.it);
    return T(Py_NewRef(lz.ob_type), T(it, Py_NewRef(binop)), Py_NewRef(Py_None));
  }
  if (lz.total === Py_None) {
    // islice(accumulate(chain((None,), it), func), 1, None)
    const chained = chain_after(lz.total, lz.it);
    let acc: PyObject;
    try {
      acc = PyObject_Call(lz.ob_type, [chained, binop], null);
    } finally {
      Py_DECREF(chained);
    }
    return T(Py_NewRef(islice_type), T(acc, PyLong_FromNumber(1), Py_NewRef(Py_None)));
  }
  return T(Py_NewRef(lz.ob_type), T(Py_NewRef(lz.it), Py_NewRef(binop)), Py_NewRef(lz.total ?? Py_None));
}

function accumulate_setstate(self: PyObject, state: PyObject): PyObject {
  const lz = self as AccumulateObject;
  const old = lz.total;
  lz.total = Py_NewRef(state);
  Py_XDECREF(old);
  return Py_NewRef(Py_None);
}

export const accumulate_type = iteratorType(
  "itertools.accumulate",
  48,
  ITER_FLAGS,
  accumulate_dealloc,
  accumulate_traverse,
  accumulate_next,
  "Return series of accumulated sums (or other binary function results).",
);
accumulate_type.tp_new = accumulate_new;
accumulate_type.tp_methods = [
  { name: "__reduce__", meth: accumulate_reduce, flags: METH_NOARGS, doc: reduce_doc },
  { name: "__setstate__", meth: accumulate_setstate, flags: METH_O, doc: setstate_doc },
];

// ---------------------------------------------------------------- compress

class CompressObject extends PyGCObject {
  data: PyObject;
  selectors: PyObject;
  constructor(type: PyTypeObject, data: PyObject, selectors: PyObject) {
    super(type, allocSize(type));
    this.data = data;
    this.selectors = selectors;
  }
}

const compressParser = newArgParser("compress", ["data", "selectors"], 2);

function compress_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [seq1, seq2] = _PyArg_UnpackKeywords(args, kwnames, compressParser, [null, null]);
  const data = PyObject_GetIter(seq1!);
  let selectors: PyObject;
  try {
    selectors = PyObject_GetIter(seq2!);
  } catch (e) {
    Py_DECREF(data);
    throw e;
  }
  return trackNew(new CompressObject(type, data, selectors));
}

function compress_dealloc(self: PyObject): void {
  const lz = self as CompressObject;
  PyObject_GC_UnTrack(lz);
  Py_XDECREF(lz.data);
  Py_XDECREF(lz.selectors);
  PyObject_GC_Del(lz);
}

function compress_traverse(self: PyObject, visit: Visit): void {
  const lz = self as CompressObject;
  visit(lz.data);
  visit(lz.selectors);
}

function compress_next(self: PyObject): PyObject | null {
  const lz = self as CompressObject;
  for (;;) {
    // The datum first, then its selector, as the pure Python version
    // reads them (which input may raise first).
    const datum = iternext(lz.data);
    if (datum === null) return null;
    let ok: boolean;
    try {
      const selector = iternext(lz.selectors);
      if (selector === null) {
        Py_DECREF(datum);
        return null;
      }
      try {
        ok = PyObject_IsTrue(selector);
      } finally {
        Py_DECREF(selector);
      }
    } catch (e) {
      Py_DECREF(datum);
      throw e;
    }
    if (ok) return datum;
    Py_DECREF(datum);
  }
}

function compress_reduce(self: PyObject): PyObject {
  const lz = self as CompressObject;
  return T(Py_NewRef(lz.ob_type), T(Py_NewRef(lz.data), Py_NewRef(lz.selectors)));
}

export const compress_type = iteratorType(
  "itertools.compress",
  32,
  ITER_FLAGS,
  compress_dealloc,
  compress_traverse,
  compress_next,
  "Return data elements corresponding to true selector elements.\n\n" +
    "Forms a shorter iterator from selected data elements using the selectors to\nchoose the data elements.",
);
compress_type.tp_new = compress_new;
compress_type.tp_methods = [{ name: "__reduce__", meth: compress_reduce, flags: METH_NOARGS, doc: reduce_doc }];

// ---------------------------------------------------------------- count

/**
 * CPython's countobject: in fast mode (an int start that fits a C ssize_t
 * and a step of exactly int 1) the count is `cnt`, a number, or `cntBig`
 * beyond a double's safe range; `long_cnt` is null. The count
 * PY_SSIZE_T_MAX marks slow mode (`cntBig` SSIZE_MAX_BIG): `long_cnt`
 * holds the next value and `long_step` is added to it. As in CPython a
 * fast count that reaches PY_SSIZE_T_MAX switches to slow mode, and one
 * that starts there has no `long_cnt` until its first `next()`.
 */
class CountObject extends PyGCObject {
  cnt: number;
  cntBig: bigint | null;
  long_cnt: PyObject | null;
  long_step: PyObject;
  constructor(type: PyTypeObject, cnt: bigint, longCnt: PyObject | null, step: PyObject) {
    super(type, allocSize(type));
    const safe = cnt >= -MAX_SAFE_BIG && cnt <= MAX_SAFE_BIG;
    this.cnt = safe ? Number(cnt) : 0;
    this.cntBig = safe ? null : cnt;
    this.long_cnt = longCnt;
    this.long_step = step;
  }
}

/** Is the count at CPython's slow-mode marker, PY_SSIZE_T_MAX? */
function count_slow(lz: CountObject): boolean {
  return lz.cntBig === SSIZE_MAX_BIG;
}

const countParser = newArgParser("count", ["start", "step"], 0);

function count_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [start, step] = _PyArg_UnpackKeywords(args, kwnames, countParser, [null, null]);
  if ((start !== null && !PyNumber_Check(start)) || (step !== null && !PyNumber_Check(step))) {
    throw PyErr_Format(PyExc_TypeError, "a number is required");
  }
  let fast = (start === null || PyLong_Check(start)) && (step === null || PyLong_Check(step));
  let cnt = 0n;
  if (start !== null && fast) {
    cnt = bigOf(start as PyLongObject);
    if (cnt > SSIZE_MAX_BIG || cnt < SSIZE_MIN_BIG) fast = false;
  }
  // Fast mode only works when the step is 1.
  if (fast && step !== null && bigOf(step as PyLongObject) !== 1n) fast = false;
  const longCnt = fast ? null : start !== null ? Py_NewRef(start) : PyLong_FromNumber(0);
  const longStep = step !== null ? Py_NewRef(step) : PyLong_FromNumber(1);
  return trackNew(new CountObject(type, fast ? cnt : SSIZE_MAX_BIG, longCnt, longStep));
}

function bigOf(i: PyLongObject): bigint {
  return i.big === null ? BigInt(i.v) : i.big;
}

function count_dealloc(self: PyObject): void {
  const lz = self as CountObject;
  PyObject_GC_UnTrack(lz);
  Py_XDECREF(lz.long_cnt);
  Py_XDECREF(lz.long_step);
  PyObject_GC_Del(lz);
}

function count_traverse(self: PyObject, visit: Visit): void {
  const lz = self as CountObject;
  if (lz.long_cnt !== null) visit(lz.long_cnt);
  visit(lz.long_step);
}

function count_next(self: PyObject): PyObject | null {
  const lz = self as CountObject;
  if (lz.cntBig === null) {
    if (lz.cnt < Number.MAX_SAFE_INTEGER) return PyLong_FromNumber(lz.cnt++);
    lz.cntBig = BigInt(lz.cnt);
  }
  if (!count_slow(lz)) {
    const v = lz.cntBig;
    lz.cntBig = v + 1n;
    return PyLong_FromBigInt(v);
  }
  // count_nextlong: hand out the value held and keep value + step.
  if (lz.long_cnt === null) lz.long_cnt = PyLong_FromBigInt(SSIZE_MAX_BIG);
  const longCnt = lz.long_cnt;
  lz.long_cnt = PyNumber_Add(longCnt, lz.long_step);
  return longCnt;
}

function count_repr(self: PyObject): PyObject {
  const lz = self as CountObject;
  const name = _PyType_Name(lz.ob_type);
  if (!count_slow(lz)) return PyUnicode_FromString(`${name}(${lz.cntBig ?? lz.cnt})`);
  // %R of a NULL long_cnt (a count that started at PY_SSIZE_T_MAX).
  const cntRepr = lz.long_cnt === null ? "<NULL>" : reprString(lz.long_cnt);
  // An int step of 1 is not shown.
  if (PyLong_Check(lz.long_step) && bigOf(lz.long_step as PyLongObject) === 1n) {
    return PyUnicode_FromString(`${name}(${cntRepr})`);
  }
  return PyUnicode_FromString(`${name}(${cntRepr}, ${reprString(lz.long_step)})`);
}

/** repr(o) as a JS string. */
function reprString(o: PyObject): string {
  const r = PyObject_Repr(o);
  try {
    return PyUnicode_AsString(r);
  } finally {
    Py_DECREF(r);
  }
}

function count_reduce(self: PyObject): PyObject {
  const lz = self as CountObject;
  if (count_slow(lz)) {
    if (lz.long_cnt === null) throw PyErr_Format(PyExc_SystemError, "NULL object passed to Py_BuildValue");
    return T(Py_NewRef(lz.ob_type), T(Py_NewRef(lz.long_cnt), Py_NewRef(lz.long_step)));
  }
  const cnt = lz.cntBig === null ? PyLong_FromNumber(lz.cnt) : PyLong_FromBigInt(lz.cntBig);
  return T(Py_NewRef(lz.ob_type), T(cnt));
}

const count_doc =
  "Return a count object whose .__next__() method returns consecutive values.\n\n" +
  "Equivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n        while 1:\n" +
  "            yield x\n            x += step";

export const count_type = iteratorType(
  "itertools.count",
  40,
  ITER_FLAGS,
  count_dealloc,
  count_traverse,
  count_next,
  count_doc,
);
count_type.tp_new = count_new;
count_type.tp_repr = count_repr;
count_type.tp_methods = [{ name: "__reduce__", meth: count_reduce, flags: METH_NOARGS, doc: reduce_doc }];

// ---------------------------------------------------------------- repeat

/** `cnt` is the count left, -1 for endless; `cntBig` holds it instead
 *  while it is beyond a double's safe range. */
class RepeatObject extends PyGCObject {
  element: PyObject;
  cnt: number;
  cntBig: bigint | null;
  constructor(type: PyTypeObject, element: PyObject, cnt: bigint) {
    super(type, allocSize(type));
    this.element = element;
    this.cnt = Number(cnt);
    this.cntBig = cnt > MAX_SAFE_BIG ? cnt : null;
  }
}

const repeatParser = nonStaticParser(newArgParser("repeat", ["object", "times"], 1));

function repeat_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const nArgs = args.length;
  const [element, times] = _PyArg_UnpackKeywords(args, kwnames, repeatParser, [null, null]);
  let cnt = times === null ? -1n : ssizeArgBig(times);
  // A times given and negative means none.
  if (nArgs === 2 && cnt < 0n) cnt = 0n;
  return trackNew(new RepeatObject(type, Py_NewRef(element!), cnt));
}

function repeat_dealloc(self: PyObject): void {
  const ro = self as RepeatObject;
  PyObject_GC_UnTrack(ro);
  Py_XDECREF(ro.element);
  PyObject_GC_Del(ro);
}

function repeat_traverse(self: PyObject, visit: Visit): void {
  visit((self as RepeatObject).element);
}

function repeat_next(self: PyObject): PyObject | null {
  const ro = self as RepeatObject;
  if (ro.cnt === 0) return null;
  if (ro.cntBig !== null) {
    ro.cntBig--;
    ro.cnt = Number(ro.cntBig);
    if (ro.cntBig <= MAX_SAFE_BIG) ro.cntBig = null;
  } else if (ro.cnt > 0) {
    ro.cnt--;
  }
  return Py_NewRef(ro.element);
}

/** The count left as an int. */
function repeat_count(ro: RepeatObject): PyObject {
  return ro.cntBig !== null ? PyLong_FromBigInt(ro.cntBig) : PyLong_FromNumber(ro.cnt);
}

function repeat_repr(self: PyObject): PyObject {
  const ro = self as RepeatObject;
  const name = _PyType_Name(ro.ob_type);
  const elem = reprString(ro.element);
  if (ro.cnt === -1) return PyUnicode_FromString(`${name}(${elem})`);
  return PyUnicode_FromString(`${name}(${elem}, ${ro.cntBig ?? ro.cnt})`);
}

function repeat_len(self: PyObject): PyObject {
  const ro = self as RepeatObject;
  if (ro.cnt === -1) throw PyErr_Format(PyExc_TypeError, "len() of unsized object");
  return repeat_count(ro);
}

function repeat_reduce(self: PyObject): PyObject {
  const ro = self as RepeatObject;
  // Unpickled as a new repeat with the count left.
  if (ro.cnt >= 0) return T(Py_NewRef(ro.ob_type), T(Py_NewRef(ro.element), repeat_count(ro)));
  return T(Py_NewRef(ro.ob_type), T(Py_NewRef(ro.element)));
}

export const repeat_type = iteratorType(
  "itertools.repeat",
  32,
  ITER_FLAGS,
  repeat_dealloc,
  repeat_traverse,
  repeat_next,
  "repeat(object [,times]) -> create an iterator which returns the object\n" +
    "for the specified number of times.  If not specified, returns the object\nendlessly.",
);
repeat_type.tp_new = repeat_new;
repeat_type.tp_repr = repeat_repr;
repeat_type.tp_methods = [
  {
    name: "__length_hint__",
    meth: repeat_len,
    flags: METH_NOARGS,
    doc: "Private method returning an estimate of len(list(it)).",
  },
  { name: "__reduce__", meth: repeat_reduce, flags: METH_NOARGS, doc: reduce_doc },
];

// ---------------------------------------------------------------- zip_longest

class ZipLongestObject extends PyGCObject {
  tuplesize: number;
  numactive: number;
  /** Tuple of the iterators; an exhausted one's slot is emptied (NULL). */
  ittuple: PyObject;
  result: PyObject;
  fillvalue: PyObject;
  constructor(type: PyTypeObject, ittuple: PyObject, result: PyObject, fillvalue: PyObject) {
    super(type, allocSize(type));
    this.tuplesize = PyTuple_GET_SIZE(ittuple);
    this.numactive = this.tuplesize;
    this.ittuple = ittuple;
    this.result = result;
    this.fillvalue = fillvalue;
  }
}

function zip_longest_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const nk = nkw(kwnames);
  const tuplesize = args.length - nk;
  let fillvalue: PyObject | null = Py_None;
  if (nk > 0) {
    fillvalue = null;
    if (nk === 1 && PyUnicode_AsString(PyTuple_GET_ITEM(kwnames!, 0)) === "fillvalue") fillvalue = args[tuplesize];
    if (fillvalue === null) {
      throw PyErr_Format(PyExc_TypeError, "zip_longest() got an unexpected keyword argument");
    }
  }
  const ittuple = PyTuple_New(tuplesize);
  try {
    for (let i = 0; i < tuplesize; i++) PyTuple_SET_ITEM(ittuple, i, PyObject_GetIter(args[i]));
  } catch (e) {
    Py_DECREF(ittuple);
    throw e;
  }
  // The result holder.
  const result = PyTuple_New(tuplesize);
  for (let i = 0; i < tuplesize; i++) PyTuple_SET_ITEM(result, i, Py_NewRef(Py_None));
  return trackNew(new ZipLongestObject(type, ittuple, result, Py_NewRef(fillvalue)));
}

function zip_longest_dealloc(self: PyObject): void {
  const lz = self as ZipLongestObject;
  PyObject_GC_UnTrack(lz);
  Py_XDECREF(lz.ittuple);
  Py_XDECREF(lz.result);
  Py_XDECREF(lz.fillvalue);
  PyObject_GC_Del(lz);
}

function zip_longest_traverse(self: PyObject, visit: Visit): void {
  const lz = self as ZipLongestObject;
  visit(lz.ittuple);
  visit(lz.result);
  visit(lz.fillvalue);
}

/**
 * The next item of input i (new reference): the fill value once that
 * input is exhausted; null when the last active one is exhausted, after
 * which the iterator stays done (also when an input raised).
 */
function zip_longest_item(lz: ZipLongestObject, i: number): PyObject | null {
  const items = (lz.ittuple as PyTupleObject).ob_item;
  const it = items[i];
  if (it === NULL_ITEM) return Py_NewRef(lz.fillvalue);
  let item: PyObject | null;
  try {
    item = PyIter_Next(it);
  } catch (e) {
    lz.numactive = 0;
    throw e;
  }
  if (item !== null) return item;
  lz.numactive -= 1;
  if (lz.numactive === 0) return null;
  items[i] = NULL_ITEM;
  Py_DECREF(it);
  return Py_NewRef(lz.fillvalue);
}

function zip_longest_next(self: PyObject): PyObject | null {
  const lz = self as ZipLongestObject;
  const tuplesize = lz.tuplesize;
  if (tuplesize === 0 || lz.numactive === 0) return null;
  let result = lz.result as PyTupleObject;
  if (result.ob_refcnt === 1) {
    Py_INCREF(result);
    for (let i = 0; i < tuplesize; i++) {
      let item: PyObject | null;
      try {
        item = zip_longest_item(lz, i);
      } catch (e) {
        Py_DECREF(result);
        throw e;
      }
      if (item === null) {
        Py_DECREF(result);
        return null;
      }
      const olditem = result.ob_item[i];
      result.ob_item[i] = item;
      Py_DECREF(olditem);
    }
    // bpo-42536: the collector may have untracked the reused tuple.
    if (!_PyObject_GC_IS_TRACKED(result)) PyObject_GC_Track(result);
  } else {
    result = PyTuple_New(tuplesize);
    for (let i = 0; i < tuplesize; i++) {
      let item: PyObject | null;
      try {
        item = zip_longest_item(lz, i);
      } catch (e) {
        Py_DECREF(result);
        throw e;
      }
      if (item === null) {
        Py_DECREF(result);
        return null;
      }
      PyTuple_SET_ITEM(result, i, item);
    }
  }
  return result;
}

function zip_longest_reduce(self: PyObject): PyObject {
  const lz = self as ZipLongestObject;
  // A tuple of the iterators, an empty tuple for each exhausted one;
  // setstate restores the fill value.
  const items = (lz.ittuple as PyTupleObject).ob_item;
  const args = PyTuple_New(items.length);
  for (let i = 0; i < items.length; i++) {
    PyTuple_SET_ITEM(args, i, items[i] === NULL_ITEM ? PyTuple_New(0) : Py_NewRef(items[i]));
  }
  return T(Py_NewRef(lz.ob_type), args, Py_NewRef(lz.fillvalue));
}

function zip_longest_setstate(self: PyObject, state: PyObject): PyObject {
  const lz = self as ZipLongestObject;
  const old = lz.fillvalue;
  lz.fillvalue = Py_NewRef(state);
  Py_XDECREF(old);
  return Py_NewRef(Py_None);
}

const zip_longest_doc =
  "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\n" +
  "Return a zip_longest object whose .__next__() method returns a tuple where\n" +
  "the i-th element comes from the i-th iterable argument.  The .__next__()\n" +
  "method continues until the longest iterable in the argument sequence\n" +
  "is exhausted and then it raises StopIteration.  When the shorter iterables\n" +
  "are exhausted, the fillvalue is substituted in their place.  The fillvalue\n" +
  "defaults to None or can be specified by a keyword argument.\n";

export const ziplongest_type = iteratorType(
  "itertools.zip_longest",
  56,
  ITER_FLAGS,
  zip_longest_dealloc,
  zip_longest_traverse,
  zip_longest_next,
  zip_longest_doc,
);
ziplongest_type.tp_new = zip_longest_new;
ziplongest_type.tp_methods = [
  { name: "__reduce__", meth: zip_longest_reduce, flags: METH_NOARGS, doc: reduce_doc },
  { name: "__setstate__", meth: zip_longest_setstate, flags: METH_O, doc: setstate_doc },
];

// ---------------------------------------------------------------- pairwise

class PairwiseObject extends PyGCObject {
  it: PyObject | null;
  old: PyObject | null;
  constructor(type: PyTypeObject, it: PyObject) {
    super(type, allocSize(type));
    this.it = it;
    this.old = null;
  }
}

function pairwise_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  noKeywords("pairwise", pairwise_type, type, kwnames);
  _PyArg_CheckPositional("pairwise", positional(args, kwnames), 1, 1);
  const it = PyObject_GetIter(args[0]);
  return trackNew(new PairwiseObject(type, it));
}

function pairwise_dealloc(self: PyObject): void {
  const po = self as PairwiseObject;
  PyObject_GC_UnTrack(po);
  Py_XDECREF(po.it);
  Py_XDECREF(po.old);
  PyObject_GC_Del(po);
}

function pairwise_traverse(self: PyObject, visit: Visit): void {
  const po = self as PairwiseObject;
  if (po.it !== null) visit(po.it);
  if (po.old !== null) visit(po.old);
}

function pairwise_clear(po: PairwiseObject, field: "it" | "old"): void {
  const o = po[field];
  po[field] = null;
  Py_XDECREF(o);
}

/** po.old = v (Py_XSETREF). */
function pairwise_set_old(po: PairwiseObject, v: PyObject | null): void {
  const prev = po.old;
  po.old = v;
  Py_XDECREF(prev);
}

function pairwise_next(self: PyObject): PyObject | null {
  const po = self as PairwiseObject;
  let it = po.it;
  let old = po.old;
  if (it === null) return null;
  if (old === null) {
    // An exception is the NULL it is in C: the same cleanup, then raised.
    try {
      old = iternext(it);
    } catch (e) {
      pairwise_set_old(po, null);
      pairwise_clear(po, "it");
      throw e;
    }
    pairwise_set_old(po, old);
    if (old === null) {
      pairwise_clear(po, "it");
      return null;
    }
    // __next__ may have re-entered and exhausted us.
    it = po.it;
    if (it === null) {
      pairwise_clear(po, "old");
      return null;
    }
  }
  Py_INCREF(old);
  let next: PyObject | null;
  try {
    next = iternext(it);
  } catch (e) {
    pairwise_clear(po, "it");
    pairwise_clear(po, "old");
    Py_DECREF(old);
    throw e;
  }
  if (next === null) {
    pairwise_clear(po, "it");
    pairwise_clear(po, "old");
    Py_DECREF(old);
    return null;
  }
  // Future optimization: reuse the result tuple as enumerate() does.
  const result = T(Py_NewRef(old), Py_NewRef(next));
  pairwise_set_old(po, next);
  Py_DECREF(old);
  return result;
}

export const pairwise_type = iteratorType(
  "itertools.pairwise",
  32,
  ITER_FLAGS,
  pairwise_dealloc,
  pairwise_traverse,
  pairwise_next,
  "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...",
);
pairwise_type.tp_new = pairwise_new;

// ---------------------------------------------------------------- the module

const module_doc =
  "Functional tools for creating and using iterators.\n\nInfinite iterators:\n" +
  "count(start=0, step=1) --> start, start+step, start+2*step, ...\n" +
  "cycle(p) --> p0, p1, ... plast, p0, p1, ...\n" +
  "repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\n" +
  "Iterators terminating on the shortest input sequence:\n" +
  "accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\n" +
  "chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\n" +
  "chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\n" +
  "compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\n" +
  "dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\n" +
  "groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\n" +
  "filterfalse(pred, seq) --> elements of seq where pred(elem) is False\n" +
  "islice(seq, [start,] stop [, step]) --> elements from\n       seq[start:stop:step]\n" +
  "pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\n" +
  "starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\n" +
  "tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\n" +
  "takewhile(pred, seq) --> seq[0], seq[1], until pred fails\n" +
  "zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\n" +
  "Combinatoric generators:\n" +
  "product(p, q, ... [repeat=1]) --> cartesian product\n" +
  "permutations(p[, r])\ncombinations(p, r)\ncombinations_with_replacement(p, r)\n";

const itertools_methods: PyMethodDef[] = [
  { name: "tee", meth: itertools_tee, flags: METH_FASTCALL, doc: "Returns a tuple of n independent iterators." },
];

/** The types the module exposes, in itertoolsmodule_exec's order. */
const moduleTypes: PyTypeObject[] = [
  accumulate_type,
  combinations_type,
  cwr_type,
  cycle_type,
  dropwhile_type,
  takewhile_type,
  islice_type,
  starmap_type,
  chain_type,
  compress_type,
  filterfalse_type,
  count_type,
  ziplongest_type,
  pairwise_type,
  permutations_type,
  product_type,
  repeat_type,
  groupby_type,
  _grouper_type,
  tee_type,
  teedataobject_type,
];

// The types' own tp_getattro (PyObject_GenericGetAttr), which gives them a
// `__getattribute__` of their own; `_tee` and `_tee_dataobject` inherit it.
for (const t of moduleTypes) if (t !== tee_type && t !== teedataobject_type) t.tp_getattro = PyObject_GenericGetAttr;

export function PyInit_itertools(): PyObject {
  const m = PyModule_New("itertools");
  try {
    PyModule_Add(m, "__doc__", PyUnicode_FromString(module_doc));
    for (const t of moduleTypes) PyModule_AddObjectRef(m, _PyType_Name(t), t);
    PyModule_AddFunctions(m, itertools_methods);
  } catch (e) {
    Py_DECREF(m);
    throw e;
  }
  return m;
}
