/**
 * The command's instruments: `-X trace=EVENTS`, `-X trace-file=PATH` and
 * `-X stats`, turned into run options and output.
 *
 *  - `-X trace=EVENTS` (comma-separated kinds, or `all`; bare `-X trace`
 *    is `all`): one line per event on stderr (src/trace/format.ts);
 *  - `-X trace-file=PATH`: the same events as JSON lines in PATH, one
 *    HeapEvent object per line (all kinds unless `-X trace` chose some);
 *  - `-X stats`: the summary (src/trace/summary.ts) on stderr at exit.
 *
 * Trace lines are buffered and written before any output of the program
 * (`wrapOutput`), so stdout, stderr and the trace interleave in the order
 * things happened. The file is written here, by the command: the
 * interpreter itself never reaches the host's files.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import type { RunOptions, RunResult } from "../api/run.js";
import { HEAP_EVENT_KINDS, type HeapEvent, type HeapEventKind } from "./events.js";
import { formatEvent } from "./format.js";
import { formatStats } from "./summary.js";

/** Buffer size before a forced write. */
const FLUSH_AT = 1 << 16;

/** `-X trace` text: the kinds, or null when it names an unknown one. */
export function parseTraceKinds(text: string): HeapEventKind[] | null {
  if (text === "" || text === "all") return [...HEAP_EVENT_KINDS];
  const kinds: HeapEventKind[] = [];
  for (const part of text.split(",")) {
    const k = part.trim();
    if (k === "all") return [...HEAP_EVENT_KINDS];
    if (!(HEAP_EVENT_KINDS as readonly string[]).includes(k)) return null;
    if (!kinds.includes(k as HeapEventKind)) kinds.push(k as HeapEventKind);
  }
  return kinds;
}

export class CommandInstruments {
  private readonly textKinds: ReadonlySet<HeapEventKind> | null;
  private readonly fileFd: number | null;
  private readonly stats: boolean;
  private readonly writeErr: (s: string) => void;
  private text: string[];
  private textSize: number;
  private json: string[];
  private jsonSize: number;

  constructor(textKinds: HeapEventKind[] | null, fileFd: number | null, stats: boolean, writeErr: (s: string) => void) {
    this.textKinds = textKinds === null ? null : new Set(textKinds);
    this.fileFd = fileFd;
    this.stats = stats;
    this.writeErr = writeErr;
    this.text = [];
    this.textSize = 0;
    this.json = [];
    this.jsonSize = 0;
  }

  /** From the -X options: the instruments, null when none is asked for,
   *  or an error message for a bad value. */
  static fromXOptions(x: Map<string, string>, writeErr: (s: string) => void): CommandInstruments | null | string {
    const trace = x.get("trace");
    const file = x.get("trace-file");
    const stats = x.has("stats");
    if (trace === undefined && file === undefined && !stats) return null;
    let kinds: HeapEventKind[] | null = null;
    if (trace !== undefined) {
      kinds = parseTraceKinds(trace);
      if (kinds === null) {
        return `refpy: invalid -X trace value: '${trace}' (expected any of ${HEAP_EVENT_KINDS.join(",")}, or all)\n`;
      }
    }
    let fd: number | null = null;
    if (file !== undefined) {
      if (file === "") return "refpy: -X trace-file needs a path: -X trace-file=PATH\n";
      try {
        fd = openSync(file, "w");
      } catch (e) {
        // As Python words an OSError: "[Errno 2] No such file or directory".
        const err = e as NodeJS.ErrnoException;
        const m = /^[A-Z]+: ([^,]+)/.exec(err.message);
        const text = m === null ? err.message : m[1][0].toUpperCase() + m[1].slice(1);
        return `refpy: can't open trace file '${file}': [Errno ${Math.abs(err.errno ?? 0)}] ${text}\n`;
      }
    }
    return new CommandInstruments(kinds, fd, stats, writeErr);
  }

  /** The run options these instruments need, added to `base`. */
  runOptions(base: RunOptions): RunOptions {
    const opts: RunOptions = { ...base, typeStats: this.stats };
    if (this.textKinds !== null || this.fileFd !== null) {
      opts.events = this.textKinds !== null ? [...this.textKinds] : HEAP_EVENT_KINDS;
      opts.onEvent = (e) => this.onEvent(e);
      const out = base.stdout;
      const err = base.stderr;
      if (out !== undefined)
        opts.stdout = (s) => {
          this.flushText();
          out(s);
        };
      if (err !== undefined)
        opts.stderr = (s) => {
          this.flushText();
          err(s);
        };
    }
    return opts;
  }

  /** After the run: write what is buffered, close the file, print the
   *  summary. */
  finish(result: RunResult | null): void {
    this.flushText();
    this.flushJson();
    if (this.fileFd !== null) {
      try {
        closeSync(this.fileFd);
      } catch {
        // Nothing more to write.
      }
    }
    if (this.stats && result !== null) this.writeErr(formatStats(result.stats));
  }

  private onEvent(e: HeapEvent): void {
    if (this.textKinds?.has(e.kind)) {
      const line = formatEvent(e);
      this.text.push(line);
      this.textSize += line.length;
      if (this.textSize >= FLUSH_AT) this.flushText();
    }
    if (this.fileFd !== null) {
      const line = JSON.stringify(e) + "\n";
      this.json.push(line);
      this.jsonSize += line.length;
      if (this.jsonSize >= FLUSH_AT) this.flushJson();
    }
  }

  private flushText(): void {
    if (this.text.length === 0) return;
    const s = this.text.join("");
    this.text = [];
    this.textSize = 0;
    this.writeErr(s);
  }

  private flushJson(): void {
    if (this.json.length === 0 || this.fileFd === null) return;
    const buf = Buffer.from(this.json.join(""), "utf8");
    this.json = [];
    this.jsonSize = 0;
    let off = 0;
    while (off < buf.length) off += writeSync(this.fileFd, buf, off, buf.length - off);
  }
}
