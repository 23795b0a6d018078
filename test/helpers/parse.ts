/**
 * The AST source for compiler tests: refpy's own parser (grammar/parse.ts).
 */
import type { Mod } from "../../src/ast/nodes.js";
import { parse } from "../../grammar/parse.js";

export function parseForTests(source: string, filename: string, mode: "exec" | "single" | "eval"): Mod {
  return parse(source, filename, mode);
}
