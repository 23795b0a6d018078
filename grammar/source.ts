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
 */

export class Source {
  readonly text: string;
  readonly lineStarts: number[];
  readonly ascii: boolean;
  /** The source did not end with a newline: `text` has one added. */
  readonly addedNewline: boolean;

  constructor(
    source: string,
    readonly filename: string,
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

  /** Line `lineno` (1-based) including its `\n`, as SyntaxError.text holds it. */
  lineText(lineno: number): string {
    if (lineno < 1 || lineno > this.lineStarts.length) return "";
    const start = this.lineStarts[lineno - 1];
    const end = lineno < this.lineStarts.length ? this.lineStarts[lineno] : this.text.length;
    return this.text.slice(start, end);
  }

  /** UTF-8 byte column (0-based) of `offset`, which lies on line `lineno`. */
  byteCol(lineno: number, offset: number): number {
    const start = this.lineStarts[lineno - 1];
    if (this.ascii) return offset - start;
    return Buffer.byteLength(this.text.slice(start, offset), "utf8");
  }

  /** Code-point column (0-based) of `offset` on line `lineno`. */
  charCol(lineno: number, offset: number): number {
    const start = this.lineStarts[lineno - 1];
    if (this.ascii) return offset - start;
    let n = 0;
    for (const _ of this.text.slice(start, offset)) n++;
    return n;
  }

  /** Offset in `text` of 0-based UTF-8 byte column `col` on line `lineno`. */
  offsetOfByteCol(lineno: number, col: number): number {
    const start = this.lineStarts[lineno - 1];
    if (this.ascii) return start + col;
    let bytes = 0;
    let i = start;
    while (bytes < col && i < this.text.length) {
      const cp = this.text.codePointAt(i)!;
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += cp >= 0x10000 ? 2 : 1;
    }
    return i;
  }
}
