/**
 * Type objects: CPython's PyTypeObject, with CPython's slot names.
 *
 * A type is itself a heap object (its type is `type`). Behaviour lives in
 * slots (`tp_*`, `nb_*`, `sq_*`, `mp_*`); the VM and the abstract object
 * API (abstract.ts) call slots and never switch on the concrete type, and
 * the collector calls `tp_traverse` / `tp_clear`. A slot left null means
 * "not supported", as a NULL slot does in CPython.
 *
 * Built-in types are static (created once at start-up, never freed, their
 * refcount starts high). Classes defined in Python are heap types
 * (TPFLAGS_HEAPTYPE): their slots are filled with wrappers that look up the
 * class's dunder methods (`slot_tp_repr` calls `__repr__`, …), as
 * Objects/typeobject.c does.
 *
 * Slot signatures follow CPython, with two simplifications:
 *  - errors are raised by throwing a Python exception object (a new
 *    reference), never by returning null;
 *  - calls use the vectorcall layout: `args` holds the positional arguments
 *    followed by the values of the keyword arguments, whose names are in
 *    `kwnames` (a tuple of str) or null. `args` is borrowed.
 * Every slot that returns a PyObject returns a NEW reference.
 */
import {
  PyGCObject,
  type PyObject,
  PyObject_HeaderSize,
  TPFLAGS_HAVE_GC,
  TPFLAGS_READY,
  TPFLAGS_VALID_VERSION_TAG,
  TPFLAGS_BASETYPE,
} from "../heap/object.js";
import { allocStaticAddr, freeBlock } from "../heap/allocator.js";
import { objectWatch } from "../heap/watch.js";
import { _Py_SetRefcnt } from "../heap/refcount.js";
import type { PyGetSetDef, PyMemberDef, PyMethodDef } from "./methoddef.js";

export type destructor = (self: PyObject) => void;
export type reprfunc = (self: PyObject) => PyObject;
/** Returns a hash as an integral JS number, never -1 (as CPython). */
export type hashfunc = (self: PyObject) => number;
export type ternaryfunc = (callable: PyObject, args: PyObject[], kwnames: PyObject | null) => PyObject;
export type getattrofunc = (self: PyObject, name: PyObject) => PyObject;
/** `value` null means delete. */
export type setattrofunc = (self: PyObject, name: PyObject, value: PyObject | null) => void;
/** `op` is one of Py_LT..Py_GE; may return NotImplemented. */
export type richcmpfunc = (a: PyObject, b: PyObject, op: number) => PyObject;
export type getiterfunc = (self: PyObject) => PyObject;
/** Returns the next item, or null when exhausted (no StopIteration thrown). */
export type iternextfunc = (self: PyObject) => PyObject | null;
export type descrgetfunc = (descr: PyObject, obj: PyObject | null, type: PyObject | null) => PyObject;
export type descrsetfunc = (descr: PyObject, obj: PyObject, value: PyObject | null) => void;
export type initproc = (self: PyObject, args: PyObject[], kwnames: PyObject | null) => void;
export type newfunc = (subtype: PyTypeObject, args: PyObject[], kwnames: PyObject | null) => PyObject;
/** Calls `visit` once for each object `self` holds a strong reference to
 *  (in CPython's order for that type). */
export type traverseproc = (self: PyObject, visit: (child: PyObject) => void) => void;
export type inquiry = (self: PyObject) => void;
/** May return NotImplemented. */
export type binaryfunc = (a: PyObject, b: PyObject) => PyObject;
/** The type slots of the binary number operators (each a binaryfunc). */
export type BinarySlotName =
  | "nb_add"
  | "nb_subtract"
  | "nb_multiply"
  | "nb_remainder"
  | "nb_divmod"
  | "nb_lshift"
  | "nb_rshift"
  | "nb_and"
  | "nb_xor"
  | "nb_or"
  | "nb_floor_divide"
  | "nb_true_divide"
  | "nb_matrix_multiply";
export type unaryfunc = (a: PyObject) => PyObject;
export type powfunc = (a: PyObject, b: PyObject, c: PyObject) => PyObject;
export type boolfunc = (a: PyObject) => boolean;
export type lenfunc = (a: PyObject) => number;
export type objobjargproc = (self: PyObject, key: PyObject, value: PyObject | null) => void;
export type objobjproc = (self: PyObject, value: PyObject) => boolean;
export type ssizeargfunc = (self: PyObject, i: number) => PyObject;
/** Returns the instance's `__dict__` (borrowed), creating it when `create`
 *  is true; null when it has none yet. */
export type getdictfunc = (self: PyObject, create: boolean) => PyObject | null;

/**
 * Shared instance-attribute keys of a class (CPython 3.11's split-dict
 * "cached keys"): every instance of the class stores its attribute values in
 * an array indexed by the position of the name here, so the names are not
 * repeated per instance and no dict object exists until `__dict__` is asked
 * for. Names are only appended; `nameObjs` holds owned references to the
 * interned str objects.
 *
 * `usable` is 3.11's dk_usable of the cached keys (dk_nentries is
 * `names.length`): it starts at SHARED_KEYS_MAX_SIZE
 * (_PyDict_NewKeysForClass), a new name takes one (insert_into_dictkeys;
 * none left: the instance's attributes move to a dict), and each new
 * instance takes one while more than one is left (init_inline_values). An
 * instance's values array has room for `names.length + usable` values at
 * its creation (shared_keys_usable_size), which sizes its block.
 */
export class SharedKeys {
  names: string[];
  nameObjs: PyObject[];
  index: Map<string, number>;
  usable: number;
  constructor() {
    this.names = [];
    this.nameObjs = [];
    this.index = new Map();
    this.usable = SHARED_KEYS_MAX_SIZE;
  }
}
/** CPython's SHARED_KEYS_MAX_SIZE. */
export const SHARED_KEYS_MAX_SIZE = 30;

/** The bytes of a type object (CPython 3.11's sizeof(PyHeapTypeObject)). */
const TYPE_BASICSIZE = 912;

export class PyTypeObject extends PyGCObject {
  tp_name: string;
  tp_basicsize: number;
  tp_itemsize: number;
  tp_flags: number;
  tp_doc: string | null;

  tp_base: PyTypeObject | null;
  /** Tuple of base classes. */
  tp_bases: PyObject | null;
  /** Tuple: the method resolution order, starting with this type. */
  tp_mro: PyObject | null;
  /** Dict: the type's namespace (methods, descriptors, class attributes). */
  tp_dict: PyObject | null;
  /** Instances have a `__dict__` (CPython: tp_dictoffset != 0). */
  tp_hasdict: boolean;
  /** Instances can be weakly referenced (CPython: tp_weaklistoffset != 0). */
  tp_weakrefable: boolean;

  tp_dealloc: destructor;
  tp_repr: reprfunc | null;
  tp_str: reprfunc | null;
  tp_hash: hashfunc | null;
  tp_call: ternaryfunc | null;
  /** Calling the type itself has a vectorcall entry in CPython 3.11
   *  (float, bool, list, tuple, dict, set, frozenset, range, enumerate,
   *  map, filter, super, type): no recursion level is counted for it, as
   *  _PyObject_MakeTpCall counts one for every other class. */
  tp_vectorcall: boolean;
  /** That vectorcall, where it parses its arguments otherwise than
   *  tp_new does (enumerate's): type_call runs it instead of tp_new and
   *  tp_init. Not inherited. */
  tp_vectorcall_fn: ternaryfunc | null;
  tp_getattro: getattrofunc | null;
  tp_setattro: setattrofunc | null;
  tp_richcompare: richcmpfunc | null;
  tp_iter: getiterfunc | null;
  tp_iternext: iternextfunc | null;
  tp_descr_get: descrgetfunc | null;
  tp_descr_set: descrsetfunc | null;
  tp_init: initproc | null;
  tp_new: newfunc | null;
  tp_traverse: traverseproc | null;
  tp_clear: inquiry | null;
  /** PEP 442 finalizer (`__del__` for classes that define it). */
  tp_finalize: inquiry | null;

  /** tp_as_async (PyAsyncMethods): `__await__`, `__aiter__`, `__anext__`. */
  am_await: unaryfunc | null;
  am_aiter: unaryfunc | null;
  am_anext: unaryfunc | null;

  nb_add: binaryfunc | null;
  nb_subtract: binaryfunc | null;
  nb_multiply: binaryfunc | null;
  nb_remainder: binaryfunc | null;
  nb_divmod: binaryfunc | null;
  nb_power: powfunc | null;
  nb_negative: unaryfunc | null;
  nb_positive: unaryfunc | null;
  nb_absolute: unaryfunc | null;
  nb_bool: boolfunc | null;
  nb_invert: unaryfunc | null;
  nb_lshift: binaryfunc | null;
  nb_rshift: binaryfunc | null;
  nb_and: binaryfunc | null;
  nb_xor: binaryfunc | null;
  nb_or: binaryfunc | null;
  nb_int: unaryfunc | null;
  nb_float: unaryfunc | null;
  nb_inplace_add: binaryfunc | null;
  nb_inplace_subtract: binaryfunc | null;
  nb_inplace_multiply: binaryfunc | null;
  nb_inplace_remainder: binaryfunc | null;
  nb_inplace_power: powfunc | null;
  nb_inplace_lshift: binaryfunc | null;
  nb_inplace_rshift: binaryfunc | null;
  nb_inplace_and: binaryfunc | null;
  nb_inplace_xor: binaryfunc | null;
  nb_inplace_or: binaryfunc | null;
  nb_floor_divide: binaryfunc | null;
  nb_true_divide: binaryfunc | null;
  nb_inplace_floor_divide: binaryfunc | null;
  nb_inplace_true_divide: binaryfunc | null;
  nb_index: unaryfunc | null;
  nb_matrix_multiply: binaryfunc | null;
  nb_inplace_matrix_multiply: binaryfunc | null;

  sq_length: lenfunc | null;
  sq_concat: binaryfunc | null;
  sq_item: ssizeargfunc | null;
  sq_contains: objobjproc | null;
  mp_length: lenfunc | null;
  mp_subscript: binaryfunc | null;
  mp_ass_subscript: objobjargproc | null;

  /** Heap types: `__name__` and `__qualname__` (str objects) and `__slots__`. */
  ht_name: PyObject | null;
  ht_qualname: PyObject | null;
  ht_slots: PyObject | null;
  /** Bumped whenever the type or a base changes, to invalidate caches
   *  of attribute lookups keyed on it. */
  tp_version_tag: number;
  /** Subclasses (weak in CPython; plain JS references here: types outlive
   *  the lookups that use this list, and it is not a counted reference). */
  tp_subclasses: PyTypeObject[];
  /** A heap type's basic weak reference to itself, which CPython's
   *  add_subclass makes for its bases' subclass registries (a dict of
   *  weak references): one owned reference per base listing it, null
   *  when none does (typeimpl.ts's add_subclass / remove_subclass). */
  tp_subclass_ref: PyObject | null;

  /** Declarations turned into descriptors by PyType_Ready (methoddef.ts). */
  tp_methods: PyMethodDef[] | null;
  tp_getset: PyGetSetDef[] | null;
  tp_members: PyMemberDef[] | null;
  /** Where instances keep their `__dict__` (CPython's tp_dictoffset), for
   *  types other than plain Python classes (modules, functions, exceptions,
   *  subclasses of built-in types). */
  tp_getdict: getdictfunc | null;
  /** CPython's tp_dictoffset and tp_weaklistoffset as `__dictoffset__` /
   *  `__weakrefoffset__` show them (a built-in type's: type-layout.ts; a
   *  class's: type_new_descriptors'). refpy reaches the dict through
   *  tp_hasdict / tp_getdict, not through these. */
  tp_dictoffset: number;
  tp_weaklistoffset: number;
  /** `_PyType_Lookup` cache: name -> borrowed result (null = absent). Valid
   *  while neither this type nor a base changes (PyType_Modified clears it). */
  tp_cache: Map<string, PyObject | null>;
  /** Heap types whose instances are PyInstanceObjects: the shared keys. */
  ht_cached_keys: SharedKeys | null;
  /** Number of `__slots__` entries of this type and its bases. */
  ht_nslots: number;
  /** The MRO as a JS array (the references are owned by `tp_mro`). */
  tp_mro_list: PyTypeObject[] | null;

  constructor(
    metatype: PyTypeObject | null,
    name: string,
    basicsize: number,
    itemsize: number,
    flags: number,
    dealloc: destructor,
  ) {
    // `type` itself is created with no metatype and patched by bootstrap.
    super(metatype ?? (null as unknown as PyTypeObject), TYPE_BASICSIZE);
    this.tp_name = name;
    this.tp_basicsize = basicsize;
    this.tp_itemsize = itemsize;
    this.tp_flags = flags;
    this.tp_doc = null;
    this.tp_base = null;
    this.tp_bases = null;
    this.tp_mro = null;
    this.tp_dict = null;
    this.tp_hasdict = false;
    this.tp_weakrefable = false;
    this.tp_dealloc = dealloc;
    this.tp_repr = null;
    this.tp_str = null;
    this.tp_hash = null;
    this.tp_call = null;
    this.tp_vectorcall = false;
    this.tp_vectorcall_fn = null;
    this.tp_getattro = null;
    this.tp_setattro = null;
    this.tp_richcompare = null;
    this.tp_iter = null;
    this.tp_iternext = null;
    this.tp_descr_get = null;
    this.tp_descr_set = null;
    this.tp_init = null;
    this.tp_new = null;
    this.tp_traverse = null;
    this.tp_clear = null;
    this.tp_finalize = null;
    this.am_await = null;
    this.am_aiter = null;
    this.am_anext = null;
    this.nb_add = null;
    this.nb_subtract = null;
    this.nb_multiply = null;
    this.nb_remainder = null;
    this.nb_divmod = null;
    this.nb_power = null;
    this.nb_negative = null;
    this.nb_positive = null;
    this.nb_absolute = null;
    this.nb_bool = null;
    this.nb_invert = null;
    this.nb_lshift = null;
    this.nb_rshift = null;
    this.nb_and = null;
    this.nb_xor = null;
    this.nb_or = null;
    this.nb_int = null;
    this.nb_float = null;
    this.nb_inplace_add = null;
    this.nb_inplace_subtract = null;
    this.nb_inplace_multiply = null;
    this.nb_inplace_remainder = null;
    this.nb_inplace_power = null;
    this.nb_inplace_lshift = null;
    this.nb_inplace_rshift = null;
    this.nb_inplace_and = null;
    this.nb_inplace_xor = null;
    this.nb_inplace_or = null;
    this.nb_floor_divide = null;
    this.nb_true_divide = null;
    this.nb_inplace_floor_divide = null;
    this.nb_inplace_true_divide = null;
    this.nb_index = null;
    this.nb_matrix_multiply = null;
    this.nb_inplace_matrix_multiply = null;
    this.sq_length = null;
    this.sq_concat = null;
    this.sq_item = null;
    this.sq_contains = null;
    this.mp_length = null;
    this.mp_subscript = null;
    this.mp_ass_subscript = null;
    this.ht_name = null;
    this.ht_qualname = null;
    this.ht_slots = null;
    this.tp_version_tag = 0;
    this.tp_subclasses = [];
    this.tp_subclass_ref = null;
    this.tp_methods = null;
    this.tp_getset = null;
    this.tp_members = null;
    this.tp_getdict = null;
    this.tp_dictoffset = 0;
    this.tp_weaklistoffset = 0;
    this.tp_cache = new Map();
    this.ht_cached_keys = null;
    this.ht_nslots = 0;
    this.tp_mro_list = null;
  }
}

/** Refcount static objects start with (3.11's _PyObject_IMMORTAL_REFCNT). */
export const STATIC_REFCNT = 999_999_999;

/** Turn a just-made object into a static one: an address in the static
 *  region, not counted as live heap, and a high starting refcount. */
export function makeStatic<T extends PyObject>(op: T, refcnt: number = STATIC_REFCNT): T {
  if (objectWatch.free !== null) objectWatch.free(op);
  const pre = PyObject_HeaderSize(op);
  freeBlock(op.ob_addr, op.ob_size_bytes + pre, pre);
  op.ob_addr = allocStaticAddr(op.ob_size_bytes);
  _Py_SetRefcnt(op, refcnt);
  return op;
}

function staticTypeDealloc(self: PyObject): void {
  // Static types are never freed; reaching here means a refcount bug.
  throw new Error(`refpy internal error: deallocating static type ${(self as PyTypeObject).tp_name}`);
}

/** `type`, the metatype of every type. */
export const PyType_Type: PyTypeObject = (() => {
  const t = new PyTypeObject(null, "type", TYPE_BASICSIZE, 40, TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE, staticTypeDealloc);
  t.ob_type = t;
  t.tp_vectorcall = true; // type_vectorcall
  return makeStatic(t);
})();

/** `object`, the root of every class. Its slots are filled by object.ts. */
export const PyBaseObject_Type: PyTypeObject = makeStatic(
  new PyTypeObject(PyType_Type, "object", 16, 0, TPFLAGS_BASETYPE, staticTypeDealloc),
);

/**
 * Create a static built-in type. `base` defaults to `object`. The caller
 * fills slots, then PyType_Ready (in the type machinery) builds its dict
 * and MRO at start-up.
 */
export function newStaticType(
  name: string,
  basicsize: number,
  flags: number,
  dealloc: destructor,
  base: PyTypeObject | null = PyBaseObject_Type,
  itemsize = 0,
): PyTypeObject {
  const t = makeStatic(new PyTypeObject(PyType_Type, name, basicsize, itemsize, flags, dealloc));
  t.tp_base = base;
  allStaticTypes.push(t);
  return t;
}

/** Every type made by newStaticType, in creation order (PyType_Ready'd at
 *  start-up by interpreterInit). */
export const allStaticTypes: PyTypeObject[] = [];

/** The static types CPython 3.11 makes from a spec (PyType_FromModuleAndSpec,
 *  PyStructSequence_NewType): heap types there, whose dict holds
 *  `__module__`, the part of tp_name before its last dot. PyType_Ready
 *  gives these the same entry. */
export const typesFromSpec = new Set<PyTypeObject>();

/** Mark `types` as made from a spec in CPython (see typesFromSpec). */
export function _PyType_FromSpecInCPython(...types: PyTypeObject[]): void {
  for (const t of types) typesFromSpec.add(t);
}

export function PyType_IsReady(t: PyTypeObject): boolean {
  return (t.tp_flags & TPFLAGS_READY) !== 0;
}

/** Is `a` a subtype of `b`? Walks the MRO once the type is ready, the
 *  base chain before that (CPython's PyType_IsSubtype). */
export function PyType_IsSubtype(a: PyTypeObject, b: PyTypeObject): boolean {
  if (a === b) return true;
  const mro = a.tp_mro_list;
  if (mro !== null) {
    for (let i = 1; i < mro.length; i++) if (mro[i] === b) return true;
    return false;
  }
  for (let t: PyTypeObject | null = a.tp_base; t !== null; t = t.tp_base) {
    if (t === b) return true;
  }
  return b === PyBaseObject_Type;
}

/** Is `op` a type object (an instance of `type` or a metaclass)? */
export function PyType_Check(op: PyObject): op is PyTypeObject {
  return op instanceof PyTypeObject;
}

export function PyType_CheckExact(op: PyObject): op is PyTypeObject {
  return op.ob_type === PyType_Type;
}

/**
 * The attribute-lookup machinery needs dict and str operations, which live
 * in modules that import this one; they are bound here at start-up
 * (typeimpl.ts) so that this module has no run-time imports and is always
 * evaluated before the modules that create static types.
 */
export const typeRuntime = {
  dictGetItem: null as unknown as (d: PyObject, key: PyObject) => PyObject | null,
  strValue: null as unknown as (s: PyObject) => string,
};

/**
 * _PyType_Lookup: `name` (a str) in the dicts of `type`'s MRO; a BORROWED
 * reference or null. Cached per type until PyType_Modified.
 */
export function _PyType_Lookup(type: PyTypeObject, name: PyObject): PyObject | null {
  if ((type.tp_flags & TPFLAGS_VALID_VERSION_TAG) === 0) assign_version_tag(type);
  const key = typeRuntime.strValue(name);
  const cache = type.tp_cache;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const res = find_name_in_mro(type, name);
  cache.set(key, res);
  return res;
}

/** find_name_in_mro: the uncached lookup (update_one_slot's during type
 *  set-up), which gives no type a version tag. */
export function find_name_in_mro(type: PyTypeObject, name: PyObject): PyObject | null {
  const getitem = typeRuntime.dictGetItem;
  const mro = type.tp_mro_list;
  if (mro === null) {
    for (let t: PyTypeObject | null = type; t !== null; t = t.tp_base) {
      if (t.tp_dict !== null) {
        const v = getitem(t.tp_dict, name);
        if (v !== null) return v;
      }
    }
    return null;
  }
  for (let i = 0; i < mro.length; i++) {
    const d = mro[i].tp_dict;
    if (d !== null) {
      const v = getitem(d, name);
      if (v !== null) return v;
    }
  }
  return null;
}

let nextVersionTag = 1;

/** assign_version_tag's mark (a ready type only), on its bases too: every
 *  ancestor, which is what recursing through the bases reaches. */
function assign_version_tag(type: PyTypeObject): void {
  if ((type.tp_flags & TPFLAGS_READY) === 0) return;
  const mro = type.tp_mro_list;
  if (mro === null) {
    for (let t: PyTypeObject | null = type; t !== null; t = t.tp_base) t.tp_flags |= TPFLAGS_VALID_VERSION_TAG;
    return;
  }
  for (let i = 0; i < mro.length; i++) {
    if ((mro[i].tp_flags & TPFLAGS_READY) !== 0) mro[i].tp_flags |= TPFLAGS_VALID_VERSION_TAG;
  }
}

/** The type (or a base) changed: drop cached lookups here and in every
 *  subclass (CPython's PyType_Modified). */
export function PyType_Modified(type: PyTypeObject): void {
  type.tp_cache.clear();
  type.tp_version_tag = nextVersionTag++;
  type.tp_flags &= ~TPFLAGS_VALID_VERSION_TAG;
  const subs = type.tp_subclasses;
  for (let i = 0; i < subs.length; i++) PyType_Modified(subs[i]);
}

export function Py_TYPE(op: PyObject): PyTypeObject {
  return op.ob_type;
}
