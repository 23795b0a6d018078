/**
 * Formatting for the benchmark report: times, relative margins, ratios and a
 * Markdown table that reads well both in a terminal and in RESULTS.md.
 *
 * Pure functions over plain data; no I/O. A missing measurement is `null`
 * and is shown as an em dash, never as zero.
 */

/** Seconds as a short human string: "812 ms", "1.43 s", "38.1 ms". */
export function formatSeconds(seconds: number): string {
  if (seconds >= 10) return `${seconds.toFixed(1)} s`;
  if (seconds >= 1) return `${seconds.toFixed(2)} s`;
  const ms = seconds * 1000;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

/** "812 ms ± 1.9%" from a mean in seconds and benchmark.js's rme (a percentage). */
export function formatMean(mean: number | null, rme: number | null): string {
  if (mean === null) return "—";
  const margin = rme === null ? "" : ` ± ${rme.toFixed(1)}%`;
  return formatSeconds(mean) + margin;
}

/** A ratio with two significant decimals and a times sign: "3.42×". */
export function formatRatio(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return "—";
  if (ratio >= 100) return `${ratio.toFixed(0)}×`;
  if (ratio >= 10) return `${ratio.toFixed(1)}×`;
  return `${ratio.toFixed(2)}×`;
}

/** Escapes the one character that would break a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

/**
 * A Markdown table with columns padded to equal width, so the raw text lines
 * up in a terminal as well as rendering on a Markdown viewer.
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header.map(cell), ...rows.map((r) => r.map(cell))];
  const widths = header.map((_, c) => Math.max(3, ...all.map((r) => [...(r[c] ?? "")].length)));
  const pad = (text: string, c: number): string => text + " ".repeat(widths[c] - [...text].length);
  const line = (r: readonly string[]): string => "| " + r.map((t, c) => pad(t, c)).join(" | ") + " |";
  const rule = "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|";
  return [line(all[0]), rule, ...all.slice(1).map(line)].join("\n");
}
