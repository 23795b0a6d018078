/**
 * Argument parsing for built-in methods (CPython's Python/getargs.c and
 * Argument Clinic's generated checks), over the vectorcall layout:
 * `args` = positional values then keyword values, `kwnames` = tuple of
 * keyword names or null. The error messages are CPython 3.11's.
 */
import type { PyObject } from "../heap/object.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_TypeError } from "./exceptions.js";
import { PyTuple_GET_SIZE, PyTuple_GET_ITEM } from "./tupleobject.js";
import { PyUnicode_AsString } from "./unicodeobject.js";

export function nkw(kwnames: PyObject | null): number {
  return kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
}

/** `fname() takes no keyword arguments` unless kwnames is empty. */
export function noKeywords(fname: string, kwnames: PyObject | null): void {
  if (kwnames !== null && PyTuple_GET_SIZE(kwnames) > 0) {
    throw PyErr_Format(PyExc_TypeError, `${fname}() takes no keyword arguments`);
  }
}

/** Positional-only arguments, between min and max of them, no keywords
 *  (Argument Clinic's `_PyArg_CheckPositional` messages). */
export function checkPositional(fname: string, args: PyObject[], kwnames: PyObject | null,
                                min: number, max: number): void {
  noKeywords(fname, kwnames);
  const n = args.length;
  if (n < min) {
    if (min === max && min === 1 && n === 0) {
      throw PyErr_Format(PyExc_TypeError, `${fname}() takes exactly one argument (0 given)`);
    }
    throw PyErr_Format(PyExc_TypeError,
      `${fname} expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  }
  if (n > max) {
    if (max === 0) {
      throw PyErr_Format(PyExc_TypeError, `${fname}() takes no arguments (${n} given)`);
    }
    if (min === max && max === 1) {
      throw PyErr_Format(PyExc_TypeError, `${fname}() takes exactly one argument (${n} given)`);
    }
    throw PyErr_Format(PyExc_TypeError,
      `${fname} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${n}`);
  }
}

/**
 * Positional-or-keyword parameters `names`, the first `required` of them
 * required, the first `posonly` of them positional-only. Returns one slot
 * per name (borrowed, null when not given).
 */
export function parseArgs(fname: string, args: PyObject[], kwnames: PyObject | null,
                          names: readonly string[], required: number, posonly = 0): (PyObject | null)[] {
  const nk = nkw(kwnames);
  const npos = args.length - nk;
  const out: (PyObject | null)[] = [];
  for (let i = 0; i < names.length; i++) out.push(i < npos ? args[i] : null);
  if (npos > names.length) {
    throw PyErr_Format(PyExc_TypeError,
      `${fname}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${npos} given)`);
  }
  for (let k = 0; k < nk; k++) {
    const kname = PyUnicode_AsString(PyTuple_GET_ITEM(kwnames!, k));
    const idx = names.indexOf(kname);
    if (idx < 0 || idx < posonly) {
      if (idx >= 0 && idx < posonly) {
        throw PyErr_Format(PyExc_TypeError,
          `${fname}() got some positional-only arguments passed as keyword arguments: '${kname}'`);
      }
      throw PyErr_Format(PyExc_TypeError, `${fname}() got an unexpected keyword argument '${kname}'`);
    }
    if (out[idx] !== null) {
      throw PyErr_Format(PyExc_TypeError,
        `argument for ${fname}() given by name ('${kname}') and position (${idx + 1})`);
    }
    out[idx] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === null) {
      if (i < npos || nk > 0 || i >= posonly) {
        throw PyErr_Format(PyExc_TypeError,
          `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      }
      throw PyErr_Format(PyExc_TypeError,
        `${fname}() takes at least ${required} positional argument${required === 1 ? "" : "s"} (${npos} given)`);
    }
  }
  return out;
}
