/**
 * f-strings → tokens. CPython 3.11 lexes an f-string as one STRING and then
 * scans it (Parser/string_parser.c: fstring_find_literal, fstring_find_expr);
 * this module runs that same scan but, instead of compiling each expression
 * separately, splices the expression's tokens into the main stream:
 *
 *   FSTRING_START (FSTRING_MIDDLE | field)* FSTRING_END
 *   field: FSTRING_FIELD_START <expression tokens> FSTRING_EQUAL?
 *          FSTRING_CONVERSION? (FSTRING_SPEC_START (FSTRING_MIDDLE | field)*)?
 *          FSTRING_FIELD_END
 *
 * so one parser pass builds the JoinedStr, nested expressions keep their
 * real source positions, and nothing re-enters the parser.
 *
 * Scan errors become an FSTRING_ERROR token carrying the CompileError, placed
 * where the scan stopped; the parser raises it when it gets there. CPython
 * reports these errors at the token after the string, so that is where the
 * error points (the layout pass patches the position in).
 */

import { createTokenInstance, type IToken, type TokenType } from "chevrotain";
import type { Source } from "./source.js";
import { decodeBody, invalidEscapeMessage, isDecodeError, splitString } from "./strings.js";
import {
  FSTRING_CONVERSION,
  FSTRING_END,
  FSTRING_EQUAL,
  FSTRING_ERROR,
  FSTRING_FIELD_END,
  FSTRING_FIELD_START,
  FSTRING_MIDDLE,
  FSTRING_SPEC_START,
  FSTRING_START,
} from "./tokens.js";

/** Lexes text[start, end) as expression tokens (inside-brackets rules). */
export type FragmentLexer = (start: number, end: number) => IToken[];

/** An f-string scan failure: the message, to be raised at the next token. */
export interface FStringError {
  msg: string;
}

/** The FSTRING_START token's payload: warn_invalid_escape_sequence's
 *  messages, one for each literal piece holding an invalid escape (CPython
 *  decodes each piece apart, warning of its first; a `\{` warns as the
 *  scan meets it), each with a key unique in the source; the parser warns
 *  of them when it joins the literal. */
export interface FStringStart {
  invalidEscapes: { msg: string; key: number }[];
}

class ScanError {
  constructor(readonly msg: string) {}
}

function token(type: TokenType, source: Source, start: number, end: number, payload?: unknown): IToken {
  const line = source.lineOf(start);
  const endLine = end > start ? source.lineOf(end - 1) : line;
  const col = start - source.lineStarts[line - 1] + 1;
  const endCol = end - source.lineStarts[endLine - 1];
  const tok = createTokenInstance(type, source.text.slice(start, end), start, end - 1, line, endLine, col, endCol);
  tok.payload = payload;
  return tok;
}

/** The token list replacing the f-string STRING token `tok`. */
export function splitFString(source: Source, tok: IToken, lexFragment: FragmentLexer): IToken[] {
  const parts = splitString(tok.image);
  const text = source.text;
  const bodyStart = tok.startOffset + parts.bodyStart;
  const end = bodyStart + parts.body.length;
  const startPayload: FStringStart = { invalidEscapes: [] };
  const out: IToken[] = [token(FSTRING_START, source, tok.startOffset, bodyStart, startPayload)];
  let s = bodyStart;

  /** fstring_find_literal: literal text up to a field start (or a spec's end). */
  const literal = (level: number): void => {
    let value = "";
    let pieceStart = s;
    const flush = (upTo: number) => {
      const invalid = { first: null as string | null };
      const decoded = decodeBody(text.slice(pieceStart, upTo), parts.raw, false, invalid, true);
      if (isDecodeError(decoded)) throw new ScanError(decoded.msg);
      if (invalid.first !== null) {
        startPayload.invalidEscapes.push({ msg: invalidEscapeMessage(invalid.first), key: 2 * pieceStart });
      }
      value += decoded;
    };
    const litStart = s;
    while (s < end) {
      let ch = text[s++];
      if (!parts.raw && ch === "\\" && s < end) {
        ch = text[s++];
        if (ch === "N") {
          if (s < end && text[s++] === "{") while (s < end && text[s++] !== "}");
          continue;
        }
        // `\{` warns as it is scanned; the backslash stays in the literal
        // and the brace still opens a field (or pairs with the next).
        if (ch === "{") {
          startPayload.invalidEscapes.push({ msg: "invalid escape sequence '\\{'", key: 2 * (s - 2) + 1 });
        }
      }
      if (ch === "{" || ch === "}") {
        if (level === 0 && s < end && text[s] === ch) {
          flush(s);
          s++;
          pieceStart = s;
          continue;
        }
        if (level === 0 && ch === "}") throw new ScanError("f-string: single '}' is not allowed");
        s--;
        break;
      }
    }
    flush(s);
    if (value !== "") out.push(token(FSTRING_MIDDLE, source, litStart, s, value));
  };

  /** fstring_find_expr: one replacement field starting at `{`. */
  const field = (level: number): void => {
    if (level >= 2) throw new ScanError("f-string: expressions nested too deeply");
    out.push(token(FSTRING_FIELD_START, source, s, s + 1));
    s++;
    const exprStart = s;
    let quote = "";
    let triple = false;
    const stack: string[] = [];
    for (; s < end; s++) {
      const ch = text[s];
      if (ch === "\\") throw new ScanError("f-string expression part cannot include a backslash");
      if (quote !== "") {
        if (ch === quote) {
          if (!triple) quote = "";
          else if (text[s + 1] === ch && text[s + 2] === ch) {
            s += 2;
            quote = "";
          }
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        triple = text[s + 1] === ch && text[s + 2] === ch && s + 2 < end;
        if (triple) s += 2;
        quote = ch;
      } else if (ch === "[" || ch === "{" || ch === "(") {
        if (stack.length >= 200) throw new ScanError("f-string: too many nested parenthesis");
        stack.push(ch);
      } else if (ch === "#") {
        throw new ScanError("f-string expression part cannot include '#'");
      } else if (stack.length === 0 && "!:}=<>".includes(ch)) {
        const next = text[s + 1];
        if (s + 1 < end && next === "=" && "!=<>".includes(ch)) {
          s++;
          continue;
        }
        if (ch === "<" || ch === ">") continue;
        break;
      } else if (ch === "]" || ch === "}" || ch === ")") {
        const open = stack.pop();
        if (open === undefined) throw new ScanError(`f-string: unmatched '${ch}'`);
        if ("([{".indexOf(open) !== ")]}".indexOf(ch)) {
          throw new ScanError(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
        }
      }
    }
    if (quote !== "") throw new ScanError("f-string: unterminated string");
    if (stack.length > 0) throw new ScanError(`f-string: unmatched '${stack[stack.length - 1]}'`);
    if (s >= end) throw new ScanError("f-string: expecting '}'");
    const exprEnd = s;
    if (/^\s*$/.test(text.slice(exprStart, exprEnd))) {
      throw new ScanError("f-string: empty expression not allowed");
    }
    for (const t of lexFragment(exprStart, exprEnd)) out.push(t);

    if (text[s] === "=") {
      const eq = s;
      s++;
      while (s < end && /\s/.test(text[s])) s++;
      if (s >= end) throw new ScanError("f-string: expecting '}'");
      out.push(token(FSTRING_EQUAL, source, eq, eq + 1, text.slice(exprStart, s)));
    }
    if (text[s] === "!") {
      s++;
      if (s >= end) throw new ScanError("f-string: expecting '}'");
      const conv = text[s];
      s++;
      if (conv !== "s" && conv !== "r" && conv !== "a") {
        throw new ScanError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      out.push(token(FSTRING_CONVERSION, source, s - 2, s, conv.charCodeAt(0)));
    }
    if (s < end && text[s] === ":") {
      out.push(token(FSTRING_SPEC_START, source, s, s + 1));
      s++;
      if (s >= end) throw new ScanError("f-string: expecting '}'");
      while (s < end) {
        literal(level + 1);
        if (s >= end || text[s] === "}") break;
        field(level + 1);
      }
    }
    if (s >= end || text[s] !== "}") throw new ScanError("f-string: expecting '}'");
    out.push(token(FSTRING_FIELD_END, source, s, s + 1));
    s++;
  };

  try {
    while (s < end) {
      literal(0);
      if (s < end) field(0);
    }
  } catch (e) {
    if (!(e instanceof ScanError)) throw e;
    out.push(token(FSTRING_ERROR, source, Math.min(s, end), Math.min(s, end), { msg: e.msg } satisfies FStringError));
    return out;
  }
  out.push(token(FSTRING_END, source, end, tok.endOffset! + 1));
  return out;
}
