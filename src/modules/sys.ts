/**
 * The `sys` module: argv, recursion limit (the eval loop's `tstate.limit`),
 * getrefcount, getsizeof, stdout/stderr objects writing to the run's sinks,
 * maxsize, version info, modules, intern, _getframe, and the audit hooks'
 * entry points (audit, addaudithook; the hooks are objects/sysaudit.ts).
 *
 * The stream objects sys.stdout, sys.stderr and sys.stdin are made by
 * objects/fileobject.ts; the interpreter reads sys's attributes through
 * vm/sysstate.ts (PySys_GetObject).
 */
import { asCInt } from "../objects/bytes-methods.js";
import { LIBDIR, PyImport_BuiltinModuleNames } from "../vm/import.js";
import { MANAGED_DICT_PREHEADER, PyObject, TPFLAGS_HAVE_GC, TPFLAGS_MANAGED_DICT } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O } from "../objects/methoddef.js";
import {
  PyModule_Add,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
  PyModule_GetDict,
} from "../objects/moduleobject.js";
import {
  PyUnicode_AsString,
  PyUnicode_Check,
  PyUnicode_FromString,
  PyUnicode_InternInPlace,
  PyUnicode_Type,
  type PyUnicodeObject,
} from "../objects/unicodeobject.js";
import {
  PyLong_AsNumber,
  PyLong_Check,
  PyLong_FromNumber,
  PyLong_FromBigInt,
  PyBool_FromBool,
  Py_False,
  intMaxStrDigits,
} from "../objects/longobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyList_Append, PyList_New } from "../objects/listobject.js";
import {
  PyTuple_Check,
  PyTuple_GET_ITEM,
  PyTuple_GET_SIZE,
  PyTuple_Pack,
  _PyTuple_FromArray,
  _PyTuple_FromArraySteal,
} from "../objects/tupleobject.js";
import { PyErr_Format, PyErr_SetObject } from "../objects/errors.js";
import {
  PyExc_Exception,
  PyExc_OverflowError,
  PyExc_RecursionError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyExc_SystemExit,
} from "../objects/exceptions.js";
import { _PyArg_CheckPositional, _PyArg_UnpackKeywords, newArgParser, nonStaticParser } from "../objects/getargs.js";
import { PyNumber_Index } from "../objects/abstract.js";
import { _PyType_LookupString } from "../objects/typeimpl.js";
import { PyObject_Call } from "../objects/call.js";
import { Py_GetRecursionLimit, Py_SetRecursionLimit, currentFrame, interp, tstate } from "../objects/pystate.js";
import { PySys_Audit, _PySys_AddAuditHook, _PySys_AuditTuple } from "../objects/sysaudit.js";
import { _PyErr_GetTopmostException, PyErr_GivenExceptionMatches } from "../objects/errors.js";
import { _PyFrame_GetFrameObject } from "../objects/frameobject.js";
import { _PyIO_CreateStdio } from "./io-stdio.js";
import { _PySys_SetModule } from "../vm/sysstate.js";
import { traceFunctions } from "./sys-trace.js";
import { addHooks } from "./sys-hooks.js";
import { addIntrospection } from "./sys-introspect.js";
import { PyDict_GetItemString, PyDict_New, PyDict_SetItemString } from "../objects/dictobject.js";
import { PyErr_Display } from "../objects/errors-display.js";
import { PyFloat_AsDouble, PyFloat_FromDouble } from "../objects/floatobject.js";
import { PyStructSequence_New, PyStructSequence_NewType } from "../objects/structseq.js";
import type { PyTypeObject } from "../objects/typeobject.js";
import { _PyNamespace_New } from "../objects/namespaceobject.js";

// --- functions -------------------------------------------------------------------------

/** sys.exc_info(): (type, value, traceback) of the exception being
 *  handled, or (None, None, None). */
function sys_exc_info(_m: PyObject): PyObject {
  const v = _PyErr_GetTopmostException();
  if (v === null) return PyTuple_Pack(Py_None, Py_None, Py_None);
  const tb = (v as { traceback?: PyObject | null }).traceback ?? null;
  return PyTuple_Pack(v.ob_type, v, tb ?? Py_None);
}

function sys_getrefcount(_m: PyObject, o: PyObject): PyObject {
  return PyLong_FromNumber(o.ob_refcnt);
}

function sys_getsizeof(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("getsizeof", args.length, 1, 2);
  const o = args[0];
  const method = _PyType_LookupString(o.ob_type, "__sizeof__");
  let size: number;
  if (method === null) {
    if (args.length === 2) return Py_NewRef(args[1]);
    throw PyErr_Format(PyExc_TypeError, `Type ${o.ob_type.tp_name} doesn't define __sizeof__`);
  }
  const get = method.ob_type.tp_descr_get;
  const bound = get === null ? Py_NewRef(method) : get(method, o, o.ob_type);
  try {
    const r = PyObject_Call(bound, [], null);
    try {
      if (!PyLong_Check(r)) throw PyErr_Format(PyExc_TypeError, "an integer is required");
      size = PyLong_AsNumber(r);
    } finally {
      Py_DECREF(r);
    }
  } finally {
    Py_DECREF(bound);
  }
  if (size < 0) throw PyErr_Format(PyExc_ValueError, "__sizeof__() should return >= 0");
  // _PyType_PreHeaderSize: the GC header, and a managed dict's pointers.
  const flags = o.ob_type.tp_flags;
  if ((flags & TPFLAGS_HAVE_GC) !== 0) size += 16;
  if ((flags & TPFLAGS_MANAGED_DICT) !== 0) size += MANAGED_DICT_PREHEADER;
  return PyLong_FromNumber(size);
}

function sys_getrecursionlimit(_m: PyObject): PyObject {
  return PyLong_FromNumber(Py_GetRecursionLimit());
}

function sys_setrecursionlimit(_m: PyObject, arg: PyObject): PyObject {
  const n = asCInt(arg);
  if (n < 1) throw PyErr_Format(PyExc_ValueError, "recursion limit must be greater or equal than 1");
  // A new limit at or below the current depth is refused.
  const depth = tstate.depth;
  if (depth >= n) {
    throw PyErr_Format(
      PyExc_RecursionError,
      `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`,
    );
  }
  Py_SetRecursionLimit(n);
  return Py_NewRef(Py_None);
}

/** sys.intern(string): the str itself, entered into the interned table
 *  when no equal string is there yet, else the one that is. */
function sys_intern(_m: PyObject, arg: PyObject): PyObject {
  if (!PyUnicode_Check(arg)) {
    throw PyErr_Format(PyExc_TypeError, `intern() argument must be str, not ${arg.ob_type.tp_name}`);
  }
  if (arg.ob_type !== PyUnicode_Type) throw PyErr_Format(PyExc_TypeError, `can't intern ${arg.ob_type.tp_name}`);
  Py_INCREF(arg);
  return PyUnicode_InternInPlace(arg as PyUnicodeObject);
}

function sys_getframe(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("_getframe", args.length, 0, 1);
  let depth = 0;
  if (args.length === 1) {
    const i = PyNumber_Index(args[0]);
    depth = PyLong_AsNumber(i);
    Py_DECREF(i);
  }
  let f = currentFrame();
  while (depth > 0 && f !== null) {
    f = f.previous;
    depth--;
  }
  if (f === null) throw PyErr_Format(PyExc_ValueError, "call stack is not deep enough");
  const frame = _PyFrame_GetFrameObject(f);
  if (interp.audit_hooks !== null) PySys_Audit("sys._getframe", [frame]);
  return Py_NewRef(frame);
}

function sys_exit(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("exit", args.length, 0, 1);
  throw PyErr_SetObject(PyExc_SystemExit, args.length === 0 ? Py_None : args[0]);
}

const asyncgenHooksParser = nonStaticParser(newArgParser("set_asyncgen_hooks", ["firstiter", "finalizer"], 0));

/** sys.set_asyncgen_hooks(firstiter=..., finalizer=...): None clears a
 *  hook, an argument left out keeps it (the finalizer is checked and set
 *  first, as CPython does). */
function sys_set_asyncgen_hooks(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [firstiter, finalizer] = _PyArg_UnpackKeywords(args, kwnames, asyncgenHooksParser, [null, null]);
  if (finalizer !== null) setAsyncGenHook("finalizer", finalizer);
  if (firstiter !== null) setAsyncGenHook("firstiter", firstiter);
  return Py_NewRef(Py_None);
}

function setAsyncGenHook(which: "firstiter" | "finalizer", value: PyObject): void {
  if (value !== Py_None && value.ob_type.tp_call === null) {
    throw PyErr_Format(PyExc_TypeError, `callable ${which} expected, got ${value.ob_type.tp_name}`);
  }
  const hook = value === Py_None ? null : Py_NewRef(value);
  if (which === "firstiter") {
    const old = tstate.async_gen_firstiter;
    tstate.async_gen_firstiter = hook;
    Py_XDECREF(old);
  } else {
    const old = tstate.async_gen_finalizer;
    tstate.async_gen_finalizer = hook;
    Py_XDECREF(old);
  }
}

/** sys.get_asyncgen_hooks(): (firstiter, finalizer), None where unset.
 *  (CPython's is a named structseq, asyncgen_hooks; this is its tuple.) */
function sys_get_asyncgen_hooks(_m: PyObject): PyObject {
  return PyTuple_Pack(tstate.async_gen_firstiter ?? Py_None, tstate.async_gen_finalizer ?? Py_None);
}

function sys_getdefaultencoding(): PyObject {
  return PyUnicode_FromString("utf-8");
}

// --- struct sequences and constants ------------------------------------------------------

const VersionInfoType = PyStructSequence_NewType({
  name: "sys.version_info",
  fields: ["major", "minor", "micro", "releaselevel", "serial"],
  n_in_sequence: 5,
});
const FlagsType = PyStructSequence_NewType({
  name: "sys.flags",
  fields: [
    "debug",
    "inspect",
    "interactive",
    "optimize",
    "dont_write_bytecode",
    "no_user_site",
    "no_site",
    "ignore_environment",
    "verbose",
    "bytes_warning",
    "quiet",
    "hash_randomization",
    "isolated",
    "dev_mode",
    "utf8_mode",
    "warn_default_encoding",
    "safe_path",
    "int_max_str_digits",
  ],
  n_in_sequence: 18,
});
const FloatInfoType = PyStructSequence_NewType({
  name: "sys.float_info",
  instantiable: true,
  fields: [
    "max",
    "max_exp",
    "max_10_exp",
    "min",
    "min_exp",
    "min_10_exp",
    "dig",
    "mant_dig",
    "epsilon",
    "radix",
    "rounds",
  ],
  n_in_sequence: 11,
});
const IntInfoType = PyStructSequence_NewType({
  name: "sys.int_info",
  instantiable: true,
  fields: ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
  n_in_sequence: 4,
});
const HashInfoType = PyStructSequence_NewType({
  name: "sys.hash_info",
  instantiable: true,
  fields: ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
  n_in_sequence: 9,
});

/** A field's value: a number is an int unless given as `{ float }`. */
type Field = number | bigint | string | boolean | { float: number };

function fieldValue(v: Field): PyObject {
  if (typeof v === "object") return PyFloat_FromDouble(v.float);
  if (typeof v === "bigint") return PyLong_FromBigInt(v);
  if (typeof v === "string") return PyUnicode_FromString(v);
  if (typeof v === "boolean") return PyBool_FromBool(v);
  return PyLong_FromNumber(v);
}

function structseq(type: PyTypeObject, values: Field[]): PyObject {
  return PyStructSequence_New(type, values.map(fieldValue));
}

/** The language version refpy implements. */
const VERSION: Field[] = [3, 11, 7, "final", 0];
/** refpy's own version, as sys.implementation.version. */
const IMPL_VERSION: Field[] = [0, 1, 0, "final", 0];

function sys_excepthook(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("excepthook", args.length, 3, 3);
  PyErr_Display(args[1]);
  return Py_NewRef(Py_None);
}

function sys_getfilesystemencoding(): PyObject {
  return PyUnicode_FromString("utf-8");
}

function sys_getfilesystemencodeerrors(): PyObject {
  return PyUnicode_FromString("surrogateescape");
}

/** sys.exception(): the exception being handled, or None. */
function sys_exception(_m: PyObject): PyObject {
  return Py_NewRef(_PyErr_GetTopmostException() ?? Py_None);
}

/** The thread switch interval in microseconds, as CPython keeps it
 *  (one thread runs here, so nothing switches; the value is kept). */
let switchIntervalUs = 5000;

function sys_getswitchinterval(_m: PyObject): PyObject {
  return PyFloat_FromDouble(1e-6 * switchIntervalUs);
}

function sys_setswitchinterval(_m: PyObject, arg: PyObject): PyObject {
  const interval = PyFloat_AsDouble(arg);
  if (interval <= 0.0) throw PyErr_Format(PyExc_ValueError, "switch interval must be strictly positive");
  switchIntervalUs = Math.trunc(1e6 * interval);
  return Py_NewRef(Py_None);
}

/** _PY_LONG_MAX_STR_DIGITS_THRESHOLD: the smallest limit but 0 (none). */
const MAX_STR_DIGITS_THRESHOLD = 640;
const maxDigitsParser = newArgParser("set_int_max_str_digits", ["maxdigits"], 1);

function sys_get_int_max_str_digits(_m: PyObject): PyObject {
  return PyLong_FromNumber(intMaxStrDigits.value);
}

function sys_set_int_max_str_digits(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [arg] = _PyArg_UnpackKeywords(args, kwnames, maxDigitsParser, [null]);
  const maxdigits = intArg(arg!);
  if (maxdigits !== 0 && maxdigits < MAX_STR_DIGITS_THRESHOLD) {
    throw PyErr_Format(PyExc_ValueError, `maxdigits must be 0 or larger than ${MAX_STR_DIGITS_THRESHOLD}`);
  }
  intMaxStrDigits.value = maxdigits;
  return Py_NewRef(Py_None);
}

/** Argument Clinic's `int` converter: __index__, then C int's range. */
function intArg(o: PyObject): number {
  const i = PyNumber_Index(o);
  try {
    if (!PyLong_Check(i) || i.big !== null || i.v > 2147483647 || i.v < -2147483648) {
      throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C int");
    }
    return i.v;
  } finally {
    Py_DECREF(i);
  }
}

/** sys.call_tracing(func, args): func(*args); refpy traces calls
 *  whatever the caller, so this is a plain call. */
function sys_call_tracing(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("call_tracing", args.length, 2, 2);
  const t = args[1];
  if (!PyTuple_Check(t)) {
    throw PyErr_Format(PyExc_TypeError, `call_tracing() argument 2 must be tuple, not ${t.ob_type.tp_name}`);
  }
  const items: PyObject[] = [];
  for (let i = 0; i < PyTuple_GET_SIZE(t); i++) items.push(PyTuple_GET_ITEM(t, i));
  return PyObject_Call(args[0], items, null);
}

/** sys.audit(event, *args): pass the event to the audit hooks; with no
 *  hook set, nothing is checked (should_audit). */
function sys_audit(_m: PyObject, args: PyObject[]): PyObject {
  if (args.length === 0) {
    throw PyErr_Format(PyExc_TypeError, "audit() missing 1 required positional argument: 'event'");
  }
  const hooks = interp.audit_hooks;
  if (hooks === null) return Py_NewRef(Py_None);
  const event = args[0];
  if (!PyUnicode_Check(event)) {
    throw PyErr_Format(PyExc_TypeError, `expected str for argument 'event', not ${event.ob_type.tp_name}`);
  }
  _PySys_AuditTuple(hooks, PyUnicode_AsString(event), _PyTuple_FromArray(args.slice(1)));
  return Py_NewRef(Py_None);
}

const addAuditHookParser = newArgParser("addaudithook", ["hook"], 1);

/** sys.addaudithook(hook): the hooks already set are told first
 *  ("sys.addaudithook"); an Exception one raises silently refuses the
 *  new hook, anything else (BaseException) propagates. */
function sys_addaudithook(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [hook] = _PyArg_UnpackKeywords(args, kwnames, addAuditHookParser, [null]);
  try {
    PySys_Audit("sys.addaudithook", []);
  } catch (e) {
    if (e instanceof PyObject && PyErr_GivenExceptionMatches(e, PyExc_Exception)) {
      Py_DECREF(e);
      return Py_NewRef(Py_None);
    }
    throw e;
  }
  _PySys_AddAuditHook(hook!);
  return Py_NewRef(Py_None);
}

const COPYRIGHT =
  "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n" +
  "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n" +
  "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n" +
  "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

function sys_is_finalizing(): PyObject {
  return Py_NewRef(Py_False);
}

// --- the module ---------------------------------------------------------------------------

/** Build sys for a run: `modules` is the run's sys.modules dict. */
export function _PySys_Create(argv: string[], modules: PyObject): PyObject {
  const m = PyModule_New("sys");
  PyModule_AddFunctions(m, [
    { name: "getrefcount", meth: sys_getrefcount, flags: METH_O },
    { name: "exc_info", meth: sys_exc_info, flags: METH_NOARGS },
    { name: "getsizeof", meth: sys_getsizeof, flags: METH_FASTCALL },
    { name: "getrecursionlimit", meth: sys_getrecursionlimit, flags: METH_NOARGS },
    { name: "setrecursionlimit", meth: sys_setrecursionlimit, flags: METH_O },
    { name: "intern", meth: sys_intern, flags: METH_O },
    { name: "_getframe", meth: sys_getframe, flags: METH_FASTCALL },
    { name: "exit", meth: sys_exit, flags: METH_FASTCALL },
    { name: "getdefaultencoding", meth: sys_getdefaultencoding, flags: METH_NOARGS },
    { name: "set_asyncgen_hooks", meth: sys_set_asyncgen_hooks, flags: METH_FASTCALL | METH_KEYWORDS },
    { name: "get_asyncgen_hooks", meth: sys_get_asyncgen_hooks, flags: METH_NOARGS },
    { name: "getfilesystemencoding", meth: sys_getfilesystemencoding, flags: METH_NOARGS },
    { name: "getfilesystemencodeerrors", meth: sys_getfilesystemencodeerrors, flags: METH_NOARGS },
    { name: "excepthook", meth: sys_excepthook, flags: METH_FASTCALL },
    { name: "is_finalizing", meth: sys_is_finalizing, flags: METH_NOARGS },
    { name: "exception", meth: sys_exception, flags: METH_NOARGS },
    { name: "getswitchinterval", meth: sys_getswitchinterval, flags: METH_NOARGS },
    { name: "setswitchinterval", meth: sys_setswitchinterval, flags: METH_O },
    { name: "get_int_max_str_digits", meth: sys_get_int_max_str_digits, flags: METH_NOARGS },
    {
      name: "set_int_max_str_digits",
      meth: sys_set_int_max_str_digits,
      flags: METH_FASTCALL | METH_KEYWORDS,
    },
    { name: "call_tracing", meth: sys_call_tracing, flags: METH_FASTCALL },
    { name: "audit", meth: sys_audit, flags: METH_FASTCALL },
    { name: "addaudithook", meth: sys_addaudithook, flags: METH_FASTCALL | METH_KEYWORDS },
  ]);
  switchIntervalUs = 5000;
  intMaxStrDigits.value = 4300;
  PyModule_AddFunctions(m, traceFunctions);
  addHooks(m);
  addIntrospection(m);
  PyModule_AddObjectRef(m, "__excepthook__", PyDict_GetItemString(PyModule_GetDict(m), "excepthook")!);
  const argvList = PyList_New(0);
  for (const a of argv) {
    const s = PyUnicode_FromString(a);
    PyList_Append(argvList, s);
    Py_DECREF(s);
  }
  PyModule_Add(m, "argv", argvList);
  // orig_argv: the command line as given, which refpy runs as `refpy ARGV...`.
  const origArgv = PyList_New(0);
  for (const a of ["refpy", ...argv]) {
    const s = PyUnicode_FromString(a);
    PyList_Append(origArgv, s);
    Py_DECREF(s);
  }
  PyModule_Add(m, "orig_argv", origArgv);
  PyModule_AddObjectRef(m, "modules", modules);
  const inp = _PyIO_CreateStdio(0, "<stdin>");
  const out = _PyIO_CreateStdio(1, "<stdout>");
  const err = _PyIO_CreateStdio(2, "<stderr>");
  PyModule_AddObjectRef(m, "stdout", out);
  PyModule_AddObjectRef(m, "__stdout__", out);
  PyModule_AddObjectRef(m, "stderr", err);
  PyModule_AddObjectRef(m, "__stderr__", err);
  PyModule_AddObjectRef(m, "stdin", inp);
  PyModule_AddObjectRef(m, "__stdin__", inp);
  Py_DECREF(out);
  Py_DECREF(err);
  Py_DECREF(inp);
  PyModule_Add(m, "maxsize", PyLong_FromBigInt((1n << 63n) - 1n));
  PyModule_Add(m, "maxunicode", PyLong_FromNumber(0x10ffff));
  PyModule_Add(m, "flags", structseq(FlagsType, [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, false, 0, 0, false, -1]));
  PyModule_Add(
    m,
    "float_info",
    structseq(FloatInfoType, [
      { float: Number.MAX_VALUE },
      1024,
      308,
      { float: 2.2250738585072014e-308 },
      -1021,
      -307,
      15,
      53,
      { float: Number.EPSILON },
      2,
      1,
    ]),
  );
  PyModule_Add(m, "int_info", structseq(IntInfoType, [30, 4, 4300, 640]));
  PyModule_Add(
    m,
    "hash_info",
    structseq(HashInfoType, [64, (1n << 61n) - 1n, 314159, 0, 1000003, "siphash13", 64, 128, 0]),
  );
  PyModule_Add(m, "float_repr_style", PyUnicode_FromString("short"));
  PyModule_Add(m, "api_version", PyLong_FromNumber(1013));
  PyModule_Add(m, "abiflags", PyUnicode_FromString(""));
  PyModule_Add(m, "dont_write_bytecode", PyBool_FromBool(true));
  PyModule_Add(m, "warnoptions", PyList_New(0));
  PyModule_Add(m, "_xoptions", PyDict_New());
  PyModule_Add(m, "meta_path", PyList_New(0));
  PyModule_Add(m, "path_hooks", PyList_New(0));
  PyModule_Add(m, "path_importer_cache", PyDict_New());
  PyModule_Add(m, "prefix", PyUnicode_FromString("/"));
  PyModule_Add(m, "exec_prefix", PyUnicode_FromString("/"));
  PyModule_Add(m, "base_prefix", PyUnicode_FromString("/"));
  PyModule_Add(m, "base_exec_prefix", PyUnicode_FromString("/"));
  PyModule_Add(m, "platlibdir", PyUnicode_FromString("lib"));
  PyModule_Add(m, "pycache_prefix", Py_NewRef(Py_None));
  PyModule_Add(m, "_stdlib_dir", PyUnicode_FromString(LIBDIR));
  // Py_GetCopyright(): CPython 3.11's notice (site's `copyright` shows it).
  PyModule_Add(m, "copyright", PyUnicode_FromString(COPYRIGHT));
  const impl = PyDict_New();
  const put = (k: string, v: PyObject): void => {
    PyDict_SetItemString(impl, k, v);
    Py_DECREF(v);
  };
  put("name", PyUnicode_FromString("refpy"));
  put("cache_tag", Py_NewRef(Py_None));
  put("version", structseq(VersionInfoType, IMPL_VERSION));
  put("hexversion", PyLong_FromNumber(0x000100f0));
  PyModule_Add(m, "implementation", _PyNamespace_New(impl));
  Py_DECREF(impl);
  PyModule_Add(m, "version", PyUnicode_FromString("3.11.7 (refpy)"));
  PyModule_Add(m, "platform", PyUnicode_FromString("linux"));
  PyModule_Add(m, "byteorder", PyUnicode_FromString("little"));
  PyModule_Add(m, "executable", PyUnicode_FromString("refpy"));
  PyModule_Add(m, "version_info", structseq(VersionInfoType, VERSION));
  PyModule_Add(m, "hexversion", PyLong_FromNumber(0x030b07f0));
  const names = PyImport_BuiltinModuleNames().map((n) => PyUnicode_FromString(n));
  PyModule_Add(m, "builtin_module_names", _PyTuple_FromArraySteal(names));
  const path = PyList_New(0);
  const libdir = PyUnicode_FromString(LIBDIR);
  PyList_Append(path, libdir);
  Py_DECREF(libdir);
  PyModule_Add(m, "path", path);
  _PySys_SetModule(m);
  return m;
}
