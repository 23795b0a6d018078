/**
 * The control-flow graph the code generator builds and the assembler
 * flattens: CPython 3.11's `basicblock` and `struct instr` (Python/compile.c).
 *
 * Representation:
 *  - an `Instr` is one instruction: a real opcode (opcodes.ts) or one of
 *    the pseudo-instructions below (negative numbers, as in 3.11, which the
 *    assembler turns into real jumps or NOPs), an argument, a jump target
 *    block, a source location, and (after label_exception_targets) the
 *    handler block covering it;
 *  - a `BasicBlock` holds instructions; `next` is the fall-through / layout
 *    order (`b_next`), `allocNext` the allocation chain (`b_list`).
 * Invariant (checked by normalize_basic_block): a jump or scope exit is
 * only ever the last instruction of its block.
 */
import { Op } from "../bytecode/opcodes.js";

// Pseudo-instructions of 3.11's compile.c.
export const SETUP_FINALLY = -1;
export const SETUP_CLEANUP = -2;
export const SETUP_WITH = -3;
export const POP_BLOCK = -4;
export const JUMP = -5;
export const JUMP_NO_INTERRUPT = -6;
export const POP_JUMP_IF_FALSE = -7;
export const POP_JUMP_IF_TRUE = -8;
export const POP_JUMP_IF_NONE = -9;
export const POP_JUMP_IF_NOT_NONE = -10;

export const PSEUDO_NAMES: Record<number, string> = {
  [SETUP_FINALLY]: "SETUP_FINALLY",
  [SETUP_CLEANUP]: "SETUP_CLEANUP",
  [SETUP_WITH]: "SETUP_WITH",
  [POP_BLOCK]: "POP_BLOCK",
  [JUMP]: "JUMP",
  [JUMP_NO_INTERRUPT]: "JUMP_NO_INTERRUPT",
  [POP_JUMP_IF_FALSE]: "POP_JUMP_IF_FALSE",
  [POP_JUMP_IF_TRUE]: "POP_JUMP_IF_TRUE",
  [POP_JUMP_IF_NONE]: "POP_JUMP_IF_NONE",
  [POP_JUMP_IF_NOT_NONE]: "POP_JUMP_IF_NOT_NONE",
};

/** A source span; -1 fields mean "none" (an artificial instruction). */
export interface Location {
  readonly lineno: number;
  readonly end_lineno: number;
  readonly col_offset: number;
  readonly end_col_offset: number;
}

export const NO_LOCATION: Location = { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };

export interface Instr {
  opcode: number;
  oparg: number;
  target: BasicBlock | null;
  loc: Location;
  /** Innermost exception handler covering this instruction. */
  except: BasicBlock | null;
}

let blockCounter = 0;

export class BasicBlock {
  instrs: Instr[] = [];
  /** Layout order (`b_next`). */
  next: BasicBlock | null = null;
  /** Allocation chain (`b_list`). */
  allocNext: BasicBlock | null = null;
  predecessors = 0;
  visited = false;
  startdepth = -1;
  offset = 0;
  exceptStack: BasicBlock[] | null = null;
  preserveLasti = false;
  /** Ends in a scope exit (RETURN_VALUE, RAISE_VARARGS, RERAISE). */
  exit = false;
  readonly id = blockCounter++;

  get last(): Instr | undefined {
    return this.instrs[this.instrs.length - 1];
  }
}

export function isBlockPush(op: number): boolean {
  return op === SETUP_FINALLY || op === SETUP_CLEANUP || op === SETUP_WITH;
}

/** IS_JUMP_OPCODE: every pseudo or real instruction with a jump target. */
export function isJumpOp(op: number): boolean {
  switch (op) {
    case JUMP:
    case JUMP_NO_INTERRUPT:
    case POP_JUMP_IF_FALSE:
    case POP_JUMP_IF_TRUE:
    case POP_JUMP_IF_NONE:
    case POP_JUMP_IF_NOT_NONE:
    case Op.FOR_ITER:
    case Op.JUMP_FORWARD:
    case Op.JUMP_BACKWARD:
    case Op.JUMP_BACKWARD_NO_INTERRUPT:
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP:
    case Op.SEND:
    case Op.POP_JUMP_FORWARD_IF_FALSE:
    case Op.POP_JUMP_FORWARD_IF_TRUE:
    case Op.POP_JUMP_FORWARD_IF_NONE:
    case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
    case Op.POP_JUMP_BACKWARD_IF_FALSE:
    case Op.POP_JUMP_BACKWARD_IF_TRUE:
    case Op.POP_JUMP_BACKWARD_IF_NONE:
    case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
      return true;
    default:
      return false;
  }
}

export function isJump(i: Instr): boolean {
  return isJumpOp(i.opcode);
}

/** IS_SCOPE_EXIT_OPCODE */
export function isScopeExit(op: number): boolean {
  return op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}

/** An unconditional transfer: nothing after it in the block runs. */
export function isUnconditional(op: number): boolean {
  return (
    op === JUMP ||
    op === JUMP_NO_INTERRUPT ||
    op === Op.JUMP_FORWARD ||
    op === Op.JUMP_BACKWARD ||
    op === Op.JUMP_BACKWARD_NO_INTERRUPT ||
    isScopeExit(op)
  );
}

/** `!b_nofallthrough`: control can run from the end of `b` into `b.next`. */
export function fallsThrough(b: BasicBlock): boolean {
  const last = b.last;
  return !(last && isUnconditional(last.opcode));
}

export function sameLocation(a: Location, b: Location): boolean {
  return (
    a.lineno === b.lineno &&
    a.end_lineno === b.end_lineno &&
    a.col_offset === b.col_offset &&
    a.end_col_offset === b.end_col_offset
  );
}
