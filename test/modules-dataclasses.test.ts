/**
 * `dataclasses`: what the programs (programs/modules/dataclasses_*.py, run
 * against CPython 3.11's output by test/programs.test.ts) cannot show: the
 * generated methods' code objects, and when instances are freed. Each run
 * imports dataclasses, and through it inspect, ast, dis and importlib:
 * seconds, not milliseconds.
 */
import { describe, expect, test } from "vitest";
import { run } from "../src/api/run.js";

describe("dataclasses matches CPython 3.11", () => {
  test("generated methods are Python functions with the class's qualname", () => {
    const r = run(
      "from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\n" +
        "print(type(P.__init__).__name__, P.__init__.__qualname__, P.__init__.__code__.co_filename)\n",
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("function P.__init__ <string>\n");
  });

  test("instances are freed when the last reference goes", () => {
    const r = run(
      "from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\n" +
        "    def __del__(self):\n        print('del', self)\n" +
        "p = P(1)\nq = P(2)\ndel p\nprint('after')\nq = None\nprint('end')\n",
    );
    expect(r.stdout).toBe("del P(x=1)\nafter\ndel P(x=2)\nend\n");
  });
});
