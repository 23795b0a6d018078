/**
 * Runaway allocation ends in MemoryError, never in the JavaScript engine's
 * fatal "heap out of memory" abort: the built command under small and
 * large `-X heap-limit`s (its worker's heap is sized from the limit, and
 * the host check of runtime/host-memory.ts raises first when the engine's
 * heap fills), and run() embedded in a process whose heap is smaller than
 * the model's limit, twice in a row (the first run's memory is released).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
const command = join(root, "dist", "bundle", "main.js");

/** Run `program` with the built command; its status, signal and stderr. */
function refpy(program: string, limit: string): { status: number | null; signal: string | null; stderr: string } {
  const r = spawnSync(process.execPath, [command, "-X", `heap-limit=${limit}`, "-c", program], {
    encoding: "utf8",
    timeout: 240_000,
  });
  return { status: r.status, signal: r.signal, stderr: r.stderr };
}

/** A MemoryError traceback as the last thing on stderr, status 1. */
function expectMemoryError(r: { status: number | null; signal: string | null; stderr: string }): void {
  expect(r.stderr).not.toContain("FATAL");
  expect(r.signal).toBe(null);
  expect(r.stderr).toMatch(/^Traceback \(most recent call last\):\n[\s\S]*\nMemoryError\n$/);
  expect(r.status).toBe(1);
}

const loops: [string, string][] = [
  ["object()", "l = []\nwhile True:\n    l.append(object())\n"],
  ["list growth", "l = []\ni = 0\nwhile True:\n    l.append(i)\n    i += 1\n"],
  ["dict growth", "d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1\n"],
  ["str concatenation", "s = ''\nwhile True:\n    s += 'x' * 1000000\n"],
  ["nested lists", "l = []\nwhile True:\n    l = [l, [len(l)]]\n"],
];

describe("runaway allocation in the command", () => {
  for (const [name, program] of loops) {
    test(`${name} under -X heap-limit=16M`, () => {
      expectMemoryError(refpy(program, "16M"));
    }, 240_000);
  }

  test("except MemoryError, finally and __del__ run; the program goes on", () => {
    const program = [
      "class D:",
      "    def __del__(self):",
      "        print('del')",
      "d = D()",
      "try:",
      "    l = []",
      "    while True:",
      "        l.append(object())",
      "except MemoryError:",
      "    del l",
      "    print('caught')",
      "finally:",
      "    print('finally')",
      "print(len([0] * 1000))",
    ].join("\n");
    const r = spawnSync(process.execPath, [command, "-X", "heap-limit=16M", "-c", program], {
      encoding: "utf8",
      timeout: 240_000,
    });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("caught\nfinally\n1000\ndel\n");
    expect(r.status).toBe(0);
  }, 240_000);

  test("a large limit: long strs under -X heap-limit=512M", () => {
    expectMemoryError(refpy("l = []\nwhile True:\n    l.append('x' * 100000 + str(len(l)))\n", "512M"));
  }, 240_000);
});

describe("runaway allocation embedded", () => {
  test("run() in a process whose heap is smaller than the limit, twice", () => {
    // The engine's heap (512 MiB) fills before the model's 256 MiB: the
    // host check raises MemoryError, and the second run starts afresh.
    const script = [
      `import { run } from ${JSON.stringify(join(root, "dist", "src", "index.js"))};`,
      "const program = 'l = []\\nwhile True:\\n    l.append(object())\\n';",
      "for (let i = 0; i < 2; i++) {",
      "  const r = run(program, { heapLimit: 256 * 2 ** 20 });",
      "  console.log(r.exitCode, JSON.stringify(r.stderr));",
      "}",
      "console.log(run('print(sum(range(10)))').stdout.trim());",
    ].join("\n");
    const r = spawnSync(process.execPath, ["--max-old-space-size=512", "--input-type=module", "-e", script], {
      encoding: "utf8",
      timeout: 240_000,
    });
    expect(r.stderr).not.toContain("FATAL");
    expect(r.signal).toBe(null);
    const line = `1 ${JSON.stringify('Traceback (most recent call last):\n  File "<string>", line 3, in <module>\nMemoryError\n')}`;
    expect(r.stdout).toBe(`${line}\n${line}\n45\n`);
    expect(r.status).toBe(0);
  }, 240_000);
});
