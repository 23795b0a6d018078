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
 */
import { Worker } from "node:worker_threads";
import { writeSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

/** The stack size of the worker that runs the interpreter. */
const STACK_MB = 512;

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
    resourceLimits: { stackSizeMb: STACK_MB },
    stdin: false,
  });
  worker.on("exit", (code) => process.exit(code));
  worker.on("error", fail);
}
