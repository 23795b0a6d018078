/**
 * The `_operator` module (CPython's Modules/_operator.c): the operators
 * as functions, and the `itemgetter`, `attrgetter` and `methodcaller`
 * types. Lib/operator.py (in lib/) defines the same names in Python and
 * ends with `from _operator import *`, which replaces them with these, as
 * in CPython: a program's traceback shows no frame of operator.py.
 *
 * Each function is the abstract-object call CPython's is (PyNumber_Add,
 * PySequence_Concat, PyObject_RichCompare …), its arguments checked as
 * Argument Clinic checks them ("add expected 2 arguments, got 1").
 *
 * The three callables are GC objects owning their item, their attribute
 * names (a tuple of interned strs, a dotted name stored as a tuple of its
 * parts) or their method name, arguments and keywords. CPython makes
 * their types heap types of the module (`operator.itemgetter`, not
 * subclassable); here they are static types of the same name, so an
 * instance holds no reference to its type. Sizes are CPython's: 48, 40
 * and 40 bytes (64, 56 and 56 with the GC header).
 */
import { PyGCObject, type PyObject, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType, type PyTypeObject, _PyType_FromSpecInCPython } from "../objects/typeobject.js";
import {
  METH_FASTCALL,
  METH_KEYWORDS,
  METH_NOARGS,
  METH_O,
  type PyCFunction,
  type PyMethodDef,
} from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddFunctions, PyModule_AddObjectRef, PyModule_New } from "../objects/moduleobject.js";
import {
  PyUnicode_AsString,
  PyUnicode_Check,
  PyUnicode_FromString,
  PyUnicode_InternFromString,
  PyUnicode_InternInPlace,
  type PyUnicodeObject,
  unicode_repr_string,
} from "../objects/unicodeobject.js";
import {
  PyBool_FromBool,
  PyLong_AsNumber,
  PyLong_CheckExact,
  PyLong_FromNumber,
  type PyLongObject,
} from "../objects/longobject.js";
import {
  _PyTuple_FromArray,
  _PyTuple_FromArraySteal,
  PyTuple_CheckExact,
  PyTuple_GET_ITEM,
  PyTuple_GET_SIZE,
  type PyTupleObject,
} from "../objects/tupleobject.js";
import {
  _PyDict_Key,
  _PyDict_Value,
  PyDict_New,
  PyDict_Next,
  PyDict_SetItem,
  PyDict_Size,
} from "../objects/dictobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_BufferError, PyExc_RuntimeError, PyExc_TypeError } from "../objects/exceptions.js";
import { _PyArg_CheckPositional, _PyArg_NoKwnames, nargsOf, nkw } from "../objects/getargs.js";
import {
  PyNumber_Absolute,
  PyNumber_Add,
  PyNumber_And,
  PyNumber_FloorDivide,
  PyNumber_Index,
  PyNumber_InPlaceAdd,
  PyNumber_InPlaceAnd,
  PyNumber_InPlaceFloorDivide,
  PyNumber_InPlaceLshift,
  PyNumber_InPlaceMatrixMultiply,
  PyNumber_InPlaceMultiply,
  PyNumber_InPlaceOr,
  PyNumber_InPlacePower,
  PyNumber_InPlaceRemainder,
  PyNumber_InPlaceRshift,
  PyNumber_InPlaceSubtract,
  PyNumber_InPlaceTrueDivide,
  PyNumber_InPlaceXor,
  PyNumber_Invert,
  PyNumber_Lshift,
  PyNumber_MatrixMultiply,
  PyNumber_Multiply,
  PyNumber_Negative,
  PyNumber_Or,
  PyNumber_Positive,
  PyNumber_Power,
  PyNumber_Remainder,
  PyNumber_Rshift,
  PyNumber_Subtract,
  PyNumber_TrueDivide,
  PyNumber_Xor,
  PyObject_DelItem,
  PyObject_GetItem,
  PyObject_IsTrue,
  PyObject_LengthHint,
  PyObject_Not,
  PyObject_Repr,
  PyObject_RichCompare,
  PyObject_SetItem,
  PySequence_Concat,
  PySequence_Contains,
  PySequence_Count,
  PySequence_InPlaceConcat,
  PySequence_Index,
  Py_ReprEnter,
  Py_ReprLeave,
} from "../objects/abstract.js";
import { PyObject_GetAttr } from "../objects/object.js";
import { PyObject_Call } from "../objects/call.js";
import {
  PyBUF_SIMPLE,
  type Py_buffer,
  PyBuffer_Data,
  PyBuffer_Release,
  PyObject_CheckBuffer,
  PyObject_GetBuffer,
} from "../objects/buffer.js";
import { Py_EQ, Py_GE, Py_GT, Py_LE, Py_LT, Py_NE } from "../bytecode/opcodes.js";
import { PyImport_Import } from "../vm/import.js";

// ---------------------------------------------------------------- the functions

type Binary = (a: PyObject, b: PyObject) => PyObject;

/** A two-argument function (clinic's `a: object, b: object, /`). */
function binary(name: string, f: Binary, doc: string): PyMethodDef {
  const meth = (_m: PyObject, args: PyObject[]): PyObject => {
    _PyArg_CheckPositional(name, args.length, 2, 2);
    return f(args[0], args[1]);
  };
  return { name, meth, flags: METH_FASTCALL, doc };
}

/** A one-argument function (METH_O). */
function unary(name: string, f: (a: PyObject) => PyObject, doc: string): PyMethodDef {
  return { name, meth: (_m: PyObject, a: PyObject) => f(a), flags: METH_O, doc };
}

function compare(op: number): Binary {
  return (a, b) => PyObject_RichCompare(a, b, op);
}

/** setitem(a, b, c): a[b] = c. */
function _operator_setitem(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("setitem", args.length, 3, 3);
  PyObject_SetItem(args[0], args[1], args[2]);
  return Py_NewRef(Py_None);
}

/** length_hint(obj, default=0, /): the default converted as a
 *  Py_ssize_t (its __index__). */
function _operator_length_hint(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("length_hint", args.length, 1, 2);
  let dflt = 0;
  if (args.length === 2) {
    const i = PyNumber_Index(args[1]);
    try {
      dflt = PyLong_AsNumber(i);
    } finally {
      Py_DECREF(i);
    }
  }
  return PyLong_FromNumber(PyObject_LengthHint(args[0], dflt));
}

/** call(obj, /, *args, **kwargs): obj(*args, **kwargs). */
function _operator_call(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_CheckPositional("call", nargsOf(args, kwnames), 1, Number.MAX_SAFE_INTEGER);
  return PyObject_Call(args[0], args.slice(1), kwnames);
}

/**
 * _compare_digest(a, b): `a == b` for two ASCII strs or two bytes-like
 * objects (read through the buffer protocol), in a time that depends on
 * the length of b only (_tscmp).
 */
function _operator__compare_digest(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("_compare_digest", args.length, 2, 2);
  const a = args[0];
  const b = args[1];
  if (PyUnicode_Check(a) && PyUnicode_Check(b)) {
    const sa = (a as PyUnicodeObject).str;
    const sb = (b as PyUnicodeObject).str;
    if ((a as PyUnicodeObject).kind !== 1 || (b as PyUnicodeObject).kind !== 1) {
      throw PyErr_Format(PyExc_TypeError, "comparing strings with non-ASCII characters is not supported");
    }
    const codes = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));
    return PyBool_FromBool(_tscmp(codes(sa), codes(sb)));
  }
  if (!PyObject_CheckBuffer(a) && !PyObject_CheckBuffer(b)) {
    throw PyErr_Format(
      PyExc_TypeError,
      `unsupported operand types(s) or combination of types: '${a.ob_type.tp_name}' and '${b.ob_type.tp_name}'`,
    );
  }
  const viewA = singleDimension(PyObject_GetBuffer(a, PyBUF_SIMPLE));
  try {
    const viewB = singleDimension(PyObject_GetBuffer(b, PyBUF_SIMPLE));
    try {
      return PyBool_FromBool(_tscmp(PyBuffer_Data(viewA), PyBuffer_Data(viewB)));
    } finally {
      PyBuffer_Release(viewB);
    }
  } finally {
    PyBuffer_Release(viewA);
  }
}

/** A view of one dimension, else BufferError (the view released). */
function singleDimension(view: Py_buffer): Py_buffer {
  if (view.ndim > 1) {
    PyBuffer_Release(view);
    throw PyErr_Format(PyExc_BufferError, "Buffer must be single dimension");
  }
  return view;
}

/** _tscmp: equal contents, the loop always as long as `b`. */
function _tscmp(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const left = a.length === b.length ? a : b;
  let result = a.length === b.length ? 0 : 1;
  for (let i = 0; i < b.length; i++) result |= left[i] ^ b[i];
  return result === 0;
}

const functions: PyMethodDef[] = [
  unary("truth", (a) => PyBool_FromBool(PyObject_IsTrue(a)), "Return True if a is true, False otherwise."),
  binary("contains", (a, b) => PyBool_FromBool(PySequence_Contains(a, b)), "Same as b in a (note reversed operands)."),
  binary("indexOf", (a, b) => PyLong_FromNumber(PySequence_Index(a, b)), "Return the first index of b in a."),
  binary(
    "countOf",
    (a, b) => PyLong_FromNumber(PySequence_Count(a, b)),
    "Return the number of items in a which are, or which equal, b.",
  ),
  binary("is_", (a, b) => PyBool_FromBool(a === b), "Same as a is b."),
  binary("is_not", (a, b) => PyBool_FromBool(a !== b), "Same as a is not b."),
  unary("index", PyNumber_Index, "Same as a.__index__()"),
  binary("add", PyNumber_Add, "Same as a + b."),
  binary("sub", PyNumber_Subtract, "Same as a - b."),
  binary("mul", PyNumber_Multiply, "Same as a * b."),
  binary("matmul", PyNumber_MatrixMultiply, "Same as a @ b."),
  binary("floordiv", PyNumber_FloorDivide, "Same as a // b."),
  binary("truediv", PyNumber_TrueDivide, "Same as a / b."),
  binary("mod", PyNumber_Remainder, "Same as a % b."),
  unary("neg", PyNumber_Negative, "Same as -a."),
  unary("pos", PyNumber_Positive, "Same as +a."),
  unary("abs", PyNumber_Absolute, "Same as abs(a)."),
  unary("inv", PyNumber_Invert, "Same as ~a."),
  unary("invert", PyNumber_Invert, "Same as ~a."),
  binary("lshift", PyNumber_Lshift, "Same as a << b."),
  binary("rshift", PyNumber_Rshift, "Same as a >> b."),
  unary("not_", (a) => PyBool_FromBool(PyObject_Not(a)), "Same as not a."),
  binary("and_", PyNumber_And, "Same as a & b."),
  binary("xor", PyNumber_Xor, "Same as a ^ b."),
  binary("or_", PyNumber_Or, "Same as a | b."),
  binary("iadd", PyNumber_InPlaceAdd, "Same as a += b."),
  binary("isub", PyNumber_InPlaceSubtract, "Same as a -= b."),
  binary("imul", PyNumber_InPlaceMultiply, "Same as a *= b."),
  binary("imatmul", PyNumber_InPlaceMatrixMultiply, "Same as a @= b."),
  binary("ifloordiv", PyNumber_InPlaceFloorDivide, "Same as a //= b."),
  binary("itruediv", PyNumber_InPlaceTrueDivide, "Same as a /= b."),
  binary("imod", PyNumber_InPlaceRemainder, "Same as a %= b."),
  binary("ilshift", PyNumber_InPlaceLshift, "Same as a <<= b."),
  binary("irshift", PyNumber_InPlaceRshift, "Same as a >>= b."),
  binary("iand", PyNumber_InPlaceAnd, "Same as a &= b."),
  binary("ixor", PyNumber_InPlaceXor, "Same as a ^= b."),
  binary("ior", PyNumber_InPlaceOr, "Same as a |= b."),
  binary("concat", PySequence_Concat, "Same as a + b, for a and b sequences."),
  binary("iconcat", PySequence_InPlaceConcat, "Same as a += b, for a and b sequences."),
  binary("getitem", PyObject_GetItem, "Same as a[b]."),
  { name: "setitem", meth: _operator_setitem, flags: METH_FASTCALL, doc: "Same as a[b] = c." },
  binary(
    "delitem",
    (a, b) => {
      PyObject_DelItem(a, b);
      return Py_NewRef(Py_None);
    },
    "Same as del a[b].",
  ),
  binary("pow", (a, b) => PyNumber_Power(a, b, Py_None), "Same as a ** b."),
  binary("ipow", (a, b) => PyNumber_InPlacePower(a, b, Py_None), "Same as a **= b."),
  binary("eq", compare(Py_EQ), "Same as a == b."),
  binary("ne", compare(Py_NE), "Same as a != b."),
  binary("lt", compare(Py_LT), "Same as a < b."),
  binary("le", compare(Py_LE), "Same as a <= b."),
  binary("gt", compare(Py_GT), "Same as a > b."),
  binary("ge", compare(Py_GE), "Same as a >= b."),
  {
    name: "_compare_digest",
    meth: _operator__compare_digest,
    flags: METH_FASTCALL,
    doc:
      "Return 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it " +
      "appropriate for cryptography.\n\na and b must both be of the same type: either str (ASCII only),\nor any " +
      "bytes-like object.\n\nNote: If a and b are of different lengths, or if an error occurs,\na timing attack " +
      "could theoretically reveal information about the\ntypes and lengths of a and b--but not their values.",
  },
  {
    name: "length_hint",
    meth: _operator_length_hint,
    flags: METH_FASTCALL,
    doc:
      "Return an estimate of the number of items in obj.\n\nThis is useful for presizing containers when " +
      "building from an iterable.\n\nIf the object supports len(), the result will be exact.\nOtherwise, it may " +
      "over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0.",
  },
  { name: "call", meth: _operator_call, flags: METH_FASTCALL | METH_KEYWORDS, doc: "Same as obj(*args, **kwargs)." },
];

// ---------------------------------------------------------------- shared by the three types

function getter_dealloc(self: PyObject): void {
  const g = self as PyGCObject;
  PyObject_GC_UnTrack(g);
  getter_clear(g);
  PyObject_GC_Del(g);
}

/** tp_clear of the three types: each owned field, cleared first. */
function getter_clear(self: PyObject): void {
  if (self instanceof ItemGetterObject || self instanceof AttrGetterObject) {
    const o = self.item;
    self.item = null;
    if (o !== null) Py_DECREF(o);
  } else if (self instanceof MethodCallerObject) {
    const name = self.name;
    const args = self.args;
    const kwds = self.kwds;
    self.name = null;
    self.args = null;
    self.kwds = null;
    if (name !== null) Py_DECREF(name);
    if (args !== null) Py_DECREF(args);
    if (kwds !== null) Py_DECREF(kwds);
  }
}

/** The one positional argument of a call (vectorcall's checks). */
function oneArgument(name: string, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames(name, kwnames);
  _PyArg_CheckPositional(name, args.length, 1, 1);
  return args[0];
}

/** `__vectorcalloffset__`, which CPython's itemgetter and attrgetter
 *  show as a read-only member (the place of their vectorcall pointer). */
const vectorcallOffset = {
  name: "__vectorcalloffset__",
  get: () => null,
  set: null,
  noneIfNull: true,
};

function reduceDef(f: (self: PyObject) => PyObject): PyMethodDef {
  return {
    name: "__reduce__",
    meth: f as PyCFunction,
    flags: METH_NOARGS,
    doc: "Return state information for pickling",
  };
}

/** A repr of `self` with Py_ReprEnter's guard: "NAME(...)" inside itself. */
function guardedRepr(self: PyObject, body: () => string): PyObject {
  if (Py_ReprEnter(self)) return PyUnicode_FromString(`${self.ob_type.tp_name}(...)`);
  try {
    return PyUnicode_FromString(body());
  } finally {
    Py_ReprLeave(self);
  }
}

function reprOf(o: PyObject): string {
  const r = PyObject_Repr(o);
  const s = PyUnicode_AsString(r);
  Py_DECREF(r);
  return s;
}

// ---------------------------------------------------------------- itemgetter

class ItemGetterObject extends PyGCObject {
  /** How many items; the item (a tuple of them when more than one). */
  nitems: number;
  item: PyObject | null;
  /** The item as an index, when it is a non-negative exact int; else -1. */
  index: number;
  constructor(nitems: number, item: PyObject, index: number) {
    super(PyItemGetter_Type, 48);
    this.nitems = nitems;
    this.item = item;
    this.index = index;
  }
}

function itemgetter_new(_type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (nkw(kwnames) > 0) throw PyErr_Format(PyExc_TypeError, "itemgetter() takes no keyword arguments");
  const nitems = args.length;
  let item: PyObject;
  if (nitems <= 1) {
    _PyArg_CheckPositional("itemgetter", nitems, 1, 1);
    item = Py_NewRef(args[0]);
  } else {
    item = _PyTuple_FromArray(args);
  }
  let index = -1;
  if (PyLong_CheckExact(item)) {
    const l = item as PyLongObject;
    if (l.big === null && l.v >= 0) index = l.v;
  }
  const ig = new ItemGetterObject(nitems, item, index);
  PyObject_GC_Track(ig);
  return ig;
}

function itemgetter_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const item = (self as ItemGetterObject).item;
  if (item !== null) visit(item);
}

function itemgetter_call(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const obj = oneArgument("itemgetter", args, kwnames);
  const ig = self as ItemGetterObject;
  if (ig.nitems === 1) {
    if (ig.index >= 0 && PyTuple_CheckExact(obj) && ig.index < PyTuple_GET_SIZE(obj)) {
      return Py_NewRef(PyTuple_GET_ITEM(obj, ig.index));
    }
    return PyObject_GetItem(obj, ig.item!);
  }
  const items = (ig.item as PyTupleObject).ob_item;
  const values: PyObject[] = [];
  try {
    for (let i = 0; i < ig.nitems; i++) values.push(PyObject_GetItem(obj, items[i]));
  } catch (e) {
    for (const v of values) Py_DECREF(v);
    throw e;
  }
  return _PyTuple_FromArraySteal(values);
}

function itemgetter_repr(self: PyObject): PyObject {
  const ig = self as ItemGetterObject;
  return guardedRepr(self, () => {
    const r = reprOf(ig.item!);
    return ig.nitems === 1 ? `${self.ob_type.tp_name}(${r})` : `${self.ob_type.tp_name}${r}`;
  });
}

/** __reduce__: (itemgetter, (item,)) or (itemgetter, items). */
function itemgetter_reduce(self: PyObject): PyObject {
  const ig = self as ItemGetterObject;
  const args = ig.nitems === 1 ? _PyTuple_FromArray([ig.item!]) : Py_NewRef(ig.item!);
  return _PyTuple_FromArraySteal([Py_NewRef(self.ob_type), args]);
}

export const PyItemGetter_Type: PyTypeObject = newStaticType(
  "operator.itemgetter",
  48,
  TPFLAGS_HAVE_GC,
  getter_dealloc,
);
PyItemGetter_Type.tp_doc =
  "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from " +
  "its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call " +
  "g(r) returns (r[2], r[5], r[3])";
PyItemGetter_Type.tp_new = itemgetter_new;
PyItemGetter_Type.tp_call = itemgetter_call;
PyItemGetter_Type.tp_traverse = itemgetter_traverse;
PyItemGetter_Type.tp_clear = getter_clear;
PyItemGetter_Type.tp_repr = itemgetter_repr;
PyItemGetter_Type.tp_methods = [reduceDef(itemgetter_reduce)];
PyItemGetter_Type.tp_members = [vectorcallOffset];

// ---------------------------------------------------------------- attrgetter

class AttrGetterObject extends PyGCObject {
  /** How many attributes; a tuple with, for each, its interned name or,
   *  for a dotted name, the tuple of its parts. */
  nattrs: number;
  item: PyObject | null;
  constructor(nattrs: number, attr: PyObject) {
    super(PyAttrGetter_Type, 40);
    this.nattrs = nattrs;
    this.item = attr;
  }
}

function attrgetter_new(_type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (nkw(kwnames) > 0) throw PyErr_Format(PyExc_TypeError, "attrgetter() takes no keyword arguments");
  const nattrs = args.length;
  if (nattrs <= 1) _PyArg_CheckPositional("attrgetter", nattrs, 1, 1);
  const names: PyObject[] = [];
  try {
    for (const item of args) {
      if (!PyUnicode_Check(item)) throw PyErr_Format(PyExc_TypeError, "attribute name must be a string");
      const s = PyUnicode_AsString(item);
      if (!s.includes(".")) {
        names.push(PyUnicode_InternInPlace(Py_NewRef(item) as PyUnicodeObject));
      } else {
        names.push(_PyTuple_FromArraySteal(s.split(".").map((part) => PyUnicode_InternFromString(part))));
      }
    }
  } catch (e) {
    for (const n of names) Py_DECREF(n);
    throw e;
  }
  const ag = new AttrGetterObject(nattrs, _PyTuple_FromArraySteal(names));
  PyObject_GC_Track(ag);
  return ag;
}

function attrgetter_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const attr = (self as AttrGetterObject).item;
  if (attr !== null) visit(attr);
}

/** dotted_getattr: obj.name, or obj.a.b.c for a tuple of parts. */
function dotted_getattr(obj: PyObject, attr: PyObject): PyObject {
  if (!PyTuple_CheckExact(attr)) return PyObject_GetAttr(obj, attr);
  const parts = (attr as PyTupleObject).ob_item;
  let o = Py_NewRef(obj);
  for (let i = 0; i < parts.length; i++) {
    const next = PyObject_GetAttr(o, parts[i]);
    Py_DECREF(o);
    o = next;
  }
  return o;
}

function attrgetter_call(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const obj = oneArgument("attrgetter", args, kwnames);
  const ag = self as AttrGetterObject;
  const attrs = (ag.item as PyTupleObject).ob_item;
  if (ag.nattrs === 1) return dotted_getattr(obj, attrs[0]);
  const values: PyObject[] = [];
  try {
    for (let i = 0; i < ag.nattrs; i++) values.push(dotted_getattr(obj, attrs[i]));
  } catch (e) {
    for (const v of values) Py_DECREF(v);
    throw e;
  }
  return _PyTuple_FromArraySteal(values);
}

/** The attribute names as given (dotjoinattr): "a.b" for a chain. */
function attrgetter_names(ag: AttrGetterObject): string[] {
  return (ag.item as PyTupleObject).ob_item.map((a) =>
    PyTuple_CheckExact(a) ? (a as PyTupleObject).ob_item.map(PyUnicode_AsString).join(".") : PyUnicode_AsString(a),
  );
}

function attrgetter_repr(self: PyObject): PyObject {
  const ag = self as AttrGetterObject;
  return guardedRepr(self, () => {
    const names = attrgetter_names(ag).map((n) => unicode_repr_string(n));
    return `${self.ob_type.tp_name}(${names.join(", ")})`;
  });
}

/** __reduce__: (attrgetter, the names as given). */
function attrgetter_reduce(self: PyObject): PyObject {
  const names = attrgetter_names(self as AttrGetterObject).map(PyUnicode_FromString);
  return _PyTuple_FromArraySteal([Py_NewRef(self.ob_type), _PyTuple_FromArraySteal(names)]);
}

export const PyAttrGetter_Type: PyTypeObject = newStaticType(
  "operator.attrgetter",
  40,
  TPFLAGS_HAVE_GC,
  getter_dealloc,
);
PyAttrGetter_Type.tp_doc =
  "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) " +
  "from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', " +
  "'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call " +
  "h(r) returns\n(r.name.first, r.name.last).";
PyAttrGetter_Type.tp_new = attrgetter_new;
PyAttrGetter_Type.tp_call = attrgetter_call;
PyAttrGetter_Type.tp_traverse = attrgetter_traverse;
PyAttrGetter_Type.tp_clear = getter_clear;
PyAttrGetter_Type.tp_repr = attrgetter_repr;
PyAttrGetter_Type.tp_methods = [reduceDef(attrgetter_reduce)];
PyAttrGetter_Type.tp_members = [vectorcallOffset];

// ---------------------------------------------------------------- methodcaller

class MethodCallerObject extends PyGCObject {
  /** The method name (interned), the arguments (a tuple) and the
   *  keywords (a dict, or null when none were given). */
  name: PyObject | null;
  args: PyObject | null;
  kwds: PyObject | null;
  constructor(name: PyObject) {
    super(PyMethodCaller_Type, 40);
    this.name = name;
    this.args = null;
    this.kwds = null;
  }
}

function methodcaller_new(_type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const npos = nargsOf(args, kwnames);
  if (npos < 1) throw PyErr_Format(PyExc_TypeError, "methodcaller needs at least one argument, the method name");
  if (!PyUnicode_Check(args[0])) throw PyErr_Format(PyExc_TypeError, "method name must be a string");
  let kwds: PyObject | null = null;
  if (kwnames !== null) {
    // The dict type.__call__ would have made of the keywords.
    kwds = PyDict_New();
    for (let k = 0; k < nkw(kwnames); k++) PyDict_SetItem(kwds, PyTuple_GET_ITEM(kwnames, k), args[npos + k]);
  }
  const mc = new MethodCallerObject(PyUnicode_InternInPlace(Py_NewRef(args[0]) as PyUnicodeObject));
  mc.kwds = kwds;
  mc.args = _PyTuple_FromArray(args.slice(1, npos));
  PyObject_GC_Track(mc);
  return mc;
}

function methodcaller_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const mc = self as MethodCallerObject;
  if (mc.name !== null) visit(mc.name);
  if (mc.args !== null) visit(mc.args);
  if (mc.kwds !== null) visit(mc.kwds);
}

/** The keywords as a vectorcall tail: their values and their names. */
function keywordsOf(kwds: PyObject | null): [PyObject[], PyObject | null] {
  if (kwds === null || PyDict_Size(kwds) === 0) return [[], null];
  const names: PyObject[] = [];
  const values: PyObject[] = [];
  for (let i = PyDict_Next(kwds, 0); i >= 0; i = PyDict_Next(kwds, i + 1)) {
    names.push(_PyDict_Key(kwds, i));
    values.push(_PyDict_Value(kwds, i));
  }
  return [values, _PyTuple_FromArray(names)];
}

function methodcaller_call(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const obj = oneArgument("methodcaller", args, kwnames);
  const mc = self as MethodCallerObject;
  const method = PyObject_GetAttr(obj, mc.name!);
  const [values, names] = keywordsOf(mc.kwds);
  try {
    return PyObject_Call(method, [...(mc.args as PyTupleObject).ob_item, ...values], names);
  } finally {
    if (names !== null) Py_DECREF(names);
    Py_DECREF(method);
  }
}

function methodcaller_repr(self: PyObject): PyObject {
  const mc = self as MethodCallerObject;
  return guardedRepr(self, () => {
    const name = reprOf(mc.name!);
    const parts = (mc.args as PyTupleObject).ob_item.map(reprOf);
    if (mc.kwds !== null) {
      const n = parts.length + PyDict_Size(mc.kwds);
      for (let i = PyDict_Next(mc.kwds, 0); i >= 0; i = PyDict_Next(mc.kwds, i + 1)) {
        if (parts.length >= n) throw keywordsChanged();
        parts.push(`${PyUnicode_AsString(_PyDict_Key(mc.kwds, i))}=${reprOf(_PyDict_Value(mc.kwds, i))}`);
      }
      if (parts.length !== n) throw keywordsChanged();
    }
    if (parts.length === 0) return `${self.ob_type.tp_name}(${name})`;
    return `${self.ob_type.tp_name}(${name}, ${parts.join(", ")})`;
  });
}

function keywordsChanged(): PyObject {
  return PyErr_Format(PyExc_RuntimeError, "keywords dict changed size during iteration");
}

/** __reduce__: (methodcaller, (name, *args)), or with keywords
 *  (functools.partial(methodcaller, name, **kwds), args). */
function methodcaller_reduce(self: PyObject): PyObject {
  const mc = self as MethodCallerObject;
  const args = (mc.args as PyTupleObject).ob_item;
  if (mc.kwds === null || PyDict_Size(mc.kwds) === 0) {
    return _PyTuple_FromArraySteal([Py_NewRef(self.ob_type), _PyTuple_FromArray([mc.name!, ...args])]);
  }
  const modname = PyUnicode_FromString("functools");
  let functools: PyObject;
  try {
    functools = PyImport_Import(modname);
  } finally {
    Py_DECREF(modname);
  }
  let partial: PyObject;
  try {
    const attr = PyUnicode_InternFromString("partial");
    try {
      partial = PyObject_GetAttr(functools, attr);
    } finally {
      Py_DECREF(attr);
    }
  } finally {
    Py_DECREF(functools);
  }
  const [values, names] = keywordsOf(mc.kwds);
  let make: PyObject;
  try {
    make = PyObject_Call(partial, [self.ob_type, mc.name!, ...values], names);
  } finally {
    if (names !== null) Py_DECREF(names);
    Py_DECREF(partial);
  }
  return _PyTuple_FromArraySteal([make, Py_NewRef(mc.args!)]);
}

export const PyMethodCaller_Type: PyTypeObject = newStaticType(
  "operator.methodcaller",
  40,
  TPFLAGS_HAVE_GC,
  getter_dealloc,
);
_PyType_FromSpecInCPython(PyItemGetter_Type, PyAttrGetter_Type, PyMethodCaller_Type);
PyMethodCaller_Type.tp_doc =
  "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on " +
  "its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', " +
  "'date', foo=1), the call g(r) returns\nr.name('date', foo=1).";
PyMethodCaller_Type.tp_new = methodcaller_new;
PyMethodCaller_Type.tp_call = methodcaller_call;
PyMethodCaller_Type.tp_traverse = methodcaller_traverse;
PyMethodCaller_Type.tp_clear = getter_clear;
PyMethodCaller_Type.tp_repr = methodcaller_repr;
PyMethodCaller_Type.tp_methods = [reduceDef(methodcaller_reduce)];

// ---------------------------------------------------------------- the module

export function PyInit__operator(): PyObject {
  const m = PyModule_New("_operator");
  PyModule_Add(
    m,
    "__doc__",
    PyUnicode_FromString(
      "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the " +
        "intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  " +
        "The function names are those\nused for special methods; variants without leading and trailing\n'__' are " +
        "also provided for convenience.",
    ),
  );
  PyModule_AddFunctions(m, functions);
  PyModule_AddObjectRef(m, "attrgetter", PyAttrGetter_Type);
  PyModule_AddObjectRef(m, "itemgetter", PyItemGetter_Type);
  PyModule_AddObjectRef(m, "methodcaller", PyMethodCaller_Type);
  return m;
}
