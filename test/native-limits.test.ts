/**
 * Time limits, step limits and the embedder's interrupt flag stop native
 * loops too (objects/eval-breaker.ts): iterator consumers fed by infinite
 * iterators, sorting with a native key, repetition, big-int powers,
 * factorials, time.sleep. Each run must end with the limit's error (or
 * KeyboardInterrupt) well before its work could finish, and a normal run
 * in the same process afterwards must give the right output. The bounds
 * are generous (the machine is shared): they assert that a run stops, not
 * how fast.
 */
import { describe, expect, test } from "vitest";
import { run } from "../src/index.js";

const STOP_BOUND_MS = 10_000;

/** Programs that would run for ever (or for hours) without the check. */
const HOSTILE: [string, string][] = [
  ["any(iter(int, 1))", "any(iter(int, 1))\n"],
  ["sum(range(10**12))", "sum(range(10**12))\n"],
  ["time.sleep", "import time\ntime.sleep(10**9)\n"],
  ["sorted, native key", "sorted(range(10**7), key=abs)\n"],
  ["list.sort, native key", "x = list(range(3 * 10**6))\nx.sort(key=abs)\n"],
  ["list(repeat)", "import itertools\nlist(itertools.repeat(1))\n"],
  ["any(repeat)", "import itertools\nany(itertools.repeat(0))\n"],
  ["all(cycle)", "import itertools\nall(itertools.cycle([1]))\n"],
  ["max(count)", "import itertools\nmax(itertools.count())\n"],
  ["sum(count)", "import itertools\nsum(itertools.count())\n"],
  ["set(count)", "import itertools\nset(itertools.count())\n"],
  ["dict.fromkeys(count)", "import itertools\ndict.fromkeys(itertools.count())\n"],
  ["bytes(repeat)", "import itertools\nbytes(itertools.repeat(1))\n"],
  ["str.join(repeat)", "import itertools\n''.join(itertools.repeat('a'))\n"],
  ["deque(repeat, maxlen=0)", "import itertools, collections\ncollections.deque(itertools.repeat(1), maxlen=0)\n"],
  ["in repeat", "import itertools\n5 in itertools.repeat(1)\n"],
  [
    "map/filter/zip chain",
    "import itertools\nmin(map(abs, filter(None, map(sum, zip(itertools.count(1), itertools.repeat(0))))))\n",
  ],
  ["max(enumerate)", "import itertools\nmax(enumerate(itertools.repeat(0)))\n"],
  ["pow(3, 10**8)", "pow(3, 10**8)\n"],
  ["math.factorial(10**7)", "import math\nmath.factorial(10**7)\n"],
  ["math.comb", "import math\nmath.comb(10**9, 10**6)\n"],
  ["math.perm", "import math\nmath.perm(10**9, 10**6)\n"],
];

/** The run stopped with `error` (exit status 1; an uncaught
 *  KeyboardInterrupt is a death by SIGINT, -2 as subprocess reports it). */
function check(result: ReturnType<typeof run>, error: string, started: number): void {
  expect(Date.now() - started).toBeLessThan(STOP_BOUND_MS);
  expect(result.exitCode).toBe(error === "KeyboardInterrupt" ? -2 : 1);
  expect(result.stderr).toContain(error);
  const after = run("print(sum(range(10)), sorted([3, 1, 2], key=abs))\n");
  expect(after.exitCode).toBe(0);
  expect(after.stdout).toBe("45 [1, 2, 3]\n");
}

describe("a time limit stops native loops", () => {
  for (const [name, source] of HOSTILE) {
    test(name, () => {
      const started = Date.now();
      const r = run(source, { filename: "hostile.py", timeLimitMs: 500 });
      check(r, "RuntimeError: refpy time limit exceeded (500 ms)", started);
    });
  }

  test("catching the error does not keep a native loop going", () => {
    const src =
      "import itertools\nfor i in range(3):\n    try:\n        any(itertools.repeat(0))\n    except RuntimeError as e:\n        print(e)\n";
    const started = Date.now();
    const r = run(src, { filename: "catch.py", timeLimitMs: 300 });
    check(r, "RuntimeError: refpy time limit exceeded (300 ms)", started);
    // The loop's next backward jump raises again, outside the try.
    expect(r.stdout).toBe("refpy time limit exceeded (300 ms)\n");
  });
});

// A step limit stops where a time limit might not, on a fast machine:
// work that ends within a time limit (a repetition of 10**7 items) still
// counts its native steps.
describe("a stopped native loop releases what it holds", () => {
  for (const source of [
    "import itertools\nlist(itertools.repeat([]))\n",
    "x = [[i] for i in range(10**4)]\nsorted(x * 300, key=len)\n",
    "import itertools\nset(map(str, itertools.count()))\n",
    "import itertools\ndict.fromkeys(map(str, itertools.count()))\n",
    "x = [[]] * (10**7)\n",
    "x = [[], 1] * (10**7)\n",
    "x = [[], 1]\nx *= 10**7\n",
    "import itertools, collections\ncollections.deque(map(str, itertools.count()))\n",
    "import itertools\n''.join(map(str, itertools.count()))\n",
    "import itertools\ntuple(itertools.repeat([]))\n",
    "import itertools\n{}.update(zip(itertools.count(), itertools.count()))\n",
  ]) {
    test(source.trim().split("\n").pop()!, () => {
      const started = Date.now();
      const r = run(source, { filename: "held.py", stepLimit: 50_000, audit: "exit" });
      check(r, "RuntimeError: refpy step limit exceeded (50000 steps)", started);
      expect(r.audit!.mismatches).toEqual([]);
      expect(r.audit!.leaks).toEqual([]);
    });
  }
});

// A repetition's work comes in few large pieces, so a step limit may let
// it finish; a short time limit stops it between pieces (copying 1 GB
// takes far longer than 50 ms).
describe("a time limit stops a long repetition", () => {
  for (const source of ["b'xy' * (5 * 10**8)\n", "bytearray(b'xy') * (5 * 10**8)\n"]) {
    test(source.trim(), () => {
      const started = Date.now();
      const r = run(source, { filename: "hostile.py", timeLimitMs: 50 });
      check(r, "RuntimeError: refpy time limit exceeded (50 ms)", started);
    });
  }
});

describe("a step limit stops native loops", () => {
  for (const source of [
    "any(iter(int, 1))\n",
    "sum(range(10**12))\n",
    "import itertools\nlist(itertools.repeat(None))\n",
    "sorted(range(10**7), key=abs)\n",
  ]) {
    test(source.trim().split("\n").pop()!, () => {
      const started = Date.now();
      const r = run(source, { filename: "hostile.py", stepLimit: 100_000 });
      check(r, "RuntimeError: refpy step limit exceeded (100000 steps)", started);
    });
  }
});

describe("the embedder's interrupt", () => {
  test("a nonzero flag raises KeyboardInterrupt in a native loop, and is set back to 0", () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    let checks = 0;
    const started = Date.now();
    const r = run("import itertools\nany(itertools.repeat(0))\n", {
      filename: "intr.py",
      interrupt: flag,
      onInterruptCheck: () => {
        if (++checks === 50) Atomics.store(flag, 0, 1);
        return false;
      },
    });
    check(r, "KeyboardInterrupt", started);
    expect(r.stderr).toContain('File "intr.py", line 2');
    expect(Atomics.load(flag, 0)).toBe(0);
  });

  test("onInterruptCheck returning true interrupts time.sleep; the program may catch it", () => {
    let checks = 0;
    const src =
      "import time\ntry:\n    time.sleep(10**6)\nexcept KeyboardInterrupt:\n    print('interrupted')\nprint(sum(range(10**5)))\n";
    const started = Date.now();
    const r = run(src, { filename: "sleep.py", onInterruptCheck: () => ++checks === 3 });
    expect(Date.now() - started).toBeLessThan(STOP_BOUND_MS);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe("interrupted\n4999950000\n");
  });

  test("Python loops see the flag too", () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(flag, 0, 1);
    const r = run("while True:\n    pass\n", { filename: "loop.py", interrupt: flag });
    expect(r.exitCode).toBe(-2);
    expect(r.stderr).toContain("KeyboardInterrupt");
  });
});

/** A thread that never ends: refpy runs a started thread inside start(),
 *  so what stops the run must reach the main thread from inside it. */
const ENDLESS_THREAD =
  "import threading, time\n" +
  "def spin():\n" +
  "    try:\n" +
  "        while True:\n" +
  "            time.sleep(0.01)\n" +
  "    finally:\n" +
  "        print('the thread saw it')\n" +
  "threading.Thread(target=spin).start()\n" +
  "print('main goes on')\n" +
  "while True:\n" +
  "    pass\n";

describe("a thread that never ends", () => {
  test("a time limit stops the run, not just the thread, and the run fails", () => {
    const started = Date.now();
    const r = run(ENDLESS_THREAD, { filename: "endless.py", timeLimitMs: 500 });
    check(r, "RuntimeError: refpy time limit exceeded (500 ms)", started);
    // Left running, as CPython leaves a thread the limit is not about:
    // none of its handlers runs.
    expect(r.stdout).not.toContain("the thread saw it");
    expect(r.stderr).not.toContain("Exception in thread");
  });

  test("a step limit too", () => {
    const started = Date.now();
    const r = run(ENDLESS_THREAD, { filename: "endless.py", stepLimit: 100_000 });
    check(r, "RuntimeError: refpy step limit exceeded (100000 steps)", started);
    expect(r.stdout).not.toContain("the thread saw it");
  });

  test("the interrupt is the main thread's KeyboardInterrupt, raised in start(); shutdown waits for the thread until the next", () => {
    let checks = 0;
    const started = Date.now();
    const r = run(ENDLESS_THREAD, { filename: "endless.py", onInterruptCheck: () => ++checks % 20 === 0 });
    check(r, "KeyboardInterrupt", started);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/File "endless.py", line 8, in <module>\n(.|\n)*\nKeyboardInterrupt\n/);
    expect(r.stderr).toContain("in _shutdown\n    lock.acquire()\nKeyboardInterrupt: \n");
  });

  test("a handler that returns lets the thread go on, and it ends as the handler asked", () => {
    let checks = 0;
    const src =
      "import signal, threading, time\n" +
      "stop = []\n" +
      "signal.signal(signal.SIGINT, lambda n, f: stop.append(n))\n" +
      "def worker():\n" +
      "    while not stop:\n" +
      "        time.sleep(0.01)\n" +
      "    print('worker stopped by', stop)\n" +
      "t = threading.Thread(target=worker)\n" +
      "t.start()\n" +
      "t.join()\n" +
      "print('main done', t.is_alive())\n";
    const r = run(src, { filename: "flag.py", onInterruptCheck: () => ++checks === 20 });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe("worker stopped by [2]\nmain done False\n");
    expect(r.stderr).toBe("");
  });
});
