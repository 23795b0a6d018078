/**
 * The package entry: `import … from "refpy"` gives the library API and its
 * types. test/api-consumer/consumer.ts is written as an embedding program
 * would be, against the entry (src/index.ts, mapped as "refpy"), and must
 * type-check; package.json must point at what tsc emits for that entry.
 */
import { describe, expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

describe("the package entry", () => {
  test("a consumer using every exported type type-checks", () => {
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    let output = "";
    try {
      execFileSync(process.execPath, [tsc, "-p", join(root, "test", "api-consumer", "tsconfig.json")],
        { encoding: "utf8", stdio: "pipe" });
    } catch (e) {
      output = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(output).toBe("");
  }, 180_000);

  test("package.json's main, types and exports are tsc's output for src/index.ts", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    const tsconfig = JSON.parse(readFileSync(join(root, "tsconfig.json"), "utf8"));
    expect(tsconfig.compilerOptions.declaration).toBe(true);
    const out = `${tsconfig.compilerOptions.outDir}/src/index`;
    expect(pkg.main).toBe(`${out}.js`);
    expect(pkg.types).toBe(`${out}.d.ts`);
    expect(pkg.exports["."]).toEqual({ types: `./${out}.d.ts`, import: `./${out}.js` });
  });
});
