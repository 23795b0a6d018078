/**
 * String literal bodies → values: prefix splitting and backslash escapes,
 * as CPython's `decode_unicode_with_escapes` and `PyBytes_DecodeEscape` do.
 *
 * A STRING token's image is `prefix quote body quote`; `splitString` finds
 * the parts. `decodeBody` turns a body into its value or a message in
 * CPython's wording; the caller decides where the error is reported.
 */

import { hasEscape, utf8DecodeError } from "./source.js";
import { UCD_CURRENT } from "../src/unicode/ucd.js";

export interface StringToken {
  /** Lower-cased prefix letters: "", "r", "b", "br", "f", "rf", "u". */
  prefix: string;
  raw: boolean;
  bytes: boolean;
  fstring: boolean;
  /** 1 or 3. */
  quoteLen: number;
  /** Index of the body in the image. */
  bodyStart: number;
  body: string;
}

export function splitString(image: string): StringToken {
  let p = 0;
  while (image[p] !== "'" && image[p] !== '"') p++;
  const prefix = image.slice(0, p).toLowerCase();
  const q = image[p];
  const quoteLen = image[p + 1] === q && image[p + 2] === q && image.length >= p + 6 ? 3 : 1;
  const bodyStart = p + quoteLen;
  return {
    prefix,
    raw: prefix.includes("r"),
    bytes: prefix.includes("b"),
    fstring: prefix.includes("f"),
    quoteLen,
    bodyStart,
    body: image.slice(bodyStart, image.length - quoteLen),
  };
}

/** A decoding failure: CPython's message, and where in the body it starts. */
export interface DecodeError {
  msg: string;
  index: number;
}

const MALFORMED_N = "malformed \\N character escape";

const SIMPLE: Record<string, string> = {
  "\n": "",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

function isHex(c: string | undefined): boolean {
  return c !== undefined && /^[0-9a-fA-F]$/.test(c);
}

/** The unicode-escape codec's position of character index `i` in `s`:
 *  decode_unicode_with_escapes hands it the body with each non-ASCII
 *  character rewritten as `\UXXXXXXXX` (ten bytes), and a backslash read
 *  before one as `\u005c`. */
function bytePos(s: string, i: number): number {
  let n = 0;
  for (let k = 0; k < i; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x5c) {
      n++;
      if (k + 1 >= s.length || s.charCodeAt(k + 1) >= 0x80) n += 5;
      else if (k + 1 < i) {
        // The character after a backslash is copied as it is.
        n++;
        k++;
      }
    } else if (c < 0x80) n++;
    else {
      n += 10;
      if (c >= 0xd800 && c < 0xdc00 && k + 1 < s.length) {
        const low = s.charCodeAt(k + 1);
        if (low >= 0xdc00 && low < 0xe000) k++;
      }
    }
  }
  return n;
}

/** The UTF-8 decoder's error for the program bytes of a str body that are
 *  not UTF-8 (escaped bytes, grammar/source.ts), as `_PyPegen_parsestr`
 *  meets it: a body without escapes (or a raw one) is decoded whole; else
 *  (`decode_unicode_with_escapes`, and every non-raw f-string piece) each
 *  run of non-ASCII bytes alone, so positions count from the run. */
function undecodableBytes(body: string, raw: boolean, piece: boolean): DecodeError | null {
  if (!hasEscape(body)) return null;
  if (raw || (!piece && body.indexOf("\\") < 0)) {
    const msg = utf8DecodeError(body);
    return msg === null ? null : { msg: `(unicode error) ${msg}`, index: 0 };
  }
  for (let i = 0; i < body.length; ) {
    if (body.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    let j = i;
    while (j < body.length && body.charCodeAt(j) >= 0x80) j++;
    const msg = utf8DecodeError(body.slice(i, j));
    if (msg !== null) return { msg: `(unicode error) ${msg}`, index: i };
    i = j;
  }
  return null;
}

/**
 * The value of a str body (`bytes` false) or of a bytes body as a string of
 * code units 0–255 (`bytes` true). Raw bodies come back unchanged.
 * `piece`: an f-string's literal piece, which is always decoded as a body
 * with escapes unless raw.
 */
export function decodeBody(
  body: string,
  raw: boolean,
  bytes: boolean,
  invalid: { first: string | null } = { first: null },
  piece = false,
): string | DecodeError {
  if (bytes) {
    for (let i = 0; i < body.length; i++) {
      if (body.charCodeAt(i) >= 128) return { msg: "bytes can only contain ASCII literal characters", index: i };
    }
  } else {
    const undecodable = undecodableBytes(body, raw, piece);
    if (undecodable !== null) return undecodable;
  }
  if (raw || body.indexOf("\\") < 0) return body;
  let out = "";
  let i = 0;
  // Characters start..end-1 could not be decoded.
  const unicodeError = (start: number, end: number, what: string): DecodeError => ({
    msg: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${bytePos(body, start)}-${bytePos(body, end) - 1}: ${what}`,
    index: start,
  });
  while (i < body.length) {
    const c = body[i];
    if (c !== "\\") {
      out += c;
      i++;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) {
      if (bytes) return { msg: "(value error) Trailing \\ in string", index: i };
      // Only an f-string's literal piece can end in a lone backslash
      // (`f'\{x}'`): decode_unicode_with_escapes keeps it as `\u005c`.
      out += "\\";
      break;
    }
    if (e in SIMPLE) {
      out += SIMPLE[e];
      i += 2;
    } else if (e >= "0" && e <= "7") {
      let j = i + 1;
      let v = 0;
      while (j < i + 4 && body[j] >= "0" && body[j] <= "7") v = v * 8 + (body.charCodeAt(j++) - 48);
      if (v > 0o377 && invalid.first === null) invalid.first = body.slice(i + 1, j);
      out += String.fromCharCode(bytes ? v & 0xff : v);
      i = j;
    } else if (e === "x" || (!bytes && (e === "u" || e === "U"))) {
      const n = e === "x" ? 2 : e === "u" ? 4 : 8;
      let j = i + 2;
      while (j < i + 2 + n && isHex(body[j])) j++;
      if (j < i + 2 + n) {
        if (bytes) return { msg: `(value error) invalid \\x escape at position ${i}`, index: i };
        const name = e === "x" ? "\\xXX" : e === "u" ? "\\uXXXX" : "\\UXXXXXXXX";
        return unicodeError(i, j, `truncated ${name} escape`);
      }
      const v = parseInt(body.slice(i + 2, j), 16);
      if (v > 0x10ffff) return unicodeError(i, j, "illegal Unicode character");
      out += String.fromCodePoint(v);
      i = j;
    } else if (e === "N" && !bytes) {
      // \N{name}: a name (or alias) of the Unicode database; named
      // sequences are not characters.
      const open = i + 2;
      if (body[open] !== "{") return unicodeError(i, Math.min(open, body.length), MALFORMED_N);
      const close = body.indexOf("}", open + 1);
      if (close < 0) return unicodeError(i, body.length, MALFORMED_N);
      if (close === open + 1) return unicodeError(i, close, MALFORMED_N);
      const cps = UCD_CURRENT.lookup(body.slice(open + 1, close), false);
      if (cps === null) return unicodeError(i, close + 1, "unknown Unicode character name");
      out += String.fromCodePoint(cps[0]);
      i = close + 1;
    } else {
      // Unknown escapes stay as written (3.11 only warns: the caller warns
      // of the first, warn_invalid_escape_sequence).
      if (invalid.first === null) invalid.first = e;
      out += "\\" + e;
      i += 2;
    }
  }
  return out;
}

/** warn_invalid_escape_sequence's message for the first invalid escape
 *  (`first` as decodeBody found it: the character, or an octal's digits). */
export function invalidEscapeMessage(first: string): string {
  return first.length === 3 && first[0] >= "4" && first[0] <= "7"
    ? `invalid octal escape sequence '\\${first}'`
    : `invalid escape sequence '\\${first[0]}'`;
}

export function isDecodeError(v: string | DecodeError): v is DecodeError {
  return typeof v !== "string";
}
