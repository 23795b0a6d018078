/**
 * Runs in one process are isolated from each other: hostile programs run
 * one after another, and after each a probe program sees the interpreter
 * exactly as the first run of this file's process saw it (the subclass
 * lists of the built-in types, the collector's state, builtins, sys,
 * the stdlib's registries, refcounts and id()s, which depend on the
 * allocator model's state). A run() from inside a running program's
 * callback is refused with the embedder's error, and the outer run goes
 * on unharmed.
 */
import { describe, expect, it } from "vitest";
import { run, type RunOptions } from "../src/api/run.js";

const PROBE = `
import gc, sys, builtins
def names(t): return sorted(c.__qualname__ for c in type.__subclasses__(t))
for t in (object, int, bool, float, dict, list, tuple, str, bytes, set, type,
          BaseException, Exception, ValueError, KeyError):
    print(t.__name__, names(t))
print(gc.get_count(), gc.get_threshold(), gc.get_debug(), gc.get_freeze_count())
print([len(t.__dict__) for t in (object, int, dict, type, BaseException)], getattr(int, "secret", None))
print(gc.garbage, gc.callbacks, gc.isenabled(), gc.get_stats())
print(builtins.len is len, len([1]), sorted(dir(builtins)))
print(sorted(sys.modules))
print(sys.getrecursionlimit(), sys.get_int_max_str_digits(), sys.gettrace(), sys.getprofile())
print(sys.getswitchinterval(), hasattr(sys, "ps1"), sys.argv, sys.exc_info())
print(len(sys.path_hooks), len(sys.meta_path), sys.path_importer_cache)
import warnings; print(warnings.filters)
import copyreg; print(sorted(t.__name__ for t in copyreg.dispatch_table), copyreg._extension_registry)
import codecs
try:
    codecs.lookup("secret_codec")
except LookupError as e:
    print(e)
import signal; print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM))
import random; random.seed(1); print(random.random())
import re; print(re.compile("a+").match("aa"), re.sub("b", "c", "abc"))
import collections; print(hasattr(collections, "evil"), hasattr(collections.OrderedDict, "evil"))
import atexit; print(atexit._ncallbacks())
x = object()
print(sys.getrefcount(x), id(x) - id(None), sys.getrefcount(None), sys.getrefcount(int), sys.getrefcount(object))
print(sys.getrefcount(1), sys.getrefcount(()), sys.getrefcount(""), sys.getrefcount(dict), sys.getrefcount(Exception))
l = [[i] for i in range(100)]
print(id(l[50]) - id(l[0]), id(l) - id(x), hash("abc"), gc.collect())
s = "secret interned " + str(len(l))
print(sys.intern(s) is s)
class K: pass
print(sys.getrefcount(K), K.__subclasses__(), gc.is_tracked(K), repr(1.1), 10**50)
def gen():
    yield 1
g = gen(); next(g)
print(sys.getsizeof(g), sys.getsizeof(l), sys.getsizeof({}))
`;

/** Hostile programs: each leaves something behind that a fresh
 *  interpreter must not show, and ends in its own way. */
const HOSTILE: [string, string, RunOptions?][] = [
  [
    "subclasses with secrets, then gc.freeze()",
    `import gc
class Secret(int): password = "hunter2"
class S2(object): password = "hunter2"
class S3(dict): password = "hunter2"
class S4(Exception): password = "hunter2"
class S5(type): pass
class S6(list): pass
class S7(ValueError, KeyError): pass
s = Secret(5); d = S3(a=s)
a = []; a.append(a); a.append(d)
gc.freeze()
`,
  ],
  [
    "DEBUG_SAVEALL with cycles, the collector's settings changed",
    `import gc
gc.set_debug(gc.DEBUG_SAVEALL)
class Secret(int): password = "hunter2"
class C: pass
for i in range(10):
    c = C(); c.c = c; c.s = Secret(i)
del c
gc.collect()
gc.set_threshold(1, 2, 3)
gc.callbacks.append(lambda *a: None)
gc.disable()
`,
  ],
  [
    "registries, hooks and settings of the interpreter and the stdlib",
    `import atexit, sys, builtins, codecs, warnings, copyreg, signal, random, re, gc, collections
class Secret(Exception): password = "hunter2"
atexit.register(lambda: print("atexit ran"))
sys.setrecursionlimit(50); sys.set_int_max_str_digits(700); sys.setswitchinterval(0.5)
builtins.secret = Secret
def search(name):
    if name == "secret_codec": return codecs.lookup("utf-8")
codecs.register(search)
warnings.filterwarnings("error")
class C: pass
copyreg.pickle(C, lambda c: (C, ()))
copyreg.add_extension("m", "n", 123)
sys.settrace(lambda *a: None)
sys.setprofile(lambda *a: None)
signal.signal(signal.SIGINT, lambda *a: None)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
sys.ps1 = "hack> "
random.seed(5)
re.compile("(secret)+")
sys.modules["evil"] = C()
sys.meta_path.append(C)
sys.path_hooks.append(lambda p: None)
sys.path_importer_cache["evil"] = C()
collections.evil = 1
sys.intern("secret interned 100")
import weakref
class W: pass
w = W(); keep = weakref.ref(w, lambda r: print("callback"))
wrs = weakref.WeakValueDictionary({1: w})
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
g = gen(); next(g)
builtins.len = lambda x: 42
gc.freeze()
print("done")
`,
  ],
  [
    "os._exit with a cycle and a __del__ alive",
    `import os
class Secret(int): password = "hunter2"
class D:
    def __del__(self): print("del ran")
d = D(); x = Secret(3)
l = [d]; l.append(l)
def f(n):
    if n == 0: os._exit(3)
    return f(n - 1)
f(5)
`,
  ],
  [
    "writes into the static types' dicts",
    `import gc
class Secret: password = "hunter2"
for t in (object, int, dict, type, BaseException):
    d = gc.get_referents(t.__dict__)[0]
    d["secret"] = Secret
    del d["__doc__"]
print(int.secret.password)
`,
  ],
  [
    "sys.exit with frozen objects",
    `import sys, gc
class Secret(dict): password = "hunter2"
gc.freeze()
s = Secret()
sys.exit(4)
`,
  ],
  [
    "an uncaught exception, its frames saved",
    `class Secret(BaseException): password = "hunter2"
import gc; gc.set_debug(gc.DEBUG_SAVEALL)
def f(): raise Secret("boom")
f()
`,
  ],
  [
    "MemoryError under a heap limit",
    `class Secret(int): password = "hunter2"
import gc; gc.freeze()
x = [0] * (10**7)
`,
    { heapLimit: 5_000_000 },
  ],
  ["a heap limit too small to start", "print(1)\n", { heapLimit: 1000 }],
  [
    "RecursionError with a raised limit",
    `class Secret(int): password = "hunter2"
import sys; sys.setrecursionlimit(100000)
def f(n): return f(n + 1)
f(0)
`,
  ],
  [
    "the time limit",
    `class Secret(int): password = "hunter2"
import gc; gc.freeze()
def g():
    while True:
        yield 1
it = g(); next(it)
while True: pass
`,
    { timeLimitMs: 200 },
  ],
];

describe("run isolation", () => {
  const fresh = run(PROBE, { filename: "probe.py" });

  it("the probe runs", () => {
    expect(fresh.stderr).toBe("");
    expect(fresh.exitCode).toBe(0);
  });

  for (const [name, source, options] of HOSTILE) {
    it(`after ${name}, the next run sees a fresh interpreter`, { timeout: 120_000 }, () => {
      const r = run(source, { filename: "hostile.py", ...options });
      expect(r.stdout + r.stderr).not.toContain("refpy internal error");
      const probe = run(PROBE, { filename: "probe.py" });
      expect(probe.stderr).toBe(fresh.stderr);
      expect(probe.stdout).toBe(fresh.stdout);
      expect(probe.exitCode).toBe(0);
    });
  }

  it("each run starts with the default heap limit", () => {
    expect(run("print(1)\n", { heapLimit: 1000 }).exitCode).toBe(1);
    const r = run("print([0] * 1000 == [0] * 1000)\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("True\n");
  });

  it("run() from a stdout callback is refused and the outer run goes on", () => {
    const errors: string[] = [];
    const r = run("print('a')\nprint('b')\n", {
      stdout: () => {
        try {
          run("print('inner')\n");
        } catch (e) {
          errors.push((e as Error).message);
        }
      },
    });
    expect(errors).toEqual([
      "refpy: run() called while a run is in progress",
      "refpy: run() called while a run is in progress",
    ]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe("a\nb\n");
    expect(r.stderr).toBe("");
  });

  it("run() from a line hook is refused and the outer run goes on", () => {
    let refused = 0;
    const r = run("x = 1\ny = 2\nprint(x + y)\n", {
      onLine: () => {
        try {
          run("print('inner')\n");
        } catch {
          refused++;
        }
      },
    });
    expect(refused).toBe(3);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe("3\n");
    const probe = run(PROBE, { filename: "probe.py" });
    expect(probe.stdout).toBe(fresh.stdout);
  });
});
