/**
 * Pickling support shared by the built-in iterators (each type's
 * `__reduce__` and `__setstate__` in CPython's Objects/*.c): an iterator
 * over a sequence by index reduces to `(iter, (seq,), index)` (or
 * `reversed` for the reverse iterators), an exhausted one to `(iter,
 * (empty,))`, and `__setstate__(index)` moves it, clamping the index
 * silently into the sequence's range. `copy.copy`, `copy.deepcopy` and
 * pickle use these.
 */
import type { PyObject } from "../heap/object.js";
import { Py_NewRef } from "../heap/refcount.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_AttributeError, PyExc_TypeError } from "./exceptions.js";
import { PyDict_GetItemString } from "./dictobject.js";
import { PyLong_AsNumber, PyLong_Check, PyLong_FromNumber } from "./longobject.js";
import { _PyTuple_FromArraySteal } from "./tupleobject.js";
import { tstate } from "./pystate.js";

/** _PyEval_GetBuiltin: a builtin by name (a new reference). */
export function _PyEval_GetBuiltin(name: string): PyObject {
  const f = tstate.builtins === null ? null : PyDict_GetItemString(tstate.builtins, name);
  if (f === null) throw PyErr_Format(PyExc_AttributeError, name);
  return Py_NewRef(f);
}

/** `(f, (seq,), index)`: Py_BuildValue("N(O)n", ...); `f` is a new
 *  reference the result takes, `seq` borrowed. */
export function seqIterReduce(f: PyObject, seq: PyObject, index: number): PyObject {
  return _PyTuple_FromArraySteal([f, _PyTuple_FromArraySteal([Py_NewRef(seq)]), PyLong_FromNumber(index)]);
}

/** `(f, (empty,))` for an exhausted iterator; `f` and `empty` are new
 *  references the result takes. */
export function exhaustedIterReduce(f: PyObject, empty: PyObject): PyObject {
  return _PyTuple_FromArraySteal([f, _PyTuple_FromArraySteal([empty])]);
}

/** The index a `__setstate__` is given, as PyLong_AsSsize_t reads it
 *  (an int, no `__index__`), clamped to [lo, hi]. */
export function setstateIndex(state: PyObject, lo: number, hi: number): number {
  if (!PyLong_Check(state)) throw PyErr_Format(PyExc_TypeError, "an integer is required");
  const index = PyLong_AsNumber(state);
  return index < lo ? lo : index > hi ? hi : index;
}
