/**
 * The `_thread` module (CPython 3.11's Modules/_threadmodule.c), as a
 * program with one thread can use it: `get_ident`, the lock type
 * (`_thread.lock`, from `allocate_lock`) and the reentrant lock
 * `_thread.RLock`, which Lib/functools (cached_property) and Lib/reprlib
 * build on.
 *
 * refpy runs a single thread, so a lock is a flag and a reentrant lock a
 * count (its owner is always this thread). Acquiring a lock this thread
 * already holds would wait forever in CPython, as no other thread can
 * release it: here a blocking acquire without a timeout raises
 * RuntimeError instead, and one with a timeout fails at once, as it would
 * once the timeout had passed. A thread started runs to its end inside
 * start_new_thread (so threading.Thread's start() and join() work, with
 * the thread's output before whatever follows start()), unless a signal's
 * handler raises while it runs (Ctrl-C): the exception is the main
 * thread's, raised in start(), and the thread is left running; from then
 * on a wait for a held lock waits (interruptibly) as CPython's would,
 * since that thread could release it. `_local` keeps a
 * dict per thread identifier; `_excepthook` is threading.excepthook;
 * `interrupt_main` raises KeyboardInterrupt in the main thread.
 *
 * The lock types are heap types in CPython 3.11 and static here; their
 * instances are tracked by the collector and traverse their type, as
 * CPython's do.
 */
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { PyDict_New } from "../objects/dictobject.js";
import {
  PyObject_GenericGetAttr,
  PyObject_GenericSetAttr,
  PyObject_GetAttrString,
  _PyObject_LookupAttrString,
  object_init,
} from "../objects/object.js";
import { PyUnicode_AsString, PyUnicode_Check } from "../objects/unicodeobject.js";
import { PyExc_AttributeError } from "../objects/exceptions.js";
import { asCInt } from "../objects/bytes-methods.js";
import { type PyStructSequence, PyStructSequence_NewType } from "../objects/structseq.js";
import { PySys_GetObject } from "../vm/sysstate.js";
import { PyFile_WriteObject, PyFile_WriteString } from "../objects/fileobject.js";
import { formatException } from "../objects/errors-display.js";
import {
  PyErr_CheckSignals,
  PyErr_SetInterruptEx,
  _PySignal_InterruptibleWait,
  _PySignal_SetMainThread,
  SIGINT,
} from "./signal.js";
import {
  CHECK_INTERVAL,
  _PyEval_LimitReached,
  _PyEval_SetInThread,
  _Py_CheckInterrupt,
} from "../objects/eval-breaker.js";
import { tstate } from "../objects/pystate.js";
import { PyObject_CallMethodNoArgs } from "../objects/call.js";
import { _Py_ID } from "../objects/identifiers.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "../heap/refcount.js";
import { onGCReset, PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType, type PyTypeObject, _PyType_FromSpecInCPython } from "../objects/typeobject.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { _PyArg_CheckPositional, _PyArg_NoKwnames, _PyArg_UnpackKeywords, newArgParser } from "../objects/getargs.js";
import { PyErr_ExceptionMatches, PyErr_Format, PyThreadLeft, toPyException } from "../objects/errors.js";
import { PyErr_WriteUnraisable } from "../objects/errors-display.js";
import { PyObject_Call } from "../objects/call.js";
import { _PyDict_Key, _PyDict_Value, PyDict_Check, PyDict_Next, PyDict_Size } from "../objects/dictobject.js";
import {
  PyExc_OverflowError,
  PyExc_RuntimeError,
  PyExc_SystemExit,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.js";
import { Py_None } from "../objects/noneobject.js";
import { PyBool_FromBool, PyLong_FromNumber } from "../objects/longobject.js";
import { PyFloat_AsDouble, PyFloat_FromDouble } from "../objects/floatobject.js";
import { PyUnicode_FromString } from "../objects/unicodeobject.js";
import {
  _PyTuple_FromArraySteal,
  PyTuple_Check,
  PyTuple_GET_ITEM,
  PyTuple_GET_SIZE,
  PyTuple_Pack,
} from "../objects/tupleobject.js";
import { PyObject_IsTrue, PyNumber_Index } from "../objects/abstract.js";
import { PyLong_AsNumber } from "../objects/longobject.js";
import { PyObject_ClearWeakRefs } from "../objects/weakrefobject.js";
import { PyModule_AddFunctions, PyModule_AddObjectRef, PyModule_Add, PyModule_New } from "../objects/moduleobject.js";
import { addrString } from "../objects/object.js";

/** The one thread's identifier (what get_ident returns). */
export const THREAD_IDENT = 140_245_136_275_264;
/** Its native id (get_native_id). */
const NATIVE_ID = 4242;
/** The thread running now: its identifier and the sentinel locks made
 *  in it (not owned: CPython's thread state holds them by weak reference). */
let running: { ident: number; sentinels: LockObject[] } = { ident: THREAD_IDENT, sentinels: [] };
/** The `_local` objects with a dict for each thread, by thread identifier. */
const threadLocals = new Map<number, Set<LocalObject>>();
/** Identifiers of the threads started, apart as pthread stacks are. */
const THREAD_IDENT_STEP = 8_392_704;
let nextIdent = THREAD_IDENT - THREAD_IDENT_STEP;
// A fresh run starts in the main thread.
onGCReset(() => {
  running = { ident: THREAD_IDENT, sentinels: [] };
  threadLocals.clear();
  nextIdent = THREAD_IDENT - THREAD_IDENT_STEP;
  threadsLeft = 0;
  _PyEval_SetInThread(false);
});
/** How many started threads were left running (start_new_thread). */
let threadsLeft = 0;
/** How often a wait for such a thread's lock reads the run's limits. */
const THREAD_LEFT_POLL_MS = 20;
/** PY_TIMEOUT_MAX / 1e6, as a float: the longest timeout accepted. */
const TIMEOUT_MAX = 9223372036.0;

// ---------------------------------------------------------------- acquire's arguments

const acquireParser = newArgParser("acquire", ["blocking", "timeout"], 0);

/** lock_acquire_parse_args: whether to block, and the timeout in seconds
 *  (-1 for none). */
function acquireArgs(args: PyObject[], kwnames: PyObject | null): [boolean, number] {
  const [blockingObj, timeoutObj] = _PyArg_UnpackKeywords(args, kwnames, acquireParser, [null, null]);
  const blocking = blockingObj === null ? true : PyObject_IsTrue(blockingObj);
  let timeout = -1;
  if (timeoutObj !== null) timeout = PyFloat_AsDouble(timeoutObj);
  if (!blocking && timeout !== -1) {
    throw PyErr_Format(PyExc_ValueError, "can't specify a timeout for a non-blocking call");
  }
  if (timeout < 0 && timeout !== -1) throw PyErr_Format(PyExc_ValueError, "timeout value must be positive");
  if (timeout > TIMEOUT_MAX) throw PyErr_Format(PyExc_OverflowError, "timeout value is too large");
  return [blocking, timeout];
}

/** Waiting for a lock only this thread could release. */
function waitForever(): PyObject {
  return PyErr_Format(
    PyExc_RuntimeError,
    "lock already held by the only thread: acquiring it without a timeout would wait forever",
  );
}

function visitStaticType(self: PyObject, visit: (child: PyObject) => void): void {
  visit(self.ob_type);
}

// ---------------------------------------------------------------- _thread.lock

export class LockObject extends PyGCObject {
  locked: boolean;
  constructor(type: PyTypeObject) {
    super(type, type.tp_basicsize);
    this.locked = false;
    PyObject_GC_Track(this);
  }
}

function lock_dealloc(self: PyObject): void {
  const l = self as LockObject;
  PyObject_GC_UnTrack(l);
  if (l.weakreflist !== null) PyObject_ClearWeakRefs(l);
  PyObject_GC_Del(l);
}

export const PyLock_Type: PyTypeObject = newStaticType("_thread.lock", 40, TPFLAGS_HAVE_GC, lock_dealloc);
PyLock_Type.tp_weakrefable = true;

function L(o: PyObject): LockObject {
  return o as LockObject;
}

function lock_acquire(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [blocking, timeout] = acquireArgs(args, kwnames);
  const l = L(self);
  if (!l.locked) {
    l.locked = true;
    return PyBool_FromBool(true);
  }
  if (!blocking) return PyBool_FromBool(false);
  if (threadsLeft > 0) {
    waitForThreadLeft(timeout);
    return PyBool_FromBool(false);
  }
  if (timeout === -1) throw waitForever();
  return PyBool_FromBool(false);
}

/**
 * Wait for a lock that only a thread left running (a signal's handler
 * raised while it ran: start_new_thread) could release. refpy runs no
 * thread beside this one, so the lock stays held: the wait lasts its
 * timeout, or for ever, as CPython's does for a thread that never
 * releases it, and like CPython's it is interruptible: a signal's handler
 * runs (Ctrl-C raises KeyboardInterrupt here), and the run's limits
 * apply.
 */
function waitForThreadLeft(timeout: number): void {
  const end = timeout === -1 ? Infinity : performance.now() + timeout * 1000;
  for (;;) {
    const left = end - performance.now();
    if (left <= 0) return;
    _PySignal_InterruptibleWait(Math.min(left, THREAD_LEFT_POLL_MS));
    PyErr_CheckSignals();
    _Py_CheckInterrupt(CHECK_INTERVAL);
  }
}

function lock_release(self: PyObject): PyObject {
  const l = L(self);
  if (!l.locked) throw PyErr_Format(PyExc_RuntimeError, "release unlocked lock");
  l.locked = false;
  return Py_NewRef(Py_None);
}

function lock_exit(self: PyObject, _args: PyObject[]): PyObject {
  return lock_release(self);
}

function lock_locked(self: PyObject): PyObject {
  return PyBool_FromBool(L(self).locked);
}

function lock_at_fork_reinit(self: PyObject): PyObject {
  L(self).locked = false;
  return Py_NewRef(Py_None);
}

function lock_repr(self: PyObject): PyObject {
  const l = L(self);
  return PyUnicode_FromString(`<${l.locked ? "locked" : "unlocked"} ${l.ob_type.tp_name} object at ${addrString(l)}>`);
}

const ACQUIRE_DOC =
  "acquire(blocking=True, timeout=-1) -> bool\n(acquire_lock() is an obsolete synonym)\n\n" +
  "Lock the lock.  Without argument, this blocks if the lock is already\n" +
  "locked (even by the same thread), waiting for another thread to release\n" +
  "the lock, and return True once the lock is acquired.\n" +
  "With an argument, this will only block if the argument is true,\n" +
  "and the return value reflects whether the lock is acquired.\n" +
  "The blocking operation is interruptible.";

PyLock_Type.tp_methods = [
  { name: "acquire_lock", meth: lock_acquire, flags: METH_FASTCALL | METH_KEYWORDS, doc: ACQUIRE_DOC },
  { name: "acquire", meth: lock_acquire, flags: METH_FASTCALL | METH_KEYWORDS, doc: ACQUIRE_DOC },
  { name: "release_lock", meth: lock_release, flags: METH_NOARGS },
  { name: "release", meth: lock_release, flags: METH_NOARGS },
  { name: "locked_lock", meth: lock_locked, flags: METH_NOARGS },
  { name: "locked", meth: lock_locked, flags: METH_NOARGS },
  { name: "__enter__", meth: lock_acquire, flags: METH_FASTCALL | METH_KEYWORDS, doc: ACQUIRE_DOC },
  { name: "__exit__", meth: lock_exit, flags: METH_FASTCALL },
  { name: "_at_fork_reinit", meth: lock_at_fork_reinit, flags: METH_NOARGS },
];
PyLock_Type.tp_repr = lock_repr;
PyLock_Type.tp_traverse = visitStaticType;

// ---------------------------------------------------------------- _thread.RLock

export class RLockObject extends PyGCObject {
  /** How many times this thread holds it (0: not held). */
  count: number;
  constructor(type: PyTypeObject) {
    super(type, type.tp_basicsize);
    this.count = 0;
    PyObject_GC_Track(this);
  }
}

function R(o: PyObject): RLockObject {
  return o as RLockObject;
}

export const PyRLock_Type: PyTypeObject = newStaticType("_thread.RLock", 48, TPFLAGS_HAVE_GC, lock_dealloc);
_PyType_FromSpecInCPython(PyLock_Type, PyRLock_Type);
PyRLock_Type.tp_weakrefable = true;

function rlock_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  return new RLockObject(type);
}

function rlock_acquire(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  acquireArgs(args, kwnames);
  R(self).count++;
  return PyBool_FromBool(true);
}

function rlock_release(self: PyObject): PyObject {
  const r = R(self);
  if (r.count === 0) throw PyErr_Format(PyExc_RuntimeError, "cannot release un-acquired lock");
  r.count--;
  return Py_NewRef(Py_None);
}

function rlock_exit(self: PyObject, _args: PyObject[]): PyObject {
  return rlock_release(self);
}

function rlock_is_owned(self: PyObject): PyObject {
  return PyBool_FromBool(R(self).count > 0);
}

function rlock_recursion_count(self: PyObject): PyObject {
  return PyLong_FromNumber(R(self).count);
}

/** _release_save(): release completely, returning (count, owner). */
function rlock_release_save(self: PyObject): PyObject {
  const r = R(self);
  if (r.count === 0) throw PyErr_Format(PyExc_RuntimeError, "cannot release un-acquired lock");
  const count = PyLong_FromNumber(r.count);
  const owner = PyLong_FromNumber(THREAD_IDENT);
  r.count = 0;
  const t = PyTuple_Pack(count, owner);
  Py_DECREF(count);
  Py_DECREF(owner);
  return t;
}

/** _acquire_restore((count, owner)): take the lock back as saved. */
function rlock_acquire_restore(self: PyObject, state: PyObject): PyObject {
  if (!PyTuple_Check(state) || PyTuple_GET_SIZE(state) !== 2) {
    throw PyErr_Format(PyExc_TypeError, "_acquire_restore() argument must be a tuple of (count, owner)");
  }
  const count = PyNumber_Index(PyTuple_GET_ITEM(state, 0));
  try {
    R(self).count = PyLong_AsNumber(count);
  } finally {
    Py_DECREF(count);
  }
  return Py_NewRef(Py_None);
}

function rlock_at_fork_reinit(self: PyObject): PyObject {
  R(self).count = 0;
  return Py_NewRef(Py_None);
}

function rlock_repr(self: PyObject): PyObject {
  const r = R(self);
  const owner = r.count > 0 ? THREAD_IDENT : 0;
  return PyUnicode_FromString(
    `<${r.count > 0 ? "locked" : "unlocked"} ${r.ob_type.tp_name} object owner=${owner} count=${r.count} at ${addrString(r)}>`,
  );
}

PyRLock_Type.tp_methods = [
  { name: "acquire", meth: rlock_acquire, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "release", meth: rlock_release, flags: METH_NOARGS },
  { name: "_is_owned", meth: rlock_is_owned, flags: METH_NOARGS },
  { name: "_recursion_count", meth: rlock_recursion_count, flags: METH_NOARGS },
  { name: "_acquire_restore", meth: rlock_acquire_restore, flags: METH_O },
  { name: "_release_save", meth: rlock_release_save, flags: METH_NOARGS },
  { name: "_at_fork_reinit", meth: rlock_at_fork_reinit, flags: METH_NOARGS },
  { name: "__enter__", meth: rlock_acquire, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "__exit__", meth: rlock_exit, flags: METH_FASTCALL },
];
PyRLock_Type.tp_new = rlock_new;
PyRLock_Type.tp_repr = rlock_repr;
PyRLock_Type.tp_traverse = visitStaticType;

// ---------------------------------------------------------------- the module

function thread_allocate_lock(_m: PyObject): PyObject {
  return new LockObject(PyLock_Type);
}

function thread_get_ident(_m: PyObject): PyObject {
  return PyLong_FromNumber(running.ident);
}

function thread_get_native_id(_m: PyObject): PyObject {
  return PyLong_FromNumber(NATIVE_ID + (THREAD_IDENT - running.ident) / THREAD_IDENT_STEP);
}

function thread_count(_m: PyObject): PyObject {
  return PyLong_FromNumber(running.ident === THREAD_IDENT ? 0 : 1);
}

function thread_stack_size(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("stack_size", args.length, 0, 1);
  return PyLong_FromNumber(0);
}

/**
 * start_new_thread(function, args[, kwargs]): with one thread, the new
 * thread runs to its end before the call returns. While it runs,
 * get_ident() gives it its own identifier and `_set_sentinel()` locks
 * belong to it; its end releases them (as the end of a thread state does
 * in CPython), which is what Thread.join() waits for. SystemExit ends the
 * thread quietly; another exception is reported as unraisable.
 */
function thread_start_new_thread(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("start_new_thread", args.length, 2, 3);
  const [func, fargs] = args;
  const fkwargs = args.length > 2 ? args[2] : null;
  if (func.ob_type.tp_call === null) throw PyErr_Format(PyExc_TypeError, "first arg must be callable");
  if (!PyTuple_Check(fargs)) throw PyErr_Format(PyExc_TypeError, "2nd arg must be a tuple");
  if (fkwargs !== null && !PyDict_Check(fkwargs)) {
    throw PyErr_Format(PyExc_TypeError, "optional 3rd arg must be a dictionary");
  }
  const callArgs: PyObject[] = [];
  for (let i = 0; i < PyTuple_GET_SIZE(fargs); i++) callArgs.push(PyTuple_GET_ITEM(fargs, i));
  let kwnames: PyObject | null = null;
  if (fkwargs !== null && PyDict_Size(fkwargs) > 0) {
    const names: PyObject[] = [];
    for (let i = PyDict_Next(fkwargs, 0); i >= 0; i = PyDict_Next(fkwargs, i + 1)) {
      names.push(Py_NewRef(_PyDict_Key(fkwargs, i)));
      callArgs.push(_PyDict_Value(fkwargs, i));
    }
    kwnames = _PyTuple_FromArraySteal(names);
  }
  const saved = running;
  const ident = nextIdent;
  nextIdent -= THREAD_IDENT_STEP;
  running = { ident, sentinels: [] };
  _PySignal_SetMainThread(false);
  _PyEval_SetInThread(true);
  for (const a of callArgs) Py_INCREF(a);
  Py_INCREF(func);
  // What the thread's frames change in the thread state, for when the
  // thread is left running mid-call.
  const { frame, depth, c_depth, exc_info, tracing } = tstate;
  let left: PyThreadLeft | null = null;
  try {
    const r = PyObject_Call(func, callArgs, kwnames);
    Py_DECREF(r);
  } catch (e) {
    if (e instanceof PyThreadLeft) {
      left = e;
    } else {
      const exc = toPyException(e);
      if (PyErr_ExceptionMatches(exc, PyExc_SystemExit)) Py_DECREF(exc);
      else PyErr_WriteUnraisable(exc, func);
    }
  } finally {
    if (left === null) {
      for (const l of running.sentinels) l.locked = false;
      localsThreadEnd(ident);
      for (const a of callArgs) Py_DECREF(a);
      Py_DECREF(func);
      if (kwnames !== null) Py_DECREF(kwnames);
    } else {
      // Still running: its sentinel locks stay held, its locals and
      // arguments kept, and a lock wait can now end (threadsLeft).
      threadsLeft++;
      Object.assign(tstate, { frame, depth, c_depth, exc_info, tracing });
    }
    running = saved;
  }
  _PySignal_SetMainThread(running.ident === THREAD_IDENT);
  _PyEval_SetInThread(running.ident !== THREAD_IDENT);
  if (left !== null) {
    // Passed on to the thread that started this one, if any.
    if (running.ident !== THREAD_IDENT) throw left;
    // A limit's error: raised again at the main thread's next check, in
    // threading's code that waits for the thread (as an error from
    // start_new_thread itself, threading would take it for a thread that
    // never started).
    if (_PyEval_LimitReached()) Py_DECREF(toPyException(left.exc));
    // A signal handler's exception: the main thread's, raised here where
    // it waited.
    else throw left.exc;
  }
  // A signal tripped by the thread (interrupt_main): the main thread's
  // handler runs as soon as it runs again.
  PyErr_CheckSignals();
  return PyLong_FromNumber(ident);
}

// ---------------------------------------------------------------- _local

/**
 * `_thread._local` (Modules/_threadmodule.c's localobject): attributes in
 * a dict of the thread that reads them. The first access from another
 * thread makes that thread's dict and calls `__init__` again with the
 * constructor's arguments; a thread's end drops its dicts (as the end of
 * its thread state does in CPython).
 */
class LocalObject extends PyGCObject {
  /** The constructor's arguments, for the `__init__` of later threads. */
  args: PyObject[];
  kwnames: PyObject | null;
  /** Each thread's dict, by thread identifier (owned). */
  dicts: Map<number, PyObject>;
  constructor(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null) {
    super(type, 56);
    this.args = args;
    this.kwnames = kwnames;
    this.dicts = new Map();
  }
}

function localsOf(ident: number): Set<LocalObject> {
  let set = threadLocals.get(ident);
  if (set === undefined) {
    set = new Set();
    threadLocals.set(ident, set);
  }
  return set;
}

/** The end of thread `ident`: its dicts of every local go. */
function localsThreadEnd(ident: number): void {
  const set = threadLocals.get(ident);
  if (set === undefined) return;
  threadLocals.delete(ident);
  for (const self of set) {
    const d = self.dicts.get(ident);
    if (d === undefined) continue;
    self.dicts.delete(ident);
    Py_DECREF(d);
  }
}

function local_new(type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (type.tp_init === object_init && args.length > 0) {
    throw PyErr_Format(PyExc_TypeError, "Initialization arguments are not supported");
  }
  for (const a of args) Py_INCREF(a);
  if (kwnames !== null) Py_INCREF(kwnames);
  const self = new LocalObject(type, args.slice(), kwnames);
  self.dicts.set(running.ident, PyDict_New());
  localsOf(running.ident).add(self);
  PyObject_GC_Track(self);
  return self;
}

/** _ldict: the running thread's dict, made (with `__init__` called) on its first access. */
function local_getdict(op: PyObject, _create: boolean): PyObject {
  const self = op as LocalObject;
  const ident = running.ident;
  const d = self.dicts.get(ident);
  if (d !== undefined) return d;
  const nd = PyDict_New();
  self.dicts.set(ident, nd);
  localsOf(ident).add(self);
  // A failing __init__ leaves the dict as it got it; the error goes to the caller.
  const init = self.ob_type.tp_init;
  if (init !== null && init !== object_init) init(self, self.args, self.kwnames);
  return nd;
}

function local_getattro(self: PyObject, name: PyObject): PyObject {
  const dict = local_getdict(self, true);
  if (PyUnicode_Check(name) && PyUnicode_AsString(name) === "__dict__") return Py_NewRef(dict);
  return PyObject_GenericGetAttr(self, name);
}

function local_setattro(self: PyObject, name: PyObject, value: PyObject | null): void {
  local_getdict(self, true);
  if (PyUnicode_Check(name) && PyUnicode_AsString(name) === "__dict__") {
    throw PyErr_Format(PyExc_AttributeError, `'${self.ob_type.tp_name}' object attribute '__dict__' is read-only`);
  }
  PyObject_GenericSetAttr(self, name, value);
}

function local_traverse(op: PyObject, visit: (o: PyObject) => void): void {
  const self = op as LocalObject;
  for (const a of self.args) visit(a);
  if (self.kwnames !== null) visit(self.kwnames);
  for (const d of self.dicts.values()) visit(d);
}

function local_clear(op: PyObject): void {
  const self = op as LocalObject;
  const args = self.args;
  const kwnames = self.kwnames;
  const dicts = [...self.dicts.entries()];
  self.args = [];
  self.kwnames = null;
  self.dicts.clear();
  for (const [ident] of dicts) threadLocals.get(ident)?.delete(self);
  for (const a of args) Py_DECREF(a);
  if (kwnames !== null) Py_DECREF(kwnames);
  for (const [, d] of dicts) Py_DECREF(d);
}

function local_dealloc(op: PyObject): void {
  const self = op as LocalObject;
  PyObject_GC_UnTrack(self);
  if (self.weakreflist !== null) PyObject_ClearWeakRefs(self);
  local_clear(self);
  PyObject_GC_Del(self);
}

export const PyLocal_Type: PyTypeObject = newStaticType(
  "_thread._local",
  56,
  TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
  local_dealloc,
);
PyLocal_Type.tp_doc = "Thread-local data";
PyLocal_Type.tp_new = local_new;
PyLocal_Type.tp_getattro = local_getattro;
PyLocal_Type.tp_setattro = local_setattro;
PyLocal_Type.tp_getdict = local_getdict;
PyLocal_Type.tp_traverse = local_traverse;
PyLocal_Type.tp_clear = local_clear;
PyLocal_Type.tp_weakrefable = true;
_PyType_FromSpecInCPython(PyLocal_Type);

// ---------------------------------------------------------------- excepthook

const ExceptHookArgsType = PyStructSequence_NewType({
  name: "_thread._ExceptHookArgs",
  doc: "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.",
  fields: ["exc_type", "exc_value", "exc_traceback", "thread"],
  n_in_sequence: 4,
  instantiable: true,
});
_PyType_FromSpecInCPython(ExceptHookArgsType);

/**
 * _excepthook(args): threading.excepthook's default, as CPython's
 * thread_excepthook: SystemExit is ignored; otherwise "Exception in
 * thread NAME:" and the traceback go to sys.stderr (or the thread's
 * `_stderr` when sys.stderr is None), then the stream is flushed.
 */
function thread_excepthook(_m: PyObject, args: PyObject): PyObject {
  if (args.ob_type !== ExceptHookArgsType) {
    throw PyErr_Format(PyExc_TypeError, "_thread.excepthook argument type must be ExceptHookArgs");
  }
  const items = (args as PyStructSequence).ob_item;
  const [excType, excValue, , thread] = items;
  if (excType === PyExc_SystemExit) return Py_NewRef(Py_None);
  let file = PySys_GetObject("stderr");
  if (file === null || file === Py_None) {
    if (thread === Py_None) return Py_NewRef(Py_None);
    file = PyObject_GetAttrString(thread, "_stderr");
    if (file === Py_None) {
      Py_DECREF(file);
      return Py_NewRef(Py_None);
    }
  } else Py_INCREF(file);
  try {
    PyFile_WriteString("Exception in thread ", file);
    const name = thread === Py_None ? null : _PyObject_LookupAttrString(thread, "name");
    if (name !== null) {
      try {
        PyFile_WriteObject(name, file);
      } finally {
        Py_DECREF(name);
      }
    } else PyFile_WriteString(String(running.ident), file);
    PyFile_WriteString(":\n", file);
    PyFile_WriteString(formatException(excValue), file);
    Py_DECREF(PyObject_CallMethodNoArgs(file, _Py_ID("flush")));
  } finally {
    Py_DECREF(file);
  }
  return Py_NewRef(Py_None);
}

// ---------------------------------------------------------------- interrupt_main

/**
 * interrupt_main(signum=SIGINT): simulate the signal arriving in the main
 * thread (PyErr_SetInterruptEx): its Python handler, default_int_handler
 * for SIGINT unless the signal module set another, runs at the main
 * thread's next eval-breaker check; for SIG_DFL or SIG_IGN nothing
 * happens. From the main thread that check is the end of this call (the
 * end of CPython's CALL), from another thread the main thread's return
 * from start_new_thread.
 */
function thread_interrupt_main(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames("interrupt_main", kwnames);
  _PyArg_CheckPositional("interrupt_main", args.length, 0, 1);
  const signum = args.length > 0 ? asCInt(args[0]) : SIGINT;
  if (!PyErr_SetInterruptEx(signum)) throw PyErr_Format(PyExc_ValueError, "signal number out of range");
  PyErr_CheckSignals();
  return Py_NewRef(Py_None);
}

/** _set_sentinel(): a lock its thread's end releases (held weakly). */
function thread_set_sentinel(_m: PyObject): PyObject {
  const l = new LockObject(PyLock_Type);
  running.sentinels.push(l);
  return l;
}

function thread_exit(_m: PyObject): PyObject {
  throw PyErr_Format(PyExc_SystemExit, "");
}

const functions: PyMethodDef[] = [
  { name: "start_new_thread", meth: thread_start_new_thread, flags: METH_FASTCALL },
  { name: "start_new", meth: thread_start_new_thread, flags: METH_FASTCALL },
  { name: "allocate_lock", meth: thread_allocate_lock, flags: METH_NOARGS },
  { name: "allocate", meth: thread_allocate_lock, flags: METH_NOARGS },
  { name: "exit_thread", meth: thread_exit, flags: METH_NOARGS },
  { name: "exit", meth: thread_exit, flags: METH_NOARGS },
  { name: "get_ident", meth: thread_get_ident, flags: METH_NOARGS },
  { name: "get_native_id", meth: thread_get_native_id, flags: METH_NOARGS },
  { name: "_count", meth: thread_count, flags: METH_NOARGS },
  { name: "_set_sentinel", meth: thread_set_sentinel, flags: METH_NOARGS },
  { name: "stack_size", meth: thread_stack_size, flags: METH_FASTCALL },
  { name: "_excepthook", meth: thread_excepthook, flags: METH_O },
  { name: "interrupt_main", meth: thread_interrupt_main, flags: METH_FASTCALL | METH_KEYWORDS },
];

export function PyInit__thread(): PyObject {
  const m = PyModule_New("_thread");
  PyModule_AddFunctions(m, functions);
  PyModule_AddObjectRef(m, "_local", PyLocal_Type);
  PyModule_AddObjectRef(m, "_ExceptHookArgs", ExceptHookArgsType);
  PyModule_AddObjectRef(m, "LockType", PyLock_Type);
  PyModule_AddObjectRef(m, "RLock", PyRLock_Type);
  PyModule_AddObjectRef(m, "error", PyExc_RuntimeError);
  PyModule_Add(m, "TIMEOUT_MAX", PyFloat_FromDouble(TIMEOUT_MAX));
  return m;
}
