/**
 * Cell objects (CPython's Objects/cellobject.c): the box a closure variable
 * lives in. A function's `__closure__` is a tuple of cells; the frames of
 * the defining and the inner function both hold the same cell in a fast
 * slot (MAKE_CELL / COPY_FREE_VARS), and LOAD_DEREF / STORE_DEREF read and
 * write `ob_ref`.
 *
 * Invariants: `ob_ref` is an owned reference or null (an empty cell, e.g.
 * a variable not yet assigned). Cells are GC containers (a cell can close a
 * cycle: a function referring to itself through its own closure).
 */
import { PyGCObject, type PyObject, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, Py_XINCREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType } from "./typeobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import { PyUnicode_FromString } from "./unicodeobject.js";
import { PyObject_RichCompare } from "./abstract.js";
import { Py_NotImplemented } from "./noneobject.js";
import { Py_True, Py_False } from "./longobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_ValueError } from "./exceptions.js";

/** CPython 3.11: sizeof(PyCellObject) = 24 (40 with the GC header). */
const CELL_SIZE = 24;

export class PyCellObject extends PyGCObject {
  ob_ref: PyObject | null;
  constructor(ref: PyObject | null) {
    super(PyCell_Type, CELL_SIZE);
    this.ob_ref = ref;
  }
}

function cell_dealloc(self: PyObject): void {
  const op = self as PyCellObject;
  PyObject_GC_UnTrack(op);
  const ref = op.ob_ref;
  op.ob_ref = null;
  Py_XDECREF(ref);
  PyObject_GC_Del(op);
}

export const PyCell_Type = newStaticType("cell", CELL_SIZE, TPFLAGS_HAVE_GC, cell_dealloc);

PyCell_Type.tp_traverse = (self, visit) => {
  const ref = (self as PyCellObject).ob_ref;
  if (ref !== null) visit(ref);
};
PyCell_Type.tp_clear = (self) => {
  const op = self as PyCellObject;
  const ref = op.ob_ref;
  op.ob_ref = null;
  Py_XDECREF(ref);
};
PyCell_Type.tp_repr = (self) => {
  const op = self as PyCellObject;
  const addr = op.ob_addr.toString(16);
  if (op.ob_ref === null) return PyUnicode_FromString(`<cell at 0x${addr}: empty>`);
  const r = op.ob_ref;
  return PyUnicode_FromString(`<cell at 0x${addr}: ${r.ob_type.tp_name} object at 0x${r.ob_addr.toString(16)}>`);
};
PyCell_Type.tp_richcompare = (a, b, op) => {
  if (b.ob_type !== PyCell_Type) return Py_NewRef(Py_NotImplemented);
  const x = (a as PyCellObject).ob_ref;
  const y = (b as PyCellObject).ob_ref;
  if (x !== null && y !== null) return PyObject_RichCompare(x, y, op);
  // Empty cells compare as smaller than full ones (cell_richcompare).
  const ex = x === null ? 0 : 1;
  const ey = y === null ? 0 : 1;
  let r: boolean;
  switch (op) {
    case Py_EQ:
      r = ex === ey;
      break;
    case Py_NE:
      r = ex !== ey;
      break;
    case 0:
      r = ex < ey;
      break;
    case 1:
      r = ex <= ey;
      break;
    case 4:
      r = ex > ey;
      break;
    default:
      r = ex >= ey;
      break;
  }
  return Py_NewRef(r ? Py_True : Py_False);
};

PyCell_Type.tp_getset = [
  {
    name: "cell_contents",
    get: (s) => {
      const ref = (s as PyCellObject).ob_ref;
      if (ref === null) throw PyErr_Format(PyExc_ValueError, "Cell is empty");
      return Py_NewRef(ref);
    },
    set: (s, v) => {
      const c = s as PyCellObject;
      const old = c.ob_ref;
      if (v !== null) Py_INCREF(v);
      c.ob_ref = v;
      Py_XDECREF(old);
    },
  },
];

/** A new cell holding `ref` (borrowed; the cell takes its own reference). */
export function PyCell_New(ref: PyObject | null): PyCellObject {
  Py_XINCREF(ref);
  const cell = new PyCellObject(ref);
  PyObject_GC_Track(cell);
  return cell;
}

/** Borrowed contents, or null when empty. */
export function PyCell_GET(cell: PyObject): PyObject | null {
  return (cell as PyCellObject).ob_ref;
}

/** Store `value` (stolen) in the cell; the old value dies after the store. */
export function PyCell_SetTake(cell: PyObject, value: PyObject | null): void {
  const c = cell as PyCellObject;
  const old = c.ob_ref;
  c.ob_ref = value;
  if (old !== null) Py_DECREF(old);
}
