/**
 * The host's side of the heap limit: is there room in the JavaScript
 * engine's heap for the program to go on?
 *
 * The allocator model (heap/allocator.ts) counts CPython's bytes; a refpy
 * object takes several times as many in V8's heap (about 2.2× for a dict
 * of ints, 3.4× for a list of `object()`s, 4.6× for one of 1-tuples,
 * measured after a full collection), and V8 aborts the whole process
 * ("JavaScript heap out of memory") when its own heap is full. So the
 * allocator asks this check every MiB of requests and before a large one
 * (setHostMemoryCheck), and raises MemoryError while there is still room
 * to unwind: the traceback, `except MemoryError:`, `finally` blocks,
 * `__del__` methods and the teardown all need some.
 *
 * The check reads V8's heap statistics (one call, about 3 µs) and
 * reports the host short once the used heap is within HOST_MARGIN (a third) of the
 * engine's limit. Garbage counts in the used heap until V8 collects it, so
 * a reading over the line is taken again after a full collection, when
 * the program may run one (`gc`, obtained as Node's `--expose-gc` would
 * give it); after that collection the program must have left a further
 * twentieth of the heap free, so that a program living just under the
 * line does not pay a full collection every MiB.
 *
 * Node's `v8` module is reached through `process.getBuiltinModule`, so
 * nothing is imported where it does not exist (a browser): there the
 * check reads `performance.memory` where the engine has it (Chromium's
 * usedJSHeapSize / jsHeapSizeLimit), and otherwise there is none, and
 * only the model's limit applies.
 */
import { setHostMemoryCheck } from "../heap/allocator.js";

interface HeapReading {
  used: number;
  limit: number;
}

/** Keep this fraction of the engine's heap free for unwinding. */
const HOST_MARGIN = 1 / 3;
/** … and at least this many bytes. */
const HOST_MARGIN_MIN = 64 * 1024 * 1024;
/** After a full collection, this fraction more must be free. */
const HOST_SLACK = 1 / 20;

let reader: (() => HeapReading) | null | undefined;
let collect: (() => void) | null = null;

/** How to read the engine's heap here (once per process). */
function makeReader(): (() => HeapReading) | null {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const v8 = proc?.getBuiltinModule?.("v8") as typeof import("node:v8") | undefined;
  if (v8 !== undefined) {
    collect = fullCollection(proc!.getBuiltinModule!("vm") as typeof import("node:vm") | undefined, v8);
    return () => {
      const s = v8.getHeapStatistics();
      return { used: s.used_heap_size, limit: s.heap_size_limit };
    };
  }
  const memory = (globalThis as { performance?: { memory?: { usedJSHeapSize: number; jsHeapSizeLimit: number } } })
    .performance?.memory;
  if (memory !== undefined && memory.jsHeapSizeLimit > 0) {
    return () => ({ used: memory.usedJSHeapSize, limit: memory.jsHeapSizeLimit });
  }
  return null;
}

/** A function running a full collection, as `--expose-gc`'s `gc`; null
 *  where it cannot be had. The flag is set for the one context made to
 *  fetch it, then set back. */
function fullCollection(vm: typeof import("node:vm") | undefined, v8: typeof import("node:v8")): (() => void) | null {
  const given = (globalThis as { gc?: unknown }).gc;
  if (typeof given === "function") return given as () => void;
  if (vm === undefined) return null;
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as unknown;
    return typeof gc === "function" ? (gc as () => void) : null;
  } catch {
    return null;
  } finally {
    v8.setFlagsFromString("--no-expose-gc");
  }
}

/** Is there room for `nbytes` more model bytes (a large request counts as
 *  as many bytes of the engine's: strings, arrays and buffers take about
 *  what CPython's take)? */
function hostHasRoom(nbytes: number): boolean {
  const read = reader!;
  let h = read();
  const line = h.limit - Math.max(h.limit * HOST_MARGIN, HOST_MARGIN_MIN);
  if (h.used + nbytes <= line) return true;
  if (collect === null) return false;
  collect();
  h = read();
  return h.used + nbytes + h.limit * HOST_SLACK <= line;
}

/** Install the host's check in the allocator (at the start of each run). */
export function installHostMemoryCheck(): void {
  if (reader === undefined) reader = makeReader();
  setHostMemoryCheck(reader === null ? null : hostHasRoom);
}
