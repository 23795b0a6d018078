/**
 * chevrotain recognition errors → CPython 3.11's generic syntax errors.
 *
 * The parser throws CompileError itself wherever CPython has a specific
 * message (invalid_* rules). What reaches here is a token no rule could
 * take; CPython's `_PyPegen_set_syntax_error` words that as:
 *  - an FSTRING_ERROR token: the f-string scan error it carries, pointing
 *    at the token after the string (where CPython's parser stood);
 *  - INDENT: IndentationError "unexpected indent"; DEDENT: "unexpected
 *    unindent";
 *  - two expressions side by side inside brackets: "invalid syntax.
 *    Perhaps you forgot a comma?" at the first (invalid_expression);
 *  - anything else: "invalid syntax" at the token;
 * and inside an f-string field the message gets CPython's "f-string: " prefix.
 */

import type { IRecognitionException, IToken } from "chevrotain";
import { CompileError } from "../src/ast/errors.js";
import type { FStringError } from "./fstring.js";
import type { PythonParser } from "./parser.js";
import * as T from "./tokens.js";
import { exprName, invalidForTarget, ownSpan } from "./targets.js";

const OPEN = new Set([T.LPAR, T.LSQB, T.LBRACE]);
const CLOSE = new Set([T.RPAR, T.RSQB, T.RBRACE]);
const STRING_PARTS = new Set([
  T.STRING,
  T.FSTRING_START,
  T.FSTRING_MIDDLE,
  T.FSTRING_END,
  T.FSTRING_FIELD_START,
  T.FSTRING_FIELD_END,
  T.FSTRING_EQUAL,
  T.FSTRING_CONVERSION,
  T.FSTRING_SPEC_START,
  T.FSTRING_ERROR,
]);
const SOFT_KEYWORDS = new Set(["match", "case", "_"]);

export function syntaxError(parser: PythonParser, tokens: IToken[], err: IRecognitionException): CompileError {
  const tok = err.token;
  let index = tokens.indexOf(tok);
  if (index < 0) index = tokens.length - 1;
  const at = tokens[index];
  const type = at.tokenType;

  if (type === T.FSTRING_ERROR) {
    let k = index + 1;
    // The rest of a broken f-string is dropped; skip any adjacent literals.
    while (k < tokens.length - 1 && STRING_PARTS.has(tokens[k].tokenType)) k++;
    return parser.error((at.payload as FStringError).msg, tokens[k]);
  }
  const matchError = matchLine(parser, tokens, index);
  if (matchError !== null) return matchError;
  const forError = forTarget(parser, tokens, index);
  if (forError !== null) return forError;
  const legacyError = legacyStatement(parser, tokens, index);
  if (legacyError !== null) return legacyError;
  // The layout tokens have no end column: end_offset -1.
  if (type === T.INDENT) return withoutEnd(parser.error("unexpected indent", at, at, "IndentationError"));
  if (type === T.DEDENT) return withoutEnd(parser.error("unexpected unindent", at, at, "IndentationError"));

  // Bracket depth and f-string nesting at the failing token.
  let depth = 0;
  let fstring = 0;
  for (let k = 0; k < index; k++) {
    const t = tokens[k].tokenType;
    if (OPEN.has(t)) depth++;
    else if (CLOSE.has(t)) depth--;
    else if (t === T.FSTRING_FIELD_START) fstring++;
    else if (t === T.FSTRING_FIELD_END) fstring--;
  }
  const prefix = fstring > 0 ? "f-string: " : "";

  const last = parser.lastDisjunction;
  // 3.11 parses an f-string field as a parenthesized expression, hence `+ fstring`.
  if (depth + fstring > 0 && last !== null && index > 0 && tokens[index - 1] === last.end && startsExpression(type)) {
    const a = last.node;
    const nameThenString = a.type === "Name" && (type === T.STRING || type === T.FSTRING_START);
    const softKeyword = a.type === "Name" && SOFT_KEYWORDS.has(a.id);
    if (!nameThenString && !softKeyword) {
      return parser.error(`${prefix}invalid syntax. Perhaps you forgot a comma?`, a, at);
    }
  }
  return parser.error(`${prefix}invalid syntax`, at);
}

/**
 * A logical line that begins `match subject_expr`, which CPython's parser
 * first read as a match statement:
 *  - `match subject_expr NEWLINE` is invalid_match_stmt's "expected ':'"
 *    at the NEWLINE (`match(x)` parses as a call and never gets here);
 *  - otherwise it failed at the token after the subject (after its ':'
 *    if there is one), the furthest token CPython read when the simple
 *    statement's reading failed sooner.
 */
function matchLine(parser: PythonParser, tokens: IToken[], index: number): CompileError | null {
  let start = index;
  while (start > 0 && !LINE_BREAKS.has(tokens[start - 1].tokenType)) start--;
  const first = tokens[start];
  if (first.tokenType !== T.NAME || first.image !== "match") return null;
  const next = parser.afterMatchSubject(tokens, start);
  if (next === null) return null;
  if (next.tokenType === T.NEWLINE) return parser.error("expected ':'", next);
  let k = tokens.indexOf(next);
  if (next.tokenType === T.COLON) k++;
  return k > index ? parser.error("invalid syntax", tokens[k]) : null;
}

const LINE_BREAKS = new Set([T.NEWLINE, T.INDENT, T.DEDENT, T.SEMI]);

/**
 * invalid_legacy_expression: `print` or `exec` followed, without a '(',
 * by star_expressions (`print "x"`): the Python 2 statement.
 */
function legacyStatement(parser: PythonParser, tokens: IToken[], index: number): CompileError | null {
  const name = index > 0 ? tokens[index - 1] : undefined;
  if (name === undefined || name.tokenType !== T.NAME || (name.image !== "print" && name.image !== "exec")) return null;
  if (tokens[index].tokenType === T.LPAR) return null;
  const e = parser.starExpressionsAt(tokens, index);
  if (e === null) return null;
  return parser.error(`Missing parentheses in call to '${name.image}'. Did you mean ${name.image}(...)?`, name, e);
}

/**
 * invalid_for_target (a for statement's, or a comprehension's for_if_clause):
 * when the parse failed between a `for` and its `in`, what follows the
 * `for` is read as star_expressions and its first part that cannot be
 * assigned to is the error (`for x if c else y in z` → "cannot assign to
 * conditional expression").
 */
function forTarget(parser: PythonParser, tokens: IToken[], index: number): CompileError | null {
  for (let k = index - 1; k >= 0 && !LINE_BREAKS.has(tokens[k].tokenType); k--) {
    if (tokens[k].tokenType !== T.KW_for) continue;
    let depth = 0;
    for (let j = k + 1; j < index; j++) {
      const t = tokens[j].tokenType;
      if (OPEN.has(t)) depth++;
      else if (CLOSE.has(t)) depth--;
      if (depth < 0 || (depth === 0 && t === T.KW_in)) return null;
    }
    const e = parser.starExpressionsAt(tokens, k + 1);
    const bad = e === null ? null : invalidForTarget(e);
    return bad === null ? null : parser.error(`cannot assign to ${exprName(bad)}`, ownSpan(bad));
  }
  return null;
}

function startsExpression(t: unknown): boolean {
  return (
    t === T.NAME ||
    t === T.NUMBER ||
    t === T.STRING ||
    t === T.FSTRING_START ||
    t === T.LPAR ||
    t === T.LSQB ||
    t === T.LBRACE ||
    t === T.MINUS ||
    t === T.PLUS ||
    t === T.TILDE ||
    t === T.KW_not ||
    t === T.KW_lambda ||
    t === T.KW_None ||
    t === T.KW_True ||
    t === T.KW_False ||
    t === T.ELLIPSIS ||
    t === T.KW_await
  );
}

/** An error at a layout token, whose end column CPython leaves at -1. */
function withoutEnd(e: CompileError): CompileError {
  return new CompileError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, -1);
}
