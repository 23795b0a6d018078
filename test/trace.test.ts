/**
 * Heap events, traces and stats: the `-X trace` and `-X stats` formats
 * pinned by snapshot files (test/trace/*.txt: refpy's own output, made by
 * `npm run snapshots` with the built command and read by hand),
 * the JSON lines of `-X trace-file`, `run()`'s `onEvent` and `stats`, and
 * the rule that tracing never changes what a program prints.
 */
import { describe, expect, test } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, type RunOptions } from "../src/api/run.js";
import { CommandInstruments, parseTraceKinds } from "../src/trace/cli.js";
import { HEAP_EVENT_KINDS, type HeapEvent, type ObjectInfo } from "../src/trace/events.js";
import { formatEvent } from "../src/trace/format.js";
import { parseCommandLine } from "../src/cli/command.js";
import { expected, isPending, program, programs, sourceBytes, stdinFor, type Program } from "./helpers/programs.js";
import { normalise } from "./helpers/normalise.mjs";
// @ts-expect-error a plain ES module shared with make-snapshots.mjs
import { CASES, mask, runCase } from "./trace/cases.mjs";

interface Case {
  program: string;
  args: string[];
  snapshot: string;
}

/** Run a program in-process with the command's instruments for `args`
 *  (-X options); returns its stdout and the stderr the command writes. */
function runWithInstruments(p: Program, args: string[]): { stdout: string; stderr: string; exitCode: number } {
  const x = parseCommandLine([...args, "p.py"]).xoptions;
  let stdout = "";
  let stderr = "";
  const writeErr = (s: string) => {
    stderr += s;
  };
  const instruments = CommandInstruments.fromXOptions(x, writeErr);
  if (instruments === null || typeof instruments === "string") throw new Error(`bad options ${args.join(" ")}`);
  const base: RunOptions = {
    filename: p.file,
    argv: [p.file],
    stdin: stdinFor(p),
    xoptions: x,
    collectOutput: false,
    stdout: (s) => {
      stdout += s;
    },
    stderr: writeErr,
  };
  const r = run(sourceBytes(p), instruments.runOptions(base));
  instruments.finish(r);
  return { stdout, stderr, exitCode: r.exitCode };
}

/** The built command (`npm run build`). */
const command = join(import.meta.dirname, "..", "dist", "bundle", "main.js");

describe("trace and stats formats (snapshot files, the built command)", () => {
  // A fresh process each, as make-snapshots.mjs runs them: the first run in
  // a process also makes what the process caches (so its numbers differ
  // from a later run's in the same process).
  for (const c of CASES as Case[]) {
    test(`refpy ${c.args.join(" ")} ${c.program}`, () => {
      const r = runCase(c, join(import.meta.dirname, ".."), command);
      expect(r.status).toBe(0);
      expect(normalise(r.stdout)).toBe(normalise(expected(program(c.program), "out")));
      expect(mask(r.stderr)).toBe(readFileSync(join(import.meta.dirname, "trace", c.snapshot), "utf8"));
    });
  }
});

describe("a trace tells the story of destructor.py", () => {
  test("the first Node: new, refcount 1 → 2 (b = a), 2 → 1 (del a), __del__, freed", () => {
    const events: HeapEvent[] = [];
    const p = program("destructor.py");
    run(sourceBytes(p), { filename: join(p.dir, p.file), onEvent: (e) => events.push(e) });
    const first = events.find((e) => e.kind === "alloc" && e.object.type === "Node");
    expect(first).toBeDefined();
    const id = (first as { object: ObjectInfo }).object.id;
    // Its own story, until its block is freed (the address is reused).
    const story: string[] = [];
    for (const e of events.slice(events.indexOf(first!))) {
      if (e.kind === "refs" && e.object.id === id) story.push(`refs ${e.before}->${e.after} @${e.where?.line}`);
      if (e.kind === "del" && e.object.id === id) story.push(`del ${e.phase} ${e.cause} @${e.where?.line}`);
      if (e.kind === "dealloc" && e.object.id === id) {
        story.push(`freed @${e.where?.line}`);
        break;
      }
    }
    // Lines 13-17: a = Node(5); b = a; del a; print(...); del b.
    // Node.__init__ and __del__ hold `self` as one more reference while
    // they run (__del__ runs with the count raised back to 1, as CPython's
    // PyObject_CallFinalizerFromDealloc does).
    expect(story).toEqual([
      "refs 1->2 @13",
      "refs 2->1 @13",
      "refs 1->2 @14",
      "refs 2->1 @15",
      "del start refcount @17",
      "refs 1->2 @17",
      "refs 2->1 @17",
      "del end refcount @17",
      "freed @17",
    ]);
  });
});

describe("-X trace-file: JSON lines", () => {
  test("every line parses, numbers run 1, 2, 3…, fields have their types, same events as the text trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "refpy-trace-"));
    try {
      const path = join(dir, "events.jsonl");
      const { stderr } = runWithInstruments(program("weakref_vs_del.py"), [
        "-X",
        "trace=all",
        "-X",
        `trace-file=${path}`,
      ]);
      const lines = readFileSync(path, "utf8").split("\n");
      expect(lines.pop()).toBe("");
      const events = lines.map((l) => JSON.parse(l) as HeapEvent);
      expect(events.length).toBeGreaterThan(50);
      events.forEach((e, i) => {
        expect(e.seq).toBe(i + 1);
        expect(HEAP_EVENT_KINDS).toContain(e.kind);
        expect(typeof e.atExit).toBe("boolean");
        if (e.where !== null) {
          // The program, or the library's Python code (weakref.py and what it imports).
          expect(e.where.file === "weakref_vs_del.py" || e.where.file.startsWith("/lib/python3.11/")).toBe(true);
          expect(Number.isInteger(e.where.line) && e.where.line > 0).toBe(true);
        }
        checkEvent(e);
      });
      for (const k of HEAP_EVENT_KINDS) expect(events.some((e) => e.kind === k)).toBe(true);
      // The text trace is the same events, line for line.
      const traced = stderr.split("\n").filter((l) => l.startsWith("#"));
      expect(traced).toEqual(events.map((e) => formatEvent(e).slice(0, -1)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function checkObject(o: ObjectInfo | null): void {
  expect(o).not.toBeNull();
  expect(typeof o!.type).toBe("string");
  expect(typeof o!.repr).toBe("string");
  expect(Number.isInteger(o!.id) && o!.id > 0).toBe(true);
}

function checkEvent(e: HeapEvent): void {
  switch (e.kind) {
    case "alloc":
      checkObject(e.object);
      expect(e.size).toBeGreaterThan(0);
      break;
    case "dealloc":
      checkObject(e.object);
      break;
    case "refs":
      checkObject(e.object);
      expect(e.before).not.toBe(e.after);
      break;
    case "del":
      checkObject(e.object);
      expect(["start", "end"]).toContain(e.phase);
      expect(["refcount", "collection", "exit"]).toContain(e.cause);
      break;
    case "gc":
      expect(e.countsBefore).toHaveLength(3);
      if (e.phase === "end") {
        expect(e.unreachable).toBe(e.collected + e.uncollectable);
        expect(e.timeMs).toBeGreaterThanOrEqual(0);
        expect(e.examined).toBeGreaterThanOrEqual(e.unreachable);
      }
      break;
    case "weakref":
      checkObject(e.weakref);
      if (e.action === "callback") checkObject(e.callback);
      break;
  }
}

describe("tracing does not change what a program prints", () => {
  /** Programs making more than 50,000 allocations (RunResult.stats
   *  .allocations): traced, each runs to hundreds of thousands of events,
   *  minutes for the whole list on a shared machine. */
  const heavy = new Set([
    "dealloc/del_trashcan_deep.py",
    "dealloc/trashcan_chain.py",
    "errors/deep_recursion.py",
    "errors/tb_depth.py",
    "examples/collatz.py",
    "examples/hanoi.py",
    "examples/roman_numerals.py",
    "gc/gc_auto_generations.py",
    "gc/gc_automatic.py",
    "gc/gc_cycles_churn.py",
    "gc/gc_long_lived.py",
    "modules/math_time.py",
    "modules/random_seeded.py",
    "objects/bigint.py",
    "unicode/str_unicode_properties.py",
    "unicode/stringprep_tables.py",
    "unicode/unicodedata_names.py",
    "unicode/unicodedata_normalize.py",
    "unicode/unicodedata_tables.py",
    "unicode/unicodedata_ucd_3_2_0.py",
  ]);
  // The benchmark programs are all heavy: millions of allocations each.
  const isHeavy = (path: string) => heavy.has(path) || path.startsWith("pyperformance/");
  for (const p of programs.filter((p) => !isPending("trace", p.path) && !isHeavy(p.path))) {
    test(p.path, () => {
      const { stdout } = runWithInstruments(p, ["-X", "trace=all"]);
      expect(normalise(stdout)).toBe(normalise(expected(p, "out")));
    });
  }
});

describe("RunResult.stats", () => {
  const src = [
    "import gc",
    "class A:",
    "    def __del__(self): pass",
    "for i in range(10):",
    "    a = A(); a.me = a",
    "del a",
    "print(gc.collect())",
    "b = A()",
    "b.me = b",
  ].join("\n");

  test("counts: collected as gc.collect() says, finalizers, the cycle left for exit", () => {
    const r = run(src);
    expect(r.stdout).toBe("10\n");
    const s = r.stats;
    expect(s.collected).toBe(10);
    expect(s.generations[2].collected).toBe(10);
    expect(s.collections[2]).toBe(1);
    expect(s.uncollectable).toBe(0);
    expect(s.finalizersRun).toBe(10);
    // b's cycle goes with __main__ at exit (besides what every run
    // finalizes then: the standard streams' objects, closed by IOBase's
    // finalizer as CPython's are).
    expect(s.exit.finalizersRun).toBe(1 + run("").stats.exit.finalizersRun);
    expect(s.exit.collected).toBeGreaterThanOrEqual(1);
    expect(s.peakLiveObjects).toBeGreaterThan(0);
    expect(s.peakLiveBytes).toBeGreaterThan(s.peakLiveObjects);
    expect(s.byType).toBeNull();
  });

  test("deterministic: the same program gives the same counts and bytes", () => {
    const a = run(src).stats;
    const b = run(src).stats;
    for (const s of [a, b]) {
      s.gcTimeMs = 0;
      s.totalTimeMs = 0;
      s.exit.gcTimeMs = 0;
      s.exit.timeMs = 0;
    }
    expect(a).toEqual(b);
  });

  test("byType with typeStats: each A allocated and freed", () => {
    const s = run(src, { typeStats: true }).stats;
    const a = s.byType?.find((t) => t.type === "A");
    expect(a).toEqual({ type: "A", allocations: 11, deallocations: 11 });
  });
});

describe("onEvent", () => {
  test("`events` chooses the kinds", () => {
    const kinds = new Set<string>();
    run("import gc\nx = []\nx.append(x)\ndel x\ngc.collect()\n", {
      onEvent: (e) => kinds.add(e.kind),
      events: ["gc"],
    });
    expect([...kinds]).toEqual(["gc"]);
  });

  test("a callback that throws stops the events, not the program", () => {
    let calls = 0;
    const r = run("class A: pass\nxs = [A() for i in range(5)]\nprint(len(xs))\n", {
      onEvent: () => {
        calls++;
        throw new Error("boom");
      },
    });
    expect(calls).toBe(1);
    expect(r.stdout).toBe("5\n");
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe("refpy: the onEvent callback failed, events stopped: boom\n");
  });
});

describe("-X trace values", () => {
  test("kinds, all, bare -X trace; unknown kinds are refused", () => {
    expect(parseTraceKinds("gc,del")).toEqual(["gc", "del"]);
    expect(parseTraceKinds("all")).toEqual([...HEAP_EVENT_KINDS]);
    expect(parseTraceKinds("")).toEqual([...HEAP_EVENT_KINDS]);
    expect(parseTraceKinds("gc,nope")).toBeNull();
    const bad = CommandInstruments.fromXOptions(new Map([["trace", "allocs"]]), () => {});
    expect(bad).toBe(
      "refpy: invalid -X trace value: 'allocs' (expected any of alloc,dealloc,del,gc,weakref,refs, or all)\n",
    );
    expect(CommandInstruments.fromXOptions(new Map([["heap-limit", "1M"]]), () => {})).toBeNull();
    expect(CommandInstruments.fromXOptions(new Map([["trace-file", "/nonexistent/dir/x.jsonl"]]), () => {})).toBe(
      "refpy: can't open trace file '/nonexistent/dir/x.jsonl': [Errno 2] No such file or directory\n",
    );
  });
});
