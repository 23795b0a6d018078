/** Types of samples.mjs (plain JS so `npm run readme-samples` runs it without a build). */
export interface DocCommand {
  doc: string;
  line: number;
  command: string;
  status: number;
  expected: string | null;
  expectedAt: [number, number] | null;
  skip: string | null;
}
export const root: string;
export const DOCS: string[];
export const NOT_RUN: [RegExp, string][];
export function maskTimes(text: string): string;
export function commandsOf(doc: string): DocCommand[];
export function scratchFolder(): string;
export function runCommand(
  command: string,
  timeoutMs: number,
): { status: number | null; stdout: string; stderr: string; error?: Error; dir: string };
export function removeScratch(dir: string): void;
