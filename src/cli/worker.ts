/**
 * The interpreter's thread: runs the command line handed over by the
 * launcher (main.ts) and exits with its status.
 */
import { workerData } from "node:worker_threads";
import { writeSync } from "node:fs";
import { main } from "./command.js";

const data = workerData as { argv: string[]; terminal: boolean };
let status: number;
try {
  status = main(data.argv, data.terminal);
} catch (e) {
  // Never a JavaScript stack trace: the one line a Python user can act on.
  writeSync(2, `SystemError: refpy internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  status = 1;
}
process.exit(status);
