/**
 * Argument parsing for built-in functions and methods: CPython's
 * Python/getargs.c and the checks Argument Clinic generates, so every
 * built-in rejects a bad call with CPython 3.11's words. One
 * implementation of each check lives here:
 *
 *  - `_PyArg_NoKwnames`: "NAME() takes no keyword arguments";
 *  - `_PyArg_CheckPositional` (functions taking *args-style positional
 *    arguments): "sorted expected 1 argument, got 0", "range expected at
 *    most 3 arguments, got 4";
 *  - `checkPositional`: both of those, the prologue of a positional-only
 *    method implemented as METH_FASTCALL, worded as METH_O and
 *    METH_NOARGS are for one and for no argument;
 *  - `_PyArg_UnpackKeywords` with a `_PyArg_Parser` (clinic-generated
 *    parsers with keywords): "round() takes at most 2 arguments (3
 *    given)", "round() missing required argument 'number' (pos 1)",
 *    "'x' is an invalid keyword argument for round()".
 *
 * Calls arrive in the vectorcall layout (typeobject.ts): positional
 * arguments, then the values of the keyword arguments whose names are in
 * `kwnames` (a tuple of str, or null). Nothing here allocates on the
 * success path except the buffer a caller passes to _PyArg_UnpackKeywords.
 */
import type { PyObject } from "../heap/object.js";
import { PyExc_TypeError } from "./exceptions.js";
import { PyErr_Format } from "./errors.js";
import { PyTuple_GET_ITEM, PyTuple_GET_SIZE, PyTuple_Type } from "./tupleobject.js";
import { _PyObject_GC_LinkUnrepresented } from "../heap/gc.js";
import { PyUnicode_AsString } from "./unicodeobject.js";

/** Number of keyword arguments in a vectorcall call. */
export function nkw(kwnames: PyObject | null): number {
  return kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
}

/** Number of positional arguments in a vectorcall argument array. */
export function nargsOf(args: PyObject[], kwnames: PyObject | null): number {
  return args.length - nkw(kwnames);
}

function plural(n: number): string {
  return n === 1 ? "" : "s";
}

/** CPython's _PyArg_NoKwnames: "NAME() takes no keyword arguments" if
 *  any were given. */
export function _PyArg_NoKwnames(fname: string, kwnames: PyObject | null): void {
  if (kwnames !== null && PyTuple_GET_SIZE(kwnames) > 0) {
    throw PyErr_Format(PyExc_TypeError, `${fname}() takes no keyword arguments`);
  }
}

/** CPython's _PyArg_CheckPositional: between `min` and `max` positional
 *  arguments; `name` without parentheses. */
export function _PyArg_CheckPositional(name: string, nargs: number, min: number, max: number): void {
  if (nargs < min) {
    throw PyErr_Format(
      PyExc_TypeError,
      `${name} expected ${min === max ? "" : "at least "}${min} argument${plural(min)}, got ${nargs}`,
    );
  }
  if (nargs > max) {
    throw PyErr_Format(
      PyExc_TypeError,
      `${name} expected ${min === max ? "" : "at most "}${max} argument${plural(max)}, got ${nargs}`,
    );
  }
}

/**
 * A positional-only method called with the vectorcall arguments: no
 * keywords (_PyArg_NoKwnames), then `min`..`max` positional arguments
 * (_PyArg_CheckPositional), except that a method of exactly one argument
 * or of none is worded as METH_O and METH_NOARGS are: "NAME() takes
 * exactly one argument (2 given)", "NAME() takes no arguments (1 given)".
 */
export function checkPositional(
  fname: string,
  args: PyObject[],
  kwnames: PyObject | null,
  min: number,
  max: number,
): void {
  _PyArg_NoKwnames(fname, kwnames);
  const n = args.length;
  if (min === 1 && max === 1 && n !== 1) {
    throw PyErr_Format(PyExc_TypeError, `${fname}() takes exactly one argument (${n} given)`);
  }
  if (max === 0 && n > 0) {
    throw PyErr_Format(PyExc_TypeError, `${fname}() takes no arguments (${n} given)`);
  }
  _PyArg_CheckPositional(fname, n, min, max);
}

/** "'x' is an invalid keyword argument for NAME()" (getargs.c). */
export function invalidKeyword(fname: string, key: PyObject): PyObject {
  return PyErr_Format(PyExc_TypeError, `'${PyUnicode_AsString(key)}' is an invalid keyword argument for ${fname}()`);
}

/**
 * One function's signature for _PyArg_UnpackKeywords (CPython's
 * `struct _PyArg_Parser`, with the counts clinic passes beside it).
 * `names` lists every parameter in order; the first `required` are
 * required; those before `posonlyEnd` are positional-only (their names
 * may be ""); those from `kwonlyStart` on are keyword-only. `varargs`
 * marks a function whose extra positional arguments go to a `*args`
 * (CPython's _PyArg_UnpackKeywordsWithVararg, print()): its caller passes
 * only the keyword arguments, and no total count is checked.
 */
export interface _PyArg_Parser {
  readonly fname: string;
  readonly names: readonly string[];
  readonly required: number;
  readonly posonlyEnd: number;
  readonly kwonlyStart: number;
  readonly varargs: boolean;
  /** CPython keeps a static `_PyArg_Parser` for the function (Argument
   *  Clinic's, or _PyArg_ParseStackAndKeywords'), whose tuple of keyword
   *  names is made at its first use (see _PyArg_ParserInit); false for a
   *  function CPython parses with PyArg_ParseTupleAndKeywords or by
   *  position only (`nonStaticParser`). */
  readonly static: boolean;
}

/** A parser, made once per function at module level (as CPython's
 *  static `_parser`). A function declaration, so that a module may call
 *  it while this one is still being evaluated (an import cycle). */
export function newArgParser(
  fname: string,
  names: readonly string[],
  required: number,
  posonlyEnd = 0,
  kwonlyStart = -1,
  varargs = false,
): _PyArg_Parser {
  return {
    fname,
    names,
    required,
    posonlyEnd,
    kwonlyStart: kwonlyStart < 0 ? names.length : kwonlyStart,
    varargs,
    static: true,
  };
}

/** `parser` for a function CPython 3.11 parses without a static
 *  _PyArg_Parser (PyArg_ParseTupleAndKeywords, or positional-only
 *  parameters): no tuple of keyword names is ever made for it. */
export function nonStaticParser(parser: _PyArg_Parser): _PyArg_Parser {
  return { ...parser, static: false };
}

/** The static parsers whose tuple of keyword names this run has made. */
const initialisedParsers = new Set<_PyArg_Parser>();

/**
 * parser_init: the first use of a static _PyArg_Parser in the process
 * makes its `kwtuple`, a tuple of the names of the parameters that may be
 * given by keyword (PyTuple_New, so from the freelist when it has one),
 * kept until finalization. Argument Clinic's functions get there only
 * when a call passes keywords (or a wrong count of arguments: the fast
 * path of _PyArg_UnpackKeywords is skipped), print() at every call. refpy
 * counts the allocation as the collector sees it (the tuple itself is not
 * represented: it holds only interned strings, and a collection untracks
 * it). A run is CPython's process: the record starts empty at each run.
 */
export function _PyArg_ParserInit(parser: _PyArg_Parser): void {
  if (!parser.static || initialisedParsers.has(parser)) return;
  initialisedParsers.add(parser);
  const nkw = parser.names.length - parser.posonlyEnd;
  if (nkw > 0) _PyObject_GC_LinkUnrepresented(PyTuple_Type, 24 + 8 * nkw);
}

/** A new run: no static parser has made its tuple yet. */
export function _PyArg_ResetParsers(): void {
  initialisedParsers.clear();
}

/**
 * CPython 3.11's _PyArg_UnpackKeywords: fill `buf` (length >= the
 * parser's names) with the arguments in parameter order, borrowed, null
 * for a parameter not given; returns `buf`. The checks run in CPython's
 * order, so a call with several faults reports the one CPython reports:
 * too many arguments in all, too many positional, too few positional-only,
 * a required argument missing, one given by name and position, then a
 * keyword that names no parameter.
 */
export function _PyArg_UnpackKeywords(
  args: PyObject[],
  kwnames: PyObject | null,
  parser: _PyArg_Parser,
  buf: (PyObject | null)[],
): (PyObject | null)[] {
  const fname = parser.fname;
  const names = parser.names;
  const posonly = parser.posonlyEnd;
  const maxpos = parser.kwonlyStart;
  const maxargs = names.length;
  const minpos = parser.required < maxpos ? parser.required : maxpos;
  const minkw = parser.required > maxpos ? parser.required - maxpos : 0;
  const reqlimit = minkw !== 0 ? maxpos + minkw : minpos;
  const minposonly = posonly < minpos ? posonly : minpos;
  let nk = nkw(kwnames);
  const nargs = args.length - nk;
  for (let i = 0; i < maxargs; i++) buf[i] = i < nargs ? args[i] : null;
  if (nk === 0 && minkw === 0 && minpos <= nargs && nargs <= maxpos) return buf;
  _PyArg_ParserInit(parser);
  if (!parser.varargs && nargs + nk > maxargs) {
    throw PyErr_Format(
      PyExc_TypeError,
      `${fname}() takes at most ${maxargs} ${nargs === 0 ? "keyword " : ""}argument${plural(maxargs)} (${nargs + nk} given)`,
    );
  }
  if (nargs > maxpos) {
    if (maxpos === 0) throw PyErr_Format(PyExc_TypeError, `${fname}() takes no positional arguments`);
    throw PyErr_Format(
      PyExc_TypeError,
      `${fname}() takes ${minpos < maxpos ? "at most" : "exactly"} ${maxpos} positional argument${plural(maxpos)} (${nargs} given)`,
    );
  }
  if (nargs < minposonly) {
    throw PyErr_Format(
      PyExc_TypeError,
      `${fname}() takes ${minposonly < maxpos ? "at least" : "exactly"} ${minposonly} positional argument${plural(minposonly)} (${nargs} given)`,
    );
  }
  for (let i = nargs > posonly ? nargs : posonly; i < maxargs; i++) {
    let current: PyObject | null = null;
    if (nk > 0) current = findKeyword(args, kwnames!, nargs, names[i]);
    else if (i >= reqlimit) break;
    buf[i] = current;
    if (current !== null) nk--;
    else if (i < minpos || (maxpos <= i && i < reqlimit)) {
      throw PyErr_Format(PyExc_TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  if (nk > 0) {
    for (let i = posonly; i < nargs; i++) {
      if (findKeyword(args, kwnames!, nargs, names[i]) !== null) {
        throw PyErr_Format(
          PyExc_TypeError,
          `argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`,
        );
      }
    }
    const n = nkw(kwnames);
    for (let k = 0; k < n; k++) {
      const key = PyTuple_GET_ITEM(kwnames!, k);
      const ks = PyUnicode_AsString(key);
      if (names.indexOf(ks, posonly) < 0) throw invalidKeyword(parser.fname, key);
    }
  }
  return buf;
}

/** The value of keyword argument `name` in a vectorcall call (borrowed),
 *  or null (CPython's find_keyword). */
function findKeyword(args: PyObject[], kwnames: PyObject, nargs: number, name: string): PyObject | null {
  const n = PyTuple_GET_SIZE(kwnames);
  for (let k = 0; k < n; k++) {
    if (PyUnicode_AsString(PyTuple_GET_ITEM(kwnames, k)) === name) return args[nargs + k];
  }
  return null;
}
