/**
 * `refpy sweep`: the CSV of a small grid pinned by a snapshot (its
 * deterministic columns; test/sweep/make-snapshots.mjs makes it), the numbers
 * equal to those of a single run() with the same thresholds, the SVG a
 * well-formed XML document with one series per generation, usage errors
 * (exit 2), failing programs reported per setting (exit 1), and the pure
 * parts (argument parsing, the grid, medians, the table).
 *
 * The command runs from a bundle built from the sources in beforeAll
 * (harness.mjs), each run in its own worker as in use.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import {
  buildCommand,
  deterministicColumns,
  snapshotPath,
  snapshotSweep,
  refpy,
  statsOfFreshRun,
  SNAPSHOT_PROGRAM,
  SNAPSHOT_PROGRAM_ARGS,
} from "./sweep/harness.mjs";
import { parseSweepArgs, DEFAULT_T0, DEFAULT_TIME_LIMIT, SweepUsageError } from "../src/cli/sweep.js";
import { grid, spread, summarise, toTable, type RunOutcome } from "../src/cli/sweep-report.js";
import { sweepSvg } from "../src/cli/sweep-svg.js";
import { COMMAND_TIMEOUT_MS } from "./sweep/harness.mjs";

let main = "";
let work = "";
let snapshotCsv = "";

beforeAll(async () => {
  main = await buildCommand();
  work = mkdtempSync(join(tmpdir(), "refpy-sweep-test-"));
  snapshotCsv = snapshotSweep(main, join(work, "snapshot.csv"));
}, COMMAND_TIMEOUT_MS * 2);

/** CSV text → rows of objects keyed by the header. */
function parseCsv(csv: string): Record<string, string>[] {
  const [head, ...lines] = csv
    .trimEnd()
    .split("\n")
    .map((l) => l.split(","));
  return lines.map((l) => Object.fromEntries(head.map((h, i) => [h, l[i]])));
}

describe("the snapshot sweep", { timeout: COMMAND_TIMEOUT_MS }, () => {
  test("its deterministic columns match the snapshot", () => {
    // After a deliberate change to the counts: npm run snapshots, then review.
    expect(deterministicColumns(snapshotCsv), "regenerate with npm run snapshots and review").toBe(
      readFileSync(snapshotPath, "utf8"),
    );
  });

  test("the numbers make sense: lower threshold0, more collections and less memory", () => {
    const rows = parseCsv(snapshotCsv);
    expect(rows.length).toBe(6);
    for (const t1 of ["5", "10"]) {
      const r = rows.filter((x) => x.threshold1 === t1);
      expect(r.map((x) => Number(x.threshold0))).toEqual([50, 500, 5000]);
      for (let i = 1; i < r.length; i++) {
        expect(Number(r[i].collections_gen0)).toBeLessThan(Number(r[i - 1].collections_gen0));
        expect(Number(r[i].peak_live_bytes)).toBeGreaterThan(Number(r[i - 1].peak_live_bytes));
        expect(Number(r[i].peak_live_objects)).toBeGreaterThan(Number(r[i - 1].peak_live_objects));
      }
    }
    // 3000 rounds make 12,000 cycle objects. By the last line the collector
    // has freed all but those allocated since its last run: about
    // threshold0 of them at most (the rest go at exit, not counted).
    for (const x of rows) {
      const left = 12000 - Number(x.collected);
      expect(left, `t0=${x.threshold0}`).toBeGreaterThanOrEqual(-100);
      expect(left, `t0=${x.threshold0}`).toBeLessThanOrEqual(Number(x.threshold0) + 100);
    }
    for (const x of rows) {
      expect(x.uncollectable).toBe("0");
      expect(x.status).toBe("ok");
      expect(Number(x.total_ms_median)).toBeGreaterThan(0);
      expect(Number(x.gc_ms_min)).toBeLessThanOrEqual(Number(x.gc_ms_median));
    }
  });

  test("each setting's numbers are those of one run() with the same thresholds", () => {
    // run() in a process of its own: the program's first run in a fresh VM,
    // as each of the sweep's runs is.
    const source = readFileSync(SNAPSHOT_PROGRAM, "utf8");
    for (const row of parseCsv(snapshotCsv).filter((x) => x.threshold1 === "5")) {
      const t: [number, number, number] = [Number(row.threshold0), Number(row.threshold1), Number(row.threshold2)];
      const r = statsOfFreshRun(main, source, {
        filename: SNAPSHOT_PROGRAM,
        argv: [SNAPSHOT_PROGRAM, ...SNAPSHOT_PROGRAM_ARGS],
        gcThresholds: t,
      });
      expect(r.exitCode).toBe(0);
      const s = r.stats;
      expect([row.collections_gen0, row.collections_gen1, row.collections_gen2].map(Number), `t=${t}`).toEqual(
        s.collections,
      );
      expect(Number(row.collected)).toBe(s.collected);
      expect(Number(row.uncollectable)).toBe(s.uncollectable);
      expect(Number(row.peak_live_objects)).toBe(s.peakLiveObjects);
      expect(Number(row.peak_live_bytes)).toBe(s.peakLiveBytes);
    }
  });
});

describe("the command", { timeout: COMMAND_TIMEOUT_MS }, () => {
  test("table on stdout, CSV and SVG at the default paths, exit 0", () => {
    const cwd = mkdtempSync(join(work, "defaults-"));
    writeFileSync(join(cwd, "tiny.py"), "x = [[] for i in range(50)]\nprint('hello')\n");
    const r = refpy(main, ["sweep", "--threshold0", "10,1000", "--repeat", "2", "--jobs", "2", "tiny.py"], { cwd });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain("hello");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("GC threshold sweep of tiny.py: 2 settings x 2 runs, 2 at a time");
    expect(lines.some((l) => /^\s+10\s+10\s+10\s/.test(l))).toBe(true);
    expect(lines.some((l) => /^\s*1000\s+10\s+10\s/.test(l))).toBe(true);
    expect(r.stderr).toBe("wrote tiny.sweep.csv, tiny.sweep.svg\n");
    const rows = parseCsv(readFileSync(join(cwd, "tiny.sweep.csv"), "utf8"));
    expect(rows.map((x) => [x.threshold0, x.runs, x.status])).toEqual([
      ["10", "2", "ok"],
      ["1000", "2", "ok"],
    ]);
    expect(existsSync(join(cwd, "tiny.sweep.svg"))).toBe(true);
  });

  test("--csv - writes the CSV to stdout instead of the table", () => {
    const cwd = mkdtempSync(join(work, "stdout-"));
    writeFileSync(join(cwd, "q.py"), "pass\n");
    const r = refpy(main, ["sweep", "--threshold0", "100,200", "--repeat", "1", "--csv", "-", "--no-svg", "q.py"], {
      cwd,
    });
    expect(r.status).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows.map((x) => [x.threshold0, x.status])).toEqual([
      ["100", "ok"],
      ["200", "ok"],
    ]);
    expect(existsSync(join(cwd, "-"))).toBe(false);
    expect(r.stderr).toBe("");
  });

  test("--show-output prints each run's output; --no-csv and --no-svg write nothing", () => {
    const cwd = mkdtempSync(join(work, "show-"));
    writeFileSync(join(cwd, "p.py"), "import sys\nprint('args', sys.argv[1:])\n");
    const r = refpy(
      main,
      ["sweep", "--threshold0", "100", "--repeat", "1", "--show-output", "--no-csv", "--no-svg", "p.py", "a", "b"],
      { cwd },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("--- t0=100 t1=10 t2=10 (run 1) ---\nargs ['a', 'b']\n");
    expect(r.stderr).toBe("");
    expect(existsSync(join(cwd, "p.sweep.csv"))).toBe(false);
    expect(existsSync(join(cwd, "p.sweep.svg"))).toBe(false);
  });

  test("a failing program: reported once per distinct error, status in the CSV, exit 1", () => {
    const cwd = mkdtempSync(join(work, "fail-"));
    writeFileSync(
      join(cwd, "bad.py"),
      "import gc\nif gc.get_threshold()[0] > 100:\n    raise ValueError('too high')\n",
    );
    const r = refpy(main, ["sweep", "--threshold0", "100,200,300", "--repeat", "1", "--no-svg", "bad.py"], { cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("refpy sweep: t0=200 t1=10 t2=10: exit status 1\n");
    expect(r.stderr).toContain("    ValueError: too high\n");
    expect(r.stderr).toContain("refpy sweep: t0=300 t1=10 t2=10: exit status 1 (the same as t0=200 t1=10 t2=10)\n");
    expect(r.stderr).not.toContain("t0=100");
    const rows = parseCsv(readFileSync(join(cwd, "bad.sweep.csv"), "utf8"));
    expect(rows.map((x) => x.status)).toEqual(["ok", "exit 1", "exit 1"]);
    expect(r.stdout).toMatch(/^\s*200 .*\(exit 1\)$/m);
  });

  test(
    "--time-limit: a run that never ends is stopped and reported, the other settings go on, exit 1",
    () => {
      const cwd = mkdtempSync(join(work, "limit-"));
      // threshold0 = 100 finishes; 200 loops forever in the eval loop, 300
      // in native code (any() over a callable iterator calling int()).
      writeFileSync(
        join(cwd, "spin.py"),
        "import gc\nt = gc.get_threshold()[0]\nif t == 200:\n    while True: pass\n" +
          "if t == 300:\n    any(iter(int, 1))\nprint('done')\n",
      );
      // The limit is calibrated: the setting that finishes, swept alone
      // (start-up included), times 10, so that it finishes in time beside
      // the two runs that never end however loaded the machine is; those
      // are stopped at the limit whatever it is.
      const started = performance.now();
      const alone = refpy(main, ["sweep", "--threshold0", "100", "--repeat", "1", "--no-svg", "--no-csv", "spin.py"], {
        cwd,
      });
      expect(alone.status, alone.stderr).toBe(0);
      const limit = Math.max(2, Math.ceil((10 * (performance.now() - started)) / 1000));
      const r = refpy(
        main,
        [
          "sweep",
          "--threshold0",
          "100,200,300",
          "--repeat",
          "1",
          "--jobs",
          "3",
          "--time-limit",
          String(limit),
          "--no-svg",
          "spin.py",
        ],
        { cwd, timeout: 2 * limit * 1000 + COMMAND_TIMEOUT_MS },
      );
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`refpy sweep: t0=200 t1=10 t2=10: time limit of ${limit} s exceeded\n`);
      expect(r.stderr).toContain(
        `refpy sweep: t0=300 t1=10 t2=10: time limit of ${limit} s exceeded (the same as t0=200 t1=10 t2=10)\n`,
      );
      expect(r.stderr).not.toContain("t0=100");
      const rows = parseCsv(readFileSync(join(cwd, "spin.sweep.csv"), "utf8"));
      expect(rows.map((x) => [x.threshold0, x.status])).toEqual([
        ["100", "ok"],
        ["200", "timeout"],
        ["300", "timeout"],
      ]);
      expect(Number(rows[0].peak_live_objects)).toBeGreaterThan(0);
      expect(rows[1].peak_live_objects).toBe("");
      expect(r.stdout).toMatch(/^\s*200 .*\(timeout\)$/m);
      expect(r.stdout).toMatch(/^\s*300 .*\(timeout\)$/m);
    },
    COMMAND_TIMEOUT_MS * 3,
  );

  test("-X heap-limit and -X gc-stress reach every run", () => {
    const cwd = mkdtempSync(join(work, "xopt-"));
    writeFileSync(join(cwd, "grow.py"), "l = []\nwhile True:\n    l.append([0] * 1000)\n");
    const r = refpy(
      main,
      ["sweep", "-X", "heap-limit=2M", "--threshold0", "100,1000", "--repeat", "1", "--no-svg", "grow.py"],
      { cwd },
    );
    expect(r.status).toBe(1);
    expect(r.stdout.split("\n")[0]).toBe(
      "GC threshold sweep of grow.py (-X heap-limit=2M): 2 settings x 1 run, 2 at a time",
    );
    expect(r.stderr).toContain("refpy sweep: t0=100 t1=10 t2=10: exit status 1\n");
    expect(r.stderr).toContain("    MemoryError\n");
    expect(r.stderr).toContain("refpy sweep: t0=1000 t1=10 t2=10: exit status 1 (the same as t0=100 t1=10 t2=10)\n");
    const rows = parseCsv(readFileSync(join(cwd, "grow.sweep.csv"), "utf8"));
    expect(rows.map((x) => x.status)).toEqual(["exit 1", "exit 1"]);
    for (const x of rows) expect(Number(x.peak_live_bytes)).toBeLessThanOrEqual(2 * 1024 * 1024 + 1024 * 1024);

    // -X gc-stress: a collection at every container allocation (of the
    // young generations; the whole heap every quarter-heap of allocations),
    // so generations 1 and 2 are collected although threshold0 is never
    // reached.
    writeFileSync(join(cwd, "few.py"), "x = [[] for i in range(50)]\n");
    const plain = parseCsv(
      refpy(main, ["sweep", "--threshold0", "1000", "--repeat", "1", "--no-svg", "--csv", "-", "few.py"], { cwd })
        .stdout,
    );
    const stress = parseCsv(
      refpy(
        main,
        ["sweep", "-Xgc-stress", "--threshold0", "1000", "--repeat", "1", "--no-svg", "--csv", "-", "few.py"],
        { cwd },
      ).stdout,
    );
    expect(plain[0].collections_gen2).toBe("0");
    expect(Number(stress[0].collections_gen1) + Number(stress[0].collections_gen2)).toBeGreaterThanOrEqual(50);
    expect(Number(stress[0].collections_gen2)).toBeGreaterThanOrEqual(1);
    expect(stress[0].status).toBe("ok");
  });

  test("-X showrefcount's line shows with --show-output", () => {
    const cwd = mkdtempSync(join(work, "refs-"));
    writeFileSync(join(cwd, "r.py"), "x = 1\n");
    const r = refpy(
      main,
      [
        "sweep",
        "-X",
        "showrefcount",
        "--threshold0",
        "100",
        "--repeat",
        "1",
        "--show-output",
        "--no-csv",
        "--no-svg",
        "r.py",
      ],
      { cwd },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("[0 refs, 0 blocks]\n");
  });

  test("runs get an empty standard input; the sweep's own is not read", () => {
    const cwd = mkdtempSync(join(work, "stdin-"));
    writeFileSync(
      join(cwd, "ask.py"),
      "try:\n    print('got', input())\nexcept EOFError as e:\n    print('EOFError:', e)\n",
    );
    const r = refpy(
      main,
      ["sweep", "--threshold0", "100,200", "--repeat", "1", "--show-output", "--no-csv", "--no-svg", "ask.py"],
      { cwd, input: "a line\n" },
    );
    expect(r.status).toBe(0);
    expect(r.stdout.match(/^EOFError: EOF when reading a line$/gm)?.length).toBe(2);
    expect(r.stdout).not.toContain("got");
  });

  test("argument errors: usage on stderr, exit 2", () => {
    const cases: [string[], string][] = [
      [[], "the following arguments are required: FILE"],
      [["--threshold0", "0", "x.py"], "argument --threshold0: invalid value: '0'"],
      [["--threshold0", "10,abc", "x.py"], "argument --threshold0: invalid value: 'abc'"],
      [["--threshold1", "-1", "x.py"], "argument --threshold1: invalid value: '-1'"],
      [["--repeat", "0", "x.py"], "argument --repeat: invalid value: '0'"],
      [["--jobs", "two", "x.py"], "argument --jobs: invalid value: 'two'"],
      [["--csv"], "argument --csv: expected one argument"],
      [["--repeat", "1001", "x.py"], "argument --repeat: invalid value: '1001' (an integer from 1 to 1000)"],
      [
        ["--threshold0", Array.from({ length: 200 }, (_, k) => k + 1).join(","), "--repeat", "1000", "x.py"],
        "200000 runs asked for (settings x --repeat); at most 100000",
      ],
      [["-"], "FILE: a program on standard input cannot be run more than once"],
      [["--csv", "-", "--svg", "-", "x.py"], "--csv and --svg cannot both write to stdout"],
      [["--bogus", "x.py"], "unrecognized arguments: --bogus"],
      [["--time-limit", "-1", "x.py"], "argument --time-limit: invalid value: '-1'"],
      [["--time-limit", "soon", "x.py"], "argument --time-limit: invalid value: 'soon'"],
      [["-X", "heap-limit=lots", "x.py"], "invalid -X heap-limit value: 'lots'"],
      [["-Xheap-limit=0", "x.py"], "invalid -X heap-limit value: '0'"],
      [["-X", "gc-threshold=5", "x.py"], "argument -X: gc-threshold: the sweep sets the thresholds"],
      [["-X", "trace=all", "x.py"], "argument -X: trace: not available in a sweep"],
      [["-X"], "argument -X: expected one argument"],
    ];
    for (const [args, message] of cases) {
      const r = refpy(main, ["sweep", ...args]);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toMatch(/^usage: refpy sweep /);
      expect(r.stderr, args.join(" ")).toContain(`refpy sweep: error: ${message}`);
      expect(r.stdout).toBe("");
    }
  });

  test("a missing program: CPython's message, exit 2", () => {
    const r = refpy(main, ["sweep", join(work, "nope.py")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`refpy: can't open file '${join(work, "nope.py")}': [Errno 2] No such file or directory\n`);
  });

  test("--help: exit 0, on stdout", () => {
    const r = refpy(main, ["sweep", "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: refpy sweep /);
    expect(r.stdout).toContain("--threshold0 LIST");
    expect(r.stdout).toContain("--time-limit SECONDS");
    expect(r.stdout).toContain("-X opt");
  });

  test("-X gc-threshold: applied to the program; a bad value is a usage error", () => {
    const ok = refpy(main, ["-X", "gc-threshold=5,3", "-c", "import gc; print(gc.get_threshold())"]);
    expect(ok.stdout).toBe("(5, 3, 10)\n");
    const bad = refpy(main, ["-X", "gc-threshold=5,x", "-c", "pass"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("refpy: invalid -X gc-threshold value: '5,x'\n");
  });
});

describe("the SVG plot", { timeout: COMMAND_TIMEOUT_MS }, () => {
  /** Parse strictly (saxes: any well-formedness error throws); returns
   *  the elements as [name, attributes] in document order. */
  function parseXml(text: string): [string, Record<string, string>][] {
    const parser = new SaxesParser();
    const elements: [string, Record<string, string>][] = [];
    parser.on("error", (e) => {
      throw e;
    });
    parser.on("opentag", (t) => {
      elements.push([t.name, t.attributes as Record<string, string>]);
    });
    parser.write(text).close();
    return elements;
  }

  test("the snapshot sweep's plot is well-formed, one series per generation per (t1, t2) column", () => {
    const svgPath = join(work, "plot.svg");
    const r = refpy(main, [
      "sweep",
      "--threshold0",
      "100,1000",
      "--threshold1",
      "5,10",
      "--repeat",
      "1",
      "--no-csv",
      "--svg",
      svgPath,
      SNAPSHOT_PROGRAM,
      "300",
    ]);
    expect(r.status).toBe(0);
    const elements = parseXml(readFileSync(svgPath, "utf8"));
    expect(elements[0][0]).toBe("svg");
    expect(elements[0][1].xmlns).toBe("http://www.w3.org/2000/svg");
    const series = elements.filter(([n, a]) => n === "g" && (a.class ?? "").startsWith("series "));
    const classes = series.map(([, a]) => a.class);
    for (const name of ["gen0", "gen1", "gen2", "peak-bytes", "total-ms", "gc-ms"]) {
      expect(classes.filter((c) => c === `series ${name}`).length, name).toBe(2);
    }
    expect(classes.length).toBe(12);
    // Each series' line has a point per threshold0.
    const polylines = elements.filter(([n]) => n === "polyline");
    expect(polylines.length).toBe(12);
    for (const [, a] of polylines) expect(a.points.trim().split(/\s+/).length).toBe(2);
  });

  test("a program name that is not XML-safe stays well-formed", () => {
    const outcome: RunOutcome = {
      exitCode: 0,
      stdout: "",
      stderr: "",
      error: null,
      timedOut: false,
      numbers: {
        collections: [3, 1, 0],
        collected: 9,
        uncollectable: 0,
        peakObjects: 10,
        peakBytes: 1000,
        gcMs: 1,
        totalMs: 5,
      },
    };
    const rows = [summarise({ t0: 100, t1: 10, t2: 10 }, [outcome])];
    const elements = parseXml(sweepSvg('a<b>&"c\u0001.py', rows));
    expect(elements.filter(([n, a]) => n === "g" && a.class === "series gen2").length).toBe(1);
  });
});

describe("the parts", () => {
  test("argument defaults: a grid around 3.11's (700, 10, 10), files named for the program", () => {
    const a = parseSweepArgs(["dir/prog.py", "--x"]);
    if (a === "help") throw new Error("help");
    expect(a.t0).toEqual(DEFAULT_T0);
    expect(a.t0).toContain(700);
    expect([a.t1, a.t2]).toEqual([[10], [10]]);
    expect(a.args).toEqual(["--x"]);
    expect([a.csv, a.svg]).toEqual(["prog.sweep.csv", "prog.sweep.svg"]);
    expect([a.timeLimit, a.xoptions, a.heapLimit]).toEqual([DEFAULT_TIME_LIMIT, [], null]);
  });

  test("-X options and --time-limit: before FILE; after it they are the program's", () => {
    const a = parseSweepArgs(["-X", "heap-limit=64K", "-Xgc-stress", "--time-limit=0.5", "p.py", "-X", "x"]);
    if (a === "help") throw new Error("help");
    expect(a.xoptions).toEqual(["heap-limit=64K", "gc-stress"]);
    expect(a.heapLimit).toBe(65536);
    expect(a.timeLimit).toBe(0.5);
    expect(a.args).toEqual(["-X", "x"]);
    const none = parseSweepArgs(["--time-limit", "0", "p.py"]);
    if (none === "help") throw new Error("help");
    expect(none.timeLimit).toBe(0);
  });

  test("lists are sorted and deduplicated; --opt=value works", () => {
    const a = parseSweepArgs(["--threshold0=2000,100,2000", "--repeat=5", "--csv", "o.csv", "p.py"]);
    if (a === "help") throw new Error("help");
    expect(a.t0).toEqual([100, 2000]);
    expect(a.repeat).toBe(5);
    expect(a.csv).toBe("o.csv");
    expect(() => parseSweepArgs(["--show-output=yes", "p.py"])).toThrow(SweepUsageError);
  });

  test("the grid varies threshold0 fastest", () => {
    expect(grid([1, 2], [3, 4], [5]).map((s) => [s.t0, s.t1, s.t2])).toEqual([
      [1, 3, 5],
      [2, 3, 5],
      [1, 4, 5],
      [2, 4, 5],
    ]);
  });

  test("median and spread", () => {
    expect(spread([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
    expect(spread([])).toBe(null);
  });

  test("a summary flags counts that differ between repeats and keeps the first failure's status", () => {
    const n = (peakBytes: number) => ({
      collections: [1, 0, 0] as [number, number, number],
      collected: 0,
      uncollectable: 0,
      peakObjects: 1,
      peakBytes,
      gcMs: 1,
      totalMs: 2,
    });
    const ok = (b: number): RunOutcome => ({
      exitCode: 0,
      numbers: n(b),
      stdout: "",
      stderr: "",
      error: null,
      timedOut: false,
    });
    const s = summarise({ t0: 1, t1: 1, t2: 1 }, [ok(10), ok(11), { ...ok(10), exitCode: 3 }]);
    expect(s.consistent).toBe(false);
    expect(s.status).toBe("exit 3");
    expect(s.counts!.peakBytes).toBe(10);
    expect(toTable([s])).toMatch(/10\*\s.*\(exit 3\)\n$/);
    const dead: RunOutcome = {
      exitCode: 1,
      numbers: null,
      stdout: "",
      stderr: "",
      error: "worker died",
      timedOut: false,
    };
    const d = summarise({ t0: 1, t1: 1, t2: 1 }, [dead]);
    expect([d.status, d.counts, d.totalMs]).toEqual(["error", null, null]);
    const late: RunOutcome = { ...dead, error: "time limit of 1 s exceeded", timedOut: true };
    expect(summarise({ t0: 1, t1: 1, t2: 1 }, [ok(10), late]).status).toBe("timeout");
  });
});
