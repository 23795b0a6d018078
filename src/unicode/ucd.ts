/**
 * The Unicode character database as CPython 3.11.7 has it (Unicode
 * 14.0.0, Modules/unicodedata.c and unicodedata_db.h), with the 3.2.0
 * view IDNA uses. No Python objects here: code points in, numbers and
 * JS strings out, so the lexer (\N{...}) and the objects layer can use it.
 *
 * Representation: the generated tables of unicodedata-db.ts are base64
 * strings of varints; nothing is decoded until the first question, and
 * each table is decoded on its own (names only when a name is asked for,
 * the 3.2.0 differences only when ucd_3_2_0 is used). A property table is
 * a sorted array of run starts beside an array of record indices, searched
 * by bisection; the records themselves are small typed arrays.
 *
 * Invariants:
 * - answers never depend on the JS engine's Unicode version (no
 *   String.prototype.normalize, no \p{...} here);
 * - a database (UCD_CURRENT or UCD_3_2_0) answers each question exactly as
 *   unicodedata's module functions or the ucd_3_2_0 object do, including
 *   their quirks (3.2.0's numeric() reads the decimal change record).
 */
import * as db from "./unicodedata-db.js";

// ---------------------------------------------------------------- packed data

/** A base64 string's bytes (atob exists in browsers and in Node ≥ 16). */
function unpack(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** A cursor over packed LEB128 varints. */
export class Reader {
  pos = 0;
  readonly b: Uint8Array;
  constructor(b64: string) {
    this.b = unpack(b64);
  }
  get done(): boolean {
    return this.pos >= this.b.length;
  }
  uint(): number {
    let v = 0;
    let scale = 1;
    for (;;) {
      const byte = this.b[this.pos++];
      v += (byte & 0x7f) * scale;
      if (byte < 0x80) return v;
      scale *= 128;
    }
  }
  sint(): number {
    const v = this.uint();
    return v % 2 === 0 ? v / 2 : -(v + 1) / 2;
  }
  text(): string {
    const n = this.uint();
    let s = "";
    for (let i = 0; i < n; i++) s += String.fromCharCode(this.b[this.pos++]);
    return s;
  }
}

/** (length, record) runs over all code points, searchable by code point. */
export class RunTable {
  private readonly starts: Uint32Array;
  private readonly records: Uint16Array;
  constructor(b64: string) {
    const r = new Reader(b64);
    const starts: number[] = [];
    const records: number[] = [];
    let cp = 0;
    while (!r.done) {
      starts.push(cp);
      cp += r.uint();
      records.push(r.uint());
    }
    this.starts = Uint32Array.from(starts);
    this.records = Uint16Array.from(records);
  }
  /** The record index of code point `cp` (0 ≤ cp < 0x110000). */
  get(cp: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= cp) lo = mid;
      else hi = mid - 1;
    }
    return this.records[lo];
  }
}

// ---------------------------------------------------------------- property records

/** Quick-check "yes" bits, by normalization form (NFD, NFKD, NFC, NFKC). */
const QC_NFD = 1;
const QC_NFKD = 2;
const QC_NFC = 4;
const QC_NFKC = 8;

interface Properties {
  runs: RunTable;
  category: Uint8Array;
  bidirectional: Uint8Array;
  combining: Uint8Array;
  eastAsianWidth: Uint8Array;
  mirrored: Uint8Array;
  qcYes: Uint8Array;
}

let properties: Properties | null = null;

function props(): Properties {
  if (properties !== null) return properties;
  const r = new Reader(db.RECORDS);
  const n = r.uint();
  const fields = [0, 0, 0, 0, 0, 0].map(() => new Uint8Array(n));
  for (let i = 0; i < n; i++) for (const f of fields) f[i] = r.uint();
  const [category, bidirectional, combining, eastAsianWidth, mirrored, qcYes] = fields;
  properties = { runs: new RunTable(db.RUNS), category, bidirectional, combining, eastAsianWidth, mirrored, qcYes };
  return properties;
}

/** The canonical combining class of `cp` (_getrecord_ex(cp)->combining). */
export function combiningClass(cp: number): number {
  const p = props();
  return p.combining[p.runs.get(cp)];
}

// ---------------------------------------------------------------- numeric values

interface NumericValue {
  decimal: number;
  digit: number;
  numeric: number;
}

let numerics: Map<number, NumericValue> | null = null;

function numericOf(cp: number): NumericValue | undefined {
  if (numerics === null) {
    numerics = new Map();
    const r = new Reader(db.NUMERIC);
    let c = 0;
    while (!r.done) {
      c += r.uint();
      const decimal = r.uint() - 1;
      const digit = r.uint() - 1;
      const num = r.sint();
      numerics.set(c, { decimal, digit, numeric: num / r.uint() });
    }
  }
  return numerics.get(cp);
}

/** Py_UNICODE_TODECIMAL: the decimal digit value of `cp`, or -1. */
export function toDecimal(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x80) return -1;
  return numericOf(cp)?.decimal ?? -1;
}

/** Py_UNICODE_TODIGIT: the digit value of `cp`, or -1. */
export function toDigit(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x80) return -1;
  return numericOf(cp)?.digit ?? -1;
}

/** Py_UNICODE_TONUMERIC: the numeric value of `cp`, or -1.0. */
export function toNumeric(cp: number): number {
  return numericOf(cp)?.numeric ?? -1.0;
}

// ---------------------------------------------------------------- decompositions

const SBase = 0xac00;
const LBase = 0x1100;
const VBase = 0x1161;
const TBase = 0x11a7;
const LCount = 19;
const VCount = 21;
const TCount = 28;
const NCount = VCount * TCount;
const SCount = LCount * NCount;

interface Decomposition {
  /** Index into DECOMP_TAGS; 0 is a canonical mapping. */
  tag: number;
  cps: number[];
}

let decompositions: Map<number, Decomposition> | null = null;

function decompositionOf(cp: number): Decomposition | undefined {
  if (decompositions === null) {
    decompositions = new Map();
    const r = new Reader(db.DECOMP);
    let c = 0;
    while (!r.done) {
      c += r.uint();
      const tag = r.uint();
      const n = r.uint();
      const cps: number[] = [];
      let prev = c;
      for (let i = 0; i < n; i++) {
        prev += r.sint();
        cps.push(prev);
      }
      decompositions.set(c, { tag, cps });
    }
  }
  return decompositions.get(cp);
}

/** Composition pairs: first * 0x110000 + second → primary composite. */
interface Compositions {
  pairs: Map<number, number>;
  firsts: Set<number>;
  lasts: Set<number>;
}

let compositions: Compositions | null = null;

function comps(): Compositions {
  if (compositions !== null) return compositions;
  const pairs = new Map<number, number>();
  const firsts = new Set<number>();
  const lasts = new Set<number>();
  const r = new Reader(db.COMPOSITES);
  let c = 0;
  while (!r.done) {
    c += r.uint();
    const [a, b] = decompositionOf(c)!.cps;
    pairs.set(a * 0x110000 + b, c);
    firsts.add(a);
    lasts.add(b);
  }
  compositions = { pairs, firsts, lasts };
  return compositions;
}

// ---------------------------------------------------------------- names

const HANGUL_SYLLABLES: [string, string, string][] = [
  ["G", "A", ""],
  ["GG", "AE", "G"],
  ["N", "YA", "GG"],
  ["D", "YAE", "GS"],
  ["DD", "EO", "N"],
  ["R", "E", "NJ"],
  ["M", "YEO", "NH"],
  ["B", "YE", "D"],
  ["BB", "O", "L"],
  ["S", "WA", "LG"],
  ["SS", "WAE", "LM"],
  ["", "OE", "LB"],
  ["J", "YO", "LS"],
  ["JJ", "U", "LT"],
  ["C", "WEO", "LP"],
  ["K", "WE", "LH"],
  ["T", "WI", "M"],
  ["P", "YU", "B"],
  ["H", "EU", "BS"],
  ["", "YI", "S"],
  ["", "I", "SS"],
  ["", "", "NG"],
  ["", "", "J"],
  ["", "", "C"],
  ["", "", "K"],
  ["", "", "T"],
  ["", "", "P"],
  ["", "", "H"],
];

/** makeunicodedata.py's cjk_ranges (is_unified_ideograph). */
function isUnifiedIdeograph(cp: number): boolean {
  return (
    (0x3400 <= cp && cp <= 0x4dbf) ||
    (0x4e00 <= cp && cp <= 0x9fff) ||
    (0x20000 <= cp && cp <= 0x2a6df) ||
    (0x2a700 <= cp && cp <= 0x2b738) ||
    (0x2b740 <= cp && cp <= 0x2b81d) ||
    (0x2b820 <= cp && cp <= 0x2cea1) ||
    (0x2ceb0 <= cp && cp <= 0x2ebe0) ||
    (0x30000 <= cp && cp <= 0x3134a)
  );
}

interface NameRange {
  start: number;
  end: number;
  prefix: string;
}

interface Names {
  words: string[];
  reader: Reader;
  /** The first code point and byte offset of each block of NAME_BLOCK entries. */
  blockCps: Uint32Array;
  blockOffsets: Uint32Array;
  ranges: NameRange[];
}

let names: Names | null = null;

/** The name index: one pass over the packed entries, keeping where each
 *  block starts; names themselves are built only when asked for. */
function nameTable(): Names {
  if (names !== null) return names;
  const reader = new Reader(db.NAMES);
  const blockCps: number[] = [];
  const blockOffsets: number[] = [];
  let c = 0;
  for (let k = 0; !reader.done; k++) {
    const offset = reader.pos;
    c += reader.uint();
    if (k % db.NAME_BLOCK === 0) {
      blockCps.push(c);
      blockOffsets.push(offset);
    }
    reader.uint();
    for (let n = reader.uint(); n > 0; n--) reader.uint();
  }
  const ranges: NameRange[] = [];
  const rr = new Reader(db.NAME_RANGES);
  for (let n = rr.uint(); n > 0; n--) {
    const start = rr.uint();
    const end = start + rr.uint();
    ranges.push({ start, end, prefix: rr.text() });
  }
  names = {
    words: db.NAME_WORDS.split(" "),
    reader,
    blockCps: Uint32Array.from(blockCps),
    blockOffsets: Uint32Array.from(blockOffsets),
    ranges,
  };
  return names;
}

/** Decode the block of entries starting at block `b`, calling `each` per
 *  entry until it returns true. */
function decodeBlock(t: Names, b: number, each: (cp: number, name: string) => boolean): void {
  const r = t.reader;
  r.pos = t.blockOffsets[b];
  // The first entry's delta is from the block before: its code point is known.
  r.uint();
  let c = t.blockCps[b];
  let prev: string[] = [];
  for (let k = 0; k < db.NAME_BLOCK && !r.done; k++) {
    if (k > 0) c += r.uint();
    const shared = r.uint();
    const n = r.uint();
    const ws = prev.slice(0, shared);
    for (let i = 0; i < n; i++) ws.push(t.words[r.uint()]);
    if (each(c, ws.join(" "))) return;
    prev = ws;
  }
}

/** The stored (not computed) name of `cp`, or undefined. */
function storedName(cp: number): string | undefined {
  const t = nameTable();
  const starts = t.blockCps;
  if (starts.length === 0 || cp < starts[0]) return undefined;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  let found: string | undefined;
  decodeBlock(t, lo, (c, name) => {
    if (c === cp) found = name;
    return c >= cp;
  });
  return found;
}

function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, "0");
}

/** _getucname for the current database, without aliases: the name of
 *  `cp`, or null. */
function currentName(cp: number): string | null {
  if (SBase <= cp && cp < SBase + SCount) {
    const s = cp - SBase;
    const [l, v, t] = [Math.floor(s / NCount), Math.floor((s % NCount) / TCount), s % TCount];
    return `HANGUL SYLLABLE ${HANGUL_SYLLABLES[l][0]}${HANGUL_SYLLABLES[v][1]}${HANGUL_SYLLABLES[t][2]}`;
  }
  if (isUnifiedIdeograph(cp)) return `CJK UNIFIED IDEOGRAPH-${cp.toString(16).toUpperCase()}`;
  const name = storedName(cp);
  if (name !== undefined) return name;
  for (const range of nameTable().ranges) {
    if (range.start <= cp && cp <= range.end) return `${range.prefix}-${hex4(cp)}`;
  }
  return null;
}

interface ExtraNames {
  /** Upper-case name → code points (one for an alias, more for a named sequence). */
  aliases: Map<string, number>;
  sequences: Map<string, number[]>;
  /** Every stored name (not Hangul, not CJK unified) → code point. */
  byName: Map<string, number>;
}

let extraNames: ExtraNames | null = null;

function lookupTables(): ExtraNames {
  if (extraNames !== null) return extraNames;
  const aliases = new Map<string, number>();
  const sequences = new Map<string, number[]>();
  const r = new Reader(db.ALIASES_AND_SEQUENCES);
  for (let n = r.uint(); n > 0; n--) {
    const cp = r.uint();
    aliases.set(r.text(), cp);
  }
  for (let n = r.uint(); n > 0; n--) {
    const name = r.text();
    const cps: number[] = [];
    for (let k = r.uint(); k > 0; k--) cps.push(r.uint());
    sequences.set(name, cps);
  }
  const byName = new Map<string, number>();
  const t = nameTable();
  for (let b = 0; b < t.blockCps.length; b++) {
    decodeBlock(t, b, (cp, name) => {
      byName.set(name, cp);
      return false;
    });
  }
  extraNames = { aliases, sequences, byName };
  return extraNames;
}

/** find_syllable: the longest entry of one column that `s` starts with at `pos`. */
function findSyllable(s: string, pos: number, count: number, column: 0 | 1 | 2): [number, number] {
  let len = -1;
  let found = -1;
  for (let i = 0; i < count; i++) {
    const syl = HANGUL_SYLLABLES[i][column];
    if (syl.length <= len) continue;
    if (s.startsWith(syl, pos)) {
      len = syl.length;
      found = i;
    }
  }
  return [Math.max(len, 0), found];
}

/** Py_TOUPPER over a name: ASCII letters only. */
function asciiUpper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}

/** NAME_MAXLEN in unicodedata.c. */
export const NAME_MAXLEN = 256;

// ---------------------------------------------------------------- the 3.2.0 differences

interface OldRecord {
  mask: number;
  category: number;
  bidirectional: number;
  combining: number;
  eastAsianWidth: number;
  mirrored: number;
  decimal: number;
  numeric: number;
}

const OLD_CATEGORY = 1;
const OLD_BIDIRECTIONAL = 2;
const OLD_COMBINING = 4;
const OLD_EAST_ASIAN_WIDTH = 8;
const OLD_MIRRORED = 16;
const OLD_DECOMPOSITION = 32;
const OLD_DECIMAL = 64;
const OLD_NUMERIC = 128;
const OLD_NAME = 256;

let oldTable: { runs: RunTable; records: (OldRecord | null)[] } | null = null;

function oldRecord(cp: number): OldRecord | null {
  if (oldTable === null) {
    const r = new Reader(db.OLD_RECORDS);
    const records: (OldRecord | null)[] = [];
    for (let n = r.uint(); n > 0; n--) {
      const len = r.uint();
      if (len === 0) {
        records.push(null);
        continue;
      }
      const mask = r.uint();
      const rec: OldRecord = {
        mask,
        category: mask & OLD_CATEGORY ? r.uint() : 0,
        bidirectional: mask & OLD_BIDIRECTIONAL ? r.uint() : 0,
        combining: mask & OLD_COMBINING ? r.uint() : 0,
        eastAsianWidth: mask & OLD_EAST_ASIAN_WIDTH ? r.uint() : 0,
        mirrored: mask & OLD_MIRRORED ? r.uint() : 0,
        decimal: mask & OLD_DECIMAL ? r.uint() - 1 : 0,
        numeric: 0,
      };
      if (mask & OLD_NUMERIC) {
        const den = r.uint();
        rec.numeric = (r.uint() - 1) / den;
      }
      records.push(rec);
    }
    oldTable = { runs: new RunTable(db.OLD_RUNS), records };
  }
  return oldTable.records[oldTable.runs.get(cp)];
}

const CORRECTIONS_3_2_0 = new Map(db.CORRECTIONS_3_2_0 as [number, number][]);

// ---------------------------------------------------------------- the databases

export type NormalForm = "NFC" | "NFKC" | "NFD" | "NFKD";

/**
 * One version of the database, as unicodedata's functions (the current
 * version) or a UCD object (3.2.0) answer. Code points are 0..0x10FFFF.
 */
export class UnicodeDatabase {
  constructor(
    readonly version: string,
    private readonly old: boolean,
  ) {}

  private changed(cp: number): OldRecord | null {
    return this.old ? oldRecord(cp) : null;
  }

  category(cp: number): string {
    const o = this.changed(cp);
    if (o !== null && o.mask & OLD_CATEGORY) return db.CATEGORY_NAMES[o.category];
    const p = props();
    return db.CATEGORY_NAMES[p.category[p.runs.get(cp)]];
  }

  bidirectional(cp: number): string {
    const o = this.changed(cp);
    if (o !== null && o.mask & OLD_BIDIRECTIONAL) return db.BIDIRECTIONAL_NAMES[o.bidirectional];
    const p = props();
    return db.BIDIRECTIONAL_NAMES[p.bidirectional[p.runs.get(cp)]];
  }

  combining(cp: number): number {
    const o = this.changed(cp);
    if (o !== null && o.mask & OLD_COMBINING) return o.combining;
    return combiningClass(cp);
  }

  eastAsianWidth(cp: number): string {
    const o = this.changed(cp);
    if (o !== null && o.mask & OLD_EAST_ASIAN_WIDTH) return db.EAST_ASIAN_WIDTH_NAMES[o.eastAsianWidth];
    const p = props();
    return db.EAST_ASIAN_WIDTH_NAMES[p.eastAsianWidth[p.runs.get(cp)]];
  }

  mirrored(cp: number): number {
    const o = this.changed(cp);
    if (o !== null && o.mask & OLD_MIRRORED) return o.mirrored;
    const p = props();
    return p.mirrored[p.runs.get(cp)];
  }

  /** The decimal value, or -1. */
  decimal(cp: number): number {
    const o = this.changed(cp);
    if (o !== null && o.mask & OLD_DECIMAL) return o.decimal;
    return toDecimal(cp);
  }

  /** The digit value, or -1 (3.2.0 has no digit changes). */
  digit(cp: number): number {
    return toDigit(cp);
  }

  /** The numeric value, or -1.0. */
  numeric(cp: number): number {
    const o = this.changed(cp);
    if (o !== null && o.mask & OLD_NUMERIC) return o.numeric;
    return toNumeric(cp);
  }

  /** The decomposition mapping record of `cp` (get_decomp_record), or undefined. */
  private decomp(cp: number): Decomposition | undefined {
    const o = this.changed(cp);
    if (o !== null && o.mask & OLD_DECOMPOSITION) return undefined;
    return decompositionOf(cp);
  }

  /** unicodedata.decomposition: the mapping as text, or "". */
  decomposition(cp: number): string {
    const d = this.decomp(cp);
    if (d === undefined) return "";
    const parts = d.cps.map(hex4);
    if (d.tag !== 0) parts.unshift(db.DECOMP_TAGS[d.tag]);
    return parts.join(" ");
  }

  /** _getucname without aliases: the name of `cp`, or null. */
  name(cp: number): string | null {
    const o = this.changed(cp);
    if (o !== null && o.mask & OLD_NAME) return null;
    return currentName(cp);
  }

  /**
   * _getcode: the code points named `name` (ASCII letters in any case,
   * except in the computed Hangul and CJK names), or null. Aliases resolve
   * in the current database only; named sequences only when
   * `withNamedSeq` (unicodedata.lookup, not \N{...}).
   */
  lookup(name: string, withNamedSeq: boolean): number[] | null {
    if (name.startsWith("HANGUL SYLLABLE ")) {
      let pos = 16;
      const [ll, l] = findSyllable(name, pos, LCount, 0);
      pos += ll;
      const [vl, v] = findSyllable(name, pos, VCount, 1);
      pos += vl;
      const [tl, t] = findSyllable(name, pos, TCount, 2);
      pos += tl;
      if (l !== -1 && v !== -1 && t !== -1 && pos === name.length) return [SBase + (l * VCount + v) * TCount + t];
      return null;
    }
    if (name.startsWith("CJK UNIFIED IDEOGRAPH-")) {
      const hex = name.slice(22);
      if ((hex.length !== 4 && hex.length !== 5) || !/^[0-9A-F]+$/.test(hex)) return null;
      const cp = parseInt(hex, 16);
      return isUnifiedIdeograph(cp) ? [cp] : null;
    }
    const upper = asciiUpper(name);
    const t = lookupTables();
    const cp = t.byName.get(upper);
    if (cp !== undefined) return this.name(cp) === null ? null : [cp];
    const dash = upper.lastIndexOf("-");
    if (dash > 0) {
      const prefix = upper.slice(0, dash);
      const hex = upper.slice(dash + 1);
      for (const range of nameTable().ranges) {
        if (range.prefix !== prefix) continue;
        const c = parseInt(hex, 16);
        if (range.start <= c && c <= range.end && hex4(c) === hex) return this.name(c) === null ? null : [c];
      }
    }
    if (this.old) return null;
    const alias = t.aliases.get(upper);
    if (alias !== undefined) return [alias];
    if (withNamedSeq) {
      const seq = t.sequences.get(upper);
      if (seq !== undefined) return seq;
    }
    return null;
  }

  // ------------------------------------------------------------ normalization

  /** is_normalized_quickcheck with yes_only: true when every character
   *  of `cps` is certainly in `form` and the marks are in canonical order. */
  quickCheckYes(cps: number[], form: NormalForm): boolean {
    if (this.old) return false;
    const bit = form === "NFD" ? QC_NFD : form === "NFKD" ? QC_NFKD : form === "NFC" ? QC_NFC : QC_NFKC;
    const p = props();
    let prevCombining = 0;
    for (const cp of cps) {
      if (cp < 0x80) {
        prevCombining = 0;
        continue;
      }
      const rec = p.runs.get(cp);
      const comb = p.combining[rec];
      if (comb && prevCombining > comb) return false;
      prevCombining = comb;
      if (!(p.qcYes[rec] & bit)) return false;
    }
    return true;
  }

  /** nfd_nfkd: the canonical (or, with `k`, compatibility) decomposition,
   *  canonically ordered. */
  decompose(input: number[], k: boolean): number[] {
    const out: number[] = [];
    const stack: number[] = [];
    for (const first of input) {
      stack.push(first);
      while (stack.length > 0) {
        const code = stack.pop()!;
        if (SBase <= code && code < SBase + SCount) {
          const s = code - SBase;
          out.push(LBase + Math.floor(s / NCount), VBase + Math.floor((s % NCount) / TCount));
          const t = TBase + (s % TCount);
          if (t !== TBase) out.push(t);
          continue;
        }
        if (this.old) {
          const corrected = CORRECTIONS_3_2_0.get(code);
          if (corrected !== undefined) {
            stack.push(corrected);
            continue;
          }
        }
        const d = code < 0x80 ? undefined : this.decomp(code);
        if (d === undefined || (d.tag !== 0 && !k)) {
          out.push(code);
          continue;
        }
        for (let i = d.cps.length - 1; i >= 0; i--) stack.push(d.cps[i]);
      }
    }
    canonicalOrder(out);
    return out;
  }

  /** nfc_nfkc: decompose, then compose starters with unblocked marks. */
  compose(input: number[], k: boolean): number[] {
    const data = this.decompose(input, k);
    const { pairs, firsts, lasts } = comps();
    const out: number[] = [];
    const skipped = new Set<number>();
    let i = 0;
    while (i < data.length) {
      if (skipped.has(i)) {
        skipped.delete(i);
        i++;
        continue;
      }
      let code = data[i];
      if (LBase <= code && code < LBase + LCount && i + 1 < data.length) {
        const v = data[i + 1];
        if (VBase <= v && v < VBase + VCount) {
          code = SBase + ((code - LBase) * VCount + (v - VBase)) * TCount;
          i += 2;
          if (i < data.length && TBase < data[i] && data[i] < TBase + TCount) code += data[i++] - TBase;
          out.push(code);
          continue;
        }
      }
      if (!firsts.has(code)) {
        out.push(code);
        i++;
        continue;
      }
      let i1 = i + 1;
      let comb = 0;
      let base = code;
      while (i1 < data.length) {
        const code1 = data[i1];
        const comb1 = combiningClass(code1);
        if (comb) {
          if (comb1 === 0) break;
          if (comb >= comb1) {
            i1++;
            continue;
          }
        }
        const composite = lasts.has(code1) ? pairs.get(base * 0x110000 + code1) : undefined;
        if (composite === undefined) {
          if (comb1 === 0) break;
          comb = comb1;
          i1++;
          continue;
        }
        base = composite;
        skipped.add(i1);
        i1++;
        if (!firsts.has(base)) break;
      }
      out.push(base);
      i++;
    }
    return out;
  }

  normalize(form: NormalForm, cps: number[]): number[] {
    const k = form === "NFKC" || form === "NFKD";
    return form === "NFC" || form === "NFKC" ? this.compose(cps, k) : this.decompose(cps, k);
  }
}

/** The canonical ordering step of nfd_nfkd: a stable sort of each run of
 *  non-starters by combining class, done as CPython does, by swaps. */
function canonicalOrder(out: number[]): void {
  if (out.length < 2) return;
  let prev = combiningClass(out[0]);
  for (let i = 1; i < out.length; i++) {
    const cur = combiningClass(out[i]);
    if (prev === 0 || cur === 0 || prev <= cur) {
      prev = cur;
      continue;
    }
    let o = i - 1;
    for (;;) {
      const tmp = out[o + 1];
      out[o + 1] = out[o];
      out[o] = tmp;
      o--;
      if (o < 0) break;
      prev = combiningClass(out[o]);
      if (prev === 0 || prev <= cur) break;
    }
    prev = combiningClass(out[i]);
  }
}

export const UNIDATA_VERSION = db.UNIDATA_VERSION;
export const UCD_CURRENT = new UnicodeDatabase(db.UNIDATA_VERSION, false);
export const UCD_3_2_0 = new UnicodeDatabase("3.2.0", true);

/** The code points of a JS string (surrogate pairs joined). */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

/** A JS string from code points. */
export function fromCodePoints(cps: number[]): string {
  let s = "";
  for (let i = 0; i < cps.length; i += 4096) s += String.fromCodePoint(...cps.slice(i, i + 4096));
  return s;
}
