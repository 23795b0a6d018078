/**
 * The `_collections` module: CPython 3.11's Modules/_collectionsmodule.c,
 * the native half of Lib/collections. The deque and its iterators are in
 * collections-deque.ts; here are the rest and the module itself:
 *
 *  - `defaultdict`, a static subtype of dict: a DefDictObject is a dict
 *    (PyDictObject's table) plus `default_factory`, an owned reference or
 *    null. dict's `__getitem__` calls `__missing__` for a key it lacks in
 *    any subtype; defaultdict's calls the factory and stores the result.
 *    Instances are tracked from creation, as dict_new tracks every dict
 *    subtype's; traverse and clear take the factory, then the dict.
 *  - `_count_elements(mapping, iterable)`, Counter's counting loop: on a
 *    dict whose `get` and `__setitem__` are dict's own, the hash of each
 *    element is computed once for the lookup and the store; any other
 *    mapping is counted through its bound `get` and `__setitem__`.
 *  - `_tuplegetter(index, doc)`, the data descriptor namedtuple puts in
 *    its classes: `obj.name` is `obj[index]` for any tuple.
 *
 * `OrderedDict` is in collections-odict.ts.
 */
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { _PyType_Lookup, newStaticType, type PyTypeObject } from "../objects/typeobject.js";
import { METH_CLASS, METH_FASTCALL, METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { _PyArg_CheckPositional, _PyArg_NoKwnames, nargsOf } from "../objects/getargs.js";
import { PyErr_Format, PyErr_NewWithArgs } from "../objects/errors.js";
import {
  PyExc_AttributeError,
  PyExc_IndexError,
  PyExc_KeyError,
  PyExc_OverflowError,
  PyExc_TypeError,
} from "../objects/exceptions.js";
import { Py_None, Py_NotImplemented } from "../objects/noneobject.js";
import { _PyLong_GetSmall, PyLong_FromNumber, type PyLongObject } from "../objects/longobject.js";
import { PyUnicode_AsString, PyUnicode_FromString, reprString } from "../objects/unicodeobject.js";
import { PyTuple_Check, PyTuple_GET_ITEM, PyTuple_GET_SIZE, PyTuple_Pack } from "../objects/tupleobject.js";
import {
  _PyDict_GetItem_KnownHash,
  _PyDict_SetItem_KnownHash,
  PyDict_Check,
  PyDict_Merge,
  PyDict_Type,
  PyDictObject,
} from "../objects/dictobject.js";
import { Py_GenericAlias } from "../objects/genericaliasobject.js";
import {
  PyIter_Next,
  PyNumber_Add,
  PyNumber_Index,
  PyObject_GetIter,
  PyObject_Hash,
  PyObject_SetItem,
  Py_ReprEnter,
  Py_ReprLeave,
} from "../objects/abstract.js";
import { PyObject_Call, PyObject_CallMethod, PyObject_CallNoArgs } from "../objects/call.js";
import { PyObject_GetAttrString, PyObject_TypeCheck } from "../objects/object.js";
import { _Py_ID } from "../objects/identifiers.js";
import { PyModule_AddFunctions, PyModule_AddObjectRef, PyModule_New } from "../objects/moduleobject.js";
import { PyDeque_Type, PyDequeIter_Type, PyDequeRevIter_Type } from "./collections-deque.js";
import { PyODict_Type } from "./collections-odict.js";

// ---------------------------------------------------------------- defaultdict

/** sizeof(defdictobject): a dict and the factory pointer. */
const DEFDICT_BASICSIZE = 56;

export class DefDictObject extends PyDictObject {
  default_factory: PyObject | null;
  constructor(type: PyTypeObject) {
    super(type, type.tp_basicsize);
    this.default_factory = null;
  }
}

function DD(o: PyObject): DefDictObject {
  return o as DefDictObject;
}

function defdict_dealloc(self: PyObject): void {
  const dd = DD(self);
  PyObject_GC_UnTrack(dd);
  const factory = dd.default_factory;
  dd.default_factory = null;
  Py_XDECREF(factory);
  PyDict_Type.tp_dealloc(dd);
}

export const PyDefaultDict_Type: PyTypeObject = newStaticType(
  "collections.defaultdict",
  DEFDICT_BASICSIZE,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
  defdict_dealloc,
  PyDict_Type,
);
PyDefaultDict_Type.tp_doc =
  "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n" +
  "The default factory is called without arguments to produce\n" +
  "a new value when a key is not present, in __getitem__ only.\n" +
  "A defaultdict compares equal to a dict with the same items.\n" +
  "All remaining arguments are treated the same as if they were\n" +
  "passed to the dict constructor, including keyword arguments.\n";

/** dict_new for this subtype: an empty table, tracked. */
function defdict_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  const dd = new DefDictObject(type);
  PyObject_GC_Track(dd);
  return dd;
}

/** __missing__(key): KeyError without a factory, else
 *  `self[key] = value = self.default_factory()`. */
function defdict_missing(self: PyObject, key: PyObject): PyObject {
  const factory = DD(self).default_factory;
  if (factory === null || factory === Py_None) {
    // KeyError((key,)): the key is the exception's one argument.
    throw PyErr_NewWithArgs(PyExc_KeyError, PyTuple_Pack(key));
  }
  const value = PyObject_CallNoArgs(factory);
  try {
    PyObject_SetItem(self, key, value);
  } catch (e) {
    Py_DECREF(value);
    throw e;
  }
  return value;
}

/** type(dd)(dd.default_factory, arg): what copy() and `|` make. */
function new_defdict(dd: DefDictObject, arg: PyObject): PyObject {
  return PyObject_Call(dd.ob_type, [dd.default_factory ?? Py_None, arg], null);
}

function defdict_copy(self: PyObject): PyObject {
  return new_defdict(DD(self), self);
}

/** (type, (factory,) or (), None, None, iter(self.items())). */
function defdict_reduce(self: PyObject): PyObject {
  const dd = DD(self);
  const factory = dd.default_factory;
  const args = factory === null || factory === Py_None ? PyTuple_Pack() : PyTuple_Pack(factory);
  try {
    const items = PyObject_CallMethod(dd, "items");
    let iter: PyObject;
    try {
      iter = PyObject_GetIter(items);
    } finally {
      Py_DECREF(items);
    }
    try {
      return PyTuple_Pack(dd.ob_type, args, Py_None, Py_None, iter);
    } finally {
      Py_DECREF(iter);
    }
  } finally {
    Py_DECREF(args);
  }
}

/** The type's name without its module (_PyType_Name). */
function shortName(t: PyTypeObject): string {
  const dot = t.tp_name.lastIndexOf(".");
  return dot < 0 ? t.tp_name : t.tp_name.slice(dot + 1);
}

/** `defaultdict(factory, {...})`. As CPython's, Py_ReprLeave runs for the
 *  factory even when Py_ReprEnter found it already being repr'd. */
function defdict_repr(self: PyObject): PyObject {
  const dd = DD(self);
  const baserepr = PyDict_Type.tp_repr!(dd);
  try {
    let defrepr: string;
    const factory = dd.default_factory;
    if (factory === null) {
      defrepr = "None";
    } else {
      try {
        defrepr = Py_ReprEnter(factory) ? "..." : reprString(factory);
      } finally {
        Py_ReprLeave(factory);
      }
    }
    return PyUnicode_FromString(`${shortName(dd.ob_type)}(${defrepr}, ${PyUnicode_AsString(baserepr)})`);
  } finally {
    Py_DECREF(baserepr);
  }
}

/** `dd | other` and `other | dd`: a copy of the defaultdict operand (by
 *  calling its class) updated with the right operand. */
function defdict_or(left: PyObject, right: PyObject): PyObject {
  let self: PyObject;
  let other: PyObject;
  if (PyObject_TypeCheck(left, PyDefaultDict_Type)) {
    self = left;
    other = right;
  } else {
    self = right;
    other = left;
  }
  if (!PyDict_Check(other)) return Py_NewRef(Py_NotImplemented);
  const n = new_defdict(DD(self), left);
  try {
    PyDict_Merge(n, right, true);
  } catch (e) {
    Py_DECREF(n);
    throw e;
  }
  return n;
}

function defdict_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const factory = DD(self).default_factory;
  if (factory !== null) visit(factory);
  PyDict_Type.tp_traverse!(self, visit);
}

function defdict_tp_clear(self: PyObject): void {
  const dd = DD(self);
  const factory = dd.default_factory;
  dd.default_factory = null;
  Py_XDECREF(factory);
  PyDict_Type.tp_clear!(self);
}

/** defaultdict(default_factory=None, /, *args, **kwargs): the rest goes to
 *  dict.__init__; the old factory is released after it. */
function defdict_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const dd = DD(self);
  const olddefault = dd.default_factory;
  let newdefault: PyObject | null = null;
  let newargs = args;
  if (nargsOf(args, kwnames) > 0) {
    newdefault = args[0];
    if (newdefault.ob_type.tp_call === null && newdefault !== Py_None) {
      throw PyErr_Format(PyExc_TypeError, "first argument must be callable or None");
    }
    newargs = args.slice(1);
  }
  dd.default_factory = newdefault === null ? null : Py_NewRef(newdefault);
  try {
    PyDict_Type.tp_init!(self, newargs, kwnames);
  } finally {
    Py_XDECREF(olddefault);
  }
}

PyDefaultDict_Type.tp_methods = [
  {
    name: "__missing__",
    meth: defdict_missing,
    flags: METH_O,
    doc:
      "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n" +
      "  if self.default_factory is None: raise KeyError((key,))\n" +
      "  self[key] = value = self.default_factory()\n" +
      "  return value\n",
  },
  { name: "copy", meth: defdict_copy, flags: METH_NOARGS, doc: "D.copy() -> a shallow copy of D." },
  { name: "__copy__", meth: defdict_copy, flags: METH_NOARGS, doc: "D.copy() -> a shallow copy of D." },
  { name: "__reduce__", meth: defdict_reduce, flags: METH_NOARGS, doc: "Return state information for pickling." },
  { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS, doc: "See PEP 585" },
];
PyDefaultDict_Type.tp_members = [
  {
    name: "default_factory",
    get: (self) => DD(self).default_factory,
    set: (self, value) => {
      const dd = DD(self);
      const old = dd.default_factory;
      dd.default_factory = value === null ? null : Py_NewRef(value);
      Py_XDECREF(old);
    },
    noneIfNull: true,
    doc: "Factory for default value called by __missing__().",
  },
];
PyDefaultDict_Type.tp_repr = defdict_repr;
PyDefaultDict_Type.tp_traverse = defdict_traverse;
PyDefaultDict_Type.tp_clear = defdict_tp_clear;
PyDefaultDict_Type.tp_init = defdict_init;
PyDefaultDict_Type.tp_new = defdict_new;
PyDefaultDict_Type.nb_or = defdict_or;

// ---------------------------------------------------------------- _count_elements

/** _count_elements(mapping, iterable, /): mapping[x] += 1 for each x, from 0. */
function collections_count_elements(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("_count_elements", args.length, 2, 2);
  const [mapping, iterable] = args;
  const one = _PyLong_GetSmall(1);
  const it = PyObject_GetIter(iterable);
  try {
    // The fast path only when get() and __setitem__() are dict's own.
    const get = _PyType_Lookup(mapping.ob_type, _Py_ID("get"));
    const setitem = _PyType_Lookup(mapping.ob_type, _Py_ID("__setitem__"));
    if (
      get !== null &&
      get === _PyType_Lookup(PyDict_Type, _Py_ID("get")) &&
      setitem !== null &&
      setitem === _PyType_Lookup(PyDict_Type, _Py_ID("__setitem__")) &&
      PyDict_Check(mapping)
    ) {
      for (let key = PyIter_Next(it); key !== null; key = PyIter_Next(it)) {
        try {
          const hash = PyObject_Hash(key);
          const oldval = _PyDict_GetItem_KnownHash(mapping, key, hash);
          if (oldval === null) {
            _PyDict_SetItem_KnownHash(mapping, key, one, hash);
          } else {
            const newval = PyNumber_Add(oldval, one);
            try {
              _PyDict_SetItem_KnownHash(mapping, key, newval, hash);
            } finally {
              Py_DECREF(newval);
            }
          }
        } finally {
          Py_DECREF(key);
        }
      }
    } else {
      const boundGet = PyObject_GetAttrString(mapping, "get");
      try {
        const zero = _PyLong_GetSmall(0);
        for (let key = PyIter_Next(it); key !== null; key = PyIter_Next(it)) {
          try {
            const oldval = PyObject_Call(boundGet, [key, zero], null);
            let newval: PyObject;
            try {
              newval = PyNumber_Add(oldval, one);
            } finally {
              Py_DECREF(oldval);
            }
            try {
              PyObject_SetItem(mapping, key, newval);
            } finally {
              Py_DECREF(newval);
            }
          } finally {
            Py_DECREF(key);
          }
        }
      } finally {
        Py_DECREF(boundGet);
      }
    }
  } finally {
    Py_DECREF(it);
  }
  return Py_NewRef(Py_None);
}

// ---------------------------------------------------------------- _tuplegetter

/** sizeof(_tuplegetterobject): the index and the doc pointer. */
const TUPLEGETTER_BASICSIZE = 32;

export class TupleGetterObject extends PyGCObject {
  index: number;
  doc: PyObject | null;
  constructor(type: PyTypeObject, index: number, doc: PyObject) {
    super(type, type.tp_basicsize);
    this.index = index;
    this.doc = Py_NewRef(doc);
  }
}

function TG(o: PyObject): TupleGetterObject {
  return o as TupleGetterObject;
}

function tuplegetter_clear(self: PyObject): void {
  const tg = TG(self);
  const doc = tg.doc;
  tg.doc = null;
  Py_XDECREF(doc);
}

function tuplegetter_dealloc(self: PyObject): void {
  PyObject_GC_UnTrack(self as PyGCObject);
  tuplegetter_clear(self);
  PyObject_GC_Del(self as PyGCObject);
}

export const PyTupleGetter_Type: PyTypeObject = newStaticType(
  "_collections._tuplegetter",
  TUPLEGETTER_BASICSIZE,
  TPFLAGS_HAVE_GC,
  tuplegetter_dealloc,
);

/** _tuplegetter(index, doc, /) */
function tuplegetter_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (type === PyTupleGetter_Type) _PyArg_NoKwnames("_tuplegetter", kwnames);
  const nargs = nargsOf(args, kwnames);
  _PyArg_CheckPositional("_tuplegetter", nargs, 2, 2);
  const i = PyNumber_Index(args[0]) as PyLongObject;
  let index: number;
  try {
    if (i.big === null) index = i.v;
    else if (i.big >= -(2n ** 63n) && i.big < 2n ** 63n) index = Number(i.big);
    else throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  } finally {
    Py_DECREF(i);
  }
  const tg = new TupleGetterObject(type, index, args[1]);
  PyObject_GC_Track(tg);
  return tg;
}

function tuplegetter_descr_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const index = TG(self).index;
  if (obj === null) return Py_NewRef(self);
  if (!PyTuple_Check(obj)) {
    if (obj === Py_None) return Py_NewRef(self);
    throw PyErr_Format(
      PyExc_TypeError,
      `descriptor for index '${index}' for tuple subclasses doesn't apply to '${obj.ob_type.tp_name}' object`,
    );
  }
  if (index < 0 || index >= PyTuple_GET_SIZE(obj)) throw PyErr_Format(PyExc_IndexError, "tuple index out of range");
  return Py_NewRef(PyTuple_GET_ITEM(obj, index));
}

function tuplegetter_descr_set(_self: PyObject, _obj: PyObject, value: PyObject | null): void {
  throw PyErr_Format(PyExc_AttributeError, value === null ? "can't delete attribute" : "can't set attribute");
}

function tuplegetter_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const doc = TG(self).doc;
  if (doc !== null) visit(doc);
}

function tuplegetter_reduce(self: PyObject): PyObject {
  const tg = TG(self);
  const index = PyLong_FromNumber(tg.index);
  const args = PyTuple_Pack(index, tg.doc ?? Py_None);
  Py_DECREF(index);
  const r = PyTuple_Pack(tg.ob_type, args);
  Py_DECREF(args);
  return r;
}

function tuplegetter_repr(self: PyObject): PyObject {
  const tg = TG(self);
  return PyUnicode_FromString(`${shortName(tg.ob_type)}(${tg.index}, ${reprString(tg.doc ?? Py_None)})`);
}

PyTupleGetter_Type.tp_new = tuplegetter_new;
PyTupleGetter_Type.tp_descr_get = tuplegetter_descr_get;
PyTupleGetter_Type.tp_descr_set = tuplegetter_descr_set;
PyTupleGetter_Type.tp_traverse = tuplegetter_traverse;
PyTupleGetter_Type.tp_clear = tuplegetter_clear;
PyTupleGetter_Type.tp_repr = tuplegetter_repr;
PyTupleGetter_Type.tp_methods = [{ name: "__reduce__", meth: tuplegetter_reduce, flags: METH_NOARGS }];
PyTupleGetter_Type.tp_members = [
  {
    name: "__doc__",
    get: (self) => TG(self).doc,
    set: (self, value) => {
      const tg = TG(self);
      const old = tg.doc;
      tg.doc = value === null ? null : Py_NewRef(value);
      Py_XDECREF(old);
    },
    noneIfNull: true,
  },
];

// ---------------------------------------------------------------- the module

const functions: PyMethodDef[] = [
  {
    name: "_count_elements",
    meth: collections_count_elements,
    flags: METH_FASTCALL,
    doc: "Count elements in the iterable, updating the mapping",
  },
];

const COLLECTIONS_DOC =
  "High performance data structures.\n" +
  "- deque:        ordered collection accessible from endpoints only\n" +
  "- defaultdict:  dict subclass with a default value factory\n";

/** `import _collections` (collections_exec: the functions, then the types). */
export function PyInit__collections(): PyObject {
  const m = PyModule_New("_collections");
  const doc = PyUnicode_FromString(COLLECTIONS_DOC);
  PyModule_AddObjectRef(m, "__doc__", doc);
  Py_DECREF(doc);
  PyModule_AddFunctions(m, functions);
  PyModule_AddObjectRef(m, "deque", PyDeque_Type);
  PyModule_AddObjectRef(m, "defaultdict", PyDefaultDict_Type);
  PyModule_AddObjectRef(m, "OrderedDict", PyODict_Type);
  PyModule_AddObjectRef(m, "_deque_iterator", PyDequeIter_Type);
  PyModule_AddObjectRef(m, "_deque_reverse_iterator", PyDequeRevIter_Type);
  PyModule_AddObjectRef(m, "_tuplegetter", PyTupleGetter_Type);
  return m;
}
