/**
 * dir() of every built-in type and native module against CPython 3.11's:
 * test/dir-compare/cpython-dir.json (made by `npm run goldens --
 * dir-compare`, test/goldens/dir_listing.py) holds each subject's label,
 * the expression that reaches it after test/dir-compare/objects.py has
 * run, and CPython's sorted dir(). The program below evaluates the same
 * expressions under refpy.
 *
 * Every difference must be listed, with its reason, in one of two files:
 *
 *   differences.txt  deliberate: names CPython has for platform reasons
 *                    refpy lacks on purpose (programs/DIFFERENCES.md
 *                    says why), and names refpy has that CPython lacks
 *   missing.txt      not done yet: names refpy lacks today
 *
 * Both hold blocks of `# reason` comment lines followed by entries
 * `LABEL - NAME ...` (refpy lacks these; `*`: the subject itself, whose
 * expression fails in refpy) or `LABEL + NAME ...` (refpy has these,
 * CPython does not). Each listed difference is asserted to still be
 * one, so neither list can go stale.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../src/api/run.js";

interface Subject {
  label: string;
  expr: string;
  names: string[];
}

const folder = join(import.meta.dirname, "dir-compare");
const subjects: Subject[] = JSON.parse(readFileSync(join(folder, "cpython-dir.json"), "utf8"));

/** One listed difference: refpy lacks (`-`) or adds (`+`) a name. */
type Listed = Map<string, { sign: "-" | "+"; reason: string }>;

/** Read a list file into `label\tname` keys; `*` stands for the subject. */
function readList(file: string): Listed {
  const listed: Listed = new Map();
  let reason = "";
  let afterEntry = false;
  for (const line of readFileSync(join(folder, file), "utf8").split("\n")) {
    if (line.trim() === "") continue;
    if (line.startsWith("#")) {
      if (afterEntry) reason = "";
      reason += line.slice(1).trim() + " ";
      afterEntry = false;
      continue;
    }
    const m = /^(.+?) ([-+]) (.+)$/.exec(line);
    if (m === null) throw new Error(`${file}: cannot read ${JSON.stringify(line)}`);
    if (reason.trim() === "") throw new Error(`${file}: no reason above ${JSON.stringify(line)}`);
    for (const name of m[3].trim().split(/\s+/)) {
      const key = `${m[1]}\t${name}`;
      if (listed.has(key)) throw new Error(`${file}: ${m[1]} ${name} listed twice`);
      listed.set(key, { sign: m[2] as "-" | "+", reason: reason.trim() });
    }
    afterEntry = true;
  }
  return listed;
}

function harness(): string {
  const lines = [readFileSync(join(folder, "objects.py"), "utf8"), "SUBJECTS = ["];
  for (const s of subjects) lines.push(`    (${JSON.stringify(s.label)}, ${JSON.stringify(s.expr)}),`);
  lines.push(
    "]",
    "for label, expr in SUBJECTS:",
    "    try:",
    "        names = dir(eval(expr))",
    "    except Exception as e:",
    "        print(label + '\\t!' + type(e).__name__ + ': ' + str(e))",
    "    else:",
    "        print(label + '\\t' + ' '.join(names))",
  );
  return lines.join("\n") + "\n";
}

/** The differences refpy shows today, as `label\tname` → sign. */
function differences(stdout: string): Map<string, "-" | "+"> {
  const got = new Map<string, string>();
  for (const line of stdout.trimEnd().split("\n")) {
    const tab = line.indexOf("\t");
    got.set(line.slice(0, tab), line.slice(tab + 1));
  }
  const found = new Map<string, "-" | "+">();
  for (const s of subjects) {
    const listing = got.get(s.label);
    if (listing === undefined || listing.startsWith("!")) {
      found.set(`${s.label}\t*`, "-");
      continue;
    }
    const have = new Set(listing.split(" ").filter((n) => n !== ""));
    const want = new Set(s.names);
    for (const name of s.names) if (!have.has(name)) found.set(`${s.label}\t${name}`, "-");
    for (const name of have) if (!want.has(name)) found.set(`${s.label}\t${name}`, "+");
  }
  return found;
}

/** Entries in the lists' format, one line per label and sign. */
function format(keys: string[], signOf: (key: string) => string): string {
  const lines = new Map<string, string[]>();
  for (const key of keys) {
    const [label, name] = key.split("\t");
    const head = `${label} ${signOf(key)}`;
    if (!lines.has(head)) lines.set(head, []);
    lines.get(head)!.push(name);
  }
  return [...lines].map(([head, names]) => `${head} ${names.join(" ")}`).join("\n");
}

describe("dir() of the built-in types and native modules is CPython 3.11's", () => {
  const result = run(harness(), { filename: "dir_compare.py" });
  const found = differences(result.stdout);
  const deliberate = readList("differences.txt");
  const missing = readList("missing.txt");
  const labels = new Set(subjects.map((s) => s.label));

  it("runs the listing program", () => {
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
  });

  it("every list entry names a subject, once", () => {
    const wrong: string[] = [];
    for (const key of [...deliberate.keys(), ...missing.keys()]) {
      if (!labels.has(key.split("\t")[0])) wrong.push(key);
      if (deliberate.has(key) && missing.has(key)) wrong.push(`${key} (in both lists)`);
    }
    expect(wrong).toEqual([]);
  });

  it("has no difference that is not listed", () => {
    const unlisted = [...found.keys()].filter((key) => {
      const entry = deliberate.get(key) ?? missing.get(key);
      return entry === undefined || entry.sign !== found.get(key);
    });
    expect(format(unlisted, (key) => found.get(key)!)).toBe("");
  });

  it("every listed difference is still one (take it off its list when it is gone)", () => {
    const stale = [...deliberate, ...missing].filter(([key, entry]) => found.get(key) !== entry.sign);
    expect(
      format(
        stale.map(([key]) => key),
        (key) => (deliberate.get(key) ?? missing.get(key))!.sign,
      ),
    ).toBe("");
  });
});
