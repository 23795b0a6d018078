/**
 * sys.settrace and sys.setprofile (CPython 3.11's Python/ceval.c
 * call_trace, maybe_call_line_trace, trace_function_entry/exit,
 * call_exc_trace, C_TRACE, and Python/sysmodule.c's trace_trampoline and
 * profile_trampoline).
 *
 * The eval loop calls in here only while `tstate.use_tracing` has
 * TRACING_SYS, which PyEval_SetTrace/SetProfile set and a running trace
 * call clears, so a program with no trace function pays one test per
 * instruction:
 *  - before each instruction, `_PyEval_TraceInstr`: a RESUME reports
 *    'call' (a function starting, a generator resuming); another
 *    instruction 'line' when it starts a line or a jump went back to it,
 *    and 'opcode' when the frame's f_trace_opcodes is set; a RETURN_VALUE
 *    or YIELD_VALUE then reports 'return' with the value on the stack;
 *  - when an exception adds a traceback entry to a frame,
 *    `_PyEval_TraceException` ('exception', with (type, value,
 *    traceback)); when it leaves a frame unhandled, `_PyEval_TraceUnwind`
 *    ('return' with None);
 *  - a call of a built-in function or method descriptor while a profile
 *    function is set goes through `_PyEval_TraceCall` ('c_call', then
 *    'c_return' or 'c_exception', with the function).
 *
 * The global trace function gets 'call'; what it returns (when not None)
 * becomes the frame's f_trace, which gets the frame's other events, and
 * whose own non-None results replace it. A trace function that raises is
 * removed (sys.settrace(None)) and its exception replaces what the frame
 * was doing. While a trace or profile function runs no event is reported
 * (tstate.tracing).
 */
import type { PyObject } from "../heap/object.js";
import type { PyTypeObject } from "../objects/typeobject.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { _PyObject_GC_LinkUnrepresented, _PyObject_GC_UnlinkUnrepresented } from "../heap/gc.js";
import { Op } from "../bytecode/opcodes.js";
import { CO_FAST_CELL, CO_FAST_FREE, CO_OPTIMIZED } from "../bytecode/code.js";
import { PyCode_Addr2Line } from "../objects/codeobject.js";
import {
  type InterpFrame,
  type PyFrameObject,
  _PyFrame_GetFrameObject,
  _PyFrame_GetLocals,
} from "../objects/frameobject.js";
import { _PyThreadState_UpdateTracing, tstate } from "../objects/pystate.js";
import { Py_None } from "../objects/noneobject.js";
import { PyObject_Call } from "../objects/call.js";
import { PyTuple_Pack } from "../objects/tupleobject.js";
import { PyDict_GetItem } from "../objects/dictobject.js";
import { _Py_ID } from "../objects/identifiers.js";
import { toPyException } from "../objects/errors.js";
import type { PyBaseExceptionObject } from "../objects/exceptions.js";
import { PyCFunction_Type } from "../objects/methodobject.js";
import { PyMethodDescr_Type } from "../objects/descrobject.js";
import { nkw } from "../objects/getargs.js";

const PyTrace_CALL = 0;
const PyTrace_EXCEPTION = 1;
const PyTrace_LINE = 2;
const PyTrace_RETURN = 3;
const PyTrace_C_CALL = 4;
const PyTrace_C_EXCEPTION = 5;
const PyTrace_C_RETURN = 6;
const PyTrace_OPCODE = 7;

const whatstrings = ["call", "exception", "line", "return", "c_call", "c_exception", "c_return", "opcode"];

// ------------------------------------------------------ setting them

/** Frames running when tracing starts: the instruction each last ran
 *  decides whether its next one starts a line. */
function resetTracePrev(): void {
  for (let f = tstate.frame; f !== null; f = f.previous) f.trace_prev = f.lasti;
}

/** PyEval_SetTrace: `func` (None: none) traces from now on. */
export function PyEval_SetTrace(func: PyObject | null): void {
  const arg = func === null || func === Py_None ? null : Py_NewRef(func);
  const old = tstate.c_traceobj;
  tstate.c_traceobj = null;
  Py_XDECREF(old);
  tstate.c_traceobj = arg;
  if (arg !== null) resetTracePrev();
  _PyThreadState_UpdateTracing();
}

/** PyEval_SetProfile: `func` (None: none) profiles from now on. */
export function PyEval_SetProfile(func: PyObject | null): void {
  const arg = func === null || func === Py_None ? null : Py_NewRef(func);
  const old = tstate.c_profileobj;
  tstate.c_profileobj = null;
  Py_XDECREF(old);
  tstate.c_profileobj = arg;
  _PyThreadState_UpdateTracing();
}

// ------------------------------------------------------ calling them

/** call_trampoline: the callback called with (frame, what, arg); a frame
 *  whose f_locals was read has its dict brought up to date before and
 *  written back to the fast locals after. New reference. */
function call_trampoline(callback: PyObject, f: PyFrameObject, what: number, arg: PyObject): PyObject {
  // 3.11 refreshes the dict only for a frame whose f_locals was read
  // (changes made to it before are discarded), and writes back likewise.
  if (f.f_fast_as_locals) Py_DECREF(_PyFrame_GetLocals(f.f_frame)); // PyFrame_FastToLocalsWithError
  try {
    return PyObject_Call(callback, [f, _Py_ID(whatstrings[what]), arg], null);
  } finally {
    if (f.f_fast_as_locals) {
      PyFrame_LocalsToFast(f.f_frame);
      f.f_fast_as_locals = false;
    }
  }
}

/** PyFrame_LocalsToFast(frame, 1): a function frame's plain locals take
 *  the values its locals dict holds now (a name gone from it unbinds). */
function PyFrame_LocalsToFast(frame: InterpFrame): void {
  const co = frame.f_code;
  const locals = frame.f_locals;
  if ((co.co_flags & CO_OPTIMIZED) === 0 || locals === null) return;
  const kinds = co.co_localspluskinds;
  const slots = frame.localsplus;
  for (let i = 0; i < co.co_nlocalsplus; i++) {
    if ((kinds[i] & (CO_FAST_CELL | CO_FAST_FREE)) !== 0) continue;
    const value = PyDict_GetItem(locals, co.co_localsplusnames[i]);
    const old = slots[i];
    if (value === old) continue;
    slots[i] = value === null ? null : Py_NewRef(value);
    Py_XDECREF(old);
  }
}

/** trace_trampoline: 'call' goes to the global trace function, the rest
 *  to the frame's f_trace; a non-None result becomes f_trace. */
function trace_trampoline(f: PyFrameObject, what: number, arg: PyObject): void {
  const callback = what === PyTrace_CALL ? tstate.c_traceobj : f.f_trace;
  if (callback === null) return;
  let result: PyObject;
  try {
    result = call_trampoline(callback, f, what, arg);
  } catch (e) {
    PyEval_SetTrace(null);
    const old = f.f_trace;
    f.f_trace = null;
    Py_XDECREF(old);
    throw e;
  }
  if (result !== Py_None) {
    const old = f.f_trace;
    f.f_trace = result;
    Py_XDECREF(old);
  } else {
    Py_DECREF(result);
  }
}

/** profile_trampoline: the profile function's result is dropped. */
function profile_trampoline(f: PyFrameObject, what: number, arg: PyObject): void {
  let result: PyObject;
  try {
    result = call_trampoline(tstate.c_profileobj!, f, what, arg);
  } catch (e) {
    PyEval_SetProfile(null);
    throw e;
  }
  Py_DECREF(result);
}

/** call_trace: one event to the trace (or profile) function, with
 *  events off while it runs. Throws what the function raised. */
function call_trace(profile: boolean, frame: InterpFrame, what: number, arg: PyObject): void {
  if (tstate.tracing !== 0) return;
  const f = _PyFrame_GetFrameObject(frame);
  const oldWhat = tstate.tracing_what;
  tstate.tracing_what = what;
  tstate.tracing++; // PyThreadState_EnterTracing
  _PyThreadState_UpdateTracing();
  try {
    if (profile) profile_trampoline(f, what, arg);
    else trace_trampoline(f, what, arg);
  } finally {
    tstate.tracing--; // PyThreadState_LeaveTracing
    _PyThreadState_UpdateTracing();
    tstate.tracing_what = oldWhat;
  }
}

/** _co_firsttraceable: the first RESUME; the prologue before it is never
 *  traced. */
function firstTraceable(code: Uint8Array): number {
  for (let i = 0; i < code.length; i += 2) if (code[i] === Op.RESUME) return i >> 1;
  return 0;
}

// ------------------------------------------------------ the events

/** trace_function_entry: 'call' to the trace, then the profile function. */
function trace_function_entry(frame: InterpFrame): void {
  if (tstate.c_traceobj !== null) call_trace(false, frame, PyTrace_CALL, Py_None);
  if (tstate.c_profileobj !== null) call_trace(true, frame, PyTrace_CALL, Py_None);
}

/** trace_function_exit: 'return' to the trace, then the profile function. */
function trace_function_exit(frame: InterpFrame, retval: PyObject): void {
  if (tstate.c_traceobj !== null) call_trace(false, frame, PyTrace_RETURN, retval);
  if (tstate.c_profileobj !== null) call_trace(true, frame, PyTrace_RETURN, retval);
}

/** maybe_call_line_trace: 'line' when `lasti` starts a line other than
 *  `prev`'s, or a jump went back to it (but to a `yield from`'s SEND);
 *  then 'opcode' when the frame asks for them. */
function maybe_call_line_trace(frame: InterpFrame, lasti: number, prev: number, first: number): void {
  const co = frame.f_code;
  const lastline = prev <= first ? -1 : PyCode_Addr2Line(co, prev);
  const line = PyCode_Addr2Line(co, lasti);
  const f = _PyFrame_GetFrameObject(frame);
  if (line !== -1 && f.f_trace_lines) {
    if (line !== lastline || (lasti < prev && co.co_code[lasti << 1] !== Op.SEND)) {
      call_trace(false, frame, PyTrace_LINE, Py_None);
    }
  }
  if (f.f_trace_opcodes) call_trace(false, frame, PyTrace_OPCODE, Py_None);
}

/**
 * The eval loop's DO_TRACING, before the instruction at `lasti` runs
 * (`frame.stacktop` stored). Returns true when a 'line' event's function
 * set f_lineno: the frame's stack is then popped to suit the chosen
 * instruction, and the loop goes on at `frame.lasti + 1` (reloading its
 * registers), where this runs again for it and, its line just reported,
 * reports nothing new. Throws what a trace function raised: the
 * instruction then raises it (at its own location, even after a jump).
 */
export function _PyEval_TraceInstr(frame: InterpFrame, lasti: number): boolean {
  const code = frame.f_code.co_code;
  const first = firstTraceable(code);
  if (lasti < first) return false;
  if (jumpedTo === frame) {
    // The instruction a jump chose, run without a 'line' or 'opcode'
    // event of its own (CPython re-dispatches to it from DO_TRACING).
    jumpedTo = null;
    if (frame.trace_prev === lasti) {
      frame.lasti = lasti;
      return traceReturn(frame, lasti);
    }
  }
  const prev = frame.trace_prev;
  frame.trace_prev = lasti;
  frame.lasti = lasti;
  if (code[lasti << 1] === Op.RESUME) {
    trace_function_entry(frame);
    return false;
  }
  if (tstate.c_traceobj !== null) {
    try {
      maybe_call_line_trace(frame, lasti, prev, first);
    } catch (e) {
      frame.lasti = lasti;
      throw e;
    }
    if (frame.lasti !== lasti) {
      frame.trace_prev = frame.lasti;
      frame.lasti--;
      jumpedTo = frame;
      return true;
    }
  }
  return traceReturn(frame, lasti);
}

/** The frame whose trace function just set f_lineno (see above). */
let jumpedTo: InterpFrame | null = null;

/** 'return' before the RETURN_VALUE or YIELD_VALUE at `lasti`. */
function traceReturn(frame: InterpFrame, lasti: number): false {
  const code = frame.f_code.co_code;
  let op = code[lasti << 1];
  while (op === Op.EXTENDED_ARG) op = code[++lasti << 1];
  if (op === Op.RETURN_VALUE || op === Op.YIELD_VALUE) {
    trace_function_exit(frame, frame.localsplus[frame.stacktop - 1]!);
  }
  return false;
}

/** call_exc_trace: 'exception' for `exc` (owned), which has just added
 *  `frame` to its traceback. Returns the exception to go on with: `exc`,
 *  or what the trace function raised instead. */
export function _PyEval_TraceException(frame: InterpFrame, exc: PyBaseExceptionObject): PyBaseExceptionObject {
  if (tstate.c_traceobj === null || tstate.tracing !== 0) return exc;
  const arg = PyTuple_Pack(exc.ob_type, exc, exc.traceback ?? Py_None);
  try {
    call_trace(false, frame, PyTrace_EXCEPTION, arg);
  } catch (e) {
    Py_DECREF(exc);
    return toPyException(e);
  } finally {
    Py_DECREF(arg);
  }
  return exc;
}

/** TRACE_FUNCTION_UNWIND: `exc` (owned) leaves `frame` unhandled:
 *  'return' with None. Returns the exception to go on with. */
export function _PyEval_TraceUnwind(frame: InterpFrame, exc: PyBaseExceptionObject): PyBaseExceptionObject {
  return replacingException(exc, () => trace_function_exit(frame, Py_None));
}

/** TRACE_FUNCTION_THROW_ENTRY: gen.throw() starts `frame` with `exc`
 *  (owned): 'call'. Returns the exception to go on with. */
export function _PyEval_TraceThrowEntry(frame: InterpFrame, exc: PyBaseExceptionObject): PyBaseExceptionObject {
  return replacingException(exc, () => trace_function_entry(frame));
}

/** Report an event while `exc` (owned) is on its way: the exception to
 *  go on with is `exc`, or what the event's function raised instead. */
function replacingException(exc: PyBaseExceptionObject, event: () => void): PyBaseExceptionObject {
  try {
    event();
  } catch (e) {
    Py_DECREF(exc);
    return toPyException(e);
  }
  return exc;
}

/** How the eval loop calls a callable that is not a Python function. */
export type NativeCall = (
  func: PyObject,
  stack: (PyObject | null)[],
  base: number,
  total: number,
  kwnames: PyObject | null,
) => PyObject;

/**
 * trace_call_function with C_TRACE: CALL of a built-in function, or of a
 * method descriptor with its self (bound for the call whenever a trace
 * or profile function is set), while a profile function is set:
 * 'c_call', the call, then 'c_return' or 'c_exception' (if the profile
 * function is still set), each with the function (the descriptor bound
 * to self).
 */
export function _PyEval_TraceCall(
  call: NativeCall,
  func: PyObject,
  stack: (PyObject | null)[],
  base: number,
  total: number,
  kwnames: PyObject | null,
): PyObject {
  let arg: PyObject;
  if (tstate.c_profileobj === null) {
    if (func.ob_type === PyMethodDescr_Type && total - nkw(kwnames) > 0) {
      // Tracing without a profile function still binds the descriptor:
      // a method object allocated for the call and freed after it.
      _PyObject_GC_LinkUnrepresented(PyCFunction_Type, 56);
      try {
        return call(func, stack, base, total, kwnames);
      } finally {
        _PyObject_GC_UnlinkUnrepresented(PyCFunction_Type);
      }
    }
    return call(func, stack, base, total, kwnames);
  } else if (func.ob_type === PyCFunction_Type) {
    arg = Py_NewRef(func);
  } else if (func.ob_type === PyMethodDescr_Type && total - nkw(kwnames) > 0) {
    const self = stack[base]!;
    arg = (func.ob_type as PyTypeObject).tp_descr_get!(func, self, self.ob_type);
  } else {
    return call(func, stack, base, total, kwnames);
  }
  try {
    const frame = tstate.frame!;
    call_trace(true, frame, PyTrace_C_CALL, arg);
    let x: PyObject;
    try {
      x = call(func, stack, base, total, kwnames);
    } catch (e) {
      if (tstate.c_profileobj !== null) {
        try {
          call_trace(true, frame, PyTrace_C_EXCEPTION, arg);
        } catch (e2) {
          Py_DECREF(toPyException(e));
          throw e2;
        }
      }
      throw e;
    }
    if (tstate.c_profileobj !== null) {
      try {
        call_trace(true, frame, PyTrace_C_RETURN, arg);
      } catch (e) {
        Py_DECREF(x);
        throw e;
      }
    }
    return x;
  } finally {
    Py_DECREF(arg);
  }
}
