/**
 * Parsing and compiling grow linearly with the source, and the run's
 * limits apply to them. Linearity is checked by work counters, never by
 * the clock (the machine is shared): the units of work the tokenizer, the
 * optimizer, the symbol table and the code generator report
 * (src/ast/limits.ts), and the characters read to find columns on
 * non-ASCII lines (grammar/source.ts), at one size and at four times it.
 * The timeouts are only ceilings far above the expected times.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../grammar/parse.js";
import { columnStats } from "../grammar/source.js";
import { compile } from "../src/compiler/compile.js";
import { compileLimits, resetCompileWork } from "../src/ast/limits.js";
import { run } from "../src/api/run.js";
import { bigSource, type SourceKind } from "../bench/big-sources.js";

const CEILING_MS = 600_000;

/** Work and column reads for parsing and compiling `src`. */
function measure(src: string): { work: number; scanned: number } {
  resetCompileWork();
  const scanned0 = columnStats.scanned;
  compile(parse(src, "<big>", "exec"), "<big>", "exec", undefined, 0, true);
  return { work: compileLimits.work, scanned: columnStats.scanned - scanned0 };
}

function expectLinear(kind: SourceKind, n: number): void {
  const small = measure(bigSource(kind, n)).work;
  const large = measure(bigSource(kind, 4 * n)).work;
  expect(large / small).toBeGreaterThan(3.5);
  expect(large / small).toBeLessThan(4.5);
}

describe("parse and compile work grows linearly", () => {
  it("50k and 200k lines of assignments", () => expectLinear("assign", 50_000), CEILING_MS);
  it("distinct names and constants", () => expectLinear("assign_distinct", 25_000), CEILING_MS);
  it("many small functions", () => expectLinear("functions", 10_000), CEILING_MS);
  it(
    "a one-line list literal of 1 MB",
    () => {
      expect(bigSource("list", 150_000).length).toBeGreaterThan(1_000_000);
      expectLinear("list", 37_500);
    },
    CEILING_MS,
  );
  it("a one-line dict literal", () => expectLinear("dict", 20_000), CEILING_MS);
  it(
    "columns on a long non-ASCII line are found from marks, not from the line's start",
    () => {
      const line = (n: number) => `x = ['\u00e9', ${Array.from({ length: n }, (_, i) => i).join(", ")}]\n`;
      const small = measure(line(20_000)).scanned;
      const large = measure(line(80_000)).scanned;
      expect(large / small).toBeLessThan(4.5);
    },
    CEILING_MS,
  );
});

describe("the run's limits apply while compiling", () => {
  it(
    "the heap limit: MemoryError",
    () => {
      const r = run(bigSource("list", 200_000), { heapLimit: 8 * 1024 * 1024 });
      expect(r.stderr).toBe("MemoryError\n");
      expect(r.exitCode).toBe(1);
    },
    CEILING_MS,
  );
  it(
    "the heap limit in exec(): MemoryError the program can catch",
    () => {
      const src = `try:\n    exec('x = [' + '1, ' * 300000 + ']')\nexcept MemoryError:\n    print('caught')\n`;
      const r = run(src, { heapLimit: 8 * 1024 * 1024 });
      expect(r.stdout).toBe("caught\n");
    },
    CEILING_MS,
  );
  it(
    "the time limit: the run's RuntimeError",
    () => {
      const r = run(bigSource("assign", 400_000), { timeLimitMs: 200 });
      expect(r.stderr).toBe("RuntimeError: refpy time limit exceeded (200 ms)\n");
      expect(r.exitCode).toBe(1);
    },
    CEILING_MS,
  );
  it(
    "nesting deeper than the host stack never shows a JavaScript error",
    () => {
      const cases = [
        "x = " + "-(".repeat(100_000) + "1" + ")".repeat(100_000),
        "x = " + "-".repeat(100_000) + "1",
        "x = " + "not ".repeat(100_000) + "a",
        "x = a" + ".b".repeat(100_000),
        "x = " + Array(100_001).fill("1").join("+"),
        "x = f" + "()".repeat(100_000),
        "x = " + "lambda: ".repeat(100_000) + "1",
        "x = " + "[".repeat(100_000) + "]".repeat(100_000),
      ];
      for (const src of cases) {
        const r = run(src);
        expect(r.exitCode).toBe(1);
        expect(r.stderr).toMatch(
          /^(MemoryError|RecursionError: maximum recursion depth exceeded during compilation|[\s\S]*SyntaxError: too many nested parentheses)\n$/,
        );
      }
    },
    CEILING_MS,
  );
});
