/**
 * The eval loop's frame-register sync (the rule at the head of
 * `_PyEval_EvalFrameDefault` in src/vm/ceval.ts): the frame is written back only
 * by STORE_FRAME, whole, except for the few halves the rule names, and the
 * registers are reloaded only by LOAD_FRAME blocks, all alike. Read from
 * the source text, since both are written out inline.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const src = readFileSync(join(import.meta.dirname, "../src/vm/ceval.ts"), "utf8");
const start = src.indexOf("export function _PyEval_EvalFrameDefault(");
const end = src.indexOf("\n}\n", start);
/** The loop's code lines, trimmed, comment lines left out (the rule's own
 *  text quotes the forms). */
const lines = src
  .slice(start, end)
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => !l.startsWith("//") || l === "// LOAD_FRAME");

/** STORE_FRAME is two statements, on two lines, the tag on the second. */
const STORE_LASTI = "frame.lasti = (ip >> 1) - 1;";
const STORE_STACKTOP = "frame.stacktop = sp; // STORE_FRAME";
const STORE_FRAME = `${STORE_LASTI} ${STORE_STACKTOP}`;
/** The loop's lines with each STORE_FRAME joined into one. */
const loop: string[] = [];
for (let i = 0; i < lines.length; i++) {
  if (lines[i] === STORE_LASTI && lines[i + 1] === STORE_STACKTOP) {
    loop.push(STORE_FRAME);
    i++;
  } else {
    loop.push(lines[i]);
  }
}
const LOAD_FRAME = [
  "co = frame.f_code;",
  "code = co.co_code;",
  "consts = co.co_consts;",
  "names = co.co_names;",
  "stack = frame.localsplus;",
  "sp = frame.stacktop;",
  "ip = (frame.lasti + 1) << 1;",
];

describe("the eval loop syncs its frame registers in two ways only", () => {
  it("lasti and stacktop are written by STORE_FRAME, or by the halves the rule names", () => {
    const writes = loop.filter((l) => /frame\.(lasti|stacktop) = /.test(l));
    expect(start).toBeGreaterThan(0);
    expect(writes.filter((l) => l === STORE_FRAME).length).toBeGreaterThan(30);
    const half = /^frame\.stacktop = sp; \/\/ STORE_FRAME's other half: /;
    expect(writes.filter((l) => l !== STORE_FRAME)).toEqual([
      expect.stringMatching(half), // the unwinder: the catch stored lasti (or RERAISE kept it)
      expect.stringMatching(half), // the line hook: traceLine stores lasti before it calls the hook
      "frame.lasti = (lasti as PyLongObject).v;", // RERAISE: the line of the original raise
      "if ((pendingFlags & UNWIND_KEEP_LASTI) === 0) frame.lasti = pendingWhere;", // the catch
    ]);
  });

  it("the registers are reloaded only in LOAD_FRAME blocks, each the same", () => {
    const tags: number[] = [];
    loop.forEach((l, i) => {
      if (l === "// LOAD_FRAME") tags.push(i);
    });
    // CALL, RETURN_VALUE, RETURN_GENERATOR, the unwinder, and a jump a
    // trace function made by setting f_lineno.
    expect(tags.length).toBe(5);
    for (const i of tags) expect(loop.slice(i + 1, i + 1 + LOAD_FRAME.length)).toEqual(LOAD_FRAME);
    const inBlocks = new Set(tags.flatMap((i) => LOAD_FRAME.map((_, k) => i + 1 + k)));
    loop.forEach((l, i) => {
      if (/^(co|code|consts|names|stack|ip) = |^sp = frame\./.test(l))
        expect([i, l, inBlocks.has(i)]).toEqual([i, l, true]);
    });
  });

  it("every frame switch is followed by LOAD_FRAME before the next instruction", () => {
    // `frame = …` (not the declaration) occurs once per LOAD_FRAME block,
    // before it; the block after a trace function's jump (the one preceded
    // by _PyEval_TraceInstr) reloads the same frame.
    const switches: number[] = [];
    loop.forEach((l, i) => {
      if (/^frame = /.test(l)) switches.push(i);
    });
    const tags: number[] = [];
    loop.forEach((l, i) => {
      if (l === "// LOAD_FRAME" && !loop.slice(Math.max(0, i - 3), i).some((p) => p.includes("_PyEval_TraceInstr")))
        tags.push(i);
    });
    expect(switches.length).toBe(tags.length);
    switches.forEach((s, k) => {
      expect(s).toBeLessThan(tags[k]!);
      if (k + 1 < switches.length) expect(tags[k]!).toBeLessThan(switches[k + 1]!);
    });
  });
});
