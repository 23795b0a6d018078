/**
 * Heap snapshots (`snapshot()`, src/inspect/snapshot.ts): objects, refcounts,
 * edges and generations on linked-list and cycle programs, checked against
 * what the program itself sees through sys, gc and weakref; plain-JSON
 * shape; the frames' variables and closures.
 */
import { describe, expect, test } from "vitest";
import { run, snapshot, type HeapSnapshot, type SnapshotObject, type SnapshotOptions } from "../src/index.js";
import { program, source } from "./helpers/programs.js";

/** Snapshots taken before the given lines run (the first time each is
 *  reached), and the program's output. */
function snapshotsAt(
  source: string,
  lines: number[],
  options: SnapshotOptions = {},
): { at: Map<number, HeapSnapshot>; stdout: string; stderr: string } {
  const at = new Map<number, HeapSnapshot>();
  const r = run(source, {
    filename: "t.py",
    onLine: (e) => {
      if (e.file === "t.py" && lines.includes(e.line) && !at.has(e.line)) at.set(e.line, snapshot(options));
    },
  });
  return { at, stdout: r.stdout, stderr: r.stderr };
}

/** The snapshot of a finished program whose session is kept alive. */
function finalSnapshot(source: string, options: SnapshotOptions = {}): { snap: HeapSnapshot; stdout: string } {
  const r = run(source, { filename: "t.py", inspect: true });
  try {
    expect(r.stderr).toBe("");
    return { snap: snapshot(options), stdout: r.stdout };
  } finally {
    r.session?.finish();
  }
}

/** The 1-based number of the line of `source` containing `marker`. */
function lineOf(source: string, marker: string): number {
  const i = source.split("\n").findIndex((l) => l.includes(marker));
  if (i < 0) throw new Error(`no line with ${marker}`);
  return i + 1;
}

function global(s: HeapSnapshot, name: string): SnapshotObject {
  const v = s.frames[0].locals.find((l) => l.name === name);
  if (v === undefined) throw new Error(`no global ${name}`);
  return object(s, v.id);
}

function object(s: HeapSnapshot, id: number): SnapshotObject {
  const o = s.objects.find((x) => x.id === id);
  if (o === undefined) throw new Error(`no object ${id}`);
  return o;
}

function edgesFrom(s: HeapSnapshot, id: number): { label: string; kind: string; to: number }[] {
  return s.edges.filter((e) => e.from === id).map((e) => ({ label: e.label, kind: e.kind, to: e.to }));
}

const NODE = `
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
`;

describe("objects, refcounts and edges", () => {
  test("a.next = b: b has two references and an edge labelled next", () => {
    const { at } = snapshotsAt(
      NODE +
        `
a = Node(1)
b = Node(2)
a.next = b
pass
`,
      [10],
    );
    const s = at.get(10)!;
    expect(s.frames.map((f) => f.function)).toEqual(["<module>"]);
    expect(s.frames[0].locals.map((l) => l.name)).toEqual(["Node", "a", "b"]);
    const a = global(s, "a");
    const b = global(s, "b");
    expect(a.type).toBe("Node");
    expect(a.refcount).toBe(1);
    expect(b.refcount).toBe(2);
    expect(a.repr).toBe(`<__main__.Node object at 0x${a.id.toString(16)}>`);
    expect(edgesFrom(s, a.id)).toContainEqual({ label: "next", kind: "attribute", to: b.id });
    expect(edgesFrom(s, a.id)).toContainEqual({ label: "__class__", kind: "class", to: global(s, "Node").id });
    const one = object(s, edgesFrom(s, a.id).find((e) => e.label === "value")!.to);
    expect(one).toMatchObject({ type: "int", repr: "1", static: true, tracked: false, generation: null });
    const none = object(s, edgesFrom(s, b.id).find((e) => e.label === "next")!.to);
    expect(none).toMatchObject({ type: "NoneType", repr: "None", static: true });
    expect(s.edges).toContainEqual({ from: null, frame: 0, to: b.id, label: "b", kind: "variable" });
    for (const o of [a, b]) expect(o).toMatchObject({ tracked: true, generation: 0, reachable: true, static: false });
  });

  test("programs/examples/linked_list.py: the list's nodes in order, each held once", () => {
    const { snap } = finalSnapshot(source(program("linked_list.py")));
    const lst = global(snap, "lst");
    expect(lst.type).toBe("NewList");
    const values: string[] = [];
    let next = edgesFrom(snap, lst.id).find((e) => e.label === "head")!.to;
    for (;;) {
      const node = object(snap, next);
      if (node.type === "NoneType") break;
      expect(node.type).toBe("Node");
      expect(node.refcount).toBe(1);
      const out = edgesFrom(snap, node.id);
      values.push(object(snap, out.find((e) => e.label === "value")!.to).repr);
      next = out.find((e) => e.label === "next")!.to;
    }
    expect(values).toEqual(["4", "3", "2", "1", "0", "10", "11"]);
  });

  test("a deleted cycle is unreachable but alive until gc.collect()", () => {
    const src =
      NODE +
      `
import gc
a = Node("a")
b = Node("b")
a.next = b
b.next = a
print(id(a), id(b))
del a, b
pass  # before
print(gc.collect())
pass  # after
`;
    const { at, stdout } = snapshotsAt(src, [lineOf(src, "# before"), lineOf(src, "# after")]);
    const [ida, idb] = stdout.split("\n")[0].split(" ").map(Number);
    const before = at.get(lineOf(src, "# before"))!;
    expect(before.frames[0].locals.map((l) => l.name)).toEqual(["Node", "gc"]);
    for (const id of [ida, idb]) {
      expect(object(before, id)).toMatchObject({ type: "Node", refcount: 1, reachable: false, generation: 0 });
    }
    expect(edgesFrom(before, ida)).toContainEqual({ label: "next", kind: "attribute", to: idb });
    expect(edgesFrom(before, idb)).toContainEqual({ label: "next", kind: "attribute", to: ida });
    expect(stdout.split("\n")[1]).toBe("2");
    const after = at.get(lineOf(src, "# after"))!;
    expect(after.objects.some((o) => o.id === ida || o.id === idb)).toBe(false);
    expect(after.gc.collections[2]).toBe(before.gc.collections[2] + 1);
    expect(after.gc.collected[2]).toBe(before.gc.collected[2] + 2);
  });

  test("leaving garbage out on request", () => {
    const { at } = snapshotsAt(
      NODE +
        `
a = Node("a")
a.next = a
del a
pass
`,
      [10],
    );
    expect(at.get(10)!.objects.some((o) => !o.reachable)).toBe(true);
    const { at: at2 } = snapshotsAt(
      NODE +
        `
a = Node("a")
a.next = a
del a
pass
`,
      [10],
      { garbage: false },
    );
    expect(at2.get(10)!.objects.some((o) => !o.reachable)).toBe(false);
  });

  test("survivors move to an older generation after a collection", () => {
    const { at } = snapshotsAt(
      NODE +
        `
import gc
a = Node(1)
pass
gc.collect(0)
pass
gc.collect()
pass
`,
      [9, 11, 13],
    );
    const gen = (line: number) => global(at.get(line)!, "a").generation;
    expect([gen(9), gen(11), gen(13)]).toEqual([0, 1, 2]);
    expect(at.get(11)!.gc.collections[0]).toBe(at.get(9)!.gc.collections[0] + 1);
  });

  test("the fields agree with sys, gc and weakref as the program sees them", () => {
    const src =
      NODE +
      `
import gc, sys, weakref
class Finalized:
    def __del__(self):
        pass
n = Node(5)
r = weakref.ref(n)
items = [n, n, 1000, "text", 2.5, (1, n), {"k": n}, {1, 2, 3}]
big = list(range(50))
d = {i: i for i in range(20)}
f = Finalized()
f.__del__()
gc.collect()
f2 = Finalized()
c = []
c.append(c)
gc.freeze()
c2 = []
names = ["n", "r", "items", "big", "d", "f", "f2", "c", "c2"]
def generation(x):
    for g in range(3):
        if any(o is x for o in gc.get_objects(g)):
            return g
    return "permanent" if gc.is_tracked(x) else None
def facts(name):
    x = globals()[name]
    # getrefcount's argument and x are the two references not counted.
    print(name, id(x), sys.getrefcount(x) - 2, sys.getsizeof(x), gc.is_tracked(x), gc.is_finalized(x),
          weakref.getweakrefcount(x), generation(x), [id(o) for o in gc.get_referents(x)])
for name in names:
    facts(name)
pass  # here
`;
    const { at, stdout, stderr } = snapshotsAt(src, [lineOf(src, "# here")]);
    expect(stderr).toBe("");
    const s = at.get(lineOf(src, "# here"))!;
    const lines = stdout.trimEnd().split("\n");
    expect(lines.length).toBe(9);
    for (const line of lines) {
      const m = /^(\w+) (\d+) (\d+) (\d+) (True|False) (True|False) (\d+) (\w+) \[(.*)\]$/.exec(line)!;
      const o = object(s, Number(m[2]));
      const gen = m[8] === "None" ? null : m[8] === "permanent" ? "permanent" : Number(m[8]);
      expect({
        name: m[1],
        refcount: o.refcount,
        size: o.size,
        tracked: o.tracked,
        finalized: o.finalized,
        weakrefs: o.weakrefs,
        generation: o.generation,
        referents: o.referents,
      }).toEqual({
        name: m[1],
        refcount: Number(m[3]),
        size: Number(m[4]),
        tracked: m[5] === "True",
        finalized: m[6] === "True",
        weakrefs: Number(m[7]),
        generation: gen,
        referents: m[9] === "" ? [] : m[9].split(", ").map(Number),
      });
    }
  });
});

describe("labels and frames", () => {
  test("list, tuple, dict and set edges are labelled", () => {
    const { snap } = finalSnapshot(`
x = object()
l = [x, 1000]
t = (x,)
d = {"k": x, 7: l}
s = {t}
`);
    const x = global(snap, "x").id;
    expect(edgesFrom(snap, global(snap, "l").id)).toContainEqual({ label: "[0]", kind: "item", to: x });
    expect(edgesFrom(snap, global(snap, "t").id)).toEqual([{ label: "[0]", kind: "item", to: x }]);
    const d = edgesFrom(snap, global(snap, "d").id);
    expect(d).toContainEqual({ label: "['k']", kind: "value", to: x });
    expect(d).toContainEqual({ label: "[7]", kind: "value", to: global(snap, "l").id });
    expect(d.some((e) => e.label === "key 'k'" && e.kind === "key")).toBe(true);
    expect(edgesFrom(snap, global(snap, "s").id)).toEqual([
      { label: "element", kind: "element", to: global(snap, "t").id },
    ]);
    expect(global(snap, "l")).toMatchObject({ repr: "list (2 items)", length: 2 });
    expect(global(snap, "d")).toMatchObject({ repr: "dict (2 items)", length: 2 });
  });

  test("the call stack, outermost first, with locals in slot order and closures through cells", () => {
    const { at } = snapshotsAt(
      `
def outer(a):
    b = [a]
    def inner(c):
        return b[0] + c
    return inner(1)

total = outer(41)
`,
      [5],
    );
    const s = at.get(5)!;
    expect(s.frames.map((f) => [f.function, f.line])).toEqual([
      ["<module>", 8],
      ["outer", 6],
      ["inner", 5],
    ]);
    expect(s.frames[1].locals.map((l) => l.name)).toEqual(["a", "inner", "b"]);
    expect(s.frames[2].locals.map((l) => l.name)).toEqual(["c", "b"]);
    const b = s.frames[1].locals.find((l) => l.name === "b")!;
    expect(b.cell).not.toBeNull();
    expect(s.frames[2].locals.find((l) => l.name === "b")).toEqual(b);
    expect(object(s, b.id).type).toBe("list");
    expect(object(s, b.cell!).type).toBe("cell");
    expect(s.edges).toContainEqual({ from: null, frame: 1, to: b.cell, label: "b", kind: "variable" });
    expect(edgesFrom(s, b.cell!)).toEqual([{ label: "cell_contents", kind: "cell", to: b.id }]);
    // The cell is held by outer's frame and by inner's closure tuple and frame.
    expect(object(s, b.cell!).refcount).toBe(3);
  });

  test("dunder globals are hidden unless asked for", () => {
    const src = "x = 1\npass\n";
    expect(
      snapshotsAt(src, [2])
        .at.get(2)!
        .frames[0].locals.map((l) => l.name),
    ).toEqual(["x"]);
    const names = snapshotsAt(src, [2], { dunders: true })
      .at.get(2)!
      .frames[0].locals.map((l) => l.name);
    expect(names).toEqual([
      "__name__",
      "__doc__",
      "__package__",
      "__loader__",
      "__spec__",
      "__annotations__",
      "__builtins__",
      "__file__",
      "__cached__",
      "x",
    ]);
  });

  test("modules are not expanded unless asked for", () => {
    const { snap } = finalSnapshot("import gc\n");
    expect(global(snap, "gc")).toMatchObject({ type: "module", repr: "<module 'gc'>", expanded: false, referents: [] });
    const full = finalSnapshot("import gc\n", { expandModules: true }).snap;
    expect(global(full, "gc").expanded).toBe(true);
    expect(full.objects.length).toBeGreaterThan(snap.objects.length);
  });

  test("reprs never run Python code", () => {
    const { snap, stdout } = finalSnapshot(`
class Loud:
    def __repr__(self):
        print("__repr__ ran")
        return "loud"
l = Loud()
s = "a" * 200
n = 10 ** 100
f = 0.1
`);
    expect(stdout).toBe("");
    expect(global(snap, "l").repr).toMatch(/^<__main__\.Loud object at 0x[0-9a-f]+>$/);
    expect(global(snap, "s").repr).toBe("'" + "a".repeat(76) + "...");
    expect(global(snap, "n").repr).toBe("1".padEnd(77, "0") + "...");
    expect(global(snap, "f").repr).toBe("0.1");
  });
});

describe("the snapshot is plain JSON", () => {
  test("a JSON round trip gives back an equal value, in the same key order", () => {
    const { snap } = finalSnapshot(
      NODE +
        `
a = Node([1, 2.5, "x", None, True])
a.next = a
`,
    );
    const text = JSON.stringify(snap);
    expect(JSON.parse(text)).toEqual(snap);
    expect(JSON.stringify(JSON.parse(text))).toBe(text);
    expect(Object.keys(snap)).toEqual(["version", "frames", "objects", "edges", "gc", "heap"]);
    const keys = Object.keys(snap.objects[0]);
    for (const o of snap.objects) expect(Object.keys(o)).toEqual(keys);
    for (const e of snap.edges) expect(Object.keys(e)).toEqual(["from", "frame", "to", "label", "kind"]);
  });

  test("every edge ends at a listed object, and ids are unique", () => {
    const { snap } = finalSnapshot(source(program("linked_list.py")));
    const ids = new Set(snap.objects.map((o) => o.id));
    expect(ids.size).toBe(snap.objects.length);
    for (const e of snap.edges) expect(ids.has(e.to)).toBe(true);
  });

  test("gc and heap numbers", () => {
    const { snap } = finalSnapshot("import gc\ngc.set_threshold(500, 5, 4)\ngc.disable()\n");
    expect(snap.gc).toMatchObject({ enabled: false, thresholds: [500, 5, 4] });
    expect(snap.heap.liveBytes).toBeGreaterThan(0);
    expect(snap.heap.peakBytes).toBeGreaterThanOrEqual(snap.heap.liveBytes);
  });

  test("taking a snapshot changes nothing in the heap", () => {
    const src = NODE + "a = Node(1)\na.next = [a, {'k': a}]\nimport gc\nprint(gc.get_count(), id(a))\n";
    const plain = run(src, { filename: "t.py" });
    const watched = run(src, {
      filename: "t.py",
      onLine: () => {
        snapshot();
      },
    });
    expect(watched.stdout).toBe(plain.stdout);
    expect(watched.stats.allocations).toBe(plain.stats.allocations);
  });
});
