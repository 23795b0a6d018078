/**
 * The `gc` module (CPython 3.11's Modules/gcmodule.c, the Python-facing
 * half): enable/disable/isenabled, collect, thresholds and counts,
 * get_objects / get_referrers / get_referents, is_tracked / is_finalized,
 * freeze / unfreeze, get_stats, set_debug / get_debug and the DEBUG_*
 * flags, and the two lists `gc.callbacks` and `gc.garbage`.
 *
 * The collector itself (heap/collect.ts) knows nothing about Python
 * objects beyond the header; this module installs the `gcHooks` that need
 * them: calling gc.callbacks, appending to gc.garbage, the DEBUG_* lines
 * (written to sys.stderr), and the untracking of atomic tuples and dicts.
 *
 * State: `callbacks` and `garbage` are interpreter-level lists (CPython's
 * gcstate->callbacks / ->garbage): made at the first `import gc` of a run
 * and kept by this module (owned references) until the run is reset, so
 * rebinding `gc.callbacks = []` does not change what the collector calls,
 * exactly as in CPython.
 */
import { _PyCall_TakePacked } from "../objects/call.js";
import { PySlice_Type } from "../objects/sliceobject.js";
import type { PyObject } from "../heap/object.js";
import { GC_FINALIZED, GC_TRACKED, type PyGCObject } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "../heap/refcount.js";
import {
  freelist,
  gcState,
  type GCHead,
  gc_list_merge,
  NUM_GENERATIONS,
  onGCReset,
  _PyObject_IS_GC,
} from "../heap/gc.js";
import {
  DEBUG_COLLECTABLE,
  DEBUG_LEAK,
  DEBUG_SAVEALL,
  DEBUG_STATS,
  DEBUG_UNCOLLECTABLE,
  gcHooks,
  gcRuntime,
  PyGC_Collect,
} from "../heap/collect.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/moduleobject.js";
import { PyLong_AsBigInt, PyLong_FromNumber } from "../objects/longobject.js";
import { PyBool_FromBool } from "../objects/longobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyList_Append, PyList_GET_ITEM, PyList_GET_SIZE, PyList_New, PyList_Type } from "../objects/listobject.js";
import { PyDict_New, PyDict_SetItemString, _PyDict_MaybeUntrack, PyDict_Type } from "../objects/dictobject.js";
import { PyTuple_Pack, PyTuple_Type, _PyTuple_FromArray, _PyTuple_MaybeUntrack } from "../objects/tupleobject.js";
import { PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyNumber_Index } from "../objects/abstract.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.js";
import { newArgParser, _PyArg_UnpackKeywords, _PyArg_NoKwnames, nargsOf } from "../objects/getargs.js";
import { addrString } from "../objects/object.js";
import { PyObject_Call } from "../objects/call.js";
import { PyErr_WriteUnraisable } from "../objects/errors-display.js";
import { toPyException } from "../objects/errors.js";
import { PySys_GetObject } from "../vm/sysstate.js";
import { stdio, writeToStream } from "../objects/fileobject.js";

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

/** gcstate->callbacks and gcstate->garbage (owned), null until `import gc`. */
const gcModState = {
  callbacks: null as PyObject | null,
  garbage: null as PyObject | null,
};

onGCReset(() => {
  // The previous run's heap is abandoned as a whole.
  gcModState.callbacks = null;
  gcModState.garbage = null;
  // The types whose freelists the collector's count model follows (set
  // here rather than at load: this module may load before them).
  freelist.tupleType = PyTuple_Type;
  freelist.listType = PyList_Type;
  freelist.dictType = PyDict_Type;
  freelist.sliceType = PySlice_Type;
});

/** gc.callbacks and gc.garbage (owned), for the refcount audit. */
export function _PyGC_VisitState(visit: (o: PyObject) => void): void {
  if (gcModState.callbacks !== null) visit(gcModState.callbacks);
  if (gcModState.garbage !== null) visit(gcModState.garbage);
}

/** _PyGC_Fini: the interpreter drops gc.callbacks and gc.garbage at the
 *  end of a run (after the modules are cleared). */
export function _PyGC_Fini(): void {
  const callbacks = gcModState.callbacks;
  const garbage = gcModState.garbage;
  gcModState.callbacks = null;
  gcModState.garbage = null;
  if (callbacks !== null) Py_DECREF(callbacks);
  if (garbage !== null) Py_DECREF(garbage);
}

// ---------------------------------------------------------------- conversions

/** _PyLong_AsInt (Argument Clinic's `int`): TypeError for non-integers,
 *  "Python int too large to convert to C int" outside C int range. */
function asCInt(o: PyObject): number {
  const i = PyNumber_Index(o);
  try {
    const v = PyLong_AsBigInt(i);
    if (v > BigInt(INT_MAX) || v < BigInt(INT_MIN)) {
      throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C int");
    }
    return Number(v);
  } finally {
    Py_DECREF(i);
  }
}

/** PyArg_ParseTuple's "i": C long first, then the C int range check. */
function parseArgInt(o: PyObject): number {
  const i = PyNumber_Index(o);
  try {
    const v = PyLong_AsBigInt(i);
    if (v > 9223372036854775807n || v < -9223372036854775808n) {
      throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C long");
    }
    if (v > BigInt(INT_MAX)) throw PyErr_Format(PyExc_OverflowError, "signed integer is greater than maximum");
    if (v < BigInt(INT_MIN)) throw PyErr_Format(PyExc_OverflowError, "signed integer is less than minimum");
    return Number(v);
  } finally {
    Py_DECREF(i);
  }
}

// ---------------------------------------------------------------- hooks for the collector

/** PySys_WriteStderr: through sys.stderr when there is one. */
function writeStderr(s: string): void {
  const err = PySys_GetObject("stderr");
  if (err === null || err === Py_None) {
    stdio.stderr(s);
    return;
  }
  try {
    writeToStream(err, s);
  } catch (e) {
    Py_DECREF(toPyException(e));
  }
}

gcHooks.debugWrite = writeStderr;
gcHooks.describe = (op) => `<${op.ob_type.tp_name} ${addrString(op)}>`;
gcHooks.maybeUntrackTuple = (op) => {
  if (op.ob_type === PyTuple_Type) _PyTuple_MaybeUntrack(op);
};
gcHooks.maybeUntrackDict = (op) => {
  if (op.ob_type === PyDict_Type) _PyDict_MaybeUntrack(op);
};
gcHooks.saveGarbage = (op) => {
  if (gcModState.garbage === null) gcModState.garbage = PyList_New(0);
  try {
    PyList_Append(gcModState.garbage, op);
  } catch (e) {
    Py_DECREF(toPyException(e));
  }
};
gcHooks.invokeCallbacks = invoke_gc_callback;

/** invoke_gc_callback: call each of gc.callbacks with (phase, info); the
 *  info dict is built once, before the first call. */
function invoke_gc_callback(
  phase: "start" | "stop",
  generation: number,
  collected: number,
  uncollectable: number,
): void {
  const callbacks = gcModState.callbacks;
  if (callbacks === null || PyList_GET_SIZE(callbacks) === 0) return;
  Py_INCREF(callbacks);
  let info: PyObject | null = null;
  try {
    info = PyDict_New();
    setInt(info, "generation", generation);
    setInt(info, "collected", collected);
    setInt(info, "uncollectable", uncollectable);
    for (let i = 0; i < PyList_GET_SIZE(callbacks); i++) {
      const cb = PyList_GET_ITEM(callbacks, i);
      Py_INCREF(cb);
      const phaseObj = PyUnicode_FromString(phase);
      try {
        Py_DECREF(PyObject_Call(cb, [phaseObj, info], null));
      } catch (e) {
        PyErr_WriteUnraisable(toPyException(e), cb);
      } finally {
        Py_DECREF(phaseObj);
        Py_DECREF(cb);
      }
    }
  } finally {
    if (info !== null) Py_DECREF(info);
    Py_DECREF(callbacks);
  }
}

function setInt(d: PyObject, key: string, v: number): void {
  const o = PyLong_FromNumber(v);
  try {
    PyDict_SetItemString(d, key, o);
  } finally {
    Py_DECREF(o);
  }
}

// ---------------------------------------------------------------- list helpers

function forEachIn(head: GCHead, f: (op: PyGCObject) => void): void {
  for (let gc = head.gc_next; gc !== head; gc = gc.gc_next!) f(gc as PyGCObject);
}

function listSize(head: GCHead): number {
  let n = 0;
  for (let gc = head.gc_next; gc !== head; gc = gc.gc_next!) n++;
  return n;
}

// ---------------------------------------------------------------- functions

function gc_enable(): PyObject {
  gcState.enabled = true;
  return Py_NewRef(Py_None);
}

function gc_disable(): PyObject {
  gcState.enabled = false;
  return Py_NewRef(Py_None);
}

function gc_isenabled(): PyObject {
  return PyBool_FromBool(gcState.enabled);
}

const collectParser = newArgParser("collect", ["generation"], 0);

function gc_collect(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const out: (PyObject | null)[] = [null];
  _PyArg_UnpackKeywords(args, kwnames, collectParser, out);
  const generation = out[0] === null ? NUM_GENERATIONS - 1 : asCInt(out[0]);
  if (generation < 0 || generation >= NUM_GENERATIONS) {
    throw PyErr_Format(PyExc_ValueError, "invalid generation");
  }
  return PyLong_FromNumber(PyGC_Collect(generation));
}

function gc_set_debug(_m: PyObject, flags: PyObject): PyObject {
  gcRuntime.debug = asCInt(flags);
  return Py_NewRef(Py_None);
}

function gc_get_debug(): PyObject {
  return PyLong_FromNumber(gcRuntime.debug);
}

/** set_threshold(t0[, t1[, t2]]): PyArg_ParseTuple stores each value as it
 *  converts it, so a bad second argument still sets the first. (CPython
 *  3.11 declares it METH_VARARGS: the call packs the arguments into a
 *  tuple first, which counts as an allocation.) */
function gc_set_threshold(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("set_threshold", kwnames);
  const n = nargsOf(args, kwnames);
  if (n < 1) throw PyErr_Format(PyExc_TypeError, `set_threshold() takes at least 1 argument (${n} given)`);
  if (n > 3) throw PyErr_Format(PyExc_TypeError, `set_threshold() takes at most 3 arguments (${n} given)`);
  for (let i = 0; i < n; i++) gcState.generations[i].threshold = parseArgInt(args[i]);
  return Py_NewRef(Py_None);
}

function gc_get_threshold(): PyObject {
  const g = gcState.generations;
  return tupleOfInts(g[0].threshold, g[1].threshold, g[2].threshold);
}

/** The three counts are read before the result tuple is allocated. */
function gc_get_count(): PyObject {
  const g = gcState.generations;
  return tupleOfInts(g[0].count, g[1].count, g[2].count);
}

function tupleOfInts(a: number, b: number, c: number): PyObject {
  const x = PyLong_FromNumber(a);
  const y = PyLong_FromNumber(b);
  const z = PyLong_FromNumber(c);
  try {
    return PyTuple_Pack(x, y, z);
  } finally {
    Py_DECREF(x);
    Py_DECREF(y);
    Py_DECREF(z);
  }
}

/** The objects the traverse of `op` visits, in its order. */
function referentsOf(op: PyObject, out: PyObject[]): void {
  if (!_PyObject_IS_GC(op)) return;
  const traverse = op.ob_type.tp_traverse;
  if (traverse === null) return;
  traverse(op, (child) => {
    out.push(child);
  });
}

function gc_get_referents(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("get_referents", kwnames);
  const result = PyList_New(0);
  try {
    for (const obj of args) {
      const found: PyObject[] = [];
      referentsOf(obj, found);
      for (const x of found) PyList_Append(result, x);
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

/** get_referrers(*objs): every tracked object in the three generations
 *  whose traverse visits one of `objs` (not the argument tuple itself, nor
 *  the result list). */
function gc_get_referrers(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("get_referrers", kwnames);
  // METH_VARARGS: the call's own tuple of the arguments, which the walk
  // skips (it refers to every target), as it skips the result list.
  const given = _PyCall_TakePacked();
  const argstuple = given !== null ? Py_NewRef(given.args) : _PyTuple_FromArray(args);
  const targets = new Set<PyObject>(args);
  let result: PyObject | null = null;
  try {
    result = PyList_New(0);
    const hits: PyGCObject[] = [];
    for (let i = 0; i < NUM_GENERATIONS; i++) {
      forEachIn(gcState.generations[i].head, (op) => {
        if (op === result || op === argstuple) return;
        const traverse = op.ob_type.tp_traverse;
        if (traverse === null) return;
        let hit = false;
        traverse(op, (child) => {
          if (targets.has(child)) hit = true;
        });
        if (hit) hits.push(op);
      });
    }
    for (const op of hits) PyList_Append(result, op);
  } catch (e) {
    if (result !== null) Py_DECREF(result);
    throw e;
  } finally {
    Py_DECREF(argstuple);
  }
  return result;
}

const getObjectsParser = newArgParser("get_objects", ["generation"], 0);

function gc_get_objects(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const out: (PyObject | null)[] = [null];
  _PyArg_UnpackKeywords(args, kwnames, getObjectsParser, out);
  let generation = -1;
  const g = out[0];
  if (g !== null && g !== Py_None) {
    if (g.ob_type.nb_index === null) {
      throw PyErr_Format(PyExc_TypeError, `argument should be integer or None, not '${g.ob_type.tp_name}'`);
    }
    const i = PyNumber_Index(g);
    try {
      const v = PyLong_AsBigInt(i);
      generation = v > 1n << 62n ? Number.MAX_SAFE_INTEGER : v < -(1n << 62n) ? -Number.MAX_SAFE_INTEGER : Number(v);
    } finally {
      Py_DECREF(i);
    }
  }
  const result = PyList_New(0);
  try {
    const objs: PyGCObject[] = [];
    const collectFrom = (head: GCHead): void =>
      forEachIn(head, (op) => {
        if (op !== result) objs.push(op);
      });
    if (generation !== -1) {
      if (generation >= NUM_GENERATIONS) {
        throw PyErr_Format(
          PyExc_ValueError,
          `generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`,
        );
      }
      if (generation < 0) throw PyErr_Format(PyExc_ValueError, "generation parameter cannot be negative");
      collectFrom(gcState.generations[generation].head);
    } else {
      for (let i = 0; i < NUM_GENERATIONS; i++) collectFrom(gcState.generations[i].head);
    }
    for (const op of objs) PyList_Append(result, op);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function gc_get_stats(): PyObject {
  const result = PyList_New(0);
  try {
    for (const s of gcRuntime.stats) {
      const d = PyDict_New();
      try {
        setInt(d, "collections", s.collections);
        setInt(d, "collected", s.collected);
        setInt(d, "uncollectable", s.uncollectable);
        PyList_Append(result, d);
      } finally {
        Py_DECREF(d);
      }
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function gc_is_tracked(_m: PyObject, obj: PyObject): PyObject {
  return PyBool_FromBool(_PyObject_IS_GC(obj) && (obj.gc_flags & GC_TRACKED) !== 0);
}

function gc_is_finalized(_m: PyObject, obj: PyObject): PyObject {
  return PyBool_FromBool(_PyObject_IS_GC(obj) && (obj.gc_flags & GC_FINALIZED) !== 0);
}

/** freeze(): every generation into the permanent one, every count reset
 *  (3.11.7: `gc.get_count()` is (0, 0, 0) right after it, whatever the
 *  counts were). */
function gc_freeze(): PyObject {
  for (let i = 0; i < NUM_GENERATIONS; i++) {
    gc_list_merge(gcState.generations[i].head, gcState.permanent.head);
    gcState.generations[i].count = 0;
  }
  return Py_NewRef(Py_None);
}

function gc_unfreeze(): PyObject {
  gc_list_merge(gcState.permanent.head, gcState.generations[NUM_GENERATIONS - 1].head);
  return Py_NewRef(Py_None);
}

function gc_get_freeze_count(): PyObject {
  return PyLong_FromNumber(listSize(gcState.permanent.head));
}

const functions: PyMethodDef[] = [
  { name: "enable", meth: gc_enable, flags: METH_NOARGS },
  { name: "disable", meth: gc_disable, flags: METH_NOARGS },
  { name: "isenabled", meth: gc_isenabled, flags: METH_NOARGS },
  { name: "set_debug", meth: gc_set_debug, flags: METH_O },
  { name: "get_debug", meth: gc_get_debug, flags: METH_NOARGS },
  { name: "get_count", meth: gc_get_count, flags: METH_NOARGS },
  { name: "set_threshold", meth: gc_set_threshold, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "get_threshold", meth: gc_get_threshold, flags: METH_NOARGS },
  { name: "collect", meth: gc_collect, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "get_objects", meth: gc_get_objects, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "get_stats", meth: gc_get_stats, flags: METH_NOARGS },
  { name: "is_tracked", meth: gc_is_tracked, flags: METH_O },
  { name: "is_finalized", meth: gc_is_finalized, flags: METH_O },
  { name: "get_referrers", meth: gc_get_referrers, flags: METH_FASTCALL | METH_KEYWORDS, packsArgs: true },
  { name: "get_referents", meth: gc_get_referents, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "freeze", meth: gc_freeze, flags: METH_NOARGS },
  { name: "unfreeze", meth: gc_unfreeze, flags: METH_NOARGS },
  { name: "get_freeze_count", meth: gc_get_freeze_count, flags: METH_NOARGS },
];

const GC_DOC =
  "This module provides access to the garbage collector for reference cycles.\n\n" +
  "enable() -- Enable automatic garbage collection.\n" +
  "disable() -- Disable automatic garbage collection.\n" +
  "isenabled() -- Returns true if automatic collection is enabled.\n" +
  "collect() -- Do a full collection right now.\n" +
  "get_count() -- Return the current collection counts.\n" +
  "get_stats() -- Return list of dictionaries containing per-generation stats.\n" +
  "set_debug() -- Set debugging flags.\n" +
  "get_debug() -- Get debugging flags.\n" +
  "set_threshold() -- Set the collection thresholds.\n" +
  "get_threshold() -- Return the current the collection thresholds.\n" +
  "get_objects() -- Return a list of all objects tracked by the collector.\n" +
  "is_tracked() -- Returns true if a given object is tracked.\n" +
  "is_finalized() -- Returns true if a given object has been already finalized.\n" +
  "get_referrers() -- Return the list of objects that refer to an object.\n" +
  "get_referents() -- Return the list of objects that an object refers to.\n" +
  "freeze() -- Freeze all tracked objects and ignore them for future collections.\n" +
  "unfreeze() -- Unfreeze all objects in the permanent generation.\n" +
  "get_freeze_count() -- Return the number of objects in the permanent generation.\n";

export function PyInit_gc(): PyObject {
  const m = PyModule_New("gc");
  try {
    PyModule_AddFunctions(m, functions);
    PyModule_Add(m, "__doc__", PyUnicode_FromString(GC_DOC));
    if (gcModState.garbage === null) gcModState.garbage = PyList_New(0);
    if (gcModState.callbacks === null) gcModState.callbacks = PyList_New(0);
    PyModule_Add(m, "garbage", Py_NewRef(gcModState.garbage));
    PyModule_Add(m, "callbacks", Py_NewRef(gcModState.callbacks));
    PyModule_Add(m, "DEBUG_STATS", PyLong_FromNumber(DEBUG_STATS));
    PyModule_Add(m, "DEBUG_COLLECTABLE", PyLong_FromNumber(DEBUG_COLLECTABLE));
    PyModule_Add(m, "DEBUG_UNCOLLECTABLE", PyLong_FromNumber(DEBUG_UNCOLLECTABLE));
    PyModule_Add(m, "DEBUG_SAVEALL", PyLong_FromNumber(DEBUG_SAVEALL));
    PyModule_Add(m, "DEBUG_LEAK", PyLong_FromNumber(DEBUG_LEAK));
  } catch (e) {
    Py_DECREF(m);
    throw e;
  }
  return m;
}
