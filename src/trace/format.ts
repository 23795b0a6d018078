/**
 * `-X trace=…` lines: one heap event per line, readable on its own.
 *
 *     #7    destructor.py:14    new      Node object at 0x7f3a00000150 (48 bytes)
 *     #9    destructor.py:15    refs     Node object at 0x7f3a00000150: refcount 1 → 2
 *     #12   destructor.py:18    del      Node object at 0x7f3a00000150: __del__ runs (refcount reached 0)
 *     #14   destructor.py:18    freed    Node object at 0x7f3a00000150
 *
 * Columns: the event's number, the running statement (file name without
 * its directory, and line; `(exit)` for the teardown's own work, `-`
 * before the program runs), a word for what happened, then the object and
 * the numbers. The word is the event's kind, except that `alloc` reads
 * `new` and `dealloc` reads `freed`, so a line says what happened.
 */
import type { HeapEvent, Where } from "./events.js";
import { objectText } from "../inspect/describe.js";

const WHERE_WIDTH = 20;
const SEQ_WIDTH = 6;
const WORD_WIDTH = 9;

/** One event as a trace line (with its newline). */
export function formatEvent(e: HeapEvent): string {
  const head = ("#" + e.seq).padEnd(SEQ_WIDTH) + whereText(e.where, e.atExit).padEnd(WHERE_WIDTH) + " ";
  switch (e.kind) {
    case "alloc":
      return `${head}${"new".padEnd(WORD_WIDTH)}${objectText(e.object)} (${e.size} bytes)\n`;
    case "dealloc":
      return `${head}${"freed".padEnd(WORD_WIDTH)}${objectText(e.object)}\n`;
    case "refs":
      return `${head}${"refs".padEnd(WORD_WIDTH)}${objectText(e.object)}: refcount ${e.before} → ${e.after}\n`;
    case "del": {
      const what = e.object.type === "generator" ? "finalizer (close)" : "__del__";
      if (e.phase === "end") return `${head}${"del".padEnd(WORD_WIDTH)}${objectText(e.object)}: ${what} done\n`;
      const why =
        e.cause === "refcount"
          ? "refcount reached 0"
          : e.cause === "collection"
            ? "unreachable, found by the collector"
            : "interpreter exit";
      return `${head}${"del".padEnd(WORD_WIDTH)}${objectText(e.object)}: ${what} runs (${why})\n`;
    }
    case "gc":
      if (e.phase === "start") {
        return (
          `${head}${"gc".padEnd(WORD_WIDTH)}collecting generation ${e.generation}` +
          ` (counts before: ${e.countsBefore.join(", ")})\n`
        );
      }
      return (
        `${head}${"gc".padEnd(WORD_WIDTH)}generation ${e.generation} done: ${e.examined} examined,` +
        ` ${e.unreachable} unreachable, ${e.collected} collected, ${e.uncollectable} uncollectable,` +
        ` ${e.finalizersRun} ${e.finalizersRun === 1 ? "finalizer" : "finalizers"} run, ${formatMs(e.timeMs)}\n`
      );
    case "weakref":
      if (e.action === "cleared") {
        const to = e.referent === null ? "" : ` (its referent ${objectText(e.referent)} is going)`;
        return `${head}${"weakref".padEnd(WORD_WIDTH)}${objectText(e.weakref)} cleared${to}\n`;
      }
      return (
        `${head}${"weakref".padEnd(WORD_WIDTH)}${objectText(e.weakref)}: calling its callback` +
        `${e.callback === null ? "" : " " + objectText(e.callback)}\n`
      );
  }
}

function whereText(w: Where | null, atExit: boolean): string {
  if (w === null) return atExit ? "(exit)" : "-";
  const slash = Math.max(w.file.lastIndexOf("/"), w.file.lastIndexOf("\\"));
  return `${slash >= 0 ? w.file.slice(slash + 1) : w.file}:${w.line}`;
}

/** Milliseconds with three decimals: "0.125 ms". */
export function formatMs(ms: number): string {
  return `${ms.toFixed(3)} ms`;
}
