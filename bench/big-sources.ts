/**
 * Generators of large and deeply nested Python sources, for measuring how
 * parsing and compiling grow with the size of the input
 * (bench/compile-scaling.ts) and for the unit test that checks they grow
 * linearly (test/compile-scaling.test.ts). Each takes the number of
 * elements, lines, functions or nesting levels and returns the source.
 */

export type SourceKind =
  | "list"
  | "dict"
  | "concat"
  | "assign"
  | "assign_distinct"
  | "functions"
  | "plus_chain"
  | "elif_chain"
  | "parens"
  | "neg"
  | "attr_chain"
  | "lists_nested"
  | "lambdas";

/** `print(len([0, 1, 2, …]))` on one line: n elements. */
function oneLineList(n: number): string {
  const parts = new Array<string>(n);
  for (let i = 0; i < n; i++) parts[i] = String(i);
  return `print(len([${parts.join(", ")}]))\n`;
}

/** `print(len({0: 0, 1: 1, …}))` on one line: n entries. */
function oneLineDict(n: number): string {
  const parts = new Array<string>(n);
  for (let i = 0; i < n; i++) parts[i] = `${i}: ${i}`;
  return `print(len({${parts.join(", ")}}))\n`;
}

/** `s = 'a' + 'b' + …` on one line: n string terms. */
function oneLineConcat(n: number): string {
  const parts = new Array<string>(n);
  for (let i = 0; i < n; i++) parts[i] = `'s${i}'`;
  return `s = ${parts.join(" + ")}\nprint(len(s))\n`;
}

/** `x = 1 + 1 + … + 1`: n terms. */
function plusChain(n: number): string {
  return `x = ${new Array<string>(n).fill("1").join("+")}\nprint(x)\n`;
}

/** n lines of `x = 1`. */
function assignLines(n: number): string {
  return "x = 1\n".repeat(n) + "print(x)\n";
}

/** n lines `a{i} = {i}`: n names and n constants. */
function assignDistinct(n: number): string {
  const lines = new Array<string>(n + 1);
  for (let i = 0; i < n; i++) lines[i] = `a${i} = ${i}`;
  lines[n] = `print(a${n - 1})`;
  return lines.join("\n") + "\n";
}

/** n small functions, each called once at the end. */
function functions(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`def f${i}(a, b=${i}):`, `    return a + b * ${i}`);
  lines.push(`print(f${n - 1}(1))`);
  return lines.join("\n") + "\n";
}

/** `if x == 0: … elif x == 1: … ` with n branches. */
function elifChain(n: number): string {
  const lines = ["x = -1", "if x == 0:", "    y = 0"];
  for (let i = 1; i < n; i++) lines.push(`elif x == ${i}:`, `    y = ${i}`);
  lines.push("else:", "    y = -1", "print(y)");
  return lines.join("\n") + "\n";
}

/** `x = ((((1))))` nested n deep. */
function parens(n: number): string {
  return `x = ${"(".repeat(n)}1${")".repeat(n)}\nprint(x)\n`;
}

/** `x = -(-(-…1))`: n unary minus, each in parentheses. */
function neg(n: number): string {
  return `x = ${"-(".repeat(n)}1${")".repeat(n)}\nprint(x)\n`;
}

/** `x = a.b.b.b…`: n attributes. */
function attrChain(n: number): string {
  return `try:\n    x = a${".b".repeat(n)}\nexcept NameError:\n    print('ok')\n`;
}

/** `x = [[[…]]]` nested n deep. */
function listsNested(n: number): string {
  return `x = ${"[".repeat(n)}${"]".repeat(n)}\nprint(len(x))\n`;
}

/** `f = lambda: lambda: … 1`: n lambdas. */
function lambdas(n: number): string {
  return `f = ${"lambda: ".repeat(n)}1\nprint(type(f))\n`;
}

const generators: Record<SourceKind, (n: number) => string> = {
  list: oneLineList,
  dict: oneLineDict,
  concat: oneLineConcat,
  assign: assignLines,
  assign_distinct: assignDistinct,
  functions,
  plus_chain: plusChain,
  elif_chain: elifChain,
  parens,
  neg,
  attr_chain: attrChain,
  lists_nested: listsNested,
  lambdas,
};

export const SOURCE_KINDS = Object.keys(generators) as SourceKind[];

/** The source of `kind` at size `n`. */
export function bigSource(kind: SourceKind, n: number): string {
  return generators[kind](n);
}
