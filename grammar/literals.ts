/**
 * Recognizers for the two literal tokens whose shape a regular expression
 * cannot check well: numbers and strings. Each is a chevrotain custom
 * pattern `(text, offset) => [match] | null` following CPython 3.11's
 * tokenizer (Parser/tokenizer.c, `tok_get`) step for step, so malformed
 * literals fail with the tokenizer's message and position.
 *
 * A malformed literal still matches (so lexing goes on to the end of the
 * token); it carries a `LiteralError` payload that the layout pass raises.
 * `LiteralError.at` is the offset in the text of the character CPython's
 * caret points at.
 */

export interface LiteralError {
  msg: string;
  at: number;
  /** Where its end_offset points (one-based: just past that character), when it has one of its own. */
  end?: number;
  /** Only a SyntaxWarning (an error under an "error" filter). */
  warning?: boolean;
}

type Match = [string] & { payload?: LiteralError };

function match(text: string, start: number, end: number, error?: LiteralError): Match {
  const m = [text.slice(start, end)] as Match;
  if (error) m.payload = error;
  return m;
}

// ---------------------------------------------------------------- numbers

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
/** CPython's is_potential_identifier_char. */
function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95 || c >= 128;
}

/**
 * verify_end_of_number: a literal directly followed by an identifier
 * character is an error, except before the keywords that may follow a number
 * in valid code (`1if x else 2`), which 3.11 accepts with a SyntaxWarning.
 */
function endOfNumberError(text: string, i: number, kind: string): LiteralError | undefined {
  const c = text.charCodeAt(i);
  // Only an ASCII one: a non-ASCII character starts the next token (a name).
  if (c >= 128 || !isIdentChar(c)) return undefined;
  const rest = text.slice(i, i + 6);
  for (const kw of ["and", "else", "for", "if", "in", "is", "not", "or"]) {
    if (rest.startsWith(kw) && !isIdentChar(text.charCodeAt(i + kw.length))) {
      return { msg: `invalid ${kind} literal`, at: i - 1, warning: true };
    }
  }
  // A one-letter kind of error points at the last good character.
  return { msg: `invalid ${kind} literal`, at: i - 1 };
}

/** Digits with single underscores between them; returns the end, or an error. */
function digitsTail(
  text: string,
  i: number,
  ok: (c: number) => boolean,
  kind: string,
): { end: number; error?: LiteralError } {
  for (;;) {
    while (ok(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 95) return { end: i };
    i++;
    if (!ok(text.charCodeAt(i))) return { end: i, error: { msg: `invalid ${kind} literal`, at: i - 1 } };
  }
}

/** The NUMBER pattern: int, float and imaginary literals. */
export function matchNumber(text: string, offset: number): Match | null {
  let i = offset;
  let c = text.charCodeAt(i);
  if (c === 46 /* . */ && !isDigit(text.charCodeAt(i + 1))) return null;
  if (!isDigit(c) && c !== 46) return null;

  if (c === 48 /* 0 */) {
    const x = text.charCodeAt(i + 1) | 0x20;
    if (x === 120 || x === 111 || x === 98) {
      const kind = x === 120 ? "hexadecimal" : x === 111 ? "octal" : "binary";
      const ok =
        x === 120 ? isHexDigit : x === 111 ? (d: number) => d >= 48 && d <= 55 : (d: number) => d === 48 || d === 49;
      i += 2;
      if (text.charCodeAt(i) === 95) i++;
      if (!ok(text.charCodeAt(i))) {
        const d = text.charCodeAt(i);
        if (isDigit(d))
          return match(text, offset, i + 1, { msg: `invalid digit '${text[i]}' in ${kind} literal`, at: i });
        return match(text, offset, i, { msg: `invalid ${kind} literal`, at: i - 1 });
      }
      const tail = digitsTail(text, i, ok, kind);
      if (tail.error) return match(text, offset, tail.end, tail.error);
      i = tail.end;
      const d = text.charCodeAt(i);
      if (isDigit(d))
        return match(text, offset, i + 1, { msg: `invalid digit '${text[i]}' in ${kind} literal`, at: i });
      return match(text, offset, i, endOfNumberError(text, i, kind));
    }
  }

  // Decimal: integer part, optional fraction, optional exponent, optional j.
  let isFloat = false;
  if (c !== 46) {
    const tail = digitsTail(text, i, isDigit, "decimal");
    if (tail.error) return match(text, offset, tail.end, tail.error);
    i = tail.end;
    c = text.charCodeAt(i);
  }
  if (c === 46) {
    isFloat = true;
    i++;
    if (isDigit(text.charCodeAt(i))) {
      const tail = digitsTail(text, i, isDigit, "decimal");
      if (tail.error) return match(text, offset, tail.end, tail.error);
      i = tail.end;
    }
    c = text.charCodeAt(i);
  }
  if (c === 101 || c === 69 /* e E */) {
    let j = i + 1;
    const s = text.charCodeAt(j);
    if (s === 43 || s === 45) j++;
    if (!isDigit(text.charCodeAt(j))) {
      // Not an exponent: "1e" is an invalid literal, "1else" is 1 then else.
      return match(text, offset, i, endOfNumberError(text, i, "decimal"));
    }
    const tail = digitsTail(text, j, isDigit, "decimal");
    if (tail.error) return match(text, offset, tail.end, tail.error);
    i = tail.end;
    isFloat = true;
    c = text.charCodeAt(i);
  }
  if (c === 106 || c === 74 /* j J */) {
    // An imaginary literal ("01j" is one: leading zeros are allowed here).
    return match(text, offset, i + 1, endOfNumberError(text, i + 1, "imaginary"));
  }
  if (!isFloat && text.charCodeAt(offset) === 48) {
    // "0", "00", "0_0" are fine; any other digit after leading zeros is not.
    if (/[1-9]/.test(text.slice(offset, i))) {
      // The range ends after the first character past the zeros and
      // underscores (the tokenizer has read it then).
      let z = offset;
      while (text[z] === "0" || text[z] === "_") z++;
      return match(text, offset, i, {
        msg: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        at: offset,
        end: z,
      });
    }
  }
  return match(text, offset, i, endOfNumberError(text, i, "decimal"));
}

// ---------------------------------------------------------------- strings

const PREFIXES = new Set(["r", "u", "b", "f", "br", "rb", "fr", "rf"]);

/** Length of a valid string prefix at `offset` followed by a quote, or -1. */
function prefixLength(text: string, offset: number): number {
  let n = 0;
  while (n < 3) {
    const c = text[offset + n];
    if (c === "'" || c === '"') break;
    if (c === undefined || !/[rRbBuUfF]/.test(c)) return -1;
    n++;
  }
  if (n === 3) return -1;
  if (n > 0 && !PREFIXES.has(text.slice(offset, offset + n).toLowerCase())) return -1;
  return n;
}

/** The STRING pattern: prefix, quotes, body; unterminated ones carry an error. */
export function matchString(text: string, offset: number): Match | null {
  const p = prefixLength(text, offset);
  if (p < 0) return null;
  let i = offset + p;
  const q = text[i];
  if (text[i + 1] === q && text[i + 2] === q) {
    i += 3;
    for (;;) {
      if (i >= text.length) {
        const lines = text.split("\n").length - 1;
        return match(text, offset, text.length, {
          msg: `unterminated triple-quoted string literal (detected at line ${lines})`,
          at: offset,
        });
      }
      const c = text[i];
      if (c === "\\") i += 2;
      else if (c === q && text[i + 1] === q && text[i + 2] === q) return match(text, offset, i + 3);
      else i++;
    }
  }
  i++;
  let lines = 0;
  for (;;) {
    const c = text[i];
    if (c === undefined || c === "\n") {
      let line = 1;
      for (let k = text.indexOf("\n"); k >= 0 && k < offset; k = text.indexOf("\n", k + 1)) line++;
      return match(text, offset, i, {
        msg: `unterminated string literal (detected at line ${line + lines})`,
        at: offset,
      });
    }
    if (c === "\\") {
      if (text[i + 1] === "\n") lines++;
      i += 2;
    } else if (c === q) {
      return match(text, offset, i + 1);
    } else i++;
  }
}
