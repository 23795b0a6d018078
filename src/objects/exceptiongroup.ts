/**
 * BaseExceptionGroup and ExceptionGroup (PEP 654; CPython's
 * Objects/exceptions.c): `__new__` checks its two arguments (a str
 * message and a non-empty sequence of exception instances) and picks
 * ExceptionGroup for a BaseExceptionGroup of Exceptions only; `message`
 * and `exceptions` (a tuple) are read-only members kept in the object's
 * `extra` map (CPython's msg and excs fields); `derive`, `split` and `subgroup`
 * rebuild the nesting around the leaves a matcher selects, copying the
 * traceback, `__cause__`, `__context__` and `__notes__` of each group
 * they copy. `_PyExc_PrepReraiseStar` and `exceptionGroupMatch` are the
 * two halves of `except*` (the PREP_RERAISE_STAR and CHECK_EG_MATCH
 * instructions).
 */
import type { PyGCObject, PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF, trashcanBegin, trashcanEnd } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_UnTrack } from "../heap/gc.js";
import { PyType_Check, PyType_IsSubtype, type PyTypeObject } from "./typeobject.js";
import {
  type PyBaseExceptionObject,
  PyExc_BaseException,
  PyExc_BaseExceptionGroup,
  PyExc_Exception,
  PyExc_ExceptionGroup,
  PyExc_TypeError,
  PyExc_ValueError,
} from "./exceptions.js";
import { PyErr_Format, PyErr_GivenExceptionMatches, PyExceptionInstance_Check } from "./errors.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "./unicodeobject.js";
import { PyDict_New, PyDict_SetItemString } from "./dictobject.js";
import { Py_None } from "./noneobject.js";
import {
  PyTuple_GET_ITEM,
  PyTuple_GET_SIZE,
  PyTuple_Pack,
  PyTuple_Check,
  PyTuple_CheckExact,
  PyTuple_New,
} from "./tupleobject.js";
import { PyList_Append, PyList_GET_ITEM, PyList_GET_SIZE, PyList_New } from "./listobject.js";
import { PySequence_Check, PySequence_List, PySequence_Tuple, PyObject_IsTrue } from "./abstract.js";
import { METH_CLASS, METH_FASTCALL, METH_O } from "./methoddef.js";
import { _PyArg_NoKwnames } from "./getargs.js";
import {
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_CallOneArg,
  Py_EnterRecursiveCall,
  Py_LeaveRecursiveCall,
} from "./call.js";
import { PyObject_HasAttr, PyObject_GetAttr, PyObject_SetAttr, PyObject_IsSubclass } from "./object.js";
import { PyFunction_Check } from "./funcobject.js";
import { Py_GenericAlias } from "./genericaliasobject.js";
import { _Py_ID } from "./identifiers.js";
import { PyObject_ClearWeakRefs } from "./weakrefobject.js";
import {
  BaseException_clear,
  BaseException_init,
  BaseException_new,
  BaseException_traverse,
  getExtra,
  setExtra,
} from "./exceptions-init.js";

/** Is `op` an instance of BaseExceptionGroup (or a subclass)? */
export function _PyBaseExceptionGroup_Check(op: PyObject): boolean {
  return PyType_IsSubtype(op.ob_type, PyExc_BaseExceptionGroup);
}

/** The `exceptions` tuple of a group (borrowed). */
export function exceptionGroupExcs(eg: PyObject): PyObject {
  return getExtra(eg, "exceptions") ?? Py_None;
}

/** The `message` str of a group (borrowed). */
export function exceptionGroupMsg(eg: PyObject): PyObject {
  return getExtra(eg, "message") ?? Py_None;
}

function PyExceptionClass_Check(o: PyObject): boolean {
  return PyType_Check(o) && PyType_IsSubtype(o, PyExc_BaseException);
}

// --- creation --------------------------------------------------------------------------

function BaseExceptionGroup_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const n = kwnames === null ? args.length : args.length - PyTuple_GET_SIZE(kwnames);
  if (n !== 2) {
    throw PyErr_Format(PyExc_TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${n} given)`);
  }
  const message = args[0];
  if (!PyUnicode_Check(message)) {
    throw PyErr_Format(
      PyExc_TypeError,
      `BaseExceptionGroup.__new__() argument 1 must be str, not ${message.ob_type.tp_name}`,
    );
  }
  if (!PySequence_Check(args[1])) {
    throw PyErr_Format(PyExc_TypeError, "second argument (exceptions) must be a sequence");
  }
  const exceptions = PySequence_Tuple(args[1]);
  try {
    const numexcs = PyTuple_GET_SIZE(exceptions);
    if (numexcs === 0) {
      throw PyErr_Format(PyExc_ValueError, "second argument (exceptions) must be a non-empty sequence");
    }
    let nestedBaseExceptions = false;
    for (let i = 0; i < numexcs; i++) {
      const exc = PyTuple_GET_ITEM(exceptions, i);
      if (!PyExceptionInstance_Check(exc)) {
        throw PyErr_Format(PyExc_ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
      }
      if (!PyType_IsSubtype(exc.ob_type, PyExc_Exception)) nestedBaseExceptions = true;
    }
    let cls = type;
    if (cls === PyExc_ExceptionGroup) {
      if (nestedBaseExceptions) throw PyErr_Format(PyExc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (cls === PyExc_BaseExceptionGroup) {
      // All nested exceptions are Exception subclasses: wrap them in an ExceptionGroup.
      if (!nestedBaseExceptions) cls = PyExc_ExceptionGroup;
    } else if (nestedBaseExceptions && PyObject_IsSubclass(cls, PyExc_Exception)) {
      throw PyErr_Format(PyExc_TypeError, `Cannot nest BaseExceptions in '${cls.tp_name}'`);
    }
    const self = BaseException_new(cls, args, kwnames);
    setExtra(self, "message", message);
    setExtra(self, "exceptions", exceptions);
    return self;
  } finally {
    Py_DECREF(exceptions);
  }
}

function BaseExceptionGroup_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  _PyArg_NoKwnames(self.ob_type.tp_name, kwnames);
  BaseException_init(self, args, null);
}

/** _PyExc_CreateExceptionGroup: BaseExceptionGroup(msg, excs). */
export function _PyExc_CreateExceptionGroup(msg: string, excs: PyObject): PyObject {
  const m = PyUnicode_FromString(msg);
  try {
    return PyObject_Call(PyExc_BaseExceptionGroup, [m, excs], null);
  } finally {
    Py_DECREF(m);
  }
}

// --- dealloc, traverse, clear ------------------------------------------------------------

/** BaseExceptionGroup_clear: msg and excs first, then the common fields. */
function BaseExceptionGroup_clear(op: PyObject): void {
  const e = op as PyBaseExceptionObject;
  const extra = e.extra;
  if (extra !== null) {
    const msg = extra.get("message");
    const excs = extra.get("exceptions");
    extra.delete("message");
    extra.delete("exceptions");
    if (msg !== undefined) Py_DECREF(msg);
    if (excs !== undefined) Py_DECREF(excs);
  }
  BaseException_clear(op);
}

function BaseExceptionGroup_dealloc(op: PyObject): void {
  const e = op as PyBaseExceptionObject;
  PyObject_GC_UnTrack(e);
  if ((e as PyGCObject).weakreflist !== null) PyObject_ClearWeakRefs(e);
  if (!trashcanBegin(e)) return;
  try {
    BaseExceptionGroup_clear(e);
    Py_DECREF(e.args);
    PyObject_GC_Del(e);
  } finally {
    trashcanEnd();
  }
}

// --- str, members ---------------------------------------------------------------------

function BaseExceptionGroup_str(op: PyObject): PyObject {
  const n = PyTuple_GET_SIZE(exceptionGroupExcs(op));
  const msg = PyUnicode_AsString(exceptionGroupMsg(op));
  return PyUnicode_FromString(`${msg} (${n} sub-exception${n > 1 ? "s" : ""})`);
}

function weakrefGet(self: PyObject): PyObject {
  return Py_NewRef((self as PyGCObject).weakreflist ?? Py_None);
}

// --- derive, split, subgroup ----------------------------------------------------------------

function BaseExceptionGroup_derive(self: PyObject, args: PyObject[]): PyObject {
  if (args.length !== 1) {
    throw PyErr_Format(PyExc_TypeError, `function takes exactly 1 argument (${args.length} given)`);
  }
  return PyObject_Call(PyExc_BaseExceptionGroup, [exceptionGroupMsg(self), args[0]], null);
}

/** exceptiongroup_subset: orig.derive(excs) with orig's traceback, cause,
 *  context and (a copy of) its notes; null when excs is empty. */
function exceptiongroupSubset(orig: PyObject, excs: PyObject): PyObject | null {
  if (PyList_GET_SIZE(excs) === 0) return null;
  const eg = PyObject_CallMethod(orig, "derive", excs);
  try {
    if (!_PyBaseExceptionGroup_Check(eg)) {
      throw PyErr_Format(PyExc_TypeError, "derive must return an instance of BaseExceptionGroup");
    }
    const o = orig as PyBaseExceptionObject;
    const e = eg as PyBaseExceptionObject;
    if (o.traceback !== null) {
      const old = e.traceback;
      e.traceback = Py_NewRef(o.traceback);
      Py_XDECREF(old);
    }
    const oldCtx = e.context;
    e.context = o.context === null ? null : Py_NewRef(o.context);
    Py_XDECREF(oldCtx);
    const oldCause = e.cause;
    e.cause = o.cause === null ? null : Py_NewRef(o.cause);
    Py_XDECREF(oldCause);
    // PyException_SetCause also sets __suppress_context__.
    e.suppress_context = true;
    const notesName = _Py_ID("__notes__");
    if (PyObject_HasAttr(orig, notesName)) {
      const notes = PyObject_GetAttr(orig, notesName);
      try {
        if (PySequence_Check(notes)) {
          // A copy, so that the parts have independent notes lists.
          const copy = PySequence_List(notes);
          try {
            PyObject_SetAttr(eg, notesName, copy);
          } finally {
            Py_DECREF(copy);
          }
        }
      } finally {
        Py_DECREF(notes);
      }
    }
    return eg;
  } catch (err) {
    Py_DECREF(eg);
    throw err;
  }
}

const MATCH_BY_TYPE = 0;
const MATCH_BY_PREDICATE = 1;
const MATCH_INSTANCE_IDS = 2;

type Matcher =
  | { kind: typeof MATCH_BY_TYPE; value: PyObject }
  | { kind: typeof MATCH_BY_PREDICATE; value: PyObject }
  | { kind: typeof MATCH_INSTANCE_IDS; ids: Set<PyObject> };

function getMatcher(value: PyObject): Matcher {
  if (PyFunction_Check(value)) return { kind: MATCH_BY_PREDICATE, value };
  if (PyExceptionClass_Check(value)) return { kind: MATCH_BY_TYPE, value };
  if (PyTuple_CheckExact(value)) {
    const n = PyTuple_GET_SIZE(value);
    let ok = true;
    for (let i = 0; i < n; i++) if (!PyExceptionClass_Check(PyTuple_GET_ITEM(value, i))) ok = false;
    if (ok) return { kind: MATCH_BY_TYPE, value };
  }
  throw PyErr_Format(PyExc_TypeError, "expected a function, exception type or tuple of exception types");
}

function checkMatch(exc: PyObject, m: Matcher): boolean {
  switch (m.kind) {
    case MATCH_BY_TYPE:
      return PyErr_GivenExceptionMatches(exc, m.value);
    case MATCH_BY_PREDICATE: {
      const r = PyObject_CallOneArg(m.value, exc);
      try {
        return PyObject_IsTrue(r);
      } finally {
        Py_DECREF(r);
      }
    }
    case MATCH_INSTANCE_IDS:
      return !_PyBaseExceptionGroup_Check(exc) && m.ids.has(exc);
  }
}

interface SplitResult {
  match: PyObject | null;
  rest: PyObject | null;
}

/** exceptiongroup_split_recursive: new references (or null) in the result. */
function splitRecursive(exc: PyObject, m: Matcher, constructRest: boolean): SplitResult {
  if (checkMatch(exc, m)) return { match: Py_NewRef(exc), rest: null };
  if (!_PyBaseExceptionGroup_Check(exc)) {
    return { match: null, rest: constructRest ? Py_NewRef(exc) : null };
  }
  // Partial match.
  const excs = exceptionGroupExcs(exc);
  const n = PyTuple_GET_SIZE(excs);
  const matchList = PyList_New(0);
  const restList = constructRest ? PyList_New(0) : null;
  const result: SplitResult = { match: null, rest: null };
  try {
    for (let i = 0; i < n; i++) {
      Py_EnterRecursiveCall(" in exceptiongroup_split_recursive");
      let rec: SplitResult;
      try {
        rec = splitRecursive(PyTuple_GET_ITEM(excs, i), m, constructRest);
      } finally {
        Py_LeaveRecursiveCall();
      }
      if (rec.match !== null) {
        PyList_Append(matchList, rec.match);
        Py_DECREF(rec.match);
      }
      if (rec.rest !== null) {
        PyList_Append(restList!, rec.rest);
        Py_DECREF(rec.rest);
      }
    }
    result.match = exceptiongroupSubset(exc, matchList);
    if (restList !== null) result.rest = exceptiongroupSubset(exc, restList);
    return result;
  } catch (err) {
    Py_XDECREF(result.match);
    throw err;
  } finally {
    Py_DECREF(matchList);
    Py_XDECREF(restList);
  }
}

function unpackOne(name: string, args: PyObject[]): PyObject {
  if (args.length !== 1) throw PyErr_Format(PyExc_TypeError, `${name} expected 1 argument, got ${args.length}`);
  return args[0];
}

function BaseExceptionGroup_split(self: PyObject, args: PyObject[]): PyObject {
  const m = getMatcher(unpackOne("split", args));
  const r = splitRecursive(self, m, true);
  const result = PyTuple_Pack(r.match ?? Py_None, r.rest ?? Py_None);
  Py_XDECREF(r.match);
  Py_XDECREF(r.rest);
  return result;
}

function BaseExceptionGroup_subgroup(self: PyObject, args: PyObject[]): PyObject {
  const m = getMatcher(unpackOne("subgroup", args));
  const r = splitRecursive(self, m, false);
  return r.match ?? Py_NewRef(Py_None);
}

// --- except* ----------------------------------------------------------------------------------

/** collect_exception_group_leaf_ids */
function collectLeafIds(exc: PyObject, ids: Set<PyObject>): void {
  if (exc === Py_None) return;
  if (!_PyBaseExceptionGroup_Check(exc)) {
    ids.add(exc);
    return;
  }
  const excs = exceptionGroupExcs(exc);
  const n = PyTuple_GET_SIZE(excs);
  for (let i = 0; i < n; i++) {
    Py_EnterRecursiveCall(" in collect_exception_group_leaf_ids");
    try {
      collectLeafIds(PyTuple_GET_ITEM(excs, i), ids);
    } finally {
      Py_LeaveRecursiveCall();
    }
  }
}

/** exception_group_projection: the part of `eg` whose leaves are in one
 *  of the groups of the list `keep` (None when there is none). */
function exceptionGroupProjection(eg: PyObject, keep: PyObject): PyObject {
  const ids = new Set<PyObject>();
  const n = PyList_GET_SIZE(keep);
  for (let i = 0; i < n; i++) collectLeafIds(PyList_GET_ITEM(keep, i), ids);
  const r = splitRecursive(eg, { kind: MATCH_INSTANCE_IDS, ids }, false);
  return r.match ?? Py_NewRef(Py_None);
}

function isSameExceptionMetadata(a: PyObject, b: PyObject): boolean {
  const e1 = a as PyBaseExceptionObject;
  const e2 = b as PyBaseExceptionObject;
  return e1.traceback === e2.traceback && e1.cause === e2.cause && e1.context === e2.context;
}

/**
 * _PyExc_PrepReraiseStar: the exception to raise at the end of a
 * try-except* statement. `orig` is the exception that was caught, `excs`
 * the list of what the except* clauses raised or re-raised (None for a
 * clause that finished normally, the unhandled rest last). Re-raised
 * parts keep their nesting in orig; newly raised ones become siblings in
 * a new ExceptionGroup("") (one alone is raised as it is). None when
 * there is nothing to raise.
 */
export function _PyExc_PrepReraiseStar(orig: PyObject, excs: PyObject): PyObject {
  const numexcs = PyList_GET_SIZE(excs);
  if (numexcs === 0) return Py_NewRef(Py_None);
  if (!_PyBaseExceptionGroup_Check(orig)) {
    // A naked exception was caught and wrapped: only one except* clause
    // could have run, so there is at most one exception to raise.
    return Py_NewRef(PyList_GET_ITEM(excs, 0));
  }
  const raised = PyList_New(0);
  const reraised = PyList_New(0);
  try {
    for (let i = 0; i < numexcs; i++) {
      const e = PyList_GET_ITEM(excs, i);
      if (e === Py_None) continue;
      PyList_Append(isSameExceptionMetadata(e, orig) ? reraised : raised, e);
    }
    const reraisedEg = exceptionGroupProjection(orig, reraised);
    if (PyList_GET_SIZE(raised) === 0) return reraisedEg;
    try {
      if (reraisedEg !== Py_None) PyList_Append(raised, reraisedEg);
    } finally {
      Py_DECREF(reraisedEg);
    }
    // A single exception is raised as it is (gh-103590, in 3.11.4).
    if (PyList_GET_SIZE(raised) > 1) return _PyExc_CreateExceptionGroup("", raised);
    return Py_NewRef(PyList_GET_ITEM(raised, 0));
  } finally {
    Py_DECREF(raised);
    Py_DECREF(reraised);
  }
}

/** The second half of check_except_star_type_valid (ceval.c): an except*
 *  clause may not name an exception group type. */
export function checkExceptStarGroupType(right: PyObject): void {
  let isSubclass = false;
  if (PyTuple_Check(right)) {
    const n = PyTuple_GET_SIZE(right);
    for (let i = 0; i < n && !isSubclass; i++) {
      isSubclass = PyObject_IsSubclass(PyTuple_GET_ITEM(right, i), PyExc_BaseExceptionGroup);
    }
  } else isSubclass = PyObject_IsSubclass(right, PyExc_BaseExceptionGroup);
  if (isSubclass) {
    throw PyErr_Format(PyExc_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
  }
}

/**
 * exception_group_match (ceval.c): split `exc_value` by `match_type` for
 * an except* clause. Returns [match, rest] (new references): match is
 * None when nothing matches; a naked exception that matches is wrapped in
 * ExceptionGroup("", (exc,)) and rest is None.
 */
export function exceptionGroupMatch(excValue: PyObject, matchType: PyObject): [PyObject, PyObject] {
  if (excValue === Py_None) return [Py_NewRef(Py_None), Py_NewRef(Py_None)];
  if (PyErr_GivenExceptionMatches(excValue, matchType)) {
    // Full match of exc itself.
    if (_PyBaseExceptionGroup_Check(excValue)) return [Py_NewRef(excValue), Py_NewRef(Py_None)];
    // Naked exception: wrap it.
    const excs = PyTuple_Pack(excValue);
    try {
      return [_PyExc_CreateExceptionGroup("", excs), Py_NewRef(Py_None)];
    } finally {
      Py_DECREF(excs);
    }
  }
  // exc_value does not match match_type: check for partial match if it is an exception group.
  if (_PyBaseExceptionGroup_Check(excValue)) {
    const pair = PyObject_CallMethod(excValue, "split", matchType);
    try {
      if (!PyTuple_CheckExact(pair) || PyTuple_GET_SIZE(pair) !== 2) {
        throw PyErr_Format(
          PyExc_TypeError,
          `${excValue.ob_type.tp_name}.split must return a 2-tuple, got ${pair.ob_type.tp_name}`,
        );
      }
      return [Py_NewRef(PyTuple_GET_ITEM(pair, 0)), Py_NewRef(PyTuple_GET_ITEM(pair, 1))];
    } finally {
      Py_DECREF(pair);
    }
  }
  // No match.
  return [Py_NewRef(Py_None), Py_NewRef(Py_None)];
}

// --- installation -------------------------------------------------------------------------

/** Fill the slots of BaseExceptionGroup and ExceptionGroup (from _PyExc_Init). */
export function _PyExcGroup_Init(): void {
  const B = PyExc_BaseExceptionGroup;
  const E = PyExc_ExceptionGroup;
  // ExceptionGroup(BaseExceptionGroup, Exception), as PyErr_NewException makes it.
  const bases = PyTuple_New(2);
  bases.ob_item[0] = Py_NewRef(B);
  bases.ob_item[1] = Py_NewRef(PyExc_Exception);
  E.tp_bases = bases;
  for (const t of [B, E]) {
    t.tp_dealloc = BaseExceptionGroup_dealloc;
    t.tp_traverse = BaseException_traverse;
    t.tp_clear = BaseExceptionGroup_clear;
  }
  B.tp_basicsize = 88;
  E.tp_basicsize = 96;
  B.tp_new = BaseExceptionGroup_new;
  B.tp_init = BaseExceptionGroup_init;
  B.tp_str = BaseExceptionGroup_str;
  B.tp_doc = "A combination of multiple unrelated exceptions.";
  B.tp_members = [
    { name: "message", get: exceptionGroupMsg, set: null, noneIfNull: false, doc: "exception message" },
    { name: "exceptions", get: exceptionGroupExcs, set: null, noneIfNull: false, doc: "nested exceptions" },
  ];
  B.tp_methods = [
    { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS, doc: "See PEP 585" },
    { name: "derive", meth: BaseExceptionGroup_derive, flags: METH_FASTCALL },
    { name: "split", meth: BaseExceptionGroup_split, flags: METH_FASTCALL },
    { name: "subgroup", meth: BaseExceptionGroup_subgroup, flags: METH_FASTCALL },
  ];
  E.tp_weakrefable = true;
  E.tp_doc = null;
  // PyErr_NewException's class dict: `__module__` first (a heap type's
  // __module__ is read from it), then what PyType_Ready adds.
  E.tp_dict = PyDict_New();
  const module = PyUnicode_FromString("builtins");
  PyDict_SetItemString(E.tp_dict, "__module__", module);
  Py_DECREF(module);
  E.tp_getset = [{ name: "__weakref__", get: weakrefGet, set: null, doc: "list of weak references to the object" }];
}
