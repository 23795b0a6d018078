/**
 * A syntax error found before any code runs (lexer, parser, symbol table,
 * compiler). Plain data: the runtime turns it into a Python `SyntaxError`
 * (or `IndentationError` / `TabError`) object with these attributes, and the
 * command prints it in CPython 3.11's format:
 *
 *     File "x.py", line 3
 *       if x
 *           ^
 *   SyntaxError: expected ':'
 *
 * `offset` and `end_offset` are 1-based columns, as in CPython's exception
 * attributes (`SyntaxError.offset`); `text` is the whole source line. An
 * `end_offset` of null is None (PyErr_SyntaxLocationObject's errors); the
 * tokenizer's errors carry -1 or 0 as CPython's do.
 */
export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

export class CompileError {
  constructor(
    public readonly kind: SyntaxErrorKind,
    public readonly msg: string,
    public readonly filename: string,
    public readonly lineno: number,
    public readonly offset: number,
    public readonly text: string | null,
    public readonly end_lineno: number = lineno,
    public readonly end_offset: number | null = offset,
  ) {}
}

/**
 * Warnings found while compiling (the parser's invalid escape sequences,
 * the compiler's SyntaxWarnings) go to the warnings machinery through a
 * hook the runtime installs, as CPython's compiler calls
 * PyErr_WarnExplicitObject(category, msg, filename, lineno, NULL, NULL).
 * The hook returns true when a filter turned the warning into an error of
 * its category: the caller then raises a SyntaxError at the warning's
 * location instead, as compiler_warn and warn_invalid_escape_sequence do.
 * Any other exception the warnings machinery raises propagates as it is.
 * Without a hook (the compiler used on its own) warnings are dropped.
 */
export type CompileWarningCategory = "SyntaxWarning" | "DeprecationWarning";
export type CompileWarningHook = (
  category: CompileWarningCategory,
  msg: string,
  filename: string,
  lineno: number,
) => boolean;

let compileWarningHook: CompileWarningHook | null = null;

export function setCompileWarningHook(hook: CompileWarningHook | null): void {
  compileWarningHook = hook;
}

/** What the hook last raised, so the parser can tell it from its own
 *  failures and let it through. */
let hookRaised: unknown;

/** Issue a compile-time warning; true when it must become a SyntaxError. */
export function compileWarn(category: CompileWarningCategory, msg: string, filename: string, lineno: number): boolean {
  if (compileWarningHook === null) return false;
  try {
    return compileWarningHook(category, msg, filename, lineno);
  } catch (e) {
    hookRaised = e;
    throw e;
  }
}

/** Whether `e` is what the warning hook raised (then forgotten). */
export function raisedByCompileWarning(e: unknown): boolean {
  if (hookRaised === undefined || e !== hookRaised) return false;
  hookRaised = undefined;
  return true;
}

/** The parser ran out of the host's stack (source nested too deeply for
 *  it): CPython's pegen raises MemoryError there (its MAXSTACK). */
export class ParserStackOverflow {}
