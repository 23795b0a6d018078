#!/usr/bin/env node
/**
 * Make test/sweep/gc_cycles_churn.snapshot.csv: the deterministic columns of
 * the snapshot sweep (harness.mjs: programs/gc/gc_cycles_churn.py 3000 under
 * threshold0 50,500,5000 × threshold1 5,10), run by the current sources.
 *
 *     npm run snapshots
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
import { buildCommand, deterministicColumns, snapshotPath, snapshotSweep } from "./harness.mjs";

const main = await buildCommand();
const csv = snapshotSweep(main, join(mkdtempSync(join(tmpdir(), "refpy-snapshot-")), "snapshot.csv"));
const snapshot = deterministicColumns(csv);
writeFileSync(snapshotPath, snapshot);
process.stdout.write(snapshot);
process.stdout.write(`wrote ${snapshotPath}\n`);
