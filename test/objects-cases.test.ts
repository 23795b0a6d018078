/**
 * Core-type semantics checked against CPython 3.11: each line of
 * test/objects-cases/cases.txt is an expression; the program below prints
 * its repr (or the exception) and must print what CPython printed, recorded
 * in cases.expected.txt by `npm run goldens` (test/goldens/objects_cases.py,
 * which builds the same program).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../src/api/run.js";

const dir = join(import.meta.dirname, "objects-cases");
const cases = readFileSync(join(dir, "cases.txt"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "" && !l.startsWith("#"));
const expected = readFileSync(join(dir, "cases.expected.txt"), "utf8").split("\n");

function harness(exprs: string[]): string {
  const lines = ["import sys"];
  for (const e of exprs) {
    lines.push("try:");
    lines.push(`    print(ascii(repr((${e}))))`);
    lines.push("except Exception as e:");
    lines.push("    print(ascii('!! ' + type(e).__name__ + ': ' + str(e)))");
  }
  return lines.join("\n") + "\n";
}

describe("core types give CPython 3.11's results", () => {
  // Cases such as `5[0]` draw the compiler's SyntaxWarnings, in CPython as
  // here (compile-time-warnings programs check those); only results count.
  const result = run(harness(cases), { filename: "cases.py", warnoptions: ["ignore::SyntaxWarning"] });
  const got = result.stdout.split("\n");
  it("runs the whole case program", () => {
    expect(result.stderr).toBe("");
  });
  cases.forEach((c, i) => {
    it(c, () => {
      expect(got[i]).toBe(expected[i]);
    });
  });
});
