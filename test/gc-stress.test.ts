/**
 * The golden programs in stress mode: `run(source, { gcStress: true })`
 * runs a full cycle collection at every GC-capable allocation, so a
 * missing INCREF, a traverse that visits a pointer it does not own, or an
 * object left half built while allocating shows up as wrong output or a
 * crash instead of going unnoticed. Output must still be CPython 3.11's
 * (programs/NAME.out / .err / .exit, as test/programs.test.ts reads them).
 *
 * Programs whose output shows when collections happen (counts, collect()
 * results, callbacks, tracking, the list order earlier collections leave
 * behind) differ from CPython under stress by design: they are compared
 * with their own expected files in test/gc-stress/ (refpy's output, made
 * by test/gc-stress/make_golden.mjs). Programs too slow when every
 * allocation scans the whole heap (deep structures) are left out. Both
 * lists, with a reason per program, are test/gc-stress/programs.json.
 *
 * Every run also keeps the leak check on and audits every refcount after
 * the program's last line and after teardown (`audit: "exit"`): stress
 * collections must not leave a wrong count or a leaked object behind.
 */
import { describe, expect, test } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../src/api.js";
import { expected, expectedExit, pending, programsDir as dir, stdinFor } from "./helpers/programs.js";
import { normalise as norm } from "./helpers/normalise.mjs";

const lists = JSON.parse(readFileSync(join(import.meta.dirname, "gc-stress", "programs.json"), "utf8")) as {
  ownExpected: Record<string, string>;
  tooSlow: Record<string, string>;
};
const ownDir = join(import.meta.dirname, "gc-stress");

/** The expected stress output of a program with its own files. */
function ownExpected(name: string, ext: "out" | "err"): string {
  const f = join(ownDir, `${name}.${ext}`);
  return existsSync(f) ? readFileSync(f, "utf8") : "";
}

const programs = readdirSync(dir)
  .filter((f) => f.endsWith(".py") && f !== "make_expected.py" && !(f in lists.tooSlow)).sort();

describe("programs/ under gc stress give CPython 3.11's output", () => {
  test("every listed program exists, and every own expected file belongs to one", () => {
    for (const f of [...Object.keys(lists.ownExpected), ...Object.keys(lists.tooSlow)]) {
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
    for (const f of readdirSync(ownDir).filter((f) => f.endsWith(".out") || f.endsWith(".err"))) {
      expect(lists.ownExpected[f.replace(/\.(out|err)$/, ".py")], f).toBeDefined();
    }
  });

  // A program on the pending list (test/programs-pending.txt) is asserted
  // to still differ here too.
  for (const file of programs) (pending.has(file) ? test.fails : test)(file, () => {
    const name = file.slice(0, -3);
    const result = run(readFileSync(join(dir, file), "utf8"), {
      filename: file,
      argv: [file],
      stdin: stdinFor(name),
      gcStress: true,
      timeLimitMs: 60_000,
      leakCheck: true,
      audit: "exit",
    });
    const own = file in lists.ownExpected;
    expect(norm(result.stdout)).toBe(norm(own ? ownExpected(name, "out") : expected(name, "out")));
    expect(norm(result.stderr)).toBe(norm(own ? ownExpected(name, "err") : expected(name, "err")));
    expect(result.exitCode).toBe(expectedExit(name));
    expect(result.audit!.mismatches).toEqual([]);
    expect(result.audit!.leaks).toEqual([]);
  }, 120_000);
});
