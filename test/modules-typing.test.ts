/**
 * `typing`: special forms and aliases evaluate and print as CPython 3.11
 * prints them; Generic works as a base class.
 */
import { describe, expect, test } from "vitest";
import { checkGolden, goldenPrograms, runSource } from "./modules-golden/golden.js";

describe("typing matches CPython 3.11", () => {
  test.each(goldenPrograms("typing_"))("%s", (name) => checkGolden(name), 60_000);

  test("import forms", () => {
    const r = runSource("import typing\nfrom typing import *\nprint(typing.TYPE_CHECKING, Optional[List[int]], cast(str, 1))\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("False typing.Optional[typing.List[int]] 1\n");
  });
});

test("every name in __all__ exists (typing, random, dataclasses)", () => {
  const r = runSource("import typing, random, dataclasses\nfor m in (typing, random, dataclasses):\n"
    + "    print(m.__name__, [n for n in m.__all__ if not hasattr(m, n)])\n");
  expect(r.stdout).toBe("typing []\nrandom []\ndataclasses []\n");
});
