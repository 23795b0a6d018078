/**
 * Line stepping for embedders: `RunOptions.onLine` receives one event per
 * line a Python frame starts, as `sys.settrace`'s 'line' events come (the
 * eval loop's `tstate.lineHook`: a new line, or a jump back to the start of
 * one). From the callback, `snapshot()` shows the heap just before the line
 * runs.
 *
 * The callback runs inside the eval loop, which must not see a JavaScript
 * exception there: an exception from the callback is caught, reported once
 * on the run's stderr sink, and the callback is not called again.
 */
import type { InterpFrame } from "../objects/frameobject.js";

/** A line about to run. */
export interface LineEvent {
  /** The file name the code was compiled with (`RunOptions.filename`). */
  file: string;
  /** The line about to run. */
  line: number;
  /** Frames below this one: 0 for module-level code, 1 in a function
   *  called from it, … */
  depth: number;
  /** The code's name: `<module>`, the function name, `<listcomp>`, … */
  function: string;
}

/** `RunOptions.onLine`: called before each line runs; must return quickly. */
export type LineCallback = (event: LineEvent) => void;

/** The eval loop's line hook calling `onLine`; `report` writes the
 *  message of an exception the callback throws. */
export function makeLineHook(
  onLine: LineCallback,
  report: (message: string) => void,
): (frame: InterpFrame, lineno: number) => void {
  let failed = false;
  return (frame, lineno) => {
    if (failed) return;
    let depth = 0;
    for (let f = frame.previous; f !== null; f = f.previous) depth++;
    const co = frame.f_code;
    try {
      onLine({ file: co.filename, line: lineno, depth, function: co.name });
    } catch (e) {
      failed = true;
      report(
        `refpy: the onLine callback raised ${e instanceof Error ? e.message : String(e)}; ` + "no more line events\n",
      );
    }
  };
}
