/**
 * The references each kind of object owns, labelled: one table, read by
 * the refcount audit (which counts every owned reference) and by heap
 * snapshots (which label `gc.get_referents`' edges).
 *
 * A row per kind (a JS class; an instance of a Python subclass of a
 * built-in type is the built-in's class) gives two lists:
 *  - `traversed`: what the type's `tp_traverse` visits, each with a kind
 *    and a name (list index, dict key, attribute name, …). tp_traverse
 *    stays the authority for what is visited and in which order (the
 *    collector's and `gc.get_referents`' order); the row only names its
 *    children, matched by identity (so `[x, x]` gets `[0]` and `[1]`). A
 *    child the row does not name is a plain "referent" with no label.
 *  - `untraversed`: what the object owns that tp_traverse leaves out,
 *    because it cannot be part of a cycle (a dict's keys when all are
 *    str, a descriptor's name, a heap type's name, qualname, `__slots__`
 *    and shared-key names, a generator frame's frame object), and every
 *    owned field of a type without tp_traverse (code objects' constants
 *    and names, range objects' ints; int, float, str, bytes, range
 *    iterators and the stream objects own none and have no row).
 * And, for every kind, two rules no row repeats: an object of a heap type
 * owns a reference to its type (subtype_traverse visits it; for any other
 * tp_traverse it is untraversed), and a non-GC instance of a class derived
 * from a built-in type owns its `__slots__` values and its `__dict__`,
 * kept aside and found without creating them.
 *
 * `visitOwned` is every owned reference: tp_traverse's children, then the
 * untraversed ones. A kind that owns references missing from both shows
 * up in the audit as a mismatch. `labelledReferents` is tp_traverse's
 * children alone, each named. Names are kept as a kind and a key (an
 * index, a str, the dict key object) and written out only for a
 * snapshot, so the audit's counting makes no strings.
 *
 * Nothing here runs Python code or allocates on the heap.
 */
import { PyGCObject, type PyObject, TPFLAGS_HEAPTYPE } from "../heap/object.js";
import { _PyObject_IS_GC } from "../heap/gc.js";
import { PyTypeObject, SHARED_KEYS_MAX_SIZE } from "../objects/typeobject.js";
import { PyInstanceObject, subtype_traverse, visitSlots } from "../objects/instanceobject.js";
import { PyCodeObject, PyLineIterObject, PyPositionsIterObject } from "../objects/codeobject.js";
import { FRAME_OWNED_BY_FRAME_OBJECT, type InterpFrame, PyFrameObject } from "../objects/frameobject.js";
import { PyListObject } from "../objects/listobject.js";
import { PyTupleObject, PyTuple_GET_ITEM, PyTuple_GET_SIZE } from "../objects/tupleobject.js";
import { PyDictObject } from "../objects/dictobject.js";
import { PySetObject } from "../objects/setobject.js";
import { PyCellObject } from "../objects/cellobject.js";
import { PyFunctionObject } from "../objects/funcobject.js";
import { PyMethodObject } from "../objects/classobject.js";
import { PyModuleObject } from "../objects/moduleobject.js";
import { PyWeakReference } from "../objects/weakrefobject.js";
import { GEN_FRAME_CLEARED, PyCoro_Type, PyGenObject } from "../objects/genobject.js";
import { PyBaseExceptionObject } from "../objects/exceptions.js";
import { PyCFunctionObject } from "../objects/methodobject.js";
import { PyDescrObject } from "../objects/descrobject.js";
import { PyRangeObject } from "../objects/rangeobject.js";
import { FieldNameIterObject, FormatterIterObject } from "../modules/string.js";
import { StringIOObject } from "../modules/io-stringio.js";
import { BytesIOObject } from "../modules/io-bytesio.js";
import { NLDecoderObject } from "../modules/io-textio.js";
import { compobject } from "../modules/zlib.js";
import { PyDictProxyObject } from "../objects/mappingproxy.js";
import { MatchObject, PatternObject, ScannerObject } from "../modules/sre.js";
import { safeRepr } from "./repr.js";
import { LruCacheObject, lruLinks } from "../modules/functools-native.js";

/** What a reference stands for (a snapshot edge's `kind`). */
export type SnapshotEdgeKind =
  | "variable" // a frame's name (label: the name)
  | "stack" // a frame's value-stack slot (label: "stack[i]")
  | "item" // list or tuple element (label: "[i]")
  | "value" // dict value (label: "[key repr]")
  | "key" // dict key, when the collector sees keys (label: "key <key repr>")
  | "element" // set element
  | "attribute" // instance attribute or a named field (label: its name)
  | "class" // an instance's or a class's type (label: "__class__")
  | "cell" // cell_contents
  | "referent"; // anything else tp_traverse visits (label: "")

/** The key a reference is known by within its kind: a name, an index
 *  ("item", "stack"), or the dict key object ("value", "key"). */
export type ReferenceKey = string | number | PyObject;

/** One of tp_traverse's children, named. */
export interface LabelledReferent {
  child: PyObject;
  label: string;
  kind: SnapshotEdgeKind;
}

type Visit = (child: PyObject) => void;
/** Receives a traversed reference's name (null fields are skipped). */
type Name = (child: PyObject | null, kind: SnapshotEdgeKind, key: ReferenceKey) => void;
/** Receives an untraversed owned reference (the audit passes a Visit). */
type Own = (child: PyObject, kind: SnapshotEdgeKind, key: ReferenceKey) => void;

interface Row {
  kind: abstract new (...args: never[]) => PyObject;
  traversed: ((op: PyObject, name: Name) => void) | null;
  untraversed: ((op: PyObject, own: Own) => void) | null;
}

// ------------------------------------------------------------ the table

/** The rows; the kinds are disjoint classes, so their order is free. */
const ROWS: Row[] = [];

function row<T extends PyObject>(
  kind: abstract new (...args: never[]) => T,
  traversed: ((op: T, name: Name) => void) | null,
  untraversed: ((op: T, own: Own) => void) | null,
): void {
  ROWS.push({ kind, traversed, untraversed } as Row);
}

/** subtype_traverse: slots, most derived class's first, then the
 *  attributes (inline values, or the `__dict__`). */
row(
  PyInstanceObject,
  (op, name) => {
    const slots = op.slots;
    if (slots !== null) for (const v of slots) name(v, "attribute", "__slots__");
    const vals = op.values;
    const keys = op.ob_type.ht_cached_keys;
    if (vals !== null && keys !== null) {
      for (let i = 0; i < vals.length && i < SHARED_KEYS_MAX_SIZE; i++) name(vals[i], "attribute", keys.names[i]);
    } else if (op.dict !== null) {
      name(op.dict, "attribute", "__dict__");
    }
  },
  null,
);

row(
  PyListObject,
  (op, name) => {
    const items = op.ob_item;
    for (let i = 0; i < items.length; i++) name(items[i], "item", i);
  },
  null,
);

row(
  PyTupleObject,
  (op, name) => {
    const items = op.ob_item;
    for (let i = 0; i < items.length; i++) name(items[i], "item", i);
  },
  null,
);

/** dict_traverse: each value, then its key unless every key is a str. */
row(
  PyDictObject,
  (op, name) => {
    for (let i = 0; i < op.dk_nentries; i++) {
      const k = op.me_key[i];
      const v = op.me_value[i];
      if (k === null || v === null) continue;
      name(v, "value", k);
      if (!op.dk_unicode) name(k, "key", k);
    }
  },
  (op, own) => {
    if (!op.dk_unicode) return;
    for (let i = 0; i < op.dk_nentries; i++) {
      const k = op.me_key[i];
      if (k !== null) own(k, "key", k);
    }
  },
);

row(
  PySetObject,
  (op, name) => {
    for (const k of op.keys) name(k, "element", "element");
  },
  null,
);

row(
  PyCellObject,
  (op, name) => {
    name(op.ob_ref, "cell", "cell_contents");
  },
  null,
);

row(
  PyFunctionObject,
  (op, name) => {
    name(op.func_code, "attribute", "__code__");
    name(op.func_globals, "attribute", "__globals__");
    name(op.func_builtins, "attribute", "__builtins__");
    name(op.func_module, "attribute", "__module__");
    name(op.func_defaults, "attribute", "__defaults__");
    name(op.func_kwdefaults, "attribute", "__kwdefaults__");
    name(op.func_doc, "attribute", "__doc__");
    name(op.func_name, "attribute", "__name__");
    name(op.func_dict, "attribute", "__dict__");
    name(op.func_closure, "attribute", "__closure__");
    name(op.func_annotations, "attribute", "__annotations__");
    name(op.func_qualname, "attribute", "__qualname__");
  },
  null,
);

/** type_traverse visits a heap type's namespace and hierarchy; its names
 *  and shared-key names are strs. A static type owns nothing of a run. */
row(
  PyTypeObject,
  (op, name) => {
    name(op.tp_dict, "attribute", "__dict__");
    name(op.tp_mro, "attribute", "__mro__");
    name(op.tp_bases, "attribute", "__bases__");
    name(op.tp_base, "attribute", "__base__");
  },
  (op, own) => {
    if ((op.tp_flags & TPFLAGS_HEAPTYPE) === 0) return;
    if (op.ht_name !== null) own(op.ht_name, "attribute", "__name__");
    if (op.ht_qualname !== null) own(op.ht_qualname, "attribute", "__qualname__");
    if (op.ht_slots !== null) own(op.ht_slots, "attribute", "__slots__");
    // Its basic weak reference, one reference for each base whose
    // subclass registry lists it (the registries of static bases are
    // outside the run, so the type stands for them).
    const ref = op.tp_subclass_ref;
    if (ref !== null && op.tp_bases !== null) {
      for (let i = 0; i < PyTuple_GET_SIZE(op.tp_bases); i++) {
        if ((PyTuple_GET_ITEM(op.tp_bases, i) as PyTypeObject).tp_subclasses.includes(op)) {
          own(ref, "attribute", "__subclasses__");
        }
      }
    }
    const keys = op.ht_cached_keys;
    if (keys !== null) for (let i = 0; i < keys.nameObjs.length; i++) own(keys.nameObjs[i], "key", keys.nameObjs[i]);
  },
);

row(
  PyModuleObject,
  (op, name) => {
    name(op.md_dict, "attribute", "__dict__");
  },
  null,
);

row(
  PyMethodObject,
  (op, name) => {
    name(op.im_func, "attribute", "__func__");
    name(op.im_self, "attribute", "__self__");
  },
  null,
);

row(
  PyCFunctionObject,
  (op, name) => {
    name(op.m_self, "attribute", "__self__");
    name(op.m_module, "attribute", "__module__");
  },
  null,
);

row(
  PyWeakReference,
  (op, name) => {
    name(op.wr_callback, "attribute", "__callback__");
  },
  null,
);

row(
  PyBaseExceptionObject,
  (op, name) => {
    name(op.dict, "attribute", "__dict__");
    name(op.args, "attribute", "args");
    name(op.traceback, "attribute", "__traceback__");
    name(op.context, "attribute", "__context__");
    name(op.cause, "attribute", "__cause__");
    if (op.extra !== null) for (const [key, v] of op.extra) name(v, "attribute", key);
  },
  null,
);

/** 3.11's _PyFrame_Traverse visits a generator frame's frame object;
 *  gen_traverse here does not. */
row(
  PyGenObject,
  (op, name) => {
    name(op.gi_code, "attribute", "gi_code");
    name(op.gi_name, "attribute", "__name__");
    name(op.gi_qualname, "attribute", "__qualname__");
    frameSlots(op.gi_iframe, name);
    name(op.gi_exc_state.exc_value, "attribute", "exc_value");
  },
  (op, own) => {
    const frameObj = op.gi_iframe.frame_obj;
    if (op.gi_frame_state < GEN_FRAME_CLEARED && frameObj !== null) own(frameObj, "attribute", "gi_frame");
    // A coroutine's cr_origin (tuples of str and int) is not traversed;
    // an async generator's finalizer is.
    const origin = op.gi_origin_or_finalizer;
    if (origin !== null && op.ob_type === PyCoro_Type) own(origin, "attribute", "cr_origin");
  },
);

row(
  PyFrameObject,
  (op, name) => {
    name(op.f_back, "attribute", "f_back");
    name(op.f_trace, "attribute", "f_trace");
    if (op.f_frame.owner === FRAME_OWNED_BY_FRAME_OBJECT) frameSlots(op.f_frame, name);
  },
  null,
);

/** descr_traverse visits d_type alone; the name is an interned str. */
row(PyDescrObject, null, (op, own) => {
  own(op.d_name, "attribute", "__name__");
});

/** Not GC: its constants and names cannot reach back to it. */
row(PyCodeObject, null, (op, own) => {
  for (let i = 0; i < op.co_consts.length; i++) own(op.co_consts[i], "attribute", "co_consts");
  for (let i = 0; i < op.co_names.length; i++) own(op.co_names[i], "attribute", "co_names");
  for (let i = 0; i < op.co_localsplusnames.length; i++) own(op.co_localsplusnames[i], "attribute", "co_varnames");
  own(op.co_name, "attribute", "co_name");
  own(op.co_qualname, "attribute", "co_qualname");
  own(op.co_filename, "attribute", "co_filename");
  if (op.co_cpython !== null) {
    own(op.co_cpython.code, "attribute", "co_code");
    own(op.co_cpython.linetable, "attribute", "co_linetable");
    own(op.co_cpython.exceptiontable, "attribute", "co_exceptiontable");
  }
});

/** co_lines() and co_positions() iterators (not GC) own their code. */
row(PyLineIterObject, null, (op, own) => {
  own(op.li_code, "attribute", "li_code");
});
row(PyPositionsIterObject, null, (op, own) => {
  own(op.pi_code, "attribute", "pi_code");
});

/** _sre's objects (modules/sre.ts): a scanner's matching state owns its
 *  subject (and the buffer view of a bytes-like one), which
 *  scanner_traverse leaves out, as sre.c's does. */
row(
  PatternObject,
  (op, name) => {
    name(op.groupindex, "attribute", "groupindex");
    name(op.indexgroup, "attribute", "indexgroup");
    name(op.pattern, "attribute", "pattern");
  },
  null,
);

row(
  MatchObject,
  (op, name) => {
    name(op.string, "attribute", "string");
    name(op.regs, "attribute", "regs");
    name(op.pattern, "attribute", "re");
  },
  null,
);

row(
  ScannerObject,
  (op, name) => {
    name(op.pattern, "attribute", "pattern");
  },
  (op, own) => {
    if (op.state.string !== null) own(op.state.string, "attribute", "string");
    const view = op.state.buffer;
    if (view !== null && view.obj !== null) own(view.obj, "attribute", "buffer");
  },
);

row(
  PyDictProxyObject,
  (op, name) => {
    name(op.mapping, "attribute", "mapping");
  },
  null,
);

/** functools' lru cache: tp_traverse visits each link's key and result
 *  (the links are not GC objects); the list's own reference to each link
 *  (the one it was made with) is untraversed. */
row(LruCacheObject, null, (op, own) => {
  for (const link of lruLinks(op)) own(link, "referent", "link");
});

/** Not GC: four ints. */
row(PyRangeObject, null, (op, own) => {
  own(op.start, "attribute", "start");
  own(op.stop, "attribute", "stop");
  own(op.step, "attribute", "step");
  own(op.length, "attribute", "length");
});

/** Not GC (_string's iterators): the str each parses. */
row(FormatterIterObject, null, (op, own) => {
  if (op.str !== null) own(op.str, "attribute", "str");
});
row(FieldNameIterObject, null, (op, own) => {
  if (op.str !== null) own(op.str, "attribute", "str");
});

/** StringIO's traverse visits its __dict__ alone; its newline state and
 *  the accumulator's lists are left out, as stringio_traverse does. */
row(StringIOObject, null, (op, own) => {
  if (op.decoder !== null) own(op.decoder, "attribute", "decoder");
  if (op.readnl !== null) own(op.readnl, "attribute", "readnl");
  if (op.writenl !== null) own(op.writenl, "attribute", "writenl");
  if (op.accuSmall !== null) own(op.accuSmall, "attribute", "accu");
  if (op.accuLarge !== null) own(op.accuLarge, "attribute", "accu");
});
/** BytesIO's buffer, a bytes object (not visited by bytesio_traverse). */
row(BytesIOObject, null, (op, own) => {
  if (op.buf !== null) own(op.buf, "attribute", "buffer");
});
/** Not GC (zlib's Compress and Decompress): the leftover input and the
 *  dictionary. */
row(compobject, null, (op, own) => {
  if (op.unused_data !== null) own(op.unused_data, "attribute", "unused_data");
  if (op.unconsumed_tail !== null) own(op.unconsumed_tail, "attribute", "unconsumed_tail");
  if (op.zdict !== null) own(op.zdict, "attribute", "zdict");
});
/** Not GC: IncrementalNewlineDecoder's decoder and errors. */
row(NLDecoderObject, null, (op, own) => {
  if (op.decoder !== null) own(op.decoder, "attribute", "decoder");
  if (op.errors !== null) own(op.errors, "attribute", "errors");
});

/** What an interpreter frame owns, named as _PyFrame_Traverse visits it
 *  (generators, frame objects). */
function frameSlots(f: InterpFrame, name: Name): void {
  const co = f.f_code;
  name(f.f_locals, "attribute", "f_locals");
  name(f.f_func, "attribute", "f_func");
  name(co, "attribute", "f_code");
  const n = co.co_nlocalsplus;
  for (let i = 0; i < f.stacktop && i < f.localsplus.length; i++) {
    if (i < n) name(f.localsplus[i], "variable", co.localsplusnames[i]);
    else name(f.localsplus[i], "stack", i - n);
  }
}

/** The row of each JS class met so far (null: none), found once by
 *  `instanceof` (the audit looks one up for every object it counts). */
const rowOfClass = new Map<unknown, Row | null>();

function rowOf(op: PyObject): Row | null {
  let r = rowOfClass.get(op.constructor);
  if (r === undefined) {
    r = ROWS.find((row) => op instanceof row.kind) ?? null;
    rowOfClass.set(op.constructor, r);
  }
  return r;
}

// ------------------------------------------------------------ readers

/**
 * Every reference `op` owns, one `visit` per reference (an object held
 * twice is visited twice): tp_traverse's children, then the untraversed.
 */
export function visitOwned(op: PyObject, visit: Visit): void {
  const type = op.ob_type;
  const traverse = type.tp_traverse;
  const gc = op instanceof PyGCObject && traverse !== null;
  const heap = (type.tp_flags & TPFLAGS_HEAPTYPE) !== 0;
  if (gc) traverse(op, visit);
  if (heap && (!gc || traverse !== subtype_traverse)) visit(type);
  if (heap && !gc) {
    visitSlots(op, visit);
    if (type.tp_getdict !== null) {
      const d = type.tp_getdict(op, false);
      if (d !== null) visit(d);
    }
  }
  const r = rowOf(op);
  if (r !== null && r.untraversed !== null) r.untraversed(op, visit);
}

/** `gc.get_referents(op)`, in tp_traverse order, each named (empty for
 *  an object the collector does not see). */
export function labelledReferents(op: PyObject): LabelledReferent[] {
  const out: LabelledReferent[] = [];
  if (!_PyObject_IS_GC(op)) return out;
  const traverse = op.ob_type.tp_traverse;
  if (traverse === null) return out;
  const names = new Map<PyObject, [SnapshotEdgeKind, ReferenceKey][]>();
  const name: Name = (child, kind, key) => {
    if (child === null) return;
    const list = names.get(child);
    if (list === undefined) names.set(child, [[kind, key]]);
    else list.push([kind, key]);
  };
  const type = op.ob_type;
  const heap = (type.tp_flags & TPFLAGS_HEAPTYPE) !== 0;
  const r = rowOf(op);
  // subtype_traverse: an instance's slots and attributes, then its type,
  // then the built-in base's own fields.
  if (op instanceof PyInstanceObject) {
    r!.traversed!(op, name);
    if (heap) name(type, "class", "__class__");
  } else {
    if (heap) name(type, "class", "__class__");
    if (r !== null && r.traversed !== null) r.traversed(op, name);
  }
  traverse(op, (child) => {
    const list = names.get(child);
    const next = list === undefined ? undefined : list.shift();
    out.push(
      next === undefined
        ? { child, label: "", kind: "referent" }
        : { child, label: referenceLabel(next[0], next[1]), kind: next[0] },
    );
  });
  return out;
}

/** `[0]`, `stack[2]`, `['key']`, `key 1`, `__dict__`, … */
function referenceLabel(kind: SnapshotEdgeKind, key: ReferenceKey): string {
  if (typeof key === "number") return kind === "stack" ? `stack[${key}]` : `[${key}]`;
  if (typeof key === "string") return key;
  return kind === "key" ? `key ${safeRepr(key)}` : `[${safeRepr(key)}]`;
}
