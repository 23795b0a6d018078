/**
 * The documentation's examples run as written (*built*: `npm run build`
 * first). Which lines are commands, how each runs, which are not run and
 * why, and how a sample output beside a command is compared: the rule at
 * the top of test/readme/samples.mjs. In short: every line of a ```sh
 * block of README.md, programs/README.md, test/fuzz/README.md and
 * bench/RESULTS.md is a command; `refpy` is `node dist/bundle/main.js`;
 * each must end with status 0 (or the `# exit status N` its comment
 * gives); a ```text block right after a one-command ```sh block is its
 * stdout, times masked, and `npm run readme-samples` writes those blocks.
 * Forms with placeholders, installs, commands that rewrite the tree, the
 * suites and campaigns themselves and the interactive prompt are not run.
 */
import { describe, expect, test } from "vitest";
import { budget } from "./helpers/budget.js";
import { commandsOf, DOCS, maskTimes, removeScratch, runCommand } from "./readme/samples.mjs";

/** A net against a command that never ends, not a speed check
 *  (test/helpers/budget.ts): the slowest, the README's sweep (15 runs of
 *  gc_cycles_churn.py), costs 17.6 s of CPU time (208 s of wall-clock
 *  time at load 18). */
const COMMAND_TIMEOUT_MS = budget(20_000);

for (const doc of DOCS) {
  describe(doc, () => {
    const commands = commandsOf(doc);
    test("has commands", () => {
      expect(commands.length).toBeGreaterThan(0);
    });
    for (const c of commands) {
      if (c.skip !== null) {
        test(`line ${c.line}: ${c.command} — not run: ${c.skip}`, () => {
          expect(c.skip).not.toBeNull();
        });
        continue;
      }
      test(
        `line ${c.line}: ${c.command}`,
        () => {
          const r = runCommand(c.command, COMMAND_TIMEOUT_MS);
          try {
            expect(r.error, "the command did not finish").toBeUndefined();
            expect(r.status, r.stderr).toBe(c.status);
            if (c.expected !== null) {
              expect(maskTimes(r.stdout), "npm run readme-samples remakes the sample").toBe(maskTimes(c.expected));
            }
          } finally {
            removeScratch(r.dir);
          }
        },
        COMMAND_TIMEOUT_MS + 30_000,
      );
    }
  });
}

describe("README.md", () => {
  test("shows sample outputs, and runs its demo", () => {
    const run = commandsOf("README.md").filter((c) => c.skip === null);
    expect(run.filter((c) => c.expected !== null).length).toBeGreaterThan(3);
    expect(run.map((c) => c.command)).toContain("npm start");
  });
});
