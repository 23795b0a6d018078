/**
 * The built command at a terminal and under SIGINT, against CPython 3.11
 * (`python3`) on the same keys and signals: each case drives both through
 * a pseudo-terminal (test/terminal/pty_session.py, on Python's own `pty`
 * module), renders what the terminal shows, and compares the two screens
 * (the banner aside) and how each process ended ("exit N", "signal N").
 *
 * Keys are sent only once the text they answer has appeared (a prompt,
 * an echo, "ready"), so a loaded machine only makes a case slower. HOME
 * is a fresh folder, so CPython's readline history file starts empty.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";

const command = join(import.meta.dirname, "..", "dist", "bundle", "main.js");
const driver = join(import.meta.dirname, "terminal", "pty_session.py");
const home = mkdtempSync(join(tmpdir(), "refpy-terminal-"));
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** A step of pty_session.py. */
type Step = { expect: string } | { send: string } | { signal: "SIGINT" };

const UP = "\x1b[A";
const LEFT = "\x1b[D";
const CTRL_A = "\x01";
const CTRL_C = "\x03";
const CTRL_D = "\x04";
const CTRL_E = "\x05";

interface Seen {
  screen: string[];
  status: string;
}

function drive(argv: string[], steps: Step[]): Seen {
  const stepsFile = join(home, `steps-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(stepsFile, JSON.stringify(steps));
  const r = spawnSync("python3", [driver, stepsFile, "--", ...argv], {
    cwd: home,
    env: { ...process.env, HOME: home, TIMEOUT: "90", PYTHONSTARTUP: "", LC_ALL: "C.UTF-8" },
    encoding: "utf8",
    timeout: 240_000,
  });
  rmSync(stepsFile, { force: true });
  if (r.status !== 0) throw new Error(`pty_session.py failed: ${r.stderr}`);
  const seen = JSON.parse(r.stdout) as Seen;
  // The banner names the implementation: left out.
  seen.screen = seen.screen.filter((l) => !l.startsWith("Python 3.11.7 (") && !l.startsWith('Type "help"'));
  return seen;
}

/** A traceback without its entries: where a signal lands (which
 *  instruction boundary of the program's loop) depends on timing. */
function withoutEntries(screen: string[]): string[] {
  return screen.filter((l) => !l.startsWith("  File ") && !l.startsWith("    "));
}

/** Run `args` (after the interpreter) under refpy and CPython with the
 *  same steps; both must show the same screen and end the same way. */
function compare(args: string[], steps: Step[], ending: string, exactTracebacks = true): Seen {
  const cpython = drive(["python3", ...args], steps);
  const refpy = drive([process.execPath, command, ...args], steps);
  expect(cpython.status).toBe(ending);
  const shown = (s: Seen) => (exactTracebacks ? s.screen : withoutEntries(s.screen)).join("\n");
  expect(shown(refpy)).toBe(shown(cpython));
  expect(refpy.status).toBe(cpython.status);
  return refpy;
}

function program(name: string, text: string): string {
  const path = join(home, name);
  writeFileSync(path, text);
  return path;
}

const TIMEOUT = 300_000;
const version = spawnSync("python3", ["-c", "import sys; print(sys.version_info[:2] == (3, 11))"], {
  encoding: "utf8",
});

describe("the prompt at a terminal, as CPython's", () => {
  test("python3 is CPython 3.11", () => {
    expect(version.stdout.trim()).toBe("True");
  });

  test(
    "Up recalls an earlier line; Left and Ctrl-A/Ctrl-E edit the line; Ctrl-D on an empty line exits",
    () => {
      compare(
        [],
        [
          { expect: ">>> " },
          { send: "print(6 * 7)\r" },
          { expect: "42" },
          { expect: ">>> " },
          { send: "x = 5\r" },
          { expect: ">>> " },
          { send: `${UP}${UP}\r` },
          { expect: "42" },
          { expect: ">>> " },
          { send: `print(12)${LEFT}${LEFT}3\r` },
          { expect: "132" },
          { expect: ">>> " },
          { send: `rint(x)${CTRL_A}p${CTRL_E}\r` },
          { expect: "5" },
          { expect: ">>> " },
          { send: CTRL_D },
        ],
        "exit 0",
      );
    },
    TIMEOUT,
  );

  test(
    "Ctrl-C drops the line typed so far: KeyboardInterrupt and a fresh prompt",
    () => {
      compare(
        [],
        [
          { expect: ">>> " },
          { send: "abc" },
          { expect: "abc" },
          { send: CTRL_C },
          { expect: ">>> " },
          { send: "for i in range(2): print(i)\r" },
          { expect: "... " },
          { send: "print(" },
          { expect: "print(" },
          { send: CTRL_C },
          { expect: ">>> " },
          { send: "1 + 1\r" },
          { expect: "2" },
          { expect: ">>> " },
          { send: CTRL_D },
        ],
        "exit 0",
      );
    },
    TIMEOUT,
  );

  test(
    "Ctrl-C during a running statement: its traceback, then the prompt",
    () => {
      const refpy = compare(
        [],
        [
          { expect: ">>> " },
          { send: "def spin():\r" },
          { expect: "... " },
          { send: "    print('spinning')\r" },
          { expect: "... " },
          { send: "    while True: pass\r" },
          { expect: "... " },
          { send: "\r" },
          { expect: ">>> " },
          { send: "spin()\r" },
          { expect: "spinning" },
          { send: CTRL_C },
          { expect: "KeyboardInterrupt" },
          { expect: ">>> " },
          { send: "print('still here')\r" },
          { expect: "still here" },
          { expect: ">>> " },
          { send: CTRL_D },
        ],
        "exit 0",
        false,
      );
      // (CPython may take the signal as print() returns, on line 2, when
      // the machine is slow; refpy takes it in the loop.)
      expect(refpy.screen).toContain('  File "<stdin>", line 3, in spin');
    },
    TIMEOUT,
  );

  test(
    "input() at a terminal edits its line; Ctrl-C in it raises KeyboardInterrupt; Ctrl-D is EOFError",
    () => {
      compare(
        [],
        [
          { expect: ">>> " },
          { send: "s = input('na' + 'me? ')\r" },
          { expect: "name? " },
          { send: `bb${LEFT}o\r` },
          { expect: ">>> " },
          { send: "s\r" },
          { expect: "'bob'" },
          { expect: ">>> " },
          { send: "input('ag' + 'ain? ')\r" },
          { expect: "again? " },
          { send: "xyz" },
          { expect: "xyz" },
          { send: CTRL_C },
          { expect: "KeyboardInterrupt" },
          { expect: ">>> " },
          { send: "input('la' + 'st? ')\r" },
          { expect: "last? " },
          { send: CTRL_D },
          { expect: "EOFError" },
          { expect: ">>> " },
          { send: CTRL_D },
        ],
        "exit 0",
      );
    },
    TIMEOUT,
  );
});

describe("SIGINT while a program runs, as CPython's", () => {
  test(
    "a program that catches KeyboardInterrupt goes on",
    () => {
      const file = program(
        "catches.py",
        "try:\n    print('ready', flush=True)\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('caught')\nprint('after')\n",
      );
      compare([file], [{ expect: "ready\r\n" }, { signal: "SIGINT" }], "exit 0", false);
    },
    TIMEOUT,
  );

  test(
    "uncaught: finally, the traceback, __del__ at shutdown, then death by SIGINT",
    () => {
      const file = program(
        "uncaught.py",
        "class D:\n    def __del__(self):\n        print('D.__del__')\n\nd = D()\ntry:\n    print('ready', flush=True)\n    while True:\n        pass\nfinally:\n    print('finally')\n",
      );
      compare([file], [{ expect: "ready\r\n" }, { signal: "SIGINT" }], "signal 2", false);
    },
    TIMEOUT,
  );

  test(
    "time.sleep wakes for it; the with statement's __exit__ runs",
    () => {
      const file = program(
        "sleeps.py",
        "import time\n" +
          "class Context:\n" +
          "    def __enter__(self):\n" +
          "        return self\n" +
          "    def __exit__(self, *exc):\n" +
          "        print('__exit__', exc[0].__name__)\n" +
          "with Context():\n" +
          "    print('ready', flush=True)\n" +
          "    time.sleep(600)\n",
      );
      compare([file], [{ expect: "ready\r\n" }, { signal: "SIGINT" }], "signal 2", false);
    },
    TIMEOUT,
  );

  test(
    "a Python handler runs and the program goes on; SIG_IGN ignores it",
    () => {
      const file = program(
        "handled.py",
        "import signal, time\n" +
          "hit = []\n" +
          "signal.signal(signal.SIGINT, lambda n, f: hit.append(n))\n" +
          "print('ready', flush=True)\n" +
          "while not hit:\n" +
          "    time.sleep(0.05)\n" +
          "print('handler ran', hit)\n" +
          "signal.signal(signal.SIGINT, signal.SIG_IGN)\n" +
          "print('ignoring', flush=True)\n" +
          "time.sleep(2)\n" +
          "print('done')\n",
      );
      compare(
        [file],
        [{ expect: "ready\r\n" }, { signal: "SIGINT" }, { expect: "ignoring\r\n" }, { signal: "SIGINT" }],
        "exit 0",
      );
    },
    TIMEOUT,
  );

  test(
    "a thread that waits for a flag: the handler sets it, the thread ends, join returns",
    () => {
      const file = program(
        "flagged.py",
        "import signal, threading, time\n" +
          "stop = []\n" +
          "signal.signal(signal.SIGINT, lambda n, f: stop.append(n))\n" +
          "def worker():\n" +
          "    print('ready', flush=True)\n" +
          "    while not stop:\n" +
          "        time.sleep(0.01)\n" +
          "    print('worker stopped by', stop)\n" +
          "t = threading.Thread(target=worker)\n" +
          "t.start()\n" +
          "t.join()\n" +
          "print('main done', t.is_alive())\n",
      );
      compare([file], [{ expect: "ready\r\n" }, { signal: "SIGINT" }], "exit 0");
    },
    TIMEOUT,
  );

  test(
    "a thread that never ends: Ctrl-C reaches the main thread, and again threading's shutdown",
    () => {
      // CPython's main thread runs on beside the thread, so its first
      // Ctrl-C lands in the shutdown's wait for it; refpy's waits in
      // start() while the thread runs (programs/DIFFERENCES.md, threads),
      // so the first lands there and the second in the shutdown, each
      // with the traceback CPython prints for a Ctrl-C at that place.
      const file = program(
        "endless.py",
        "import threading, time\n" +
          "def spin():\n" +
          "    try:\n" +
          "        print('ready', flush=True)\n" +
          "        while True:\n" +
          "            time.sleep(0.01)\n" +
          "    finally:\n" +
          "        print('never: the thread sees no signal')\n" +
          "threading.Thread(target=spin).start()\n" +
          "print('main done')\n",
      );
      const seen = drive(
        [process.execPath, command, file],
        [{ expect: "ready\r\n" }, { signal: "SIGINT" }, { expect: "KeyboardInterrupt\r\n" }, { signal: "SIGINT" }],
      );
      expect(seen.status).toBe("signal 2");
      expect(withoutEntries(seen.screen).join("\n")).toBe(
        [
          "ready",
          "Traceback (most recent call last):",
          "KeyboardInterrupt",
          "Exception ignored in: <module 'threading' from '/lib/python3.11/threading.py'>",
          "Traceback (most recent call last):",
          "KeyboardInterrupt:",
        ].join("\n"),
      );
      expect(seen.screen).toContain("    threading.Thread(target=spin).start()");
      // The second lands where the shutdown waits for the thread, or just
      // before (which of its lines depends on timing, as in CPython).
      expect(seen.screen.some((l) => l.endsWith(", in _shutdown"))).toBe(true);
    },
    TIMEOUT,
  );

  test(
    "SIG_DFL: death by SIGINT at once, no cleanup",
    () => {
      const file = program(
        "default.py",
        "import signal\nsignal.signal(signal.SIGINT, signal.SIG_DFL)\ntry:\n    print('ready', flush=True)\n    while True:\n        pass\nfinally:\n    print('finally')\n",
      );
      compare([file], [{ expect: "ready\r\n" }, { signal: "SIGINT" }], "signal 2", false);
    },
    TIMEOUT,
  );
});
