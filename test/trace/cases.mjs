/**
 * The snapshot cases of the trace and stats formats, shared by
 * make-snapshots.mjs (which writes the files with the built command) and
 * test/trace.test.ts (which checks them with the same command).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { normalise } from "../helpers/normalise.mjs";

/** program (path under programs/), the -X options, the snapshot file in test/trace/. */
export const CASES = [
  { program: "dealloc/destructor.py", args: ["-X", "trace=all"], snapshot: "destructor.all.txt" },
  { program: "examples/linked_list.py", args: ["-X", "trace=alloc,dealloc,del,gc"], snapshot: "linked_list.heap.txt" },
  { program: "examples/linked_list.py", args: ["-X", "trace=refs"], snapshot: "linked_list.refs.txt" },
  { program: "gc/gc_cycles.py", args: ["-X", "trace=gc,del,dealloc"], snapshot: "gc_cycles.gc.txt" },
  { program: "weakref/weakref_vs_del.py", args: ["-X", "trace=weakref,del"], snapshot: "weakref_vs_del.weakref.txt" },
  { program: "examples/linked_list.py", args: ["-X", "stats"], snapshot: "linked_list.stats.txt" },
  { program: "gc/gc_cycles.py", args: ["-X", "stats"], snapshot: "gc_cycles.stats.txt" },
];

/**
 * Run a case's program with the built `command`, in a fresh process, from
 * a copy at a path of fixed length (`/tmp/refpy-trace-XXXXXX/NAME.py`):
 * its absolute path is the program's `__file__`, a string on the heap, so
 * the -X stats bytes would otherwise depend on where the checkout is and
 * where the program sits in programs/. Returns spawnSync's result.
 */
export function runCase(c, root, command) {
  const dir = mkdtempSync(join("/tmp", "refpy-trace-"));
  try {
    copyFileSync(join(root, "programs", c.program), join(dir, basename(c.program)));
    return spawnSync(process.execPath, [command, ...c.args, basename(c.program)], { cwd: dir, encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Times to `_ ms` / `_%`; addresses to `0x@N` by first appearance. */
export function mask(text) {
  return normalise(text, { times: true, labelAddresses: true });
}
