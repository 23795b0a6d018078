/**
 * The words a host thread shares with the interpreter's thread (an
 * Int32Array over a SharedArrayBuffer), and the interpreter's line
 * reader at a terminal (CPython's PyOS_ReadlineFunctionPointer).
 *
 * The `refpy` command's launcher (cli/main.ts) owns the process's
 * signals and the terminal; the interpreter runs on a worker thread
 * whose event loop never turns while Python runs. So the launcher
 * reports SIGINT by setting HOST_INTERRUPT (and Atomics.notify on it,
 * which wakes a sleeping time.sleep), the eval breaker polls that word
 * (modules/signal.ts `_PySignal_PollHost`), and the interpreter tells
 * the launcher in HOST_SIGINT_ACTION what SIGINT's handler is, so that
 * SIG_DFL kills at once (the process dies of the signal, as CPython's)
 * and SIG_IGN does nothing. HOST_EXIT_SIGNAL is the signal the process
 * must die of once the interpreter's thread has finished (an uncaught
 * KeyboardInterrupt: CPython's exit_sigint).
 *
 * This file imports nothing: the launcher reads it without loading the
 * interpreter.
 */

/** Non-zero: SIGINT arrived and the interpreter has not taken it yet. */
export const HOST_INTERRUPT = 0;
/** SIGINT's disposition: one of SIGINT_HANDLER, SIGINT_IGNORE, SIGINT_DEFAULT. */
export const HOST_SIGINT_ACTION = 1;
/** The signal the process dies of after the interpreter's thread ends (0: none). */
export const HOST_EXIT_SIGNAL = 2;
/** The line channel's state (LINE_*) and the byte length of its text. */
export const HOST_LINE = 3;
export const HOST_LINE_LENGTH = 4;
/** Non-zero with LINE_READY: the line goes on in the next piece. */
export const HOST_LINE_MORE = 5;
/** How many words the control array holds. */
export const HOST_WORDS = 8;

/** A Python handler runs (default_int_handler raises KeyboardInterrupt). */
export const SIGINT_HANDLER = 0;
export const SIGINT_IGNORE = 1;
export const SIGINT_DEFAULT = 2;

/** The line channel: the interpreter writes its prompt into the text
 *  buffer and sets LINE_WANTED; the launcher answers with LINE_READY (the
 *  line, with its newline, in the buffer), LINE_EOF (Ctrl-D on an empty
 *  line) or LINE_INTERRUPTED (Ctrl-C). */
export const LINE_IDLE = 0;
export const LINE_WANTED = 1;
export const LINE_READY = 2;
export const LINE_EOF = 3;
export const LINE_INTERRUPTED = 4;
/** The text buffer's size in bytes (a longer line comes in pieces). */
export const LINE_BUFFER_BYTES = 1 << 16;

/** The result of PyOS_Readline: a line with its newline, null at end of
 *  input; it throws what the SIGINT handler raises on Ctrl-C. */
export type ReadlineFunction = (prompt: string) => string | null;

/** PyOS_ReadlineFunctionPointer: set while standard input is a terminal
 *  whose lines a host reads with editing and history; input() and the
 *  prompt read through it. */
export const readlineHook: { fn: ReadlineFunction | null } = { fn: null };
