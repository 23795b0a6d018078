/**
 * `random`: what the programs (programs/modules/random_*.py, the Mersenne
 * Twister and random.py's algorithms against CPython 3.11's results for
 * the same seeds, run by test/programs.test.ts) cannot show: determinism
 * across runs, unseeded generators, the native base type.
 */
import { describe, expect, test } from "vitest";
import { run } from "../src/api/run.js";

describe("random matches CPython 3.11", () => {
  test("seeded module functions are deterministic across runs", () => {
    const src = "import random\nrandom.seed(42)\nprint(random.random(), random.randint(1, 6))\n";
    const a = run(src);
    const b = run(src);
    expect(a.stderr).toBe("");
    expect(a.stdout).toBe("0.6394267984578837 1\n");
    expect(b.stdout).toBe(a.stdout);
  });

  test("unseeded generators differ and stay in range", () => {
    const r = run(
      "import random\nxs = [random.random() for _ in range(50)]\n" +
        "print(all(0 <= x < 1 for x in xs), len(set(xs)) > 45, random.Random().random() != random.Random().random())\n",
    );
    expect(r.stdout).toBe("True True True\n");
  });

  test("_random.Random is the native base type", () => {
    const r = run(
      "import _random, random\nprint(random.Random.__mro__)\n" +
        "r = _random.Random(42)\nprint(r.random(), type(r))\n" +
        "try:\n    _random.Random(1, 2)\nexcept TypeError as e:\n    print(e)\n",
    );
    expect(r.stdout).toBe(
      "(<class 'random.Random'>, <class '_random.Random'>, <class 'object'>)\n" +
        "0.6394267984578837 <class '_random.Random'>\nRandom() requires 0 or 1 argument\n",
    );
  });
});
