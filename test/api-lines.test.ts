/**
 * `RunOptions.onLine` against CPython 3.11's `sys.settrace` 'line' events.
 *
 * test/api-lines/NAME.lines is made by `npm run goldens`
 * (test/goldens/api_lines.py), which runs each program under python3 with a
 * trace function and writes one `DEPTH FUNCTION LINE` per event in the
 * program's own file, from the first line until the module code returns or
 * raises. Here the same
 * program runs in refpy with `onLine` and the same events must come, in
 * the same order.
 */
import { describe, expect, test } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../src/api/run.js";
import { program, stdinFor } from "./helpers/programs.js";

const goldenDir = join(import.meta.dirname, "api-lines");

/** Programs whose line events still differ from CPython's, and why. Their
 *  tests assert that they differ, so a fix shows up as a failure here
 *  until the entry is removed. */
const knownDifferences = new Map<string, string>([]);
const goldens = readdirSync(goldenDir)
  .filter((f) => f.endsWith(".lines"))
  .sort();

/** The line events refpy reports for a program, in the golden's format. */
function lineEvents(path: string, name: string, stdin: string): string[] {
  const events: string[] = [];
  let recording = true;
  const result = run(readFileSync(path, "utf8"), {
    filename: `${name}.py`,
    stdin,
    inspect: true,
    onLine: (e) => {
      if (recording && e.file === `${name}.py`) events.push(`${e.depth} ${e.function} ${e.line}`);
    },
  });
  // Finalizers run at exit are not in the golden (CPython's trace stops
  // when the module code ends).
  recording = false;
  result.session?.finish();
  return events;
}

describe("onLine gives sys.settrace's line events", () => {
  test("there are goldens", () => {
    expect(goldens.length).toBeGreaterThanOrEqual(10);
  });
  for (const golden of goldens) {
    const name = golden.slice(0, -".lines".length);
    (knownDifferences.has(name) ? test.fails : test)(name, () => {
      const own = join(goldenDir, `${name}.py`);
      const path = existsSync(own) ? own : join(program(`${name}.py`).dir, `${name}.py`);
      const stdin = existsSync(own) ? "" : stdinFor(program(`${name}.py`));
      const expected = readFileSync(join(goldenDir, golden), "utf8").trimEnd().split("\n");
      expect(lineEvents(path, name, stdin).join("\n")).toBe(expected.join("\n"));
    });
  }
});
