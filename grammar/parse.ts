/**
 * The grammar stage's entry point: `parse(source, filename, mode)` → the
 * AST of a file ("exec"), a REPL entry ("single") or an expression
 * ("eval"), as CPython's `compile(source, filename, mode, PyCF_ONLY_AST)`.
 *
 * Every failure is a CompileError (SyntaxError, IndentationError or
 * TabError) with CPython 3.11's message and position. An exception of any
 * other kind escaping from the lexer or parser is a bug; it is still
 * reported as a SyntaxError rather than crashing the caller.
 */

import { EOF, type IToken } from "chevrotain";
import { CompileError, ParserStackOverflow, raisedByCompileWarning } from "../src/ast/errors.js";
import type { Expression, Interactive, Module } from "../src/ast/nodes.js";
import { type TokenizeState, tokenize } from "./lexer.js";
import { acquireParser, type PythonParser, releaseParser } from "./parser.js";
import { Source } from "./source.js";
import { syntaxError } from "./syntax-errors.js";

export type ParseMode = "exec" | "single" | "eval";

/** compile()'s flags the parser reads (Include/cpython/compile.h). */
export const PyCF_DONT_IMPLY_DEDENT = 0x0200;
export const PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;

/** Tokenizer errors met only at the end of the source (pegen's
 *  _is_end_of_source: E_EOF, E_EOFS): with PyCF_ALLOW_INCOMPLETE_INPUT
 *  they become "incomplete input". */
const END_OF_SOURCE_ERRORS = /^(unexpected EOF while parsing|unterminated triple-quoted string literal)/;

export function parse(
  source: string,
  filename: string,
  mode: "exec",
  flags?: number,
  byteOffsets?: boolean,
  bom?: boolean,
): Module;
export function parse(
  source: string,
  filename: string,
  mode: "single",
  flags?: number,
  byteOffsets?: boolean,
  bom?: boolean,
): Interactive;
export function parse(
  source: string,
  filename: string,
  mode: "eval",
  flags?: number,
  byteOffsets?: boolean,
  bom?: boolean,
): Expression;
export function parse(
  source: string,
  filename: string,
  mode: ParseMode,
  flags?: number,
  byteOffsets?: boolean,
  bom?: boolean,
): Module | Interactive | Expression;
/** `flags`: compile()'s; PyCF_DONT_IMPLY_DEDENT (in "single" mode) and
 *  PyCF_ALLOW_INCOMPLETE_INPUT change what parses, as codeop uses them:
 *  input that fails only for want of more lines raises SyntaxError
 *  "incomplete input" (pegen's _PyPegen_run_parser). `byteOffsets`: the
 *  source was bytes with no declared encoding (no BOM, no coding cookie),
 *  whose SyntaxError offsets CPython gives in bytes; `bom`: a program file
 *  that began with a BOM (grammar/source.ts). */
export function parse(
  source: string,
  filename: string,
  mode: ParseMode,
  flags = 0,
  byteOffsets = false,
  bom = false,
): Module | Interactive | Expression {
  const src = new Source(source, filename, byteOffsets, bom);
  const deferred: TokenizeState = {
    unclosed: null,
    dontImplyDedent: mode === "single" && (flags & PyCF_DONT_IMPLY_DEDENT) !== 0,
    newlineMadeAtEnd: mode !== "exec",
    singleInput: mode === "single",
  };
  try {
    const tokens = tokenize(src, deferred);
    const parser = acquireParser();
    try {
      return parseWith(parser, src, tokens, deferred, mode);
    } finally {
      releaseParser();
    }
  } catch (e) {
    if (e instanceof CompileError && (flags & PyCF_ALLOW_INCOMPLETE_INPUT) !== 0 && endOfSource(e, deferred)) {
      throw new CompileError("SyntaxError", "incomplete input", filename, e.lineno, e.offset, e.text);
    }
    if (e instanceof CompileError || raisedByCompileWarning(e)) throw e;
    if (e instanceof RangeError && e.message.includes("call stack")) throw new ParserStackOverflow();
    const detail = e instanceof Error ? e.message : String(e);
    throw new CompileError("SyntaxError", `internal parser error: ${detail}`, filename, 1, 1, src.lineText(1));
  }
}

interface ParseState extends TokenizeState {
  /** The parse failed at a token made at the end of input. */
  failedAtEnd?: boolean;
}

/** pegen's _is_end_of_source after a failure: did it come from reading
 *  past the end of the source (an open bracket, a triple-quoted string or
 *  a line continuation left open, or a parse wanting more tokens)? */
function endOfSource(e: CompileError, state: ParseState): boolean {
  if (state.unclosed !== null && e === state.unclosed.error) return true;
  if (state.failedAtEnd === true) return true;
  return END_OF_SOURCE_ERRORS.test(e.msg);
}

/** Note where the parse failed: a token made at the end of input means it
 *  read to the end of the source. */
function failedAt(state: ParseState, tokens: IToken[], token: IToken): void {
  const at = tokens.indexOf(token);
  state.failedAtEnd = at < 0 || at >= (state.eofStart ?? tokens.length);
}

/** One parse with `parser` over the tokens of `src`. */
function parseWith(
  parser: PythonParser,
  src: Source,
  tokens: IToken[],
  deferred: ParseState,
  mode: ParseMode,
): Module | Interactive | Expression {
  parser.src = src;
  parser.parens = new WeakMap();
  parser.warnedEscapes = new Set();
  parser.lastDisjunction = null;
  parser.input = tokens;
  let result: Module | Interactive | Expression;
  try {
    if (mode === "eval") {
      result = { type: "Expression", body: parser.eval() };
    } else if (mode === "single") {
      result = { type: "Interactive", body: parser.interactive() };
    } else {
      result = { type: "Module", body: parser.file() };
    }
  } catch (e) {
    // An error raised mid-parse (a missing indented block …): where it stopped.
    if (e instanceof CompileError) failedAt(deferred, tokens, parser.nextToken());
    throw e;
  }
  if (parser.errors.length > 0) failedAt(deferred, tokens, parser.errors[0].token);
  const unclosed = deferred.unclosed;
  // Input ending inside brackets cannot parse. CPython's error pass reads
  // on to the end of input for an expression and then reports the open
  // bracket; a `def` parameter list stops it at a bad token before the end.
  if (
    unclosed !== null &&
    (parser.errors.length === 0 || !unclosed.inDefParameters || parser.errors[0].token.tokenType === EOF)
  ) {
    throw unclosed.error;
  }
  if (parser.errors.length > 0) throw syntaxError(parser, tokens, parser.errors[0]);
  return result;
}
