/**
 * Unit tests of the cycle collector (src/heap/gc.ts, src/heap/collect.ts)
 * on small heaps built through `run()`: list invariants after
 * collections, the long-lived rule's integer division, DEBUG_STATS text,
 * stress mode and its switches, the freelist count model, and what is
 * left behind after a run.
 */
import { describe, expect, test } from "vitest";
import { run } from "../src/api/run.js";
import { gcState, type GCHead, NUM_GENERATIONS, freelist } from "../src/heap/gc.js";
import { gcRuntime } from "../src/heap/collect.js";
import { GC_COLLECTING, GC_TRACKED, GC_UNREACHABLE, type PyGCObject } from "../src/heap/object.js";

type Node = PyGCObject | GCHead;

/** Walk a generation list checking its links; returns its objects. */
function walk(head: GCHead): PyGCObject[] {
  const out: PyGCObject[] = [];
  let prev: Node = head;
  for (let gc = head.gc_next; gc !== head; gc = (gc as PyGCObject).gc_next as Node) {
    const op = gc as PyGCObject;
    expect(op.gc_prev).toBe(prev);
    out.push(op);
    prev = op;
  }
  expect(head.gc_prev).toBe(prev);
  return out;
}

function out(source: string, options = {}): string {
  const r = run(source, { filename: "t.py", ...options });
  expect(r.stderr).toBe("");
  return r.stdout;
}

describe("generation lists", () => {
  test("every listed object is tracked, in one list, and carries no collection marks", () => {
    out(`
import gc
class N: pass
keep = []
for i in range(3000):
    a, b = N(), N()
    a.b, b.a = b, a
    if i % 7 == 0:
        keep.append(a)
gc.collect(0)
gc.collect(1)
`);
    const seen = new Set<PyGCObject>();
    for (const head of [...gcState.generations.map((g) => g.head), gcState.permanent.head]) {
      for (const op of walk(head)) {
        expect(seen.has(op)).toBe(false);
        seen.add(op);
        expect(op.gc_flags & GC_TRACKED).toBe(GC_TRACKED);
        expect(op.gc_flags & (GC_COLLECTING | GC_UNREACHABLE)).toBe(0);
        expect(op.ob_refcnt).toBeGreaterThan(0);
      }
    }
  });

  test("gc.get_objects(g) lists generation g in list order", () => {
    expect(
      out(`
import gc
class N:
    def __init__(self, name): self.name = name
gc.collect()
a, b, c = N("a"), N("b"), N("c")
print([o.name for o in gc.get_objects(0) if type(o) is N])
gc.collect(0)
d = N("d")
print([o.name for o in gc.get_objects(1) if type(o) is N], [o.name for o in gc.get_objects(0) if type(o) is N])
`),
    ).toBe("['a', 'b', 'c']\n['a', 'b', 'c'] ['d']\n");
  });

  test("move_unreachable moves objects reached late to the end of the young list", () => {
    // The children are created before the list that holds them: each is
    // tentatively unreachable until the list is traversed (last item
    // first), so after the collection they follow it in reverse order.
    expect(
      out(`
import gc
class N:
    def __init__(self, name): self.name = name
gc.collect()
x, y = N("x"), N("y")
holder = [x, y]
del x, y
gc.collect(0)
print([o.name for o in gc.get_objects(1) if type(o) is N])
`),
    ).toBe("['y', 'x']\n");
  });
});

describe("automatic collections", () => {
  test("the long-lived rule compares with long_lived_total / 4 truncated", () => {
    out("pass\n");
    const gens = gcState.generations;
    const before = gcRuntime.stats[2].collections;
    gcRuntime.long_lived_total = 5;
    gcRuntime.long_lived_pending = 1; // 1 < 5 / 4 as a float, not as Py_ssize_t
    gens[2].count = gens[2].threshold + 1;
    gcState.collectGenerations!();
    expect(gcRuntime.stats[2].collections).toBe(before + 1);
    gcRuntime.long_lived_total = 8;
    gcRuntime.long_lived_pending = 1; // 1 < 8 / 4: skipped, gen1 instead
    gens[2].count = gens[2].threshold + 1;
    gens[1].count = gens[1].threshold + 1;
    const gen1 = gcRuntime.stats[1].collections;
    gcState.collectGenerations!();
    expect(gcRuntime.stats[2].collections).toBe(before + 1);
    expect(gcRuntime.stats[1].collections).toBe(gen1 + 1);
  });

  test("stress mode collects at every allocation, not while disabled or with threshold 0", () => {
    const src = `
import gc
n = 0
def cb(phase, info):
    global n
    if phase == "start": n += 1
gc.callbacks.append(cb)
class C: pass
for i in range(20): C()
a = n
gc.disable()
for i in range(20): C()
gc.set_threshold(0)  # disabled: the call's own argument tuple collects nothing
b = n
gc.enable()
for i in range(20): C()
c = n
gc.callbacks.remove(cb)
print(a >= 20, b == a, c == b)
`;
    expect(out(src, { gcStress: true })).toBe("True True True\n");
    expect(out(src, { xoptions: new Map([["gc-stress", ""]]) })).toBe("True True True\n");
    expect(out(src)).toBe("False True True\n");
  });

  test("a stress run leaves stress mode off for the next run", () => {
    out("pass\n", { gcStress: true });
    out("pass\n");
    expect(gcState.stress).toBe(false);
  });
});

describe("gc module output", () => {
  test("DEBUG_STATS prints 3.11's four lines to stderr", () => {
    const r = run(
      `
import gc
gc.set_debug(gc.DEBUG_STATS)
gc.collect(1)
gc.set_debug(0)
`,
      { filename: "t.py" },
    );
    expect(r.stderr).toMatch(
      new RegExp(
        "^gc: collecting generation 1\\.\\.\\.\\n" +
          "gc: objects in each generation: \\d+ \\d+ \\d+\\n" +
          "gc: objects in permanent generation: 0\\n" +
          "gc: done, 0 unreachable, 0 uncollectable, \\d+\\.\\d{4}s elapsed\\n$",
      ),
    );
  });

  test("callbacks and garbage are interpreter-level lists", () => {
    expect(
      out(`
import gc
mine = gc.callbacks
gc.callbacks = []
mine.append(lambda phase, info: print(phase))
gc.collect()
mine.clear()
print(gc.garbage is gc.garbage, type(gc.garbage).__name__)
`),
    ).toBe("start\nstop\nTrue list\n");
  });
});

describe("freelist count model", () => {
  test("a full collection empties the freelists; the first print after it leaves count0 at 1", () => {
    expect(
      out(`
import gc
print("warm-up")
gc.collect()
print("x")
print(gc.get_count())
`),
    ).toBe("warm-up\nx\n(1, 0, 0)\n");
    // One tally per tuple size, 1 to 20 (index = size).
    expect(freelist.tuples.length).toBe(21);
  });

  test("freed lists, dicts and small tuples go uncounted up to the freelist sizes", () => {
    expect(
      out(`
import gc
gc.collect()
gc.set_threshold(100000)
c0 = gc.get_count()[0]
items = [[] for i in range(100)]
c1 = gc.get_count()[0]
del items
c2 = gc.get_count()[0]
print(c1 - c2)
`),
    ).toBe("21\n");
  });
});

describe("reset", () => {
  test("each run starts with fresh generations and statistics", () => {
    out("import gc\ngc.set_threshold(5)\ngc.disable()\ngc.collect()\n");
    out("pass\n");
    expect(gcState.generations.map((g) => g.threshold)).toEqual([700, 10, 10]);
    expect(gcState.enabled).toBe(true);
    expect(NUM_GENERATIONS).toBe(3);
    // refpy's start-up runs no collection, so a fresh run's statistics are 0.
    expect(out("import gc\nprint(gc.get_stats()[2]['collections'])\n")).toBe("0\n");
  });
});
