/**
 * refpy as a library: the package's entry point (`import … from "refpy"`).
 *
 *     import { run, traceProgram, snapshot } from "refpy";
 *
 *     // Run a program; output, exit status and heap numbers come back.
 *     const r = run("print(sum(range(10)))", { filename: "demo.py" });
 *
 *     // Watch it line by line: a heap snapshot before every line.
 *     run(source, { onLine: (e) => console.log(e.line, snapshot().objects.length) });
 *
 *     // Or record the whole thing, Python Tutor style.
 *     const { steps } = traceProgram(source, { maxSteps: 500 });
 *
 *     // Or receive the heap's events as they happen.
 *     run(source, { onEvent: (e) => { if (e.kind === "del") console.log(e); } });
 *
 * Everything exported here is the stable API; the modules behind it
 * (src/api/*.ts, src/runtime/*.ts, src/inspect/*.ts, src/trace/*.ts) may change. One program runs
 * at a time per process (the interpreter state is global): `snapshot()`
 * reads the program that is running, or the session kept by
 * `inspect: true` until its `finish()`.
 */

export {
  /** Run a program; never throws (see RunOptions and RunResult). */
  run,
  /** A live `__main__` for an interactive loop (the REPL's building block). */
  createSession,
} from "./api/run.js";
export {
  /** A SyntaxError found before running, formatted as CPython prints it. */
  formatCompileError,
} from "./runtime/pythonrun.js";
export type { RunOptions, RunResult } from "./api/run.js";
export type { Session } from "./runtime/pythonrun.js";
export type { RunStats, GenerationRunStats, TypeRunStats, ExitRunStats } from "./trace/stats.js";

export {
  /** Every heap event kind, in the order `-X trace=all` names them. */
  HEAP_EVENT_KINDS,
} from "./trace/events.js";
export type {
  HeapEvent,
  HeapEventKind,
  AllocEvent,
  DeallocEvent,
  DelEvent,
  FinalizerCause,
  GCEvent,
  GCStartEvent,
  GCEndEvent,
  WeakrefEvent,
  RefsEvent,
  ObjectInfo,
  Where,
} from "./trace/events.js";

export {
  /** The heap now: frames, objects and labelled edges, as plain JSON. */
  snapshot,
} from "./inspect/snapshot.js";
export type {
  HeapSnapshot,
  SnapshotFrame,
  SnapshotVariable,
  SnapshotObject,
  SnapshotGeneration,
  SnapshotEdge,
  SnapshotEdgeKind,
  SnapshotGC,
  SnapshotHeap,
  SnapshotOptions,
} from "./inspect/snapshot.js";

export type { LineEvent, LineCallback } from "./api/stepping.js";

export {
  /** Run a program and record a heap snapshot before every line. */
  traceProgram,
} from "./api/trace.js";
export type { TraceEvent, TraceStep, TraceOptions, ProgramTrace } from "./api/trace.js";
