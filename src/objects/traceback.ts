/**
 * Traceback objects (CPython's Python/traceback.c): the type, the entry an
 * unwinding frame adds, the source lines (linecache) and the printing of a
 * traceback's entries.
 *
 * A traceback is a chain of `PyTracebackObject`s, outermost frame first:
 * as an exception unwinds, each frame it leaves adds an entry at the head
 * (`PyTraceBack_Here`), so `tb_next` points toward the frame that raised.
 * Each entry owns its frame object (which keeps that frame's locals alive
 * once the frame has finished) and the rest of the chain.
 *
 * `formatTraceback` prints the entries as CPython 3.11 does: one
 * `  File "…", line N, in name` entry per frame with the source line
 * (leading whitespace stripped) and, under it, the caret line 3.11 computes
 * from the instruction's column positions (`~~~^~~~` under a binary
 * operator, `~^^^` under a subscript, `^^^` otherwise, nothing when the
 * expression spans the whole line); runs of more than three identical
 * entries collapse into `  [Previous line repeated N more times]`.
 */
import { PyGCObject, type PyObject, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, trashcanBegin, trashcanEnd } from "../heap/refcount.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { newStaticType } from "./typeobject.js";
import { PyCode_Addr2Line, PyCode_Addr2Location, _PyCode_CPythonLasti, type PyCodeObject } from "./codeobject.js";
import { type InterpFrame, type PyFrameObject, _PyFrame_GetFrameObject } from "./frameobject.js";
import { PyBaseExceptionObject, PyExc_TypeError, PyExc_ValueError } from "./exceptions.js";
import { PyErr_Format } from "./errors.js";
import { PyLong_FromNumber } from "./longobject.js";
import { Py_None } from "./noneobject.js";
import { interp } from "./pystate.js";
import { PySys_AuditAttr } from "./sysaudit.js";
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

PyTraceBack_Type.tp_getset = [
  {
    name: "tb_next",
    get: (s) => Py_NewRef((s as PyTracebackObject).tb_next ?? Py_None),
    // tb_next_set: None or a traceback that does not lead back here.
    set: (s, v) => {
      const self = s as PyTracebackObject;
      if (v === null) throw PyErr_Format(PyExc_TypeError, "can't delete tb_next attribute");
      let next: PyTracebackObject | null = null;
      if (v !== Py_None) {
        if (v.ob_type !== PyTraceBack_Type) {
          throw PyErr_Format(PyExc_TypeError, `expected traceback object, got '${v.ob_type.tp_name}'`);
        }
        next = v as PyTracebackObject;
      }
      for (let cursor = next; cursor !== null; cursor = cursor.tb_next) {
        if (cursor === self) throw PyErr_Format(PyExc_ValueError, "traceback loop detected");
      }
      const old = self.tb_next;
      if (next !== null) Py_INCREF(next);
      self.tb_next = next;
      Py_XDECREF(old);
    },
  },
  {
    name: "tb_frame",
    get: (s) => {
      if (interp.audit_hooks !== null) PySys_AuditAttr("object.__getattr__", s, "tb_frame", null);
      return Py_NewRef((s as PyTracebackObject).tb_frame);
    },
    set: null,
  },
  {
    // CPython's layout (with inline caches), as co_code and co_positions().
    name: "tb_lasti",
    get: (s) => PyLong_FromNumber(_PyCode_CPythonLasti((s as PyTracebackObject).code, (s as PyTracebackObject).instr)),
    set: null,
  },
  { name: "tb_lineno", get: (s) => PyLong_FromNumber((s as PyTracebackObject).tb_lineno), set: null },
];

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

/** The lines of `filename` as registered (split at each "\n"), or null;
 *  the same array until the file is registered again. */
export function getSourceLines(filename: string): readonly string[] | null {
  return sources.get(filename) ?? null;
}

/** The whole text of `filename` if refpy has it, else null. */
export function getSourceText(filename: string): string | null {
  const lines = sources.get(filename);
  return lines === undefined ? null : lines.join("\n");
}

export function clearSources(): void {
  sources.clear();
}

/** Line `lineno` (1-based) of `filename`, without its newline, or null.
 *  Null as well once shutdown has emptied sys.modules: CPython reads the
 *  line through `import io` (_Py_DisplaySourceLine), which fails from then
 *  on, so tracebacks and warnings printed during module teardown show no
 *  source lines (nor carets). */
export function getSourceLine(filename: string, lineno: number): string | null {
  if (interp.finalizing) return null;
  const lines = sources.get(filename);
  if (lines === undefined || lineno < 1 || lineno > lines.length) return null;
  let line = lines[lineno - 1];
  if (line.endsWith("\r")) line = line.slice(0, -1);
  return line;
}

// ---------------------------------------------------------- formatting

const TB_RECURSIVE_CUTOFF = 3;
const TRACEBACK_LIMIT = 1000;

export function isWs(c: string): boolean {
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

interface Anchors {
  left: number;
  right: number;
  primary: string;
  secondary: string;
}

interface PosNode {
  col_offset: number;
  end_col_offset: number;
}

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
    while (
      leftAnchor < segment.length &&
      (/\s/.test(segment[leftAnchor]) || segment[leftAnchor] === ")" || segment[leftAnchor] === "#")
    ) {
      leftAnchor += 1;
      rightAnchor += 1;
    }
    return { left: normalize(leftAnchor), right: normalize(rightAnchor), primary: "~", secondary: "^" };
  }
  if (expr.type === "Subscript") {
    let leftAnchor = normalize(expr.value!.end_col_offset);
    let rightAnchor = normalize(expr.slice!.end_col_offset + 1);
    while (leftAnchor < segment.length && (/\s/.test(segment[leftAnchor]) || segment[leftAnchor] !== "[")) leftAnchor++;
    while (rightAnchor < segment.length && (/\s/.test(segment[rightAnchor]) || segment[rightAnchor] !== "]"))
      rightAnchor++;
    if (rightAnchor < segment.length) rightAnchor++;
    return { left: leftAnchor, right: rightAnchor, primary: "~", secondary: "^" };
  }
  return null;
}

/** What tb_displayline prints under an entry's File line: the source
 *  line without its indentation, and the caret line without its newline
 *  (null when elided). `parsed` tells that 3.11 parsed the span for its
 *  anchors (a span on one line: extract_anchors_from_line). */
interface SourceLineParts {
  stripped: string;
  carets: string | null;
  parsed: boolean;
}

function sourceLineParts(filename: string, code: PyCodeObject, instr: number, lineno: number): SourceLineParts | null {
  const line = getSourceLine(filename, lineno);
  if (line === null) return null;
  let trunc = 0;
  while (trunc < line.length && isWs(line[trunc])) trunc++;
  if (trunc === line.length) return null;
  const parts: SourceLineParts = { stripped: line.slice(trunc), carets: null, parsed: false };
  const [startLine, endLine, startCol, endCol] = PyCode_Addr2Location(code, instr);
  if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0 || startLine !== lineno) return parts;
  const start = byteToChar(line, startCol);
  let end = byteToChar(line, endCol);
  let anchors: Anchors | null = null;
  if (startLine === endLine) {
    parts.parsed = true;
    anchors = extractAnchors(line.slice(start, end));
  } else {
    let i = line.length;
    while (i > 0 && isWs(line[i - 1])) i--;
    end = i;
  }
  const strippedLen = line.length - trunc;
  if (end - start >= strippedLen && anchors === null) return parts;
  // print_error_location_carets: spaces up to the start, carets up to the
  // end; an empty span (a RESUME's, where a trace function raises) leaves
  // the margin and the spaces before its end.
  let carets = "    " + " ".repeat(Math.max(0, Math.min(start, end) - trunc));
  for (let i = start; i < end; i++) {
    if (anchors === null) carets += "^";
    else {
      const rel = i - start;
      carets += rel >= anchors.left && rel < anchors.right ? anchors.secondary : anchors.primary;
    }
  }
  parts.carets = carets;
  return parts;
}

/** Where `printTraceback` writes: each call of `write` is one
 *  PyFile_WriteString of 3.11's traceback printer; `readSource` stands for
 *  display_source_line's reading of the file (false: it failed, and the
 *  line is not shown); `parseSpan` for extract_anchors_from_line. */
export interface TracebackWriter {
  write(text: string): void;
  readSource(filename: string, lineno: number): boolean;
  parseSpan(): void;
}

/** tb_printinternal, piece by piece, as 3.11 writes a traceback to a
 *  file object (the unraisable hook's report): the File line, then the
 *  source line as indent, line and newline, then the caret line one
 *  character at a time. */
export function printTraceback(tb: PyTracebackObject | null, w: TracebackWriter, limit = TRACEBACK_LIMIT): void {
  let depth = 0;
  for (let t = tb; t !== null; t = t.tb_next) depth++;
  let t = tb;
  while (t !== null && depth > limit) {
    depth--;
    t = t.tb_next;
  }
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let cnt = 0;
  for (; t !== null; t = t.tb_next) {
    const code = t.code;
    const file = code.filename;
    const name = code.name;
    if (lastFile === null || file !== lastFile || lastLine === -1 || t.tb_lineno !== lastLine || name !== lastName) {
      if (cnt > TB_RECURSIVE_CUTOFF) w.write(repeatedLine(cnt));
      lastFile = file;
      lastLine = t.tb_lineno;
      lastName = name;
      cnt = 0;
    }
    cnt++;
    if (cnt <= TB_RECURSIVE_CUTOFF) {
      w.write(`  File "${file}", line ${t.tb_lineno}, in ${name}\n`);
      const parts = sourceLineParts(file, code, t.instr, t.tb_lineno);
      if (parts === null || !w.readSource(file, t.tb_lineno)) continue;
      w.write("    ");
      w.write(parts.stripped);
      w.write("\n");
      if (parts.parsed) w.parseSpan();
      if (parts.carets !== null) {
        for (const c of parts.carets) w.write(c);
        w.write("\n");
      }
    }
  }
  if (cnt > TB_RECURSIVE_CUTOFF) w.write(repeatedLine(cnt));
}

/** tb_print_internal: the entries of a traceback chain, as one text. */
export function formatTraceback(tb: PyTracebackObject | null, limit = TRACEBACK_LIMIT): string {
  let out = "";
  const w: TracebackWriter = {
    write: (text) => {
      out += text;
    },
    readSource: () => true,
    parseSpan: () => {},
  };
  printTraceback(tb, w, limit);
  return out;
}

function repeatedLine(cnt: number): string {
  const n = cnt - TB_RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
}
