/**
 * Argument parsing for built-in functions: the checks and messages of
 * CPython's Python/getargs.c and Argument Clinic output, so every built-in
 * rejects bad calls with the same words as CPython 3.11.
 *
 * Calls arrive in the vectorcall layout (typeobject.ts): positional
 * arguments, then the values of keyword arguments whose names are in
 * `kwnames` (a tuple of str, or null). Nothing here allocates on the success
 * path except `ArgParser.parse`'s caller-provided output array.
 *
 * Two families of message exist in CPython and both are kept:
 *  - `_PyArg_CheckPositional` (functions that take *args style positional
 *    arguments): "sorted expected 1 argument, got 0";
 *  - clinic-generated parsers with keywords (`ArgParser`): "round() takes at
 *    most 2 arguments (3 given)", "round() missing required argument
 *    'number' (pos 1)", "'x' is an invalid keyword argument for round()".
 */
import type { PyObject } from "../heap/object.js";
import { PyExc_TypeError } from "./exceptions.js";
import { PyErr_Format } from "./errors.js";
import { PyTuple_GET_ITEM, PyTuple_GET_SIZE } from "./tupleobject.js";
import { PyUnicode_AsString } from "./unicodeobject.js";

/** Number of positional arguments in a vectorcall argument array. */
export function nargsOf(args: PyObject[], kwnames: PyObject | null): number {
  return kwnames === null ? args.length : args.length - PyTuple_GET_SIZE(kwnames);
}

/** Throw "NAME() takes no keyword arguments" if any were given. */
export function _PyArg_NoKwnames(fname: string, kwnames: PyObject | null): void {
  if (kwnames !== null && PyTuple_GET_SIZE(kwnames) > 0) {
    throw PyErr_Format(PyExc_TypeError, `${fname}() takes no keyword arguments`);
  }
}

function plural(n: number): string {
  return n === 1 ? "" : "s";
}

/** CPython's _PyArg_CheckPositional: `name` without parentheses. */
export function _PyArg_CheckPositional(name: string, nargs: number, min: number, max: number): void {
  if (nargs < min) {
    if (min === max) {
      throw PyErr_Format(PyExc_TypeError, `${name} expected ${min} argument${plural(min)}, got ${nargs}`);
    }
    throw PyErr_Format(PyExc_TypeError, `${name} expected at least ${min} argument${plural(min)}, got ${nargs}`);
  }
  if (nargs > max) {
    if (min === max) {
      throw PyErr_Format(PyExc_TypeError, `${name} expected ${max} argument${plural(max)}, got ${nargs}`);
    }
    throw PyErr_Format(PyExc_TypeError, `${name} expected at most ${max} argument${plural(max)}, got ${nargs}`);
  }
}

/** Check positional count and reject keywords (the common *args built-in). */
export function checkPositionalNoKw(name: string, args: PyObject[], kwnames: PyObject | null,
                                    min: number, max: number): number {
  _PyArg_NoKwnames(name, kwnames);
  _PyArg_CheckPositional(name, args.length, min, max);
  return args.length;
}

/** "'x' is an invalid keyword argument for NAME()" */
export function invalidKeyword(fname: string, key: PyObject): PyObject {
  return PyErr_Format(PyExc_TypeError, `'${PyUnicode_AsString(key)}' is an invalid keyword argument for ${fname}()`);
}

/**
 * A clinic-style parser for one function signature. `names` lists every
 * parameter in order ("" for positional-only ones); the first `required`
 * are required; parameters from `kwonlyStart` on are keyword-only;
 * those before `posonlyEnd` are positional-only.
 */
export class ArgParser {
  fname: string;
  names: string[];
  required: number;
  posonlyEnd: number;
  kwonlyStart: number;

  constructor(fname: string, names: string[], required: number, posonlyEnd = 0, kwonlyStart = -1) {
    this.fname = fname;
    this.names = names;
    this.required = required;
    this.posonlyEnd = posonlyEnd;
    this.kwonlyStart = kwonlyStart < 0 ? names.length : kwonlyStart;
  }

  /** Fill `out` (length >= names.length) with borrowed values or null for
   *  parameters not given. */
  parse(args: PyObject[], kwnames: PyObject | null, out: (PyObject | null)[]): void {
    const nkw = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
    const nargs = args.length - nkw;
    const maxpos = this.kwonlyStart;
    for (let i = 0; i < this.names.length; i++) out[i] = null;
    if (nargs > maxpos) {
      if (maxpos === 0) {
        throw PyErr_Format(PyExc_TypeError, `${this.fname}() takes no positional arguments`);
      }
      const total = this.names.length;
      if (nkw === 0 && total === maxpos && this.required === maxpos) {
        throw PyErr_Format(PyExc_TypeError,
          `${this.fname}() takes exactly ${maxpos} argument${plural(maxpos)} (${nargs} given)`);
      }
      throw PyErr_Format(PyExc_TypeError,
        `${this.fname}() takes at most ${maxpos} argument${plural(maxpos)} (${nargs} given)`);
    }
    for (let i = 0; i < nargs; i++) out[i] = args[i];
    for (let k = 0; k < nkw; k++) {
      const key = PyTuple_GET_ITEM(kwnames!, k);
      const ks = PyUnicode_AsString(key);
      let idx = -1;
      for (let j = this.posonlyEnd; j < this.names.length; j++) {
        if (this.names[j] === ks) {
          idx = j;
          break;
        }
      }
      if (idx < 0) throw invalidKeyword(this.fname, key);
      if (idx < nargs) {
        throw PyErr_Format(PyExc_TypeError,
          `argument for ${this.fname}() given by name ('${ks}') and position (${idx + 1})`);
      }
      out[idx] = args[nargs + k];
    }
    for (let i = 0; i < this.required; i++) {
      if (out[i] === null) {
        if (i < this.posonlyEnd) {
          throw PyErr_Format(PyExc_TypeError,
            `${this.fname}() takes at least ${this.required} positional argument${plural(this.required)} (${nargs} given)`);
        }
        throw PyErr_Format(PyExc_TypeError,
          `${this.fname}() missing required argument '${this.names[i]}' (pos ${i + 1})`);
      }
    }
  }
}
