/**
 * The leak check and the refcount audit (src/heap/registry.ts,
 * src/inspect/audit.ts), and `-X showrefcount`.
 *
 *  - Every program in programs/ (and every REPL transcript) runs with the
 *    audit on: its output is still CPython's, no object's refcount differs
 *    from the references found at any audited point, and no object the run
 *    allocated is alive after teardown.
 *  - Planted bugs show the checks can fail: an extra Py_INCREF is reported
 *    as a mismatch naming the object and its referrers; an object nobody
 *    releases is reported as a leak.
 *  - The audit audits lines where every reference holder is visible and
 *    skips those under a native caller.
 *  - `-X showrefcount` prints `[0 refs, 0 blocks]` at exit from the built
 *    command, after each statement at the prompt, and the numbers of what
 *    is still alive when something is.
 */
import { describe, expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { run, createSession } from "../src/api/run.js";
import { startRepl } from "../src/cli/repl.js";
import { tstate } from "../src/objects/pystate.js";
import { Py_DECREF, Py_INCREF } from "../src/heap/refcount.js";
import { PyDict_GetItemString } from "../src/objects/dictobject.js";
import { PyList_New } from "../src/objects/listobject.js";
import { registry } from "../src/heap/registry.js";
import { auditState } from "../src/inspect/audit.js";
import {
  expected,
  expectedExit,
  program,
  programs,
  sourceBytes,
  stdinFor,
  StringLines,
  checkTranscript,
  testFor,
  transcripts,
} from "./helpers/programs.js";
import { around, PROGRAM_TIME_LIMIT_MS } from "./helpers/budget.js";
import { normalise } from "./helpers/normalise.mjs";

/** A net against a run that never ends (test/helpers/budget.ts); the audit
 *  adds little to a program's cost, and the heaviest are audited at exit
 *  only (EXIT_ONLY). */
const TIME_LIMIT_MS = PROGRAM_TIME_LIMIT_MS;
const TEST_TIMEOUT_MS = around(TIME_LIMIT_MS);

/** Programs with millions of line events, audited only at the end of the
 *  program and after teardown (the leak check is the same): a per-line
 *  audit of their million-object heaps would take minutes. The benchmark
 *  programs (pyperformance/) are all of this kind. */
const EXIT_ONLY = new Map([
  ["dealloc/del_trashcan_deep.py", "five 100,000-deep structures, 180,000 line events"],
  ["dealloc/trashcan_chain.py", "2 million line events over a 200,000-node chain"],
  ["pyperformance/bm_go.py", "millions of line events over a heap that holds Lib/random.py and what it imports"],
  ["unicode/unicodedata_tables.py", "a line event per property of forty thousand code points"],
  ["unicode/unicodedata_names.py", "a line event per name of a hundred thousand code points"],
  ["unicode/unicodedata_normalize.py", "a line event per normalization of forty thousand code points in four forms"],
  ["unicode/unicodedata_ucd_3_2_0.py", "a line event per property of forty thousand code points"],
  ["unicode/stringprep_tables.py", "a line event per table of fifteen thousand code points, fifteen tables"],
  ["unicode/str_unicode_properties.py", "a line event per method of twenty thousand code points"],
]);

/** Programs after whose teardown CPython leaves cyclic garbage alive (no
 *  collection reaches it): the leak check counts it as abandoned, not
 *  leaked, and the heap is not empty. */
const ABANDONS = new Map([
  ["gc/gc_freeze_exit.py", "gc.freeze() puts __main__'s dict out of the collector's reach"],
  ["gc/gc_callbacks_exit.py", "gc.callbacks holds __main__'s dict until after the last collection"],
  ["modules/os_exit_now.py", "os._exit ends the run without teardown: the heap is left as the process's would be"],
  ["modules/os_exit_thread.py", "os._exit ends the run without teardown: the heap is left as the process's would be"],
]);

describe("programs/ under the refcount audit and the leak check", () => {
  for (const p of programs) {
    testFor("audit", p.path)(
      p.path,
      () => {
        const result = run(sourceBytes(p), {
          filename: p.file,
          argv: [p.file],
          stdin: stdinFor(p),
          timeLimitMs: TIME_LIMIT_MS,
          audit: EXIT_ONLY.has(p.path) || p.path.startsWith("pyperformance/") ? "exit" : true,
        });
        const audit = result.audit!;
        expect(audit.mismatches).toEqual([]);
        expect(audit.leaks).toEqual([]);
        if (ABANDONS.has(p.path)) {
          expect(audit.abandoned).toBeGreaterThan(0);
        } else {
          expect(audit.abandoned).toBe(0);
          expect(audit.refs).toBe(0);
          expect(audit.blocks).toBe(0);
        }
        expect(normalise(result.stdout)).toBe(normalise(expected(p, "out")));
        expect(normalise(result.stderr)).toBe(normalise(expected(p, "err")));
        expect(result.exitCode).toBe(expectedExit(p));
      },
      TEST_TIMEOUT_MS,
    );
  }
});

describe("programs/repl/ transcripts under the refcount audit", () => {
  // A failed audit writes its report to stderr and makes the status 1.
  for (const file of transcripts) {
    testFor("audit", `repl/${file}`)(
      `repl/${file}`,
      () => checkTranscript(file, { timeLimitMs: TIME_LIMIT_MS, audit: true }),
      TEST_TIMEOUT_MS,
    );
  }
});

/** Module-level `name` of the running program (borrowed). */
function global(name: string) {
  const frame = tstate.frame!;
  return PyDict_GetItemString(frame.f_globals, name)!;
}

/** `f` with credit for an audit at every eligible line (small unit
 *  programs would otherwise be sampled). */
function everyLine<T>(f: () => T): T {
  const saved = auditState.workPerLine;
  auditState.workPerLine = 1e9;
  try {
    return f();
  } finally {
    auditState.workPerLine = saved;
  }
}

describe("the checks can fail", () => {
  const source = "x = ['planted']\ny = 1\nz = 2\nw = 3\n";

  test("an extra Py_INCREF is a mismatch naming the object and who refers to it", () => {
    let planted = false;
    const result = everyLine(() =>
      run(source, {
        filename: "plant.py",
        audit: true,
        onLine: (e) => {
          if (e.line === 2 && !planted) {
            planted = true;
            Py_INCREF(global("x"));
          }
        },
      }),
    );
    expect(planted).toBe(true);
    const audit = result.audit!;
    expect(audit.mismatches.length).toBeGreaterThan(0);
    const m = audit.mismatches[0];
    expect(m.type).toBe("list");
    expect(m.refcnt).toBe(m.found + 1);
    expect(m.where).toBe("line 3 of <module>");
    expect(m.referrers).toEqual([expect.stringMatching(/^dict \(\d+ items\) at 0x[0-9a-f]+$/)]);
    // The extra reference also keeps the list, and the str in it, alive
    // after teardown (oldest first: the str is a constant of the code).
    expect(audit.leaks.map((l) => [l.type, l.repr, l.refcnt])).toEqual([
      ["str", "'planted'", 1],
      ["list", "list (1 item)", 1],
    ]);
    expect(audit.leaks[0].referrers).toEqual([expect.stringMatching(/^list \(1 item\) at 0x[0-9a-f]+$/)]);
    expect(audit.leaks[1].referrers).toEqual([]);
    expect(result.stderr).toMatch(
      /^refcount audit: line 3 of <module>: list \(1 item\) at 0x[0-9a-f]+: ob_refcnt 2, 1 references found\n {4}referred to by dict \(\d+ items\) at 0x[0-9a-f]+\nrefcount audit: after teardown: /,
    );
    expect(result.stderr).toMatch(/^leak check: 2 objects of the run alive after teardown$/m);
    expect(result.exitCode).toBe(1);
  });

  test("a missing reference (an extra Py_DECREF, undone a line later) is a mismatch the other way", () => {
    const src = "x = ['shared']\ny = x\nz = 1\nw = 2\nv = 3\n";
    const result = everyLine(() =>
      run(src, {
        filename: "plant.py",
        audit: true,
        onLine: (e) => {
          // The audit of a line runs before this callback: the count is
          // short at the audit of line 4 only.
          if (e.line === 3) Py_DECREF(global("x"));
          if (e.line === 4) Py_INCREF(global("x"));
        },
      }),
    );
    const audit = result.audit!;
    expect(audit.mismatches.map((m) => [m.where, m.type, m.refcnt, m.found])).toEqual([
      ["line 4 of <module>", "list", 1, 2],
    ]);
    expect(audit.mismatches[0].referrers).toEqual([
      expect.stringMatching(/^dict \(\d+ items\) at 0x/),
      expect.stringMatching(/^dict \(\d+ items\) at 0x/),
    ]);
    expect(audit.leaks).toEqual([]);
    expect(result.exitCode).toBe(1);
  });

  test("an object nobody releases is a leak (leak check alone)", () => {
    let planted = false;
    const result = run(source, {
      filename: "plant.py",
      leakCheck: true,
      onLine: (e) => {
        if (e.line === 2 && !planted) {
          planted = true;
          PyList_New(0);
        }
      },
    });
    const audit = result.audit!;
    expect(audit.mismatches).toEqual([]);
    expect(audit.leaks.map((l) => [l.type, l.refcnt])).toEqual([["list", 1]]);
    expect(audit.leaks[0].referrers).toEqual([]);
    expect(audit.refs).toBe(1);
    expect(audit.blocks).toBe(1);
    // The leak check alone reports through the result, not the output.
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
  });

  test("a clean run of the same program reports nothing", () => {
    const result = everyLine(() => run(source, { filename: "plant.py", audit: true }));
    expect(result.audit!.mismatches).toEqual([]);
    expect(result.audit!.leaks).toEqual([]);
    // Four lines, the end of the program, after teardown.
    expect(result.audit!.audited).toBe(6);
  });
});

describe("which lines are audited", () => {
  test("lines under a native caller are skipped; the others are audited", () => {
    const source = [
      "class C:",
      "    def __init__(self):", // run by type.__call__: skipped
      "        self.a = []",
      "def f():",
      "    return [1]", // an inline call: audited
      "c = C()",
      "r = f()",
      "s = sorted([3, 1, 2], key=lambda v: -v)", // the key function: skipped
      "",
    ].join("\n");
    const where: string[] = [];
    const result = everyLine(() =>
      run(source, {
        filename: "lines.py",
        audit: true,
        onLine: (e) => {
          where.push(e.function);
        },
      }),
    );
    const audit = result.audit!;
    expect(audit.mismatches).toEqual([]);
    // The class body (run by __build_class__), __init__ (called by
    // type.__call__) and the lambda (called by sorted) are skipped.
    const native = where.filter((f) => f === "C" || f === "__init__" || f === "<lambda>").length;
    expect(native).toBe(6);
    expect(where.filter((f) => f === "f").length).toBe(1);
    expect(audit.skipped).toBe(native);
    expect(audit.audited).toBe(where.length - native + 2);
  });

  test("with no audit option the registry and the line hook are off", () => {
    const result = run("x = 1\n", { filename: "off.py" });
    expect(result.audit).toBeUndefined();
    expect(registry.live).toBe(null);
    expect(tstate.lineHook).toBe(null);
  });

  test("a session's registry lives until finish", () => {
    const s = createSession({ filename: "<stdin>", leakCheck: true, stdout: () => {}, stderr: () => {} });
    s.execInteractive("a = [1, 2]\n");
    expect(registry.live!.size).toBeGreaterThan(0);
    expect(s.finish(0)).toBe(0);
    expect(registry.live).toBe(null);
  });
});

/** The built command (`npm run build`). */
const command = join(import.meta.dirname, "..", "dist", "bundle", "main.js");

describe("-X showrefcount", () => {
  test("the command prints [0 refs, 0 blocks] after a program's teardown", () => {
    const p = program("linked_list.py");
    const r = spawnSync(process.execPath, [command, "-X", "showrefcount", join("programs", p.path)], {
      cwd: join(import.meta.dirname, ".."),
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(normalise(r.stdout)).toBe(normalise(expected(p, "out")));
    expect(r.stderr).toBe("[0 refs, 0 blocks]\n");
  });

  test("-X refcount-audit from the command: a clean program prints nothing more", () => {
    const p = program("destructor.py");
    const r = spawnSync(process.execPath, [command, "-X", "refcount-audit", join("programs", p.path)], {
      cwd: join(import.meta.dirname, ".."),
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(normalise(r.stdout)).toBe(normalise(expected(p, "out")));
    expect(r.stderr).toBe("");
  });

  test("at the prompt: the totals after each statement and at the end of input, then 0 0 after shutdown", () => {
    let stderr = "";
    const xoptions = new Map([["showrefcount", ""]]);
    const status = startRepl(
      {
        stdout: () => {},
        stderr: (s) => {
          stderr += s;
        },
        xoptions,
      },
      null,
      new StringLines("a = [1, 2, 3]\nb = a\ndel a, b\n"),
      false,
    );
    expect(status).toBe(0);
    // Prompts go to stderr too: ">>> [N refs, M blocks]".
    const totals = [...stderr.matchAll(/\[(\d+) refs, (\d+) blocks\]\n/g)].map((m) => [Number(m[1]), Number(m[2])]);
    // Three statements, the end of input, then after shutdown.
    expect(totals.length).toBe(5);
    // `b = a` adds one reference to the list; `del a, b` frees it (one block).
    expect(totals[1][0]).toBe(totals[0][0] + 1);
    expect(totals[1][1]).toBe(totals[0][1]);
    expect(totals[2][1]).toBeLessThan(totals[1][1]);
    expect(totals[3]).toEqual(totals[2]);
    expect(totals[4]).toEqual([0, 0]);
  });
});
