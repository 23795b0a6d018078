/**
 * The `builtins` module (CPython's Python/bltinmodule.c): the built-in
 * functions, the built-in types and constants, every exception type, and
 * `__build_class__`, which LOAD_BUILD_CLASS pushes for `class` statements.
 *
 * Functions parse their arguments with CPython's messages (getargs.ts).
 * The module is built once per run (`_PyBuiltins_Init`); its dict is the
 * interpreter's builtins dict.
 */
import { asCInt } from "../objects/bytes-methods.js";
import { readlineHook, type ReadlineFunction } from "../vm/hostcontrol.js";
import { PyObject } from "../heap/object.js";
import { IO_OPEN_DEF } from "./io.js";
import { builtin_breakpoint } from "./sys-hooks.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyBaseObject_Type, PyType_Check, PyType_Type, type PyTypeObject } from "../objects/typeobject.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import {
  newArgParser,
  nonStaticParser,
  _PyArg_UnpackKeywords,
  _PyArg_CheckPositional,
  _PyArg_ParserInit,
} from "../objects/getargs.js";
import {
  PyModule_Add,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_GetDict,
  PyModule_New,
} from "../objects/moduleobject.js";
import {
  BUILTIN_EXCEPTIONS,
  PyExc_EOFError,
  PyExc_StopIteration,
  PyExc_TypeError,
  PyExc_ValueError,
  PyExc_AttributeError,
  PyExc_OverflowError,
  PyExc_NotImplementedError,
  PyExc_SyntaxError,
  PyExc_RuntimeError,
} from "../objects/exceptions.js";
import {
  PyErr_Format,
  PyErr_GivenExceptionMatches,
  PyErr_NewWithArgs,
  PyErr_NoArgs,
  toPyException,
} from "../objects/errors.js";
import {
  PyUnicode_AsString,
  PyUnicode_Check,
  PyUnicode_FromString,
  PyUnicode_InternFromString,
  PyUnicode_Type,
  unicode_ascii_string,
  type PyUnicodeObject,
} from "../objects/unicodeobject.js";
import { PyUnicode_AsEncodedString } from "../objects/codecs.js";
import { Py_Ellipsis, Py_None, Py_NotImplemented } from "../objects/noneobject.js";
import { PyBool_FromBool, PyBool_Type, Py_False, Py_True } from "../objects/longobject.js";
import {
  PyLong_AsBigInt,
  PyLong_AsNumber,
  PyLong_Check,
  PyLong_FromBigInt,
  PyLong_FromNumber,
  PyLong_Type,
} from "../objects/longobject.js";
import { PyFloat_Type } from "../objects/floatobject.js";
import { PyComplex_Type } from "../objects/complexobject.js";
import { exactHash } from "../objects/hashutil.js";
import {
  Py_EmptyTuple,
  PyTuple_Check,
  PyTuple_GET_ITEM,
  PyTuple_GET_SIZE,
  PyTuple_Type,
  _PyTuple_FromArray,
} from "../objects/tupleobject.js";
import { PyList_Type, PyList_Sort, PyList_GET_SIZE, _PyList_SortCall } from "../objects/listobject.js";
import {
  PyDict_Check,
  PyDict_New,
  PyDict_Type,
  PyDict_GetItem,
  PyDict_Keys,
  PyDict_GetItemString,
  PyDict_SetItemString,
} from "../objects/dictobject.js";
import { PySet_Type, PyFrozenSet_Type } from "../objects/setobject.js";
import { PySlice_Type } from "../objects/sliceobject.js";
import { PyRange_Type } from "../objects/rangeobject.js";
import { PyEnum_Type, PyFilter_Type, PyMap_Type, PyReversed_Type, PyZip_Type } from "../objects/enumobject.js";
import { type DecodedSource, _PyTokenizer_DecodeString } from "../vm/source-encoding.js";
import { PyBytesObject, PyBytes_Type, PyBytes_Check, PyBytes_FromStringAndSize } from "../objects/bytesobject.js";
import { PyByteArrayObject, PyByteArray_AS_STRING, PyByteArray_Type } from "../objects/bytearrayobject.js";
import { PyMemoryView_Type } from "../objects/memoryobject.js";
import { PyCallIter_New } from "../objects/iterobject.js";
import {
  PyIter_Next,
  PyNumber_Absolute,
  PyNumber_Add,
  PyNumber_Divmod,
  PyNumber_Index,
  PyNumber_Power,
  PyObject_ASCII,
  PyObject_GetIter,
  PyObject_Hash,
  PyObject_IsTrue,
  PyObject_Repr,
  PyObject_RichCompareBool,
  PyObject_Str,
  PySequence_List,
  PyObject_Format,
  PyObject_SetItem,
  PyNumber_AsSsize_t,
  PyMapping_Check,
} from "../objects/abstract.js";
import {
  PyObject_DelAttr,
  PyObject_GetAttr,
  PyObject_IsInstance,
  PyObject_IsSubclass,
  PyObject_SetAttr,
  _PyObject_LookupAttr,
  _PyObject_LookupAttrString,
} from "../objects/object.js";
import { _PyType_LookupString } from "../objects/typeimpl.js";
import { PyProperty_Type } from "../objects/property.js";
import { PyClassMethod_Type, PyStaticMethod_Type } from "../objects/funcdescr.js";
import { PySuper_Type } from "../objects/superobject.js";
import { type PyFunctionObject, PyFunction_Type } from "../objects/funcobject.js";
import { InterpFrame, _PyFrame_GetLocals } from "../objects/frameobject.js";
import { PyAnextAwaitable_New } from "../objects/anextawaitable.js";
import {
  Py_EnterRecursiveCall,
  Py_LeaveRecursiveCall,
  PyObject_Call,
  PyObject_CallMethod,
  _PyStack_AsDict,
  _PyCall_TakePacked,
} from "../objects/call.js";
import { currentFrame, interp, tstate } from "../objects/pystate.js";
import { _PyObject_GC_LinkUnrepresented, _PyObject_GC_UnlinkUnrepresented } from "../heap/gc.js";
import { PyCFunction_Type } from "../objects/methodobject.js";
import { PySys_Audit } from "../objects/sysaudit.js";
import { _PyEval_EvalFrame } from "../objects/call.js";
import { initializeLocals } from "../objects/call.js";
import { _PyFrame_Clear } from "../objects/frameobject.js";
import { PySys_GetObject } from "../vm/sysstate.js";
import { PyFile_WriteObject, PyFile_WriteString, writeToStream } from "../objects/fileobject.js";
import { type PyTextIOObject, _PyTextIO_IsStd, _PyTextIO_PieceWriter } from "./io-stdio.js";
import { PyImport_ImportModuleLevelObject } from "../vm/import.js";
import { Py_LT, Py_GT } from "../bytecode/opcodes.js";
import { type PyCodeObject, PyCode_Type } from "../objects/codeobject.js";
import { PyCF_MASK } from "../bytecode/code.js";
import { PyEval_EvalCode } from "../vm/ceval.js";
import {
  PyEval_MergeCompilerFlags,
  Py_CompileString,
  _PyAST_CompileObject,
  _PyParser_ASTFromString,
} from "../vm/compile.js";
import { PyCF_ONLY_AST } from "./ast-native.js";
import { PyAST_Check, PyAST_mod2obj, PyAST_obj2mod } from "./ast-convert.js";

// --- print / input ----------------------------------------------------------------------

const printParser = newArgParser("print", ["sep", "end", "file", "flush"], 0, 0, 0, true);
const printOut: (PyObject | null)[] = [null, null, null, null];

function builtin_print(_self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const nkw = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
  const n = args.length - nkw;
  // _PyArg_UnpackKeywordsWithVararg has no fast path: the first call
  // makes the parser's tuple of keyword names (sep, end, file, flush).
  _PyArg_ParserInit(printParser);
  // 3.11's print receives its positional arguments as a tuple (Argument
  // Clinic's *args), made per call: the collector's counts see it.
  const argTuple = n > 0 ? _PyTuple_FromArray(args.slice(0, n)) : null;
  try {
    return print_impl(args, kwnames, n, nkw);
  } finally {
    if (argTuple !== null) Py_DECREF(argTuple);
  }
}

/**
 * print(*args, sep=' ', end='\n', file=None, flush=False), as 3.11's
 * builtin_print: each argument, each separator and the end are written
 * with their own `file.write()` call, str() of an argument taken just
 * before its write. The run's own streams run no Python code when
 * written to, so their pieces are joined and written once (what was
 * made before an error too, as CPython would have written it).
 */
function print_impl(args: PyObject[], kwnames: PyObject | null, n: number, nkw: number): PyObject {
  let sep: PyObject | null = null;
  let end: PyObject | null = null;
  let file: PyObject | null = null;
  let flush = false;
  if (nkw > 0) {
    const kwOnly = args.slice(n);
    _PyArg_UnpackKeywords(kwOnly, kwnames, printParser, printOut);
    [sep, end, file] = printOut;
    const flushArg = printOut[3];
    printOut.fill(null);
    if (file === Py_None) file = null;
    if (flushArg !== null) flush = PyObject_IsTrue(flushArg);
  }
  if (file === null) {
    file = PySys_GetObject("stdout");
    if (file === null || file === Py_None) return Py_NewRef(Py_None);
  }
  if (sep === Py_None) sep = null;
  else if (sep !== null && !PyUnicode_Check(sep)) {
    throw PyErr_Format(PyExc_TypeError, `sep must be None or a string, not ${sep.ob_type.tp_name}`);
  }
  if (end === Py_None) end = null;
  else if (end !== null && !PyUnicode_Check(end)) {
    throw PyErr_Format(PyExc_TypeError, `end must be None or a string, not ${end.ob_type.tp_name}`);
  }
  if (_PyTextIO_IsStd(file)) {
    // Each piece looks the stream's write up (a bound method, counted) and
    // is a write call: _PyTextIO_PieceWriter, as the unraisable report's.
    const sepText = sep === null ? " " : PyUnicode_AsString(sep);
    const endText = end === null ? "\n" : PyUnicode_AsString(end);
    const w = _PyTextIO_PieceWriter(file as PyTextIOObject);
    let arg: PyObject = Py_None;
    const argText = () => {
      const s = PyObject_Str(arg);
      const text = PyUnicode_AsString(s);
      Py_DECREF(s);
      return text;
    };
    const sepPiece = () => sepText;
    try {
      for (let i = 0; i < n; i++) {
        if (i > 0) w.write(sepPiece);
        arg = args[i];
        w.write(argText);
      }
      w.write(() => endText);
    } finally {
      w.end(true);
    }
  } else {
    for (let i = 0; i < n; i++) {
      if (i > 0) {
        if (sep === null) PyFile_WriteString(" ", file);
        else PyFile_WriteObject(sep, file);
      }
      PyFile_WriteObject(args[i], file);
    }
    if (end === null) PyFile_WriteString("\n", file);
    else PyFile_WriteObject(end, file);
  }
  if (flush) Py_DECREF(PyObject_CallMethod(file, "flush"));
  return Py_NewRef(Py_None);
}

/**
 * input(prompt=None, /), as 3.11's builtin_input outside a terminal: the
 * prompt written to sys.stdout, sys.stdout flushed, a line read with
 * sys.stdin.readline() (PyFile_GetLine: EOFError at its end, the newline
 * dropped). The run's own streams are read and written directly.
 */
function builtin_input(_self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("input", args.length, 0, 1);
  const fin = PySys_GetObject("stdin");
  const fout = PySys_GetObject("stdout");
  if (fin === null || fin === Py_None) throw PyErr_Format(PyExc_RuntimeError, "input(): lost sys.stdin");
  if (fout === null || fout === Py_None) throw PyErr_Format(PyExc_RuntimeError, "input(): lost sys.stdout");
  const ferr = PySys_GetObject("stderr");
  if (ferr === null || ferr === Py_None) throw PyErr_Format(PyExc_RuntimeError, "input(): lost sys.stderr");
  // sys.stderr flushed first; sys.stdin.fileno() asked whether it is the
  // terminal (it is not: errors are ignored); then the prompt written to
  // sys.stdout, which is flushed, and a line read with sys.stdin.readline().
  for (const [f, method] of [
    [ferr, "flush"],
    [fin, "fileno"],
  ] as const) {
    try {
      Py_DECREF(PyObject_CallMethod(f, method));
    } catch (e) {
      Py_DECREF(toPyException(e));
    }
  }
  const hook = readlineHook.fn;
  if (hook !== null && _PyTextIO_IsStd(fin) && _PyTextIO_IsStd(fout)) return inputFromTerminal(hook, args, fout);
  if (args.length === 1) {
    if (_PyTextIO_IsStd(fout)) {
      const s = PyObject_Str(args[0]);
      try {
        writeToStream(fout, PyUnicode_AsString(s));
      } finally {
        Py_DECREF(s);
      }
    } else {
      PyFile_WriteObject(args[0], fout);
    }
  }
  try {
    Py_DECREF(PyObject_CallMethod(fout, "flush"));
  } catch (e) {
    Py_DECREF(toPyException(e));
  }
  return PyFile_GetLine(fin);
}

/** input() at a terminal (PyOS_Readline): the line read with the prompt
 *  shown by the terminal's line editor; EOFError at end of input, and
 *  Ctrl-C raises what SIGINT's handler raises. */
function inputFromTerminal(hook: ReadlineFunction, args: PyObject[], fout: PyObject): PyObject {
  let prompt = "";
  if (args.length === 1) {
    const s = PyObject_Str(args[0]);
    try {
      prompt = PyUnicode_AsString(s);
    } finally {
      Py_DECREF(s);
    }
  }
  try {
    Py_DECREF(PyObject_CallMethod(fout, "flush"));
  } catch (e) {
    Py_DECREF(toPyException(e));
  }
  const line = hook(prompt);
  // (At a terminal the EOFError has no message, as CPython's.)
  if (line === null) throw PyErr_NewWithArgs(PyExc_EOFError, Py_NewRef(Py_EmptyTuple));
  return PyUnicode_FromString(line.endsWith("\n") ? line.slice(0, -1) : line);
}

/** PyFile_GetLine(f, -1): `f.readline()` without its newline; EOFError
 *  when it is empty. */
function PyFile_GetLine(f: PyObject): PyObject {
  const result = PyObject_CallMethod(f, "readline");
  if (!PyUnicode_Check(result) && !PyBytes_Check(result)) {
    Py_DECREF(result);
    throw PyErr_Format(PyExc_TypeError, "object.readline() returned non-string");
  }
  if (PyUnicode_Check(result)) {
    const s = PyUnicode_AsString(result);
    if (s.length === 0) {
      Py_DECREF(result);
      throw PyErr_Format(PyExc_EOFError, "EOF when reading a line");
    }
    if (s.endsWith("\n")) {
      Py_DECREF(result);
      return PyUnicode_FromString(s.slice(0, -1));
    }
    return result;
  }
  const b = (result as PyBytesObject).ob_sval;
  if (b.length === 0) {
    Py_DECREF(result);
    throw PyErr_Format(PyExc_EOFError, "EOF when reading a line");
  }
  if (b[b.length - 1] === 10) {
    Py_DECREF(result);
    return PyBytes_FromStringAndSize(b.slice(0, -1));
  }
  return result;
}

// --- simple one-argument functions ----------------------------------------------------

function builtin_len(_s: PyObject, o: PyObject): PyObject {
  const t = o.ob_type;
  const f = t.sq_length ?? t.mp_length;
  if (f === null) throw PyErr_Format(PyExc_TypeError, `object of type '${t.tp_name}' has no len()`);
  return PyLong_FromNumber(f(o));
}

function builtin_id(_s: PyObject, o: PyObject): PyObject {
  const id = PyLong_FromNumber(o.ob_addr);
  if (interp.audit_hooks !== null) {
    try {
      PySys_Audit("builtins.id", [id]);
    } catch (e) {
      Py_DECREF(id);
      throw e;
    }
  }
  return id;
}

function formatInt(o: PyObject, base: number, prefix: string): PyObject {
  const i = PyNumber_Index(o);
  try {
    const b = PyLong_AsBigInt(i);
    const neg = b < 0n;
    return PyUnicode_FromString(`${neg ? "-" : ""}${prefix}${(neg ? -b : b).toString(base)}`);
  } finally {
    Py_DECREF(i);
  }
}

function builtin_repr(_s: PyObject, o: PyObject): PyObject {
  return PyObject_Repr(o);
}
function builtin_ascii(_s: PyObject, o: PyObject): PyObject {
  return PyObject_ASCII(o);
}
function builtin_abs(_s: PyObject, o: PyObject): PyObject {
  return PyNumber_Absolute(o);
}
function builtin_hash(_s: PyObject, o: PyObject): PyObject {
  // A 64-bit hash a JS number could not hold: its exact value.
  const h = exactHash(PyObject_Hash(o));
  return typeof h === "bigint" ? PyLong_FromBigInt(h) : PyLong_FromNumber(h);
}
function builtin_callable(_s: PyObject, o: PyObject): PyObject {
  return PyBool_FromBool(o.ob_type.tp_call !== null);
}

/** chr(i): Argument Clinic's C int first (OverflowError past it), then
 *  the code point's range. */
function builtin_chr(_s: PyObject, o: PyObject): PyObject {
  const n = asCInt(o);
  if (!(n >= 0 && n < 0x110000)) throw PyErr_Format(PyExc_ValueError, "chr() arg not in range(0x110000)");
  return PyUnicode_FromString(String.fromCodePoint(n));
}

function builtin_ord(_s: PyObject, o: PyObject): PyObject {
  if (o instanceof PyBytesObject || o instanceof PyByteArrayObject) {
    // A one-byte bytes or bytearray gives its byte.
    const d = o instanceof PyBytesObject ? o.ob_sval : PyByteArray_AS_STRING(o);
    if (d.length === 1) return PyLong_FromNumber(d[0]);
    throw PyErr_Format(PyExc_TypeError, `ord() expected a character, but string of length ${d.length} found`);
  }
  if (!PyUnicode_Check(o)) {
    throw PyErr_Format(PyExc_TypeError, `ord() expected string of length 1, but ${o.ob_type.tp_name} found`);
  }
  const s = PyUnicode_AsString(o);
  const cp = s.codePointAt(0);
  const len = cp === undefined ? 0 : [...s].length;
  if (len !== 1) {
    throw PyErr_Format(PyExc_TypeError, `ord() expected a character, but string of length ${len} found`);
  }
  return PyLong_FromNumber(cp!);
}

function truthSearch(o: PyObject, want: boolean): PyObject {
  const it = PyObject_GetIter(o);
  try {
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) {
      let t: boolean;
      try {
        t = PyObject_IsTrue(x);
      } finally {
        Py_DECREF(x);
      }
      if (t === want) return PyBool_FromBool(want);
    }
  } finally {
    Py_DECREF(it);
  }
  return PyBool_FromBool(!want);
}

// --- attribute functions -----------------------------------------------------------------

function checkAttrName(name: PyObject): void {
  if (!PyUnicode_Check(name)) {
    throw PyErr_Format(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  }
}

function builtin_getattr(_s: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("getattr", args.length, 2, 3);
  checkAttrName(args[1]);
  if (args.length === 3) {
    const r = _PyObject_LookupAttr(args[0], args[1]);
    return r ?? Py_NewRef(args[2]);
  }
  return PyObject_GetAttr(args[0], args[1]);
}

function builtin_setattr(_s: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("setattr", args.length, 3, 3);
  PyObject_SetAttr(args[0], args[1], args[2]);
  return Py_NewRef(Py_None);
}

function builtin_delattr(_s: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("delattr", args.length, 2, 2);
  PyObject_DelAttr(args[0], args[1]);
  return Py_NewRef(Py_None);
}

function builtin_hasattr(_s: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("hasattr", args.length, 2, 2);
  checkAttrName(args[1]);
  const r = _PyObject_LookupAttr(args[0], args[1]);
  if (r === null) return Py_NewRef(Py_False);
  Py_DECREF(r);
  return Py_NewRef(Py_True);
}

function builtin_isinstance(_s: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("isinstance", args.length, 2, 2);
  return PyBool_FromBool(PyObject_IsInstance(args[0], args[1]));
}

function builtin_issubclass(_s: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("issubclass", args.length, 2, 2);
  return PyBool_FromBool(PyObject_IsSubclass(args[0], args[1]));
}

// --- iteration ------------------------------------------------------------------------

function builtin_iter(_s: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("iter", args.length, 1, 2);
  if (args.length === 1) return PyObject_GetIter(args[0]);
  if (args[0].ob_type.tp_call === null) throw PyErr_Format(PyExc_TypeError, "iter(v, w): v must be callable");
  return PyCallIter_New(args[0], args[1]);
}

function builtin_next(_s: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("next", args.length, 1, 2);
  const it = args[0];
  const f = it.ob_type.tp_iternext;
  if (f === null) throw PyErr_Format(PyExc_TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
  let r: PyObject | null;
  try {
    r = f(it);
  } catch (e) {
    if (args.length === 2 && e instanceof PyObject && PyErr_GivenExceptionMatches(e, PyExc_StopIteration)) {
      Py_DECREF(e);
      return Py_NewRef(args[1]);
    }
    throw e;
  }
  if (r !== null) return r;
  if (args.length === 2) return Py_NewRef(args[1]);
  throw PyErr_NoArgs(PyExc_StopIteration);
}

/** PyAIter_Check: the type has am_anext. */
function PyAIter_Check(o: PyObject): boolean {
  return o.ob_type.am_anext !== null;
}

/** aiter(async_iterable): PyObject_GetAIter. */
function builtin_aiter(_s: PyObject, o: PyObject): PyObject {
  const f = o.ob_type.am_aiter;
  if (f === null) throw PyErr_Format(PyExc_TypeError, `'${o.ob_type.tp_name}' object is not an async iterable`);
  const it = f(o);
  if (!PyAIter_Check(it)) {
    const name = it.ob_type.tp_name;
    Py_DECREF(it);
    throw PyErr_Format(PyExc_TypeError, `aiter() returned not an async iterator of type '${name}'`);
  }
  return it;
}

/** anext(aiterator[, default]): the awaitable of `aiterator.__anext__()`,
 *  wrapped in an anext_awaitable when there is a default. */
function builtin_anext(_s: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("anext", args.length, 1, 2);
  const t = args[0].ob_type;
  if (t.am_anext === null) throw PyErr_Format(PyExc_TypeError, `'${t.tp_name}' object is not an async iterator`);
  const awaitable = t.am_anext(args[0]);
  if (args.length === 1) return awaitable;
  try {
    return PyAnextAwaitable_New(awaitable, args[1]);
  } finally {
    Py_DECREF(awaitable);
  }
}

const minParser = nonStaticParser(newArgParser("min", ["key", "default"], 0, 0, 0));
const maxParser = nonStaticParser(newArgParser("max", ["key", "default"], 0, 0, 0));

/** min() and max(), METH_VARARGS | METH_KEYWORDS in 3.11: the call packs
 *  the positional arguments into a tuple, which min_max iterates when
 *  there are several, and the keyword arguments into a dict (their
 *  parsing, PyArg_ParseTupleAndKeywords, makes nothing more); called with
 *  a tuple and a dict already (`min(*a, **k)`), it uses those. */
function minmaxCall(name: string, op: number, args: PyObject[], kwnames: PyObject | null): PyObject {
  const given = _PyCall_TakePacked();
  if (given !== null) return minmax(name, op, args, kwnames, given.args);
  const nkw = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
  const n = args.length - nkw;
  const argstuple = _PyTuple_FromArray(nkw === 0 ? args : args.slice(0, n));
  let kwdict: PyObject | null = null;
  try {
    if (nkw > 0) kwdict = _PyStack_AsDict(args, n, kwnames!);
    return minmax(name, op, args, kwnames, argstuple);
  } finally {
    Py_DECREF(argstuple);
    if (kwdict !== null) Py_DECREF(kwdict);
  }
}

function minmax(name: string, op: number, args: PyObject[], kwnames: PyObject | null, argstuple: PyObject): PyObject {
  const nkw = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
  const n = args.length - nkw;
  let key: PyObject | null = null;
  let dflt: PyObject | null = null;
  if (nkw > 0) {
    const out: (PyObject | null)[] = [null, null];
    _PyArg_UnpackKeywords(args.slice(n), kwnames, name === "min" ? minParser : maxParser, out);
    key = out[0] === Py_None ? null : out[0];
    dflt = out[1];
  }
  _PyArg_CheckPositional(name, n, 1, Number.MAX_SAFE_INTEGER);
  if (n > 1 && dflt !== null) {
    throw PyErr_Format(PyExc_TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  const it = PyObject_GetIter(n === 1 ? args[0] : argstuple);
  let best: PyObject | null = null;
  let bestKey: PyObject | null = null;
  try {
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) {
      let k: PyObject;
      try {
        k = key === null ? Py_NewRef(x) : PyObject_Call(key, [x], null);
      } catch (e) {
        Py_DECREF(x);
        throw e;
      }
      if (best === null) {
        best = x;
        bestKey = k;
        continue;
      }
      let better: boolean;
      try {
        better = PyObject_RichCompareBool(k, bestKey!, op);
      } catch (e) {
        Py_DECREF(x);
        Py_DECREF(k);
        throw e;
      }
      if (better) {
        Py_DECREF(best);
        Py_DECREF(bestKey!);
        best = x;
        bestKey = k;
      } else {
        Py_DECREF(x);
        Py_DECREF(k);
      }
    }
  } catch (e) {
    Py_XDECREF(best);
    Py_XDECREF(bestKey);
    throw e;
  } finally {
    Py_DECREF(it);
  }
  Py_XDECREF(bestKey);
  if (best !== null) return best;
  if (dflt !== null) return Py_NewRef(dflt);
  throw PyErr_Format(PyExc_ValueError, `${name}() arg is an empty sequence`);
}

function builtin_min(_s: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  return minmaxCall("min", Py_LT, args, kw);
}

function builtin_max(_s: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  return minmaxCall("max", Py_GT, args, kw);
}

const sumParser = newArgParser("sum", ["", "start"], 1, 1);

function builtin_sum(_s: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const out: (PyObject | null)[] = [null, null];
  _PyArg_UnpackKeywords(args, kwnames, sumParser, out);
  const start = out[1];
  if (start !== null) {
    if (PyUnicode_Check(start))
      throw PyErr_Format(PyExc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (start.ob_type.tp_name === "bytes")
      throw PyErr_Format(PyExc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  }
  let result = start === null ? PyLong_FromNumber(0) : Py_NewRef(start);
  const it = PyObject_GetIter(out[0]!);
  try {
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) {
      try {
        const r = PyNumber_Add(result, x);
        Py_DECREF(result);
        result = r;
      } finally {
        Py_DECREF(x);
      }
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  } finally {
    Py_DECREF(it);
  }
  return result;
}

/** sorted(iterable, /, *, key=None, reverse=False), as 3.11's
 *  builtin_sorted: a new list, then `newlist.sort(**kwargs)` called
 *  through the bound method that attribute lookup makes (an allocation
 *  the collector counts, freed after the call), which checks and parses
 *  the keywords as list.sort does. */
function builtin_sorted(_s: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const nkw = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
  const n = args.length - nkw;
  _PyArg_CheckPositional("sorted", n, 1, 1);
  const list = PySequence_List(args[0]);
  try {
    _PyObject_GC_LinkUnrepresented(PyCFunction_Type, 56);
    try {
      // The bound method's vectorcall counts a level against the
      // recursion limit.
      Py_EnterRecursiveCall(" while calling a Python object");
      try {
        _PyList_SortCall(list, nkw === 0 ? [] : args.slice(n), kwnames);
      } finally {
        Py_LeaveRecursiveCall();
      }
    } finally {
      _PyObject_GC_UnlinkUnrepresented(PyCFunction_Type);
    }
  } catch (e) {
    Py_DECREF(list);
    throw e;
  }
  return list;
}

// --- numbers --------------------------------------------------------------------------

function builtin_divmod(_s: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("divmod", args.length, 2, 2);
  return PyNumber_Divmod(args[0], args[1]);
}

const powParser = newArgParser("pow", ["base", "exp", "mod"], 2);
function builtin_pow(_s: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const out: (PyObject | null)[] = [null, null, null];
  _PyArg_UnpackKeywords(args, kwnames, powParser, out);
  return PyNumber_Power(out[0]!, out[1]!, out[2] ?? Py_None);
}

const roundParser = newArgParser("round", ["number", "ndigits"], 1);
function builtin_round(_s: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const out: (PyObject | null)[] = [null, null];
  _PyArg_UnpackKeywords(args, kwnames, roundParser, out);
  const num = out[0]!;
  const f = _PyType_LookupString(num.ob_type, "__round__");
  if (f === null) throw PyErr_Format(PyExc_TypeError, `type ${num.ob_type.tp_name} doesn't define __round__ method`);
  const nd = out[1];
  return PyObject_Call(f, nd === null || nd === Py_None ? [num] : [num, nd], null);
}

function builtin_format(_s: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("format", args.length, 1, 2);
  const spec = args.length === 2 ? Py_NewRef(args[1]) : PyUnicode_FromString("");
  try {
    return PyObject_Format(args[0], spec);
  } finally {
    Py_DECREF(spec);
  }
}

// --- namespaces -------------------------------------------------------------------------

function frameOrError(): InterpFrame {
  const f = currentFrame();
  if (f === null) throw PyErr_Format(PyExc_TypeError, "no current frame");
  return f;
}

function builtin_globals(_s: PyObject): PyObject {
  return Py_NewRef(frameOrError().f_globals);
}

function builtin_locals(_s: PyObject): PyObject {
  return _PyFrame_GetLocals(frameOrError());
}

function builtin_vars(_s: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("vars", args.length, 0, 1);
  if (args.length === 0) return _PyFrame_GetLocals(frameOrError());
  const d = _PyObject_LookupAttrString(args[0], "__dict__");
  if (d === null) throw PyErr_Format(PyExc_TypeError, "vars() argument must have __dict__ attribute");
  return d;
}

function builtin_dir(_s: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("dir", args.length, 0, 1);
  let list: PyObject;
  if (args.length === 0) {
    const locals = _PyFrame_GetLocals(frameOrError());
    try {
      list = PyDict_Keys(locals);
    } finally {
      Py_DECREF(locals);
    }
  } else {
    const o = args[0];
    const f = _PyType_LookupString(o.ob_type, "__dir__");
    if (f === null) throw PyErr_Format(PyExc_TypeError, "object does not provide __dir__");
    const get = f.ob_type.tp_descr_get;
    const bound = get === null ? Py_NewRef(f) : get(f, o, o.ob_type);
    let r: PyObject;
    try {
      r = PyObject_Call(bound, [], null);
    } finally {
      Py_DECREF(bound);
    }
    try {
      list = PySequence_List(r);
    } finally {
      Py_DECREF(r);
    }
  }
  try {
    PyList_Sort(list as Parameters<typeof PyList_Sort>[0], null, false);
  } catch (e) {
    Py_DECREF(list);
    throw e;
  }
  return list;
}

// --- classes and imports -------------------------------------------------------------------

/** Run a class body function with `ns` as its locals (CPython's
 *  _PyEval_Vector with a locals mapping). Returns the body's result (the
 *  `__class__` cell or None). */
function runClassBody(func: PyFunctionObject, ns: PyObject): PyObject {
  const co = func.func_code;
  Py_INCREF(func);
  Py_INCREF(co);
  Py_INCREF(ns);
  const frame = new InterpFrame(func, co, ns);
  try {
    initializeLocals(func, co, frame.localsplus, [], 0, 0, null);
  } catch (e) {
    _PyFrame_Clear(frame);
    throw e;
  }
  frame.is_entry = true;
  frame.previous = tstate.frame;
  return _PyEval_EvalFrame(frame, null);
}

function builtin___build_class__(_s: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const nkw = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
  const n = args.length - nkw;
  if (n < 2) throw PyErr_Format(PyExc_TypeError, "__build_class__: not enough arguments");
  const func = args[0];
  if (func.ob_type !== PyFunction_Type) throw PyErr_Format(PyExc_TypeError, "__build_class__: func must be a function");
  const name = args[1];
  if (!PyUnicode_Check(name)) throw PyErr_Format(PyExc_TypeError, "__build_class__: name is not a string");
  const origBases = _PyTuple_FromArray(args.slice(2, n));
  let bases: PyObject;
  try {
    bases = update_bases(origBases, args, n);
  } catch (e) {
    Py_DECREF(origBases);
    throw e;
  }
  let meta: PyObject | null = null;
  const kwNames: PyObject[] = [];
  const kwValues: PyObject[] = [];
  for (let i = 0; i < nkw; i++) {
    const k = PyTuple_GET_ITEM(kwnames!, i);
    if (PyUnicode_AsString(k) === "metaclass") meta = args[n + i];
    else {
      kwNames.push(k);
      kwValues.push(args[n + i]);
    }
  }
  const restKw = kwNames.length === 0 ? null : _PyTuple_FromArray(kwNames);
  let ns: PyObject | null = null;
  try {
    let isclass = false;
    if (meta === null) {
      meta = PyTuple_GET_SIZE(bases) === 0 ? PyType_Type : PyTuple_GET_ITEM(bases, 0).ob_type;
      isclass = true;
    } else {
      isclass = PyType_Check(meta);
    }
    if (isclass) meta = calculateMetaclass(meta as PyTypeObject, bases);
    Py_INCREF(meta);
    try {
      const prep = _PyObject_LookupAttrString(meta, "__prepare__");
      if (prep === null) ns = PyDict_New();
      else {
        try {
          ns = PyObject_Call(prep, [name, bases, ...kwValues], restKw);
        } finally {
          Py_DECREF(prep);
        }
      }
      const cell = runClassBody(func as PyFunctionObject, ns);
      if (bases !== origBases) {
        const key = PyUnicode_InternFromString("__orig_bases__");
        try {
          PyObject_SetItem(ns, key, origBases);
        } catch (e) {
          Py_DECREF(cell);
          throw e;
        } finally {
          Py_DECREF(key);
        }
      }
      try {
        const cls = PyObject_Call(meta, [name, bases, ns, ...kwValues], restKw);
        if (cell !== Py_None && PyType_Check(cls)) {
          const contents = (cell as unknown as { ob_ref: PyObject | null }).ob_ref;
          if (contents !== cls) {
            Py_DECREF(cls);
            throw PyErr_Format(
              PyExc_TypeError,
              contents === null
                ? `__class__ not set defining '${PyUnicode_AsString(name)}' as ${reprClass(cls)}. Was __classcell__ propagated to type.__new__?`
                : `__class__ set to ${reprClass(contents)} defining '${PyUnicode_AsString(name)}' as ${reprClass(cls)}`,
            );
          }
        }
        return cls;
      } finally {
        Py_DECREF(cell);
      }
    } finally {
      Py_DECREF(meta);
    }
  } finally {
    Py_XDECREF(ns);
    Py_DECREF(bases);
    Py_DECREF(origBases);
    Py_XDECREF(restKw);
  }
}

/** update_bases: replace each base that is not a class but has
 *  `__mro_entries__` by the classes that method returns (PEP 560). Returns
 *  `bases` itself (a new reference) when nothing changed. */
function update_bases(bases: PyObject, args: PyObject[], n: number): PyObject {
  let newBases: PyObject[] | null = null;
  const owned: PyObject[] = [];
  try {
    for (let i = 2; i < n; i++) {
      const base = args[i];
      if (PyType_Check(base)) {
        if (newBases !== null) newBases.push(base);
        continue;
      }
      const meth = _PyObject_LookupAttrString(base, "__mro_entries__");
      if (meth === null) {
        if (newBases !== null) newBases.push(base);
        continue;
      }
      let entries: PyObject;
      try {
        entries = PyObject_Call(meth, [bases], null);
      } finally {
        Py_DECREF(meth);
      }
      owned.push(entries);
      if (!PyTuple_Check(entries)) throw PyErr_Format(PyExc_TypeError, "__mro_entries__ must return a tuple");
      if (newBases === null) newBases = args.slice(2, i);
      const m = PyTuple_GET_SIZE(entries);
      for (let j = 0; j < m; j++) newBases.push(PyTuple_GET_ITEM(entries, j));
    }
    return newBases === null ? Py_NewRef(bases) : _PyTuple_FromArray(newBases);
  } finally {
    for (const o of owned) Py_DECREF(o);
  }
}

function reprClass(o: PyObject): string {
  const r = PyObject_Repr(o);
  const s = PyUnicode_AsString(r);
  Py_DECREF(r);
  return s;
}

function calculateMetaclass(meta: PyTypeObject, bases: PyObject): PyObject {
  let winner = meta;
  const n = PyTuple_GET_SIZE(bases);
  for (let i = 0; i < n; i++) {
    const t = PyTuple_GET_ITEM(bases, i).ob_type;
    if (isSub(winner, t)) continue;
    if (isSub(t, winner)) {
      winner = t;
      continue;
    }
    throw PyErr_Format(
      PyExc_TypeError,
      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    );
  }
  return winner;
}

function isSub(a: PyTypeObject, b: PyTypeObject): boolean {
  return PyObject_IsSubclass(a, b);
}

const importParser = newArgParser("__import__", ["name", "globals", "locals", "fromlist", "level"], 1);
function builtin___import__(_s: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const out: (PyObject | null)[] = [null, null, null, null, null];
  _PyArg_UnpackKeywords(args, kwnames, importParser, out);
  const name = out[0]!;
  const level = out[4] === null ? 0 : PyNumber_AsSsize_t(out[4], PyExc_OverflowError);
  return PyImport_ImportModuleLevelObject(name, out[1], out[3], level);
}

// --- exec, eval, compile (Python/bltinmodule.c) ------------------------------------------------

/** The text of a source argument, or null: a str as it is, bytes decoded
 *  as the string tokenizer does (BOM, coding cookie; vm/source-encoding.ts). */
function sourceText(o: PyObject, filename: string): DecodedSource | null {
  let source: DecodedSource;
  if (PyUnicode_Check(o)) {
    const text = PyUnicode_AsString(o);
    // A str is compiled from its UTF-8 (PyUnicode_AsUTF8AndSize), which a
    // lone surrogate cannot have.
    if (LONE_SURROGATE.test(text)) Py_DECREF(PyUnicode_AsEncodedString(o as PyUnicodeObject, "utf-8", null));
    source = { text, byteOffsets: false, bom: false };
  } else if (PyBytes_Check(o)) {
    if (o.ob_sval.includes(0)) throw PyErr_Format(PyExc_SyntaxError, "source code string cannot contain null bytes");
    source = _PyTokenizer_DecodeString(o.ob_sval, filename);
  } else return null;
  if (source.text.includes("\0")) {
    throw PyErr_Format(PyExc_SyntaxError, "source code string cannot contain null bytes");
  }
  return source;
}

const LONE_SURROGATE = /\p{Cs}/u;

/** The globals and locals exec/eval run in: the caller's when globals is
 *  None (new references). */
function evalNamespaces(globals: PyObject, locals: PyObject, isExec: boolean): [PyObject, PyObject] {
  if (globals === Py_None) {
    const frame = frameOrError();
    const g = Py_NewRef(frame.f_globals);
    const l = locals === Py_None ? _PyFrame_GetLocals(frame) : Py_NewRef(locals);
    return [g, l];
  }
  if (!PyDict_Check(globals)) {
    if (isExec) throw PyErr_Format(PyExc_TypeError, `exec() globals must be a dict, not ${globals.ob_type.tp_name}`);
    throw PyErr_Format(
      PyExc_TypeError,
      PyMapping_Check(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict",
    );
  }
  if (locals !== Py_None && !PyMapping_Check(locals)) {
    throw PyErr_Format(
      PyExc_TypeError,
      isExec ? `locals must be a mapping or None, not ${locals.ob_type.tp_name}` : "locals must be a mapping",
    );
  }
  if (PyDict_GetItemString(globals, "__builtins__") === null) {
    PyDict_SetItemString(globals, "__builtins__", tstate.builtins!);
  }
  return [Py_NewRef(globals), Py_NewRef(locals === Py_None ? globals : locals)];
}

/** The "compile" audit event of a source string (_PyParser_ASTFromString):
 *  the source's bytes (a str's UTF-8) and the file name. `strip` drops the
 *  leading blanks eval() drops. */
function auditCompile(source: PyObject, text: string, filename: string, strip: boolean): void {
  if (interp.audit_hooks === null) return;
  let data = PyBytes_Check(source) ? source.ob_sval : new TextEncoder().encode(text);
  if (strip) {
    let i = 0;
    while (i < data.length && (data[i] === 0x20 || data[i] === 0x09)) i++;
    data = data.subarray(i);
  }
  const b = PyBytes_FromStringAndSize(data.slice());
  const f = PyUnicode_FromString(filename);
  try {
    PySys_Audit("compile", [b, f]);
  } finally {
    Py_DECREF(b);
    Py_DECREF(f);
  }
}

function runIn(code: PyObject, globals: PyObject, locals: PyObject, isExec: boolean): PyObject {
  const [g, l] = evalNamespaces(globals, locals, isExec);
  try {
    if (interp.audit_hooks !== null) PySys_Audit("exec", [code]);
    return PyEval_EvalCode(code as PyCodeObject, g, l);
  } finally {
    Py_DECREF(g);
    Py_DECREF(l);
  }
}

const execParser = newArgParser("exec", ["source", "globals", "locals"], 1);
function builtin_exec(_s: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const out: (PyObject | null)[] = [null, null, null];
  _PyArg_UnpackKeywords(args, kwnames, execParser, out);
  const source = out[0]!;
  let code: PyObject;
  if (source.ob_type === PyCode_Type) {
    code = Py_NewRef(source);
  } else {
    const decoded = sourceText(source, "<string>");
    if (decoded === null) throw PyErr_Format(PyExc_TypeError, "exec() arg 1 must be a string, bytes or code object");
    const text = decoded.text;
    // Namespaces are checked before the source is compiled.
    const [g, l] = evalNamespaces(out[1] ?? Py_None, out[2] ?? Py_None, true);
    Py_DECREF(g);
    Py_DECREF(l);
    auditCompile(source, text, "<string>", false);
    code = Py_CompileString(text, "<string>", "exec", PyEval_MergeCompilerFlags(0), decoded.byteOffsets);
  }
  try {
    Py_DECREF(runIn(code, out[1] ?? Py_None, out[2] ?? Py_None, true));
  } finally {
    Py_DECREF(code);
  }
  return Py_NewRef(Py_None);
}

const evalParser = nonStaticParser(newArgParser("eval", ["source", "globals", "locals"], 1));
function builtin_eval(_s: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const out: (PyObject | null)[] = [null, null, null];
  _PyArg_UnpackKeywords(args, kwnames, evalParser, out);
  const source = out[0]!;
  const globals = out[1] ?? Py_None;
  const locals = out[2] ?? Py_None;
  let code: PyObject;
  if (source.ob_type === PyCode_Type) {
    const [g, l] = evalNamespaces(globals, locals, false);
    Py_DECREF(g);
    Py_DECREF(l);
    code = Py_NewRef(source);
  } else {
    const decoded = sourceText(source, "<string>");
    if (decoded === null) throw PyErr_Format(PyExc_TypeError, "eval() arg 1 must be a string, bytes or code object");
    const text = decoded.text;
    const [g, l] = evalNamespaces(globals, locals, false);
    Py_DECREF(g);
    Py_DECREF(l);
    auditCompile(source, text, "<string>", true);
    code = Py_CompileString(
      text.replace(/^[ \t]+/, ""),
      "<string>",
      "eval",
      PyEval_MergeCompilerFlags(0),
      decoded.byteOffsets,
    );
  }
  try {
    return runIn(code, globals, locals, false);
  } finally {
    Py_DECREF(code);
  }
}

/** compile()'s flags beyond the future features: CO_NESTED (obsolete) and
 *  the PyCF_* compile options (ONLY_AST, DONT_IMPLY_DEDENT, TYPE_COMMENTS,
 *  ALLOW_TOP_LEVEL_AWAIT, ALLOW_INCOMPLETE_INPUT). */
const PyCF_MASK_OBSOLETE = 0x0010;
const PyCF_COMPILE_MASK = 0x0400 | 0x0200 | 0x1000 | 0x2000 | 0x4000;

const compileParser = newArgParser(
  "compile",
  ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
  3,
);
function builtin_compile(_s: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const out: (PyObject | null)[] = [null, null, null, null, null, null, null];
  _PyArg_UnpackKeywords(args, kwnames, compileParser, out);
  const filename = out[1]!;
  if (!PyUnicode_Check(filename) && !PyBytes_Check(filename)) {
    throw PyErr_Format(PyExc_TypeError, `expected str, bytes or os.PathLike object, not ${filename.ob_type.tp_name}`);
  }
  const modeObj = out[2]!;
  if (!PyUnicode_Check(modeObj)) {
    throw PyErr_Format(PyExc_TypeError, `compile() argument 'mode' must be str, not ${modeObj.ob_type.tp_name}`);
  }
  let flags = out[3] === null ? 0 : PyNumber_AsSsize_t(out[3], PyExc_OverflowError);
  if (flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK)) {
    throw PyErr_Format(PyExc_ValueError, "compile(): unrecognised flags");
  }
  const dontInherit = out[4] !== null && PyObject_IsTrue(out[4]);
  if (!dontInherit) flags = PyEval_MergeCompilerFlags(flags);
  const mode = PyUnicode_AsString(modeObj);
  const fname = PyUnicode_Check(filename)
    ? PyUnicode_AsString(filename)
    : new TextDecoder().decode((filename as PyBytesObject).ob_sval);
  const onlyAst = (flags & PyCF_ONLY_AST) !== 0;
  if (mode === "func_type") {
    if (!onlyAst) throw PyErr_Format(PyExc_ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    throw PyErr_Format(PyExc_NotImplementedError, "compile() mode 'func_type' is not supported by refpy");
  }
  if (mode !== "exec" && mode !== "eval" && mode !== "single") {
    throw PyErr_Format(PyExc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  const source = out[0]!;
  if (PyAST_Check(source)) {
    if (onlyAst) return Py_NewRef(source);
    return _PyAST_CompileObject(PyAST_obj2mod(source, mode), fname, mode, flags);
  }
  const decoded = sourceText(source, fname);
  if (decoded === null) throw PyErr_Format(PyExc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
  const text = decoded.text;
  auditCompile(out[0]!, text, fname, false);
  if (onlyAst) return PyAST_mod2obj(_PyParser_ASTFromString(text, fname, mode, flags, decoded.byteOffsets));
  return Py_CompileString(text, fname, mode, flags, decoded.byteOffsets);
}

// --- the module -------------------------------------------------------------------------------

const F = METH_FASTCALL;
const FK = METH_FASTCALL | METH_KEYWORDS;
const builtinFunctions: PyMethodDef[] = [
  { name: "__build_class__", meth: builtin___build_class__, flags: FK },
  { name: "__import__", meth: builtin___import__, flags: FK },
  { name: "abs", meth: builtin_abs, flags: METH_O },
  { name: "all", meth: (_s: PyObject, o: PyObject) => truthSearch(o, false), flags: METH_O },
  { name: "any", meth: (_s: PyObject, o: PyObject) => truthSearch(o, true), flags: METH_O },
  { name: "ascii", meth: builtin_ascii, flags: METH_O },
  { name: "bin", meth: (_s: PyObject, o: PyObject) => formatInt(o, 2, "0b"), flags: METH_O },
  { name: "breakpoint", meth: builtin_breakpoint, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "callable", meth: builtin_callable, flags: METH_O },
  { name: "chr", meth: builtin_chr, flags: METH_O },
  { name: "compile", meth: builtin_compile, flags: FK },
  { name: "delattr", meth: builtin_delattr, flags: F },
  { name: "dir", meth: builtin_dir, flags: F },
  { name: "divmod", meth: builtin_divmod, flags: F },
  { name: "format", meth: builtin_format, flags: F },
  { name: "getattr", meth: builtin_getattr, flags: F },
  { name: "eval", meth: builtin_eval, flags: FK },
  { name: "exec", meth: builtin_exec, flags: FK },
  { name: "globals", meth: builtin_globals, flags: METH_NOARGS },
  { name: "hasattr", meth: builtin_hasattr, flags: F },
  { name: "hash", meth: builtin_hash, flags: METH_O },
  { name: "hex", meth: (_s: PyObject, o: PyObject) => formatInt(o, 16, "0x"), flags: METH_O },
  { name: "id", meth: builtin_id, flags: METH_O },
  { name: "input", meth: builtin_input, flags: F },
  { name: "isinstance", meth: builtin_isinstance, flags: F },
  { name: "issubclass", meth: builtin_issubclass, flags: F },
  { name: "iter", meth: builtin_iter, flags: F },
  { name: "aiter", meth: builtin_aiter, flags: METH_O },
  { name: "len", meth: builtin_len, flags: METH_O },
  { name: "locals", meth: builtin_locals, flags: METH_NOARGS },
  { name: "max", meth: builtin_max, flags: FK, packsArgs: true },
  { name: "min", meth: builtin_min, flags: FK, packsArgs: true },
  { name: "next", meth: builtin_next, flags: F },
  { name: "anext", meth: builtin_anext, flags: F },
  { name: "oct", meth: (_s: PyObject, o: PyObject) => formatInt(o, 8, "0o"), flags: METH_O },
  { name: "ord", meth: builtin_ord, flags: METH_O },
  { name: "pow", meth: builtin_pow, flags: FK },
  { name: "print", meth: builtin_print, flags: FK },
  { name: "repr", meth: builtin_repr, flags: METH_O },
  { name: "round", meth: builtin_round, flags: FK },
  { name: "setattr", meth: builtin_setattr, flags: F },
  { name: "sorted", meth: builtin_sorted, flags: FK },
  { name: "sum", meth: builtin_sum, flags: FK },
  { name: "vars", meth: builtin_vars, flags: F },
];

/** Types whose module builds them lazily may register here before
 *  start-up (enumerate, zip, map, filter, reversed, bytes, ...). */
export const extraBuiltinTypes: PyTypeObject[] = [];

/** Build the builtins module for a run (new reference). */
export function _PyBuiltins_Init(): PyObject {
  const m = PyModule_New("builtins");
  PyModule_AddFunctions(m, builtinFunctions);
  // builtins.open is io.open (CPython sets it at start-up).
  PyModule_AddFunctions(m, [IO_OPEN_DEF]);
  const add = (name: string, o: PyObject): void => PyModule_AddObjectRef(m, name, o);
  add("None", Py_None);
  add("Ellipsis", Py_Ellipsis);
  add("NotImplemented", Py_NotImplemented);
  add("False", Py_False);
  add("True", Py_True);
  add("__debug__", Py_True);
  const types: [string, PyTypeObject][] = [
    ["bool", PyBool_Type],
    ["classmethod", PyClassMethod_Type],
    ["complex", PyComplex_Type],
    ["dict", PyDict_Type],
    ["float", PyFloat_Type],
    ["frozenset", PyFrozenSet_Type],
    ["property", PyProperty_Type],
    ["int", PyLong_Type],
    ["list", PyList_Type],
    ["object", PyBaseObject_Type],
    ["range", PyRange_Type],
    ["set", PySet_Type],
    ["slice", PySlice_Type],
    ["staticmethod", PyStaticMethod_Type],
    ["str", PyUnicode_Type],
    ["super", PySuper_Type],
    ["tuple", PyTuple_Type],
    ["type", PyType_Type],
    ["enumerate", PyEnum_Type],
    ["reversed", PyReversed_Type],
    ["map", PyMap_Type],
    ["filter", PyFilter_Type],
    ["zip", PyZip_Type],
    ["bytes", PyBytes_Type],
    ["bytearray", PyByteArray_Type],
    ["memoryview", PyMemoryView_Type],
  ];
  for (const [name, t] of types) add(name, t);
  for (const t of extraBuiltinTypes) add(t.tp_name, t);
  for (const t of BUILTIN_EXCEPTIONS) add(t.tp_name, t);
  add("EnvironmentError", BUILTIN_EXCEPTIONS.find((t) => t.tp_name === "OSError")!);
  add("IOError", BUILTIN_EXCEPTIONS.find((t) => t.tp_name === "OSError")!);
  return m;
}

void PyDict_Check;
void PyDict_GetItem;
void PyModule_Add;
void PyModule_GetDict;
void PyLong_AsNumber;
void PyLong_Check;
void PyList_GET_SIZE;
void unicode_ascii_string;
void PyExc_AttributeError;
