/**
 * The structural pattern matching instructions (PEP 634) as CPython
 * 3.11's Python/ceval.c runs them: GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE,
 * MATCH_KEYS (match_keys) and MATCH_CLASS (match_class). ceval.ts's slowOp
 * calls matchOp after its STORE_FRAME.
 *
 * What must stay as CPython's, because programs can observe it:
 *  - the order of the calls a pattern makes (isinstance, then
 *    `__match_args__`, then one getattr per sub-pattern; `get(key, dummy)`
 *    per key, stopping at the first missing one);
 *  - the temporaries each allocates (a `seen` set, a list turned into the
 *    result tuple, a dummy `object()`), which count towards the cycle
 *    collector's generation 0 like CPython's;
 *  - no match is a null result, an error is a thrown exception.
 */

import type { PyObject } from "../heap/object.js";
import { TPFLAGS_MAPPING, TPFLAGS_MATCH_SELF, TPFLAGS_SEQUENCE } from "../heap/object.js";
import { Op } from "../bytecode/opcodes.js";
import type { InterpFrame } from "../objects/frameobject.js";
import { PyObject_Length } from "../objects/abstract.js";
import { PyLong_FromNumber, Py_False, Py_True } from "../objects/longobject.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { PyObject_Call, PyObject_CallNoArgs } from "../objects/call.js";
import { PyErr_ExceptionMatches, PyErr_Format } from "../objects/errors.js";
import { PyExc_AttributeError, PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.js";
import { _Py_ID } from "../objects/identifiers.js";
import { PyList_Append, PyList_New, type PyListObject } from "../objects/listobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyObject_GetAttr, PyObject_IsInstance, _PyObject_GetMethod } from "../objects/object.js";
import { PyObject_Repr } from "../objects/abstract.js";
import { PySet_Add, PySet_Contains, PySet_New } from "../objects/setobject.js";
import {
  PyTuple_GET_ITEM,
  PyTuple_GET_SIZE,
  PyTuple_New,
  PyTuple_SET_ITEM,
  PyTuple_Type,
  _PyTuple_FromArray,
} from "../objects/tupleobject.js";
import { PyBaseObject_Type, PyType_Check, type PyTypeObject } from "../objects/typeobject.js";
import { PyUnicode_Type, type PyUnicodeObject } from "../objects/unicodeobject.js";

/**
 * One pattern matching instruction on the frame's value stack (`sp` is its
 * top, stored in `frame.stacktop`); returns the new stack pointer.
 */
export function matchOp(frame: InterpFrame, opcode: number, oparg: number, sp: number): number {
  const stack = frame.localsplus;
  switch (opcode) {
    case Op.GET_LEN:
      stack[sp] = PyLong_FromNumber(PyObject_Length(stack[sp - 1]!));
      return sp + 1;
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE: {
      const flag = opcode === Op.MATCH_MAPPING ? TPFLAGS_MAPPING : TPFLAGS_SEQUENCE;
      stack[sp] = Py_NewRef((stack[sp - 1]!.ob_type.tp_flags & flag) !== 0 ? Py_True : Py_False);
      return sp + 1;
    }
    case Op.MATCH_KEYS:
      stack[sp] = match_keys(stack[sp - 2]!, stack[sp - 1]!);
      return sp + 1;
    default: {
      // MATCH_CLASS: names and the class leave the stack (released) whatever
      // the outcome; an error unwinds with the subject still on it.
      const names = stack[sp - 1]!;
      const type = stack[sp - 2]!;
      const subject = stack[sp - 3]!;
      let attrs: PyObject | null;
      try {
        attrs = match_class(subject, type, oparg, names);
      } finally {
        stack[sp - 1] = null;
        stack[sp - 2] = null;
        frame.stacktop = sp - 2;
        Py_DECREF(names);
        Py_DECREF(type);
      }
      stack[sp - 3] = attrs ?? Py_NewRef(Py_None);
      Py_DECREF(subject);
      return sp - 2;
    }
  }
}

/** `%R` of a key or attribute name, for the duplicate messages. */
function repr(o: PyObject): string {
  const r = PyObject_Repr(o) as PyUnicodeObject;
  const s = r.str;
  Py_DECREF(r);
  return s;
}

/**
 * match_class_attr: `getattr(subject, name)` for one sub-pattern, or null
 * when the attribute is missing; a name seen before is a TypeError.
 */
function matchClassAttr(subject: PyObject, type: PyTypeObject, name: PyObject, seen: PyObject): PyObject | null {
  if (PySet_Contains(seen, name)) {
    throw PyErr_Format(PyExc_TypeError, `${type.tp_name}() got multiple sub-patterns for attribute ${repr(name)}`);
  }
  PySet_Add(seen, name);
  try {
    return PyObject_GetAttr(subject, name);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, PyExc_AttributeError)) {
      Py_DECREF(e as PyObject);
      return null;
    }
    throw e;
  }
}

/**
 * match_class: the class pattern `type(<nargs positional>, <kwargs names>)`
 * against `subject`. A new tuple of the extracted attributes (positional
 * first) on a match, null on no match.
 */
export function match_class(subject: PyObject, type: PyObject, nargs: number, kwargs: PyObject): PyObject | null {
  if (!PyType_Check(type)) throw PyErr_Format(PyExc_TypeError, "called match pattern must be a type");
  const cls = type as PyTypeObject;
  if (!PyObject_IsInstance(subject, type)) return null;
  const seen = PySet_New(null);
  const attrs: PyListObject = PyList_New(0);
  try {
    if (nargs > 0) {
      const matchArgs = positionalAttrs(subject, cls, nargs, attrs, seen);
      if (matchArgs === null) return failMatch(seen, attrs);
      Py_DECREF(matchArgs);
    }
    for (let i = 0; i < PyTuple_GET_SIZE(kwargs); i++) {
      const attr = matchClassAttr(subject, cls, PyTuple_GET_ITEM(kwargs, i), seen);
      if (attr === null) return failMatch(seen, attrs);
      PyList_Append(attrs, attr);
      Py_DECREF(attr);
    }
  } catch (e) {
    failMatch(seen, attrs);
    throw e;
  }
  const result = _PyTuple_FromArray(attrs.ob_item);
  Py_DECREF(attrs);
  Py_DECREF(seen);
  return result;
}

/** match_class's `fail:` releases, in CPython's order (positionalAttrs has
 *  released `__match_args__` already); no match. */
function failMatch(seen: PyObject, attrs: PyObject): null {
  Py_DECREF(seen);
  Py_DECREF(attrs);
  return null;
}

/**
 * The positional sub-patterns' attributes, appended to `attrs`: named by
 * `__match_args__`, or the subject itself for a MATCH_SELF type without
 * one. Returns the (new reference to the) `__match_args__` tuple used, or
 * null (after releasing it) when an attribute is missing.
 */
function positionalAttrs(
  subject: PyObject,
  cls: PyTypeObject,
  nargs: number,
  attrs: PyListObject,
  seen: PyObject,
): PyObject | null {
  let matchSelf = false;
  let matchArgs: PyObject;
  try {
    matchArgs = PyObject_GetAttr(cls, _Py_ID("__match_args__"));
  } catch (e) {
    if (!PyErr_ExceptionMatches(e, PyExc_AttributeError)) throw e;
    Py_DECREF(e as PyObject);
    // MATCH_SELF counts only when the type has no __match_args__, so a
    // subclass that defines one loses it.
    matchArgs = PyTuple_New(0);
    matchSelf = (cls.tp_flags & TPFLAGS_MATCH_SELF) !== 0;
  }
  try {
    if (matchArgs.ob_type !== PyTuple_Type) {
      throw PyErr_Format(
        PyExc_TypeError,
        `${cls.tp_name}.__match_args__ must be a tuple (got ${matchArgs.ob_type.tp_name})`,
      );
    }
    const allowed = matchSelf ? 1 : PyTuple_GET_SIZE(matchArgs);
    if (allowed < nargs) {
      const plural = allowed === 1 ? "" : "s";
      throw PyErr_Format(
        PyExc_TypeError,
        `${cls.tp_name}() accepts ${allowed} positional sub-pattern${plural} (${nargs} given)`,
      );
    }
    if (matchSelf) {
      PyList_Append(attrs, subject);
      return matchArgs;
    }
    for (let i = 0; i < nargs; i++) {
      const name = PyTuple_GET_ITEM(matchArgs, i);
      if (name.ob_type !== PyUnicode_Type) {
        throw PyErr_Format(PyExc_TypeError, `__match_args__ elements must be strings (got ${name.ob_type.tp_name})`);
      }
      const attr = matchClassAttr(subject, cls, name, seen);
      if (attr === null) {
        Py_DECREF(matchArgs);
        return null;
      }
      PyList_Append(attrs, attr);
      Py_DECREF(attr);
    }
    return matchArgs;
  } catch (e) {
    Py_DECREF(matchArgs);
    throw e;
  }
}

/**
 * match_keys: the values of `keys` (a tuple) in the mapping `map`, read
 * with `map.get(key, dummy)` so that a `__missing__` never runs. A new
 * tuple of them, or a new reference to None as soon as one is missing.
 */
export function match_keys(map: PyObject, keys: PyObject): PyObject {
  const nkeys = PyTuple_GET_SIZE(keys);
  if (nkeys === 0) return PyTuple_New(0);
  const [get, unbound] = _PyObject_GetMethod(map, _Py_ID("get"));
  let seen: PyObject | null = null;
  let dummy: PyObject | null = null;
  let values: PyObject | null = null;
  try {
    seen = PySet_New(null);
    dummy = PyObject_CallNoArgs(PyBaseObject_Type);
    values = PyTuple_New(nkeys);
    for (let i = 0; i < nkeys; i++) {
      const key = PyTuple_GET_ITEM(keys, i);
      if (PySet_Contains(seen, key)) {
        throw PyErr_Format(PyExc_ValueError, `mapping pattern checks duplicate key (${repr(key)})`);
      }
      PySet_Add(seen, key);
      const value = PyObject_Call(get, unbound ? [map, key, dummy] : [key, dummy], null);
      if (value === dummy) {
        // The key is missing: no match.
        Py_DECREF(value);
        const partial = values;
        values = null;
        Py_DECREF(partial);
        return Py_NewRef(Py_None);
      }
      PyTuple_SET_ITEM(values, i, value);
    }
    const result = values;
    values = null;
    return result;
  } finally {
    Py_DECREF(get);
    if (seen !== null) Py_DECREF(seen);
    if (dummy !== null) Py_DECREF(dummy);
    if (values !== null) Py_DECREF(values);
  }
}
