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
import { CompileError, setCompileWarningHook } from "../ast/errors.js";
import type { Mod } from "../ast/nodes.js";
import { compileWarning } from "./warn-explicit.js";
import { getSourceText } from "../objects/traceback.js";
import { PyCF_MASK, type CodeUnit } from "../bytecode/code.js";
import { currentFrame } from "../objects/pystate.js";
import { parse } from "../../grammar/parse.js";
import { compile, type CompileMode } from "../compiler/compile.js";
import { PyErr_Format, PyErr_NewWithArgs, PyErr_NoMemory } from "../objects/errors.js";
import {
  PyExc_IndentationError,
  PyExc_RecursionError,
  PyExc_RuntimeError,
  PyExc_SyntaxError,
  PyExc_TabError,
} from "../objects/exceptions.js";
import { CompileLimitError, compileLimits, resetCompileWork } from "../ast/limits.js";
import { heapCheck } from "../heap/allocator.js";
import { tstate } from "../objects/pystate.js";
import { _PyTuple_FromArraySteal } from "../objects/tupleobject.js";
import { PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyLong_FromNumber } from "../objects/longobject.js";
import { Py_None } from "../objects/noneobject.js";
import { type PyCodeObject, PyCode_FromUnit } from "../objects/codeobject.js";

// The compiler's and the parser's warnings go to the warnings machinery.
setCompileWarningHook(compileWarning);

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
    // null: no end column (PyErr_SyntaxLocationObject's errors), None.
    e.end_offset === null ? Py_NewRef(Py_None) : PyLong_FromNumber(e.end_offset),
  ]);
  const args = _PyTuple_FromArraySteal([PyUnicode_FromString(e.msg), details]);
  return PyErr_NewWithArgs(type, args);
}

/** The check the parser and compiler call as they work (src/ast/limits.ts):
 *  past the run's time limit, the eval breaker's RuntimeError; the
 *  structures built so far counted against the heap limit, MemoryError. */
function compileLimitHook(bytes: number): void {
  if (Date.now() > compileLimits.deadline) {
    throw PyErr_Format(PyExc_RuntimeError, `refpy time limit exceeded (${compileLimits.timeLimitMs} ms)`);
  }
  heapCheck(bytes);
}

/**
 * Run a parse or compile `stage` under the limits: the compiler's recursion
 * counters start from the depth of the code asking for it, the time and
 * heap limits are checked as it works, and a limit met becomes the Python
 * exception (RecursionError, MemoryError). A CompileError passes through.
 */
export function _PyCompile_WithLimits<T>(stage: () => T): T {
  const saved = { ...compileLimits };
  compileLimits.startDepth = tstate.depth;
  compileLimits.recursionLimit = tstate.limit;
  compileLimits.hook = compileLimitHook;
  resetCompileWork();
  try {
    return stage();
  } catch (e) {
    if (e instanceof CompileLimitError) {
      throw e.kind === "MemoryError" ? PyErr_NoMemory() : PyErr_Format(PyExc_RecursionError, e.msg);
    }
    throw e;
  } finally {
    Object.assign(compileLimits, saved);
  }
}

/** Parse and compile `source` (with `flags`, the PyCF_MASK future
 *  features in force); a syntax error is thrown as the Python exception. */
export function _Py_CompileUnit(
  source: string,
  filename: string,
  mode: CompileMode,
  flags = 0,
  byteOffsets = false,
): CodeUnit {
  try {
    // Only a file that can be read back by name gives the compiler's errors
    // their line of text (CPython's PyErr_ProgramTextObject): the program,
    // a library module, not a name compile() was given for a string.
    const text = filename.startsWith("<") ? undefined : (getSourceText(filename) ?? undefined);
    return _PyCompile_WithLimits(() =>
      compile(parse(source, filename, mode, flags, byteOffsets), filename, mode, text, flags, true),
    );
  } catch (e) {
    if (e instanceof CompileError) throw _PyErr_FromCompileError(e);
    throw e;
  }
}

/** The parser alone (compile() with PyCF_ONLY_AST): the tree of `source`;
 *  a syntax error is thrown as the Python exception. */
export function _PyParser_ASTFromString(
  source: string,
  filename: string,
  mode: CompileMode,
  flags = 0,
  byteOffsets = false,
): Mod {
  try {
    return _PyCompile_WithLimits(() => parse(source, filename, mode, flags, byteOffsets));
  } catch (e) {
    if (e instanceof CompileError) throw _PyErr_FromCompileError(e);
    throw e;
  }
}

/** _PyAST_Compile: code for a tree compile() was given as AST objects. */
export function _PyAST_CompileObject(mod: Mod, filename: string, mode: CompileMode, flags = 0): PyCodeObject {
  try {
    return PyCode_FromUnit(_PyCompile_WithLimits(() => compile(mod, filename, mode, undefined, flags)));
  } catch (e) {
    if (e instanceof CompileError) throw _PyErr_FromCompileError(e);
    throw e;
  }
}

/** Py_CompileStringObject: a new code object. */
export function Py_CompileString(
  source: string,
  filename: string,
  mode: CompileMode,
  flags = 0,
  byteOffsets = false,
): PyCodeObject {
  return PyCode_FromUnit(_Py_CompileUnit(source, filename, mode, flags, byteOffsets));
}

/**
 * PyEval_MergeCompilerFlags: the future features of the running code,
 * which source compiled by exec(), eval() and compile() inherits (so
 * `from __future__ import annotations` reaches the code they make).
 */
export function PyEval_MergeCompilerFlags(flags: number): number {
  const frame = currentFrame();
  return frame === null ? flags : flags | (frame.f_code.co_flags & PyCF_MASK);
}
