/**
 * Source text → the token stream the parser reads, in two steps:
 *
 *  1. chevrotain's lexer cuts the text into raw tokens (tokens.ts), skipping
 *     spaces, comments and backslash continuations, keeping physical line
 *     ends as RawNewline;
 *  2. a layout pass, the same walk CPython's tokenizer makes, turns line
 *     structure into NEWLINE, INDENT and DEDENT, drops line ends inside
 *     brackets and on blank or comment-only lines, checks brackets pair up,
 *     turns NAMEs that are keywords into keyword tokens, and raises the
 *     tokenizer's errors (literal errors carried as payloads, invalid
 *     characters, indentation errors).
 *
 * Output invariants: every logical line ends in exactly one NEWLINE; INDENT
 * and DEDENT come in matched pairs; the stream ends NEWLINE? DEDENT*
 * ENDMARKER. Like CPython, all tokenizer errors are raised before parsing,
 * so a bad token anywhere wins over a syntax error anywhere.
 *
 * Token positions are chevrotain's: offsets into `Source.text`, 1-based
 * lines, 1-based UTF-16 columns; Source converts them.
 */

import { createTokenInstance, Lexer, type IToken, type TokenType } from "chevrotain";
import { CompileError, compileWarn, type SyntaxErrorKind } from "../src/ast/errors.js";
import { compileWork } from "../src/ast/limits.js";
import type { LiteralError } from "./literals.js";
import { splitFString } from "./fstring.js";
import { hasEscape, type Source, utf8DecodeError } from "./source.js";
import {
  Continuation,
  DEDENT,
  ENDMARKER,
  INDENT,
  keywordTypes,
  LBRACE,
  LPAR,
  LSQB,
  NAME,
  NEWLINE,
  NUMBER,
  RawNewline,
  RBRACE,
  RPAR,
  RSQB,
  rawTokens,
  STRING,
} from "./tokens.js";
import { hasFlag, PRINTABLE, XID_CONTINUE, XID_START } from "../src/unicode/unicodectype.js";

/** Tokenizer.c's MAXLEVEL (brackets open at once) and MAXINDENT
 *  (indentation levels, the first column's included). */
const MAXLEVEL = 200;
const MAXINDENT = 100;

let rawLexer: Lexer | null = null;

/** The chevrotain lexer, built on first use (its analysis costs start-up time). */
function getRawLexer(): Lexer {
  rawLexer ??= new Lexer(rawTokens, {
    positionTracking: "full",
    ensureOptimizations: true,
    lineTerminatorsPattern: /\n/g,
    lineTerminatorCharacters: ["\n"],
  });
  return rawLexer;
}

/** Raise a tokenizer error at `offset` in the text (caret on that character). */
export function errorAt(
  source: Source,
  kind: SyntaxErrorKind,
  msg: string,
  offset: number,
  oneBased?: number,
  endOffset?: number,
): CompileError {
  const lineno = source.lineOf(offset);
  const col = oneBased ?? source.charCol(lineno, offset) + 1;
  return new CompileError(kind, msg, source.filename, lineno, col, source.lineText(lineno), lineno, endOffset ?? col);
}

/** An error of CPython's tokenizer proper (its syntaxerror(): bad
 *  literals, characters, brackets), whose text is the line without its
 *  newline. */
function tokenizerError(source: Source, msg: string, offset: number, endOffset?: number): CompileError {
  const e = errorAt(source, "SyntaxError", msg, offset, undefined, endOffset);
  const text = e.text === null ? null : e.text.replace(/\n$/, "");
  return new CompileError(e.kind, e.msg, e.filename, e.lineno, e.offset, text, e.end_lineno, e.end_offset);
}

// Character classes from CPython 3.11.7's Unicode 14.0.0 tables
// (src/unicode/unicodectype.ts), not the JS engine's.
function isXidStart(ch: string): boolean {
  return ch === "_" || hasFlag(ch.codePointAt(0)!, XID_START);
}
function isXidContinue(ch: string): boolean {
  return hasFlag(ch.codePointAt(0)!, XID_CONTINUE);
}

function invalidCharacter(source: Source, ch: string, offset: number): CompileError {
  const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  const msg = !hasFlag(ch.codePointAt(0)!, PRINTABLE)
    ? `invalid non-printable character U+${hex}`
    : `invalid character '${ch}' (U+${hex})`;
  return tokenizerError(source, msg, offset);
}

/** Check a non-ASCII identifier character by character (PEP 3131). */
function checkIdentifier(source: Source, tok: IToken): void {
  if (source.escapes && hasEscape(tok.image)) {
    // verify_identifier decodes the name's bytes first: E_DECODE, raised
    // at the error token, which has no columns, so the offset is where the
    // tokenizer stands (after the name, not one-based) and no end.
    const msg = utf8DecodeError(tok.image);
    if (msg !== null) {
      const line = tok.startLine!;
      const at = source.shownChars(line, source.byteCol(line, tok.endOffset! + 1));
      throw errorAt(source, "SyntaxError", `(unicode error) ${msg}`, tok.startOffset, at, -1);
    }
  }
  let first = true;
  let offset = tok.startOffset;
  for (const ch of tok.image) {
    // _PyUnicode_ScanIdentifier runs on the text as written (NFKC comes after).
    const ok = ch.charCodeAt(0) < 128 || (first ? isXidStart : isXidContinue)(ch);
    if (!ok) throw invalidCharacter(source, ch, offset);
    first = false;
    offset += ch.length;
  }
}

/** Turn the first chevrotain lexing error into CPython's tokenizer message. */
function lexError(source: Source, offset: number): CompileError {
  const text = source.text;
  const ch = String.fromCodePoint(text.codePointAt(offset)!);
  if (ch === "\\") {
    // RAISE_ERROR_KNOWN_LOCATION with end column -1: end_offset 0.
    return errorAt(
      source,
      "SyntaxError",
      "unexpected character after line continuation character",
      offset + 1,
      undefined,
      0,
    );
  }
  if (ch.charCodeAt(0) >= 128) return invalidCharacter(source, ch, offset);
  if (ch === "\0") return errorAt(source, "SyntaxError", "source code cannot contain null bytes", offset);
  // A control character is not printable; any other ASCII character that
  // begins no token is an operator token of its own the parser rejects.
  if (ch < " " || ch === "\x7f") return invalidCharacter(source, ch, offset);
  const col = source.charCol(source.lineOf(offset), offset) + 1;
  return errorAt(source, "SyntaxError", "invalid syntax", offset, col, col + 1);
}

/** A synthetic layout token at `offset`, spanning `length` characters. */
function layoutToken(type: TokenType, source: Source, offset: number, length: number): IToken {
  const line = source.lineOf(offset);
  const col = offset - source.lineStarts[line - 1] + 1;
  return createTokenInstance(type, "", offset, offset + length - 1, line, line, col, col + length - 1);
}

/**
 * The NEWLINE token ending a logical line at the `\n` at `nl`. As in
 * CPython's tokenizer it begins where the token was started: at a comment
 * that ends the line (its `#`), else at the `\n`; it ends at the `\n`
 * (the newline itself is left out of it).
 */
function newlineToken(source: Source, nl: number, from: number): IToken {
  let start = nl;
  // `from`: just after the line's last token.
  const hash = source.text.slice(from, nl).indexOf("#");
  if (hash >= 0) start = from + hash;
  const tok = layoutToken(NEWLINE, source, start, 0);
  tok.endOffset = nl - 1;
  tok.endColumn = nl - source.lineStarts[tok.startLine! - 1];
  return tok;
}

const OPENERS: ReadonlyMap<TokenType, string> = new Map([
  [LPAR, "("],
  [LSQB, "["],
  [LBRACE, "{"],
]);
const CLOSERS: ReadonlyMap<TokenType, string> = new Map([
  [RPAR, ")"],
  [RSQB, "]"],
  [RBRACE, "}"],
]);

/**
 * The whole tokenizer: raw lexing plus the layout pass. The last token is
 * always ENDMARKER. Throws CompileError for any tokenizer error.
 */
/** Set by `tokenize` when the input ends inside brackets and the caller
 *  asked to defer that error: the error, and whether the innermost open
 *  bracket is a `def` parameter list. */
export interface UnclosedBracket {
  error: CompileError;
  inDefParameters: boolean;
}

/** What the parser learns from tokenizing beyond the tokens. In:
 *  `dontImplyDedent` (PyCF_DONT_IMPLY_DEDENT, for codeop): input not
 *  ending in a newline gets its closing NEWLINE but none of the DEDENTs
 *  that would close its open blocks, so they still need more input. Out:
 *  `unclosed`, and `eofStart`, the index of the first token made at the
 *  end of input rather than read (the implied NEWLINE, the DEDENTs, the
 *  ENDMARKER): a parse failing there has read to the end of the source. */
export interface TokenizeState {
  unclosed: UnclosedBracket | null;
  dontImplyDedent?: boolean;
  /** The input is not "exec" input (see the end of tokenize). */
  newlineMadeAtEnd?: boolean;
  /** "single" input: a NEWLINE ends it (see the end of tokenize). */
  singleInput?: boolean;
  eofStart?: number;
}

/**
 * Turn source text into the token stream the parser reads. Input that ends
 * with brackets still open raises `'(' was never closed`, unless `deferred`
 * is given: then the tokens end at the end of input (no NEWLINE, DEDENT or
 * ENDMARKER) and the error is stored there, for parse.ts to choose between
 * it and the parser's own error, as CPython's parser does.
 */
export function tokenize(source: Source, deferred?: TokenizeState): IToken[] {
  const text = source.text;
  const raw = getRawLexer().tokenize(text);
  const firstErr = raw.errors.length > 0 ? raw.errors[0].offset : Infinity;

  const out: IToken[] = [];
  const indents = [0];
  const altIndents = [0];
  const brackets: IToken[] = [];
  let atLineStart = true;
  /** Just after the last token read (comments are skipped, not read). */
  let lastEnd = 0;

  for (const tok of raw.tokens) {
    if (tok.startOffset > firstErr) break;
    const type = tok.tokenType;
    if (type !== RawNewline) lastEnd = tok.endOffset! + 1;

    if (type === Continuation) {
      // A backslash joins lines; joining the last line with nothing is an error.
      if (tok.endOffset === text.length - 1) {
        throw errorAt(source, "SyntaxError", "unexpected EOF while parsing", tok.startOffset + 1, undefined, -1);
      }
      continue;
    }
    if (type === RawNewline) {
      if (brackets.length === 0 && !atLineStart) {
        out.push(newlineToken(source, tok.startOffset, lastEnd));
        atLineStart = true;
      }
      continue;
    }

    if (atLineStart && brackets.length === 0) {
      atLineStart = false;
      indent(source, tok, indents, altIndents, out);
    }

    if (OPENERS.has(type)) {
      openBracket(source, brackets, tok);
    } else if (CLOSERS.has(type)) {
      checkClose(source, brackets, tok);
    }
    emit(source, tok, out);
    compileWork();
  }

  if (firstErr !== Infinity) throw lexError(source, firstErr);
  if (brackets.length > 0) {
    const open = brackets[brackets.length - 1];
    // RAISE_ERROR_KNOWN_LOCATION with end column -1: end_offset 0.
    const error = errorAt(
      source,
      "SyntaxError",
      `'${OPENERS.get(open.tokenType)}' was never closed`,
      open.startOffset,
      undefined,
      0,
    );
    if (deferred === undefined) throw error;
    const at = out.lastIndexOf(open);
    const inDefParameters = at >= 2 && out[at - 1].tokenType === NAME && out[at - 2].image === "def";
    deferred.unclosed = { error, inDefParameters };
    return out;
  }

  // End of input: close the last logical line and every open block.
  const end = text.length;
  // The NEWLINE of a last line the source left open comes from the "\n"
  // Source added: in "single" and "eval" input, which CPython's tokenizer
  // does not end with a newline as it does "exec" input, it is made at
  // the end of input.
  const last = out.length - 1;
  const madeNewline =
    deferred?.newlineMadeAtEnd === true &&
    source.addedNewline &&
    last >= 0 &&
    out[last].tokenType === NEWLINE &&
    out[last].startOffset === end - 1;
  if (deferred !== undefined) deferred.eofStart = madeNewline ? last : out.length;
  const implied = !atLineStart || madeNewline;
  if (!atLineStart) out.push(newlineToken(source, end - 1, lastEnd));
  let dedents = 0;
  if (!(implied && deferred?.dontImplyDedent === true)) {
    for (let i = indents.length - 1; i > 0; i--, dedents++) out.push(layoutToken(DEDENT, source, end - 1, 0));
  }
  // "single" input: pegen turns the tokenizer's ENDMARKER into a NEWLINE
  // (_PyPegen_fill_token), which a compound statement needs after its
  // own, and again after DEDENTs it implies; the NEWLINE made from the
  // added "\n" is the first.
  if (deferred?.singleInput === true && (!madeNewline || dedents > 0)) {
    out.push(layoutToken(NEWLINE, source, end - 1, 1));
  }
  // CPython puts ENDMARKER at the end of the last line.
  const lastLine = source.lineCount;
  const lastCol = end - 1 - source.lineStarts[lastLine - 1] + 1;
  out.push(createTokenInstance(ENDMARKER, "", end - 1, end - 2, lastLine, lastLine, lastCol, lastCol - 1));
  return out;
}

/** An opening bracket: at most MAXLEVEL open at once. */
function openBracket(source: Source, brackets: IToken[], tok: IToken): void {
  if (brackets.length >= MAXLEVEL) throw tokenizerError(source, "too many nested parentheses", tok.startOffset);
  brackets.push(tok);
}

/** The closing bracket `tok` must match the innermost open one. */
function checkClose(source: Source, brackets: IToken[], tok: IToken): void {
  const open = brackets.pop();
  const close = CLOSERS.get(tok.tokenType)!;
  if (open === undefined) throw tokenizerError(source, `unmatched '${close}'`, tok.startOffset);
  const opener = OPENERS.get(open.tokenType)!;
  if ("([{".indexOf(opener) !== ")]}".indexOf(close)) {
    const where = open.startLine === tok.startLine ? "" : ` on line ${open.startLine}`;
    throw tokenizerError(
      source,
      `closing parenthesis '${close}' does not match opening parenthesis '${opener}'${where}`,
      tok.startOffset,
    );
  }
}

/**
 * Append one significant token: keywords get their type, literal errors are
 * raised, f-strings are split into their parts.
 */
function emit(source: Source, tok: IToken, out: IToken[]): void {
  const type = tok.tokenType;
  if (type === NAME) {
    const kw = keywordTypes.get(tok.image);
    if (kw !== undefined) {
      tok.tokenType = kw;
      tok.tokenTypeIdx = kw.tokenTypeIdx!;
    } else if (!source.ascii && /[^\x00-\x7f]/.test(tok.image)) {
      checkIdentifier(source, tok);
    }
  } else if (type === NUMBER || type === STRING) {
    const err = tok.payload as LiteralError | undefined;
    if (err?.warning === true) {
      // parser_warn: a SyntaxWarning, or the SyntaxError it becomes.
      if (compileWarn("SyntaxWarning", err.msg, source.filename, source.lineOf(err.at))) {
        throw tokenizerError(source, err.msg, err.at);
      }
    } else if (err !== undefined) {
      const end = err.end === undefined ? undefined : source.charCol(source.lineOf(err.end), err.end) + 1;
      throw tokenizerError(source, err.msg, err.at, end);
    }
    if (type === STRING && isFString(tok.image)) {
      for (const t of splitFString(source, tok, (start, end) => lexFragment(source, start, end))) out.push(t);
      return;
    }
  }
  out.push(tok);
}

function isFString(image: string): boolean {
  const c0 = image.charCodeAt(0) | 0x20;
  const c1 = image.charCodeAt(1) | 0x20;
  return c0 === 102 || (c0 === 114 && c1 === 102);
}

/**
 * Tokens of text[start, end), an f-string replacement field's expression,
 * lexed as if inside brackets (line ends dropped, no indentation).
 */
function lexFragment(source: Source, start: number, end: number): IToken[] {
  const raw = getRawLexer().tokenize(source.text.slice(start, end));
  if (raw.errors.length > 0) throw lexError(source, start + raw.errors[0].offset);
  const out: IToken[] = [];
  const brackets: IToken[] = [];
  for (const tok of raw.tokens) {
    if (tok.tokenType === RawNewline || tok.tokenType === Continuation) continue;
    const s = start + tok.startOffset;
    const e = start + tok.endOffset!;
    tok.startOffset = s;
    tok.endOffset = e;
    tok.startLine = source.lineOf(s);
    tok.startColumn = s - source.lineStarts[tok.startLine - 1] + 1;
    tok.endLine = source.lineOf(e);
    tok.endColumn = e - source.lineStarts[tok.endLine - 1] + 1;
    if (OPENERS.has(tok.tokenType)) openBracket(source, brackets, tok);
    else if (CLOSERS.has(tok.tokenType)) checkClose(source, brackets, tok);
    emit(source, tok, out);
  }
  return out;
}

/**
 * Indentation of the logical line starting with `tok`: CPython measures it
 * twice, tabs to multiples of 8 (`col`) and tabs as 1 (`altcol`); the two
 * must order the same way against the stack or the tabs are ambiguous.
 */
function indent(source: Source, tok: IToken, indents: number[], altIndents: number[], out: IToken[]): void {
  const lineStart = source.lineStarts[tok.startLine! - 1];
  const text = source.text;
  let col = 0;
  let altcol = 0;
  let i = lineStart;
  for (; i < tok.startOffset; i++) {
    const c = text[i];
    if (c === " ") {
      col++;
      altcol++;
    } else if (c === "\t") {
      col = (Math.floor(col / 8) + 1) * 8;
      altcol++;
    } else if (c === "\f") {
      col = 0;
      altcol = 0;
    } else break; // continuation lines: the first token is not at line start
  }
  if (i < tok.startOffset) return;
  const tabError = () =>
    errorAt(source, "TabError", "inconsistent use of tabs and spaces in indentation", lineStart, 1, 0);

  const top = indents[indents.length - 1];
  if (col === top) {
    if (altcol !== altIndents[altIndents.length - 1]) throw tabError();
  } else if (col > top) {
    if (indents.length >= MAXINDENT) {
      // E_TOODEEP: reported at the line's start, with the whole line read.
      throw errorAt(source, "IndentationError", "too many levels of indentation", lineStart, 1, 0);
    }
    if (altcol <= altIndents[altIndents.length - 1]) throw tabError();
    indents.push(col);
    altIndents.push(altcol);
    out.push(layoutToken(INDENT, source, tok.startOffset - 1, 1));
  } else {
    while (indents.length > 1 && col < indents[indents.length - 1]) {
      indents.pop();
      altIndents.pop();
      out.push(layoutToken(DEDENT, source, tok.startOffset, 0));
    }
    if (col !== indents[indents.length - 1]) {
      // CPython has read the whole line by then: the offset is just past its end.
      const lineEnd =
        source.lineStarts[tok.startLine!] !== undefined ? source.lineStarts[tok.startLine!] - 1 : text.length - 1;
      throw errorAt(
        source,
        "IndentationError",
        "unindent does not match any outer indentation level",
        tok.startOffset,
        source.charCol(tok.startLine!, lineEnd) + 1,
        -1,
      );
    }
    if (altcol !== altIndents[altIndents.length - 1]) throw tabError();
  }
}
