/**
 * The golden programs: every `programs/NAME.py` runs in-process through
 * `run()` and must print what CPython 3.11 printed for it.
 *
 * Expected files are made only by `programs/make_expected.py`, which runs
 * python3: `NAME.out` (stdout), `NAME.err` (stderr, when any), `NAME.exit`
 * (exit status, when not 0), `NAME.in` (stdin to feed). A deliberate
 * difference from CPython has its own `NAME.refpy.out` / `NAME.refpy.err`,
 * explained in programs/DIFFERENCES.md, and that file is used instead.
 * Addresses (`0x…`) are normalised to `0xADDR` on both sides.
 */
import { describe, expect, test } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../src/api.js";

const dir = join(import.meta.dirname, "..", "programs");

export function normalise(text: string): string {
  return text.replace(/0x[0-9a-f]+/g, "0xADDR");
}

function expected(name: string, ext: "out" | "err"): string {
  const own = join(dir, `${name}.refpy.${ext}`);
  if (existsSync(own)) return readFileSync(own, "utf8");
  const cpython = join(dir, `${name}.${ext}`);
  return existsSync(cpython) ? readFileSync(cpython, "utf8") : "";
}

function expectedExit(name: string): number {
  const f = join(dir, `${name}.exit`);
  return existsSync(f) ? Number(readFileSync(f, "utf8").trim()) : 0;
}

const programs = readdirSync(dir).filter((f) => f.endsWith(".py") && f !== "make_expected.py").sort();

describe("programs/ give CPython 3.11's output", () => {
  test.each(programs)("%s", (file) => {
    const name = file.slice(0, -3);
    const source = readFileSync(join(dir, file), "utf8");
    const stdinFile = join(dir, `${name}.in`);
    const result = run(source, {
      filename: file,
      argv: [file],
      stdin: existsSync(stdinFile) ? readFileSync(stdinFile, "utf8") : "",
    });
    expect(normalise(result.stdout)).toBe(normalise(expected(name, "out")));
    expect(normalise(result.stderr)).toBe(normalise(expected(name, "err")));
    expect(result.exitCode).toBe(expectedExit(name));
  }, 60_000);
});
