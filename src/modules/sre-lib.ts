/**
 * The matching engine of `_sre`: CPython 3.11's Modules/_sre/sre_lib.h
 * (SRE(at), SRE(charset), SRE(count), SRE(match), SRE(search)), the
 * character predicates at the head of sre.c, the opcode numbers of
 * sre_constants.h and the SRE_STATE of sre.h.
 *
 * What it runs: the code list that CPython's own Lib/re/_compiler.py makes
 * (sre.ts copies it into a Uint32Array, SRE_CODE being 32 bits). Opcode
 * numbers are 3.11's (MAGIC 20220615); a code list is checked by sre.ts's
 * _validate before it ever gets here, so the engine may trust its shape.
 *
 * The subject: positions are indexes in code points from the beginning of
 * the whole string (CPython's `state->beginning`), so `start`, `end`,
 * `ptr` and the marks are plain integers; NULL marks are -1. A str whose
 * characters are all in the BMP is read with `charCodeAt` on its JS string
 * (kinds 1-3: one UTF-16 unit per code point); a str with astral
 * characters and a bytes-like object are read from an array of code points
 * or bytes (`wide`). getch() is the one place that chooses.
 *
 * Iteration, not recursion: SRE(match) in C never calls itself to try a
 * sub-pattern; it pushes a match context on its own data stack and jumps
 * back to its entrance, and when the context finishes it pops it and jumps
 * to the label that the context's `jump` field names. The same here: the
 * contexts live in `state.ctxs` (an Int32Array, C_SIZE words a context),
 * saved marks and repeat positions on `state.data` (an Int32Array used as
 * a stack), and each JUMP_* case of the unwinding switch below is the code
 * that follows the matching DO_JUMP in sre_lib.h. A catastrophic pattern
 * therefore grows these arrays, never the JavaScript stack. The only
 * nesting of sre_match on the JS stack is SRE(count) calling it for a
 * one-character item (bounded: such an item holds no repeat).
 *
 * Unicode: outside ASCII, the character classes and case mappings come
 * from CPython 3.11.7's Unicode 14.0.0 tables (src/unicode), as str's
 * methods do.
 *
 * Interrupts: every 4096 opcodes (sre_lib.h's MAYBE_CHECK_SIGNALS) the
 * loop calls the thread state's eval breaker, which raises when a step or
 * time limit is passed, so a runaway match cannot hold a limited run for
 * ever. The exception propagates out of the engine; the state it leaves is
 * reset (state_reset) before any later use.
 *
 * LOCALE: CPython asks the C library's tolower()/isalnum() in the current
 * LC_CTYPE, which under the UTF-8 (or C) locales CPython starts with gives
 * ASCII answers for every byte; those answers are used here.
 */
import {
  ALPHA,
  DECIMAL,
  DIGIT,
  LINEBREAK,
  NUMERIC,
  SPACE,
  ctypeFlags,
  toLowerFull,
  toUpperFull,
} from "../unicode/unicodectype.js";
import type { PyObject } from "../heap/object.js";
import type { Py_buffer } from "../objects/buffer.js";
import { tstate } from "../objects/pystate.js";

/** _sre.MAGIC of CPython 3.11 (Lib/re/_constants.py's MAGIC). */
export const SRE_MAGIC = 20220615;
/** sizeof(SRE_CODE). */
export const SRE_CODESIZE = 4;
/** SRE_MAXREPEAT: the largest SRE_CODE, "no upper bound". */
export const SRE_MAXREPEAT = 0xffffffff;
/** SRE_MAXGROUPS of a 64-bit build: INT32_MAX / 2. */
export const SRE_MAXGROUPS = 0x3fffffff;

/** The opcodes (sre_constants.h, 3.11 numbering). */
export const enum SRE_OP {
  FAILURE = 0,
  SUCCESS = 1,
  ANY = 2,
  ANY_ALL = 3,
  ASSERT = 4,
  ASSERT_NOT = 5,
  AT = 6,
  BRANCH = 7,
  CATEGORY = 8,
  CHARSET = 9,
  BIGCHARSET = 10,
  GROUPREF = 11,
  GROUPREF_EXISTS = 12,
  IN = 13,
  INFO = 14,
  JUMP = 15,
  LITERAL = 16,
  MARK = 17,
  MAX_UNTIL = 18,
  MIN_UNTIL = 19,
  NOT_LITERAL = 20,
  NEGATE = 21,
  RANGE = 22,
  REPEAT = 23,
  REPEAT_ONE = 24,
  SUBPATTERN = 25,
  MIN_REPEAT_ONE = 26,
  ATOMIC_GROUP = 27,
  POSSESSIVE_REPEAT = 28,
  POSSESSIVE_REPEAT_ONE = 29,
  GROUPREF_IGNORE = 30,
  IN_IGNORE = 31,
  LITERAL_IGNORE = 32,
  NOT_LITERAL_IGNORE = 33,
  GROUPREF_LOC_IGNORE = 34,
  IN_LOC_IGNORE = 35,
  LITERAL_LOC_IGNORE = 36,
  NOT_LITERAL_LOC_IGNORE = 37,
  GROUPREF_UNI_IGNORE = 38,
  IN_UNI_IGNORE = 39,
  LITERAL_UNI_IGNORE = 40,
  NOT_LITERAL_UNI_IGNORE = 41,
  RANGE_UNI_IGNORE = 42,
}

/** Positions for SRE_OP.AT. */
export const enum SRE_AT {
  BEGINNING = 0,
  BEGINNING_LINE = 1,
  BEGINNING_STRING = 2,
  BOUNDARY = 3,
  NON_BOUNDARY = 4,
  END = 5,
  END_LINE = 6,
  END_STRING = 7,
  LOC_BOUNDARY = 8,
  LOC_NON_BOUNDARY = 9,
  UNI_BOUNDARY = 10,
  UNI_NON_BOUNDARY = 11,
}

/** Categories for SRE_OP.CATEGORY. */
export const enum SRE_CATEGORY {
  DIGIT = 0,
  NOT_DIGIT = 1,
  SPACE = 2,
  NOT_SPACE = 3,
  WORD = 4,
  NOT_WORD = 5,
  LINEBREAK = 6,
  NOT_LINEBREAK = 7,
  LOC_WORD = 8,
  LOC_NOT_WORD = 9,
  UNI_DIGIT = 10,
  UNI_NOT_DIGIT = 11,
  UNI_SPACE = 12,
  UNI_NOT_SPACE = 13,
  UNI_WORD = 14,
  UNI_NOT_WORD = 15,
  UNI_LINEBREAK = 16,
  UNI_NOT_LINEBREAK = 17,
}

export const SRE_FLAG_TEMPLATE = 1;
export const SRE_FLAG_IGNORECASE = 2;
export const SRE_FLAG_LOCALE = 4;
export const SRE_FLAG_MULTILINE = 8;
export const SRE_FLAG_DOTALL = 16;
export const SRE_FLAG_UNICODE = 32;
export const SRE_FLAG_VERBOSE = 64;
export const SRE_FLAG_DEBUG = 128;
export const SRE_FLAG_ASCII = 256;

export const SRE_INFO_PREFIX = 1;
export const SRE_INFO_LITERAL = 2;
export const SRE_INFO_CHARSET = 4;

/** Error statuses of the engine (sre.c). */
export const SRE_ERROR_ILLEGAL = -1;
export const SRE_ERROR_STATE = -2;
export const SRE_ERROR_RECURSION_LIMIT = -3;
export const SRE_ERROR_MEMORY = -9;
export const SRE_ERROR_INTERRUPTED = -10;

// ---------------------------------------------------------------- characters

/* ASCII predicates (sre.c's SRE_IS_*: Py_ISDIGIT, Py_ISSPACE, Py_ISALNUM
 * of the C locale). */

function SRE_IS_DIGIT(ch: number): boolean {
  return ch >= 0x30 && ch <= 0x39;
}

function SRE_IS_SPACE(ch: number): boolean {
  return ch === 0x20 || (ch >= 0x09 && ch <= 0x0d);
}

function SRE_IS_LINEBREAK(ch: number): boolean {
  return ch === 0x0a;
}

function isAsciiAlnum(ch: number): boolean {
  return (ch >= 0x30 && ch <= 0x39) || (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);
}

function SRE_IS_WORD(ch: number): boolean {
  return isAsciiAlnum(ch) || ch === 0x5f;
}

export function sre_lower_ascii(ch: number): number {
  return ch >= 0x41 && ch <= 0x5a ? ch + 32 : ch;
}

function sre_upper_ascii(ch: number): number {
  return ch >= 0x61 && ch <= 0x7a ? ch - 32 : ch;
}

/** isalpha() of an ASCII character (Py_ISALPHA). */
export function sre_isalpha_ascii(ch: number): boolean {
  return (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);
}

/* Locale predicates: see the header (ASCII answers for every byte). */

function SRE_LOC_IS_WORD(ch: number): boolean {
  return SRE_IS_WORD(ch);
}

function sre_lower_locale(ch: number): number {
  return sre_lower_ascii(ch);
}

function sre_upper_locale(ch: number): number {
  return sre_upper_ascii(ch);
}

/* Unicode predicates (Py_UNICODE_ISDECIMAL, ISSPACE, ISLINEBREAK, ISALNUM,
 * TOLOWER, TOUPPER). Outside ASCII the answers come from CPython's
 * Unicode 14.0.0 tables (src/unicode), cached per BMP code point. TOLOWER/TOUPPER
 * give the first code point of the full case mapping, as CPython's
 * _PyUnicode_ToLowercase/_PyUnicode_ToUppercase do for characters with
 * special casing ('\u0130' lowers to 'i', 'ß' uppers to 'S'). */

const UNI_KNOWN = 1;
const UNI_DECIMAL = 2;
const UNI_SPACE = 4;
const UNI_LINEBREAK = 8;
const UNI_ALNUM = 16;

/** Flags of BMP code points, filled on first use (0 = not yet known). */
let uniFlags: Uint8Array | null = null;
/** Simple lower/upper case of BMP code points (-1 = not yet known). */
let uniLower: Int32Array | null = null;
let uniUpper: Int32Array | null = null;

/** The flags from CPython 3.11.7's Unicode 14.0.0 tables (src/unicode):
 *  Py_UNICODE_ISDECIMAL, ISSPACE, ISLINEBREAK and ISALNUM (alpha,
 *  decimal, digit or numeric). */
function computeUniFlags(ch: number): number {
  const c = ctypeFlags(ch);
  let f = UNI_KNOWN;
  if (c & DECIMAL) f |= UNI_DECIMAL;
  if (c & SPACE) f |= UNI_SPACE;
  if (c & LINEBREAK) f |= UNI_LINEBREAK;
  if (c & (ALPHA | DECIMAL | DIGIT | NUMERIC)) f |= UNI_ALNUM;
  return f;
}

function uniflags(ch: number): number {
  if (ch > 0xffff) return ch > 0x10ffff ? UNI_KNOWN : computeUniFlags(ch);
  let t = uniFlags;
  if (t === null) t = uniFlags = new Uint8Array(0x10000);
  let f = t[ch];
  if (f === 0) f = t[ch] = computeUniFlags(ch);
  return f;
}

function computeLower(ch: number): number {
  return toLowerFull(ch)[0] ?? ch;
}

function computeUpper(ch: number): number {
  return toUpperFull(ch)[0] ?? ch;
}

function SRE_UNI_IS_DIGIT(ch: number): boolean {
  if (ch < 128) return SRE_IS_DIGIT(ch);
  return (uniflags(ch) & UNI_DECIMAL) !== 0;
}

function SRE_UNI_IS_SPACE(ch: number): boolean {
  if (ch < 128) return ch === 0x20 || (ch >= 0x09 && ch <= 0x0d) || (ch >= 0x1c && ch <= 0x1f);
  return (uniflags(ch) & UNI_SPACE) !== 0;
}

function SRE_UNI_IS_LINEBREAK(ch: number): boolean {
  if (ch < 128) return (ch >= 0x0a && ch <= 0x0d) || (ch >= 0x1c && ch <= 0x1e);
  return (uniflags(ch) & UNI_LINEBREAK) !== 0;
}

function SRE_UNI_IS_WORD(ch: number): boolean {
  if (ch < 128) return SRE_IS_WORD(ch);
  return (uniflags(ch) & UNI_ALNUM) !== 0;
}

export function sre_lower_unicode(ch: number): number {
  if (ch < 128) return sre_lower_ascii(ch);
  if (ch > 0xffff) return ch > 0x10ffff ? ch : computeLower(ch);
  let t = uniLower;
  if (t === null) t = uniLower = new Int32Array(0x10000).fill(-1);
  let r = t[ch];
  if (r < 0) r = t[ch] = computeLower(ch);
  return r;
}

export function sre_upper_unicode(ch: number): number {
  if (ch < 128) return sre_upper_ascii(ch);
  if (ch > 0xffff) return ch > 0x10ffff ? ch : computeUpper(ch);
  let t = uniUpper;
  if (t === null) t = uniUpper = new Int32Array(0x10000).fill(-1);
  let r = t[ch];
  if (r < 0) r = t[ch] = computeUpper(ch);
  return r;
}

/** sre_category: is `ch` in `category`? */
export function sre_category(category: number, ch: number): boolean {
  switch (category) {
    case SRE_CATEGORY.DIGIT:
      return SRE_IS_DIGIT(ch);
    case SRE_CATEGORY.NOT_DIGIT:
      return !SRE_IS_DIGIT(ch);
    case SRE_CATEGORY.SPACE:
      return SRE_IS_SPACE(ch);
    case SRE_CATEGORY.NOT_SPACE:
      return !SRE_IS_SPACE(ch);
    case SRE_CATEGORY.WORD:
      return SRE_IS_WORD(ch);
    case SRE_CATEGORY.NOT_WORD:
      return !SRE_IS_WORD(ch);
    case SRE_CATEGORY.LINEBREAK:
      return SRE_IS_LINEBREAK(ch);
    case SRE_CATEGORY.NOT_LINEBREAK:
      return !SRE_IS_LINEBREAK(ch);
    case SRE_CATEGORY.LOC_WORD:
      return SRE_LOC_IS_WORD(ch);
    case SRE_CATEGORY.LOC_NOT_WORD:
      return !SRE_LOC_IS_WORD(ch);
    case SRE_CATEGORY.UNI_DIGIT:
      return SRE_UNI_IS_DIGIT(ch);
    case SRE_CATEGORY.UNI_NOT_DIGIT:
      return !SRE_UNI_IS_DIGIT(ch);
    case SRE_CATEGORY.UNI_SPACE:
      return SRE_UNI_IS_SPACE(ch);
    case SRE_CATEGORY.UNI_NOT_SPACE:
      return !SRE_UNI_IS_SPACE(ch);
    case SRE_CATEGORY.UNI_WORD:
      return SRE_UNI_IS_WORD(ch);
    case SRE_CATEGORY.UNI_NOT_WORD:
      return !SRE_UNI_IS_WORD(ch);
    case SRE_CATEGORY.UNI_LINEBREAK:
      return SRE_UNI_IS_LINEBREAK(ch);
    case SRE_CATEGORY.UNI_NOT_LINEBREAK:
      return !SRE_UNI_IS_LINEBREAK(ch);
  }
  return false;
}

function char_loc_ignore(pattern: number, ch: number): boolean {
  return ch === pattern || sre_lower_locale(ch) === pattern || sre_upper_locale(ch) === pattern;
}

// ---------------------------------------------------------------- state

/** A repeat context (SRE_REPEAT): made by REPEAT, read by MAX_UNTIL and
 *  MIN_UNTIL. `pattern` is the code index of the REPEAT's operands. */
export class SRE_REPEAT {
  count: number;
  pattern: number;
  last_ptr: number;
  prev: SRE_REPEAT | null;
  constructor(pattern: number, prev: SRE_REPEAT | null) {
    this.count = -1;
    this.pattern = pattern;
    this.last_ptr = -1;
    this.prev = prev;
  }
}

/*
 * The match contexts (SRE(match_context)), one per sub-pattern being
 * tried, live in one Int32Array, C_SIZE words each (a context is the
 * offset of its first word), as CPython keeps them on its data stack; the
 * u.rep field of each is in a parallel array. Offsets stay valid while the
 * array grows; the array itself is read through the state each time.
 */
const C_COUNT = 0;
/** u.chr */
const C_CHR = 1;
const C_LASTMARK = 2;
const C_LASTINDEX = 3;
const C_PATTERN = 4;
const C_PTR = 5;
const C_TOPLEVEL = 6;
const C_JUMP = 7;
const C_SIZE = 8;
const C_SHIFT = 3;

/**
 * SRE_STATE: one matching operation over one subject (sre.h). The subject
 * is `str` (read with charCodeAt) when `wide` is null, else `wide`.
 */
export class SRE_STATE {
  /** The compiled pattern (validated). */
  code: Uint32Array;
  str: string;
  wide: Int32Array | Uint8Array | null;
  /** Current position (also the end of the current slice). */
  ptr: number;
  /** Start of the current slice; -1 once a scanner is exhausted
   *  (CPython's NULL `start`). */
  start: number;
  /** End of the searched part (endpos). */
  end: number;
  pos: number;
  endpos: number;
  /** The subject (owned by whoever set it: sre.ts's state_init), and the
   *  buffer view a bytes-like subject other than bytes lends. */
  string: PyObject | null;
  buffer: Py_buffer | null;
  isbytes: boolean;
  match_all: boolean;
  must_advance: boolean;
  lastmark: number;
  lastindex: number;
  /** Mark positions, -1 for none. */
  mark: Int32Array;
  repeat: SRE_REPEAT | null;
  sigcount: number;
  /** The match contexts (see C_SIZE); ctxTop of them in use. */
  ctxs: Int32Array;
  /** u.rep of each context. */
  ctxRep: (SRE_REPEAT | null)[];
  ctxTop: number;
  /** Saved marks and repeat positions (the data stack's other use). */
  data: Int32Array;
  dataTop: number;

  constructor(code: Uint32Array, groups: number) {
    this.code = code;
    this.str = "";
    this.wide = null;
    this.ptr = 0;
    this.start = 0;
    this.end = 0;
    this.pos = 0;
    this.endpos = 0;
    this.string = null;
    this.buffer = null;
    this.isbytes = false;
    this.match_all = false;
    this.must_advance = false;
    this.lastmark = -1;
    this.lastindex = -1;
    // MARK's argument is at most 2*groups+1 (sre.ts's _validate).
    this.mark = new Int32Array(2 * groups + 2).fill(-1);
    this.repeat = null;
    this.sigcount = 0;
    this.ctxs = new Int32Array(16 * C_SIZE);
    this.ctxRep = [];
    this.ctxTop = 0;
    this.data = new Int32Array(64);
    this.dataTop = 0;
  }
}

/** state_reset: forget the marks, the repeat and the stacks between two
 *  searches over the same state. */
export function state_reset(state: SRE_STATE): void {
  state.lastmark = -1;
  state.lastindex = -1;
  state.repeat = null;
  state.ctxTop = 0;
  state.dataTop = 0;
}

function getch(state: SRE_STATE, i: number): number {
  const w = state.wide;
  return w === null ? state.str.charCodeAt(i) : w[i];
}

/** A new context on top (its words hold stale values until set). */
function ctx_push(state: SRE_STATE): number {
  const i = state.ctxTop++;
  const ctx = i << C_SHIFT;
  let cs = state.ctxs;
  if (ctx + C_SIZE > cs.length) {
    const bigger = new Int32Array(cs.length * 2);
    bigger.set(cs);
    state.ctxs = cs = bigger;
  }
  const reps = state.ctxRep;
  if (i < reps.length) reps[i] = null;
  else reps.push(null);
  return ctx;
}

/** DO_JUMP: save `pattern` and `ptr` in `ctx`, and push a context that
 *  will resume at label `jump`, with ctx's toplevel flag. */
function DO_JUMP(state: SRE_STATE, ctx: number, pattern: number, ptr: number, jump: number): number {
  return do_jumpx(state, ctx, pattern, ptr, jump, state.ctxs[ctx + C_TOPLEVEL]);
}

/** DO_JUMP0: the same, for a sub-pattern that is never toplevel. */
function DO_JUMP0(state: SRE_STATE, ctx: number, pattern: number, ptr: number, jump: number): number {
  return do_jumpx(state, ctx, pattern, ptr, jump, 0);
}

function do_jumpx(state: SRE_STATE, ctx: number, pattern: number, ptr: number, jump: number, toplevel: number): number {
  let cs = state.ctxs;
  cs[ctx + C_PATTERN] = pattern;
  cs[ctx + C_PTR] = ptr;
  const next = ctx_push(state);
  cs = state.ctxs;
  cs[next + C_TOPLEVEL] = toplevel;
  cs[next + C_JUMP] = jump;
  return next;
}

function data_push(state: SRE_STATE, v: number): void {
  let d = state.data;
  if (state.dataTop === d.length) {
    const bigger = new Int32Array(d.length * 2);
    bigger.set(d);
    state.data = d = bigger;
  }
  d[state.dataTop++] = v;
}

function data_pop(state: SRE_STATE): number {
  return state.data[--state.dataTop];
}

/** MARK_PUSH: save marks 0..lastmark. */
function MARK_PUSH(state: SRE_STATE, lastmark: number): void {
  if (lastmark < 0) return;
  const n = lastmark + 1;
  let d = state.data;
  if (state.dataTop + n > d.length) {
    const bigger = new Int32Array(Math.max(d.length * 2, state.dataTop + n));
    bigger.set(d);
    state.data = d = bigger;
  }
  const mark = state.mark;
  const top = state.dataTop;
  for (let i = 0; i < n; i++) d[top + i] = mark[i];
  state.dataTop = top + n;
}

/** MARK_POP / MARK_POP_KEEP: restore marks 0..lastmark, discarding the
 *  saved copy unless `keep`. */
function MARK_POP(state: SRE_STATE, lastmark: number, keep: boolean): void {
  if (lastmark < 0) return;
  const n = lastmark + 1;
  const base = state.dataTop - n;
  const d = state.data;
  const mark = state.mark;
  for (let i = 0; i < n; i++) mark[i] = d[base + i];
  if (!keep) state.dataTop = base;
}

function MARK_POP_DISCARD(state: SRE_STATE, lastmark: number): void {
  if (lastmark >= 0) state.dataTop -= lastmark + 1;
}

/** MAYBE_CHECK_SIGNALS: the eval breaker enforces step and time limits. */
function check_signals(): void {
  const breaker = tstate.evalBreaker;
  if (breaker !== null) breaker();
}

// ---------------------------------------------------------------- at, charset

/** SRE(at): is `ptr` at the position `at` names? */
function SRE_at(state: SRE_STATE, ptr: number, at: number): boolean {
  let thisp: boolean;
  let thatp: boolean;
  switch (at) {
    case SRE_AT.BEGINNING:
    case SRE_AT.BEGINNING_STRING:
      return ptr === 0;
    case SRE_AT.BEGINNING_LINE:
      return ptr === 0 || SRE_IS_LINEBREAK(getch(state, ptr - 1));
    case SRE_AT.END:
      return (state.end - ptr === 1 && SRE_IS_LINEBREAK(getch(state, ptr))) || ptr === state.end;
    case SRE_AT.END_LINE:
      return ptr === state.end || SRE_IS_LINEBREAK(getch(state, ptr));
    case SRE_AT.END_STRING:
      return ptr === state.end;
    case SRE_AT.BOUNDARY:
      if (state.end === 0) return false;
      thatp = ptr > 0 ? SRE_IS_WORD(getch(state, ptr - 1)) : false;
      thisp = ptr < state.end ? SRE_IS_WORD(getch(state, ptr)) : false;
      return thisp !== thatp;
    case SRE_AT.NON_BOUNDARY:
      if (state.end === 0) return false;
      thatp = ptr > 0 ? SRE_IS_WORD(getch(state, ptr - 1)) : false;
      thisp = ptr < state.end ? SRE_IS_WORD(getch(state, ptr)) : false;
      return thisp === thatp;
    case SRE_AT.LOC_BOUNDARY:
      if (state.end === 0) return false;
      thatp = ptr > 0 ? SRE_LOC_IS_WORD(getch(state, ptr - 1)) : false;
      thisp = ptr < state.end ? SRE_LOC_IS_WORD(getch(state, ptr)) : false;
      return thisp !== thatp;
    case SRE_AT.LOC_NON_BOUNDARY:
      if (state.end === 0) return false;
      thatp = ptr > 0 ? SRE_LOC_IS_WORD(getch(state, ptr - 1)) : false;
      thisp = ptr < state.end ? SRE_LOC_IS_WORD(getch(state, ptr)) : false;
      return thisp === thatp;
    case SRE_AT.UNI_BOUNDARY:
      if (state.end === 0) return false;
      thatp = ptr > 0 ? SRE_UNI_IS_WORD(getch(state, ptr - 1)) : false;
      thisp = ptr < state.end ? SRE_UNI_IS_WORD(getch(state, ptr)) : false;
      return thisp !== thatp;
    case SRE_AT.UNI_NON_BOUNDARY:
      if (state.end === 0) return false;
      thatp = ptr > 0 ? SRE_UNI_IS_WORD(getch(state, ptr - 1)) : false;
      thisp = ptr < state.end ? SRE_UNI_IS_WORD(getch(state, ptr)) : false;
      return thisp === thatp;
  }
  return false;
}

/** SRE(charset): is `ch` in the set whose items start at code[set]? */
export function SRE_charset(code: Uint32Array, set: number, ch: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[set++]) {
      case SRE_OP.FAILURE:
        return !ok;
      case SRE_OP.LITERAL:
        // <LITERAL> <code>
        if (ch === code[set]) return ok;
        set++;
        break;
      case SRE_OP.CATEGORY:
        // <CATEGORY> <code>
        if (sre_category(code[set], ch)) return ok;
        set++;
        break;
      case SRE_OP.CHARSET:
        // <CHARSET> <bitmap> (256 bits, 8 words)
        if (ch < 256 && (code[set + (ch >>> 5)] & (1 << (ch & 31))) !== 0) return ok;
        set += 8;
        break;
      case SRE_OP.RANGE:
        // <RANGE> <lower> <upper>
        if (code[set] <= ch && ch <= code[set + 1]) return ok;
        set += 2;
        break;
      case SRE_OP.RANGE_UNI_IGNORE: {
        // <RANGE_UNI_IGNORE> <lower> <upper>; ch is already lower cased
        if (code[set] <= ch && ch <= code[set + 1]) return ok;
        const uch = sre_upper_unicode(ch);
        if (code[set] <= uch && uch <= code[set + 1]) return ok;
        set += 2;
        break;
      }
      case SRE_OP.NEGATE:
        ok = !ok;
        break;
      case SRE_OP.BIGCHARSET: {
        // <BIGCHARSET> <blockcount> <256 block indices, 4 to a word> <blocks>
        const count = code[set++];
        let block = -1;
        if (ch < 0x10000) {
          const hi = ch >>> 8;
          block = (code[set + (hi >>> 2)] >>> ((hi & 3) * 8)) & 0xff;
        }
        set += 64;
        if (block >= 0 && (code[set + ((block * 256 + (ch & 255)) >>> 5)] & (1 << (ch & 31))) !== 0) return ok;
        set += count * 8;
        break;
      }
      default:
        // internal error -- there's not much we can do about it here, so
        // let's just pretend it didn't match...
        return false;
    }
  }
}

function SRE_charset_loc_ignore(code: Uint32Array, set: number, ch: number): boolean {
  const lo = sre_lower_locale(ch);
  if (SRE_charset(code, set, lo)) return true;
  const up = sre_upper_locale(ch);
  return up !== lo && SRE_charset(code, set, up);
}

// ---------------------------------------------------------------- count

/** SRE(count): how many times (at most `maxcount`) the one-character item
 *  at code[pattern] matches from state.ptr; negative for an error. */
function SRE_count(state: SRE_STATE, pattern: number, maxcount: number): number {
  const code = state.code;
  const start = state.ptr;
  let ptr = start;
  let end = state.end;
  // adjust end
  if (maxcount < end - ptr && maxcount !== SRE_MAXREPEAT) end = ptr + maxcount;

  let chr: number;
  switch (code[pattern]) {
    case SRE_OP.IN:
      // repeated set
      while (ptr < end && SRE_charset(code, pattern + 2, getch(state, ptr))) ptr++;
      break;
    case SRE_OP.ANY:
      // repeated dot wildcard.
      while (ptr < end && !SRE_IS_LINEBREAK(getch(state, ptr))) ptr++;
      break;
    case SRE_OP.ANY_ALL:
      // repeated dot wildcard.  skip to the end of the target string, and
      // backtrack from there
      ptr = end;
      break;
    case SRE_OP.LITERAL:
      chr = code[pattern + 1];
      while (ptr < end && getch(state, ptr) === chr) ptr++;
      break;
    case SRE_OP.LITERAL_IGNORE:
      chr = code[pattern + 1];
      while (ptr < end && sre_lower_ascii(getch(state, ptr)) === chr) ptr++;
      break;
    case SRE_OP.LITERAL_UNI_IGNORE:
      chr = code[pattern + 1];
      while (ptr < end && sre_lower_unicode(getch(state, ptr)) === chr) ptr++;
      break;
    case SRE_OP.LITERAL_LOC_IGNORE:
      chr = code[pattern + 1];
      while (ptr < end && char_loc_ignore(chr, getch(state, ptr))) ptr++;
      break;
    case SRE_OP.NOT_LITERAL:
      chr = code[pattern + 1];
      while (ptr < end && getch(state, ptr) !== chr) ptr++;
      break;
    case SRE_OP.NOT_LITERAL_IGNORE:
      chr = code[pattern + 1];
      while (ptr < end && sre_lower_ascii(getch(state, ptr)) !== chr) ptr++;
      break;
    case SRE_OP.NOT_LITERAL_UNI_IGNORE:
      chr = code[pattern + 1];
      while (ptr < end && sre_lower_unicode(getch(state, ptr)) !== chr) ptr++;
      break;
    case SRE_OP.NOT_LITERAL_LOC_IGNORE:
      chr = code[pattern + 1];
      while (ptr < end && !char_loc_ignore(chr, getch(state, ptr))) ptr++;
      break;
    default:
      // repeated single character pattern
      while (state.ptr < end) {
        const i = sre_match(state, pattern, false);
        if (i < 0) return i;
        if (i === 0) break;
      }
      return state.ptr - start;
  }
  return ptr - start;
}

// ---------------------------------------------------------------- match

/* The continuation labels of DO_JUMP (sre_lib.h's JUMP_*). */
const JUMP_NONE = 0;
const JUMP_MAX_UNTIL_1 = 1;
const JUMP_MAX_UNTIL_2 = 2;
const JUMP_MAX_UNTIL_3 = 3;
const JUMP_MIN_UNTIL_1 = 4;
const JUMP_MIN_UNTIL_2 = 5;
const JUMP_MIN_UNTIL_3 = 6;
const JUMP_REPEAT = 7;
const JUMP_REPEAT_ONE_1 = 8;
const JUMP_REPEAT_ONE_2 = 9;
const JUMP_MIN_REPEAT_ONE = 10;
const JUMP_BRANCH = 11;
const JUMP_ASSERT = 12;
const JUMP_ASSERT_NOT = 13;
const JUMP_POSS_REPEAT_1 = 14;
const JUMP_POSS_REPEAT_2 = 15;
const JUMP_ATOMIC_GROUP = 16;

/**
 * SRE(match): does the pattern at code[pattern] match at state.ptr? 1 (and
 * state.ptr is the end of the match), 0, or a negative error status.
 * `toplevel` is true for the pattern's outermost context, where
 * state.match_all (fullmatch) and state.must_advance apply.
 *
 * Reading guide: `break dispatch` with `ret` set is RETURN_FAILURE /
 * RETURN_SUCCESS (go to `exit`); `continue entrance` after pushing a
 * context is DO_JUMP; in the unwinding switch, `continue unwind` returns
 * `ret` to the next context up and `continue resume` goes back to
 * dispatching the popped-to context's pattern at `ptr`.
 */
export function sre_match(state: SRE_STATE, pattern: number, toplevel: boolean): number {
  const code = state.code;
  const end = state.end;
  const base = state.ctxTop;
  let ret = 0;
  let ptr = 0;
  let sigcount = state.sigcount;
  let ctx = ctx_push(state);
  state.ctxs[ctx + C_JUMP] = JUMP_NONE;
  state.ctxs[ctx + C_TOPLEVEL] = toplevel ? 1 : 0;

  entrance: for (;;) {
    ptr = state.ptr;
    let exiting = false;
    if (code[pattern] === SRE_OP.INFO) {
      // optimization info block: <INFO> <1=skip> <2=flags> <3=min> ...
      if (code[pattern + 3] !== 0 && end - ptr < code[pattern + 3]) {
        ret = 0;
        exiting = true;
      } else {
        pattern += code[pattern + 1] + 1;
      }
    }

    resume: for (;;) {
      if (!exiting) {
        dispatch: for (;;) {
          if ((++sigcount & 0xfff) === 0) {
            state.sigcount = sigcount;
            check_signals();
          }
          switch (code[pattern++]) {
            case SRE_OP.MARK: {
              // set mark: <MARK> <gid>
              const i = code[pattern];
              if ((i & 1) !== 0) state.lastindex = (i >>> 1) + 1;
              if (i > state.lastmark) {
                // state.lastmark is the highest valid index in the mark
                // array; marks skipped over must read as unset.
                let j = state.lastmark + 1;
                while (j < i) state.mark[j++] = -1;
                state.lastmark = i;
              }
              state.mark[i] = ptr;
              pattern++;
              continue dispatch;
            }

            case SRE_OP.LITERAL:
              // <LITERAL> <code>
              if (ptr >= end || getch(state, ptr) !== code[pattern]) {
                ret = 0;
                break dispatch;
              }
              pattern++;
              ptr++;
              continue dispatch;

            case SRE_OP.NOT_LITERAL:
              // <NOT_LITERAL> <code>
              if (ptr >= end || getch(state, ptr) === code[pattern]) {
                ret = 0;
                break dispatch;
              }
              pattern++;
              ptr++;
              continue dispatch;

            case SRE_OP.SUCCESS:
              // end of pattern
              if (
                state.ctxs[ctx + C_TOPLEVEL] !== 0 &&
                ((state.match_all && ptr !== state.end) || (state.must_advance && ptr === state.start))
              ) {
                ret = 0;
                break dispatch;
              }
              state.ptr = ptr;
              ret = 1;
              break dispatch;

            case SRE_OP.AT:
              // <AT> <code>
              if (!SRE_at(state, ptr, code[pattern])) {
                ret = 0;
                break dispatch;
              }
              pattern++;
              continue dispatch;

            case SRE_OP.CATEGORY:
              // <CATEGORY> <code>
              if (ptr >= end || !sre_category(code[pattern], getch(state, ptr))) {
                ret = 0;
                break dispatch;
              }
              pattern++;
              ptr++;
              continue dispatch;

            case SRE_OP.ANY:
              // anything except a newline
              if (ptr >= end || SRE_IS_LINEBREAK(getch(state, ptr))) {
                ret = 0;
                break dispatch;
              }
              ptr++;
              continue dispatch;

            case SRE_OP.ANY_ALL:
              if (ptr >= end) {
                ret = 0;
                break dispatch;
              }
              ptr++;
              continue dispatch;

            case SRE_OP.IN:
              // <IN> <skip> <set>
              if (ptr >= end || !SRE_charset(code, pattern + 1, getch(state, ptr))) {
                ret = 0;
                break dispatch;
              }
              pattern += code[pattern];
              ptr++;
              continue dispatch;

            case SRE_OP.LITERAL_IGNORE:
              if (ptr >= end || sre_lower_ascii(getch(state, ptr)) !== code[pattern]) {
                ret = 0;
                break dispatch;
              }
              pattern++;
              ptr++;
              continue dispatch;

            case SRE_OP.LITERAL_UNI_IGNORE:
              if (ptr >= end || sre_lower_unicode(getch(state, ptr)) !== code[pattern]) {
                ret = 0;
                break dispatch;
              }
              pattern++;
              ptr++;
              continue dispatch;

            case SRE_OP.LITERAL_LOC_IGNORE:
              if (ptr >= end || !char_loc_ignore(code[pattern], getch(state, ptr))) {
                ret = 0;
                break dispatch;
              }
              pattern++;
              ptr++;
              continue dispatch;

            case SRE_OP.NOT_LITERAL_IGNORE:
              if (ptr >= end || sre_lower_ascii(getch(state, ptr)) === code[pattern]) {
                ret = 0;
                break dispatch;
              }
              pattern++;
              ptr++;
              continue dispatch;

            case SRE_OP.NOT_LITERAL_UNI_IGNORE:
              if (ptr >= end || sre_lower_unicode(getch(state, ptr)) === code[pattern]) {
                ret = 0;
                break dispatch;
              }
              pattern++;
              ptr++;
              continue dispatch;

            case SRE_OP.NOT_LITERAL_LOC_IGNORE:
              if (ptr >= end || char_loc_ignore(code[pattern], getch(state, ptr))) {
                ret = 0;
                break dispatch;
              }
              pattern++;
              ptr++;
              continue dispatch;

            case SRE_OP.IN_IGNORE:
              if (ptr >= end || !SRE_charset(code, pattern + 1, sre_lower_ascii(getch(state, ptr)))) {
                ret = 0;
                break dispatch;
              }
              pattern += code[pattern];
              ptr++;
              continue dispatch;

            case SRE_OP.IN_UNI_IGNORE:
              if (ptr >= end || !SRE_charset(code, pattern + 1, sre_lower_unicode(getch(state, ptr)))) {
                ret = 0;
                break dispatch;
              }
              pattern += code[pattern];
              ptr++;
              continue dispatch;

            case SRE_OP.IN_LOC_IGNORE:
              if (ptr >= end || !SRE_charset_loc_ignore(code, pattern + 1, getch(state, ptr))) {
                ret = 0;
                break dispatch;
              }
              pattern += code[pattern];
              ptr++;
              continue dispatch;

            case SRE_OP.JUMP:
            case SRE_OP.INFO:
              // <JUMP> <offset>
              pattern += code[pattern];
              continue dispatch;

            case SRE_OP.BRANCH:
              // alternation: <BRANCH> <0=skip> code <JUMP> ... <NULL>
              state.ctxs[ctx + C_LASTMARK] = state.lastmark;
              state.ctxs[ctx + C_LASTINDEX] = state.lastindex;
              if (state.repeat !== null) MARK_PUSH(state, state.ctxs[ctx + C_LASTMARK]);
              // The loop over the alternatives continues at JUMP_BRANCH.
              pattern = branch_next(state, pattern, ptr, end);
              if (code[pattern] !== 0) {
                state.ptr = ptr;
                ctx = DO_JUMP(state, ctx, pattern, ptr, JUMP_BRANCH);
                pattern = pattern + 1;
                continue entrance;
              }
              if (state.repeat !== null) MARK_POP_DISCARD(state, state.ctxs[ctx + C_LASTMARK]);
              ret = 0;
              break dispatch;

            case SRE_OP.REPEAT_ONE: {
              // match repeated sequence (maximizing regexp); the item is
              // exactly one character wide.
              // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
              if (code[pattern + 1] > end - ptr) {
                ret = 0; // cannot match
                break dispatch;
              }
              state.ptr = ptr;
              ret = SRE_count(state, pattern + 3, code[pattern + 2]);
              if (ret < 0) return match_error(state, base, ret);
              state.ctxs[ctx + C_COUNT] = ret;
              ptr += state.ctxs[ctx + C_COUNT];
              // count holds the number of matches and ptr points to the
              // tail; check if the rest of the pattern matches, and
              // backtrack if not.
              if (state.ctxs[ctx + C_COUNT] < code[pattern + 1]) {
                ret = 0;
                break dispatch;
              }
              if (
                code[pattern + code[pattern]] === SRE_OP.SUCCESS &&
                ptr === state.end &&
                !(state.ctxs[ctx + C_TOPLEVEL] !== 0 && state.must_advance && ptr === state.start)
              ) {
                // tail is empty.  we're finished
                state.ptr = ptr;
                ret = 1;
                break dispatch;
              }
              state.ctxs[ctx + C_LASTMARK] = state.lastmark;
              state.ctxs[ctx + C_LASTINDEX] = state.lastindex;
              if (state.repeat !== null) MARK_PUSH(state, state.ctxs[ctx + C_LASTMARK]);
              if (code[pattern + code[pattern]] === SRE_OP.LITERAL) {
                // tail starts with a literal. skip positions where the
                // rest of the pattern cannot possibly match
                state.ctxs[ctx + C_CHR] = code[pattern + code[pattern] + 1];
                ptr = repeat_one_literal_skip(state, ctx, pattern, ptr, end);
                if (state.ctxs[ctx + C_COUNT] >= code[pattern + 1]) {
                  state.ptr = ptr;
                  ctx = DO_JUMP(state, ctx, pattern, ptr, JUMP_REPEAT_ONE_1);
                  pattern = pattern + code[pattern];
                  continue entrance;
                }
                if (state.repeat !== null) MARK_POP_DISCARD(state, state.ctxs[ctx + C_LASTMARK]);
              } else if (state.ctxs[ctx + C_COUNT] >= code[pattern + 1]) {
                // general case
                state.ptr = ptr;
                ctx = DO_JUMP(state, ctx, pattern, ptr, JUMP_REPEAT_ONE_2);
                pattern = pattern + code[pattern];
                continue entrance;
              } else if (state.repeat !== null) {
                MARK_POP_DISCARD(state, state.ctxs[ctx + C_LASTMARK]);
              }
              ret = 0;
              break dispatch;
            }

            case SRE_OP.MIN_REPEAT_ONE: {
              // match repeated sequence (minimizing regexp); the item is
              // exactly one character wide.
              // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
              if (code[pattern + 1] > end - ptr) {
                ret = 0; // cannot match
                break dispatch;
              }
              state.ptr = ptr;
              if (code[pattern + 1] === 0) {
                state.ctxs[ctx + C_COUNT] = 0;
              } else {
                // count using pattern min as the maximum
                ret = SRE_count(state, pattern + 3, code[pattern + 1]);
                if (ret < 0) return match_error(state, base, ret);
                if (ret < code[pattern + 1]) {
                  // didn't match minimum number of times
                  ret = 0;
                  break dispatch;
                }
                // advance past minimum matches of repeat
                state.ctxs[ctx + C_COUNT] = ret;
                ptr += state.ctxs[ctx + C_COUNT];
              }
              if (
                code[pattern + code[pattern]] === SRE_OP.SUCCESS &&
                !(
                  state.ctxs[ctx + C_TOPLEVEL] !== 0 &&
                  ((state.match_all && ptr !== state.end) || (state.must_advance && ptr === state.start))
                )
              ) {
                // tail is empty.  we're finished
                state.ptr = ptr;
                ret = 1;
                break dispatch;
              }
              // general case
              state.ctxs[ctx + C_LASTMARK] = state.lastmark;
              state.ctxs[ctx + C_LASTINDEX] = state.lastindex;
              if (state.repeat !== null) MARK_PUSH(state, state.ctxs[ctx + C_LASTMARK]);
              if (code[pattern + 2] === SRE_MAXREPEAT || state.ctxs[ctx + C_COUNT] <= code[pattern + 2]) {
                state.ptr = ptr;
                ctx = DO_JUMP(state, ctx, pattern, ptr, JUMP_MIN_REPEAT_ONE);
                pattern = pattern + code[pattern];
                continue entrance;
              }
              if (state.repeat !== null) MARK_POP_DISCARD(state, state.ctxs[ctx + C_LASTMARK]);
              ret = 0;
              break dispatch;
            }

            case SRE_OP.POSSESSIVE_REPEAT_ONE: {
              // match repeated sequence (maximizing regexp) without
              // backtracking; the item is exactly one character wide.
              // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
              if (ptr + code[pattern + 1] > end) {
                ret = 0; // cannot match
                break dispatch;
              }
              state.ptr = ptr;
              ret = SRE_count(state, pattern + 3, code[pattern + 2]);
              if (ret < 0) return match_error(state, base, ret);
              state.ctxs[ctx + C_COUNT] = ret;
              ptr += state.ctxs[ctx + C_COUNT];
              // Test for not enough repetitions in match
              if (state.ctxs[ctx + C_COUNT] < code[pattern + 1]) {
                ret = 0;
                break dispatch;
              }
              // Update the pattern to point to the next op code
              pattern += code[pattern];
              // Let the tail be evaluated separately and consider this
              // match successful.
              if (
                code[pattern] === SRE_OP.SUCCESS &&
                ptr === state.end &&
                !(state.ctxs[ctx + C_TOPLEVEL] !== 0 && state.must_advance && ptr === state.start)
              ) {
                // tail is empty.  we're finished
                state.ptr = ptr;
                ret = 1;
                break dispatch;
              }
              // Attempt to match the rest of the string
              continue dispatch;
            }

            case SRE_OP.REPEAT: {
              // create repeat context.  all the hard work is done by the
              // UNTIL operator (MAX_UNTIL, MIN_UNTIL)
              // <REPEAT> <skip> <1=min> <2=max> <3=repeat_index> item <UNTIL> tail
              state.ctxRep[ctx >> C_SHIFT] = new SRE_REPEAT(pattern, state.repeat);
              state.repeat = state.ctxRep[ctx >> C_SHIFT];
              state.ptr = ptr;
              ctx = DO_JUMP(state, ctx, pattern, ptr, JUMP_REPEAT);
              pattern = pattern + code[pattern];
              continue entrance;
            }

            case SRE_OP.MAX_UNTIL: {
              // maximizing repeat
              // <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL> tail
              const rep = state.repeat;
              state.ctxRep[ctx >> C_SHIFT] = rep;
              if (rep === null) return match_error(state, base, SRE_ERROR_STATE);
              state.ptr = ptr;
              state.ctxs[ctx + C_COUNT] = rep.count + 1;
              if (state.ctxs[ctx + C_COUNT] < code[rep.pattern + 1]) {
                // not enough matches
                rep.count = state.ctxs[ctx + C_COUNT];
                ctx = DO_JUMP(state, ctx, pattern, ptr, JUMP_MAX_UNTIL_1);
                pattern = rep.pattern + 3;
                continue entrance;
              }
              if (
                (state.ctxs[ctx + C_COUNT] < code[rep.pattern + 2] || code[rep.pattern + 2] === SRE_MAXREPEAT) &&
                state.ptr !== rep.last_ptr
              ) {
                // we may have enough matches, but if we can match another
                // item, do so
                rep.count = state.ctxs[ctx + C_COUNT];
                state.ctxs[ctx + C_LASTMARK] = state.lastmark;
                state.ctxs[ctx + C_LASTINDEX] = state.lastindex;
                MARK_PUSH(state, state.ctxs[ctx + C_LASTMARK]);
                // zero-width match protection
                data_push(state, rep.last_ptr);
                rep.last_ptr = state.ptr;
                ctx = DO_JUMP(state, ctx, pattern, ptr, JUMP_MAX_UNTIL_2);
                pattern = rep.pattern + 3;
                continue entrance;
              }
              // cannot match more repeated items here.  make sure the tail
              // matches
              state.repeat = rep.prev;
              ctx = DO_JUMP(state, ctx, pattern, ptr, JUMP_MAX_UNTIL_3);
              continue entrance;
            }

            case SRE_OP.MIN_UNTIL: {
              // minimizing repeat
              // <REPEAT> <skip> <1=min> <2=max> item <MIN_UNTIL> tail
              const rep = state.repeat;
              state.ctxRep[ctx >> C_SHIFT] = rep;
              if (rep === null) return match_error(state, base, SRE_ERROR_STATE);
              state.ptr = ptr;
              state.ctxs[ctx + C_COUNT] = rep.count + 1;
              if (state.ctxs[ctx + C_COUNT] < code[rep.pattern + 1]) {
                // not enough matches
                rep.count = state.ctxs[ctx + C_COUNT];
                ctx = DO_JUMP(state, ctx, pattern, ptr, JUMP_MIN_UNTIL_1);
                pattern = rep.pattern + 3;
                continue entrance;
              }
              // see if the tail matches
              state.repeat = rep.prev;
              state.ctxs[ctx + C_LASTMARK] = state.lastmark;
              state.ctxs[ctx + C_LASTINDEX] = state.lastindex;
              if (state.repeat !== null) MARK_PUSH(state, state.ctxs[ctx + C_LASTMARK]);
              ctx = DO_JUMP(state, ctx, pattern, ptr, JUMP_MIN_UNTIL_2);
              continue entrance;
            }

            case SRE_OP.POSSESSIVE_REPEAT:
              // create possessive repeat contexts.
              // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
              state.ptr = ptr;
              state.ctxs[ctx + C_COUNT] = 0;
              // Check for minimum required matches.
              if (state.ctxs[ctx + C_COUNT] < code[pattern + 1]) {
                ctx = DO_JUMP0(state, ctx, pattern, ptr, JUMP_POSS_REPEAT_1);
                pattern = pattern + 3;
                continue entrance;
              }
              // Clear the context's input pointer so that it differs from
              // the global one and the loop below is entered.
              ptr = -1;
              if (possessive_more(state, ctx, pattern, ptr)) {
                state.ctxs[ctx + C_LASTMARK] = state.lastmark;
                state.ctxs[ctx + C_LASTINDEX] = state.lastindex;
                MARK_PUSH(state, state.ctxs[ctx + C_LASTMARK]);
                // zero-width match protection
                ptr = state.ptr;
                ctx = DO_JUMP0(state, ctx, pattern, ptr, JUMP_POSS_REPEAT_2);
                pattern = pattern + 3;
                continue entrance;
              }
              // Evaluate the tail: past the skip, and past the SUCCESS
              // after it.
              pattern += code[pattern] + 1;
              ptr = state.ptr;
              continue dispatch;

            case SRE_OP.ATOMIC_GROUP:
              // Atomic group sub-pattern: <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
              state.ptr = ptr;
              // Evaluate the group in a new context, ending at its SUCCESS.
              ctx = DO_JUMP0(state, ctx, pattern, ptr, JUMP_ATOMIC_GROUP);
              pattern = pattern + 1;
              continue entrance;

            case SRE_OP.GROUPREF:
            case SRE_OP.GROUPREF_IGNORE:
            case SRE_OP.GROUPREF_UNI_IGNORE:
            case SRE_OP.GROUPREF_LOC_IGNORE: {
              // match backreference
              const op = code[pattern - 1];
              const groupref = code[pattern] * 2;
              if (groupref >= state.lastmark) {
                ret = 0;
                break dispatch;
              }
              let p = state.mark[groupref];
              const e = state.mark[groupref + 1];
              if (p < 0 || e < 0 || e < p) {
                ret = 0;
                break dispatch;
              }
              while (p < e) {
                if (ptr >= end || !groupref_char_eq(op, getch(state, ptr), getch(state, p))) {
                  ret = 0;
                  break dispatch;
                }
                p++;
                ptr++;
              }
              pattern++;
              continue dispatch;
            }

            case SRE_OP.GROUPREF_EXISTS: {
              // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
              const groupref = code[pattern] * 2;
              if (groupref >= state.lastmark) {
                pattern += code[pattern + 1];
                continue dispatch;
              }
              const p = state.mark[groupref];
              const e = state.mark[groupref + 1];
              if (p < 0 || e < 0 || e < p) {
                pattern += code[pattern + 1];
                continue dispatch;
              }
              pattern += 2;
              continue dispatch;
            }

            case SRE_OP.ASSERT:
              // assert subpattern: <ASSERT> <skip> <back> <pattern>
              if (ptr < code[pattern + 1]) {
                ret = 0;
                break dispatch;
              }
              state.ptr = ptr - code[pattern + 1];
              ctx = DO_JUMP0(state, ctx, pattern, ptr, JUMP_ASSERT);
              pattern = pattern + 2;
              continue entrance;

            case SRE_OP.ASSERT_NOT:
              // assert not subpattern: <ASSERT_NOT> <skip> <back> <pattern>
              if (ptr >= code[pattern + 1]) {
                state.ptr = ptr - code[pattern + 1];
                state.ctxs[ctx + C_LASTMARK] = state.lastmark;
                state.ctxs[ctx + C_LASTINDEX] = state.lastindex;
                if (state.repeat !== null) MARK_PUSH(state, state.ctxs[ctx + C_LASTMARK]);
                ctx = DO_JUMP0(state, ctx, pattern, ptr, JUMP_ASSERT_NOT);
                pattern = pattern + 2;
                continue entrance;
              }
              pattern += code[pattern];
              continue dispatch;

            case SRE_OP.FAILURE:
              // immediate failure
              ret = 0;
              break dispatch;

            default:
              // RANGE_UNI_IGNORE, SUBPATTERN, RANGE, NEGATE, BIGCHARSET,
              // CHARSET and unknown opcodes
              return match_error(state, base, SRE_ERROR_ILLEGAL);
          }
        }
      }
      exiting = false;

      // exit: return `ret` to the context that pushed this one, and run
      // the code that follows its DO_JUMP.
      unwind: for (;;) {
        const jump = state.ctxs[ctx + C_JUMP];
        state.ctxTop--;
        if (state.ctxTop === base) {
          state.sigcount = sigcount;
          return ret;
        }
        ctx = (state.ctxTop - 1) << C_SHIFT;
        pattern = state.ctxs[ctx + C_PATTERN];
        ptr = state.ctxs[ctx + C_PTR];

        switch (jump) {
          case JUMP_MAX_UNTIL_2: {
            const rep = state.ctxRep[ctx >> C_SHIFT]!;
            rep.last_ptr = data_pop(state);
            if (ret !== 0) {
              MARK_POP_DISCARD(state, state.ctxs[ctx + C_LASTMARK]);
              continue unwind; // RETURN_SUCCESS (or the error)
            }
            MARK_POP(state, state.ctxs[ctx + C_LASTMARK], false);
            state.lastmark = state.ctxs[ctx + C_LASTMARK];
            state.lastindex = state.ctxs[ctx + C_LASTINDEX];
            rep.count = state.ctxs[ctx + C_COUNT] - 1;
            state.ptr = ptr;
            // cannot match more repeated items here.  make sure the tail
            // matches
            state.repeat = rep.prev;
            ctx = DO_JUMP(state, ctx, pattern, ptr, JUMP_MAX_UNTIL_3);
            continue entrance;
          }

          case JUMP_MAX_UNTIL_3:
            state.repeat = state.ctxRep[ctx >> C_SHIFT]; // restore repeat before return
            if (ret !== 0) continue unwind;
            state.ptr = ptr;
            ret = 0;
            continue unwind;

          case JUMP_MIN_UNTIL_2: {
            const rep = state.ctxRep[ctx >> C_SHIFT]!;
            const repeat_of_tail = state.repeat;
            state.repeat = rep; // restore repeat before return
            if (ret !== 0) {
              if (repeat_of_tail !== null) MARK_POP_DISCARD(state, state.ctxs[ctx + C_LASTMARK]);
              continue unwind;
            }
            if (repeat_of_tail !== null) MARK_POP(state, state.ctxs[ctx + C_LASTMARK], false);
            state.lastmark = state.ctxs[ctx + C_LASTMARK];
            state.lastindex = state.ctxs[ctx + C_LASTINDEX];
            state.ptr = ptr;
            if (
              (state.ctxs[ctx + C_COUNT] >= code[rep.pattern + 2] && code[rep.pattern + 2] !== SRE_MAXREPEAT) ||
              state.ptr === rep.last_ptr
            ) {
              ret = 0;
              continue unwind;
            }
            rep.count = state.ctxs[ctx + C_COUNT];
            // zero-width match protection
            data_push(state, rep.last_ptr);
            rep.last_ptr = state.ptr;
            ctx = DO_JUMP(state, ctx, pattern, ptr, JUMP_MIN_UNTIL_3);
            pattern = rep.pattern + 3;
            continue entrance;
          }

          case JUMP_MIN_UNTIL_3: {
            const rep = state.ctxRep[ctx >> C_SHIFT]!;
            rep.last_ptr = data_pop(state);
            if (ret !== 0) continue unwind;
            rep.count = state.ctxs[ctx + C_COUNT] - 1;
            state.ptr = ptr;
            ret = 0;
            continue unwind;
          }

          case JUMP_BRANCH:
            if (ret !== 0) {
              if (state.repeat !== null) MARK_POP_DISCARD(state, state.ctxs[ctx + C_LASTMARK]);
              continue unwind;
            }
            if (state.repeat !== null) MARK_POP(state, state.ctxs[ctx + C_LASTMARK], true);
            state.lastmark = state.ctxs[ctx + C_LASTMARK];
            state.lastindex = state.ctxs[ctx + C_LASTINDEX];
            // the next alternative
            pattern = branch_next(state, pattern + code[pattern], ptr, end);
            if (code[pattern] !== 0) {
              state.ptr = ptr;
              ctx = DO_JUMP(state, ctx, pattern, ptr, JUMP_BRANCH);
              pattern = pattern + 1;
              continue entrance;
            }
            if (state.repeat !== null) MARK_POP_DISCARD(state, state.ctxs[ctx + C_LASTMARK]);
            ret = 0;
            continue unwind;

          case JUMP_MAX_UNTIL_1: {
            if (ret !== 0) continue unwind;
            const rep = state.ctxRep[ctx >> C_SHIFT]!;
            rep.count = state.ctxs[ctx + C_COUNT] - 1;
            state.ptr = ptr;
            ret = 0;
            continue unwind;
          }

          case JUMP_MIN_UNTIL_1: {
            if (ret !== 0) continue unwind;
            const rep = state.ctxRep[ctx >> C_SHIFT]!;
            rep.count = state.ctxs[ctx + C_COUNT] - 1;
            state.ptr = ptr;
            ret = 0;
            continue unwind;
          }

          case JUMP_POSS_REPEAT_1:
            if (ret !== 0) {
              if (ret < 0) return match_error(state, base, ret);
              state.ctxs[ctx + C_COUNT]++;
            } else {
              state.ptr = ptr;
              continue unwind; // RETURN_FAILURE
            }
            if (state.ctxs[ctx + C_COUNT] < code[pattern + 1]) {
              // not enough matches yet
              ctx = DO_JUMP0(state, ctx, pattern, ptr, JUMP_POSS_REPEAT_1);
              pattern = pattern + 3;
              continue entrance;
            }
            ptr = -1;
            if (possessive_more(state, ctx, pattern, ptr)) {
              state.ctxs[ctx + C_LASTMARK] = state.lastmark;
              state.ctxs[ctx + C_LASTINDEX] = state.lastindex;
              MARK_PUSH(state, state.ctxs[ctx + C_LASTMARK]);
              ptr = state.ptr;
              ctx = DO_JUMP0(state, ctx, pattern, ptr, JUMP_POSS_REPEAT_2);
              pattern = pattern + 3;
              continue entrance;
            }
            pattern += code[pattern] + 1;
            ptr = state.ptr;
            continue resume;

          case JUMP_POSS_REPEAT_2:
            if (ret !== 0) {
              // Drop the saved marks and keep the newly set ones.
              MARK_POP_DISCARD(state, state.ctxs[ctx + C_LASTMARK]);
              if (ret < 0) return match_error(state, base, ret);
              state.ctxs[ctx + C_COUNT]++;
              if (possessive_more(state, ctx, pattern, ptr)) {
                state.ctxs[ctx + C_LASTMARK] = state.lastmark;
                state.ctxs[ctx + C_LASTINDEX] = state.lastindex;
                MARK_PUSH(state, state.ctxs[ctx + C_LASTMARK]);
                ptr = state.ptr;
                ctx = DO_JUMP0(state, ctx, pattern, ptr, JUMP_POSS_REPEAT_2);
                pattern = pattern + 3;
                continue entrance;
              }
            } else {
              // The last attempt failed: restore the marks saved before
              // it and the input position, and stop repeating.
              MARK_POP(state, state.ctxs[ctx + C_LASTMARK], false);
              state.lastmark = state.ctxs[ctx + C_LASTMARK];
              state.lastindex = state.ctxs[ctx + C_LASTINDEX];
              state.ptr = ptr;
            }
            // Evaluate the tail: past the skip, and past the SUCCESS after it.
            pattern += code[pattern] + 1;
            ptr = state.ptr;
            continue resume;

          case JUMP_REPEAT:
            state.repeat = state.ctxRep[ctx >> C_SHIFT]!.prev;
            continue unwind; // ret as the repeat's result

          case JUMP_REPEAT_ONE_1:
            if (ret !== 0) {
              if (state.repeat !== null) MARK_POP_DISCARD(state, state.ctxs[ctx + C_LASTMARK]);
              continue unwind;
            }
            if (state.repeat !== null) MARK_POP(state, state.ctxs[ctx + C_LASTMARK], true);
            state.lastmark = state.ctxs[ctx + C_LASTMARK];
            state.lastindex = state.ctxs[ctx + C_LASTINDEX];
            ptr--;
            state.ctxs[ctx + C_COUNT]--;
            ptr = repeat_one_literal_skip(state, ctx, pattern, ptr, end);
            if (state.ctxs[ctx + C_COUNT] >= code[pattern + 1]) {
              state.ptr = ptr;
              ctx = DO_JUMP(state, ctx, pattern, ptr, JUMP_REPEAT_ONE_1);
              pattern = pattern + code[pattern];
              continue entrance;
            }
            if (state.repeat !== null) MARK_POP_DISCARD(state, state.ctxs[ctx + C_LASTMARK]);
            ret = 0;
            continue unwind;

          case JUMP_REPEAT_ONE_2:
            if (ret !== 0) {
              if (state.repeat !== null) MARK_POP_DISCARD(state, state.ctxs[ctx + C_LASTMARK]);
              continue unwind;
            }
            if (state.repeat !== null) MARK_POP(state, state.ctxs[ctx + C_LASTMARK], true);
            state.lastmark = state.ctxs[ctx + C_LASTMARK];
            state.lastindex = state.ctxs[ctx + C_LASTINDEX];
            ptr--;
            state.ctxs[ctx + C_COUNT]--;
            if (state.ctxs[ctx + C_COUNT] >= code[pattern + 1]) {
              state.ptr = ptr;
              ctx = DO_JUMP(state, ctx, pattern, ptr, JUMP_REPEAT_ONE_2);
              pattern = pattern + code[pattern];
              continue entrance;
            }
            if (state.repeat !== null) MARK_POP_DISCARD(state, state.ctxs[ctx + C_LASTMARK]);
            ret = 0;
            continue unwind;

          case JUMP_MIN_REPEAT_ONE: {
            if (ret !== 0) {
              if (state.repeat !== null) MARK_POP_DISCARD(state, state.ctxs[ctx + C_LASTMARK]);
              continue unwind;
            }
            if (state.repeat !== null) MARK_POP(state, state.ctxs[ctx + C_LASTMARK], true);
            state.lastmark = state.ctxs[ctx + C_LASTMARK];
            state.lastindex = state.ctxs[ctx + C_LASTINDEX];
            state.ptr = ptr;
            const n = SRE_count(state, pattern + 3, 1);
            if (n < 0) return match_error(state, base, n);
            if (n !== 0) {
              ptr++;
              state.ctxs[ctx + C_COUNT]++;
              if (code[pattern + 2] === SRE_MAXREPEAT || state.ctxs[ctx + C_COUNT] <= code[pattern + 2]) {
                state.ptr = ptr;
                ctx = DO_JUMP(state, ctx, pattern, ptr, JUMP_MIN_REPEAT_ONE);
                pattern = pattern + code[pattern];
                continue entrance;
              }
            }
            if (state.repeat !== null) MARK_POP_DISCARD(state, state.ctxs[ctx + C_LASTMARK]);
            ret = 0;
            continue unwind;
          }

          case JUMP_ATOMIC_GROUP:
            if (ret < 0) return match_error(state, base, ret);
            if (ret === 0) {
              // Atomic group failed to match.
              state.ptr = ptr;
              continue unwind;
            }
            // Evaluate the tail: past the skip and the SUCCESS after it.
            pattern += code[pattern];
            ptr = state.ptr;
            continue resume;

          case JUMP_ASSERT:
            if (ret < 0) return match_error(state, base, ret);
            if (ret === 0) continue unwind;
            pattern += code[pattern];
            continue resume;

          case JUMP_ASSERT_NOT:
            if (ret !== 0) {
              if (state.repeat !== null) MARK_POP_DISCARD(state, state.ctxs[ctx + C_LASTMARK]);
              if (ret < 0) return match_error(state, base, ret);
              ret = 0;
              continue unwind;
            }
            if (state.repeat !== null) MARK_POP(state, state.ctxs[ctx + C_LASTMARK], false);
            state.lastmark = state.ctxs[ctx + C_LASTMARK];
            state.lastindex = state.ctxs[ctx + C_LASTINDEX];
            pattern += code[pattern];
            continue resume;
        }
        return match_error(state, base, SRE_ERROR_STATE);
      }
    }
  }
}

/** RETURN_ERROR: abandon this call's contexts and report `status`. */
function match_error(state: SRE_STATE, base: number, status: number): number {
  state.ctxTop = base;
  return status;
}

/**
 * BRANCH's loop head: from the alternative at code[pattern] (its skip),
 * the first whose leading LITERAL or IN can match the character at `ptr`;
 * code[result] is 0 when none is left.
 */
function branch_next(state: SRE_STATE, pattern: number, ptr: number, end: number): number {
  const code = state.code;
  for (; code[pattern] !== 0; pattern += code[pattern]) {
    if (code[pattern + 1] === SRE_OP.LITERAL && (ptr >= end || getch(state, ptr) !== code[pattern + 2])) continue;
    if (code[pattern + 1] === SRE_OP.IN && (ptr >= end || !SRE_charset(code, pattern + 3, getch(state, ptr)))) continue;
    break;
  }
  return pattern;
}

/**
 * REPEAT_ONE with a literal tail: step back from `ptr` (state.ctxs[ctx + C_COUNT]
 * characters matched) to the next position where the tail's literal
 * state.ctxs[ctx + C_CHR] can match, or until fewer than the minimum remain.
 */
function repeat_one_literal_skip(state: SRE_STATE, ctx: number, pattern: number, ptr: number, end: number): number {
  const min = state.code[pattern + 1];
  while (state.ctxs[ctx + C_COUNT] >= min && (ptr >= end || getch(state, ptr) !== state.ctxs[ctx + C_CHR])) {
    ptr--;
    state.ctxs[ctx + C_COUNT]--;
  }
  return ptr;
}

/** POSSESSIVE_REPEAT's loop condition: may it try one more item? */
function possessive_more(state: SRE_STATE, ctx: number, pattern: number, ptr: number): boolean {
  const max = state.code[pattern + 2];
  return (state.ctxs[ctx + C_COUNT] < max || max === SRE_MAXREPEAT) && state.ptr !== ptr;
}

function groupref_char_eq(op: number, a: number, b: number): boolean {
  switch (op) {
    case SRE_OP.GROUPREF:
      return a === b;
    case SRE_OP.GROUPREF_IGNORE:
      return sre_lower_ascii(a) === sre_lower_ascii(b);
    case SRE_OP.GROUPREF_UNI_IGNORE:
      return sre_lower_unicode(a) === sre_lower_unicode(b);
    default:
      return sre_lower_locale(a) === sre_lower_locale(b);
  }
}

// ---------------------------------------------------------------- search

/** SRE(search): find the first match from state.start; state.start and
 *  state.ptr are its span on success. */
export function sre_search(state: SRE_STATE): number {
  const code = state.code;
  let ptr = state.start;
  let end = state.end;
  let status = 0;
  let prefix_len = 0;
  let prefix_skip = 0;
  let prefix = -1;
  let charset = -1;
  let overlap = -1;
  let flags = 0;
  let pattern = 0;

  if (ptr > end) return 0;

  if (code[0] === SRE_OP.INFO) {
    // optimization info block
    // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
    flags = code[2];
    if (code[3] !== 0 && end - ptr < code[3]) return 0;
    if (code[3] > 1) {
      // adjust end point (but make sure we leave at least one character in
      // there, so literal search will work)
      end -= code[3] - 1;
      if (end <= ptr) end = ptr;
    }
    if ((flags & SRE_INFO_PREFIX) !== 0) {
      // pattern starts with a known prefix
      // <length> <skip> <prefix data> <overlap data>
      prefix_len = code[5];
      prefix_skip = code[6];
      prefix = 7;
      overlap = prefix + prefix_len - 1;
    } else if ((flags & SRE_INFO_CHARSET) !== 0) {
      // pattern starts with a character from a known set
      charset = 5;
    }
    pattern = 1 + code[1];
  }

  const bytesLimit = state.isbytes ? 0xff : 0x10ffff;

  if (prefix_len === 1) {
    // pattern starts with a literal character
    const c = code[prefix];
    if (c > bytesLimit) return 0; // literal can't match: doesn't fit in char width
    end = state.end;
    state.must_advance = false;
    while (ptr < end) {
      while (getch(state, ptr) !== c) {
        if (++ptr >= end) return 0;
      }
      state.start = ptr;
      state.ptr = ptr + prefix_skip;
      if ((flags & SRE_INFO_LITERAL) !== 0) return 1; // we got all of it
      status = sre_match(state, pattern + 2 * prefix_skip, false);
      if (status !== 0) return status;
      ++ptr;
      state.lastmark = state.lastindex = -1;
    }
    return 0;
  }

  if (prefix_len > 1) {
    // pattern starts with a known prefix.  use the overlap table to skip
    // forward as fast as we possibly can
    end = state.end;
    if (prefix_len > end - ptr) return 0;
    for (let i = 0; i < prefix_len; i++) {
      if (code[prefix + i] > bytesLimit) return 0; // literal can't match
    }
    while (ptr < end) {
      const c = code[prefix];
      while (getch(state, ptr++) !== c) {
        if (ptr >= end) return 0;
      }
      if (ptr >= end) return 0;
      let i = 1;
      state.must_advance = false;
      do {
        if (getch(state, ptr) === code[prefix + i]) {
          if (++i !== prefix_len) {
            if (++ptr >= end) return 0;
            continue;
          }
          // found a potential match
          state.start = ptr - (prefix_len - 1);
          state.ptr = ptr - (prefix_len - prefix_skip - 1);
          if ((flags & SRE_INFO_LITERAL) !== 0) return 1; // we got all of it
          status = sre_match(state, pattern + 2 * prefix_skip, false);
          if (status !== 0) return status;
          // close but no cigar -- try again
          if (++ptr >= end) return 0;
          state.lastmark = state.lastindex = -1;
        }
        i = code[overlap + i];
      } while (i !== 0);
    }
    return 0;
  }

  if (charset >= 0) {
    // pattern starts with a character from a known set
    end = state.end;
    state.must_advance = false;
    for (;;) {
      while (ptr < end && !SRE_charset(code, charset, getch(state, ptr))) ptr++;
      if (ptr >= end) return 0;
      state.start = ptr;
      state.ptr = ptr;
      status = sre_match(state, pattern, false);
      if (status !== 0) break;
      ptr++;
      state.lastmark = state.lastindex = -1;
    }
  } else {
    // general case
    state.start = state.ptr = ptr;
    status = sre_match(state, pattern, true);
    state.must_advance = false;
    if (
      status === 0 &&
      code[pattern] === SRE_OP.AT &&
      (code[pattern + 1] === SRE_AT.BEGINNING || code[pattern + 1] === SRE_AT.BEGINNING_STRING)
    ) {
      state.start = state.ptr = ptr = end;
      return 0;
    }
    while (status === 0 && ptr < end) {
      ptr++;
      state.lastmark = state.lastindex = -1;
      state.start = state.ptr = ptr;
      status = sre_match(state, pattern, false);
    }
  }
  return status;
}
