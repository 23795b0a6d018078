/**
 * The collector's folded walks (src/heap/collect.ts: untrack_tuples inside
 * move_unreachable, the mark pass fused with handle_weakrefs' first loop,
 * finalize_garbage's splices, the second deduce_unreachable skipped when
 * no code ran) keep the generation lists whole: after collections of
 * chains, rings and nested containers that exercise each path, every list
 * is linked both ways, holds each object once, and no object carries a
 * collection mark. What CPython also prints is pinned by the programs in
 * programs/gc/; these check refpy's own invariants, so the programs
 * print nothing.
 */
import { describe, expect, test } from "vitest";
import { run } from "../src/api/run.js";
import { gcState, type GCHead } from "../src/heap/gc.js";
import { GC_COLLECTING, GC_TRACKED, GC_UNREACHABLE, type PyGCObject } from "../src/heap/object.js";
import { LONG_TEST_TIMEOUT_MS } from "./helpers/budget.js";

type Node = PyGCObject | GCHead;

/** Every list's links, both ways; each object once, tracked, unmarked. */
function checkLists(): number {
  const seen = new Set<PyGCObject>();
  for (const head of [...gcState.generations.map((g) => g.head), gcState.permanent.head]) {
    let prev: Node = head;
    for (let gc = head.gc_next; gc !== head; gc = (gc as PyGCObject).gc_next as Node) {
      expect(gc).not.toBeNull();
      const op = gc as PyGCObject;
      expect(op.gc_prev).toBe(prev);
      expect(seen.has(op)).toBe(false);
      seen.add(op);
      expect(op.gc_flags & GC_TRACKED).toBe(GC_TRACKED);
      expect(op.gc_flags & (GC_COLLECTING | GC_UNREACHABLE)).toBe(0);
      prev = op;
    }
    expect(head.gc_prev).toBe(prev);
  }
  return seen.size;
}

/** Run `source` keeping __main__ alive (inspect), then check the lists;
 *  returns how many objects the collector freed. */
function runAndCheck(source: string, options = {}): number {
  const r = run(source, { filename: "t.py", inspect: true, ...options });
  expect(r.stderr).toBe("");
  expect(r.stdout).toBe("");
  expect(r.exitCode).toBe(0);
  expect(checkLists()).toBeGreaterThan(0);
  r.session?.finish();
  return r.stats.collected;
}

describe("folded collector walks keep the lists whole", { timeout: LONG_TEST_TIMEOUT_MS }, () => {
  test("chains settled out of list order (objects moved to unreachable and back)", () => {
    runAndCheck(`
import gc
class Link:
    def __init__(self, next):
        self.next = next
chain = None
for _ in range(5000):
    chain = Link(chain)
nested = ()
for i in range(3000):
    nested = (nested, i) if i % 3 else (nested, [i])
lists = []
for _ in range(3000):
    lists = [lists]
def listed(chain, step, listed):
    # Every tracked object of the chain is in some generation list.
    n = 0
    while chain:
        assert not gc.is_tracked(chain) or id(chain) in listed, n
        chain = step(chain)
        n += 1
    return n
for collect in (lambda: gc.collect(0), lambda: gc.collect(1), gc.collect):
    collect()
    ids = {id(o) for o in gc.get_objects()}
    assert listed(chain, lambda o: o.next, ids) == 5000
    assert listed(nested, lambda t: t[0], ids) == 3000
    assert listed(lists, lambda l: l[0], ids) == 3000
`);
  });

  test("garbage interleaved with survivors, tuples untracked as they settle", () => {
    expect(
      runAndCheck(`
import gc
class N:
    pass
keep = []
for i in range(4000):
    a, b = N(), N()
    a.b, b.a = b, a
    t = (i, "x")
    u = (t, (i,))
    if i % 5 == 0:
        keep.append((a, u))
gc.collect(1)
listed = {id(o) for o in gc.get_objects()}
assert all(id(a) in listed and id(a.b) in listed for a, u in keep)
`),
    ).toBeGreaterThan(0);
  });

  test("finalizers, resurrection and weakref callbacks take the full path", () => {
    expect(
      runAndCheck(`
import gc, weakref
saved = []
class F:
    def __del__(self):
        if len(saved) < 3:
            saved.append(self)
class P:
    pass
calls = []
refs = []
for i in range(50):
    a, b = F(), P()
    a.b, b.a = b, a
    refs.append(weakref.ref(b, lambda r: calls.append(1)))
del a, b
gc.collect()
assert len(saved) == 3 and calls
saved.clear()
gc.collect()
`),
    ).toBeGreaterThan(0);
  });

  test("DEBUG_COLLECTABLE walks apart from the weakref loop", () => {
    const r = run(
      `
import gc
class A:
    pass
a = A(); a.me = a
del a
gc.set_debug(gc.DEBUG_COLLECTABLE)
assert gc.collect() == 1
gc.set_debug(0)
`,
      { filename: "t.py", inspect: true },
    );
    expect(r.exitCode).toBe(0);
    expect(r.stderr).not.toBe("");
    expect(checkLists()).toBeGreaterThan(0);
    r.session?.finish();
  });
});
