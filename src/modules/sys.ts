/**
 * The `sys` module: argv, recursion limit (the eval loop's `tstate.limit`),
 * getrefcount, getsizeof, stdout/stderr objects writing to the run's sinks,
 * maxsize, version info, modules, intern, _getframe.
 *
 * The stream objects sys.stdout, sys.stderr and sys.stdin are made by
 * objects/fileobject.ts; the interpreter reads sys's attributes through
 * vm/sysstate.ts (PySys_GetObject).
 */
import { LIBDIR } from "../vm/import.js";
import { MANAGED_DICT_PREHEADER, type PyObject, TPFLAGS_HAVE_GC, TPFLAGS_MANAGED_DICT } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { METH_FASTCALL, METH_NOARGS, METH_O } from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddFunctions, PyModule_AddObjectRef, PyModule_New } from "../objects/moduleobject.js";
import {
  PyUnicode_AsString,
  PyUnicode_Check,
  PyUnicode_FromString,
  PyUnicode_InternFromString,
} from "../objects/unicodeobject.js";
import { PyLong_AsNumber, PyLong_Check, PyLong_FromNumber, PyLong_FromBigInt } from "../objects/longobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyList_Append, PyList_New } from "../objects/listobject.js";
import { PyTuple_Pack, _PyTuple_FromArraySteal } from "../objects/tupleobject.js";
import { PyErr_Format, PyErr_SetObject } from "../objects/errors.js";
import { _PyNamespace_New } from "../objects/namespaceobject.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError, PyExc_SystemExit } from "../objects/exceptions.js";
import { _PyArg_CheckPositional } from "../objects/getargs.js";
import { PyNumber_Index } from "../objects/abstract.js";
import { _PyType_LookupString } from "../objects/typeimpl.js";
import { PyObject_Call } from "../objects/call.js";
import { Py_GetRecursionLimit, Py_SetRecursionLimit, currentFrame } from "../objects/pystate.js";
import { _PyErr_GetTopmostException } from "../objects/errors.js";
import { _PyFrame_GetFrameObject } from "../objects/frameobject.js";
import { PyTextIOObject } from "../objects/fileobject.js";
import { _PySys_SetModule } from "../vm/sysstate.js";

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
  if (!PyLong_Check(arg)) {
    throw PyErr_Format(PyExc_TypeError, `'${arg.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  const n = PyLong_AsNumber(arg);
  if (n < 1) throw PyErr_Format(PyExc_ValueError, "recursion limit must be greater or equal than 1");
  if (n > 2147483647) throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C int");
  Py_SetRecursionLimit(n);
  return Py_NewRef(Py_None);
}

function sys_intern(_m: PyObject, arg: PyObject): PyObject {
  if (!PyUnicode_Check(arg)) {
    throw PyErr_Format(PyExc_TypeError, `intern() argument must be str, not ${arg.ob_type.tp_name}`);
  }
  return PyUnicode_InternFromString(PyUnicode_AsString(arg));
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
  return Py_NewRef(_PyFrame_GetFrameObject(f));
}

function sys_exit(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("exit", args.length, 0, 1);
  throw PyErr_SetObject(PyExc_SystemExit, args.length === 0 ? Py_None : args[0]);
}

function sys_getdefaultencoding(): PyObject {
  return PyUnicode_FromString("utf-8");
}

// --- the module ---------------------------------------------------------------------------

/** Build sys for a run: `modules` is the run's sys.modules dict. */
/** sys.implementation (sysmodule.c's make_impl_info): CPython 3.11's,
 *  as a types.SimpleNamespace. */
function makeImplementation(versionInfo: PyObject): PyObject {
  const name = PyUnicode_FromString("cpython");
  const cacheTag = PyUnicode_FromString("cpython-311");
  const hexversion = PyLong_FromNumber(0x030b07f0);
  const multiarch = PyUnicode_FromString("x86_64-linux-gnu");
  try {
    return _PyNamespace_New([
      ["name", name],
      ["cache_tag", cacheTag],
      ["version", versionInfo],
      ["hexversion", hexversion],
      ["_multiarch", multiarch],
    ]);
  } finally {
    Py_DECREF(name);
    Py_DECREF(cacheTag);
    Py_DECREF(hexversion);
    Py_DECREF(multiarch);
  }
}

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
  ]);
  const argvList = PyList_New(0);
  for (const a of argv) {
    const s = PyUnicode_FromString(a);
    PyList_Append(argvList, s);
    Py_DECREF(s);
  }
  PyModule_Add(m, "argv", argvList);
  PyModule_AddObjectRef(m, "modules", modules);
  const out = new PyTextIOObject("<stdout>", 1);
  const err = new PyTextIOObject("<stderr>", 2);
  const inp = new PyTextIOObject("<stdin>", 0);
  PyModule_AddObjectRef(m, "stdout", out);
  PyModule_AddObjectRef(m, "__stdout__", out);
  PyModule_AddObjectRef(m, "stderr", err);
  PyModule_AddObjectRef(m, "__stderr__", err);
  PyModule_AddObjectRef(m, "stdin", inp);
  Py_DECREF(out);
  Py_DECREF(err);
  Py_DECREF(inp);
  PyModule_Add(m, "maxsize", PyLong_FromBigInt((1n << 63n) - 1n));
  PyModule_Add(m, "version", PyUnicode_FromString("3.11.7 (refpy)"));
  PyModule_Add(m, "platform", PyUnicode_FromString("linux"));
  PyModule_Add(m, "byteorder", PyUnicode_FromString("little"));
  PyModule_Add(m, "executable", PyUnicode_FromString("refpy"));
  const vi: PyObject[] = [3, 11, 7].map((n) => PyLong_FromNumber(n));
  vi.push(PyUnicode_FromString("final"), PyLong_FromNumber(0));
  const versionInfo = _PyTuple_FromArraySteal(vi);
  PyModule_AddObjectRef(m, "version_info", versionInfo);
  PyModule_Add(m, "hexversion", PyLong_FromNumber(0x030b07f0));
  PyModule_Add(m, "implementation", makeImplementation(versionInfo));
  Py_DECREF(versionInfo);
  const bn = PyTuple_Pack();
  PyModule_Add(m, "builtin_module_names", bn);
  const path = PyList_New(0);
  const libdir = PyUnicode_FromString(LIBDIR);
  PyList_Append(path, libdir);
  Py_DECREF(libdir);
  PyModule_Add(m, "path", path);
  _PySys_SetModule(m);
  return m;
}
