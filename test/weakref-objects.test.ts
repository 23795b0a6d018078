/**
 * Unit tests of weak references (src/objects/weakrefobject.ts,
 * src/modules/weakref.ts): the per-object list layout CPython keeps
 * (shared plain ref, then shared plain proxy, then the others newest
 * first), what clearing does and refcounts. (That lib/weakref.py is
 * imported compiled is test/stdlib.test.ts's check of the packed units;
 * what importing costs is measured in bench/, not asserted here.)
 */
import { describe, expect, test } from "vitest";
import { run } from "../src/api/run.js";

function out(source: string): string {
  const r = run(source, { filename: "t.py" });
  expect(r.stderr).toBe("");
  return r.stdout;
}

describe("the weak reference list of an object", () => {
  test("plain ref first, plain proxy second, then callback refs newest first", () => {
    expect(
      out(`
import weakref
class A: pass
a = A()
def quiet(ref): pass
cb1 = weakref.ref(a, quiet)
p = weakref.proxy(a)
cb2 = weakref.ref(a, quiet)
r = weakref.ref(a)
pc = weakref.proxy(a, quiet)
names = {id(cb1): "cb1", id(p): "proxy", id(cb2): "cb2", id(r): "ref", id(pc): "proxy-cb"}
print([names[id(x)] for x in weakref.getweakrefs(a)])
`),
    ).toBe("['ref', 'proxy', 'proxy-cb', 'cb2', 'cb1']\n");
  });

  test("callbacks run newest first after the plain refs are cleared; each sees a dead ref", () => {
    expect(
      out(`
import weakref
class A: pass
a = A()
plain = weakref.ref(a)
refs = [weakref.ref(a, lambda r, i=i: print(i, r() is None, plain() is None)) for i in range(4)]
del a
`),
    ).toBe("3 True True\n2 True True\n1 True True\n0 True True\n");
  });

  test("a callback ref freed before its referent dies is unlinked", () => {
    expect(
      out(`
import weakref
class A: pass
a = A()
r1 = weakref.ref(a, lambda r: print("r1"))
r2 = weakref.ref(a, lambda r: print("r2"))
del r1
print(weakref.getweakrefcount(a))
del a
`),
    ).toBe("1\nr2\n");
  });

  test("weak references add nothing to the referent's refcount, and keep their callback", () => {
    expect(
      out(`
import sys, weakref
class A: pass
a = A()
def cb(r): pass
before, cb_before = sys.getrefcount(a), sys.getrefcount(cb)
r = weakref.ref(a, cb)
p = weakref.proxy(a)
print(sys.getrefcount(a) - before, sys.getrefcount(cb) - cb_before)
del a
print(sys.getrefcount(cb) - cb_before, r.__callback__)
`),
    ).toBe("0 1\n0 None\n");
  });

  test("a callback that revives nothing still cannot see the dead object through other refs", () => {
    expect(
      out(`
import weakref
class A:
    def __del__(self): print("del, own ref alive:", r() is self)
a = A()
r = weakref.ref(a)
seen = []
r2 = weakref.ref(a, lambda ref: seen.append(r()))
del a
print(seen)
`),
    ).toBe("del, own ref alive: True\n[None]\n");
  });
});

describe("KeyedRef", () => {
  test("is a ref subtype carrying its key", () => {
    expect(
      out(`
import weakref
class A: pass
a = A()
k = weakref.KeyedRef(a, None, "key")
print(type(k).__name__, isinstance(k, weakref.ref), k.key, k() is a, k is weakref.ref(a))
`),
    ).toBe("KeyedRef True key True False\n");
  });
});
