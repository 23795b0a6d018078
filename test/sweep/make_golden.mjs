#!/usr/bin/env node
/**
 * Make test/sweep/gc_cycles_churn.golden.csv: the deterministic columns of
 * the golden sweep (harness.mjs: programs/gc_cycles_churn.py 3000 under
 * threshold0 50,500,5000 × threshold1 5,10), run by the current sources.
 *
 *     node test/sweep/make_golden.mjs
 *
 * Review the result before committing it: within one threshold1, the
 * collections of generation 0 fall as threshold0 rises and the peak live
 * bytes rise; of the 12,000 cycle objects, all but about threshold0 at
 * most are collected by the program's last line (the rest go at exit,
 * which the numbers leave out).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCommand, deterministicColumns, goldenPath, goldenSweep } from "./harness.mjs";

const main = await buildCommand();
const csv = goldenSweep(main, join(mkdtempSync(join(tmpdir(), "refpy-golden-")), "golden.csv"));
const golden = deterministicColumns(csv);
writeFileSync(goldenPath, golden);
process.stdout.write(golden);
process.stdout.write(`wrote ${goldenPath}\n`);
