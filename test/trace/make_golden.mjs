#!/usr/bin/env node
/**
 * Makes the golden files of test/trace.test.ts by running the built
 * command (`npm run build` first):
 *
 *     node test/trace/make_golden.mjs
 *
 * For each case below, `refpy -X … programs/NAME.py` runs and its stderr
 * (the trace lines, the -X stats summary, the program's own stderr) is
 * written to test/trace/NAME.CASE.txt after `mask`: times become `_ ms`
 * and `_%`, and addresses become `0x@1`, `0x@2`, … in order of first
 * appearance, so the files do not change with the runtime's start-up
 * allocations while a reused address still reads as the same label.
 *
 * These are refpy's own formats, not CPython's: read a regenerated file
 * before committing it.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CASES, mask } from "./cases.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const command = join(root, "dist", "bundle", "main.js");

for (const c of CASES) {
  const r = spawnSync(process.execPath, [command, ...c.args, join("programs", c.program)], {
    cwd: root, encoding: "utf8",
  });
  if (r.status !== 0) {
    process.stderr.write(`${c.program} ${c.args.join(" ")}: exit ${r.status}\n${r.stderr}`);
    process.exit(1);
  }
  const file = join(here, c.golden);
  writeFileSync(file, mask(r.stderr));
  process.stdout.write(`wrote ${file}\n`);
}
