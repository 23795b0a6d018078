#!/usr/bin/env node
/**
 * The `refpy` launcher. It only starts the interpreter on a worker thread
 * with a large stack (worker.ts, which runs command.ts), so native code
 * that calls back into Python (`__init__` through a class call, `__eq__`
 * from a dict, `__del__` from a DECREF) can nest as deep as the recursion
 * limit allows; Python-to-Python calls need no JS stack at all.
 *
 * It imports nothing of the interpreter: start-up cost is paid once, on
 * the worker. The worker is the sibling file `worker.js`, both in tsc's
 * output (dist/src/cli/) and in the bundle (dist/bundle/).
 *
 * `refpy sweep` is the one exception: sweep.ts runs on this thread and
 * starts a fresh worker (sweep-worker.js, also a sibling) for every run.
 *
 * The worker's JavaScript heap is sized from `-X heap-limit` (workerHeapMb):
 * the limit counts CPython's bytes, and refpy's objects take several
 * times as many in the engine, so the model's limit is reached (a
 * MemoryError) before the engine's. Should the engine's heap fill all the
 * same, the interpreter raises MemoryError first (runtime/host-memory.ts);
 * a worker that dies of it anyway ends with a MemoryError line and status
 * 1, never the engine's fatal error.
 */
import { Worker } from "node:worker_threads";
import { writeSync } from "node:fs";
import { totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { parseSize } from "./xoptions.js";

/** The stack size of the worker that runs the interpreter. */
const STACK_MB = 512;

/** `-X heap-limit`'s default (as runtime/pythonrun.ts's). */
const DEFAULT_HEAP_LIMIT = 1024 ** 3;
/**
 * Bytes of V8's heap per byte the allocator model counts, with room to
 * spare. Measured with node --expose-gc on Node 20 (x64, no pointer
 * compression), as the growth of v8.getHeapStatistics().used_heap_size
 * after a full collection over the growth of the model's live bytes,
 * holding a million of each: a list of object() 3.4, of ints 2.4, of
 * floats 2.6, of short strs 2.8, of 1-tuples 4.6, of instances with two
 * attributes 3.6, nested lists 3.1, a dict of ints 2.2; long strs 1.2.
 */
const ENGINE_BYTES_PER_MODEL_BYTE = 6;
/** The interpreter's own heap (about 50 MiB after start-up and a few
 *  imports), the young generation and the host check's margin. */
const ENGINE_HEADROOM_MB = 256;

/** The `-X heap-limit` the command line asks for (the last one; the
 *  default when none or an invalid one, which the command reports). The
 *  options end at -c, -m, or the first argument that is not one. */
function heapLimitArg(args: string[]): number {
  let limit = DEFAULT_HEAP_LIMIT;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-" || a.startsWith("--") || !a.startsWith("-")) break;
    for (let j = 1; j < a.length; j++) {
      const ch = a[j];
      if (ch === "c" || ch === "m") return limit;
      if (ch === "X" || ch === "W") {
        let value = a.slice(j + 1);
        if (value === "") value = args[++i] ?? "";
        if (ch === "X" && value.startsWith("heap-limit=")) {
          const n = parseSize(value.slice("heap-limit=".length));
          if (n !== null && n > 0) limit = n;
        }
        break;
      }
    }
  }
  return limit;
}

/** The worker's old generation for a heap limit of `limit` model bytes:
 *  ENGINE_BYTES_PER_MODEL_BYTE times it plus ENGINE_HEADROOM_MB, at most
 *  three quarters of the machine's memory (past that the host check
 *  raises MemoryError before the model's limit). */
function workerHeapMb(limit: number): number {
  const wanted = Math.ceil((limit * ENGINE_BYTES_PER_MODEL_BYTE) / 2 ** 20) + ENGINE_HEADROOM_MB;
  const machine = Math.floor((totalmem() * 3) / 4 / 2 ** 20);
  return Math.max(ENGINE_HEADROOM_MB, Math.min(wanted, machine));
}

function fail(e: unknown): never {
  // Never a JavaScript stack trace: the one line a Python user can act on.
  const text = `SystemError: refpy internal error: ${e instanceof Error ? e.message : String(e)}\n`;
  writeSync(2, text);
  process.exit(1);
}

const argv = process.argv.slice(2);
if (argv[0] === "sweep") {
  // `refpy sweep FILE`: the sweep starts a worker per run itself (sweep.ts).
  import("./sweep.js").then((m) => m.sweepMain(argv.slice(1))).then((code) => process.exit(code), fail);
} else {
  const worker = new Worker(join(dirname(fileURLToPath(import.meta.url)), "worker.js"), {
    workerData: { argv, terminal: process.stdin.isTTY === true },
    resourceLimits: { stackSizeMb: STACK_MB, maxOldGenerationSizeMb: workerHeapMb(heapLimitArg(argv)) },
    stdin: false,
  });
  worker.on("exit", (code) => process.exit(code));
  worker.on("error", (e) => {
    if ((e as { code?: unknown }).code === "ERR_WORKER_OUT_OF_MEMORY") {
      // The engine's heap filled before the interpreter could raise.
      writeSync(2, "MemoryError: out of memory (the JavaScript heap is full)\n");
      process.exit(1);
    }
    fail(e);
  });
}
