/**
 * CPython's byte formats of a code object: the instruction layout with
 * inline CACHE entries (`co_code`), the 3.11 location table
 * (`co_linetable`), the exception table (`co_exceptiontable`), and the
 * readers of the location table behind `co_lines()`, `co_positions()` and
 * `co_lnotab` (Objects/codeobject.c's PyCodeAddressRange).
 *
 * refpy runs the 3.11 instruction set without the CACHE entries CPython's
 * specializing interpreter keeps after some instructions (opcodes.ts), so
 * its offsets are denser. `relayout` moves a code between the two layouts:
 * it decodes the instructions of one (skipping that layout's caches),
 * lays them out with the other's cache counts, recomputing the relative
 * jumps and their EXTENDED_ARG prefixes until no size changes (as
 * compile.c's assemble_jump_offsets), and maps the exception table and the
 * per-unit positions through the new offsets. Python code sees CPython's
 * layout (`co_code`, f_lasti, tb_lasti, `co_positions()`); the VM runs
 * refpy's; `code.replace(co_code=...)` comes back the other way.
 */
import type { ExceptionTableEntry } from "./code.js";
import { Op, OPCODE_BY_CODE } from "./opcodes.js";

/** CPython 3.11's _PyOpcode_Caches: inline CACHE entries after each
 *  opcode (Lib/opcode.py's `_inline_cache_entries`). */
export const INLINE_CACHE_ENTRIES: Uint8Array = (() => {
  const t = new Uint8Array(256);
  t[Op.BINARY_SUBSCR] = 4;
  t[Op.STORE_SUBSCR] = 1;
  t[Op.UNPACK_SEQUENCE] = 1;
  t[Op.STORE_ATTR] = 4;
  t[Op.LOAD_ATTR] = 4;
  t[Op.COMPARE_OP] = 2;
  t[Op.LOAD_GLOBAL] = 5;
  t[Op.BINARY_OP] = 1;
  t[Op.LOAD_METHOD] = 10;
  t[Op.PRECALL] = 1;
  t[Op.CALL] = 4;
  return t;
})();

/** refpy's layout: no caches. */
export const NO_CACHE_ENTRIES = new Uint8Array(256);

/** A code's instructions, exception table and positions in one layout. */
export interface CodeLayout {
  /** Wordcode (opcode, argument byte pairs). */
  code: Uint8Array;
  /** 4 numbers per code unit: lineno, end_lineno, col, end_col (-1: none). */
  positions: Int32Array;
  exceptiontable: ExceptionTableEntry[];
}

/** A layout moved to another, with the new code unit of each old one. */
export interface Relayout extends CodeLayout {
  /** Per code unit of the source: the code unit it became. */
  offsets: Int32Array;
}

interface DecodedInstr {
  op: number;
  arg: number;
  /** First code unit (its first EXTENDED_ARG prefix, if any). */
  start: number;
  /** The code unit of the opcode itself. */
  opUnit: number;
  /** One past its last code unit (after its caches). */
  end: number;
  /** Index of the instruction a jump goes to, else -1. */
  target: number;
}

function extendedArgs(arg: number): number {
  if (arg > 0xffffff) return 3;
  if (arg > 0xffff) return 2;
  if (arg > 0xff) return 1;
  return 0;
}

function jumpKind(op: number): "jrel" | "jback" | null {
  const info = OPCODE_BY_CODE[op];
  if (info === undefined) return null;
  return info.arg === "jrel" || info.arg === "jback" ? info.arg : null;
}

/** Move a code from the layout with `fromCaches` to the one with
 *  `toCaches`. */
export function relayout(src: CodeLayout, fromCaches: Uint8Array, toCaches: Uint8Array): Relayout {
  const code = src.code;
  const nunits = code.length >> 1;
  const instrs: DecodedInstr[] = [];
  const unitInstr = new Int32Array(nunits + 1);
  let i = 0;
  while (i < nunits) {
    const start = i;
    let ext = 0;
    let op = code[2 * i];
    while (op === Op.EXTENDED_ARG && i + 1 < nunits) {
      ext = (ext << 8) | code[2 * i + 1];
      i++;
      op = code[2 * i];
    }
    const arg = ((ext << 8) | code[2 * i + 1]) >>> 0;
    const opUnit = i;
    const end = Math.min(nunits, i + 1 + fromCaches[op]);
    for (let u = start; u < end; u++) unitInstr[u] = instrs.length;
    instrs.push({ op, arg, start, opUnit, end, target: -1 });
    i = end;
  }
  unitInstr[nunits] = instrs.length;
  for (const ins of instrs) {
    const kind = jumpKind(ins.op);
    if (kind === null) continue;
    const t = kind === "jrel" ? ins.end + ins.arg : ins.end - ins.arg;
    ins.target = t >= 0 && t <= nunits ? unitInstr[t] : -1;
  }
  // Sizes: prefixes, the opcode, the caches; jumps grow until stable.
  const n = instrs.length;
  const ext = new Int32Array(n);
  const args = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    args[k] = instrs[k].arg;
    ext[k] = instrs[k].target >= 0 ? 0 : extendedArgs(instrs[k].arg);
  }
  const starts = new Int32Array(n + 1);
  for (;;) {
    let off = 0;
    for (let k = 0; k < n; k++) {
      starts[k] = off;
      off += ext[k] + 1 + toCaches[instrs[k].op];
    }
    starts[n] = off;
    let changed = false;
    for (let k = 0; k < n; k++) {
      const ins = instrs[k];
      if (ins.target < 0) continue;
      const next = starts[k + 1];
      const a = jumpKind(ins.op) === "jrel" ? starts[ins.target] - next : next - starts[ins.target];
      args[k] = a < 0 ? 0 : a;
      const e = extendedArgs(args[k]);
      if (e > ext[k]) {
        ext[k] = e;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const total = starts[n];
  const out = new Uint8Array(total * 2);
  const positions = new Int32Array(total * 4).fill(-1);
  const srcPos = src.positions;
  for (let k = 0; k < n; k++) {
    const ins = instrs[k];
    let u = starts[k];
    const a = args[k];
    for (let e = ext[k]; e > 0; e--) {
      out[2 * u] = Op.EXTENDED_ARG;
      out[2 * u + 1] = (a >>> (8 * e)) & 0xff;
      u++;
    }
    out[2 * u] = ins.op;
    out[2 * u + 1] = a & 0xff;
    const p = 4 * ins.opUnit;
    for (let v = starts[k]; v < starts[k + 1]; v++) {
      if (p + 3 < srcPos.length) {
        for (let q = 0; q < 4; q++) positions[4 * v + q] = srcPos[p + q];
      }
    }
  }
  const offsets = new Int32Array(nunits + 1);
  for (let k = 0; k < n; k++) {
    const ins = instrs[k];
    const opAt = starts[k] + ext[k];
    for (let u = ins.start; u < ins.end; u++) {
      // The prefixes keep their distance before the opcode; the caches
      // after it.
      const d = u - ins.opUnit;
      offsets[u] = Math.max(starts[k], Math.min(starts[k + 1] - 1, opAt + d));
    }
  }
  offsets[nunits] = total;
  const mapUnit = (u: number): number => (u >= nunits ? total : starts[unitInstr[u]]);
  const exceptiontable: ExceptionTableEntry[] = [];
  for (const e of src.exceptiontable) {
    exceptiontable.push({
      start: mapUnit(e.start),
      end: mapUnit(e.end),
      target: mapUnit(e.target),
      depth: e.depth,
      lasti: e.lasti,
    });
  }
  return { code: out, positions, exceptiontable, offsets };
}

// ---------------------------------------------------------------- location table

const PY_CODE_LOCATION_INFO_SHORT0 = 0;
const PY_CODE_LOCATION_INFO_ONE_LINE0 = 10;
const PY_CODE_LOCATION_INFO_ONE_LINE1 = 11;
const PY_CODE_LOCATION_INFO_ONE_LINE2 = 12;
const PY_CODE_LOCATION_INFO_NO_COLUMNS = 13;
const PY_CODE_LOCATION_INFO_LONG = 14;
const PY_CODE_LOCATION_INFO_NONE = 15;

class ByteWriter {
  bytes: number[] = [];
  varint(val: number): void {
    while (val >= 64) {
      this.bytes.push(64 | (val & 63));
      val >>>= 6;
    }
    this.bytes.push(val);
  }
  signedVarint(val: number): void {
    this.varint(val < 0 ? ((0 - val) << 1) | 1 : val << 1);
  }
  entryStart(code: number, length: number): void {
    this.bytes.push(0x80 | (code << 3) | (length - 1));
  }
}

/**
 * The location table of a code laid out as `code` with per-unit
 * `positions` (compile.c's write_location_info_entry, one entry per
 * instruction, split every 8 code units).
 */
export function makeLinetable(layout: CodeLayout, firstlineno: number, caches: Uint8Array): Uint8Array {
  const w = new ByteWriter();
  let prevLine = firstlineno;
  const code = layout.code;
  const p = layout.positions;
  const nunits = code.length >> 1;
  let i = 0;
  while (i < nunits) {
    const start = i;
    let op = code[2 * i];
    while (op === Op.EXTENDED_ARG && i + 1 < nunits) {
      i++;
      op = code[2 * i];
    }
    const end = Math.min(nunits, i + 1 + caches[op]);
    const lineno = p[4 * i];
    const endLineno = p[4 * i + 1];
    const column = p[4 * i + 2];
    const endColumn = p[4 * i + 3];
    let isize = end - start;
    while (isize > 0) {
      const len = isize > 8 ? 8 : isize;
      isize -= len;
      if (lineno < 0) {
        w.entryStart(PY_CODE_LOCATION_INFO_NONE, len);
        continue;
      }
      const lineDelta = lineno - prevLine;
      if (column < 0 || endColumn < 0) {
        if (endLineno === lineno || endLineno === -1) {
          w.entryStart(PY_CODE_LOCATION_INFO_NO_COLUMNS, len);
          w.signedVarint(lineDelta);
          prevLine = lineno;
          continue;
        }
      } else if (endLineno === lineno) {
        if (lineDelta === 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
          w.entryStart(PY_CODE_LOCATION_INFO_SHORT0 + (column >> 3), len);
          w.bytes.push(((column & 7) << 4) | (endColumn - column));
          continue;
        }
        if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
          w.entryStart(PY_CODE_LOCATION_INFO_ONE_LINE0 + lineDelta, len);
          w.bytes.push(column, endColumn);
          prevLine = lineno;
          continue;
        }
      }
      w.entryStart(PY_CODE_LOCATION_INFO_LONG, len);
      w.signedVarint(lineDelta);
      w.varint(endLineno - lineno);
      w.varint(column + 1);
      w.varint(endColumn + 1);
      prevLine = lineno;
    }
    i = end;
  }
  return Uint8Array.from(w.bytes);
}

/** One step through a location table (CPython's PyCodeAddressRange, in
 *  bytes as CPython's ar_start / ar_end). */
export class AddressRange {
  ar_start = -1;
  ar_end = 0;
  ar_line = -1;
  computed_line: number;
  private lo_next = 0;
  constructor(
    private readonly table: Uint8Array,
    firstlineno: number,
  ) {
    this.computed_line = firstlineno;
  }

  atEnd(): boolean {
    return this.lo_next >= this.table.length;
  }

  private byte(): number {
    return this.lo_next < this.table.length ? this.table[this.lo_next++] : 0;
  }

  private varint(): number {
    let read = this.byte();
    let val = read & 63;
    let shift = 0;
    while (read & 64) {
      read = this.byte();
      shift += 6;
      val |= (read & 63) << shift;
    }
    return val >>> 0;
  }

  private signedVarint(): number {
    const u = this.varint();
    return u & 1 ? -(u >>> 1) : u >>> 1;
  }

  /** The line delta of the entry at byte `at` (get_line_delta). */
  private lineDelta(at: number): number {
    const code = (this.table[at] >> 3) & 15;
    if (code === PY_CODE_LOCATION_INFO_NO_COLUMNS || code === PY_CODE_LOCATION_INFO_LONG) {
      const save = this.lo_next;
      this.lo_next = at + 1;
      const d = this.signedVarint();
      this.lo_next = save;
      return d;
    }
    if (code === PY_CODE_LOCATION_INFO_ONE_LINE1) return 1;
    if (code === PY_CODE_LOCATION_INFO_ONE_LINE2) return 2;
    return 0;
  }

  /** _PyLineTable_NextAddressRange: the next entry's range and line. */
  next(): boolean {
    if (this.atEnd()) return false;
    const first = this.table[this.lo_next];
    this.computed_line += this.lineDelta(this.lo_next);
    this.ar_line = first >> 3 === 0x1f ? -1 : this.computed_line;
    this.ar_start = this.ar_end;
    this.ar_end += ((first & 7) + 1) * 2;
    do {
      this.lo_next++;
    } while (this.lo_next < this.table.length && (this.table[this.lo_next] & 128) === 0);
    return true;
  }

  /** advance_with_locations: the next entry with its columns, as
   *  [endline, column, endcolumn] (-1 where none). */
  nextWithLocations(): [number, number, number] {
    const first = this.byte();
    const code = (first >> 3) & 15;
    this.ar_start = this.ar_end;
    this.ar_end = this.ar_start + ((first & 7) + 1) * 2;
    let endline: number;
    let column: number;
    let endcolumn: number;
    switch (code) {
      case PY_CODE_LOCATION_INFO_NONE:
        this.ar_line = endline = -1;
        column = endcolumn = -1;
        break;
      case PY_CODE_LOCATION_INFO_LONG:
        this.computed_line += this.signedVarint();
        this.ar_line = this.computed_line;
        endline = this.ar_line + this.varint();
        column = this.varint() - 1;
        endcolumn = this.varint() - 1;
        break;
      case PY_CODE_LOCATION_INFO_NO_COLUMNS:
        this.computed_line += this.signedVarint();
        endline = this.ar_line = this.computed_line;
        column = endcolumn = -1;
        break;
      case PY_CODE_LOCATION_INFO_ONE_LINE0:
      case PY_CODE_LOCATION_INFO_ONE_LINE1:
      case PY_CODE_LOCATION_INFO_ONE_LINE2:
        this.computed_line += code - 10;
        endline = this.ar_line = this.computed_line;
        column = this.byte();
        endcolumn = this.byte();
        break;
      default: {
        const second = this.byte();
        endline = this.ar_line = this.computed_line;
        column = (code << 3) | (second >> 4);
        endcolumn = column + (second & 15);
      }
    }
    return [endline, column, endcolumn];
  }
}

/** co_lines(): (start, end, line) in bytes, line -1 for none. */
export function codeLines(table: Uint8Array, firstlineno: number): [number, number, number][] {
  const r = new AddressRange(table, firstlineno);
  const out: [number, number, number][] = [];
  while (r.next()) out.push([r.ar_start, r.ar_end, r.ar_line]);
  return out;
}

/** co_positions(): per code unit (lineno, end_lineno, col, end_col), -1
 *  for none, for `nunits` code units. */
export function codePositions(table: Uint8Array, firstlineno: number, nunits: number): Int32Array {
  const out = new Int32Array(nunits * 4).fill(-1);
  const r = new AddressRange(table, firstlineno);
  let offset = 0;
  let loc: [number, number, number] = [-1, -1, -1];
  for (let u = 0; u < nunits; u++) {
    if (offset >= r.ar_end) {
      if (r.atEnd()) break;
      loc = r.nextWithLocations();
    }
    offset += 2;
    out[4 * u] = r.ar_line;
    out[4 * u + 1] = loc[0];
    out[4 * u + 2] = loc[1];
    out[4 * u + 3] = loc[2];
  }
  return out;
}

/** co_lnotab (decode_linetable): byte and line increments. */
export function codeLnotab(table: Uint8Array, firstlineno: number): Uint8Array {
  const out: number[] = [];
  const pair = (a: number, b: number) => out.push(a & 0xff, b & 0xff);
  const r = new AddressRange(table, firstlineno);
  let codeOffset = 0;
  let line = firstlineno;
  while (r.next()) {
    if (r.computed_line !== line) {
      let bdelta = r.ar_start - codeOffset;
      let ldelta = r.computed_line - line;
      while (bdelta > 255) {
        pair(255, 0);
        bdelta -= 255;
      }
      while (ldelta > 127) {
        pair(bdelta, 127);
        bdelta = 0;
        ldelta -= 127;
      }
      while (ldelta < -128) {
        pair(bdelta, -128);
        bdelta = 0;
        ldelta += 128;
      }
      pair(bdelta, ldelta);
      codeOffset = r.ar_start;
      line = r.computed_line;
    }
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------- exception table

/** co_exceptiontable's bytes (compile.c's
 *  assemble_emit_exception_table_entry): start, size, target, depth and
 *  lasti, in code units, as 6-bit big-endian varints, the first of each
 *  entry marked with bit 7. */
export function makeExceptionTable(entries: ExceptionTableEntry[]): Uint8Array {
  const out: number[] = [];
  const item = (value: number, msb: number) => {
    for (const shift of [24, 18, 12, 6]) {
      if (value >= 1 << shift) {
        out.push(((value >> shift) & 0x3f) | 64 | msb);
        msb = 0;
      }
    }
    out.push((value & 0x3f) | msb);
  };
  for (const e of entries) {
    if (e.end <= e.start) continue;
    item(e.start, 128);
    item(e.end - e.start, 0);
    item(e.target, 0);
    item((e.depth << 1) | (e.lasti ? 1 : 0), 0);
  }
  return Uint8Array.from(out);
}

/** The entries of co_exceptiontable's bytes (dis.py's
 *  _parse_exception_table), or null when they are malformed. */
export function parseExceptionTable(bytes: Uint8Array): ExceptionTableEntry[] | null {
  const out: ExceptionTableEntry[] = [];
  let pos = 0;
  const varint = (): number => {
    if (pos >= bytes.length) return -1;
    let b = bytes[pos++];
    let val = b & 63;
    while (b & 64) {
      if (pos >= bytes.length) return -1;
      val <<= 6;
      b = bytes[pos++];
      val |= b & 63;
    }
    return val;
  };
  while (pos < bytes.length) {
    if ((bytes[pos] & 128) === 0) return null;
    const start = varint();
    const size = varint();
    const target = varint();
    const dl = varint();
    if (start < 0 || size < 0 || target < 0 || dl < 0) return null;
    out.push({ start, end: start + size, target, depth: dl >> 1, lasti: (dl & 1) === 1 });
  }
  return out;
}
