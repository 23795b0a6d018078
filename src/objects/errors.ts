/**
 * Raising helpers: CPython's PyErr_* family (Python/errors.c), adapted to
 * refpy's convention that native code raises by THROWING a Python
 * exception object.
 *
 *     throw PyErr_Format(PyExc_TypeError, `'${tp}' object is not iterable`);
 *
 * Each helper returns a NEW reference to a fresh exception instance; the
 * code that catches it owns it (and must DECREF it if it swallows it).
 *
 * Every exception that native code creates goes through one function,
 * `PyErr_NewWithArgs`, so the exception machinery can route creation
 * through `type.tp_new` / a factory by installing `setExceptionFactory`.
 */
import { GC_UNCOUNTED, PyGCObject, PyObject } from "../heap/object.js";
import { Py_INCREF, Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import {
  onGCReset,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  _PyObject_GC_Link,
  _PyObject_GC_NewUncounted,
} from "../heap/gc.js";
import {
  EXC_PENDING_ARGS,
  EXC_PENDING_INSTANCE,
  PyBaseExceptionObject,
  PyExc_BaseException,
  PyExc_KeyError,
  PyExc_MemoryError,
  PyExc_BrokenPipeError,
  PyExc_RecursionError,
  PyExc_SystemError,
} from "./exceptions.js";
import { PyType_IsSubtype, PyTypeObject } from "./typeobject.js";
import { PyUnicode_FromString } from "./unicodeobject.js";
import { PyTuple_New, PyTuple_SET_ITEM, PyTupleObject, _PyTuple_FromArraySteal } from "./tupleobject.js";
import { type ExcInfo, tstate } from "./pystate.js";
import { PyLong_FromNumber } from "./longobject.js";
import { Py_None } from "./noneobject.js";

/** Builds an exception instance from a type and an args tuple (stolen). */
export type ExceptionFactory = (type: PyTypeObject, args: PyObject) => PyObject;

function defaultFactory(type: PyTypeObject, args: PyObject): PyObject {
  return new PyBaseExceptionObject(type, args);
}

let exceptionFactory: ExceptionFactory = defaultFactory;

/** The exception machinery installs how instances are made (e.g. so that
 *  KeyError/StopIteration set their extra attributes). */
export function setExceptionFactory(f: ExceptionFactory | null): void {
  exceptionFactory = f ?? defaultFactory;
}

/** A new exception instance of `type` with `args` (a tuple; STOLEN). */
export function PyErr_NewWithArgs(type: PyTypeObject, args: PyObject): PyBaseExceptionObject {
  return exceptionFactory(type, args) as PyBaseExceptionObject;
}

/**
 * An exception native code raises with PyErr_SetString, PyErr_Format,
 * PyErr_SetNone or PyErr_SetObject is, in CPython, a type and a value
 * until something needs the instance: _PyErr_NormalizeException makes it
 * (its args tuple through the call of the type, then the instance) when a
 * handler is entered, when it is reported, or at once when it is raised
 * while another is being handled (to chain it). An exception cleared
 * before that (the AttributeError of a getattr() with a default) is never
 * made. refpy makes the objects at once and counts their allocations
 * toward generation 0 (and takes the args tuple from its freelist) only
 * when they are normalized, so the counts and freelists follow CPython's:
 * the call's own argument tuple, freed as the error leaves the call, is
 * the one the exception's args then reuse.
 *
 * `args` makes the args tuple; `argsPending` tells whether CPython makes
 * it at normalization too (false: it is made with the raise, as KeyError's
 * `(key,)`, or it is the empty tuple).
 */
function pendingException(type: PyTypeObject, args: () => PyObject, argsPending: boolean): PyBaseExceptionObject {
  if (_PyErr_GetTopmostException() !== null) return PyErr_NewWithArgs(type, args());
  const a = argsPending ? _PyObject_GC_NewUncounted(() => args() as PyGCObject) : args();
  const e = _PyObject_GC_NewUncounted(() => PyErr_NewWithArgs(type, a));
  e.pending = argsPending ? EXC_PENDING_ARGS : EXC_PENDING_INSTANCE;
  // Not in a generation either until then: a collection before it sees
  // no such object, and the normalized one starts in generation 0.
  if (argsPending && a instanceof PyGCObject) PyObject_GC_UnTrack(a);
  PyObject_GC_UnTrack(e);
  return e;
}

/**
 * MemoryError's freelist (Objects/exceptions.c, MEMERRORS_SAVE): start-up
 * preallocates 16 instances, MemoryError_new takes one back to life
 * without an allocation while any is left, and MemoryError_dealloc puts
 * an instance back while fewer than 16 are kept, with no free either. So
 * a MemoryError raised, caught and dropped leaves the collector's count
 * as it was. Exact MemoryError only: a subclass's instances are plain.
 */
const MEMERRORS_SAVE = 16;
let memerrorsNumfree = MEMERRORS_SAVE;
onGCReset(() => {
  memerrorsNumfree = MEMERRORS_SAVE;
});

/** Instances revived from the freelist not yet normalized (a pending
 *  exception: _PyErr_NormalizeException then tracks them, uncounted). */
const revived = new WeakSet<PyObject>();

/** A new instance of `type` (`make` builds it): from MemoryError's
 *  freelist when it can, its allocation then not counted. */
export function _PyExc_New(type: PyTypeObject, make: () => PyBaseExceptionObject): PyBaseExceptionObject {
  if (type !== PyExc_MemoryError || memerrorsNumfree === 0) return make();
  memerrorsNumfree--;
  const e = _PyObject_GC_NewUncounted(make);
  revived.add(e);
  return e;
}

/** MemoryError_dealloc's choice for `op` (before PyObject_GC_Del): back
 *  onto the freelist, uncounted, or freed as any object (counted). */
export function _PyExc_MemoryErrorToFreelist(op: PyGCObject): void {
  if (op.ob_type !== PyExc_MemoryError) return;
  if (memerrorsNumfree < MEMERRORS_SAVE) {
    memerrorsNumfree++;
    op.gc_flags |= GC_UNCOUNTED;
  } else {
    op.gc_flags &= ~GC_UNCOUNTED;
  }
}

/** _PyErr_NormalizeException for an exception native code raised (see
 *  pendingException): its args tuple's allocation and then its own are
 *  counted now, each of which may start a collection. */
export function _PyErr_NormalizeException(exc: PyObject): void {
  if (!(exc instanceof PyBaseExceptionObject) || exc.pending === 0) return;
  const pending = exc.pending;
  exc.pending = 0;
  if (pending === EXC_PENDING_ARGS) {
    const args = exc.args;
    if (args instanceof PyGCObject && (args.gc_flags & GC_UNCOUNTED) !== 0) {
      args.gc_flags &= ~GC_UNCOUNTED;
      _PyObject_GC_Link(args, args.ob_type, args.ob_size_bytes);
      PyObject_GC_Track(args);
    }
  }
  if (revived.has(exc)) {
    // Revived from MemoryError's freelist: tracked, not counted.
    revived.delete(exc);
    PyObject_GC_Track(exc);
  } else if ((exc.gc_flags & GC_UNCOUNTED) !== 0) {
    exc.gc_flags &= ~GC_UNCOUNTED;
    _PyObject_GC_Link(exc, exc.ob_type, exc.ob_size_bytes);
    PyObject_GC_Track(exc);
  }
}

function oneTuple(item: PyObject): PyObject {
  const args = PyTuple_New(1);
  PyTuple_SET_ITEM(args, 0, item);
  return args;
}

/** A new exception instance `type(msg)`: the object to `throw`. */
export function PyErr_Format(type: PyTypeObject, msg: string): PyBaseExceptionObject {
  return pendingException(type, () => oneTuple(PyUnicode_FromString(msg)), true);
}

/** Same as PyErr_Format (CPython's PyErr_SetString). */
export function PyErr_SetString(type: PyTypeObject, msg: string): PyBaseExceptionObject {
  return PyErr_Format(type, msg);
}

/** _PyErr_FormatFromCause: a new `type(msg)` raised from `cause` (stolen):
 *  its __cause__ and __context__ are `cause`, the context suppressed. */
export function _PyErr_FormatFromCause(type: PyTypeObject, msg: string, cause: PyObject): PyBaseExceptionObject {
  // Both are normalized at once (_PyErr_FormatVFromCause).
  _PyErr_NormalizeException(cause);
  const e = PyErr_Format(type, msg);
  _PyErr_NormalizeException(e);
  e.cause = cause;
  Py_INCREF(cause);
  e.context = cause;
  e.suppress_context = true;
  return e;
}

/** A new exception instance `type(value)` (value borrowed), e.g. KeyError(key). */
export function PyErr_SetObject(type: PyTypeObject, value: PyObject): PyBaseExceptionObject {
  // _PyErr_SetKeyError raises KeyError with the tuple `(key,)` made at once.
  const keyError = PyType_IsSubtype(type, PyExc_KeyError);
  return pendingException(type, () => oneTuple(Py_NewRef(value)), !keyError);
}

/** A new exception instance `type()` with no arguments. */
export function PyErr_NoArgs(type: PyTypeObject): PyBaseExceptionObject {
  return pendingException(type, () => PyTuple_New(0), false);
}

export function PyErr_NoMemory(): PyBaseExceptionObject {
  return PyErr_NoArgs(PyExc_MemoryError);
}

/** Is `op` an exception instance (of BaseException or a subclass)? */
export function PyExceptionInstance_Check(op: unknown): op is PyBaseExceptionObject {
  return op instanceof PyBaseExceptionObject && PyType_IsSubtype(op.ob_type, PyExc_BaseException);
}

/** Does exception instance (or class) `exc` match `type` (a class or a
 *  tuple of classes, nested tuples allowed, as in an `except` clause)? */
export function PyErr_GivenExceptionMatches(exc: PyObject, type: PyObject): boolean {
  if (type instanceof PyTupleObject) {
    const items = type.ob_item;
    for (let i = 0; i < items.length; i++) {
      if (PyErr_GivenExceptionMatches(exc, items[i])) return true;
    }
    return false;
  }
  if (!(type instanceof PyTypeObject)) return exc === type;
  const et = exc instanceof PyTypeObject ? exc : exc.ob_type;
  return PyType_IsSubtype(et, type);
}

/** Is `exc` (a thrown value) a Python exception of `type` (or a subclass)? */
export function PyErr_ExceptionMatches(exc: unknown, type: PyTypeObject): boolean {
  return exc instanceof PyBaseExceptionObject && PyType_IsSubtype(exc.ob_type, type);
}

// ------------------------------------------------------- exception state

/** The exception being handled, walking generator states (borrowed;
 *  null when none): _PyErr_GetTopmostException. */
export function _PyErr_GetTopmostException(): PyObject | null {
  let info: ExcInfo | null = tstate.exc_info;
  while (info !== null) {
    const v = info.exc_value;
    if (v !== null && v !== Py_None) return v;
    info = info.previous_item;
  }
  return null;
}

/** Implicit chaining (_PyErr_SetObject): a new exception raised while
 *  another is handled gets it as `__context__`, avoiding cycles. */
export function _PyErr_ChainContext(value: PyObject): void {
  const excValue = _PyErr_GetTopmostException();
  if (excValue === null || excValue === value) return;
  if (!(value instanceof PyBaseExceptionObject)) return;
  let o: PyObject = excValue;
  for (;;) {
    const ctx: PyObject | null = (o as PyBaseExceptionObject).context;
    if (ctx === null) break;
    if (ctx === value) {
      (o as PyBaseExceptionObject).context = null;
      Py_DECREF(ctx);
      break;
    }
    o = ctx;
  }
  Py_INCREF(excValue);
  const old = value.context;
  value.context = excValue;
  Py_XDECREF(old);
}

/**
 * os._exit(status): the run ends at once with `status`, running no more
 * Python code (no handlers, finally blocks, atexit or finalizers), as the
 * process would end in CPython. It unwinds the host's stack as this
 * marker, which is no Python exception: toPyException rethrows it, so no
 * handler turns it into one, and the session ends the run with it.
 */
export class PyProcessExit {
  readonly status: number;
  constructor(status: number) {
    this.status = status;
  }
}

/**
 * A started thread left running: a signal handler raised while the
 * thread ran (modules/signal.ts), and the exception belongs to the main
 * thread, which waits in `start()` (refpy runs a thread to its end
 * there: modules/thread.ts). The thread's Python code sees nothing, as a
 * CPython thread sees no signal: this marker is no Python exception, so
 * no handler or `finally` of the thread runs, and its frames keep what
 * they hold, as a thread still running does. start_new_thread takes it
 * and raises `exc` in the main thread.
 */
export class PyThreadLeft {
  readonly exc: unknown;
  constructor(exc: unknown) {
    this.exc = exc;
  }
}

/** Turn whatever was thrown into a Python exception (a new reference):
 *  JS stack overflow → RecursionError, anything else → SystemError. */
export function toPyException(e: unknown): PyBaseExceptionObject {
  if (e instanceof PyProcessExit || e instanceof PyThreadLeft) throw e;
  if (e instanceof PyBaseExceptionObject) return e;
  if (e instanceof PyObject && PyExceptionInstance_Check(e)) return e as PyBaseExceptionObject;
  // No regular expressions here: with the JavaScript stack nearly gone,
  // compiling one fails with a SyntaxError that would hide the overflow
  // (plain string tests fail, if at all, with a RangeError the next
  // handler up recognises).
  if (e instanceof RangeError && e.message.includes("call stack")) {
    return PyErr_Format(PyExc_RecursionError, "maximum recursion depth exceeded");
  }
  const msg = e instanceof Error ? e.message : String(e);
  // A host stream that failed under the program (`refpy prog | head`
  // closes stdout early): the OSError CPython raises from the write.
  if (e instanceof Error && (e as { code?: unknown }).code === "EPIPE") {
    const args = _PyTuple_FromArraySteal([PyLong_FromNumber(32), PyUnicode_FromString("Broken pipe")]);
    return PyErr_NewWithArgs(PyExc_BrokenPipeError, args) as PyBaseExceptionObject;
  }
  if (
    msg.includes("allocation failed") ||
    msg.includes("out of memory") ||
    msg.includes("Invalid array length") ||
    msg.includes("Invalid string length")
  ) {
    return PyErr_NoMemory();
  }
  return PyErr_Format(PyExc_SystemError, `refpy internal error: ${msg}`);
}
