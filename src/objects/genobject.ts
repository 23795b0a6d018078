/**
 * Generators, coroutines and async generators (CPython 3.11's
 * Objects/genobject.c).
 *
 * The three share one object layout, PyGenObject (CPython's
 * _PyGenObject_HEAD: `gi_`, `cr_` and `ag_` name the same fields), and
 * differ by type: `generator` for a `def` with `yield`, `coroutine` for an
 * `async def` without, `async_generator` for an `async def` with `yield`
 * (the code's CO_GENERATOR / CO_COROUTINE / CO_ASYNC_GENERATOR flag picks
 * it at RETURN_GENERATOR). Each owns the interpreter frame of its function
 * (RETURN_GENERATOR hands the frame over on the first call), so its locals
 * live while it is suspended. Each resumption (`send`, `__next__`,
 * `throw`) pushes the sent value on the frame's stack, links the frame
 * under the caller's and runs a nested eval loop on it until it yields
 * (YIELD_VALUE returns from that loop), returns (StopIteration carrying the
 * value; StopAsyncIteration for an async generator) or raises.
 *
 * States (gi_frame_state): CREATED before the first resumption, SUSPENDED
 * at a yield, EXECUTING while running, COMPLETED after return/raise, and
 * CLEARED once the frame's references have been released.
 *
 * Awaiting: `await x` drives the iterator _PyCoro_GetAwaitableIter gives
 * (a coroutine itself, else `x.__await__()`) with SEND, like `yield from`;
 * a suspended coroutine's awaited object (`cr_await`) is the top of its
 * frame's stack while the next instruction is a RESUME of an await or
 * yield from (_PyGen_yf). `coro.__await__()` is a coroutine_wrapper that
 * forwards to the coroutine.
 *
 * Async generators: a `yield` in one goes out wrapped
 * (ASYNC_GEN_WRAP, _PyAsyncGenValueWrapperNew), so that what comes out of
 * a resumption is told apart: a wrapped value is the yield (its awaitable,
 * an asend or athrow object, finishes with StopIteration(value)); anything
 * else is an await inside the generator passing through to the event loop.
 * `__anext__()` / `asend(v)` make an `async_generator_asend` awaitable,
 * `athrow(...)` / `aclose()` an `async_generator_athrow`; each is used up
 * once it finishes. sys.set_asyncgen_hooks' firstiter is called on the
 * first of these; the finalizer, if set then, replaces closing when an
 * unfinished async generator is finalized.
 *
 * Finalization (PEP 442, 3.11 _PyGen_Finalize): a generator dying while
 * suspended is closed — GeneratorExit is thrown into its frame so
 * `finally` blocks run — before its memory is released; a coroutine that
 * never started is not run but reported with CPython's warning "coroutine
 * 'f' was never awaited" (warnings.ts).
 */
import { PyGCObject, type PyObject, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType, PyTypeObject, PyType_IsSubtype } from "./typeobject.js";
import { type PyCodeObject, PyCode_Addr2Line } from "./codeobject.js";
import { CO_COROUTINE, CO_ASYNC_GENERATOR, CO_ITERABLE_COROUTINE } from "../bytecode/code.js";
import {
  type InterpFrame,
  FRAME_OWNED_BY_GENERATOR,
  _PyFrame_Clear,
  _PyFrame_GetFrameObject,
  _PyFrame_Traverse,
} from "./frameobject.js";
import { Op } from "../bytecode/opcodes.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "./unicodeobject.js";
import { Py_None } from "./noneobject.js";
import { PyLong_FromNumber, Py_True, Py_False } from "./longobject.js";
import {
  PyErr_Format,
  PyErr_SetObject,
  PyErr_NewWithArgs,
  PyErr_NoArgs,
  PyExceptionInstance_Check,
  PyErr_GivenExceptionMatches,
  PyErr_ExceptionMatches,
  _PyErr_FormatFromCause,
} from "./errors.js";
import {
  PyBaseExceptionObject,
  PyExc_GeneratorExit,
  PyExc_RuntimeError,
  PyExc_StopAsyncIteration,
  PyExc_StopIteration,
  PyExc_TypeError,
  PyExc_ValueError,
  PyExc_BaseException,
} from "./exceptions.js";
import { METH_CLASS, METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, type PyGetSetDef } from "./methoddef.js";
import {
  PyTuple_Pack,
  PyTuple_Type,
  PyTuple_New,
  _PyTuple_FromArray,
  _PyTuple_FromArraySteal,
  type PyTupleObject,
} from "./tupleobject.js";
import { _PyObject_LookupAttr } from "./object.js";
import { ExcInfo, interp, tstate } from "./pystate.js";
import { PySys_AuditAttr } from "./sysaudit.js";
import { _PyEval_EvalFrame } from "./call.js";
import { _Py_ID } from "./identifiers.js";
import { PyObject_Call, PyObject_CallMethodOneArg } from "./call.js";
import { PyErr_WriteUnraisable } from "./errors-display.js";
import { PyObject_ClearWeakRefs } from "./weakrefobject.js";
import { PyObject_CallFinalizerFromDealloc } from "./instanceobject.js";
import { Py_GenericAlias } from "./genericaliasobject.js";
import { _PyErr_WarnUnawaitedCoroutine } from "./warnings.js";

export const GEN_FRAME_CREATED = -2;
export const GEN_FRAME_SUSPENDED = -1;
export const GEN_FRAME_EXECUTING = 0;
export const GEN_FRAME_COMPLETED = 1;
export const GEN_FRAME_CLEARED = 4;

/** PySendResult. */
export const PYGEN_RETURN = 0;
export const PYGEN_ERROR = -1;
export const PYGEN_NEXT = 1;

/** CPython 3.11: offsetof(PyGenObject, gi_iframe) + the frame header. */
const GEN_BASESIZE = 152;

const NON_INIT_CORO_MSG = "can't send non-None value to a just-started coroutine";
const ASYNC_GEN_IGNORED_EXIT_MSG = "async generator ignored GeneratorExit";

/** A generator, coroutine or async generator (one layout, three types). */
export class PyGenObject extends PyGCObject {
  gi_code: PyCodeObject;
  gi_name: PyObject;
  gi_qualname: PyObject;
  gi_exc_state: ExcInfo;
  /** Coroutines: cr_origin (None unless origin tracking is on); async
   *  generators: the finalizer hook taken at the first iteration. */
  gi_origin_or_finalizer: PyObject | null;
  /** Async generators: the hooks were looked at (first asend/athrow). */
  gi_hooks_inited: boolean;
  /** Async generators: aclose() ran, or it finished. */
  gi_closed: boolean;
  /** Async generators: an asend/athrow awaitable is running it (ag_running). */
  gi_running_async: boolean;
  gi_frame_state: number;
  gi_iframe: InterpFrame;

  constructor(type: PyTypeObject, frame: InterpFrame) {
    super(type, GEN_BASESIZE + 8 * frame.localsplus.length);
    const func = frame.f_func;
    this.gi_code = frame.f_code;
    this.gi_name = func.func_name;
    this.gi_qualname = func.func_qualname;
    this.gi_exc_state = new ExcInfo();
    this.gi_origin_or_finalizer = null;
    this.gi_hooks_inited = false;
    this.gi_closed = false;
    this.gi_running_async = false;
    this.gi_frame_state = GEN_FRAME_CREATED;
    this.gi_iframe = frame;
  }
}

/** Where PyIter_Send / gen_send_ex2 leave their result (a new reference),
 *  so the hot path allocates nothing to return two values. */
export const genSendResult = { value: null as PyObject | null };

/** RETURN_GENERATOR (_Py_MakeCoro): a generator, coroutine or async
 *  generator, by the code's flags, taking over `frame` (which must be
 *  synced: lasti at RETURN_GENERATOR, empty value stack). */
export function _Py_MakeGen(frame: InterpFrame): PyGenObject {
  const flags = frame.f_code.co_flags;
  const type =
    (flags & CO_COROUTINE) !== 0 ? PyCoro_Type : (flags & CO_ASYNC_GENERATOR) !== 0 ? PyAsyncGen_Type : PyGen_Type;
  const gen = new PyGenObject(type, frame);
  Py_INCREF(gen.gi_code);
  Py_INCREF(gen.gi_name);
  Py_INCREF(gen.gi_qualname);
  frame.owner = FRAME_OWNED_BY_GENERATOR;
  frame.gen = gen;
  frame.is_entry = true;
  if (type === PyCoro_Type && tstate.coroutine_origin_tracking_depth > 0) {
    gen.gi_origin_or_finalizer = compute_cr_origin(tstate.coroutine_origin_tracking_depth, frame.previous);
  }
  PyObject_GC_Track(gen);
  return gen;
}

/** cr_origin: (filename, lineno, name) of up to `depth` frames, from
 *  `frame` (the coroutine's caller) outwards. */
function compute_cr_origin(depth: number, frame: InterpFrame | null): PyObject {
  const items: PyObject[] = [];
  for (let f = frame; f !== null && items.length < depth; f = f.previous) {
    const co = f.f_code;
    items.push(
      _PyTuple_FromArraySteal([
        PyUnicode_FromString(co.filename),
        PyLong_FromNumber(PyCode_Addr2Line(co, f.lasti < 0 ? 0 : f.lasti)),
        PyUnicode_FromString(co.name),
      ]),
    );
  }
  return _PyTuple_FromArraySteal(items);
}

function clearExcState(info: ExcInfo): void {
  const v = info.exc_value;
  info.exc_value = null;
  Py_XDECREF(v);
}

/** The three types whose objects gen_send_ex2 runs directly (those with
 *  CPython's am_send). */
function isGenLike(o: PyObject): o is PyGenObject {
  const t = o.ob_type;
  return t === PyGen_Type || t === PyCoro_Type || t === PyAsyncGen_Type;
}

/**
 * gen_send_ex2: resume with `arg` (borrowed; null = None from __next__),
 * or raise `exc` (stolen) at the suspension point. Returns PYGEN_NEXT
 * (yielded) or PYGEN_RETURN with the value in genSendResult.value;
 * throws the exception the generator lets out (PYGEN_ERROR). For a
 * finished generator, __next__ gives PYGEN_ERROR without an exception:
 * that is returned as PYGEN_ERROR with genSendResult.value = null. A
 * finished coroutine raises "cannot reuse already awaited coroutine"
 * unless `closing` (close() is always silent).
 */
export function gen_send_ex2(gen: PyGenObject, arg: PyObject | null, exc: PyObject | null, closing: boolean): number {
  const frame = gen.gi_iframe;
  const type = gen.ob_type;
  if (gen.gi_frame_state === GEN_FRAME_CREATED && arg !== null && arg !== Py_None) {
    if (exc !== null) Py_DECREF(exc);
    throw PyErr_Format(
      PyExc_TypeError,
      type === PyCoro_Type
        ? NON_INIT_CORO_MSG
        : type === PyAsyncGen_Type
          ? "can't send non-None value to a just-started async generator"
          : "can't send non-None value to a just-started generator",
    );
  }
  if (gen.gi_frame_state === GEN_FRAME_EXECUTING) {
    if (exc !== null) Py_DECREF(exc);
    throw PyErr_Format(
      PyExc_ValueError,
      type === PyCoro_Type
        ? "coroutine already executing"
        : type === PyAsyncGen_Type
          ? "async generator already executing"
          : "generator already executing",
    );
  }
  if (gen.gi_frame_state >= GEN_FRAME_COMPLETED) {
    if (type === PyCoro_Type && !closing) {
      if (exc !== null) Py_DECREF(exc);
      throw PyErr_Format(PyExc_RuntimeError, "cannot reuse already awaited coroutine");
    }
    if (exc !== null) throw exc;
    if (arg !== null) {
      genSendResult.value = Py_NewRef(Py_None);
      return PYGEN_RETURN;
    }
    genSendResult.value = null;
    return PYGEN_ERROR;
  }
  const v = arg ?? Py_None;
  Py_INCREF(v);
  frame.localsplus[frame.stacktop++] = v;

  gen.gi_exc_state.previous_item = tstate.exc_info;
  tstate.exc_info = gen.gi_exc_state;
  frame.previous = tstate.frame;
  frame.is_entry = true;
  gen.gi_frame_state = GEN_FRAME_EXECUTING;
  let result: PyObject | null = null;
  let error: PyObject | null = null;
  try {
    result = _PyEval_EvalFrame(frame, exc);
  } catch (e) {
    error = e as PyObject;
  }
  if (gen.gi_frame_state === GEN_FRAME_EXECUTING) gen.gi_frame_state = GEN_FRAME_COMPLETED;
  tstate.exc_info = gen.gi_exc_state.previous_item!;
  gen.gi_exc_state.previous_item = null;
  frame.previous = null;

  if (error === null) {
    if (gen.gi_frame_state === GEN_FRAME_SUSPENDED) {
      genSendResult.value = result;
      return PYGEN_NEXT;
    }
  } else if (PyErr_ExceptionMatches(error, PyExc_StopIteration)) {
    // PEP 479: a StopIteration escaping a generator becomes RuntimeError.
    error = _PyErr_FormatFromCause(
      PyExc_RuntimeError,
      type === PyCoro_Type
        ? "coroutine raised StopIteration"
        : type === PyAsyncGen_Type
          ? "async generator raised StopIteration"
          : "generator raised StopIteration",
      error,
    );
  } else if (type === PyAsyncGen_Type && PyErr_ExceptionMatches(error, PyExc_StopAsyncIteration)) {
    error = _PyErr_FormatFromCause(PyExc_RuntimeError, "async generator raised StopAsyncIteration", error);
  }
  // The generator can't be rerun: release the frame.
  clearExcState(gen.gi_exc_state);
  gen.gi_frame_state = GEN_FRAME_CLEARED;
  _PyFrame_Clear(frame);
  if (error !== null) throw error;
  genSendResult.value = result;
  return PYGEN_RETURN;
}

/** StopIteration(value) for a generator's return value (new reference):
 *  _PyGen_SetStopIterationValue. */
export function stopIterationWith(value: PyObject): PyObject {
  if (value.ob_type === PyTuple_Type || PyExceptionInstance_Check(value)) {
    const args = PyTuple_Pack(value);
    return PyErr_NewWithArgs(PyExc_StopIteration, args);
  }
  return PyErr_SetObject(PyExc_StopIteration, value);
}

/** gen_send_ex: PYGEN_RETURN becomes StopIteration (StopAsyncIteration
 *  for an async generator). */
function gen_send_ex(gen: PyGenObject, arg: PyObject | null, exc: PyObject | null, closing: boolean): PyObject {
  const status = gen_send_ex2(gen, arg, exc, closing);
  const result = genSendResult.value;
  genSendResult.value = null;
  if (status === PYGEN_RETURN) {
    if (gen.ob_type === PyAsyncGen_Type) {
      Py_DECREF(result!);
      throw PyErr_NewWithArgs(PyExc_StopAsyncIteration, PyTuple_New(0));
    }
    if (result === Py_None) {
      Py_DECREF(result);
      throw PyErr_NewWithArgs(PyExc_StopIteration, PyTuple_New(0));
    }
    try {
      throw stopIterationWith(result!);
    } finally {
      Py_DECREF(result!);
    }
  }
  if (result === null) throw PyErr_NewWithArgs(PyExc_StopIteration, PyTuple_New(0));
  return result;
}

/** gen_send */
function gen_send(gen: PyGenObject, arg: PyObject): PyObject {
  return gen_send_ex(gen, arg, null, false);
}

/** tp_iternext of generators (and of coroutine_wrapper): the next value,
 *  or null when the generator is done. */
function gen_iternext(gen: PyGenObject): PyObject | null {
  const status = gen_send_ex2(gen, null, null, false);
  const result = genSendResult.value;
  genSendResult.value = null;
  if (status === PYGEN_RETURN) {
    if (result !== Py_None) {
      try {
        throw stopIterationWith(result!);
      } finally {
        Py_DECREF(result!);
      }
    }
    Py_DECREF(result!);
    return null;
  }
  return result;
}

/**
 * PyIter_Send (SEND): resume a generator, coroutine or async generator,
 * or call `send`/`__next__` on another iterator. PYGEN_NEXT: a value was
 * produced; PYGEN_RETURN: the iterator finished with a value. Result in
 * genSendResult.value.
 */
export function PyIter_Send(iter: PyObject, arg: PyObject): number {
  if (isGenLike(iter)) return gen_send_ex2(iter, arg, null, false);
  let result: PyObject | null;
  try {
    if (arg === Py_None && iter.ob_type.tp_iternext !== null) {
      result = iter.ob_type.tp_iternext(iter);
    } else {
      result = PyObject_CallMethodOneArg(iter, _Py_ID("send"), arg);
    }
  } catch (e) {
    if (PyErr_ExceptionMatches(e, PyExc_StopIteration)) {
      genSendResult.value = stopIterationValue(e as PyBaseExceptionObject);
      Py_DECREF(e as PyObject);
      return PYGEN_RETURN;
    }
    throw e;
  }
  if (result !== null) {
    genSendResult.value = result;
    return PYGEN_NEXT;
  }
  genSendResult.value = Py_NewRef(Py_None);
  return PYGEN_RETURN;
}

/** StopIteration's `value` (new reference). */
export function stopIterationValue(exc: PyBaseExceptionObject): PyObject {
  const v = exc.extra?.get("value");
  if (v !== undefined) return Py_NewRef(v);
  const args = exc.args as unknown as { ob_item?: PyObject[] };
  if (args.ob_item !== undefined && args.ob_item.length > 0) return Py_NewRef(args.ob_item[0]);
  return Py_NewRef(Py_None);
}

/** _PyGen_yf: the iterator a `yield from` or `await` is delegating to
 *  (new ref), or null. */
function _PyGen_yf(gen: PyGenObject): PyObject | null {
  if (gen.gi_frame_state >= GEN_FRAME_CLEARED || gen.gi_frame_state === GEN_FRAME_CREATED) return null;
  const frame = gen.gi_iframe;
  const code = frame.f_code.co_code;
  const next = (frame.lasti + 1) * 2;
  if (next >= code.length || code[next] !== Op.RESUME || code[next + 1] < 2) return null;
  const yf = frame.localsplus[frame.stacktop - 1];
  if (yf === null || yf === undefined) return null;
  return Py_NewRef(yf);
}

/** gen_close_iter: close the iterator a `yield from` / `await` delegates to. */
function gen_close_iter(yf: PyObject): void {
  if (yf.ob_type === PyGen_Type || yf.ob_type === PyCoro_Type) {
    const r = gen_close(yf as PyGenObject);
    Py_DECREF(r);
    return;
  }
  const meth = _PyObject_LookupAttr(yf, _Py_ID("close"));
  if (meth === null) return;
  try {
    const r = PyObject_Call(meth, [], null);
    Py_DECREF(r);
  } finally {
    Py_DECREF(meth);
  }
}

/** close(): GeneratorExit at the suspension point; "generator ignored
 *  GeneratorExit" (coroutine, async generator) if it yields again. */
export function gen_close(gen: PyGenObject): PyObject {
  const yf = _PyGen_yf(gen);
  let closeErr: PyObject | null = null;
  if (yf !== null) {
    const state = gen.gi_frame_state;
    gen.gi_frame_state = GEN_FRAME_EXECUTING;
    try {
      gen_close_iter(yf);
    } catch (e) {
      closeErr = e as PyObject;
    } finally {
      gen.gi_frame_state = state;
      Py_DECREF(yf);
    }
  }
  // PyErr_SetNone: the instance is made only if something normalizes it
  // (a handler in the generator); one that leaves the frame at once is
  // never made.
  const exc = closeErr ?? PyErr_NoArgs(PyExc_GeneratorExit);
  let retval: PyObject;
  try {
    const status = gen_send_ex2(gen, Py_None, exc, true);
    retval = genSendResult.value!;
    genSendResult.value = null;
    if (status === PYGEN_RETURN) {
      // Returned instead of yielding: that is a clean close.
      Py_DECREF(retval);
      return Py_NewRef(Py_None);
    }
  } catch (e) {
    if (PyErr_ExceptionMatches(e, PyExc_StopIteration) || PyErr_ExceptionMatches(e, PyExc_GeneratorExit)) {
      Py_DECREF(e as PyObject);
      return Py_NewRef(Py_None);
    }
    throw e;
  }
  Py_DECREF(retval);
  const type = gen.ob_type;
  throw PyErr_Format(
    PyExc_RuntimeError,
    type === PyCoro_Type
      ? "coroutine ignored GeneratorExit"
      : type === PyAsyncGen_Type
        ? ASYNC_GEN_IGNORED_EXIT_MSG
        : "generator ignored GeneratorExit",
  );
}

/** _gen_throw: raise typ/val/tb inside the generator (delegating to a
 *  `yield from` / `await` target first). `closeOnGenexit` false (async
 *  generators' athrow) throws GeneratorExit into the target instead of
 *  closing it. */
function _gen_throw(
  gen: PyGenObject,
  closeOnGenexit: boolean,
  typ: PyObject,
  val: PyObject | null,
  tb: PyObject | null,
): PyObject {
  const yf = _PyGen_yf(gen);
  if (yf !== null) {
    let ret: PyObject | null = null;
    let err: unknown = null;
    if (PyErr_GivenExceptionMatches(typ, PyExc_GeneratorExit) && closeOnGenexit) {
      const state = gen.gi_frame_state;
      gen.gi_frame_state = GEN_FRAME_EXECUTING;
      let closeErr: PyObject | null = null;
      try {
        gen_close_iter(yf);
      } catch (e) {
        closeErr = e as PyObject;
      } finally {
        gen.gi_frame_state = state;
        Py_DECREF(yf);
      }
      if (closeErr !== null) return gen_send_ex(gen, Py_None, closeErr, false);
      return throwHere(gen, typ, val, tb);
    }
    const state = gen.gi_frame_state;
    try {
      if (yf.ob_type === PyGen_Type || yf.ob_type === PyCoro_Type) {
        const frame = gen.gi_iframe;
        const prev = tstate.frame;
        frame.previous = prev;
        tstate.frame = frame;
        gen.gi_frame_state = GEN_FRAME_EXECUTING;
        try {
          ret = _gen_throw(yf as PyGenObject, closeOnGenexit, typ, val, tb);
        } finally {
          gen.gi_frame_state = state;
          tstate.frame = prev;
          frame.previous = null;
        }
      } else {
        const meth = _PyObject_LookupAttr(yf, _Py_ID("throw"));
        if (meth === null) {
          Py_DECREF(yf);
          return throwHere(gen, typ, val, tb);
        }
        gen.gi_frame_state = GEN_FRAME_EXECUTING;
        try {
          ret = PyObject_Call(meth, [typ, val ?? Py_None, tb ?? Py_None], null);
        } finally {
          gen.gi_frame_state = state;
          Py_DECREF(meth);
        }
      }
    } catch (e) {
      err = e;
    }
    Py_DECREF(yf);
    if (err === null) return ret!;
    // The delegate finished or failed: pop it and resume after the SEND.
    const frame = gen.gi_iframe;
    const popped = frame.localsplus[--frame.stacktop]!;
    frame.localsplus[frame.stacktop] = null;
    Py_DECREF(popped);
    const code = frame.f_code.co_code;
    const sendAt = frame.lasti - 1;
    const jump = code[sendAt * 2 + 1];
    frame.lasti = sendAt + 1 + jump - 1;
    if (PyErr_ExceptionMatches(err, PyExc_StopIteration)) {
      const v = stopIterationValue(err as PyBaseExceptionObject);
      Py_DECREF(err as PyObject);
      try {
        return gen_send_ex(gen, v, null, false);
      } finally {
        Py_DECREF(v);
      }
    }
    return gen_send_ex(gen, Py_None, err as PyObject, false);
  }
  return throwHere(gen, typ, val, tb);
}

function isExcClass(o: PyObject): boolean {
  return o instanceof PyTypeObject && PyType_IsSubtype(o, PyExc_BaseException);
}

function throwHere(gen: PyGenObject, typ: PyObject, val: PyObject | null, tb: PyObject | null): PyObject {
  if (tb === Py_None) tb = null;
  else if (tb !== null && tb.ob_type.tp_name !== "traceback") {
    throw PyErr_Format(PyExc_TypeError, "throw() third argument must be a traceback object");
  }
  let value: PyObject;
  if (isExcClass(typ)) {
    if (
      val !== null &&
      val !== Py_None &&
      PyExceptionInstance_Check(val) &&
      PyType_IsSubtype(val.ob_type, typ as PyTypeObject)
    ) {
      value = Py_NewRef(val);
    } else if (val === null || val === Py_None) {
      value = PyObject_Call(typ, [], null);
    } else if (val.ob_type === PyTuple_Type) {
      const items = (val as unknown as { ob_item: PyObject[] }).ob_item;
      value = PyObject_Call(typ, items.slice(), null);
    } else {
      value = PyObject_Call(typ, [val], null);
    }
  } else if (PyExceptionInstance_Check(typ)) {
    if (val !== null && val !== Py_None) {
      throw PyErr_Format(PyExc_TypeError, "instance exception may not have a separate value");
    }
    value = Py_NewRef(typ);
  } else {
    throw PyErr_Format(
      PyExc_TypeError,
      `exceptions must be classes or instances deriving from BaseException, not ${typ.ob_type.tp_name}`,
    );
  }
  if (tb !== null && value instanceof PyBaseExceptionObject) {
    Py_INCREF(tb);
    const old = value.traceback;
    value.traceback = tb;
    Py_XDECREF(old);
  }
  return gen_send_ex(gen, Py_None, value, false);
}

/** gen_throw: `throw(typ[, val[, tb]])`. */
function gen_throw(gen: PyGenObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (kwnames !== null) throw PyErr_Format(PyExc_TypeError, "throw() takes no keyword arguments");
  if (args.length < 1) throw PyErr_Format(PyExc_TypeError, `throw expected at least 1 argument, got ${args.length}`);
  if (args.length > 3) throw PyErr_Format(PyExc_TypeError, `throw expected at most 3 arguments, got ${args.length}`);
  return _gen_throw(gen, true, args[0], args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null);
}

function gen_dealloc(self: PyObject): void {
  const gen = self as PyGenObject;
  PyObject_GC_UnTrack(gen);
  if (gen.weakreflist !== null) PyObject_ClearWeakRefs(gen);
  PyObject_GC_Track(gen);
  // Close a suspended generator (tp_finalize), unless that resurrects it.
  if (!PyObject_CallFinalizerFromDealloc(gen)) return;
  PyObject_GC_UnTrack(gen);
  if (gen.ob_type === PyAsyncGen_Type) {
    const fin = gen.gi_origin_or_finalizer;
    gen.gi_origin_or_finalizer = null;
    Py_XDECREF(fin);
  }
  if (gen.gi_frame_state < GEN_FRAME_CLEARED) {
    const frame = gen.gi_iframe;
    gen.gi_frame_state = GEN_FRAME_CLEARED;
    frame.previous = null;
    _PyFrame_Clear(frame);
  }
  if ((gen.gi_code.co_flags & CO_COROUTINE) !== 0) {
    const origin = gen.gi_origin_or_finalizer;
    gen.gi_origin_or_finalizer = null;
    Py_XDECREF(origin);
  }
  Py_DECREF(gen.gi_code);
  Py_DECREF(gen.gi_name);
  Py_DECREF(gen.gi_qualname);
  clearExcState(gen.gi_exc_state);
  PyObject_GC_Del(gen);
}

/** tp_finalize (_PyGen_Finalize): an unfinished async generator goes to
 *  its finalizer hook if it has one; a coroutine that never started is
 *  reported ("coroutine '…' was never awaited"); anything else not
 *  finished is closed. An error goes to the unraisable hook. */
function gen_finalize(self: PyObject): void {
  const gen = self as PyGenObject;
  if (gen.gi_frame_state >= GEN_FRAME_COMPLETED) return;
  if (gen.ob_type === PyAsyncGen_Type) {
    const finalizer = gen.gi_origin_or_finalizer;
    if (finalizer !== null && !gen.gi_closed) {
      try {
        Py_DECREF(PyObject_Call(finalizer, [self], null));
      } catch (e) {
        PyErr_WriteUnraisable(e as PyObject, self);
      }
      return;
    }
  }
  if ((gen.gi_code.co_flags & CO_COROUTINE) !== 0 && gen.gi_frame_state === GEN_FRAME_CREATED) {
    _PyErr_WarnUnawaitedCoroutine(gen, gen.gi_qualname, gen.gi_origin_or_finalizer);
    return;
  }
  try {
    const r = gen_close(gen);
    Py_DECREF(r);
  } catch (e) {
    PyErr_WriteUnraisable(e as PyObject, gen);
  }
}

function gen_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const gen = self as PyGenObject;
  visit(gen.gi_code);
  visit(gen.gi_name);
  visit(gen.gi_qualname);
  if (gen.gi_frame_state < GEN_FRAME_CLEARED) _PyFrame_Traverse(gen.gi_iframe, visit);
  // cr_origin holds only tuples, strs and ints: it cannot be in a cycle.
  if (gen.gi_exc_state.exc_value !== null) visit(gen.gi_exc_state.exc_value);
}

function async_gen_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const gen = self as PyGenObject;
  if (gen.gi_origin_or_finalizer !== null) visit(gen.gi_origin_or_finalizer);
  gen_traverse(self, visit);
}

function genRepr(kind: string): (self: PyObject) => PyObject {
  return (self) => {
    const gen = self as PyGenObject;
    return PyUnicode_FromString(
      `<${kind} object ${PyUnicode_AsString(gen.gi_qualname)} at 0x${gen.ob_addr.toString(16)}>`,
    );
  };
}

/** __name__ / __qualname__: gen_set_name, gen_set_qualname. */
function setName(which: "__name__" | "__qualname__"): (self: PyObject, value: PyObject | null) => void {
  return (self, value) => {
    const gen = self as PyGenObject;
    if (value === null || !PyUnicode_Check(value)) {
      throw PyErr_Format(PyExc_TypeError, `${which} must be set to a string object`);
    }
    Py_INCREF(value);
    if (which === "__name__") {
      const old = gen.gi_name;
      gen.gi_name = value;
      Py_DECREF(old);
    } else {
      const old = gen.gi_qualname;
      gen.gi_qualname = value;
      Py_DECREF(old);
    }
  };
}

/** Each kind's own rows: their docstrings name the kind. */
function nameGetset(): PyGetSetDef[] {
  return [
    { name: "__name__", get: (s: PyObject) => Py_NewRef((s as PyGenObject).gi_name), set: setName("__name__") },
    {
      name: "__qualname__",
      get: (s: PyObject) => Py_NewRef((s as PyGenObject).gi_qualname),
      set: setName("__qualname__"),
    },
  ];
}

/** _gen_getframe: the frame object, None once finished. */
function genGetFrame(name: string): (s: PyObject) => PyObject {
  return (s) => {
    if (interp.audit_hooks !== null) PySys_AuditAttr("object.__getattr__", s, name, null);
    return genFrame(s);
  };
}

/** A generator's code, as its gi_code/cr_code/ag_code read it (audited). */
function genGetCode(name: string): (s: PyObject) => PyObject {
  return (s) => {
    if (interp.audit_hooks !== null) PySys_AuditAttr("object.__getattr__", s, name, null);
    return (s as PyGenObject).gi_code;
  };
}

function genFrame(s: PyObject): PyObject {
  const gen = s as PyGenObject;
  if (gen.gi_frame_state >= GEN_FRAME_COMPLETED) return Py_NewRef(Py_None);
  return Py_NewRef(_PyFrame_GetFrameObject(gen.gi_iframe));
}

function stateIs(state: number): (s: PyObject) => PyObject {
  return (s) => Py_NewRef((s as PyGenObject).gi_frame_state === state ? Py_True : Py_False);
}

/** gi_yieldfrom / cr_await / ag_await. */
function genGetYieldFrom(s: PyObject): PyObject {
  return _PyGen_yf(s as PyGenObject) ?? Py_NewRef(Py_None);
}

// ------------------------------------------------------------ generator

export const PyGen_Type = newStaticType("generator", GEN_BASESIZE, TPFLAGS_HAVE_GC, gen_dealloc);
PyGen_Type.tp_itemsize = 8;
PyGen_Type.tp_traverse = gen_traverse;
PyGen_Type.tp_finalize = gen_finalize;
PyGen_Type.tp_weakrefable = true;
PyGen_Type.tp_iter = (self) => Py_NewRef(self);
PyGen_Type.tp_iternext = (self) => gen_iternext(self as PyGenObject);
PyGen_Type.tp_repr = genRepr("generator");

PyGen_Type.tp_methods = [
  { name: "send", flags: METH_O, meth: (self: PyObject, arg: PyObject) => gen_send(self as PyGenObject, arg) },
  {
    name: "throw",
    flags: METH_FASTCALL | METH_KEYWORDS,
    meth: (self: PyObject, args: PyObject[], kwnames: PyObject | null) => gen_throw(self as PyGenObject, args, kwnames),
  },
  { name: "close", flags: METH_NOARGS, meth: (self: PyObject) => gen_close(self as PyGenObject) },
];

PyGen_Type.tp_getset = [
  ...nameGetset(),
  { name: "gi_yieldfrom", get: genGetYieldFrom, set: null },
  { name: "gi_running", get: stateIs(GEN_FRAME_EXECUTING), set: null },
  { name: "gi_frame", get: genGetFrame("gi_frame"), set: null },
  { name: "gi_suspended", get: stateIs(GEN_FRAME_SUSPENDED), set: null },
  { name: "gi_code", get: (s) => Py_NewRef(genGetCode("gi_code")(s)), set: null },
];

// ------------------------------------------------------------ coroutine

/** gen_is_coroutine: a generator of a types.coroutine function. */
function gen_is_coroutine(o: PyObject): boolean {
  return o.ob_type === PyGen_Type && ((o as PyGenObject).gi_code.co_flags & CO_ITERABLE_COROUTINE) !== 0;
}

/**
 * _PyCoro_GetAwaitableIter: what `await o` iterates (new reference): `o`
 * itself for a coroutine, else `type(o).__await__(o)`, which must be an
 * iterator that is not a coroutine. TypeError otherwise.
 */
export function _PyCoro_GetAwaitableIter(o: PyObject): PyObject {
  if (o.ob_type === PyCoro_Type || gen_is_coroutine(o)) return Py_NewRef(o);
  const getter = o.ob_type.am_await;
  if (getter !== null) {
    const res = getter(o);
    if (res.ob_type === PyCoro_Type || gen_is_coroutine(res)) {
      Py_DECREF(res);
      throw PyErr_Format(PyExc_TypeError, "__await__() returned a coroutine");
    }
    if (res.ob_type.tp_iternext === null) {
      const name = res.ob_type.tp_name;
      Py_DECREF(res);
      throw PyErr_Format(PyExc_TypeError, `__await__() returned non-iterator of type '${name}'`);
    }
    return res;
  }
  throw PyErr_Format(PyExc_TypeError, `object ${o.ob_type.tp_name} can't be used in 'await' expression`);
}

/** GET_AWAITABLE's check: a coroutine already suspended in an await
 *  cannot be awaited again. */
export function _PyCoro_IsAwaiting(o: PyObject): boolean {
  if (o.ob_type !== PyCoro_Type) return false;
  const yf = _PyGen_yf(o as PyGenObject);
  if (yf === null) return false;
  Py_DECREF(yf);
  return true;
}

export const PyCoro_Type = newStaticType("coroutine", GEN_BASESIZE, TPFLAGS_HAVE_GC, gen_dealloc);
PyCoro_Type.tp_itemsize = 8;
PyCoro_Type.tp_traverse = gen_traverse;
PyCoro_Type.tp_finalize = gen_finalize;
PyCoro_Type.tp_weakrefable = true;
PyCoro_Type.tp_repr = genRepr("coroutine");
PyCoro_Type.am_await = (self) => coro_await(self as PyGenObject);

PyCoro_Type.tp_methods = [
  { name: "send", flags: METH_O, meth: (self: PyObject, arg: PyObject) => gen_send(self as PyGenObject, arg) },
  {
    name: "throw",
    flags: METH_FASTCALL | METH_KEYWORDS,
    meth: (self: PyObject, args: PyObject[], kwnames: PyObject | null) => gen_throw(self as PyGenObject, args, kwnames),
  },
  { name: "close", flags: METH_NOARGS, meth: (self: PyObject) => gen_close(self as PyGenObject) },
];

PyCoro_Type.tp_getset = [
  ...nameGetset(),
  { name: "cr_await", get: genGetYieldFrom, set: null },
  { name: "cr_running", get: stateIs(GEN_FRAME_EXECUTING), set: null },
  { name: "cr_frame", get: genGetFrame("cr_frame"), set: null },
  { name: "cr_suspended", get: stateIs(GEN_FRAME_SUSPENDED), set: null },
];

PyCoro_Type.tp_members = [
  { name: "cr_code", get: genGetCode("cr_code"), set: null, noneIfNull: true },
  { name: "cr_origin", get: (s) => (s as PyGenObject).gi_origin_or_finalizer, set: null, noneIfNull: true },
];

// ------------------------------------------------------------ coroutine_wrapper

/** `coro.__await__()`: an iterator over the coroutine (PyCoroWrapper). */
class PyCoroWrapper extends PyGCObject {
  cw_coroutine: PyGenObject;
  constructor(coro: PyGenObject) {
    super(PyCoroWrapper_Type, 16 + 8);
    this.cw_coroutine = coro;
  }
}

function coro_await(coro: PyGenObject): PyObject {
  Py_INCREF(coro);
  const cw = new PyCoroWrapper(coro);
  PyObject_GC_Track(cw);
  return cw;
}

const PyCoroWrapper_Type = newStaticType("coroutine_wrapper", 16 + 8, TPFLAGS_HAVE_GC, (self) => {
  const cw = self as PyCoroWrapper;
  PyObject_GC_UnTrack(cw);
  Py_DECREF(cw.cw_coroutine);
  PyObject_GC_Del(cw);
});
PyCoroWrapper_Type.tp_doc = "A wrapper object implementing __await__ for coroutines.";
PyCoroWrapper_Type.tp_traverse = (self, visit) => visit((self as PyCoroWrapper).cw_coroutine);
PyCoroWrapper_Type.tp_iter = (self) => Py_NewRef(self);
PyCoroWrapper_Type.tp_iternext = (self) => gen_iternext((self as PyCoroWrapper).cw_coroutine);
PyCoroWrapper_Type.tp_methods = [
  {
    name: "send",
    flags: METH_O,
    meth: (self: PyObject, arg: PyObject) => gen_send((self as PyCoroWrapper).cw_coroutine, arg),
  },
  {
    name: "throw",
    flags: METH_FASTCALL | METH_KEYWORDS,
    meth: (self: PyObject, args: PyObject[], kwnames: PyObject | null) =>
      gen_throw((self as PyCoroWrapper).cw_coroutine, args, kwnames),
  },
  { name: "close", flags: METH_NOARGS, meth: (self: PyObject) => gen_close((self as PyCoroWrapper).cw_coroutine) },
];

// ------------------------------------------------------------ async generator

/** async_gen_init_hooks: on the first asend/athrow, take the finalizer
 *  hook and call the firstiter hook (sys.set_asyncgen_hooks). */
function async_gen_init_hooks(o: PyGenObject): void {
  if (o.gi_hooks_inited) return;
  o.gi_hooks_inited = true;
  const finalizer = tstate.async_gen_finalizer;
  if (finalizer !== null) o.gi_origin_or_finalizer = Py_NewRef(finalizer);
  const firstiter = tstate.async_gen_firstiter;
  if (firstiter !== null) {
    Py_INCREF(firstiter);
    try {
      Py_DECREF(PyObject_Call(firstiter, [o], null));
    } finally {
      Py_DECREF(firstiter);
    }
  }
}

export const PyAsyncGen_Type = newStaticType("async_generator", GEN_BASESIZE, TPFLAGS_HAVE_GC, gen_dealloc);
PyAsyncGen_Type.tp_itemsize = 8;
PyAsyncGen_Type.tp_traverse = async_gen_traverse;
PyAsyncGen_Type.tp_finalize = gen_finalize;
PyAsyncGen_Type.tp_weakrefable = true;
PyAsyncGen_Type.tp_repr = genRepr("async_generator");
PyAsyncGen_Type.am_aiter = (self) => Py_NewRef(self);
PyAsyncGen_Type.am_anext = (self) => {
  async_gen_init_hooks(self as PyGenObject);
  return async_gen_asend_new(self as PyGenObject, null);
};

PyAsyncGen_Type.tp_methods = [
  {
    name: "asend",
    flags: METH_O,
    meth: (self: PyObject, arg: PyObject) => {
      async_gen_init_hooks(self as PyGenObject);
      return async_gen_asend_new(self as PyGenObject, arg);
    },
  },
  {
    name: "athrow",
    flags: METH_FASTCALL | METH_KEYWORDS,
    meth: (self: PyObject, args: PyObject[], kwnames: PyObject | null) => {
      if (kwnames !== null) throw PyErr_Format(PyExc_TypeError, "athrow() takes no keyword arguments");
      async_gen_init_hooks(self as PyGenObject);
      const t = _PyTuple_FromArray(args);
      try {
        return async_gen_athrow_new(self as PyGenObject, t);
      } finally {
        Py_DECREF(t);
      }
    },
  },
  {
    name: "aclose",
    flags: METH_NOARGS,
    meth: (self: PyObject) => {
      async_gen_init_hooks(self as PyGenObject);
      return async_gen_athrow_new(self as PyGenObject, null);
    },
  },
  { name: "__class_getitem__", flags: METH_O | METH_CLASS, meth: Py_GenericAlias },
];

PyAsyncGen_Type.tp_getset = [
  ...nameGetset(),
  { name: "ag_await", get: genGetYieldFrom, set: null },
  { name: "ag_frame", get: genGetFrame("ag_frame"), set: null },
];

PyAsyncGen_Type.tp_members = [
  {
    name: "ag_running",
    get: (s) => ((s as PyGenObject).gi_running_async ? Py_True : Py_False),
    set: null,
    noneIfNull: false,
  },
  { name: "ag_code", get: genGetCode("ag_code"), set: null, noneIfNull: true },
];

// ------------------------------------------------------------ wrapped value

/** A value an async generator yields, on its way out (ASYNC_GEN_WRAP). */
class PyAsyncGenWrappedValue extends PyGCObject {
  agw_val: PyObject;
  constructor(val: PyObject) {
    super(PyAsyncGenWrappedValue_Type, 16 + 8);
    this.agw_val = val;
  }
}

const PyAsyncGenWrappedValue_Type = newStaticType("async_generator_wrapped_value", 16 + 8, TPFLAGS_HAVE_GC, (self) => {
  const o = self as PyAsyncGenWrappedValue;
  PyObject_GC_UnTrack(o);
  Py_DECREF(o.agw_val);
  PyObject_GC_Del(o);
});
PyAsyncGenWrappedValue_Type.tp_traverse = (self, visit) => visit((self as PyAsyncGenWrappedValue).agw_val);

/** _PyAsyncGenValueWrapperNew: borrows `val` (takes its own reference). */
export function _PyAsyncGenValueWrapperNew(val: PyObject): PyObject {
  Py_INCREF(val);
  const o = new PyAsyncGenWrappedValue(val);
  PyObject_GC_Track(o);
  return o;
}

/**
 * async_gen_unwrap_value around one resumption (`resume` runs the
 * generator, as gen_send / gen_throw): a wrapped value is a yield, which
 * finishes the awaitable with StopIteration(value); anything else is an
 * await passing through. The generator stops running asynchronously when
 * it yields or fails; StopAsyncIteration or GeneratorExit closes it.
 */
function asyncGenUnwrap(gen: PyGenObject, resume: () => PyObject): PyObject {
  let result: PyObject;
  try {
    result = resume();
  } catch (e) {
    if (PyErr_ExceptionMatches(e, PyExc_StopAsyncIteration) || PyErr_ExceptionMatches(e, PyExc_GeneratorExit)) {
      gen.gi_closed = true;
    }
    gen.gi_running_async = false;
    throw e;
  }
  if (result.ob_type === PyAsyncGenWrappedValue_Type) {
    const exc = stopIterationWith((result as PyAsyncGenWrappedValue).agw_val);
    Py_DECREF(result);
    gen.gi_running_async = false;
    throw exc;
  }
  return result;
}

const AWAITABLE_STATE_INIT = 0;
const AWAITABLE_STATE_ITER = 1;
const AWAITABLE_STATE_CLOSED = 2;

// ------------------------------------------------------------ asend

/** `agen.__anext__()` / `agen.asend(v)`: the awaitable of one step. */
class PyAsyncGenASend extends PyGCObject {
  ags_gen: PyGenObject;
  /** null in the __anext__() mode (asend(None)). */
  ags_sendval: PyObject | null;
  ags_state: number;
  constructor(gen: PyGenObject, sendval: PyObject | null) {
    super(PyAsyncGenASend_Type, 40);
    this.ags_gen = gen;
    this.ags_sendval = sendval;
    this.ags_state = AWAITABLE_STATE_INIT;
  }
}

function async_gen_asend_new(gen: PyGenObject, sendval: PyObject | null): PyObject {
  Py_INCREF(gen);
  if (sendval !== null) Py_INCREF(sendval);
  const o = new PyAsyncGenASend(gen, sendval);
  PyObject_GC_Track(o);
  return o;
}

/** async_gen_asend_send (`arg` null from __next__). */
function async_gen_asend_send(o: PyAsyncGenASend, arg: PyObject | null): PyObject {
  if (o.ags_state === AWAITABLE_STATE_CLOSED) {
    throw PyErr_Format(PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  }
  const gen = o.ags_gen;
  if (o.ags_state === AWAITABLE_STATE_INIT) {
    if (gen.gi_running_async) {
      throw PyErr_Format(PyExc_RuntimeError, "anext(): asynchronous generator is already running");
    }
    if (arg === null || arg === Py_None) arg = o.ags_sendval;
    o.ags_state = AWAITABLE_STATE_ITER;
  }
  gen.gi_running_async = true;
  const v = arg ?? Py_None;
  try {
    return asyncGenUnwrap(gen, () => gen_send(gen, v));
  } catch (e) {
    o.ags_state = AWAITABLE_STATE_CLOSED;
    throw e;
  }
}

function async_gen_asend_throw(o: PyAsyncGenASend, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (o.ags_state === AWAITABLE_STATE_CLOSED) {
    throw PyErr_Format(PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  }
  const gen = o.ags_gen;
  try {
    return asyncGenUnwrap(gen, () => gen_throw(gen, args, kwnames));
  } catch (e) {
    o.ags_state = AWAITABLE_STATE_CLOSED;
    throw e;
  }
}

const PyAsyncGenASend_Type = newStaticType("async_generator_asend", 40, TPFLAGS_HAVE_GC, (self) => {
  const o = self as PyAsyncGenASend;
  PyObject_GC_UnTrack(o);
  const sendval = o.ags_sendval;
  o.ags_sendval = null;
  Py_DECREF(o.ags_gen);
  Py_XDECREF(sendval);
  PyObject_GC_Del(o);
});
PyAsyncGenASend_Type.tp_traverse = (self, visit) => {
  const o = self as PyAsyncGenASend;
  visit(o.ags_gen);
  if (o.ags_sendval !== null) visit(o.ags_sendval);
};
PyAsyncGenASend_Type.tp_iter = (self) => Py_NewRef(self);
PyAsyncGenASend_Type.tp_iternext = (self) => async_gen_asend_send(self as PyAsyncGenASend, null);
PyAsyncGenASend_Type.am_await = (self) => Py_NewRef(self);
PyAsyncGenASend_Type.tp_methods = [
  {
    name: "send",
    flags: METH_O,
    meth: (self: PyObject, arg: PyObject) => async_gen_asend_send(self as PyAsyncGenASend, arg),
  },
  {
    name: "throw",
    flags: METH_FASTCALL | METH_KEYWORDS,
    meth: (self: PyObject, args: PyObject[], kwnames: PyObject | null) =>
      async_gen_asend_throw(self as PyAsyncGenASend, args, kwnames),
  },
  {
    name: "close",
    flags: METH_NOARGS,
    meth: (self: PyObject) => {
      (self as PyAsyncGenASend).ags_state = AWAITABLE_STATE_CLOSED;
      return Py_NewRef(Py_None);
    },
  },
];

// ------------------------------------------------------------ athrow

/** `agen.athrow(...)` / `agen.aclose()`: the awaitable throwing into it. */
class PyAsyncGenAThrow extends PyGCObject {
  agt_gen: PyGenObject;
  /** The athrow() arguments; null in the aclose() mode (athrow(GeneratorExit)). */
  agt_args: PyObject | null;
  agt_state: number;
  constructor(gen: PyGenObject, args: PyObject | null) {
    super(PyAsyncGenAThrow_Type, 40);
    this.agt_gen = gen;
    this.agt_args = args;
    this.agt_state = AWAITABLE_STATE_INIT;
  }
}

function async_gen_athrow_new(gen: PyGenObject, args: PyObject | null): PyObject {
  Py_INCREF(gen);
  if (args !== null) Py_INCREF(args);
  const o = new PyAsyncGenAThrow(gen, args);
  PyObject_GC_Track(o);
  return o;
}

/** aclose() mode: the generator yielded a value instead of finishing. */
function athrowYieldClose(o: PyAsyncGenAThrow): PyObject {
  o.agt_gen.gi_running_async = false;
  o.agt_state = AWAITABLE_STATE_CLOSED;
  return PyErr_Format(PyExc_RuntimeError, ASYNC_GEN_IGNORED_EXIT_MSG);
}

/** check_error: the awaitable is done; in the aclose() mode the generator
 *  finishing (StopAsyncIteration, GeneratorExit) is a plain StopIteration. */
function athrowCheckError(o: PyAsyncGenAThrow, e: unknown): unknown {
  o.agt_gen.gi_running_async = false;
  o.agt_state = AWAITABLE_STATE_CLOSED;
  if (
    o.agt_args === null &&
    (PyErr_ExceptionMatches(e, PyExc_StopAsyncIteration) || PyErr_ExceptionMatches(e, PyExc_GeneratorExit))
  ) {
    Py_DECREF(e as PyObject);
    return PyErr_NewWithArgs(PyExc_StopIteration, PyTuple_New(0));
  }
  return e;
}

function async_gen_athrow_send(o: PyAsyncGenAThrow, arg: PyObject): PyObject {
  const gen = o.agt_gen;
  if (o.agt_state === AWAITABLE_STATE_CLOSED) {
    throw PyErr_Format(PyExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  }
  if (gen.gi_frame_state >= GEN_FRAME_COMPLETED) {
    o.agt_state = AWAITABLE_STATE_CLOSED;
    throw PyErr_NewWithArgs(PyExc_StopIteration, PyTuple_New(0));
  }
  if (o.agt_state === AWAITABLE_STATE_INIT) {
    if (gen.gi_running_async) {
      o.agt_state = AWAITABLE_STATE_CLOSED;
      throw PyErr_Format(
        PyExc_RuntimeError,
        o.agt_args === null
          ? "aclose(): asynchronous generator is already running"
          : "athrow(): asynchronous generator is already running",
      );
    }
    if (gen.gi_closed) {
      o.agt_state = AWAITABLE_STATE_CLOSED;
      throw PyErr_NewWithArgs(PyExc_StopAsyncIteration, PyTuple_New(0));
    }
    if (arg !== Py_None) throw PyErr_Format(PyExc_RuntimeError, NON_INIT_CORO_MSG);
    o.agt_state = AWAITABLE_STATE_ITER;
    gen.gi_running_async = true;
    if (o.agt_args === null) {
      // aclose() mode
      gen.gi_closed = true;
      let retval: PyObject;
      try {
        retval = _gen_throw(gen, false, PyExc_GeneratorExit, null, null);
      } catch (e) {
        throw athrowCheckError(o, e);
      }
      if (retval.ob_type === PyAsyncGenWrappedValue_Type) {
        Py_DECREF(retval);
        throw athrowYieldClose(o);
      }
      return retval;
    }
    const items = (o.agt_args as PyTupleObject).ob_item;
    if (items.length < 1) {
      throw PyErr_Format(PyExc_TypeError, `athrow expected at least 1 argument, got ${items.length}`);
    }
    if (items.length > 3) {
      throw PyErr_Format(PyExc_TypeError, `athrow expected at most 3 arguments, got ${items.length}`);
    }
    try {
      return asyncGenUnwrap(gen, () =>
        _gen_throw(gen, false, items[0], items.length > 1 ? items[1] : null, items.length > 2 ? items[2] : null),
      );
    } catch (e) {
      throw athrowCheckError(o, e);
    }
  }
  // AWAITABLE_STATE_ITER
  if (o.agt_args !== null) return asyncGenUnwrap(gen, () => gen_send(gen, arg));
  let retval: PyObject;
  try {
    retval = gen_send(gen, arg);
  } catch (e) {
    throw athrowCheckError(o, e);
  }
  if (retval.ob_type === PyAsyncGenWrappedValue_Type) {
    Py_DECREF(retval);
    throw athrowYieldClose(o);
  }
  return retval;
}

function async_gen_athrow_throw(o: PyAsyncGenAThrow, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (o.agt_state === AWAITABLE_STATE_CLOSED) {
    throw PyErr_Format(PyExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  }
  const gen = o.agt_gen;
  if (o.agt_args !== null) return asyncGenUnwrap(gen, () => gen_throw(gen, args, kwnames));
  // aclose() mode
  let retval: PyObject;
  try {
    retval = gen_throw(gen, args, kwnames);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, PyExc_StopAsyncIteration) || PyErr_ExceptionMatches(e, PyExc_GeneratorExit)) {
      Py_DECREF(e as PyObject);
      throw PyErr_NewWithArgs(PyExc_StopIteration, PyTuple_New(0));
    }
    throw e;
  }
  if (retval.ob_type === PyAsyncGenWrappedValue_Type) {
    Py_DECREF(retval);
    throw athrowYieldClose(o);
  }
  return retval;
}

const PyAsyncGenAThrow_Type = newStaticType("async_generator_athrow", 40, TPFLAGS_HAVE_GC, (self) => {
  const o = self as PyAsyncGenAThrow;
  PyObject_GC_UnTrack(o);
  const args = o.agt_args;
  o.agt_args = null;
  Py_DECREF(o.agt_gen);
  Py_XDECREF(args);
  PyObject_GC_Del(o);
});
PyAsyncGenAThrow_Type.tp_traverse = (self, visit) => {
  const o = self as PyAsyncGenAThrow;
  visit(o.agt_gen);
  if (o.agt_args !== null) visit(o.agt_args);
};
PyAsyncGenAThrow_Type.tp_iter = (self) => Py_NewRef(self);
PyAsyncGenAThrow_Type.tp_iternext = (self) => async_gen_athrow_send(self as PyAsyncGenAThrow, Py_None);
PyAsyncGenAThrow_Type.am_await = (self) => Py_NewRef(self);
PyAsyncGenAThrow_Type.tp_methods = [
  {
    name: "send",
    flags: METH_O,
    meth: (self: PyObject, arg: PyObject) => async_gen_athrow_send(self as PyAsyncGenAThrow, arg),
  },
  {
    name: "throw",
    flags: METH_FASTCALL | METH_KEYWORDS,
    meth: (self: PyObject, args: PyObject[], kwnames: PyObject | null) =>
      async_gen_athrow_throw(self as PyAsyncGenAThrow, args, kwnames),
  },
  {
    name: "close",
    flags: METH_NOARGS,
    meth: (self: PyObject) => {
      (self as PyAsyncGenAThrow).agt_state = AWAITABLE_STATE_CLOSED;
      return Py_NewRef(Py_None);
    },
  },
];
