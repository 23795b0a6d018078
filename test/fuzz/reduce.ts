/**
 * Shrinks a program that shows a difference to a small one that still
 * shows it: delta debugging (ddmin) over its lines, then single-line
 * deletion until nothing more can go. A candidate is kept when CPython
 * runs it deterministically without a syntax error (unless the original
 * was one) and refpy still gives the same signature in the same mode
 * (for an output difference, the same first differing lines).
 */
import { compare, cpythonTwice, type Difference } from "./oracle.js";

export interface Reduction {
  source: string;
  /** Candidates tried. */
  tries: number;
}

function isSyntaxError(stderr: string): boolean {
  return /^(SyntaxError|IndentationError|TabError):/m.test(stderr) && !stderr.includes("Traceback");
}

/** The smallest program found that still shows `target`. `budgetMs` bounds the time spent. */
export function reduce(source: string, name: string, target: Difference, budgetMs = 120_000): Reduction {
  const deadline = Date.now() + budgetMs;
  let tries = 0;
  const originalSyntax = (() => {
    const c = cpythonTwice(source, name);
    return typeof c !== "string" && isSyntaxError(c.stderr);
  })();
  const interesting = (lines: string[]): boolean => {
    tries++;
    const text = `${lines.join("\n")}\n`;
    const want = cpythonTwice(text, name);
    if (typeof want === "string") return false;
    if (!originalSyntax && isSyntaxError(want.stderr)) return false;
    return compare(text, name, target.mode, want).some((d) => d.signature === target.signature && sameDetail(d));
  };
  // Output differences keep their exact first differing lines (a count
  // that only differs because lines went is another difference); host
  // failures and audit findings keep their signature.
  const sameDetail = (d: Difference) =>
    !(d.kind === "stdout" || d.kind === "stderr" || d.kind === "exit") || d.detail === target.detail;
  let lines = source.replace(/\n$/, "").split("\n");
  // ddmin: try dropping each of n chunks; on success keep the rest at the
  // same granularity, otherwise split finer.
  let n = 2;
  while (lines.length >= 2 && Date.now() < deadline) {
    const size = Math.ceil(lines.length / n);
    let reduced = false;
    for (let start = 0; start < lines.length && Date.now() < deadline; start += size) {
      const complement = [...lines.slice(0, start), ...lines.slice(start + size)];
      if (complement.length > 0 && interesting(complement)) {
        lines = complement;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= lines.length) break;
      n = Math.min(lines.length, n * 2);
    }
  }
  // One line at a time, from the end, until a pass removes nothing.
  for (let changed = true; changed && Date.now() < deadline; ) {
    changed = false;
    for (let i = lines.length - 1; i >= 0 && Date.now() < deadline; i--) {
      const candidate = [...lines.slice(0, i), ...lines.slice(i + 1)];
      if (candidate.length > 0 && interesting(candidate)) {
        lines = candidate;
        changed = true;
      }
    }
  }
  return { source: `${lines.join("\n")}\n`, tries };
}
