#!/usr/bin/env node
/**
 * The `refpy` launcher. It starts the interpreter on a worker thread
 * with a large stack (worker.ts, which runs command.ts), so native code
 * that calls back into Python (`__init__` through a class call, `__eq__`
 * from a dict, `__del__` from a DECREF) can nest as deep as the recursion
 * limit allows; Python-to-Python calls need no JS stack at all.
 *
 * This thread stays free while Python runs, and owns what a blocked
 * thread cannot serve (vm/hostcontrol.ts lays out the words both share):
 *
 * - SIGINT: the signal sets HOST_INTERRUPT, which the interpreter's eval
 *   breaker polls (KeyboardInterrupt through SIGINT's Python handler);
 *   with SIGINT's handler SIG_IGN it is dropped, with SIG_DFL the process
 *   dies of it at once, as CPython's does.
 * - The terminal, when standard input is one: lines are read here with
 *   node:readline (editing, the session's history, Ctrl-C, Ctrl-D) and
 *   handed to the interpreter, which asks for each with its prompt
 *   (terminal.ts is its side of the channel).
 * - The exit: after an uncaught KeyboardInterrupt the interpreter's
 *   thread finishes its shutdown, then the process kills itself with
 *   SIGINT (CPython's exit_sigint), so a shell sees a death by signal.
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
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { createInterface, type Interface } from "node:readline";
import { constants, totalmem } from "node:os";
import {
  HOST_EXIT_SIGNAL,
  HOST_INTERRUPT,
  HOST_LINE,
  HOST_LINE_LENGTH,
  HOST_LINE_MORE,
  HOST_SIGINT_ACTION,
  HOST_WORDS,
  LINE_BUFFER_BYTES,
  LINE_EOF,
  LINE_INTERRUPTED,
  LINE_READY,
  SIGINT_DEFAULT,
  SIGINT_IGNORE,
} from "../vm/hostcontrol.js";
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
  restoreTerminal();
  writeSync(2, text);
  process.exit(1);
}

/** What the interpreter's thread asks of this one (terminal.ts). */
export interface LineRequest {
  /** The prompt to show, or null for the next piece of a long line. */
  prompt: string | null;
}

const control = new Int32Array(new SharedArrayBuffer(HOST_WORDS * 4));
const lineBuffer = new Uint8Array(new SharedArrayBuffer(LINE_BUFFER_BYTES));
const terminal = process.stdin.isTTY === true;

/** The terminal's line reader (made at the first request, and again after
 *  Ctrl-D closed it), its history, and what is waiting for the worker. */
let rl: Interface | null = null;
let history: string[] = [];
let reading = false;
let rest: Uint8Array | null = null;

function restoreTerminal(): void {
  if (rl !== null) {
    const r = rl;
    rl = null;
    r.close();
  }
  if (terminal && process.stdin.isRaw) process.stdin.setRawMode(false);
}

/** Die of `signal` as the OS would kill the process: this thread's
 *  handler removed first, so the default action takes place. */
function dieOf(signal: NodeJS.Signals, signum: number): void {
  restoreTerminal();
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
  // The signal is delivered at once; should it not be (one the system
  // ignores), the status a shell shows for it.
  setTimeout(() => process.exit(128 + signum), 1000);
}

/** Hand the worker the next piece of `bytes` (a line with its newline). */
function answerLine(bytes: Uint8Array): void {
  const n = Math.min(bytes.length, LINE_BUFFER_BYTES);
  lineBuffer.set(bytes.subarray(0, n));
  rest = n < bytes.length ? bytes.subarray(n) : null;
  Atomics.store(control, HOST_LINE_LENGTH, n);
  Atomics.store(control, HOST_LINE_MORE, rest === null ? 0 : 1);
  answer(LINE_READY);
}

function answer(state: number): void {
  reading = false;
  Atomics.store(control, HOST_LINE, state);
  Atomics.notify(control, HOST_LINE);
}

/** SIGINT, from a `kill` or Ctrl-C (a key at the prompt, the terminal's
 *  signal while a program runs). */
function onSigint(): void {
  const action = Atomics.load(control, HOST_SIGINT_ACTION);
  if (action === SIGINT_IGNORE) return;
  if (action === SIGINT_DEFAULT) {
    dieOf("SIGINT", 2);
    return;
  }
  Atomics.store(control, HOST_INTERRUPT, 1);
  Atomics.notify(control, HOST_INTERRUPT);
  if (reading && rl !== null) {
    // The line typed so far is dropped (the prompt starts a new line
    // before KeyboardInterrupt; input() does not, as CPython's).
    const r = rl as Interface & { line: string; cursor: number };
    r.pause();
    process.stdin.setRawMode(false);
    r.line = "";
    r.cursor = 0;
    answer(LINE_INTERRUPTED);
  }
}

function openReader(): Interface {
  const r = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: true,
    history,
    historySize: 1000,
    tabSize: 4,
  });
  r.on("line", (line) => {
    if (!reading) return;
    r.pause();
    process.stdin.setRawMode(false);
    answerLine(Buffer.from(line + "\n", "utf8"));
  });
  r.on("SIGINT", onSigint);
  r.on("history", (h: string[]) => {
    history = h;
  });
  r.on("close", () => {
    // Ctrl-D on an empty line: end of input.
    if (rl === r) rl = null;
    if (reading) answer(LINE_EOF);
  });
  return r;
}

/** The worker asks for a line, showing `prompt` (terminal.ts). */
function onLineRequest(req: LineRequest): void {
  if (req.prompt === null) {
    answerLine(rest ?? new Uint8Array(0));
    return;
  }
  reading = true;
  if (rl === null) rl = openReader();
  process.stdin.setRawMode(true);
  rl.setPrompt(req.prompt);
  rl.resume();
  rl.prompt();
}

const argv = process.argv.slice(2);
if (argv[0] === "sweep") {
  // `refpy sweep FILE`: the sweep starts a worker per run itself (sweep.ts).
  import("./sweep.js").then((m) => m.sweepMain(argv.slice(1))).then((code) => process.exit(code), fail);
} else {
  process.on("SIGINT", onSigint);
  const worker = new Worker(join(dirname(fileURLToPath(import.meta.url)), "worker.js"), {
    workerData: { argv, terminal, control, lineBuffer },
    resourceLimits: { stackSizeMb: STACK_MB, maxOldGenerationSizeMb: workerHeapMb(heapLimitArg(argv)) },
    stdin: false,
  });
  worker.on("message", (req: LineRequest) => onLineRequest(req));
  worker.on("exit", (code) => {
    const signum = Atomics.load(control, HOST_EXIT_SIGNAL);
    const name = Object.entries(constants.signals).find(([, n]) => n === signum)?.[0];
    if (signum !== 0 && name !== undefined) {
      dieOf(name as NodeJS.Signals, signum);
      return;
    }
    restoreTerminal();
    process.exit(code);
  });
  worker.on("error", (e) => {
    if ((e as { code?: unknown }).code === "ERR_WORKER_OUT_OF_MEMORY") {
      // The engine's heap filled before the interpreter could raise.
      restoreTerminal();
      writeSync(2, "MemoryError: out of memory (the JavaScript heap is full)\n");
      process.exit(1);
    }
    fail(e);
  });
}
