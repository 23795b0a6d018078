/**
 * The behaviour of `type` itself (the rest of CPython's Objects/typeobject.c):
 * PyType_Ready for built-in types, C3 method resolution order, slot
 * inheritance, `type(name, bases, dict)` creating heap types, `type.__call__`
 * (tp_new then tp_init), and the attributes of type objects (`__name__`,
 * `__qualname__`, `__module__`, `__dict__`, `__bases__`, `__mro__`, ...).
 *
 * typeobject.ts holds the PyTypeObject class and the lookup cache and has
 * no run-time imports (so it is evaluated before any module that makes a
 * static type); this module binds the dict and str operations it needs
 * (`typeRuntime`) when it is loaded.
 *
 * A heap type (a class) owns references to its bases tuple, its base, its
 * MRO tuple (which holds the class itself: classes are always in a cycle
 * and are freed by the cycle collector, as in CPython), its dict, its name
 * and qualname, and the names in its shared instance keys. Instances own a
 * reference to their class.
 */
import { TYPE_LAYOUT } from "./type-layout.js";
import { VARARGS_METHODS } from "./call-conventions.js";
import { _PyType_DocWithoutSignature, builtinDoc, docFromInternalDoc, textSignatureFromInternalDoc } from "./docsig.js";
import {
  type PyGCObject,
  type PyObject,
  TPFLAGS_BASETYPE,
  TPFLAGS_BASE_EXC_SUBCLASS,
  TPFLAGS_DICT_SUBCLASS,
  TPFLAGS_HAVE_GC,
  TPFLAGS_HEAPTYPE,
  TPFLAGS_LIST_SUBCLASS,
  TPFLAGS_LONG_SUBCLASS,
  TPFLAGS_MANAGED_DICT,
  TPFLAGS_VALID_VERSION_TAG,
  TPFLAGS_MAPPING,
  TPFLAGS_MATCH_SELF,
  TPFLAGS_READY,
  TPFLAGS_SEQUENCE,
  TPFLAGS_TUPLE_SUBCLASS,
  TPFLAGS_TYPE_SUBCLASS,
  TPFLAGS_UNICODE_SUBCLASS,
  TPFLAGS_BYTES_SUBCLASS,
  TPFLAGS_IS_ABSTRACT,
} from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, _Py_Dealloc } from "../heap/refcount.js";
import {
  PyObject_GC_Del,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  _PyObject_GC_LinkUnrepresented,
  _PyObject_GC_UnlinkUnrepresented,
} from "../heap/gc.js";
import {
  PyBaseObject_Type,
  PyType_Check,
  PyType_IsSubtype,
  PyType_Modified,
  PyType_Type,
  PyTypeObject,
  SharedKeys,
  typeRuntime,
  typesFromSpec,
  _PyType_Lookup,
} from "./typeobject.js";
import {
  METH_CLASS,
  METH_FASTCALL,
  METH_KEYWORDS,
  METH_NOARGS,
  METH_O,
  METH_STATIC,
  type PyMethodDef,
  type PyGetSetDef,
  type PyMemberDef,
} from "./methoddef.js";
import { PyDescr_NewClassMethod, PyDescr_NewGetSet, PyDescr_NewMember, PyDescr_NewMethod } from "./descrobject.js";
import { PyCFunction_NewEx } from "./methodobject.js";
import {
  add_operators,
  fixup_slot_dispatchers,
  isSlotName,
  PyObject_HashNotImplemented,
  update_slot,
} from "./typeslots.js";
import { _Py_ID } from "./identifiers.js";
import { PyExc_AttributeError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.js";
import { PyErr_Format, PyErr_SetObject } from "./errors.js";
import {
  PyUnicode_AsString,
  PyUnicode_Check,
  PyUnicode_FromString,
  PyUnicode_InternFromString,
  isIdentifierString,
} from "./unicodeobject.js";
import { Py_None } from "./noneobject.js";
import { PyBool_FromBool } from "./longobject.js";
import {
  PyTuple_Check,
  PyTuple_GET_ITEM,
  PyTuple_GET_SIZE,
  PyTuple_New,
  PyTuple_SET_ITEM,
  Py_EmptyTuple,
  _PyTuple_FromArray,
} from "./tupleobject.js";
import {
  PyDict_Check,
  PyDict_DelItem,
  PyDict_GetItem,
  PyDict_New,
  PyDict_SetItem,
  PyDict_Type,
  PyDict_Copy,
  PyDict_Keys,
  PyDict_Next,
  _PyDict_Key,
  _PyDict_Value,
} from "./dictobject.js";
import { type PyListObject, PyList_Append, PyList_New, PyList_Type } from "./listobject.js";
import { PyLong_FromNumber } from "./longobject.js";
import { PySequence_Tuple, PyObject_IsTrue } from "./abstract.js";
import { PyCell_Type, PyCell_SetTake } from "./cellobject.js";
import { PyObject_ClearWeakRefs, PyWeakref_NewRef } from "./weakrefobject.js";
import { attributeError, typeQualName, merge_class_dict } from "./object.js";
import {
  PyInstanceObject,
  extraDictGet,
  instanceGetDict,
  instanceSetDict,
  releaseSharedKeys,
  slotValues,
  subtype_clear,
  subtype_dealloc,
  subtype_traverse,
} from "./instanceobject.js";
import { PyStaticMethod_New, PyClassMethod_New } from "./funcdescr.js";
import { PyFunction_Type } from "./funcobject.js";
import { PyObject_Call } from "./call.js";
import { PyDictProxy_New } from "./mappingproxy.js";
import { currentFrame } from "./pystate.js";
import { _Py_union_type_or } from "./unionobject.js";

typeRuntime.dictGetItem = PyDict_GetItem;
typeRuntime.strValue = PyUnicode_AsString;

// --- small helpers ------------------------------------------------------------------

function str(o: PyObject): string {
  return PyUnicode_AsString(o);
}

/** Look `name` up through the MRO (borrowed). */
export function _PyType_LookupString(t: PyTypeObject, name: string): PyObject | null {
  return _PyType_Lookup(t, _Py_ID(name));
}

/** `__module__` of a type as a JS string (null if not a str). */
export function typeModuleName(t: PyTypeObject): string | null {
  if ((t.tp_flags & TPFLAGS_HEAPTYPE) !== 0) {
    const m = t.tp_dict === null ? null : PyDict_GetItem(t.tp_dict, _Py_ID("__module__"));
    return m !== null && PyUnicode_Check(m) ? str(m) : null;
  }
  const dot = t.tp_name.lastIndexOf(".");
  return dot < 0 ? "builtins" : t.tp_name.slice(0, dot);
}

function typeName(t: PyTypeObject): string {
  if (t.ht_name !== null) return str(t.ht_name);
  const dot = t.tp_name.lastIndexOf(".");
  return dot < 0 ? t.tp_name : t.tp_name.slice(dot + 1);
}

/** tp_name as CPython's messages print it: a static type's full name
 *  ("itertools.count"), a class's `__name__`. */
function typeTpName(t: PyTypeObject): string {
  return t.ht_name !== null ? str(t.ht_name) : t.tp_name;
}

function setDictString(dict: PyObject, key: string, value: PyObject): void {
  PyDict_SetItem(dict, _Py_ID(key), value);
}

function tupleFromTypes(types: PyTypeObject[]): PyObject {
  const t = PyTuple_New(types.length);
  for (let i = 0; i < types.length; i++) {
    Py_INCREF(types[i]);
    PyTuple_SET_ITEM(t, i, types[i]);
  }
  return t;
}

function tupleToTypes(t: PyObject): PyTypeObject[] {
  const out: PyTypeObject[] = [];
  const n = PyTuple_GET_SIZE(t);
  for (let i = 0; i < n; i++) out.push(PyTuple_GET_ITEM(t, i) as PyTypeObject);
  return out;
}

// --- MRO ----------------------------------------------------------------------------

/** C3 linearisation (CPython's mro_implementation). */
function mro_implementation(type: PyTypeObject): PyTypeObject[] {
  const bases = type.tp_bases === null ? [] : tupleToTypes(type.tp_bases);
  if (bases.length === 0) return [type];
  for (const b of bases) {
    if (b.tp_mro_list === null) {
      throw PyErr_Format(PyExc_TypeError, `Cannot extend an incomplete type '${b.tp_name}'`);
    }
  }
  if (bases.length === 1) return [type, ...bases[0].tp_mro_list!];
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) throw PyErr_Format(PyExc_TypeError, `duplicate base class ${typeName(bases[i])}`);
    }
  }
  const toMerge: PyTypeObject[][] = bases.map((b) => b.tp_mro_list!.slice());
  toMerge.push(bases.slice());
  const result: PyTypeObject[] = [type];
  const heads = toMerge.map(() => 0);
  for (;;) {
    let empty = 0;
    let picked: PyTypeObject | null = null;
    for (let i = 0; i < toMerge.length; i++) {
      if (heads[i] >= toMerge[i].length) {
        empty++;
        continue;
      }
      const candidate = toMerge[i][heads[i]];
      let inTail = false;
      for (let j = 0; j < toMerge.length && !inTail; j++) {
        const l = toMerge[j];
        for (let k = heads[j] + 1; k < l.length; k++) {
          if (l[k] === candidate) {
            inTail = true;
            break;
          }
        }
      }
      if (!inTail) {
        picked = candidate;
        break;
      }
    }
    if (empty === toMerge.length) break;
    if (picked === null) {
      const names: string[] = [];
      const seen = new Set<PyTypeObject>();
      for (let i = 0; i < toMerge.length; i++) {
        if (heads[i] < toMerge[i].length) {
          const c = toMerge[i][heads[i]];
          if (!seen.has(c)) {
            seen.add(c);
            names.push(typeName(c));
          }
        }
      }
      throw PyErr_Format(
        PyExc_TypeError,
        `Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(", ")}`,
      );
    }
    result.push(picked);
    for (let i = 0; i < toMerge.length; i++) {
      if (heads[i] < toMerge[i].length && toMerge[i][heads[i]] === picked) heads[i]++;
    }
  }
  return result;
}

function mro_internal(type: PyTypeObject): void {
  // CPython's general mro_implementation (more than one base) builds the
  // order in a list, which mro_internal turns into the tuple and frees.
  const merged = type.tp_bases !== null && PyTuple_GET_SIZE(type.tp_bases) > 1;
  if (merged) _PyObject_GC_LinkUnrepresented(PyList_Type, 40);
  let list: PyTypeObject[];
  try {
    list = mro_implementation(type);
  } catch (e) {
    if (merged) _PyObject_GC_UnlinkUnrepresented(PyList_Type);
    throw e;
  }
  const tuple = tupleFromTypes(list);
  if (merged) _PyObject_GC_UnlinkUnrepresented(PyList_Type);
  const old = type.tp_mro;
  type.tp_mro = tuple;
  type.tp_mro_list = list;
  Py_XDECREF(old);
}

// --- slot inheritance -------------------------------------------------------------------

type InheritableSlot =
  | "tp_repr"
  | "tp_str"
  | "tp_call"
  | "tp_getattro"
  | "tp_setattro"
  | "tp_iter"
  | "tp_iternext"
  | "tp_descr_get"
  | "tp_descr_set"
  | "tp_init"
  | "tp_finalize"
  | "tp_getdict"
  | "am_await"
  | "am_aiter"
  | "am_anext"
  | "nb_add"
  | "nb_subtract"
  | "nb_multiply"
  | "nb_remainder"
  | "nb_divmod"
  | "nb_power"
  | "nb_negative"
  | "nb_positive"
  | "nb_absolute"
  | "nb_bool"
  | "nb_invert"
  | "nb_lshift"
  | "nb_rshift"
  | "nb_and"
  | "nb_xor"
  | "nb_or"
  | "nb_int"
  | "nb_float"
  | "nb_inplace_add"
  | "nb_inplace_subtract"
  | "nb_inplace_multiply"
  | "nb_inplace_remainder"
  | "nb_inplace_power"
  | "nb_inplace_lshift"
  | "nb_inplace_rshift"
  | "nb_inplace_and"
  | "nb_inplace_xor"
  | "nb_inplace_or"
  | "nb_floor_divide"
  | "nb_true_divide"
  | "nb_inplace_floor_divide"
  | "nb_inplace_true_divide"
  | "nb_index"
  | "nb_matrix_multiply"
  | "nb_inplace_matrix_multiply"
  | "sq_length"
  | "sq_concat"
  | "sq_item"
  | "sq_contains"
  | "mp_length"
  | "mp_subscript"
  | "mp_ass_subscript";

const INHERITED: InheritableSlot[] = [
  "tp_repr",
  "tp_str",
  "tp_call",
  "tp_getattro",
  "tp_setattro",
  "tp_iter",
  "tp_iternext",
  "tp_descr_get",
  "tp_descr_set",
  "tp_init",
  "tp_finalize",
  "tp_getdict",
  "am_await",
  "am_aiter",
  "am_anext",
  "nb_add",
  "nb_subtract",
  "nb_multiply",
  "nb_remainder",
  "nb_divmod",
  "nb_power",
  "nb_negative",
  "nb_positive",
  "nb_absolute",
  "nb_bool",
  "nb_invert",
  "nb_lshift",
  "nb_rshift",
  "nb_and",
  "nb_xor",
  "nb_or",
  "nb_int",
  "nb_float",
  "nb_inplace_add",
  "nb_inplace_subtract",
  "nb_inplace_multiply",
  "nb_inplace_remainder",
  "nb_inplace_power",
  "nb_inplace_lshift",
  "nb_inplace_rshift",
  "nb_inplace_and",
  "nb_inplace_xor",
  "nb_inplace_or",
  "nb_floor_divide",
  "nb_true_divide",
  "nb_inplace_floor_divide",
  "nb_inplace_true_divide",
  "nb_index",
  "nb_matrix_multiply",
  "nb_inplace_matrix_multiply",
  "sq_length",
  "sq_concat",
  "sq_item",
  "sq_contains",
  "mp_length",
  "mp_subscript",
  "mp_ass_subscript",
];

/** Sequence and mapping patterns' flags (COLLECTION_FLAGS in typeobject.c). */
const COLLECTION_FLAGS = TPFLAGS_SEQUENCE | TPFLAGS_MAPPING;

const SUBCLASS_FLAGS =
  TPFLAGS_LONG_SUBCLASS |
  TPFLAGS_LIST_SUBCLASS |
  TPFLAGS_TUPLE_SUBCLASS |
  TPFLAGS_BYTES_SUBCLASS |
  TPFLAGS_UNICODE_SUBCLASS |
  TPFLAGS_DICT_SUBCLASS |
  TPFLAGS_BASE_EXC_SUBCLASS |
  TPFLAGS_TYPE_SUBCLASS;

function overridesHash(type: PyTypeObject): boolean {
  const d = type.tp_dict!;
  return PyDict_GetItem(d, _Py_ID("__eq__")) !== null || PyDict_GetItem(d, _Py_ID("__hash__")) !== null;
}

type SlotRecord = Record<InheritableSlot, unknown>;

function inherit_slots(type: PyTypeObject, base: PyTypeObject): void {
  const t = type as unknown as SlotRecord;
  const b = base as unknown as SlotRecord;
  for (const s of INHERITED) {
    if (t[s] === null && b[s] !== null) t[s] = b[s];
  }
  if (type.tp_richcompare === null && type.tp_hash === null && !overridesHash(type)) {
    type.tp_richcompare = base.tp_richcompare;
    type.tp_hash = base.tp_hash;
  }
  if (
    (type.tp_flags & TPFLAGS_HAVE_GC) === 0 &&
    (base.tp_flags & TPFLAGS_HAVE_GC) !== 0 &&
    type.tp_traverse === null &&
    type.tp_clear === null
  ) {
    type.tp_flags |= TPFLAGS_HAVE_GC;
    type.tp_traverse = base.tp_traverse;
    type.tp_clear = base.tp_clear;
  }
  if (base.tp_hasdict) type.tp_hasdict = true;
  if (base.tp_weakrefable) type.tp_weakrefable = true;
}

// --- PyType_Ready -----------------------------------------------------------------------

function addToDict(dict: PyObject, name: string, value: PyObject): void {
  const key = _Py_ID(name);
  if (PyDict_GetItem(dict, key) === null) PyDict_SetItem(dict, key, value);
  Py_DECREF(value);
}

function add_methods(type: PyTypeObject, methods: PyMethodDef[]): void {
  const dict = type.tp_dict!;
  for (const m of methods) {
    let v: PyObject;
    if ((m.flags & METH_CLASS) !== 0) {
      v = PyDescr_NewClassMethod(type, m);
    } else if ((m.flags & METH_STATIC) !== 0) {
      const f = PyCFunction_NewEx(m, null, null);
      v = PyStaticMethod_New(f);
      Py_DECREF(f);
    } else {
      v = PyDescr_NewMethod(type, m);
    }
    addToDict(dict, m.name, v);
  }
}

function add_getset(type: PyTypeObject, getsets: PyGetSetDef[]): void {
  for (const g of getsets) addToDict(type.tp_dict!, g.name, PyDescr_NewGetSet(type, g));
}

function add_members(type: PyTypeObject, members: PyMemberDef[]): void {
  for (const m of members) addToDict(type.tp_dict!, m.name, PyDescr_NewMember(type, m));
}

/** A type defined by a C table (static, or from a spec) takes CPython's
 * docstrings for itself and its method, getset and member rows (its slot
 * wrappers take theirs in PyDescr_NewWrapper), and CPython's calling
 * convention for its methods (call-conventions.ts). */
function attachBuiltinDocs(type: PyTypeObject): void {
  const owner = type.tp_name;
  const layout = TYPE_LAYOUT[owner];
  if (layout !== undefined) {
    type.tp_dictoffset = layout[3];
    type.tp_weaklistoffset = layout[4];
    builtinTypes.push(type);
  }
  type.tp_doc = builtinDoc(owner, "__doc__") ?? type.tp_doc;
  if (type.tp_methods !== null) {
    for (const row of type.tp_methods) row.varargs = VARARGS_METHODS.has(`${owner}.${row.name}`);
  }
  for (const rows of [type.tp_methods, type.tp_getset, type.tp_members]) {
    if (rows === null) continue;
    // (A `__doc__` attribute's own docstring is not the type's.)
    for (const row of rows) if (row.name !== "__doc__") row.doc = builtinDoc(owner, row.name) ?? row.doc;
  }
}

/** The built-in types with CPython's layout data (type-layout.ts). */
const builtinTypes: PyTypeObject[] = [];

/** The attribute cache's version tags of the built-in types as CPython's
 *  start-up leaves them (type-layout.ts): refpy's start-up runs other
 *  code, so its lookups are not the ones that decide them. */
export function _PyType_SetStartupVersionTags(): void {
  for (const t of builtinTypes) setStartupVersionTag(t);
}
function setStartupVersionTag(t: PyTypeObject): void {
  if ((TYPE_LAYOUT[t.tp_name][0] & TPFLAGS_VALID_VERSION_TAG) !== 0) t.tp_flags |= TPFLAGS_VALID_VERSION_TAG;
  else t.tp_flags &= ~TPFLAGS_VALID_VERSION_TAG;
}

/**
 * Make a type usable: base readied first, dict filled from the slot and
 * method tables, MRO computed, slots inherited, registered as a subclass.
 */
export function PyType_Ready(type: PyTypeObject): void {
  if ((type.tp_flags & TPFLAGS_READY) !== 0) return;
  type.tp_flags |= TPFLAGS_READY;
  const heap = (type.tp_flags & TPFLAGS_HEAPTYPE) !== 0;
  let base = type.tp_base;
  if (base === null && type !== PyBaseObject_Type) base = type.tp_base = PyBaseObject_Type;
  if (base !== null) PyType_Ready(base);
  if (type.tp_bases === null) {
    type.tp_bases = base === null ? Py_NewRef(Py_EmptyTuple) : tupleFromTypes([base]);
  } else {
    for (const b of tupleToTypes(type.tp_bases)) PyType_Ready(b);
  }
  if (type.tp_dict === null) type.tp_dict = PyDict_New();
  if (!heap || typesFromSpec.has(type)) attachBuiltinDocs(type);
  if (!heap) {
    add_operators(type);
    if (type.tp_methods !== null) add_methods(type, type.tp_methods);
    if (type.tp_members !== null) add_members(type, type.tp_members);
    if (type.tp_getset !== null) add_getset(type, type.tp_getset);
  }
  mro_internal(type);
  if (base !== null) {
    // inherit_special
    type.tp_flags |= base.tp_flags & (SUBCLASS_FLAGS | TPFLAGS_MATCH_SELF);
    // type_ready_set_new: static types made directly on `object` without a
    // tp_new cannot be instantiated; every other type inherits its base's.
    if (type.tp_new === null && (heap || base !== PyBaseObject_Type)) type.tp_new = base.tp_new;
  }
  const mro = type.tp_mro_list!;
  for (let i = 1; i < mro.length; i++) {
    inherit_slots(type, mro[i]);
    // inherit_patma_flags: the first class along the MRO with either flag gives it.
    if ((type.tp_flags & COLLECTION_FLAGS) === 0) type.tp_flags |= mro[i].tp_flags & COLLECTION_FLAGS;
  }
  if (type.tp_hash === null && PyDict_GetItem(type.tp_dict, _Py_ID("__hash__")) === null) {
    PyDict_SetItem(type.tp_dict, _Py_ID("__hash__"), Py_None);
    type.tp_hash = PyObject_HashNotImplemented;
  }
  const dot = type.tp_name.lastIndexOf(".");
  if (typesFromSpec.has(type) && dot >= 0 && PyDict_GetItem(type.tp_dict, _Py_ID("__module__")) === null) {
    const module = PyUnicode_FromString(type.tp_name.slice(0, dot));
    PyDict_SetItem(type.tp_dict, _Py_ID("__module__"), module);
    Py_DECREF(module);
  }
  if (PyDict_GetItem(type.tp_dict, _Py_ID("__doc__")) === null) {
    // type_dict_set_doc: the docstring without its signature line.
    const doc =
      type.tp_doc === null
        ? Py_NewRef(Py_None)
        : PyUnicode_FromString(_PyType_DocWithoutSignature(type.tp_name, type.tp_doc));
    PyDict_SetItem(type.tp_dict, _Py_ID("__doc__"), doc);
    Py_DECREF(doc);
  }
  for (const b of tupleToTypes(type.tp_bases)) add_subclass(b, type);
  if (builtinTypes.includes(type)) setStartupVersionTag(type);
}

/**
 * add_subclass: list `type` among `base`'s subclasses. CPython keeps them
 * in a dict (made with the first subclass, freed with the last) of weak
 * references: for a heap type, its basic weak reference, one made for the
 * first base and shared by the others (weakref.getweakrefs(cls) shows it,
 * and weakref.ref(cls) returns it). refpy makes that weak reference and
 * counts the dict of a heap base as an allocation (the dicts of static
 * bases are there from start-up).
 */
function add_subclass(base: PyTypeObject, type: PyTypeObject): void {
  if (base.tp_subclasses.includes(type)) return;
  if ((type.tp_flags & TPFLAGS_HEAPTYPE) !== 0) {
    const ref = PyWeakref_NewRef(type, null);
    if (type.tp_subclass_ref === null) type.tp_subclass_ref = ref;
  }
  if ((base.tp_flags & TPFLAGS_HEAPTYPE) !== 0 && base.tp_subclasses.length === 0) {
    _PyObject_GC_LinkUnrepresented(PyDict_Type, 64);
  }
  base.tp_subclasses.push(type);
}

/** remove_subclass: `type` leaves `base`'s subclasses, and the registry
 *  lets go of its weak reference (and, emptied, of its dict). */
export function remove_subclass(base: PyTypeObject, type: PyTypeObject): void {
  const i = base.tp_subclasses.indexOf(type);
  if (i < 0) return;
  base.tp_subclasses.splice(i, 1);
  const ref = type.tp_subclass_ref;
  if (ref !== null) {
    let held = false;
    if (type.tp_bases !== null)
      for (const b of tupleToTypes(type.tp_bases)) if (b.tp_subclasses.includes(type)) held = true;
    if (!held) type.tp_subclass_ref = null;
    Py_DECREF(ref);
  }
  if ((base.tp_flags & TPFLAGS_HEAPTYPE) !== 0 && base.tp_subclasses.length === 0) {
    _PyObject_GC_UnlinkUnrepresented(PyDict_Type);
  }
}

// --- type.__call__, type.__new__, type.__init__ ------------------------------------------

function type_call(callable: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const type = callable as PyTypeObject;
  const nkw = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
  if (type === PyType_Type) {
    const nargs = args.length - nkw;
    if (nargs === 1 && nkw === 0) return Py_NewRef(args[0].ob_type);
    if (nargs !== 3) throw PyErr_Format(PyExc_TypeError, "type() takes 1 or 3 arguments");
  }
  if (type.tp_vectorcall_fn !== null) return type.tp_vectorcall_fn(type, args, kwnames);
  const tpnew = type.tp_new;
  if (tpnew === null) throw PyErr_Format(PyExc_TypeError, `cannot create '${type.tp_name}' instances`);
  const obj = tpnew(type, args, kwnames);
  if (!PyType_IsSubtype(obj.ob_type, type)) return obj;
  const init = obj.ob_type.tp_init;
  if (init !== null) {
    try {
      init(obj, args, kwnames);
    } catch (e) {
      if (--obj.ob_refcnt === 0) _Py_Dealloc(obj);
      throw e;
    }
  }
  return obj;
}

function type_init(_self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const nkw = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
  const nargs = args.length - nkw;
  if (nargs === 1 && nkw !== 0) throw PyErr_Format(PyExc_TypeError, "type.__init__() takes no keyword arguments");
  if (nargs !== 1 && nargs !== 3) throw PyErr_Format(PyExc_TypeError, "type.__init__() takes 1 or 3 arguments");
}

/** _PyType_CalculateMetaclass */
function calculateMetaclass(metatype: PyTypeObject, bases: PyTypeObject[]): PyTypeObject {
  let winner = metatype;
  for (const b of bases) {
    const t = b.ob_type;
    if (PyType_IsSubtype(winner, t)) continue;
    if (PyType_IsSubtype(t, winner)) {
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

/** The base whose instance layout a type's instances use. */
function solid_base(t: PyTypeObject): PyTypeObject {
  const base = t.tp_base;
  if (base === null) return t;
  const sb = solid_base(base);
  const heap = (t.tp_flags & TPFLAGS_HEAPTYPE) !== 0;
  const extra = heap ? t.ht_nslots !== base.ht_nslots : t.tp_basicsize !== base.tp_basicsize;
  return extra ? t : sb;
}

function best_base(bases: PyTypeObject[]): PyTypeObject {
  let base: PyTypeObject | null = null;
  let winner: PyTypeObject | null = null;
  for (const b of bases) {
    if ((b.tp_flags & TPFLAGS_BASETYPE) === 0) {
      throw PyErr_Format(PyExc_TypeError, `type '${b.tp_name}' is not an acceptable base type`);
    }
    const candidate = solid_base(b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (PyType_IsSubtype(winner, candidate)) {
      // keep
    } else if (PyType_IsSubtype(candidate, winner)) {
      winner = candidate;
      base = b;
    } else {
      throw PyErr_Format(PyExc_TypeError, "multiple bases have instance lay-out conflict");
    }
  }
  return base!;
}

/** The nearest static base (whose object class instances are made of). */
function staticBase(t: PyTypeObject): PyTypeObject {
  let b = t;
  while ((b.tp_flags & TPFLAGS_HEAPTYPE) !== 0) b = b.tp_base!;
  return b;
}

function mangle(className: string, name: string): string {
  if (!name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = className.replace(/^_+/, "");
  if (stripped === "") return name;
  return `_${stripped}${name}`;
}

function instanceDictGet(self: PyObject): PyObject {
  if (self instanceof PyInstanceObject) return Py_NewRef(instanceGetDict(self));
  const getdict = self.ob_type.tp_getdict;
  const d = getdict === null ? null : getdict(self, true);
  if (d === null) throw PyErr_Format(PyExc_AttributeError, "This object has no __dict__");
  return Py_NewRef(d);
}

function instanceDictSet(self: PyObject, value: PyObject | null): void {
  if (self instanceof PyInstanceObject) {
    instanceSetDict(self, value);
    return;
  }
  throw PyErr_Format(PyExc_TypeError, "__dict__ assignment is not supported for this object");
}

function weakrefGet(self: PyObject): PyObject {
  // Installed only on heap types that add __weakref__: `self` has the GC header.
  const w = (self as PyGCObject).weakreflist;
  return Py_NewRef(w ?? Py_None);
}

const dictGetSet: PyGetSetDef = {
  name: "__dict__",
  get: instanceDictGet,
  set: instanceDictSet,
  doc: "dictionary for instance variables",
};
const weakrefGetSet: PyGetSetDef = {
  name: "__weakref__",
  get: weakrefGet,
  set: null,
  doc: "list of weak references to the object",
};

function slotMember(index: number, name: string): PyMemberDef {
  return {
    name,
    get: (self) => {
      const slots = slotValues(self, false);
      return slots === null ? null : slots[index];
    },
    set: (self, value) => {
      const slots = slotValues(self, value !== null);
      const old = slots === null ? null : slots[index];
      if (value === null && old === null) throw PyErr_Format(PyExc_AttributeError, name);
      if (value !== null) Py_INCREF(value);
      slots![index] = value;
      Py_XDECREF(old);
    },
    noneIfNull: false,
  };
}

/** Module name for a class made by a 3-argument type() call: the
 *  `__name__` of the calling frame's globals (borrowed), or null. */
function currentModuleName(): PyObject | null {
  const f = currentFrame();
  return f === null ? null : PyDict_GetItem(f.f_globals, _Py_ID("__name__"));
}

/** type.__new__(metatype, name, bases, dict, **kwds): create a class. */
export function type_new(metatype: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const nkw = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
  const nargs = args.length - nkw;
  if (metatype === PyType_Type && nargs === 1 && nkw === 0) return Py_NewRef(args[0].ob_type);
  if (nargs !== 3) {
    throw PyErr_Format(PyExc_TypeError, `type.__new__() takes exactly 3 arguments (${nargs} given)`);
  }
  const nameObj = args[0];
  const basesObj = args[1];
  const origDict = args[2];
  if (!PyUnicode_Check(nameObj)) {
    throw PyErr_Format(PyExc_TypeError, `type.__new__() argument 1 must be str, not ${nameObj.ob_type.tp_name}`);
  }
  if (!PyTuple_Check(basesObj)) {
    throw PyErr_Format(PyExc_TypeError, `type.__new__() argument 2 must be tuple, not ${basesObj.ob_type.tp_name}`);
  }
  if (!PyDict_Check(origDict)) {
    throw PyErr_Format(PyExc_TypeError, `type.__new__() argument 3 must be dict, not ${origDict.ob_type.tp_name}`);
  }
  let bases: PyTypeObject[] = [];
  const nb = PyTuple_GET_SIZE(basesObj);
  for (let i = 0; i < nb; i++) {
    const b = PyTuple_GET_ITEM(basesObj, i);
    if (!PyType_Check(b)) throw PyErr_Format(PyExc_TypeError, "bases must be types");
    bases.push(b);
  }
  const winner = calculateMetaclass(metatype, bases);
  if (winner !== metatype && winner.tp_new !== type_new && winner.tp_new !== null) {
    return winner.tp_new(winner, args, kwnames);
  }
  metatype = winner;
  if (bases.length === 0) bases = [PyBaseObject_Type];
  const base = best_base(bases);
  const name = str(nameObj);

  // __slots__
  const slotsObj = PyDict_GetItem(origDict, _Py_ID("__slots__"));
  // type_new_slots: instances of a variable-size base (int, bytes, tuple)
  // get a dict after their items but no weak reference list.
  const mayAddWeak = !base.tp_weakrefable && base.tp_itemsize === 0;
  let addDict = !base.tp_hasdict;
  let addWeak = mayAddWeak;
  const slotNames: string[] = [];
  let slotsTuple: PyObject | null = null;
  if (slotsObj !== null) {
    addDict = false;
    addWeak = false;
    const st = PyUnicode_Check(slotsObj) ? tupleOf(slotsObj) : PySequence_Tuple(slotsObj);
    slotsTuple = st;
    const n = PyTuple_GET_SIZE(st);
    try {
      // type_new_slots_impl: no slot at all (not even __dict__) after the
      // items of a variable-size base.
      if (n > 0 && base.tp_itemsize !== 0) {
        throw PyErr_Format(PyExc_TypeError, `nonempty __slots__ not supported for subtype of '${base.tp_name}'`);
      }
      for (let i = 0; i < n; i++) {
        const s = PyTuple_GET_ITEM(st, i);
        if (!PyUnicode_Check(s)) {
          throw PyErr_Format(PyExc_TypeError, `__slots__ items must be strings, not '${s.ob_type.tp_name}'`);
        }
        const sv = str(s);
        if (!isIdentifierString(sv)) throw PyErr_Format(PyExc_TypeError, "__slots__ must be identifiers");
        if (sv === "__dict__") {
          if (base.tp_hasdict || addDict)
            throw PyErr_Format(PyExc_TypeError, "__dict__ slot disallowed: we already got one");
          addDict = true;
          continue;
        }
        if (sv === "__weakref__") {
          if (!mayAddWeak || addWeak) {
            throw PyErr_Format(
              PyExc_TypeError,
              "__weakref__ slot disallowed: either we already got one, or the base type's instances have no __weakref__ slot",
            );
          }
          addWeak = true;
          continue;
        }
        const mangled = mangle(name, sv);
        if (PyDict_GetItem(origDict, PyUnicode_InternFromStringTemp(mangled)) !== null) {
          throw PyErr_Format(PyExc_ValueError, `'${sv}' in __slots__ conflicts with class variable`);
        }
        slotNames.push(mangled);
      }
    } catch (e) {
      Py_DECREF(st);
      throw e;
    }
    // type_new_copy_slots: the mangled names, but __dict__ and
    // __weakref__, in a new list sorted (their members, and the order
    // their values are released in, follow the sorted order), then as a
    // new tuple, the type's ht_slots.
    slotNames.sort();
    const newslots = PyList_New(0);
    try {
      for (const sv of slotNames) {
        const o = PyUnicode_FromString(sv);
        PyList_Append(newslots, o);
        Py_DECREF(o);
      }
      slotsTuple = _PyTuple_FromArray((newslots as PyListObject).ob_item);
    } finally {
      Py_DECREF(newslots);
      Py_DECREF(st);
    }
  }

  // type_new_descriptors: the dict of a variable-size base's instances is
  // a slot after the items; for a fixed-size base it is a managed dict
  // kept before the object (3.11's Py_TPFLAGS_MANAGED_DICT).
  const managedDict = addDict && base.tp_itemsize === 0;
  const flags =
    TPFLAGS_HEAPTYPE |
    TPFLAGS_BASETYPE |
    TPFLAGS_HAVE_GC |
    (base.tp_flags & SUBCLASS_FLAGS) |
    (managedDict ? TPFLAGS_MANAGED_DICT : base.tp_flags & TPFLAGS_MANAGED_DICT);
  // type_new_descriptors: the slots, then the dict of a variable-size
  // base's instances, then the weak reference list; a managed dict sits
  // before the object (its offset counts back over the GC and dict words).
  const baseSize = cpythonBasicsize(base);
  let slotoffset = baseSize + 8 * slotNames.length;
  let dictoffset = base.tp_dictoffset;
  let weaklistoffset = base.tp_weaklistoffset;
  if (addDict && !managedDict) {
    dictoffset = -8;
    slotoffset += 8;
  }
  if (addWeak) {
    weaklistoffset = slotoffset;
    slotoffset += 8;
  }
  if (managedDict) dictoffset = -slotoffset - 24;
  const basicsize = base.tp_basicsize + slotoffset - baseSize;
  const type = new PyTypeObject(metatype, name, basicsize, base.tp_itemsize, flags, subtype_dealloc);
  type.tp_dictoffset = dictoffset;
  type.tp_weaklistoffset = weaklistoffset;
  type.tp_traverse = subtype_traverse;
  type.tp_clear = subtype_clear;
  Py_INCREF(base);
  type.tp_base = base;
  // The bases tuple given (CPython keeps it); `(object,)` made for none.
  type.tp_bases = nb > 0 ? Py_NewRef(basesObj) : tupleFromTypes(bases);
  Py_INCREF(nameObj);
  type.ht_name = nameObj;
  type.ht_slots = slotsTuple;
  type.ht_nslots = base.ht_nslots + slotNames.length;
  type.tp_hasdict = base.tp_hasdict || addDict;
  type.tp_weakrefable = base.tp_weakrefable || addWeak;
  const instances = staticBase(base) === PyBaseObject_Type;
  if (type.tp_hasdict) {
    if (instances) type.ht_cached_keys = new SharedKeys();
    else if (base.tp_getdict === null) type.tp_getdict = extraDictGet;
  }
  try {
    const dict = PyDict_Copy(origDict);
    type.tp_dict = dict;
    // __module__: from the class body, else the caller's module.
    if (PyDict_GetItem(dict, _Py_ID("__module__")) === null) {
      const mod = currentModuleName();
      if (mod !== null) setDictString(dict, "__module__", mod);
    }
    const qual = PyDict_GetItem(dict, _Py_ID("__qualname__"));
    if (qual !== null) {
      if (!PyUnicode_Check(qual)) {
        throw PyErr_Format(PyExc_TypeError, `type __qualname__ must be a str, not ${qual.ob_type.tp_name}`);
      }
      type.ht_qualname = Py_NewRef(qual);
      PyDict_DelItem(dict, _Py_ID("__qualname__"));
    } else {
      type.ht_qualname = Py_NewRef(nameObj);
    }
    const doc = PyDict_GetItem(dict, _Py_ID("__doc__"));
    if (doc === null) setDictString(dict, "__doc__", Py_None);
    else if (PyUnicode_Check(doc)) type.tp_doc = str(doc);
    // __new__ is a static method; __init_subclass__ and __class_getitem__ are class methods.
    wrapFunction(dict, "__new__", PyStaticMethod_New);
    wrapFunction(dict, "__init_subclass__", PyClassMethod_New);
    wrapFunction(dict, "__class_getitem__", PyClassMethod_New);
    for (let i = 0; i < slotNames.length; i++) {
      const d = PyDescr_NewMember(type, slotMember(base.ht_nslots + i, slotNames[i]));
      PyDict_SetItem(dict, PyUnicode_InternFromStringTemp(slotNames[i]), d);
      Py_DECREF(d);
    }
    if (addDict) {
      const d = PyDescr_NewGetSet(type, dictGetSet);
      setDictString(dict, "__dict__", d);
      Py_DECREF(d);
    }
    if (addWeak) {
      const d = PyDescr_NewGetSet(type, weakrefGetSet);
      setDictString(dict, "__weakref__", d);
      Py_DECREF(d);
    }
    PyType_Ready(type);
    fixup_slot_dispatchers(type);
    // __classcell__: the cell `super()` and `__class__` read.
    const cell = PyDict_GetItem(dict, _Py_ID("__classcell__"));
    if (cell !== null) {
      if (cell.ob_type !== PyCell_Type) {
        throw PyErr_Format(PyExc_TypeError, `__classcell__ must be a nonlocal cell, not ${reprType(cell.ob_type)}`);
      }
      PyCell_SetTake(cell, Py_NewRef(type));
      PyDict_DelItem(dict, _Py_ID("__classcell__"));
    }
    PyObject_GC_Track(type);
  } catch (e) {
    Py_DECREF(type);
    throw e;
  }
  try {
    type_new_set_names(type);
    init_subclass(type, args.slice(3), kwnames);
  } catch (e) {
    Py_DECREF(type);
    throw e;
  }
  return type;
}

function reprType(t: PyTypeObject): string {
  const mod = typeModuleName(t);
  const q = typeQualName(t);
  return mod !== null && mod !== "builtins" ? `<class '${mod}.${q}'>` : `<class '${q}'>`;
}

function PyUnicode_InternFromStringTemp(s: string): PyObject {
  return _Py_ID(s);
}

function tupleOf(o: PyObject): PyObject {
  const t = PyTuple_New(1);
  Py_INCREF(o);
  PyTuple_SET_ITEM(t, 0, o);
  return t;
}

function wrapFunction(dict: PyObject, name: string, wrap: (f: PyObject) => PyObject): void {
  const key = _Py_ID(name);
  const f = PyDict_GetItem(dict, key);
  if (f !== null && f.ob_type === PyFunction_Type) {
    const w = wrap(f);
    PyDict_SetItem(dict, key, w);
    Py_DECREF(w);
  }
}

/** Call `__set_name__(owner, name)` on each class attribute that has it,
 *  walking a copy of the namespace (PyDict_Copy, PyDict_Next) that the
 *  calls cannot change. */
function type_new_set_names(type: PyTypeObject): void {
  const names = PyDict_Copy(type.tp_dict!);
  try {
    for (let i = PyDict_Next(names, 0); i >= 0; i = PyDict_Next(names, i + 1)) {
      const k = _PyDict_Key(names, i);
      const v = _PyDict_Value(names, i);
      const setName = _PyType_LookupString(v.ob_type, "__set_name__");
      if (setName === null) continue;
      const r = PyObject_Call(setName, [v, type, k], null);
      Py_DECREF(r);
    }
  } finally {
    Py_DECREF(names);
  }
}

/** super(type, type).__init_subclass__(**kwds) */
function init_subclass(type: PyTypeObject, kwvalues: PyObject[], kwnames: PyObject | null): void {
  const mro = type.tp_mro_list!;
  const key = _Py_ID("__init_subclass__");
  for (let i = 1; i < mro.length; i++) {
    const d = mro[i].tp_dict;
    const f = d === null ? null : PyDict_GetItem(d, key);
    if (f === null) continue;
    const get = f.ob_type.tp_descr_get;
    const bound = get === null ? Py_NewRef(f) : get(f, null, type);
    try {
      const r = PyObject_Call(bound, kwvalues, kwnames);
      Py_DECREF(r);
    } finally {
      Py_DECREF(bound);
    }
    return;
  }
}

// --- attribute access on type objects ----------------------------------------------------

function type_getattro(o: PyObject, name: PyObject): PyObject {
  const type = o as PyTypeObject;
  const metatype = type.ob_type;
  if (!PyUnicode_Check(name)) {
    throw PyErr_Format(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  }
  const metaAttr = _PyType_Lookup(metatype, name);
  let metaGet = null;
  if (metaAttr !== null) {
    metaGet = metaAttr.ob_type.tp_descr_get;
    if (metaGet !== null && metaAttr.ob_type.tp_descr_set !== null) {
      Py_INCREF(metaAttr);
      try {
        return metaGet(metaAttr, type, metatype);
      } finally {
        Py_DECREF(metaAttr);
      }
    }
  }
  const attr = _PyType_Lookup(type, name);
  if (attr !== null) {
    const localGet = attr.ob_type.tp_descr_get;
    if (localGet !== null) {
      Py_INCREF(attr);
      try {
        return localGet(attr, null, type);
      } finally {
        Py_DECREF(attr);
      }
    }
    return Py_NewRef(attr);
  }
  if (metaGet !== null) {
    Py_INCREF(metaAttr!);
    try {
      return metaGet(metaAttr!, type, metatype);
    } finally {
      Py_DECREF(metaAttr!);
    }
  }
  if (metaAttr !== null) return Py_NewRef(metaAttr);
  throw attributeError(type, name, `type object '${typeTpName(type)}' has no attribute '${str(name)}'`);
}

function type_setattro(o: PyObject, name: PyObject, value: PyObject | null): void {
  const type = o as PyTypeObject;
  if (!PyUnicode_Check(name)) {
    throw PyErr_Format(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  }
  if ((type.tp_flags & TPFLAGS_HEAPTYPE) === 0) {
    throw PyErr_Format(PyExc_TypeError, `cannot set '${str(name)}' attribute of immutable type '${type.tp_name}'`);
  }
  const metaAttr = _PyType_Lookup(type.ob_type, name);
  if (metaAttr !== null && metaAttr.ob_type.tp_descr_set !== null) {
    Py_INCREF(metaAttr);
    try {
      metaAttr.ob_type.tp_descr_set(metaAttr, type, value);
    } finally {
      Py_DECREF(metaAttr);
    }
    PyType_Modified(type);
    return;
  }
  const key = PyUnicode_InternFromString(str(name));
  try {
    const dict = type.tp_dict!;
    if (value === null) {
      if (PyDict_GetItem(dict, key) === null) {
        // No `name` or `obj` (no "Did you mean"), as 3.11's setattr.
        throw PyErr_Format(PyExc_AttributeError, `type object '${typeTpName(type)}' has no attribute '${str(name)}'`);
      }
      PyDict_DelItem(dict, key);
    } else {
      PyDict_SetItem(dict, key, value);
    }
  } finally {
    Py_DECREF(key);
  }
  // As CPython's type_setattro: the lookup cache goes first, so that
  // update_slot finds the new value (not a cached base's).
  PyType_Modified(type);
  const s = str(name);
  if (isSlotName(s)) update_slot(type, s);
}

function type_repr(o: PyObject): PyObject {
  return PyUnicode_FromString(reprType(o as PyTypeObject));
}

function type_dealloc(o: PyObject): void {
  const type = o as PyTypeObject;
  if ((type.tp_flags & TPFLAGS_HEAPTYPE) === 0) {
    throw new Error(`refpy internal error: deallocating static type ${type.tp_name}`);
  }
  PyObject_GC_UnTrack(type);
  // type_dealloc_common, then the weak references.
  if (type.tp_bases !== null) for (const b of tupleToTypes(type.tp_bases)) remove_subclass(b, type);
  PyObject_ClearWeakRefs(type);
  type.tp_cache.clear();
  type.tp_mro_list = null;
  const fields = [
    type.tp_base,
    type.tp_dict,
    type.tp_bases,
    type.tp_mro,
    type.ht_name,
    type.ht_qualname,
    type.ht_slots,
  ];
  type.tp_base = null;
  type.tp_dict = null;
  type.tp_bases = null;
  type.tp_mro = null;
  type.ht_name = null;
  type.ht_qualname = null;
  type.ht_slots = null;
  if (type.ht_cached_keys !== null) releaseSharedKeys(type.ht_cached_keys);
  for (const f of fields) Py_XDECREF(f);
  PyObject_GC_Del(type);
}

function type_traverse(o: PyObject, visit: (x: PyObject) => void): void {
  const type = o as PyTypeObject;
  if ((type.tp_flags & TPFLAGS_HEAPTYPE) === 0) return;
  if (type.tp_dict !== null) visit(type.tp_dict);
  if (type.tp_mro !== null) visit(type.tp_mro);
  if (type.tp_bases !== null) visit(type.tp_bases);
  if (type.tp_base !== null) visit(type.tp_base);
}

function type_clear(o: PyObject): void {
  const type = o as PyTypeObject;
  PyType_Modified(type);
  const mro = type.tp_mro;
  const dict = type.tp_dict;
  if (dict !== null) {
    // PyDict_Clear: drop the namespace but keep the (empty) dict.
    const fresh = PyDict_New();
    type.tp_dict = fresh;
    Py_DECREF(dict);
  }
  if (mro !== null) {
    type.tp_mro = null;
    type.tp_mro_list = [type];
    Py_DECREF(mro);
  }
}

// --- getsets and methods of type objects ------------------------------------------------

function T(o: PyObject): PyTypeObject {
  return o as PyTypeObject;
}

function checkSetHeap(t: PyTypeObject, what: string, value: PyObject | null): PyObject {
  if ((t.tp_flags & TPFLAGS_HEAPTYPE) === 0) {
    throw PyErr_Format(PyExc_TypeError, `cannot set '${what}' attribute of immutable type '${t.tp_name}'`);
  }
  if (value === null)
    throw PyErr_Format(PyExc_TypeError, `cannot delete '${what}' attribute of immutable type '${t.tp_name}'`);
  return value;
}

function type_get_name(o: PyObject): PyObject {
  const t = T(o);
  return t.ht_name !== null ? Py_NewRef(t.ht_name) : PyUnicode_FromString(typeName(t));
}
function type_set_name(o: PyObject, value: PyObject | null): void {
  const t = T(o);
  const v = checkSetHeap(t, "__name__", value);
  if (!PyUnicode_Check(v)) {
    throw PyErr_Format(PyExc_TypeError, `can only assign string to ${t.tp_name}.__name__, not '${v.ob_type.tp_name}'`);
  }
  const old = t.ht_name;
  t.ht_name = Py_NewRef(v);
  t.tp_name = str(v);
  Py_XDECREF(old);
}
function type_get_qualname(o: PyObject): PyObject {
  const t = T(o);
  return t.ht_qualname !== null ? Py_NewRef(t.ht_qualname) : PyUnicode_FromString(typeQualName(t));
}
function type_set_qualname(o: PyObject, value: PyObject | null): void {
  const t = T(o);
  const v = checkSetHeap(t, "__qualname__", value);
  if (!PyUnicode_Check(v)) {
    throw PyErr_Format(
      PyExc_TypeError,
      `can only assign string to ${t.tp_name}.__qualname__, not '${v.ob_type.tp_name}'`,
    );
  }
  const old = t.ht_qualname;
  t.ht_qualname = Py_NewRef(v);
  Py_XDECREF(old);
}
function type_get_module(o: PyObject): PyObject {
  const t = T(o);
  if ((t.tp_flags & TPFLAGS_HEAPTYPE) !== 0) {
    const m = PyDict_GetItem(t.tp_dict!, _Py_ID("__module__"));
    if (m === null) throw PyErr_Format(PyExc_AttributeError, "__module__");
    return Py_NewRef(m);
  }
  return PyUnicode_InternFromString(typeModuleName(t)!);
}
function type_set_module(o: PyObject, value: PyObject | null): void {
  const t = T(o);
  const v = checkSetHeap(t, "__module__", value);
  PyType_Modified(t);
  setDictString(t.tp_dict!, "__module__", v);
}
/** type.__abstractmethods__: the class's own entry (never type's own
 *  descriptor); setting it sets or clears TPFLAGS_IS_ABSTRACT. */
export function type_abstractmethods(o: PyObject): PyObject {
  const t = T(o);
  const v = t === PyType_Type ? null : PyDict_GetItem(t.tp_dict!, _Py_ID("__abstractmethods__"));
  if (v === null) throw PyErr_SetObject(PyExc_AttributeError, _Py_ID("__abstractmethods__"));
  return Py_NewRef(v);
}
function type_set_abstractmethods(o: PyObject, value: PyObject | null): void {
  const t = T(o);
  let abstract = false;
  if (value !== null) {
    abstract = PyObject_IsTrue(value);
    PyDict_SetItem(t.tp_dict!, _Py_ID("__abstractmethods__"), value);
  } else {
    if (PyDict_GetItem(t.tp_dict!, _Py_ID("__abstractmethods__")) === null) {
      throw PyErr_SetObject(PyExc_AttributeError, _Py_ID("__abstractmethods__"));
    }
    PyDict_DelItem(t.tp_dict!, _Py_ID("__abstractmethods__"));
  }
  PyType_Modified(t);
  if (abstract) t.tp_flags |= TPFLAGS_IS_ABSTRACT;
  else t.tp_flags &= ~TPFLAGS_IS_ABSTRACT;
}

function type_get_doc(o: PyObject): PyObject {
  const t = T(o);
  if ((t.tp_flags & TPFLAGS_HEAPTYPE) === 0 && t.tp_doc !== null) {
    const doc = docFromInternalDoc(t.tp_name, t.tp_doc);
    return doc === null ? Py_NewRef(Py_None) : PyUnicode_FromString(doc);
  }
  const d = PyDict_GetItem(t.tp_dict!, _Py_ID("__doc__"));
  if (d === null) return Py_NewRef(Py_None);
  const get = d.ob_type.tp_descr_get;
  return get === null ? Py_NewRef(d) : get(d, null, t);
}
/** type_get_text_signature: read from tp_doc (a class's too: its __doc__). */
function type_get_text_signature(o: PyObject): PyObject {
  const t = T(o);
  const sig = textSignatureFromInternalDoc(t.tp_name, t.tp_doc);
  return sig === null ? Py_NewRef(Py_None) : PyUnicode_FromString(sig);
}
function type_set_doc(o: PyObject, value: PyObject | null): void {
  const t = T(o);
  const v = checkSetHeap(t, "__doc__", value);
  PyType_Modified(t);
  setDictString(t.tp_dict!, "__doc__", v);
}
/** `T.__dict__`: a read-only mappingproxy of the type's namespace. */
function type_get_dict(o: PyObject): PyObject {
  const t = T(o);
  if (t.tp_dict === null) t.tp_dict = PyDict_New();
  return PyDictProxy_New(t.tp_dict);
}
function type_get_bases(o: PyObject): PyObject {
  const t = T(o);
  return Py_NewRef(t.tp_bases ?? Py_EmptyTuple);
}
/** The names in `__slots__` of `t` and its heap bases, base first. */
function slotNamesOf(t: PyTypeObject): string[] {
  const names: string[] = [];
  for (let b: PyTypeObject | null = t; b !== null && (b.tp_flags & TPFLAGS_HEAPTYPE) !== 0; b = b.tp_base) {
    if (b.ht_slots !== null) names.unshift(...tupleToStrings(b.ht_slots));
  }
  return names;
}

function tupleToStrings(t: PyObject): string[] {
  const out: string[] = [];
  const n = PyTuple_GET_SIZE(t);
  for (let i = 0; i < n; i++) out.push(str(PyTuple_GET_ITEM(t, i)));
  return out;
}

/**
 * compatible_for_assignment: may objects laid out for `oldto` become
 * `newto`'s (`__class__` and `__bases__` assignment)? refpy's instances of
 * classes are their static base's object plus the `__slots__` values, a
 * dict and a weak reference list, so two types are compatible when they
 * share the static base (object: subclasses of other built-ins add a
 * layout of their own, as in CPython) and agree on those three.
 */
export function compatible_for_assignment(oldto: PyTypeObject, newto: PyTypeObject, attr: string): void {
  // tp_free first: a GC type and a non-GC type free their objects differently.
  if ((newto.tp_flags & TPFLAGS_HAVE_GC) !== (oldto.tp_flags & TPFLAGS_HAVE_GC)) {
    throw PyErr_Format(
      PyExc_TypeError,
      `${attr} assignment: '${newto.tp_name}' deallocator differs from '${oldto.tp_name}'`,
    );
  }
  const a = staticBase(oldto);
  const b = staticBase(newto);
  const sameBase = a === b && (a === PyBaseObject_Type || oldto === a || newto === b || oldto === newto);
  const slotsA = slotNamesOf(oldto).join("\0");
  const slotsB = slotNamesOf(newto).join("\0");
  if (
    !sameBase ||
    slotsA !== slotsB ||
    oldto.tp_hasdict !== newto.tp_hasdict ||
    oldto.tp_weakrefable !== newto.tp_weakrefable
  ) {
    throw PyErr_Format(
      PyExc_TypeError,
      `${attr} assignment: '${newto.tp_name}' object layout differs from '${oldto.tp_name}'`,
    );
  }
}

/** mro_hierarchy: recompute the MRO of `type` and of every subclass. The
 *  old MROs are pushed on `undo` (type, tuple) so a failure can put them back. */
function mro_hierarchy(type: PyTypeObject, undo: [PyTypeObject, PyObject | null, PyTypeObject[] | null][]): void {
  const old = type.tp_mro;
  const oldList = type.tp_mro_list;
  const list = mro_implementation(type);
  type.tp_mro = tupleFromTypes(list);
  type.tp_mro_list = list;
  undo.push([type, old, oldList]);
  PyType_Modified(type);
  for (const sub of type.tp_subclasses.slice()) mro_hierarchy(sub, undo);
}

/** type_set_bases: CPython's checks, then the new MRO of the class and its subclasses. */
function type_set_bases(o: PyObject, value: PyObject | null): void {
  const type = T(o);
  const newBases = checkSetHeap(type, "__bases__", value);
  if (!PyTuple_Check(newBases)) {
    throw PyErr_Format(
      PyExc_TypeError,
      `can only assign tuple to ${type.tp_name}.__bases__, not ${newBases.ob_type.tp_name}`,
    );
  }
  const n = PyTuple_GET_SIZE(newBases);
  if (n === 0) {
    throw PyErr_Format(PyExc_TypeError, `can only assign non-empty tuple to ${type.tp_name}.__bases__, not ()`);
  }
  const bases: PyTypeObject[] = [];
  for (let i = 0; i < n; i++) {
    const ob = PyTuple_GET_ITEM(newBases, i);
    if (!PyType_Check(ob)) {
      throw PyErr_Format(
        PyExc_TypeError,
        `${type.tp_name}.__bases__ must be tuple of classes, not '${ob.ob_type.tp_name}'`,
      );
    }
    if (PyType_IsSubtype(ob, type)) {
      throw PyErr_Format(PyExc_TypeError, "a __bases__ item causes an inheritance cycle");
    }
    bases.push(ob);
  }
  const newBase = best_base(bases);
  compatible_for_assignment(type.tp_base!, newBase, "__bases__");
  const oldBases = type.tp_bases!;
  const oldBase = type.tp_base!;
  type.tp_bases = Py_NewRef(newBases);
  type.tp_base = Py_NewRef(newBase) as PyTypeObject;
  const undo: [PyTypeObject, PyObject | null, PyTypeObject[] | null][] = [];
  try {
    mro_hierarchy(type, undo);
  } catch (e) {
    for (let i = undo.length - 1; i >= 0; i--) {
      const [t, mro, list] = undo[i];
      const made = t.tp_mro;
      t.tp_mro = mro;
      t.tp_mro_list = list;
      Py_XDECREF(made);
      PyType_Modified(t);
    }
    type.tp_bases = oldBases;
    type.tp_base = oldBase;
    Py_DECREF(newBases);
    Py_DECREF(newBase);
    throw e;
  }
  for (const [, mro] of undo) Py_XDECREF(mro);
  // remove_all_subclasses, then add_all_subclasses (remove_subclass
  // reads the bases that still list the type from tp_bases).
  const kept = type.tp_bases;
  type.tp_bases = oldBases;
  for (const b of tupleToTypes(oldBases)) remove_subclass(b, type);
  type.tp_bases = kept;
  for (const b of bases) add_subclass(b, type);
  update_all_slots(type);
  Py_DECREF(oldBases);
  Py_DECREF(oldBase);
}

/** update_all_slots: every slot of `type` and its subclasses refilled from the new MRO. */
function update_all_slots(type: PyTypeObject): void {
  fixup_slot_dispatchers(type);
  for (const sub of type.tp_subclasses) update_all_slots(sub);
}

/** `__flags__`: CPython's tp_flags (a built-in type's from type-layout.ts,
 *  its version-tag bit as the lookups since start-up left it). */
function type_get_flags(o: PyObject): PyObject {
  const t = T(o);
  let flags = t.tp_flags;
  const layout = (t.tp_flags & TPFLAGS_HEAPTYPE) === 0 || typesFromSpec.has(t) ? TYPE_LAYOUT[t.tp_name] : undefined;
  if (layout !== undefined) flags = (layout[0] & ~TPFLAGS_VALID_VERSION_TAG) | (flags & TPFLAGS_VALID_VERSION_TAG);
  return PyLong_FromNumber(flags >>> 0);
}
function type_get_dictoffset(o: PyObject): PyObject {
  return PyLong_FromNumber(T(o).tp_dictoffset);
}
function type_get_weakrefoffset(o: PyObject): PyObject {
  return PyLong_FromNumber(T(o).tp_weaklistoffset);
}
/** CPython's tp_basicsize: a built-in type's from type-layout.ts (refpy's
 *  own may count its instances differently, as getsizeof needs), a
 *  class's its base's plus what the class adds. */
function cpythonBasicsize(t: PyTypeObject): number {
  const layout = (t.tp_flags & TPFLAGS_HEAPTYPE) === 0 || typesFromSpec.has(t) ? TYPE_LAYOUT[t.tp_name] : undefined;
  if (layout !== undefined) return layout[1];
  const base = t.tp_base;
  if ((t.tp_flags & TPFLAGS_HEAPTYPE) === 0 || base === null) return t.tp_basicsize;
  return cpythonBasicsize(base) + t.tp_basicsize - base.tp_basicsize;
}
function type_get_basicsize(o: PyObject): PyObject {
  return PyLong_FromNumber(cpythonBasicsize(T(o)));
}
function type_get_itemsize(o: PyObject): PyObject {
  const t = T(o);
  const layout = (t.tp_flags & TPFLAGS_HEAPTYPE) === 0 || typesFromSpec.has(t) ? TYPE_LAYOUT[t.tp_name] : undefined;
  return PyLong_FromNumber(layout !== undefined ? layout[2] : t.tp_itemsize);
}

function type_get_base(o: PyObject): PyObject {
  return Py_NewRef(T(o).tp_base ?? Py_None);
}
function type_get_mro(o: PyObject): PyObject {
  const t = T(o);
  return Py_NewRef(t.tp_mro ?? Py_None);
}
function type_get_annotations(o: PyObject): PyObject {
  const t = T(o);
  const a = t.tp_dict === null ? null : PyDict_GetItem(t.tp_dict, _Py_ID("__annotations__"));
  if (a !== null) return Py_NewRef(a);
  if ((t.tp_flags & TPFLAGS_HEAPTYPE) === 0) {
    throw PyErr_Format(PyExc_AttributeError, `type object '${t.tp_name}' has no attribute '__annotations__'`);
  }
  const d = PyDict_New();
  setDictString(t.tp_dict!, "__annotations__", d);
  return d;
}
/** `T.__annotations__ = value` / `del T.__annotations__` (type_set_annotations):
 *  the entry of the type's namespace. */
function type_set_annotations(o: PyObject, value: PyObject | null): void {
  const t = T(o);
  if ((t.tp_flags & TPFLAGS_HEAPTYPE) === 0) {
    throw PyErr_Format(PyExc_TypeError, `cannot set '__annotations__' attribute of immutable type '${t.tp_name}'`);
  }
  if (value !== null) {
    PyDict_SetItem(t.tp_dict!, _Py_ID("__annotations__"), value);
  } else {
    if (PyDict_GetItem(t.tp_dict!, _Py_ID("__annotations__")) === null) {
      throw PyErr_SetObject(PyExc_AttributeError, _Py_ID("__annotations__"));
    }
    PyDict_DelItem(t.tp_dict!, _Py_ID("__annotations__"));
  }
  PyType_Modified(t);
}

function type_mro(self: PyObject): PyObject {
  const list = mro_implementation(T(self));
  const out = PyList_New(0);
  for (const t of list) PyList_Append(out, t);
  return out;
}
function type_subclasses(self: PyObject): PyObject {
  const out = PyList_New(0);
  for (const t of T(self).tp_subclasses) PyList_Append(out, t);
  return out;
}
function type_instancecheck(self: PyObject, inst: PyObject): PyObject {
  return PyBool_FromBool(PyType_IsSubtype(inst.ob_type, T(self)));
}
function type_subclasscheck(self: PyObject, sub: PyObject): PyObject {
  if (!PyType_Check(sub)) throw PyErr_Format(PyExc_TypeError, "issubclass() arg 1 must be a class");
  return PyBool_FromBool(PyType_IsSubtype(sub, T(self)));
}
function type_prepare(_self: PyObject, _args: PyObject[], _kw: PyObject | null): PyObject {
  return PyDict_New();
}
/** type.__dir__: the keys of a new dict that merge_class_dict fills. */
function type_dir(self: PyObject): PyObject {
  const dict = PyDict_New();
  try {
    merge_class_dict(dict, self);
    return PyDict_Keys(dict);
  } finally {
    Py_DECREF(dict);
  }
}
function type_sizeof(self: PyObject): PyObject {
  const t = T(self);
  let size = t.ob_size_bytes;
  if ((t.tp_flags & TPFLAGS_HEAPTYPE) !== 0 && t.ht_cached_keys !== null) {
    size += 8 * t.ht_cached_keys.names.length;
  }
  return PyLong_FromNumber(size);
}

// type_or: `int | str` is a types.UnionType (PEP 604).
PyType_Type.nb_or = _Py_union_type_or;
PyType_Type.tp_call = type_call;
PyType_Type.tp_new = type_new;
PyType_Type.tp_init = type_init;
PyType_Type.tp_getattro = type_getattro;
PyType_Type.tp_setattro = type_setattro;
PyType_Type.tp_repr = type_repr;
PyType_Type.tp_dealloc = type_dealloc;
PyType_Type.tp_traverse = type_traverse;
PyType_Type.tp_clear = type_clear;
PyType_Type.tp_hasdict = true;
PyType_Type.tp_weakrefable = true;
PyType_Type.tp_flags |= TPFLAGS_TYPE_SUBCLASS;
PyType_Type.tp_doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";
PyType_Type.tp_getset = [
  { name: "__name__", get: type_get_name, set: type_set_name },
  { name: "__qualname__", get: type_get_qualname, set: type_set_qualname },
  { name: "__bases__", get: type_get_bases, set: type_set_bases },
  { name: "__base__", get: type_get_base, set: null },
  { name: "__mro__", get: type_get_mro, set: null },
  { name: "__module__", get: type_get_module, set: type_set_module },
  { name: "__doc__", get: type_get_doc, set: type_set_doc },
  { name: "__text_signature__", get: type_get_text_signature, set: null },
  { name: "__abstractmethods__", get: type_abstractmethods, set: type_set_abstractmethods },
  { name: "__dict__", get: type_get_dict, set: null },
  { name: "__annotations__", get: type_get_annotations, set: type_set_annotations },
  { name: "__basicsize__", get: type_get_basicsize, set: null },
  { name: "__flags__", get: type_get_flags, set: null },
  { name: "__dictoffset__", get: type_get_dictoffset, set: null },
  { name: "__weakrefoffset__", get: type_get_weakrefoffset, set: null },
  { name: "__itemsize__", get: type_get_itemsize, set: null },
];
PyType_Type.tp_methods = [
  { name: "mro", meth: type_mro, flags: METH_NOARGS },
  { name: "__subclasses__", meth: type_subclasses, flags: METH_NOARGS },
  { name: "__instancecheck__", meth: type_instancecheck, flags: METH_O },
  { name: "__subclasscheck__", meth: type_subclasscheck, flags: METH_O },
  { name: "__prepare__", meth: type_prepare, flags: METH_FASTCALL | METH_KEYWORDS | METH_CLASS },
  { name: "__dir__", meth: type_dir, flags: METH_NOARGS },
  { name: "__sizeof__", meth: type_sizeof, flags: METH_NOARGS },
];
