/**
 * Generators (CPython 3.11's Objects/genobject.c).
 *
 * A generator owns the interpreter frame of its function (RETURN_GENERATOR
 * hands the frame over on the first call), so its locals live while it is
 * suspended. Each resumption (`send`, `__next__`, `throw`) pushes the sent
 * value on the frame's stack, links the frame under the caller's and runs a
 * nested eval loop on it until it yields (YIELD_VALUE returns from that
 * loop), returns (StopIteration carrying the value) or raises.
 *
 * States (gi_frame_state): CREATED before the first resumption, SUSPENDED
 * at a yield, EXECUTING while running, COMPLETED after return/raise, and
 * CLEARED once the frame's references have been released.
 *
 * Finalization (PEP 442, 3.11 _PyGen_Finalize): a generator dying while
 * suspended (or never started) is closed — GeneratorExit is thrown into
 * its frame so `finally` blocks run — before its memory is released.
 */
import { PyGCObject, type PyObject, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType, PyTypeObject, PyType_IsSubtype } from "./typeobject.js";
import type { PyCodeObject } from "./codeobject.js";
import {
  type InterpFrame,
  FRAME_OWNED_BY_GENERATOR,
  _PyFrame_Clear,
  _PyFrame_GetFrameObject,
  _PyFrame_Traverse,
} from "./frameobject.js";
import { Op } from "../bytecode/opcodes.js";
import { PyUnicode_AsString, PyUnicode_FromString } from "./unicodeobject.js";
import { Py_None } from "./noneobject.js";
import { Py_True, Py_False } from "./longobject.js";
import {
  PyErr_Format,
  PyErr_SetObject,
  PyErr_NewWithArgs,
  PyExceptionInstance_Check,
  PyErr_GivenExceptionMatches,
  PyErr_ExceptionMatches,
} from "./errors.js";
import {
  PyBaseExceptionObject,
  PyExc_GeneratorExit,
  PyExc_RuntimeError,
  PyExc_StopIteration,
  PyExc_TypeError,
  PyExc_ValueError,
  PyExc_BaseException,
} from "./exceptions.js";
import { METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS } from "./methoddef.js";
import { PyTuple_Pack, PyTuple_Type, PyTuple_New } from "./tupleobject.js";
import { _PyObject_LookupAttr } from "./object.js";
import { ExcInfo, tstate } from "./pystate.js";
import { _PyEval_EvalFrame } from "./call.js";
import { _Py_ID } from "./identifiers.js";
import { PyObject_Call, PyObject_CallMethodOneArg } from "./call.js";
import { PyErr_WriteUnraisable } from "./errors-display.js";
import { PyObject_ClearWeakRefs } from "./weakrefobject.js";
import { PyObject_CallFinalizerFromDealloc } from "./instanceobject.js";

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

export class PyGenObject extends PyGCObject {
  gi_code: PyCodeObject;
  gi_name: PyObject;
  gi_qualname: PyObject;
  gi_exc_state: ExcInfo;
  gi_frame_state: number;
  gi_iframe: InterpFrame;

  constructor(frame: InterpFrame) {
    super(PyGen_Type, GEN_BASESIZE + 8 * frame.localsplus.length);
    const func = frame.f_func;
    this.gi_code = frame.f_code;
    this.gi_name = func.func_name;
    this.gi_qualname = func.func_qualname;
    this.gi_exc_state = new ExcInfo();
    this.gi_frame_state = GEN_FRAME_CREATED;
    this.gi_iframe = frame;
  }
}

/** Where PyIter_Send / gen_send_ex2 leave their result (a new reference),
 *  so the hot path allocates nothing to return two values. */
export const genSendResult = { value: null as PyObject | null };

/** RETURN_GENERATOR: a generator taking over `frame` (which must be
 *  synced: lasti at RETURN_GENERATOR, empty value stack). */
export function _Py_MakeGen(frame: InterpFrame): PyGenObject {
  const gen = new PyGenObject(frame);
  Py_INCREF(gen.gi_code);
  Py_INCREF(gen.gi_name);
  Py_INCREF(gen.gi_qualname);
  frame.owner = FRAME_OWNED_BY_GENERATOR;
  frame.gen = gen;
  frame.is_entry = true;
  PyObject_GC_Track(gen);
  return gen;
}

function clearExcState(info: ExcInfo): void {
  const v = info.exc_value;
  info.exc_value = null;
  Py_XDECREF(v);
}

/**
 * gen_send_ex2: resume with `arg` (borrowed; null = None from __next__),
 * or raise `exc` (stolen) at the suspension point. Returns PYGEN_NEXT
 * (yielded) or PYGEN_RETURN with the value in genSendResult.value;
 * throws the exception the generator lets out (PYGEN_ERROR). For a
 * finished generator, __next__ gives PYGEN_ERROR without an exception:
 * that is returned as PYGEN_ERROR with genSendResult.value = null.
 */
export function gen_send_ex2(gen: PyGenObject, arg: PyObject | null, exc: PyObject | null, closing: boolean): number {
  void closing;
  const frame = gen.gi_iframe;
  if (gen.gi_frame_state === GEN_FRAME_CREATED && arg !== null && arg !== Py_None) {
    if (exc !== null) Py_DECREF(exc);
    throw PyErr_Format(PyExc_TypeError, "can't send non-None value to a just-started generator");
  }
  if (gen.gi_frame_state === GEN_FRAME_EXECUTING) {
    if (exc !== null) Py_DECREF(exc);
    throw PyErr_Format(PyExc_ValueError, "generator already executing");
  }
  if (gen.gi_frame_state >= GEN_FRAME_COMPLETED) {
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
    const re = PyErr_Format(PyExc_RuntimeError, "generator raised StopIteration") as PyBaseExceptionObject;
    re.cause = error;
    Py_INCREF(error);
    re.context = error;
    re.suppress_context = true;
    error = re;
  }
  // The generator can't be rerun: release the frame.
  clearExcState(gen.gi_exc_state);
  gen.gi_frame_state = GEN_FRAME_CLEARED;
  _PyFrame_Clear(frame);
  if (error !== null) throw error;
  genSendResult.value = result;
  return PYGEN_RETURN;
}

/** StopIteration(value) for a generator's return value (new reference). */
function stopIterationWith(value: PyObject): PyObject {
  if (value.ob_type === PyTuple_Type || PyExceptionInstance_Check(value)) {
    const args = PyTuple_Pack(value);
    return PyErr_NewWithArgs(PyExc_StopIteration, args);
  }
  return PyErr_SetObject(PyExc_StopIteration, value);
}

/** gen_send_ex: PYGEN_RETURN becomes StopIteration. */
function gen_send_ex(gen: PyGenObject, arg: PyObject | null, exc: PyObject | null, closing: boolean): PyObject {
  const status = gen_send_ex2(gen, arg, exc, closing);
  const result = genSendResult.value;
  genSendResult.value = null;
  if (status === PYGEN_RETURN) {
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

/** tp_iternext: the next value, or null when the generator is done. */
function gen_iternext(self: PyObject): PyObject | null {
  const gen = self as PyGenObject;
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
 * PyIter_Send (SEND): resume a generator or call `send`/`__next__` on
 * another iterator. PYGEN_NEXT: a value was produced; PYGEN_RETURN: the
 * iterator finished with a value. Result in genSendResult.value.
 */
export function PyIter_Send(iter: PyObject, arg: PyObject): number {
  if (iter.ob_type === PyGen_Type) return gen_send_ex2(iter as PyGenObject, arg, null, false);
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

/** _PyGen_yf: the iterator a `yield from` is delegating to (new ref), or null. */
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

function gen_close_iter(yf: PyObject): void {
  if (yf.ob_type === PyGen_Type) {
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
 *  GeneratorExit" if it yields again. */
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
  const exc = closeErr ?? PyErr_NewWithArgs(PyExc_GeneratorExit, PyTuple_New(0));
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
  throw PyErr_Format(PyExc_RuntimeError, "generator ignored GeneratorExit");
}

/** _gen_throw: raise typ/val/tb inside the generator (delegating to a
 *  `yield from` target first). */
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
      if (yf.ob_type === PyGen_Type) {
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

function gen_dealloc(self: PyObject): void {
  const gen = self as PyGenObject;
  PyObject_GC_UnTrack(gen);
  if (gen.weakreflist !== null) PyObject_ClearWeakRefs(gen);
  PyObject_GC_Track(gen);
  // Close a suspended generator (tp_finalize), unless that resurrects it.
  if (!PyObject_CallFinalizerFromDealloc(gen)) return;
  PyObject_GC_UnTrack(gen);
  if (gen.gi_frame_state < GEN_FRAME_CLEARED) {
    const frame = gen.gi_iframe;
    gen.gi_frame_state = GEN_FRAME_CLEARED;
    frame.previous = null;
    _PyFrame_Clear(frame);
  }
  Py_DECREF(gen.gi_code);
  Py_DECREF(gen.gi_name);
  Py_DECREF(gen.gi_qualname);
  clearExcState(gen.gi_exc_state);
  PyObject_GC_Del(gen);
}

/** tp_finalize (_PyGen_Finalize): close a generator that is not finished;
 *  an error goes to the unraisable hook. */
function gen_finalize(self: PyObject): void {
  const gen = self as PyGenObject;
  if (gen.gi_frame_state >= GEN_FRAME_COMPLETED) return;
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
  if (gen.gi_exc_state.exc_value !== null) visit(gen.gi_exc_state.exc_value);
}

export const PyGen_Type = newStaticType("generator", GEN_BASESIZE, TPFLAGS_HAVE_GC, gen_dealloc);
PyGen_Type.tp_traverse = gen_traverse;
PyGen_Type.tp_finalize = gen_finalize;
PyGen_Type.tp_weakrefable = true;
PyGen_Type.tp_iter = (self) => Py_NewRef(self);
PyGen_Type.tp_iternext = gen_iternext;
PyGen_Type.tp_repr = (self) => {
  const gen = self as PyGenObject;
  return PyUnicode_FromString(
    `<generator object ${PyUnicode_AsString(gen.gi_qualname)} at 0x${gen.ob_addr.toString(16)}>`,
  );
};

PyGen_Type.tp_methods = [
  {
    name: "send",
    flags: METH_O,
    meth: (self: PyObject, arg: PyObject) => gen_send_ex(self as PyGenObject, arg, null, false),
  },
  {
    name: "throw",
    flags: METH_FASTCALL | METH_KEYWORDS,
    meth: (self: PyObject, args: PyObject[], kwnames: PyObject | null) => {
      if (kwnames !== null) throw PyErr_Format(PyExc_TypeError, "throw() takes no keyword arguments");
      if (args.length < 1 || args.length > 3) {
        throw PyErr_Format(PyExc_TypeError, `throw expected at least 1 argument, got ${args.length}`);
      }
      return _gen_throw(
        self as PyGenObject,
        true,
        args[0],
        args.length > 1 ? args[1] : null,
        args.length > 2 ? args[2] : null,
      );
    },
  },
  { name: "close", flags: METH_NOARGS, meth: (self: PyObject) => gen_close(self as PyGenObject) },
];

PyGen_Type.tp_getset = [
  { name: "__name__", get: (s) => Py_NewRef((s as PyGenObject).gi_name), set: null },
  { name: "__qualname__", get: (s) => Py_NewRef((s as PyGenObject).gi_qualname), set: null },
  { name: "gi_code", get: (s) => Py_NewRef((s as PyGenObject).gi_code), set: null },
  {
    name: "gi_running",
    get: (s) => Py_NewRef((s as PyGenObject).gi_frame_state === GEN_FRAME_EXECUTING ? Py_True : Py_False),
    set: null,
  },
  {
    name: "gi_suspended",
    get: (s) => Py_NewRef((s as PyGenObject).gi_frame_state === GEN_FRAME_SUSPENDED ? Py_True : Py_False),
    set: null,
  },
  {
    name: "gi_frame",
    get: (s) => {
      const gen = s as PyGenObject;
      if (gen.gi_frame_state >= GEN_FRAME_COMPLETED) return Py_NewRef(Py_None);
      return Py_NewRef(_PyFrame_GetFrameObject(gen.gi_iframe));
    },
    set: null,
  },
  { name: "gi_yieldfrom", get: (s) => _PyGen_yf(s as PyGenObject) ?? Py_NewRef(Py_None), set: null },
];
