/**
 * The golden cases of the trace and stats formats, shared by
 * make_golden.mjs (which writes the files with the built command) and
 * test/trace.test.ts (which checks them in-process).
 */
import { normalise } from "../helpers/normalise.mjs";

/** program in programs/, the -X options, the golden file in test/trace/. */
export const CASES = [
  { program: "destructor.py", args: ["-X", "trace=all"], golden: "destructor.all.txt" },
  { program: "linked_list.py", args: ["-X", "trace=alloc,dealloc,del,gc"], golden: "linked_list.heap.txt" },
  { program: "linked_list.py", args: ["-X", "trace=refs"], golden: "linked_list.refs.txt" },
  { program: "gc_cycles.py", args: ["-X", "trace=gc,del,dealloc"], golden: "gc_cycles.gc.txt" },
  { program: "weakref_vs_del.py", args: ["-X", "trace=weakref,del"], golden: "weakref_vs_del.weakref.txt" },
  { program: "linked_list.py", args: ["-X", "stats"], golden: "linked_list.stats.txt" },
  { program: "gc_cycles.py", args: ["-X", "stats"], golden: "gc_cycles.stats.txt" },
];

/** Times to `_ ms` / `_%`; addresses to `0x@N` by first appearance. */
export function mask(text) {
  return normalise(text, { times: true, labelAddresses: true });
}
