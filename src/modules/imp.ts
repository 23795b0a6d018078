/**
 * The `_imp` module (CPython's Python/import.c, `_imp`): what
 * importlib._bootstrap and _bootstrap_external ask of the interpreter's
 * import machinery. refpy's import system is native (src/vm/import.ts):
 * built-in modules come from its table, Python modules from the packed
 * library; there are no frozen modules and no extension modules, so
 * `is_frozen` answers False, `find_frozen` None, and
 * `extension_suffixes()` is empty. The import lock is a counter over
 * refpy's one thread (`_thread` runs threads to their end).
 */
import type { PyObject } from "../heap/object.js";
import { Py_NewRef } from "../heap/refcount.js";
import { METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/moduleobject.js";
import { PyLong_FromNumber, Py_True, Py_False } from "../objects/longobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyList_New } from "../objects/listobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_ImportError, PyExc_RuntimeError, PyExc_TypeError } from "../objects/exceptions.js";
import { _PyArg_UnpackKeywords, newArgParser } from "../objects/getargs.js";
import { PyObject_GetAttrString } from "../objects/object.js";
import { _PyImport_CreateBuiltin, _PyImport_IsBuiltin } from "../vm/import.js";
import { Py_DECREF } from "../heap/refcount.js";

let lockCount = 0;

function strArg(fname: string, o: PyObject): string {
  if (!PyUnicode_Check(o)) {
    throw PyErr_Format(PyExc_TypeError, `${fname}() argument must be str, not ${o.ob_type.tp_name}`);
  }
  return PyUnicode_AsString(o);
}

function noFrozen(name: PyObject): PyObject {
  return PyErr_Format(PyExc_ImportError, `No such frozen object named '${PyUnicode_AsString(name)}'`);
}

const findFrozenParser = newArgParser("find_frozen", ["", "withdata"], 1, 1);

const functions: PyMethodDef[] = [
  { name: "lock_held", meth: () => Py_NewRef(lockCount > 0 ? Py_True : Py_False), flags: METH_NOARGS },
  {
    name: "acquire_lock",
    meth: () => {
      lockCount++;
      return Py_NewRef(Py_None);
    },
    flags: METH_NOARGS,
  },
  {
    name: "release_lock",
    meth: () => {
      if (lockCount === 0) throw PyErr_Format(PyExc_RuntimeError, "not holding the import lock");
      lockCount--;
      return Py_NewRef(Py_None);
    },
    flags: METH_NOARGS,
  },
  {
    name: "is_builtin",
    meth: (_m: PyObject, name: PyObject): PyObject =>
      PyLong_FromNumber(_PyImport_IsBuiltin(strArg("is_builtin", name))),
    flags: METH_O,
  },
  {
    name: "create_builtin",
    meth: (_m: PyObject, spec: PyObject) => {
      const nameObj = PyObject_GetAttrString(spec, "name");
      try {
        if (!PyUnicode_Check(nameObj)) {
          throw PyErr_Format(PyExc_TypeError, `name must be string, not ${nameObj.ob_type.tp_name}`);
        }
        const m = _PyImport_CreateBuiltin(PyUnicode_AsString(nameObj));
        // CPython answers None for a name that is not built in.
        return m ?? Py_NewRef(Py_None);
      } finally {
        Py_DECREF(nameObj);
      }
    },
    flags: METH_O,
  },
  { name: "exec_builtin", meth: () => PyLong_FromNumber(0), flags: METH_O },
  {
    name: "is_frozen",
    meth: (_m: PyObject, name: PyObject): PyObject => {
      strArg("is_frozen", name);
      return Py_NewRef(Py_False);
    },
    flags: METH_O,
  },
  {
    name: "is_frozen_package",
    meth: (_m: PyObject, name: PyObject): PyObject => {
      strArg("is_frozen_package", name);
      throw noFrozen(name);
    },
    flags: METH_O,
  },
  {
    name: "find_frozen",
    meth: (_m: PyObject, args: PyObject[], kwnames: PyObject | null) => {
      const [name] = _PyArg_UnpackKeywords(args as PyObject[], kwnames as PyObject | null, findFrozenParser, [
        null,
        null,
      ]);
      strArg("find_frozen", name!);
      return Py_NewRef(Py_None);
    },
    flags: METH_FASTCALL | METH_KEYWORDS,
  },
  {
    name: "get_frozen_object",
    meth: (_m: PyObject, args: PyObject[]) => {
      const a = args as PyObject[];
      if (a.length < 1) throw PyErr_Format(PyExc_TypeError, "get_frozen_object expected at least 1 argument, got 0");
      strArg("get_frozen_object", a[0]);
      throw noFrozen(a[0]);
    },
    flags: METH_FASTCALL,
  },
  {
    name: "init_frozen",
    meth: (_m: PyObject, name: PyObject): PyObject => {
      strArg("init_frozen", name);
      return Py_NewRef(Py_None);
    },
    flags: METH_O,
  },
  { name: "extension_suffixes", meth: () => PyList_New(0), flags: METH_NOARGS },
];

export function PyInit__imp(): PyObject {
  const m = PyModule_New("_imp");
  PyModule_AddFunctions(m, functions);
  PyModule_Add(m, "check_hash_based_pycs", PyUnicode_FromString("never"));
  return m;
}
