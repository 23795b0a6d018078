/**
 * The VM's probe programs (test/vm/*.py): calls and argument errors,
 * closures, generators, classes, exceptions and traceback text, refcounts
 * (spec 1.1/1.2), `__del__` timing and release orders (spec 2.1–2.7),
 * recursion limits. Each runs in-process through `run()` and must give
 * exactly what CPython 3.11 gave (`NAME.golden.json`, made by
 * test/vm/make_goldens.py; addresses normalised).
 */
import { describe, expect, test } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../src/api.js";
import { normalise as norm } from "./helpers/normalise.mjs";

const dir = join(import.meta.dirname, "vm");
const programs = readdirSync(dir).filter((f) => f.endsWith(".py") && f !== "make_goldens.py").sort();

interface Golden { stdout: string; stderr: string; exit: number }

describe("VM probe programs give CPython 3.11's output", () => {
  test.each(programs)("%s", (file) => {
    const golden = JSON.parse(readFileSync(join(dir, file.replace(/\.py$/, ".golden.json")), "utf8")) as Golden;
    const source = readFileSync(join(dir, file), "utf8");
    const r = run(source, { filename: file, argv: [file] });
    expect(norm(r.stdout)).toBe(golden.stdout);
    expect(norm(r.stderr)).toBe(golden.stderr);
    expect(r.exitCode).toBe(golden.exit);
  }, 60_000);
});
