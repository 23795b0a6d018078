/**
 * The golden programs in stress mode: `run(source, { gcStress: true })`
 * runs a full cycle collection at every GC-capable allocation, so a
 * missing INCREF, a traverse that visits a pointer it does not own, or an
 * object left half built while allocating shows up as wrong output or a
 * crash instead of going unnoticed. Output must still be CPython 3.11's
 * (programs/NAME.out / .err / .exit, as test/programs.test.ts reads them).
 *
 * Excluded, each for the reason given: programs whose output shows when
 * collections happen (counts, collect() results, callbacks, tracking, or
 * the list order earlier collections leave behind), and programs too slow
 * when every allocation scans the whole heap (deep structures).
 */
import { describe, expect, test } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../src/api.js";
import { expected, expectedExit, normalise as norm, pending, programsDir as dir, stdinFor } from "./helpers/programs.js";

const EXCLUDED: Record<string, string> = {
  "gc_auto_generations.py": "counts automatic collections; 100,000 allocations each scanning the heap is too slow",
  "gc_long_lived.py": "counts automatic collections; 250,000 allocations each scanning the heap is too slow",
  "gc_callbacks.py": "gc.callbacks run at every allocation under stress",
  "gc_callbacks_info.py": "gc.callbacks run at every allocation under stress",
  "gc_collect_returns.py": "garbage is collected at the next allocation, so gc.collect() finds less",
  "gc_counts.py": "prints generation counts, which every stress collection resets",
  "gc_cycles.py": "garbage is collected before the explicit gc.collect() calls that report it",
  "gc_finalizer_order.py": "garbage dies at the next allocation, not at the collect() the program waits for",
  "gc_freeze.py": "the cycle is collected before gc.freeze() can keep it",
  "gc_generations.py": "prints generation counts, which every stress collection resets",
  "gc_tracking.py": "stress collections untrack tuples and dicts earlier than CPython does",
  "del_exit_gc_disabled.py": "exit order is the collector-list order, which earlier collections rearrange",
  "del_exit_order.py": "the leftover cycle is collected at the next allocation, before the last line prints",
  "deep_recursion.py": "too slow: 1000 live frames scanned at every allocation",
  "del_trashcan_million.py": "too slow: a million-node chain scanned at every allocation",
  "trashcan_chain.py": "too slow: a deep chain scanned at every allocation",
};

const programs = readdirSync(dir)
  .filter((f) => f.endsWith(".py") && f !== "make_expected.py" && !(f in EXCLUDED)).sort();

describe("programs/ under gc stress give CPython 3.11's output", () => {
  test("every exclusion names an existing program", () => {
    for (const f of Object.keys(EXCLUDED)) expect(existsSync(join(dir, f)), f).toBe(true);
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
    });
    expect(norm(result.stdout)).toBe(norm(expected(name, "out")));
    expect(norm(result.stderr)).toBe(norm(expected(name, "err")));
    expect(result.exitCode).toBe(expectedExit(name));
  }, 120_000);
});
