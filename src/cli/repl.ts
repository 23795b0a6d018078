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
import { readlineHook } from "../vm/hostcontrol.js";
import { PySys_GetObject, PySys_SetObject } from "../vm/sysstate.js";
import { PyUnicode_AsString, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyObject_Str } from "../objects/abstract.js";
import { toPyException } from "../objects/errors.js";
import { Py_DECREF } from "../heap/refcount.js";

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
  const isCompound = first.endsWith(":") || (COMPOUND_START.test(first) && hasTopLevelColon(first));
  if (isCompound) return last.trim() !== "";
  return false;
}

/** The first line of a compound statement or a decorator: its body may
 *  follow on the same line (`for i in x: print(i)`), and it still ends
 *  only at a blank line. */
const COMPOUND_START = /^\s*(@|(if|elif|else|while|for|try|except|finally|with|def|class|async)(?![\p{L}\p{N}_]))/u;

/** Does a line's code (strings and comment removed) hold a ':' outside
 *  brackets? (Without one a compound keyword's line is an error now.) */
function hasTopLevelColon(code: string): boolean {
  let depth = 0;
  for (const c of code) {
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth = Math.max(0, depth - 1);
    else if (c === ":" && depth === 0) return true;
  }
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

/** sys.ps1 or sys.ps2 as the prompt shows it (PyRun_InteractiveOneObject):
 *  str() of the object; nothing when it is absent or its str() fails
 *  (the error is dropped, as CPython's). */
function promptText(name: "ps1" | "ps2"): string {
  const v = PySys_GetObject(name);
  if (v === null) return "";
  try {
    const s = PyObject_Str(v);
    try {
      return PyUnicode_AsString(s);
    } finally {
      Py_DECREF(s);
    }
  } catch (e) {
    Py_DECREF(toPyException(e));
    return "";
  }
}

/** PyRun_InteractiveLoopFlags: sys.ps1 and sys.ps2 get their defaults
 *  when absent. */
function setDefaultPrompt(name: "ps1" | "ps2", text: string): void {
  if (PySys_GetObject(name) !== null) return;
  const s = PyUnicode_FromString(text);
  PySys_SetObject(name, s);
  Py_DECREF(s);
}

/**
 * Run the prompt on standard input. `session` continues an earlier run
 * (`-i`); otherwise a fresh `__main__` is made. Returns the exit status.
 *
 * At a terminal the launcher reads the lines (readlineHook, cli/terminal.ts):
 * Ctrl-C while a line is typed raises KeyboardInterrupt through SIGINT's
 * handler, which is printed as CPython's prompt prints it, and the
 * statement typed so far is dropped.
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
  setDefaultPrompt("ps1", ">>> ");
  setDefaultPrompt("ps2", "... ");
  const readLine = (name: "ps1" | "ps2"): string | null => {
    const text = promptText(name);
    const hook = readlineHook.fn;
    if (hook !== null) return hook(text);
    prompt(text);
    return reader.readLine();
  };
  for (;;) {
    let lines: string[];
    let eof = false;
    try {
      const first = readLine("ps1");
      if (first === null) {
        prompt("\n");
        showRefs();
        return sess.finish(0);
      }
      if (first.trim() === "") {
        showRefs();
        continue;
      }
      lines = [first];
      while (needsMore(lines)) {
        const more = readLine("ps2");
        if (more === null) {
          eof = true;
          break;
        }
        lines.push(more);
      }
    } catch (e) {
      // Ctrl-C while a statement was typed (or SIGINT's handler's own
      // exception): on a line of its own, printed as an uncaught one,
      // and a fresh prompt.
      if (readlineHook.fn !== null) writeOut("\n");
      const exit = sess.reportUncaught(e);
      if (exit !== null) return sess.finish(exit);
      continue;
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
