/**
 * The eval loop: CPython 3.11's Python/ceval.c `_PyEval_EvalFrameDefault`.
 *
 * `_PyEval_EvalFrameDefault` runs an interpreter frame (and every Python frame it
 * calls) until that entry frame returns, yields or lets an exception out.
 * It is `for (;;) switch (code[ip])` over the literal opcode numbers of
 * `const enum Op`. The frame's registers live in locals of the loop —
 * `frame`, `code` (bytes), `ip` (byte offset of the next instruction),
 * `stack` (the frame's localsplus array: fast locals, then the value stack)
 * and `sp` (first free stack slot) — and are written back to the frame
 * (`lasti`, `stacktop`) before anything that looks at the frame from
 * outside: a call, a frame switch, a yield, an exception.
 *
 * Python-to-Python calls do not nest JavaScript calls: CALL of a Python
 * function binds the arguments into a new frame, links it to the caller
 * and continues in the same loop; RETURN_VALUE pops it. Native code that
 * calls back into Python (a `__eq__` from a dict lookup, `__del__` from a
 * DECREF, a generator's `__next__`) runs a nested loop on an entry frame.
 *
 * Reference discipline (as ceval.c): every stack slot owns a reference;
 * an instruction keeps its operands on the stack while it calls anything
 * that may throw, so that on an exception the unwinder releases them with
 * the rest of the stack. STORE_FAST stores, then releases the old value.
 *
 * Exceptions: a thrown Python exception object is caught around the
 * dispatch loop. Unless the instruction said otherwise (RERAISE, bare
 * `raise`), a traceback entry for the frame is added (PyTraceBack_Here);
 * then the frame's exception table (3.11 "zero-cost" exceptions) is
 * searched for the innermost handler covering the instruction. Found: the
 * stack is popped to the handler's depth, the offset is pushed if asked,
 * the exception is pushed and execution continues at the handler. Not
 * found: the stack is popped, the frame released (locals in slot order)
 * and unwinding continues in the caller, or the exception is thrown out of
 * the loop when the frame is an entry frame.
 */
import { type PyGCObject, type PyObject, TPFLAGS_BASE_EXC_SUBCLASS } from "../heap/object.js";
import { _PyObject_GC_NewUncounted } from "../heap/gc.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, _Py_Dealloc } from "../heap/refcount.js";
import { Op, NB, FVC_MASK, FVC_STR, FVC_REPR, FVS_HAVE_SPEC } from "../bytecode/opcodes.js";
import {
  CO_OPTIMIZED,
  CO_VARARGS,
  CO_VARKEYWORDS,
  CO_FAST_FREE,
  CO_COROUTINE,
  CO_ITERABLE_COROUTINE,
} from "../bytecode/code.js";
import {
  PyCode_Addr2Line,
  type PyCodeObject,
  GlobalCache,
  type AttrCache,
  attrCacheEntry,
} from "../objects/codeobject.js";
import { type PyFunctionObject, PyFunction_New, PyFunction_Type } from "../objects/funcobject.js";
import { type InterpFrame, _PyFrame_Clear, _PyFrame_New, FRAME_OWNED_BY_THREAD } from "../objects/frameobject.js";
import { type PyCellObject, PyCell_New } from "../objects/cellobject.js";
import { matchOp } from "./match.js";
import { PyTypeObject } from "../objects/typeobject.js";
import { Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT } from "../bytecode/opcodes.js";
import {
  type PyBaseExceptionObject,
  PyExc_AssertionError,
  PyExc_AttributeError,
  PyExc_ImportError,
  PyExc_KeyError,
  PyExc_NameError,
  PyExc_RecursionError,
  PyExc_RuntimeError,
  PyExc_StopIteration,
  PyExc_StopAsyncIteration,
  PyExc_SystemError,
  PyExc_TypeError,
  PyExc_UnboundLocalError,
  PyExc_ValueError,
} from "../objects/exceptions.js";
import {
  PyErr_Format,
  PyErr_GivenExceptionMatches,
  PyErr_ExceptionMatches,
  PyExceptionInstance_Check,
  PyErr_SetObject,
  _PyErr_FormatFromCause,
  _PyErr_ChainContext,
  _PyErr_NormalizeException,
  _PyErr_GetTopmostException,
  toPyException,
} from "../objects/errors.js";
import {
  type PyLongObject,
  PyLong_AsNumber,
  PyLong_FromNumber,
  PyLong_Type,
  Py_True,
  Py_False,
} from "../objects/longobject.js";
import { Py_None } from "../objects/noneobject.js";
import {
  PyUnicode_AsString,
  PyUnicode_CheckExact,
  PyUnicode_FromString,
  PyUnicode_Check,
  PyUnicode_Type,
  unicode_empty,
} from "../objects/unicodeobject.js";
import {
  PyTuple_GET_ITEM,
  PyTuple_GET_SIZE,
  PyTuple_Type,
  _PyTuple_FromArraySteal,
  _PyTuple_FromArray,
} from "../objects/tupleobject.js";
import {
  PyList_Append,
  PyList_GET_ITEM,
  PyList_GET_SIZE,
  PyList_New,
  PyList_SET_ITEM,
  PyList_Type,
  type PyListObject,
  _PyList_Extend,
} from "../objects/listobject.js";
import {
  PyDict_DelItem,
  PyDict_GetItem,
  PyDict_New,
  PyDict_SetItem,
  PyDict_Type,
  PyDict_Merge,
  PyDict_Keys,
  PyDict_Contains,
  type PyDictObject,
  PyDict_Check,
  PyDict_GetItemString,
  PyDict_Next,
  _PyDict_Key,
  _PyDict_Value,
} from "../objects/dictobject.js";
import { PySet_Add, PySet_New, _PySet_Update } from "../objects/setobject.js";
import { PySlice_New } from "../objects/sliceobject.js";
import {
  PyObject_GetItem,
  PyObject_SetItem,
  PyObject_DelItem,
  PyObject_GetIter,
  PyObject_IsTrue,
  PyObject_RichCompare,
  _PyObject_RichCompareUnchecked,
  PySequence_Contains,
  PyObject_Format,
  PyObject_Str,
  PyObject_Repr,
  PyObject_ASCII,
  PyNumber_Add,
  PyNumber_And,
  PyNumber_FloorDivide,
  PyNumber_Lshift,
  PyNumber_MatrixMultiply,
  PyNumber_Multiply,
  PyNumber_Remainder,
  PyNumber_Or,
  PyNumber_Power,
  PyNumber_Rshift,
  PyNumber_Subtract,
  PyNumber_TrueDivide,
  PyNumber_Xor,
  PyNumber_InPlaceAdd,
  PyNumber_InPlaceAnd,
  PyNumber_InPlaceFloorDivide,
  PyNumber_InPlaceLshift,
  PyNumber_InPlaceMatrixMultiply,
  PyNumber_InPlaceMultiply,
  PyNumber_InPlaceRemainder,
  PyNumber_InPlaceOr,
  PyNumber_InPlacePower,
  PyNumber_InPlaceRshift,
  PyNumber_InPlaceSubtract,
  PyNumber_InPlaceTrueDivide,
  PyNumber_InPlaceXor,
  PyNumber_Negative,
  PyNumber_Positive,
  PyNumber_Invert,
  PyIter_Next,
  PySequence_Check,
  PySequence_List,
} from "../objects/abstract.js";
import {
  PyObject_GetAttr,
  PyObject_SetAttr,
  _PyObject_GetMethodFast,
  methodLookup,
  _PyObject_LookupAttr,
  PyObject_GenericGetAttr,
  PyObject_GenericSetAttr,
} from "../objects/object.js";
import { PyInstanceObject } from "../objects/instanceobject.js";
import { TPFLAGS_METHOD_DESCRIPTOR } from "../heap/object.js";
import { _PyType_Lookup } from "../objects/typeobject.js";
import { PyMethod_Type, type PyMethodObject } from "../objects/classobject.js";
import { PyImport_ImportModuleLevelObject } from "./import.js";
import { PySys_GetObject } from "./sysstate.js";
import { writeToStream } from "../objects/fileobject.js";
import {
  initializeLocals,
  PyObject_Call,
  _PyCall_SetPacked,
  _PyCall_TakePacked,
  _PyCall_TakesPacked,
  _PyObject_FunctionStr,
  Py_EnterRecursiveCall,
  Py_LeaveRecursiveCall,
} from "../objects/call.js";
import { PyFloat_Type } from "../objects/floatobject.js";
import { PyTraceBack_Here } from "../objects/traceback.js";
import {
  type PyGenObject,
  PyGen_Type,
  PyCoro_Type,
  PyAsyncGen_Type,
  _Py_MakeGen,
  PyIter_Send,
  PYGEN_RETURN,
  genSendResult,
  GEN_FRAME_SUSPENDED,
  _PyCoro_GetAwaitableIter,
  _PyCoro_IsAwaiting,
  _PyAsyncGenValueWrapperNew,
} from "../objects/genobject.js";
import { PyOS_CheckStack, TRACING_SYS, interp, tstate } from "../objects/pystate.js";
import {
  _PyEval_TraceCall,
  _PyEval_TraceException,
  _PyEval_TraceInstr,
  _PyEval_TraceThrowEntry,
  _PyEval_TraceUnwind,
} from "./tracing.js";
import { _Py_ID } from "../objects/identifiers.js";
import { PyModule_Check, PyModule_GetDict, PyModule_GetNameString } from "../objects/moduleobject.js";
import {
  METH_FASTCALL,
  METH_KEYWORDS,
  METH_NOARGS,
  METH_O,
  METH_VARARGS,
  type PyMethodDef,
} from "../objects/methoddef.js";
import { PyCFunction_Type, type PyCFunctionObject, _PyCFunction_CallUncounted } from "../objects/methodobject.js";
import { PyMethodDescr_Type, type PyMethodDescrObject, _PyMethodDescr_Call } from "../objects/descrobject.js";
import { setExtra } from "../objects/exceptions-init.js";
import { _PyExc_PrepReraiseStar, checkExceptStarGroupType, exceptionGroupMatch } from "../objects/exceptiongroup.js";

/** Flags the next catch reads (set just before a deliberate throw). */
const UNWIND_NO_TB = 1;
const UNWIND_NO_CHAIN = 2;
const UNWIND_KEEP_LASTI = 4;
let unwindFlags = 0;

/** maybe_call_line_trace: report `lasti` if its line is not the last one
 *  reported in the frame, or if a jump went backward to it. */
function traceLine(frame: InterpFrame, lasti: number, hook: (frame: InterpFrame, lineno: number) => void): void {
  const co = frame.f_code;
  const line = PyCode_Addr2Line(co, lasti);
  const prev = frame.trace_lasti;
  frame.trace_lasti = lasti;
  if (line < 0 || beforeFirstTraceable(co.co_code, lasti)) return;
  // A jump back to a `yield from`'s SEND is not a new line (3.11).
  if (line === frame.trace_line && (lasti >= prev || co.co_code[lasti << 1] === Op.SEND)) return;
  frame.trace_line = line;
  frame.lasti = lasti;
  hook(frame, line);
}

/** Instructions CPython never traces (before `_co_firsttraceable`): the
 *  prologue (MAKE_CELL, COPY_FREE_VARS, RETURN_GENERATOR and its POP_TOP)
 *  and RESUME, also after a yield. */
function beforeFirstTraceable(code: Uint8Array, lasti: number): boolean {
  const op = code[lasti << 1];
  return (
    op === Op.RESUME ||
    op === Op.MAKE_CELL ||
    op === Op.COPY_FREE_VARS ||
    op === Op.RETURN_GENERATOR ||
    (op === Op.POP_TOP && lasti > 0 && code[(lasti - 1) << 1] === Op.RETURN_GENERATOR)
  );
}

/** PyEval_EvalCode: run module or class-body code with `globals` and
 *  `locals` (borrowed dicts). New reference to the result. */
export function PyEval_EvalCode(co: PyCodeObject, globals: PyObject, locals: PyObject): PyObject {
  const func = PyFunction_New(co, globals);
  co.ob_refcnt++;
  locals.ob_refcnt++;
  const frame = _PyFrame_New(func, co, locals);
  frame.is_entry = true;
  frame.previous = tstate.frame;
  return _PyEval_EvalFrameDefault(frame, null);
}

// ------------------------------------------------------------ the loop

/**
 * Run `entry` (already linked: `entry.previous` is the caller's frame,
 * `is_entry` set) until it returns or yields; a thread-owned entry frame is
 * released before returning. `throwExc` (a new reference, or null) starts
 * the frame by raising it at its current instruction (generator throw()).
 * Returns a new reference; throws the exception that escapes.
 */
export function _PyEval_EvalFrameDefault(entry: InterpFrame, throwExc: PyObject | null): PyObject {
  // The frame registers. While `frame` runs, its code, instruction pointer
  // and stack live in the locals below, and are synced with the frame in
  // exactly two ways (Wren's STORE_FRAME and LOAD_FRAME; CPython keeps
  // frame->prev_instr current and has _PyFrame_SetStackPointer and
  // SET_LOCALS_FROM_FRAME), each written out inline under its tag, so that
  // the loop stays one function that calls nothing to do it:
  //
  //   frame.lasti = (ip >> 1) - 1;
  //   frame.stacktop = sp; // STORE_FRAME
  //     lasti: the running instruction (`ip` is past it; after a jump, the
  //     one before the target); stacktop: the first free slot, every slot
  //     below it owning its value or null.
  //   // LOAD_FRAME
  //     co, code, consts, names, stack, sp and ip, from `frame`.
  //
  // STORE_FRAME comes before anything that can run code the loop does not
  // control, since that code may look at this frame (tracebacks, f_lineno
  // and the heap tracer read lasti; sys._getframe, the refcount audit and
  // heap snapshots read the stack up to stacktop):
  //  - a call: of a function, or of any helper that may call one, raise or
  //    allocate (the abstract-object API, the cache misses, slowOp);
  //  - a DECREF that may free: the dealloc can run __del__ and weakref
  //    callbacks. For an inline DECREF it may sit inside the `=== 0`
  //    branch, so that the common case stores nothing;
  //  - an allocation that may start a collection (of a GC object: a tuple,
  //    a dict, an exception), which runs finalizers; the eval breaker;
  //  - building an exception to throw. The throw itself needs nothing
  //    more: the catch stores lasti from `ip`, the unwinder stacktop.
  // The two halves are written apart only there and before the line hook
  // (traceLine stores lasti itself). Fast paths that do none of these
  // (LOAD_FAST, int arithmetic, a jump) store nothing. An instruction that
  // moves `sp` after a STORE_FRAME stores again, whole, before the next of
  // these. slowOp and its helpers, which have no `ip`, run with lasti
  // stored and store `frame.stacktop` again when they move the stack.
  // LOAD_FRAME comes wherever `frame` changes: CALL of a Python function,
  // RETURN_VALUE, RETURN_GENERATOR, an exception caught by a caller's
  // handler in this loop (and, as declarations, right here).
  let frame = entry;
  let co = frame.f_code;
  let code = co.co_code;
  let consts = co.co_consts;
  let names = co.co_names;
  let stack = frame.localsplus;
  let sp = frame.stacktop;
  let ip = (frame.lasti + 1) << 1;
  let kwnames: PyObject | null = null;
  const lineHook = tstate.lineHook;

  // start_frame: the entry frame counts against the recursion limit (and
  // an eval loop started from native code needs host stack to run in).
  tstate.frame = frame;
  if (++tstate.depth > tstate.limit || PyOS_CheckStack()) {
    tstate.depth--;
    tstate.frame = frame.previous;
    if (throwExc !== null) if (--throwExc.ob_refcnt === 0) _Py_Dealloc(throwExc);
    if (frame.owner === FRAME_OWNED_BY_THREAD) _PyFrame_Clear(frame);
    throw PyErr_Format(PyExc_RecursionError, "maximum recursion depth exceeded");
  }

  let pending: PyBaseExceptionObject | null = null;
  let pendingFlags = 0;
  let pendingWhere = frame.lasti;
  if (throwExc !== null) {
    pending = throwExc as PyBaseExceptionObject;
    pendingFlags = UNWIND_NO_CHAIN;
    if ((tstate.use_tracing & TRACING_SYS) !== 0) pending = _PyEval_TraceThrowEntry(frame, pending);
  }

  for (;;) {
    if (pending !== null) {
      // Unwind: find a handler in this frame or a caller in this loop.
      let exc = pending;
      pending = null;
      // The handler is looked up at the instruction that raised; RERAISE
      // may have restored frame.lasti to an earlier instruction (what the
      // traceback and a pushed lasti report).
      let where = pendingWhere;
      frame.stacktop = sp; // STORE_FRAME's other half: the catch stored lasti (or RERAISE kept it)
      if ((pendingFlags & UNWIND_NO_CHAIN) === 0 && exc.traceback === null) _PyErr_ChainContext(exc);
      let addTb = (pendingFlags & UNWIND_NO_TB) === 0;
      for (;;) {
        if (addTb) {
          PyTraceBack_Here(frame, exc);
          if (tstate.c_traceobj !== null) exc = _PyEval_TraceException(frame, exc);
        }
        addTb = true;
        if (handleInFrame(frame, exc, where)) break;
        // No handler: the frame is done (exit_unwind).
        if ((tstate.use_tracing & TRACING_SYS) !== 0) exc = _PyEval_TraceUnwind(frame, exc);
        tstate.depth--;
        const prev = frame.previous;
        tstate.frame = prev;
        const wasEntry = frame.is_entry;
        if (frame.owner === FRAME_OWNED_BY_THREAD) _PyFrame_Clear(frame);
        if (wasEntry) throw exc;
        frame = prev!;
        where = frame.lasti;
      }
      tstate.frame = frame;
      // LOAD_FRAME
      co = frame.f_code;
      code = co.co_code;
      consts = co.co_consts;
      names = co.co_names;
      stack = frame.localsplus;
      sp = frame.stacktop;
      ip = (frame.lasti + 1) << 1;
      kwnames = null;
    }
    try {
      for (;;) {
        let opcode = code[ip];
        let oparg = code[ip + 1];
        ip += 2;
        if (tstate.use_tracing !== 0) {
          // What a trace function raises, this instruction raises.
          frame.stacktop = sp; // STORE_FRAME's other half: the tracers store lasti when they report
          if (lineHook !== null) traceLine(frame, (ip >> 1) - 1, lineHook);
          if ((tstate.use_tracing & TRACING_SYS) !== 0 && _PyEval_TraceInstr(frame, (ip >> 1) - 1)) {
            // A trace function set f_lineno: go on where it chose, with
            // the stack it left.
            // LOAD_FRAME
            co = frame.f_code;
            code = co.co_code;
            consts = co.co_consts;
            names = co.co_names;
            stack = frame.localsplus;
            sp = frame.stacktop;
            ip = (frame.lasti + 1) << 1;
            continue;
          }
        }
        while (opcode === Op.EXTENDED_ARG) {
          opcode = code[ip];
          oparg = (oparg << 8) | code[ip + 1];
          ip += 2;
        }
        switch (opcode) {
          case Op.NOP:
          case Op.CACHE:
            continue;
          case Op.RESUME:
            if (co.co_warmup < QUICKENING_WARMUP_DELAY) co.co_warmup++; // _PyCode_Warmup
            continue;

          case Op.LOAD_FAST: {
            const v = stack[oparg];
            if (v === null) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              throw unboundLocal(co, oparg);
            }
            v.ob_refcnt++;
            stack[sp++] = v;
            continue;
          }
          case Op.LOAD_CLOSURE: {
            const v = stack[oparg];
            if (v === null) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              throw unboundLocal(co, oparg);
            }
            v.ob_refcnt++;
            stack[sp++] = v;
            continue;
          }
          case Op.STORE_FAST: {
            const v = stack[--sp]!;
            const old = stack[oparg];
            stack[oparg] = v;
            if (old !== null && --old.ob_refcnt === 0) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              _Py_Dealloc(old);
            }
            continue;
          }
          case Op.DELETE_FAST: {
            const old = stack[oparg];
            if (old === null) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              throw unboundLocal(co, oparg);
            }
            stack[oparg] = null;
            if (--old.ob_refcnt === 0) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              _Py_Dealloc(old);
            }
            continue;
          }
          case Op.LOAD_CONST: {
            const v = consts[oparg];
            v.ob_refcnt++;
            stack[sp++] = v;
            continue;
          }
          case Op.POP_TOP: {
            const v = stack[--sp]!;
            stack[sp] = null;
            if (--v.ob_refcnt === 0) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              _Py_Dealloc(v);
            }
            continue;
          }
          case Op.PUSH_NULL:
            stack[sp++] = null;
            continue;
          case Op.COPY: {
            const v = stack[sp - oparg]!;
            v.ob_refcnt++;
            stack[sp++] = v;
            continue;
          }
          case Op.SWAP: {
            const t = stack[sp - 1];
            stack[sp - 1] = stack[sp - oparg];
            stack[sp - oparg] = t;
            continue;
          }

          case Op.BINARY_OP: {
            const rhs = stack[sp - 1]!;
            const lhs = stack[sp - 2]!;
            let res: PyObject | null = null;
            if (
              lhs.ob_type === PyLong_Type &&
              rhs.ob_type === PyLong_Type &&
              (lhs as PyLongObject).big === null &&
              (rhs as PyLongObject).big === null
            ) {
              res = intBinaryFast(oparg, (lhs as PyLongObject).v, (rhs as PyLongObject).v);
            }
            if (res === null) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              res = binaryOps[oparg](lhs, rhs);
            }
            sp -= 2;
            stack[sp] = res;
            stack[sp + 1] = null;
            sp++;
            if (--lhs.ob_refcnt === 0) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              _Py_Dealloc(lhs);
            }
            if (--rhs.ob_refcnt === 0) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              _Py_Dealloc(rhs);
            }
            continue;
          }
          case Op.COMPARE_OP: {
            const rhs = stack[sp - 1]!;
            const lhs = stack[sp - 2]!;
            let res: PyObject;
            if (
              lhs.ob_type === PyLong_Type &&
              rhs.ob_type === PyLong_Type &&
              (lhs as PyLongObject).big === null &&
              (rhs as PyLongObject).big === null
            ) {
              const a = (lhs as PyLongObject).v;
              const b = (rhs as PyLongObject).v;
              if (!compareSpecialized(co, code, ip, lhs, rhs, oparg)) {
                // The generic COMPARE_OP: PyObject_RichCompare's level.
                frame.lasti = (ip >> 1) - 1;
                frame.stacktop = sp; // STORE_FRAME
                Py_EnterRecursiveCall(" in comparison");
                Py_LeaveRecursiveCall();
              }
              let r: boolean;
              switch (oparg) {
                case Py_LT:
                  r = a < b;
                  break;
                case Py_LE:
                  r = a <= b;
                  break;
                case Py_EQ:
                  r = a === b;
                  break;
                case Py_NE:
                  r = a !== b;
                  break;
                case Py_GT:
                  r = a > b;
                  break;
                default:
                  /* Py_GE */ r = a >= b;
                  break;
              }
              res = r ? Py_True : Py_False;
              res.ob_refcnt++;
            } else {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              res = compareSpecialized(co, code, ip, lhs, rhs, oparg)
                ? _PyObject_RichCompareUnchecked(lhs, rhs, oparg)
                : PyObject_RichCompare(lhs, rhs, oparg);
            }
            sp -= 2;
            stack[sp] = res;
            stack[sp + 1] = null;
            sp++;
            if (--lhs.ob_refcnt === 0) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              _Py_Dealloc(lhs);
            }
            if (--rhs.ob_refcnt === 0) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              _Py_Dealloc(rhs);
            }
            continue;
          }
          case Op.BINARY_SUBSCR: {
            const sub = stack[sp - 1]!;
            const container = stack[sp - 2]!;
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            let res: PyObject | null = null;
            if (
              container.ob_type === PyList_Type &&
              sub.ob_type === PyLong_Type &&
              (sub as PyLongObject).big === null
            ) {
              // list[int] in range (list_subscript); anything else raises
              // through the general path.
              const items = (container as PyListObject).ob_item;
              let i = (sub as PyLongObject).v;
              if (i < 0) i += items.length;
              if (i >= 0 && i < items.length) {
                res = items[i];
                res.ob_refcnt++;
              }
            } else if (container.ob_type === PyDict_Type) {
              // dict_subscript of an exact dict (no __missing__).
              res = PyDict_GetItem(container, sub);
              if (res === null) throw PyErr_SetObject(PyExc_KeyError, sub);
              res.ob_refcnt++;
            }
            if (res === null) res = PyObject_GetItem(container, sub);
            sp -= 2;
            stack[sp] = res;
            stack[sp + 1] = null;
            sp++;
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            if (--container.ob_refcnt === 0) _Py_Dealloc(container);
            if (--sub.ob_refcnt === 0) _Py_Dealloc(sub);
            continue;
          }
          case Op.STORE_SUBSCR: {
            const sub = stack[sp - 1]!;
            const container = stack[sp - 2]!;
            const v = stack[sp - 3]!;
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            let done = false;
            if (
              container.ob_type === PyList_Type &&
              sub.ob_type === PyLong_Type &&
              (sub as PyLongObject).big === null
            ) {
              // list[int] = v in range (list_ass_item).
              const items = (container as PyListObject).ob_item;
              let i = (sub as PyLongObject).v;
              if (i < 0) i += items.length;
              if (i >= 0 && i < items.length) {
                const old = items[i];
                v.ob_refcnt++;
                items[i] = v;
                if (--old.ob_refcnt === 0) _Py_Dealloc(old);
                done = true;
              }
            } else if (container.ob_type === PyDict_Type) {
              PyDict_SetItem(container, sub, v);
              done = true;
            }
            if (!done) PyObject_SetItem(container, sub, v);
            sp -= 3;
            stack[sp] = null;
            stack[sp + 1] = null;
            stack[sp + 2] = null;
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            if (--v.ob_refcnt === 0) _Py_Dealloc(v);
            if (--container.ob_refcnt === 0) _Py_Dealloc(container);
            if (--sub.ob_refcnt === 0) _Py_Dealloc(sub);
            continue;
          }
          case Op.DELETE_SUBSCR: {
            const sub = stack[sp - 1]!;
            const container = stack[sp - 2]!;
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            PyObject_DelItem(container, sub);
            sp -= 2;
            stack[sp] = null;
            stack[sp + 1] = null;
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            if (--container.ob_refcnt === 0) _Py_Dealloc(container);
            if (--sub.ob_refcnt === 0) _Py_Dealloc(sub);
            continue;
          }
          case Op.STORE_GLOBAL: {
            const v = stack[sp - 1]!;
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            PyDict_SetItem(frame.f_globals, names[oparg], v);
            stack[--sp] = null;
            if (--v.ob_refcnt === 0) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              _Py_Dealloc(v);
            }
            continue;
          }
          case Op.COPY_FREE_VARS: {
            const closure = frame.f_func.func_closure!;
            const offset = co.co_nlocalsplus - oparg;
            for (let i = 0; i < oparg; i++) {
              const cell = PyTuple_GET_ITEM(closure, i);
              cell.ob_refcnt++;
              stack[offset + i] = cell;
            }
            continue;
          }
          case Op.IS_OP: {
            const right = stack[sp - 1]!;
            const left = stack[sp - 2]!;
            const res = (left === right) !== (oparg === 1) ? Py_True : Py_False;
            res.ob_refcnt++;
            sp -= 2;
            stack[sp] = res;
            stack[sp + 1] = null;
            sp++;
            if (--left.ob_refcnt === 0) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              _Py_Dealloc(left);
            }
            if (--right.ob_refcnt === 0) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              _Py_Dealloc(right);
            }
            continue;
          }

          case Op.POP_JUMP_FORWARD_IF_FALSE:
          case Op.POP_JUMP_BACKWARD_IF_FALSE:
          case Op.POP_JUMP_FORWARD_IF_TRUE:
          case Op.POP_JUMP_BACKWARD_IF_TRUE: {
            const cond = stack[sp - 1]!;
            let truth: boolean;
            if (cond === Py_True) truth = true;
            else if (cond === Py_False) truth = false;
            else if (cond === Py_None) truth = false;
            else if (cond.ob_type === PyLong_Type) {
              truth = (cond as PyLongObject).v !== 0 || (cond as PyLongObject).big !== null;
            } else {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              truth = PyObject_IsTrue(cond);
            }
            stack[--sp] = null;
            if (--cond.ob_refcnt === 0) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              _Py_Dealloc(cond);
            }
            const jumpIfTrue = opcode === Op.POP_JUMP_FORWARD_IF_TRUE || opcode === Op.POP_JUMP_BACKWARD_IF_TRUE;
            if (truth === jumpIfTrue) {
              if (opcode === Op.POP_JUMP_BACKWARD_IF_FALSE || opcode === Op.POP_JUMP_BACKWARD_IF_TRUE) {
                // The breaker runs as part of this jump: what it raises is
                // raised here (this line, this handler), as CPython's.
                if (tstate.evalBreaker !== null) {
                  frame.lasti = (ip >> 1) - 1;
                  frame.stacktop = sp; // STORE_FRAME
                  tstate.evalBreaker();
                }
                ip -= oparg << 1;
              } else {
                ip += oparg << 1;
              }
            }
            continue;
          }
          case Op.POP_JUMP_FORWARD_IF_NONE:
          case Op.POP_JUMP_BACKWARD_IF_NONE:
          case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
          case Op.POP_JUMP_BACKWARD_IF_NOT_NONE: {
            const v = stack[--sp]!;
            stack[sp] = null;
            const isNone = v === Py_None;
            if (--v.ob_refcnt === 0) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              _Py_Dealloc(v);
            }
            const wantNone = opcode === Op.POP_JUMP_FORWARD_IF_NONE || opcode === Op.POP_JUMP_BACKWARD_IF_NONE;
            if (isNone === wantNone) {
              if (opcode === Op.POP_JUMP_BACKWARD_IF_NONE || opcode === Op.POP_JUMP_BACKWARD_IF_NOT_NONE) {
                ip -= oparg << 1;
              } else {
                ip += oparg << 1;
              }
            }
            continue;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.JUMP_IF_TRUE_OR_POP: {
            const cond = stack[sp - 1]!;
            let truth: boolean;
            if (cond === Py_True) truth = true;
            else if (cond === Py_False) truth = false;
            else {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              truth = PyObject_IsTrue(cond);
            }
            if (truth === (opcode === Op.JUMP_IF_TRUE_OR_POP)) {
              ip += oparg << 1;
            } else {
              stack[--sp] = null;
              if (--cond.ob_refcnt === 0) {
                frame.lasti = (ip >> 1) - 1;
                frame.stacktop = sp; // STORE_FRAME
                _Py_Dealloc(cond);
              }
            }
            continue;
          }
          case Op.JUMP_FORWARD:
            ip += oparg << 1;
            continue;
          case Op.JUMP_BACKWARD:
            if (co.co_warmup < QUICKENING_WARMUP_DELAY) co.co_warmup++; // _PyCode_Warmup
            // The breaker runs as part of this jump (see above).
            if (tstate.evalBreaker !== null) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              tstate.evalBreaker();
            }
            ip -= oparg << 1;
            continue;
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            ip -= oparg << 1;
            continue;

          case Op.LOAD_GLOBAL: {
            const name = names[oparg >> 1];
            const c = co.co_cache[(ip >> 1) - 1] as GlobalCache | null;
            // The entry the last lookup found still holds the name?
            let v = c === null ? null : globalCacheHit(c, frame.f_globals, frame.f_builtins, name);
            if (v === null) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              v = loadGlobalSlow(frame, co, (ip >> 1) - 1, name);
            }
            if (oparg & 1) stack[sp++] = null;
            v.ob_refcnt++;
            stack[sp++] = v;
            continue;
          }
          case Op.LOAD_NAME: {
            // Fast path: module-level code, locals and globals plain dicts.
            const locals = frame.f_locals;
            if (locals !== null && locals.ob_type === PyDict_Type) {
              const name = names[oparg];
              const atModule = locals === frame.f_globals;
              if (atModule) {
                // Module level: LOAD_GLOBAL's cache.
                const c = co.co_cache[(ip >> 1) - 1] as GlobalCache | null;
                const v = c === null ? null : globalCacheHit(c, locals, frame.f_builtins, name);
                if (v !== null) {
                  v.ob_refcnt++;
                  stack[sp++] = v;
                  continue;
                }
              }
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              let v = PyDict_GetItem(locals, name);
              const inGlobals = v !== null;
              if (v === null && !atModule) v = PyDict_GetItem(frame.f_globals, name);
              if (v === null) v = PyDict_GetItem(frame.f_builtins, name);
              if (v !== null) {
                if (atModule) fillGlobalCache(co, (ip >> 1) - 1, locals, frame.f_builtins, name, inGlobals);
                v.ob_refcnt++;
                stack[sp++] = v;
                continue;
              }
            }
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            sp = slowOp(frame, opcode, oparg, sp);
            continue;
          }
          case Op.STORE_NAME: {
            const locals = frame.f_locals;
            if (locals !== null && locals.ob_type === PyDict_Type) {
              const v = stack[sp - 1]!;
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              PyDict_SetItem(locals, names[oparg], v);
              stack[--sp] = null;
              if (--v.ob_refcnt === 0) {
                frame.lasti = (ip >> 1) - 1;
                frame.stacktop = sp; // STORE_FRAME
                _Py_Dealloc(v);
              }
              continue;
            }
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            sp = slowOp(frame, opcode, oparg, sp);
            continue;
          }
          case Op.LOAD_ATTR: {
            const owner = stack[sp - 1]!;
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            let c = co.co_cache[(ip >> 1) - 1] as AttrCache | null;
            while (c !== null && c.type !== owner.ob_type) c = c.next;
            let res: PyObject | null = null;
            if (c !== null && c.type!.tp_version_tag === c.version) {
              // LOAD_ATTR_INSTANCE_VALUE: only PyInstanceObjects fill it.
              const vals = (owner as PyInstanceObject).values;
              const d = c.descr;
              if (vals !== null && c.index < vals.length && (d === null || d.ob_type.tp_descr_set === null)) {
                res = vals[c.index];
                if (res !== null) res.ob_refcnt++;
              }
            }
            if (res === null) res = loadAttrSlow(co, (ip >> 1) - 1, owner, names[oparg]);
            stack[sp - 1] = res;
            if (--owner.ob_refcnt === 0) _Py_Dealloc(owner);
            continue;
          }
          case Op.LOAD_METHOD: {
            const owner = stack[sp - 1]!;
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            let c = co.co_cache[(ip >> 1) - 1] as AttrCache | null;
            while (c !== null && c.type !== owner.ob_type) c = c.next;
            if (c !== null && c.type!.tp_version_tag === c.version) {
              // LOAD_METHOD_WITH_VALUES / _NO_DICT: no instance attribute
              // shadows the method.
              const ix = c.index;
              let hit: boolean;
              if (ix === -2) hit = true;
              else {
                const vals = (owner as PyInstanceObject).values;
                if (vals === null) hit = false;
                else if (ix >= 0) hit = ix >= vals.length || vals[ix] === null;
                else hit = c.type!.ht_cached_keys!.names.length === c.keysLen;
              }
              if (hit) {
                const m = c.descr!;
                m.ob_refcnt++;
                stack[sp - 1] = m;
                stack[sp++] = owner;
                continue;
              }
            }
            const meth = loadMethodSlow(co, (ip >> 1) - 1, owner, names[oparg]);
            if (methodLookup.unbound) {
              // [meth, self]: the owner's stack reference becomes `self`.
              stack[sp - 1] = meth;
              stack[sp++] = owner;
            } else {
              stack[sp - 1] = null;
              stack[sp++] = meth;
              if (--owner.ob_refcnt === 0) {
                frame.lasti = (ip >> 1) - 1;
                frame.stacktop = sp; // STORE_FRAME
                _Py_Dealloc(owner);
              }
            }
            continue;
          }
          case Op.STORE_ATTR: {
            const owner = stack[sp - 1]!;
            const v = stack[sp - 2]!;
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            let c = co.co_cache[(ip >> 1) - 1] as AttrCache | null;
            while (c !== null && c.type !== owner.ob_type) c = c.next;
            let done = false;
            if (c !== null && c.type!.tp_version_tag === c.version) {
              // STORE_ATTR_INSTANCE_VALUE (instanceSetAttr's inline-values case).
              const vals = (owner as PyInstanceObject).values;
              const d = c.descr;
              const ix = c.index;
              if (vals !== null && ix < vals.length && (d === null || d.ob_type.tp_descr_set === null)) {
                v.ob_refcnt++;
                const old = vals[ix];
                vals[ix] = v;
                if (old !== null && --old.ob_refcnt === 0) _Py_Dealloc(old);
                done = true;
              }
            }
            if (!done) storeAttrSlow(co, (ip >> 1) - 1, owner, names[oparg], v);
            sp -= 2;
            stack[sp] = null;
            stack[sp + 1] = null;
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            if (--v.ob_refcnt === 0) _Py_Dealloc(v);
            if (--owner.ob_refcnt === 0) _Py_Dealloc(owner);
            continue;
          }

          case Op.PRECALL: {
            // Unpack a bound method into [func, self] (3.11 PRECALL).
            if (stack[sp - oparg - 2] === null) {
              const callable = stack[sp - oparg - 1]!;
              if (callable.ob_type === PyMethod_Type) {
                const m = callable as PyMethodObject;
                const func = m.im_func;
                const self = m.im_self;
                func.ob_refcnt++;
                self.ob_refcnt++;
                stack[sp - oparg - 1] = self;
                stack[sp - oparg - 2] = func;
                if (--callable.ob_refcnt === 0) {
                  frame.lasti = (ip >> 1) - 1;
                  frame.stacktop = sp; // STORE_FRAME
                  _Py_Dealloc(callable);
                }
              }
            }
            continue;
          }
          case Op.KW_NAMES:
            kwnames = consts[oparg];
            continue;
          case Op.CALL: {
            let isMeth = stack[sp - oparg - 2] !== null ? 1 : 0;
            let bound = false;
            if (!isMeth) {
              const callable = stack[sp - oparg - 1]!;
              if (callable.ob_type === PyMethod_Type) {
                bound = true;
                const m = callable as PyMethodObject;
                m.im_func.ob_refcnt++;
                m.im_self.ob_refcnt++;
                stack[sp - oparg - 1] = m.im_self;
                stack[sp - oparg - 2] = m.im_func;
                if (--callable.ob_refcnt === 0) {
                  frame.lasti = (ip >> 1) - 1;
                  frame.stacktop = sp; // STORE_FRAME
                  _Py_Dealloc(callable);
                }
                isMeth = 1;
              }
            }
            const total = oparg + isMeth;
            const func = stack[sp - total - 1]!;
            const kw = kwnames;
            kwnames = null;
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            if (func.ob_type === PyFunction_Type) {
              // Inline call: the new frame takes the function and the
              // arguments from the stack; no JavaScript recursion.
              const callee = pushFrame(func as PyFunctionObject, stack, sp - total, total, kw);
              sp -= oparg + 2;
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              if (++tstate.depth > tstate.limit) {
                tstate.depth--;
                _PyFrame_Clear(callee);
                throw PyErr_Format(PyExc_RecursionError, "maximum recursion depth exceeded");
              }
              callee.previous = frame;
              frame = callee;
              tstate.frame = frame;
              // LOAD_FRAME
              co = frame.f_code;
              code = co.co_code;
              consts = co.co_consts;
              names = co.co_names;
              stack = frame.localsplus;
              sp = frame.stacktop;
              ip = (frame.lasti + 1) << 1;
              continue;
            }
            const res =
              (tstate.use_tracing & TRACING_SYS) !== 0
                ? _PyEval_TraceCall(callNative, func, stack, sp - total, total, kw)
                : co.co_warmup >= QUICKENING_WARMUP_DELAY && !bound
                  ? callQuickened(co, ip, oparg, func, stack, sp - total, total, kw)
                  : callNative(func, stack, sp - total, total, kw);
            const base = sp - total;
            sp -= oparg + 2;
            stack[sp++] = res;
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            // Release the callable, then the arguments in order.
            if (--func.ob_refcnt === 0) _Py_Dealloc(func);
            for (let i = 0; i < total; i++) {
              const a = stack[base + i]!;
              stack[base + i] = null;
              if (--a.ob_refcnt === 0) _Py_Dealloc(a);
            }
            if (isMeth === 0) stack[sp] = null;
            continue;
          }
          case Op.CALL_FUNCTION_EX: {
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            sp = callFunctionEx(stack, sp, oparg);
            continue;
          }

          case Op.RETURN_VALUE: {
            const retval = stack[--sp]!;
            stack[sp] = null;
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            tstate.depth--;
            const prev = frame.previous;
            tstate.frame = prev;
            if (frame.owner === FRAME_OWNED_BY_THREAD) _PyFrame_Clear(frame);
            if (frame.is_entry) return retval;
            frame = prev!;
            // LOAD_FRAME
            co = frame.f_code;
            code = co.co_code;
            consts = co.co_consts;
            names = co.co_names;
            stack = frame.localsplus;
            sp = frame.stacktop;
            ip = (frame.lasti + 1) << 1;
            stack[sp++] = retval;
            continue;
          }

          case Op.GET_ITER: {
            const v = stack[sp - 1]!;
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            const it = PyObject_GetIter(v);
            stack[sp - 1] = it;
            if (--v.ob_refcnt === 0) _Py_Dealloc(v);
            continue;
          }
          case Op.FOR_ITER: {
            const it = stack[sp - 1]!;
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            let next: PyObject | null;
            const iternext = it.ob_type.tp_iternext;
            if (iternext === null) {
              throw PyErr_Format(PyExc_TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
            }
            try {
              next = iternext(it);
            } catch (e) {
              if (!PyErr_ExceptionMatches(e, PyExc_StopIteration)) throw e;
              Py_DECREF(e as PyObject);
              next = null;
            }
            if (next !== null) {
              stack[sp++] = next;
            } else {
              stack[--sp] = null;
              if (--it.ob_refcnt === 0) {
                frame.lasti = (ip >> 1) - 1;
                frame.stacktop = sp; // STORE_FRAME
                _Py_Dealloc(it);
              }
              ip += oparg << 1;
            }
            continue;
          }

          case Op.LOAD_DEREF: {
            const cell = stack[oparg] as PyCellObject;
            const v = cell.ob_ref;
            if (v === null) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              throw unboundDeref(co, oparg);
            }
            v.ob_refcnt++;
            stack[sp++] = v;
            continue;
          }
          case Op.STORE_DEREF: {
            const v = stack[--sp]!;
            stack[sp] = null;
            const cell = stack[oparg] as PyCellObject;
            const old = cell.ob_ref;
            cell.ob_ref = v;
            if (old !== null && --old.ob_refcnt === 0) {
              frame.lasti = (ip >> 1) - 1;
              frame.stacktop = sp; // STORE_FRAME
              _Py_Dealloc(old);
            }
            continue;
          }

          default:
            frame.lasti = (ip >> 1) - 1;
            frame.stacktop = sp; // STORE_FRAME
            switch (opcode) {
              case Op.YIELD_VALUE: {
                const retval = stack[--sp]!;
                stack[sp] = null;
                frame.lasti = (ip >> 1) - 1;
                frame.stacktop = sp; // STORE_FRAME
                (frame.gen as PyGenObject).gi_frame_state = GEN_FRAME_SUSPENDED;
                tstate.depth--;
                tstate.frame = frame.previous;
                return retval;
              }
              case Op.RETURN_GENERATOR: {
                const wasEntry = frame.is_entry;
                const gen = _Py_MakeGen(frame);
                tstate.depth--;
                const prev = frame.previous;
                tstate.frame = prev;
                frame.previous = null;
                if (wasEntry) return gen;
                frame = prev!;
                // LOAD_FRAME
                co = frame.f_code;
                code = co.co_code;
                consts = co.co_consts;
                names = co.co_names;
                stack = frame.localsplus;
                sp = frame.stacktop;
                ip = (frame.lasti + 1) << 1;
                stack[sp++] = gen;
                continue;
              }
              case Op.RAISE_VARARGS: {
                let cause: PyObject | null = null;
                let exc: PyObject | null = null;
                if (oparg === 2) {
                  cause = stack[--sp];
                  stack[sp] = null;
                }
                if (oparg >= 1) {
                  exc = stack[--sp];
                  stack[sp] = null;
                }
                frame.lasti = (ip >> 1) - 1;
                frame.stacktop = sp; // STORE_FRAME
                if (exc === null) {
                  const value = _PyErr_GetTopmostException();
                  if (value === null) throw PyErr_Format(PyExc_RuntimeError, "No active exception to reraise");
                  value.ob_refcnt++;
                  unwindFlags = UNWIND_NO_TB | UNWIND_NO_CHAIN;
                  throw value;
                }
                const value = doRaise(exc, cause);
                unwindFlags = UNWIND_NO_CHAIN;
                throw value;
              }
              case Op.RERAISE: {
                const val = stack[--sp]!;
                stack[sp] = null;
                frame.lasti = (ip >> 1) - 1;
                frame.stacktop = sp; // STORE_FRAME
                let flags = UNWIND_NO_TB | UNWIND_NO_CHAIN;
                if (oparg) {
                  // The traceback keeps the line of the original raise.
                  const lasti = stack[sp - oparg]!;
                  frame.lasti = (lasti as PyLongObject).v;
                  flags |= UNWIND_KEEP_LASTI;
                }
                unwindFlags = flags;
                throw val;
              }
              case Op.END_ASYNC_FOR: {
                const val = stack[--sp]!;
                stack[sp] = null;
                if (PyErr_GivenExceptionMatches(val, PyExc_StopAsyncIteration)) {
                  const aiter = stack[--sp]!;
                  stack[sp] = null;
                  frame.lasti = (ip >> 1) - 1;
                  frame.stacktop = sp; // STORE_FRAME
                  Py_DECREF(val);
                  Py_DECREF(aiter);
                  continue;
                }
                // Any other exception goes on as it is (exception_unwind).
                unwindFlags = UNWIND_NO_TB | UNWIND_NO_CHAIN;
                throw val;
              }
              case Op.SEND: {
                const v = stack[sp - 1]!;
                const receiver = stack[sp - 2]!;
                const status = PyIter_Send(receiver, v);
                const retval = genSendResult.value!;
                genSendResult.value = null;
                sp--;
                stack[sp] = null;
                frame.lasti = (ip >> 1) - 1;
                frame.stacktop = sp; // STORE_FRAME
                if (--v.ob_refcnt === 0) _Py_Dealloc(v);
                if (status === PYGEN_RETURN) {
                  stack[sp - 1] = retval;
                  if (--receiver.ob_refcnt === 0) _Py_Dealloc(receiver);
                  ip += oparg << 1;
                } else {
                  stack[sp++] = retval;
                }
                continue;
              }
              default:
                sp = slowOp(frame, opcode, oparg, sp);
                continue;
            }
        }
      }
    } catch (e) {
      pending = toPyException(e);
      pendingFlags = unwindFlags;
      unwindFlags = 0;
      kwnames = null;
      pendingWhere = (ip >> 1) - 1;
      if ((pendingFlags & UNWIND_KEEP_LASTI) === 0) frame.lasti = pendingWhere;
    }
  }
}

// ------------------------------------------------------- frame handling

/**
 * _PyEvalFramePushAndInit for an inline CALL: a new frame for `func`
 * taking the function reference (at stack[base-1]) and the `total`
 * arguments at stack[base..] from the caller's stack (their references
 * move into the frame). On a binding error everything is released and the
 * TypeError thrown.
 */
function pushFrame(
  func: PyFunctionObject,
  stack: (PyObject | null)[],
  base: number,
  total: number,
  kwnames: PyObject | null,
): InterpFrame {
  const co = func.func_code;
  co.ob_refcnt++;
  let locals: PyObject | null = null;
  if ((co.co_flags & CO_OPTIMIZED) === 0) {
    locals = func.func_globals!;
    locals.ob_refcnt++;
  }
  const frame = _PyFrame_New(func, co, locals);
  const slots = frame.localsplus;
  if (
    kwnames === null &&
    total === co.co_argcount &&
    (co.co_flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 &&
    co.co_kwonlyargcount === 0
  ) {
    // Exact positional match: move the references.
    for (let i = 0; i < total; i++) {
      slots[i] = stack[base + i];
      stack[base + i] = null;
    }
    stack[base - 1] = null;
    return frame;
  }
  const nkw = kwnames === null ? 0 : PyTuple_GET_SIZE(kwnames);
  let err: unknown = null;
  try {
    initializeLocals(func, co, slots, stack, base, total - nkw, kwnames);
  } catch (e) {
    err = e;
  }
  // The frame holds its own references now; drop the stack's.
  stack[base - 1] = null;
  for (let i = 0; i < total; i++) {
    const a = stack[base + i]!;
    stack[base + i] = null;
    if (--a.ob_refcnt === 0) _Py_Dealloc(a);
  }
  if (err !== null) {
    _PyFrame_Clear(frame);
    throw err;
  }
  return frame;
}

/** Look for a handler of `exc` in `frame` at instruction `where`; set the frame up
 *  to run it (true), or pop its whole value stack (false). `exc` is moved
 *  onto the stack when a handler is found. */
function handleInFrame(frame: InterpFrame, exc: PyObject, where: number): boolean {
  const co = frame.f_code;
  const lasti = where;
  const table = co.co_exceptiontable;
  let entry = null;
  for (let i = 0; i < table.length; i++) {
    const e = table[i];
    if (e.start <= lasti && lasti < e.end && (entry === null || e.start >= entry.start)) entry = e;
  }
  const stack = frame.localsplus;
  const base = co.co_nlocalsplus;
  const level = entry === null ? base : base + entry.depth;
  while (frame.stacktop > level) {
    const v = stack[--frame.stacktop];
    stack[frame.stacktop] = null;
    if (v !== null) Py_DECREF(v);
  }
  if (entry === null) return false;
  if (entry.lasti) stack[frame.stacktop++] = PyLong_FromNumber(frame.lasti);
  // The handler gets the instance (_PyErr_NormalizeException).
  _PyErr_NormalizeException(exc);
  stack[frame.stacktop++] = exc;
  frame.lasti = entry.target - 1;
  return true;
}

// ------------------------------------------------------------- errors

function unboundLocal(co: PyCodeObject, i: number): PyObject {
  return PyErr_Format(
    PyExc_UnboundLocalError,
    `cannot access local variable '${co.localsplusnames[i]}' where it is not associated with a value`,
  );
}

function unboundDeref(co: PyCodeObject, i: number): PyObject {
  const kind = co.co_localspluskinds[i];
  const name = co.localsplusnames[i];
  if ((kind & CO_FAST_FREE) !== 0) {
    return nameErrorWithName(
      `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
      co.co_localsplusnames[i],
    );
  }
  return PyErr_Format(
    PyExc_UnboundLocalError,
    `cannot access local variable '${name}' where it is not associated with a value`,
  );
}

function nameError(name: PyObject): PyObject {
  return nameErrorWithName(`name '${PyUnicode_AsString(name)}' is not defined`, name);
}

/** format_exc_check_arg for NameError: the exception is normalized at
 *  once and its `name` set, for the traceback's "Did you mean" hint. */
function nameErrorWithName(msg: string, name: PyObject): PyObject {
  const exc = PyErr_Format(PyExc_NameError, msg);
  _PyErr_NormalizeException(exc);
  let extra = exc.extra;
  if (extra === null) extra = exc.extra = new Map();
  // NameError's init set `name` to None: that reference goes.
  const old = extra.get("name");
  Py_INCREF(name);
  extra.set("name", name);
  if (old !== undefined) Py_DECREF(old);
  return exc;
}

/** do_raise for `raise exc [from cause]` (both stolen): the exception
 *  instance to throw, with cause and implicit context set. */
function doRaise(exc: PyObject, cause: PyObject | null): PyObject {
  let value: PyObject;
  try {
    if (isExceptionClass(exc)) {
      value = PyObject_Call(exc, [], null);
      if (!PyExceptionInstance_Check(value)) {
        const msg = `calling ${reprOf(exc)} should have returned an instance of BaseException, not ${reprOf(value.ob_type)}`;
        Py_DECREF(value);
        throw PyErr_Format(PyExc_TypeError, msg);
      }
    } else if (PyExceptionInstance_Check(exc)) {
      value = Py_NewRef(exc);
    } else {
      throw PyErr_Format(PyExc_TypeError, "exceptions must derive from BaseException");
    }
  } catch (e) {
    Py_DECREF(exc);
    if (cause !== null) Py_DECREF(cause);
    throw e;
  }
  Py_DECREF(exc);
  if (cause !== null) {
    let fixed: PyObject | null;
    try {
      if (isExceptionClass(cause)) {
        fixed = PyObject_Call(cause, [], null);
      } else if (PyExceptionInstance_Check(cause)) {
        fixed = Py_NewRef(cause);
      } else if (cause === Py_None) {
        fixed = null;
      } else {
        throw PyErr_Format(PyExc_TypeError, "exception causes must derive from BaseException");
      }
    } catch (e) {
      Py_DECREF(cause);
      Py_DECREF(value);
      throw e;
    }
    Py_DECREF(cause);
    const v = value as PyBaseExceptionObject;
    const old = v.cause;
    v.cause = fixed;
    v.suppress_context = true;
    Py_XDECREF(old);
  }
  _PyErr_ChainContext(value);
  return value;
}

function isExceptionClass(o: PyObject): boolean {
  return o instanceof PyTypeObject && (o.tp_flags & TPFLAGS_BASE_EXC_SUBCLASS) !== 0;
}

function reprOf(o: PyObject): string {
  const r = PyObject_Repr(o);
  try {
    return PyUnicode_AsString(r);
  } finally {
    Py_DECREF(r);
  }
}

// ------------------------------------------------------------ numbers

type Binary = (a: PyObject, b: PyObject) => PyObject;

/** BINARY_OP's functions, indexed by its argument (CPython's binary_ops[]):
 *  slot NB.X holds PyNumber_X (NB.POWER, NB.INPLACE_POWER: the ternary
 *  power without a modulus). test/opcodes.test.ts checks every slot
 *  against the NB enum. Exported for that test only. */
export const binaryOps: readonly Binary[] = [
  PyNumber_Add,
  PyNumber_And,
  PyNumber_FloorDivide,
  PyNumber_Lshift,
  PyNumber_MatrixMultiply,
  PyNumber_Multiply,
  PyNumber_Remainder,
  PyNumber_Or,
  _PyNumber_PowerNoMod,
  PyNumber_Rshift,
  PyNumber_Subtract,
  PyNumber_TrueDivide,
  PyNumber_Xor,
  PyNumber_InPlaceAdd,
  PyNumber_InPlaceAnd,
  PyNumber_InPlaceFloorDivide,
  PyNumber_InPlaceLshift,
  PyNumber_InPlaceMatrixMultiply,
  PyNumber_InPlaceMultiply,
  PyNumber_InPlaceRemainder,
  PyNumber_InPlaceOr,
  _PyNumber_InPlacePowerNoMod,
  PyNumber_InPlaceRshift,
  PyNumber_InPlaceSubtract,
  PyNumber_InPlaceTrueDivide,
  PyNumber_InPlaceXor,
];

/** `a ** b` for BINARY_OP (CPython's _PyNumber_PowerNoMod). */
function _PyNumber_PowerNoMod(a: PyObject, b: PyObject): PyObject {
  return PyNumber_Power(a, b, Py_None);
}

/** `a **= b` for BINARY_OP (CPython's _PyNumber_InPlacePowerNoMod). */
function _PyNumber_InPlacePowerNoMod(a: PyObject, b: PyObject): PyObject {
  return PyNumber_InPlacePower(a, b, Py_None);
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const INT32_MIN = -0x80000000;
const INT32_MAX = 0x7fffffff;

/** int op int on safe-integer values without leaving the loop (as
 *  longobject.c computes them for small values): a new reference, or null
 *  to take the general path (overflow past 2**53, a zero divisor, negative
 *  shift counts, operators without a fast form). */
function intBinaryFast(op: number, a: number, b: number): PyObject | null {
  let r: number;
  switch (op) {
    case NB.ADD:
    case NB.INPLACE_ADD:
      r = a + b;
      break;
    case NB.SUBTRACT:
    case NB.INPLACE_SUBTRACT:
      r = a - b;
      break;
    case NB.MULTIPLY:
    case NB.INPLACE_MULTIPLY:
      r = a * b;
      if (r === 0) r = 0; // no -0
      break;
    case NB.REMAINDER:
    case NB.INPLACE_REMAINDER:
      if (b === 0) return null;
      r = a % b;
      if (r === 0) r = 0;
      else if (r < 0 !== b < 0) r += b;
      break;
    case NB.FLOOR_DIVIDE:
    case NB.INPLACE_FLOOR_DIVIDE: {
      if (b === 0) return null;
      const m = a % b;
      r = (a - m) / b;
      if (m !== 0 && m < 0 !== b < 0) r -= 1;
      if (r === 0) r = 0;
      break;
    }
    case NB.AND:
    case NB.INPLACE_AND:
      if (a < INT32_MIN || a > INT32_MAX || b < INT32_MIN || b > INT32_MAX) return null;
      r = a & b;
      break;
    case NB.OR:
    case NB.INPLACE_OR:
      if (a < INT32_MIN || a > INT32_MAX || b < INT32_MIN || b > INT32_MAX) return null;
      r = a | b;
      break;
    case NB.XOR:
    case NB.INPLACE_XOR:
      if (a < INT32_MIN || a > INT32_MAX || b < INT32_MIN || b > INT32_MAX) return null;
      r = a ^ b;
      break;
    case NB.RSHIFT:
    case NB.INPLACE_RSHIFT:
      if (b < 0 || b > 63) return null;
      r = Math.floor(a / 2 ** b);
      if (r === 0) r = 0;
      break;
    case NB.LSHIFT:
    case NB.INPLACE_LSHIFT:
      if (b < 0 || b > 53) return null;
      r = a * 2 ** b;
      break;
    default:
      return null;
  }
  if (r > MAX_SAFE || r < -MAX_SAFE) return null;
  return PyLong_FromNumber(r);
}

// ------------------------------------------------------ inline caches

/** The index of the entry of dict `d` whose key is `key` itself, or -1. */
function dictEntryIndex(d: PyDictObject, key: PyObject): number {
  const keys = d.me_key;
  const n = d.dk_nentries;
  for (let i = 0; i < n; i++) if (keys[i] === key) return i;
  return -1;
}

/** The value a LOAD_GLOBAL / module-level LOAD_NAME cache entry still
 *  vouches for (borrowed), or null: see GlobalCache. */
function globalCacheHit(c: GlobalCache, globals: PyObject, builtins: PyObject, name: PyObject): PyObject | null {
  if (c.globals !== globals) return null;
  const g = globals as PyDictObject;
  const ix = c.index;
  if (ix >= 0) return ix < g.dk_nentries && g.me_key[ix] === name ? g.me_value[ix] : null;
  if (c.globalsVersion !== g.ma_version || c.builtins !== builtins) return null;
  const b = builtins as PyDictObject;
  const bix = c.builtinsIndex;
  return bix < b.dk_nentries && b.me_key[bix] === name ? b.me_value[bix] : null;
}

/** LOAD_GLOBAL without a cache hit: the lookup (globals, then builtins;
 *  NameError), then the instruction's cache is (re)filled. Borrowed. */
function loadGlobalSlow(frame: InterpFrame, co: PyCodeObject, instr: number, name: PyObject): PyObject {
  const globals = frame.f_globals;
  const builtins = frame.f_builtins;
  let v = PyDict_GetItem(globals, name);
  const inGlobals = v !== null;
  if (v === null) {
    v = PyDict_GetItem(builtins, name);
    if (v === null) throw nameError(name);
  }
  fillGlobalCache(co, instr, globals, builtins, name, inGlobals);
  return v;
}

/** Remember where `name` was just found: in `globals` (inGlobals) or in
 *  `builtins` while absent from `globals`. */
function fillGlobalCache(
  co: PyCodeObject,
  instr: number,
  globals: PyObject,
  builtins: PyObject,
  name: PyObject,
  inGlobals: boolean,
): void {
  if (globals.ob_type !== PyDict_Type || builtins.ob_type !== PyDict_Type) return;
  let c = co.co_cache[instr] as GlobalCache | null;
  if (c === null) co.co_cache[instr] = c = new GlobalCache();
  const g = globals as PyDictObject;
  if (inGlobals) {
    const ix =
      c.globals === g && c.index >= 0 && c.index < g.dk_nentries && g.me_key[c.index] === name
        ? c.index
        : dictEntryIndex(g, name);
    c.globals = ix >= 0 ? g : null;
    c.index = ix;
    return;
  }
  const b = builtins as PyDictObject;
  const bix =
    c.builtins === b && c.builtinsIndex >= 0 && c.builtinsIndex < b.dk_nentries && b.me_key[c.builtinsIndex] === name
      ? c.builtinsIndex
      : dictEntryIndex(b, name);
  c.globals = bix >= 0 ? g : null;
  c.index = -1;
  c.globalsVersion = g.ma_version;
  c.builtins = b;
  c.builtinsIndex = bix;
}

/** LOAD_ATTR without a cache hit: PyObject_GetAttr (new reference), then
 *  the cache is filled when `owner` is an instance keeping `name` in its
 *  inline values and no data descriptor on the type takes precedence. */
function loadAttrSlow(co: PyCodeObject, instr: number, owner: PyObject, name: PyObject): PyObject {
  const res = PyObject_GetAttr(owner, name);
  const tp = owner.ob_type;
  if (
    owner instanceof PyInstanceObject &&
    owner.values !== null &&
    tp.tp_getattro === PyObject_GenericGetAttr &&
    tp.ht_cached_keys !== null
  ) {
    const ix = tp.ht_cached_keys.index.get(PyUnicode_AsString(name));
    if (ix !== undefined) {
      const descr = _PyType_Lookup(tp, name);
      if (descr === null || descr.ob_type.tp_descr_set === null) {
        const c = attrCacheEntry(co, instr, tp);
        c.type = tp;
        c.version = tp.tp_version_tag;
        c.index = ix;
        c.descr = descr;
      }
    }
  }
  return res;
}

/** STORE_ATTR without a cache hit: PyObject_SetAttr, then the cache is
 *  filled as for loadAttrSlow (the name now has a shared-keys slot). */
function storeAttrSlow(co: PyCodeObject, instr: number, owner: PyObject, name: PyObject, v: PyObject): void {
  PyObject_SetAttr(owner, name, v);
  const tp = owner.ob_type;
  if (
    owner instanceof PyInstanceObject &&
    owner.values !== null &&
    tp.tp_setattro === PyObject_GenericSetAttr &&
    tp.ht_cached_keys !== null
  ) {
    const ix = tp.ht_cached_keys.index.get(PyUnicode_AsString(name));
    if (ix !== undefined) {
      const descr = _PyType_Lookup(tp, name);
      if (descr === null || descr.ob_type.tp_descr_set === null) {
        const c = attrCacheEntry(co, instr, tp);
        c.type = tp;
        c.version = tp.tp_version_tag;
        c.index = ix;
        c.descr = descr;
      }
    }
  }
}

/** LOAD_METHOD without a cache hit: _PyObject_GetMethodFast (new
 *  reference; methodLookup.unbound says how to call it). When it found a
 *  plain method on the type, the cache remembers it with what proves no
 *  instance attribute shadows it. */
function loadMethodSlow(co: PyCodeObject, instr: number, owner: PyObject, name: PyObject): PyObject {
  const meth = _PyObject_GetMethodFast(owner, name);
  if (!methodLookup.unbound) return meth;
  const tp = owner.ob_type;
  if (tp.tp_getattro !== PyObject_GenericGetAttr) return meth;
  const descr = _PyType_Lookup(tp, name);
  if (descr !== meth || (descr.ob_type.tp_flags & TPFLAGS_METHOD_DESCRIPTOR) === 0) return meth;
  let index: number;
  let keysLen = 0;
  if (!tp.tp_hasdict && tp.tp_getdict === null) {
    if (owner instanceof PyInstanceObject && (owner.values !== null || owner.dict !== null)) return meth;
    index = -2;
  } else if (owner instanceof PyInstanceObject && owner.values !== null && tp.ht_cached_keys !== null) {
    const ix = tp.ht_cached_keys.index.get(PyUnicode_AsString(name));
    if (ix === undefined) {
      index = -1;
      keysLen = tp.ht_cached_keys.names.length;
    } else {
      index = ix;
    }
  } else {
    return meth;
  }
  const c = attrCacheEntry(co, instr, tp);
  c.type = tp;
  c.version = tp.tp_version_tag;
  c.index = index;
  c.keysLen = keysLen;
  c.descr = descr;
  return meth;
}

// ------------------------------------------------------------- calls

/** Call a non-Python-function callable with stack[base..base+total) as
 *  vectorcall arguments (borrowed). */
function callNative(
  func: PyObject,
  stack: (PyObject | null)[],
  base: number,
  total: number,
  kwnames: PyObject | null,
): PyObject {
  const args: PyObject[] = [];
  for (let i = 0; i < total; i++) args.push(stack[base + i]!);
  return PyObject_Call(func, args, kwnames);
}

// ------------------------------------------------- specialized calls

/**
 * Whether 3.11 runs this COMPARE_OP as one of its specialized forms,
 * which compare without PyObject_RichCompare's recursion level: in
 * quickened code, when the next instruction is a conditional jump
 * (COMPARE_OP_*_JUMP), for two floats, two compact ints (below 2**30 in
 * size) or two strs compared with == or !=. Everything else (before
 * quickening, a comparison whose result is kept, big ints, mixed types)
 * is the generic COMPARE_OP, which counts a level against the limit.
 */
function compareSpecialized(
  co: PyCodeObject,
  code: Uint8Array,
  ip: number,
  lhs: PyObject,
  rhs: PyObject,
  op: number,
): boolean {
  if (co.co_warmup < QUICKENING_WARMUP_DELAY) return false;
  const next = code[ip];
  if (
    next !== Op.POP_JUMP_FORWARD_IF_FALSE &&
    next !== Op.POP_JUMP_FORWARD_IF_TRUE &&
    next !== Op.POP_JUMP_BACKWARD_IF_FALSE &&
    next !== Op.POP_JUMP_BACKWARD_IF_TRUE
  ) {
    return false;
  }
  const t = lhs.ob_type;
  if (t !== rhs.ob_type) return false;
  if (t === PyFloat_Type) return true;
  if (t === PyLong_Type) return isCompact(lhs as PyLongObject) && isCompact(rhs as PyLongObject);
  return t === PyUnicode_Type && (op === Py_EQ || op === Py_NE);
}

/** _PyLong_IsCompact: at most one 30-bit digit. */
function isCompact(v: PyLongObject): boolean {
  return v.big === null && v.v < 0x40000000 && v.v > -0x40000000;
}

/** 3.11's QUICKENING_WARMUP_DELAY: a code object is quickened by its 8th
 *  RESUME or JUMP_BACKWARD, and each CALL then specializes the first time
 *  it runs, for the callable it meets (_Py_Specialize_Precall). */
const QUICKENING_WARMUP_DELAY = 8;

/** The specializations that change what a call counts against the
 *  recursion limit: the generic call of a built-in counts a level
 *  (cfunction_enter_call, method_enter_call, _PyObject_MakeTpCall for
 *  str); these specialized forms call the C function directly and do not.
 *  The others (PRECALL_NO_KW_BUILTIN_O and the METH_O / METH_NOARGS
 *  method descriptors, which still count; classes with a vectorcall;
 *  Python functions; failures) are all Generic here. */
const enum CallSpec {
  Unset = 0,
  Generic,
  Len, // PRECALL_NO_KW_LEN
  IsInstance, // PRECALL_NO_KW_ISINSTANCE
  BuiltinFast, // PRECALL_NO_KW_BUILTIN_FAST
  BuiltinFastKw, // PRECALL_BUILTIN_FAST_WITH_KEYWORDS
  DescrFast, // PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST
  DescrFastKw, // PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS
  ListAppend, // PRECALL_NO_KW_LIST_APPEND
  Str1, // PRECALL_NO_KW_STR_1
}

const CALL_FLAGS = METH_VARARGS | METH_FASTCALL | METH_NOARGS | METH_O | METH_KEYWORDS;

function isBuiltin(f: PyCFunctionObject, name: string): boolean {
  const self = f.m_self;
  return f.m_ml.name === name && self !== null && PyModule_Check(self) && PyModule_GetNameString(self) === "builtins";
}

/** The method tables' rows of builtins.len and builtins.isinstance (the
 *  interpreter's callable_cache), found when a call first specializes. */
let lenDef: PyMethodDef | null = null;
let isinstanceDef: PyMethodDef | null = null;

/** _Py_Specialize_Precall, reduced to what it means for the count. */
function specializeCall(func: PyObject, nargs: number, kw: PyObject | null, oparg: number, nextOp: number): CallSpec {
  if (func.ob_type === PyCFunction_Type) {
    const f = func as PyCFunctionObject;
    if (f.m_ml.varargs === true) return CallSpec.Generic;
    switch (f.m_ml.flags & CALL_FLAGS) {
      case METH_O:
        if (kw !== null || nargs !== 1 || !isBuiltin(f, "len")) return CallSpec.Generic;
        lenDef = f.m_ml;
        return CallSpec.Len;
      case METH_FASTCALL:
        if (kw !== null) return CallSpec.Generic;
        if (nargs !== 2 || !isBuiltin(f, "isinstance")) return CallSpec.BuiltinFast;
        isinstanceDef = f.m_ml;
        return CallSpec.IsInstance;
      case METH_FASTCALL | METH_KEYWORDS:
        return CallSpec.BuiltinFastKw;
      default:
        return CallSpec.Generic;
    }
  }
  if (func.ob_type === PyMethodDescr_Type) {
    if (kw !== null) return CallSpec.Generic;
    const d = func as PyMethodDescrObject;
    if (d.d_method.varargs === true) return CallSpec.Generic;
    switch (d.d_method.flags & CALL_FLAGS) {
      case METH_O:
        return nargs === 2 && oparg === 1 && nextOp === Op.POP_TOP && isListAppend(d)
          ? CallSpec.ListAppend
          : CallSpec.Generic;
      case METH_FASTCALL:
        return CallSpec.DescrFast;
      case METH_FASTCALL | METH_KEYWORDS:
        return CallSpec.DescrFastKw;
      default:
        return CallSpec.Generic;
    }
  }
  if (func === PyUnicode_Type && nargs === 1 && kw === null && oparg === 1) return CallSpec.Str1;
  return CallSpec.Generic;
}

function isListAppend(d: PyMethodDescrObject): boolean {
  return d.d_type === PyList_Type && d.d_method.name === "append";
}

/** Does the specialized instruction's guard let `func` through
 *  (otherwise it deoptimizes to the generic call)? */
function specializedHit(spec: CallSpec, func: PyObject, nargs: number, kw: PyObject | null): boolean {
  switch (spec) {
    case CallSpec.Len:
      return (
        kw === null && nargs === 1 && func.ob_type === PyCFunction_Type && (func as PyCFunctionObject).m_ml === lenDef
      );
    case CallSpec.IsInstance:
      return (
        kw === null &&
        nargs === 2 &&
        func.ob_type === PyCFunction_Type &&
        (func as PyCFunctionObject).m_ml === isinstanceDef
      );
    case CallSpec.BuiltinFast:
      return (
        kw === null && func.ob_type === PyCFunction_Type && (func as PyCFunctionObject).m_ml.flags === METH_FASTCALL
      );
    case CallSpec.BuiltinFastKw:
      return (
        func.ob_type === PyCFunction_Type && (func as PyCFunctionObject).m_ml.flags === (METH_FASTCALL | METH_KEYWORDS)
      );
    case CallSpec.DescrFast:
      return (
        kw === null &&
        nargs >= 1 &&
        func.ob_type === PyMethodDescr_Type &&
        (func as PyMethodDescrObject).d_method.flags === METH_FASTCALL
      );
    case CallSpec.DescrFastKw:
      return (
        nargs >= 1 &&
        func.ob_type === PyMethodDescr_Type &&
        (func as PyMethodDescrObject).d_method.flags === (METH_FASTCALL | METH_KEYWORDS)
      );
    case CallSpec.ListAppend:
      return (
        kw === null && nargs === 2 && func.ob_type === PyMethodDescr_Type && isListAppend(func as PyMethodDescrObject)
      );
    case CallSpec.Str1:
      return func === PyUnicode_Type && nargs === 1 && kw === null;
    default:
      return false;
  }
}

/**
 * A CALL of anything but a Python function in quickened code: the
 * specialized instruction's call where its guard holds, the generic one
 * otherwise. They differ only in the recursion level the generic call of
 * a built-in counts.
 */
function callQuickened(
  co: PyCodeObject,
  ip: number,
  oparg: number,
  func: PyObject,
  stack: (PyObject | null)[],
  base: number,
  total: number,
  kw: PyObject | null,
): PyObject {
  let specs = co.co_callspec;
  if (specs === null) specs = co.co_callspec = new Uint8Array(co.co_code.length >> 1);
  const site = (ip >> 1) - 1;
  let spec = specs[site] as CallSpec;
  if (spec === CallSpec.Unset) {
    let next = ip;
    while (co.co_code[next] === Op.CACHE) next += 2;
    spec = specs[site] = specializeCall(func, total, kw, oparg, co.co_code[next]);
  }
  if (spec === CallSpec.Generic || !specializedHit(spec, func, total, kw))
    return callNative(func, stack, base, total, kw);
  const args: PyObject[] = [];
  for (let i = 0; i < total; i++) args.push(stack[base + i]!);
  if (spec === CallSpec.Str1) return func.ob_type.tp_call!(func, args, kw);
  if (func.ob_type === PyCFunction_Type) return _PyCFunction_CallUncounted(func, args, kw);
  return _PyMethodDescr_Call(func, args, kw, false);
}

/** CALL_FUNCTION_EX: [NULL, func, callargs(, kwargs)] → [result]. */
/** callFunctionEx's call for _PyEval_TraceCall: the arguments are the
 *  whole array it is given. */
function callArgs(func: PyObject, args: (PyObject | null)[], _base: number, _total: number, kwnames: PyObject | null) {
  return PyObject_Call(func, args as PyObject[], kwnames);
}

function callFunctionEx(stack: (PyObject | null)[], sp: number, flags: number): number {
  const hasKw = (flags & 1) !== 0;
  const kwargs = hasKw ? stack[sp - 1] : null;
  const callargsIdx = hasKw ? sp - 2 : sp - 1;
  let callargs = stack[callargsIdx]!;
  const func = stack[callargsIdx - 1]!;
  if (callargs.ob_type !== PyTuple_Type) {
    if (callargs.ob_type.tp_iter === null && !PySequence_Check(callargs)) {
      throw PyErr_Format(
        PyExc_TypeError,
        `${_PyObject_FunctionStr(func)} argument after * must be an iterable, not ${callargs.ob_type.tp_name}`,
      );
    }
    const t = PySequenceTupleSafe(callargs);
    stack[callargsIdx] = t;
    Py_DECREF(callargs);
    callargs = t;
  }
  const n = PyTuple_GET_SIZE(callargs);
  const args: PyObject[] = [];
  for (let i = 0; i < n; i++) args.push(PyTuple_GET_ITEM(callargs, i));
  // do_call_core → PyObject_Call(func, callargs, kwargs): a callable
  // without a vectorcall gets the tuple and the dict themselves
  // (_PyCall_SetPacked); a vectorcall gets the tuple's items and, for
  // keyword arguments, a new tuple of their names (_PyStack_UnpackDict).
  const ks: PyObject[] = [];
  if (kwargs !== null && kwargs.ob_type === PyDict_Type) {
    for (let i = PyDict_Next(kwargs, 0); i >= 0; i = PyDict_Next(kwargs, i + 1)) {
      ks.push(_PyDict_Key(kwargs, i));
      args.push(_PyDict_Value(kwargs, i));
    }
  }
  const packed =
    (tstate.use_tracing & TRACING_SYS) === 0 &&
    (_PyCall_TakesPacked(func, n) ||
      (func.ob_type === PyCFunction_Type && (func as PyCFunctionObject).m_ml.varargs === true));
  // The tuple of names refpy's calling convention needs: CPython makes
  // it only for a vectorcall.
  let kwnames: PyObject | null = null;
  if (ks.length > 0) {
    kwnames = packed ? _PyObject_GC_NewUncounted(() => _PyTuple_FromArray(ks) as PyGCObject) : _PyTuple_FromArray(ks);
  }
  if (packed) _PyCall_SetPacked(callargs, kwargs);
  let res: PyObject;
  try {
    // do_call_core: with a profile function set, a built-in function (or a
    // method descriptor with its self) is called between 'c_call' and
    // 'c_return'/'c_exception', as CALL does.
    res =
      (tstate.use_tracing & TRACING_SYS) !== 0
        ? _PyEval_TraceCall(callArgs, func, args, 0, args.length, kwnames)
        : PyObject_Call(func, args, kwnames);
  } finally {
    _PyCall_TakePacked();
    if (kwnames !== null) Py_DECREF(kwnames);
  }
  // Release func, callargs, kwargs; the NULL below becomes the result.
  const newSp = callargsIdx - 1;
  stack[newSp - 1] = res;
  for (let i = newSp; i < sp; i++) stack[i] = null;
  Py_DECREF(func);
  Py_DECREF(callargs);
  if (kwargs !== null) Py_DECREF(kwargs);
  return newSp;
}

function PySequenceTupleSafe(o: PyObject): PyObject {
  const it = PyObject_GetIter(o);
  const items: PyObject[] = [];
  try {
    for (;;) {
      const x = PyIter_Next(it);
      if (x === null) break;
      items.push(x);
    }
  } catch (e) {
    for (const x of items) Py_DECREF(x);
    throw e;
  } finally {
    Py_DECREF(it);
  }
  return _PyTuple_FromArraySteal(items);
}

// ------------------------------------------------------------ slow ops

/**
 * Where each instruction is handled. The `handler` column of OPCODES
 * (src/bytecode/opcodes.ts) names the place for every opcode, and
 * test/opcodes.test.ts checks it against the `case Op.X` labels of the
 * three switches:
 *  - "inline": a case of _PyEval_EvalFrameDefault's dispatch switch: the
 *    frequent instructions, the jumps, and those that push or pop frames
 *    (CALL, RETURN_VALUE). Each ends in `continue` or a throw, and does
 *    its own STORE_FRAME where the sync rule (at the head of
 *    _PyEval_EvalFrameDefault) asks for one.
 *  - "nested": a case of the switch in the dispatch's `default:` branch,
 *    entered after its STORE_FRAME. These need the loop's locals: they
 *    return from the loop (YIELD_VALUE, RETURN_GENERATOR), throw with
 *    unwind flags (RAISE_VARARGS, RERAISE) or move `ip` (SEND).
 *  - "slow": a case of slowOp, called from that switch's `default:`;
 *    every other instruction.
 *  - "inline+slow": an inline fast path (LOAD_NAME, STORE_NAME with a
 *    dict for locals) that otherwise does STORE_FRAME and calls slowOp.
 *  - "prefix": EXTENDED_ARG, folded into the next instruction's argument
 *    before the dispatch; it has no case.
 * slowOp is called from nowhere else, so a slowOp case for an "inline"
 * or "nested" instruction could never run.
 */

/** A "slow" instruction (or the general case of an "inline+slow" one).
 *  Runs after STORE_FRAME; returns the new stack pointer. Having no `ip`,
 *  it and its helpers store only `frame.stacktop` when they move the
 *  stack before a call, a release or an allocation (lasti stays current). */
function slowOp(frame: InterpFrame, opcode: number, oparg: number, sp: number): number {
  const stack = frame.localsplus;
  const co = frame.f_code;
  switch (opcode) {
    case Op.UNARY_POSITIVE:
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_INVERT: {
      const v = stack[sp - 1]!;
      const res =
        opcode === Op.UNARY_POSITIVE
          ? PyNumber_Positive(v)
          : opcode === Op.UNARY_NEGATIVE
            ? PyNumber_Negative(v)
            : PyNumber_Invert(v);
      stack[sp - 1] = res;
      Py_DECREF(v);
      return sp;
    }
    case Op.UNARY_NOT: {
      const v = stack[sp - 1]!;
      const t = PyObject_IsTrue(v);
      stack[sp - 1] = Py_NewRef(t ? Py_False : Py_True);
      Py_DECREF(v);
      return sp;
    }
    case Op.CONTAINS_OP: {
      const right = stack[sp - 1]!;
      const left = stack[sp - 2]!;
      const r = PySequence_Contains(right, left);
      const res = r !== (oparg === 1);
      sp -= 2;
      stack[sp] = Py_NewRef(res ? Py_True : Py_False);
      stack[sp + 1] = null;
      frame.stacktop = sp + 1;
      Py_DECREF(left);
      Py_DECREF(right);
      return sp + 1;
    }

    case Op.LOAD_NAME: {
      const name = co.co_names[oparg];
      const locals = frame.f_locals;
      if (locals === null) {
        throw PyErr_Format(PyExc_SystemError, `no locals when loading ${reprOf(name)}`);
      }
      let v = mappingLookup(locals, name);
      if (v === null) {
        v = PyDict_GetItem(frame.f_globals, name);
        if (v === null) {
          v = PyDict_GetItem(frame.f_builtins, name);
          if (v === null) throw nameError(name);
        }
        Py_INCREF(v);
      }
      stack[sp] = v;
      return sp + 1;
    }
    case Op.STORE_NAME: {
      const name = co.co_names[oparg];
      const v = stack[sp - 1]!;
      const locals = frame.f_locals;
      if (locals === null) {
        throw PyErr_Format(PyExc_SystemError, `no locals found when storing ${reprOf(name)}`);
      }
      if (locals.ob_type === PyDict_Type) PyDict_SetItem(locals, name, v);
      else PyObject_SetItem(locals, name, v);
      stack[--sp] = null;
      frame.stacktop = sp;
      Py_DECREF(v);
      return sp;
    }
    case Op.DELETE_NAME: {
      const name = co.co_names[oparg];
      const locals = frame.f_locals;
      if (locals === null) {
        throw PyErr_Format(PyExc_SystemError, `no locals when deleting ${reprOf(name)}`);
      }
      try {
        if (locals.ob_type === PyDict_Type) PyDict_DelItem(locals, name);
        else PyObject_DelItem(locals, name);
      } catch (e) {
        if (PyErr_ExceptionMatches(e, PyExc_KeyError)) {
          Py_DECREF(e as PyObject);
          throw nameError(name);
        }
        throw e;
      }
      return sp;
    }
    case Op.DELETE_GLOBAL: {
      const name = co.co_names[oparg];
      try {
        PyDict_DelItem(frame.f_globals, name);
      } catch (e) {
        if (PyErr_ExceptionMatches(e, PyExc_KeyError)) {
          Py_DECREF(e as PyObject);
          throw nameError(name);
        }
        throw e;
      }
      return sp;
    }
    case Op.DELETE_ATTR: {
      const owner = stack[sp - 1]!;
      PyObject_SetAttr(owner, co.co_names[oparg], null);
      stack[--sp] = null;
      frame.stacktop = sp;
      Py_DECREF(owner);
      return sp;
    }

    case Op.MAKE_CELL: {
      const initial = stack[oparg];
      const cell = PyCell_New(initial);
      stack[oparg] = cell;
      if (initial !== null) Py_DECREF(initial);
      return sp;
    }
    case Op.DELETE_DEREF: {
      const cell = stack[oparg] as PyCellObject;
      const old = cell.ob_ref;
      if (old === null) throw unboundDeref(co, oparg);
      cell.ob_ref = null;
      Py_DECREF(old);
      return sp;
    }
    case Op.LOAD_CLASSDEREF: {
      const name = co.co_localsplusnames[oparg];
      const locals = frame.f_locals!;
      let v = mappingLookup(locals, name);
      if (v === null) {
        v = (stack[oparg] as PyCellObject).ob_ref;
        if (v === null) throw unboundDeref(co, oparg);
        Py_INCREF(v);
      }
      stack[sp] = v;
      return sp + 1;
    }

    case Op.MAKE_FUNCTION: {
      const codeobj = stack[--sp] as PyCodeObject;
      stack[sp] = null;
      const func = PyFunction_New(codeobj, frame.f_globals);
      Py_DECREF(codeobj);
      if (oparg & 0x08) {
        func.func_closure = stack[--sp];
        stack[sp] = null;
      }
      if (oparg & 0x04) {
        func.func_annotations = stack[--sp];
        stack[sp] = null;
      }
      if (oparg & 0x02) {
        func.func_kwdefaults = stack[--sp];
        stack[sp] = null;
      }
      if (oparg & 0x01) {
        func.func_defaults = stack[--sp];
        stack[sp] = null;
      }
      stack[sp] = func;
      return sp + 1;
    }

    case Op.BUILD_TUPLE: {
      const items: PyObject[] = [];
      for (let i = sp - oparg; i < sp; i++) {
        items.push(stack[i]!);
        stack[i] = null;
      }
      sp -= oparg;
      stack[sp] = _PyTuple_FromArraySteal(items);
      return sp + 1;
    }
    case Op.BUILD_LIST: {
      const list = PyList_New(oparg);
      for (let i = 0; i < oparg; i++) {
        PyList_SET_ITEM(list, i, stack[sp - oparg + i]!);
        stack[sp - oparg + i] = null;
      }
      sp -= oparg;
      stack[sp] = list;
      return sp + 1;
    }
    case Op.BUILD_SET: {
      const set = PySet_New(null);
      try {
        for (let i = sp - oparg; i < sp; i++) PySet_Add(set, stack[i]!);
      } catch (e) {
        Py_DECREF(set);
        throw e;
      }
      sp = popN(frame, stack, sp, oparg);
      stack[sp] = set;
      return sp + 1;
    }
    case Op.BUILD_MAP: {
      const dict = PyDict_New();
      try {
        for (let i = sp - 2 * oparg; i < sp; i += 2) PyDict_SetItem(dict, stack[i]!, stack[i + 1]!);
      } catch (e) {
        Py_DECREF(dict);
        throw e;
      }
      sp = popN(frame, stack, sp, 2 * oparg);
      stack[sp] = dict;
      return sp + 1;
    }
    case Op.BUILD_CONST_KEY_MAP: {
      const keys = stack[sp - 1]!;
      const dict = PyDict_New();
      try {
        for (let i = 0; i < oparg; i++) PyDict_SetItem(dict, PyTuple_GET_ITEM(keys, i), stack[sp - 1 - oparg + i]!);
      } catch (e) {
        Py_DECREF(dict);
        throw e;
      }
      sp = popN(frame, stack, sp, oparg + 1);
      stack[sp] = dict;
      return sp + 1;
    }
    case Op.BUILD_STRING: {
      let s = "";
      for (let i = sp - oparg; i < sp; i++) s += PyUnicode_AsString(stack[i]!);
      const res = PyUnicode_FromString(s);
      sp = popN(frame, stack, sp, oparg);
      stack[sp] = res;
      return sp + 1;
    }
    case Op.BUILD_SLICE: {
      const step = oparg === 3 ? stack[sp - 1]! : null;
      const stop = stack[sp - (oparg === 3 ? 2 : 1)]!;
      const start = stack[sp - (oparg === 3 ? 3 : 2)]!;
      const slice = PySlice_New(start, stop, step ?? Py_None);
      sp = popN(frame, stack, sp, oparg);
      stack[sp] = slice;
      return sp + 1;
    }
    case Op.LIST_APPEND: {
      const v = stack[sp - 1]!;
      PyList_Append(stack[sp - 1 - oparg]!, v);
      stack[--sp] = null;
      frame.stacktop = sp;
      Py_DECREF(v);
      return sp;
    }
    case Op.SET_ADD: {
      const v = stack[sp - 1]!;
      PySet_Add(stack[sp - 1 - oparg]!, v);
      stack[--sp] = null;
      frame.stacktop = sp;
      Py_DECREF(v);
      return sp;
    }
    case Op.MAP_ADD: {
      const value = stack[sp - 1]!;
      const key = stack[sp - 2]!;
      PyDict_SetItem(stack[sp - 2 - oparg]!, key, value);
      return popN(frame, stack, sp, 2);
    }
    case Op.LIST_EXTEND: {
      const iterable = stack[sp - 1]!;
      const list = stack[sp - 1 - oparg]!;
      try {
        _PyList_Extend(list, iterable);
      } catch (e) {
        if (
          PyErr_ExceptionMatches(e, PyExc_TypeError) &&
          iterable.ob_type.tp_iter === null &&
          !PySequence_Check(iterable)
        ) {
          Py_DECREF(e as PyObject);
          throw PyErr_Format(PyExc_TypeError, `Value after * must be an iterable, not ${iterable.ob_type.tp_name}`);
        }
        throw e;
      }
      return popN(frame, stack, sp, 1);
    }
    case Op.SET_UPDATE: {
      _PySet_Update(stack[sp - 1 - oparg]!, stack[sp - 1]!);
      return popN(frame, stack, sp, 1);
    }
    case Op.DICT_UPDATE: {
      const update = stack[sp - 1]!;
      try {
        PyDict_Merge(stack[sp - 1 - oparg]!, update, true);
      } catch (e) {
        if (PyErr_ExceptionMatches(e, PyExc_AttributeError)) {
          Py_DECREF(e as PyObject);
          throw PyErr_Format(PyExc_TypeError, `'${update.ob_type.tp_name}' object is not a mapping`);
        }
        throw e;
      }
      return popN(frame, stack, sp, 1);
    }
    case Op.DICT_MERGE: {
      const update = stack[sp - 1]!;
      const dict = stack[sp - 1 - oparg]!;
      try {
        dictMergeNoDuplicates(dict, update);
      } catch (e) {
        throw formatKwargsError(stack[sp - 1 - oparg - 2]!, update, e);
      }
      return popN(frame, stack, sp, 1);
    }
    case Op.LIST_TO_TUPLE: {
      const list = stack[sp - 1]!;
      stack[sp - 1] = _PyTuple_FromArray((list as PyListObject).ob_item);
      Py_DECREF(list);
      return sp;
    }

    case Op.UNPACK_SEQUENCE:
      return unpackSequence(frame, stack, sp, oparg);
    case Op.UNPACK_EX:
      return unpackEx(frame, stack, sp, oparg & 0xff, oparg >> 8);

    case Op.FORMAT_VALUE: {
      const haveSpec = (oparg & FVS_HAVE_SPEC) !== 0;
      const spec = haveSpec ? stack[sp - 1]! : null;
      const valueIdx = haveSpec ? sp - 2 : sp - 1;
      let value = stack[valueIdx]!;
      const which = oparg & FVC_MASK;
      if (which !== 0) {
        const conv =
          which === FVC_STR ? PyObject_Str(value) : which === FVC_REPR ? PyObject_Repr(value) : PyObject_ASCII(value);
        stack[valueIdx] = conv;
        Py_DECREF(value);
        value = conv;
      }
      let result: PyObject;
      if (PyUnicode_CheckExact(value) && spec === null) {
        result = Py_NewRef(value);
      } else {
        result = PyObject_Format(value, spec ?? unicode_empty);
      }
      sp = popN(frame, stack, sp, haveSpec ? 2 : 1);
      stack[sp] = result;
      return sp + 1;
    }

    case Op.PUSH_EXC_INFO: {
      const value = stack[sp - 1]!;
      const info = tstate.exc_info;
      const prev = info.exc_value;
      stack[sp - 1] = prev !== null ? prev : Py_NewRef(Py_None);
      Py_INCREF(value);
      stack[sp] = value;
      info.exc_value = value;
      return sp + 1;
    }
    case Op.POP_EXCEPT: {
      const info = tstate.exc_info;
      const old = info.exc_value;
      info.exc_value = stack[--sp];
      stack[sp] = null;
      frame.stacktop = sp;
      Py_XDECREF(old);
      return sp;
    }
    case Op.CHECK_EXC_MATCH: {
      const right = stack[sp - 1]!;
      const left = stack[sp - 2]!;
      checkExceptTypeValid(right);
      const res = PyErr_GivenExceptionMatches(left, right);
      stack[sp - 1] = Py_NewRef(res ? Py_True : Py_False);
      Py_DECREF(right);
      return sp;
    }
    case Op.CHECK_EG_MATCH:
      return checkEgMatch(frame, stack, sp);
    case Op.PREP_RERAISE_STAR: {
      const excs = stack[sp - 1]!;
      const orig = stack[sp - 2]!;
      stack[sp - 1] = null;
      sp -= 2;
      stack[sp] = null;
      frame.stacktop = sp;
      let val: PyObject;
      try {
        val = _PyExc_PrepReraiseStar(orig, excs);
      } finally {
        Py_DECREF(excs);
        Py_DECREF(orig);
      }
      stack[sp] = val;
      frame.stacktop = sp + 1;
      return sp + 1;
    }
    case Op.LOAD_ASSERTION_ERROR:
      stack[sp] = Py_NewRef(PyExc_AssertionError);
      return sp + 1;
    case Op.GET_LEN:
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE:
    case Op.MATCH_KEYS:
    case Op.MATCH_CLASS:
      return matchOp(frame, opcode, oparg, sp);
    case Op.BEFORE_WITH:
      return beforeWith(frame, stack, sp, false);
    case Op.BEFORE_ASYNC_WITH:
      return beforeWith(frame, stack, sp, true);
    case Op.GET_AWAITABLE:
      return getAwaitable(frame, stack, sp, oparg);
    case Op.GET_AITER:
      return getAIter(stack, sp);
    case Op.GET_ANEXT:
      stack[sp] = getANext(stack[sp - 1]!);
      return sp + 1;
    case Op.ASYNC_GEN_WRAP: {
      const v = stack[sp - 1]!;
      stack[sp - 1] = _PyAsyncGenValueWrapperNew(v);
      Py_DECREF(v);
      return sp;
    }
    case Op.WITH_EXCEPT_START: {
      const val = stack[sp - 1] as PyBaseExceptionObject;
      const exitFunc = stack[sp - 4]!;
      const tb = val.traceback ?? Py_None;
      const res = PyObject_Call(exitFunc, [val.ob_type, val, tb], null);
      stack[sp] = res;
      return sp + 1;
    }

    case Op.LOAD_BUILD_CLASS: {
      const bc = PyDict_GetItem(frame.f_builtins, _Py_ID("__build_class__"));
      if (bc === null) throw PyErr_Format(PyExc_NameError, "__build_class__ not found");
      stack[sp] = Py_NewRef(bc);
      return sp + 1;
    }
    case Op.SETUP_ANNOTATIONS: {
      const locals = frame.f_locals;
      if (locals === null) throw PyErr_Format(PyExc_SystemError, "no locals found when setting up annotations");
      if (mappingLookupBorrowedHas(locals, _Py_ID("__annotations__"))) return sp;
      const d = PyDict_New();
      try {
        if (locals.ob_type === PyDict_Type) PyDict_SetItem(locals, _Py_ID("__annotations__"), d);
        else PyObject_SetItem(locals, _Py_ID("__annotations__"), d);
      } finally {
        Py_DECREF(d);
      }
      return sp;
    }
    case Op.PRINT_EXPR: {
      const value = stack[sp - 1]!;
      const hook = PySys_GetObject("displayhook");
      if (hook === null) {
        // Until the sys module provides displayhook, its default
        // behaviour (sys_displayhook) runs here.
        defaultDisplayHook(value);
      } else {
        const res = PyObject_Call(hook, [value], null);
        Py_DECREF(res);
      }
      stack[--sp] = null;
      frame.stacktop = sp;
      Py_DECREF(value);
      return sp;
    }

    case Op.IMPORT_NAME: {
      const name = co.co_names[oparg];
      const fromlist = stack[sp - 1]!;
      const level = stack[sp - 2]!;
      const mod = importName(frame, name, fromlist, level);
      sp = popN(frame, stack, sp, 2);
      stack[sp] = mod;
      return sp + 1;
    }
    case Op.IMPORT_FROM: {
      const from = stack[sp - 1]!;
      stack[sp] = importFrom(from, co.co_names[oparg]);
      return sp + 1;
    }
    case Op.IMPORT_STAR: {
      const from = stack[sp - 1]!;
      importStar(frame, from);
      return popN(frame, stack, sp, 1);
    }

    case Op.GET_YIELD_FROM_ITER: {
      const iterable = stack[sp - 1]!;
      if (iterable.ob_type === PyCoro_Type) {
        // A coroutine can be delegated to only by a coroutine (or a
        // types.coroutine generator).
        if ((co.co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) === 0) {
          stack[sp - 1] = null;
          Py_DECREF(iterable);
          throw PyErr_Format(PyExc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
      } else if (iterable.ob_type !== PyGen_Type) {
        const it = PyObject_GetIter(iterable);
        stack[sp - 1] = it;
        Py_DECREF(iterable);
      }
      return sp;
    }
  }
  throw PyErr_Format(PyExc_SystemError, `unknown opcode ${opcode}`);
}

/** _PyDict_MergeEx(dict, other, 2) for `f(**a, **b)`: a repeated key is a
 *  KeyError(key) (turned into "got multiple values" by the caller); a
 *  non-mapping raises AttributeError for `keys`. A dict's entries are
 *  walked in place; another mapping's keys() is made a list
 *  (PyMapping_Keys) and walked with an iterator, as dict_merge does. */
function dictMergeNoDuplicates(dict: PyObject, other: PyObject): void {
  if (other.ob_type === PyDict_Type) {
    for (let i = PyDict_Next(other, 0); i >= 0; i = PyDict_Next(other, i + 1)) {
      const k = _PyDict_Key(other, i);
      if (PyDict_Contains(dict, k)) throw PyErr_SetObject(PyExc_KeyError, k);
      PyDict_SetItem(dict, k, _PyDict_Value(other, i));
    }
    return;
  }
  const keysMeth = PyObject_GetAttr(other, _Py_ID("keys"));
  let keys: PyObject;
  try {
    const k = PyObject_Call(keysMeth, [], null);
    if (k.ob_type === PyList_Type) keys = k;
    else {
      try {
        keys = PySequence_List(k);
      } finally {
        Py_DECREF(k);
      }
    }
  } finally {
    Py_DECREF(keysMeth);
  }
  let it: PyObject;
  try {
    it = PyObject_GetIter(keys);
  } finally {
    Py_DECREF(keys);
  }
  try {
    for (let k = PyIter_Next(it); k !== null; k = PyIter_Next(it)) {
      try {
        if (PyDict_Contains(dict, k)) throw PyErr_SetObject(PyExc_KeyError, k);
        const v = PyObject_GetItem(other, k);
        try {
          PyDict_SetItem(dict, k, v);
        } finally {
          Py_DECREF(v);
        }
      } finally {
        Py_DECREF(k);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

/** CPython's sys.displayhook: `_` = None, print repr(value) on
 *  sys.stdout, then `_` = value (None is not echoed). */
export function defaultDisplayHook(value: PyObject): void {
  if (value === Py_None) return;
  const builtins = tstate.builtins;
  if (builtins === null) throw PyErr_Format(PyExc_RuntimeError, "lost builtins module");
  PyDict_SetItem(builtins, _Py_ID("_"), Py_None);
  const r = PyObject_Repr(value);
  let text: string;
  try {
    text = PyUnicode_AsString(r);
  } finally {
    Py_DECREF(r);
  }
  const out = PySys_GetObject("stdout");
  if (out === null || out === Py_None) throw PyErr_Format(PyExc_RuntimeError, "lost sys.stdout");
  writeToStream(out, text + "\n");
  PyDict_SetItem(builtins, _Py_ID("_"), value);
}

/** Pop and release the top `n` stack entries (top first). */
function popN(frame: InterpFrame, stack: (PyObject | null)[], sp: number, n: number): number {
  const base = sp - n;
  const items: (PyObject | null)[] = [];
  for (let i = sp - 1; i >= base; i--) {
    items.push(stack[i]);
    stack[i] = null;
  }
  frame.stacktop = base;
  for (let i = 0; i < items.length; i++) {
    const o = items[i];
    if (o !== null) Py_DECREF(o);
  }
  return base;
}

/** A new reference to `mapping[name]`, or null when absent. */
function mappingLookup(mapping: PyObject, name: PyObject): PyObject | null {
  if (mapping.ob_type === PyDict_Type) {
    const v = PyDict_GetItem(mapping, name);
    if (v !== null) Py_INCREF(v);
    return v;
  }
  try {
    return PyObject_GetItem(mapping, name);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, PyExc_KeyError)) {
      Py_DECREF(e as PyObject);
      return null;
    }
    throw e;
  }
}

function mappingLookupBorrowedHas(mapping: PyObject, name: PyObject): boolean {
  const v = mappingLookup(mapping, name);
  if (v === null) return false;
  Py_DECREF(v);
  return true;
}

function checkExceptTypeValid(right: PyObject): void {
  const bad = "catching classes that do not inherit from BaseException is not allowed";
  if (right.ob_type === PyTuple_Type) {
    const n = PyTuple_GET_SIZE(right);
    for (let i = 0; i < n; i++) {
      if (!isExceptionClass(PyTuple_GET_ITEM(right, i))) throw PyErr_Format(PyExc_TypeError, bad);
    }
  } else if (!isExceptionClass(right)) {
    throw PyErr_Format(PyExc_TypeError, bad);
  }
}

/** CHECK_EG_MATCH: `[exc, type]` → `[rest, match]` (the match becomes the
 *  handled exception), or `[exc, None]` when nothing matches. */
function checkEgMatch(frame: InterpFrame, stack: (PyObject | null)[], sp: number): number {
  const matchType = stack[--sp]!;
  stack[sp] = null;
  frame.stacktop = sp;
  let match: PyObject;
  let rest: PyObject;
  try {
    checkExceptTypeValid(matchType);
    checkExceptStarGroupType(matchType);
    [match, rest] = exceptionGroupMatch(stack[sp - 1]!, matchType);
  } finally {
    Py_DECREF(matchType);
  }
  if (match === Py_None) {
    stack[sp] = match;
    frame.stacktop = sp + 1;
    Py_DECREF(rest);
    return sp + 1;
  }
  // Total or partial match: [val] -> [rest, match] (rest can be None).
  const excValue = stack[sp - 1]!;
  stack[sp - 1] = rest;
  stack[sp] = match;
  frame.stacktop = sp + 1;
  const info = tstate.exc_info;
  const old = info.exc_value;
  info.exc_value = Py_NewRef(match);
  Py_XDECREF(old);
  Py_DECREF(excValue);
  return sp + 1;
}

/** _PyObject_LookupSpecial: a type attribute, bound through its
 *  descriptor (new reference), or null. */
export function _PyObject_LookupSpecial(o: PyObject, name: PyObject): PyObject | null {
  const res = _PyType_Lookup(o.ob_type, name);
  if (res === null) return null;
  const f = res.ob_type.tp_descr_get;
  if (f === null) return Py_NewRef(res);
  Py_INCREF(res);
  try {
    return f(res, o, o.ob_type);
  } finally {
    Py_DECREF(res);
  }
}

/** BEFORE_WITH, BEFORE_ASYNC_WITH (`isAsync`: __aenter__ and __aexit__). */
function beforeWith(frame: InterpFrame, stack: (PyObject | null)[], sp: number, isAsync: boolean): number {
  const mgr = stack[sp - 1]!;
  const enter = _PyObject_LookupSpecial(mgr, _Py_ID(isAsync ? "__aenter__" : "__enter__"));
  const protocol = isAsync ? "asynchronous context manager protocol" : "context manager protocol";
  if (enter === null) {
    throw PyErr_Format(PyExc_TypeError, `'${mgr.ob_type.tp_name}' object does not support the ${protocol}`);
  }
  let exit: PyObject | null;
  try {
    exit = _PyObject_LookupSpecial(mgr, _Py_ID(isAsync ? "__aexit__" : "__exit__"));
  } catch (e) {
    Py_DECREF(enter);
    throw e;
  }
  if (exit === null) {
    Py_DECREF(enter);
    throw PyErr_Format(
      PyExc_TypeError,
      `'${mgr.ob_type.tp_name}' object does not support the ${protocol} (missed __${isAsync ? "a" : ""}exit__ method)`,
    );
  }
  stack[sp - 1] = exit;
  frame.stacktop = sp;
  Py_DECREF(mgr);
  let res: PyObject;
  try {
    res = PyObject_Call(enter, [], null);
  } finally {
    Py_DECREF(enter);
  }
  stack[sp] = res;
  return sp + 1;
}

/** GET_AWAITABLE: replace the top with the iterator that awaits it. */
function getAwaitable(frame: InterpFrame, stack: (PyObject | null)[], sp: number, oparg: number): number {
  const iterable = stack[sp - 1]!;
  let iter: PyObject;
  try {
    iter = _PyCoro_GetAwaitableIter(iterable);
  } catch (e) {
    let err = e;
    if (oparg !== 0 && iterable.ob_type.am_await === null) {
      // format_awaitable_error: what `async with` received.
      Py_DECREF(toPyException(e));
      const which = oparg === 1 ? "__aenter__" : "__aexit__";
      err = PyErr_Format(
        PyExc_TypeError,
        `'async with' received an object from ${which} that does not implement __await__: ${iterable.ob_type.tp_name}`,
      );
    }
    stack[sp - 1] = null;
    Py_DECREF(iterable);
    throw err;
  }
  stack[sp - 1] = null;
  frame.stacktop = sp;
  Py_DECREF(iterable);
  if (_PyCoro_IsAwaiting(iter)) {
    Py_DECREF(iter);
    throw PyErr_Format(PyExc_RuntimeError, "coroutine is being awaited already");
  }
  stack[sp - 1] = iter;
  return sp;
}

/** GET_AITER: `async for`'s `type(obj).__aiter__(obj)`, which must have __anext__. */
function getAIter(stack: (PyObject | null)[], sp: number): number {
  const obj = stack[sp - 1]!;
  const getter = obj.ob_type.am_aiter;
  if (getter === null) {
    const err = PyErr_Format(
      PyExc_TypeError,
      `'async for' requires an object with __aiter__ method, got ${obj.ob_type.tp_name}`,
    );
    stack[sp - 1] = null;
    Py_DECREF(obj);
    throw err;
  }
  let iter: PyObject;
  try {
    iter = getter(obj);
  } finally {
    stack[sp - 1] = null;
    Py_DECREF(obj);
  }
  if (iter.ob_type.am_anext === null) {
    const err = PyErr_Format(
      PyExc_TypeError,
      `'async for' received an object from __aiter__ that does not implement __anext__: ${iter.ob_type.tp_name}`,
    );
    Py_DECREF(iter);
    throw err;
  }
  stack[sp - 1] = iter;
  return sp;
}

/** GET_ANEXT: the awaitable of `aiter.__anext__()` (new reference). */
function getANext(aiter: PyObject): PyObject {
  const type = aiter.ob_type;
  if (type === PyAsyncGen_Type) return type.am_anext!(aiter);
  const getter = type.am_anext;
  if (getter === null) {
    throw PyErr_Format(PyExc_TypeError, `'async for' requires an iterator with __anext__ method, got ${type.tp_name}`);
  }
  const nextIter = getter(aiter);
  try {
    return _PyCoro_GetAwaitableIter(nextIter);
  } catch (e) {
    throw _PyErr_FormatFromCause(
      PyExc_TypeError,
      `'async for' received an invalid object from __anext__: ${nextIter.ob_type.tp_name}`,
      toPyException(e),
    );
  } finally {
    Py_DECREF(nextIter);
  }
}

function formatKwargsError(func: PyObject, kwargs: PyObject, e: unknown): unknown {
  if (PyErr_ExceptionMatches(e, PyExc_AttributeError)) {
    Py_DECREF(e as PyObject);
    return PyErr_Format(
      PyExc_TypeError,
      `${_PyObject_FunctionStr(func)} argument after ** must be a mapping, not ${kwargs.ob_type.tp_name}`,
    );
  }
  if (PyErr_ExceptionMatches(e, PyExc_KeyError)) {
    const exc = e as PyBaseExceptionObject;
    const args = exc.args;
    if (PyTuple_GET_SIZE(args) === 1) {
      const key = PyTuple_GET_ITEM(args, 0);
      if (PyUnicode_Check(key)) {
        const msg = `${_PyObject_FunctionStr(func)} got multiple values for keyword argument '${PyUnicode_AsString(key)}'`;
        Py_DECREF(exc);
        return PyErr_Format(PyExc_TypeError, msg);
      }
    }
  }
  return e;
}

// -------------------------------------------------------------- unpack

function unpackError(n: number, got: number, atLeast: boolean): PyObject {
  if (got < n || atLeast) {
    return PyErr_Format(
      PyExc_ValueError,
      `not enough values to unpack (expected ${atLeast ? "at least " : ""}${n}, got ${got})`,
    );
  }
  return PyErr_Format(PyExc_ValueError, `too many values to unpack (expected ${n})`);
}

function unpackSequence(frame: InterpFrame, stack: (PyObject | null)[], sp: number, n: number): number {
  const seq = stack[sp - 1]!;
  const tp = seq.ob_type;
  if (tp === PyTuple_Type || tp === PyList_Type) {
    const size = tp === PyTuple_Type ? PyTuple_GET_SIZE(seq) : PyList_GET_SIZE(seq);
    if (size !== n) {
      if (size < n) throw unpackError(n, size, false);
      throw PyErr_Format(PyExc_ValueError, `too many values to unpack (expected ${n})`);
    }
    sp--;
    for (let i = n - 1; i >= 0; i--) {
      const item = tp === PyTuple_Type ? PyTuple_GET_ITEM(seq, i) : PyList_GET_ITEM(seq, i);
      Py_INCREF(item);
      stack[sp++] = item;
    }
    frame.stacktop = sp;
    Py_DECREF(seq);
    return sp;
  }
  const items = unpackIterable(seq, n, -1);
  sp--;
  for (let i = items.length - 1; i >= 0; i--) stack[sp++] = items[i];
  frame.stacktop = sp;
  Py_DECREF(seq);
  return sp;
}

function unpackEx(frame: InterpFrame, stack: (PyObject | null)[], sp: number, before: number, after: number): number {
  const seq = stack[sp - 1]!;
  const items = unpackIterable(seq, before, after);
  sp--;
  for (let i = items.length - 1; i >= 0; i--) stack[sp++] = items[i];
  frame.stacktop = sp;
  Py_DECREF(seq);
  return sp;
}

/** unpack_iterable: `argcnt` items (then, when argcntafter >= 0, a list of
 *  the rest and `argcntafter` more). New references, in order. */
function unpackIterable(v: PyObject, argcnt: number, argcntafter: number): PyObject[] {
  let it: PyObject;
  try {
    it = PyObject_GetIter(v);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, PyExc_TypeError) && v.ob_type.tp_iter === null && !PySequence_Check(v)) {
      Py_DECREF(e as PyObject);
      throw PyErr_Format(PyExc_TypeError, `cannot unpack non-iterable ${v.ob_type.tp_name} object`);
    }
    throw e;
  }
  const out: PyObject[] = [];
  try {
    for (let i = 0; i < argcnt; i++) {
      const w = PyIter_Next(it);
      if (w === null) {
        if (argcntafter === -1) {
          throw PyErr_Format(PyExc_ValueError, `not enough values to unpack (expected ${argcnt}, got ${i})`);
        }
        throw PyErr_Format(
          PyExc_ValueError,
          `not enough values to unpack (expected at least ${argcnt + argcntafter}, got ${i})`,
        );
      }
      out.push(w);
    }
    if (argcntafter === -1) {
      const w = PyIter_Next(it);
      if (w === null) return out;
      Py_DECREF(w);
      throw PyErr_Format(PyExc_ValueError, `too many values to unpack (expected ${argcnt})`);
    }
    const rest = PyList_New(0);
    out.push(rest);
    for (;;) {
      const w = PyIter_Next(it);
      if (w === null) break;
      try {
        PyList_Append(rest, w);
      } finally {
        Py_DECREF(w);
      }
    }
    const ll = PyList_GET_SIZE(rest);
    if (ll < argcntafter) {
      throw PyErr_Format(
        PyExc_ValueError,
        `not enough values to unpack (expected at least ${argcnt + argcntafter}, got ${argcnt + ll})`,
      );
    }
    // Move the last `argcntafter` items of the list onto the stack.
    for (let j = argcntafter; j > 0; j--) {
      const item = PyList_GET_ITEM(rest, ll - j);
      Py_INCREF(item);
      out.push(item);
    }
    if (argcntafter > 0) listTruncate(rest, ll - argcntafter);
    return out;
  } catch (e) {
    for (const o of out) Py_DECREF(o);
    throw e;
  } finally {
    Py_DECREF(it);
  }
}

function listTruncate(list: PyObject, n: number): void {
  // del list[n:]
  const s = PySlice_New(PyLong_FromNumber(n), Py_None, Py_None);
  try {
    PyObject_DelItem(list, s);
  } finally {
    Py_DECREF(s);
  }
}

// ------------------------------------------------------------- imports

/** import_name: builtins.__import__(name, globals, locals, fromlist,
 *  level), called directly when it is the built-in one. */
function importName(frame: InterpFrame, name: PyObject, fromlist: PyObject, level: PyObject): PyObject {
  const importFunc = PyDict_GetItem(frame.f_builtins, _Py_ID("__import__"));
  if (importFunc === null) throw PyErr_Format(PyExc_ImportError, "__import__ not found");
  if (importFunc === interp.import_func) {
    return PyImport_ImportModuleLevelObject(name, frame.f_globals, fromlist, PyLong_AsNumber(level));
  }
  const locals = frame.f_locals ?? Py_None;
  return PyObject_Call(importFunc, [name, frame.f_globals, locals, fromlist, level], null);
}

function importFrom(from: PyObject, name: PyObject): PyObject {
  const x = _PyObject_LookupAttr(from, name);
  if (x !== null) return x;
  let pkgname = "<unknown module name>";
  const pn = _PyObject_LookupAttr(from, _Py_ID("__name__"));
  if (pn !== null) {
    if (PyUnicode_Check(pn)) pkgname = PyUnicode_AsString(pn);
    // A submodule being imported (a circular import) is already in
    // sys.modules before its parent has the attribute.
    const modules = PySys_GetObject("modules");
    if (pkgname !== "<unknown module name>" && modules !== null && PyDict_Check(modules)) {
      const sub = PyDict_GetItemString(modules, `${pkgname}.${PyUnicode_AsString(name)}`);
      if (sub !== null) {
        Py_DECREF(pn);
        return Py_NewRef(sub);
      }
    }
  }
  let where = "unknown location";
  let path: PyObject | null = null;
  if (PyModule_Check(from)) {
    const file = PyDict_GetItemString(PyModule_GetDict(from), "__file__");
    if (file !== null && PyUnicode_Check(file)) {
      where = PyUnicode_AsString(file);
      path = file;
    }
  }
  // PyErr_SetImportError(msg, name, path)
  const exc = PyErr_Format(
    PyExc_ImportError,
    `cannot import name '${PyUnicode_AsString(name)}' from '${pkgname}' (${where})`,
  );
  if (pn !== null && PyUnicode_Check(pn)) setExtra(exc, "name", pn);
  if (path !== null) setExtra(exc, "path", path);
  if (pn !== null) Py_DECREF(pn);
  throw exc;
}

function importStar(frame: InterpFrame, from: PyObject): void {
  const locals = frame.f_locals;
  if (locals === null) throw PyErr_Format(PyExc_SystemError, "no locals found during 'import *'");
  let all = _PyObject_LookupAttr(from, _Py_ID("__all__"));
  let skipLeading = false;
  if (all === null) {
    const dict = _PyObject_LookupAttr(from, _Py_ID("__dict__"));
    if (dict === null) {
      throw PyErr_Format(PyExc_ImportError, "from-import-* object has no __dict__ and no __all__");
    }
    all = PyDict_Keys(dict);
    Py_DECREF(dict);
    skipLeading = true;
  }
  try {
    const it = PyObject_GetIter(all);
    try {
      for (;;) {
        const name = PyIter_Next(it);
        if (name === null) break;
        try {
          if (skipLeading && PyUnicode_Check(name) && PyUnicode_AsString(name).startsWith("_")) continue;
          const value = PyObject_GetAttr(from, name);
          try {
            if (locals.ob_type === PyDict_Type) PyDict_SetItem(locals, name, value);
            else PyObject_SetItem(locals, name, value);
          } finally {
            Py_DECREF(value);
          }
        } finally {
          Py_DECREF(name);
        }
      }
    } finally {
      Py_DECREF(it);
    }
  } finally {
    Py_DECREF(all);
  }
}
