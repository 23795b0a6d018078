/**
 * A small fixed-seed batch of the differential fuzzer (test/fuzz/,
 * `npm run fuzz` for campaigns): generated programs and mutants of
 * programs/ run under CPython 3.11 and under refpy plain, under the
 * refcount audit and (some) under gc stress. Any difference whose
 * signature is not in test/fuzz/known-differences.txt fails, with the
 * seed to replay it (`npm run fuzz -- --seed S --count 1`, which reduces
 * it and writes fuzz-findings/). Needs `python3` to be CPython 3.11, as
 * `npm run goldens` does.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { checkProgram, knownFor, programFor, readKnown } from "./fuzz/campaign.js";
import { generateProgram } from "./fuzz/generate.js";
import { mutateProgram, mutationCorpus } from "./fuzz/mutate.js";
import type { Mode } from "./fuzz/oracle.js";
import { budget } from "./helpers/budget.js";

/** Seeds 1..BATCH: a quarter are mutants (seed % 4 === 3). */
const BATCH = 8;
/** Every STRESS-th seed also runs under gc stress (the slowest mode). */
const STRESS = 8;
/** A seed costs under 1.5 s of CPU time (refpy's two or three runs, the
 *  first warming the JIT up; CPython's run, 60 ms): a net, not a speed
 *  check (test/helpers/budget.ts). */
const SEED_TIMEOUT_MS = budget(3_000);

const known = readKnown();

describe("the fuzzer's parts", () => {
  test("a seed names one program", () => {
    expect(generateProgram(7)).toBe(generateProgram(7));
    expect(generateProgram(7)).not.toBe(generateProgram(8));
    expect(mutateProgram(11)).toEqual(mutateProgram(11));
    expect(mutationCorpus().length).toBeGreaterThan(100);
  });

  test("every known difference points at a pending program or a DIFFERENCES.md row", () => {
    const root = join(import.meta.dirname, "..");
    const pending = readFileSync(join(root, "test", "programs-pending.txt"), "utf8");
    const differences = readFileSync(join(root, "programs", "DIFFERENCES.md"), "utf8");
    for (const k of known) {
      const m = /^(pending|DIFFERENCES\.md): (.+)$/.exec(k.reference);
      expect(m, `known-differences.txt:${k.line}`).not.toBeNull();
      if (m![1] === "pending") {
        expect(
          pending.split("\n").some((l) => l.split(/\s/)[0] === m![2]),
          `${m![2]} in programs-pending.txt`,
        ).toBe(true);
      } else {
        expect(differences.includes(`| ${m![2]} |`), `row ${m![2]} in DIFFERENCES.md`).toBe(true);
      }
    }
  });
});

describe("a fixed-seed batch gives CPython's output, or a known difference", () => {
  for (let seed = 1; seed <= BATCH; seed++) {
    test(
      `seed ${seed}`,
      () => {
        const program = programFor(seed);
        const modes: Mode[] = seed % STRESS === 0 ? ["plain", "audit", "gc-stress"] : ["plain", "audit"];
        const result = checkProgram(program, modes);
        if (program.origin === "generated") {
          // The generator writes programs CPython runs to the end.
          expect(result.status).toBe("ran");
          expect(result.cpython!.exitCode, result.cpython!.stderr).toBe(0);
        }
        const unknown = result.differences.filter((d) => knownFor(d.signature, known) === undefined);
        expect(unknown.map((d) => `${d.signature}\n${d.detail}`)).toEqual([]);
      },
      SEED_TIMEOUT_MS,
    );
  }
});
