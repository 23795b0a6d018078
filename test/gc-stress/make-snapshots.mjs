// Snapshots of the programs whose output under gc stress differs from
// CPython's by design (they print when collections happen: counts,
// collect() results, callbacks, tracking, list order): test/gc-stress/
// NAME.out and NAME.err. CPython has no stress mode, so these are refpy's
// own output, made by running the built library with `gcStress: true`,
// exactly as test/gc-stress.test.ts runs them; read every diff before
// committing.
//
//   npm run snapshots     (builds, then runs this and the other snapshot scripts)
import { readFileSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { run } from "../../dist/src/api/run.js";
import { normalise } from "../helpers/normalise.mjs";

const here = import.meta.dirname;
const { ownExpected } = JSON.parse(readFileSync(join(here, "programs.json"), "utf8"));
const programs = join(here, "..", "..", "programs");
for (const path of Object.keys(ownExpected)) {
  const file = basename(path);
  const name = file.slice(0, -3);
  const stdinPath = join(programs, dirname(path), name + ".in");
  const r = run(readFileSync(join(programs, path), "utf8"), {
    filename: file,
    argv: [file],
    stdin: existsSync(stdinPath) ? readFileSync(stdinPath, "utf8") : "",
    gcStress: true,
    timeLimitMs: 60_000,
  });
  writeFileSync(join(here, name + ".out"), normalise(r.stdout));
  const err = join(here, name + ".err");
  if (r.stderr !== "") writeFileSync(err, normalise(r.stderr));
  else if (existsSync(err)) rmSync(err);
  console.log(`wrote ${name}.out${r.stderr !== "" ? " and .err" : ""} (exit ${r.exitCode})`);
}
