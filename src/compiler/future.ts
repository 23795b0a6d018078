/**
 * Future statements: CPython 3.11's Python/future.c. Before the symbol
 * table is built, the leading `from __future__ import …` statements of a
 * module (after its docstring) are read for the features they turn on.
 *
 * Only two features change anything in 3.11: `annotations` (PEP 563,
 * annotations compiled to strings) and `barry_as_FLUFL`; the others are
 * accepted and mandatory already. An unknown feature, `braces`, and a
 * future statement after other statements on the same line are
 * SyntaxErrors raised here, located as future.c does (a single caret; the
 * late-statement one a column early, as 3.11 reports it). A future
 * statement on a later line is the compiler's error (compiler_from_import).
 */

import type { Mod, Stmt } from "../ast/nodes.js";
import { CompileError } from "../ast/errors.js";
import { CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL } from "../bytecode/code.js";

/** PyFutureFeatures */
export interface FutureFeatures {
  /** CO_FUTURE_* bits (with the compile() flags merged in). */
  features: number;
  /** Line of the last future statement, -1 when there is none. */
  lineno: number;
}

/** Features that are accepted and need nothing (already mandatory). */
const MANDATORY = new Set([
  "nested_scopes",
  "generators",
  "division",
  "absolute_import",
  "with_statement",
  "print_function",
  "unicode_literals",
  "generator_stop",
]);

/** PyErr_SyntaxLocationObject: the line read back from the source, no end column. */
function futureError(msg: string, s: Stmt, offset: number, filename: string, source: string | null): CompileError {
  let text: string | null = null;
  if (source !== null) {
    const line = source.split(/\r\n|\r|\n/)[s.lineno - 1];
    if (line !== undefined) text = line + "\n";
  }
  return new CompileError("SyntaxError", msg, filename, s.lineno, offset, text, s.lineno, null);
}

/** future_check_features */
function checkFeatures(
  ff: FutureFeatures,
  s: Extract<Stmt, { type: "ImportFrom" }>,
  filename: string,
  source: string | null,
): void {
  for (const alias of s.names) {
    const feature = alias.name;
    if (MANDATORY.has(feature)) continue;
    if (feature === "barry_as_FLUFL") ff.features |= CO_FUTURE_BARRY_AS_BDFL;
    else if (feature === "annotations") ff.features |= CO_FUTURE_ANNOTATIONS;
    else if (feature === "braces") throw futureError("not a chance", s, s.col_offset + 1, filename, source);
    else throw futureError(`future feature ${feature} is not defined`, s, s.col_offset + 1, filename, source);
  }
}

/** _PyAST_GetDocString's test: the body opens with a string expression. */
function hasDocString(body: Stmt[]): boolean {
  const s = body[0];
  return s?.type === "Expr" && s.value.type === "Constant" && s.value.value.kind === "str";
}

/** _PyFuture_FromAST (future_parse): `source`, when the file can be read back, gives errors their text. */
export function futureFromAst(mod: Mod, filename: string, source: string | null): FutureFeatures {
  const ff: FutureFeatures = { features: 0, lineno: -1 };
  if (mod.type === "Expression") return ff;
  let done = false;
  let prevLine = 0;
  // After the docstring, only future statements may come before one.
  for (let i = hasDocString(mod.body) ? 1 : 0; i < mod.body.length; i++) {
    const s = mod.body[i]!;
    if (done && s.lineno > prevLine) return ff;
    prevLine = s.lineno;
    if (s.type === "ImportFrom" && s.module === "__future__") {
      if (done) {
        throw futureError(
          "from __future__ imports must occur at the beginning of the file",
          s,
          s.col_offset,
          filename,
          source,
        );
      }
      checkFeatures(ff, s, filename, source);
      ff.lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return ff;
}
