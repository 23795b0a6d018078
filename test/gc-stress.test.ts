/**
 * The golden programs in stress mode: `run(source, { gcStress: true })`
 * runs a cycle collection at every GC-capable allocation (the young generations,
 * and the whole heap every quarter-heap of allocations), so a
 * missing INCREF, a traverse that visits a pointer it does not own, or an
 * object left half built while allocating shows up as wrong output or a
 * crash instead of going unnoticed. Output must still be CPython 3.11's
 * (programs/TOPIC/NAME.out / .err / .exit, as test/programs.test.ts reads
 * them).
 *
 * Programs whose output shows when collections happen (counts, collect()
 * results, callbacks, tracking, the list order earlier collections leave
 * behind) differ from CPython under stress by design: they are compared
 * with their own expected files, test/gc-stress/NAME.out / .err (refpy's
 * output: snapshots, made by `npm run snapshots`). Programs too slow when
 * every allocation scans the whole heap (deep structures) are left out.
 * Both lists, with a reason per program (by its path under programs/), are
 * test/gc-stress/programs.json.
 *
 * Every run also keeps the leak check on and audits every refcount after
 * the program's last line and after teardown (`audit: "exit"`): stress
 * collections must not leave a wrong count or a leaked object behind.
 */
import { describe, expect, test } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../src/api/run.js";
import {
  expected,
  expectedExit,
  program,
  programs,
  programsDir,
  sourceBytes,
  stdinFor,
  testFor,
  type Program,
} from "./helpers/programs.js";
import { around, STRESS_TIME_LIMIT_MS } from "./helpers/budget.js";
import { normalise as norm } from "./helpers/normalise.mjs";

const lists = JSON.parse(readFileSync(join(import.meta.dirname, "gc-stress", "programs.json"), "utf8")) as {
  ownExpected: Record<string, string>;
  tooSlow: Record<string, string>;
};
const ownDir = join(import.meta.dirname, "gc-stress");

/** The expected stress output of a program with its own files. */
function ownExpected(p: Program, ext: "out" | "err"): string {
  const f = join(ownDir, `${p.name}.${ext}`);
  return existsSync(f) ? readFileSync(f, "utf8") : "";
}

// The benchmark programs (pyperformance/) are all too slow: millions of
// allocations, each scanning the heap.
const stressed = programs.filter((p) => !(p.path in lists.tooSlow) && !p.path.startsWith("pyperformance/"));

describe("programs/ under gc stress give CPython 3.11's output", () => {
  test("every listed program exists, and every own expected file belongs to one", () => {
    for (const f of [...Object.keys(lists.ownExpected), ...Object.keys(lists.tooSlow)]) {
      expect(existsSync(join(programsDir, f)), f).toBe(true);
    }
    for (const f of readdirSync(ownDir).filter((f) => f.endsWith(".out") || f.endsWith(".err"))) {
      expect(lists.ownExpected[program(f.replace(/\.(out|err)$/, ".py")).path], f).toBeDefined();
    }
  });

  // A program on the pending list (test/programs-pending.txt) is asserted
  // to still differ here too.
  for (const p of stressed)
    testFor("gc-stress", p.path)(
      p.path,
      () => {
        const result = run(sourceBytes(p), {
          filename: p.file,
          argv: [p.file],
          stdin: stdinFor(p),
          gcStress: true,
          timeLimitMs: STRESS_TIME_LIMIT_MS,
          leakCheck: true,
          audit: "exit",
        });
        const own = p.path in lists.ownExpected;
        expect(norm(result.stdout)).toBe(norm(own ? ownExpected(p, "out") : expected(p, "out")));
        expect(norm(result.stderr)).toBe(norm(own ? ownExpected(p, "err") : expected(p, "err")));
        expect(result.exitCode).toBe(expectedExit(p));
        expect(result.audit!.mismatches).toEqual([]);
        expect(result.audit!.leaks).toEqual([]);
      },
      around(STRESS_TIME_LIMIT_MS),
    );
});
