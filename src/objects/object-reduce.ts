/**
 * The reduce protocol of `object` (the part of CPython 3.11's
 * Objects/typeobject.c behind `object.__reduce_ex__`, `__reduce__` and
 * `__getstate__`), which the copy module (and pickle) call: what to call
 * to make an equal object, and the state to give it.
 *
 *  - `__reduce_ex__(protocol)` calls a `__reduce__` the class overrides
 *    (deque, OrderedDict, Counter, partial ...), else `_common_reduce`;
 *  - protocol 2 and up (copy uses 4): `reduce_newobj`, that is
 *    `(copyreg.__newobj__, (cls, *args), state, listitems, dictitems)`
 *    with args from `__getnewargs_ex__` / `__getnewargs__` (a named tuple's
 *    fields), the state from `__getstate__` (the instance dict, with the
 *    `__slots__` values in a second dict), and iterators over the items
 *    of a list or dict subclass; protocols 0 and 1: `copyreg._reduce_ex`;
 *  - `__getstate__()`: the instance dict, None when it is empty; an object
 *    of a built-in type that keeps fields of its own ("cannot pickle
 *    '_thread.lock' object") has no state to give when one is required.
 *
 * copyreg is imported through the builtin `__import__` (this layer does
 * not reach the import system directly).
 */
import { type PyObject, TPFLAGS_MANAGED_DICT } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyBaseObject_Type, type PyTypeObject } from "./typeobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_RuntimeError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.js";
import { Py_None } from "./noneobject.js";
import { PyLong_FromNumber } from "./longobject.js";
import { PyUnicode_FromString } from "./unicodeobject.js";
import { PyTuple_Check, PyTuple_GET_ITEM, PyTuple_GET_SIZE, PyTuple_Pack, _PyTuple_FromArray } from "./tupleobject.js";
import { PyDict_Check, PyDict_GetItem, PyDict_New, PyDict_SetItem, PyDict_Size } from "./dictobject.js";
import { PyList_Check, PyList_GET_ITEM, PyList_GET_SIZE } from "./listobject.js";
import { _PyObject_LookupSpecialString, PyNumber_Index, PyObject_GetIter } from "./abstract.js";
import { PyObject_Call, PyObject_CallMethod, PyObject_CallNoArgs } from "./call.js";
import { _PyObject_LookupAttr, _PyObject_LookupAttrString, PyObject_GetAttrString } from "./object.js";
import { PyInstanceObject, instanceGetDict } from "./instanceobject.js";
import { _Py_ID } from "./identifiers.js";
import { interp } from "./pystate.js";
import { PyLong_AsNumber } from "./longobject.js";

/** import copyreg (a new reference to the module). */
function import_copyreg(): PyObject {
  const name = PyUnicode_FromString("copyreg");
  try {
    const imp = interp.import_func ?? PyObject_GetAttrString(interp.builtins!, "__import__");
    return PyObject_Call(imp, [name], null);
  } finally {
    Py_DECREF(name);
  }
}

/** Is the instance dict absent or empty (_PyObject_IsInstanceDictEmpty)? */
function instanceDictEmpty(obj: PyObject): boolean {
  if (obj instanceof PyInstanceObject) {
    const vals = obj.values;
    if (vals !== null) return vals.every((v) => v === null);
    return obj.dict === null || PyDict_Size(obj.dict) === 0;
  }
  const getdict = obj.ob_type.tp_getdict;
  const d = getdict === null ? null : getdict(obj, false);
  return d === null || PyDict_Size(d) === 0;
}

/** PyObject_GenericGetDict: the instance dict, made if need be (new reference). */
function genericGetDict(obj: PyObject): PyObject {
  if (obj instanceof PyInstanceObject) return Py_NewRef(instanceGetDict(obj));
  const d = obj.ob_type.tp_getdict!(obj, true)!;
  return Py_NewRef(d);
}

/** _PyType_GetSlotNames: cls.__dict__['__slotnames__'] when cached (a list
 *  or None), else copyreg._slotnames(cls) (new reference). */
function slotNames(cls: PyTypeObject): PyObject {
  const cached = cls.tp_dict === null ? null : PyDict_GetItem(cls.tp_dict, _Py_ID("__slotnames__"));
  if (cached !== null) {
    if (cached !== Py_None && !PyList_Check(cached)) {
      throw PyErr_Format(
        PyExc_TypeError,
        `${cls.tp_name}.__slotnames__ should be a list or None, not ${cached.ob_type.tp_name}`,
      );
    }
    return Py_NewRef(cached);
  }
  const copyreg = import_copyreg();
  try {
    const names = PyObject_CallMethod(copyreg, "_slotnames", cls);
    if (names !== Py_None && !PyList_Check(names)) {
      Py_DECREF(names);
      throw PyErr_Format(PyExc_TypeError, "copyreg._slotnames didn't return a list or None");
    }
    return names;
  } finally {
    Py_DECREF(copyreg);
  }
}

/** object_getstate_default: the instance dict (None if empty), paired with
 *  a dict of the `__slots__` values that are set. */
function object_getstate_default(obj: PyObject, required: boolean): PyObject {
  const type = obj.ob_type;
  if (required && type.tp_itemsize !== 0) throw PyErr_Format(PyExc_TypeError, `cannot pickle ${type.tp_name} objects`);
  let state = instanceDictEmpty(obj) ? Py_NewRef(Py_None) : genericGetDict(obj);
  let names: PyObject;
  try {
    names = slotNames(type);
  } catch (e) {
    Py_DECREF(state);
    throw e;
  }
  try {
    if (required) {
      // An object with fields beyond the dict, weak references and slots
      // keeps state that this cannot capture.
      let basicsize = PyBaseObject_Type.tp_basicsize;
      if (type.tp_hasdict && (type.tp_flags & TPFLAGS_MANAGED_DICT) === 0) basicsize += 8;
      if (type.tp_weakrefable) basicsize += 8;
      if (names !== Py_None) basicsize += 8 * PyList_GET_SIZE(names);
      if (type.tp_basicsize > basicsize) throw PyErr_Format(PyExc_TypeError, `cannot pickle '${type.tp_name}' object`);
    }
    if (names !== Py_None && PyList_GET_SIZE(names) > 0) {
      const slots = PyDict_New();
      try {
        const n = PyList_GET_SIZE(names);
        for (let i = 0; i < n; i++) {
          const name = PyList_GET_ITEM(names, i);
          const value = _PyObject_LookupAttr(obj, name);
          if (value !== null) {
            try {
              PyDict_SetItem(slots, name, value);
            } finally {
              Py_DECREF(value);
            }
          }
          if (n !== PyList_GET_SIZE(names)) {
            throw PyErr_Format(PyExc_RuntimeError, "__slotsname__ changed size during iteration");
          }
        }
        if (PyDict_Size(slots) > 0) {
          const pair = PyTuple_Pack(state, slots);
          Py_DECREF(state);
          state = pair;
        }
      } finally {
        Py_DECREF(slots);
      }
    }
  } catch (e) {
    Py_DECREF(state);
    throw e;
  } finally {
    Py_DECREF(names);
  }
  return state;
}

/** object.__getstate__() */
export function object___getstate__(self: PyObject): PyObject {
  return object_getstate_default(self, false);
}

/** _PyObject_GetState: the object's state, not required. */
export function _PyObject_GetState(obj: PyObject): PyObject {
  return object_getstate(obj, false);
}

/** object_getstate: the object's own __getstate__, or the default one
 *  told whether state is required. */
function object_getstate(obj: PyObject, required: boolean): PyObject {
  const getstate = PyObject_GetAttrString(obj, "__getstate__");
  try {
    const bound = getstate as unknown as { m_self?: PyObject; m_ml?: { meth: unknown } };
    if (bound.m_self === obj && bound.m_ml !== undefined && bound.m_ml.meth === object___getstate__) {
      return object_getstate_default(obj, required);
    }
    return PyObject_CallNoArgs(getstate);
  } finally {
    Py_DECREF(getstate);
  }
}

/** _PyObject_GetNewArguments: __getnewargs_ex__'s (args, kwargs), else
 *  __getnewargs__'s args; new references, null when absent. */
function getNewArguments(obj: PyObject): [PyObject | null, PyObject | null] {
  const ex = _PyObject_LookupSpecialString(obj, "__getnewargs_ex__");
  if (ex !== null) {
    let newargs: PyObject;
    try {
      newargs = PyObject_CallNoArgs(ex);
    } finally {
      Py_DECREF(ex);
    }
    try {
      if (!PyTuple_Check(newargs)) {
        throw PyErr_Format(
          PyExc_TypeError,
          `__getnewargs_ex__ should return a tuple, not '${newargs.ob_type.tp_name}'`,
        );
      }
      if (PyTuple_GET_SIZE(newargs) !== 2) {
        throw PyErr_Format(
          PyExc_ValueError,
          `__getnewargs_ex__ should return a tuple of length 2, not ${PyTuple_GET_SIZE(newargs)}`,
        );
      }
      const args = PyTuple_GET_ITEM(newargs, 0);
      const kwargs = PyTuple_GET_ITEM(newargs, 1);
      if (!PyTuple_Check(args)) {
        throw PyErr_Format(
          PyExc_TypeError,
          `first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${args.ob_type.tp_name}'`,
        );
      }
      if (!PyDict_Check(kwargs)) {
        throw PyErr_Format(
          PyExc_TypeError,
          `second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${kwargs.ob_type.tp_name}'`,
        );
      }
      return [Py_NewRef(args), Py_NewRef(kwargs)];
    } finally {
      Py_DECREF(newargs);
    }
  }
  const getnewargs = _PyObject_LookupSpecialString(obj, "__getnewargs__");
  if (getnewargs !== null) {
    let args: PyObject;
    try {
      args = PyObject_CallNoArgs(getnewargs);
    } finally {
      Py_DECREF(getnewargs);
    }
    if (!PyTuple_Check(args)) {
      const name = args.ob_type.tp_name;
      Py_DECREF(args);
      throw PyErr_Format(PyExc_TypeError, `__getnewargs__ should return a tuple, not '${name}'`);
    }
    return [args, null];
  }
  return [null, null];
}

/** _PyObject_GetItemsIter: iterators over a list's items and a dict's
 *  (key, value) pairs, None for anything else (new references). */
function itemsIters(obj: PyObject): [PyObject, PyObject] {
  const listitems = PyList_Check(obj) ? PyObject_GetIter(obj) : Py_NewRef(Py_None);
  if (!PyDict_Check(obj)) return [listitems, Py_NewRef(Py_None)];
  try {
    const items = PyObject_CallMethod(obj, "items");
    try {
      return [listitems, PyObject_GetIter(items)];
    } finally {
      Py_DECREF(items);
    }
  } catch (e) {
    Py_DECREF(listitems);
    throw e;
  }
}

/** reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems,
 *  dictitems), or copyreg.__newobj_ex__ with (cls, args, kwargs). */
function reduce_newobj(obj: PyObject): PyObject {
  const type = obj.ob_type;
  if (type.tp_new === null) throw PyErr_Format(PyExc_TypeError, `cannot pickle '${type.tp_name}' object`);
  const [args, kwargs] = getNewArguments(obj);
  const owned: PyObject[] = [];
  try {
    if (args !== null) owned.push(args);
    if (kwargs !== null) owned.push(kwargs);
    const copyreg = import_copyreg();
    owned.push(copyreg);
    let newobj: PyObject;
    let newargs: PyObject;
    if (kwargs === null || PyDict_Size(kwargs) === 0) {
      newobj = PyObject_GetAttrString(copyreg, "__newobj__");
      owned.push(newobj);
      const items: PyObject[] = [type];
      if (args !== null) for (let i = 0; i < PyTuple_GET_SIZE(args); i++) items.push(PyTuple_GET_ITEM(args, i));
      newargs = _PyTuple_FromArray(items);
    } else {
      newobj = PyObject_GetAttrString(copyreg, "__newobj_ex__");
      owned.push(newobj);
      newargs = PyTuple_Pack(type, args!, kwargs);
    }
    owned.push(newargs);
    const state = object_getstate(obj, !(args !== null || PyList_Check(obj) || PyDict_Check(obj)));
    owned.push(state);
    const [listitems, dictitems] = itemsIters(obj);
    owned.push(listitems, dictitems);
    return PyTuple_Pack(newobj, newargs, state, listitems, dictitems);
  } finally {
    for (let i = owned.length - 1; i >= 0; i--) Py_XDECREF(owned[i]);
  }
}

/** _common_reduce: reduce_newobj from protocol 2, copyreg._reduce_ex before. */
function common_reduce(self: PyObject, proto: number): PyObject {
  if (proto >= 2) return reduce_newobj(self);
  const copyreg = import_copyreg();
  try {
    const p = PyLong_FromNumber(proto);
    try {
      return PyObject_CallMethod(copyreg, "_reduce_ex", self, p);
    } finally {
      Py_DECREF(p);
    }
  } finally {
    Py_DECREF(copyreg);
  }
}

/** object.__reduce__() */
export function object___reduce__(self: PyObject): PyObject {
  return common_reduce(self, 0);
}

/** object.__reduce_ex__(protocol): a __reduce__ the class overrides, else
 *  _common_reduce. */
export function object___reduce_ex__(self: PyObject, protocolObj: PyObject): PyObject {
  const i = PyNumber_Index(protocolObj);
  let protocol: number;
  try {
    protocol = PyLong_AsNumber(i);
  } finally {
    Py_DECREF(i);
  }
  const reduce = _PyObject_LookupAttrString(self, "__reduce__");
  if (reduce !== null) {
    try {
      const clsreduce = PyObject_GetAttrString(self.ob_type, "__reduce__");
      const objreduce = objectReduceDescr();
      const override = clsreduce !== objreduce;
      Py_DECREF(clsreduce);
      if (override) return PyObject_CallNoArgs(reduce);
    } finally {
      Py_DECREF(reduce);
    }
  }
  return common_reduce(self, protocol);
}

/** object's own `__reduce__` descriptor (borrowed). */
function objectReduceDescr(): PyObject | null {
  return PyDict_GetItem(PyBaseObject_Type.tp_dict!, _Py_ID("__reduce__"));
}
