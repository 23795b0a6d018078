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
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../src/api/run.js";
import { startRepl } from "../src/cli/repl.js";
import {
  expected,
  expectedExit,
  programs,
  replDir,
  source,
  stdinFor,
  StringLines,
  testFor,
  transcripts,
  type Program,
} from "./helpers/programs.js";
import { normalise } from "./helpers/normalise.mjs";

/** A program still running after this long has gone wrong: stop it so the
 *  suite reports the failure instead of hanging. (The slowest program,
 *  del_trashcan_million.py, frees five million-object structures and takes
 *  about 35 s on a loaded 2-core machine.) */
const TIME_LIMIT_MS = 120_000;
const TEST_TIMEOUT_MS = TIME_LIMIT_MS + 30_000;

describe("programs/ give CPython 3.11's output", () => {
  for (const p of programs) testFor("programs", p.path)(p.path, () => runProgram(p), TEST_TIMEOUT_MS);
});

function runProgram(p: Program): void {
  const result = run(source(p), {
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
    testFor("programs", `repl/${file}`)(`repl/${file}`, () => runTranscript(file), TEST_TIMEOUT_MS);
  }
});

function runTranscript(file: string): void {
  const name = file.slice(0, -4);
  let stdout = "";
  let stderr = "";
  const status = startRepl(
    {
      stdout: (s) => {
        stdout += s;
      },
      stderr: (s) => {
        stderr += s;
      },
      timeLimitMs: TIME_LIMIT_MS,
    },
    null,
    new StringLines(readFileSync(join(replDir, file), "utf8")),
    false,
  );
  // The goldens leave out CPython's two banner lines.
  const withoutBanner = stderr
    .split(/(?<=\n)/)
    .slice(2)
    .join("");
  expect(normalise(stdout)).toBe(normalise(readFileSync(join(replDir, `${name}.out`), "utf8")));
  const errFile = join(replDir, `${name}.err`);
  expect(normalise(withoutBanner)).toBe(normalise(existsSync(errFile) ? readFileSync(errFile, "utf8") : ""));
  expect(status).toBe(0);
}
