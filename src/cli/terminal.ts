/**
 * The interpreter's side of the terminal channel (main.ts holds the
 * other): while standard input is a terminal, the launcher thread reads
 * its lines with node:readline (editing, history), and this thread asks
 * for each one with its prompt, then waits on the shared control words
 * (vm/hostcontrol.ts) for the answer. It is PyOS_Readline for the prompt
 * (sys.ps1, sys.ps2), input() and sys.stdin.
 */
import { parentPort } from "node:worker_threads";
import { _PySignal_PollHost } from "../modules/signal.js";
import {
  HOST_LINE,
  HOST_LINE_LENGTH,
  HOST_LINE_MORE,
  LINE_EOF,
  LINE_IDLE,
  LINE_INTERRUPTED,
  LINE_WANTED,
  type ReadlineFunction,
} from "../vm/hostcontrol.js";

/** The shared words and the text buffer the launcher made. */
export interface HostChannel {
  control: Int32Array;
  lineBuffer: Uint8Array;
}

/** A line reader over `host`: a line with its newline, null at end of
 *  input (Ctrl-D on an empty line); Ctrl-C runs SIGINT's Python handler,
 *  whose exception (KeyboardInterrupt) propagates, and asks again when
 *  the handler returns. */
export function hostReadline(host: HostChannel): ReadlineFunction {
  const { control, lineBuffer } = host;
  const decoder = new TextDecoder();

  /** Post a request and wait for its answer (a LINE_* state). */
  function request(prompt: string | null): number {
    Atomics.store(control, HOST_LINE, LINE_WANTED);
    parentPort!.postMessage({ prompt });
    while (Atomics.load(control, HOST_LINE) === LINE_WANTED) Atomics.wait(control, HOST_LINE, LINE_WANTED);
    const state = Atomics.load(control, HOST_LINE);
    Atomics.store(control, HOST_LINE, LINE_IDLE);
    return state;
  }

  function piece(): Uint8Array {
    return lineBuffer.slice(0, Atomics.load(control, HOST_LINE_LENGTH));
  }

  return (prompt: string): string | null => {
    // A Ctrl-C that came before the prompt is taken first.
    _PySignal_PollHost();
    for (;;) {
      const state = request(prompt);
      if (state === LINE_EOF) return null;
      if (state === LINE_INTERRUPTED) {
        _PySignal_PollHost();
        continue;
      }
      const pieces = [piece()];
      while (Atomics.load(control, HOST_LINE_MORE) !== 0) {
        request(null);
        pieces.push(piece());
      }
      return decoder.decode(Buffer.concat(pieces));
    }
  };
}

/** sys.stdin's reader at a terminal: the bytes of lines read through
 *  `readline` with no prompt, as a terminal in canonical mode gives them
 *  (a read at end of input gives nothing; the next one reads again). */
export function terminalStdin(readline: ReadlineFunction): { read(n: number): Uint8Array } {
  let pending = new Uint8Array(0);
  return {
    read(n: number): Uint8Array {
      if (pending.length === 0) {
        const line = readline("");
        if (line === null) return new Uint8Array(0);
        pending = Buffer.from(line, "utf8");
      }
      const out = pending.subarray(0, n);
      pending = pending.subarray(out.length);
      return out;
    },
  };
}
