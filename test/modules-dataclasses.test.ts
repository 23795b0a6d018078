/**
 * `dataclasses`: generated methods, field options, frozen classes and
 * the errors and tracebacks they give, against CPython 3.11's output.
 */
import { describe, expect, test } from "vitest";
import { checkGolden, goldenPrograms, runSource } from "./modules-golden/golden.js";

describe("dataclasses matches CPython 3.11", () => {
  test.each(goldenPrograms("dataclasses_"))("%s", (name) => checkGolden(name), 60_000);

  test("generated methods are Python functions with the class's qualname", () => {
    const r = runSource("from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\n"
      + "print(type(P.__init__).__name__, P.__init__.__qualname__, P.__init__.__code__.co_filename)\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("function P.__init__ <string>\n");
  });

  test("instances are freed when the last reference goes", () => {
    const r = runSource("from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\n"
      + "    def __del__(self):\n        print('del', self)\n"
      + "p = P(1)\nq = P(2)\ndel p\nprint('after')\nq = None\nprint('end')\n");
    expect(r.stdout).toBe("del P(x=1)\nafter\ndel P(x=2)\nend\n");
  });
});
