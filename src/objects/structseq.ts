/**
 * Named tuples made in native code (CPython's Objects/structseq.c):
 * `sys.version_info`, `sys.flags`, `sys.float_info`, `time.struct_time` …
 * A struct sequence type is a tuple subtype whose first
 * `n_sequence_fields` fields are the tuple's items and whose other fields
 * (`n_fields - n_sequence_fields`, e.g. struct_time's tm_zone) are reachable
 * only by name. Each field is a read-only member; the repr names the
 * visible ones: `sys.version_info(major=3, minor=11, …)`.
 *
 * Reference behaviour: an instance owns its items and its hidden fields;
 * `PyStructSequence_New` steals the values given to it.
 */
import type { PyObject } from "../heap/object.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { TPFLAGS_HAVE_GC } from "../heap/object.js";
import { makeStatic, newStaticType, type PyTypeObject } from "./typeobject.js";
import { PyTupleObject, PyTuple_Type, _PyTuple_FromArraySteal } from "./tupleobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_TypeError } from "./exceptions.js";
import { PyLong_FromNumber } from "./longobject.js";
import { PyUnicode_AsString, PyUnicode_FromString, PyUnicode_InternFromString } from "./unicodeobject.js";
import { PyObject_Repr, PySequence_Tuple } from "./abstract.js";
import { PyDict_Check, PyDict_GetItem, PyDict_New, PyDict_SetItem, PyDict_SetItemString } from "./dictobject.js";
import { Py_None } from "./noneobject.js";
import { METH_NOARGS, type PyMemberDef } from "./methoddef.js";

export interface PyStructSequence_Desc {
  /** The type's name as its repr shows it (`sys.version_info`). */
  name: string;
  doc?: string | null;
  /** Field names; null for an unnamed field (PyStructSequence_UnnamedField:
   *  an item with no attribute, such as os.stat_result's integer times). */
  fields: (string | null)[];
  /** How many of the fields are the tuple's items. */
  n_in_sequence: number;
  /** Whether Python code may call the type (`time.struct_time(seq)`). */
  instantiable?: boolean;
}

export class PyStructSequence extends PyTupleObject {
  /** The fields past the tuple's items (owned). */
  hidden: PyObject[];
  /** `values`: every field, visible ones first (the block holds them all,
   *  as CPython's). */
  constructor(type: PyTypeObject, values: PyObject[], nVisible: number) {
    super(type, values);
    this.ob_item = values.slice(0, nVisible);
    this.hidden = values.slice(nVisible);
  }
}

const descs = new Map<PyTypeObject, PyStructSequence_Desc>();

function structseq_dealloc(self: PyObject): void {
  const s = self as PyStructSequence;
  PyObject_GC_UnTrack(s);
  for (let i = s.ob_item.length - 1; i >= 0; i--) Py_DECREF(s.ob_item[i]);
  for (let i = s.hidden.length - 1; i >= 0; i--) Py_DECREF(s.hidden[i]);
  s.ob_item = [];
  s.hidden = [];
  PyObject_GC_Del(s);
}

function structseq_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const s = self as PyStructSequence;
  for (let i = s.ob_item.length - 1; i >= 0; i--) visit(s.ob_item[i]);
  for (let i = s.hidden.length - 1; i >= 0; i--) visit(s.hidden[i]);
}

/** A new instance from all its field values (stolen), visible ones first. */
export function PyStructSequence_New(type: PyTypeObject, values: PyObject[]): PyObject {
  const desc = descs.get(type)!;
  const s = new PyStructSequence(type, values, desc.n_in_sequence);
  PyObject_GC_Track(s);
  return s;
}

function structseq_repr(self: PyObject): PyObject {
  const s = self as PyStructSequence;
  const desc = descs.get(s.ob_type)!;
  // As 3.11's structseq_repr: item i is labelled with the i-th *named*
  // field, so unnamed items borrow the names of the hidden fields after them.
  const named = desc.fields.filter((f) => f !== null);
  const parts: string[] = [];
  for (let i = 0; i < s.ob_item.length; i++) {
    const r = PyObject_Repr(s.ob_item[i]);
    parts.push(`${named[i]}=${PyUnicode_AsString(r)}`);
    Py_DECREF(r);
  }
  return PyUnicode_FromString(`${desc.name}(${parts.join(", ")})`);
}

/** structseq_new: T(sequence, dict=None). */
function structseq_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const desc = descs.get(type)!;
  const nkw = kwnames === null ? 0 : (kwnames as PyTupleObject).ob_item.length;
  const npos = args.length - nkw;
  const names = kwnames === null ? [] : (kwnames as PyTupleObject).ob_item.map((k) => PyUnicode_AsString(k));
  let arg: PyObject | null = npos > 0 ? args[0] : null;
  let dict: PyObject | null = npos > 1 ? args[1] : null;
  for (let i = 0; i < nkw; i++) {
    if (names[i] === "sequence" && arg === null) arg = args[npos + i];
    else if (names[i] === "dict" && dict === null) dict = args[npos + i];
    else throw PyErr_Format(PyExc_TypeError, `structseq() got an unexpected keyword argument '${names[i]}'`);
  }
  if (npos > 2) throw PyErr_Format(PyExc_TypeError, `structseq() takes at most 2 arguments (${npos} given)`);
  if (arg === null) throw PyErr_Format(PyExc_TypeError, "structseq() missing required argument 'sequence' (pos 1)");
  const seq = PySequence_Tuple(arg) as PyTupleObject;
  try {
    if (dict === Py_None) dict = null;
    if (dict !== null && !PyDict_Check(dict)) {
      throw PyErr_Format(PyExc_TypeError, `${desc.name}() takes a dict as second arg, if any`);
    }
    const len = seq.ob_item.length;
    const minLen = desc.n_in_sequence;
    const maxLen = desc.fields.length;
    if (len < minLen) {
      throw PyErr_Format(
        PyExc_TypeError,
        minLen === maxLen
          ? `${desc.name}() takes a ${minLen}-sequence (${len}-sequence given)`
          : `${desc.name}() takes an at least ${minLen}-sequence (${len}-sequence given)`,
      );
    }
    if (len > maxLen) {
      throw PyErr_Format(
        PyExc_TypeError,
        minLen === maxLen
          ? `${desc.name}() takes a ${minLen}-sequence (${len}-sequence given)`
          : `${desc.name}() takes an at most ${maxLen}-sequence (${len}-sequence given)`,
      );
    }
    const values: PyObject[] = [];
    for (let i = 0; i < len; i++) values.push(Py_NewRef(seq.ob_item[i]));
    for (let i = len; i < maxLen; i++) {
      let v: PyObject | null = null;
      if (dict !== null) {
        const name = desc.fields[i];
        if (name !== null) {
          const k = PyUnicode_FromString(name);
          v = PyDict_GetItem(dict, k);
          Py_DECREF(k);
        }
      }
      values.push(Py_NewRef(v ?? Py_None));
    }
    const s = new PyStructSequence(type, values, minLen);
    PyObject_GC_Track(s);
    return s;
  } finally {
    Py_DECREF(seq);
  }
}

/** __reduce__: (type, (visible items, {hidden name: value})). */
function structseq_reduce(self: PyObject): PyObject {
  const s = self as PyStructSequence;
  const desc = descs.get(s.ob_type)!;
  const tup = _PyTuple_FromArraySteal(s.ob_item.map((x) => Py_NewRef(x)));
  const dict = PyDict_New();
  for (let i = 0; i < s.hidden.length; i++) {
    const name = desc.fields[desc.n_in_sequence + i];
    if (name !== null) PyDict_SetItemString(dict, name, s.hidden[i]);
  }
  return _PyTuple_FromArraySteal([Py_NewRef(s.ob_type), _PyTuple_FromArraySteal([tup, dict])]);
}

/**
 * A new struct sequence type, static like CPython's (PyStructSequence_
 * InitType): call at module load; the class attributes `n_fields`,
 * `n_sequence_fields`, `n_unnamed_fields` and `__match_args__` are added
 * when the runtime readies the static types (_PyStructSequence_InitTypes).
 */
export function PyStructSequence_NewType(desc: PyStructSequence_Desc): PyTypeObject {
  const type = newStaticType(desc.name, 24, TPFLAGS_HAVE_GC, structseq_dealloc, PyTuple_Type, 8);
  type.tp_doc = desc.doc ?? null;
  type.tp_repr = structseq_repr;
  type.tp_traverse = structseq_traverse;
  type.tp_new = structseq_new;
  type.tp_methods = [{ name: "__reduce__", meth: structseq_reduce, flags: METH_NOARGS }];
  const members: PyMemberDef[] = [];
  desc.fields.forEach((name, i) => {
    if (name === null) return;
    members.push({
      name,
      get: (self: PyObject) => {
        const s = self as PyStructSequence;
        return i < desc.n_in_sequence ? s.ob_item[i] : s.hidden[i - desc.n_in_sequence];
      },
      set: null,
      noneIfNull: false,
    });
  });
  type.tp_members = members;
  descs.set(type, desc);
  return type;
}

/** Add each struct sequence type's class attributes (after PyType_Ready). */
export function _PyStructSequence_InitTypes(): void {
  for (const [type, desc] of descs) {
    const d = type.tp_dict!;
    if (PyDict_GetItem(d, PyUnicode_InternFromString("n_fields")) !== null) continue;
    const put = (name: string, v: PyObject): void => {
      const k = PyUnicode_InternFromString(name);
      PyDict_SetItem(d, k, v);
      Py_DECREF(k);
      Py_DECREF(v);
    };
    put("n_sequence_fields", PyLong_FromNumber(desc.n_in_sequence));
    put("n_fields", PyLong_FromNumber(desc.fields.length));
    put("n_unnamed_fields", PyLong_FromNumber(desc.fields.filter((f) => f === null).length));
    const names = desc.fields
      .slice(0, desc.n_in_sequence)
      .filter((f) => f !== null)
      .map((f) => makeStatic(PyUnicode_InternFromString(f)));
    put("__match_args__", makeStatic(_PyTuple_FromArraySteal(names)));
    // sys's types cannot be called (their tp_new is cleared after
    // PyStructSequence_InitType, so not inherited from tuple).
    if (desc.instantiable !== true) type.tp_new = null;
  }
}
