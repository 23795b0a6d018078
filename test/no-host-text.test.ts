/**
 * No JavaScript text reaches the user: hostile programs (deep recursion
 * through native paths, limits past the host's, objects whose special
 * methods misbehave) end in Python exceptions, and their output carries
 * none of the host's words: no `[object …]`, no "Maximum call stack", no
 * RangeError, no `undefined`, no stack frames or .ts/.js paths.
 */
import { describe, expect, it } from "vitest";
import { run } from "../src/api/run.js";

const HOST_TEXT = [
  /\[object /,
  /Maximum call stack/,
  /RangeError/,
  /TypeError: Cannot read/,
  /\bundefined\b/,
  /\bnull\b/,
  /^\s+at /m,
  /\.ts:\d/,
  /\.js:\d/,
  /refpy internal error/,
  /Maximum BigInt size/,
  /Invalid (typed )?array length/,
  /Invalid string length/,
];

/** Each a statement run under try/except in one program, and also a
 *  whole program that fails with it uncaught. */
const HOSTILE = [
  "l = []\nfor _ in range(10**5): l = [l]\nrepr(l)",
  "l = []\nfor _ in range(10**5): l = [l]\nstr(l)",
  "a = []; b = []\nfor _ in range(10**5): a = [a]; b = [b]\na == b",
  "t = ()\nfor _ in range(10**5): t = (t,)\nhash(t)",
  "d = {}\nfor _ in range(10**5): d = {1: d}\nrepr(d)",
  "import copy\nl = []\nfor _ in range(10**4): l = [l]\ncopy.deepcopy(l)",
  "import json\nl = []\nfor _ in range(10**4): l = [l]\njson.dumps(l)",
  "import pickle\nl = []\nfor _ in range(10**4): l = [l]\npickle.dumps(l)",
  "class G:\n    def __getattr__(self, n): return getattr(self, n + 'x')\nG().a",
  "class E:\n    def __eq__(self, o): return self == o\nE() == E()",
  "def k(x): return sorted([1, 2], key=k)\nsorted([1, 2], key=k)",
  "def gen(n):\n    if n: yield from gen(n - 1)\n    else: yield 1\nlist(gen(10**5))",
  "exec('(' * 1000 + ')' * 1000)",
  "eval('-' * 100000 + '1')",
  "eval('[' * 150 + ']' * 150)",
  "class A:\n    def __repr__(self): return 5\nrepr(A())",
  "class B(Exception):\n    def __str__(self): raise ValueError('x')\nraise B()",
  "class C(Exception):\n    def __str__(self): return 5\nraise C()",
  "class L:\n    def __len__(self): return 10**30\nlen(L())",
  "class L:\n    def __len__(self): return 'x'\nlen(L())",
  "class I:\n    def __index__(self): return 10**30\n[1][I()]",
  "format(1, '~>99999999999999999999d')",
  "(1).to_bytes(10**20, 'big')",
  "(1).to_bytes(10**12, 'big')",
  "bytearray(10**20)",
  "'x' * (10**20)",
  "[0] * (10**20)",
  "raise 5",
  "class M(type):\n    def mro(cls): return 5\nclass A(metaclass=M): pass",
];

function hostText(s: string): RegExp | undefined {
  return HOST_TEXT.find((re) => re.test(s));
}

describe("no host text in a program's output", () => {
  for (const src of HOSTILE) {
    it(src.split("\n").at(-1)!, { timeout: 120_000 }, () => {
      const caught = `try:\n${src.replace(/^/gm, "    ")}\nexcept BaseException as e:\n    print(type(e).__name__, e)\n`;
      for (const program of [caught, src + "\n"]) {
        const r = run(program, { filename: "hostile.py", timeLimitMs: 60_000 });
        const out = r.stdout + r.stderr;
        expect(hostText(out), out).toBeUndefined();
      }
    });
  }
});
