/**
 * The threshold sweep's plot: a self-contained SVG 1.1 document, written
 * by hand (no plotting library).
 *
 * Layout: a title (the program, and the (t1, t2) pair when there is one),
 * then one column of three panels per (threshold1, threshold2) pair in the
 * grid, sharing the x axis: threshold0 on a log scale, one tick at each
 * threshold0 swept.
 *   1. collections per generation (one series per generation, class
 *      `series gen0` … `gen2`), on a log scale of 1 + n so that a
 *      generation never collected sits on the axis at 0,
 *   2. peak live bytes (class `series peak-bytes`),
 *   3. time: total run time and time in the collector, medians with
 *      min–max whiskers (classes `series total-ms`, `series gc-ms`).
 * Each panel has axes, tick labels, a light grid, a y-axis title and a
 * legend. Settings without numbers (a failed VM) are left out of the
 * lines.
 *
 * Everything that comes from outside (the program's name) goes through
 * `esc`, so the document is well-formed XML whatever the name.
 */
import { grouped, type SettingSummary } from "./sweep-report.js";

const PLOT_W = 360;
const PLOT_H = 150;
const LEFT = 78;
const RIGHT = 24;
const PANEL_TOP = 34;
const PANEL_BOTTOM = 44;
const TITLE_H = 56;
const COL_W = LEFT + PLOT_W + RIGHT;
const PANEL_H = PANEL_TOP + PLOT_H + PANEL_BOTTOM;

const COLORS = {
  gen0: "#1f77b4",
  gen1: "#ff7f0e",
  gen2: "#2ca02c",
  bytes: "#9467bd",
  total: "#1f77b4",
  gc: "#d62728",
};

export function esc(s: string): string {
  return (
    s
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // Characters XML 1.0 does not allow at all.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "?")
  );
}

function num(x: number): string {
  return (Math.round(x * 10) / 10).toString();
}

/** A "nice" step (1, 2 or 5 × 10^k) near `raw`. */
function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

interface LinearAxis {
  lo: number;
  hi: number;
  ticks: number[];
}

/** A linear axis covering [min, max] with about five nice ticks; it starts
 *  at zero unless the data sit far above it. */
function linearAxis(min: number, max: number): LinearAxis {
  if (!(max > 0)) max = 1;
  if (min > max) min = max;
  let lo = min > 0.5 * max ? min : 0;
  if (max - lo <= 0) lo = max * 0.9;
  const step = niceStep((max - lo) / 5);
  lo = Math.floor(lo / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let k = 0; lo + k * step <= hi + step * 1e-9; k++) ticks.push(lo + k * step);
  return { lo, hi: hi > lo ? hi : lo + step, ticks };
}

/** One unit for a whole byte axis: the values are plotted in it, so the
 *  ticks fall on round numbers of it. */
function byteUnit(max: number): [number, string] {
  if (max >= 4 * 1024 * 1024) return [1024 * 1024, "MiB"];
  if (max >= 4 * 1024) return [1024, "KiB"];
  return [1, "bytes"];
}

/** Compact tick labels: 500, 2k, 10k, 1M, 1,500. */
function countLabel(n: number): string {
  if (n >= 1e6 && n % 1e6 === 0) return `${n / 1e6}M`;
  if (n >= 1e3 && n % 1e3 === 0) return `${n / 1e3}k`;
  return grouped(n);
}

function plainLabel(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Math.round(x * 1000) / 1000);
}

/** One series: points with optional whiskers. */
interface Series {
  name: string;
  cls: string;
  color: string;
  points: { x: number; y: number; lo?: number; hi?: number }[];
}

interface Panel {
  title: string;
  yTitle: string;
  log: boolean;
  series: Series[];
  yLabel: (v: number) => string;
}

class Svg {
  parts: string[];
  constructor() {
    this.parts = [];
  }
  add(s: string): void {
    this.parts.push(s);
  }
  text(x: number, y: number, s: string, attrs = ""): void {
    this.add(`<text x="${num(x)}" y="${num(y)}"${attrs === "" ? "" : " " + attrs}>${esc(s)}</text>`);
  }
}

/** Every y a panel draws: points and whisker ends. */
function panelValues(p: Panel): number[] {
  return p.series.flatMap((s) => s.points.flatMap((q) => [q.y, q.lo ?? q.y, q.hi ?? q.y]));
}

/** Draw one panel with its top-left corner at (ox, oy); its y axis covers
 *  `range` (the data's [min, max], shared by a row of panels). */
function drawPanel(
  svg: Svg,
  ox: number,
  oy: number,
  xs: number[],
  p: Panel,
  range: [number, number],
  xTitle: string,
): void {
  const x0 = ox + LEFT;
  const y0 = oy + PANEL_TOP;
  // x: log10 of threshold0, padded by a third of a decade either side.
  const lx = xs.map((x) => Math.log10(x));
  const xlo = Math.min(...lx) - 0.33;
  const xhi = Math.max(...lx) + 0.33;
  const px = (x: number) => x0 + ((Math.log10(x) - xlo) / (xhi - xlo)) * PLOT_W;

  let py: (v: number) => number;
  let yticks: number[];
  if (p.log) {
    // log10(1 + v): 0 at the axis, then 1, 10, 100, … as on a log scale.
    const top = Math.max(1, Math.ceil(Math.log10(Math.max(1, range[1]) + 1) - 1e-9));
    const span = Math.log10(1 + 10 ** top);
    py = (v) => y0 + PLOT_H - (Math.log10(1 + Math.max(0, v)) / span) * PLOT_H;
    yticks = [0];
    for (let k = 0; k <= top; k++) yticks.push(10 ** k);
  } else {
    const ax = linearAxis(range[0], range[1]);
    py = (v) => y0 + PLOT_H - ((v - ax.lo) / (ax.hi - ax.lo)) * PLOT_H;
    yticks = ax.ticks;
  }

  svg.add(`<g class="panel">`);
  svg.text(x0, oy + 16, p.title, `class="panel-title"`);
  // Grid and y ticks.
  for (const t of yticks) {
    const y = py(t);
    svg.add(`<line class="grid" x1="${num(x0)}" y1="${num(y)}" x2="${num(x0 + PLOT_W)}" y2="${num(y)}"/>`);
    svg.text(x0 - 6, y + 4, p.yLabel(t), `class="tick" text-anchor="end"`);
  }
  for (const x of xs) {
    const X = px(x);
    svg.add(`<line class="grid" x1="${num(X)}" y1="${num(y0)}" x2="${num(X)}" y2="${num(y0 + PLOT_H)}"/>`);
    svg.add(`<line class="axis" x1="${num(X)}" y1="${num(y0 + PLOT_H)}" x2="${num(X)}" y2="${num(y0 + PLOT_H + 5)}"/>`);
    svg.text(X, y0 + PLOT_H + 18, countLabel(x), `class="tick" text-anchor="middle"`);
  }
  svg.add(`<rect class="frame" x="${num(x0)}" y="${num(y0)}" width="${PLOT_W}" height="${PLOT_H}"/>`);
  svg.text(x0 + PLOT_W / 2, y0 + PLOT_H + 36, xTitle, `class="axis-title" text-anchor="middle"`);
  const ym = y0 + PLOT_H / 2;
  svg.text(
    ox + 14,
    ym,
    p.yTitle,
    `class="axis-title" text-anchor="middle" transform="rotate(-90 ${num(ox + 14)} ${num(ym)})"`,
  );

  // Series: whiskers, then the line, then the markers.
  for (const s of p.series) {
    svg.add(`<g class="series ${s.cls}" stroke="${s.color}" fill="${s.color}">`);
    svg.add(`<title>${esc(s.name)}</title>`);
    for (const q of s.points) {
      if (q.lo !== undefined && q.hi !== undefined && q.hi > q.lo) {
        const X = px(q.x);
        svg.add(`<line class="whisker" x1="${num(X)}" y1="${num(py(q.lo))}" x2="${num(X)}" y2="${num(py(q.hi))}"/>`);
        svg.add(
          `<line class="whisker" x1="${num(X - 4)}" y1="${num(py(q.lo))}" x2="${num(X + 4)}" y2="${num(py(q.lo))}"/>`,
        );
        svg.add(
          `<line class="whisker" x1="${num(X - 4)}" y1="${num(py(q.hi))}" x2="${num(X + 4)}" y2="${num(py(q.hi))}"/>`,
        );
      }
    }
    const pts = s.points.map((q) => `${num(px(q.x))},${num(py(q.y))}`).join(" ");
    svg.add(`<polyline fill="none" stroke-width="2" points="${pts}"/>`);
    for (const q of s.points) svg.add(`<circle cx="${num(px(q.x))}" cy="${num(py(q.y))}" r="3.5"/>`);
    svg.add(`</g>`);
  }

  // Legend, right-aligned in the panel's title line.
  let lx2 = x0 + PLOT_W;
  for (let i = p.series.length - 1; i >= 0; i--) {
    const s = p.series[i];
    const w = 26 + s.name.length * 6.5;
    lx2 -= w;
    svg.add(
      `<g class="legend-item"><line x1="${num(lx2)}" y1="${num(oy + 12)}" x2="${num(lx2 + 16)}" y2="${num(oy + 12)}" stroke="${s.color}" stroke-width="2"/>`,
    );
    svg.text(lx2 + 20, oy + 16, s.name, `class="legend"`);
    svg.add(`</g>`);
  }
  svg.add(`</g>`);
}

/** The plot of a sweep of `program` (a display name). */
export function sweepSvg(program: string, rows: SettingSummary[]): string {
  // Columns: one per (t1, t2) pair, in the order the rows give them.
  const pairs: { t1: number; t2: number; rows: SettingSummary[] }[] = [];
  for (const r of rows) {
    let pair = pairs.find((p) => p.t1 === r.setting.t1 && p.t2 === r.setting.t2);
    if (pair === undefined) pairs.push((pair = { t1: r.setting.t1, t2: r.setting.t2, rows: [] }));
    pair.rows.push(r);
  }
  const single = pairs.length === 1;
  // Several columns: a line of column titles under the subtitle.
  const top = single ? TITLE_H : TITLE_H + 20;
  const width = Math.max(1, pairs.length) * COL_W + 20;
  const height = top + 3 * PANEL_H + 10;
  const svg = new Svg();
  svg.add(`<?xml version="1.0" encoding="UTF-8"?>`);
  svg.add(
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
  );
  svg.add(`<style>
.title{font-size:16px;font-weight:bold}
.subtitle{font-size:12px;fill:#555}
.panel-title{font-size:13px;font-weight:bold}
.column-title{font-size:13px;fill:#333}
.tick{font-size:11px;fill:#333}
.axis-title{font-size:12px;fill:#333}
.legend{font-size:11px;fill:#333}
.grid{stroke:#e4e4e4;stroke-width:1}
.axis{stroke:#333;stroke-width:1}
.frame{fill:none;stroke:#333;stroke-width:1}
.whisker{stroke-width:1.5}
</style>`);
  svg.add(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  const runs = rows.length === 0 ? 0 : rows[0].runs;
  svg.text(20, 24, `GC threshold sweep: ${program}`, `class="title"`);
  svg.text(
    20,
    42,
    (single ? `threshold1=${pairs[0].t1}, threshold2=${pairs[0].t2}; ` : "") +
      `times: median of ${runs} run${runs === 1 ? "" : "s"}, whiskers min–max` +
      (single ? "" : "; the panels of a row share their y axis"),
    `class="subtitle"`,
  );
  const xTitle = "threshold0 (log scale)";
  const xs = [...new Set(rows.map((r) => r.setting.t0))];
  if (xs.length === 0) {
    svg.add(`</svg>`);
    return svg.parts.join("\n") + "\n";
  }
  const withCounts = rows.filter((r) => r.counts !== null);
  const [unit, unitName] = byteUnit(Math.max(1, ...withCounts.map((r) => r.counts!.peakBytes)));
  // Three panels per column, built first so that each row of panels can
  // share one y range.
  const columns: Panel[][] = pairs.map((pair) => {
    const ok = pair.rows.filter((r) => r.counts !== null);
    const timed = pair.rows.filter((r) => r.totalMs !== null && r.gcMs !== null);
    return [
      {
        title: "Collections per generation",
        yTitle: "collections (log scale)",
        log: true,
        yLabel: countLabel,
        series: [0, 1, 2].map((g) => ({
          name: `gen${g}`,
          cls: `gen${g}`,
          color: [COLORS.gen0, COLORS.gen1, COLORS.gen2][g],
          points: ok.map((r) => ({ x: r.setting.t0, y: r.counts!.collections[g] })),
        })),
      },
      {
        title: "Peak live memory",
        yTitle: `peak live ${unitName}`,
        log: false,
        yLabel: plainLabel,
        series: [
          {
            name: "peak bytes",
            cls: "peak-bytes",
            color: COLORS.bytes,
            points: ok.map((r) => ({ x: r.setting.t0, y: r.counts!.peakBytes / unit })),
          },
        ],
      },
      {
        title: "Time",
        yTitle: "milliseconds",
        log: false,
        yLabel: plainLabel,
        series: [
          {
            name: "total",
            cls: "total-ms",
            color: COLORS.total,
            points: timed.map((r) => ({
              x: r.setting.t0,
              y: r.totalMs!.median,
              lo: r.totalMs!.min,
              hi: r.totalMs!.max,
            })),
          },
          {
            name: "in collector",
            cls: "gc-ms",
            color: COLORS.gc,
            points: timed.map((r) => ({ x: r.setting.t0, y: r.gcMs!.median, lo: r.gcMs!.min, hi: r.gcMs!.max })),
          },
        ],
      },
    ];
  });
  for (let k = 0; k < 3; k++) {
    const values = columns.flatMap((c) => panelValues(c[k]));
    const range: [number, number] = values.length === 0 ? [0, 1] : [Math.min(...values), Math.max(...values)];
    columns.forEach((c, i) => {
      const ox = 10 + i * COL_W;
      if (k === 0 && !single) {
        svg.text(
          ox + LEFT + PLOT_W / 2,
          TITLE_H + 10,
          `threshold1=${pairs[i].t1}, threshold2=${pairs[i].t2}`,
          `class="column-title" text-anchor="middle"`,
        );
      }
      drawPanel(svg, ox, top + k * PANEL_H, xs, c[k], range, xTitle);
    });
  }
  svg.add(`</svg>`);
  return svg.parts.join("\n") + "\n";
}
