/**
 * The exception hierarchy (CPython's Objects/exceptions.c) and the way
 * native code raises.
 *
 * An exception instance is a `PyBaseExceptionObject`: a GC object holding
 * `args` (a tuple), `__traceback__`, `__context__`, `__cause__` and
 * `__suppress_context__`, plus the instance dict of subclasses defined in
 * Python. Attribute-carrying subclasses (StopIteration.value,
 * SyntaxError.filename/lineno/…, KeyError, SystemExit.code, NameError.name,
 * AttributeError.name/obj, OSError's fields) keep them in `extra`.
 *
 * Raising from TypeScript: build the exception object and throw it —
 *
 *     throw PyErr_Format(PyExc_TypeError, `'${name}' object is not callable`);
 *
 * The thrown object is a NEW reference that the catcher owns (the VM's
 * unwinder, or a `catch` that handles it and must DECREF it or pass it
 * on). Nothing but Python exception objects is ever thrown on purpose; any
 * other JavaScript exception reaching the VM is an internal error that the
 * VM reports as a Python SystemError, never as a JavaScript stack trace.
 */
import {
  PyGCObject,
  type PyObject,
  TPFLAGS_BASE_EXC_SUBCLASS,
  TPFLAGS_BASETYPE,
  TPFLAGS_HAVE_GC,
} from "../heap/object.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";

/** PyBaseExceptionObject.pending: the instance's allocation is not counted
 *  yet; the args tuple's neither. */
export const EXC_PENDING_INSTANCE = 1;
export const EXC_PENDING_ARGS = 2;

export class PyBaseExceptionObject extends PyGCObject {
  /** Tuple of the constructor arguments. */
  args: PyObject;
  traceback: PyObject | null;
  context: PyObject | null;
  cause: PyObject | null;
  suppress_context: boolean;
  /** Instance `__dict__` for exceptions whose class is defined in Python. */
  dict: PyObject | null;
  /** Per-class extra attributes by name (e.g. StopIteration `value`). */
  extra: Map<string, PyObject> | null;
  /** Raised by native code and not normalized yet (errors.ts,
   *  `_PyErr_NormalizeException`): EXC_PENDING_INSTANCE when only the
   *  instance's allocation is still to be counted, EXC_PENDING_ARGS when
   *  its args tuple's is too; 0 once counted. */
  pending: number;

  constructor(type: PyTypeObject, args: PyObject) {
    super(type, type.tp_basicsize);
    this.pending = 0;
    this.args = args;
    this.traceback = null;
    this.context = null;
    this.cause = null;
    this.suppress_context = false;
    this.dict = null;
    this.extra = null;
  }
}

/** Filled in by the exception machinery at start-up (exceptions-init.ts):
 *  dealloc, traverse, clear, repr, str, new, init, getset. */
function placeholderDealloc(_self: PyObject): void {
  throw new Error("refpy internal error: exception dealloc before start-up");
}

function exc(name: string, base: PyTypeObject | null): PyTypeObject {
  return newStaticType(
    name,
    72,
    TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS,
    placeholderDealloc,
    base ?? undefined,
  );
}

export const PyExc_BaseException = exc("BaseException", null);
export const PyExc_BaseExceptionGroup = exc("BaseExceptionGroup", PyExc_BaseException);
export const PyExc_Exception = exc("Exception", PyExc_BaseException);
export const PyExc_GeneratorExit = exc("GeneratorExit", PyExc_BaseException);
export const PyExc_KeyboardInterrupt = exc("KeyboardInterrupt", PyExc_BaseException);
export const PyExc_SystemExit = exc("SystemExit", PyExc_BaseException);
export const PyExc_ArithmeticError = exc("ArithmeticError", PyExc_Exception);
export const PyExc_FloatingPointError = exc("FloatingPointError", PyExc_ArithmeticError);
export const PyExc_OverflowError = exc("OverflowError", PyExc_ArithmeticError);
export const PyExc_ZeroDivisionError = exc("ZeroDivisionError", PyExc_ArithmeticError);
export const PyExc_AssertionError = exc("AssertionError", PyExc_Exception);
export const PyExc_AttributeError = exc("AttributeError", PyExc_Exception);
export const PyExc_BufferError = exc("BufferError", PyExc_Exception);
export const PyExc_EOFError = exc("EOFError", PyExc_Exception);
export const PyExc_ImportError = exc("ImportError", PyExc_Exception);
export const PyExc_ModuleNotFoundError = exc("ModuleNotFoundError", PyExc_ImportError);
export const PyExc_LookupError = exc("LookupError", PyExc_Exception);
export const PyExc_IndexError = exc("IndexError", PyExc_LookupError);
export const PyExc_KeyError = exc("KeyError", PyExc_LookupError);
export const PyExc_MemoryError = exc("MemoryError", PyExc_Exception);
export const PyExc_NameError = exc("NameError", PyExc_Exception);
export const PyExc_UnboundLocalError = exc("UnboundLocalError", PyExc_NameError);
export const PyExc_OSError = exc("OSError", PyExc_Exception);
export const PyExc_BlockingIOError = exc("BlockingIOError", PyExc_OSError);
export const PyExc_ChildProcessError = exc("ChildProcessError", PyExc_OSError);
export const PyExc_ConnectionError = exc("ConnectionError", PyExc_OSError);
export const PyExc_BrokenPipeError = exc("BrokenPipeError", PyExc_ConnectionError);
export const PyExc_ConnectionAbortedError = exc("ConnectionAbortedError", PyExc_ConnectionError);
export const PyExc_ConnectionRefusedError = exc("ConnectionRefusedError", PyExc_ConnectionError);
export const PyExc_ConnectionResetError = exc("ConnectionResetError", PyExc_ConnectionError);
export const PyExc_FileExistsError = exc("FileExistsError", PyExc_OSError);
export const PyExc_FileNotFoundError = exc("FileNotFoundError", PyExc_OSError);
export const PyExc_InterruptedError = exc("InterruptedError", PyExc_OSError);
export const PyExc_IsADirectoryError = exc("IsADirectoryError", PyExc_OSError);
export const PyExc_NotADirectoryError = exc("NotADirectoryError", PyExc_OSError);
export const PyExc_PermissionError = exc("PermissionError", PyExc_OSError);
export const PyExc_ProcessLookupError = exc("ProcessLookupError", PyExc_OSError);
export const PyExc_TimeoutError = exc("TimeoutError", PyExc_OSError);
export const PyExc_ReferenceError = exc("ReferenceError", PyExc_Exception);
export const PyExc_RuntimeError = exc("RuntimeError", PyExc_Exception);
export const PyExc_NotImplementedError = exc("NotImplementedError", PyExc_RuntimeError);
export const PyExc_RecursionError = exc("RecursionError", PyExc_RuntimeError);
export const PyExc_StopAsyncIteration = exc("StopAsyncIteration", PyExc_Exception);
export const PyExc_StopIteration = exc("StopIteration", PyExc_Exception);
export const PyExc_SyntaxError = exc("SyntaxError", PyExc_Exception);
export const PyExc_IndentationError = exc("IndentationError", PyExc_SyntaxError);
export const PyExc_TabError = exc("TabError", PyExc_IndentationError);
export const PyExc_SystemError = exc("SystemError", PyExc_Exception);
export const PyExc_TypeError = exc("TypeError", PyExc_Exception);
export const PyExc_ValueError = exc("ValueError", PyExc_Exception);
export const PyExc_UnicodeError = exc("UnicodeError", PyExc_ValueError);
export const PyExc_UnicodeDecodeError = exc("UnicodeDecodeError", PyExc_UnicodeError);
export const PyExc_UnicodeEncodeError = exc("UnicodeEncodeError", PyExc_UnicodeError);
export const PyExc_UnicodeTranslateError = exc("UnicodeTranslateError", PyExc_UnicodeError);
export const PyExc_Warning = exc("Warning", PyExc_Exception);
export const PyExc_BytesWarning = exc("BytesWarning", PyExc_Warning);
export const PyExc_EncodingWarning = exc("EncodingWarning", PyExc_Warning);
export const PyExc_ImportWarning = exc("ImportWarning", PyExc_Warning);
export const PyExc_UnicodeWarning = exc("UnicodeWarning", PyExc_Warning);
export const PyExc_DeprecationWarning = exc("DeprecationWarning", PyExc_Warning);
export const PyExc_FutureWarning = exc("FutureWarning", PyExc_Warning);
export const PyExc_PendingDeprecationWarning = exc("PendingDeprecationWarning", PyExc_Warning);
export const PyExc_ResourceWarning = exc("ResourceWarning", PyExc_Warning);
export const PyExc_RuntimeWarning = exc("RuntimeWarning", PyExc_Warning);
export const PyExc_SyntaxWarning = exc("SyntaxWarning", PyExc_Warning);
export const PyExc_UserWarning = exc("UserWarning", PyExc_Warning);
export const PyExc_ExceptionGroup = exc("ExceptionGroup", PyExc_BaseExceptionGroup);

/** Every built-in exception type, in the order the builtins module lists them. */
export const BUILTIN_EXCEPTIONS: readonly PyTypeObject[] = [
  PyExc_BaseException,
  PyExc_BaseExceptionGroup,
  PyExc_Exception,
  PyExc_GeneratorExit,
  PyExc_KeyboardInterrupt,
  PyExc_SystemExit,
  PyExc_ArithmeticError,
  PyExc_FloatingPointError,
  PyExc_OverflowError,
  PyExc_ZeroDivisionError,
  PyExc_AssertionError,
  PyExc_AttributeError,
  PyExc_BufferError,
  PyExc_EOFError,
  PyExc_ImportError,
  PyExc_ModuleNotFoundError,
  PyExc_LookupError,
  PyExc_IndexError,
  PyExc_KeyError,
  PyExc_MemoryError,
  PyExc_NameError,
  PyExc_UnboundLocalError,
  PyExc_OSError,
  PyExc_BlockingIOError,
  PyExc_ChildProcessError,
  PyExc_ConnectionError,
  PyExc_BrokenPipeError,
  PyExc_ConnectionAbortedError,
  PyExc_ConnectionRefusedError,
  PyExc_ConnectionResetError,
  PyExc_FileExistsError,
  PyExc_FileNotFoundError,
  PyExc_InterruptedError,
  PyExc_IsADirectoryError,
  PyExc_NotADirectoryError,
  PyExc_PermissionError,
  PyExc_ProcessLookupError,
  PyExc_TimeoutError,
  PyExc_ReferenceError,
  PyExc_RuntimeError,
  PyExc_NotImplementedError,
  PyExc_RecursionError,
  PyExc_StopAsyncIteration,
  PyExc_StopIteration,
  PyExc_SyntaxError,
  PyExc_IndentationError,
  PyExc_TabError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyExc_UnicodeError,
  PyExc_UnicodeDecodeError,
  PyExc_UnicodeEncodeError,
  PyExc_UnicodeTranslateError,
  PyExc_Warning,
  PyExc_BytesWarning,
  PyExc_DeprecationWarning,
  PyExc_EncodingWarning,
  PyExc_FutureWarning,
  PyExc_ImportWarning,
  PyExc_PendingDeprecationWarning,
  PyExc_ResourceWarning,
  PyExc_RuntimeWarning,
  PyExc_SyntaxWarning,
  PyExc_UnicodeWarning,
  PyExc_UserWarning,
  PyExc_ExceptionGroup,
];
