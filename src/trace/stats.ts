/**
 * The numbers of one run: `RunResult.stats`, the `-X stats` summary and
 * the threshold sweep all read this one shape.
 *
 * Always present and always cheap: every field but `byType` comes from
 * counters the heap keeps anyway (the allocator model's `heapStats`, the
 * collector's `gcRuntime`, the finalizer count in heap/refcount.ts), read
 * once at the end of the run. `byType` needs an allocation watcher, so it
 * is filled only when `-X stats` or an event callback is on; otherwise it
 * is null.
 *
 * Counts and bytes are deterministic (the same program and thresholds give
 * the same numbers); only the two times vary from run to run.
 */
import { heapStats } from "../heap/allocator.js";
import { gcRuntime } from "../heap/collect.js";
import { heapHooks } from "../heap/hooks.js";

/** One generation's collector totals, as `gc.get_stats()` reports them. */
export interface GenerationRunStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

/** Allocations and frees of one type over the run. */
export interface TypeRunStats {
  /** `tp_name` of the type. */
  type: string;
  allocations: number;
  deallocations: number;
}

/** The teardown after the program's last line (atexit, the final
 *  collections, `__main__`'s globals going, finalizers at exit). */
export interface ExitRunStats {
  collections: number;
  collected: number;
  finalizersRun: number;
  gcTimeMs: number;
  timeMs: number;
}

export interface RunStats {
  /** Collections of generation 0, 1, 2. */
  collections: number[];
  /** gc.get_stats()'s three rows (collections, collected, uncollectable). */
  generations: GenerationRunStats[];
  /** Objects the collector freed, all generations. */
  collected: number;
  /** Objects the collector found unreachable but could not free. */
  uncollectable: number;
  /** Finalizers (`__del__`, a generator's close) run, on refcount death
   *  and in collections. */
  finalizersRun: number;
  /** Blocks handed out by the allocator model. */
  allocations: number;
  /** The most objects alive at once (allocator model blocks, the whole
   *  heap: the runtime's modules too). */
  peakLiveObjects: number;
  /** The most bytes alive at once (allocator model, with the separately
   *  allocated parts of lists and dicts). */
  peakLiveBytes: number;
  /** Milliseconds spent in the cycle collector. */
  gcTimeMs: number;
  /** Milliseconds of the run: start-up, compile and the program. */
  totalTimeMs: number;
  /** The teardown, counted apart: the numbers above stop at the
   *  program's last line (as gc.get_stats() would read there), so they
   *  show what the program and its thresholds did. */
  exit: ExitRunStats;
  /** Program objects allocated and freed (up to the end of the teardown)
   *  per type, most allocated first; null unless `-X stats`, `typeStats`
   *  or an event callback was on. */
  byType: TypeRunStats[] | null;
}

/** All zeros (a run that ran nothing, such as `-m dis`). */
export function emptyRunStats(): RunStats {
  return {
    collections: [0, 0, 0],
    generations: [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 })),
    collected: 0,
    uncollectable: 0,
    finalizersRun: 0,
    allocations: 0,
    peakLiveObjects: 0,
    peakLiveBytes: 0,
    gcTimeMs: 0,
    totalTimeMs: 0,
    exit: { collections: 0, collected: 0, finalizersRun: 0, gcTimeMs: 0, timeMs: 0 },
    byType: null,
  };
}

/** The run's numbers from the heap's counters, read now. `startMs` is
 *  performance.now() when the run began. Call it at the program's last
 *  line, then `addExitStats` after the teardown. */
export function readRunStats(startMs: number): RunStats {
  const generations = gcRuntime.stats.map((s) => ({
    collections: s.collections,
    collected: s.collected,
    uncollectable: s.uncollectable,
  }));
  let collected = 0;
  let uncollectable = 0;
  for (const g of generations) {
    collected += g.collected;
    uncollectable += g.uncollectable;
  }
  return {
    collections: generations.map((g) => g.collections),
    generations,
    collected,
    uncollectable,
    finalizersRun: heapHooks.finalizersRun,
    allocations: heapStats.totalAllocs,
    peakLiveObjects: heapStats.peakBlocks,
    peakLiveBytes: heapStats.peakBytes,
    gcTimeMs: gcRuntime.totalTime * 1000,
    totalTimeMs: performance.now() - startMs,
    exit: { collections: 0, collected: 0, finalizersRun: 0, gcTimeMs: 0, timeMs: 0 },
    byType: null,
  };
}

/** After the teardown: its numbers as the difference from `atEnd` (what
 *  readRunStats gave at the program's last line), and the peaks, which
 *  the teardown cannot raise but are read again to be sure. */
export function addExitStats(atEnd: RunStats, startMs: number): RunStats {
  const now = readRunStats(startMs);
  atEnd.exit = {
    collections: now.collections.reduce((a, b) => a + b, 0) - atEnd.collections.reduce((a, b) => a + b, 0),
    collected: now.collected - atEnd.collected,
    finalizersRun: now.finalizersRun - atEnd.finalizersRun,
    gcTimeMs: now.gcTimeMs - atEnd.gcTimeMs,
    timeMs: now.totalTimeMs - atEnd.totalTimeMs,
  };
  atEnd.peakLiveObjects = now.peakLiveObjects;
  atEnd.peakLiveBytes = now.peakLiveBytes;
  return atEnd;
}
