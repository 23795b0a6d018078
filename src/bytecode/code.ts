/**
 * A compiled code unit: what the compiler produces and the VM turns into a
 * code object (`PyCodeObject`) when it loads a module or makes a function.
 *
 * Plain data, no heap objects: the compiler stands before the heap in the
 * pipeline, so constants are `Const` descriptions that the runtime converts
 * (once per code unit) into Python objects. Field names are CPython 3.11's
 * `co_*` attributes.
 *
 * Fast locals (CPython 3.11 "localsplus"): one array per frame holding the
 * plain locals (parameters first, in signature order), then the cell
 * variables that are not parameters, then the free variables. LOAD_FAST,
 * STORE_FAST and DELETE_FAST index it; so do MAKE_CELL, LOAD_CLOSURE,
 * LOAD_DEREF, STORE_DEREF, DELETE_DEREF and LOAD_CLASSDEREF, whose slot
 * holds a cell object. A parameter captured by an inner function is both a
 * local and a cell (kind CO_FAST_LOCAL | CO_FAST_CELL): MAKE_CELL at the
 * start of the function wraps the argument in a cell in place.
 */
import type { ConstValue } from "../ast/nodes.js";

export type Const =
  | ConstValue
  | { kind: "tuple"; items: Const[] }
  | { kind: "frozenset"; items: Const[] }
  | { kind: "code"; code: CodeUnit };

/** `co_flags` bits, as CPython 3.11. */
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
/** An `async def` without `yield` (its calls make coroutine objects). */
export const CO_COROUTINE = 0x0080;
/** A generator function decorated with types.coroutine: its generators
 *  may be awaited. */
export const CO_ITERABLE_COROUTINE = 0x0100;
/** An `async def` with `yield` (its calls make async generator objects). */
export const CO_ASYNC_GENERATOR = 0x0200;
/** Future-statement features (CO_FUTURE_*), kept in every code object the
 *  module's compilation makes; PyCF_MASK is the set compile() accepts. */
export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;
export const PyCF_MASK =
  CO_FUTURE_DIVISION |
  CO_FUTURE_ABSOLUTE_IMPORT |
  CO_FUTURE_WITH_STATEMENT |
  CO_FUTURE_PRINT_FUNCTION |
  CO_FUTURE_UNICODE_LITERALS |
  CO_FUTURE_BARRY_AS_BDFL |
  CO_FUTURE_GENERATOR_STOP |
  CO_FUTURE_ANNOTATIONS;

/** `co_localspluskinds` bits, as CPython 3.11. */
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

/** One row of the exception table (3.11 "zero-cost" exceptions): an
 *  exception raised by an instruction at offsets [start, end) in code units
 *  pops the value stack to `depth`, pushes the offset of the raising
 *  instruction if `lasti`, pushes the exception, and jumps to `target`. */
export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

export interface CodeUnit {
  co_name: string;
  co_qualname: string;
  co_filename: string;
  co_firstlineno: number;
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_flags: number;
  /** Wordcode: opcode byte, argument byte; see opcodes.ts. */
  co_code: Uint8Array;
  co_consts: Const[];
  co_names: string[];
  co_localsplusnames: string[];
  co_localspluskinds: Uint8Array;
  /** Number of slots that are CO_FAST_LOCAL (they come first). */
  co_nlocals: number;
  co_stacksize: number;
  co_exceptiontable: ExceptionTableEntry[];
  /** Source positions, 4 numbers per code unit: lineno, end_lineno,
   *  col_offset, end_col_offset (columns in UTF-8 bytes from 0; -1 where
   *  the instruction has no position). */
  co_positions: Int32Array;
}

/** Names of plain locals, as `co_varnames`. */
export function varnames(code: CodeUnit): string[] {
  const out: string[] = [];
  code.co_localsplusnames.forEach((n, i) => {
    if (code.co_localspluskinds[i] & CO_FAST_LOCAL) out.push(n);
  });
  return out;
}

/** Names of cell variables, as `co_cellvars`. */
export function cellvars(code: CodeUnit): string[] {
  const out: string[] = [];
  code.co_localsplusnames.forEach((n, i) => {
    if (code.co_localspluskinds[i] & CO_FAST_CELL) out.push(n);
  });
  return out;
}

/** Names of free variables, as `co_freevars`. */
export function freevars(code: CodeUnit): string[] {
  const out: string[] = [];
  code.co_localsplusnames.forEach((n, i) => {
    if (code.co_localspluskinds[i] & CO_FAST_FREE) out.push(n);
  });
  return out;
}
