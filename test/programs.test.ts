/**
 * The golden programs: every `programs/TOPIC/NAME.py` runs in-process
 * through `run()` and must print what CPython 3.11 printed for it, and every
 * REPL transcript `programs/repl/NAME.txt` typed at the prompt must give
 * what CPython's prompt gave.
 *
 * Expected files are made only by `npm run goldens` (test/goldens/), which
 * runs python3: `NAME.out` (stdout), `NAME.err` (stderr, when any),
 * `NAME.exit` (exit status, when not 0), `NAME.in` (stdin to feed). A
 * deliberate difference from CPython has its own `NAME.refpy.out` /
 * `NAME.refpy.err`, explained in programs/DIFFERENCES.md, and that file is
 * used instead. Addresses (`0x…`) are normalised to `0xADDR` on both sides.
 *
 * `test/programs-pending.txt` lists programs refpy does not run correctly
 * yet, each with the reason and the open issue that covers it. Those are
 * asserted to still differ (`test.fails`), so the list cannot go stale: a
 * program that starts passing fails its pending test until it is taken
 * off the list.
 */
import { describe, expect } from "vitest";
import { run } from "../src/api/run.js";
import {
  expected,
  expectedExit,
  programs,
  sourceBytes,
  stdinFor,
  checkTranscript,
  testFor,
  transcripts,
  type Program,
} from "./helpers/programs.js";
import { around, PROGRAM_TIME_LIMIT_MS } from "./helpers/budget.js";
import { normalise } from "./helpers/normalise.mjs";

/** A program still running after this long has gone wrong: stop it so the
 *  suite reports the failure instead of hanging (test/helpers/budget.ts). */
const TIME_LIMIT_MS = PROGRAM_TIME_LIMIT_MS;
const TEST_TIMEOUT_MS = around(TIME_LIMIT_MS);

describe("programs/ give CPython 3.11's output", () => {
  for (const p of programs) testFor("programs", p.path)(p.path, () => runProgram(p), TEST_TIMEOUT_MS);
});

function runProgram(p: Program): void {
  const result = run(sourceBytes(p), {
    filename: p.file,
    argv: [p.file],
    stdin: stdinFor(p),
    timeLimitMs: TIME_LIMIT_MS,
  });
  expect(normalise(result.stdout)).toBe(normalise(expected(p, "out")));
  expect(normalise(result.stderr)).toBe(normalise(expected(p, "err")));
  expect(result.exitCode).toBe(expectedExit(p));
}

describe("programs/repl/ transcripts give CPython 3.11's output", () => {
  for (const file of transcripts) {
    testFor("programs", `repl/${file}`)(
      `repl/${file}`,
      () => checkTranscript(file, { timeLimitMs: TIME_LIMIT_MS }),
      TEST_TIMEOUT_MS,
    );
  }
});
