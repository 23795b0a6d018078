/**
 * `ast.parse` against CPython 3.11: for each file of the parser and
 * compiler corpora, refpy runs the harness of test/goldens/ast_dump.py
 * (the same program) and must print test/ast-dump/CORPUS.NAME.txt, which
 * `npm run goldens` makes with python3: `ast.dump(ast.parse(source),
 * include_attributes=True)`, node shapes and positions (UTF-8 byte
 * columns) included, then what compile() makes of the tree itself.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { run } from "../src/api/run.js";

const ROOT = join(import.meta.dirname, "..");
const OUT = join(ROOT, "test", "ast-dump");

const HARNESS = `import ast, warnings
warnings.simplefilter("ignore")
tree = ast.parse(SOURCE, FILENAME)
print(ast.dump(tree, include_attributes=True))
try:
    code = compile(tree, FILENAME, "exec")
    print(type(code).__name__, code.co_filename)
except SyntaxError as e:
    print(type(e).__name__, e)
`;

/** A Python bytes literal for `data`. */
function bytesLiteral(data: Uint8Array): string {
  let s = "b'";
  for (const b of data) {
    if (b === 0x27 || b === 0x5c) s += `\\${String.fromCharCode(b)}`;
    else if (b >= 0x20 && b < 0x7f) s += String.fromCharCode(b);
    else s += `\\x${b.toString(16).padStart(2, "0")}`;
  }
  return `${s}'`;
}

describe("ast.parse gives CPython 3.11's trees", () => {
  for (const golden of readdirSync(OUT).filter((f) => f.endsWith(".txt"))) {
    const [corpus, name] = golden.replace(/\.txt$/, "").split(".");
    it(`${corpus}/${name}.py`, () => {
      const source = readFileSync(join(ROOT, "test", corpus, `${name}.py`));
      const program = `SOURCE = ${bytesLiteral(source)}\nFILENAME = ${JSON.stringify(`${name}.py`)}\n${HARNESS}`;
      const result = run(program, { filename: "harness.py" });
      expect(result.stderr).toBe("");
      expect(result.stdout).toBe(readFileSync(join(OUT, golden), "utf8"));
    });
  }
});
