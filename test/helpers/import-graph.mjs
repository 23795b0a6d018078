/**
 * The import graph of the source tree (src/ and grammar/), read with the
 * TypeScript compiler's parser: every import and re-export of a relative
 * module, with whether it is type-only (`import type`, or every name
 * marked `type`), which erases at compile time and so is no dependency.
 *
 * The layers test (test/layers.test.ts) checks this graph against the
 * order in src/README.md. Run as a command, it prints the value imports
 * between folders, with counts:
 *
 *     npm run layers            # folder -> folder  N
 *     npm run layers -- --files # and each file-level import under it
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith(".ts") && !p.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

/** The layer a file belongs to: its folder under src/ (`src/objects`),
 *  `grammar`, or the file itself for files directly in src/. */
export function folderOf(file) {
  const parts = relative(ROOT, file).split("/");
  if (parts[0] === "src") return parts.length > 2 ? `src/${parts[1]}` : parts.join("/");
  return parts[0];
}

/** Every relative import of every source file: {from, to, typeOnly}. */
export function sourceImports() {
  const files = walk(join(ROOT, "src"), []).concat(walk(join(ROOT, "grammar"), []));
  const edges = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
    for (const st of sf.statements) {
      let spec = null;
      let typeOnly = false;
      if (ts.isImportDeclaration(st)) {
        spec = st.moduleSpecifier.text;
        const clause = st.importClause;
        if (clause !== undefined) {
          const named = clause.namedBindings;
          typeOnly =
            clause.isTypeOnly ||
            (clause.name === undefined &&
              named !== undefined &&
              ts.isNamedImports(named) &&
              named.elements.length > 0 &&
              named.elements.every((e) => e.isTypeOnly));
        }
      } else if (ts.isExportDeclaration(st) && st.moduleSpecifier !== undefined) {
        spec = st.moduleSpecifier.text;
        const named = st.exportClause;
        typeOnly =
          st.isTypeOnly ||
          (named !== undefined &&
            ts.isNamedExports(named) &&
            named.elements.length > 0 &&
            named.elements.every((e) => e.isTypeOnly));
      }
      if (spec === null || !spec.startsWith(".")) continue;
      const to = resolve(dirname(file), spec.replace(/\.js$/, ".ts"));
      edges.push({ from: relative(ROOT, file), to: relative(ROOT, to), typeOnly });
    }
  }
  return edges;
}

/** Value imports between folders: "a -> b" to the file-level edges. */
export function folderEdges(edges = sourceImports()) {
  const out = new Map();
  for (const e of edges) {
    if (e.typeOnly) continue;
    const a = folderOf(join(ROOT, e.from));
    const b = folderOf(join(ROOT, e.to));
    if (a === b) continue;
    const key = `${a} -> ${b}`;
    if (!out.has(key)) out.set(key, []);
    out.get(key).push(`${e.from} -> ${e.to}`);
  }
  return new Map([...out].sort(([x], [y]) => (x < y ? -1 : 1)));
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = process.argv.includes("--files");
  for (const [key, list] of folderEdges()) {
    console.log(`${key}  ${list.length}`);
    if (files) for (const e of list) console.log(`    ${e}`);
  }
}
