/**
 * Instances of heap subtypes of the non-GC built-ins (int, float, str,
 * bytes) carry the GC header: CPython 3.11 gives every heap type HAVE_GC.
 * They stay of the base's JS class (PyLong_Check and the rest use
 * `instanceof`) and repeat PyGCObject's fields; the heap asks the type
 * whether an object has the header. These tests pin that invariant over
 * whole programs, the classes the instances get, and the generation-0
 * count their allocation and free move (what CPython's _PyObject_GC_Link
 * and PyObject_GC_Del do for any GC object).
 */
import { afterEach, describe, expect, test } from "vitest";
import { run } from "../src/api/run.js";
import { snapshot } from "../src/index.js";
import { PyGCObject, TPFLAGS_HAVE_GC, type PyObject } from "../src/heap/object.js";
import { addObjectWatcher, removeObjectWatcher, type ObjectWatcher } from "../src/heap/watch.js";
import { PyLongObject, PyLongSubtypeObject } from "../src/objects/longobject.js";
import { PyFloatObject, PyFloatSubtypeObject } from "../src/objects/floatobject.js";
import { PyUnicodeObject, PyUnicodeSubtypeObject } from "../src/objects/unicodeobject.js";
import { PyBytesObject, PyBytesSubtypeObject } from "../src/objects/bytesobject.js";
import { program, source } from "./helpers/programs.js";

let watcher: ObjectWatcher | null = null;

afterEach(() => {
  if (watcher !== null) removeObjectWatcher(watcher);
  watcher = null;
});

/** Every object allocated while `source` runs (the alloc hook sees only
 *  the header; the objects are looked at after the run). */
function allocations(source: string): PyObject[] {
  const seen: PyObject[] = [];
  watcher = {
    alloc: (op) => {
      seen.push(op);
    },
  };
  addObjectWatcher(watcher);
  const r = run(source, { filename: "probe.py" });
  removeObjectWatcher(watcher);
  watcher = null;
  expect(r.stderr).toBe("");
  return seen;
}

function hasGCHeader(op: PyObject): boolean {
  const h = op as Partial<PyGCObject>;
  return (
    typeof h.gc_flags === "number" &&
    typeof h.gc_refs === "number" &&
    h.gc_next !== undefined &&
    h.gc_prev !== undefined &&
    h.weakreflist !== undefined
  );
}

describe("every object of a HAVE_GC type carries the GC header", () => {
  for (const name of ["gc_builtin_subclasses", "singleton_new", "class_features", "builtins_tour"]) {
    test(`programs/${program(`${name}.py`).path}`, () => {
      const objs = allocations(source(program(`${name}.py`)));
      const missing = objs
        .filter((op) => (op.ob_type.tp_flags & TPFLAGS_HAVE_GC) !== 0 && !hasGCHeader(op))
        .map((op) => op.ob_type.tp_name);
      expect(objs.length).toBeGreaterThan(100);
      expect([...new Set(missing)]).toEqual([]);
    });
  }
});

describe("heap subtypes of int, float, str and bytes", () => {
  test("instances are of the base's class with the GC header, tracked from creation", () => {
    const objs = allocations(
      [
        "class I(int): pass",
        "class F(float): pass",
        "class S(str): pass",
        "class B(bytes): pass",
        "keep = [I(2 ** 80), F(0.5), S('s\\u20ac'), B(b'xyz')]",
      ].join("\n"),
    );
    const byName = (n: string) => objs.filter((op) => op.ob_type.tp_name === n);
    const cases: [string, abstract new (...a: never[]) => PyObject, abstract new (...a: never[]) => PyObject][] = [
      ["I", PyLongObject, PyLongSubtypeObject],
      ["F", PyFloatObject, PyFloatSubtypeObject],
      ["S", PyUnicodeObject, PyUnicodeSubtypeObject],
      ["B", PyBytesObject, PyBytesSubtypeObject],
    ];
    for (const [name, base, sub] of cases) {
      const found = byName(name);
      expect(found.length, name).toBe(1);
      expect(found[0], name).toBeInstanceOf(base);
      expect(found[0], name).toBeInstanceOf(sub);
      expect(found[0] instanceof PyGCObject, name).toBe(false);
      expect(hasGCHeader(found[0]), name).toBe(true);
    }
  });

  test("making one adds 1 to generation 0's count and freeing it takes it back", () => {
    const r = run(
      [
        "import gc",
        "class I(int): pass",
        "class F(float): pass",
        "class S(str): pass",
        "class B(bytes): pass",
        "gc.collect()",
        "for cls, v in [(I, 5), (F, 1.5), (S, 'abc'), (B, b'ab')] * 2:",
        "    c0 = gc.get_count()[0]",
        "    x = cls(v)",
        "    c1 = gc.get_count()[0]",
        "    del x",
        "    print(cls.__name__, c1 - c0, gc.get_count()[0] - c0)",
      ].join("\n"),
      { filename: "probe.py" },
    );
    // The first pass also counts what the loop's first steps allocate for
    // good (CPython 3.11 shows "I 2 1" there too); the second is steady.
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n").slice(4).join("\n")).toBe("I 1 0\nF 1 0\nS 1 0\nB 1 0\n");
  });

  test("an instance kept alive only by a reachable object survives a collection", () => {
    const r = run(
      [
        "import gc",
        "class I(int): pass",
        "class Box: pass",
        "box = Box()",
        "box.self = box",
        "box.n = I(7)",
        "box.n.back = box",
        "gc.collect()",
        "print(box.n, box.n.back is box)",
      ].join("\n"),
      { filename: "probe.py", gcStress: true },
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("7 True\n");
  });

  test("heap snapshots see them as sys and gc do: tracked, with the GC header in their size", () => {
    const r = run(
      [
        "import gc, sys",
        "class I(int): pass",
        "class S(str): pass",
        "keep = [I(12345), S('text')]",
        "print(*[f'{id(x)} {sys.getsizeof(x)} {gc.is_tracked(x)}' for x in keep])",
      ].join("\n"),
      { filename: "probe.py", inspect: true },
    );
    try {
      expect(r.stderr).toBe("");
      const snap = snapshot();
      const facts = r.stdout.trim().split(" ");
      for (let i = 0; i < facts.length; i += 3) {
        const o = snap.objects.find((x) => x.id === Number(facts[i]))!;
        expect({ size: o.size, tracked: o.tracked }).toEqual({
          size: Number(facts[i + 1]),
          tracked: facts[i + 2] === "True",
        });
        expect(o.tracked).toBe(true);
      }
    } finally {
      r.session?.finish();
    }
  });
});
