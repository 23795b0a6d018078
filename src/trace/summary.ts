/**
 * `-X stats`: the run's numbers (RunStats) as a summary for stderr.
 *
 *     --- refpy heap statistics ---
 *     objects allocated and freed, by type:
 *       type                           allocated       freed   still alive
 *       Node                                   7           7             0
 *       ...
 *     peak live objects:      1,234 (allocator model, whole heap)
 *     ...
 *
 * The collector's numbers and the time stop at the program's last line;
 * the teardown after it has a line of its own.
 * Counts and bytes are deterministic; the two times are not.
 */
import type { RunStats } from "./stats.js";
import { formatMs } from "./format.js";

/** How many types the table lists before summing up the rest. */
const MAX_TYPE_ROWS = 30;
const TYPE_WIDTH = 28;

export function formatStats(s: RunStats): string {
  const lines: string[] = ["--- refpy heap statistics ---"];
  if (s.byType !== null) {
    lines.push("objects allocated and freed by the program, by type:");
    lines.push(
      "  " + "type".padEnd(TYPE_WIDTH) + "allocated".padStart(12) + "freed".padStart(12) + "still alive".padStart(14),
    );
    let allocated = 0;
    let freed = 0;
    let restA = 0;
    let restF = 0;
    let rest = 0;
    s.byType.forEach((t, i) => {
      allocated += t.allocations;
      freed += t.deallocations;
      if (i < MAX_TYPE_ROWS) {
        lines.push(
          "  " +
            t.type.padEnd(TYPE_WIDTH) +
            num(t.allocations).padStart(12) +
            num(t.deallocations).padStart(12) +
            num(t.allocations - t.deallocations).padStart(14),
        );
      } else {
        rest++;
        restA += t.allocations;
        restF += t.deallocations;
      }
    });
    if (rest > 0) {
      lines.push(
        "  " +
          `(${rest} more types)`.padEnd(TYPE_WIDTH) +
          num(restA).padStart(12) +
          num(restF).padStart(12) +
          num(restA - restF).padStart(14),
      );
    }
    lines.push(
      "  " +
        "total".padEnd(TYPE_WIDTH) +
        num(allocated).padStart(12) +
        num(freed).padStart(12) +
        num(allocated - freed).padStart(14),
    );
    if (allocated > freed) lines.push("  (still alive: what the runtime still held after the teardown)");
  }
  lines.push(`peak live objects:      ${num(s.peakLiveObjects)} (allocator model, whole heap)`);
  lines.push(`peak live bytes:        ${num(s.peakLiveBytes)}`);
  lines.push(`collections:            ${s.collections.map((n, g) => `generation ${g}: ${num(n)}`).join(", ")}`);
  lines.push(`objects collected:      ${num(s.collected)}, uncollectable: ${num(s.uncollectable)}`);
  lines.push(`finalizers run:         ${num(s.finalizersRun)}`);
  const share = s.totalTimeMs > 0 ? (100 * s.gcTimeMs) / s.totalTimeMs : 0;
  lines.push(
    `time in the collector:  ${formatMs(s.gcTimeMs)} (${share.toFixed(1)}% of the run's ${formatMs(s.totalTimeMs)})`,
  );
  const e = s.exit;
  lines.push(
    `at exit (not above):    ${num(e.collections)} ${e.collections === 1 ? "collection" : "collections"},` +
      ` ${num(e.collected)} collected, ${num(e.finalizersRun)} ${e.finalizersRun === 1 ? "finalizer" : "finalizers"} run,` +
      ` ${formatMs(e.timeMs)}`,
  );
  return lines.join("\n") + "\n";
}

/** 1234567 → "1,234,567". */
function num(n: number): string {
  return n.toLocaleString("en-US");
}
