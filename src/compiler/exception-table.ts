/**
 * The exception table (3.11 "zero-cost" exception handling), as
 * CPython 3.11's `label_exception_targets`, `convert_exception_handlers_to_nops`
 * and `assemble_exception_table` (Python/compile.c).
 *
 * label_exception_targets walks the flow graph carrying a stack of active
 * handlers: SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH push their target,
 * POP_BLOCK pops, and every other instruction records the innermost
 * handler in `except`. SETUP_CLEANUP and SETUP_WITH handlers preserve
 * `lasti`. The setup and POP_BLOCK pseudo-instructions then become NOPs.
 * assemble_exception_table turns runs of instructions sharing a handler
 * into [start, end) entries, in code units, with the handler's offset, the
 * stack depth to unwind to (the handler's start depth minus the exception,
 * minus lasti) and the lasti flag.
 */
import type { ExceptionTableEntry } from "../bytecode/code.js";
import { Op } from "../bytecode/opcodes.js";
import { type BasicBlock, isBlockPush, isJump, fallsThrough, POP_BLOCK, SETUP_WITH, SETUP_CLEANUP } from "./cfg.js";
import { layout } from "./optimize.js";

export function labelExceptionTargets(entry: BasicBlock): void {
  for (const b of layout(entry)) {
    b.visited = false;
    b.exceptStack = null;
  }
  const todo: BasicBlock[] = [entry];
  entry.visited = true;
  entry.exceptStack = [];
  while (todo.length) {
    const b = todo.pop()!;
    let stack: BasicBlock[] | null = b.exceptStack!;
    b.exceptStack = null;
    let handler: BasicBlock | null = stack.length ? stack[stack.length - 1]! : null;
    for (const ins of b.instrs) {
      if (isBlockPush(ins.opcode)) {
        const target = ins.target!;
        if (!target.visited) {
          target.exceptStack = [...stack!];
          target.visited = true;
          todo.push(target);
        }
        if (ins.opcode === SETUP_WITH || ins.opcode === SETUP_CLEANUP) target.preserveLasti = true;
        stack!.push(target);
        handler = target;
      } else if (ins.opcode === POP_BLOCK) {
        stack!.pop();
        handler = stack!.length ? stack![stack!.length - 1]! : null;
      } else if (isJump(ins)) {
        ins.except = handler;
        const target = ins.target!;
        if (!target.visited) {
          if (fallsThrough(b)) {
            target.exceptStack = [...stack!];
          } else {
            target.exceptStack = stack;
            stack = null;
          }
          target.visited = true;
          todo.push(target);
        }
      } else {
        ins.except = handler;
      }
    }
    if (fallsThrough(b) && b.next && !b.next.visited) {
      b.next.exceptStack = stack;
      b.next.visited = true;
      todo.push(b.next);
    }
  }
}

export function convertExceptionHandlersToNops(entry: BasicBlock): void {
  for (const b of layout(entry)) {
    for (const ins of b.instrs) {
      if (isBlockPush(ins.opcode) || ins.opcode === POP_BLOCK) {
        ins.opcode = Op.NOP;
        ins.target = null;
      }
    }
  }
}

/** assemble_exception_table; `size(instr)` is its length in code units. */
export function assembleExceptionTable(
  entry: BasicBlock,
  size: (ins: BasicBlock["instrs"][number]) => number,
): ExceptionTableEntry[] {
  const out: ExceptionTableEntry[] = [];
  let handler: BasicBlock | null = null;
  let start = -1;
  let ioffset = 0;
  const emit = (end: number): void => {
    const h = handler!;
    let depth = h.startdepth - 1;
    if (h.preserveLasti) depth -= 1;
    out.push({ start, end, target: h.offset, depth, lasti: h.preserveLasti });
  };
  for (const b of layout(entry)) {
    ioffset = b.offset;
    for (const ins of b.instrs) {
      if (ins.except !== handler) {
        if (handler !== null) emit(ioffset);
        start = ioffset;
        handler = ins.except;
      }
      ioffset += size(ins);
    }
  }
  if (handler !== null) emit(ioffset);
  return out;
}
