/**
 * The limits that apply while source is parsed and compiled, before any
 * of it runs:
 *
 *  - CPython's own: the compiler's recursion limit (ast_opt.c and
 *    symtable.c count every statement and expression they descend into
 *    and stop at `3 * sys.getrecursionlimit()`, having started at three
 *    times the depth of the code that asked for the compile: RecursionError
 *    "maximum recursion depth exceeded during compilation"), and the
 *    parser's stack (pegen's MAXSTACK: MemoryError);
 *  - the run's: its time limit and its heap limit. The grammar and the
 *    compiler report the work they do (tokens made, nodes visited,
 *    instructions emitted) through `compileWork`; every WORK_INTERVAL units
 *    the hook the runtime installed (src/vm/compile.ts) is called with the
 *    bytes the structures built so far are estimated to hold, and may
 *    throw (the time limit's RuntimeError, MemoryError).
 *
 * A limit met is thrown as a CompileLimitError, which the runtime turns
 * into the Python exception; the JavaScript engine's own stack overflow
 * is caught at the stage's entry and reported the same way, so no
 * RangeError reaches the user.
 */

export type CompileLimitKind = "RecursionError" | "MemoryError";

/** A CPython limit met while parsing or compiling (plain data, like CompileError). */
export class CompileLimitError {
  constructor(
    public readonly kind: CompileLimitKind,
    public readonly msg: string,
  ) {}
}

export const RECURSION_DURING_COMPILATION = "maximum recursion depth exceeded during compilation";

/** COMPILER_STACK_FRAME_SCALE (Python/ast_opt.c, Python/symtable.c). */
export const COMPILER_STACK_FRAME_SCALE = 3;

/** Units of work between calls of the hook. */
export const WORK_INTERVAL = 4096;

/** Estimated bytes one unit of work leaves behind (a token, an AST node,
 *  an instruction: a JavaScript object of a few fields). */
export const BYTES_PER_WORK = 64;

export const compileLimits = {
  /** The depth of the code asking for the compile (tstate's recursion
   *  depth) and sys.getrecursionlimit(), read by the recursion counters. */
  startDepth: 0,
  recursionLimit: 1000,
  /** Work done since the last reset, and when the hook is next due. */
  work: 0,
  nextCheck: WORK_INTERVAL,
  /** Called every WORK_INTERVAL units with the estimated bytes built; may throw. */
  hook: null as ((bytes: number) => void) | null,
  /** The run's time limit (`timeLimitMs`) and when it passes (Date.now()
   *  time; Infinity: none), set by the runtime with the eval breaker's. */
  timeLimitMs: 0,
  deadline: Infinity,
};

/** Set (or, with undefined, clear) the run's time limit for compiling. */
export function setCompileTimeLimit(timeLimitMs: number | undefined): void {
  compileLimits.timeLimitMs = timeLimitMs ?? 0;
  compileLimits.deadline = timeLimitMs === undefined ? Infinity : Date.now() + timeLimitMs;
}

/** Start counting a parse or compile afresh. */
export function resetCompileWork(): void {
  compileLimits.work = 0;
  compileLimits.nextCheck = WORK_INTERVAL;
}

/** Report `n` units of work done. */
export function compileWork(n = 1): void {
  const work = (compileLimits.work += n);
  if (work >= compileLimits.nextCheck) {
    compileLimits.nextCheck = work + WORK_INTERVAL;
    compileLimits.hook?.(work * BYTES_PER_WORK);
  }
}

/** The recursion counters' starting point and limit (_PyAST_Optimize,
 *  _PySymtable_Build): both scaled by COMPILER_STACK_FRAME_SCALE. */
export function recursionBounds(): { depth: number; limit: number } {
  return {
    depth: compileLimits.startDepth * COMPILER_STACK_FRAME_SCALE,
    limit: compileLimits.recursionLimit * COMPILER_STACK_FRAME_SCALE,
  };
}

/** Is `e` the JavaScript engine's stack overflow? */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/** The limit error for a JavaScript RangeError met during a stage: the
 *  stack overflowing is `overflow` (the parser's MemoryError, the
 *  compiler's RecursionError); any other (an array or string too long)
 *  is running out of memory. Null for anything else. */
export function limitFromRangeError(e: unknown, overflow: CompileLimitError): CompileLimitError | null {
  if (!(e instanceof RangeError)) return null;
  return isStackOverflow(e) ? overflow : new CompileLimitError("MemoryError", "");
}
