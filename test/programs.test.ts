/**
 * The golden programs: every `programs/NAME.py` runs in-process through
 * `run()` and must print what CPython 3.11 printed for it.
 *
 * Expected files are made only by `programs/make_expected.py`, which runs
 * python3: `NAME.out` (stdout), `NAME.err` (stderr, when any), `NAME.exit`
 * (exit status, when not 0), `NAME.in` (stdin to feed). A deliberate
 * difference from CPython has its own `NAME.refpy.out` / `NAME.refpy.err`,
 * explained in programs/DIFFERENCES.md, and that file is used instead.
 * Addresses (`0x…`) are normalised to `0xADDR` on both sides.
 *
 * `test/programs-pending.txt` lists programs refpy does not run correctly
 * yet, each with the reason and the open issue that covers it. Those are
 * asserted to still differ (`test.fails`), so the list cannot go stale: a
 * program that starts passing fails its pending test until it is taken
 * off the list.
 */
import { describe, expect, test } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../src/api.js";
import { startRepl } from "../src/cli/repl.js";
import { expected, expectedExit, pending, programsDir as dir, replDir, stdinFor, StringLines,
  transcripts } from "./helpers/programs.js";
import { normalise } from "./helpers/normalise.mjs";

/** A program still running after this long has gone wrong: stop it so the
 *  suite reports the failure instead of hanging. (The slowest program,
 *  del_trashcan_million.py, frees five million-object structures and takes
 *  about 35 s on a loaded 2-core machine.) */
const TIME_LIMIT_MS = 120_000;
const TEST_TIMEOUT_MS = TIME_LIMIT_MS + 30_000;

const programs = readdirSync(dir).filter((f) => f.endsWith(".py") && f !== "make_expected.py").sort();

/** `test`, or `test.fails` for a program on the pending list. */
function testFor(file: string): typeof test {
  return pending.has(file) ? test.fails : test;
}

describe("programs/ give CPython 3.11's output", () => {
  for (const file of programs) testFor(file)(file, () => runProgram(file), TEST_TIMEOUT_MS);
});

function runProgram(file: string): void {
  const name = file.slice(0, -3);
  const source = readFileSync(join(dir, file), "utf8");
  const result = run(source, {
    filename: file,
    argv: [file],
    stdin: stdinFor(name),
    timeLimitMs: TIME_LIMIT_MS,
  });
  expect(normalise(result.stdout)).toBe(normalise(expected(name, "out")));
  expect(normalise(result.stderr)).toBe(normalise(expected(name, "err")));
  expect(result.exitCode).toBe(expectedExit(name));
}


describe("programs/repl/ transcripts give CPython 3.11's output", () => {
  for (const file of transcripts) testFor(file)(file, () => runTranscript(file), TEST_TIMEOUT_MS);
});

function runTranscript(file: string): void {
  const name = file.slice(0, -4);
  let stdout = "";
  let stderr = "";
  const status = startRepl({ stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; },
    timeLimitMs: TIME_LIMIT_MS }, null, new StringLines(readFileSync(join(replDir, file), "utf8")), false);
  // The goldens leave out CPython's two banner lines.
  const withoutBanner = stderr.split(/(?<=\n)/).slice(2).join("");
  expect(normalise(stdout)).toBe(normalise(readFileSync(join(replDir, `${name}.out`), "utf8")));
  const errFile = join(replDir, `${name}.err`);
  expect(normalise(withoutBanner)).toBe(normalise(existsSync(errFile) ? readFileSync(errFile, "utf8") : ""));
  expect(status).toBe(0);
}
