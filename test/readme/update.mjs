/**
 * `npm run readme-samples`: runs each documentation command that has a
 * sample output block (test/readme/samples.mjs gives the rule) and writes
 * the block from what the command printed, so the samples are the
 * command's own output and never go stale; a file the command wrote that
 * has the name of one under docs/ is copied there (the sweep's plot). Run
 * `npm run build` first. test/readme.test.ts checks the blocks.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { commandsOf, DOCS, removeScratch, root, runCommand } from "./samples.mjs";

let failed = false;
for (const doc of DOCS) {
  const withSamples = commandsOf(doc).filter((c) => c.expectedAt !== null && c.skip === null);
  if (withSamples.length === 0) continue;
  const lines = readFileSync(join(root, doc), "utf8").split("\n");
  // From the end, so earlier line numbers stay right.
  for (const c of withSamples.reverse()) {
    const r = runCommand(c.command, 600_000);
    if (r.status !== c.status) {
      process.stderr.write(`${doc}:${c.line}: ${c.command}: exit status ${r.status}, not ${c.status}\n${r.stderr}`);
      failed = true;
    }
    const out = r.stdout.endsWith("\n") ? r.stdout.slice(0, -1) : r.stdout;
    const [start, end] = c.expectedAt;
    lines.splice(start, end - start, ...(out === "" ? [] : out.split("\n")));
    for (const f of readdirSync(r.dir)) {
      if (existsSync(join(root, "docs", f))) {
        copyFileSync(join(r.dir, f), join(root, "docs", f));
        process.stdout.write(`docs/${f} from ${doc}:${c.line}\n`);
      }
    }
    removeScratch(r.dir);
    process.stdout.write(`${doc}:${c.line}: ${c.command}\n`);
  }
  writeFileSync(join(root, doc), lines.join("\n"));
}
process.exitCode = failed ? 1 : 0;
