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
import { CompileError, raisedByCompileWarning } from "../src/ast/errors.js";
import type { Expression, Interactive, Module } from "../src/ast/nodes.js";
import { tokenize, type UnclosedBracket } from "./lexer.js";
import { acquireParser, type PythonParser, releaseParser } from "./parser.js";
import { Source } from "./source.js";
import { syntaxError } from "./syntax-errors.js";

export type ParseMode = "exec" | "single" | "eval";

/** `byteOffsets`: the source was bytes with no declared encoding (no BOM,
 *  no coding cookie), whose SyntaxError offsets CPython gives in bytes;
 *  `bom`: a program file that began with a BOM (grammar/source.ts). */
export function parse(source: string, filename: string, mode: "exec", byteOffsets?: boolean, bom?: boolean): Module;
export function parse(
  source: string,
  filename: string,
  mode: "single",
  byteOffsets?: boolean,
  bom?: boolean,
): Interactive;
export function parse(source: string, filename: string, mode: "eval", byteOffsets?: boolean, bom?: boolean): Expression;
export function parse(
  source: string,
  filename: string,
  mode: ParseMode,
  byteOffsets?: boolean,
  bom?: boolean,
): Module | Interactive | Expression;
export function parse(
  source: string,
  filename: string,
  mode: ParseMode,
  byteOffsets = false,
  bom = false,
): Module | Interactive | Expression {
  const src = new Source(source, filename, byteOffsets, bom);
  try {
    const deferred: { unclosed: UnclosedBracket | null } = { unclosed: null };
    const tokens = tokenize(src, deferred);
    const parser = acquireParser();
    try {
      return parseWith(parser, src, tokens, deferred, mode);
    } finally {
      releaseParser();
    }
  } catch (e) {
    if (e instanceof CompileError || raisedByCompileWarning(e)) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    throw new CompileError("SyntaxError", `internal parser error: ${detail}`, filename, 1, 1, src.lineText(1));
  }
}

/** One parse with `parser` over the tokens of `src`. */
function parseWith(
  parser: PythonParser,
  src: Source,
  tokens: IToken[],
  deferred: { unclosed: UnclosedBracket | null },
  mode: ParseMode,
): Module | Interactive | Expression {
  parser.src = src;
  parser.parens = new WeakMap();
  parser.warnedEscapes = new Set();
  parser.lastDisjunction = null;
  parser.input = tokens;
  let result: Module | Interactive | Expression;
  if (mode === "eval") {
    result = { type: "Expression", body: parser.eval() };
  } else if (mode === "single") {
    result = { type: "Interactive", body: parser.interactive() };
  } else {
    result = { type: "Module", body: parser.file() };
  }
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
