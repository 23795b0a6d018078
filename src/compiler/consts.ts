/**
 * Constant identity for a code unit's `co_consts`, as CPython's
 * `_PyCode_ConstantKey` / `merge_consts_recursive`: two constants share a
 * slot only when they have the same type and value, so `1`, `1.0` and
 * `True` stay apart, and so do `0.0` and `-0.0` (and the four complex
 * zeros). Code objects are never merged.
 */
import type { CodeUnit, Const } from "../bytecode/code.js";

const codeIds = new WeakMap<CodeUnit, number>();
let nextCodeId = 0;

export function constKey(c: Const): string {
  switch (c.kind) {
    case "int":
      return `i${c.value}`;
    case "float":
      return Object.is(c.value, -0) ? "f-0" : `f${c.value}`;
    case "complex":
      // All four complex zeros are distinct constants.
      return `j${Object.is(c.real, -0) ? "-0" : c.real},${Object.is(c.imag, -0) ? "-0" : c.imag}`;
    case "str":
      return `s${JSON.stringify(c.value)}`;
    case "bytes":
      return `b${Array.from(c.value).join(",")}`;
    case "bool":
      return c.value ? "T" : "F";
    case "None":
      return "N";
    case "Ellipsis":
      return "E";
    case "tuple":
      return `(${c.items.map(constKey).join(" ")})`;
    case "frozenset":
      return `{${c.items.map(constKey).join(" ")}}`;
    case "code": {
      let id = codeIds.get(c.code);
      if (id === undefined) {
        id = nextCodeId++;
        codeIds.set(c.code, id);
      }
      return `c${id}`;
    }
  }
}
