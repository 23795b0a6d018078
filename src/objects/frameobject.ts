/**
 * Frames (CPython 3.11's _PyInterpreterFrame and Objects/frameobject.c).
 *
 * `InterpFrame` is the activation record the eval loop runs: a plain
 * JavaScript object, not a heap object, as 3.11's interpreter frames live
 * on a data stack and cost no allocation a program can see. Its
 * `localsplus` array holds the fast locals (parameters first, then other
 * locals, cells, free variables) followed by the value stack; every
 * non-null slot is an owned reference.
 *
 * `PyFrameObject` is the Python-visible frame (`sys._getframe()`,
 * `tb_frame`, `gi_frame`), created lazily the first time something asks
 * for it (`_PyFrame_GetFrameObject`). While the interpreter frame runs, the
 * frame object only points at it. When the frame finishes and the frame
 * object is still referenced elsewhere (a traceback, a variable), the
 * frame object takes ownership of the interpreter frame (`take_ownership`):
 * the locals then stay alive as long as the frame object does, and its
 * `f_back` becomes the caller's frame object. That is why the locals of a
 * function that raised live until the traceback dies.
 *
 * Ownership (3.11 _PyFrame_Clear): an InterpFrame owns f_func, f_code,
 * f_locals (when not null), its frame object (when not null) and every
 * slot below `stacktop`. f_globals and f_builtins are borrowed from f_func.
 */
import { PyGCObject, type PyObject, TPFLAGS_HAVE_GC } from "../heap/object.js";
import {
  Py_DECREF,
  Py_INCREF,
  Py_NewRef,
  Py_XDECREF,
  trashcanBegin,
  trashcanEnd,
  _Py_Dealloc,
} from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack, _PyObject_GC_IS_TRACKED } from "../heap/gc.js";
import { newStaticType } from "./typeobject.js";
import { type PyCodeObject, PyCode_Addr2Line, _PyCode_CPythonLasti } from "./codeobject.js";
import type { PyFunctionObject } from "./funcobject.js";
import { PyUnicode_FromString } from "./unicodeobject.js";
import { PyLong_FromNumber, Py_False, Py_True } from "./longobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_RuntimeError, PyExc_TypeError } from "./exceptions.js";
import { METH_NOARGS } from "./methoddef.js";
import { GEN_FRAME_EXECUTING, type PyGenObject } from "./genobject.js";
import { Py_None } from "./noneobject.js";
import { PyDict_New, PyDict_SetItem, PyDict_DelItem, PyDict_GetItem } from "./dictobject.js";
import { CO_FAST_FREE, CO_FAST_CELL, CO_OPTIMIZED } from "../bytecode/code.js";
import { type PyCellObject, PyCell_Type } from "./cellobject.js";
import { interp } from "./pystate.js";
import { PySys_AuditAttr } from "./sysaudit.js";
import { frame_setlineno } from "./framejump.js";

export const FRAME_OWNED_BY_THREAD = 0;
export const FRAME_OWNED_BY_GENERATOR = 1;
export const FRAME_OWNED_BY_FRAME_OBJECT = 2;

export class InterpFrame {
  f_func: PyFunctionObject;
  f_globals: PyObject;
  f_builtins: PyObject;
  f_locals: PyObject | null;
  f_code: PyCodeObject;
  frame_obj: PyFrameObject | null;
  previous: InterpFrame | null;
  /** Code unit index of the instruction executing (or last executed);
   *  -1 before the first. */
  lasti: number;
  /** Index of the first free stack slot in `localsplus`. */
  stacktop: number;
  localsplus: (PyObject | null)[];
  owner: number;
  /** True for a frame whose eval loop returns to native code when the
   *  frame returns (not to a caller frame in the same loop). */
  is_entry: boolean;
  /** The generator owning this frame, if any (the frame then lives and
   *  dies with it). */
  gen: PyObject | null;
  /** Line tracing (tstate.lineHook): the line last reported in this frame
   *  and the code unit last executed; -1 before the first. */
  trace_line: number;
  trace_lasti: number;
  /** sys.settrace: the code unit traced last in this frame (CPython's
   *  instr_prev, the frame's lasti before the instruction), which says
   *  whether the next one starts a line or jumps back; -1 before the
   *  first. */
  trace_prev: number;

  /** Steals `func`; borrows globals/builtins from it; steals `locals`. */
  constructor(func: PyFunctionObject, code: PyCodeObject, locals: PyObject | null) {
    this.f_func = func;
    this.f_globals = func.func_globals!;
    this.f_builtins = func.func_builtins!;
    this.f_locals = locals;
    this.f_code = code;
    this.frame_obj = null;
    this.previous = null;
    this.lasti = -1;
    const nlp = code.co_nlocalsplus;
    this.stacktop = nlp;
    const size = nlp + code.co_stacksize;
    const slots: (PyObject | null)[] = [];
    for (let i = 0; i < size; i++) slots.push(null);
    this.localsplus = slots;
    this.owner = FRAME_OWNED_BY_THREAD;
    this.is_entry = false;
    this.gen = null;
    this.trace_line = -1;
    this.trace_lasti = -1;
    this.trace_prev = -1;
  }
}

/** Finished thread-owned frames kept per code object for reuse (3.11
 *  keeps interpreter frames on a data stack and allocates none per call;
 *  this is the same saving). Frames are invisible to programs, so reuse
 *  changes nothing observable. */
const FRAME_POOL_MAX = 24;

/** An interpreter frame for `func` running `code`, from the code object's
 *  pool when one is free (the same contract as `new InterpFrame`: steals
 *  `func` and `locals`). */
export function _PyFrame_New(func: PyFunctionObject, code: PyCodeObject, locals: PyObject | null): InterpFrame {
  const pool = code.co_framepool;
  if (pool.length === 0) return new InterpFrame(func, code, locals);
  const frame = pool.pop()!;
  frame.f_func = func;
  frame.f_globals = func.func_globals!;
  frame.f_builtins = func.func_builtins!;
  frame.f_locals = locals;
  frame.frame_obj = null;
  frame.previous = null;
  frame.lasti = -1;
  frame.stacktop = code.co_nlocalsplus;
  frame.owner = FRAME_OWNED_BY_THREAD;
  frame.is_entry = false;
  frame.gen = null;
  frame.trace_line = -1;
  frame.trace_lasti = -1;
  frame.trace_prev = -1;
  return frame;
}

/** CPython 3.11: frame_sizeof = 120 + 8 per local and stack slot. */
const FRAME_BASESIZE = 120;

export class PyFrameObject extends PyGCObject {
  f_frame: InterpFrame;
  f_back: PyFrameObject | null;
  f_trace: PyObject | null;
  /** Line number cached when the frame finished (-1: compute). */
  f_lineno: number;
  /** Whether f_trace gets 'line' and 'opcode' events. */
  f_trace_lines: boolean;
  f_trace_opcodes: boolean;
  /** Set when `f_locals` is read (PyFrame_FastToLocalsWithError): the
   *  next trace call refreshes the dict and writes it back to the fast
   *  locals afterwards, then clears it. */
  f_fast_as_locals: boolean;

  constructor(frame: InterpFrame) {
    super(PyFrame_Type, FRAME_BASESIZE + 8 * frame.localsplus.length);
    this.f_frame = frame;
    this.f_back = null;
    this.f_trace = null;
    this.f_lineno = 0;
    this.f_trace_lines = true;
    this.f_trace_opcodes = false;
    this.f_fast_as_locals = false;
  }
}

function frame_dealloc(self: PyObject): void {
  const f = self as PyFrameObject;
  if (_PyObject_GC_IS_TRACKED(f)) PyObject_GC_UnTrack(f);
  if (!trashcanBegin(f)) return;
  const frame = f.f_frame;
  let code: PyCodeObject | null = null;
  if (frame.owner === FRAME_OWNED_BY_FRAME_OBJECT) {
    // The frame object owns the finished interpreter frame: release it
    // (3.11 order: function, f_locals, slots; the code object last).
    code = frame.f_code;
    const func = frame.f_func;
    if (--func.ob_refcnt === 0) _Py_Dealloc(func);
    const locals = frame.f_locals;
    frame.f_locals = null;
    Py_XDECREF(locals);
    const slots = frame.localsplus;
    const top = frame.stacktop;
    frame.stacktop = 0;
    for (let i = 0; i < top; i++) {
      const o = slots[i];
      if (o !== null) {
        slots[i] = null;
        if (--o.ob_refcnt === 0) _Py_Dealloc(o);
      }
    }
  }
  const back = f.f_back;
  f.f_back = null;
  Py_XDECREF(back);
  const trace = f.f_trace;
  f.f_trace = null;
  Py_XDECREF(trace);
  PyObject_GC_Del(f);
  if (code !== null) Py_DECREF(code);
  trashcanEnd();
}

function frame_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const f = self as PyFrameObject;
  if (f.f_back !== null) visit(f.f_back);
  if (f.f_trace !== null) visit(f.f_trace);
  if (f.f_frame.owner !== FRAME_OWNED_BY_FRAME_OBJECT) return;
  _PyFrame_Traverse(f.f_frame, visit);
}

/** Visit what an interpreter frame owns (f_locals, f_func, f_code, slots). */
export function _PyFrame_Traverse(frame: InterpFrame, visit: (o: PyObject) => void): void {
  if (frame.f_locals !== null) visit(frame.f_locals);
  visit(frame.f_func);
  visit(frame.f_code);
  const slots = frame.localsplus;
  for (let i = 0; i < frame.stacktop; i++) {
    const o = slots[i];
    if (o !== null) visit(o);
  }
}

function frame_clear(self: PyObject): void {
  const f = self as PyFrameObject;
  const trace = f.f_trace;
  f.f_trace = null;
  Py_XDECREF(trace);
  const frame = f.f_frame;
  if (frame.owner === FRAME_OWNED_BY_FRAME_OBJECT) {
    const slots = frame.localsplus;
    const top = frame.stacktop;
    frame.stacktop = 0;
    for (let i = 0; i < top; i++) {
      const o = slots[i];
      if (o !== null) {
        slots[i] = null;
        Py_DECREF(o);
      }
    }
    const locals = frame.f_locals;
    frame.f_locals = null;
    Py_XDECREF(locals);
  }
}

export const PyFrame_Type = newStaticType("frame", FRAME_BASESIZE, TPFLAGS_HAVE_GC, frame_dealloc);
PyFrame_Type.tp_traverse = frame_traverse;
PyFrame_Type.tp_clear = frame_clear;

PyFrame_Type.tp_repr = (self) => {
  const f = self as PyFrameObject;
  const code = f.f_frame.f_code;
  return PyUnicode_FromString(
    `<frame at 0x${f.ob_addr.toString(16)}, file '${code.filename}', line ${PyFrame_GetLineNumber(f)}, code ${code.name}>`,
  );
};

/** The frame object of `frame`, made on first use (a borrowed reference:
 *  the interpreter frame owns it). */
export function _PyFrame_GetFrameObject(frame: InterpFrame): PyFrameObject {
  let f = frame.frame_obj;
  if (f === null) {
    const made = new PyFrameObject(frame);
    // GH-97002 (_PyFrame_MakeAndSetFrameObject): allocating the object
    // may run a collection whose code (a __del__, a callback, the report
    // of an exception they raise) made this frame's object meanwhile.
    // That one, already exposed, stays; the new one owns nothing (the
    // frame is the thread's) and goes.
    if (frame.frame_obj !== null) {
      Py_DECREF(made);
      return frame.frame_obj;
    }
    f = made;
    frame.frame_obj = f;
  }
  return f;
}

export function PyFrame_GetLineNumber(f: PyFrameObject): number {
  const frame = f.f_frame;
  return PyCode_Addr2Line(frame.f_code, frame.lasti < 0 ? 0 : frame.lasti);
}

/**
 * _PyFrame_Clear: a thread-owned frame finished. If its frame object is
 * referenced elsewhere, that object takes the frame over (locals stay
 * alive); otherwise release the slots in order, then the frame object,
 * f_locals, the function and the code. `frame` must already be unlinked
 * from the running stack.
 */
export function _PyFrame_Clear(frame: InterpFrame): void {
  const f = frame.frame_obj;
  if (f !== null) {
    frame.frame_obj = null;
    if (f.ob_refcnt > 1) {
      take_ownership(f, frame);
      Py_DECREF(f);
      return;
    }
    Py_DECREF(f);
  }
  const slots = frame.localsplus;
  const top = frame.stacktop;
  frame.stacktop = 0;
  for (let i = 0; i < top; i++) {
    const o = slots[i];
    if (o !== null) {
      slots[i] = null;
      Py_DECREF(o);
    }
  }
  const locals = frame.f_locals;
  if (locals !== null) {
    frame.f_locals = null;
    if (--locals.ob_refcnt === 0) _Py_Dealloc(locals);
  }
  const code = frame.f_code;
  const func = frame.f_func;
  // (Written out rather than through Py_DECREF so that each site keeps
  // its own, mostly single-class, property access.)
  Py_DECREF(func);
  // Pooled only after every DECREF above (a __del__ they run may itself
  // make frames); callers may still read is_entry/previous until they make
  // another frame. The code object is alive while its pool is reachable.
  // (Slots at and above stacktop are never read before being written, so
  // stale pointers left there by pops are harmless.)
  if (frame.owner === FRAME_OWNED_BY_THREAD && code.co_framepool.length < FRAME_POOL_MAX) {
    code.co_framepool.push(frame);
  }
  if (--code.ob_refcnt === 0) _Py_Dealloc(code);
}

function take_ownership(f: PyFrameObject, frame: InterpFrame): void {
  frame.owner = FRAME_OWNED_BY_FRAME_OBJECT;
  f.f_lineno = PyCode_Addr2Line(frame.f_code, frame.lasti < 0 ? 0 : frame.lasti);
  const prev = frame.previous;
  if (prev !== null) {
    const back = _PyFrame_GetFrameObject(prev);
    Py_INCREF(back);
    f.f_back = back;
    frame.previous = null;
  }
  if (!_PyObject_GC_IS_TRACKED(f)) PyObject_GC_Track(f);
}

/** f_back of a frame object: the caller's frame object (new reference) or None. */
function frame_getback(f: PyFrameObject): PyObject {
  if (f.f_back !== null) return Py_NewRef(f.f_back);
  const frame = f.f_frame;
  if (frame.owner !== FRAME_OWNED_BY_FRAME_OBJECT && frame.previous !== null) {
    return Py_NewRef(_PyFrame_GetFrameObject(frame.previous));
  }
  return Py_NewRef(Py_None);
}

/**
 * PyFrame_FastToLocals for a function frame: a dict of the bound fast
 * locals (cells and free variables give their contents). For module and
 * class frames, f_locals is the namespace itself.
 */
export function _PyFrame_GetLocals(frame: InterpFrame): PyObject {
  const code = frame.f_code;
  if ((code.co_flags & CO_OPTIMIZED) === 0 && frame.f_locals !== null) return Py_NewRef(frame.f_locals);
  let locals = frame.f_locals;
  if (locals === null) {
    locals = PyDict_New();
    frame.f_locals = locals;
  }
  const kinds = code.co_localspluskinds;
  for (let i = 0; i < code.co_nlocalsplus; i++) {
    let v = frame.localsplus[i];
    const kind = kinds[i];
    if (v !== null && (kind & (CO_FAST_CELL | CO_FAST_FREE)) !== 0 && v.ob_type === PyCell_Type) {
      v = (v as PyCellObject).ob_ref;
    }
    const name = code.co_localsplusnames[i];
    if (v === null) {
      if (PyDict_GetItem(locals, name) !== null) PyDict_DelItem(locals, name);
    } else {
      PyDict_SetItem(locals, name, v);
    }
  }
  return Py_NewRef(locals);
}

PyFrame_Type.tp_getset = [
  { name: "f_back", get: (s) => frame_getback(s as PyFrameObject), set: null },
  {
    name: "f_code",
    get: (s) => {
      if (interp.audit_hooks !== null) PySys_AuditAttr("object.__getattr__", s, "f_code", null);
      return Py_NewRef((s as PyFrameObject).f_frame.f_code);
    },
    set: null,
  },
  { name: "f_globals", get: (s) => Py_NewRef((s as PyFrameObject).f_frame.f_globals), set: null },
  { name: "f_builtins", get: (s) => Py_NewRef((s as PyFrameObject).f_frame.f_builtins), set: null },
  {
    name: "f_locals",
    get: (s) => {
      const f = s as PyFrameObject;
      const locals = _PyFrame_GetLocals(f.f_frame);
      f.f_fast_as_locals = true;
      return locals;
    },
    set: null,
  },
  {
    name: "f_lineno",
    get: (s) => {
      const f = s as PyFrameObject;
      return PyLong_FromNumber(f.f_frame.owner === FRAME_OWNED_BY_FRAME_OBJECT ? f.f_lineno : PyFrame_GetLineNumber(f));
    },
    set: (s, v) => frame_setlineno(s as PyFrameObject, v),
  },
  {
    name: "f_lasti",
    get: (s) => {
      // CPython's layout (with inline caches), as co_code.
      const f = (s as PyFrameObject).f_frame;
      return PyLong_FromNumber(_PyCode_CPythonLasti(f.f_code, f.lasti));
    },
    set: null,
  },
  {
    name: "f_trace",
    get: (s) => Py_NewRef((s as PyFrameObject).f_trace ?? Py_None),
    set: (s, v) => {
      const f = s as PyFrameObject;
      const old = f.f_trace;
      f.f_trace = v === null || v === Py_None ? null : Py_NewRef(v);
      Py_XDECREF(old);
    },
  },
  {
    name: "f_trace_lines",
    get: (s) => Py_NewRef((s as PyFrameObject).f_trace_lines ? Py_True : Py_False),
    set: (s, v) => {
      (s as PyFrameObject).f_trace_lines = traceFlag(v);
    },
  },
  {
    name: "f_trace_opcodes",
    get: (s) => Py_NewRef((s as PyFrameObject).f_trace_opcodes ? Py_True : Py_False),
    set: (s, v) => {
      (s as PyFrameObject).f_trace_opcodes = traceFlag(v);
    },
  },
];

/** A T_BOOL member's new value: exactly True or False. */
function traceFlag(v: PyObject | null): boolean {
  if (v === null) throw PyErr_Format(PyExc_TypeError, "can't delete numeric/char attribute");
  if (v !== Py_True && v !== Py_False) throw PyErr_Format(PyExc_TypeError, "attribute value type must be bool");
  return v === Py_True;
}

/** frame.clear(): release a finished frame's locals and stack, or close
 *  the suspended generator owning it; a running frame refuses. */
function frame_clear_method(self: PyObject): PyObject {
  const f = self as PyFrameObject;
  const frame = f.f_frame;
  if (frame.owner === FRAME_OWNED_BY_GENERATOR) {
    const gen = frame.gen as PyGenObject;
    if (gen.gi_frame_state === GEN_FRAME_EXECUTING) {
      throw PyErr_Format(PyExc_RuntimeError, "cannot clear an executing frame");
    }
    gen.ob_type.tp_finalize!(gen);
  } else if (frame.owner === FRAME_OWNED_BY_THREAD) {
    throw PyErr_Format(PyExc_RuntimeError, "cannot clear an executing frame");
  } else {
    frame_clear(f);
  }
  return Py_NewRef(Py_None);
}

PyFrame_Type.tp_methods = [{ name: "clear", meth: frame_clear_method, flags: METH_NOARGS }];
