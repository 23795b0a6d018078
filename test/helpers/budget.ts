/**
 * Time limits in the tests. Tests assert behaviour, never speed: a time
 * limit (a vitest timeout, a run()'s `timeLimitMs`, a spawned command's
 * `timeout`, the sweep's `--time-limit`) is only a net that turns a run
 * that never ends into a failure instead of a hung suite.
 *
 * So each limit is the cost of the slowest thing it guards, measured on
 * an idle machine as CPU time of one core, times SLACK. The suite must
 * pass on a 2-core machine at load 15–20 (several people's jobs, the
 * suite's own under `nice`): there a job gets a tenth of a core or less,
 * and SLACK leaves twice that margin. test/README.md ("Time limits") lists
 * the measured costs behind each limit.
 */
export const SLACK = 20;

/** The limit for something that costs `idleMs` on an idle machine. */
export function budget(idleMs: number): number {
  return idleMs * SLACK;
}

/** A run that never ends under a limit of `limitMs` is reported this much
 *  later at most by the test around it: the run is stopped at its limit,
 *  then the test reports (the same slack, over a second of reporting). */
export function around(limitMs: number): number {
  return limitMs + budget(1_000);
}

/**
 * One program of programs/ (programs.test.ts, audit.test.ts). On a 2-core
 * machine at load 15–20, with a limit of 120 s, every program finished but
 * one: del_trashcan_million.py, 35 s of one core, since made ten times
 * lighter (dealloc/del_trashcan_deep.py, 4 s). So every program costs less
 * than 120 s of wall-clock time at that load, and this net is five times
 * that: 20 × 30 s.
 */
export const PROGRAM_TIME_LIMIT_MS = budget(30_000);

/**
 * One program under gc stress (gc-stress.test.ts): those too slow for it
 * are listed with their reason in test/gc-stress/programs.json; at load
 * 15–20 every other one finished within the former 60 s limit, and this net
 * is five times that: 20 × 15 s.
 */
export const STRESS_TIME_LIMIT_MS = budget(15_000);

/**
 * A test with a timeout of its own: those had 120 s or 300 s, and at load
 * 15–20 each finished within it; with no figure of its own per test, this
 * is five times the former 120 s: 20 × 30 s. (A test with no timeout takes
 * vitest.config.ts's 300 s: at that load every such test finished within
 * the 60 s, or the 5 s default, it had.)
 */
export const LONG_TEST_TIMEOUT_MS = budget(30_000);
