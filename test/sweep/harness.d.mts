/** Types of harness.mjs (plain JS so the snapshot script can use it). */
import type { SpawnSyncOptions } from "node:child_process";
import type { RunOptions } from "../../src/api/run.js";
import type { RunStats } from "../../src/trace/stats.js";

export const root: string;
export const COMMAND_TIMEOUT_MS: number;
export const snapshotPath: string;
export const SNAPSHOT_PROGRAM: string;
export const SNAPSHOT_GRID: string[];
export const SNAPSHOT_PROGRAM_ARGS: string[];
export function buildCommand(): Promise<string>;
export function statsOfFreshRun(
  main: string,
  source: string,
  options: RunOptions,
): { exitCode: number; stats: RunStats };
export function refpy(
  main: string,
  args: string[],
  options?: SpawnSyncOptions,
): { status: number | null; stdout: string; stderr: string };
export function deterministicColumns(csv: string): string;
export function snapshotSweep(main: string, csvPath: string): string;
