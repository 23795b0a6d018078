/**
 * The `_bisect` module (CPython's Modules/_bisectmodule.c): bisect_left,
 * bisect_right, insort_left and insort_right with `lo`, `hi` and the
 * keyword-only `key`, which Lib/bisect.py imports over its Python
 * versions (`from _bisect import *`), so a program sees CPython's
 * errors and no frame of bisect.py in a traceback.
 *
 * The search reads `a` through the sequence protocol (any sequence, not
 * only lists); insort inserts with PyList_Insert into an exact list and
 * by calling `a.insert(i, x)` on anything else.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { METH_FASTCALL, METH_KEYWORDS, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/moduleobject.js";
import { PyUnicode_FromString, PyUnicode_InternFromString } from "../objects/unicodeobject.js";
import { PyLong_FromNumber, type PyLongObject } from "../objects/longobject.js";
import { PyList_CheckExact, PyList_Insert, type PyListObject } from "../objects/listobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.js";
import { _PyArg_UnpackKeywords, newArgParser } from "../objects/getargs.js";
import {
  PyIndex_Check,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  PyObject_RichCompareBool,
  PyObject_Size,
  PySequence_GetItem,
} from "../objects/abstract.js";
import { PyObject_Call } from "../objects/call.js";
import { PyObject_GetAttr } from "../objects/object.js";
import { Py_LT } from "../bytecode/opcodes.js";

/** PyLong_AsSsize_t of an index: an OverflowError past 64 bits. */
function ssize(o: PyObject): number {
  const i = PyNumber_Index(o) as PyLongObject;
  try {
    if (i.big === null) return i.v;
    if (i.big >= -(1n << 63n) && i.big < 1n << 63n) return Number(i.big);
    throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  } finally {
    Py_DECREF(i);
  }
}

/** _Py_convert_optional_to_ssize_t: None keeps -1 (len(a)). */
function optionalSsize(o: PyObject): number {
  if (o === Py_None) return -1;
  if (!PyIndex_Check(o)) {
    throw PyErr_Format(PyExc_TypeError, `argument should be integer or None, not '${o.ob_type.tp_name}'`);
  }
  return PyNumber_AsSsize_t(o, PyExc_OverflowError);
}

/**
 * internal_bisect_right (`right`) and internal_bisect_left: the index
 * where `item` goes in a[lo:hi] (hi -1: len(a)), each probe `a[mid]`
 * passed through `key` when it is not None.
 */
function internal_bisect(a: PyObject, item: PyObject, lo: number, hi: number, key: PyObject, right: boolean): number {
  if (lo < 0) throw PyErr_Format(PyExc_ValueError, "lo must be non-negative");
  if (hi === -1) hi = PyObject_Size(a);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let litem = PySequence_GetItem(a, mid);
    if (key !== Py_None) {
      try {
        const k = PyObject_Call(key, [litem], null);
        Py_DECREF(litem);
        litem = k;
      } catch (e) {
        Py_DECREF(litem);
        throw e;
      }
    }
    let lt: boolean;
    try {
      lt = right ? PyObject_RichCompareBool(item, litem, Py_LT) : PyObject_RichCompareBool(litem, item, Py_LT);
    } finally {
      Py_DECREF(litem);
    }
    if (lt === right) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface BisectArgs {
  a: PyObject;
  x: PyObject;
  lo: number;
  hi: number;
  key: PyObject;
}

/** The clinic signature `(a, x, lo=0, hi=None, *, key=None)`. */
function bisectArgs(parser: ReturnType<typeof newArgParser>, args: PyObject[], kwnames: PyObject | null): BisectArgs {
  const [a, x, lo, hi, key] = _PyArg_UnpackKeywords(args, kwnames, parser, [null, null, null, null, null]);
  return {
    a: a!,
    x: x!,
    lo: lo === null ? 0 : ssize(lo),
    hi: hi === null ? -1 : optionalSsize(hi),
    key: key ?? Py_None,
  };
}

const NAMES = ["a", "x", "lo", "hi", "key"];
const bisectRightParser = newArgParser("bisect_right", NAMES, 2, 0, 4);
const bisectLeftParser = newArgParser("bisect_left", NAMES, 2, 0, 4);
const insortRightParser = newArgParser("insort_right", NAMES, 2, 0, 4);
const insortLeftParser = newArgParser("insort_left", NAMES, 2, 0, 4);

function bisect(parser: ReturnType<typeof newArgParser>, right: boolean) {
  return (_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject => {
    const p = bisectArgs(parser, args, kwnames);
    return PyLong_FromNumber(internal_bisect(p.a, p.x, p.lo, p.hi, p.key, right));
  };
}

/** insort: `x` inserted where bisect puts `key(x)`. */
function insort(parser: ReturnType<typeof newArgParser>, right: boolean) {
  return (_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject => {
    const p = bisectArgs(parser, args, kwnames);
    let index: number;
    if (p.key === Py_None) {
      index = internal_bisect(p.a, p.x, p.lo, p.hi, p.key, right);
    } else {
      const keyX = PyObject_Call(p.key, [p.x], null);
      try {
        index = internal_bisect(p.a, keyX, p.lo, p.hi, p.key, right);
      } finally {
        Py_DECREF(keyX);
      }
    }
    if (PyList_CheckExact(p.a)) {
      PyList_Insert(p.a as PyListObject, index, p.x);
    } else {
      const name = PyUnicode_InternFromString("insert");
      let insert: PyObject;
      try {
        insert = PyObject_GetAttr(p.a, name);
      } finally {
        Py_DECREF(name);
      }
      const i = PyLong_FromNumber(index);
      try {
        Py_DECREF(PyObject_Call(insert, [i, p.x], null));
      } finally {
        Py_DECREF(i);
        Py_DECREF(insert);
      }
    }
    return Py_NewRef(Py_None);
  };
}

// ---------------------------------------------------------------- CPython's docstrings

const DOC_MODULE =
  "Bisection algorithms.\n" +
  "\n" +
  "This module provides support for maintaining a list in sorted order without\n" +
  "having to sort the list after each insertion. For long lists of items with\n" +
  "expensive comparison operations, this can be an improvement over the more\n" +
  "common approach.\n";

const DOC_BISECT_RIGHT =
  "Return the index where to insert item x in list a, assuming a is sorted.\n" +
  "\n" +
  "The return value i is such that all e in a[:i] have e <= x, and all e in\n" +
  "a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\n" +
  "insert just after the rightmost x already there.\n" +
  "\n" +
  "Optional args lo (default 0) and hi (default len(a)) bound the\n" +
  "slice of a to be searched.";

const DOC_INSORT_RIGHT =
  "Insert item x in list a, and keep it sorted assuming a is sorted.\n" +
  "\n" +
  "If x is already in a, insert it to the right of the rightmost x.\n" +
  "\n" +
  "Optional args lo (default 0) and hi (default len(a)) bound the\n" +
  "slice of a to be searched.";

const DOC_BISECT_LEFT =
  "Return the index where to insert item x in list a, assuming a is sorted.\n" +
  "\n" +
  "The return value i is such that all e in a[:i] have e < x, and all e in\n" +
  "a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\n" +
  "insert just before the leftmost x already there.\n" +
  "\n" +
  "Optional args lo (default 0) and hi (default len(a)) bound the\n" +
  "slice of a to be searched.";

const DOC_INSORT_LEFT =
  "Insert item x in list a, and keep it sorted assuming a is sorted.\n" +
  "\n" +
  "If x is already in a, insert it to the left of the leftmost x.\n" +
  "\n" +
  "Optional args lo (default 0) and hi (default len(a)) bound the\n" +
  "slice of a to be searched.";

const functions: PyMethodDef[] = [
  {
    name: "bisect_right",
    meth: bisect(bisectRightParser, true),
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: DOC_BISECT_RIGHT,
  },
  {
    name: "insort_right",
    meth: insort(insortRightParser, true),
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: DOC_INSORT_RIGHT,
  },
  {
    name: "bisect_left",
    meth: bisect(bisectLeftParser, false),
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: DOC_BISECT_LEFT,
  },
  {
    name: "insort_left",
    meth: insort(insortLeftParser, false),
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: DOC_INSORT_LEFT,
  },
];

export function PyInit__bisect(): PyObject {
  const m = PyModule_New("_bisect");
  PyModule_Add(m, "__doc__", PyUnicode_FromString(DOC_MODULE));
  PyModule_AddFunctions(m, functions);
  return m;
}
