/**
 * Private name mangling, as CPython's `_Py_Mangle` (Python/compile.c):
 * inside `class Foo`, an identifier `__x` (two leading underscores, not
 * ending in two underscores, no dot) becomes `_Foo__x`; the class name is
 * stripped of leading underscores first, and a class named only of
 * underscores mangles nothing. Used by the symbol table and the compiler
 * alike so both see the same names.
 */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith("__")) return name;
  if (name.endsWith("__") || name.includes(".")) return name;
  const stripped = privateName.replace(/^_+/, "");
  if (stripped === "") return name;
  return "_" + stripped + name;
}
