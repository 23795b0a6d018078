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
