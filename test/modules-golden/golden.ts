/**
 * Shared runner for the module tests: `test/modules-golden/NAME.py` runs
 * in-process through `run()` and must print what CPython 3.11 printed
 * for it (NAME.out, NAME.err, NAME.exit, all made by make_expected.py
 * with python3). Addresses (`0x…`) are normalised on both sides.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { run } from "../../src/api.js";
import { normalise } from "../helpers/normalise.mjs";

export const goldenDir = import.meta.dirname;

export function goldenPrograms(prefix: string): string[] {
  return readdirSync(goldenDir).filter((f) => f.startsWith(prefix) && f.endsWith(".py")).map((f) => f.slice(0, -3)).sort();
}

function read(name: string, ext: string): string {
  const f = join(goldenDir, `${name}.${ext}`);
  return existsSync(f) ? readFileSync(f, "utf8") : "";
}

/** Run a program text as `file`; returns stdout, stderr and status. */
export function runSource(source: string, file = "<string>"): { stdout: string; stderr: string; exitCode: number } {
  const r = run(source, { filename: file, argv: [file] });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

export function checkGolden(name: string): void {
  const file = `${name}.py`;
  const r = runSource(readFileSync(join(goldenDir, file), "utf8"), file);
  expect(normalise(r.stdout)).toBe(normalise(read(name, "out")));
  expect(normalise(r.stderr)).toBe(normalise(read(name, "err")));
  const exit = read(name, "exit").trim();
  expect(r.exitCode).toBe(exit === "" ? 0 : Number(exit));
}
