/**
 * The interactive prompt (CPython 3.11's basic REPL).
 *
 * Reads standard input a line at a time: `>>> ` before a statement,
 * `... ` while it continues (open brackets, a trailing backslash, an open
 * triple-quoted string, or a compound statement, which ends at a blank
 * line). Prompts go to stderr when stdin is not a terminal, as CPython's
 * do. Each complete statement is compiled in "single" mode, so an
 * expression statement's value goes through sys.displayhook (echoed with
 * repr, kept in `_`). Tracebacks name `File "<stdin>", line 1, in
 * <module>` and show no source lines. End of input prints a newline and
 * exits with status 0 (SystemExit exits with its code).
 */
import { readSync } from "node:fs";
import { createSession, showRefcountLine, type RunOptions } from "../api/run.js";
import type { Session } from "../runtime/pythonrun.js";

const BANNER =
  "Python 3.11.7 (refpy 0.1.0) [Python 3.11 subset]\n" +
  'Type "help", "copyright", "credits" or "license" for more information.\n';

/** Synchronous line reader over a file descriptor. */
export class LineReader {
  private buf = "";
  private eof = false;
  private readonly chunk = Buffer.alloc(65536);
  constructor(private readonly fd: number) {}

  /** The next line with its newline, or null at end of input. */
  readLine(): string | null {
    for (;;) {
      const nl = this.buf.indexOf("\n");
      if (nl >= 0) {
        const line = this.buf.slice(0, nl + 1);
        this.buf = this.buf.slice(nl + 1);
        return line;
      }
      if (this.eof) {
        if (this.buf.length === 0) return null;
        const line = this.buf;
        this.buf = "";
        return line;
      }
      let n: number;
      try {
        n = readSync(this.fd, this.chunk, 0, this.chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        if (code === "EOF") n = 0;
        else throw e;
      }
      if (n === 0) this.eof = true;
      else this.buf += this.chunk.toString("utf8", 0, n);
    }
  }
}

/** Does `src` need more lines before it can be compiled? */
export function needsMore(lines: string[]): boolean {
  const src = lines.join("");
  const last = lines[lines.length - 1];
  const scan = scanOpen(src);
  if (scan.openString || scan.depth > 0 || scan.continuation) return true;
  // A compound statement (its first line ends with ':') or a decorator
  // continues until a blank line.
  const first = stripComment(lines[0]).trimEnd();
  const isCompound = first.endsWith(":") || first.trimStart().startsWith("@");
  if (isCompound) return last.trim() !== "";
  return false;
}

function stripComment(line: string): string {
  const s = scanOpen(line);
  return s.codePart;
}

/** Brackets and strings still open at the end of `src`. */
function scanOpen(src: string): { depth: number; openString: boolean; continuation: boolean; codePart: string } {
  let depth = 0;
  let i = 0;
  let quote: string | null = null;
  let codePart = "";
  let continuation = false;
  while (i < src.length) {
    const c = src[i];
    if (quote !== null) {
      if (c === "\\") {
        i += 2;
        continue;
      }
      if (src.startsWith(quote, i)) {
        i += quote.length;
        quote = null;
        continue;
      }
      if (c === "\n" && quote.length === 1) quote = null;
      i++;
      continue;
    }
    if (c === "#") {
      while (i < src.length && src[i] !== "\n") i++;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = src.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += quote.length;
      continue;
    }
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth = Math.max(0, depth - 1);
    continuation = c === "\\" && src[i + 1] === "\n" && i + 2 >= src.length;
    codePart += c;
    i++;
  }
  return { depth, openString: quote !== null && quote.length === 3, continuation, codePart };
}

/**
 * Run the prompt on standard input. `session` continues an earlier run
 * (`-i`); otherwise a fresh `__main__` is made. Returns the exit status.
 */
export function startRepl(
  options: RunOptions,
  session: Session | null,
  input: { readLine(): string | null } = new LineReader(0),
  interactive: boolean = process.stdin.isTTY === true,
): number {
  const writeOut = options.stdout ?? ((s: string) => process.stdout.write(s));
  const writeErr = options.stderr ?? ((s: string) => process.stderr.write(s));
  const prompt = interactive ? writeOut : writeErr;
  const showRefcount = options.xoptions?.has("showrefcount") === true;
  // A debug build of CPython run with -X showrefcount prints the totals
  // after each turn of the interactive loop (a statement, a blank line, the
  // end of input), then once more after shutdown.
  const showRefs = (): void => {
    if (!showRefcount) return;
    const line = showRefcountLine();
    if (line !== null) writeErr(line);
  };
  const sess = session ?? createSession({ ...options, filename: "<stdin>" });
  // CPython prints the banner only for a prompt of its own, not after
  // `-i script` or `-i -c cmd`.
  if (session === null) writeErr(BANNER);
  const reader = input;
  for (;;) {
    prompt(">>> ");
    const first = reader.readLine();
    if (first === null) {
      prompt("\n");
      showRefs();
      return sess.finish(0);
    }
    if (first.trim() === "") {
      showRefs();
      continue;
    }
    const lines = [first];
    let eof = false;
    while (needsMore(lines)) {
      prompt("... ");
      const more = reader.readLine();
      if (more === null) {
        eof = true;
        break;
      }
      lines.push(more);
    }
    let src = lines.join("");
    if (!src.endsWith("\n")) src += "\n";
    const exit = sess.execInteractive(src);
    showRefs();
    if (exit !== null) return sess.finish(exit);
    if (eof) {
      prompt("\n");
      return sess.finish(0);
    }
  }
}
