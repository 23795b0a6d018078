/**
 * The collector's and weak references' probe programs (test/gc/*.py,
 * test/weakref/*.py): collection results on small heaps, generations,
 * tracking and untracking, referents, finalizers during collection,
 * callbacks and DEBUG flags, automatic collections, the exit sequence;
 * weakref.ref / proxy / containers / finalize details. Each runs
 * in-process through `run()` and must give exactly what CPython 3.11 gave
 * (`NAME.golden.json`, made by test/gc/make_goldens.py; addresses
 * normalised).
 *
 * The probes whose output does not depend on when collections happen run
 * a second time in stress mode (a full collection at every allocation)
 * and must give the same output.
 */
import { describe, expect, test } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../src/api.js";
import { normalise as norm } from "./helpers/normalise.mjs";

interface Golden { stdout: string; stderr: string; exit: number }

function probes(folder: string): [string, string][] {
  const dir = join(import.meta.dirname, folder);
  return readdirSync(dir).filter((f) => f.endsWith(".py") && f !== "make_goldens.py").sort()
    .map((f) => [folder, f]);
}

const all = [...probes("gc"), ...probes("weakref")];

/** Probes that print collection results, counts or tracking state, or
 *  callbacks' calls: under stress, garbage goes at the next allocation. */
const TIMING_DEPENDENT = new Set([
  "gc/automatic.py", "gc/callbacks_debug.py", "gc/collect_results.py", "gc/exit_order.py",
  "gc/finalizers.py", "gc/generations.py", "gc/tracking.py", "weakref/containers.py",
]);

function check(folder: string, file: string, gcStress: boolean): void {
  const dir = join(import.meta.dirname, folder);
  const golden = JSON.parse(readFileSync(join(dir, file.replace(/\.py$/, ".golden.json")), "utf8")) as Golden;
  const r = run(readFileSync(join(dir, file), "utf8"), { filename: file, argv: [file], gcStress });
  expect(norm(r.stdout)).toBe(golden.stdout);
  expect(norm(r.stderr)).toBe(golden.stderr);
  expect(r.exitCode).toBe(golden.exit);
}

describe("collector and weakref probes give CPython 3.11's output", () => {
  test.each(all)("%s/%s", (folder, file) => check(folder, file, false), 60_000);
});

describe("the same probes under gc stress", () => {
  const stable = all.filter(([folder, file]) => !TIMING_DEPENDENT.has(`${folder}/${file}`));
  test.each(stable)("%s/%s", (folder, file) => check(folder, file, true), 120_000);
});
