/**
 * The packed library (src/runtime/stdlib.generated.json, made by
 * `npm run build` through lib/pack.mjs) is what lib/ and the current
 * compiler make: the same files, the same sources, and each stored code
 * unit equal to compiling the source now. A stale pack (the compiler or
 * lib/ changed since the last build) fails here rather than running old
 * bytecode.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "../grammar/parse.js";
import { compile } from "../src/compiler/compile.js";
import { PyMarshal_DumpUnit, PyMarshal_LoadUnit } from "../src/bytecode/marshal.js";
import { LIBDIR } from "../src/vm/import.js";

const root = join(import.meta.dirname, "..");
const libDir = join(root, "lib");

function pyFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...pyFiles(path));
    else if (name.endsWith(".py")) out.push(relative(libDir, path).split(sep).join("/"));
  }
  return out;
}

const packed = JSON.parse(readFileSync(join(root, "src", "runtime", "stdlib.generated.json"), "utf8")) as Record<
  string,
  { source: string; unit: string | null }
>;

describe("the packed library", () => {
  test("holds exactly lib/'s files with their sources", () => {
    // The .py files, and the licence text site's `license` shows.
    const files = [...pyFiles(libDir), "LICENSE.txt"].sort();
    expect(Object.keys(packed).sort()).toEqual(files);
    for (const f of files) expect(packed[f]!.source, f).toBe(readFileSync(join(libDir, f), "utf8"));
  });

  // One test per file: compiling the whole library takes seconds (the
  // largest file alone seconds on a loaded machine).
  test.each(Object.keys(packed))(
    "%s: the stored unit is what the compiler makes now (npm run build if not)",
    (rel) => {
      const file = packed[rel]!;
      const filename = `${LIBDIR}/${rel}`;
      let now: string | null;
      try {
        now = PyMarshal_DumpUnit(compile(parse(file.source, filename, "exec"), filename, "exec", file.source));
      } catch {
        now = null;
      }
      expect(file.unit).toBe(now);
    },
    30_000,
  );

  test("marshal round-trips a unit with every kind of constant", () => {
    const source =
      "x = (1, 2.5, -0.0, float('nan'), 10**30, 'é\\ud800', b'\\x00\\xff', None, True, ..., frozenset({1}))\n";
    const unit = compile(parse(source, "<m>", "exec"), "<m>", "exec", source);
    const text = PyMarshal_DumpUnit(unit);
    expect(PyMarshal_DumpUnit(PyMarshal_LoadUnit(text))).toBe(text);
    const back = PyMarshal_LoadUnit(text);
    expect(back.co_code).toEqual(unit.co_code);
    expect(back.co_positions).toEqual(unit.co_positions);
    expect(back.co_consts).toEqual(unit.co_consts);
  });
});
