/**
 * The `_locale` module (CPython 3.11's Modules/_localemodule.c) for the
 * one locale refpy has, "C" (also named "POSIX" or "", the environment's
 * default here): `setlocale` (which refuses any other name with
 * `locale.Error: unsupported locale setting`), `localeconv` with the C
 * locale's conventions, `strcoll` and `strxfrm` (code point order),
 * `getencoding`, the LC_* categories and CHAR_MAX. Lib/locale.py builds
 * on it.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF } from "../heap/refcount.js";
import { PyType_Type, type PyTypeObject } from "../objects/typeobject.js";
import { METH_FASTCALL, METH_NOARGS, type PyMethodDef } from "../objects/methoddef.js";
import { _PyArg_CheckPositional } from "../objects/getargs.js";
import {
  type PyModuleObject,
  PyModule_Add,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/moduleobject.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyLong_AsNumber, PyLong_Check, PyLong_FromNumber } from "../objects/longobject.js";
import { PyTuple_Pack } from "../objects/tupleobject.js";
import { PyDict_New, PyDict_SetItemString } from "../objects/dictobject.js";
import { PyList_New } from "../objects/listobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_Exception, PyExc_TypeError } from "../objects/exceptions.js";
import { PyObject_Call } from "../objects/call.js";
import { Py_None } from "../objects/noneobject.js";

const CHAR_MAX = 127;
const LC_CTYPE = 0;
const LC_NUMERIC = 1;
const LC_TIME = 2;
const LC_COLLATE = 3;
const LC_MONETARY = 4;
const LC_MESSAGES = 5;
const LC_ALL = 6;

let state: PyModuleObject | null = null;

function localeError(msg: string): PyObject {
  return PyErr_Format(state!.md_state[0] as PyTypeObject, msg);
}

function strOrNone(name: string, o: PyObject): string | null {
  if (o === Py_None) return null;
  if (!PyUnicode_Check(o)) {
    throw PyErr_Format(PyExc_TypeError, `${name}() argument 2 must be str or None, not ${o.ob_type.tp_name}`);
  }
  return PyUnicode_AsString(o);
}

function locale_setlocale(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("setlocale", args.length, 1, 2);
  if (!PyLong_Check(args[0])) {
    throw PyErr_Format(PyExc_TypeError, `'${args[0].ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  const category = PyLong_AsNumber(args[0]);
  if (category < LC_CTYPE || category > LC_ALL) throw localeError("invalid locale category");
  const name = args.length > 1 ? strOrNone("setlocale", args[1]) : null;
  if (name !== null && name !== "" && name !== "C" && name !== "POSIX") {
    throw localeError("unsupported locale setting");
  }
  return PyUnicode_FromString("C");
}

function locale_localeconv(_m: PyObject): PyObject {
  const d = PyDict_New();
  const put = (k: string, v: PyObject): void => {
    PyDict_SetItemString(d, k, v);
    Py_DECREF(v);
  };
  put("decimal_point", PyUnicode_FromString("."));
  put("thousands_sep", PyUnicode_FromString(""));
  put("grouping", PyList_New(0));
  put("int_curr_symbol", PyUnicode_FromString(""));
  put("currency_symbol", PyUnicode_FromString(""));
  put("mon_decimal_point", PyUnicode_FromString(""));
  put("mon_thousands_sep", PyUnicode_FromString(""));
  put("mon_grouping", PyList_New(0));
  put("positive_sign", PyUnicode_FromString(""));
  put("negative_sign", PyUnicode_FromString(""));
  for (const k of [
    "int_frac_digits",
    "frac_digits",
    "p_cs_precedes",
    "p_sep_by_space",
    "n_cs_precedes",
    "n_sep_by_space",
    "p_sign_posn",
    "n_sign_posn",
  ]) {
    put(k, PyLong_FromNumber(CHAR_MAX));
  }
  return d;
}

function strArg(fname: string, i: number, o: PyObject): string {
  if (!PyUnicode_Check(o)) {
    throw PyErr_Format(PyExc_TypeError, `${fname}() argument ${i} must be str, not ${o.ob_type.tp_name}`);
  }
  return PyUnicode_AsString(o);
}

/** Code point order, as wcscoll in the C locale. */
function locale_strcoll(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("strcoll", args.length, 2, 2);
  const a = [...strArg("strcoll", 1, args[0])].map((c) => c.codePointAt(0)!);
  const b = [...strArg("strcoll", 2, args[1])].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < a.length && i < b.length; i++) {
    if (a[i] !== b[i]) return PyLong_FromNumber(a[i] < b[i] ? -1 : 1);
  }
  return PyLong_FromNumber(a.length === b.length ? 0 : a.length < b.length ? -1 : 1);
}

function locale_strxfrm(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("strxfrm", args.length, 1, 1);
  return PyUnicode_FromString(strArg("strxfrm", 1, args[0]));
}

function locale_getencoding(_m: PyObject): PyObject {
  return PyUnicode_FromString("utf-8");
}

const functions: PyMethodDef[] = [
  {
    name: "setlocale",
    meth: locale_setlocale,
    flags: METH_FASTCALL,
    doc: "setlocale($module, category, locale=<unrepresentable>, /)\n--\n\nActivates/queries locale processing.",
  },
  {
    name: "localeconv",
    meth: locale_localeconv,
    flags: METH_NOARGS,
    doc: "localeconv($module, /)\n--\n\nReturns numeric and monetary locale-specific parameters.",
  },
  {
    name: "strcoll",
    meth: locale_strcoll,
    flags: METH_FASTCALL,
    doc: "strcoll($module, os1, os2, /)\n--\n\nCompares two strings according to the locale.",
  },
  {
    name: "strxfrm",
    meth: locale_strxfrm,
    flags: METH_FASTCALL,
    doc: "strxfrm($module, string, /)\n--\n\nReturn a string that can be used as a key for locale-aware comparisons.",
  },
  {
    name: "getencoding",
    meth: locale_getencoding,
    flags: METH_NOARGS,
    doc: "getencoding($module, /)\n--\n\nGet the current locale encoding.",
  },
];

export function PyInit__locale(): PyObject {
  const m = PyModule_New("_locale");
  PyModule_AddFunctions(m, functions);
  const dict = PyDict_New();
  const modname = PyUnicode_FromString("locale");
  const name = PyUnicode_FromString("Error");
  const bases = PyTuple_Pack(PyExc_Exception);
  let error: PyObject;
  try {
    PyDict_SetItemString(dict, "__module__", modname);
    error = PyObject_Call(PyType_Type, [name, bases, dict], null);
  } finally {
    Py_DECREF(dict);
    Py_DECREF(modname);
    Py_DECREF(name);
    Py_DECREF(bases);
  }
  m.md_state = [error];
  state = m;
  PyModule_AddObjectRef(m, "Error", error);
  const consts: [string, number][] = [
    ["LC_CTYPE", LC_CTYPE],
    ["LC_NUMERIC", LC_NUMERIC],
    ["LC_TIME", LC_TIME],
    ["LC_COLLATE", LC_COLLATE],
    ["LC_MONETARY", LC_MONETARY],
    ["LC_MESSAGES", LC_MESSAGES],
    ["LC_ALL", LC_ALL],
    ["CHAR_MAX", CHAR_MAX],
  ];
  for (const [k, v] of consts) PyModule_Add(m, k, PyLong_FromNumber(v));
  return m;
}
