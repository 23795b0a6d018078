/**
 * The AST source for compiler tests: python3's `ast` through the bridge
 * until grammar/parse.ts exists (then this switches to refpy's parser).
 */
import type { Mod } from "../../src/ast/nodes.js";
import { astFromPython } from "./ast-from-python.js";

export function parseForTests(source: string, _filename: string, mode: "exec" | "single" | "eval"): Mod {
  return astFromPython(source, mode);
}
