/**
 * The character properties str's methods use, as CPython 3.11.7's
 * Objects/unicodectype.c answers them from its Unicode 14.0.0 tables:
 * the flag bits (alpha, decimal, digit, numeric, lower, upper, title,
 * space, printable, XID start/continue, cased, case-ignorable, line break)
 * and the full case mappings (lower, upper, title, casefold).
 *
 * Representation: unicodedata-db.ts's CTYPE_RECORDS (distinct records) and
 * CTYPE_RUNS (runs over all code points), decoded on the first question.
 * ASCII is answered from a 128-entry copy of its records, so the common
 * case costs one array read.
 *
 * Invariant: nothing here reads the JS engine's Unicode tables (\p{...},
 * toUpperCase), whose version need not be 14.0.0.
 */
import * as db from "./unicodedata-db.js";
import { Reader, RunTable } from "./ucd.js";

export const ALPHA = 1;
export const DECIMAL = 2;
export const DIGIT = 4;
export const NUMERIC = 8;
export const LOWER = 16;
export const UPPER = 32;
export const TITLE = 64;
export const SPACE = 128;
export const PRINTABLE = 256;
export const XID_START = 512;
export const XID_CONTINUE = 1024;
export const CASED = 2048;
export const CASE_IGNORABLE = 4096;
export const LINEBREAK = 8192;

/** A mapping: null for "the character itself", a delta, or the full list. */
type Mapping = null | number | number[];

interface Tables {
  runs: RunTable;
  flags: Uint16Array;
  lower: Mapping[];
  upper: Mapping[];
  title: Mapping[];
  fold: Mapping[];
  asciiRecords: Uint16Array;
}

let tables: Tables | null = null;

function readMapping(r: Reader): Mapping {
  const kind = r.uint();
  if (kind === 0) return null;
  if (kind === 1) return r.sint();
  const cps: number[] = [];
  for (let i = 1; i < kind; i++) cps.push(r.uint());
  return cps;
}

function load(): Tables {
  if (tables !== null) return tables;
  const r = new Reader(db.CTYPE_RECORDS);
  const n = r.uint();
  const flags = new Uint16Array(n);
  const lower: Mapping[] = [];
  const upper: Mapping[] = [];
  const title: Mapping[] = [];
  const fold: Mapping[] = [];
  for (let i = 0; i < n; i++) {
    flags[i] = r.uint();
    lower.push(readMapping(r));
    upper.push(readMapping(r));
    title.push(readMapping(r));
    fold.push(readMapping(r));
  }
  const runs = new RunTable(db.CTYPE_RUNS);
  const asciiRecords = new Uint16Array(128);
  for (let c = 0; c < 128; c++) asciiRecords[c] = runs.get(c);
  tables = { runs, flags, lower, upper, title, fold, asciiRecords };
  return tables;
}

function recordOf(t: Tables, cp: number): number {
  return cp < 128 ? t.asciiRecords[cp] : t.runs.get(cp);
}

/** The flag bits of code point `cp`. */
export function ctypeFlags(cp: number): number {
  const t = load();
  return t.flags[recordOf(t, cp)];
}

/** Does `cp` have every bit of `mask`? */
export function hasFlag(cp: number, mask: number): boolean {
  return (ctypeFlags(cp) & mask) !== 0;
}

function mapped(m: Mapping, cp: number): number[] {
  if (m === null) return [cp];
  if (typeof m === "number") return [cp + m];
  return m;
}

/** _PyUnicode_ToLowerFull. */
export function toLowerFull(cp: number): number[] {
  const t = load();
  return mapped(t.lower[recordOf(t, cp)], cp);
}

/** _PyUnicode_ToUpperFull. */
export function toUpperFull(cp: number): number[] {
  const t = load();
  return mapped(t.upper[recordOf(t, cp)], cp);
}

/** _PyUnicode_ToTitleFull. */
export function toTitleFull(cp: number): number[] {
  const t = load();
  return mapped(t.title[recordOf(t, cp)], cp);
}

/** _PyUnicode_ToFoldedFull. */
export function toFoldedFull(cp: number): number[] {
  const t = load();
  return mapped(t.fold[recordOf(t, cp)], cp);
}
