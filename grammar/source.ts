/**
 * A source text prepared for lexing, with the line table every position
 * conversion goes through.
 *
 * Representation:
 *  - `text` is the source with every `\r\n` and lone `\r` turned into `\n`
 *    and a final `\n` appended when missing, as CPython's tokenizer does
 *    before it reads a line; all token offsets index into `text`;
 *  - `lineStarts[i]` is the offset of the first character of line i+1;
 *  - `ascii` is true when the whole text is ASCII, the common case, in which
 *    a UTF-16 column equals a UTF-8 byte column and no conversion runs.
 *
 * CPython's ast reports columns in UTF-8 bytes while SyntaxError.offset
 * counts characters (code points); both conversions live here.
 *
 * Bytes of the program that are not UTF-8 (in a source whose encoding was
 * declared, or given to compile() as bytes) reach the text as lone
 * surrogates U+DC80–U+DCFF, one per byte, as the surrogateescape error
 * handler makes them: CPython's tokenizer works on the bytes and only
 * complains where it decodes them (a str literal, a name), so each stands
 * for one byte in every byte column, and lines holding them read as
 * CPython's 'replace' decoding shows them (U+FFFD).
 *
 * `byteOffsets` is CPython's tokenizer without an encoding (tok->encoding
 * NULL: a program file or compile()'d bytes with neither a BOM nor a coding
 * cookie): SyntaxError offsets are then byte columns, not characters.
 * `bom`: a program file that starts with a UTF-8 BOM, whose first line
 * CPython reads back from the file for a SyntaxError, BOM included.
 */

/** UTF-16 units read to find columns on non-ASCII lines, over all
 *  sources (the linearity test reads it). */
export const columnStats = { scanned: 0 };

/** UTF-16 units between a long line's column marks (Source.measure). */
const MARK_STEP = 256;

/** The UTF-8 bytes the UTF-16 unit at `i` stands for: a surrogate pair's
 *  four count at its lead, a lone surrogate three (as Buffer.byteLength). */
function utf8Units(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff ? 4 : 3;
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const p = text.charCodeAt(i - 1);
    return i > 0 && p >= 0xd800 && p <= 0xdbff ? 0 : 3;
  }
  return 3;
}

/** Is the unit at `i` the second half of a surrogate pair? */
function isTrailSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xdc00 || c > 0xdfff || i === 0) return false;
  const p = text.charCodeAt(i - 1);
  return p >= 0xd800 && p <= 0xdbff;
}

export class Source {
  readonly text: string;
  readonly lineStarts: number[];
  readonly ascii: boolean;
  /** The source did not end with a newline: `text` has one added. */
  readonly addedNewline: boolean;
  /** Some byte of the program was not UTF-8 (an escaped byte is in the text). */
  readonly escapes: boolean;

  constructor(
    source: string,
    readonly filename: string,
    readonly byteOffsets = false,
    readonly bom = false,
  ) {
    let text = source.indexOf("\r") >= 0 ? source.replace(/\r\n?/g, "\n") : source;
    this.addedNewline = !text.endsWith("\n");
    if (this.addedNewline) text += "\n";
    this.text = text;
    const starts = [0];
    for (let i = text.indexOf("\n"); i >= 0 && i + 1 < text.length; i = text.indexOf("\n", i + 1)) {
      starts.push(i + 1);
    }
    this.lineStarts = starts;
    this.ascii = !/[^\x00-\x7f]/.test(text);
    this.escapes = !this.ascii && ESCAPE.test(text);
  }

  /** Does line `lineno` hold an escaped byte? */
  private lineHasEscape(lineno: number): boolean {
    return this.escapes && ESCAPE.test(this.lineText(lineno, false));
  }

  /** Number of physical lines. */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The 1-based line holding `offset` (binary search over the line table). */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Line `lineno` (1-based) including its `\n`, as SyntaxError.text holds
   *  it (`shown`: escaped bytes as CPython's 'replace' decoding shows them). */
  lineText(lineno: number, shown = true): string {
    if (lineno < 1 || lineno > this.lineStarts.length) return "";
    const start = this.lineStarts[lineno - 1];
    const end = lineno < this.lineStarts.length ? this.lineStarts[lineno] : this.text.length;
    const line = this.text.slice(start, end);
    if (!shown) return line;
    return (lineno === 1 && this.bom ? "\ufeff" : "") + (this.escapes ? shownText(line) : line);
  }

  /** Byte column (0-based) of `offset`, which lies on line `lineno`: UTF-8
   *  bytes, an escaped byte counting one. */
  byteCol(lineno: number, offset: number): number {
    const start = this.lineStarts[lineno - 1];
    if (this.ascii) return offset - start;
    if (!this.escapes) return this.measure(lineno, start, offset, false);
    return sourceBytes(this.text.slice(start, offset)).length;
  }

  /** Per long non-ASCII line: the UTF-8 bytes and the code points of its
   *  first k * MARK_STEP UTF-16 units, so a column is counted from the
   *  nearest mark rather than from the line's start (a long line of many
   *  tokens would otherwise cost its length for each of them). */
  private readonly marks = new Map<number, { bytes: Int32Array; chars: Int32Array }>();

  /** UTF-8 bytes (`chars`: code points) of text[start, offset) on line `lineno`. */
  private measure(lineno: number, start: number, offset: number, chars: boolean): number {
    const text = this.text;
    let from = start;
    let n = 0;
    if (offset - start >= MARK_STEP) {
      let m = this.marks.get(lineno);
      if (m === undefined) {
        const end = lineno < this.lineStarts.length ? this.lineStarts[lineno] : text.length;
        const count = Math.floor((end - start) / MARK_STEP) + 1;
        m = { bytes: new Int32Array(count), chars: new Int32Array(count) };
        let b = 0;
        let c = 0;
        columnStats.scanned += end - start;
        for (let i = start, k = 0; k < count; k++) {
          const stop = start + k * MARK_STEP;
          for (; i < stop; i++) {
            b += utf8Units(text, i);
            if (!isTrailSurrogate(text, i)) c++;
          }
          m.bytes[k] = b;
          m.chars[k] = c;
        }
        this.marks.set(lineno, m);
      }
      const k = Math.floor((offset - start) / MARK_STEP);
      from = start + k * MARK_STEP;
      n = chars ? m.chars[k] : m.bytes[k];
    }
    columnStats.scanned += offset - from;
    for (let i = from; i < offset; i++) {
      if (chars) n += isTrailSurrogate(text, i) ? 0 : 1;
      else n += utf8Units(text, i);
    }
    return n;
  }

  /** Column (0-based) of `offset` on line `lineno` as SyntaxError.offset
   *  counts it, less one: code points; bytes without an encoding; on a line
   *  holding escaped bytes, CPython's _PyPegen_byte_offset_to_character_offset
   *  (the byte column read in the UTF-8 of the line as shown). */
  charCol(lineno: number, offset: number): number {
    const start = this.lineStarts[lineno - 1];
    if (this.byteOffsets) return this.byteCol(lineno, offset);
    if ((lineno === 1 && this.bom) || this.lineHasEscape(lineno)) {
      return this.shownChars(lineno, this.byteCol(lineno, offset) + 1) - 1;
    }
    if (this.ascii) return offset - start;
    return this.measure(lineno, start, offset, true);
  }

  /** SyntaxError.offset for 1-based byte offset `n` on line `lineno`, as
   *  _PyPegen_raise_error_known_location converts it: the characters of
   *  the first `n` bytes of the shown line's UTF-8 (a cut character counts
   *  one), or `n` itself without an encoding. */
  shownChars(lineno: number, n: number): number {
    if (this.byteOffsets || (this.ascii && !this.bom)) return n;
    const utf8 = Buffer.from(this.lineText(lineno), "utf8");
    // Past the end it reads the terminating NUL too (col_offset is
    // clamped to len + 1).
    let k = n > utf8.length ? 1 : 0;
    for (const _ of new TextDecoder("utf-8", { ignoreBOM: true }).decode(utf8.subarray(0, n))) k++;
    return k;
  }

  /** Offset in `text` of 0-based byte column `col` on line `lineno`. */
  offsetOfByteCol(lineno: number, col: number): number {
    const start = this.lineStarts[lineno - 1];
    if (this.ascii) return start + col;
    let bytes = 0;
    let i = start;
    while (bytes < col && i < this.text.length) {
      const cp = this.text.codePointAt(i)!;
      bytes += isEscapeAt(this.text, i) ? 1 : cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += cp >= 0x10000 ? 2 : 1;
    }
    return i;
  }
}

/** An escaped byte: a low surrogate U+DC80–U+DCFF not paired with a high one. */
const ESCAPE = /(?<![\ud800-\udbff])[\udc80-\udcff]/;

/** Is `s[i]` an escaped byte? */
export function isEscapeAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xdc80 || c > 0xdcff) return false;
  const p = i > 0 ? s.charCodeAt(i - 1) : 0;
  return p < 0xd800 || p > 0xdbff;
}

/** Does `s` hold an escaped byte? */
export function hasEscape(s: string): boolean {
  return ESCAPE.test(s);
}

/** The program's bytes that `s` was decoded from: UTF-8, an escaped byte
 *  standing for itself. */
export function sourceBytes(s: string): Uint8Array {
  if (!hasEscape(s)) return Buffer.from(s, "utf8");
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (isEscapeAt(s, i)) {
      out.push(s.charCodeAt(i) - 0xdc00);
      continue;
    }
    const cp = s.codePointAt(i)!;
    if (cp >= 0x10000) i++;
    for (const b of Buffer.from(String.fromCodePoint(cp), "utf8")) out.push(b);
  }
  return Uint8Array.from(out);
}

/** `s` as CPython shows text it decoded with errors='replace': each
 *  undecodable stretch of escaped bytes one U+FFFD. */
export function shownText(s: string): string {
  return hasEscape(s) ? new TextDecoder("utf-8", { ignoreBOM: true }).decode(sourceBytes(s)) : s;
}

/**
 * The message of CPython's UTF-8 decoder (unicode_decode_utf8, strict) for
 * the first undecodable bytes of `s` (its escaped bytes among the UTF-8 of
 * its other characters), positions counted from the start of `s`; null
 * when it decodes.
 */
export function utf8DecodeError(s: string): string | null {
  if (!hasEscape(s)) return null;
  const d = sourceBytes(s);
  const isCont = (c: number | undefined): boolean => c !== undefined && c >= 0x80 && c < 0xc0;
  for (let i = 0; i < d.length; ) {
    const ch = d[i];
    const left = d.length - i;
    // n: the length of a good sequence; or the error: 0 end of data,
    // 1 invalid start byte, k > 1 invalid continuation byte over k-1 bytes.
    let n: number;
    let error = -1;
    if (ch < 0x80) n = 1;
    else if (ch < 0xc2 || ch >= 0xf5) {
      n = 0;
      error = 1;
    } else if (ch < 0xe0) {
      n = 2;
      if (left < 2) error = 0;
      else if (!isCont(d[i + 1])) error = 2;
    } else if (ch < 0xf0) {
      n = 3;
      const bad2 = (c: number | undefined): boolean => !isCont(c) || (c! < 0xa0 ? ch === 0xe0 : ch === 0xed);
      if (left < 2) error = 0;
      else if (bad2(d[i + 1])) error = 2;
      else if (left < 3) error = 0;
      else if (!isCont(d[i + 2])) error = 3;
    } else {
      n = 4;
      const bad2 = (c: number | undefined): boolean => !isCont(c) || (c! < 0x90 ? ch === 0xf0 : ch === 0xf4);
      if (left < 2) error = 0;
      else if (bad2(d[i + 1])) error = 2;
      else if (left < 3) error = 0;
      else if (!isCont(d[i + 2])) error = 3;
      else if (left < 4) error = 0;
      else if (!isCont(d[i + 3])) error = 4;
    }
    if (error < 0) {
      i += n;
      continue;
    }
    const end = error === 0 ? d.length : error === 1 ? i + 1 : i + error - 1;
    const reason =
      error === 0 ? "unexpected end of data" : error === 1 ? "invalid start byte" : "invalid continuation byte";
    if (end === i + 1) {
      return `'utf-8' codec can't decode byte 0x${d[i].toString(16).padStart(2, "0")} in position ${i}: ${reason}`;
    }
    return `'utf-8' codec can't decode bytes in position ${i}-${end - 1}: ${reason}`;
  }
  return null;
}
