/**
 * What the golden-program suites share: where `programs/` is, the expected
 * output of a program (CPython's, or refpy's own `NAME.refpy.*` where a
 * difference is deliberate), and the list of
 * programs refpy does not run correctly yet (test/programs-pending.txt).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const programsDir = join(import.meta.dirname, "..", "..", "programs");

export function expected(name: string, ext: "out" | "err"): string {
  const own = join(programsDir, `${name}.refpy.${ext}`);
  if (existsSync(own)) return readFileSync(own, "utf8");
  const cpython = join(programsDir, `${name}.${ext}`);
  return existsSync(cpython) ? readFileSync(cpython, "utf8") : "";
}

export function expectedExit(name: string): number {
  const f = join(programsDir, `${name}.exit`);
  return existsSync(f) ? Number(readFileSync(f, "utf8").trim()) : 0;
}

/** Standard input for a program: `NAME.in`, or nothing. */
export function stdinFor(name: string): string {
  const f = join(programsDir, `${name}.in`);
  return existsSync(f) ? readFileSync(f, "utf8") : "";
}

/** test/programs-pending.txt: file name → why it does not pass yet. */
export const pending: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const line of readFileSync(join(import.meta.dirname, "..", "programs-pending.txt"), "utf8").split("\n")) {
    const m = /^(\S+\.(?:py|txt))\s+(.*)$/.exec(line);
    if (m !== null && !line.startsWith("#")) map.set(m[1], m[2]);
  }
  return map;
})();

/** A transcript typed at the prompt, as `python3 -i < NAME.txt` reads it:
 *  the line reader the REPL takes. */
export class StringLines {
  private pos = 0;
  private readonly lines: string[];
  constructor(text: string) {
    this.lines = text.split(/(?<=\n)/).filter((l) => l !== "");
  }
  readLine(): string | null {
    return this.pos < this.lines.length ? this.lines[this.pos++] : null;
  }
}

/** programs/repl/: the transcripts (NAME.txt, with NAME.out and NAME.err). */
export const replDir = join(programsDir, "repl");
export const transcripts: readonly string[] = readdirSync(replDir).filter((f) => f.endsWith(".txt")).sort();
