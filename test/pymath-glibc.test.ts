/**
 * src/pymath against glibc bit for bit: test/pymath/libm-goldens.txt holds
 * what CPython 3.11's math module returns on the reference machine (glibc
 * 2.36, x86-64 with FMA) for edge cases and random doubles across the
 * exponents, made by test/pymath/gen_libm_goldens.py; every one must come
 * out of refpy's libm as the same double, except that tan, asin and acos
 * give the correctly rounded double on the rare lines where glibc's is not
 * (listed in the line).
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
  exp2: libm.exp2,
  acosh: libm.acosh,
  atanh: libm.atanh,
};

/** Correctly rounded here; glibc's double where it is the correctly
 *  rounded one, which is almost always. */
const ROUNDED: Record<string, (x: number) => number> = {
  tan: libm.tan,
  asin: libm.asin,
  acos: libm.acos,
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
    expect([...cases.keys()].sort()).toEqual([...Object.keys(FUNCTIONS), ...Object.keys(ROUNDED)].sort());
  });
  for (const [name, rows] of cases) {
    test(`${name} (${rows.length} arguments)`, () => {
      const rounded = ROUNDED[name];
      const f: (...args: number[]) => number = rounded ?? FUNCTIONS[name];
      const wrong: string[] = [];
      for (const row of rows) {
        // ROUNDED rows: argument, glibc's double, the correctly rounded one
        // when they differ.
        const arity = rounded === undefined ? row.length - 1 : 1;
        const args = row.slice(0, arity).map(fromHex);
        const want = fromHex(row[row.length - 1]);
        const got = f(...args);
        if (!Object.is(got, want) && !(Number.isNaN(got) && Number.isNaN(want))) {
          wrong.push(`${name}(${row.slice(0, arity).join(", ")}) = ${got}, expected ${want}`);
        }
      }
      expect(wrong.slice(0, 10)).toEqual([]);
    });
  }
});
