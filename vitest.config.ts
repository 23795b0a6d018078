import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Time limits are nets against a test that never ends, not speed
    // checks (test/helpers/budget.ts). vitest's default of 5 s would fail a
    // test that takes half a second of CPU time once the machine is
    // at load 20. At load 15–20 every test with no timeout of its own, or
    // with 60 s, finished within it: this is five times that.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    // One test file at a time on a 2-core machine (vitest's default for
    // `vitest run`: a worker per core but one). Sweeps and the fuzz batch
    // start processes and worker threads of their own; more files at once
    // would have them fight over the same two cores.
    maxWorkers: Math.max(1, availableParallelism() - 1),
  },
});
