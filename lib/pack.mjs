// Packs the library for the runtime: every .py file under lib/ goes into
// src/runtime/stdlib.generated.json as { "path/rel.py": { source, unit } },
// where unit is the file compiled by refpy's own compiler and marshalled
// (src/bytecode/marshal.ts), or null. LICENSE.txt goes in too (unit null):
// the text `license()` shows, which CPython's site reads from that file.
//
//   node lib/pack.mjs sources   files with unit null (before the first tsc:
//                               the TypeScript build imports the JSON)
//   node lib/pack.mjs units     files with their compiled units (needs dist/
//                               from tsc), written beside src/ and dist/
//   node lib/pack.mjs check     exit 1 if the stored units are not what the
//                               current compiler makes (stale: rebuild)
//
// The JSON is a build product (ignored by git): `npm run build` makes it.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const libDir = join(root, "lib");
const outputs = [
  join(root, "src", "runtime", "stdlib.generated.json"),
  join(root, "dist", "src", "runtime", "stdlib.generated.json"),
];
// As src/vm/import.ts's LIBDIR: the folder the files carry in __file__.
const LIBDIR = "/lib/python3.11";

function pyFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...pyFiles(path));
    else if (name.endsWith(".py")) out.push(path);
  }
  return out;
}

function readLibrary() {
  const files = {};
  for (const path of pyFiles(libDir)) {
    files[relative(libDir, path).split(sep).join("/")] = { source: readFileSync(path, "utf8"), unit: null };
  }
  files["LICENSE.txt"] = { source: readFileSync(join(libDir, "LICENSE.txt"), "utf8"), unit: null };
  return files;
}

async function compileAll(files) {
  const dist = join(root, "dist");
  const { parse } = await import(join(dist, "grammar", "parse.js"));
  const { compile } = await import(join(dist, "src", "compiler", "compile.js"));
  const { PyMarshal_DumpUnit } = await import(join(dist, "src", "bytecode", "marshal.js"));
  const failed = [];
  for (const [rel, file] of Object.entries(files)) {
    if (!rel.endsWith(".py")) continue;
    const filename = `${LIBDIR}/${rel}`;
    try {
      file.unit = PyMarshal_DumpUnit(compile(parse(file.source, filename, "exec"), filename, "exec", file.source));
    } catch (e) {
      // Left to compile at import, where the SyntaxError is the program's.
      failed.push(`${rel}: ${e?.msg ?? e?.message ?? "not compiled"}`);
    }
  }
  return failed;
}

function write(files, targets) {
  const text = JSON.stringify(files);
  for (const target of targets) {
    if (!existsSync(dirname(target))) mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

const mode = process.argv[2];
if (mode === "sources") {
  write(readLibrary(), [outputs[0]]);
} else if (mode === "units") {
  const files = readLibrary();
  const failed = await compileAll(files);
  for (const f of failed) console.error(`lib/pack.mjs: not compiled: ${f}`);
  write(files, outputs);
} else if (mode === "check") {
  const files = readLibrary();
  await compileAll(files);
  const stored = JSON.parse(readFileSync(outputs[0], "utf8"));
  const stale = Object.keys(files).filter(
    (k) => stored[k]?.unit !== files[k].unit || stored[k]?.source !== files[k].source,
  );
  if (stale.length > 0) {
    console.error(`lib/pack.mjs: stale library units (run npm run build): ${stale.join(", ")}`);
    process.exit(1);
  }
} else {
  console.error("usage: node lib/pack.mjs sources|units|check");
  process.exit(2);
}
