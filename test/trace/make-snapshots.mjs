#!/usr/bin/env node
/**
 * Makes the snapshot files of test/trace.test.ts by running the built
 * command (`npm run snapshots` builds first, then runs this):
 *
 *     node test/trace/make-snapshots.mjs
 *
 * For each case in cases.mjs, `refpy -X … NAME.py` runs (from a copy at
 * a path of fixed length: see `runCase`) and its stderr (the trace lines,
 * the -X stats summary, the program's own stderr) is written to
 * test/trace/NAME.CASE.txt after `mask`: times become `_ ms` and `_%`, and
 * addresses become `0x@1`, `0x@2`, … in order of first appearance, so the
 * files do not change with the runtime's start-up allocations while a
 * reused address still reads as the same label.
 *
 * These are refpy's own formats, not CPython's: read a regenerated file
 * before committing it.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CASES, mask, runCase } from "./cases.mjs";

const here = import.meta.dirname;
const root = join(here, "..", "..");
const command = join(root, "dist", "bundle", "main.js");

for (const c of CASES) {
  const r = runCase(c, root, command);
  if (r.status !== 0) {
    process.stderr.write(`${c.program} ${c.args.join(" ")}: exit ${r.status}\n${r.stderr}`);
    process.exit(1);
  }
  const file = join(here, c.snapshot);
  writeFileSync(file, mask(r.stderr));
  process.stdout.write(`wrote ${file}\n`);
}
