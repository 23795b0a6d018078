/**
 * src/pymath against glibc bit for bit: test/pymath/libm-goldens.txt holds
 * what CPython 3.11's math module returns on the reference machine (glibc
 * 2.36, x86-64 with FMA) for edge cases and random doubles across the
 * exponents, made by test/pymath/gen_libm_goldens.py; every one must come
 * out of refpy's libm as the same double.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import * as libm from "../src/pymath/libm.js";

/** float.fromhex for float.hex()'s output. */
function fromHex(s: string): number {
  if (s === "inf") return Infinity;
  if (s === "-inf") return -Infinity;
  if (s === "nan") return NaN;
  const m = /^(-?)0x([01])\.([0-9a-f]+)p([+-]\d+)$/.exec(s);
  if (m === null) throw new Error(`bad hex float ${s}`);
  const mant = BigInt(`0x${m[2]}${m[3]}`);
  const e = Number(m[4]) - 4 * m[3].length;
  const v = libm.ldexp(Number(mant), e);
  return m[1] === "-" ? -v : v;
}

const FUNCTIONS: Record<string, (...args: number[]) => number> = {
  log: libm.log,
  log2: libm.log2,
  log10: libm.log10,
  atan: libm.atan,
  exp: libm.exp,
  expm1: libm.expm1,
  log1p: libm.log1p,
  sin: libm.sin,
  cos: libm.cos,
  sinh: libm.sinh,
  cosh: libm.cosh,
  tanh: libm.tanh,
  asinh: libm.asinh,
  pow: libm.pow,
  atan2: libm.atan2,
};

const cases = new Map<string, string[][]>();
for (const line of readFileSync(new URL("pymath/libm-goldens.txt", import.meta.url), "utf8")
  .trim()
  .split("\n")) {
  const [name, ...rest] = line.split(" ");
  if (!cases.has(name)) cases.set(name, []);
  cases.get(name)?.push(rest);
}

describe("libm gives glibc's doubles", () => {
  test("every function in the goldens is checked", () => {
    expect([...cases.keys()].sort()).toEqual(Object.keys(FUNCTIONS).sort());
  });
  for (const [name, rows] of cases) {
    test(`${name} (${rows.length} arguments)`, () => {
      const f = FUNCTIONS[name];
      const wrong: string[] = [];
      for (const row of rows) {
        const args = row.slice(0, -1).map(fromHex);
        const want = fromHex(row[row.length - 1]);
        const got = f(...args);
        if (!Object.is(got, want) && !(Number.isNaN(got) && Number.isNaN(want))) {
          wrong.push(`${name}(${row.slice(0, -1).join(", ")}) = ${got}, glibc ${want}`);
        }
      }
      expect(wrong.slice(0, 10)).toEqual([]);
    });
  }
});
