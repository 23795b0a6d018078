/**
 * refpy's modelled heap for one program, read through the embedding API:
 *
 *   node dist/bench/modelled-peak.js FILE [ARG...]
 *
 * runs FILE with `run()` (dist/src/api/run.js, in this process, output
 * discarded) and prints one JSON line: the exit code and the run's
 * `stats.peakLiveBytes` / `peakLiveObjects` — the allocator model's peak,
 * CPython's object sizes as `sys.getsizeof` and tracemalloc count them
 * (src/heap/allocator.ts). That peak covers the whole heap, the runtime's
 * own modules included; bench/run.ts subtracts an empty program's peak to
 * compare with tracemalloc, which CPython starts at the program's first
 * line.
 */
import { readFileSync } from "node:fs";
import { run } from "../src/api/run.js";

const file = process.argv[2];
if (file === undefined) {
  process.stderr.write("usage: node dist/bench/modelled-peak.js FILE [ARG...]\n");
  process.exit(2);
}
const result = run(readFileSync(file, "utf8"), {
  filename: file,
  argv: process.argv.slice(2),
  collectOutput: false,
  stderr: (s) => process.stderr.write(s),
});
process.stdout.write(
  JSON.stringify({
    exitCode: result.exitCode,
    peakLiveBytes: result.stats.peakLiveBytes,
    peakLiveObjects: result.stats.peakLiveObjects,
  }) + "\n",
);
process.exitCode = result.exitCode;
