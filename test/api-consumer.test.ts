/**
 * The package entry: `import … from "refpy"` gives the library API and its
 * types. Two programs written as an embedder writes them must type-check
 * against the entry (src/index.ts, mapped as "refpy"):
 * test/api-consumer/consumer.ts, which uses every exported type, and the
 * example of README.md's "Embedding refpy" section. package.json must
 * point at what tsc emits for the entry.
 */
import { describe, expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { budget } from "./helpers/budget.js";

/** tsc over the package entry and what it imports: 18 s of CPU time, the
 *  suite's start-up included (171 s of wall-clock time at load 20). */
const API_CONSUMER_TIMEOUT_MS = budget(20_000);

const root = join(import.meta.dirname, "..");

/** The first ```ts block of the README section `heading`. */
function readmeExample(heading: string): string {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf(`## ${heading}\n`));
  const m = /```ts\n([\s\S]*?)```/.exec(section);
  if (m === null) throw new Error(`no ts example under ${heading}`);
  return m[1];
}

describe("the package entry", () => {
  test(
    "a consumer using every exported type, and the README's example, type-check",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "refpy-consumer-"));
      try {
        const example = join(dir, "readme-example.ts");
        writeFileSync(example, readmeExample("Embedding refpy"));
        writeFileSync(
          join(dir, "tsconfig.json"),
          JSON.stringify({
            compilerOptions: {
              target: "ES2022",
              module: "NodeNext",
              moduleResolution: "NodeNext",
              lib: ["ES2023"],
              strict: true,
              noEmit: true,
              skipLibCheck: true,
              allowImportingTsExtensions: true,
              types: ["node"],
              typeRoots: [join(root, "node_modules", "@types")],
              paths: { refpy: [join(root, "src", "index.ts")] },
            },
            files: [join(root, "test", "api-consumer", "consumer.ts"), example],
          }),
        );
        let output = "";
        try {
          execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", dir], {
            encoding: "utf8",
            stdio: "pipe",
          });
        } catch (e) {
          output = String((e as { stdout?: string }).stdout ?? e);
        }
        expect(output).toBe("");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    API_CONSUMER_TIMEOUT_MS,
  );

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
