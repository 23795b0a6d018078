/**
 * Core types seen from the heap: reference counts after container
 * operations, the order deallocs release items in, the allocator's live
 * block count returning to where it started, GC tracking rules, the
 * trashcan, and MemoryError before any memory is touched.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PyObject } from "../src/heap/object.js";
import { GC_TRACKED, type PyGCObject } from "../src/heap/object.js";
import { Py_DECREF, Py_INCREF, setDeallocHook } from "../src/heap/refcount.js";
import { heapStats } from "../src/heap/allocator.js";
import { interpreterReset } from "../src/runtime/lifecycle.js";
import { run } from "../src/api/run.js";
import { PyLong_FromNumber, type PyLongObject, Py_True } from "../src/objects/longobject.js";
import { PyUnicode_FromString, PyUnicode_InternFromString, PyUnicode_AsString } from "../src/objects/unicodeobject.js";
import { PyList_Append, PyList_New, type PyListObject, PyList_GET_SIZE } from "../src/objects/listobject.js";
import { PyTuple_Pack, Py_EmptyTuple, _PyTuple_MaybeUntrack, PyTuple_New } from "../src/objects/tupleobject.js";
import {
  PyDict_New,
  PyDict_SetItem,
  PyDict_GetItem,
  PyDict_DelItem,
  _PyDict_MaybeUntrack,
} from "../src/objects/dictobject.js";
import { PySet_New, PySet_Add, PySet_Contains } from "../src/objects/setobject.js";
import { PyObject_CallNoArgs } from "../src/objects/call.js";
import { PyObject_GetAttrString } from "../src/objects/object.js";
import {
  PyNumber_Add,
  PyNumber_Multiply,
  PyObject_Repr,
  PyObject_GetIter,
  PyIter_Next,
  PyObject_RichCompareBool,
  PySequence_Contains,
} from "../src/objects/abstract.js";
import { Py_EQ } from "../src/bytecode/opcodes.js";

beforeAll(() => {
  interpreterReset();
});

/** Objects deallocated while `fn` runs, in order. */
function deallocOrder(fn: () => void): PyObject[] {
  const seen: PyObject[] = [];
  setDeallocHook((op) => {
    seen.push(op);
  });
  try {
    fn();
  } finally {
    setDeallocHook(null);
  }
  return seen;
}

function big(n: number): PyObject {
  const o = PyLong_FromNumber(n);
  expect(o.ob_refcnt).toBe(1); // not a cached small int
  return o;
}

function callMethod(o: PyObject, name: string, ...args: PyObject[]): PyObject {
  const m = PyObject_GetAttrString(o, name);
  try {
    const f = m.ob_type.tp_call!;
    return f(m, args, null);
  } finally {
    Py_DECREF(m);
  }
}

describe("small ints and singletons", () => {
  it("PyLong_FromNumber returns the cached object for -5..256", () => {
    const a = PyLong_FromNumber(256);
    const b = PyLong_FromNumber(256);
    expect(a).toBe(b);
    expect(a.ob_refcnt).toBeGreaterThan(999_999_000);
    Py_DECREF(a);
    Py_DECREF(b);
    const c = PyLong_FromNumber(257);
    const d = PyLong_FromNumber(257);
    expect(c).not.toBe(d);
    Py_DECREF(c);
    Py_DECREF(d);
  });
  it("one-character Latin-1 strings and '' are static singletons", () => {
    const a = PyUnicode_FromString("a");
    expect(PyUnicode_FromString("a")).toBe(a);
    expect(a.ob_refcnt).toBeGreaterThan(999_999_000);
    expect(PyUnicode_FromString("")).toBe(PyUnicode_FromString(""));
  });
  it("interning returns the same object while it lives", () => {
    const a = PyUnicode_InternFromString("some_identifier_x");
    const b = PyUnicode_InternFromString("some_identifier_x");
    expect(a).toBe(b);
    expect(a.ob_refcnt).toBe(2);
    Py_DECREF(a);
    Py_DECREF(b);
  });
  it("the empty tuple is a static singleton", () => {
    expect(PyTuple_New(0)).toBe(Py_EmptyTuple);
  });
});

describe("reference counts", () => {
  it("append then pop leaves the item's count unchanged", () => {
    const item = big(1000);
    const l = PyList_New(0);
    PyList_Append(l, item);
    expect(item.ob_refcnt).toBe(2);
    const popped = callMethod(l, "pop");
    expect(popped).toBe(item);
    expect(item.ob_refcnt).toBe(2); // the list's reference moved to the caller
    Py_DECREF(popped);
    expect(item.ob_refcnt).toBe(1);
    Py_DECREF(l);
    Py_DECREF(item);
  });
  it("dict set/overwrite/delete keep exact counts", () => {
    const d = PyDict_New();
    const k = PyUnicode_FromString("key_for_test");
    const v1 = big(5000);
    const v2 = big(6000);
    PyDict_SetItem(d, k, v1);
    expect([k.ob_refcnt, v1.ob_refcnt]).toEqual([2, 2]);
    PyDict_SetItem(d, k, v2);
    expect([k.ob_refcnt, v1.ob_refcnt, v2.ob_refcnt]).toEqual([2, 1, 2]);
    expect(PyDict_GetItem(d, k)).toBe(v2);
    PyDict_DelItem(d, k);
    expect([k.ob_refcnt, v2.ob_refcnt]).toEqual([1, 1]);
    for (const o of [d, k, v1, v2]) Py_DECREF(o);
  });
  it("[x] * 3 holds three references; iteration holds the list", () => {
    const x = big(7777);
    const l = PyList_New(0);
    PyList_Append(l, x);
    const three = PyLong_FromNumber(3);
    const r = PyNumber_Multiply(l, three);
    expect(x.ob_refcnt).toBe(5);
    const it = PyObject_GetIter(r);
    expect(r.ob_refcnt).toBe(2);
    for (let y = PyIter_Next(it); y !== null; y = PyIter_Next(it)) Py_DECREF(y);
    expect(r.ob_refcnt).toBe(1); // an exhausted list_iterator drops the list
    for (const o of [it, r, l, three]) Py_DECREF(o);
    expect(x.ob_refcnt).toBe(1);
    Py_DECREF(x);
  });
  it("sets: add, contains, dealloc", () => {
    const s = PySet_New(null);
    const a = big(123456);
    PySet_Add(s, a);
    PySet_Add(s, a);
    expect(a.ob_refcnt).toBe(2);
    expect(PySet_Contains(s, a)).toBe(true);
    Py_DECREF(s);
    expect(a.ob_refcnt).toBe(1);
    Py_DECREF(a);
  });
});

describe("dealloc order", () => {
  it("a list releases its items last to first", () => {
    const l = PyList_New(0);
    const items = [big(1001), big(1002), big(1003)];
    for (const x of items) {
      PyList_Append(l, x);
      Py_DECREF(x);
    }
    const order = deallocOrder(() => Py_DECREF(l));
    expect(order).toEqual([l, items[2], items[1], items[0]]);
  });
  it("a tuple releases its items last to first", () => {
    const items = [big(2001), big(2002), big(2003)];
    const t = PyTuple_Pack(...items);
    for (const x of items) Py_DECREF(x);
    const order = deallocOrder(() => Py_DECREF(t));
    expect(order).toEqual([t, items[2], items[1], items[0]]);
  });
  it("a dict releases entries in insertion order, key then value", () => {
    const d = PyDict_New();
    const k1 = big(3001);
    const v1 = big(3002);
    const k2 = big(3003);
    const v2 = big(3004);
    PyDict_SetItem(d, k1, v1);
    PyDict_SetItem(d, k2, v2);
    for (const o of [k1, v1, k2, v2]) Py_DECREF(o);
    const order = deallocOrder(() => Py_DECREF(d));
    expect(order).toEqual([d, k1, v1, k2, v2]);
  });
  it("200,000 nested lists are freed without deep JS recursion (trashcan)", () => {
    let l: PyObject = PyList_New(0);
    for (let i = 0; i < 200_000; i++) {
      const outer = PyList_New(0);
      PyList_Append(outer, l);
      Py_DECREF(l);
      l = outer;
    }
    const before = heapStats.liveBlocks;
    Py_DECREF(l);
    expect(before - heapStats.liveBlocks).toBe(200_001);
  });
});

describe("the allocator model", () => {
  it("liveBlocks and liveBytes return to their start values", () => {
    const blocks = heapStats.liveBlocks;
    const bytes = heapStats.liveBytes;
    const d = PyDict_New();
    for (let i = 0; i < 100; i++) {
      const k = PyLong_FromNumber(100000 + i);
      const l = PyList_New(0);
      for (let j = 0; j < i; j++) {
        const s = PyUnicode_FromString("item" + j);
        PyList_Append(l, s);
        Py_DECREF(s);
      }
      const t = PyTuple_Pack(k, l);
      PyDict_SetItem(d, k, t);
      for (const o of [k, l, t]) Py_DECREF(o);
    }
    const st = PySet_New(d);
    expect(heapStats.liveBlocks).toBeGreaterThan(blocks);
    Py_DECREF(st);
    Py_DECREF(d);
    expect(heapStats.liveBlocks).toBe(blocks);
    expect(heapStats.liveBytes).toBe(bytes);
  });
});

describe("GC tracking", () => {
  it("a dict is tracked only once it holds something that may be tracked", () => {
    const d = PyDict_New() as PyGCObject;
    const k = PyUnicode_FromString("x1");
    const one = PyLong_FromNumber(1);
    PyDict_SetItem(d, k, one);
    expect(d.gc_flags & GC_TRACKED).toBe(0);
    const l = PyList_New(0);
    PyDict_SetItem(d, k, l);
    expect(d.gc_flags & GC_TRACKED).toBe(GC_TRACKED);
    PyDict_SetItem(d, k, one);
    _PyDict_MaybeUntrack(d);
    expect(d.gc_flags & GC_TRACKED).toBe(0);
    for (const o of [d, k, one, l]) Py_DECREF(o);
  });
  it("tuples are tracked at creation and untracked when atomic", () => {
    const a = PyLong_FromNumber(1);
    const t = PyTuple_Pack(a, a) as PyGCObject;
    expect(t.gc_flags & GC_TRACKED).toBe(GC_TRACKED);
    _PyTuple_MaybeUntrack(t);
    expect(t.gc_flags & GC_TRACKED).toBe(0);
    const l = PyList_New(0);
    const t2 = PyTuple_Pack(l) as PyGCObject;
    _PyTuple_MaybeUntrack(t2);
    expect(t2.gc_flags & GC_TRACKED).toBe(GC_TRACKED);
    for (const o of [a, t, l, t2]) Py_DECREF(o);
  });
});

describe("abstract API", () => {
  it("adds ints past 2**53 exactly and normalises back", () => {
    const a = PyLong_FromNumber(2 ** 53 - 1);
    const b = PyLong_FromNumber(2);
    const c = PyNumber_Add(a, b) as PyLongObject;
    expect(c.big).toBe(2n ** 53n + 1n);
    const m = PyLong_FromNumber(-3);
    const d = PyNumber_Add(c, m) as PyLongObject;
    expect(d.big).toBe(null);
    expect(d.v).toBe(2 ** 53 - 2);
    for (const o of [a, b, c, m, d]) Py_DECREF(o);
  });
  it("== falls back to identity; `in` on a list compares by ==", () => {
    const l = PyList_New(0);
    const x = PyLong_FromNumber(10 ** 6);
    const y = PyLong_FromNumber(10 ** 6);
    PyList_Append(l, x);
    expect(PySequence_Contains(l, y)).toBe(true);
    expect(PyObject_RichCompareBool(l, l, Py_EQ)).toBe(true);
    expect(PyList_GET_SIZE(l)).toBe(1);
    for (const o of [l, x, y]) Py_DECREF(o);
  });
  it("repr of a self-containing list is [[...]]", () => {
    const l = PyList_New(0);
    PyList_Append(l, l);
    const r = PyObject_Repr(l);
    expect(PyUnicode_AsString(r)).toBe("[[...]]");
    Py_DECREF(r);
    // break the cycle by hand
    const inner = (l as PyListObject).ob_item.pop()!;
    Py_DECREF(inner);
    Py_DECREF(l);
  });
  it("bool is True/False", () => {
    const r = PyObject_Repr(Py_True);
    expect(PyUnicode_AsString(r)).toBe("True");
    void Py_INCREF;
    void PyObject_CallNoArgs;
  });
});

describe("memory errors", () => {
  it("huge lists, strings and ints raise MemoryError under the heap limit before allocating", () => {
    const r = run(
      [
        "import sys",
        "try:\n    x = [0] * 1000000000\nexcept MemoryError as e:\n    print('MemoryError', repr(e))",
        "try:\n    x = [0] * (sys.maxsize // 4)\nexcept MemoryError:\n    print('MemoryError')",
        "try:\n    x = [0] * 10**19\nexcept OverflowError as e:\n    print(e)",
        "try:\n    x = (1, 2) * 10**9\nexcept MemoryError:\n    print('MemoryError')",
        "try:\n    x = 'a' * 10**10\nexcept MemoryError:\n    print('MemoryError')",
        "try:\n    x = 'ab' * 2**62\nexcept OverflowError as e:\n    print(e)",
        "try:\n    x = 2 ** 10**10\nexcept MemoryError:\n    print('MemoryError')",
        "print(len([0] * 1000))",
      ].join("\n") + "\n",
      { filename: "mem.py" },
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      "MemoryError MemoryError()\nMemoryError\ncannot fit 'int' into an index-sized integer\n" +
        "MemoryError\nMemoryError\nrepeated string is too long\nMemoryError\n1000\n",
    );
  });

  it("runaway allocation raises MemoryError at the limit, and the handler can run and go on", () => {
    // Each append passes the limit one small block at a time: raising and
    // unwinding need memory above the limit (the allocator's reserve).
    const r = run(
      [
        "x = []",
        "try:",
        "    while True:",
        "        x.append([len(x)])",
        "except MemoryError as e:",
        "    n = len(x)",
        "    print('MemoryError', repr(e), n > 10000, [1, 2, 3])",
        "x = None",
        "print('after', len([0] * 1000))",
      ].join("\n") + "\n",
      { filename: "runaway.py", heapLimit: 4 * 1024 * 1024 },
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("MemoryError MemoryError() True [1, 2, 3]\nafter 1000\n");
    expect(r.exitCode).toBe(0);
  });

  it("a list longer than a JavaScript array can be is a MemoryError, whatever the heap limit", () => {
    const r = run(
      [
        "try:",
        "    x = [None] * (2 ** 27)",
        "except MemoryError as e:",
        "    print('list', repr(e))",
        "try:",
        "    x = (None,) * (2 ** 27)",
        "except MemoryError as e:",
        "    print('tuple', repr(e))",
      ].join("\n") + "\n",
      { filename: "long.py", heapLimit: 64 * 1024 * 1024 * 1024 },
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("list MemoryError()\ntuple MemoryError()\n");
  });
});

describe("the JavaScript stack", () => {
  it("running out of it in-process (default Node stack, high recursion limit) is a RecursionError, through native code too", () => {
    const r = run(
      [
        "import sys",
        "sys.setrecursionlimit(1000000)",
        "class A:",
        "    def __init__(self):",
        "        self.other = None",
        "    def __repr__(self):",
        "        return f'A({self.other!r})'",
        "a = A()",
        "b = A()",
        "a.other = b",
        "b.other = a",
        "try:",
        "    repr(a)",
        "except RecursionError as e:",
        "    print('repr:', e)",
        "def f(n):",
        "    return f(n + 1)",
        "try:",
        "    f(0)",
        "except RecursionError as e:",
        "    print('call:', e)",
        "a.other = None",
      ].join("\n") + "\n",
      { filename: "deep.py" },
    );
    expect(r.stderr).toBe("");
    // Which check finds the host stack short (a repr, a call) depends on
    // how much stack each level took: the message may carry its suffix.
    expect(r.stdout).toMatch(
      /^repr: maximum recursion depth exceeded( while [a-z ]+)?\ncall: maximum recursion depth exceeded\n$/,
    );
  });

  // CPython itself would run out of C stack at these depths (a crash, not
  // an output to compare with), so the checks are the audit's: the
  // RecursionError raised when the host stack runs short unwinds exactly
  // as one raised at the recursion limit, releasing every reference.
  it("running out of it deep in native code (limit 100000) unwinds with every reference released", () => {
    const r = run(
      [
        "import sys",
        "sys.setrecursionlimit(100000)",
        "token = object()",
        "before = sys.getrefcount(token)",
        "class Node:",
        "    alive = 0",
        "    def __init__(self, n, token):",
        "        Node.alive += 1",
        "        self.token = token",
        "        self.child = Node(n + 1, token)",
        "    def __del__(self):",
        "        Node.alive -= 1",
        "class Cycle:",
        "    def __init__(self, token):",
        "        self.token = token",
        "        self.other = self",
        "    def __repr__(self):",
        "        return f'Cycle({self.other!r})'",
        "class Lookup:",
        "    def __getattr__(self, name):",
        "        return getattr(self, name)",
        "def key(x):",
        "    return sorted([x, token], key=key)",
        "def delegate(token):",
        "    yield from delegate(token)",
        "def plain(n, token):",
        "    return plain(n + 1, token)",
        "a = [token]",
        "b = [token]",
        "for i in range(200000):",
        "    a = [a]",
        "    b = [b]",
        "cases = {",
        "    'constructors': lambda: Node(0, token),",
        "    'repr': lambda: repr(Cycle(token)),",
        "    'nested ==': lambda: a == b,",
        "    'nested repr': lambda: repr(a),",
        "    'sorted key': lambda: sorted([token], key=key),",
        "    '__getattr__': lambda: Lookup().x,",
        "    'yield from': lambda: list(delegate(token)),",
        "    'plain': lambda: plain(0, token),",
        "}",
        "for name, case in cases.items():",
        "    try:",
        "        case()",
        "    except RecursionError as e:",
        "        print(name, 'RecursionError')",
        "del a, b, cases",
        "import gc",
        "gc.collect()",
        "print('nodes alive', Node.alive)",
        "print('token references restored', sys.getrefcount(token) == before)",
      ].join("\n") + "\n",
      { filename: "deep.py", audit: true, timeLimitMs: 300_000 },
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      [
        "constructors RecursionError",
        "repr RecursionError",
        "nested == RecursionError",
        "nested repr RecursionError",
        "sorted key RecursionError",
        "__getattr__ RecursionError",
        "yield from RecursionError",
        "plain RecursionError",
        "nodes alive 0",
        "token references restored True",
        "",
      ].join("\n"),
    );
    expect(r.audit!.mismatches).toEqual([]);
    expect(r.audit!.leaks).toEqual([]);
  }, 600_000);
});
