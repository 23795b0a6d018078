/**
 * Stepping through a program: `traceProgram` (a snapshot before every
 * line, Python Tutor style), its step limit, uncaught exceptions and
 * RecursionError as a final step; `run`'s step limit; the event callback
 * together with `snapshot()`.
 */
import { describe, expect, test } from "vitest";
import { run, snapshot, traceProgram, type HeapEvent, type LineEvent, type TraceStep } from "../src/index.js";

describe("traceProgram", () => {
  test("one step per line event, each with the output so far and the whole heap, then 'return'", () => {
    const src = "x = [1]\nfor i in range(2):\n    x.append(i)\n    print(i)\ny = len(x)\n";
    const lines: LineEvent[] = [];
    const t = traceProgram(src, {
      filename: "t.py",
      onLine: (e) => {
        lines.push(e);
      },
    });
    expect(t.exitCode).toBe(0);
    expect(t.truncated).toBe(false);
    expect(t.steps.map((s) => [s.event, s.line])).toEqual([
      ["step_line", 1],
      ["step_line", 2],
      ["step_line", 3],
      ["step_line", 4],
      ["step_line", 2],
      ["step_line", 3],
      ["step_line", 4],
      ["step_line", 2],
      ["step_line", 5],
      ["return", 5],
    ]);
    expect(lines.map((e) => e.line)).toEqual(t.steps.slice(0, -1).map((s) => s.line));
    expect(t.steps.map((s) => s.stdout)).toEqual(["", "", "", "", "0\n", "0\n", "0\n", "0\n1\n", "0\n1\n", "0\n1\n"]);
    // The list grows step by step; each step is drawn on its own.
    const lengths = t.steps.map((s: TraceStep) => {
      const x = s.heap.frames[0].locals.find((l) => l.name === "x");
      return x === undefined ? null : s.heap.objects.find((o) => o.id === x.id)!.length;
    });
    expect(lengths).toEqual([null, 1, 1, 2, 2, 2, 3, 3, 3, 3]);
    // The for loop's iterator is on the module frame's value stack.
    expect(t.steps[2].heap.frames[0].stack.length).toBe(1);
    const last = t.steps[t.steps.length - 1];
    expect(last.heap.frames[0].locals.map((l) => l.name)).toEqual(["x", "i", "y"]);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });

  test("function calls add frames", () => {
    const t = traceProgram("def f(n):\n    m = n * 2\n    return m\nr = f(3)\n", { filename: "t.py" });
    const inF = t.steps.find((s) => s.line === 3)!;
    expect(inF.depth).toBe(1);
    expect(inF.function).toBe("f");
    expect(inF.heap.frames.map((f) => [f.function, f.line, f.locals.map((l) => l.name)])).toEqual([
      ["<module>", 4, ["f"]],
      ["f", 3, ["n", "m"]],
    ]);
  });

  test("an uncaught exception is the final step", () => {
    const t = traceProgram("a = 1\nprint(a)\nb = a / 0\nc = 3\n", { filename: "t.py" });
    expect(t.exitCode).toBe(1);
    const last = t.steps[t.steps.length - 1];
    expect(last).toMatchObject({
      event: "uncaught_exception",
      line: 3,
      stdout: "1\n",
      exception: "ZeroDivisionError: division by zero",
    });
    expect(t.stderr).toContain("Traceback (most recent call last):");
  });

  test("RecursionError is a normal final step", () => {
    const t = traceProgram("def f(n):\n    return f(n + 1)\nf(0)\n", { filename: "t.py", recursionLimit: 100 });
    expect(t.truncated).toBe(false);
    const last = t.steps[t.steps.length - 1];
    expect(last.event).toBe("uncaught_exception");
    expect(last.exception).toBe("RecursionError: maximum recursion depth exceeded");
    expect(Math.max(...t.steps.map((s) => s.depth))).toBe(99);
  });

  test("the step limit stops an infinite loop and keeps the partial trace", () => {
    const t = traceProgram("n = 0\nwhile True:\n    n += 1\n", { filename: "t.py", maxSteps: 30 });
    expect(t.truncated).toBe(true);
    expect(t.exitCode).toBe(1);
    expect(t.steps.length).toBe(31);
    expect(t.steps.slice(0, 30).every((s) => s.event === "step_line")).toBe(true);
    const last = t.steps[30];
    expect(last.event).toBe("instruction_limit_reached");
    expect(last.exception).toBe("RuntimeError: refpy trace limit reached (30 steps)");
    const n = last.heap.frames[0].locals.find((l) => l.name === "n")!;
    expect(Number(last.heap.objects.find((o) => o.id === n.id)!.repr)).toBeGreaterThan(10);
  });

  test("finalizers at exit print, but are not steps", () => {
    const t = traceProgram("class A:\n    def __del__(self):\n        print('bye')\na = A()\n", { filename: "t.py" });
    expect(t.stdout).toBe("bye\n");
    expect(t.steps[t.steps.length - 1]).toMatchObject({ event: "return", stdout: "" });
    expect(t.steps.every((s) => s.function !== "__del__")).toBe(true);
  });
});

describe("run's limits", () => {
  test("stepLimit stops an infinite loop with a clear error", () => {
    const r = run("while True:\n    pass\n", { filename: "t.py", stepLimit: 10_000 });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/RuntimeError: refpy step limit exceeded \(10000 steps\)\n$/);
  });

  test("a program that catches the step limit's error still stops", () => {
    const r = run("while True:\n    try:\n        [0 for _ in range(3)]\n    except RuntimeError:\n        pass\n", {
      filename: "t.py",
      stepLimit: 1000,
    });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("refpy step limit exceeded");
  });

  test("recursionLimit is sys.getrecursionlimit()", () => {
    const r = run("import sys\nprint(sys.getrecursionlimit())\n", { recursionLimit: 120 });
    expect(r.stdout).toBe("120\n");
  });
});

describe("the event callback", () => {
  test("events arrive in order, and a snapshot can be taken from the callback", () => {
    const src = "class Node:\n    def __del__(self):\n        print('del')\nn = Node()\nn = None\nprint('end')\n";
    const events: HeapEvent[] = [];
    let globalsAtDel: string[] | null = null;
    const r = run(src, {
      filename: "t.py",
      onEvent: (e) => {
        events.push(e);
        if (e.kind === "del" && e.phase === "start") {
          globalsAtDel = snapshot().frames[0].locals.map((l) => l.name);
        }
      },
    });
    expect(r.stdout).toBe("del\nend\n");
    const node = events.find((e) => e.kind === "alloc" && e.object.type === "Node");
    expect(node).toBeDefined();
    const id = node!.kind === "alloc" ? node!.object.id : 0;
    const mine = events.filter(
      (e) =>
        (e.kind === "alloc" || e.kind === "dealloc" || e.kind === "del") &&
        e.object.id === id &&
        e.object.type === "Node",
    );
    expect(mine.map((e) => (e.kind === "del" ? `del ${e.phase} ${e.cause}` : e.kind))).toEqual([
      "alloc",
      "del start refcount",
      "del end refcount",
      "dealloc",
    ]);
    expect(mine[1].where).toEqual({ file: "t.py", line: 5 });
    expect(globalsAtDel).toEqual(["Node", "n"]);
    for (let i = 1; i < events.length; i++) expect(events[i].seq).toBe(events[i - 1].seq + 1);
  });
});
