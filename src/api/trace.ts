/**
 * A step-by-step trace of a program, as Python Tutor records one: a heap
 * snapshot before every line, and a final step for how the program ended.
 *
 *     const { steps } = traceProgram(source, { filename: "demo.py" });
 *     steps[3].heap.frames[0].locals  // the globals before the 4th line
 *
 * Each step stands on its own (a front end draws it without looking at
 * its neighbours): the line about to run, where, the program's output so
 * far, and the whole heap. The events follow Python Tutor's names:
 *  - "step_line": a line is about to run (one per `onLine` event);
 *  - "return": the program finished (its heap before shutdown);
 *  - "uncaught_exception": the program ended with an exception
 *    (RecursionError included); `exception` holds its last line
 *    (`ZeroDivisionError: division by zero`);
 *  - "instruction_limit_reached": `maxSteps` lines were recorded; the
 *    program was stopped with a RuntimeError at its next loop iteration or
 *    call, and the trace so far is returned.
 *
 * The program runs with `run()` (every RunOptions applies; an `onLine`
 * given is called too) and is torn down after the final snapshot, so
 * `__del__` methods that run at exit show in `stdout` but not as steps.
 */
import { run, type RunOptions } from "./run.js";
import { tstate } from "../objects/pystate.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_RuntimeError } from "../objects/exceptions.js";
import { snapshot, type HeapSnapshot, type SnapshotOptions } from "../inspect/snapshot.js";
import type { LineEvent } from "./stepping.js";

/** What a step is (Python Tutor's event names; see the module header). */
export type TraceEvent = "step_line" | "return" | "uncaught_exception" | "instruction_limit_reached";

/** One execution point of a trace, complete on its own. */
export interface TraceStep {
  event: TraceEvent;
  /** The file of the code running. */
  file: string;
  /** The line about to run (for the final step, the last line that
   *  ran; null if no line ran). */
  line: number | null;
  /** Frames below the running one (0: module level). */
  depth: number;
  /** The running code's name (`<module>`, a function name, …). */
  function: string;
  /** Everything the program printed to stdout before this step. */
  stdout: string;
  /** For the final step of a failed run: the exception's last line. */
  exception: string | null;
  /** The heap at this step. */
  heap: HeapSnapshot;
}

/** `run()`'s options, and the trace's own. */
export interface TraceOptions extends RunOptions {
  /** At most this many "step_line" steps (default 1000, Python Tutor's
   *  limit); then the program is stopped. */
  maxSteps?: number;
  /** Options of every step's snapshot. */
  snapshot?: SnapshotOptions;
}

/** What `traceProgram` returns: plain JSON. */
export interface ProgramTrace {
  /** The source traced. */
  code: string;
  /** The execution points, in order; the last is the final one. */
  steps: TraceStep[];
  /** The run's exit status, stdout and stderr, as `run()` gives them. */
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Whether `maxSteps` cut the trace short. */
  truncated: boolean;
}

/** Run `source` and record a heap snapshot before every line. Never
 *  throws. */
export function traceProgram(source: string, options: TraceOptions = {}): ProgramTrace {
  const maxSteps = options.maxSteps ?? 1000;
  const snapOptions = options.snapshot ?? {};
  const filename = options.filename ?? "<string>";
  const userOnLine = options.onLine;
  const userOut = options.stdout;
  const userErr = options.stderr;
  const outParts: string[] = [];
  const errParts: string[] = [];
  const steps: TraceStep[] = [];
  let recording = true;
  let truncated = false;
  let last: LineEvent | null = null;
  // The step limit stops the program through the eval breaker, which the
  // eval loop calls at every backward jump and call (the line hook itself
  // must not raise). It wraps the run's own breaker (stepLimit,
  // timeLimitMs), installed at the first line, after the session exists.
  let innerBreaker: (() => void) | null = null;
  let breakerInstalled = false;
  const breaker = (): void => {
    if (truncated) throw PyErr_Format(PyExc_RuntimeError, `refpy trace limit reached (${maxSteps} steps)`);
    if (innerBreaker !== null) innerBreaker();
  };

  const onLine = (e: LineEvent): void => {
    if (!breakerInstalled) {
      breakerInstalled = true;
      innerBreaker = tstate.evalBreaker;
      tstate.evalBreaker = breaker;
    }
    if (userOnLine !== undefined) userOnLine(e);
    if (!recording) return;
    if (steps.length >= maxSteps) {
      truncated = true;
      recording = false;
      return;
    }
    last = e;
    steps.push({
      event: "step_line",
      file: e.file,
      line: e.line,
      depth: e.depth,
      function: e.function,
      stdout: outParts.join(""),
      exception: null,
      heap: snapshot(snapOptions),
    });
  };

  const result = run(source, {
    ...options,
    filename,
    inspect: true,
    onLine,
    collectOutput: false,
    stdout: (s: string) => {
      outParts.push(s);
      if (userOut !== undefined) userOut(s);
    },
    // Shutdown (finalizers at exit) still writes here after run returns.
    stderr: (s: string) => {
      errParts.push(s);
      if (userErr !== undefined) userErr(s);
    },
  });
  recording = false;
  if (breakerInstalled) tstate.evalBreaker = innerBreaker;

  let exitCode = result.exitCode;
  const session = result.session;
  if (session !== null) {
    const failed = session.failed;
    const final = last as LineEvent | null;
    steps.push({
      event: truncated ? "instruction_limit_reached" : failed ? "uncaught_exception" : "return",
      file: final?.file ?? filename,
      line: final?.line ?? null,
      depth: final?.depth ?? 0,
      function: final?.function ?? "<module>",
      stdout: outParts.join(""),
      exception: failed ? lastLine(errParts.join("")) : null,
      heap: snapshot(snapOptions),
    });
    exitCode = session.finish(exitCode);
  }
  return { code: source, steps, exitCode, stdout: outParts.join(""), stderr: errParts.join(""), truncated };
}

/** The last non-empty line of a traceback: `Type: message`. */
function lastLine(text: string): string {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  return lines.length === 0 ? "" : lines[lines.length - 1];
}
