/**
 * The constants a program's source spells out: the value of each
 * Constant node the parser makes (numbers, strings, bytes, the text parts
 * of f-strings) and of each one the AST optimizer folds (`-1`, `2**10`,
 * `(1, 2)`). CPython's parser keeps a reference to each such object in
 * the arena it parses into, and the arena of the main module (or of a
 * statement at the prompt) lives until that code has run: so while it
 * runs, a literal's object has one reference more than its names and
 * co_consts give it (runtime/pythonrun.ts, objects/codeobject.ts).
 * Singletons (None, True, False, Ellipsis) are left out: they are static.
 */
const literalValues = new WeakSet<object>();

/** Mark `value` as spelled out in the source (or folded from it). */
export function markLiteral<T extends object>(value: T): T {
  literalValues.add(value);
  return value;
}

export function isLiteral(value: object): boolean {
  return literalValues.has(value);
}
