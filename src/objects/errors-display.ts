/**
 * The display of exceptions (CPython 3.11's PyErr_Display in
 * Python/pythonrun.c and PyErr_WriteUnraisable in Python/errors.c).
 *
 * `PyErr_Display` prints an exception the way CPython 3.11 does on stderr:
 * the chained causes/contexts first, each with "Traceback (most recent call
 * last):" and its entries (traceback.ts), then `Type: message` with the
 * notes, the SyntaxError caret and the "Did you mean" hint
 * (suggestions.ts). `PyErr_WriteUnraisable` reports an exception that
 * cannot propagate (`__del__`, weakref and gc callbacks).
 */
import { PyObject } from "../heap/object.js";
import { Py_DECREF } from "../heap/refcount.js";
import type { PyTypeObject } from "./typeobject.js";
import {
  PyBaseExceptionObject,
  PyExc_BaseExceptionGroup,
  PyExc_IndentationError,
  PyExc_SyntaxError,
} from "./exceptions.js";
import { exceptionGroupExcs } from "./exceptiongroup.js";
import { PyTuple_GET_ITEM, PyTuple_GET_SIZE } from "./tupleobject.js";
import { PyLong_Check, type PyLongObject } from "./longobject.js";
import { Py_None } from "./noneobject.js";
import { PyUnicode_AsString, PyUnicode_Check } from "./unicodeobject.js";
import { PyObject_Str, PyObject_Repr, PySequence_Check, PySequence_GetItem, PyObject_Size } from "./abstract.js";
import { _PyObject_LookupAttr, typeQualName } from "./object.js";
import { PyBaseObject_Type, PyType_IsSubtype } from "./typeobject.js";
import { _Py_ID } from "./identifiers.js";
import {
  PyTraceBack_Here,
  PyTraceBack_Type,
  type PyTracebackObject,
  type TracebackWriter,
  formatTraceback,
  isWs,
  printTraceback,
} from "./traceback.js";
import { _Py_DisplaySourceLineSteps, _PyTraceback_ParseSpanSteps } from "./traceback-source.js";
import { type PieceWriter, streamPieceWriter } from "./fileobject.js";
import { _PyObject_GC_LinkUnrepresented, _PyObject_GC_UnlinkUnrepresented } from "../heap/gc.js";
import { interp, tstate } from "./pystate.js";
import { PyModule_GetDict } from "./moduleobject.js";
import { PyDict_GetItemString } from "./dictobject.js";
import { Py_EnterRecursiveCall, Py_LeaveRecursiveCall } from "./call.js";
import { _PyErr_NormalizeException, toPyException } from "./errors.js";
import { offerSuggestions } from "./suggestions.js";

function strOf(o: PyObject): string | null {
  try {
    return strOrRaise(o);
  } catch (e) {
    if (e instanceof PyObject) Py_DECREF(e);
    return null;
  }
}

function attr(o: PyObject, name: string): PyObject | null {
  try {
    const v = _PyObject_LookupAttr(o, _Py_ID(name));
    return v;
  } catch (e) {
    if (e instanceof PyObject) Py_DECREF(e);
    return null;
  }
}

/** The type's printed name: `module.Qualname`, without the module for
 *  builtins and __main__. */
function excTypeName(t: PyTypeObject, skipMain: boolean): string {
  const qual = typeQualName(t);
  const mod = attr(t, "__module__");
  if (mod === null) return `<unknown>.${qual}`;
  try {
    if (!PyUnicode_Check(mod)) return `<unknown>.${qual}`;
    const m = PyUnicode_AsString(mod);
    if (m === "builtins" || (skipMain && m === "__main__")) return qual;
    return `${m}.${qual}`;
  } finally {
    Py_DECREF(mod);
  }
}

function intAttr(o: PyObject, name: string): number | null {
  const v = attr(o, name);
  if (v === null) return null;
  try {
    return PyLong_Check(v) && (v as PyLongObject).big === null ? (v as PyLongObject).v : null;
  } finally {
    Py_DECREF(v);
  }
}

function strAttr(o: PyObject, name: string): string | null {
  const v = attr(o, name);
  if (v === null) return null;
  try {
    return PyUnicode_Check(v) ? PyUnicode_AsString(v) : v === Py_None ? null : strOf(v);
  } finally {
    Py_DECREF(v);
  }
}

/** print_error_text: the offending line and its carets. */
function formatErrorText(offset: number, endOffset: number, text: string): string {
  const caretReps = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  offset--;
  let i = 0;
  while (i < text.length && isWs(text[i])) {
    i++;
    offset--;
  }
  // Lengths and offsets count the UTF-8 bytes of the text, as the C does.
  let b = Buffer.from(text.slice(i), "utf8");
  let len = b.length;
  if (len > 0 && b[len - 1] === 0x0a) len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = b.indexOf(0x0a);
    if (nl < 0 || nl >= offset) break;
    const inl = nl + 1;
    b = b.subarray(inl);
    len -= inl;
    offset -= inl;
  }
  let out = "    " + b.toString("utf8");
  if (b[len] !== 0x0a) out += "\n";
  if (offset < 0) return out;
  out += "    " + " ".repeat(offset) + "^".repeat(caretReps) + "\n";
  return out;
}

/** The SyntaxError header and message (print_exception's special case);
 *  null when the value does not carry the attributes. */
function formatSyntaxError(value: PyObject, typeName: string): string | null {
  const msg = strAttr(value, "msg");
  if (msg === null) return null;
  const filename = strAttr(value, "filename") ?? "<string>";
  const lineno = intAttr(value, "lineno");
  // parse_syntax_error fails without an int lineno (a SyntaxError made from
  // its message alone): the report is then the plain `Type: str` line.
  if (lineno === null) return null;
  let out = `  File "${filename}", line ${lineno}\n`;
  const text = strAttr(value, "text");
  if (text !== null) {
    const offset = intAttr(value, "offset") ?? 0;
    // An IndentationError (TabError) gets one caret, under its start.
    let endOffset = PyType_IsSubtype(value.ob_type, PyExc_IndentationError) ? -1 : (intAttr(value, "end_offset") ?? -1);
    const endLineno = intAttr(value, "end_lineno") ?? lineno ?? 0;
    const lineSize = text.length;
    if (endLineno > (lineno ?? 0)) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out += formatErrorText(offset, endOffset, text);
  }
  out += msg.length > 0 ? `${typeName}: ${msg}\n` : `${typeName}\n`;
  return out;
}

/** CPython's struct exception_print_context: the nesting level of the
 *  exception group being printed, whether its box still needs its
 *  closing line, and the exceptions already printed (chaining cycles). */
interface PrintContext {
  seen: Set<PyObject>;
  depth: number;
  needClose: boolean;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** EXC_INDENT and EXC_MARGIN: the prefix of every line inside a group's box. */
function indentedMargin(ctx: PrintContext): string {
  return ctx.depth > 0 ? " ".repeat(2 * ctx.depth) + "| " : "";
}

/** Prefix each line of `text` (which ends with a newline) with `prefix`. */
function prefixLines(text: string, prefix: string): string {
  if (prefix === "" || text === "") return text;
  return text
    .slice(0, -1)
    .split("\n")
    .map((l) => prefix + l)
    .join("\n")
    .concat("\n");
}

/** The last line(s) of a report: `Type: str(value)` and any notes. */
function formatExceptionOnly(value: PyObject, ctx: PrintContext): string {
  const margin = indentedMargin(ctx);
  const t = value.ob_type;
  const name = excTypeName(t, true);
  let out: string | null = null;
  if (PyType_IsSubtype(t, PyExc_SyntaxError)) {
    const s = formatSyntaxError(value, name);
    // print_exception_file_and_line and print_exception_message write the
    // margin; print_error_text, between them, does not.
    if (s !== null) {
      const lines = s.slice(0, -1).split("\n");
      const last = lines.length - 1;
      out = lines.map((l, i) => (i === 0 || i === last ? margin + l : l)).join("\n") + "\n";
    }
  }
  if (out === null) {
    out = margin + name;
    const s = strOf(value);
    if (s === null) out += ": <exception str() failed>";
    else if (s.length > 0) out += ": " + s;
    const suggestion = offerSuggestions(value);
    if (suggestion !== null) out += `. Did you mean: '${suggestion}'?`;
    out += "\n";
  }
  const notes = attr(value, "__notes__");
  if (notes !== null) {
    try {
      out += formatNotes(notes, margin);
    } finally {
      Py_DECREF(notes);
    }
  }
  return out;
}

/** print_exception_notes: each note's str, line by line, after the
 *  margin; a __notes__ that is not a sequence shows as its repr (with no
 *  newline after it, as 3.11 writes it). */
function formatNotes(notes: PyObject, margin: string): string {
  if (!PySequence_Check(notes)) return margin + reprSafe(notes, "<__notes__ repr() failed>");
  let out = "";
  let n: number;
  try {
    n = PyObject_Size(notes);
  } catch (e) {
    if (e instanceof PyObject) Py_DECREF(e);
    return out;
  }
  for (let i = 0; i < n; i++) {
    let note: PyObject;
    try {
      note = PySequence_GetItem(notes, i);
    } catch (e) {
      if (e instanceof PyObject) Py_DECREF(e);
      return out;
    }
    const s = strOf(note);
    Py_DECREF(note);
    if (s === null) out += "<note str() failed>";
    else
      out += splitlinesKeepends(s)
        .map((l) => margin + l)
        .join("");
    out += "\n";
  }
  return out;
}

/** str.splitlines(keepends=True) */
function splitlinesKeepends(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\r" && s[i + 1] === "\n") {
      out.push(s.slice(start, i + 2));
      start = i + 2;
      i++;
    } else if ("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029".includes(c)) {
      out.push(s.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

function reprSafe(o: PyObject, failed = "<object repr() failed>"): string {
  try {
    return reprOrRaise(o);
  } catch (e) {
    if (e instanceof PyObject) Py_DECREF(e);
    return failed;
  }
}

function isGroup(value: PyObject): boolean {
  return PyType_IsSubtype(value.ob_type, PyExc_BaseExceptionGroup);
}

/** print_exception: one exception with its traceback (no chaining). */
function formatOne(value: PyObject, ctx: PrintContext): string {
  let out = "";
  if (value instanceof PyBaseExceptionObject) {
    const tb = value.traceback;
    if (tb !== null && tb.ob_type === PyTraceBack_Type) {
      const margin = indentedMargin(ctx);
      let header = "Traceback (most recent call last):";
      let headerMargin = margin;
      if (isGroup(value)) {
        header = "Exception Group Traceback (most recent call last):";
        if (ctx.depth === 1) headerMargin = " ".repeat(2 * ctx.depth) + "+ ";
      }
      out += headerMargin + header + "\n";
      out += prefixLines(formatTraceback(tb as PyTracebackObject), margin);
    }
  }
  return out + formatExceptionOnly(value, ctx);
}

/** print_exception_recursive: causes and contexts first. */
export function formatException(value: PyObject): string {
  return formatRecursive(value, { seen: new Set<PyObject>(), depth: 0, needClose: false });
}

/** print_chained */
function formatChained(value: PyObject, message: string, ctx: PrintContext): string {
  const needClose = ctx.needClose;
  let out = formatRecursive(value, ctx);
  ctx.needClose = needClose;
  const margin = indentedMargin(ctx);
  out += `${margin}\n${margin}${message}${margin}\n`;
  return out;
}

function formatRecursive(value: PyObject, ctx: PrintContext): string {
  ctx.seen.add(value);
  let out = "";
  if (value instanceof PyBaseExceptionObject) {
    const cause = value.cause;
    const context = value.context;
    if (cause !== null && cause !== Py_None) {
      if (!ctx.seen.has(cause)) {
        out += formatChained(cause, "The above exception was the direct cause of the following exception:\n", ctx);
      }
    } else if (context !== null && context !== Py_None && !value.suppress_context) {
      if (!ctx.seen.has(context)) {
        out += formatChained(context, "During handling of the above exception, another exception occurred:\n", ctx);
      }
    }
  }
  return out + (isGroup(value) ? formatGroup(value, ctx) : formatOne(value, ctx));
}

/** print_exception_group: the group, then each of its first 15
 *  exceptions in a numbered box, nested groups indented, "... (max_group_depth is 10)"
 *  past ten levels. */
function formatGroup(value: PyObject, ctx: PrintContext): string {
  if (ctx.depth > MAX_GROUP_DEPTH) return `${indentedMargin(ctx)}... (max_group_depth is ${MAX_GROUP_DEPTH})\n`;
  if (ctx.depth === 0) ctx.depth++;
  let out = formatOne(value, ctx);
  const excs = exceptionGroupExcs(value);
  const numExcs = PyTuple_GET_SIZE(excs);
  const n = numExcs <= MAX_GROUP_WIDTH ? numExcs : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const lastExc = i === n - 1;
    // The closing frame may be added in a recursive call.
    if (lastExc) ctx.needClose = true;
    const indent = " ".repeat(2 * ctx.depth);
    const truncated = i >= MAX_GROUP_WIDTH;
    const corner = i === 0 ? "+-" : "  ";
    out += `${indent}${corner}+---------------- ${truncated ? "..." : String(i + 1)} ----------------\n`;
    ctx.depth++;
    if (!truncated) {
      Py_EnterRecursiveCall(" in print_exception_group");
      try {
        out += formatRecursive(PyTuple_GET_ITEM(excs, i), ctx);
      } finally {
        Py_LeaveRecursiveCall();
      }
    } else {
      const remaining = numExcs - MAX_GROUP_WIDTH;
      out += `${indentedMargin(ctx)}and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`;
    }
    if (lastExc && ctx.needClose) {
      out += `${" ".repeat(2 * ctx.depth)}+------------------------------------\n`;
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (ctx.depth === 1) ctx.depth--;
  return out;
}

/** Where PyErr_Display and the unraisable hook write (stderr of the run). */
let stderrWriter: (s: string) => void = (s) => {
  process.stderr.write(s);
};

export function setTracebackWriter(w: (s: string) => void): void {
  stderrWriter = w;
}

/** Write `s` where tracebacks go (warnings use it too). */
export function _PyErr_WriteStderr(s: string): void {
  stderrWriter(s);
}

/** Print an uncaught exception to stderr in CPython 3.11's format. */
export function PyErr_Display(value: PyObject): void {
  stderrWriter(formatException(value));
}

/** sys.stderr for the unraisable hook's report: null when it is None or
 *  missing (shutdown sets it to None), nothing being written then; a
 *  writer straight to the run's stderr before sys exists. */
function unraisableFile(): PyObject | "raw" | null {
  const sys = interp.sys;
  if (sys === null) return interp.finalizing ? null : "raw";
  const stderr = PyDict_GetItemString(PyModule_GetDict(sys), "stderr");
  return stderr === null || stderr === Py_None ? null : stderr;
}

function reportWriter(file: PyObject | "raw"): PieceWriter {
  if (file !== "raw") return streamPieceWriter(file);
  return {
    write: (make) => stderrWriter(make()),
    end: () => {},
  };
}

/** The UnraisableHookArgs struct sequence the default hook is called with
 *  (a GC object refpy does not make: only counted). */
function hookArgsMade(): void {
  _PyObject_GC_LinkUnrepresented(PyBaseObject_Type, 56);
}

function hookArgsFreed(): void {
  _PyObject_GC_UnlinkUnrepresented(PyBaseObject_Type);
}

/**
 * PyErr_WriteUnraisable: an exception that cannot propagate (raised by
 * `__del__`, a weakref and gc callback) is reported and dropped:
 * `Exception ignored in: <repr of obj>`, the traceback, `Type: message`.
 * Steals `exc`.
 */
export function PyErr_WriteUnraisable(exc: PyObject, obj: PyObject | null): void {
  _PyErr_WriteUnraisableMsg(null, exc, obj);
}

/**
 * _PyErr_WriteUnraisableMsg: the report of `exc` (stolen) headed
 * `Exception ignored <msg>: <repr of obj>` (`Exception ignored in:` when
 * `msg` is null), made by sys.unraisablehook.
 *
 * A replaced hook is called with UnraisableHookArgs. The default hook is
 * a built-in function (a recursion level) that writes to sys.stderr as
 * 3.11 does, piece by piece (write_unraisable_exc_file), reading each
 * source line the way CPython reads the file, so the collector counts
 * what CPython's report allocates. When a write fails (at the recursion
 * limit, or on a closed or broken stream) the hook has failed, and the
 * default hook reports that failure itself ("Exception ignored in
 * sys.unraisablehook"); its own failure is ignored.
 */
export function _PyErr_WriteUnraisableMsg(msg: string | null, exc: PyObject, obj: PyObject | null): void {
  const call = unraisableHookState.call;
  if (call?.(exc, obj, msg)) return;
  let hookError: PyObject | null = null;
  try {
    // An exception raised by native code has no traceback yet: it gets one
    // entry for the running frame (_PyTraceBack_FromFrame), as in 3.11.
    _PyErr_AddUnraisableTraceback(exc);
    _PyErr_NormalizeException(exc);
    const errMsg = msg === null ? null : `Exception ignored ${msg}`;
    const tb = exc instanceof PyBaseExceptionObject ? exc.traceback : null;
    hookArgsMade();
    try {
      const file = unraisableFile();
      if (file !== null) {
        try {
          Py_EnterRecursiveCall(" while calling a Python object");
          try {
            writeUnraisableFile(file, exc.ob_type, exc, tb, errMsg, obj);
          } finally {
            Py_LeaveRecursiveCall();
          }
        } catch (e) {
          hookError = toPyException(e);
        }
      }
    } finally {
      hookArgsFreed();
    }
    if (hookError !== null) _PyErr_WriteHookFailure(null, hookError);
  } finally {
    if (hookError !== null) Py_DECREF(hookError);
    Py_DECREF(exc);
  }
}

/** A replaced sys.unraisablehook's caller, installed by sys
 *  (modules/sys-hooks.ts): it calls the hook with `exc` (stolen) and
 *  returns true, or returns false (stealing nothing) while the default
 *  hook is in place. */
export const unraisableHookState = {
  call: null as ((exc: PyObject, obj: PyObject | null, msg: string | null) => boolean) | null,
};

/** The traceback entry an exception raised by native code gets for the
 *  running frame before it is reported (_PyTraceBack_FromFrame). */
export function _PyErr_AddUnraisableTraceback(exc: PyObject): void {
  if (exc instanceof PyBaseExceptionObject && exc.traceback === null && tstate.frame !== null) {
    PyTraceBack_Here(tstate.frame, exc);
  }
}

/** The default hook's report of a failed hook (`hook`: a replaced one,
 *  null for the default, written as sys.unraisablehook's built-in):
 *  "Exception ignored in sys.unraisablehook: <hook>" with the hook's
 *  exception (borrowed). A failure of this report is ignored. */
export function _PyErr_WriteHookFailure(hook: PyObject | null, err: PyObject): void {
  const file = unraisableFile();
  if (file === null) return;
  const tb = err instanceof PyBaseExceptionObject ? err.traceback : null;
  try {
    writeUnraisableFile(
      file,
      err.ob_type,
      err,
      tb,
      "Exception ignored in sys.unraisablehook",
      hook,
      hook === null ? "<built-in function unraisablehook>" : null,
    );
  } catch (e) {
    Py_DECREF(toPyException(e));
  }
}

/** _PyErr_WriteUnraisableDefaultHook over UnraisableHookArgs' fields
 *  (borrowed): the report written to sys.stderr. */
export function _PyErr_WriteUnraisableDefault(
  excType: PyObject,
  excValue: PyObject,
  excTb: PyObject,
  errMsg: PyObject,
  obj: PyObject,
): void {
  const file = unraisableFile();
  if (file === null) return;
  writeUnraisableFile(file, excType, excValue, excTb, errMsg === Py_None ? null : errMsg, obj);
}

/** The report's writer for traceback entries: each piece a write, each
 *  shown source line read as CPython reads it. */
class ReportTracebackWriter implements TracebackWriter {
  constructor(private readonly w: PieceWriter) {}
  write(text: string): void {
    this.w.write(() => text);
  }
  readSource(filename: string, lineno: number): boolean {
    return _Py_DisplaySourceLineSteps(filename, lineno);
  }
  parseSpan(): void {
    _PyTraceback_ParseSpanSteps();
  }
}

/** sys.tracebacklimit as PyTraceBack_Print reads it: null for none (or
 *  not an int), else the limit (at most the default 1000 applies as is). */
function tracebackLimit(): number | null {
  const sys = interp.sys;
  if (sys === null) return null;
  const v = PyDict_GetItemString(PyModule_GetDict(sys), "tracebacklimit");
  if (v === null || !PyLong_Check(v)) return null;
  const big = (v as PyLongObject).big;
  if (big !== null) return big > 0n ? Number.MAX_SAFE_INTEGER : 0;
  return (v as PyLongObject).v;
}

/**
 * write_unraisable_exc_file: the report, each piece a write call on
 * `file` (PyFile_WriteObject): the header line, the traceback and the
 * exception line, then the stream flushed. Raises what a write raises
 * (after letting out what the stream holds); a failure inside the
 * traceback is dropped, as CPython continues with the exception line.
 * `objRepr` stands for the repr of an `obj` refpy has no object for.
 */
function writeUnraisableFile(
  file: PyObject | "raw",
  excType: PyObject,
  excValue: PyObject,
  tb: PyObject | null,
  errMsg: PyObject | string | null,
  obj: PyObject | null,
  objRepr: string | null = null,
): void {
  const w = reportWriter(file);
  const msgText = () => (typeof errMsg === "string" ? errMsg : strOrRaise(errMsg!));
  let ok = false;
  try {
    if ((obj !== null && obj !== Py_None) || objRepr !== null) {
      if (errMsg !== null) {
        w.write(msgText);
        w.write(() => ": ");
      } else {
        w.write(() => "Exception ignored in: ");
      }
      try {
        w.write(() => objRepr ?? reprOrRaise(obj!));
      } catch (e) {
        Py_DECREF(toPyException(e));
        w.write(() => "<object repr() failed>");
      }
      w.write(() => "\n");
    } else if (errMsg !== null) {
      w.write(msgText);
      w.write(() => ":\n");
    }
    if (tb !== null && tb.ob_type === PyTraceBack_Type) {
      try {
        const limit = tracebackLimit();
        if (limit === null || limit > 0) {
          w.write(() => "Traceback (most recent call last):\n");
          printTraceback(tb as PyTracebackObject, new ReportTracebackWriter(w), limit ?? undefined);
        }
      } catch (e) {
        // continue even if writing the traceback failed
        Py_DECREF(toPyException(e));
      }
    }
    if (excType === Py_None) {
      // write_unraisable_exc_file stops here, the stream not flushed.
      ok = true;
      return;
    }
    const mod = attr(excType, "__module__");
    if (mod === null || !PyUnicode_Check(mod)) {
      if (mod !== null) Py_DECREF(mod);
      w.write(() => "<unknown>");
    } else {
      try {
        const m = PyUnicode_AsString(mod);
        if (m !== "builtins" && m !== "__main__") {
          w.write(() => m);
          w.write(() => ".");
        }
      } finally {
        Py_DECREF(mod);
      }
    }
    w.write(() => typeQualName(excType as PyTypeObject));
    if (excValue !== Py_None) {
      w.write(() => ": ");
      try {
        w.write(() => strOrRaise(excValue));
      } catch (e) {
        Py_DECREF(toPyException(e));
        w.write(() => "<exception str() failed>");
      }
    }
    w.write(() => "\n");
    ok = true;
  } finally {
    if (!ok) w.end(false);
  }
  w.end(true);
}

function strOrRaise(o: PyObject): string {
  const s = PyObject_Str(o);
  try {
    return PyUnicode_AsString(s);
  } finally {
    Py_DECREF(s);
  }
}

function reprOrRaise(o: PyObject): string {
  const s = PyObject_Repr(o);
  try {
    return PyUnicode_AsString(s);
  } finally {
    Py_DECREF(s);
  }
}
