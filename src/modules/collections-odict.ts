/**
 * `collections.OrderedDict`: CPython 3.11's Objects/odictobject.c, the
 * `_collections.OrderedDict` that Lib/collections takes in place of its
 * Python version.
 *
 * Representation: a PyODictObject is a dict (PyDictObject's table holds
 * the items) plus CPython's doubly linked list of nodes giving the order
 * (`od_first` … `od_last`). A node owns a reference to its key and
 * records its hash; `od_nodes` finds a node by the key object the dict
 * holds for it (the table's own lookup finds that object), standing for
 * CPython's `od_fast_nodes` array, whose size (the table's) is kept in
 * `od_fast_nodes_size` for `__sizeof__` and the allocator model, as the
 * nodes are (32 bytes each). `od_state` counts the changes of order
 * (nodes added, removed, moved) for the iterators' "OrderedDict mutated
 * during iteration"; `od_inst_dict` is the instance `__dict__`.
 *
 * Every mutation goes through the OrderedDict's own methods, which keep
 * the list and the table in step: setting adds the item to the table and
 * then a node at the tail; deleting unlinks the node and then removes the
 * item. The views (`odict_keys`, `odict_values`, `odict_items`, subtypes
 * of dict's) and the iterator (`odict_iterator`) walk the list.
 *
 * GC: instances are tracked from creation; traverse visits the instance
 * dict, each node's key, then the dict's items; dealloc (through the
 * trashcan) releases the instance dict, the weak references, the nodes,
 * then the dict.
 */
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF, trashcanBegin, trashcanEnd } from "../heap/refcount.js";
import { _PyObject_GC_IS_TRACKED, PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { accountBytes } from "../heap/allocator.js";
import { newStaticType, type PyTypeObject } from "../objects/typeobject.js";
import { Py_EQ, Py_NE } from "../bytecode/opcodes.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, type PyMethodDef } from "../objects/methoddef.js";
import { _PyArg_UnpackKeywords, newArgParser, nkw } from "../objects/getargs.js";
import { PyErr_Format, PyErr_SetObject } from "../objects/errors.js";
import { PyExc_KeyError, PyExc_RuntimeError, PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.js";
import { Py_None, Py_NotImplemented } from "../objects/noneobject.js";
import { PyBool_FromBool, PyLong_FromNumber, Py_False, Py_True } from "../objects/longobject.js";
import { PyUnicode_FromString, reprString } from "../objects/unicodeobject.js";
import {
  PyTuple_GET_ITEM,
  PyTuple_New,
  PyTuple_Pack,
  PyTuple_SET_ITEM,
  type PyTupleObject,
} from "../objects/tupleobject.js";
import { PyList_New, _PyList_AppendTakeRef } from "../objects/listobject.js";
import {
  _PyDict_GetStoredKey,
  _PyDict_Pop,
  _PyDict_SizeOf,
  PyDict_CheckExact,
  PyDict_Check,
  PyDict_Clear,
  PyDict_DelItem,
  PyDict_GetItem,
  PyDict_Items,
  PyDict_New,
  PyDict_SetItem,
  PyDict_Size,
  PyDict_Type,
  PyDictItems_Type,
  PyDictKeys_Type,
  PyDictObject,
  PyDictValues_Type,
  PyDictViewObject,
} from "../objects/dictobject.js";
import {
  PyIter_Next,
  PyObject_GetItem,
  PyObject_GetIter,
  PyObject_Hash,
  PyObject_IsTrue,
  PyObject_RichCompareBool,
  PyObject_SetItem,
  PyObject_DelItem,
  PySequence_Contains,
  PySequence_List,
  Py_ReprEnter,
  Py_ReprLeave,
  PyObject_Size,
} from "../objects/abstract.js";
import { PyObject_CallMethod, PyObject_CallNoArgs, PyObject_CallOneArg } from "../objects/call.js";
import { _PyObject_LookupAttrString, PyObject_GetAttrString } from "../objects/object.js";
import { PyObject_ClearWeakRefs } from "../objects/weakrefobject.js";
import { interp } from "../objects/pystate.js";

/** sizeof(PyODictObject): a dict and the seven fields odict adds. */
const ODICT_BASICSIZE = 112;
/** sizeof(_ODictNode): key, hash, next, prev. */
const NODE_BYTES = 32;

/** One link of the order: the key (owned) and its hash. */
class ODictNode {
  key: PyObject;
  hash: number;
  prev: ODictNode | null;
  next: ODictNode | null;
  constructor(key: PyObject, hash: number) {
    this.key = key;
    this.hash = hash;
    this.prev = null;
    this.next = null;
  }
}

export class PyODictObject extends PyDictObject {
  od_first: ODictNode | null;
  od_last: ODictNode | null;
  /** The nodes, by the key object the dict holds (od_fast_nodes). */
  od_nodes: Map<PyObject, ODictNode>;
  od_fast_nodes_size: number;
  od_state: number;
  od_inst_dict: PyObject | null;
  constructor(type: PyTypeObject) {
    super(type, type.tp_basicsize);
    this.od_first = null;
    this.od_last = null;
    this.od_nodes = new Map();
    this.od_fast_nodes_size = 0;
    this.od_state = 0;
    this.od_inst_dict = null;
  }
}

function OD(o: PyObject): PyODictObject {
  return o as PyODictObject;
}

function odict_dealloc(self: PyObject): void {
  const od = OD(self);
  PyObject_GC_UnTrack(od);
  if (!trashcanBegin(od)) return;
  const inst = od.od_inst_dict;
  od.od_inst_dict = null;
  Py_XDECREF(inst);
  if (od.weakreflist !== null) PyObject_ClearWeakRefs(od);
  _odict_clear_nodes(od);
  PyDict_Type.tp_dealloc(od);
  trashcanEnd();
}

export const PyODict_Type: PyTypeObject = newStaticType(
  "collections.OrderedDict",
  ODICT_BASICSIZE,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
  odict_dealloc,
  PyDict_Type,
);
PyODict_Type.tp_doc = "Dictionary that remembers insertion order";
PyODict_Type.tp_weakrefable = true;

export function PyODict_Check(o: PyObject): o is PyODictObject {
  return o instanceof PyODictObject;
}

function PyODict_CheckExact(o: PyObject): boolean {
  return o.ob_type === PyODict_Type;
}

// ---------------------------------------------------------------- the nodes

/** _odict_get_index's resize of the fast nodes to the table's size. */
function fastNodesToTable(od: PyODictObject): void {
  const size = 1 << od.dk_log2size;
  if (size !== od.od_fast_nodes_size) {
    accountBytes(8 * (size - od.od_fast_nodes_size));
    od.od_fast_nodes_size = size;
  }
}

/** _odict_find_node: the node of `key`, or null. */
function findNode(od: PyODictObject, key: PyObject): ODictNode | null {
  const stored = _PyDict_GetStoredKey(od, key);
  fastNodesToTable(od);
  return stored === null ? null : (od.od_nodes.get(stored) ?? null);
}

function addTail(od: PyODictObject, node: ODictNode): void {
  node.prev = od.od_last;
  node.next = null;
  if (od.od_last === null) od.od_first = node;
  else od.od_last.next = node;
  od.od_last = node;
  od.od_state++;
}

function addHead(od: PyODictObject, node: ODictNode): void {
  node.prev = null;
  node.next = od.od_first;
  if (od.od_first === null) od.od_last = node;
  else od.od_first.prev = node;
  od.od_first = node;
  od.od_state++;
}

function removeNode(od: PyODictObject, node: ODictNode): void {
  if (od.od_first === node) od.od_first = node.next;
  if (od.od_last === node) od.od_last = node.prev;
  if (node.prev !== null) node.prev.next = node.next;
  if (node.next !== null) node.next.prev = node.prev;
  node.prev = null;
  node.next = null;
  od.od_state++;
}

/** _odict_add_new_node: a node at the tail for `key`, unless it has one. */
function addNewNode(od: PyODictObject, key: PyObject, hash: number): void {
  const stored = _PyDict_GetStoredKey(od, key);
  fastNodesToTable(od);
  if (stored === null) throw PyErr_SetObject(PyExc_KeyError, key);
  if (od.od_nodes.has(stored)) return;
  accountBytes(NODE_BYTES);
  const node = new ODictNode(Py_NewRef(key), hash);
  od.od_nodes.set(stored, node);
  addTail(od, node);
}

/** _odict_clear_node: unlink `key`'s node and release it (a key without
 *  a node is left for the caller to report). */
function clearNode(od: PyODictObject, node: ODictNode | null, key: PyObject): void {
  if (od.od_first === null) return;
  const stored = _PyDict_GetStoredKey(od, key);
  fastNodesToTable(od);
  if (stored === null) return;
  if (node === null) node = od.od_nodes.get(stored) ?? null;
  if (node === null) return;
  od.od_nodes.delete(stored);
  removeNode(od, node);
  accountBytes(-NODE_BYTES);
  Py_DECREF(node.key);
}

/** _odict_clear_nodes: drop the order and release every node's key. */
function _odict_clear_nodes(od: PyODictObject): void {
  accountBytes(-8 * od.od_fast_nodes_size);
  od.od_fast_nodes_size = 0;
  let node = od.od_first;
  od.od_first = null;
  od.od_last = null;
  od.od_nodes.clear();
  while (node !== null) {
    const next = node.next;
    accountBytes(-NODE_BYTES);
    Py_DECREF(node.key);
    node = next;
  }
}

/** PyODict_SetItem: the item into the table, then its node. */
function PyODict_SetItem(od: PyODictObject, key: PyObject, value: PyObject): void {
  const hash = PyObject_Hash(key);
  PyDict_SetItem(od, key, value);
  try {
    addNewNode(od, key, hash);
  } catch (e) {
    if (PyDict_GetItem(od, key) !== null) PyDict_DelItem(od, key);
    throw e;
  }
}

/** PyODict_DelItem: the node, then the item (KeyError from the table). */
function PyODict_DelItem(od: PyODictObject, key: PyObject): void {
  PyObject_Hash(key);
  clearNode(od, null, key);
  PyDict_DelItem(od, key);
}

/** The value of a node's key (borrowed); KeyError when the table lost it. */
function nodeValue(od: PyODictObject, node: ODictNode): PyObject {
  const v = PyDict_GetItem(od, node.key);
  if (v === null) throw PyErr_SetObject(PyExc_KeyError, node.key);
  return v;
}

// ---------------------------------------------------------------- slots

function odict_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  const od = new PyODictObject(type);
  PyObject_GC_Track(od);
  return od;
}

/** OrderedDict([other], **kwargs): mutablemapping_update. */
function odict_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const nargs = args.length - nkw(kwnames);
  if (nargs > 1) throw PyErr_Format(PyExc_TypeError, `expected at most 1 arguments, got ${nargs}`);
  mutablemapping_update(self, args, kwnames);
}

function odict_mp_ass_sub(self: PyObject, key: PyObject, value: PyObject | null): void {
  if (value === null) PyODict_DelItem(OD(self), key);
  else PyODict_SetItem(OD(self), key, value);
}

/** OrderedDict([('a', 1), ...]); "..." when met again inside its own repr. */
function odict_repr(self: PyObject): PyObject {
  const od = OD(self);
  const dot = od.ob_type.tp_name.lastIndexOf(".");
  const name = dot < 0 ? od.ob_type.tp_name : od.ob_type.tp_name.slice(dot + 1);
  if (PyDict_Size(od) === 0) return PyUnicode_FromString(`${name}()`);
  if (Py_ReprEnter(od)) return PyUnicode_FromString("...");
  try {
    let pieces: PyObject;
    if (PyODict_CheckExact(od)) {
      pieces = PyList_New(0);
      try {
        for (let node = od.od_first; node !== null; node = node.next) {
          _PyList_AppendTakeRef(pieces as never, PyTuple_Pack(node.key, nodeValue(od, node)));
        }
      } catch (e) {
        Py_DECREF(pieces);
        throw e;
      }
    } else {
      const items = PyObject_CallMethod(od, "items");
      try {
        pieces = PySequence_List(items);
      } finally {
        Py_DECREF(items);
      }
    }
    try {
      return PyUnicode_FromString(`${name}(${reprString(pieces)})`);
    } finally {
      Py_DECREF(pieces);
    }
  } finally {
    Py_ReprLeave(od);
  }
}

/** _odict_keys_equal: the two orders hold equal keys in the same places. */
function keysEqual(a: PyODictObject, b: PyODictObject): boolean {
  let na = a.od_first;
  let nb = b.od_first;
  for (;;) {
    if (na === null || nb === null) return na === nb;
    const stateA = a.od_state;
    const stateB = b.od_state;
    const ka = Py_NewRef(na.key);
    const kb = Py_NewRef(nb.key);
    let eq: boolean;
    try {
      eq = PyObject_RichCompareBool(ka, kb, Py_EQ);
    } finally {
      Py_DECREF(ka);
      Py_DECREF(kb);
    }
    if (a.od_state !== stateA || b.od_state !== stateB) {
      throw PyErr_Format(PyExc_RuntimeError, "OrderedDict mutated during iteration");
    }
    if (!eq) return false;
    na = na.next;
    nb = nb.next;
  }
}

/** == and != against another OrderedDict also compare the orders. */
function odict_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!PyODict_Check(v) || !PyDict_Check(w) || (op !== Py_EQ && op !== Py_NE)) return Py_NewRef(Py_NotImplemented);
  const cmp = PyDict_Type.tp_richcompare!(v, w, op);
  if (!PyODict_Check(w)) return cmp;
  if ((op === Py_EQ && cmp === Py_False) || (op === Py_NE && cmp === Py_True)) return cmp;
  Py_DECREF(cmp);
  return PyBool_FromBool(keysEqual(v, w) === (op === Py_EQ));
}

function odict_iter(self: PyObject): PyObject {
  return new ODictIterObject(OD(self), KIND_KEYS);
}

function odict_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const od = OD(self);
  if (od.od_inst_dict !== null) visit(od.od_inst_dict);
  for (let node = od.od_first; node !== null; node = node.next) visit(node.key);
  PyDict_Type.tp_traverse!(od, visit);
}

function odict_tp_clear(self: PyObject): void {
  const od = OD(self);
  const inst = od.od_inst_dict;
  od.od_inst_dict = null;
  Py_XDECREF(inst);
  PyDict_Clear(od);
  _odict_clear_nodes(od);
}

function odict_or(left: PyObject, right: PyObject): PyObject {
  let type: PyTypeObject;
  let other: PyObject;
  if (PyODict_Check(left)) {
    type = left.ob_type;
    other = right;
  } else {
    type = right.ob_type;
    other = left;
  }
  if (!PyDict_Check(other)) return Py_NewRef(Py_NotImplemented);
  const n = PyObject_CallOneArg(type, left);
  try {
    mutablemapping_update_arg(n, right);
  } catch (e) {
    Py_DECREF(n);
    throw e;
  }
  return n;
}

function odict_inplace_or(self: PyObject, other: PyObject): PyObject {
  mutablemapping_update_arg(self, other);
  return Py_NewRef(self);
}

// ---------------------------------------------------------------- update

/** mutablemapping_add_pairs: self[k] = v for each (k, v) pair. */
function mutablemapping_add_pairs(self: PyObject, pairs: PyObject): void {
  const it = PyObject_GetIter(pairs);
  try {
    for (let pair = PyIter_Next(it); pair !== null; pair = PyIter_Next(it)) {
      let pairIt: PyObject | null = null;
      let key: PyObject | null = null;
      let value: PyObject | null = null;
      try {
        pairIt = PyObject_GetIter(pair);
        key = PyIter_Next(pairIt);
        if (key === null) throw PyErr_Format(PyExc_ValueError, "need more than 0 values to unpack");
        value = PyIter_Next(pairIt);
        if (value === null) throw PyErr_Format(PyExc_ValueError, "need more than 1 value to unpack");
        const unexpected = PyIter_Next(pairIt);
        if (unexpected !== null) {
          Py_DECREF(unexpected);
          throw PyErr_Format(PyExc_ValueError, "too many values to unpack (expected 2)");
        }
        PyObject_SetItem(self, key, value);
      } finally {
        Py_DECREF(pair);
        Py_XDECREF(pairIt);
        Py_XDECREF(key);
        Py_XDECREF(value);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

/** mutablemapping_update_arg: a dict's items, else through keys() and
 *  self[k] = arg[k], else through items(), else the pairs themselves. */
function mutablemapping_update_arg(self: PyObject, arg: PyObject): void {
  if (PyDict_CheckExact(arg)) {
    const items = PyDict_Items(arg);
    try {
      mutablemapping_add_pairs(self, items);
    } finally {
      Py_DECREF(items);
    }
    return;
  }
  let func = _PyObject_LookupAttrString(arg, "keys");
  if (func !== null) {
    let keys: PyObject;
    try {
      keys = PyObject_CallNoArgs(func);
    } finally {
      Py_DECREF(func);
    }
    let it: PyObject;
    try {
      it = PyObject_GetIter(keys);
    } finally {
      Py_DECREF(keys);
    }
    try {
      for (let key = PyIter_Next(it); key !== null; key = PyIter_Next(it)) {
        try {
          const value = PyObject_GetItem(arg, key);
          try {
            PyObject_SetItem(self, key, value);
          } finally {
            Py_DECREF(value);
          }
        } finally {
          Py_DECREF(key);
        }
      }
    } finally {
      Py_DECREF(it);
    }
    return;
  }
  func = _PyObject_LookupAttrString(arg, "items");
  if (func !== null) {
    let items: PyObject;
    try {
      items = PyObject_CallNoArgs(func);
    } finally {
      Py_DECREF(func);
    }
    try {
      mutablemapping_add_pairs(self, items);
    } finally {
      Py_DECREF(items);
    }
    return;
  }
  mutablemapping_add_pairs(self, arg);
}

/** update([other], **kwargs) */
function mutablemapping_update(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const n = nkw(kwnames);
  const nargs = args.length - n;
  if (nargs > 1) throw PyErr_Format(PyExc_TypeError, `update() takes at most 1 positional argument (${nargs} given)`);
  if (nargs === 1) {
    const other = Py_NewRef(args[0]);
    try {
      mutablemapping_update_arg(self, other);
    } finally {
      Py_DECREF(other);
    }
  }
  for (let i = 0; i < n; i++) PyObject_SetItem(self, PyTuple_GET_ITEM(kwnames!, i), args[nargs + i]);
  return Py_NewRef(Py_None);
}

// ---------------------------------------------------------------- methods

const setdefaultParser = newArgParser("setdefault", ["key", "default"], 1);
const popParser = newArgParser("pop", ["key", "default"], 1);
const popitemParser = newArgParser("popitem", ["last"], 0);
const moveParser = newArgParser("move_to_end", ["key", "last"], 1);

function odict_setdefault(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [key, dflt] = _PyArg_UnpackKeywords(args, kwnames, setdefaultParser, [null, null]);
  const od = OD(self);
  const failobj = dflt ?? Py_None;
  if (PyODict_CheckExact(od)) {
    const v = PyDict_GetItem(od, key!);
    if (v !== null) return Py_NewRef(v);
    PyODict_SetItem(od, key!, failobj);
    return Py_NewRef(failobj);
  }
  if (PySequence_Contains(od, key!)) return PyObject_GetItem(od, key!);
  PyObject_SetItem(od, key!, failobj);
  return Py_NewRef(failobj);
}

/** _odict_popkey: the node first (so the table cannot resize under it),
 *  then the item; `failobj`, else KeyError, for a missing key. */
function popkey(od: PyODictObject, key: PyObject, failobj: PyObject | null): PyObject {
  let value: PyObject | null = null;
  const node = findNode(od, key);
  if (node !== null) {
    clearNode(od, node, key);
    if (PyODict_CheckExact(od)) {
      value = _PyDict_Pop(od, key);
    } else {
      value = PyObject_GetItem(od, key);
      try {
        PyObject_DelItem(od, key);
      } catch (e) {
        Py_DECREF(value);
        throw e;
      }
    }
  }
  if (value !== null) return value;
  if (failobj !== null) return Py_NewRef(failobj);
  throw PyErr_SetObject(PyExc_KeyError, key);
}

function odict_pop(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [key, failobj] = _PyArg_UnpackKeywords(args, kwnames, popParser, [null, null]);
  return popkey(OD(self), key!, failobj);
}

function odict_popitem(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [lastObj] = _PyArg_UnpackKeywords(args, kwnames, popitemParser, [null]);
  const last = lastObj === null ? true : PyObject_IsTrue(lastObj);
  const od = OD(self);
  if (od.od_first === null) throw PyErr_Format(PyExc_KeyError, "dictionary is empty");
  const node = last ? od.od_last! : od.od_first;
  const key = Py_NewRef(node.key);
  try {
    const value = popkey(od, key, null);
    try {
      return PyTuple_Pack(key, value);
    } finally {
      Py_DECREF(value);
    }
  } finally {
    Py_DECREF(key);
  }
}

function odict_move_to_end(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [key, lastObj] = _PyArg_UnpackKeywords(args, kwnames, moveParser, [null, null]);
  const last = lastObj === null ? true : PyObject_IsTrue(lastObj);
  const od = OD(self);
  if (od.od_first === null) throw PyErr_SetObject(PyExc_KeyError, key!);
  let node = last ? od.od_last! : od.od_first;
  if (key !== node.key) {
    const found = findNode(od, key!);
    if (found === null) throw PyErr_SetObject(PyExc_KeyError, key!);
    node = found;
    if (last) {
      if (node !== od.od_last) {
        removeNode(od, node);
        addTail(od, node);
      }
    } else if (node !== od.od_first) {
      removeNode(od, node);
      addHead(od, node);
    }
  }
  return Py_NewRef(Py_None);
}

function odict_clear(self: PyObject): PyObject {
  PyDict_Clear(self);
  _odict_clear_nodes(OD(self));
  return Py_NewRef(Py_None);
}

/** A new OrderedDict (its own class for a subclass, called with no
 *  arguments) with the items in order. */
function odict_copy(self: PyObject): PyObject {
  const od = OD(self);
  const exact = PyODict_CheckExact(od);
  const copy = exact ? odict_new(PyODict_Type, [], null) : PyObject_CallNoArgs(od.ob_type);
  try {
    for (let node = od.od_first; node !== null; node = node.next) {
      if (exact) {
        PyODict_SetItem(OD(copy), node.key, nodeValue(od, node));
      } else {
        const value = PyObject_GetItem(od, node.key);
        try {
          PyObject_SetItem(copy, node.key, value);
        } finally {
          Py_DECREF(value);
        }
      }
    }
  } catch (e) {
    Py_DECREF(copy);
    throw e;
  }
  return copy;
}

/** (type, (), __dict__ or None, None, iter(items())) */
function odict_reduce(self: PyObject): PyObject {
  const od = OD(self);
  let state = PyObject_GetAttrString(od, "__dict__");
  try {
    if (PyObject_Size(state) === 0) {
      Py_DECREF(state);
      state = Py_NewRef(Py_None);
    }
    const items = PyObject_CallMethod(od, "items");
    let itemsIter: PyObject;
    try {
      itemsIter = PyObject_GetIter(items);
    } finally {
      Py_DECREF(items);
    }
    const args = PyTuple_Pack();
    try {
      return PyTuple_Pack(od.ob_type, args, state, Py_None, itemsIter);
    } finally {
      Py_DECREF(args);
      Py_DECREF(itemsIter);
    }
  } finally {
    Py_DECREF(state);
  }
}

/** The dict's size, the fast-node array and a node per item. */
function odict_sizeof(self: PyObject): PyObject {
  const od = OD(self);
  const nodes = od.od_first === null ? 0 : NODE_BYTES * PyDict_Size(od);
  return PyLong_FromNumber(_PyDict_SizeOf(od) + 8 * od.od_fast_nodes_size + nodes);
}

function odict_keys(self: PyObject): PyObject {
  return new PyDictViewObject(PyODictKeys_Type, OD(self));
}

function odict_values(self: PyObject): PyObject {
  return new PyDictViewObject(PyODictValues_Type, OD(self));
}

function odict_items(self: PyObject): PyObject {
  return new PyDictViewObject(PyODictItems_Type, OD(self));
}

function odict_reversed(self: PyObject): PyObject {
  return new ODictIterObject(OD(self), KIND_KEYS | KIND_REVERSED);
}

function odict_get_dict(self: PyObject): PyObject {
  const od = OD(self);
  if (od.od_inst_dict === null) od.od_inst_dict = PyDict_New();
  return Py_NewRef(od.od_inst_dict);
}

function odict_set_dict(self: PyObject, value: PyObject | null): void {
  if (value === null) throw PyErr_Format(PyExc_TypeError, "cannot delete __dict__");
  if (!PyDict_Check(value)) {
    throw PyErr_Format(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${value.ob_type.tp_name}'`);
  }
  const od = OD(self);
  const old = od.od_inst_dict;
  od.od_inst_dict = Py_NewRef(value);
  Py_XDECREF(old);
}

const methods: PyMethodDef[] = [
  { name: "__sizeof__", meth: odict_sizeof, flags: METH_NOARGS },
  { name: "__reduce__", meth: odict_reduce, flags: METH_NOARGS, doc: "Return state information for pickling" },
  { name: "setdefault", meth: odict_setdefault, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "pop", meth: odict_pop, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "popitem", meth: odict_popitem, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "keys", meth: odict_keys, flags: METH_NOARGS },
  { name: "values", meth: odict_values, flags: METH_NOARGS },
  { name: "items", meth: odict_items, flags: METH_NOARGS },
  { name: "update", meth: mutablemapping_update, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "__reversed__", meth: odict_reversed, flags: METH_NOARGS },
  { name: "clear", meth: odict_clear, flags: METH_NOARGS },
  { name: "copy", meth: odict_copy, flags: METH_NOARGS },
  { name: "move_to_end", meth: odict_move_to_end, flags: METH_FASTCALL | METH_KEYWORDS },
];
PyODict_Type.tp_methods = methods;
PyODict_Type.tp_getset = [{ name: "__dict__", get: odict_get_dict, set: odict_set_dict }];
PyODict_Type.tp_hasdict = true;
PyODict_Type.tp_getdict = (self, create) => {
  const od = OD(self);
  if (od.od_inst_dict === null && create) od.od_inst_dict = PyDict_New();
  return od.od_inst_dict;
};
PyODict_Type.tp_new = odict_new;
PyODict_Type.tp_init = odict_init;
PyODict_Type.tp_repr = odict_repr;
PyODict_Type.tp_richcompare = odict_richcompare;
PyODict_Type.tp_iter = odict_iter;
PyODict_Type.tp_traverse = odict_traverse;
PyODict_Type.tp_clear = odict_tp_clear;
PyODict_Type.mp_ass_subscript = odict_mp_ass_sub;
PyODict_Type.nb_or = odict_or;
PyODict_Type.nb_inplace_or = odict_inplace_or;

// ---------------------------------------------------------------- the iterator

const KIND_KEYS = 1;
const KIND_VALUES = 2;
const KIND_REVERSED = 4;

/**
 * `odict_iterator`: the OrderedDict (released once exhausted), the key
 * to produce next (owned), the size and the order's state when it was
 * made, and, for items, the result tuple it reuses while no one else
 * holds it.
 */
export class ODictIterObject extends PyGCObject {
  di_odict: PyODictObject | null;
  di_current: PyObject | null;
  di_result: PyObject | null;
  di_size: number;
  di_state: number;
  kind: number;
  constructor(od: PyODictObject, kind: number) {
    super(PyODictIter_Type, ODICTITER_BASICSIZE);
    this.di_odict = Py_NewRef(od);
    const node = (kind & KIND_REVERSED) !== 0 ? od.od_last : od.od_first;
    this.di_current = node === null ? null : Py_NewRef(node.key);
    const both = KIND_KEYS | KIND_VALUES;
    this.di_result = (kind & both) === both ? PyTuple_Pack(Py_None, Py_None) : null;
    this.di_size = PyDict_Size(od);
    this.di_state = od.od_state;
    this.kind = kind;
    PyObject_GC_Track(this);
  }
}

/** sizeof(odictiterobject). */
const ODICTITER_BASICSIZE = 56;

function IT(o: PyObject): ODictIterObject {
  return o as ODictIterObject;
}

function odictiter_dealloc(self: PyObject): void {
  const di = IT(self);
  PyObject_GC_UnTrack(di);
  const od = di.di_odict;
  const current = di.di_current;
  const result = di.di_result;
  di.di_odict = null;
  di.di_current = null;
  di.di_result = null;
  Py_XDECREF(od);
  Py_XDECREF(current);
  Py_XDECREF(result);
  PyObject_GC_Del(di);
}

function odictiter_traverse(self: PyObject, visit: (child: PyObject) => void): void {
  const di = IT(self);
  if (di.di_odict !== null) visit(di.di_odict);
  if (di.di_current !== null) visit(di.di_current);
  if (di.di_result !== null) visit(di.di_result);
}

/** odictiter_nextkey: the next key (new reference) or null at the end;
 *  RuntimeError once the order or the size changed. */
function nextKey(di: ODictIterObject): PyObject | null {
  const od = di.di_odict;
  if (od === null) return null;
  if (di.di_current === null) {
    di.di_odict = null;
    Py_DECREF(od);
    return null;
  }
  if (od.od_state !== di.di_state) {
    di.di_odict = null;
    Py_DECREF(od);
    throw PyErr_Format(PyExc_RuntimeError, "OrderedDict mutated during iteration");
  }
  if (di.di_size !== PyDict_Size(od)) {
    di.di_size = -1; // sticky
    throw PyErr_Format(PyExc_RuntimeError, "OrderedDict changed size during iteration");
  }
  let node: ODictNode | null;
  try {
    node = findNode(od, di.di_current);
  } catch (e) {
    const cur = di.di_current;
    di.di_current = null;
    Py_DECREF(cur);
    throw e;
  }
  if (node === null) {
    // Must have been deleted.
    const cur = di.di_current;
    di.di_current = null;
    try {
      throw PyErr_SetObject(PyExc_KeyError, cur);
    } finally {
      Py_DECREF(cur);
    }
  }
  const key = di.di_current;
  const next = (di.kind & KIND_REVERSED) !== 0 ? node.prev : node.next;
  di.di_current = next === null ? null : Py_NewRef(next.key);
  return key;
}

function odictiter_iternext(self: PyObject): PyObject | null {
  const di = IT(self);
  const key = nextKey(di);
  if (key === null) return null;
  if ((di.kind & KIND_VALUES) === 0) return key;
  const od = di.di_odict!;
  const v = PyDict_GetItem(od, key);
  if (v === null) {
    const cur = di.di_current;
    di.di_current = null;
    di.di_odict = null;
    Py_XDECREF(cur);
    Py_DECREF(od);
    try {
      throw PyErr_SetObject(PyExc_KeyError, key);
    } finally {
      Py_DECREF(key);
    }
  }
  const value = Py_NewRef(v);
  if ((di.kind & KIND_KEYS) === 0) {
    Py_DECREF(key);
    return value;
  }
  let result = di.di_result!;
  if (result.ob_refcnt === 1) {
    // Not in use: reused (the common case during iteration).
    Py_NewRef(result);
    const old0 = PyTuple_GET_ITEM(result, 0);
    const old1 = PyTuple_GET_ITEM(result, 1);
    PyTuple_SET_ITEM(result, 0, key);
    PyTuple_SET_ITEM(result, 1, value);
    Py_DECREF(old0);
    Py_DECREF(old1);
    // bpo-42536: the collector may have untracked it.
    if (!_PyObject_GC_IS_TRACKED(result as PyTupleObject)) PyObject_GC_Track(result as PyTupleObject);
    return result;
  }
  result = PyTuple_New(2);
  PyTuple_SET_ITEM(result, 0, key);
  PyTuple_SET_ITEM(result, 1, value);
  return result;
}

/** (iter, (list of what remains,)), from a copy so this one is untouched. */
function odictiter_reduce(self: PyObject): PyObject {
  const di = IT(self);
  const list = PyList_New(0);
  try {
    if (di.di_odict !== null && di.di_current !== null) {
      const copy = new ODictIterObject(di.di_odict, di.kind);
      try {
        const cur = copy.di_current;
        copy.di_current = Py_NewRef(di.di_current);
        Py_XDECREF(cur);
        copy.di_size = di.di_size;
        copy.di_state = di.di_state;
        for (let x = odictiter_iternext(copy); x !== null; x = odictiter_iternext(copy)) {
          _PyList_AppendTakeRef(list as never, x);
        }
      } finally {
        Py_DECREF(copy);
      }
    }
    const builtinIter = PyObject_GetAttrString(interp.builtins!, "iter");
    try {
      const args = PyTuple_Pack(list);
      try {
        return PyTuple_Pack(builtinIter, args);
      } finally {
        Py_DECREF(args);
      }
    } finally {
      Py_DECREF(builtinIter);
    }
  } finally {
    Py_DECREF(list);
  }
}

function self_iter(self: PyObject): PyObject {
  return Py_NewRef(self);
}

export const PyODictIter_Type: PyTypeObject = newStaticType(
  "odict_iterator",
  ODICTITER_BASICSIZE,
  TPFLAGS_HAVE_GC,
  odictiter_dealloc,
);
PyODictIter_Type.tp_iter = self_iter;
PyODictIter_Type.tp_iternext = odictiter_iternext;
PyODictIter_Type.tp_traverse = odictiter_traverse;
PyODictIter_Type.tp_methods = [{ name: "__reduce__", meth: odictiter_reduce, flags: METH_NOARGS }];

// ---------------------------------------------------------------- the views

function viewOD(o: PyObject): PyODictObject {
  return (o as PyDictViewObject).dv_dict as PyODictObject;
}

/** odict_keys(['a', 'b']): the view's type and its items in order. */
function odictview_repr(self: PyObject): PyObject {
  if (Py_ReprEnter(self)) return PyUnicode_FromString("...");
  try {
    const seq = PySequence_List(self);
    try {
      return PyUnicode_FromString(`${self.ob_type.tp_name}(${reprString(seq)})`);
    } finally {
      Py_DECREF(seq);
    }
  } finally {
    Py_ReprLeave(self);
  }
}

function viewType(name: string, base: PyTypeObject, kind: number): PyTypeObject {
  const t = newStaticType(name, 24, TPFLAGS_HAVE_GC, base.tp_dealloc, base);
  t.tp_traverse = base.tp_traverse;
  t.tp_iter = (self) => new ODictIterObject(viewOD(self), kind);
  t.tp_repr = odictview_repr;
  t.tp_methods = [
    {
      name: "__reversed__",
      meth: (self: PyObject) => new ODictIterObject(viewOD(self), kind | KIND_REVERSED),
      flags: METH_NOARGS,
    },
  ];
  return t;
}

export const PyODictKeys_Type = viewType("odict_keys", PyDictKeys_Type, KIND_KEYS);
export const PyODictValues_Type = viewType("odict_values", PyDictValues_Type, KIND_VALUES);
export const PyODictItems_Type = viewType("odict_items", PyDictItems_Type, KIND_KEYS | KIND_VALUES);
