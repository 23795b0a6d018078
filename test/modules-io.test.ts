/**
 * `_io` / `io`: what the programs (programs/modules/io_*.py, against
 * CPython 3.11's output) cannot show, because refpy programs have no
 * file access: what CPython builds on files refuses with a
 * NotImplementedError that says why.
 */
import { describe, expect, test } from "vitest";
import { run } from "../src/api/run.js";

function lastLine(s: string): string {
  const lines = s.trimEnd().split("\n");
  return lines[lines.length - 1];
}

describe("_io without files", () => {
  const refusals: [string, string][] = [
    ["_io.open('data.txt')", "NotImplementedError: open() is not supported by refpy: programs have no file access"],
    ["open('data.txt')", "NotImplementedError: open() is not supported by refpy: programs have no file access"],
    [
      "_io.open_code('m.py')",
      "NotImplementedError: open_code() is not supported by refpy: programs have no file access",
    ],
    [
      "_io.FileIO('data.txt')",
      "NotImplementedError: io.FileIO is not supported by refpy: programs have no file access",
    ],
    [
      "_io.BufferedRandom(_io.BytesIO())",
      "NotImplementedError: io.BufferedRandom is not supported by refpy: it wraps a raw stream, and refpy has no file streams",
    ],
  ];
  for (const [expr, message] of refusals) {
    test(expr, () => {
      const r = run(`import _io\n${expr}\n`);
      expect(r.exitCode).toBe(1);
      expect(lastLine(r.stderr)).toBe(message);
    });
  }

  test("the file classes exist with CPython's bases", () => {
    const r = run(
      "import _io, sys\n" +
        "print(_io.FileIO.__mro__[1].__name__, _io.BufferedRandom.__mro__[1].__name__, type(sys.stdout) is _io.TextIOWrapper)\n",
    );
    expect(r.stdout).toBe("_RawIOBase _BufferedIOBase True\n");
  });
});
