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

export interface RunStats {
  /** Collections of generation 0, 1, 2. */
  collections: number[];
  /** gc.get_stats()'s three rows (collections, collected, uncollectable). */
  generations: GenerationRunStats[];
  /** Objects the collector freed, all generations. */
  collected: number;
  /** Objects the collector found unreachable but could not free. */
  uncollectable: number;
  /** Finalizers (`__del__`, a generator's close) run, on refcount death, in
   *  collections and at exit. */
  finalizersRun: number;
  /** Blocks handed out by the allocator model over the run. */
  allocations: number;
  /** The most objects alive at once (allocator model blocks). */
  peakLiveObjects: number;
  /** The most bytes alive at once (allocator model, with the separately
   *  allocated parts of lists and dicts). */
  peakLiveBytes: number;
  /** Milliseconds spent in the cycle collector. */
  gcTimeMs: number;
  /** Milliseconds of the whole run: start-up, compile, run and teardown. */
  totalTimeMs: number;
  /** Allocations and frees per type, most allocated first; null unless
   *  `-X stats` or an event callback was on. */
  byType: TypeRunStats[] | null;
}


/** The run's numbers from the heap's counters, read at its end.
 *  `startMs` is performance.now() when the run began. */
export function readRunStats(startMs: number, byType: TypeRunStats[] | null): RunStats {
  const generations = gcRuntime.stats.map((s) => ({
    collections: s.collections, collected: s.collected, uncollectable: s.uncollectable,
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
    byType,
  };
}
