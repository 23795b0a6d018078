/**
 * The `refpy` command line: option parsing as CPython's (-c and -m end the
 * options, -X key=value, clustered flags, unknown options), -X heap-limit
 * sizes, the interactive prompt's "needs more input" rule, -W options, and the built
 * command's streams.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseCommandLine, parseSize } from "../src/cli/command.js";
import { needsMore } from "../src/cli/repl.js";

describe("parseCommandLine", () => {
  test("a script and its arguments", () => {
    const cl = parseCommandLine(["x.py", "-c", "a"]);
    expect(cl.mode).toBe("file");
    expect(cl.target).toBe("x.py");
    expect(cl.args).toEqual(["x.py", "-c", "a"]);
  });
  test("-c ends the options; argv[0] is -c", () => {
    const cl = parseCommandLine(["-c", "print(1)", "-i", "z"]);
    expect(cl.mode).toBe("command");
    expect(cl.target).toBe("print(1)");
    expect(cl.args).toEqual(["-c", "-i", "z"]);
  });
  test("-i before a script, -X options, ignored flags", () => {
    const cl = parseCommandLine(["-iB", "-X", "heap-limit=64M", "-Xshowrefcount", "prog.py"]);
    expect(cl.inspect).toBe(true);
    expect(cl.xoptions.get("heap-limit")).toBe("64M");
    expect(cl.xoptions.get("showrefcount")).toBe("");
    expect(cl.mode).toBe("file");
  });
  test("-m dis FILE", () => {
    const cl = parseCommandLine(["-m", "dis", "f.py"]);
    expect(cl.mode).toBe("module");
    expect(cl.target).toBe("dis");
    expect(cl.args).toEqual(["f.py"]);
  });
  test("- reads stdin", () => {
    expect(parseCommandLine(["-", "a"]).mode).toBe("stdin");
  });
  test("no arguments: the prompt", () => {
    expect(parseCommandLine([]).mode).toBe("repl");
  });
  test("help and version", () => {
    expect(parseCommandLine(["--help"]).mode).toBe("help");
    expect(parseCommandLine(["-V"]).mode).toBe("version");
  });
  test("unknown options and missing arguments are usage errors", () => {
    expect(() => parseCommandLine(["-z"])).toThrow();
    expect(() => parseCommandLine(["--foo"])).toThrow();
    expect(() => parseCommandLine(["-c"])).toThrow();
  });
});

describe("parseSize", () => {
  test("suffixes are powers of 1024", () => {
    expect(parseSize("1024")).toBe(1024);
    expect(parseSize("64K")).toBe(65536);
    expect(parseSize("2M")).toBe(2 * 1024 * 1024);
    expect(parseSize("1g")).toBe(1024 ** 3);
    expect(parseSize("x")).toBe(null);
  });
});

describe("the prompt's continuation rule", () => {
  test("a simple statement is complete", () => {
    expect(needsMore(["x = 1\n"])).toBe(false);
  });
  test("open brackets continue", () => {
    expect(needsMore(["x = (1,\n"])).toBe(true);
    expect(needsMore(["x = (1,\n", "2)\n"])).toBe(false);
  });
  test("a compound statement continues until a blank line", () => {
    expect(needsMore(["def f():\n"])).toBe(true);
    expect(needsMore(["def f():\n", "    return 1\n"])).toBe(true);
    expect(needsMore(["def f():\n", "    return 1\n", "\n"])).toBe(false);
  });
  test("a colon inside a string or comment does not start a block", () => {
    expect(needsMore(["x = 'a:'\n"])).toBe(false);
    // A compound statement with its body on its first line also waits for
    // a blank line, as CPython's prompt does.
    expect(needsMore(["for i in range(2): print(i)\n"])).toBe(true);
    expect(needsMore(["for i in range(2): print(i)\n", "\n"])).toBe(false);
    expect(needsMore(["if x: pass\n"])).toBe(true);
    expect(needsMore(["iffy = 1\n"])).toBe(false);
    expect(needsMore(['if True print("oops")\n'])).toBe(false);
    expect(needsMore(["x = 1 if y else 2\n"])).toBe(false);
    expect(needsMore(["x = 1  # note:\n"])).toBe(false);
  });
  test("an open triple-quoted string continues", () => {
    expect(needsMore(['s = """abc\n'])).toBe(true);
  });
});

describe("the built command's streams", () => {
  const command = join(import.meta.dirname, "..", "dist", "bundle", "main.js");
  test("stdout closed early (piped to head) is a BrokenPipeError in the program, as in CPython", () => {
    const program = "for i in range(200000):\n    print(i)\n";
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${command}" -c "$PROGRAM" | head -1`], {
      encoding: "utf8",
      env: { ...process.env, PROGRAM: program },
    });
    expect(r.stdout).toBe("0\n");
    expect(r.stderr).toContain("BrokenPipeError: [Errno 32] Broken pipe\n");
    expect(r.stderr).not.toContain("SystemError");
  });

  test("-W options become warnings filters at start-up, as warnings._processoptions makes them (output of CPython 3.11.7)", () => {
    const program =
      'import sys, warnings\nprint(sys.warnoptions)\nfor f in warnings.filters[:4]:\n    print(f[0], f[1] and f[1].pattern, f[2].__name__, getattr(f[3], "pattern", f[3]), f[4])\nprint("re" in sys.modules)\nwarnings.warn("hidden", UserWarning)\ntry:\n    warnings.warn("raised", RuntimeWarning)\nexcept RuntimeWarning as e:\n    print("RuntimeWarning:", e)\nwith warnings.catch_warnings(record=True) as w:\n    for i in range(2):\n        warnings.warn("spam eggs", DeprecationWarning)\n    print([str(m.message) for m in w])\n';
    const options = [
      "-W",
      "ignore::UserWarning",
      "-W",
      "error::RuntimeWarning",
      "-W",
      "always:spam:DeprecationWarning:__main__",
    ];
    const r = spawnSync(process.execPath, [command, ...options, "-c", program], { encoding: "utf8" });
    expect(r.stdout).toBe(
      "['ignore::UserWarning', 'error::RuntimeWarning', 'always:spam:DeprecationWarning:__main__']\nalways spam DeprecationWarning __main__\\Z 0\nerror None RuntimeWarning None 0\nignore None UserWarning None 0\ndefault None DeprecationWarning __main__ 0\nTrue\nRuntimeWarning: raised\n['spam eggs', 'spam eggs']\n",
    );
    expect(r.stderr).toBe("");
    const bad = spawnSync(process.execPath, [command, "-W", "bogus", "-c", "print(1)"], { encoding: "utf8" });
    expect(bad.stdout).toBe("1\n");
    expect(bad.stderr).toBe("Invalid -W option ignored: invalid action: 'bogus'\n");
  });
});
