/**
 * The interpreter's thread: runs the command line handed over by the
 * launcher (main.ts) and exits with its status. A status below 0 is a
 * death by that signal (an uncaught KeyboardInterrupt: SIGINT): the
 * launcher kills the process with it once this thread is gone.
 */
import { workerData } from "node:worker_threads";
import { writeSync } from "node:fs";
import { main } from "./command.js";
import type { HostChannel } from "./terminal.js";
import { HOST_EXIT_SIGNAL } from "../vm/hostcontrol.js";

const data = workerData as { argv: string[]; terminal: boolean } & HostChannel;
let status: number;
try {
  status = main(data.argv, data.terminal, { control: data.control, lineBuffer: data.lineBuffer });
} catch (e) {
  // Never a JavaScript stack trace: the one line a Python user can act on.
  writeSync(2, `SystemError: refpy internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  status = 1;
}
if (status < 0) {
  Atomics.store(data.control, HOST_EXIT_SIGNAL, -status);
  status = 128 - status;
}
process.exit(status);
