/**
 * os._exit through the run API: the run ends with the status and runs no
 * more Python code, the host goes on, and the next run in the same
 * process starts clean.
 */
import { describe, expect, it } from "vitest";
import { run } from "../src/api/run.js";

describe("os._exit", () => {
  it("ends the run with its status and leaves the host running", () => {
    const r = run("import os\nprint('a')\ntry:\n    os._exit(3)\nfinally:\n    print('b')\n", {
      filename: "x.py",
    });
    expect(r.exitCode).toBe(3);
    expect(r.stdout).toBe("a\n");
    expect(r.stderr).toBe("");
    const next = run("import os\nprint(os.getpid(), [x * 2 for x in range(3)])\n", { filename: "y.py" });
    expect(next.exitCode).toBe(0);
    expect(next.stdout).toBe("1 [0, 2, 4]\n");
  });

  it("ends the run from inside a generator", () => {
    const r = run("import os\ndef g():\n    yield 1\n    os._exit(0)\n    yield 2\nprint(list(g()))\n", {
      filename: "z.py",
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe("");
  });
});
