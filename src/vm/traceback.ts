/**
 * Traceback objects and the printing of uncaught exceptions (CPython's
 * Python/traceback.c and the exception display of Python/pythonrun.c).
 *
 * A traceback is a chain of `PyTracebackObject`s, outermost frame first:
 * as an exception unwinds, each frame it leaves adds an entry at the head
 * (`PyTraceBack_Here`), so `tb_next` points toward the frame that raised.
 * Each entry owns its frame object (which keeps that frame's locals alive
 * once the frame has finished) and the rest of the chain.
 *
 * `PyErr_Display` prints an exception the way CPython 3.11 does on stderr:
 * the chained causes/contexts first, each with "Traceback (most recent call
 * last):", one `  File "…", line N, in name` entry per frame with the
 * source line (leading whitespace stripped) and, under it, the caret line
 * 3.11 computes from the instruction's column positions (`~~~^~~~` under a
 * binary operator, `~^^^` under a subscript, `^^^` otherwise, nothing when
 * the expression spans the whole line); runs of more than three identical
 * entries collapse into `  [Previous line repeated N more times]`.
 */
import { PyGCObject, PyObject, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, trashcanBegin, trashcanEnd } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType, PyTypeObject } from "../objects/typeobject.js";
import { PyCode_Addr2Line, PyCode_Addr2Location, PyCodeObject } from "../objects/codeobject.js";
import { InterpFrame, PyFrameObject, _PyFrame_GetFrameObject } from "../objects/frameobject.js";
import { PyBaseExceptionObject, PyExc_SyntaxError, PyExc_NameError, PyExc_AttributeError } from "../objects/exceptions.js";
import { PyDict_Keys, PyDict_GetItemString } from "../objects/dictobject.js";
import { PyList_GET_ITEM, PyList_GET_SIZE } from "../objects/listobject.js";
import { CO_FAST_LOCAL } from "../bytecode/code.js";
import { PyObject_Call } from "../objects/call.js";
import { PyLong_FromNumber, PyLong_Check, PyLongObject } from "../objects/longobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyUnicode_AsString, PyUnicode_Check } from "../objects/unicodeobject.js";
import { registerGetSets } from "../objects/methodtable.js";
import { PyObject_Str, PyObject_Repr } from "../objects/abstract.js";
import { _PyObject_LookupAttr, typeQualName } from "../objects/object.js";
import { PyType_IsSubtype } from "../objects/typeobject.js";
import { _Py_ID } from "../objects/identifiers.js";
import { tstate } from "../objects/pystate.js";
import { parse } from "../../grammar/parse.js";

/** CPython 3.11: sizeof(PyTracebackObject) = 40 (56 with the GC header). */
const TB_SIZE = 40;

export class PyTracebackObject extends PyGCObject {
  tb_next: PyTracebackObject | null;
  tb_frame: PyFrameObject;
  /** Byte offset of the instruction (code unit index * 2), as CPython. */
  tb_lasti: number;
  tb_lineno: number;
  /** The code object, for printing without going through the frame. */
  code: PyCodeObject;
  /** Code unit index of the instruction (for column positions). */
  instr: number;

  constructor(next: PyTracebackObject | null, frame: PyFrameObject, instr: number, code: PyCodeObject) {
    super(PyTraceBack_Type, TB_SIZE);
    this.tb_next = next;
    this.tb_frame = frame;
    this.tb_lasti = instr * 2;
    this.tb_lineno = PyCode_Addr2Line(code, instr);
    this.code = code;
    this.instr = instr;
  }
}

function tb_dealloc(self: PyObject): void {
  const tb = self as PyTracebackObject;
  PyObject_GC_UnTrack(tb);
  if (!trashcanBegin(tb)) return;
  const next = tb.tb_next;
  tb.tb_next = null;
  Py_XDECREF(next);
  Py_DECREF(tb.tb_frame);
  PyObject_GC_Del(tb);
  trashcanEnd();
}

export const PyTraceBack_Type = newStaticType("traceback", TB_SIZE, TPFLAGS_HAVE_GC, tb_dealloc);
PyTraceBack_Type.tp_traverse = (self, visit) => {
  const tb = self as PyTracebackObject;
  if (tb.tb_next !== null) visit(tb.tb_next);
  visit(tb.tb_frame);
};
PyTraceBack_Type.tp_clear = (self) => {
  const tb = self as PyTracebackObject;
  const next = tb.tb_next;
  tb.tb_next = null;
  Py_XDECREF(next);
};

registerGetSets(PyTraceBack_Type, [
  { name: "tb_next", get: (s) => Py_NewRef((s as PyTracebackObject).tb_next ?? Py_None) },
  { name: "tb_frame", get: (s) => Py_NewRef((s as PyTracebackObject).tb_frame) },
  { name: "tb_lasti", get: (s) => PyLong_FromNumber((s as PyTracebackObject).tb_lasti) },
  { name: "tb_lineno", get: (s) => PyLong_FromNumber((s as PyTracebackObject).tb_lineno) },
]);

/** Add an entry for `frame` (at its current instruction) at the head of
 *  the exception's traceback. */
export function PyTraceBack_Here(frame: InterpFrame, exc: PyObject): void {
  if (!(exc instanceof PyBaseExceptionObject)) return;
  const f = _PyFrame_GetFrameObject(frame);
  Py_INCREF(f);
  const old = exc.traceback;
  const next = old !== null && old.ob_type === PyTraceBack_Type ? (old as PyTracebackObject) : null;
  if (old !== null && next === null) Py_DECREF(old);
  const tb = new PyTracebackObject(next, f, frame.lasti < 0 ? 0 : frame.lasti, frame.f_code);
  exc.traceback = tb;
  PyObject_GC_Track(tb);
}

// ------------------------------------------------------------ linecache

const sources = new Map<string, string[]>();

/** Make `text` the source of `filename` for traceback lines (CPython reads
 *  the file; refpy is told). Pseudo-files like `<stdin>` have none. */
export function registerSource(filename: string, text: string): void {
  const lines = text.split("\n");
  sources.set(filename, lines);
}

export function clearSources(): void {
  sources.clear();
}

/** Line `lineno` (1-based) of `filename`, without its newline, or null. */
export function getSourceLine(filename: string, lineno: number): string | null {
  const lines = sources.get(filename);
  if (lines === undefined || lineno < 1 || lineno > lines.length) return null;
  let line = lines[lineno - 1];
  if (line.endsWith("\r")) line = line.slice(0, -1);
  return line;
}

// ---------------------------------------------------------- formatting

const TB_RECURSIVE_CUTOFF = 3;
const TRACEBACK_LIMIT = 1000;

function isWs(c: string): boolean {
  return c === " " || c === "\t" || c === "\f";
}

/** A UTF-8 byte offset in `s` as a character offset. */
function byteToChar(s: string, byteOffset: number): number {
  let bytes = 0;
  let i = 0;
  while (i < s.length && bytes < byteOffset) {
    const c = s.codePointAt(i)!;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c >= 0x10000 ? 2 : 1;
  }
  return i;
}

interface Anchors { left: number; right: number; primary: string; secondary: string }

interface PosNode { col_offset: number; end_col_offset: number }

/** _extract_caret_anchors_from_line_segment (3.11.7 traceback.py). */
function extractAnchors(segment: string): Anchors | null {
  let tree: unknown;
  try {
    tree = parse(segment, "<traceback>", "exec");
  } catch {
    return null;
  }
  const body = (tree as { body?: unknown[] }).body;
  if (!Array.isArray(body) || body.length !== 1) return null;
  const stmt = body[0] as { type: string; value?: { type: string } };
  if (stmt.type !== "Expr" || stmt.value === undefined) return null;
  const expr = stmt.value as { type: string; left?: PosNode; right?: PosNode; value?: PosNode; slice?: PosNode };
  const normalize = (off: number) => byteToChar(segment, off);
  if (expr.type === "BinOp") {
    const left = expr.left!;
    const right = expr.right!;
    const opStart = normalize(left.end_col_offset);
    const opEnd = normalize(right.col_offset);
    const opStr = segment.slice(opStart, opEnd);
    const opOffset = opStr.length - opStr.replace(/^\s+/, "").length;
    let leftAnchor = left.end_col_offset + opOffset;
    let rightAnchor = leftAnchor + 1;
    if (opOffset + 1 < opStr.length && !/\s/.test(opStr[opOffset + 1])) rightAnchor += 1;
    while (leftAnchor < segment.length && (/\s/.test(segment[leftAnchor]) || segment[leftAnchor] === ")"
           || segment[leftAnchor] === "#")) {
      leftAnchor += 1;
      rightAnchor += 1;
    }
    return { left: normalize(leftAnchor), right: normalize(rightAnchor), primary: "~", secondary: "^" };
  }
  if (expr.type === "Subscript") {
    let leftAnchor = normalize(expr.value!.end_col_offset);
    let rightAnchor = normalize(expr.slice!.end_col_offset + 1);
    while (leftAnchor < segment.length && (/\s/.test(segment[leftAnchor]) || segment[leftAnchor] !== "[")) leftAnchor++;
    while (rightAnchor < segment.length && (/\s/.test(segment[rightAnchor]) || segment[rightAnchor] !== "]")) rightAnchor++;
    if (rightAnchor < segment.length) rightAnchor++;
    return { left: leftAnchor, right: rightAnchor, primary: "~", secondary: "^" };
  }
  return null;
}

/** The source line and caret line of one traceback entry ("" when the
 *  source is not available). */
function formatSourceLines(filename: string, code: PyCodeObject, instr: number, lineno: number): string {
  const line = getSourceLine(filename, lineno);
  if (line === null) return "";
  let trunc = 0;
  while (trunc < line.length && isWs(line[trunc])) trunc++;
  if (trunc === line.length) return "";
  let out = "    " + line.slice(trunc) + "\n";
  const [startLine, endLine, startCol, endCol] = PyCode_Addr2Location(code, instr);
  if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0 || startLine !== lineno) return out;
  const start = byteToChar(line, startCol);
  let end = byteToChar(line, endCol);
  let anchors: Anchors | null = null;
  if (startLine === endLine) {
    anchors = extractAnchors(line.slice(start, end));
  } else {
    let i = line.length;
    while (i > 0 && isWs(line[i - 1])) i--;
    end = i;
  }
  const strippedLen = line.length - trunc;
  if (end - start >= strippedLen && anchors === null) return out;
  if (end <= start) return out;
  let carets = "    " + " ".repeat(Math.max(0, start - trunc));
  for (let i = start; i < end; i++) {
    if (anchors === null) carets += "^";
    else {
      const rel = i - start;
      carets += rel >= anchors.left && rel < anchors.right ? anchors.secondary : anchors.primary;
    }
  }
  out += carets + "\n";
  return out;
}

/** tb_print_internal: the entries of a traceback chain. */
export function formatTraceback(tb: PyTracebackObject | null, limit = TRACEBACK_LIMIT): string {
  let depth = 0;
  for (let t = tb; t !== null; t = t.tb_next) depth++;
  let t = tb;
  while (t !== null && depth > limit) {
    depth--;
    t = t.tb_next;
  }
  let out = "";
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let cnt = 0;
  for (; t !== null; t = t.tb_next) {
    const code = t.code;
    const file = code.filename;
    const name = code.name;
    if (lastFile === null || file !== lastFile || lastLine === -1 || t.tb_lineno !== lastLine || name !== lastName) {
      if (cnt > TB_RECURSIVE_CUTOFF) out += repeatedLine(cnt);
      lastFile = file;
      lastLine = t.tb_lineno;
      lastName = name;
      cnt = 0;
    }
    cnt++;
    if (cnt <= TB_RECURSIVE_CUTOFF) {
      out += `  File "${file}", line ${t.tb_lineno}, in ${name}\n`;
      out += formatSourceLines(file, code, t.instr, t.tb_lineno);
    }
  }
  if (cnt > TB_RECURSIVE_CUTOFF) out += repeatedLine(cnt);
  return out;
}

function repeatedLine(cnt: number): string {
  const n = cnt - TB_RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
}

function strOf(o: PyObject): string | null {
  try {
    const s = PyObject_Str(o);
    try {
      return PyUnicode_AsString(s);
    } finally {
      Py_DECREF(s);
    }
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
  while (i < text.length && isWs(text[i])) { i++; offset--; }
  text = text.slice(i);
  let len = text.length;
  if (len > 0 && text[len - 1] === "\n") len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = text.indexOf("\n");
    if (nl < 0 || nl >= offset) break;
    const inl = nl + 1;
    text = text.slice(inl);
    len -= inl;
    offset -= inl;
  }
  let out = "    " + text;
  if (text[len] !== "\n") out += "\n";
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
  let out = `  File "${filename}", line ${lineno ?? "None"}\n`;
  const text = strAttr(value, "text");
  if (text !== null) {
    const offset = intAttr(value, "offset") ?? 0;
    let endOffset = intAttr(value, "end_offset") ?? -1;
    const endLineno = intAttr(value, "end_lineno") ?? lineno ?? 0;
    const lineSize = text.length;
    if (endLineno > (lineno ?? 0)) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out += formatErrorText(offset, endOffset, text);
  }
  out += msg.length > 0 ? `${typeName}: ${msg}\n` : `${typeName}\n`;
  return out;
}

/** The last line(s) of a report: `Type: str(value)` and any notes. */
function formatExceptionOnly(value: PyObject): string {
  const t = value.ob_type;
  const name = excTypeName(t, true);
  if (PyType_IsSubtype(t, PyExc_SyntaxError)) {
    const s = formatSyntaxError(value, name);
    if (s !== null) return s;
  }
  let out = name;
  const s = strOf(value);
  if (s === null) out += ": <exception str() failed>";
  else if (s.length > 0) out += ": " + s;
  const suggestion = offerSuggestions(value);
  if (suggestion !== null) out += `. Did you mean: '${suggestion}'?`;
  out += "\n";
  const notes = attr(value, "__notes__");
  if (notes !== null) {
    try {
      const it = notesList(notes);
      for (const n of it) out += n + "\n";
    } finally {
      Py_DECREF(notes);
    }
  }
  return out;
}

function notesList(notes: PyObject): string[] {
  const out: string[] = [];
  const r = strOf(notes);
  if (notes.ob_type.tp_name !== "list") {
    const rr = reprSafe(notes);
    out.push(rr);
    return out;
  }
  void r;
  const n = (notes as unknown as { ob_item: PyObject[] }).ob_item;
  for (const item of n) {
    if (PyUnicode_Check(item)) out.push(PyUnicode_AsString(item));
    else out.push(reprSafe(item));
  }
  return out;
}

function reprSafe(o: PyObject): string {
  try {
    const r = PyObject_Repr(o);
    try {
      return PyUnicode_AsString(r);
    } finally {
      Py_DECREF(r);
    }
  } catch (e) {
    if (e instanceof PyObject) Py_DECREF(e);
    return "<object repr() failed>";
  }
}

// ------------------------------------------------- "Did you mean" hints

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

/** Python/suggestions.c levenshtein_distance over UTF-8 bytes. */
function levenshtein(aStr: string, bStr: string, maxCost: number): number {
  let a = Buffer.from(aStr, "utf8");
  let b = Buffer.from(bStr, "utf8");
  if (aStr === bStr) return 0;
  let as = 0, ae = a.length, bs = 0, be = b.length;
  while (as < ae && bs < be && a[as] === b[bs]) { as++; bs++; }
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) { ae--; be--; }
  a = a.subarray(as, ae);
  b = b.subarray(bs, be);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) { const t = a; a = b; b = t; }
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  let tmp = MOVE_COST;
  for (let i = 0; i < a.length; i++) { buffer.push(tmp); tmp += MOVE_COST; }
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = result = bi * MOVE_COST;
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]);
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** calculate_suggestions: the closest candidate to `name`, or null. */
export function calculateSuggestion(candidates: string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  const nameSize = Buffer.byteLength(name, "utf8");
  for (const item of candidates) {
    if (item === name) continue;
    const itemSize = Buffer.byteLength(item, "utf8");
    let maxDistance = Math.floor((nameSize + itemSize + 3) * MOVE_COST / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function dictKeyStrings(d: PyObject): string[] {
  const out: string[] = [];
  const keys = PyDict_Keys(d);
  try {
    const n = PyList_GET_SIZE(keys);
    for (let i = 0; i < n; i++) {
      const k = PyList_GET_ITEM(keys, i);
      if (PyUnicode_Check(k)) out.push(PyUnicode_AsString(k));
    }
  } finally {
    Py_DECREF(keys);
  }
  return out;
}

/** _Py_Offer_Suggestions for NameError and AttributeError. */
function offerSuggestions(value: PyObject): string | null {
  if (!(value instanceof PyBaseExceptionObject)) return null;
  try {
    if (PyType_IsSubtype(value.ob_type, PyExc_NameError)) {
      const name = value.extra?.get("name");
      const tb = value.traceback;
      if (name === undefined || !PyUnicode_Check(name) || tb === null || tb.ob_type !== PyTraceBack_Type) return null;
      let t = tb as PyTracebackObject;
      while (t.tb_next !== null) t = t.tb_next;
      const frame = t.tb_frame.f_frame;
      const code = frame.f_code;
      const varnames: string[] = [];
      for (let i = 0; i < code.co_nlocalsplus; i++) {
        if (code.co_localspluskinds[i] & CO_FAST_LOCAL) varnames.push(code.localsplusnames[i]);
      }
      const n = PyUnicode_AsString(name);
      return calculateSuggestion(varnames, n)
        ?? calculateSuggestion(dictKeyStrings(frame.f_globals), n)
        ?? calculateSuggestion(dictKeyStrings(frame.f_builtins), n);
    }
    if (PyType_IsSubtype(value.ob_type, PyExc_AttributeError)) {
      const name = value.extra?.get("name");
      const obj = value.extra?.get("obj");
      if (name === undefined || obj === undefined || !PyUnicode_Check(name)) return null;
      const dirFn = tstate.builtins === null ? null : PyDict_GetItemString(tstate.builtins, "dir");
      if (dirFn === null) return null;
      const dir = PyObject_Call(dirFn, [obj], null);
      try {
        const items: string[] = [];
        const n = PyList_GET_SIZE(dir);
        for (let i = 0; i < n; i++) {
          const it = PyList_GET_ITEM(dir, i);
          if (PyUnicode_Check(it)) items.push(PyUnicode_AsString(it));
        }
        return calculateSuggestion(items, PyUnicode_AsString(name));
      } finally {
        Py_DECREF(dir);
      }
    }
  } catch (e) {
    if (e instanceof PyObject) Py_DECREF(e);
  }
  return null;
}

/** One exception with its traceback (no chaining). */
function formatOne(value: PyObject): string {
  let out = "";
  if (value instanceof PyBaseExceptionObject) {
    const tb = value.traceback;
    if (tb !== null && tb.ob_type === PyTraceBack_Type) {
      out += "Traceback (most recent call last):\n";
      out += formatTraceback(tb as PyTracebackObject);
    }
  }
  return out + formatExceptionOnly(value);
}

/** print_exception_recursive: causes and contexts first. */
export function formatException(value: PyObject): string {
  const seen = new Set<PyObject>();
  return formatRecursive(value, seen);
}

function formatRecursive(value: PyObject, seen: Set<PyObject>): string {
  seen.add(value);
  let out = "";
  if (value instanceof PyBaseExceptionObject) {
    const cause = value.cause;
    const context = value.context;
    if (cause !== null && cause !== Py_None) {
      if (!seen.has(cause)) {
        out += formatRecursive(cause, seen);
        out += "\nThe above exception was the direct cause of the following exception:\n\n";
      }
    } else if (context !== null && context !== Py_None && !value.suppress_context) {
      if (!seen.has(context)) {
        out += formatRecursive(context, seen);
        out += "\nDuring handling of the above exception, another exception occurred:\n\n";
      }
    }
  }
  return out + formatOne(value);
}

/** Where PyErr_Display and the unraisable hook write (stderr of the run). */
let stderrWriter: (s: string) => void = (s) => { process.stderr.write(s); };

export function setTracebackWriter(w: (s: string) => void): void {
  stderrWriter = w;
}

/** Print an uncaught exception to stderr in CPython 3.11's format. */
export function PyErr_Display(value: PyObject): void {
  stderrWriter(formatException(value));
}

/**
 * PyErr_WriteUnraisable: an exception that cannot propagate (raised by
 * `__del__`, a weakref callback, a gc callback) is reported and dropped:
 * `Exception ignored in: <repr of obj>`, the traceback, `Type: message`.
 * Steals `exc`.
 */
export function PyErr_WriteUnraisable(exc: PyObject, obj: PyObject | null): void {
  try {
    let out = "";
    if (obj !== null) out += `Exception ignored in: ${reprSafe(obj)}\n`;
    if (exc instanceof PyBaseExceptionObject) {
      const tb = exc.traceback;
      if (tb !== null && tb.ob_type === PyTraceBack_Type) {
        out += "Traceback (most recent call last):\n";
        out += formatTraceback(tb as PyTracebackObject);
      }
    }
    out += excTypeName(exc.ob_type, true);
    if (exc !== Py_None) {
      const s = strOf(exc);
      out += ": " + (s === null ? "<exception str() failed>" : s);
    }
    out += "\n";
    stderrWriter(out);
  } finally {
    Py_DECREF(exc);
  }
}
