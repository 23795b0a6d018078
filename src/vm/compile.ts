/**
 * Source to code at run time (CPython's Py_CompileStringObject in
 * Python/pythonrun.c): the parser and compiler report a syntax error as a
 * plain CompileError; here it becomes the Python `SyntaxError` (or
 * `IndentationError` / `TabError`) with CPython's attributes, so `exec`,
 * `eval`, `compile` and the import of a library module raise it like any
 * other exception.
 */
import type { PyObject } from "../heap/object.js";
import { Py_NewRef } from "../heap/refcount.js";
import { CompileError } from "../ast/errors.js";
import type { CodeUnit } from "../bytecode/code.js";
import { parse } from "../../grammar/parse.js";
import { compile, type CompileMode } from "../compiler/compile.js";
import { PyErr_NewWithArgs } from "../objects/errors.js";
import { PyExc_IndentationError, PyExc_SyntaxError, PyExc_TabError } from "../objects/exceptions.js";
import { _PyTuple_FromArraySteal } from "../objects/tupleobject.js";
import { PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyLong_FromNumber } from "../objects/longobject.js";
import { Py_None } from "../objects/noneobject.js";
import { type PyCodeObject, PyCode_FromUnit } from "../objects/codeobject.js";

/** The SyntaxError exception object for a compile error (new reference). */
export function _PyErr_FromCompileError(e: CompileError): PyObject {
  const type =
    e.kind === "IndentationError" ? PyExc_IndentationError : e.kind === "TabError" ? PyExc_TabError : PyExc_SyntaxError;
  const details = _PyTuple_FromArraySteal([
    PyUnicode_FromString(e.filename),
    PyLong_FromNumber(e.lineno),
    PyLong_FromNumber(e.offset),
    e.text === null ? Py_NewRef(Py_None) : PyUnicode_FromString(e.text),
    PyLong_FromNumber(e.end_lineno),
    PyLong_FromNumber(e.end_offset),
  ]);
  const args = _PyTuple_FromArraySteal([PyUnicode_FromString(e.msg), details]);
  return PyErr_NewWithArgs(type, args);
}

/** Parse and compile `source`; a syntax error is thrown as the Python
 *  exception. */
export function _Py_CompileUnit(source: string, filename: string, mode: CompileMode): CodeUnit {
  try {
    return compile(parse(source, filename, mode), filename, mode, source);
  } catch (e) {
    if (e instanceof CompileError) throw _PyErr_FromCompileError(e);
    throw e;
  }
}

/** Py_CompileStringObject: a new code object. */
export function Py_CompileString(source: string, filename: string, mode: CompileMode): PyCodeObject {
  return PyCode_FromUnit(_Py_CompileUnit(source, filename, mode));
}
