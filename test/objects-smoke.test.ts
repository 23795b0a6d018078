import { describe, it, expect } from "vitest";
import { run } from "../src/api/run.js";

describe("smoke", () => {
  it("runs a program", () => {
    const r = run(
      "print(1+2, [1,2,3], {'a': 1}, (1,), {3,1,2}, 'x'*3, 7//2, 2**100, 1/3, range(3), sorted([3,1,2]))\n",
    );
    expect(r.stdout).toBe(
      "3 [1, 2, 3] {'a': 1} (1,) {1, 2, 3} xxx 3 1267650600228229401496703205376 0.3333333333333333 range(0, 3) [1, 2, 3]\n",
    );
  });
});
