/**
 * The `_sre` engine against CPython 3.11: test/sre-cases/cases.py builds
 * each pattern with `_sre.compile` from the code list CPython's own
 * Lib/re/_compiler.py made for it, and prints a battery of calls on each
 * subject; cases.out is CPython's output of the same program (both made
 * by `npm run goldens -- sre-cases`, test/goldens/sre_cases.py). Each case
 * is compared on its own, so a failure names the pattern. api.py
 * (api_source.py after the compile arguments of its patterns) pins the
 * objects' attributes, reprs, argument errors, refcounts and sizes.
 */
import { LONG_TEST_TIMEOUT_MS } from "./helpers/budget.js";
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../src/api/run.js";

const dir = join(import.meta.dirname, "sre-cases");

/** The output split at the `## case` lines: header line -> its text. */
function sections(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = text.split(/^(?=## case )/m);
  for (const p of parts) {
    if (!p.startsWith("## case ")) continue;
    const nl = p.indexOf("\n");
    out.set(p.slice(0, nl), p);
  }
  return out;
}

describe("_sre runs CPython's compiled code as CPython does", () => {
  const expected = sections(readFileSync(join(dir, "cases.out"), "utf8"));
  const result = run(readFileSync(join(dir, "cases.py"), "utf8"), { filename: "cases.py" });
  const actual = sections(result.stdout);

  test("the program runs to the end", () => {
    expect(result.stderr).toBe("");
    expect(actual.size).toBe(expected.size);
  });

  for (const [header, text] of expected) {
    test(header, () => {
      expect(actual.get(header)).toBe(text);
    });
  }

  test(
    "every reference is counted and nothing leaks",
    () => {
      const audited = run(readFileSync(join(dir, "cases.py"), "utf8"), { filename: "cases.py", audit: "exit" });
      const audit = audited.audit!;
      expect(audit.mismatches).toEqual([]);
      expect(audit.leaks).toEqual([]);
      expect(audited.stdout).toBe(result.stdout);
    },
    LONG_TEST_TIMEOUT_MS,
  );
});

describe("_sre's objects and functions behave as CPython's", () => {
  test(
    "test/sre-cases/api.py prints what CPython prints, under the refcount audit",
    () => {
      const result = run(readFileSync(join(dir, "api.py"), "utf8"), { filename: "api.py", audit: true });
      expect(result.stderr).toBe("");
      expect(result.stdout).toBe(readFileSync(join(dir, "api.out"), "utf8"));
      expect(result.audit!.mismatches).toEqual([]);
      expect(result.audit!.leaks).toEqual([]);
    },
    LONG_TEST_TIMEOUT_MS,
  );

  test(
    "test/sre-cases/api.py under gc stress (a collection at every allocation)",
    () => {
      const result = run(readFileSync(join(dir, "api.py"), "utf8"), {
        filename: "api.py",
        gcStress: true,
        audit: "exit",
      });
      expect(result.stderr).toBe("");
      expect(result.stdout).toBe(readFileSync(join(dir, "api.out"), "utf8"));
      expect(result.audit!.mismatches).toEqual([]);
      expect(result.audit!.leaks).toEqual([]);
    },
    LONG_TEST_TIMEOUT_MS,
  );

  test("a runaway match stops at the run's time limit (the engine calls the eval breaker)", () => {
    const api = readFileSync(join(dir, "api.py"), "utf8");
    const source = readFileSync(join(dir, "api_source.py"), "utf8");
    expect(api.endsWith(source)).toBe(true);
    const header = api.slice(0, api.length - source.length);
    // The match alone would take some 2**60 steps: that the run ends at
    // all, with the limit's error, is what shows the engine was stopped
    // (the wall-clock time it took is no part of it).
    const result = run(header + "compile('(x+x+)+y').match('x' * 60)\n", { timeLimitMs: 300 });
    expect(result.stderr).toContain("RuntimeError: refpy time limit exceeded (300 ms)");
  });
});
