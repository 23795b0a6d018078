/**
 * What the instruments share (src/inspect/): one safe repr, read by
 * snapshots (`repr` form), trace events and audit reports (`name` form),
 * safe on a dying object; one table of referents, naming a snapshot's
 * edges and giving the audit every reference an object owns.
 */
import { describe, expect, test } from "vitest";
import { run, snapshot, type HeapEvent, type HeapSnapshot, type ObjectInfo } from "../src/index.js";

/** The final snapshot of `source` and the objects its events named. */
function snapshotAndEvents(source: string): { snap: HeapSnapshot; events: HeapEvent[]; stdout: string } {
  const events: HeapEvent[] = [];
  const r = run(source, {
    filename: "t.py",
    inspect: true,
    onEvent: (e) => {
      events.push(e);
    },
  });
  try {
    expect(r.stderr).toBe("");
    return { snap: snapshot(), events, stdout: r.stdout };
  } finally {
    r.session?.finish();
  }
}

function globalId(s: HeapSnapshot, name: string): number {
  const v = s.frames[0].locals.find((l) => l.name === name);
  if (v === undefined) throw new Error(`no global ${name}`);
  return v.id;
}

function reprIn(s: HeapSnapshot, name: string): string {
  const id = globalId(s, name);
  return s.objects.find((o) => o.id === id)!.repr;
}

/** The object of the last event of `kind` about object `id`. */
function named(events: HeapEvent[], kind: "alloc" | "dealloc", id: number): ObjectInfo {
  const found = events.filter((e) => e.kind === kind && e.object.id === id);
  if (found.length === 0) throw new Error(`no ${kind} of ${id}`);
  const e = found[found.length - 1];
  return (e as { object: ObjectInfo }).object;
}

describe("one safe repr", () => {
  test("a value reads as repr() writes it in a snapshot and in an event, cut to each one's length", () => {
    // Made at run time: the compiler folds constant expressions, and
    // constants are not the program's own allocations.
    const { snap, events } = snapshotAndEvents(`
k = int("100")
s = "x" * k
b = bytes([97, 39, 10])
n = 2 ** k
f = 1 / (k - 97)
`);
    expect(reprIn(snap, "s")).toBe("'" + "x".repeat(76) + "...");
    expect(named(events, "alloc", globalId(snap, "s")).repr).toBe("'" + "x".repeat(36) + "...");
    for (const [name, repr] of [
      ["b", `b"a'\\n"`],
      ["n", "1267650600228229401496703205376"],
      ["f", "0.3333333333333333"],
    ]) {
      expect(reprIn(snap, name)).toBe(repr);
      expect(named(events, "alloc", globalId(snap, name)).repr).toBe(repr);
    }
  });

  test("other objects: CPython's repr in a snapshot, a noun beside the address in an event", () => {
    const { snap, events } = snapshotAndEvents(`
class Node:
    pass
def area():
    pass
node = Node()
items = [1, 2, 3]
`);
    const cases: [string, RegExp, string][] = [
      ["node", /^<__main__\.Node object at 0x[0-9a-f]+>$/, "Node object"],
      ["area", /^<function area at 0x[0-9a-f]+>$/, "function area"],
      ["Node", /^<class '__main__\.Node'>$/, "type Node"],
      ["items", /^list \(3 items\)$/, "list (3 items)"],
    ];
    for (const [name, snapRepr, eventRepr] of cases) {
      expect(reprIn(snap, name)).toMatch(snapRepr);
      expect(named(events, "alloc", globalId(snap, name)).repr).toBe(eventRepr);
    }
  });

  test("a dying object is named from what outlives its fields: a freed tuple is not ()", () => {
    const events: HeapEvent[] = [];
    const r = run(
      `
t = (1, [2])
print(id(t))
del t
s = "ab" * int("3")
print(id(s))
del s
`,
      {
        filename: "t.py",
        onEvent: (e) => {
          events.push(e);
        },
      },
    );
    const [tid, sid] = r.stdout.trim().split("\n").map(Number);
    expect(named(events, "alloc", tid).repr).toBe("tuple (2 items)");
    expect(named(events, "dealloc", tid).repr).toBe("tuple object");
    expect(named(events, "dealloc", sid).repr).toBe("'ababab'");
  });

  test("an int too long for repr() is shown by its size, without raising", () => {
    const { snap, events } = snapshotAndEvents("n = 10 ** int('5000')\n");
    expect(reprIn(snap, "n")).toMatch(/^\(about 50\d\d digits\)$/);
    expect(named(events, "alloc", globalId(snap, "n")).repr).toBe(reprIn(snap, "n"));
  });
});

describe("one table of referents", () => {
  test("an all-str dict's edges are its values, labelled by key, even when a value is another entry's key", () => {
    const { snap } = snapshotAndEvents(`d = {"a": "b", "b": "a"}\ne = {1: "x"}\n`);
    const edges = (name: string) =>
      snap.edges
        .filter((x) => x.from === globalId(snap, name))
        .map((x) => [x.label, x.kind, snap.objects.find((o) => o.id === x.to)!.repr]);
    expect(edges("d")).toEqual([
      ["['a']", "value", "'b'"],
      ["['b']", "value", "'a'"],
    ]);
    // A dict with a non-str key: the collector sees keys too, value first.
    expect(edges("e")).toEqual([
      ["[1]", "value", "'x'"],
      ["key 1", "key", "1"],
    ]);
  });

  test("the audit counts every kind of owned reference the table lists", () => {
    const result = run(
      `
class Slotted:
    __slots__ = ("a", "b")
class Big(int):
    pass
def gen():
    import sys
    frame = sys._getframe()
    yield frame
g = gen()
f = next(g)
x = Slotted()
x.a = {"k": [1]}
y = Big(7)
y.tag = "t"
r = range(10 ** 20, 10 ** 21, 7)
m = {(1, 2): "tuple key"}
code = gen.__code__
del f
`,
      { filename: "t.py", audit: true },
    );
    expect(result.stderr).toBe("");
    expect(result.audit!.mismatches).toEqual([]);
    expect(result.audit!.leaks).toEqual([]);
  });
});
