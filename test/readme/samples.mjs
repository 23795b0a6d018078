/**
 * The commands of the documentation, and the sample outputs beside them:
 * what test/readme.test.ts runs and `npm run readme-samples` rewrites.
 *
 * The rule, for every file in DOCS:
 *
 *  - A command is a line of a fenced block tagged `sh` (an untagged block
 *    is a synopsis or an output, never run). Text after ` # ` is a comment;
 *    a comment `# exit status N` is the status the command must end with
 *    (default 0).
 *  - `refpy ...` and `npx refpy ...` run the built command
 *    (`node dist/bundle/main.js ...`); everything else runs as written.
 *    Each command runs under `sh -c` (so `2>&1` and pipes work as in a
 *    shell) in a scratch folder holding links to the repository's
 *    top-level files and folders: relative paths read the tree, and files
 *    the command writes in the current folder land in the scratch folder.
 *  - A `sh` block of one command followed directly (blank lines between at
 *    most) by a block tagged `text` shows its output: the command's stdout
 *    must equal it, with the numbers that measure time masked (MASKS).
 *    `npm run readme-samples` writes these blocks from the commands' own
 *    output, and copies a file the command wrote that has the name of one
 *    under docs/ there (the sweep's plot).
 *  - Not run, by rule (NOT_RUN): a command with a placeholder (a word in
 *    capitals such as FILE, or `[...]`), which is a form rather than an
 *    example; npm commands that install or rewrite the tree (`npm ci`,
 *    `npm install`, `npm run build`, `format`, `goldens`, `snapshots`,
 *    `readme-samples`);
 *    the suites and campaigns themselves (`npm test`, `npx vitest`,
 *    `npm run lint`, `bench`, `fuzz` but its `--report`), which run for
 *    minutes and are run on their own; the interactive prompt (`refpy`
 *    with no program).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";

export const root = join(import.meta.dirname, "..", "..");

/** The documents whose commands are checked. */
export const DOCS = ["README.md", "programs/README.md", "test/fuzz/README.md", "bench/RESULTS.md"];

/** Commands not run, with the reason: the rule above. */
export const NOT_RUN = [
  [/\b[A-Z][A-Z0-9_]{1,}\b(?![=(])|\[[^\]]*\.\.\.\]/, "a form with placeholders, not an example"],
  [/^npm (ci|install)\b/, "installs: the tests run inside the installed tree"],
  [/^npm run (build|format|goldens|snapshots|readme-samples)\b/, "rewrites files of the tree"],
  [
    /^npm test\b|^npx vitest\b|^npm run (lint|bench)\b|^npm run fuzz\b(?!.*--report)/,
    "a suite, benchmark or campaign of minutes, run on its own",
  ],
  [/^(npx )?refpy\s*$/, "the interactive prompt reads a terminal"],
];

/** Numbers that measure time, masked before comparing; runs of spaces
 *  are then one space (the table's columns widen with the numbers). */
const MASKS = [
  [/\d[\d,]*(\.\d+)? ms\b/g, "T ms"],
  [/\d+(\.\d+)?%/g, "P%"],
  // the sweep table's time columns: a median and its min–max range
  [/\d[\d.]*\s+\d[\d.]*–\d[\d.]*/g, "T T–T"],
];

export function maskTimes(text) {
  let out = text;
  for (const [re, to] of MASKS) out = out.replace(re, to);
  return out.replace(/ +/g, " ");
}

/**
 * The commands of one document: { doc, line, command, status, expected,
 * expectedAt: [start, end) line range of the output block, or null,
 * skip: reason or null }.
 */
export function commandsOf(doc) {
  const lines = readFileSync(join(root, doc), "utf8").split("\n");
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^```(\w*)\s*$/.exec(lines[i]);
    if (m === null) continue;
    let j = i + 1;
    while (j < lines.length && lines[j] !== "```") j++;
    blocks.push({ tag: m[1], start: i + 1, end: j, lines: lines.slice(i + 1, j) });
    i = j;
  }
  const commands = [];
  blocks.forEach((b, k) => {
    if (b.tag !== "sh") return;
    const inBlock = [];
    for (let i = 0; i < b.lines.length; i++) {
      const text = b.lines[i];
      const at = text.search(/\s#\s|^#/);
      const command = (at < 0 ? text : text.slice(0, at)).trim();
      const comment = at < 0 ? "" : text.slice(at).trim();
      if (command === "") continue;
      const status = /exit status (\d+)/.exec(comment);
      const skip = NOT_RUN.find(([re]) => re.test(command));
      inBlock.push({
        doc,
        line: b.start + i + 1,
        command,
        status: status === null ? 0 : Number(status[1]),
        expected: null,
        expectedAt: null,
        skip: skip === undefined ? null : skip[1],
      });
    }
    const next = blocks[k + 1];
    const between = next === undefined ? [] : lines.slice(b.end + 1, next.start - 1);
    if (inBlock.length === 1 && next?.tag === "text" && between.every((l) => l.trim() === "")) {
      inBlock[0].expected = next.lines.length === 0 ? "" : `${next.lines.join("\n")}\n`;
      inBlock[0].expectedAt = [next.start, next.end];
    }
    commands.push(...inBlock);
  });
  return commands;
}

/** A scratch folder linking the repository's top-level entries. Its path
 *  has a fixed length (the checkout's location and TMPDIR do not count):
 *  a program's folder is `sys.path[0]`, a string on its heap, whose size
 *  shows in the peak live bytes. */
export function scratchFolder() {
  const dir = mkdtempSync("/tmp/refpy-readme-");
  for (const entry of readdirSync(root)) {
    if (entry === ".git" || entry.startsWith(".")) continue;
    symlinkSync(join(root, entry), join(dir, entry));
  }
  return dir;
}

/** Runs a command as the rule says; returns { status, stdout, stderr, dir }. */
export function runCommand(command, timeoutMs) {
  const dir = scratchFolder();
  const main = join(root, "dist", "bundle", "main.js");
  const script = `refpy() { node ${JSON.stringify(main)} "$@"; }\n${command.replace(/^npx refpy\b/, "refpy")}\n`;
  const r = spawnSync("sh", ["-c", script], {
    cwd: dir,
    encoding: "utf8",
    timeout: timeoutMs,
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, error: r.error, dir };
}

export function removeScratch(dir) {
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}
