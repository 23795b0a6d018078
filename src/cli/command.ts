/**
 * The `refpy` command: CPython's command line, for refpy.
 *
 *     refpy [option] ... [-c cmd | -m mod | file | -] [arg] ...
 *
 * `-c CODE`, `FILE`, `-` (standard input) run a program; no program and a
 * terminal on stdin (or `-i`) starts the interactive prompt; `-m dis FILE`
 * disassembles. `-X key=value` passes implementation options through
 * (`heap-limit=SIZE` with K/M/G suffixes). Exit status as CPython: 0 ok,
 * 1 uncaught exception, 2 bad command line; SystemExit(n) exits with n.
 *
 * This runs on the interpreter's worker thread (see main.ts).
 */
import { readFileSync, readSync, existsSync, statSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { run, type RunOptions } from "../api/run.js";
import { startRepl, LineReader } from "./repl.js";
import { CommandInstruments } from "../trace/cli.js";
import { parseSize, parseGCThreshold } from "./xoptions.js";
import { hostReadline, terminalStdin, type HostChannel } from "./terminal.js";
import { readlineHook } from "../vm/hostcontrol.js";

const VERSION = "refpy 0.1.0 (Python 3.11 subset)";

const USAGE = "usage: refpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
const TRY = "Try `refpy -h' for more information.\n";

const HELP = `${USAGE}Options (and corresponding environment variables):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-m mod : run library module as a script (terminates option list);
         refpy supports -m dis FILE
-V     : print the refpy version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
-X opt : set implementation-specific option:
         -X heap-limit=SIZE: heap limit in bytes (suffixes K, M, G; default 1G):
            CPython's bytes, as sys.getsizeof counts them; MemoryError past it,
            or earlier if the JavaScript heap (sized from it) runs short
         -X gc-stress: run a cycle collection at every container allocation
            (the young generations; the whole heap every quarter-heap of allocations)
         -X showrefcount: at exit (and after each statement at the prompt) print
            "[N refs, M blocks]" to stderr: N is the sum of the refcounts of the
            run's live objects (not static ones), M the allocator's live
            blocks; both are 0 once shutdown has freed everything
         -X refcount-audit: check that every live object's refcount equals the
            references to it, at each line where no native caller holds
            references and at exit, and that nothing outlives shutdown;
            failures are reported on stderr (and make the exit status 1)
         -X trace=EVENTS: write heap events to stderr, one line each; EVENTS is
            all or any of alloc,dealloc,del,gc,weakref,refs (comma-separated)
         -X trace-file=PATH: write the heap events to PATH as JSON lines
         -X stats: print heap and collector statistics to stderr at exit
         -X gc-threshold=T0[,T1[,T2]]: the collector's thresholds at start, as
            gc.set_threshold(T0, T1, T2) (default 700,10,10)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

refpy sweep [options] file [arg] ...: run a program under a grid of GC
         thresholds (see refpy sweep --help)
`;

/** Options CPython accepts without an argument that refpy ignores. */
const IGNORED_FLAGS = new Set(["b", "B", "d", "E", "I", "O", "P", "q", "R", "s", "S", "u", "v", "x"]);

export interface CommandLine {
  mode: "file" | "command" | "stdin" | "module" | "repl" | "help" | "version";
  /** The script path, the -c code, or the -m module name. */
  target: string;
  args: string[];
  inspect: boolean;
  xoptions: Map<string, string>;
  /** -W options, in order. */
  warnoptions: string[];
}

class UsageError {
  constructor(public readonly message: string) {}
}

/** Parse argv (without node and the script) as CPython does. */
export function parseCommandLine(argv: string[]): CommandLine {
  const cl: CommandLine = { mode: "repl", target: "", args: [], inspect: false, xoptions: new Map(), warnoptions: [] };
  let i = 0;
  while (i < argv.length) {
    const a = argv[i];
    if (a === "--help" || a === "-h" || a === "-?") {
      cl.mode = "help";
      return cl;
    }
    if (a === "--version" || a === "-V") {
      cl.mode = "version";
      return cl;
    }
    if (a === "-") {
      cl.mode = "stdin";
      cl.args = argv.slice(i);
      cl.args[0] = "-";
      return cl;
    }
    if (a.startsWith("--")) throw new UsageError(`unknown option ${a}\n`);
    if (!a.startsWith("-") || a.length === 1) break;
    // A cluster of single-letter options, e.g. -iB, -c CODE, -cCODE, -Xkey.
    let j = 1;
    while (j < a.length) {
      const ch = a[j];
      if (ch === "c" || ch === "m" || ch === "X" || ch === "W") {
        let value = a.slice(j + 1);
        if (value === "") {
          i++;
          if (i >= argv.length) throw new UsageError(`Argument expected for the -${ch} option\n`);
          value = argv[i];
        }
        if (ch === "c") {
          cl.mode = "command";
          cl.target = value;
          cl.args = ["-c", ...argv.slice(i + 1)];
          return cl;
        }
        if (ch === "m") {
          cl.mode = "module";
          cl.target = value;
          cl.args = argv.slice(i + 1);
          return cl;
        }
        if (ch === "X") {
          const eq = value.indexOf("=");
          if (eq < 0) cl.xoptions.set(value, "");
          else cl.xoptions.set(value.slice(0, eq), value.slice(eq + 1));
        }
        if (ch === "W") cl.warnoptions.push(value);
        break;
      }
      if (ch === "i") cl.inspect = true;
      else if (ch === "h" || ch === "?") {
        cl.mode = "help";
        return cl;
      } else if (ch === "V") {
        cl.mode = "version";
        return cl;
      } else if (!IGNORED_FLAGS.has(ch)) throw new UsageError(`Unknown option: -${ch}\n`);
      j++;
    }
    i++;
  }
  if (i < argv.length) {
    cl.mode = "file";
    cl.target = argv[i];
    cl.args = argv.slice(i);
  }
  return cl;
}

// The -X values that take numbers (shared with `refpy sweep`).
export { parseSize, parseGCThreshold };

/** sys.stdin reads descriptor 0 as CPython's FileIO does: each read
 *  gives what one read(2) returns, up to the size asked for. */
function stdinReader(): { read(n: number): Uint8Array } {
  return {
    read(n: number): Uint8Array {
      const buf = Buffer.alloc(Math.min(n, 1 << 20));
      for (;;) {
        try {
          return buf.subarray(0, readSync(0, buf, 0, buf.length, null));
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === "EAGAIN") {
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
            continue;
          }
          return buf.subarray(0, 0);
        }
      }
    },
  };
}

/** All of standard input, as bytes: a program read from it is decoded as
 *  a source file is (run() reads its coding cookie). */
function readStdin(): Uint8Array {
  try {
    return readFileSync(0);
  } catch {
    return new Uint8Array(0);
  }
}

/** Write synchronously to a file descriptor (so stdout and stderr
 *  interleave exactly as the program wrote them). */
export function writeSyncAll(fd: number, s: string): void {
  const buf = Buffer.from(s, "utf8");
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
    }
  }
}

function writeOut(s: string): void {
  writeSyncAll(1, s);
}

function writeErr(s: string): void {
  writeSyncAll(2, s);
}

/** Run the parsed command line; returns the exit status (below 0: the
 *  process must die of that signal). `terminal`: whether standard input
 *  is a terminal (the launcher knows; a worker thread's own process.stdin
 *  does not). `host`: the launcher's channel (main.ts), which delivers
 *  SIGINT and, at a terminal, reads its lines. */
export function main(argv: string[], terminal: boolean = process.stdin.isTTY === true, host?: HostChannel): number {
  let cl: CommandLine;
  try {
    cl = parseCommandLine(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      writeErr(e.message + USAGE + TRY);
      return 2;
    }
    throw e;
  }
  if (cl.mode === "help") {
    writeOut(HELP);
    return 0;
  }
  if (cl.mode === "version") {
    writeOut(VERSION + "\n");
    return 0;
  }

  const base: RunOptions = { stdout: writeOut, stderr: writeErr, collectOutput: false, stdin: stdinReader() };
  if (host !== undefined) {
    base.hostControl = host.control;
    if (terminal) {
      // The launcher owns the terminal: the prompt, input() and sys.stdin
      // read their lines through it.
      readlineHook.fn = hostReadline(host);
      base.stdin = terminalStdin(readlineHook.fn);
    }
  }
  const heap = cl.xoptions.get("heap-limit");
  if (heap !== undefined) {
    const n = parseSize(heap);
    if (n === null || n <= 0) {
      writeErr(`refpy: invalid -X heap-limit value: '${heap}'\n`);
      return 2;
    }
    base.heapLimit = n;
  }
  const thresholds = cl.xoptions.get("gc-threshold");
  if (thresholds !== undefined) {
    const t = parseGCThreshold(thresholds);
    if (t === null) {
      writeErr(`refpy: invalid -X gc-threshold value: '${thresholds}'\n`);
      return 2;
    }
    base.gcThresholds = t;
  }
  base.xoptions = cl.xoptions;
  base.warnoptions = cl.warnoptions;
  const instruments = cl.mode === "module" ? null : CommandInstruments.fromXOptions(cl.xoptions, writeErr);
  if (typeof instruments === "string") {
    writeErr(instruments);
    return 2;
  }
  /** run() with the -X trace/stats instruments around it. */
  const runProgram = (source: string | Uint8Array, options: RunOptions) => {
    if (instruments === null) return run(source, options);
    const r = run(source, instruments.runOptions(options));
    instruments.finish(r);
    return r;
  };

  switch (cl.mode) {
    case "module": {
      if (cl.target !== "dis") {
        writeErr(`refpy: No module named ${cl.target}\n`);
        return 1;
      }
      const file = cl.args[0];
      const source = file === undefined || file === "-" ? readStdin() : readScript(file);
      if (source === null) return 2;
      return runDis(new TextDecoder().decode(source), file ?? "<stdin>");
    }
    case "command": {
      const r = runProgram(cl.target, { ...base, filename: "<string>", argv: cl.args, inspect: cl.inspect });
      if (cl.inspect) return startRepl(base, r.session, new LineReader(0), terminal);
      return r.exitCode;
    }
    case "file": {
      const source = readScript(cl.target);
      if (source === null) return 2;
      // CPython 3.11 names the script by its absolute path (co_filename,
      // __file__); sys.argv[0] stays as given.
      const r = runProgram(source, { ...base, filename: resolve(cl.target), argv: cl.args, inspect: cl.inspect });
      if (cl.inspect) return startRepl(base, r.session, new LineReader(0), terminal);
      return r.exitCode;
    }
    case "stdin": {
      const r = runProgram(readStdin(), { ...base, filename: "<stdin>", argv: cl.args, fileAttr: true });
      return r.exitCode;
    }
    case "repl": {
      if (!terminal && !cl.inspect) {
        const r = runProgram(readStdin(), { ...base, filename: "<stdin>", argv: [""], fileAttr: true });
        return r.exitCode;
      }
      return startRepl({ ...base, argv: [""] }, null, new LineReader(0), terminal);
    }
  }
  return 0;
}

/** The bytes of a program file (run() decodes them as CPython reads a
 *  source file: BOM, coding cookie), or null after the error message. */
function readScript(path: string): Uint8Array | null {
  const abs = resolve(path);
  try {
    if (!existsSync(abs)) throw new Error("ENOENT");
    if (statSync(abs).isDirectory()) {
      writeErr(`refpy: can't find '__main__' module in '${path}'\n`);
      return null;
    }
    return readFileSync(abs);
  } catch {
    writeErr(`refpy: can't open file '${abs}': [Errno 2] No such file or directory\n`);
    return null;
  }
}

function runDis(source: string, filename: string): number {
  return run(source, { stdout: writeOut, stderr: writeErr, filename, disassemble: true, collectOutput: false })
    .exitCode;
}
