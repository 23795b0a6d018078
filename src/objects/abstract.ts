/**
 * The abstract object API: CPython's Objects/abstract.c and the generic
 * parts of Objects/object.c (repr, str, hash, truth, rich comparison).
 *
 * Everything here dispatches through type slots, never on concrete types
 * (the few `instanceof` fast paths give the same result as the slot).
 * Operator semantics follow CPython exactly:
 *  - binary_op1: the right operand's slot is tried first when its type is
 *    a proper subtype of the left's and the slots differ; NotImplemented
 *    falls back to the other operand; sequences' concat / repeat come
 *    last; the TypeError messages are CPython's;
 *  - rich comparison: the reflected operation first for a subtype on the
 *    right, `==`/`!=` fall back to identity, ordering raises
 *    "'<' not supported between instances of 'A' and 'B'".
 *
 * Sequence repeat and in-place concat/repeat (CPython's sq_repeat,
 * sq_inplace_concat, sq_inplace_repeat) have no field on the type object;
 * types register them here (`registerSequenceRepeat`) and lookups walk
 * the base chain, so subclasses inherit them.
 */
import { _PyObject_GC_LinkUnrepresented, _PyObject_GC_UnlinkUnrepresented } from "../heap/gc.js";
import { PyCFunction_Type } from "./methodobject.js";
import { hashReg, recallHash } from "./hashutil.js";
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, _Py_DECREF_NO_DEALLOC } from "../heap/refcount.js";
import { PyType_IsSubtype, PyType_Type, PyTypeObject, type binaryfunc, type BinarySlotName } from "./typeobject.js";
import { Py_EQ, Py_GE, Py_GT, Py_LE, Py_LT, Py_NE } from "../bytecode/opcodes.js";
import { PyErr_ExceptionMatches, PyErr_Format } from "./errors.js";
import {
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_StopIteration,
  PyExc_TypeError,
  PyExc_ValueError,
} from "./exceptions.js";
import { Py_None, Py_NotImplemented } from "./noneobject.js";
import { PyLongObject, PyLong_Type, PyLong_FromBigInt, Py_True, Py_False, _PyLong_FromString } from "./longobject.js";
import { PyFloatObject, PyFloat_FromDouble, PyFloat_Type, PyFloat_FromString, parseFloatText } from "./floatobject.js";
import { PyBuffer_Release, PyBuffer_ToContiguous, PyObject_CheckBuffer, PyObject_GetBuffer } from "./buffer.js";
import { PyBytes_FromStringAndSize } from "./bytesobject.js";
import { PyUnicodeObject, PyUnicode_Type, PyUnicode_FromString, escapeNonAscii } from "./unicodeobject.js";
import { PyTupleObject, PyTuple_Type, _PyTuple_FromArray, _PyTuple_FromArraySteal } from "./tupleobject.js";
import {
  PyListObject,
  PyList_Append,
  PyList_GET_SIZE,
  PyList_New,
  PyList_SetSlice,
  PyList_Type,
  PySequence_List_impl,
} from "./listobject.js";
import { PyDict_GetItem, PyDict_New, PyDict_SetItem } from "./dictobject.js";
import { _Py_ID } from "./identifiers.js";
import { formatLong, formatFloat, formatStr } from "./unicode-format.js";
import { PySeqIter_New } from "./iterobject.js";
import { _PyType_LookupString } from "./typeimpl.js";
import { PyObject_ClearWeakRefs } from "./weakrefobject.js";
import { Py_EnterRecursiveCall, Py_LeaveRecursiveCall, PyObject_Call } from "./call.js";
import { tstate } from "./pystate.js";
import { _Py_CheckInterrupt } from "./eval-breaker.js";
import { Py_GenericAlias } from "./genericaliasobject.js";
import {
  findSlot,
  lengthHints,
  registerLengthHint,
  registerSequenceRepeat,
  sqInplaceConcat,
  sqInplaceRepeat,
  sqRepeat,
  type repeatfunc,
} from "./seqslots.js";

/** Clear weak references to `o` (set/frozenset deallocs). */
export function clearWeakRefs(o: PyObject): void {
  PyObject_ClearWeakRefs(o);
}

/**
 * _PyObject_LookupSpecial: `name` looked up on type(o) and bound to o;
 * null when absent (new reference). A class attribute set to None is
 * returned as None (callers treat it as "explicitly not supported").
 */
export function _PyObject_LookupSpecialString(o: PyObject, name: string): PyObject | null {
  const d = _PyType_LookupString(o.ob_type, name);
  if (d === null) return null;
  const get = d.ob_type.tp_descr_get;
  if (get === null) {
    Py_INCREF(d);
    return d;
  }
  return get(d, o, o.ob_type);
}

// ---------------------------------------------------------------- side tables

export { registerSequenceRepeat, registerLengthHint };

// ---------------------------------------------------------------- repr / str

/** PyThreadState_GetDict: the thread state's dict, made on first use
 *  (owned by tstate.dict; PyThreadState_Clear releases it). */
export function PyThreadState_GetDict(): PyObject {
  if (tstate.dict === null) tstate.dict = PyDict_New();
  return tstate.dict;
}

/** True if `o` is already being repr'd (the caller prints "[...]").
 *  As CPython's, the objects whose repr is in progress are kept in a
 *  list under `Py_Repr` in the thread state's dict: the first repr of a
 *  container makes the dict and the list (two allocations the collector
 *  counts), and the list holds a reference to each object while its
 *  repr runs. */
export function Py_ReprEnter(o: PyObject): boolean {
  const dict = PyThreadState_GetDict();
  const key = _Py_ID("Py_Repr");
  let list = PyDict_GetItem(dict, key);
  if (list === null) {
    list = PyList_New(0);
    PyDict_SetItem(dict, key, list);
    Py_DECREF(list);
  }
  const items = (list as PyListObject).ob_item;
  for (let i = PyList_GET_SIZE(list) - 1; i >= 0; i--) if (items[i] === o) return true;
  PyList_Append(list, o);
  return false;
}

export function Py_ReprLeave(o: PyObject): void {
  const dict = tstate.dict;
  if (dict === null) return;
  const list = PyDict_GetItem(dict, _Py_ID("Py_Repr"));
  if (list === null || list.ob_type !== PyList_Type) return;
  // Backwards: `o` is nearly always the last item.
  const items = (list as PyListObject).ob_item;
  for (let i = PyList_GET_SIZE(list) - 1; i >= 0; i--) {
    if (items[i] === o) {
      PyList_SetSlice(list, i, i + 1, null);
      return;
    }
  }
}

export function PyObject_Repr(o: PyObject): PyObject {
  const f = o.ob_type.tp_repr;
  if (f === null) {
    return PyUnicode_FromString(`<${o.ob_type.tp_name} object at 0x${o.ob_addr.toString(16).padStart(12, "0")}>`);
  }
  Py_EnterRecursiveCall(" while getting the repr of an object");
  let r: PyObject;
  try {
    r = f(o);
  } finally {
    Py_LeaveRecursiveCall();
  }
  if (!(r instanceof PyUnicodeObject)) {
    Py_DECREF(r);
    throw PyErr_Format(PyExc_TypeError, `__repr__ returned non-string (type ${r.ob_type.tp_name})`);
  }
  return r;
}

export function PyObject_Str(o: PyObject): PyObject {
  if (o.ob_type === PyUnicode_Type) {
    Py_INCREF(o);
    return o;
  }
  const f = o.ob_type.tp_str ?? o.ob_type.tp_repr;
  if (f === null) return PyObject_Repr(o);
  Py_EnterRecursiveCall(" while getting the str of an object");
  let r: PyObject;
  try {
    r = f(o);
  } finally {
    Py_LeaveRecursiveCall();
  }
  if (!(r instanceof PyUnicodeObject)) {
    Py_DECREF(r);
    throw PyErr_Format(PyExc_TypeError, `__str__ returned non-string (type ${r.ob_type.tp_name})`);
  }
  return r;
}

export function PyObject_ASCII(o: PyObject): PyObject {
  const r = PyObject_Repr(o);
  const s = (r as PyUnicodeObject).str;
  if ((r as PyUnicodeObject).kind === 1) return r;
  Py_DECREF(r);
  return PyUnicode_FromString(asciiEscape(s));
}

function asciiEscape(s: string): string {
  return escapeNonAscii(s);
}

// ---------------------------------------------------------------- hash / truth

export function PyObject_Hash(o: PyObject): number {
  // A hash that is not folded leaves the register alone: clear it, so that
  // hashHi() of this hash never reads an earlier one's high half.
  hashReg.folded = NaN;
  const t = o.ob_type;
  if (t === PyUnicode_Type) {
    const u = o as PyUnicodeObject;
    if (u.hash !== -1) return recallHash(u.hash, u.hashHi);
  }
  const f = t.tp_hash;
  if (f === null) throw PyErr_Format(PyExc_TypeError, `unhashable type: '${t.tp_name}'`);
  return f(o);
}

export function PyObject_IsTrue(o: PyObject): boolean {
  if (o === Py_True) return true;
  if (o === Py_False || o === Py_None) return false;
  const t = o.ob_type;
  if (t.nb_bool !== null) return t.nb_bool(o);
  if (t.mp_length !== null) return t.mp_length(o) > 0;
  if (t.sq_length !== null) return t.sq_length(o) > 0;
  return true;
}

export function PyObject_Not(o: PyObject): boolean {
  return !PyObject_IsTrue(o);
}

// ---------------------------------------------------------------- comparison

const swappedOp = [Py_GT, Py_GE, Py_EQ, Py_NE, Py_LT, Py_LE];
const opStrings = ["<", "<=", "==", "!=", ">", ">="];

/** v <op> w: a new reference (any object, not just a bool). */
export function PyObject_RichCompare(v: PyObject, w: PyObject, op: number): PyObject {
  Py_EnterRecursiveCall(" in comparison");
  try {
    return do_richcompare(v, w, op);
  } finally {
    Py_LeaveRecursiveCall();
  }
}

/** A comparison without the recursion check: what 3.11's specialized
 *  COMPARE_OP_*_JUMP forms compute (ceval.ts decides when they apply). */
export function _PyObject_RichCompareUnchecked(v: PyObject, w: PyObject, op: number): PyObject {
  return do_richcompare(v, w, op);
}

function do_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  const vt = v.ob_type;
  const wt = w.ob_type;
  let checkedReverse = false;
  if (vt !== wt && PyType_IsSubtype(wt, vt) && wt.tp_richcompare !== null) {
    checkedReverse = true;
    const r = wt.tp_richcompare(w, v, swappedOp[op]);
    if (r !== Py_NotImplemented) return r;
    Py_DECREF(r);
  }
  if (vt.tp_richcompare !== null) {
    const r = vt.tp_richcompare(v, w, op);
    if (r !== Py_NotImplemented) return r;
    Py_DECREF(r);
  }
  if (!checkedReverse && wt.tp_richcompare !== null) {
    const r = wt.tp_richcompare(w, v, swappedOp[op]);
    if (r !== Py_NotImplemented) return r;
    Py_DECREF(r);
  }
  let res: PyObject;
  if (op === Py_EQ) res = v === w ? Py_True : Py_False;
  else if (op === Py_NE) res = v !== w ? Py_True : Py_False;
  else {
    throw PyErr_Format(
      PyExc_TypeError,
      `'${opStrings[op]}' not supported between instances of '${vt.tp_name}' and '${wt.tp_name}'`,
    );
  }
  res.ob_refcnt++;
  return res;
}

/** v <op> w as a boolean; identity implies equality for == and !=. */
export function PyObject_RichCompareBool(v: PyObject, w: PyObject, op: number): boolean {
  if (v === w) {
    if (op === Py_EQ) return true;
    if (op === Py_NE) return false;
  }
  if (
    v instanceof PyLongObject &&
    w instanceof PyLongObject &&
    v.ob_type === PyLong_Type &&
    w.ob_type === PyLong_Type &&
    v.big === null &&
    w.big === null &&
    tstate.depth < tstate.limit // the level PyObject_RichCompare counts
  ) {
    const a = v.v;
    const b = w.v;
    switch (op) {
      case Py_LT:
        return a < b;
      case Py_LE:
        return a <= b;
      case Py_EQ:
        return a === b;
      case Py_NE:
        return a !== b;
      case Py_GT:
        return a > b;
      default:
        return a >= b;
    }
  }
  const r = PyObject_RichCompare(v, w, op);
  if (r === Py_True) {
    _Py_DECREF_NO_DEALLOC(r);
    return true;
  }
  if (r === Py_False) {
    _Py_DECREF_NO_DEALLOC(r);
    return false;
  }
  try {
    return PyObject_IsTrue(r);
  } finally {
    Py_DECREF(r);
  }
}

// ---------------------------------------------------------------- numbers

function notImpl(): PyObject {
  Py_NotImplemented.ob_refcnt++;
  return Py_NotImplemented;
}

type InplaceSlotName =
  | "nb_inplace_add"
  | "nb_inplace_subtract"
  | "nb_inplace_multiply"
  | "nb_inplace_remainder"
  | "nb_inplace_lshift"
  | "nb_inplace_rshift"
  | "nb_inplace_and"
  | "nb_inplace_xor"
  | "nb_inplace_or"
  | "nb_inplace_floor_divide"
  | "nb_inplace_true_divide"
  | "nb_inplace_matrix_multiply";

/** binary_op1: NotImplemented if neither operand supports the operation. */
function binary_op1(v: PyObject, w: PyObject, slot: BinarySlotName): PyObject {
  const vt = v.ob_type;
  const wt = w.ob_type;
  const slotv = vt[slot];
  let slotw: binaryfunc | null = null;
  if (wt !== vt) {
    slotw = wt[slot];
    if (slotw === slotv) slotw = null;
  }
  if (slotv !== null) {
    if (slotw !== null && PyType_IsSubtype(wt, vt)) {
      const x = slotw(v, w);
      if (x !== Py_NotImplemented) return x;
      Py_DECREF(x);
      slotw = null;
    }
    const x = slotv(v, w);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  if (slotw !== null) {
    const x = slotw(v, w);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  return notImpl();
}

function binopTypeError(v: PyObject, w: PyObject, opName: string): never {
  throw PyErr_Format(
    PyExc_TypeError,
    `unsupported operand type(s) for ${opName}: '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'`,
  );
}

function binary_op(v: PyObject, w: PyObject, slot: BinarySlotName, opName: string): PyObject {
  const r = binary_op1(v, w, slot);
  if (r === Py_NotImplemented) {
    Py_DECREF(r);
    binopTypeError(v, w, opName);
  }
  return r;
}

/** binary_iop1: the in-place slot of v first, then binary_op1. */
function binary_iop1(v: PyObject, w: PyObject, islot: InplaceSlotName, slot: BinarySlotName): PyObject {
  const f = v.ob_type[islot];
  if (f !== null) {
    const x = f(v, w);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  return binary_op1(v, w, slot);
}

function binary_iop(v: PyObject, w: PyObject, islot: InplaceSlotName, slot: BinarySlotName, opName: string): PyObject {
  const r = binary_iop1(v, w, islot, slot);
  if (r === Py_NotImplemented) {
    Py_DECREF(r);
    binopTypeError(v, w, opName);
  }
  return r;
}

export function PyNumber_Add(v: PyObject, w: PyObject): PyObject {
  if (v.ob_type === PyLong_Type && w.ob_type === PyLong_Type) {
    const a = v as PyLongObject;
    const b = w as PyLongObject;
    if (a.big === null && b.big === null) {
      const r = a.v + b.v;
      if (r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER) return PyLong_Type.nb_add!(v, w);
    }
  }
  const r = binary_op1(v, w, "nb_add");
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  const concat = v.ob_type.sq_concat;
  if (concat !== null) return concat(v, w);
  binopTypeError(v, w, "+");
}

export function PyNumber_Subtract(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_subtract", "-");
}
export function PyNumber_Remainder(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_remainder", "%");
}
export function PyNumber_Divmod(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_divmod", "divmod()");
}
export function PyNumber_Lshift(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_lshift", "<<");
}
export function PyNumber_Rshift(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_rshift", ">>");
}
export function PyNumber_And(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_and", "&");
}
export function PyNumber_Xor(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_xor", "^");
}
export function PyNumber_Or(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_or", "|");
}
export function PyNumber_FloorDivide(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_floor_divide", "//");
}
export function PyNumber_TrueDivide(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_true_divide", "/");
}
export function PyNumber_MatrixMultiply(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_matrix_multiply", "@");
}

/** sequence_repeat: `seq * n` once the number slots declined. */
function sequence_repeat(repeat: repeatfunc, seq: PyObject, n: PyObject): PyObject {
  if (!PyIndex_Check(n)) {
    throw PyErr_Format(PyExc_TypeError, `can't multiply sequence by non-int of type '${n.ob_type.tp_name}'`);
  }
  return repeat(seq, PyNumber_AsSsize_t(n, PyExc_OverflowError));
}

export function PyNumber_Multiply(v: PyObject, w: PyObject): PyObject {
  const r = binary_op1(v, w, "nb_multiply");
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  const mv = findSlot(sqRepeat, v.ob_type);
  if (mv !== null) return sequence_repeat(mv, v, w);
  const mw = findSlot(sqRepeat, w.ob_type);
  if (mw !== null) return sequence_repeat(mw, w, v);
  binopTypeError(v, w, "*");
}

/** pow(v, w[, z]) / v ** w. */
export function PyNumber_Power(v: PyObject, w: PyObject, z: PyObject = Py_None): PyObject {
  const r = ternary_op(v, w, z, false);
  if (r === Py_NotImplemented) {
    Py_DECREF(r);
    if (z === Py_None) binopTypeError(v, w, "** or pow()");
    throw PyErr_Format(
      PyExc_TypeError,
      `unsupported operand type(s) for ** or pow(): '${v.ob_type.tp_name}', '${w.ob_type.tp_name}', '${z.ob_type.tp_name}'`,
    );
  }
  return r;
}

function ternary_op(v: PyObject, w: PyObject, z: PyObject, inplace: boolean): PyObject {
  const vt = v.ob_type;
  const wt = w.ob_type;
  if (inplace && vt.nb_inplace_power !== null) {
    const x = vt.nb_inplace_power(v, w, z);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  const slotv = vt.nb_power;
  let slotw = wt !== vt ? wt.nb_power : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && PyType_IsSubtype(wt, vt)) {
      const x = slotw(v, w, z);
      if (x !== Py_NotImplemented) return x;
      Py_DECREF(x);
      slotw = null;
    }
    const x = slotv(v, w, z);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  if (slotw !== null) {
    const x = slotw(v, w, z);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  if (z !== Py_None) {
    const slotz = z.ob_type.nb_power;
    if (slotz !== null && slotz !== slotv && slotz !== slotw) {
      const x = slotz(v, w, z);
      if (x !== Py_NotImplemented) return x;
      Py_DECREF(x);
    }
  }
  return notImpl();
}

export function PyNumber_InPlaceAdd(v: PyObject, w: PyObject): PyObject {
  const r = binary_iop1(v, w, "nb_inplace_add", "nb_add");
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  const ic = findSlot(sqInplaceConcat, v.ob_type);
  if (ic !== null) return ic(v, w);
  const concat = v.ob_type.sq_concat;
  if (concat !== null) return concat(v, w);
  binopTypeError(v, w, "+=");
}

export function PyNumber_InPlaceMultiply(v: PyObject, w: PyObject): PyObject {
  const r = binary_iop1(v, w, "nb_inplace_multiply", "nb_multiply");
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  const ir = findSlot(sqInplaceRepeat, v.ob_type);
  if (ir !== null) return sequence_repeat(ir, v, w);
  const mv = findSlot(sqRepeat, v.ob_type);
  if (mv !== null) return sequence_repeat(mv, v, w);
  const mw = findSlot(sqRepeat, w.ob_type);
  if (mw !== null) return sequence_repeat(mw, w, v);
  binopTypeError(v, w, "*=");
}

export function PyNumber_InPlaceSubtract(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, "nb_inplace_subtract", "nb_subtract", "-=");
}
export function PyNumber_InPlaceRemainder(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, "nb_inplace_remainder", "nb_remainder", "%=");
}
export function PyNumber_InPlaceLshift(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, "nb_inplace_lshift", "nb_lshift", "<<=");
}
export function PyNumber_InPlaceRshift(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, "nb_inplace_rshift", "nb_rshift", ">>=");
}
export function PyNumber_InPlaceAnd(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, "nb_inplace_and", "nb_and", "&=");
}
export function PyNumber_InPlaceXor(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, "nb_inplace_xor", "nb_xor", "^=");
}
export function PyNumber_InPlaceOr(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, "nb_inplace_or", "nb_or", "|=");
}
export function PyNumber_InPlaceFloorDivide(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, "nb_inplace_floor_divide", "nb_floor_divide", "//=");
}
export function PyNumber_InPlaceTrueDivide(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, "nb_inplace_true_divide", "nb_true_divide", "/=");
}
export function PyNumber_InPlaceMatrixMultiply(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, "nb_inplace_matrix_multiply", "nb_matrix_multiply", "@=");
}
export function PyNumber_InPlacePower(v: PyObject, w: PyObject, z: PyObject = Py_None): PyObject {
  const r = ternary_op(v, w, z, true);
  if (r === Py_NotImplemented) {
    Py_DECREF(r);
    binopTypeError(v, w, "**=");
  }
  return r;
}

function unaryError(o: PyObject, what: string): never {
  throw PyErr_Format(PyExc_TypeError, `bad operand type for ${what}: '${o.ob_type.tp_name}'`);
}

export function PyNumber_Negative(o: PyObject): PyObject {
  const f = o.ob_type.nb_negative;
  if (f === null) unaryError(o, "unary -");
  return f(o);
}
export function PyNumber_Positive(o: PyObject): PyObject {
  const f = o.ob_type.nb_positive;
  if (f === null) unaryError(o, "unary +");
  return f(o);
}
export function PyNumber_Invert(o: PyObject): PyObject {
  const f = o.ob_type.nb_invert;
  if (f === null) unaryError(o, "unary ~");
  return f(o);
}
export function PyNumber_Absolute(o: PyObject): PyObject {
  const f = o.ob_type.nb_absolute;
  if (f === null) unaryError(o, "abs()");
  return f(o);
}

export function PyIndex_Check(o: PyObject): boolean {
  return o.ob_type.nb_index !== null;
}

/** operator.index(o): an int (new reference). */
export function PyNumber_Index(o: PyObject): PyObject {
  if (o instanceof PyLongObject) {
    if (o.ob_type === PyLong_Type) {
      Py_INCREF(o);
      return o;
    }
  }
  const f = o.ob_type.nb_index;
  if (f === null) {
    throw PyErr_Format(PyExc_TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  const r = f(o);
  if (!(r instanceof PyLongObject)) {
    Py_DECREF(r);
    throw PyErr_Format(PyExc_TypeError, `__index__ returned non-int (type ${r.ob_type.tp_name})`);
  }
  return r;
}

/**
 * PyNumber_AsSsize_t: the index value of `o` as a JS number. Values beyond
 * Py_ssize_t raise `exc` ("cannot fit 'int' into an index-sized integer"),
 * or are clamped when `exc` is null. Values between 2**53 and 2**63 are
 * returned approximately (they are only ever sizes that then fail).
 */
export function PyNumber_AsSsize_t(o: PyObject, exc: PyTypeObject | null): number {
  if (o instanceof PyLongObject && o.big === null) return o.v;
  const i = PyNumber_Index(o) as PyLongObject;
  try {
    if (i.big === null) return i.v;
    const b = i.big;
    if (b >= -(2n ** 63n) && b < 2n ** 63n) return Number(b);
    if (exc === null) return b < 0n ? -(2 ** 63) : 2 ** 63 - 1;
    throw PyErr_Format(exc, `cannot fit '${o.ob_type.tp_name}' into an index-sized integer`);
  } finally {
    Py_DECREF(i);
  }
}

/** int(o) (new reference), CPython's PyNumber_Long. */
export function PyNumber_Long(o: PyObject): PyObject {
  const t = o.ob_type;
  if (t === PyLong_Type) {
    Py_INCREF(o);
    return o;
  }
  if (t.nb_int !== null) {
    const r = t.nb_int(o);
    if (!(r instanceof PyLongObject)) {
      Py_DECREF(r);
      throw PyErr_Format(PyExc_TypeError, `__int__ returned non-int (type ${r.ob_type.tp_name})`);
    }
    if (r.ob_type !== PyLong_Type) {
      const e = r.big === null ? PyLong_FromBigInt(BigInt(r.v)) : PyLong_FromBigInt(r.big);
      Py_DECREF(r);
      return e;
    }
    return r;
  }
  if (t.nb_index !== null) return PyNumber_Index(o);
  const trunc = _PyObject_LookupSpecialString(o, "__trunc__");
  if (trunc !== null) {
    let r: PyObject;
    try {
      r = PyObject_Call(trunc, [], null);
    } finally {
      Py_DECREF(trunc);
    }
    if (r instanceof PyLongObject) return r;
    try {
      return PyNumber_Index(r);
    } finally {
      Py_DECREF(r);
    }
  }
  if (o instanceof PyUnicodeObject) return _PyLong_FromString(o.str, 10, o);
  const data = bufferBytes(o);
  if (data !== null) {
    // _PyLong_FromBytes: the error shows the text as a bytes object.
    const b = PyBytes_FromStringAndSize(data.slice());
    try {
      return _PyLong_FromString(asciiText(data), 10, b);
    } finally {
      Py_DECREF(b);
    }
  }
  throw PyErr_Format(
    PyExc_TypeError,
    `int() argument must be a string, a bytes-like object or a real number, not '${t.tp_name}'`,
  );
}

/** float(o) (new reference), CPython's PyNumber_Float. */
export function PyNumber_Float(o: PyObject): PyObject {
  const t = o.ob_type;
  if (t === PyFloat_Type) {
    Py_INCREF(o);
    return o;
  }
  if (t.nb_float !== null) {
    const r = t.nb_float(o);
    if (!(r instanceof PyFloatObject)) {
      Py_DECREF(r);
      throw PyErr_Format(PyExc_TypeError, `${t.tp_name}.__float__ returned non-float (type ${r.ob_type.tp_name})`);
    }
    if (r.ob_type !== PyFloat_Type) {
      const e = PyFloat_FromDouble(r.ob_fval);
      Py_DECREF(r);
      return e;
    }
    return r;
  }
  if (t.nb_index !== null) {
    const i = PyNumber_Index(o) as PyLongObject;
    try {
      return PyFloat_FromDouble(i.big === null ? i.v : Number(i.big));
    } finally {
      Py_DECREF(i);
    }
  }
  if (o instanceof PyUnicodeObject) return PyFloat_FromString(o);
  const data = bufferBytes(o);
  if (data !== null) {
    const v = parseFloatText(asciiText(data));
    if (v === null) {
      const r = PyObject_Repr(o);
      try {
        throw PyErr_Format(PyExc_ValueError, `could not convert string to float: ${(r as PyUnicodeObject).str}`);
      } finally {
        Py_DECREF(r);
      }
    }
    return PyFloat_FromDouble(v);
  }
  throw PyErr_Format(PyExc_TypeError, `float() argument must be a string or a real number, not '${t.tp_name}'`);
}

/** The bytes of a bytes-like object (a copy not needed: read at once), or
 *  null for an object exporting no buffer. */
function bufferBytes(o: PyObject): Uint8Array | null {
  if (!PyObject_CheckBuffer(o)) return null;
  const view = PyObject_GetBuffer(o, 0);
  try {
    return PyBuffer_ToContiguous(view);
  } finally {
    PyBuffer_Release(view);
  }
}

/** Bytes read as the C parsers read them: ASCII, any other byte a
 *  character that is neither digit nor space. */
function asciiText(data: Uint8Array): string {
  let text = "";
  for (const c of data) text += String.fromCharCode(c < 0x80 ? c : 0xfffd);
  return text;
}

// ---------------------------------------------------------------- containers

export function PyObject_Size(o: PyObject): number {
  const t = o.ob_type;
  if (t.sq_length !== null) return t.sq_length(o);
  if (t.mp_length !== null) return t.mp_length(o);
  throw PyErr_Format(PyExc_TypeError, `object of type '${t.tp_name}' has no len()`);
}
export const PyObject_Length = PyObject_Size;

export function _PyObject_HasLen(o: PyObject): boolean {
  return o.ob_type.sq_length !== null || o.ob_type.mp_length !== null;
}

/** PY_SSIZE_T_MAX (a length hint must fit a Py_ssize_t). */
const PY_SSIZE_T_MAX = (1n << 63n) - 1n;

/**
 * PyObject_LengthHint: len(o) (a TypeError from it ignored), else
 * o.__length_hint__() (a TypeError from the call, or NotImplemented,
 * gives `dflt`), else `dflt`. The hint must be an int >= 0 that fits a
 * Py_ssize_t.
 */
export function PyObject_LengthHint(o: PyObject, dflt: number): number {
  if (_PyObject_HasLen(o)) {
    try {
      return PyObject_Size(o);
    } catch (e) {
      if (!PyErr_ExceptionMatches(e, PyExc_TypeError)) throw e;
      Py_DECREF(e as PyObject);
    }
  }
  const f = lengthHints.get(o.ob_type);
  if (f !== undefined) {
    // _PyObject_LookupSpecial binds the type's `__length_hint__` method
    // descriptor: a bound method CPython allocates, calls and frees.
    _PyObject_GC_LinkUnrepresented(PyCFunction_Type, 56);
    try {
      return f(o);
    } finally {
      _PyObject_GC_UnlinkUnrepresented(PyCFunction_Type);
    }
  }
  const hint = _PyObject_LookupSpecialString(o, "__length_hint__");
  if (hint === null) return dflt;
  let r: PyObject;
  try {
    r = PyObject_Call(hint, [], null);
  } catch (e) {
    if (!PyErr_ExceptionMatches(e, PyExc_TypeError)) throw e;
    Py_DECREF(e as PyObject);
    return dflt;
  } finally {
    Py_DECREF(hint);
  }
  try {
    if (r === Py_NotImplemented) return dflt;
    if (!(r instanceof PyLongObject)) {
      throw PyErr_Format(PyExc_TypeError, `__length_hint__ must be an integer, not ${r.ob_type.tp_name}`);
    }
    const n = r.big === null ? r.v : r.big;
    if (n > PY_SSIZE_T_MAX || n < -PY_SSIZE_T_MAX - 1n) {
      throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    if (n < 0) throw PyErr_Format(PyExc_ValueError, "__length_hint__() should return >= 0");
    return Number(n);
  } finally {
    Py_DECREF(r);
  }
}

/** PyMapping_Check: the type has a subscript slot. */
export function PyMapping_Check(o: PyObject): boolean {
  return o.ob_type.mp_subscript !== null;
}

export function PySequence_Check(o: PyObject): boolean {
  return o.ob_type.sq_item !== null && o.ob_type.tp_name !== "dict";
}

/** o[i] for a sequence, negative i counted from the end. */
export function PySequence_GetItem(o: PyObject, i: number): PyObject {
  const t = o.ob_type;
  if (t.sq_item !== null) {
    if (i < 0 && t.sq_length !== null) i += t.sq_length(o);
    return t.sq_item(o, i);
  }
  if (t.mp_subscript !== null) {
    const k = PyLong_FromBigInt(BigInt(i));
    try {
      return t.mp_subscript(o, k);
    } finally {
      Py_DECREF(k);
    }
  }
  throw PyErr_Format(PyExc_TypeError, `'${t.tp_name}' object does not support indexing`);
}

export function PyObject_GetItem(o: PyObject, key: PyObject): PyObject {
  const t = o.ob_type;
  if (t.mp_subscript !== null) return t.mp_subscript(o, key);
  if (t.sq_item !== null) {
    if (PyIndex_Check(key)) {
      let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
      if (i < 0 && t.sq_length !== null) i += t.sq_length(o);
      return t.sq_item(o, i);
    }
    throw PyErr_Format(PyExc_TypeError, `sequence index must be integer, not '${key.ob_type.tp_name}'`);
  }
  if (o instanceof PyTypeObject) {
    // type[int] is special-cased (so that str[int] still fails).
    if (o === PyType_Type) return Py_GenericAlias(o, key);
    const meth = _PyType_LookupString(o, "__class_getitem__");
    if (meth !== null) {
      const get = meth.ob_type.tp_descr_get;
      const bound = get !== null ? get(meth, null, o) : Py_NewRef(meth);
      try {
        return PyObject_Call(bound, [key], null);
      } finally {
        Py_DECREF(bound);
      }
    }
    throw PyErr_Format(PyExc_TypeError, `type '${o.tp_name}' is not subscriptable`);
  }
  throw PyErr_Format(PyExc_TypeError, `'${t.tp_name}' object is not subscriptable`);
}

export function PyObject_SetItem(o: PyObject, key: PyObject, value: PyObject): void {
  const f = o.ob_type.mp_ass_subscript;
  if (f === null) {
    throw PyErr_Format(PyExc_TypeError, `'${o.ob_type.tp_name}' object does not support item assignment`);
  }
  f(o, key, value);
}

export function PyObject_DelItem(o: PyObject, key: PyObject): void {
  const f = o.ob_type.mp_ass_subscript;
  if (f === null) {
    throw PyErr_Format(PyExc_TypeError, `'${o.ob_type.tp_name}' object does not support item deletion`);
  }
  f(o, key, null);
}

export function PyObject_GetIter(o: PyObject): PyObject {
  const t = o.ob_type;
  const f = t.tp_iter;
  if (f === null) {
    if (t.sq_item !== null && PySequence_Check(o)) return PySeqIter_New(o);
    throw PyErr_Format(PyExc_TypeError, `'${t.tp_name}' object is not iterable`);
  }
  const it = f(o);
  if (it.ob_type.tp_iternext === null) {
    const name = it.ob_type.tp_name;
    Py_DECREF(it);
    throw PyErr_Format(PyExc_TypeError, `iter() returned non-iterator of type '${name}'`);
  }
  return it;
}

/** The next item (new reference) or null when exhausted. A StopIteration
 *  raised by the iterator is swallowed here. Every native consumer of an
 *  iterator comes here, so this is where a limit or an interrupt stops
 *  one that never ends (`any(iter(int, 1))`, `sum(itertools.count())`). */
export function PyIter_Next(it: PyObject): PyObject | null {
  const f = it.ob_type.tp_iternext;
  if (f === null) throw PyErr_Format(PyExc_TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
  _Py_CheckInterrupt();
  try {
    return f(it);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, PyExc_StopIteration)) {
      Py_DECREF(e as PyObject);
      return null;
    }
    throw e;
  }
}

/** `item in container`. */
export function PySequence_Contains(container: PyObject, item: PyObject): boolean {
  const t = container.ob_type;
  if (t.sq_contains !== null) return t.sq_contains(container, item);
  return _PySequence_IterSearch(container, item, PY_ITERSEARCH_CONTAINS) === 1;
}

const PY_ITERSEARCH_COUNT = 1;
const PY_ITERSEARCH_INDEX = 2;
const PY_ITERSEARCH_CONTAINS = 3;

/**
 * _PySequence_IterSearch: iterate `seq` comparing each item `== obj`
 * (item on the left); how many are equal (COUNT), the index of the
 * first (INDEX: a ValueError when there is none) or 1/0 (CONTAINS). A
 * `seq` that cannot be iterated is named as the argument of `in`.
 */
function _PySequence_IterSearch(seq: PyObject, obj: PyObject, operation: number): number {
  let it: PyObject;
  try {
    it = PyObject_GetIter(seq);
  } catch (e) {
    if (!PyErr_ExceptionMatches(e, PyExc_TypeError)) throw e;
    Py_DECREF(e as PyObject);
    throw PyErr_Format(PyExc_TypeError, `argument of type '${seq.ob_type.tp_name}' is not iterable`);
  }
  try {
    let n = 0;
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) {
      let equal: boolean;
      try {
        equal = PyObject_RichCompareBool(x, obj, Py_EQ);
      } finally {
        Py_DECREF(x);
      }
      if (equal) {
        if (operation === PY_ITERSEARCH_CONTAINS) return 1;
        if (operation === PY_ITERSEARCH_INDEX) return n;
      }
      if (equal || operation === PY_ITERSEARCH_INDEX) n++;
    }
    if (operation === PY_ITERSEARCH_INDEX) {
      throw PyErr_Format(PyExc_ValueError, "sequence.index(x): x not in sequence");
    }
    return operation === PY_ITERSEARCH_COUNT ? n : 0;
  } finally {
    Py_DECREF(it);
  }
}

/** PySequence_Count: how many items of `seq` equal `value`. */
export function PySequence_Count(seq: PyObject, value: PyObject): number {
  return _PySequence_IterSearch(seq, value, PY_ITERSEARCH_COUNT);
}

/** PySequence_Index: the index of the first item of `seq` equal to
 *  `value` (ValueError when none is). */
export function PySequence_Index(seq: PyObject, value: PyObject): number {
  return _PySequence_IterSearch(seq, value, PY_ITERSEARCH_INDEX);
}

/** PySequence_Concat: `s + o` for sequences: the type's concat slot,
 *  else `+` when both are sequences (classes defining `__add__`). */
export function PySequence_Concat(s: PyObject, o: PyObject): PyObject {
  const concat = s.ob_type.sq_concat;
  if (concat !== null) return concat(s, o);
  if (PySequence_Check(s) && PySequence_Check(o)) {
    const r = binary_op1(s, o, "nb_add");
    if (r !== Py_NotImplemented) return r;
    Py_DECREF(r);
  }
  throw PyErr_Format(PyExc_TypeError, `'${s.ob_type.tp_name}' object can't be concatenated`);
}

/** PySequence_InPlaceConcat: `s += o` for sequences: the in-place
 *  concat slot, the concat slot, else `+=` when both are sequences. */
export function PySequence_InPlaceConcat(s: PyObject, o: PyObject): PyObject {
  const ic = findSlot(sqInplaceConcat, s.ob_type);
  if (ic !== null) return ic(s, o);
  const concat = s.ob_type.sq_concat;
  if (concat !== null) return concat(s, o);
  if (PySequence_Check(s) && PySequence_Check(o)) {
    const r = binary_iop1(s, o, "nb_inplace_add", "nb_add");
    if (r !== Py_NotImplemented) return r;
    Py_DECREF(r);
  }
  throw PyErr_Format(PyExc_TypeError, `'${s.ob_type.tp_name}' object can't be concatenated`);
}

/** tuple(o) (new reference). */
export function PySequence_Tuple(o: PyObject): PyObject {
  if (o.ob_type === PyTuple_Type) {
    Py_INCREF(o);
    return o;
  }
  if (o instanceof PyListObject || o instanceof PyTupleObject) return _PyTuple_FromArray(o.ob_item);
  const items: PyObject[] = [];
  const it = PyObject_GetIter(o);
  try {
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) items.push(x);
  } catch (e) {
    for (const x of items) Py_DECREF(x);
    throw e;
  } finally {
    Py_DECREF(it);
  }
  return _PyTuple_FromArraySteal(items);
}

/** list(o) (new reference). */
export function PySequence_List(o: PyObject): PyObject {
  return PySequence_List_impl(o);
}

// ---------------------------------------------------------------- format

/** format(obj, spec) (new reference); spec is a str object. */
export function PyObject_Format(obj: PyObject, spec: PyObject): PyObject {
  const s = (spec as PyUnicodeObject).str;
  const t = obj.ob_type;
  if (s.length === 0) {
    if (t === PyUnicode_Type) {
      Py_INCREF(obj);
      return obj;
    }
    if (t === PyLong_Type) return PyObject_Str(obj);
  }
  if (t === PyUnicode_Type) return PyUnicode_FromString(formatStr((obj as PyUnicodeObject).str, s));
  if (t === PyLong_Type) return PyUnicode_FromString(formatLong(obj as PyLongObject, s));
  if (t === PyFloat_Type) return PyUnicode_FromString(formatFloat((obj as PyFloatObject).ob_fval, s, "float"));
  const meth = _PyObject_LookupSpecialString(obj, "__format__");
  if (meth === null) {
    if (s.length === 0) return PyObject_Str(obj);
    throw PyErr_Format(PyExc_TypeError, `unsupported format string passed to ${t.tp_name}.__format__`);
  }
  let r: PyObject;
  try {
    r = PyObject_Call(meth, [spec], null);
  } finally {
    Py_DECREF(meth);
  }
  if (!(r instanceof PyUnicodeObject)) {
    const name = r.ob_type.tp_name;
    Py_DECREF(r);
    throw PyErr_Format(PyExc_TypeError, `__format__ must return a str, not ${name}`);
  }
  return r;
}
