/**
 * `typing`: special forms and aliases evaluate and print as CPython 3.11
 * prints them (programs/modules/typing_forms.py, run by
 * test/programs.test.ts); here, the import forms and every module's
 * `__all__`.
 */
import { describe, expect, test } from "vitest";
import { run } from "../src/api/run.js";

describe("typing matches CPython 3.11", () => {
  test("import forms", () => {
    const r = run(
      "import typing\nfrom typing import *\nprint(typing.TYPE_CHECKING, Optional[List[int]], cast(str, 1))\n",
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("False typing.Optional[typing.List[int]] 1\n");
  });
});

test("every name in __all__ exists (typing, random, dataclasses)", () => {
  const r = run(
    "import typing, random, dataclasses\nfor m in (typing, random, dataclasses):\n" +
      "    print(m.__name__, [n for n in m.__all__ if not hasattr(m, n)])\n",
  );
  expect(r.stdout).toBe("typing []\nrandom []\ndataclasses []\n");
  // dataclasses imports inspect, and through it ast, dis and importlib.
});
